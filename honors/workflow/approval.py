"""The approval step of the portal's workflows: a group approves, nobody alone.

PeerApprovalTask is Wagtail's group approval with two rules added:

- the person who submitted a page cannot approve or reject it, and
- a person who approved an earlier step of the same workflow cannot approve a later
  one (someone in both the secretariat and the council's leadership still counts once).

Approving the last step is what publishes a page (home.publishing): the task marks the
moment so that the page's permission tester lets the approver publish, and only then.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _
from wagtail.models import TaskState
from wagtail.models.workflows import AbstractGroupApprovalTask

from home.publishing import approving

#: Held by the council's leadership: final approval of disclosures and honour boards.
FINAL_APPROVAL = "honors.give_final_approval"
#: Who may read the report of publications and approvals.
VIEW_PUBLICATION_REPORT = "honors.view_publication_report"


class PeerApprovalTask(AbstractGroupApprovalTask):
    class Meta:
        verbose_name = _("bước duyệt của nhóm (không tự duyệt)")
        verbose_name_plural = _("bước duyệt của nhóm (không tự duyệt)")
        permissions = [
            (
                "give_final_approval",
                _("Phê duyệt cuối hồ sơ công khai và bảng vàng"),
            ),
            (
                "view_publication_report",
                _("Xem báo cáo xuất bản và phê duyệt"),
            ),
        ]

    @classmethod
    def get_description(cls):
        return _(
            "Thành viên các nhóm được chọn duyệt bước này; người gửi duyệt và người đã "
            "duyệt bước trước không được duyệt."
        )

    def may_review(self, workflow_state, user) -> bool:
        """Whether `user` may approve or reject this step of `workflow_state`."""
        if user.is_superuser:
            return True
        if not self._user_in_groups(user):
            return False
        if workflow_state.requested_by_id == user.pk:
            return False
        return not workflow_state.task_states.filter(
            status=TaskState.STATUS_APPROVED, finished_by=user
        ).exists()

    def get_actions(self, obj, user):
        workflow_state = obj.current_workflow_state
        if workflow_state is None or not self.may_review(workflow_state, user):
            return []
        return super().get_actions(obj, user)

    def on_action(self, task_state, user, action_name, **kwargs):
        workflow_state = task_state.workflow_state
        if not self.may_review(workflow_state, user):
            raise PermissionDenied
        with approving(workflow_state.object_id, user.pk):
            return super().on_action(task_state, user, action_name, **kwargs)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = super().get_task_states_user_can_moderate(user, **kwargs)
        if user.is_superuser:
            return states
        approved_before = TaskState.objects.filter(
            workflow_state=OuterRef("workflow_state"),
            status=TaskState.STATUS_APPROVED,
            finished_by=user,
        )
        return states.exclude(workflow_state__requested_by=user).exclude(
            Exists(approved_before)
        )
