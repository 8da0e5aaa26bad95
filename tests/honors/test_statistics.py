"""The statistics page counts the public honour roll against the province's targets.

Every figure is checked against a small registry built by hand, where the right answer
is known: ten public honours in 2024–2025, one honour still on an unpublished board and
one of an honoree kept off public pages (both must not count), an empty year, a
catalogue entry without a level.
"""

import re
from datetime import date
from decimal import Decimal

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from honors.models import (
    Award,
    Ethnicity,
    Gender,
    GrantingLevel,
    HonoreeKind,
    ProvinceTargets,
    StatisticsPage,
)
from honors.transparency import figures as statistics
from honors.transparency.figures import Share

from . import factories

STATE = "Huân chương Lao động hạng Ba"
PRIME_MINISTER = "Bằng khen của Thủ tướng Chính phủ"
PROVINCIAL = "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"


@pytest.fixture
def registry(honour_roll):
    """Ten public honours whose figures are worked out in each test's comment."""
    muong_la = factories.locality("Mường La")
    chieng_coi = factories.locality("Chiềng Cơi", kind="ward")
    with_pdf = factories.decision("10/QĐ-UBND", date(2025, 3, 1), document=_document())
    without_pdf = factories.decision("20/QĐ-UBND", date(2024, 3, 1))

    def person(name, *, direct, woman=False, ethnicity=Ethnicity.THAI, **fields):
        return factories.honoree(
            name,
            gender=Gender.FEMALE if woman else Gender.MALE,
            ethnicity=ethnicity,
            is_direct_worker=direct,
            **fields,
        )

    state = factories.award(STATE)
    prime_minister = factories.award(PRIME_MINISTER)
    provincial = factories.award(PROVINCIAL)
    no_level = Award.objects.create(
        name="Danh hiệu thử chưa xếp cấp", form="emulation_title", level=""
    )

    made = [
        # 2025, decision with its electronic document (6 honours)
        (person("A", direct=True, woman=True, locality=muong_la), state, with_pdf),
        (person("B", direct=False, ethnicity=Ethnicity.KINH), state, with_pdf),
        (person("C", direct=False, woman=True), prime_minister, with_pdf),
        (person("D", direct=True, is_in_difficult_area=True), provincial, with_pdf),
        (
            factories.honoree(
                "Trường Tiểu học Chiềng Cơi",
                kind=HonoreeKind.COLLECTIVE,
                is_in_difficult_area=True,
                locality=chieng_coi,
            ),
            provincial,
            with_pdf,
        ),
        (person("E", direct=True, ethnicity="", locality=muong_la), no_level, with_pdf),
        # 2024, decision without a document (4 honours)
        (person("F", direct=True, woman=True), provincial, without_pdf),
        (person("G", direct=True), provincial, without_pdf),
        (person("H", direct=False, ethnicity=Ethnicity.KINH), provincial, without_pdf),
        (
            factories.honoree("Hộ ông Lò Văn K", kind=HonoreeKind.HOUSEHOLD),
            provincial,
            without_pdf,
        ),
    ]
    for honoree, award, decision in made:
        factories.honour(honoree, award, decision, year=decision.signed_on.year)
    factories.board(honour_roll, [with_pdf, without_pdf], title="Bảng vàng 2024–2025")

    # Not public: an honour on a board still in the workflow, a hidden honoree.
    pending = factories.decision("30/QĐ-UBND", date(2025, 6, 1))
    factories.honour(person("P", direct=True), provincial, pending, year=2025)
    factories.board(honour_roll, [pending], title="Chờ duyệt", publish=False)
    factories.honour(
        person("Q", direct=True, is_published=False), provincial, with_pdf, year=2025
    )
    return honour_roll


def _document():
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    return get_document_model().objects.create(
        title="Quyết định 10", file=ContentFile(b"%PDF-1.4\n", name="qd-10.pdf")
    )


def counts(breakdown):
    return {row.label: row.count for row in breakdown.rows if row.count}


def test_only_public_honours_count_by_year_with_empty_years(registry):
    figures = statistics.compute(2023, 2025)

    assert figures.total == 10
    assert counts(figures.by_year) == {"2024": 4, "2025": 6}
    assert [row.label for row in figures.by_year.rows] == ["2023", "2024", "2025"]
    assert figures.by_year.rows[0].count == 0


