"""The province's own targets for its commendation work (a site setting the
secretariat keeps): the statistics page measures the registry against them."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from honors.registry.honours import FIRST_YEAR


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
