"""Emulation movements (phong trào thi đua): who launched them, when, and the honours
given under them."""

from datetime import date

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index


class MovementIndexPage(Page):
    intro = models.TextField(
        _("giới thiệu"),
        blank=True,
        help_text=_("Đoạn mở đầu của trang danh sách phong trào."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["honors.MovementPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("danh sách phong trào thi đua")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["movements"] = (
            MovementPage.objects.child_of(self).live().public().order_by("-starts_on")
        )
        return context


class MovementStatus(models.TextChoices):
    UPCOMING = "upcoming", _("Sắp phát động")
    RUNNING = "running", _("Đang triển khai")
    SUMMED_UP = "summed_up", _("Đã tổng kết")


class MovementPage(Page):
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
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary")]
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