def test_breakdowns_by_form_level_type_and_locality(registry):
    figures = statistics.compute(2024, 2025)

    assert counts(figures.by_level) == {
        str(GrantingLevel.STATE.label): 2,
        str(GrantingLevel.PRIME_MINISTER.label): 1,
        str(GrantingLevel.MINISTRY_PROVINCE.label): 6,
        "Chưa xác định cấp": 1,
    }
    assert counts(figures.by_form) == {
        "Huân chương": 2,
        "Bằng khen": 7,
        "Danh hiệu thi đua": 1,
    }
    assert counts(figures.by_type) == {"Thành tích thực hiện nhiệm vụ": 10}
    assert counts(figures.by_locality) == {
        "xã Mường La": 2,
        "phường Chiềng Cơi": 1,
        "Chưa ghi địa bàn": 7,
    }
    assert figures.by_locality.rows[0].label == "xã Mường La"  # largest first


def test_direct_worker_shares_at_state_and_provincial_level(registry):
    figures = statistics.compute(2024, 2025)

    # State level (President, Prime Minister): individuals A, B, C; only A is direct.
    assert figures.direct_workers_state == Share(1, 3)
    assert figures.direct_workers_state.percent == Decimal("33.3")
    # Provincial: individuals D, F, G, H (the collective and household do not count).
    assert figures.direct_workers_provincial == Share(3, 4)
    assert figures.direct_workers_provincial.percent == Decimal("75.0")


def test_electronic_records_women_minorities_and_difficult_areas(registry):
    figures = statistics.compute(2024, 2025)

    assert figures.electronic_records == Share(6, 10)  # the 2025 decision has its PDF
    assert figures.women == Share(3, 8)  # A, C, F of eight individuals
    # Not Kinh and ethnicity known: A, C, D, F, G (E unknown; B, H Kinh).
    assert figures.ethnic_minorities == Share(5, 8)
    assert figures.difficult_areas == Share(2, 10)  # D and the school


def test_per_decision_direct_worker_share(registry):
    figures = statistics.compute(2024, 2025)

    by_number = {row.number: row for row in figures.decisions}
    assert set(by_number) == {"10/QĐ-UBND", "20/QĐ-UBND"}
    assert by_number["10/QĐ-UBND"].honours == 6
    assert by_number["10/QĐ-UBND"].direct_workers == Share(3, 5)  # A, D, E of A–E
    assert by_number["20/QĐ-UBND"].direct_workers == Share(2, 3)  # F, G of F, G, H
    assert figures.decisions[0].number == "10/QĐ-UBND"  # the latest first
    assert by_number["10/QĐ-UBND"].board_ids


def test_an_empty_range_divides_nothing_by_zero(registry):
    figures = statistics.compute(2010, 2012)

    assert figures.total == 0
    for share in (
        figures.direct_workers_state,
        figures.electronic_records,
        figures.women,
    ):
        assert share.whole == 0
        assert share.percent is None
        assert share.met is None
    assert figures.decisions == []


def test_a_share_meets_its_target_exactly_at_the_threshold():
    assert Share(35, 100, Decimal(35)).met is True
    assert Share(349, 1000, Decimal(35)).met is False
    assert Share(7, 20, Decimal(35)).met is True  # 35.0% exactly
    assert Share(1, 3, None).met is None


@pytest.fixture
def statistics_page(registry, home_page):
    page = StatisticsPage(title="Thống kê", slug="thong-ke")
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_the_page_shows_charts_tables_and_the_targets(client, statistics_page):
    html = client.get("/thong-ke/?year_from=2024&year_to=2025").content.decode()

    assert html.count('role="img"') == 12  # five breakdowns, seven shares
    assert '<title id="by-year-title">' in html
    assert '<desc id="by-year-desc">' in html
    assert "Bảng số liệu: Số khen thưởng theo năm" in html
    assert "33,3%" in html and "Chưa đạt, mục tiêu 35,0%" in html
    assert "75,0%" in html and "Đạt, mục tiêu 65,0%" in html
    assert "60,0%" in html and "mục tiêu 100,0%" in html
    assert "10/QĐ-UBND" in html and "Bảng vàng 2024–2025" in html


def test_targets_are_editable_settings(client, statistics_page, home_page):
    targets = ProvinceTargets.for_site(home_page.get_site())
    targets.state_direct_workers = Decimal(30)
    targets.save()

    html = client.get("/thong-ke/?year_from=2024&year_to=2025").content.decode()

    assert "Đạt, mục tiêu 30,0%" in html


