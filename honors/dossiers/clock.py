"""The secretariat's working-day clock.

A time limit is counted in working days (the holiday calendar of honors.registry) from a
complete dossier: its receipt, or its resubmission after the secretariat returned it for
supplement (a return stops the clock; the count starts again from zero). The province's
part ends with the decision, or with forwarding the dossier to the State level."""

from datetime import date

from honors.dossiers.models import AwardRequirement, DossierRules
from honors.registry.calendar import add_working_days


def time_limit(dossier) -> int:
    """Working days the secretariat has: the longest limit of the forms the dossier
    asks for (it is handled as one), else the province's default."""
    limits = AwardRequirement.objects.filter(
        award__in=dossier.awards.all()
    ).values_list("time_limit_days", flat=True)
    return max(limits, default=None) or DossierRules.load().default_time_limit_days


def due_soon_until(today: date, days: int) -> date:
    """The last due date still "due soon" today: `days` working days ahead."""
    return add_working_days(today, days)


def urgency(dossier, today: date, soon_until: date) -> str:
    """ "overdue", "due_soon" or "" for a dossier whose clock runs (`soon_until`:
    `due_soon_until(today, …)`, worked out once for a whole list)."""
    if dossier.due_on is None or dossier.finished_on is not None:
        return ""
    if dossier.is_overdue(today):
        return "overdue"
    if dossier.due_on <= soon_until:
        return "due_soon"
    return ""
