"""What the portal keeps about a staff account beyond Django's user."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class SessionVersion(models.Model):
    """Raised each time the account is deactivated: a session opened before carries
    an older number and is ended, so re-activating an account never revives the
    sessions it had (home.admin_ui.signin.end_revoked_sessions)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="session_version",
    )
    version = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("phiên bản phiên đăng nhập")
        verbose_name_plural = _("phiên bản phiên đăng nhập")

    def __str__(self):
        return f"{self.user_id}: {self.version}"
