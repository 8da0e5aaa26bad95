"""A reader opens a news item from the home page and follows it to its movement."""

from playwright.sync_api import expect


def test_reader_goes_from_the_home_page_to_a_news_item_and_its_movement(
    page, demo_server, console_errors
):
    page.goto(demo_server.url + "/")
    news = page.get_by_role("region", name="Tin tức")
    # A card whose meta line names a movement ("date · movement").
    first = news.locator(".article-card").filter(has_text="·").first.locator("h3 a")
    title = first.inner_text()

    first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(
        page.locator("head link[rel=alternate][type='application/rss+xml']")
    ).to_have_count(1)

    movement_link = page.locator(".eyebrow a")
    movement = movement_link.text_content().strip()
    movement_link.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(movement)
    expect(page.get_by_role("region", name="Tin tức của phong trào")).to_be_visible()

    page.get_by_role("link", name="RSS").click()
    assert page.url.endswith("/rss/")
    assert console_errors == []


def test_reader_filters_stories_by_field(page, demo_server, console_errors):
    page.goto(demo_server.url + "/guong-dien-hinh/")
    page.get_by_label("Lĩnh vực").select_option(label="Y tế")
    page.get_by_role("button", name="Lọc").click()

    cards = page.locator(".article-card")
    expect(cards.first).to_be_visible()
    cards.first.locator("a").first.click()
    expect(page.locator(".eyebrow")).to_contain_text("Y tế")
    assert console_errors == []
