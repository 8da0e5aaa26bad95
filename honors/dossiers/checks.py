"""What a dossier lacks before it can be sent, and what the secretariat should know
about its nominees, with the evidence.

The law forbids commending one achievement twice (Law on Emulation and Commendation
2022, art. 5) and makes commendation wait while a discipline, inspection or complaint
is pending (Decree 152/2025, art. 4): the checks find a nominee who already holds the
form for the same year, who is proposed for it in another open dossier, or who (or
whose unit) is on the hold list. A person is recognised by the registry's honoree the
unit chose, or by the folded name and the birth year."""

from dataclasses import dataclass

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from honors.dossiers import nominee_list
from honors.dossiers.choices import ALWAYS_REQUIRED, DocumentKind, DossierState
from honors.dossiers.models import (
    AwardRequirement,
    DossierNominee,
    HoldListEntry,
)
from honors.registry.honours import Honour
from search.folding import fold


def missing(dossier) -> list[str]:
    """What the unit must still add; empty when the dossier may be sent."""
    problems = []
    awards = list(dossier.awards.all())
    nominees = list(dossier.nominees.all())
    kinds = {document.kind for document in dossier.documents.all()}
    requirements = {
        requirement.award_id: requirement
        for requirement in AwardRequirement.objects.filter(
            award__in=[nominee.award_id for nominee in nominees]
            + [award.pk for award in awards]
        )
    }
    if not awards:
        problems.append(_("chưa chọn hình thức đề nghị"))
    if not nominees:
        problems.append(_("chưa có người, tập thể nào được đề nghị"))
    for kind in ALWAYS_REQUIRED:
        if kind not in kinds:
            problems.append(_("thiếu %(document)s") % {"document": kind.label.lower()})
    if DocumentKind.NOMINEE_LIST not in kinds and any(
        requirement.needs_nominee_list for requirement in requirements.values()
    ):
        problems.append(
            _("thiếu %(document)s")
            % {"document": DocumentKind.NOMINEE_LIST.label.lower()}
        )
    chosen = {award.pk for award in awards}
    for nominee in nominees:
        requirement = requirements.get(nominee.award_id)
        needs_report = requirement is None or requirement.needs_report_per_nominee
        if needs_report and not nominee.achievement_report:
            problems.append(
                _("thiếu báo cáo thành tích của %(name)s") % {"name": nominee.name}
            )
        if awards and nominee.award_id not in chosen:
            problems.append(
                _("hình thức đề nghị cho %(name)s không có trong hồ sơ")
                % {"name": nominee.name}
            )
    return problems


@dataclass(frozen=True)
class Finding:
    nominee: str
    kind: str  # "honoured", "open_dossier", "on_hold", "list_mismatch"
    message: str


OPEN_STATES = (
    DossierState.SENT,
    DossierState.RECEIVED,
    DossierState.RETURNED,
    DossierState.UNDER_REVIEW,
    DossierState.AT_COUNCIL,
    DossierState.FORWARDED,
)


def _same_person(nominee, prefix=""):
    """A condition on records (honorees: `prefix` "honoree__"; other dossiers'
    nominees: no prefix) that name the same person as `nominee`."""
    if nominee.honoree_id:
        field = "honoree" if prefix == "honoree__" else f"{prefix}honoree"
        return Q(**{field: nominee.honoree_id})
    same_name = Q(**{f"{prefix}name__iexact": nominee.name})
    if nominee.birth_year:
        same_name &= Q(**{f"{prefix}birth_year": nominee.birth_year})
    return same_name


def findings(dossier) -> list[Finding]:
    """Warnings on the dossier's nominees, each with its evidence."""
    found = []
    today = timezone.localdate()
    holds = list(
        HoldListEntry.objects.filter(Q(until__isnull=True) | Q(until__gte=today))
    )
    for nominee in dossier.nominees.select_related("award", "honoree"):
        for honour in Honour.objects.filter(
            _same_person(nominee, "honoree__"),
            award=nominee.award_id,
            year=dossier.year,
        ).select_related("decision"):
            found.append(
                Finding(
                    nominee.name,
                    "honoured",
                    _(
                        "Đã được tặng %(award)s năm %(year)s theo Quyết định số "
                        "%(number)s ngày %(date)s."
                    )
                    % {
                        "award": nominee.award.display_name,
                        "year": honour.year,
                        "number": honour.decision.number,
                        "date": honour.decision.signed_on.strftime("%d/%m/%Y"),
                    },
                )
            )
        others = (
            DossierNominee.objects.filter(
                _same_person(nominee),
                award=nominee.award_id,
                dossier__year=dossier.year,
                dossier__state__in=OPEN_STATES,
            )
            .exclude(dossier=dossier)
            .select_related("dossier__unit")
        )
        for other in others:
            found.append(
                Finding(
                    nominee.name,
                    "open_dossier",
                    _("Cũng được đề nghị %(award)s trong hồ sơ %(code)s của %(unit)s.")
                    % {
                        "award": nominee.award.display_name,
                        "code": other.dossier.code or _("(chưa gửi)"),
                        "unit": other.dossier.unit.name,
                    },
                )
            )
        for hold in holds:
            if _on_hold(hold, nominee, dossier):
                found.append(
                    Finding(
                        nominee.name,
                        "on_hold",
                        _("%(who)s: %(reason)s từ %(since)s.")
                        % {
                            "who": hold.name,
                            "reason": hold.get_reason_display(),
                            "since": hold.since.strftime("%d/%m/%Y"),
                        },
                    )
                )
    found += [
        Finding(_("Danh sách bảng tính"), "list_mismatch", message)
        for message in nominee_list.differences(dossier)
    ]
    return found


def _on_hold(hold, nominee, dossier):
    if hold.unit_id and hold.unit_id == dossier.unit_id:
        return True
    if hold.honoree_id:
        return hold.honoree_id == nominee.honoree_id
    return bool(hold.name) and fold(hold.name) == fold(nominee.name)
