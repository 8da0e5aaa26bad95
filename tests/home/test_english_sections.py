"""In English every public section has its page, listing what is published in
Vietnamese under English headings; the language switch never drops a reader on the
home page silently."""

import re

from honors.models import NewsPage


def menu(html):
    nav = re.search(r'id="main-nav-list"(.*?)</ul>', html, re.S).group(1)
    return re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', nav)


def test_the_english_menu_has_every_section(client, demo):
    vietnamese = menu(client.get("/").content.decode())
    english = menu(client.get("/en/").content.decode())

    assert len(english) == len(vietnamese)
    assert all(url.startswith("/en/") for url, _title in english)
    titles = {title for _url, title in english}
    assert {"News", "Example stories", "Public consultations", "Statistics"} <= titles


def test_an_english_section_lists_the_vietnamese_content(client, demo):
    html = client.get("/en/news/").content.decode()
    news = NewsPage.objects.live().filter(locale__language_code="vi").first()

    assert '<html lang="en">' in html
    assert news.title in html


def test_the_english_home_page_reaches_what_it_promises(client, demo):
    html = client.get("/en/").content.decode()

    for href in (
        "/en/public-consultations/",
        "/en/example-stories/",
        "/en/statistics/",
    ):
        assert f'href="{href}"' in html, href


def test_switching_language_on_a_section_goes_to_its_english_page(client, demo):
    html = client.get("/cong-khai/").content.decode()

    assert 'href="/en/public-consultations/" lang="en"' in html
    assert "this page is only in Vietnamese" not in html


def test_a_vietnamese_only_page_says_so_and_opens_its_english_section(client, demo):
    news = NewsPage.objects.live().filter(locale__language_code="vi").first()

    html = client.get(news.url).content.decode()

    assert 'href="/en/news/" lang="en"' in html
    assert "this page is only in Vietnamese" in html


def test_the_rolls_filters_read_in_english_with_its_table(client, demo):
    from django.apps import apps

    roll = apps.get_model("honors", "HonourBoardIndexPage").objects.get(
        locale__language_code="en"
    )
    html = client.get(roll.url).content.decode()
    awards = re.search(r'<select name="award"[^>]*>(.*?)</select>', html, re.S).group(1)

    assert "Certificate of Merit" in awards or "Order" in awards
    assert "Bằng khen của Chủ tịch" not in awards
