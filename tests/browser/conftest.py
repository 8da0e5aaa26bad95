"""Browser tests: Playwright driving a real Chromium against Django's live server.

`make test` makes sure a Chromium exists (scripts/ensure-chromium) and passes its path in
CHROMIUM_PATH. If no browser can be launched the tests fail; they never skip.
"""

import os
import shutil

import pytest

# Playwright's synchronous API runs an event loop in the test thread; the database calls
# the tests make around it are ordinary synchronous ones.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def chromium_executable():
    configured = os.environ.get("CHROMIUM_PATH")
    if configured:
        return configured
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None  # Playwright's own download, if it was installed


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    launch_args = {**browser_type_launch_args, "args": CHROMIUM_FLAGS}
    executable = chromium_executable()
    if executable:
        launch_args["executable_path"] = executable
    return launch_args


@pytest.fixture
def demo_server(
    _restore_point, demo_snapshots, live_server, django_db_serialized_rollback
):
    """The demo portal served over HTTP, as built, for every test (the test's
    changes are committed: the database goes back to its migrated state after it)."""
    demo_snapshots.restore("demo")
    return live_server


@pytest.fixture
def console_errors(page):
    """Every JavaScript error and failed resource load the page reports."""
    errors = []
    page.on(
        "console",
        lambda message: (
            errors.append(message.text) if message.type == "error" else None
        ),
    )
    page.on("pageerror", lambda error: errors.append(str(error)))
    return errors
