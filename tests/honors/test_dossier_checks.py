"""What the secretariat is told about a dossier's nominees, with the evidence: an
achievement commended twice (Law 2022 art. 5), the same nominee in another open
dossier, a pending discipline, inspection or complaint (Decree 152/2025 art. 4)."""

from datetime import date

import pytest

from honors.dossiers import checks
from honors.dossiers.choices import DossierState
from honors.dossiers.models import Dossier, DossierNominee, HoldListEntry, HoldReason

from . import factories

pytestmark = pytest.mark.django_db


def kinds(dossier):
    return [(finding.nominee, finding.kind) for finding in checks.findings(dossier)]


def test_a_nominee_already_holding_the_form_for_the_year_is_flagged_with_the_decision():
    person = factories.honoree("Lò Văn Minh", birth_year=1980)
    factories.honour(
        person,
        factories.award(),
        factories.decision("2150/QĐ-UBND", signed_on=date(2026, 12, 1)),
        year=2026,
    )
    dossier = factories.dossier(nominees=("Lò Văn Minh",))
    dossier.nominees.update(honoree=person)

    [finding] = checks.findings(dossier)

    assert finding.kind == "honoured"
    assert "Quyết định số 2150/QĐ-UBND ngày 01/12/2026" in finding.message


def test_a_namesake_of_another_birth_year_is_someone_else():
    person = factories.honoree("Lò Văn Minh", birth_year=1980)
    factories.honour(person, factories.award(), year=2026)
    dossier = factories.dossier(nominees=("Lò Văn Minh",))
    dossier.nominees.update(birth_year=1991)

    assert kinds(dossier) == []

    dossier.nominees.update(birth_year=1980)
    assert kinds(dossier) == [("Lò Văn Minh", "honoured")]


def test_the_same_nominee_in_another_unit_s_open_dossier_is_flagged():
    first = factories.dossier(
        factories.unit("Sở Y tế"), nominees=("Cầm Thị Hoa",), year=2026
    )
    Dossier.objects.filter(pk=first.pk).update(
        state=DossierState.RECEIVED, code="HS-2026-000007"
    )
    second = factories.dossier(
        factories.unit("UBND xã Mường La"), nominees=("Cầm Thị Hoa",), year=2026
    )

    [finding] = checks.findings(second)

    assert finding.kind == "open_dossier"
    assert "HS-2026-000007 của Sở Y tế" in finding.message
    # A closed or draft dossier elsewhere is no conflict.
    Dossier.objects.filter(pk=first.pk).update(state=DossierState.CLOSED)
    assert kinds(second) == []


def test_a_pending_discipline_or_a_unit_under_inspection_holds_the_nominee():
    unit = factories.unit("UBND xã Thuận Châu")
    dossier = factories.dossier(unit, nominees=("Quàng Văn Bình", "Vì Thị Thu"))
    HoldListEntry.objects.create(
        name="Quàng Văn Binh",  # typed without one mark: the same folded name
        reason=HoldReason.DISCIPLINE,
        since=date(2026, 9, 1),
    )
    HoldListEntry.objects.create(
        name="Vì Thị Thu", reason=HoldReason.COMPLAINT, until=date(2026, 1, 31)
    )

    assert kinds(dossier) == [("Quàng Văn Bình", "on_hold")]

    HoldListEntry.objects.create(
        name=unit.name, unit=unit, reason=HoldReason.INSPECTION
    )
    assert sorted(kinds(dossier)) == [
        ("Quàng Văn Bình", "on_hold"),
        ("Quàng Văn Bình", "on_hold"),
        ("Vì Thị Thu", "on_hold"),
    ]


def test_a_nominee_s_form_must_be_one_the_dossier_asks_for():
    dossier = factories.dossier(nominees=("Hà Văn Tiến",))
    DossierNominee.objects.filter(dossier=dossier).update(
        award=factories.award("Chiến sĩ thi đua cơ sở")
    )

    assert checks.missing(dossier) == [
        "hình thức đề nghị cho Hà Văn Tiến không có trong hồ sơ"
    ]
