"""An editor writes a news item and submits it; the secretariat approves it; it is
live. With the demo logins, in the Vietnamese admin."""

import re

from playwright.sync_api import expect

from honors.models import NewsIndexPage, NewsPage

PASSWORD = "sonla-demo-2026"


def log_in(page, server, username):
    page.context.clear_cookies()
    page.goto(server.url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.locator("button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def test_editor_submits_secretariat_approves_news_goes_live(page, demo_server):
    index = NewsIndexPage.objects.get(slug="tin-tuc")
    log_in(page, demo_server, "bientap")

    page.goto(f"{demo_server.url}/admin/pages/add/honors/newspage/{index.pk}/")
    page.fill("#id_title", "Mộc Châu tuyên dương thanh niên tình nguyện")
    page.keyboard.press("Tab")  # leaving the title fills in the slug
    expect(page.locator("#id_slug")).not_to_have_value("")
    page.fill("#id_lead", "Huyện đoàn tuyên dương 20 đoàn viên tiêu biểu năm 2026.")
    page.get_by_role(
        "button", name=re.compile("Insert a block|Chèn khối")
    ).first.click()
    page.get_by_role("option", name="Đoạn văn").click()
    editor = page.locator(".Draftail-Editor [contenteditable=true]").first
    expect(editor).to_be_visible()
    editor.click()
    editor.type("Các đoàn viên đã giúp bà con làm đường, dựng lớp học.")
    expect(editor).to_contain_text("dựng lớp học")
    # Draftail saves its state into the form's hidden input after a 250 ms pause in
    # typing; submitting before that sends an empty body (seen once on a loaded CI).
    expect(
        page.locator("input[type=hidden][name^='body-'][name$='-value']")
    ).to_have_value(re.compile("dựng lớp học"))
    # The editor's actions offer no way to publish, not even hidden in the menu.
    assert page.locator("button[name=action-publish]").count() == 0
    page.get_by_role("button", name="Thao tác khác").click()
    page.get_by_role("button", name=re.compile("Gửi duyệt")).click()

    expect(page.locator(".messages")).to_contain_text("và gửi duyệt")
    news = NewsPage.objects.get(title="Mộc Châu tuyên dương thanh niên tình nguyện")
    assert not news.live

    log_in(page, demo_server, "thuky")
    awaiting = page.locator("section", has_text="Chờ bạn duyệt")
    row = awaiting.locator("tr", has_text=news.title)
    expect(row).to_be_visible()
    row.get_by_role("button", name=re.compile("Duyệt|Thao tác")).first.click()
    page.get_by_role("button", name="Duyệt", exact=True).click()
    expect(awaiting.locator("tr", has_text=news.title)).to_have_count(0)
    news.refresh_from_db()
    assert news.live
    page.goto(demo_server.url + news.url)
    expect(page.get_by_role("heading", level=1)).to_have_text(news.title)
