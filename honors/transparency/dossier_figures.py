"""How the province's dossiers are processed: the "100% of commendation dossiers
processed electronically" target, measured from the dossiers themselves.

- processed through the portal: the decisions of the public roll (in the years asked
  for) that a dossier sent through the portal led to, out of all those decisions;
- on time: dossiers whose province's part ended (decided, or forwarded to the State
  level) on or before their due date, out of those that ended and had one;
- median working days per stage: from sending to receipt, and from the clock's start
  (a complete dossier) to the end of the province's part;
- the same per proposing unit.

Counted over the dossiers of the years asked for (the dossier's year), in three
queries whatever their number."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from statistics import median

from django.db.models import Count, Q
from django.utils import timezone

from honors.dossiers.models import Dossier
from honors.registry.calendar import WorkingCalendar
from honors.registry.honours import Decision, Honour
from honors.transparency.shares import Share


@dataclass
class UnitRow:
    unit: str
    sent: int
    finished: int
    on_time: int
    median_days: Decimal | None

    @property
    def on_time_share(self) -> Share:
        return Share(self.on_time, self.finished)


@dataclass
class DossierFigures:
    sent: int
    decisions_through_portal: Share
    on_time: Share
    median_receipt_days: Decimal | None
    median_processing_days: Decimal | None
    by_unit: list[UnitRow]


def _median(values) -> Decimal | None:
    values = list(values)
    if not values:
        return None
    return Decimal(str(median(values))).quantize(Decimal("0.1"))


def compute(year_from: int, year_to: int) -> DossierFigures:
    decisions = Decision.objects.filter(
        pk__in=Honour.objects.public()
        .filter(year__gte=year_from, year__lte=year_to)
        .values("decision")
    ).aggregate(
        total=Count("pk", distinct=True),
        through_portal=Count("pk", filter=Q(dossiers__isnull=False), distinct=True),
    )
    rows = list(
        Dossier.objects.sent()
        .filter(year__gte=year_from, year__lte=year_to)
        .values_list(
            "unit__name",
            "sent_at",
            "received_on",
            "clock_started_on",
            "due_on",
            "finished_on",
        )
    )
    days = [day for row in rows for day in row[2:] if day is not None]
    days += [timezone.localtime(row[1]).date() for row in rows if row[1]]
    calendar = WorkingCalendar(min(days), max(days)) if days else None

    def between(start: date | None, end: date | None):
        if start is None or end is None or end < start:
            return None
        return calendar.working_days_after(start, end)

    receipt, processing = [], []
    units: dict[str, dict] = {}
    for unit, sent_at, received_on, started_on, due_on, finished_on in rows:
        sent_on = timezone.localtime(sent_at).date() if sent_at else None
        waited = between(sent_on, received_on)
        took = between(started_on or received_on, finished_on)
        if waited is not None:
            receipt.append(waited)
        if took is not None:
            processing.append(took)
        row = units.setdefault(
            unit, {"sent": 0, "finished": 0, "on_time": 0, "days": []}
        )
        row["sent"] += 1
        if finished_on is not None and due_on is not None:
            row["finished"] += 1
            row["on_time"] += finished_on <= due_on
            if took is not None:
                row["days"].append(took)
    by_unit = [
        UnitRow(
            unit=name,
            sent=row["sent"],
            finished=row["finished"],
            on_time=row["on_time"],
            median_days=_median(row["days"]),
        )
        for name, row in sorted(units.items(), key=lambda item: -item[1]["sent"])
    ]
    return DossierFigures(
        sent=len(rows),
        decisions_through_portal=Share(decisions["through_portal"], decisions["total"]),
        on_time=Share(
            sum(row.on_time for row in by_unit), sum(row.finished for row in by_unit)
        ),
        median_receipt_days=_median(receipt),
        median_processing_days=_median(processing),
        by_unit=by_unit,
    )
