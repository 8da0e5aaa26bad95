"""Local development: `make run` and `manage.py` use these settings."""

from portal.settings.base import *  # noqa: F403
from portal.settings.environment import env_list, env_str

DEBUG = True
SECRET_KEY = env_str("DJANGO_SECRET_KEY", "dev-only-not-secret-9f3c2e7a")
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])

# The demo content and `manage.py load_demo`: development and tests, never production.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
