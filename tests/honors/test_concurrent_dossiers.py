"""Units send and the secretariat acts at the same moment: every dossier gets its own
code, and of two secretaries acting on one dossier one wins and the other is told.
Run on PostgreSQL, where the threads really do write at the same time."""

import threading

import pytest
from django.contrib.auth import get_user_model
from django.db import connection

from honors.dossiers import process
from honors.dossiers.choices import DossierState
from honors.dossiers.models import Dossier

from . import factories

pytestmark = pytest.mark.postgresql


def together(actions):
    """Run each action in its own thread (own database connection), all released at
    once; return what each returned or raised."""
    barrier = threading.Barrier(len(actions))
    outcomes = [None] * len(actions)

    def run(index, action):
        try:
            barrier.wait()
            outcomes[index] = action()
        except Exception as error:  # the outcome under test
            outcomes[index] = error
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=pair) for pair in enumerate(actions)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


def test_units_sending_at_the_same_moment_get_distinct_codes(committed_site):
    officer = get_user_model().objects.create_user("donvi1")
    dossiers = [
        factories.dossier(factories.unit(f"Đơn vị {number}", officers=[officer]))
        for number in range(12)
    ]

    outcomes = together(
        [
            lambda dossier=dossier: (
                process.take("send", dossier, officer, version=dossier.version).code
            )
            for dossier in dossiers
        ]
    )

    assert all(isinstance(code, str) for code in outcomes), outcomes
    assert len(set(outcomes)) == 12
    assert sorted(number[-6:] for number in outcomes) == [
        f"{number:06d}" for number in range(1, 13)
    ]


def test_two_secretaries_at_the_same_moment_one_wins_the_other_is_told(
    committed_site,
):
    officer = get_user_model().objects.create_user("donvi1")
    secretary = get_user_model().objects.create_user("thuky")
    dossier = factories.dossier(factories.unit(officers=[officer]))
    process.take("send", dossier, officer, version=0)
    seen = Dossier.objects.get(pk=dossier.pk)

    outcomes = together(
        [
            lambda: process.take(
                "receive", Dossier.objects.get(pk=seen.pk), secretary, version=1
            ),
            lambda: process.take(
                "return",
                Dossier.objects.get(pk=seen.pk),
                secretary,
                version=1,
                note="Thiếu biên bản.",
            ),
        ]
    )

    refused = [o for o in outcomes if isinstance(o, process.ChangedMeanwhile)]
    taken = [o for o in outcomes if isinstance(o, Dossier)]
    assert (len(refused), len(taken)) == (1, 1), outcomes
    dossier.refresh_from_db()
    assert dossier.version == 2
    assert dossier.state == taken[0].state
    assert dossier.state in (DossierState.RECEIVED, DossierState.RETURNED)
