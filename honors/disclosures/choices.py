"""Where a disclosure stands, and what the council decided for each nominee."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class DisclosureStatus(models.TextChoices):
    UPCOMING = "upcoming", _("Sắp lấy ý kiến")
    OPEN = "open", _("Đang lấy ý kiến")
    CLOSED = "closed", _("Đã hết hạn góp ý")
    DECIDED = "decided", _("Đã có kết quả")


class NomineeOutcome(models.TextChoices):
    PENDING = "pending", _("Chờ Hội đồng xét")
    APPROVED = "approved", _("Được khen thưởng")
    NOT_APPROVED = "not_approved", _("Không được khen thưởng")
    DEFERRED = "deferred", _("Hoãn xét")
