"""Transparency: the statistics page against the province's targets, and the open data
page that explains the downloads and the API."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import RICH_TEXT_FEATURES
from home.publishing import PortalPage
from honors.roll.open_data import COLUMNS, roll_download_urls
from honors.transparency.views import statistics_context
from search.index import folded


class StatisticsPage(PortalPage):
    intro = RichTextField(
        _("giới thiệu"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Vài câu dẫn: số liệu này là gì, lấy từ đâu, cập nhật khi nào."),
    )
    default_years = models.PositiveSmallIntegerField(
        _("số năm hiện mặc định"),
        default=5,
        validators=[MinValueValidator(1), MaxValueValidator(50)],
        help_text=_(
            "Khi người xem chưa chọn năm, trang thống kê các năm gần nhất có khen thưởng."
        ),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    settings_panels = [*Page.settings_panels, FieldPanel("default_years")]
    search_fields = folded([*Page.search_fields, index.SearchField("intro")])
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("trang thống kê khen thưởng")
        verbose_name_plural = _("trang thống kê khen thưởng")

    def serve(self, request, *args, **kwargs):
        context = self.get_context(request, *args, **kwargs)
        status, extra = statistics_context(self, request)
        context.update(extra)
        response = TemplateResponse(request, self.get_template(request), context)
        response.status_code = status
        return response


class OpenDataPage(PortalPage):
    intro = RichTextField(
        _("giới thiệu"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Dữ liệu nào được mở, để làm gì, ai có thể dùng."),
    )
    licence_name = models.CharField(
        _("giấy phép"),
        max_length=200,
        default="Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0)",
        help_text=_("Tên giấy phép sử dụng dữ liệu."),
    )
    licence_url = models.URLField(
        _("đường dẫn giấy phép"),
        blank=True,
        default="https://creativecommons.org/licenses/by/4.0/deed.vi",
    )
    attribution = models.CharField(
        _("cách ghi nguồn"),
        max_length=300,
        blank=True,
        help_text=_("Ví dụ: Nguồn: Cổng thông tin thi đua – khen thưởng tỉnh Sơn La."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("licence_name"),
                FieldPanel("licence_url"),
                FieldPanel("attribution"),
            ],
            heading=_("Giấy phép"),
        ),
    ]
    search_fields = folded([*Page.search_fields, index.SearchField("intro")])
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("trang dữ liệu mở")
        verbose_name_plural = _("trang dữ liệu mở")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["columns"] = COLUMNS
        context["downloads"] = roll_download_urls(request)
        context["api_base"] = request.build_absolute_uri("/api/v2/")
        return context
