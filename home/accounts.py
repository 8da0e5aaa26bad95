"""Signing in to the admin: what keeps guessing and mail-bombing out.

Wrong passwords are counted by django-axes (settings: AXES_*): after LOGIN_FAILURE_LIMIT
failures from one client address, or against one account from anywhere, every attempt
is refused for LOGIN_LOCKOUT_MINUTES, the right password included, with the page
`home/login_locked_out.html`, which says neither whether the account exists nor which
limit was reached. Password resets are limited here, per account and per address.
"""

import logging

from django.conf import settings
from django.shortcuts import render
from wagtail.admin.forms.auth import PasswordResetForm

from .ratelimit import allow, client_address

logger = logging.getLogger("portal.security")

HOUR = 3600


class ThrottledPasswordResetForm(PasswordResetForm):
    """Wagtail's reset form (WAGTAILADMIN_USER_PASSWORD_RESET_FORM) that sends no more
    than PASSWORD_RESET_RATE_LIMIT mails an hour per account and per client address.

    Past the limit the page answers as always ("if the address is known, a mail is on
    its way"), so the limit tells nobody whether an address has an account; the mail
    is simply not sent again, and the log says so without the address."""

    def save(self, *args, request=None, **kwargs):
        per_account, per_address = settings.PASSWORD_RESET_RATE_LIMIT
        email = self.cleaned_data["email"].casefold()
        address = client_address(request) if request is not None else ""
        by_address = allow(
            "password-reset-address", address, limit=per_address, window=HOUR
        )
        by_account = allow(
            "password-reset-account", email, limit=per_account, window=HOUR
        )
        if not (by_address and by_account):
            logger.warning(
                "Password reset not sent: more than %s in an hour",
                "per client address" if not by_address else "per account",
            )
            return
        super().save(*args, request=request, **kwargs)


def locked_out(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: the lock-out page, 429, in the user's language."""
    minutes = round(settings.AXES_COOLOFF_TIME.total_seconds() / 60)
    return render(
        request, "home/login_locked_out.html", {"minutes": minutes}, status=429
    )
