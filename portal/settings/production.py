"""Production: several app servers behind a reverse proxy that terminates TLS.

The process refuses to start without a secret key and the host names it serves: a portal
that publishes legal notices must not run with a guessable key or answer any Host header.
"""

from portal.settings.base import *  # noqa: F403
from portal.settings.environment import (
    env_bool,
    env_int,
    env_list,
    env_required,
    env_str,
)

DEBUG = False

SECRET_KEY = env_required(
    "DJANGO_SECRET_KEY",
    "a long random string that signs sessions and tokens "
    '(python -c "import secrets; print(secrets.token_urlsafe(50))").',
)
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    env_required(
        "DJANGO_ALLOWED_HOSTS",
        "the comma-separated host names the portal answers to "
        "(for example thiduakhenthuong.sonla.gov.vn).",
    )
CSRF_TRUSTED_ORIGINS = env_list(
    "DJANGO_CSRF_TRUSTED_ORIGINS",
    [f"https://{host}" for host in ALLOWED_HOSTS if not host.startswith(".")],
)

# Mail: a server to send through, or the explicit choice to send none. Without either,
# the console backend would print every message (a commenter's address beside the
# receipt code that unlocks the public look-up) into the process log.
if not EMAIL_HOST and not EMAIL_DISABLED:  # noqa: F405
    env_required(
        "EMAIL_HOST",
        "the SMTP server that sends receipts and notifications "
        "(or EMAIL_DISABLED=1 to send no mail at all).",
    )

# TLS ends at the reverse proxy, which tells us the original scheme.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env_int("DJANGO_SECURE_HSTS_SECONDS", 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"

# Hashed file names let the proxy cache static files for a year.
STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "whitenoise.storage.CompressedManifestStaticFilesStorage"
)

WAGTAILADMIN_BASE_URL = env_str(
    "WAGTAILADMIN_BASE_URL", f"https://{ALLOWED_HOSTS[0].lstrip('.')}"
)

# Media on S3-compatible object storage when a bucket is named (needs the "s3" extra).
AWS_STORAGE_BUCKET_NAME = env_str("AWS_STORAGE_BUCKET_NAME")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}  # noqa: F405
    AWS_S3_ENDPOINT_URL = env_str("AWS_S3_ENDPOINT_URL") or None
    AWS_S3_REGION_NAME = env_str("AWS_S3_REGION_NAME") or None
    AWS_S3_CUSTOM_DOMAIN = env_str("AWS_S3_CUSTOM_DOMAIN") or None
    AWS_DEFAULT_ACL = None
    AWS_QUERYSTRING_AUTH = False
    AWS_S3_FILE_OVERWRITE = False
    if AWS_S3_CUSTOM_DOMAIN:  # images come from there: the policy must allow it
        CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"].append(  # noqa: F405
            f"https://{AWS_S3_CUSTOM_DOMAIN}"
        )

LOGGING["loggers"]["django.security.DisallowedHost"] = {  # noqa: F405
    "handlers": ["console"],
    "level": "ERROR",
    "propagate": False,
}
