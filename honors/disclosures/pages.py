"""Public disclosure of nominees (công khai, lấy ý kiến nhân dân).

By Decree 98/2023 the proposing body publishes the people proposed for high awards at
least 10 working days before the council meets, and hears the people's comments. A
disclosure page carries the proposal, its nominees and the comment period; the comment
form, receipts and the published outcome hang off it.
"""

from datetime import datetime, time

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    Panel,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.blocks import RICH_TEXT_FEATURES
from home.fields import optional_image, optional_link
from home.publishing import PortalPage
from home.sections import SectionIndexPage, intro_field
from home.translations import content_source
from honors.disclosures.choices import DisclosureStatus, NomineeOutcome
from honors.disclosures.views import lookup, post_comment, receipt, show
from honors.registry.calendar import (
    WorkingCalendar,
    add_working_days,
    end_of_day,
    working_days_after,
)
from honors.registry.choices import HonoreeKind
from honors.workflow.approval import FINAL_APPROVAL
from search.index import folded

#: Decree 98/2023, Art. 46: nominees are published at least this many working days
#: before the council meets.
LEGAL_MINIMUM_WORKING_DAYS = 10


def default_opening():
    return timezone.make_aware(datetime.combine(timezone.localdate(), time(8, 0)))


class DisclosureIndexPage(RoutablePageMixin, SectionIndexPage):
    legal_weight_permission = FINAL_APPROVAL
    intro = intro_field(_("Đoạn mở đầu: việc công khai và lấy ý kiến nhân dân là gì."))

    subpage_types = ["honors.DisclosurePage"]

    class Meta:
        verbose_name = _("trang công khai, lấy ý kiến")

    @path("")
    def disclosure_list(self, request):
        return self.render(request)

    @path("tra-cuu/", name="lookup")
    def comment_lookup(self, request):

        return lookup(self, request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        disclosures = list(
            DisclosurePage.objects.child_of(content_source(self))
            .live()
            .public()
            .order_by("-opens_at")
        )
        now = timezone.now()
        context["disclosure_groups"] = [
            (status, label, [d for d in disclosures if d.status(now) == status])
            for status, label in DisclosureStatus.choices
        ]
        return context


class LinkedDossiersPanel(Panel):
    """The commendation dossiers this disclosure was drafted from (honors.dossiers
    names the page; the page finds them by the reverse relation, importing nothing
    of the room above it)."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "honors/admin/disclosure_dossiers_panel.html"

        def is_shown(self):
            return self.instance.pk is not None and self.instance.dossiers.exists()

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["dossiers"] = self.instance.dossiers.select_related("unit")
            return context


class DisclosurePage(RoutablePageMixin, PortalPage):
    legal_weight_permission = FINAL_APPROVAL
    proposing_body = models.CharField(
        _("cơ quan đề nghị"),
        max_length=255,
        help_text=_("Ví dụ: Ủy ban nhân dân tỉnh Sơn La."),
    )
    proposed_award = models.ForeignKey(
        "honors.Award",
        verbose_name=_("hình thức đề nghị"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Hình thức khen thưởng được đề nghị cho các trường hợp dưới đây."),
    )
    proposal_number = models.CharField(
        _("số tờ trình"), max_length=60, help_text=_("Ví dụ: 125/TTr-UBND.")
    )
    proposal_date = models.DateField(_("ngày tờ trình"))
    council_meeting_on = models.DateField(
        _("ngày Hội đồng họp"),
        help_text=_("Phải sau ngày công khai ít nhất 10 ngày làm việc."),
    )
    opens_at = models.DateTimeField(
        _("bắt đầu nhận góp ý"),
        default=default_opening,
        help_text=_("Giờ Việt Nam (Asia/Ho_Chi_Minh)."),
    )
    closes_at = models.DateTimeField(
        _("hết hạn nhận góp ý"),
        null=True,
        blank=True,
        help_text=_(
            "Để trống thì tính tự động: hết ngày làm việc thứ 10 sau ngày bắt đầu (đã trừ "
            "thứ Bảy, Chủ nhật và ngày nghỉ lễ)."
        ),
    )
    how_to_comment = RichTextField(
        _("cách gửi ý kiến"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_(
            "Ngoài biểu mẫu trên cổng: địa chỉ nhận thư, số điện thoại, nơi đặt hòm thư góp ý."
        ),
    )
    decided_on = models.DateField(
        _("ngày Hội đồng quyết định"),
        null=True,
        blank=True,
        help_text=_(
            "Ghi khi đã có kết quả xét; kết quả từng trường hợp ghi ở danh sách bên dưới."
        ),
    )
    outcome_note = RichTextField(
        _("thông báo kết quả"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Tóm tắt kết quả xét và việc tiếp thu ý kiến nhân dân."),
    )

    content_panels = [
        *Page.content_panels,
        LinkedDossiersPanel(heading=_("Hồ sơ đề nghị khen thưởng")),
        MultiFieldPanel(
            [
                FieldPanel("proposing_body"),
                FieldPanel("proposed_award"),
                FieldRowPanel(
                    [FieldPanel("proposal_number"), FieldPanel("proposal_date")]
                ),
                FieldPanel("council_meeting_on"),
            ],
            heading=_("Tờ trình đề nghị"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
                FieldPanel("how_to_comment"),
            ],
            heading=_("Thời gian lấy ý kiến"),
        ),
        InlinePanel("nominees", heading=_("Các trường hợp được đề nghị"), min_num=1),
        MultiFieldPanel(
            [FieldPanel("decided_on"), FieldPanel("outcome_note")],
            heading=_("Kết quả (sau khi Hội đồng họp)"),
        ),
    ]
    # The read-only API (portal/api.py) serves these fields of a live page.
    api_fields = [
        APIField("proposing_body"),
        APIField("proposal_number"),
        APIField("proposal_date"),
        APIField("opens_at"),
        APIField("closes_at"),
        APIField("decided_on"),
        APIField("outcome_note"),
    ]
    search_fields = folded(
        [
            *Page.search_fields,
            index.SearchField("proposing_body"),
            index.RelatedFields(
                "nominees",
                [
                    index.SearchField("name"),
                    index.SearchField("organisation"),
                    index.SearchField("achievements"),
                ],
            ),
            index.FilterField("proposal_date"),
        ]
    )
    parent_page_types = ["honors.DisclosureIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("công khai, lấy ý kiến")
        verbose_name_plural = _("công khai, lấy ý kiến")

    # Routes: the page, the comment form's target, the receipt -----------------------

    @path("")
    def disclosure(self, request):

        return show(self, request)

    @path("gop-y/", name="comment")
    def comment(self, request):

        return post_comment(self, request)

    @path("gop-y/bien-nhan/<str:code>/<str:check>/", name="receipt")
    def comment_receipt(self, request, code, check):

        return receipt(self, request, code, check)

    # The period ----------------------------------------------------------------------

    def save(self, *args, **kwargs):
        if self.opens_at and not self.closes_at:
            self.closes_at = self.default_closing(self.opens_at)
        super().save(*args, **kwargs)

    @staticmethod
    def default_closing(opens_at):
        opening_day = timezone.localtime(opens_at).date()
        return end_of_day(add_working_days(opening_day, LEGAL_MINIMUM_WORKING_DAYS))

    def clean(self):
        super().clean()
        closes_at = self.closes_at or (
            self.opens_at and self.default_closing(self.opens_at)
        )
        if self.opens_at and closes_at and closes_at <= self.opens_at:
            raise ValidationError(
                {"closes_at": _("Hạn góp ý phải sau thời điểm bắt đầu nhận góp ý.")}
            )

    def period_warnings(self):
        """What the law asks that this disclosure does not do; editors are told, not
        stopped (an urgent case may still need publishing)."""
        warnings = []
        if not self.opens_at:
            return warnings
        opening_day = timezone.localtime(self.opens_at).date()
        closes_at = self.closes_at or self.default_closing(self.opens_at)
        period = working_days_after(opening_day, timezone.localtime(closes_at).date())
        if period < LEGAL_MINIMUM_WORKING_DAYS:
            warnings.append(
                _(
                    "Thời gian lấy ý kiến chỉ có %(days)s ngày làm việc, ít hơn %(minimum)s "
                    "ngày theo Nghị định 98/2023/NĐ-CP."
                )
                % {"days": period, "minimum": LEGAL_MINIMUM_WORKING_DAYS}
            )
        if self.council_meeting_on:
            before_meeting = working_days_after(opening_day, self.council_meeting_on)
            if before_meeting < LEGAL_MINIMUM_WORKING_DAYS:
                warnings.append(
                    _(
                        "Hội đồng họp chỉ %(days)s ngày làm việc sau ngày công khai; luật "
                        "yêu cầu ít nhất %(minimum)s ngày."
                    )
                    % {"days": before_meeting, "minimum": LEGAL_MINIMUM_WORKING_DAYS}
                )
        return warnings

    def status(self, now=None):
        now = now or timezone.now()
        if self.opens_at and now < self.opens_at:
            return DisclosureStatus.UPCOMING
        if self.closes_at and now < self.closes_at:
            return DisclosureStatus.OPEN
        if self.decided_on:
            return DisclosureStatus.DECIDED
        return DisclosureStatus.CLOSED

    def get_status_display(self):
        return DisclosureStatus(self.status()).label

    def is_open(self, now=None):
        return self.status(now) == DisclosureStatus.OPEN

    def working_days_left(self, now=None):
        """Working days from today to the closing day, the closing day included."""
        now = now or timezone.now()
        today = timezone.localtime(now).date()
        closing_day = timezone.localtime(self.closes_at).date()
        if closing_day < today:
            return 0

        calendar = WorkingCalendar(today, closing_day)
        return calendar.working_days_after(
            today, closing_day
        ) + calendar.is_working_day(today)


class DisclosureNominee(Orderable):
    disclosure = ParentalKey(
        DisclosurePage, on_delete=models.CASCADE, related_name="nominees"
    )
    kind = models.CharField(
        _("đối tượng"),
        max_length=20,
        choices=HonoreeKind.choices,
        default=HonoreeKind.INDIVIDUAL,
    )
    name = models.CharField(_("họ và tên / tên tập thể"), max_length=255)
    birth_year = models.PositiveSmallIntegerField(_("năm sinh"), null=True, blank=True)
    position = models.CharField(_("chức vụ"), max_length=255, blank=True)
    organisation = models.CharField(_("đơn vị"), max_length=255, blank=True)
    locality = optional_link(
        "honors.Locality",
        _("địa bàn"),
        related_name="+",
    )
    proposed_award = models.ForeignKey(
        "honors.Award",
        verbose_name=_("hình thức đề nghị"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Để trống nếu giống hình thức chung của hồ sơ."),
    )
    achievements = models.TextField(
        _("tóm tắt thành tích"),
        help_text=_(
            "Thành tích chính, như trong tờ trình; không ghi thông tin riêng tư."
        ),
    )
    earlier_awards = models.TextField(
        _("các hình thức đã được khen"),
        blank=True,
        help_text=_("Với tập thể: các danh hiệu, hình thức khen thưởng đã nhận."),
    )
    photo = optional_image(
        _("ảnh"),
    )
    outcome = models.CharField(
        _("kết quả xét"),
        max_length=20,
        choices=NomineeOutcome.choices,
        default=NomineeOutcome.PENDING,
    )
    honour = optional_link(
        "honors.Honour",
        _("khen thưởng trong sổ"),
        related_name="nominations",
        help_text=_(
            "Khi được khen thưởng: chọn bản ghi khen thưởng trong sổ, để theo dõi từ "
            "công khai tới bảng vàng."
        ),
    )

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("birth_year")]),
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("position"), FieldPanel("organisation")]),
        FieldRowPanel([FieldPanel("locality"), FieldPanel("proposed_award")]),
        FieldPanel("achievements"),
        FieldPanel("earlier_awards"),
        FieldPanel("photo"),
        FieldRowPanel([FieldPanel("outcome"), FieldPanel("honour")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("trường hợp được đề nghị")
        verbose_name_plural = _("các trường hợp được đề nghị")

    def __str__(self):
        return self.name

    def clean(self):
        if self.outcome != NomineeOutcome.APPROVED and self.honour_id:
            raise ValidationError(
                {"honour": _("Chỉ gắn khen thưởng với trường hợp được khen thưởng.")}
            )
