"""Vietnamese queries find the same things however they are typed, on every backend.

A small corpus where the right answer is known: people, places, awards and movements,
written with tone marks (some in the old placement, "Thuý", "Hoà"). Each row lists ways
people type one thing (without marks, with d for đ, in capitals, the other tone
placement, decomposed Unicode) and what must be found; every way must give exactly
that. CI runs this module on SQLite and on PostgreSQL.
"""

import io
import unicodedata
from datetime import date

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import RequestFactory
from wagtail.models import Site

from honors.models import Honoree
from search.page.site_search import SiteSearch
from tests.honors import factories


def nfd(text):
    return unicodedata.normalize("NFD", text)


@pytest.fixture(scope="module")
def _corpus(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        home = Site.objects.get(is_default_site=True).root_page.specific
        roll = factories.roll(home)
        decision = factories.decision("303/QĐ-CTN", date(2025, 11, 20))
        people = [
            (
                "Nguyễn Văn Đức",
                "Huân chương Lao động hạng Ba",
                "Trường THCS Quyết Thắng",
            ),
            ("Lò Thị Hương", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "Bản Hụm"),
            ("Hoàng Thị Thuý", "Chiến sĩ thi đua cơ sở", "Bệnh viện Đa khoa Mộc Châu"),
            ("Lò Văn An", "Giấy khen", "Bản Co Muông"),
            ("Đỗ Văn To", "Giấy khen", "Tổ dân phố 3"),
        ]
        for name, award_name, unit in people:
            factories.honour(
                factories.honoree(name, organisation=unit),
                factories.award(award_name),
                decision,
                year=2025,
            )
        factories.honour(
            factories.honoree("Hợp tác xã Hòa Bình", kind="collective"),
            factories.award("Tập thể lao động xuất sắc"),
            decision,
            year=2025,
        )
        factories.honour(
            factories.honoree("Cầm Thị Kín", is_published=False), None, decision
        )
        factories.board(roll, [decision])

        draft_decision = factories.decision("999/QĐ-UBND", date(2026, 1, 5))
        factories.honour(factories.honoree("Quàng Văn Ẩn"), None, draft_decision)
        factories.board(roll, [draft_decision], title="Bảng chưa duyệt", publish=False)

        factories.news(
            home,
            "Sơn La chung sức xây dựng nông thôn mới",
            lead="Các xã vùng Điện Biên cũ và Mường La hoà hợp, đoàn kết.",
        )
        factories.movement(home, "Thi đua Chuyển đổi số")
        factories.story(home, "Cô giáo cắm bản ở Mường La", day=date(2024, 9, 5))
        call_command("update_index", stdout=io.StringIO())
        yield
        transaction.set_rollback(True)


@pytest.fixture
def corpus(_corpus, db):
    return None


def found(text, **filters):
    request = RequestFactory().get("/tim-kiem/")
    site_search = SiteSearch(request, text, **filters)
    hits = site_search.paginator().page(1).object_list
    return {
        (hit.result_type.key, getattr(hit.obj, "title", None) or hit.obj.name)
        for hit in hits
    }


HONOREE = "nguoi-duoc-khen"

CASES = [
    pytest.param(
        [
            "Nguyễn Văn Đức",
            "nguyen van duc",
            "NGUYEN VAN DUC",
            "nguyễn văn đuc",
            nfd("Nguyễn Văn Đức"),
            "Nguyen  Van   Duc",
        ],
        {(HONOREE, "Nguyễn Văn Đức")},
        id="person-with-d",
    ),
    pytest.param(
        ["Lò Thị Hương", "lo thi huong", "LÒ THỊ HƯƠNG", nfd("lò thị hương")],
        {(HONOREE, "Lò Thị Hương")},
        id="person",
    ),
    pytest.param(
        ["Hoàng Thị Thuý", "Hoàng Thị Thúy", "hoang thi thuy", nfd("Hoàng Thị Thúy")],
        {(HONOREE, "Hoàng Thị Thuý")},
        id="tone-placement-uy",
    ),
    pytest.param(
        ["Hòa Bình", "Hoà Bình", "hoa binh"],
        {(HONOREE, "Hợp tác xã Hòa Bình")},
        id="tone-placement-oa",
    ),
    pytest.param(
        ["lò văn an", "lo van an"],
        {(HONOREE, "Lò Văn An")},
        id="syllable-an-is-no-stop-word",
    ),
    pytest.param(
        ["Đỗ Văn To", "do van to", "DO VAN TO"],
        {(HONOREE, "Đỗ Văn To")},
        id="syllables-do-to-are-no-stop-words",
    ),
    pytest.param(
        ["Huân chương Lao động", "huan chuong lao dong", "HUAN CHUONG LAO DONG"],
        {(HONOREE, "Nguyễn Văn Đức")},
        id="award",
    ),
    pytest.param(
        ["Điện Biên", "dien bien", "đien bien"],
        {("tin-tuc", "Sơn La chung sức xây dựng nông thôn mới")},
        id="place-with-d",
    ),
    pytest.param(
        ["Mường La", "muong la"],
        {
            ("tin-tuc", "Sơn La chung sức xây dựng nông thôn mới"),
            ("guong-dien-hinh", "Cô giáo cắm bản ở Mường La"),
        },
        id="place",
    ),
    pytest.param(
        ["chuyển đổi số", "chuyen doi so", "Chuyển Đổi Số"],
        {("phong-trao", "Thi đua Chuyển đổi số")},
        id="movement",
    ),
    pytest.param(
        ["303/QĐ-CTN", "303 qd ctn", "303/QD-CTN"],
        {
            (HONOREE, name)
            for name in (
                "Nguyễn Văn Đức",
                "Lò Thị Hương",
                "Hoàng Thị Thuý",
                "Lò Văn An",
                "Đỗ Văn To",
                "Hợp tác xã Hòa Bình",
            )
        }
        | {("bang-vang", "Khen thưởng năm 2025")},
        id="decision-number",
    ),
]


@pytest.mark.parametrize(("ways", "expected"), CASES)
def test_every_way_of_typing_finds_the_same_results(corpus, ways, expected):
    for typed in ways:
        assert found(typed) == expected, typed


def test_honorees_kept_off_public_pages_are_never_found(corpus):
    assert found("Cầm Thị Kín") == set()
    assert found("cam thi kin") == set()


def test_honours_of_a_board_still_in_the_workflow_are_never_found(corpus):
    assert found("Quàng Văn Ẩn") == set()
    assert found("999/QĐ-UBND") == set()


def test_all_words_typed_must_match(corpus):
    assert found("Lò Thị Hương Mộc Châu") == set()


def test_a_year_narrows_each_kind_of_result_by_its_own_date(corpus):
    assert ("guong-dien-hinh", "Cô giáo cắm bản ở Mường La") in found("muong la")
    assert found("muong la", year=2025) == {
        ("tin-tuc", "Sơn La chung sức xây dựng nông thôn mới")
    }
    assert found("muong la", year=2024) == {
        ("guong-dien-hinh", "Cô giáo cắm bản ở Mường La")
    }
    assert found("lo thi huong", year=2024) == set()


def test_a_type_narrows_the_results_and_the_facet_keeps_every_count(corpus):
    request = RequestFactory().get("/tim-kiem/")
    site_search = SiteSearch(request, "muong la", type_key="guong-dien-hinh")

    hits = site_search.paginator().page(1).object_list
    counts = {facet.result_type.key: facet.count for facet in site_search.facets}

    assert [hit.obj.title for hit in hits] == ["Cô giáo cắm bản ở Mường La"]
    assert counts["tin-tuc"] == 1
    assert counts["guong-dien-hinh"] == 1
    assert site_search.total == 1
    assert site_search.total_all == 2


def test_honorees_are_indexed_only_while_they_have_public_honours(corpus):
    indexed = set(Honoree.get_indexed_objects().values_list("name", flat=True))

    assert "Nguyễn Văn Đức" in indexed
    assert "Cầm Thị Kín" not in indexed
    assert "Quàng Văn Ẩn" not in indexed
