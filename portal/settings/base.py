"""Settings shared by every environment.

Values that differ per deployment (database, cache, search, e-mail, media) are read from
the environment here; dev.py, test.py and production.py only add what is specific to
their situation. README.md lists every variable.
"""

from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from portal.settings.environment import env_bool, env_int, env_list, env_str

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

# Applications ----------------------------------------------------------------------

INSTALLED_APPS = [
    "home",
    "honors",
    "library",
    "search",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.simple_translation",
    "wagtail.contrib.table_block",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.api.v2",
    "wagtail_modeladmin",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.locales",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "axes",
    "csp",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Wagtail's workflow status says "5 seconds ago" with humanize's naturaltime;
    # installing the app loads humanize's Vietnamese catalogue.
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "portal.middleware.PortalCSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "home.admin_ui.signin.RevokedSessionMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "portal.middleware.MalformedSubmissionMiddleware",
    # Last: turns a login refused for too many failures into the lock-out page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: SQLite file in the project unless DATABASE_URL says otherwise -------------

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache and sessions: Redis when REDIS_URL is set (shared by every app server), else the
# process's memory for the cache and the database for sessions.

REDIS_URL = env_str("REDIS_URL")
CACHE_KEY_PREFIX = env_str("CACHE_KEY_PREFIX", "tdkt")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": CACHE_KEY_PREFIX,
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cache"
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "KEY_PREFIX": CACHE_KEY_PREFIX,
        }
    }

# Background tasks (django-tasks, which Wagtail uses for its own indexing too): a queue
# in the database by default, run by `manage.py db_worker` (`make run` starts one);
# TASKS_BACKEND=redis keeps the queue in Redis (REDIS_URL), run by
# `manage.py rqworker default mail --with-scheduler --job-class django_tasks_rq.Job`.

TASKS_BACKEND = env_str("TASKS_BACKEND", "database")
#: "mail" is a queue of its own (home.mail), so a hung mail server never delays indexing.
TASK_QUEUES = ["default", "mail"]
if TASKS_BACKEND == "database":
    TASKS = {
        "default": {
            "BACKEND": "django_tasks_db.DatabaseBackend",
            "QUEUES": TASK_QUEUES,
        }
    }
elif TASKS_BACKEND == "redis":
    if not REDIS_URL:
        raise ImproperlyConfigured("TASKS_BACKEND=redis needs REDIS_URL.")
    INSTALLED_APPS += ["django_rq", "django_tasks_rq"]
    RQ_QUEUES = {
        queue: {"URL": REDIS_URL, "DEFAULT_TIMEOUT": 600} for queue in TASK_QUEUES
    }
    TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": TASK_QUEUES}}
else:
    raise ImproperlyConfigured(
        f"TASKS_BACKEND={TASKS_BACKEND!r}: use 'database' (the default) or 'redis'."
    )

# Search: Elasticsearch when ELASTICSEARCH_URL is set, else the database backend. Both
# through the portal's backends, which fold Vietnamese queries (see search.backends).

ELASTICSEARCH_URL = env_str("ELASTICSEARCH_URL")
if ELASTICSEARCH_URL:
    ELASTICSEARCH_VERSION = env_int("ELASTICSEARCH_VERSION", 8)
    if ELASTICSEARCH_VERSION not in (8, 9):
        raise ImproperlyConfigured(
            f"ELASTICSEARCH_VERSION={ELASTICSEARCH_VERSION}: the portal supports "
            "Elasticsearch 8 and 9."
        )
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": f"search.backends.elasticsearch{ELASTICSEARCH_VERSION}",
            "URLS": [ELASTICSEARCH_URL],
            "INDEX_PREFIX": env_str("ELASTICSEARCH_INDEX_PREFIX", "tdkt_"),
            "TIMEOUT": env_int("ELASTICSEARCH_TIMEOUT", 5),
        }
    }
else:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.database",
            # PostgreSQL only: created by search/migrations; SQLite ignores it.
            "SEARCH_CONFIG": "portal_vietnamese",
        },
    }

