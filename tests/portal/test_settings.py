"""Settings come from the environment; production refuses to start half-configured."""

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from portal.settings.environment import env_bool, env_int, env_list

PROJECT_ROOT = Path(__file__).resolve().parents[2]

PRODUCTION_ENV = {
    "DJANGO_SECRET_KEY": "x" * 60,
    "DJANGO_ALLOWED_HOSTS": "thiduakhenthuong.sonla.example.vn",
    "EMAIL_HOST": "smtp.sonla.example.vn",
}


def load_settings(module, env, expression="settings.DEBUG"):
    """Import a settings module in a fresh interpreter with exactly this environment."""
    clean_env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(
            (
                "DJANGO_",
                "DATABASE_URL",
                "REDIS_URL",
                "ELASTICSEARCH",
                "EMAIL_",
                "TASKS_",
            )
        )
    }
    clean_env.update(env, DJANGO_SETTINGS_MODULE=module)
    code = (
        "import django; django.setup(); from django.conf import settings; "
        f"print(repr({expression}))"
    )
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=PROJECT_ROOT,
        env=clean_env,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize(
    "missing", ["DJANGO_SECRET_KEY", "DJANGO_ALLOWED_HOSTS", "EMAIL_HOST"]
)
def test_production_refuses_to_start_without_required_variable(missing):
    env = {key: value for key, value in PRODUCTION_ENV.items() if key != missing}

    result = load_settings("portal.settings.production", env)

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert f"The environment variable {missing} is required in production" in (
        result.stderr
    )


def test_production_starts_with_its_required_variables():
    result = load_settings(
        "portal.settings.production",
        PRODUCTION_ENV,
        "(settings.DEBUG, settings.ALLOWED_HOSTS, settings.SECURE_SSL_REDIRECT)",
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        "(False, ['thiduakhenthuong.sonla.example.vn'], True)"
    )


def test_the_demo_is_installed_for_development_never_in_production():
    production = load_settings(
        "portal.settings.production",
        PRODUCTION_ENV,
        "('demo' in settings.INSTALLED_APPS, __import__('django.core.management', "
        "fromlist=['x']).get_commands().get('load_demo'))",
    )
    development = load_settings(
        "portal.settings.dev", {}, "'demo' in settings.INSTALLED_APPS"
    )

    assert production.returncode == 0, production.stderr
    assert ast.literal_eval(production.stdout) == (False, None)
    assert development.stdout.strip() == "True"


def test_production_sends_no_mail_only_when_told_so():
    env = {key: value for key, value in PRODUCTION_ENV.items() if key != "EMAIL_HOST"}

    result = load_settings(
        "portal.settings.production",
        {**env, "EMAIL_DISABLED": "1"},
        "(settings.EMAIL_BACKEND, settings.EMAIL_DELIVERY_BACKEND)",
    )

    assert result.returncode == 0, result.stderr
    assert ast.literal_eval(result.stdout) == (
        "home.mail.QueuedEmailBackend",
        "home.mail.DisabledEmailBackend",
    )


def test_wsgi_defaults_to_production_settings_and_manage_py_to_development():
    assert 'setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")' in (
        (PROJECT_ROOT / "portal" / "wsgi.py").read_text()
    )
    assert 'setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")' in (
        (PROJECT_ROOT / "portal" / "asgi.py").read_text()
    )
    assert 'setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")' in (
        (PROJECT_ROOT / "manage.py").read_text()
    )


def test_defaults_are_sqlite_local_memory_cache_and_database_search():
    result = load_settings(
        "portal.settings.dev",
        {},
        "(settings.DATABASES['default']['ENGINE'], "
        "settings.CACHES['default']['BACKEND'], "
        "settings.WAGTAILSEARCH_BACKENDS['default']['BACKEND'], "
        "settings.TASKS['default']['BACKEND'], settings.EMAIL_BACKEND, "
        "settings.EMAIL_DELIVERY_BACKEND, settings.LANGUAGE_CODE, settings.TIME_ZONE)",
    )

    assert result.returncode == 0, result.stderr
    assert ast.literal_eval(result.stdout) == (
        "django.db.backends.sqlite3",
        "django.core.cache.backends.locmem.LocMemCache",
        "search.backends.database",
        "django_tasks_db.DatabaseBackend",
        "home.mail.QueuedEmailBackend",
        "django.core.mail.backends.console.EmailBackend",
        "vi",
        "Asia/Ho_Chi_Minh",
    )


