"""Fixtures shared by the whole suite.

Tests build their data here or through load_demo; the root page, default site and the
Vietnamese locale come from migrations, as on a real install.
"""

import io
import os

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.db import connections
from django.utils import translation
from wagtail.models import Locale, Site

from home.models import HomePage, SiteSettings
from tests.snapshots import snapshots_for_this_database


@pytest.fixture
def site(db):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def home_page(site):
    return site.root_page.specific


@pytest.fixture
def english(db):
    return Locale.objects.get_or_create(language_code="en")[0]


@pytest.fixture
def site_settings(site):
    return SiteSettings.for_site(site)


#: The session's snapshots and DB blocker, for the teardown hook below.
_session = {}


@pytest.fixture(scope="session")
def database_snapshots(django_db_setup, django_db_blocker):
    """Saved copies of the test database (tests/snapshots.py), starting with the
    database as migrations left it ("migrated"), taken before any test runs."""
    with django_db_blocker.unblock():
        snapshots = snapshots_for_this_database()
        snapshots.take("migrated")
    _session.update(snapshots=snapshots, blocker=django_db_blocker)
    yield snapshots
    _session.clear()
    with django_db_blocker.unblock():
        snapshots.discard()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """A test that commits (transactional: live server, task workers) leaves its
    tables emptied by Django's flush; once every fixture of it is torn down, the
    migrated database is put back, so whatever runs next in this process finds it as
    migrations left it. (Django's serialized rollback would reload the rows at the next
    transactional test's start; with several test processes, that next test may come
    after a module of demo tests, whose rows it would collide with.)"""
    result = yield
    if _session and {"transactional_db", "live_server"} & set(
        getattr(item, "fixturenames", ())
    ):
        with _session["blocker"].unblock():
            _session["snapshots"].restore("migrated")
    return result


@pytest.fixture(scope="session", autouse=True)
def _migrated_state(database_snapshots):
    """The database as migrations left it, serialized by pytest-django.

    Once Playwright starts (browser tests), its event loop runs in this thread and
    Django hands out different connection objects (asgiref treats the thread as async),
    which lack the serialized copy. Taking it here, before any browser starts, lets
    `_restore_point` give it back to them, so every transactional test starts from the
    migrated state again."""
    return {
        alias: getattr(connections[alias], "_test_serialized_contents", None)
        for alias in connections
    }


@pytest.fixture
def _restore_point(_migrated_state):
    for alias, contents in _migrated_state.items():
        if contents is not None:
            connections[alias]._test_serialized_contents = contents


@pytest.fixture
def committed_site(_restore_point, transactional_db, django_db_serialized_rollback):
    """Real commits, for what runs outside the test's transaction (other threads, a
    task queue's worker); the database goes back to its migrated state afterwards."""
    return Site.objects.get(is_default_site=True)


@pytest.fixture(autouse=True)
def _vietnamese_first():
    """Each test starts in the site's language: a request to /en/ leaves English active
    in the thread, which must not leak into the next test."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache: Wagtail keeps site root paths there, and a
    rolled-back test must not leave them to the next one."""
    cache.clear()


@pytest.fixture(scope="session")
def demo_snapshots(database_snapshots, django_db_blocker):
    """The database with the demo loaded ("demo"), built once per test process from
    the migrated one and saved beside it (see tests/snapshots.py)."""
    with django_db_blocker.unblock():
        database_snapshots.restore("migrated")
        call_command("load_demo", stdout=io.StringIO())
        database_snapshots.take("demo")
        database_snapshots.restore("migrated")
    return database_snapshots


@pytest.fixture(scope="module")
def _demo_database(demo_snapshots, django_db_blocker):
    """The demo, put in place for a test module and taken away after it; each test
    runs in a transaction that is rolled back, so the next one finds the demo as
    built."""
    with django_db_blocker.unblock():
        demo_snapshots.restore("demo")
    yield
    with django_db_blocker.unblock():
        demo_snapshots.restore("migrated")


@pytest.fixture
def demo(_demo_database, db):
    """The demo portal, as `make run` builds it."""
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def admin_client(client, db):
    """A client logged in as a superuser (roles come with the workflow issue)."""
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_superuser(
        "kiemthu", "kiemthu@example.vn", "x"
    )
    client.force_login(user)
    client.user = user
    return client


@pytest.fixture
def english_home(home_page, english) -> HomePage:
    page = home_page.copy_for_translation(english)
    page.title = "Home"
    page.save_revision().publish()
    return page


DATABASE_FIXTURES = {"db", "transactional_db", "live_server", "django_db_setup"}


def pytest_collection_modifyitems(config, items):
    """The demo lives for a whole module (see `_demo_database`), so a module whose tests
    use it must not hold tests that expect an empty site: refuse such a mix. Tests that
    need a service missing here (PostgreSQL, Elasticsearch) are deselected, not
    skipped, and the run says so."""
    _deselect_missing_services(config, items)
    by_module = {}
    for item in items:
        by_module.setdefault(item.module.__name__, []).append(item)
    for module, module_items in by_module.items():
        uses_demo = [i for i in module_items if "demo" in i.fixturenames]
        others = [
            i
            for i in module_items
            if "demo" not in i.fixturenames and DATABASE_FIXTURES & set(i.fixturenames)
        ]
        if uses_demo and others and not module.startswith("tests.browser"):
            raise pytest.UsageError(
                f"{module} mixes tests on the demo with tests on an empty site "
                f"({others[0].name}); move one kind to a module of its own."
            )


def _deselect_missing_services(config, items):
    """Deselect the tests whose service is not there: PostgreSQL-only tests on SQLite,
    live Elasticsearch tests without ELASTICSEARCH_URL. The summary says so."""
    missing = {}
    if "postgresql" not in settings.DATABASES["default"]["ENGINE"]:
        missing["postgresql"] = (
            "PostgreSQL-only tests were not run on SQLite: run the suite with "
            "DATABASE_URL=postgres://... (CI does) to run them."
        )
    if not os.environ.get("ELASTICSEARCH_URL"):
        missing["elasticsearch"] = (
            "live Elasticsearch tests were not run: set ELASTICSEARCH_URL to run "
            "them (the mapping and queries are tested offline)."
        )
    notes = []
    for marker, note in missing.items():
        deselected = [item for item in items if item.get_closest_marker(marker)]
        if deselected:
            items[:] = [item for item in items if item not in deselected]
            config.hook.pytest_deselected(items=deselected)
            notes.append(f"{len(deselected)} {note}")
    config._deselected_notes = notes
    if hasattr(config, "workeroutput"):  # a pytest-xdist worker: tell the controller
        config.workeroutput["deselected_notes"] = notes


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node, error):
    """pytest-xdist's controller: the workers collected (and deselected); each
    worker's notes come back with it."""
    notes = node.config.__dict__.setdefault("_deselected_notes", [])
    for note in getattr(node, "workeroutput", {}).get("deselected_notes", []):
        if note not in notes:
            notes.append(note)


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    for note in getattr(config, "_deselected_notes", []):
        terminalreporter.write_line(note, yellow=True)
