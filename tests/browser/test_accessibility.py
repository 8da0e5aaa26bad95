"""Every page of the public shell passes axe-core's WCAG 2.1 A and AA rules, on a desktop
and on a phone, in Vietnamese and in English."""

import pytest

from honors.dossiers.models import Dossier
from honors.models import ExampleStoryPage, Honour, NewsPage
from tests.browser.accessibility import wcag_violations

SHELL_PAGES = [
    "/",
    "/gioi-thieu/",
    "/lien-he/",
    "/chinh-sach-bao-ve-du-lieu-ca-nhan/",
    "/tim-kiem/?q=Sơn+La",
    "/tim-kiem/?q=thi+dua&loai=tin-tuc&nam=2026",
    "/tim-kiem/?q=!!!",
    "/tim-kiem/?q=khong+co+gi+nhu+the",
    "/khong-co-trang-nay/",
    "/en/",
    "/en/about/",
    "/bang-vang/",
    "/bang-vang/?year=abc",
    "/bang-vang/khen-thuong-nam-2025/",
    "/phong-trao-thi-dua/",
    "/phong-trao-thi-dua/thi-dua-chuyen-doi-so/",
    "/xac-minh/",
    "/tra-cuu-ho-so/",
    "/tra-cuu-ho-so/?ma=HS-1999-000001",
    "/tin-tuc/",
    "/tin-tuc/?year=abc",
    "/guong-dien-hinh/",
    "/cong-khai/",
    "/cong-khai/huan-chuong-lao-dong-hang-ba-2026/",
    "/cong-khai/chien-si-thi-dua-toan-quoc-2026/",
    "/cong-khai/huan-chuong-lao-dong-hang-ba-2025/",
    "/cong-khai/tra-cuu/",
    "/thong-ke/",
    "/thong-ke/?year=2024",
    "/thong-ke/?year=abc",
    "/du-lieu-mo/",
    "/lien-ket/",
    "/bang-vang/tai-ve/pdf/",
]


def registry_pages():
    """An honoree's page, a verification page, a news item and a story of the demo."""
    honour = Honour.objects.public().select_related("honoree").first()
    return [
        f"/bang-vang/ho-so/{honour.honoree.slug}/",
        honour.get_verification_url(),
        NewsPage.objects.live().first().url,
        ExampleStoryPage.objects.live().first().url,
        f"/tra-cuu-ho-so/{Dossier.objects.sent().first().code}/",
    ]


@pytest.mark.parametrize("width", [1280, 390], ids=["desktop", "phone"])
def test_shell_pages_meet_wcag_21_aa(page, demo_server, width):
    page.set_viewport_size({"width": width, "height": 900})
    failures = {}
    for path in [*SHELL_PAGES, *registry_pages()]:
        page.goto(demo_server.url + path)
        report = wcag_violations(page)
        if report:
            failures[path] = report
    assert failures == {}, "\n\n".join(
        f"{path}\n{report}" for path, report in failures.items()
    )
