"""The search page on the demo portal: results of every kind, a facet of kinds with
counts, a year filter, pages, highlighted matches, and a clear message for every bad
input, never an error page."""

import re

import pytest
from django.apps import apps
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from demo.registry import DEMO_COMMENTERS
from home.models import OrganisationPage
from honors.models import Honoree, NewsPage
from search.page import checks, types


def get(client, **params):
    return client.get("/tim-kiem/", params)


def result_links(html):
    return re.findall(r'<h2 class="result-list__title"><a href="([^"]+)"', html)


def facet_counts(html):
    return dict(
        re.findall(
            r'>\s*([^<>]+?) <span class="facets__count">(\d+)</span>', html, re.S
        )
    )


def test_a_name_typed_without_tone_marks_finds_the_honoree(client, demo):
    honoree = Honoree.get_indexed_objects().get(slug="lo-thi-huong")

    html = get(client, q="lo thi huong").content.decode()

    assert f"/bang-vang/ho-so/{honoree.slug}/" in result_links(html)
    assert "<mark>Lò Thị Hương</mark>" in html


@pytest.mark.parametrize(
    ("plain", "marked"),
    [
        ("thi dua", "thi đua"),
        ("nguyen van", "Nguyễn Văn"),
        ("son la", "Sơn La"),
        ("huan chuong lao dong", "Huân chương Lao động"),
    ],
)
def test_the_same_search_with_and_without_tone_marks(client, demo, plain, marked):
    without = get(client, q=plain).content.decode()
    with_marks = get(client, q=marked).content.decode()

    assert result_links(without)
    assert result_links(without) == result_links(with_marks)
    assert facet_counts(without) == facet_counts(with_marks)


def test_results_of_every_kind_come_with_a_facet_of_counts(client, demo):
    html = get(client, q="thi dua").content.decode()

    counts = facet_counts(html)
    assert int(counts["Tất cả"]) == sum(
        int(count) for label, count in counts.items() if label != "Tất cả"
    )
    assert int(counts["Cá nhân, tập thể được khen"]) > 0
    assert int(counts["Tin tức"]) > 0
    assert 'href="?q=thi+dua&amp;loai=tin-tuc"' in html


def test_choosing_a_kind_lists_only_that_kind(client, demo):
    html = get(client, q="thi dua", loai="tin-tuc").content.decode()

    news_urls = {page.url for page in NewsPage.objects.live()}
    links = result_links(html)
    assert links
    assert set(links) <= news_urls
    assert '<a href="?q=thi+dua&amp;loai=tin-tuc" aria-current="true">' in html


def test_a_year_keeps_only_that_years_results(client, demo):
    html = get(client, q="thi dua", loai="tin-tuc", nam="2026").content.decode()

    dates = re.findall(r'<time datetime="(\d{4})-', html)
    assert dates
    assert set(dates) == {"2026"}


def test_results_come_in_pages(client, demo):
    first = get(client, q="thi dua").content.decode()
    second = get(client, q="thi dua", page="2").content.decode()

    assert len(result_links(first)) == 10
    assert result_links(second)
    assert not set(result_links(first)) & set(result_links(second))
    assert 'rel="next"' in first


def test_a_page_number_past_the_end_shows_the_last_page(client, demo):
    response = get(client, q="Sơn La", page="999")

    assert response.status_code == 200
    assert result_links(response.content.decode())


def test_honorees_kept_off_public_pages_are_never_found(client, demo):
    assert not Honoree.objects.get(slug="cam-thi-mai").is_published

    html = get(client, q="Cầm Thị Mai").content.decode()

    assert "/ho-so/cam-thi-mai/" not in html
    assert "/ho-so/cam-thi-mai-2/" in html


def results_section(html):
    """The results and suggestions, without the echo of the query."""
    return html.split('role="status"', 1)[1].split("</main>", 1)[0].split("</p>", 1)[1]


def test_commenters_are_never_found(client, demo):
    for commenter in DEMO_COMMENTERS:
        for text in filter(None, commenter):
            html = get(client, q=text).content.decode()
            found = results_section(html)
            for datum in filter(None, commenter):
                assert datum not in found, (datum, text)


def test_editors_picks_come_first_for_the_query_however_typed(client, demo):
    page = NewsPage.objects.live().first()
    SearchPromotion.objects.create(
        query=Query.get("Thi đua"), page=page, description="Bài nên đọc trước."
    )

    html = get(client, q="THI DUA").content.decode()

    picks = html.split('id="picks-title"', 1)[1].split("</section>", 1)[0]
    assert page.title in picks
    assert "Bài nên đọc trước." in picks


