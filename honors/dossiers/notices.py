"""E-mail to a unit's officers when the secretariat receives, returns or settles its
dossier. Messages go through the mail queue (home.mail), so they leave after the step
commits and never while the secretary waits."""

from django.core.mail import EmailMessage
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

#: What the unit is told, per step; other steps are the unit's own or internal.
SUBJECTS = {
    "receive": gettext_lazy("Hồ sơ %(code)s đã được tiếp nhận"),
    "return": gettext_lazy("Hồ sơ %(code)s cần bổ sung"),
    "forward": gettext_lazy("Hồ sơ %(code)s đã được trình cấp Nhà nước"),
    "decide": gettext_lazy("Hồ sơ %(code)s đã có quyết định"),
}


def officer_emails(unit):
    return list(
        unit.officers.filter(is_active=True)
        .exclude(email="")
        .values_list("email", flat=True)
    )


def step_taken(dossier, step_name):
    """Queue the unit's notice of the step, if the step is one the unit hears of."""
    if step_name not in SUBJECTS:
        return
    recipients = officer_emails(dossier.unit)
    if not recipients:
        return
    lines = [
        _("Hồ sơ: %(code)s – %(title)s")
        % {"code": dossier.code, "title": dossier.title},
        _("Trạng thái: %(state)s") % {"state": dossier.get_state_display()},
    ]
    if step_name == "receive" and dossier.due_on:
        lines.append(
            _("Số tiếp nhận: %(number)s. Hạn giải quyết: %(due)s.")
            % {
                "number": dossier.receipt_number,
                "due": dossier.due_on.strftime("%d/%m/%Y"),
            }
        )
    if step_name == "return":
        lines.append(_("Cần bổ sung: %(reason)s") % {"reason": dossier.return_reason})
    EmailMessage(
        SUBJECTS[step_name] % {"code": dossier.code},
        "\n".join(lines),
        to=recipients,
    ).send()
