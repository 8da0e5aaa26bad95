"""Folding queries and marking matches: the pieces that make every backend behave alike."""

import unicodedata

import pytest
from modelsearch.query import And, Boost, MatchAll, Not, Phrase, PlainText
from wagtail.images.models import Image
from wagtail.models import Page
from wagtail.search import index

from home.models import StandardPage
from honors.models import Honoree, NewsPage
from search.backends.folding import MATCH_NONE, fold_query
from search.folding import folded_slug
from search.index import FoldedSearchField, folded, is_folded
from search.page.checks import page_types_are_indexed_folded
from search.page.highlight import highlight

NFD = unicodedata.normalize("NFD", "Nguyễn Văn Đức")


@pytest.mark.parametrize(
    "typed",
    ["Nguyễn Văn Đức", "nguyen van duc", "NGUYỄN VĂN ĐỨC", NFD, "nguyễn văn đuc"],
)
def test_a_query_folds_to_the_words_people_type(typed):
    assert fold_query(typed) == "nguyen van duc"


def test_both_tone_placements_fold_alike():
    assert fold_query("Hoà Bình") == fold_query("Hòa Bình") == "hoa binh"
    assert fold_query("Thuý") == fold_query("Thúy") == "thuy"


def test_query_objects_are_folded_throughout_and_left_unchanged():
    query = And(
        [PlainText("Sơn La"), Not(Phrase("Điện Biên")), Boost(PlainText("Đức"), 2)]
    )

    folded_query = fold_query(query)

    assert folded_query.subqueries[0].query_string == "son la"
    assert folded_query.subqueries[1].subquery.query_string == "dien bien"
    assert folded_query.subqueries[2].subquery.query_string == "duc"
    assert query.subqueries[0].query_string == "Sơn La"


def test_a_query_with_no_words_matches_nothing():
    assert fold_query("!!! … ---") is MATCH_NONE
    assert fold_query(PlainText("?")) is MATCH_NONE
    assert isinstance(fold_query(MatchAll()), MatchAll)


def test_folded_fields_index_the_folded_value():
    field = folded([index.SearchField("name"), index.FilterField("kind")])

    assert isinstance(field[0], FoldedSearchField)
    assert field[0].get_value(Honoree(name="Trường Sơn La đổi mới")) == (
        "truong son la doi moi"
    )
    assert type(field[1]) is index.FilterField


def test_the_portal_models_are_folded_and_wagtail_images_are_not():
    assert is_folded(Page)
    assert is_folded(NewsPage)
    assert is_folded(StandardPage)
    assert is_folded(Honoree)
    assert not is_folded(Image)


def test_every_page_type_passes_the_folding_check():
    assert page_types_are_indexed_folded(None) == []


def test_a_snippet_marks_the_words_matched_without_tone_marks():
    html = highlight("Bà Lò Thị Hương, giáo viên ở Chiềng Cơi.", "lo thi huong")

    assert html == "Bà <mark>Lò Thị Hương</mark>, giáo viên ở Chiềng Cơi."


def test_a_snippet_escapes_the_text_and_the_query():
    html = highlight('<script>alert("x")</script> Sơn La', "<b>son</b>")

    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert "<mark>Sơn</mark>" in html


def test_a_long_text_is_cut_around_the_first_match():
    text = "Mở đầu. " * 100 + "Huân chương Lao động hạng Ba" + " Kết thúc." * 100

    html = highlight(text, "huan chuong", length=120)

    assert html.startswith("… ")
    assert html.endswith(" …")
    assert "<mark>Huân chương</mark> Lao động" in html
    assert len(html) < 300


def test_a_snippet_without_a_match_is_the_start_of_the_text():
    assert highlight("Một hai ba.", "xyz") == "Một hai ba."
    assert highlight("", "xyz") == ""


def test_neighbouring_matches_share_a_mark_and_distant_ones_do_not():
    assert (
        highlight("Lò Văn Hương", "lo huong")
        == "<mark>Lò</mark> Văn <mark>Hương</mark>"
    )
    assert highlight("Lò Văn Hương", "lo van") == "<mark>Lò Văn</mark> Hương"


def test_a_folded_slug_writes_d_for_đ_and_keeps_to_its_length():
    assert folded_slug("Chủ tịch Ủy ban nhân dân tỉnh Sơn La") == (
        "chu-tich-uy-ban-nhan-dan-tinh-son-la"
    )
    assert folded_slug("Đổi mới, sáng tạo") == "doi-moi-sang-tao"
    assert folded_slug("Thi đua, khen thưởng", 7) == "thi-dua"
    assert folded_slug(None) == ""


def test_vietnamese_order_is_the_dictionarys():
    from search.folding import vietnamese_sort_key

    names = ["Đông", "Bình", "Dương", "Ân", "Bắc", "An", "Chiềng Mung", "Chiềng Cơi"]

    assert sorted(names, key=vietnamese_sort_key) == [
        "An",
        "Ân",
        "Bắc",
        "Bình",
        "Chiềng Cơi",
        "Chiềng Mung",
        "Dương",
        "Đông",
    ]
    tones = ["Má", "Mạ", "Mả", "Ma", "Mã", "Mà"]
    assert sorted(tones, key=vietnamese_sort_key) == [
        "Ma",
        "Mà",
        "Mả",
        "Mã",
        "Má",
        "Mạ",
    ]
