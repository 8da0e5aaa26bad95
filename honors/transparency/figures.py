"""Figures of the public honour roll against the province's targets.

Everything is counted from the registry itself, over the honours citizens may see
(`Honour.objects.public()`), so the statistics page can never disagree with the honour
roll. A share is a count over a count that says what it is out of; when there is
nothing to count the share is unknown (None), never a division by zero or a 0% that
would read as a failure.

How each share is counted (the statistics page explains it to readers too):

- direct workers, at State level: individual honours decided by the President or the
  Prime Minister given to direct workers, out of all individual honours at that level;
  at provincial level the same for honours decided by a ministry or the province;
- electronic records: the decisions a dossier sent through the portal led to, out of
  all decisions (honors.transparency.dossier_figures); and, as a second figure, the
  honours whose decision has its electronic document attached, out of all honours;
- women, ethnic minorities: individual honours to women, to people of an ethnic group
  other than Kinh, out of all individual honours;
- remote and particularly difficult areas: honours (individuals, collectives and
  households) to honorees working or living there, out of all honours.

Figures are cached per range and language; any change to the registry, the catalogue
or a board's publication starts a new generation of the cache (`bump_generation`).
"""

import time
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.cache import cache
from django.db.models import Count, Max, Min, Q
from django.utils import translation
from django.utils.translation import gettext as _

from honors.dossiers.models import Dossier
from honors.registry.choices import (
    AwardForm,
    CommendationType,
    Ethnicity,
    Gender,
    GrantingLevel,
    HonoreeKind,
)
from honors.registry.honours import Honour
from honors.registry.localities import LocalityTree
from honors.roll.pages import HonourBoardDecision
from honors.transparency import dossier_figures
from honors.transparency.shares import Share

STATE_LEVELS = (GrantingLevel.STATE, GrantingLevel.PRIME_MINISTER)
PROVINCIAL_LEVELS = (GrantingLevel.MINISTRY_PROVINCE,)
#: The decisions listed with their own share, most recent first.
DECISIONS_LISTED = 100
#: Localities drawn in the chart; the table beside it lists them all.
LOCALITIES_CHARTED = 12
CACHE_TIMEOUT = 24 * 60 * 60
GENERATION_KEY = "honors:statistics:generation"


@dataclass
class Row:
    label: str
    count: int
    key: str = ""

    def share_of(self, total) -> Decimal | None:
        return Share(self.count, total).percent


@dataclass
class Breakdown:
    rows: list[Row]

    @property
    def total(self) -> int:
        return sum(row.count for row in self.rows)


@dataclass
class DecisionFigures:
    number: str
    signed_on: object
    honours: int
    direct_workers: Share
    board_ids: list[int] = field(default_factory=list)


@dataclass
class Figures:
    year_from: int
    year_to: int
    total: int
    by_year: Breakdown
    by_form: Breakdown
    by_level: Breakdown
    by_type: Breakdown
    by_locality: Breakdown
    direct_workers_state: Share
    direct_workers_provincial: Share
    electronic_records: Share
    women: Share
    ethnic_minorities: Share
    difficult_areas: Share
    decisions: list[DecisionFigures]
    decisions_total: int
    dossiers: dossier_figures.DossierFigures


def year_bounds() -> tuple[int | None, int | None]:
    """The first and last year of the public honour roll and of the dossiers sent
    through the portal (a year of dossiers may have no decision yet)."""
    honours = Honour.objects.public().aggregate(first=Min("year"), last=Max("year"))
    dossiers = Dossier.objects.sent().aggregate(first=Min("year"), last=Max("year"))
    firsts = [year for year in (honours["first"], dossiers["first"]) if year]
    lasts = [year for year in (honours["last"], dossiers["last"]) if year]
    return (min(firsts) if firsts else None, max(lasts) if lasts else None)


def _choices_breakdown(honours, field_name, choices, missing_label) -> Breakdown:
    counts = Counter(
        dict(
            honours.order_by()
            .values_list(field_name)
            .annotate(n=Count("pk"))
            .values_list(field_name, "n")
        )
    )
    rows = [Row(str(label), counts.pop(value, 0), value) for value, label in choices]
    missing = sum(counts.values())  # blank, or a code no longer in the vocabulary
    if missing:
        rows.append(Row(missing_label, missing, ""))
    return Breakdown(rows)


def _by_year(honours, year_from, year_to) -> Breakdown:
    counts = dict(
        honours.order_by()
        .values_list("year")
        .annotate(n=Count("pk"))
        .values_list("year", "n")
    )
    return Breakdown(
        [
            Row(str(year), counts.get(year, 0), str(year))
            for year in range(year_from, year_to + 1)
        ]
    )


