"""Every page of the public shell passes axe-core's WCAG 2.1 A and AA rules, on a desktop
and on a phone, in Vietnamese and in English."""

import pytest

from tests.browser.accessibility import wcag_violations

SHELL_PAGES = [
    "/",
    "/gioi-thieu/",
    "/lien-he/",
    "/chinh-sach-bao-ve-du-lieu-ca-nhan/",
    "/tim-kiem/?q=Sơn+La",
    "/khong-co-trang-nay/",
    "/en/",
    "/en/about/",
]


@pytest.mark.parametrize("width", [1280, 390], ids=["desktop", "phone"])
def test_shell_pages_meet_wcag_21_aa(page, demo_server, width):
    page.set_viewport_size({"width": width, "height": 900})
    failures = {}
    for path in SHELL_PAGES:
        page.goto(demo_server.url + path)
        report = wcag_violations(page)
        if report:
            failures[path] = report
    assert failures == {}
