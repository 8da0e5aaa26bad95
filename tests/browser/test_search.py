"""A citizen types a name without tone marks, picks a suggestion and lands on the
honoree; with the keyboard alone, and without JavaScript the form still searches."""

import re

from playwright.sync_api import expect


def test_citizen_picks_a_suggestion_and_lands_on_the_honoree(
    page, demo_server, console_errors
):
    page.goto(demo_server.url + "/")
    box = page.get_by_role("combobox", name="Tìm kiếm trên cổng")

    box.press_sequentially("lo thi huo", delay=30)

    suggestions = page.get_by_role("listbox", name="Gợi ý")
    expect(suggestions).to_be_visible()
    expect(box).to_have_attribute("aria-expanded", "true")
    option = suggestions.get_by_role("option").filter(has_text="Lò Thị Hương").first
    expect(option).to_be_visible()
    expect(page.get_by_role("status").filter(has_text="gợi ý")).to_have_count(1)
    option.click()

    expect(page).to_have_url(re.compile(r"/bang-vang/ho-so/lo-thi-huong(-\d+)?/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Lò Thị Hương")
    assert console_errors == []


def test_the_keyboard_alone_chooses_a_suggestion(page, demo_server):
    page.goto(demo_server.url + "/tim-kiem/")
    box = page.get_by_role("combobox", name=re.compile("Tìm tên người"))

    box.press_sequentially("nong thon m", delay=30)
    expect(page.get_by_role("listbox")).to_be_visible()
    box.press("ArrowDown")
    expect(box).to_have_attribute("aria-activedescendant", re.compile(r"-0$"))
    box.press("Enter")

    expect(page).to_have_url(re.compile(r"/phong-trao-thi-dua/"))


def test_escape_closes_the_suggestions_and_enter_searches(page, demo_server):
    page.goto(demo_server.url + "/")
    box = page.get_by_role("combobox", name="Tìm kiếm trên cổng")

    box.press_sequentially("son la", delay=30)
    expect(page.get_by_role("listbox", name="Gợi ý")).to_be_visible()
    box.press("Escape")
    expect(page.get_by_role("listbox", name="Gợi ý")).to_be_hidden()
    box.press("Enter")

    expect(page).to_have_url(re.compile(r"/tim-kiem/\?q=son\+la"))
    expect(page.get_by_role("status").filter(has_text="kết quả")).to_be_visible()
    expect(page.locator(".result-list mark").first).to_be_visible()


def test_without_javascript_the_form_still_searches(browser, demo_server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(demo_server.url + "/")

    page.get_by_label("Tìm kiếm trên cổng").fill("lo thi huong")
    page.get_by_label("Tìm kiếm trên cổng").press("Enter")

    expect(page.get_by_role("link", name="Lò Thị Hương").first).to_be_visible()
    context.close()
