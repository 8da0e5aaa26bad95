"""The production access log (gunicorn with portal/gunicorn.conf.py) records the path
of each request, never its query string or referrer, which carry what people type."""

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def gunicorn(tmp_path):
    port = free_port()
    log = tmp_path / "access.log"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_WORKERS": "1",
        "GUNICORN_ACCESS_LOG": str(log),
    }
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "-c",
            "portal/gunicorn.conf.py",
            "portal.wsgi",
        ],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                pytest.fail("gunicorn did not start")
            time.sleep(0.1)
    yield f"http://127.0.0.1:{port}", log
    server.terminate()
    server.wait(timeout=10)


def test_the_access_log_keeps_paths_not_what_people_typed(gunicorn):
    base, log = gunicorn
    request = urllib.request.Request(
        base + "/robots.txt?q=M%E1%BA%A1c+Th%E1%BB%8B+Duy%C3%AAn&email=duyen%40gopy.vn",
        headers={"Referer": base + "/tim-kiem/?q=0987650022"},
    )
    with contextlib.suppress(urllib.error.HTTPError):  # logged whatever the answer
        urllib.request.urlopen(request, timeout=10)
    deadline = time.monotonic() + 10
    while not (log.exists() and log.read_text()) and time.monotonic() < deadline:
        time.sleep(0.1)

    line = log.read_text()
    assert '"GET /robots.txt HTTP/1.1"' in line
    for typed in ("duyen", "Duy", "M%E1", "0987650022", "email=", "?q="):
        assert typed not in line
