"""The honour roll, a board, an honoree's page and a verification page cost the same
number of queries whether the registry holds 100 or 10,000 honours."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from honors.models import Honoree, Honour, LocalityKind

from . import factories

pytestmark = pytest.mark.django_db

PAGE_BUDGET = 28  # with the footer's "Tra cứu" links

ROLL_VIEWS = [
    {},
    {"q": "can bo", "year": "2025", "level": "ministry_province"},
    {"kind": "individual", "direct_worker": "no", "page": "2"},
]


def queries_for(client, path, params=None):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path, params or {})
    assert response.status_code == 200, path
    return len(captured)


def test_public_registry_pages_cost_the_same_at_100_and_10000_honours(
    client, honour_roll
):
    province = factories.locality("Sơn La", LocalityKind.PROVINCE)
    for name in ("Chiềng Cơi", "Tô Hiệu", "Mường Bú"):
        factories.locality(name, parent=province)
    decision = factories.decision("500/QĐ-UBND", date(2025, 12, 1))
    board = factories.board(honour_roll, [decision])
    factories.bulk_honours(100, decision, prefix="Cán bộ")
    honoree = Honoree.objects.order_by("pk").first()
    views = [
        *(("/bang-vang/", params) for params in ROLL_VIEWS),
        (board.url, {"q": "can bo"}),
        (f"/bang-vang/ho-so/{honoree.slug}/", None),
        (honoree.honours.get().get_verification_url(), None),
    ]
    for path, params in views:
        client.get(path, params or {})  # per-process caches warm, as in production

    small = [queries_for(client, path, params) for path, params in views]
    factories.bulk_honours(9_900, decision, prefix="Cán bộ")
    large = [queries_for(client, path, params) for path, params in views]

    assert Honour.objects.count() == 10_000
    assert large == small
    assert max(small) <= PAGE_BUDGET, small
