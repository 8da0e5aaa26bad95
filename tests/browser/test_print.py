"""Printing and saving as PDF, with Chromium's own PDF printer (what "Save as PDF" in
the print dialog gives): the content prints, in Vietnamese, without the site's
navigation, with the address of its links spelled out."""

import io
import re
import unicodedata

from playwright.sync_api import expect
from pypdf import PdfReader

from honors.models import HonourBoardPage, NewsPage
from library.models import DocumentPage


def navigation_texts(page):
    """What the page shows on screen that only its navigation and tools say: the main
    menu (its first labels in a row), the breadcrumb trail, the search box, the
    related portals, the language switch and the print button."""
    menu = page.locator("#main-nav-list a").all_inner_texts()
    return [
        " ".join(label.strip() for label in menu[:3]),
        "›",
        page.locator(".search-form input[type=search]").first.get_attribute(
            "placeholder"
        ),
        "Cổng thông tin liên kết",
        "English",
        "In hoặc lưu PDF",
        "Lọc danh sách",
    ]


def printed_text(page, url):
    """The page's text as Chromium prints it to PDF, and the navigation it showed on
    screen, both lower-cased (print styles may change the case)."""
    page.goto(url)
    navigation = navigation_texts(page)
    pdf = page.pdf(format="A4")
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    text = re.sub(r"\s+", " ", unicodedata.normalize("NFC", text))
    return text, [label.lower() for label in navigation if label]


def assert_no_navigation(text, navigation):
    assert len(navigation) == 7
    for label in navigation:
        assert label not in text.lower(), label


def test_a_news_page_prints_its_vietnamese_title_and_no_navigation(page, demo_server):
    news = NewsPage.objects.live().order_by("-date").first()
    page.goto(demo_server.url + news.url)
    expect(page.get_by_role("button", name="In hoặc lưu PDF")).to_be_visible()

    text, navigation = printed_text(page, demo_server.url + news.url)

    assert news.title in text
    assert news.lead[:60] in text
    assert_no_navigation(text, navigation)


def test_a_document_prints_with_the_full_address_of_its_file(page, demo_server):
    document = DocumentPage.objects.get(number="98/2023/NĐ-CP")

    text, navigation = printed_text(page, demo_server.url + document.url)

    assert document.title in text
    assert "98/2023/NĐ-CP" in text
    assert f"({demo_server.url}{document.file.url})" in text.replace(" ", "")
    assert_no_navigation(text, navigation)


def test_a_board_prints_its_list_of_honours(page, demo_server):
    board = HonourBoardPage.objects.live().first()

    text, navigation = printed_text(page, demo_server.url + board.url)

    assert board.title in text
    assert "Hình thức khen thưởng" in text
    assert_no_navigation(text, navigation)
