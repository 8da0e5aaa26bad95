"""A spreadsheet of honours an editor uploaded: kept with its outcome as an audit trail
(who imported what, when, with which result), outside public media."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from home.fields import optional_link, private_storage


class HonourImport(models.Model):
    file = models.FileField(
        _("tệp bảng tính"), upload_to="imports/%Y/%m/", storage=private_storage
    )
    original_name = models.CharField(_("tên tệp"), max_length=255)
    decision_file = models.FileField(
        _("văn bản quyết định"),
        upload_to="imports/%Y/%m/",
        storage=private_storage,
        blank=True,
    )
    authority = models.CharField(
        _("cơ quan ban hành mặc định"), max_length=255, blank=True
    )
    document = optional_link(
        "wagtaildocs.Document",
        _("văn bản quyết định"),
        related_name="+",
    )
    allow_partial = models.BooleanField(_("bỏ qua dòng lỗi"), default=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người tải lên"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    uploaded_at = models.DateTimeField(_("lúc tải lên"), auto_now_add=True)
    imported_at = models.DateTimeField(_("lúc nhập"), null=True, blank=True)
    summary = models.JSONField(_("kết quả"), default=dict, blank=True)

    class Meta:
        verbose_name = _("lần nhập từ bảng tính")
        verbose_name_plural = _("các lần nhập từ bảng tính")
        ordering = ["-uploaded_at"]

    def __str__(self):
        return self.original_name
