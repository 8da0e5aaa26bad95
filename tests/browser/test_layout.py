"""What a person sees first: on a phone the header is one short row and the content
starts on the first screen, a list's results before its folded filters; on a desktop
the main menu is one row."""

from playwright.sync_api import expect

PHONE = {"width": 375, "height": 812}


def top(page, selector):
    return page.locator(selector).first.bounding_box()["y"]


def test_on_a_phone_the_header_is_short_and_the_headline_on_the_first_screen(
    page, demo_server
):
    page.set_viewport_size(PHONE)
    page.goto(demo_server.url + "/")

    header = page.locator(".site-header").bounding_box()
    assert header["height"] <= 160, header
    assert top(page, "main h1") < PHONE["height"] / 2


def test_on_a_phone_the_rolls_results_come_before_its_folded_filters(page, demo_server):
    page.set_viewport_size(PHONE)
    page.goto(demo_server.url + "/bang-vang/")

    expect(page.locator(".filters-panel")).not_to_have_attribute("open", "")
    results = page.locator("#results-title")
    first_row = page.locator(".honour-table tbody tr").first
    assert first_row.bounding_box()["y"] < PHONE["height"]  # was 1,875 px down
    page.locator(".filters-panel > summary").click()
    expect(page.locator("#id_year")).to_be_visible()
    expect(results).to_be_visible()


def test_on_a_phone_search_opens_from_the_header(page, demo_server):
    page.set_viewport_size(PHONE)
    page.goto(demo_server.url + "/")
    button = page.get_by_role("button", name="Tìm kiếm")

    expect(page.locator("#site-search")).to_be_hidden()
    button.click()

    expect(button).to_have_attribute("aria-expanded", "true")
    expect(page.locator("#site-search")).to_be_focused()
    page.keyboard.type("lo thi huong")
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{demo_server.url}/tim-kiem/?q=lo+thi+huong")


def test_on_a_desktop_the_menu_is_one_row_and_the_filters_are_open(page, demo_server):
    page.set_viewport_size({"width": 1366, "height": 768})
    page.goto(demo_server.url + "/bang-vang/")

    items = page.locator("#main-nav-list > li").all()
    tops = {round(item.bounding_box()["y"]) for item in items}
    heights = {round(item.bounding_box()["height"]) for item in items}
    assert len(tops) == 1, tops
    assert len(heights) == 1 and heights.pop() < 50  # one line each, none wrapped
    expect(page.locator(".filters-panel")).to_have_attribute("open", "")
    expect(page.locator("#id_year")).to_be_visible()


def test_a_target_met_is_drawn_green_and_one_missed_red(page, demo_server):
    page.goto(demo_server.url + "/thong-ke/")

    def fill(selector):
        bar = page.locator(f"{selector} .chart__bar").first
        return bar.evaluate("element => getComputedStyle(element).fill")

    assert fill(".gauge--met") == "rgb(22, 101, 52)"  # --c-success
    assert fill(".gauge--short") == "rgb(155, 28, 28)"  # --c-primary
