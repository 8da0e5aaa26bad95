"""Tell the reviewer what their approval did.

Wagtail approves or sends back a page from the dashboard and the page listing without a
word, and from the editor with a plain "page saved": the secretariat cannot tell whether
a disclosure went on to the council's leadership, was published, or waits for its
publication time. After each review action, wherever it was taken, the reviewer reads
which of these happened.

The dashboard's and listing's buttons post to Wagtail's `workflow_action` URL: the
project's URLconf routes that path to `ReviewActionView` (Wagtail's view, then the
message); the editor's "Approve" goes through `after_edit_page` (wagtail_hooks).
"""

from django.contrib import messages
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.admin.views.pages.workflow import WorkflowActionView
from wagtail.models import TaskState, WorkflowState


def outcome_message(page, task_state) -> str | None:
    """What the finished `task_state` did to `page`, or None while it is unfinished."""
    title = page.get_admin_display_title()
    if task_state.status == TaskState.STATUS_REJECTED:
        return _("Đã trả lại “%(title)s” cho người gửi duyệt để sửa.") % {
            "title": title
        }
    if task_state.status != TaskState.STATUS_APPROVED:
        return None
    workflow_state = WorkflowState.objects.select_related(
        "current_task_state__task"
    ).get(pk=task_state.workflow_state_id)
    if workflow_state.status == WorkflowState.STATUS_IN_PROGRESS:
        return _("Đã duyệt “%(title)s”; trang chuyển sang bước “%(step)s”.") % {
            "title": title,
            "step": workflow_state.current_task_state.task.name,
        }
    go_live_at = task_state.revision.approved_go_live_at
    if go_live_at and go_live_at > timezone.now():
        return _("Đã duyệt “%(title)s”; trang sẽ được xuất bản lúc %(when)s.") % {
            "title": title,
            "when": timezone.localtime(go_live_at).strftime("%H:%M %d/%m/%Y"),
        }
    return _("Đã duyệt và xuất bản “%(title)s”.") % {"title": title}


class ReviewActionView(WorkflowActionView):
    """Wagtail's approve / request-changes view, followed by the outcome message."""

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        self.task_state.refresh_from_db()
        message = outcome_message(self.object, self.task_state)
        if message:
            messages.success(request, message)
        return response


def announce_edit_view_review(request, page):
    """after_edit_page: the editor's own "Approve" / "Request changes" buttons."""
    if not (
        request.POST.get("action-workflow-action")
        and request.POST.get("workflow-action-name")
    ):
        return
    task_state = (
        TaskState.objects.for_instance(page)
        .filter(finished_by=request.user)
        .select_related("revision")
        .order_by("-finished_at", "-pk")
        .first()
    )
    message = task_state and outcome_message(page, task_state)
    if message:
        messages.success(request, message)
