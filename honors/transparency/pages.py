"""Transparency: the statistics page against the province's targets, and the open data
page that explains the downloads and the API."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import RICH_TEXT_FEATURES
from home.publishing import ApprovedPublishingMixin
from honors.registry.honours import FIRST_YEAR
from search.index import folded


def percent_field(label, default, help_text):
    return models.DecimalField(
        label,
        max_digits=5,
        decimal_places=1,
        null=default is None,
        blank=default is None,
        default=default,
        validators=[MinValueValidator(Decimal(0)), MaxValueValidator(Decimal(100))],
        help_text=help_text,
    )


@register_setting(icon="pick")
class ProvinceTargets(BaseSiteSetting):
    """The province's own targets for its emulation and commendation work. They are
    policy, set by the province's plan for the period, so editors keep them here rather
    than in code."""

    period_start = models.PositiveSmallIntegerField(
        _("từ năm"),
        default=2025,
        validators=[MinValueValidator(FIRST_YEAR), MaxValueValidator(2100)],
        help_text=_("Năm đầu của giai đoạn đặt mục tiêu, ví dụ 2025."),
    )
    period_end = models.PositiveSmallIntegerField(
        _("đến năm"),
        default=2030,
        validators=[MinValueValidator(FIRST_YEAR), MaxValueValidator(2100)],
        help_text=_("Năm cuối của giai đoạn, ví dụ 2030."),
    )
    plan_reference = models.CharField(
        _("văn bản đặt mục tiêu"),
        max_length=255,
        blank=True,
        help_text=_(
            "Số, ngày của kế hoạch hoặc nghị quyết đặt các mục tiêu này; hiện trên "
            "trang thống kê."
        ),
    )
    state_direct_workers = percent_field(
        _("lao động trực tiếp, khen thưởng cấp Nhà nước (%)"),
        Decimal(35),
        _(
            "Tỷ lệ tối thiểu cá nhân là người lao động trực tiếp trong số cá nhân được "
            "Chủ tịch nước, Thủ tướng Chính phủ khen thưởng."
        ),
    )
    provincial_direct_workers = percent_field(
        _("lao động trực tiếp, khen thưởng cấp tỉnh (%)"),
        Decimal(65),
        _(
            "Tỷ lệ tối thiểu cá nhân là người lao động trực tiếp trong số cá nhân được "
            "khen thưởng cấp bộ, ngành, tỉnh."
        ),
    )
    electronic_records = percent_field(
        _("hồ sơ khen thưởng điện tử (%)"),
        Decimal(100),
        _("Tỷ lệ khen thưởng có bản điện tử của quyết định."),
    )
    women = percent_field(
        _("phụ nữ (%)"),
        None,
        _("Để trống nếu tỉnh không đặt chỉ tiêu bằng số; tỷ lệ vẫn được thống kê."),
    )
    ethnic_minorities = percent_field(
        _("người dân tộc thiểu số (%)"),
        None,
        _("Để trống nếu tỉnh không đặt chỉ tiêu bằng số; tỷ lệ vẫn được thống kê."),
    )
    difficult_areas = percent_field(
        _("vùng sâu, vùng xa, vùng đặc biệt khó khăn (%)"),
        None,
        _("Để trống nếu tỉnh không đặt chỉ tiêu bằng số; tỷ lệ vẫn được thống kê."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("period_start"), FieldPanel("period_end")],
            heading=_("Giai đoạn"),
        ),
        FieldPanel("plan_reference"),
        MultiFieldPanel(
            [
                FieldPanel("state_direct_workers"),
                FieldPanel("provincial_direct_workers"),
                FieldPanel("electronic_records"),
                FieldPanel("women"),
                FieldPanel("ethnic_minorities"),
                FieldPanel("difficult_areas"),
            ],
            heading=_("Mục tiêu (%)"),
        ),
    ]

    class Meta:
        verbose_name = _("mục tiêu thi đua, khen thưởng của tỉnh")

    def clean(self):
        if (
            self.period_start
            and self.period_end
            and self.period_start > self.period_end
        ):
            raise ValidationError(
                {"period_end": _("Năm cuối phải sau hoặc bằng năm đầu.")}
            )


class StatisticsPage(ApprovedPublishingMixin, Page):
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
        from honors.transparency.views import statistics_context

        context = self.get_context(request, *args, **kwargs)
        status, extra = statistics_context(self, request)
        context.update(extra)
        response = TemplateResponse(request, self.get_template(request), context)
        response.status_code = status
        return response


class OpenDataPage(ApprovedPublishingMixin, Page):
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
        from honors.roll.open_data import COLUMNS, roll_download_urls

        context = super().get_context(request, *args, **kwargs)
        context["columns"] = COLUMNS
        context["downloads"] = roll_download_urls(request)
        context["api_base"] = request.build_absolute_uri("/api/v2/")
        return context