# Wagtail's W001 looks for Page's own search field objects; the portal's page types hold
# folded copies (search.index.folded), which the check search.W001 verifies instead.
SILENCED_SYSTEM_CHECKS = ["wagtailsearch.W001"]

#: Days of daily search counts kept for the editors' search terms report.
WAGTAILSEARCH_HITS_MAX_AGE = env_int("SEARCH_TERMS_KEEP_DAYS", 180)

# Content-Security-Policy (django-csp, portal.middleware.PortalCSPMiddleware) ---------
# Public pages run only the portal's own scripts and styles, show its own images and
# frame nothing but its own pages and the video providers editors may embed; nobody
# frames the portal. Wagtail's admin still writes some inline scripts and styles
# (date pickers, inline panels; wagtail/wagtail#1288), so the admin alone allows
# inline ones; its previews may be framed by the admin itself. Browsers report
# violations to /csp-report/, which logs them.

#: Origins whose players editors may embed in pages (VideoBlock).
CSP_FRAME_SOURCES = env_list(
    "CSP_FRAME_SOURCES",
    [
        "https://www.youtube.com",
        "https://www.youtube-nocookie.com",
        "https://www.facebook.com",
    ],
)
#: Further origins of images (object storage or a CDN serving media).
CSP_IMAGE_SOURCES = env_list("CSP_IMAGE_SOURCES")
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *CSP_IMAGE_SOURCES],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "media-src": ["'self'"],
        "frame-src": ["'self'", *CSP_FRAME_SOURCES],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "report-uri": "/csp-report/",
    }
}
#: What the admin adds: Wagtail's inline scripts and styles, previews of uploads.
CSP_ADMIN_UPDATE = {
    "script-src": ["'unsafe-inline'"],
    "style-src": ["'unsafe-inline'"],
    "img-src": ["blob:"],
}

# Signing in: throttled per account and per client address (django-axes) ---------------

AUTHENTICATION_BACKENDS = [
    # First: refuses every attempt, right password included, while locked out.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
#: Failed logins before an account, or a client address, is locked out.
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("LOGIN_LOCKOUT_MINUTES", 15))
# Either is enough: one address trying many accounts, or many addresses one account.
AXES_LOCKOUT_PARAMETERS = ["ip_address", "username"]
AXES_RESET_ON_SUCCESS = True
# Failures are counted where every app server sees them: Redis when configured, else
# the database. Successful logins are not recorded (Wagtail's log has them).
AXES_HANDLER = (
    "axes.handlers.cache.AxesCacheHandler"
    if REDIS_URL
    else "axes.handlers.database.AxesDatabaseHandler"
)
AXES_DISABLE_ACCESS_LOG = True
# No start-up banner; log lines mask the account and address (AXES_SENSITIVE_PARAMETERS).
AXES_VERBOSE = False
AXES_CLIENT_IP_CALLABLE = "home.public_forms.ratelimit.client_address"
AXES_LOCKOUT_CALLABLE = "home.admin_ui.signin.locked_out"
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = (
    "home.admin_ui.signin.ThrottledPasswordResetForm"
)
WAGTAILADMIN_USER_LOGIN_FORM = "home.admin_ui.signin.PortalLoginForm"
#: Password-reset e-mails per account, and per client address, in an hour.
PASSWORD_RESET_RATE_LIMIT = (
    env_int("PASSWORD_RESET_PER_ACCOUNT", 3),
    env_int("PASSWORD_RESET_PER_ADDRESS", 10),
)

# Passwords -------------------------------------------------------------------------

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation."
        "UserAttributeSimilarityValidator"
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Language and time: Vietnamese first, English available. LANGUAGE_CODE must be "vi"
# before the first migrate, because Wagtail creates its first Locale from it.

