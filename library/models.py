"""The documents library: an index page and one page per document.

A document is a page so that it goes through the same approval as everything the portal
publishes, keeps its revisions, has its own address, metadata and print view, and is
found by the portal's search. Its fields are those Decree 42/2022/ND-CP asks a state
portal to give for a document: form, issuing authority, number and symbol, dates of
issue, effect and expiry, abstract, field, the file itself, and the documents it
replaces or guides.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index

from home.listing.lists import render_listing
from home.publishing import PortalPage
from home.sections import SectionIndexPage, intro_field
from home.translations import content_source
from library.admin_forms import DocumentPageForm
from library.choices import COMMENDATION_FIELD, DocumentForm
from library.listing import library_listing
from search.folding import searchable
from search.index import folded


class DocumentIndexPage(RoutablePageMixin, SectionIndexPage):
    """The library (Văn bản): every document beneath it and the commendation decisions
    of the live honour boards, newest first, filtered by form, authority, year, field."""

    intro = intro_field(
        _("Đoạn mở đầu, ví dụ: Văn bản pháp luật, văn bản chỉ đạo về thi đua.")
    )

    subpage_types = ["library.DocumentPage"]

    class Meta:
        verbose_name = _("thư viện văn bản")
        verbose_name_plural = _("thư viện văn bản")

    def documents(self):
        return DocumentPage.objects.child_of(content_source(self)).live().public()

    @path("")
    def document_list(self, request):
        return render_listing(self, request, library_listing(request, self))


class DocumentPage(PortalPage):
    """One document of the library. The page title is its short name ("Luật Thi đua,
    khen thưởng 2022"); the abstract (trích yếu) is what the document says it is about."""

    form = models.CharField(
        _("hình thức văn bản"), max_length=20, choices=DocumentForm.choices
    )
    number = models.CharField(
        _("số, ký hiệu"),
        max_length=60,
        help_text=_("Như in trên văn bản, ví dụ: 06/2022/QH15 hoặc 98/2023/NĐ-CP."),
    )
    authority = models.CharField(
        _("cơ quan ban hành"),
        max_length=200,
        help_text=_(
            "Ghi thống nhất để lọc được, ví dụ: Quốc hội; Chính phủ; Ủy ban nhân dân "
            "tỉnh Sơn La."
        ),
    )
    signer = models.CharField(
        _("người ký"),
        max_length=200,
        blank=True,
        help_text=_("Chức vụ và họ tên, ví dụ: Phó Chủ tịch Nguyễn Văn A."),
    )
    field = models.CharField(
        _("lĩnh vực"),
        max_length=120,
        default=COMMENDATION_FIELD,
        help_text=_(
            "Ví dụ: Thi đua, khen thưởng; Tổ chức bộ máy; Cải cách hành chính."
        ),
    )
    issued_on = models.DateField(_("ngày ban hành"))
    effective_on = models.DateField(
        _("ngày có hiệu lực"),
        null=True,
        blank=True,
        help_text=_("Để trống nếu văn bản có hiệu lực từ ngày ban hành."),
    )
    expires_on = models.DateField(
        _("ngày hết hiệu lực"),
        null=True,
        blank=True,
        help_text=_(
            "Chỉ ghi khi văn bản hết hiệu lực vào một ngày định trước. Văn bản bị thay "
            "thế thì chọn nó ở ô “Thay thế văn bản” của văn bản mới."
        ),
    )
    abstract = models.TextField(
        _("trích yếu"),
        max_length=1000,
        help_text=_("Trích yếu nội dung như trên văn bản, ví dụ: Quy định chi tiết…"),
    )
    file = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("tệp văn bản"),
        null=True,
        blank=False,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Bản điện tử của văn bản (PDF hoặc DOCX)."),
    )
    replaces = ParentalManyToManyField(
        "self",
        verbose_name=_("thay thế văn bản"),
        symmetrical=False,
        blank=True,
        related_name="replaced_by",
        help_text=_(
            "Các văn bản mà văn bản này thay thế (chúng sẽ hiện là hết hiệu lực)."
        ),
    )
    guides = ParentalManyToManyField(
        "self",
        verbose_name=_("hướng dẫn thi hành văn bản"),
        symmetrical=False,
        blank=True,
        related_name="guided_by",
        help_text=_("Các văn bản mà văn bản này quy định chi tiết hoặc hướng dẫn."),
    )
    #: Folded words of the number, title and abstract, for the library's own filter.
    search_text = models.TextField(editable=False, default="")

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("form"), FieldPanel("number")]),
                FieldPanel("authority"),
                FieldPanel("signer"),
                FieldPanel("field"),
                FieldRowPanel(
                    [
                        FieldPanel("issued_on"),
                        FieldPanel("effective_on"),
                        FieldPanel("expires_on"),
                    ]
                ),
            ],
            heading=_("Thông tin văn bản"),
        ),
        FieldPanel("abstract"),
        FieldPanel("file"),
        MultiFieldPanel(
            [FieldPanel("replaces"), FieldPanel("guides")],
            heading=_("Văn bản liên quan"),
        ),
    ]
    search_fields = folded(
        [
            *Page.search_fields,
            index.SearchField("number", boost=3),
            index.AutocompleteField("number"),
            index.SearchField("abstract"),
            index.SearchField("authority"),
            index.SearchField("field"),
            index.FilterField("form"),
            index.FilterField("issued_on"),
        ]
    )
    api_fields = [
        APIField(name)
        for name in (
            "form",
            "number",
            "authority",
            "signer",
            "field",
            "issued_on",
            "effective_on",
            "expires_on",
            "abstract",
        )
    ]
    parent_page_types = ["library.DocumentIndexPage"]
    subpage_types = []
    base_form_class = DocumentPageForm

    class Meta:
        verbose_name = _("văn bản")
        verbose_name_plural = _("văn bản")

    def clean(self):
        super().clean()
        errors = {}
        if self.effective_on and self.effective_on < self.issued_on:
            errors["effective_on"] = _(
                "Ngày có hiệu lực không thể trước ngày ban hành."
            )
        start = self.effective_on or self.issued_on
        if self.expires_on and start and self.expires_on <= start:
            errors["expires_on"] = _("Ngày hết hiệu lực phải sau ngày có hiệu lực.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        self.search_text = searchable(self.number, self.title, self.abstract)
        super().save(*args, **kwargs)

    @property
    def in_force_from(self):
        return self.effective_on or self.issued_on

    #: The relations a document page shows, both ways, in this order.
    RELATIONS = (
        ("replaces", _("Thay thế")),
        ("replaced_by", _("Được thay thế bởi")),
        ("guides", _("Hướng dẫn thi hành")),
        ("guided_by", _("Được hướng dẫn bởi")),
    )

    def live_relations(self, name):
        return [page for page in getattr(self, name).all() if page.live]

    def status(self, today=None, replaced_by=None):
        """Whether the document is in force today: (key, label). Replacement by a live
        document ends it as much as an expiry date does. `replaced_by`: the live
        documents replacing it, when the caller has them already."""
        today = today or timezone.localdate()
        if replaced_by is None:
            replaced_by = self.live_relations("replaced_by")
        if replaced_by:
            return "replaced", _("Hết hiệu lực (đã được thay thế)")
        if self.expires_on and self.expires_on <= today:
            return "expired", _("Hết hiệu lực")
        if self.in_force_from > today:
            return "pending", _("Chưa có hiệu lực")
        return "in-force", _("Còn hiệu lực")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        related = {name: self.live_relations(name) for name, _label in self.RELATIONS}
        context["relations"] = [
            (label, related[name]) for name, label in self.RELATIONS
        ]
        context["status_key"], context["status_label"] = self.status(
            replaced_by=related["replaced_by"]
        )
        return context
