"""Every public page reads with JavaScript off: its heading, its content and the main
menu are there (on a phone behind the header's "Danh mục" link, which opens it without
a script), and lists filter through ordinary forms."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.test_small_screens import public_paths


@pytest.fixture
def browser_context_args(browser_context_args):
    return {**browser_context_args, "java_script_enabled": False}


@pytest.mark.parametrize("width", [1280, 320])
def test_every_public_page_reads_without_javascript(page, demo_server, width):
    page.set_viewport_size({"width": width, "height": 800})
    unreadable = {}
    for path in public_paths():
        response = page.goto(demo_server.url + path)
        heading = page.locator("main h1").first
        menu = (
            page.locator("#main-nav-list a").first
            if width > 600
            else page.locator(".header-buttons a[href='#main-nav-list']")
        )
        problems = [
            problem
            for problem, failed in (
                (f"status {response.status}", response.status != 200),
                ("no visible heading", not heading.is_visible()),
                ("empty heading", not heading.inner_text().strip()),
                ("menu hidden", not menu.is_visible()),
                ("content too short", len(page.locator("main").inner_text()) < 80),
            )
            if failed
        ]
        if problems:
            unreadable[path] = problems
    assert unreadable == {}


def test_on_a_phone_the_menu_and_search_open_without_a_script(page, demo_server):
    page.set_viewport_size({"width": 375, "height": 812})
    page.goto(demo_server.url + "/")
    menu = page.locator("#main-nav-list a").first
    search = page.locator("#site-search")
    assert not menu.is_visible() and not search.is_visible()

    page.locator(".header-buttons a", has_text="Danh mục").click()
    assert menu.is_visible()
    page.locator(".header-buttons a", has_text="Tìm kiếm").click()
    assert search.is_visible()


def test_the_document_filters_work_as_a_plain_form(page, demo_server):
    page.goto(demo_server.url + "/van-ban/")
    page.locator(".filters-panel > summary").click()  # folded without a script
    page.select_option("#id_form", "luat")
    page.get_by_role("button", name="Lọc", exact=True).click()

    # The answer to the form is a new document: wait for its address and its rows
    # (counting at once could read the table before the browser has parsed it).
    expect(page).to_have_url(re.compile(r"form=luat"))
    rows = page.locator("table tbody tr")
    expect(rows).to_have_count(2)
    expect(rows.first).to_contain_text("06/2022/QH15")
