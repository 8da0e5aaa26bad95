"""The demo registry is large and varied enough to show what the portal does: several
years, every level, a realistic population, and targets both met and missed."""

import pytest
from django.utils import timezone

from honors.models import (
    Decision,
    Honoree,
    HonoreeKind,
    Honour,
    HonourBoardPage,
    Locality,
    MovementPage,
)


@pytest.fixture
def honours(demo):
    """The honours the portal publishes (the demo also has a board awaiting approval)."""
    return Honour.objects.public().select_related("honoree", "award")


def share(items, predicate):
    items = list(items)
    return sum(1 for item in items if predicate(item)) / len(items)


def test_about_300_honorees_and_800_honours_over_2021_to_2025(honours):
    assert 280 <= Honoree.objects.count() <= 320
    assert 750 <= honours.count() <= 900
    assert set(honours.values_list("year", flat=True)) == {2021, 2022, 2023, 2024, 2025}
    kinds = set(Honoree.objects.values_list("kind", flat=True))
    assert kinds == {
        HonoreeKind.INDIVIDUAL,
        HonoreeKind.COLLECTIVE,
        HonoreeKind.HOUSEHOLD,
    }


def test_the_mix_meets_the_provincial_direct_worker_target_but_not_the_state_one(
    honours,
):
    individuals = [h for h in honours if h.honoree.kind == HonoreeKind.INDIVIDUAL]

    provincial = [h for h in individuals if h.award.level == "ministry_province"]
    state = [h for h in individuals if h.award.level == "state"]

    assert share(provincial, lambda h: h.honoree.is_direct_worker) >= 0.65
    assert share(state, lambda h: h.honoree.is_direct_worker) < 0.35


def test_the_population_looks_like_son_la(demo):
    people = Honoree.objects.filter(kind=HonoreeKind.INDIVIDUAL)

    assert 0.35 <= share(people, lambda p: p.gender == "female") <= 0.55
    assert share(people, lambda p: p.is_ethnic_minority) >= 0.6
    assert 0.2 <= share(people, lambda p: p.is_in_difficult_area) <= 0.5
    assert people.exclude(photo=None).count() >= 50
    assert Honoree.objects.filter(is_published=False).exists()


def test_decisions_are_published_through_boards_and_some_lack_a_document(demo):
    boards = HonourBoardPage.objects.live()
    titles = set(boards.values_list("title", flat=True))

    assert {f"Khen thưởng năm {year}" for year in range(2021, 2026)} <= titles
    assert "Khen thưởng đột xuất cứu hộ mưa lũ tháng 8/2023" in titles
    assert not Decision.objects.filter(board_links__isnull=True).exists()
    assert Decision.objects.filter(document__isnull=True).exists()
    assert Decision.objects.filter(document__isnull=False).count() > 20


def test_localities_movements_and_their_honours(demo):
    assert Locality.objects.filter(kind="ward", is_current=True).count() == 8
    assert Locality.objects.filter(kind="commune", is_current=True).count() >= 60
    assert Locality.objects.filter(is_current=False).exists()
    assert MovementPage.objects.live().count() >= 4
    assert Honour.objects.filter(movement__isnull=False).count() >= 20
    assert Honour.objects.filter(commendation_type="extraordinary").count() >= 10


def test_news_stories_and_movements_fill_the_home_page(demo, client):
    from honors.models import ExampleStoryPage, NewsPage

    assert 35 <= NewsPage.objects.live().count() <= 45
    assert 10 <= ExampleStoryPage.objects.live().count() <= 14
    assert ExampleStoryPage.objects.filter(story_honorees__isnull=False).count() >= 10
    assert NewsPage.objects.live().filter(main_image__isnull=True).count() == 0
    movements = MovementPage.objects.live()
    assert all(movement.goals for movement in movements)
    html = client.get("/").content.decode()
    for section in (
        "Tin tức",
        "Gương điển hình tiên tiến",
        "Phong trào đang triển khai",
    ):
        assert section in html


def test_the_statistics_page_shows_targets_met_and_missed(demo, client):
    html = client.get("/thong-ke/").content.decode()

    assert html.count('class="gauge gauge--met"') >= 1  # provincial direct workers
    assert html.count('class="gauge gauge--short"') >= 2  # State level, e-records
    # The five most recent years, up to this year's dossiers.
    this_year = timezone.localdate().year
    assert f"Từ năm {this_year - 4} đến năm {this_year}" in html


def test_the_open_data_page_and_downloads_are_there(demo, client):
    assert client.get("/du-lieu-mo/").status_code == 200
    response = client.get("/bang-vang/tai-ve/csv/", {"year": 2025})
    rows = b"".join(response.streaming_content).decode("utf-8-sig").splitlines()
    assert len(rows) > 100
