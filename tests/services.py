"""Where the tests find the services that run beside them.

The suite may run in several processes at once (pytest-xdist: `gw0`, `gw1`…); tests
that empty a Redis database must not empty another process's, so each process gets a
database of its own, counted down from 15.
"""

import os


def redis_url():
    configured = os.environ.get("TEST_REDIS_URL")
    if configured:
        return configured
    worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0")
    return f"redis://127.0.0.1:6379/{15 - int(worker.removeprefix('gw'))}"
