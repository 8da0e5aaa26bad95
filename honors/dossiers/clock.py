"""The secretariat's working-day clock.

A time limit is counted in working days (the holiday calendar of honors.registry) from a
complete dossier: its receipt, or its resubmission after the secretariat returned it for
supplement (a return stops the clock; the count starts again from zero). The province's
part ends with the decision, or with forwarding the dossier to the State level."""

from datetime import date

from honors.dossiers.models import AwardRequirement, DossierRules
from honors.registry.calendar import WorkingCalendar, add_working_days


def time_limit(dossier) -> int:
    """Working days the secretariat has: the longest limit of the forms the dossier
    asks for (it is handled as one), else the province's default."""
    limits = AwardRequirement.objects.filter(
        award__in=dossier.awards.all()
    ).values_list("time_limit_days", flat=True)
    return max(limits, default=None) or DossierRules.load().default_time_limit_days


def due_date(start: date, days: int) -> date:
    return add_working_days(start, days)


def working_days_left(due_on: date, today: date) -> int:
    """Working days from today to the due date: 0 on the due date, negative once
    overdue (the working days late)."""
    if due_on >= today:
        return WorkingCalendar(today, due_on).working_days_after(today, due_on)
    return -WorkingCalendar(due_on, today).working_days_after(due_on, today)


def urgency(dossier, today: date, due_soon_days: int) -> str:
    """ "overdue", "due_soon" or "" for a dossier whose clock runs."""
    if dossier.due_on is None or dossier.finished_on is not None:
        return ""
    left = working_days_left(dossier.due_on, today)
    if left < 0:
        return "overdue"
    if left <= due_soon_days:
        return "due_soon"
    return ""
