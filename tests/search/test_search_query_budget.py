"""The search page and the suggestions cost the same number of queries whether a search
matches 30 honorees or 1,500."""

import io
from datetime import date

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.honors import factories

pytestmark = pytest.mark.django_db

#: 27 since the honour roll the results link to is found by the one lookup of the roll
#: (honors.registry.honours.honour_roll_page), which leaves out a private roll: Wagtail
#: reads the view restrictions in a query of their own.
SEARCH_BUDGET = 27

VIEWS = [
    ("/tim-kiem/", {"q": "can bo"}),
    ("/tim-kiem/", {"q": "can bo", "page": "2"}),
    ("/tim-kiem/", {"q": "can bo", "loai": "nguoi-duoc-khen", "page": "3"}),
    ("/tim-kiem/", {"q": "can bo", "nam": "2025"}),
    ("/tim-kiem/goi-y/", {"q": "can b"}),
]


def queries_for(client, path, params):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path, params)
    assert response.status_code == 200, (path, params)
    return len(captured)


def grow(decision, count):
    factories.bulk_honours(count, decision, prefix="Cán bộ")
    call_command("update_index", stdout=io.StringIO())


def test_search_costs_the_same_at_30_and_1500_matches(client, home_page):
    roll = factories.roll(home_page)
    decision = factories.decision("500/QĐ-UBND", date(2025, 12, 1))
    factories.board(roll, [decision])
    for number in range(12):
        factories.news(home_page, f"Cán bộ trẻ số {number}", day=date(2025, 5, 1))
    grow(decision, 30)
    for path, params in VIEWS:
        client.get(path, params)  # per-process caches warm, as in production

    small = [queries_for(client, path, params) for path, params in VIEWS]
    grow(decision, 1_470)
    large = [queries_for(client, path, params) for path, params in VIEWS]

    assert large == small
    assert max(small) <= SEARCH_BUDGET, small