def _by_locality(honours) -> Breakdown:
    counts = (
        honours.order_by()
        .values_list("honoree__locality")
        .annotate(n=Count("pk"))
        .values_list("honoree__locality", "n")
    )
    tree = LocalityTree()
    rows, unknown = [], 0
    for locality_id, count in counts:
        locality = tree.by_id.get(locality_id)
        if locality is None:
            unknown += count
        else:
            rows.append(Row(str(locality), count, str(locality_id)))
    rows.sort(key=lambda row: (-row.count, row.label))
    if unknown:
        rows.append(Row(_("Chưa ghi địa bàn"), unknown, ""))
    return Breakdown(rows)


def _shares(honours):
    individual = Q(honoree__kind=HonoreeKind.INDIVIDUAL)
    direct = individual & Q(honoree__is_direct_worker=True)
    state = Q(award__level__in=STATE_LEVELS)
    provincial = Q(award__level__in=PROVINCIAL_LEVELS)
    minority = (
        individual & ~Q(honoree__ethnicity="") & ~Q(honoree__ethnicity=Ethnicity.KINH)
    )
    counts = honours.order_by().aggregate(
        total=Count("pk"),
        electronic=Count("pk", filter=Q(decision__document__isnull=False)),
        individuals=Count("pk", filter=individual),
        women=Count("pk", filter=individual & Q(honoree__gender=Gender.FEMALE)),
        minorities=Count("pk", filter=minority),
        difficult=Count("pk", filter=Q(honoree__is_in_difficult_area=True)),
        state_individuals=Count("pk", filter=individual & state),
        state_direct=Count("pk", filter=direct & state),
        provincial_individuals=Count("pk", filter=individual & provincial),
        provincial_direct=Count("pk", filter=direct & provincial),
    )
    return counts


def _decisions(honours) -> tuple[list[DecisionFigures], int]:
    individual = Q(honoree__kind=HonoreeKind.INDIVIDUAL)
    grouped = (
        honours.order_by()
        .values("decision", "decision__number", "decision__signed_on")
        .annotate(
            honours=Count("pk"),
            individuals=Count("pk", filter=individual),
            direct=Count("pk", filter=individual & Q(honoree__is_direct_worker=True)),
        )
    )
    total = grouped.count()
    rows = list(
        grouped.order_by("-decision__signed_on", "decision__number")[:DECISIONS_LISTED]
    )
    boards = {}
    for decision_id, board_id in HonourBoardDecision.objects.filter(
        decision__in=[row["decision"] for row in rows], board__live=True
    ).values_list("decision", "board"):
        boards.setdefault(decision_id, []).append(board_id)
    return [
        DecisionFigures(
            number=row["decision__number"],
            signed_on=row["decision__signed_on"],
            honours=row["honours"],
            direct_workers=Share(row["direct"], row["individuals"]),
            board_ids=boards.get(row["decision"], []),
        )
        for row in rows
    ], total


def compute(year_from: int, year_to: int) -> Figures:
    """Every figure of the statistics page for the years year_from..year_to."""
    honours = Honour.objects.public().filter(year__gte=year_from, year__lte=year_to)
    counts = _shares(honours)
    decisions, decisions_total = _decisions(honours)
    return Figures(
        year_from=year_from,
        year_to=year_to,
        total=counts["total"],
        by_year=_by_year(honours, year_from, year_to),
        by_form=_choices_breakdown(
            honours, "award__form", AwardForm.choices, _("Chưa xác định hình thức")
        ),
        by_level=_choices_breakdown(
            honours, "award__level", GrantingLevel.choices, _("Chưa xác định cấp")
        ),
        by_type=_choices_breakdown(
            honours,
            "commendation_type",
            CommendationType.choices,
            _("Chưa xác định loại"),
        ),
        by_locality=_by_locality(honours),
        direct_workers_state=Share(counts["state_direct"], counts["state_individuals"]),
        direct_workers_provincial=Share(
            counts["provincial_direct"], counts["provincial_individuals"]
        ),
        electronic_records=Share(counts["electronic"], counts["total"]),
        women=Share(counts["women"], counts["individuals"]),
        ethnic_minorities=Share(counts["minorities"], counts["individuals"]),
        difficult_areas=Share(counts["difficult"], counts["total"]),
        decisions=decisions,
        decisions_total=decisions_total,
        dossiers=dossier_figures.compute(year_from, year_to),
    )


def generation() -> int:
    return cache.get_or_set(GENERATION_KEY, time.time_ns, timeout=None)


def bump_generation(**kwargs):
    """Signal receiver: the registry changed, so every cached figure is stale."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # not set yet, or evicted: a new value never used before
        cache.set(GENERATION_KEY, time.time_ns(), timeout=None)


def _cached(name, compute_value):
    """A value of this generation of the registry, computed once per generation."""
    key = f"honors:statistics:{generation()}:{name}"
    value = cache.get(key)
    if value is None:
        value = compute_value()
        cache.set(key, value, CACHE_TIMEOUT)
    return value


def cached_figures(year_from: int, year_to: int) -> Figures:
    return _cached(
        f"{translation.get_language()}:{year_from}:{year_to}",
        lambda: compute(year_from, year_to),
    )


def cached_year_bounds() -> tuple[int | None, int | None]:
    return tuple(_cached("bounds", year_bounds))