def test_by_default_the_page_shows_the_most_recent_years(client, statistics_page):
    figures = client.get("/thong-ke/").context["figures"]
    # Five years up to the last one with honours, but not before the first one.
    assert (figures.year_from, figures.year_to) == (2024, 2025)

    statistics_page.default_years = 1
    statistics_page.save_revision().publish()
    figures = client.get("/thong-ke/").context["figures"]
    assert (figures.year_from, figures.year_to) == (2025, 2025)


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("year=abc", "Năm phải là một số"),
        ("year_from=2025&year_to=2020", "phải trước hoặc bằng"),
        ("year_from=1800", "Năm phải từ 1945"),
        ("year_from=1950&year_to=2100", "tối đa 80 năm"),
    ],
)
def test_bad_years_are_a_clear_400(client, statistics_page, query, message):
    response = client.get(f"/thong-ke/?{query}")

    assert response.status_code == 400
    assert message in response.content.decode()


def test_figures_are_cached_and_refreshed_when_honours_change(
    client, statistics_page, honour_roll
):
    cache.clear()
    url = "/thong-ke/?year_from=2024&year_to=2025"
    with CaptureQueriesContext(connection) as first:
        client.get(url)
    with CaptureQueriesContext(connection) as second:
        again = client.get(url)
    assert len(second) < len(first) - 5
    assert again.context["figures"].total == 10

    decision = factories.decision("40/QĐ-UBND", date(2025, 9, 1))
    factories.honour(factories.honoree("Mới"), decision_=decision, year=2025)
    factories.board(honour_roll, [decision], title="Bảng vàng bổ sung")

    assert client.get(url).context["figures"].total == 11


def test_the_page_costs_a_bounded_number_of_queries(
    client, statistics_page, honour_roll
):
    url = "/thong-ke/?year_from=2024&year_to=2025"
    cache.clear()
    with CaptureQueriesContext(connection) as cold:
        client.get(url)
    with CaptureQueriesContext(connection) as warm:
        client.get(url)
    more = [factories.decision(signed_on=date(2025, 5, day)) for day in (1, 2, 3)]
    for decision in more:
        factories.bulk_honours(5, decision)
    factories.board(honour_roll, more, title="Bảng vàng thêm")
    cache.clear()
    with CaptureQueriesContext(connection) as bigger:
        response = client.get(url)

    assert response.context["figures"].total == 25
    # The first visit also creates the site's settings rows; the dossiers add their
    # year bounds, the decisions through the portal, their rows and the calendar.
    assert len(cold) <= 44
    assert len(bigger) <= len(cold)  # more decisions and boards, same queries
    assert len(warm) <= 20


def test_the_secretariat_keeps_the_targets_and_editors_cannot(client, home_page):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from honors.staff import roles

    url = f"/admin/settings/honors/provincetargets/{home_page.get_site().pk}/"
    answers = {}
    for group in (roles.SECRETARIAT, roles.EDITORS):
        user = get_user_model().objects.create_user(f"u{len(answers)}", password="x")
        user.groups.add(Group.objects.get(name=group))
        client.force_login(user)
        answers[group] = client.get(url).status_code

    assert answers == {roles.SECRETARIAT: 200, roles.EDITORS: 302}


def test_years_before_the_targets_period_say_whose_targets_they_are(
    client, statistics_page
):
    before = client.get("/thong-ke/?year_from=2024&year_to=2025").content.decode()
    within = client.get("/thong-ke/?year_from=2025&year_to=2025").content.decode()

    assert "nằm ngoài giai đoạn 2025–2030" in before
    assert "nằm ngoài giai đoạn" not in within


def test_a_target_met_is_marked_met_and_one_missed_is_not(client, statistics_page):
    html = client.get("/thong-ke/?year_from=2024&year_to=2025").content.decode()
    figures = re.findall(
        r'<figure class="gauge([^"]*)">.*?gauge__status">([^,<]+)', html, re.S
    )

    assert ("gauge--met", "Đạt") in [(kind.strip(), status) for kind, status in figures]
    assert ("gauge--short", "Chưa đạt") in [
        (kind.strip(), status) for kind, status in figures
    ]


def test_a_table_beside_a_chart_of_the_largest_says_it_holds_them_all(
    client, statistics_page, monkeypatch
):
    monkeypatch.setattr("honors.transparency.figures.LOCALITIES_CHARTED", 1)

    html = client.get("/thong-ke/?year_from=2024&year_to=2025").content.decode()

    chart = re.search(r'id="by-locality-caption">([^<]+)<', html).group(1)
    assert chart.startswith("Bảng số liệu: tất cả")
