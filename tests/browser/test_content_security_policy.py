"""Under the portal's Content-Security-Policy, Chromium runs the public site and
Wagtail's admin without a single violation: the editor, its choosers and the preview
keep working, and a citizen's pages load only the portal's own files."""

import re

import pytest
from playwright.sync_api import expect

from honors.models import DisclosurePage, NewsPage

from .test_editorial_workflow import log_in

#: Reports every violation the page sees, in every document the tab loads.
LISTEN = """
document.addEventListener("securitypolicyviolation", (event) => {
    window.cspViolation(`${event.effectiveDirective} ${event.blockedURI}`);
});
"""


@pytest.fixture
def violations(page):
    seen = []
    page.expose_function("cspViolation", lambda report: seen.append(report))
    page.add_init_script(LISTEN)
    return seen


def test_public_pages_and_the_admin_run_under_the_policy(
    page, demo_server, violations, console_errors
):
    news = NewsPage.objects.live().exclude(main_image=None).first()
    disclosure = next(
        item for item in DisclosurePage.objects.live() if item.status() == "open"
    )
    for path in ["/", news.url, "/bang-vang/", "/tim-kiem/?q=son+la", disclosure.url]:
        response = page.goto(demo_server.url + path)
        assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
        expect(page.locator("html")).to_have_class(re.compile(r"\bjs\b"))
    # The search box's suggestions are fetched by the portal's own script.
    page.get_by_role("combobox").first.fill("son la")
    expect(page.get_by_role("listbox").first).to_be_visible()

    log_in(page, demo_server, "bientap")
    # A new news item: the editor, and an image chooser, a modal whose content and
    # scripts arrive over XHR.
    page.goto(
        f"{demo_server.url}/admin/pages/add/honors/newspage/{news.get_parent().pk}/"
    )
    expect(page.locator("#id_title")).to_be_visible()
    page.locator("[data-chooser-action-choose]:visible").first.click()
    modal = page.locator(".modal-dialog")
    choice = modal.locator("a[data-chooser-modal-choice]").first
    expect(choice).to_be_visible()
    choice.click()
    expect(modal).to_be_hidden()
    expect(page.locator("input[name=main_image]")).to_have_value(re.compile(r"^\d+$"))
    # The preview panel frames the page from the admin itself.
    page.goto(f"{demo_server.url}/admin/pages/{news.pk}/edit/")
    expect(page.locator(".Draftail-Editor").first).to_be_visible()
    page.locator("[data-side-panel-toggle=preview]").click()
    preview = page.frame_locator("iframe[title]").first
    expect(preview.get_by_role("heading", level=1)).to_have_text(news.title)
    # The page chooser's own screen.
    page.goto(f"{demo_server.url}/admin/choose-page/")
    expect(page.locator("body")).to_contain_text(re.compile("Trang chủ|Home"))

    assert violations == []
    assert [error for error in console_errors if "Content Security" in error] == []