def test_an_empty_search_shows_the_form_and_no_results(client, demo):
    response = get(client)

    assert response.status_code == 200
    html = response.content.decode()
    assert 'role="search"' in html
    assert "kết quả" not in html


def test_search_pages_are_not_indexed_by_search_engines(client, demo):
    html = get(client, q="Sơn La").content.decode()

    assert '<meta name="robots" content="noindex">' in html


def test_english_search_returns_english_pages(client, demo):
    html = client.get("/en/tim-kiem/", {"q": "honoured"}).content.decode()

    assert 'href="/en/about/"' in html
    assert 'href="/gioi-thieu/"' not in html


BAD_INPUT = [
    pytest.param(
        {"q": "x" * 10_000}, 400, "Từ khóa dài tối đa 200 ký tự", id="10000-chars"
    ),
    pytest.param(
        {"q": "!!! ... ???"},
        400,
        "Hãy nhập ít nhất một chữ hoặc chữ số.",
        id="punctuation",
    ),
    pytest.param(
        {"q": "lo\x00thi"}, 400, "Từ khóa có ký tự không hợp lệ.", id="null-char"
    ),
    pytest.param(
        {"q": "son la", "loai": "bogus"},
        400,
        "Loại nội dung không hợp lệ.",
        id="bad-type",
    ),
    pytest.param(
        {"q": "son la", "nam": "abc"}, 400, "Năm phải là một số", id="bad-year"
    ),
    pytest.param(
        {"q": "son la", "nam": "1200"}, 400, "Năm phải từ 1945", id="old-year"
    ),
    pytest.param(
        {"q": "' OR 1=1; DROP TABLE honors_honoree; --"}, 200, "kết quả", id="sql"
    ),
    pytest.param(
        {"q": 'title:"son la" AND (x OR y*) -z ~2 ^3'},
        200,
        "kết quả",
        id="query-syntax",
    ),
    pytest.param({"q": "\x07\x1b[31mson\tla\r\n"}, 200, "kết quả", id="control-chars"),
    pytest.param({"q": "<script>alert(1)</script>"}, 200, "kết quả", id="html"),
    pytest.param({"q": "son la", "page": "abc"}, 200, "kết quả", id="bad-page"),
]


@pytest.mark.parametrize(("params", "status", "message"), BAD_INPUT)
def test_bad_input_gets_a_clear_message_never_an_error(
    client, demo, params, status, message
):
    response = get(client, **params)

    assert response.status_code == status
    html = response.content.decode()
    assert message in html
    assert "<script>alert(1)</script>" not in html
    assert 'role="search"' in html


@pytest.mark.parametrize(
    ("query", "page_type"),
    [
        ("Chức năng", "home.OrganisationPage"),
        ("can bo dau moi", "home.OrganisationPage"),
        ("Thống kê", "honors.StatisticsPage"),
        ("du lieu mo", "honors.OpenDataPage"),
        ("cổng liên kết", "home.RelatedPortalsPage"),
    ],
)
def test_every_public_page_type_is_found(client, demo, query, page_type):
    model = apps.get_model(page_type)
    expected = {
        page.url for page in model.objects.live().filter(locale__language_code="vi")
    }

    found = set(result_links(get(client, q=query).content.decode()))

    assert expected and expected & found, (query, expected, found)


def test_a_page_type_left_out_of_the_search_fails_the_system_check(demo, monkeypatch):
    without = [
        types.ResultType("trang", "Trang", ("home.StandardPage",)),
        *[kind for kind in types.RESULT_TYPES if kind.key != "trang"],
    ]
    monkeypatch.setattr(types, "RESULT_TYPES", without)

    errors = checks.page_types_are_found_by_the_site_search(None)

    assert {error.id for error in errors} == {"search.E001"}
    assert OrganisationPage in {error.obj for error in errors}
    monkeypatch.undo()
    assert checks.page_types_are_found_by_the_site_search(None) == []


def test_a_snippet_says_the_lead_once(client, demo):
    news = NewsPage.objects.live().exclude(lead="").first()
    opening = " ".join(news.lead.split()[:6])

    html = get(client, q=news.title).content.decode()
    snippets = re.findall(r'<p class="result-list__snippet">(.*?)</p>', html, re.S)
    plain = [re.sub(r"</?mark>", "", snippet) for snippet in snippets]

    assert any(opening in snippet for snippet in plain)
    assert all(snippet.count(opening) <= 1 for snippet in plain)


def test_no_kind_without_results_is_a_link(client, demo):
    html = get(client, q="zzzz").content.decode()
    facets = html[
        html.index('class="facets"') : html.index(
            "</nav>", html.index('class="facets"')
        )
    ]

    assert "<a " not in facets
