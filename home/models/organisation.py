"""Organisation pages: what the agency does, how it is organised, who sits on the
council and whom to contact (Decree 42/2022/ND-CP). One page type with optional
sections, so a province arranges them over one page or several."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import ArticleBodyBlock
from home.organisation_blocks import (
    ContactOfficialBlock,
    CouncilMemberBlock,
    UnitBlock,
)
from home.publishing import PortalPage
from home.translations import outdated_translation
from search.index import folded


class OrganisationPage(PortalPage):
    """Functions and tasks, structure, council members, contacts. Each section shows
    only when it has content; the page says when it was last updated."""

    intro = models.TextField(
        _("tóm tắt"),
        max_length=600,
        blank=True,
        help_text=_("Đoạn mở đầu; cũng dùng làm mô tả khi chia sẻ trang."),
    )
    functions = StreamField(
        ArticleBodyBlock(),
        blank=True,
        verbose_name=_("chức năng, nhiệm vụ"),
        help_text=_(
            "Vị trí, chức năng, nhiệm vụ và quyền hạn, theo văn bản thành lập."
        ),
    )
    structure = StreamField(
        [("unit", UnitBlock())],
        blank=True,
        verbose_name=_("cơ cấu tổ chức"),
        help_text=_(
            "Sơ đồ tổ chức: mỗi đơn vị cấp trên, các phòng, bộ phận và tổ trực thuộc. "
            "Hiện thành sơ đồ đọc được bằng trình đọc màn hình."
        ),
    )
    council_members = StreamField(
        [("member", CouncilMemberBlock())],
        blank=True,
        verbose_name=_("thành viên Hội đồng Thi đua – Khen thưởng"),
    )
    contacts = StreamField(
        [("contact", ContactOfficialBlock())],
        blank=True,
        verbose_name=_("cán bộ đầu mối liên hệ"),
    )
    address = models.CharField(_("địa chỉ"), max_length=300, blank=True)
    phone = models.CharField(_("điện thoại"), max_length=60, blank=True)
    email = models.EmailField(_("thư điện tử"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("functions"),
        FieldPanel("structure"),
        FieldPanel("council_members"),
        FieldPanel("contacts"),
        MultiFieldPanel(
            [FieldPanel("address"), FieldPanel("phone"), FieldPanel("email")],
            heading=_("Địa chỉ liên hệ"),
        ),
    ]
    search_fields = folded(
        [
            *Page.search_fields,
            index.SearchField("intro"),
            index.SearchField("functions"),
            index.SearchField("structure"),
            index.SearchField("council_members"),
        ]
    )
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("trang tổ chức, liên hệ")
        verbose_name_plural = _("trang tổ chức, liên hệ")

    def get_context(self, request, *args, **kwargs):

        context = super().get_context(request, *args, **kwargs)
        context["outdated_translation"] = outdated_translation(self)
        return context
