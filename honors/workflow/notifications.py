"""E-mail the author at each step of a workflow, not only at its end.

Wagtail e-mails the approvers of each step when a page reaches them, and the author when
the workflow is approved or changes are requested. In the two-step workflow the author
would hear nothing between the secretariat's approval and the leadership's; this
notifier tells them, with Wagtail's own "approved in moderation stage" message."""

from wagtail.admin.mail import BaseGroupApprovalTaskStateEmailNotifier
from wagtail.models import WorkflowState
from wagtail.signals import task_approved


class StepApprovedEmailNotifier(BaseGroupApprovalTaskStateEmailNotifier):
    notification = "approved"

    def get_recipient_users(self, task_state, **kwargs):
        workflow_state = task_state.workflow_state
        author = workflow_state.requested_by
        still_going = workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
        if still_going and author is not None and author != kwargs.get("user"):
            return {author}
        return set()


step_approved_email_notifier = StepApprovedEmailNotifier()


def connect():
    task_approved.connect(
        step_approved_email_notifier, dispatch_uid="honors_step_approved_email"
    )
