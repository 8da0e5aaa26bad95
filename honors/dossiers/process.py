"""A dossier's way from the unit to the decision, one recorded step at a time.

Each step is allowed from given states only and by its own permission (the views
check who may act; this module checks that the step makes sense now). A step names
the version of the dossier the person saw: when someone else changed the dossier in
between, the step is refused with a message, never applied over their change. Every
step is written to Wagtail's audit log (who, when, from, to, note), and the unit is
told by e-mail through the mail queue (honors.dossiers.notices)."""

from dataclasses import dataclass

from django.db import transaction
from django.db.models import F
from django.dispatch import Signal
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.log_actions import log

from honors.dossiers import checks, clock, notices
from honors.dossiers.choices import DossierState
from honors.dossiers.models import Dossier, DossierCounter
from honors.registry.calendar import add_working_days

#: Sent after each step has been taken (sender: Dossier; dossier, step), so what counts
#: dossiers (the statistics) can let go of its cached figures.
step_taken = Signal()


class StepRefused(ValueError):
    """A step that cannot be taken; its message is for the person who tried."""


class ChangedMeanwhile(StepRefused):
    pass


@dataclass(frozen=True)
class Step:
    name: str
    label: str
    sources: tuple
    target: str


STEPS = {
    step.name: step
    for step in (
        Step(
            "send",
            gettext_lazy("Gửi hồ sơ"),
            (DossierState.DRAFT, DossierState.RETURNED),
            DossierState.SENT,
        ),
        Step(
            "receive",
            gettext_lazy("Tiếp nhận"),
            (DossierState.SENT,),
            DossierState.RECEIVED,
        ),
        Step(
            "return",
            gettext_lazy("Trả lại để bổ sung"),
            (DossierState.SENT, DossierState.RECEIVED, DossierState.UNDER_REVIEW),
            DossierState.RETURNED,
        ),
        Step(
            "review",
            gettext_lazy("Thẩm định"),
            (DossierState.RECEIVED,),
            DossierState.UNDER_REVIEW,
        ),
        Step(
            "to_council",
            gettext_lazy("Trình Hội đồng"),
            (DossierState.UNDER_REVIEW,),
            DossierState.AT_COUNCIL,
        ),
        Step(
            "forward",
            gettext_lazy("Trình cấp Nhà nước"),
            (DossierState.AT_COUNCIL,),
            DossierState.FORWARDED,
        ),
        Step(
            "decide",
            gettext_lazy("Ghi nhận quyết định"),
            (DossierState.AT_COUNCIL, DossierState.FORWARDED),
            DossierState.DECIDED,
        ),
        Step(
            "close",
            gettext_lazy("Đóng hồ sơ"),
            (DossierState.DECIDED,),
            DossierState.CLOSED,
        ),
    )
}

#: The steps that belong to the unit; all others are the secretariat's.
UNIT_STEPS = ("send",)


def available_steps(dossier):
    return [step for step in STEPS.values() if dossier.state in step.sources]


def next_code(year: int) -> str:
    """HS-<year>-<six digits>, the next of the year; the counter row is locked until
    the sender's transaction ends, so two units sending at once get two numbers."""
    with transaction.atomic():
        DossierCounter.objects.get_or_create(year=year)
        counter = DossierCounter.objects.select_for_update().get(year=year)
        counter.last += 1
        counter.save(update_fields=["last"])
    return f"HS-{year}-{counter.last:06d}"


def take(step_name, dossier, user, *, version, note="", **details):
    """Take the step on the dossier as the person saw it (`version`), or refuse."""
    step = STEPS[step_name]
    today = timezone.localdate()
    changes = _changes(step, dossier, today, note=note, **details)
    with transaction.atomic():
        if step.name == "send" and dossier.code is None:
            changes["code"] = next_code(today.year)
        updated = Dossier.objects.filter(
            pk=dossier.pk, version=version, state__in=step.sources
        ).update(state=step.target, version=F("version") + 1, **changes)
        if not updated:
            _refuse(step, dossier.pk, version)
        source = dossier.state
        dossier.refresh_from_db()
        log(
            dossier,
            f"honors.dossier.{step.name}",
            user=user,
            data={"from": source, "to": step.target, "note": note},
        )
        notices.step_taken(dossier, step.name)
        transaction.on_commit(
            lambda: step_taken.send(Dossier, dossier=dossier, step=step.name)
        )
    return dossier


def _changes(step, dossier, today, *, note="", receipt_number="", decision=None):
    """The fields a step sets, besides the state and version."""
    if step.name == "send":
        if problems := checks.missing(dossier):
            raise StepRefused(
                _("Hồ sơ chưa đủ để gửi: %(problems)s")
                % {"problems": "; ".join(problems)}
            )
        changes = {"sent_at": timezone.now(), "return_reason": ""}
        if dossier.received_on is not None:
            # Resubmitted after a return: the clock starts again from today.
            changes["clock_started_on"] = today
            changes["due_on"] = add_working_days(today, clock.time_limit(dossier))
        return changes
    if step.name == "receive":
        changes = {
            "received_on": dossier.received_on or today,
            "receipt_number": receipt_number.strip() or dossier.receipt_number,
        }
        if dossier.clock_started_on is None:
            changes["clock_started_on"] = today
            changes["due_on"] = add_working_days(today, clock.time_limit(dossier))
        if not changes["receipt_number"]:
            changes["receipt_number"] = dossier.code
        return changes
    if step.name == "return":
        if not note.strip():
            raise StepRefused(_("Hãy ghi rõ cần bổ sung những gì."))
        # The clock stops; it starts again when the unit resubmits.
        return {"return_reason": note.strip(), "clock_started_on": None, "due_on": None}
    if step.name == "forward":
        return {"finished_on": today}
    if step.name == "decide":
        changes = {"finished_on": dossier.finished_on or today}
        if decision is not None:
            changes["decision"] = decision
        return changes
    return {}


def _refuse(step, pk, version):
    current = Dossier.objects.filter(pk=pk).values("version", "state").first()
    if current is None:
        raise StepRefused(_("Hồ sơ không còn."))
    if current["version"] != version:
        raise ChangedMeanwhile(
            _(
                "Hồ sơ vừa được người khác cập nhật (nay: %(state)s). Hãy xem lại hồ sơ "
                "rồi thao tác lại."
            )
            % {"state": DossierState(current["state"]).label}
        )
    raise StepRefused(
        _("Không thể “%(step)s” khi hồ sơ đang ở trạng thái “%(state)s”.")
        % {"step": step.label, "state": DossierState(current["state"]).label}
    )
