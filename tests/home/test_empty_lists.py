"""Every public list says how many it found, none included, and what to try next:
drop the filters, or search the whole portal for the same words."""

import re

import pytest

from honors.models import MovementPage, NewsPage


def assert_says_none_and_offers_a_way_out(html, count_text, query=None, clear=None):
    assert count_text in html
    assert "Bỏ mọi điều kiện lọc" in html
    if clear:
        assert f'href="{clear}"' in html
    if query:
        assert f'href="/tim-kiem/?q={query}"' in html


def test_the_honour_roll(client, demo):
    html = client.get("/bang-vang/", {"q": "zzzz"}).content.decode()

    assert_says_none_and_offers_a_way_out(
        html, "0 khen thưởng", query="zzzz", clear="/bang-vang/"
    )


def test_the_documents_library(client, demo):
    html = client.get("/van-ban/", {"q": "zzzz"}).content.decode()

    assert_says_none_and_offers_a_way_out(
        html, "0 văn bản", query="zzzz", clear="/van-ban/"
    )


def test_the_news(client, demo):
    news = NewsPage.objects.live()
    years = {page.date.year for page in news}
    movement, year = next(
        (movement, year)
        for movement in MovementPage.objects.live()
        for year in sorted(years)
        if news.filter(movement=movement).exists()
        and not news.filter(movement=movement, date__year=year).exists()
    )  # both offered by the filters, together they match nothing
    response = client.get("/tin-tuc/", {"movement": movement.pk, "year": year})

    assert response.status_code == 200
    assert_says_none_and_offers_a_way_out(
        response.content.decode(), "0 bài", clear="/tin-tuc/"
    )


def test_the_site_search(client, demo):
    html = client.get("/tim-kiem/", {"q": "zzzz"}).content.decode()

    assert "Có 0 kết quả" in html
    assert "Không có nội dung phù hợp." in html


def test_the_consultations_say_each_group_even_when_empty(client, demo):
    html = client.get("/cong-khai/").content.decode()

    headings = re.findall(r"<h2 id=\"disclosures-\w+\">([^<]+) <span", html)
    assert headings == [
        "Sắp lấy ý kiến",
        "Đang lấy ý kiến",
        "Đã hết hạn góp ý",
        "Đã có kết quả",
    ]
    assert "(0)" in html and "Hiện không có hồ sơ nào." in html


@pytest.mark.parametrize("path", ["/bang-vang/", "/van-ban/", "/tin-tuc/"])
def test_a_list_with_results_offers_no_way_out(client, demo, path):
    assert "Bỏ mọi điều kiện lọc" not in client.get(path).content.decode()
