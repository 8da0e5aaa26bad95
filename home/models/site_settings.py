"""What editors set once per site: who runs the portal and how to reach them."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField

from home.blocks import RelatedPortalBlock, SocialLinkBlock
from home.fields import optional_image, optional_link
from home.translations import in_active_language


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    agency_name = models.CharField(
        _("tên cơ quan"),
        max_length=200,
        default="Ban Thi đua – Khen thưởng",
        help_text=_(
            "Hiện ở đầu và cuối mọi trang, ví dụ: Ban Thi đua – Khen thưởng tỉnh Sơn La."
        ),
    )
    agency_name_en = models.CharField(
        _("tên cơ quan (tiếng Anh)"),
        max_length=200,
        blank=True,
        help_text=_(
            "Dùng khi người xem chọn tiếng Anh; để trống thì dùng tên tiếng Việt."
        ),
    )
    parent_agency = models.CharField(
        _("cơ quan chủ quản"),
        max_length=200,
        blank=True,
        help_text=_(
            "Dòng nhỏ phía trên tên cơ quan, ví dụ: Ủy ban nhân dân tỉnh Sơn La."
        ),
    )
    parent_agency_en = models.CharField(
        _("cơ quan chủ quản (tiếng Anh)"), max_length=200, blank=True
    )
    address = models.CharField(
        _("địa chỉ"),
        max_length=300,
        blank=True,
        help_text=_("Địa chỉ trụ sở, hiện ở chân trang."),
    )
    hotline = models.CharField(
        _("đường dây nóng"),
        max_length=40,
        blank=True,
        help_text=_("Số điện thoại tiếp nhận phản ánh, ví dụ: 0212 3852 xxx."),
    )
    email = models.EmailField(_("thư điện tử"), blank=True)
    logo = optional_image(
        _("biểu trưng"),
        help_text=_(
            "Ảnh vuông, nền trong suốt; để trống thì dùng biểu trưng mặc định."
        ),
    )
    privacy_page = optional_link(
        "wagtailcore.Page",
        _("trang chính sách bảo vệ dữ liệu cá nhân"),
        related_name="+",
        help_text=_(
            "Trang nói rõ dữ liệu cá nhân được thu thập để làm gì, ai được xem, lưu bao lâu; "
            "được dẫn tới ở chân trang và ở mọi biểu mẫu thu thập dữ liệu."
        ),
    )
    footer_text = models.TextField(
        _("nội dung chân trang"),
        blank=True,
        help_text=_(
            "Ví dụ: người chịu trách nhiệm nội dung, giấy phép hoạt động, ghi rõ nguồn khi "
            "trích dẫn."
        ),
    )
    footer_text_en = models.TextField(_("nội dung chân trang (tiếng Anh)"), blank=True)
    social_links = StreamField(
        [("link", SocialLinkBlock())],
        blank=True,
        verbose_name=_("mạng xã hội"),
        help_text=_("Trang của cơ quan trên các mạng xã hội, hiện ở chân trang."),
    )

    related_portals = StreamField(
        [("portal", RelatedPortalBlock())],
        blank=True,
        verbose_name=_("cổng liên kết"),
        help_text=_(
            "Cổng thông tin của tỉnh, Ban Thi đua – Khen thưởng Trung ương, Cổng Dịch vụ "
            "công quốc gia…: hiện ở chân trang mọi trang và trên trang liên kết."
        ),
    )

    select_related = ["logo", "privacy_page"]

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("agency_name"),
                FieldPanel("agency_name_en"),
                FieldPanel("parent_agency"),
                FieldPanel("parent_agency_en"),
                FieldPanel("logo"),
            ],
            heading=_("Cơ quan"),
        ),
        MultiFieldPanel(
            [FieldPanel("address"), FieldPanel("hotline"), FieldPanel("email")],
            heading=_("Liên hệ"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("privacy_page"),
                FieldPanel("footer_text"),
                FieldPanel("footer_text_en"),
                FieldPanel("social_links"),
                FieldPanel("related_portals"),
            ],
            heading=_("Chân trang"),
        ),
    ]

    class Meta:
        verbose_name = _("thông tin cổng")
        verbose_name_plural = _("thông tin cổng")

    def __str__(self):
        return self.agency_name

    @property
    def name(self) -> str:
        return in_active_language(self.agency_name, self.agency_name_en)

    @property
    def parent_name(self) -> str:
        return in_active_language(self.parent_agency, self.parent_agency_en)

    @property
    def footer(self) -> str:
        return in_active_language(self.footer_text, self.footer_text_en)
