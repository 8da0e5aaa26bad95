"""The "100% of dossiers processed electronically" target, measured: the decisions a
dossier sent through the portal led to, the dossiers handled on time, the median
working days per stage, per unit; shown on the statistics page."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.contrib.auth import get_user_model

from honors.dossiers import process
from honors.dossiers.models import AwardRequirement
from honors.transparency import dossier_figures, figures
from honors.transparency.shares import Share

from . import factories

pytestmark = pytest.mark.django_db

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")


def at(*day):
    return datetime(*day, 9, tzinfo=VIETNAM)


@pytest.fixture
def people():
    make = get_user_model().objects.create_user
    return make("donvi"), make("thuky")


def run(
    dossier, officer, secretary, *, sent, received, finished, step="decide", **details
):
    with time_machine.travel(at(*sent)):
        process.take("send", dossier, officer, version=dossier.version)
    with time_machine.travel(at(*received)):
        for name in ("receive", "review", "to_council"):
            process.take(name, dossier, secretary, version=dossier.version)
    with time_machine.travel(at(*finished)):
        process.take(step, dossier, secretary, version=dossier.version, **details)


def test_decisions_through_the_portal_on_time_and_medians_per_unit(people, honour_roll):
    officer, secretary = people
    award = factories.award()
    AwardRequirement.objects.create(award=award, time_limit_days=5)
    education = factories.unit("Sở Giáo dục và Đào tạo", officers=[officer])
    health = factories.unit("Sở Y tế", officers=[officer])
    with_dossier = factories.decision("1/QĐ-UBND", signed_on=date(2029, 6, 15))
    without = factories.decision("2/QĐ-UBND", signed_on=date(2029, 6, 20))
    for decision in (with_dossier, without):
        factories.honour(decision_=decision, year=2029)
    factories.board(honour_roll, [with_dossier, without], title="Năm 2029")

    # Mon 4/6 sent, Tue 5/6 received (1 working day), decided Fri 8/6 (3): on time.
    run(
        factories.dossier(education, award_=award, year=2029),
        officer,
        secretary,
        sent=(2029, 6, 4),
        received=(2029, 6, 5),
        finished=(2029, 6, 8),
        decision=with_dossier,
    )
    # Received Mon 4/6, due Mon 11/6, forwarded Wed 13/6: late (7 working days).
    run(
        factories.dossier(health, award_=award, year=2029),
        officer,
        secretary,
        sent=(2029, 6, 1),
        received=(2029, 6, 4),
        finished=(2029, 6, 13),
        step="forward",
    )
    # Sent, not yet received: counted as sent, in no median.
    still = factories.dossier(health, award_=award, year=2029)
    process.take("send", still, officer, version=0)

    result = dossier_figures.compute(2029, 2029)

    assert result.sent == 3
    assert result.decisions_through_portal == Share(1, 2)
    assert result.on_time == Share(1, 2)
    assert result.median_processing_days == 5  # 3 and 7
    assert [
        (row.unit, row.sent, row.finished, row.on_time) for row in result.by_unit
    ] == [
        ("Sở Y tế", 2, 1, 0),
        ("Sở Giáo dục và Đào tạo", 1, 1, 1),
    ]


def test_a_step_lets_go_of_the_cached_statistics(
    people, django_capture_on_commit_callbacks
):
    officer, _secretary = people
    dossier = factories.dossier(factories.unit(officers=[officer]), year=2029)
    before = figures.generation()

    with django_capture_on_commit_callbacks(execute=True):
        process.take("send", dossier, officer, version=0)

    assert figures.generation() != before
