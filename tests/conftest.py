"""Fixtures shared by the whole suite.

Tests build their data here or through load_demo; the root page, default site and the
Vietnamese locale come from migrations, as on a real install.
"""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Locale, Site

from home.models import HomePage, SiteSettings


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


@pytest.fixture
def demo(db):
    """The demo portal, as `make run` builds it."""
    call_command("load_demo", stdout=io.StringIO())
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def english_home(home_page, english) -> HomePage:
    page = home_page.copy_for_translation(english)
    page.title = "Home"
    page.save_revision().publish()
    return page
