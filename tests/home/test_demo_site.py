"""The demo portal as a visitor meets it: every page type renders, both languages are
linked, the sitemap covers them, and every page has its landmarks."""

import re

import pytest

from demo.site import point_at_served_address
from tests.home.test_page_types import project_page_models


@pytest.mark.parametrize("model", project_page_models(), ids=lambda m: m._meta.label)
def test_every_page_type_has_a_demo_page_that_renders(demo, client, model):
    pages = model.objects.live()
    assert pages.exists(), f"load_demo creates no {model._meta.label} page"
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert page.title in response.content.decode()


def test_language_switch_to_english_and_back(client, demo):
    vietnamese = client.get("/gioi-thieu/").content.decode()
    switch_to_english = re.search(r'<a href="([^"]+)" lang="en"', vietnamese).group(1)
    assert switch_to_english == "/en/about/"

    english = client.get(switch_to_english)
    assert english.status_code == 200
    html = english.content.decode()
    assert '<html lang="en">' in html
    assert "Skip to main content" in html
    assert '<h1 class="article__title">About</h1>' in html

    switch_back = re.search(r'<a href="([^"]+)" lang="vi"', html).group(1)
    assert switch_back == "/gioi-thieu/"
    assert '<html lang="vi">' in client.get(switch_back).content.decode()


def test_sitemap_lists_pages_in_both_languages(client, demo, settings):
    response = client.get("/sitemap.xml")

    assert response.status_code == 200
    xml = response.content.decode()
    assert f"{settings.WAGTAILADMIN_BASE_URL}/gioi-thieu/" in xml
    assert f"{settings.WAGTAILADMIN_BASE_URL}/en/about/" in xml


def test_the_demo_site_is_at_the_address_it_is_served_from(demo, settings):
    """`make run` passes its HOST and PORT as WAGTAILADMIN_BASE_URL; the admin's links
    and the site's absolute ones (exports, feeds, sitemap) agree with it."""
    assert demo.root_url == settings.WAGTAILADMIN_BASE_URL

    point_at_served_address(demo, "http://0.0.0.0:9000")
    assert (demo.hostname, demo.port, demo.root_url) == (
        "0.0.0.0",
        9000,
        "http://0.0.0.0:9000",
    )


def test_an_installations_own_address_is_left_alone(demo):
    demo.hostname, demo.port = "thiduakhenthuong.sonla.gov.vn", 443
    demo.save()

    point_at_served_address(demo, "http://127.0.0.1:8000")

    demo.refresh_from_db()
    assert demo.root_url == "https://thiduakhenthuong.sonla.gov.vn"


@pytest.mark.parametrize("path", ["/", "/gioi-thieu/", "/en/", "/en/about/"])
def test_every_shell_page_has_landmarks_and_a_single_h1(client, demo, path):
    html = client.get(path).content.decode()

    assert html.count("<h1") == 1
    for landmark in ("<header", "<main", "<footer", 'aria-label="Điều hướng chính"'):
        if path.startswith("/en/") and "Điều hướng" in landmark:
            landmark = 'aria-label="Main navigation"'
        assert landmark in html


def test_the_home_page_shows_the_open_consultation_first(client, demo):
    from django.utils import timezone

    from honors.models import DisclosurePage

    open_now = [p for p in DisclosurePage.objects.live() if p.is_open(timezone.now())]
    html = client.get("/").content.decode()

    assert open_now
    for disclosure in open_now:
        days = disclosure.working_days_left(timezone.now())
        assert f"Đang lấy ý kiến – còn {days} ngày làm việc" in html
        assert f'href="{disclosure.url}"' in html
    # Before the honour roll's section: what has a deadline comes first.
    assert html.index("consultations-title") < html.index("honours-title")


def test_the_home_page_has_what_people_look_up(client, demo):
    html = client.get("/").content.decode()
    quick = html[html.index("quick-links-title") :]

    for href in ("/xac-minh/", "/cong-khai/tra-cuu/", "/thong-ke/", "/du-lieu-mo/"):
        assert f'href="{href}"' in quick, href


@pytest.mark.parametrize("path", ["/", "/bang-vang/", "/thong-ke/", "/gioi-thieu/"])
def test_open_data_is_linked_from_the_footer_roll_and_statistics(client, demo, path):
    html = client.get(path).content.decode()
    footer = html[html.index("<footer") :]

    assert 'href="/du-lieu-mo/"' in footer
    assert 'href="/xac-minh/"' in footer
    if path in ("/bang-vang/", "/thong-ke/"):
        main = html[html.index("<main") : html.index("<footer")]
        assert 'href="/du-lieu-mo/"' in main
