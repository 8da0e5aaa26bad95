"""The test suite: the same stack as development, made quick and quiet."""

import tempfile

from portal.settings.base import *  # noqa: F403

# The demo content and `manage.py load_demo` (tests build the demo once per process).
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405

DEBUG = False
SECRET_KEY = "test-only-not-secret"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Mail goes through the queue as everywhere, and is delivered into mail.outbox.
EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Background work runs at once, inside the request, so a test sees its effect (search
# index, reference index, mail) without a worker. The tests of the queue itself
# (tests/home/test_mail_queue.py) switch to the database and Redis queues and run
# their workers.
TASKS = {
    "default": {
        "BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
        "QUEUES": TASK_QUEUES,  # noqa: F405
    }
}
WAGTAILADMIN_BASE_URL = "http://testserver"

# Uploaded files from tests go to a throw-away folder, never into the project's media/.
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="tdkt-test-media-"))  # noqa: F405
PRIVATE_MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="tdkt-test-private-"))  # noqa: F405
STORAGES["private"]["OPTIONS"]["location"] = str(PRIVATE_MEDIA_ROOT)  # noqa: F405

LOGGING["root"]["level"] = "WARNING"  # noqa: F405

# Tests never run collectstatic: static files are served straight from the finders.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# The minimum time a citizen takes to fill the comment form is tested on its own; the
# other tests send the form at once.
COMMENT_MIN_FILL_SECONDS = 0
