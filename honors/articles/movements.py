"""Emulation movements (phong trào thi đua): who launched them, when, and the honours
given under them."""

from datetime import date

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import RICH_TEXT_FEATURES, ArticleBodyBlock
from home.listing.cards import with_card_images
from home.publishing import PortalPage
from home.sections import SectionIndexPage, intro_field
from home.translations import content_source
from honors.articles.feeds import PageFeedMixin
from honors.registry.honours import Honour
from honors.roll.pages import HonourBoardPage
from search.index import folded


class MovementIndexPage(SectionIndexPage):
    intro = intro_field(_("Đoạn mở đầu của trang danh sách phong trào."))

    subpage_types = ["honors.MovementPage"]

    class Meta:
        verbose_name = _("danh sách phong trào thi đua")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        movements = list(
            MovementPage.objects.child_of(content_source(self))
            .live()
            .public()
            .order_by("-starts_on")
        )
        today = timezone.localdate()
        context["movement_groups"] = [
            (status, [m for m in movements if m.status(today) == status])
            for status in (
                MovementStatus.RUNNING,
                MovementStatus.UPCOMING,
                MovementStatus.SUMMED_UP,
            )
        ]
        return context


class MovementStatus(models.TextChoices):
    UPCOMING = "upcoming", _("Sắp phát động")
    RUNNING = "running", _("Đang triển khai")
    SUMMED_UP = "summed_up", _("Đã tổng kết")


class MovementPage(PageFeedMixin, RoutablePageMixin, PortalPage):
    class LaunchedBy(models.TextChoices):
        PRIME_MINISTER = "prime_minister", _("Thủ tướng Chính phủ")
        PROVINCE = "province", _("Ủy ban nhân dân tỉnh")
        AGENCY = "agency", _("Cơ quan, đơn vị")

    launched_by = models.CharField(
        _("cấp phát động"),
        max_length=20,
        choices=LaunchedBy.choices,
        default=LaunchedBy.PROVINCE,
    )
    launcher = models.CharField(
        _("cơ quan phát động"),
        max_length=255,
        blank=True,
        help_text=_("Ví dụ: Ủy ban nhân dân tỉnh Sơn La; Sở Giáo dục và Đào tạo."),
    )
    starts_on = models.DateField(_("ngày phát động"))
    ends_on = models.DateField(
        _("ngày tổng kết"),
        null=True,
        blank=True,
        help_text=_("Để trống nếu phong trào thường xuyên, chưa định ngày tổng kết."),
    )
    summary = models.TextField(
        _("tóm tắt"),
        blank=True,
        help_text=_("Mục tiêu chính của phong trào trong một hai câu."),
    )
    goals = RichTextField(
        _("mục tiêu"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Các mục tiêu, chỉ tiêu cụ thể của phong trào."),
    )
    criteria = RichTextField(
        _("tiêu chí"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Tiêu chí đánh giá, bình xét khen thưởng trong phong trào."),
    )
    body = StreamField(
        ArticleBodyBlock(),
        blank=True,
        verbose_name=_("nội dung"),
        help_text=_("Kế hoạch, hướng dẫn, kết quả triển khai…"),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("launched_by"),
                FieldPanel("launcher"),
                FieldPanel("starts_on"),
                FieldPanel("ends_on"),
            ],
            heading=_("Phát động"),
        ),
        FieldPanel("summary"),
        FieldPanel("goals"),
        FieldPanel("criteria"),
        FieldPanel("body"),
    ]
    # The read-only API (portal/api.py) serves these fields of a live page.
    api_fields = [
        APIField("launched_by"),
        APIField("launcher"),
        APIField("starts_on"),
        APIField("ends_on"),
        APIField("summary"),
        APIField("goals"),
        APIField("criteria"),
    ]
    search_fields = folded(
        [
            *Page.search_fields,
            index.SearchField("launcher"),
            index.SearchField("summary"),
            index.SearchField("goals"),
            index.SearchField("criteria"),
            index.SearchField("body"),
            index.FilterField("starts_on"),
            index.FilterField("ends_on"),
        ]
    )
    parent_page_types = ["honors.MovementIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("phong trào thi đua")
        verbose_name_plural = _("phong trào thi đua")

    def clean(self):
        super().clean()
        if self.ends_on and self.starts_on and self.ends_on < self.starts_on:
            raise ValidationError(
                {"ends_on": _("Ngày tổng kết phải sau ngày phát động.")}
            )

    def status(self, today: date | None = None) -> str:
        today = today or timezone.localdate()
        if self.starts_on > today:
            return MovementStatus.UPCOMING
        if self.ends_on and self.ends_on < today:
            return MovementStatus.SUMMED_UP
        return MovementStatus.RUNNING

    def get_status_display(self):
        return MovementStatus(self.status()).label

    def feed_entries(self):
        """The movement's news and example stories, newest first."""
        # Through the reverse relations: news and stories name their movement.
        news = self.news.live().public()
        stories = self.stories.live().public()
        newest = [
            *news.order_by("-date", "-pk").prefetch_related("tags")[:30],
            *stories.order_by("-date", "-pk")[:30],
        ]
        return sorted(newest, key=lambda entry: (entry.date, entry.pk), reverse=True)

    @path("")
    def movement(self, request):
        honours = Honour.objects.public().filter(movement=self)
        return self.render(
            request,
            context_overrides={
                "latest_news": with_card_images(
                    self.news.live().public().order_by("-date", "-pk")[:4]
                ),
                "stories": with_card_images(
                    self.stories.live().public().order_by("-date", "-pk")[:3]
                ),
                "boards": HonourBoardPage.objects.live()
                .public()
                .filter(board_decisions__decision__honours__in=honours)
                .distinct()
                .order_by("-first_published_at"),
                "honour_count": honours.count(),
            },
        )