LANGUAGE_CODE = "vi"
LANGUAGES = [
    ("vi", "Tiếng Việt"),
    ("en", "English"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_TZ = True
FORMAT_MODULE_PATH = ["portal.formats"]

WAGTAIL_I18N_ENABLED = True
# The content languages are named in the editor's language ("Tiếng Anh" for the
# English tree); the language choosers, public and admin, name each language in itself.
WAGTAIL_CONTENT_LANGUAGES = [("vi", _("Tiếng Việt")), ("en", _("Tiếng Anh"))]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
WAGTAIL_TIME_FORMAT = "%H:%M"

# The read-only JSON API (portal/api.py): JSON only, at most 100 items a request.
WAGTAILAPI_LIMIT_MAX = 100
REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "UNAUTHENTICATED_USER": None,
}

# Static files and media --------------------------------------------------------------

STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
STATIC_URL = "/static/"

MEDIA_ROOT = Path(env_str("DJANGO_MEDIA_ROOT") or BASE_DIR / "media")
MEDIA_URL = env_str("DJANGO_MEDIA_URL", "/media/")

# Files only staff may read (imported spreadsheets, comment attachments): kept outside
# MEDIA_ROOT, never served by the web server, handed out by permission-checked views.
PRIVATE_MEDIA_ROOT = Path(env_str("DJANGO_PRIVATE_MEDIA_ROOT") or BASE_DIR / "private")

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        # A string: Wagtail's file-deletion task stores the storage's settings as JSON.
        "OPTIONS": {"location": str(PRIVATE_MEDIA_ROOT), "base_url": None},
    },
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage",
    },
}

# Page editors can hold many fields; Django's default of 1000 is too low for them.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# E-mail: always through the task queue (home.mail), never inside a request. The worker
# hands each message to EMAIL_DELIVERY_BACKEND: SMTP when a host is configured, else
# the console (development); production refuses to start without one (production.py).

EMAIL_BACKEND = "home.mail.QueuedEmailBackend"
EMAIL_HOST = env_str("EMAIL_HOST")
#: Set to send no mail at all (the messages are dropped, one log line each).
EMAIL_DISABLED = env_bool("EMAIL_DISABLED", False)
if EMAIL_HOST:
    EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
elif EMAIL_DISABLED:
    EMAIL_DELIVERY_BACKEND = "home.mail.DisabledEmailBackend"
else:
    EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.console.EmailBackend"
EMAIL_PORT = env_int("EMAIL_PORT", 587)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
#: Seconds the worker waits on the mail server before it gives up this attempt.
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)
#: Attempts per message (1, 5, 30, 120 minutes apart) before it is given up.
EMAIL_DELIVERY_ATTEMPTS = env_int("EMAIL_DELIVERY_ATTEMPTS", 5)
DEFAULT_FROM_EMAIL = env_str(
    "DEFAULT_FROM_EMAIL", "Cổng thi đua – khen thưởng <no-reply@localhost>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Wagtail ---------------------------------------------------------------------------

WAGTAIL_SITE_NAME = _("Cổng thông tin thi đua – khen thưởng")
# Workflow e-mails come from the portal's address; superusers (the emergency account)
# are not copied on every submission.
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Page addresses in plain ASCII ("khen-thuong-nam-2025"), not percent-encoded Vietnamese.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILEMBEDS_RESPONSIVE_HTML = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("DJANGO_LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"level": "WARNING"},
        # Background-task progress and Wagtail's audit messages are in the database's
        # log already; on the console they drown out what matters.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}

# No avatars from gravatar.com: the admin makes no request outside the portal.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Public comments on disclosures --------------------------------------------------------

#: Days after the council's decision (or the close, when undecided) before
#: purge_comment_personal_data removes commenters' personal data.
COMMENT_RETENTION_DAYS = env_int("COMMENT_RETENTION_DAYS", 365)
#: A form sent sooner than this after it was shown is a bot's.
COMMENT_MIN_FILL_SECONDS = env_int("COMMENT_MIN_FILL_SECONDS", 3)
#: (comments, seconds) allowed per client address.
COMMENT_RATE_LIMIT = (
    env_int("COMMENT_RATE_LIMIT_COUNT", 5),
    env_int("COMMENT_RATE_LIMIT_SECONDS", 600),
)
COMMENT_MAX_REQUEST_BYTES = 16 * 1024 * 1024
#: Reverse proxies in front of the portal whose X-Forwarded-For may be trusted.
PORTAL_TRUSTED_PROXY_COUNT = env_int("PORTAL_TRUSTED_PROXY_COUNT", 0)