def test_environment_switches_database_cache_sessions_search_and_email():
    result = load_settings(
        "portal.settings.dev",
        {
            "DATABASE_URL": "postgres://portal@db.internal:5432/tdkt",
            "REDIS_URL": "redis://cache.internal:6379/1",
            "ELASTICSEARCH_URL": "http://search.internal:9200",
            "EMAIL_HOST": "smtp.internal",
            "TASKS_BACKEND": "redis",
            "DJANGO_MEDIA_ROOT": "/srv/tdkt/media",
        },
        "(settings.DATABASES['default']['ENGINE'], "
        "settings.DATABASES['default']['NAME'], "
        "settings.CACHES['default']['LOCATION'], settings.SESSION_ENGINE, "
        "settings.WAGTAILSEARCH_BACKENDS['default']['BACKEND'], "
        "settings.WAGTAILSEARCH_BACKENDS['default']['URLS'], "
        "settings.TASKS['default']['BACKEND'], settings.RQ_QUEUES['default']['URL'], "
        "settings.EMAIL_DELIVERY_BACKEND, str(settings.MEDIA_ROOT))",
    )

    assert result.returncode == 0, result.stderr
    assert ast.literal_eval(result.stdout) == (
        "django.db.backends.postgresql",
        "tdkt",
        "redis://cache.internal:6379/1",
        "django.contrib.sessions.backends.cache",
        "search.backends.elasticsearch8",
        ["http://search.internal:9200"],
        "django_tasks_rq.RQBackend",
        "redis://cache.internal:6379/1",
        "django.core.mail.backends.smtp.EmailBackend",
        "/srv/tdkt/media",
    )


def test_a_redis_queue_without_redis_is_refused_clearly():
    result = load_settings("portal.settings.dev", {"TASKS_BACKEND": "redis"})

    assert result.returncode != 0
    assert "TASKS_BACKEND=redis needs REDIS_URL." in result.stderr


def test_elasticsearch_9_is_chosen_by_its_version():
    env = {"ELASTICSEARCH_URL": "http://search:9200", "ELASTICSEARCH_VERSION": "9"}

    result = load_settings(
        "portal.settings.dev",
        env,
        "settings.WAGTAILSEARCH_BACKENDS['default']['BACKEND']",
    )

    assert ast.literal_eval(result.stdout) == "search.backends.elasticsearch9"


def test_an_unsupported_elasticsearch_version_is_refused_clearly():
    env = {"ELASTICSEARCH_URL": "http://search:9200", "ELASTICSEARCH_VERSION": "7"}

    result = load_settings("portal.settings.dev", env)

    assert result.returncode != 0
    assert "ELASTICSEARCH_VERSION=7: the portal supports Elasticsearch 8 and 9." in (
        result.stderr
    )


def test_boolean_variables_accept_the_usual_spellings(monkeypatch):
    for raw, expected in [("1", True), ("yes", True), ("On", True), ("0", False)]:
        monkeypatch.setenv("PORTAL_FLAG", raw)
        assert env_bool("PORTAL_FLAG") is expected
    monkeypatch.delenv("PORTAL_FLAG")
    assert env_bool("PORTAL_FLAG", default=True) is True


def test_unreadable_values_name_the_variable(monkeypatch):
    monkeypatch.setenv("PORTAL_FLAG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="PORTAL_FLAG='maybe'"):
        env_bool("PORTAL_FLAG")
    monkeypatch.setenv("PORTAL_COUNT", "ten")
    with pytest.raises(ImproperlyConfigured, match="PORTAL_COUNT"):
        env_int("PORTAL_COUNT", 1)


def test_lists_are_comma_separated_and_ignore_blanks(monkeypatch):
    monkeypatch.setenv("PORTAL_HOSTS", "a.gov.vn, b.gov.vn,,")
    assert env_list("PORTAL_HOSTS") == ["a.gov.vn", "b.gov.vn"]
