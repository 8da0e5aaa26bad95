"""The dashboard's first panel: what the signed-in person has to do, by role.

Wagtail's dashboard lists the pages awaiting review and the user's own pages in a
workflow, in long tables. A new editor looks first for where to start writing, a comment
handler for the comments that wait, a reviewer for how much waits and since when. This
panel says that in a few lines, one block per role the user holds, each line a link to
the screen where the work is done. It costs a fixed number of queries, whatever the
number of pages or comments.
"""

from django.db.models import Count
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.models import Locale, TaskState, WorkflowState

from honors.articles.news import NewsIndexPage
from honors.articles.stories import ExampleStoryIndexPage
from honors.disclosures.comments import CommentStatus, PublicComment
from honors.workflow.approval import PeerApprovalTask

#: The comment statuses that still ask for a moderator's work.
WAITING_COMMENT_STATUSES = (CommentStatus.RECEIVED, CommentStatus.UNDER_REVIEW)


class WorkPanel(Component):
    name = "portal_work"
    template_name = "honors/admin/dashboard_work.html"
    order = 50  # before Wagtail's panels (200 and more)

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context=None):
        user = self.request.user
        return {
            "shortcuts": self.shortcuts(user),
            "my_pages_in_review": self.my_pages_in_review(user),
            "comments": self.comments(user),
            "reviews": self.reviews(user),
        }

    def shortcuts(self, user):
        """Where an editor starts: a news item, an example story, a list of honours."""
        links = []
        default_locale = Locale.get_default()
        for index_model, page_model, label, icon in (
            (NewsIndexPage, "newspage", _("Viết tin"), "doc-full"),
            (
                ExampleStoryIndexPage,
                "examplestorypage",
                _("Viết gương điển hình"),
                "user",
            ),
        ):
            index = (
                index_model.objects.filter(locale=default_locale)
                .order_by("path")
                .first()
            )
            if index and index.permissions_for_user(user).can_add_subpage():
                url = reverse(
                    "wagtailadmin_pages:add", args=("honors", page_model, index.pk)
                )
                links.append({"label": label, "url": url, "icon": icon})
        if user.has_perm("honors.add_honour"):
            links.append(
                {
                    "label": _("Nhập danh sách khen thưởng"),
                    "url": reverse("honors_import"),
                    "icon": "upload",
                }
            )
        return links

    def my_pages_in_review(self, user):
        return WorkflowState.objects.active().filter(requested_by=user).count()

    def comments(self, user):
        """The comments still to handle, per status, and the one waiting longest."""
        if not user.has_perm("honors.change_publiccomment"):
            return None
        waiting = PublicComment.objects.filter(status__in=WAITING_COMMENT_STATUSES)
        counts = dict.fromkeys(WAITING_COMMENT_STATUSES, 0)
        for row in waiting.values("status").order_by().annotate(count=Count("pk")):
            counts[row["status"]] = row["count"]
        index_url = reverse("honors_publiccomment_modeladmin_index")
        oldest = (
            waiting.order_by("submitted_at")
            .values("pk", "receipt_code", "submitted_at")
            .first()
        )
        return {
            "total": sum(counts.values()),
            "by_status": [
                {
                    "label": CommentStatus(status).label,
                    "count": count,
                    "url": f"{index_url}?status__exact={status}",
                }
                for status, count in counts.items()
            ],
            "oldest": oldest
            and {
                **oldest,
                "url": reverse(
                    "honors_publiccomment_modeladmin_inspect", args=(oldest["pk"],)
                ),
            },
        }

    def reviews(self, user):
        """The steps the user may approve now, and the one waiting longest."""
        if not self.is_reviewer(user):
            return None
        waiting = TaskState.objects.reviewable_by(user)
        oldest = waiting.select_related("workflow_state").order_by("started_at").first()
        return {
            "count": waiting.count(),
            "oldest": oldest,
            "oldest_object": oldest and oldest.workflow_state.content_object,
        }

    @staticmethod
    def is_reviewer(user):
        return user.is_superuser or (
            PeerApprovalTask.objects.filter(
                active=True, groups__in=user.groups.all()
            ).exists()
        )
