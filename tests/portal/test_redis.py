"""With REDIS_URL set, the cache and sessions live in Redis, shared by every app server.

Runs against the real Redis server (TEST_REDIS_URL, database 15 by default).
"""

import os
import subprocess
import sys
import uuid
from pathlib import Path

import redis

from tests.services import redis_url

PROJECT_ROOT = Path(__file__).resolve().parents[2]
TEST_REDIS_URL = redis_url()


def run_with_redis(code):
    env = {**os.environ, "REDIS_URL": TEST_REDIS_URL}
    env["DJANGO_SETTINGS_MODULE"] = "portal.settings.dev"
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup()\n" + code],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_redis_is_reachable():
    assert redis.Redis.from_url(TEST_REDIS_URL).ping(), (
        f"Redis does not answer at {TEST_REDIS_URL}: start it (see README) or set "
        "TEST_REDIS_URL"
    )


def test_cache_values_written_by_one_process_are_read_by_another():
    key = f"test-{uuid.uuid4()}"

    writer = run_with_redis(
        f"from django.core.cache import cache; cache.set({key!r}, 'Sơn La', 60)"
    )
    reader = run_with_redis(
        f"from django.core.cache import cache; print(cache.get({key!r}))"
    )

    assert writer.returncode == 0, writer.stderr
    assert reader.returncode == 0, reader.stderr
    assert reader.stdout.strip() == "Sơn La"
    stored = redis.Redis.from_url(TEST_REDIS_URL).keys(f"*{key}")
    assert stored, "the value did not reach Redis"


def test_sessions_are_stored_in_redis():
    writer = run_with_redis(
        "from importlib import import_module\n"
        "from django.conf import settings\n"
        "store = import_module(settings.SESSION_ENGINE).SessionStore()\n"
        "store['language'] = 'vi'\n"
        "store.save()\n"
        "print(store.session_key)"
    )
    assert writer.returncode == 0, writer.stderr
    session_key = writer.stdout.strip()

    reader = run_with_redis(
        "from importlib import import_module\n"
        "from django.conf import settings\n"
        f"store = import_module(settings.SESSION_ENGINE).SessionStore({session_key!r})\n"
        "print(store.get('language'))"
    )

    assert reader.returncode == 0, reader.stderr
    assert reader.stdout.strip() == "vi"
