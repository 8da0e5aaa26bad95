"""Signing in to the admin: what keeps guessing and mail-bombing out.

Wrong passwords are counted by django-axes (settings: AXES_*): after LOGIN_FAILURE_LIMIT
failures from one client address, or against one account from anywhere, every attempt
is refused for LOGIN_LOCKOUT_MINUTES, the right password included, with the page
`home/login_locked_out.html`, which says neither whether the account exists nor which
limit was reached. Password resets are limited here, per account and per address.

Deactivating an account ends its sessions for good: Django refuses an inactive user's
session but keeps it, so re-activating the account used to revive every session it
had. Each deactivation raises the account's SessionVersion; a session remembers the
version it was opened on and is ended when that is no longer current.
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model, logout
from django.contrib.auth.signals import user_logged_in
from django.db.models import F
from django.db.models.signals import pre_save
from django.dispatch import receiver
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm, PasswordResetForm

from home.models import SessionVersion
from home.public_forms.ratelimit import allow, client_address

logger = logging.getLogger("portal.security")

HOUR = 3600


class PortalLoginForm(LoginForm):
    """Wagtail's sign-in form (WAGTAILADMIN_USER_LOGIN_FORM) with its password field
    labelled: Wagtail leaves it unlabelled, so Django names it from the field's name,
    "Password", in English whatever the language."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Mật khẩu")


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


SESSION_VERSION_KEY = "_portal_session_version"


def current_version(user_pk) -> int:
    return (
        SessionVersion.objects.filter(user_id=user_pk)
        .values_list("version", flat=True)
        .first()
        or 0
    )


@receiver(user_logged_in)
def remember_version(sender, request, user, **kwargs):
    request.session[SESSION_VERSION_KEY] = current_version(user.pk)


@receiver(pre_save, sender=get_user_model())
def revoke_sessions_on_deactivation(sender, instance, raw=False, **kwargs):
    if raw or instance.pk is None or instance.is_active:
        return
    was_active = (
        sender.objects.filter(pk=instance.pk, is_active=True).values("pk").exists()
    )
    if was_active:
        version, _created = SessionVersion.objects.get_or_create(user_id=instance.pk)
        SessionVersion.objects.filter(pk=version.pk).update(version=F("version") + 1)
        logger.warning("Account %s deactivated: its sessions are ended", instance.pk)


class RevokedSessionMiddleware:
    """After AuthenticationMiddleware: ends a session opened before the account was
    last deactivated (one indexed query per signed-in request)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            opened_on = request.session.get(SESSION_VERSION_KEY, 0)
            if opened_on != current_version(user.pk):
                logout(request)
        return self.get_response(request)
