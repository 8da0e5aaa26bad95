"""A visitor reads the portal in Chromium: navigation, language, keyboard, phone."""

import re

from playwright.sync_api import expect


def test_visitor_follows_the_menu_to_about_and_switches_language(
    page, demo_server, console_errors
):
    page.goto(demo_server.url + "/")
    expect(page.locator("html")).to_have_attribute("lang", "vi")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Tôn vinh")

    page.get_by_role("navigation", name="Điều hướng chính").get_by_role(
        "link", name="Giới thiệu"
    ).click()
    expect(page).to_have_url(demo_server.url + "/gioi-thieu/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Giới thiệu")

    page.get_by_role("navigation", name="Chọn ngôn ngữ").get_by_role(
        "link", name="English"
    ).click()
    expect(page).to_have_url(demo_server.url + "/en/about/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text("About")

    page.get_by_role("navigation", name="Choose language").get_by_role(
        "link", name="Tiếng Việt"
    ).click()
    expect(page).to_have_url(demo_server.url + "/gioi-thieu/")
    expect(page.locator("html")).to_have_attribute("lang", "vi")

    assert console_errors == []


def test_skip_link_is_the_first_stop_and_moves_focus_to_the_content(
    page, demo_server, console_errors
):
    page.goto(demo_server.url + "/gioi-thieu/")

    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Chuyển đến nội dung chính")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_in_viewport()

    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"#main-content$"))
    expect(page.locator("#main-content")).to_be_focused()
    assert console_errors == []


def test_on_a_phone_the_menu_folds_behind_a_button(page, demo_server, console_errors):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(demo_server.url + "/")
    toggle = page.get_by_role("button", name="Danh mục")
    about_link = page.get_by_role("navigation", name="Điều hướng chính").get_by_role(
        "link", name="Giới thiệu"
    )

    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(about_link).to_be_hidden()

    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(about_link).to_be_visible()

    page.keyboard.press("Escape")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(toggle).to_be_focused()
    expect(about_link).to_be_hidden()

    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= 390, "the page scrolls sideways on a phone"
    assert console_errors == []


def test_the_404_page_in_the_browser_offers_search(page, demo_server, console_errors):
    response = page.goto(demo_server.url + "/khong-co-trang-nay/")

    assert response.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("Không tìm thấy trang")
    expect(page.get_by_role("main").get_by_role("search")).to_be_visible()
    # The 404 response itself is reported by Chromium as a failed load; nothing else.
    assert [e for e in console_errors if "404" not in e] == []
