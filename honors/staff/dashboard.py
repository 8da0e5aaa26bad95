"""The dashboard's first panel: what the signed-in person has to do, by role.

Wagtail's dashboard lists the pages awaiting review and the user's own pages in a
workflow, in long tables. A new editor looks first for where to start writing, a comment
handler for the comments that wait, a reviewer for how much waits and since when. This
panel says that in a few lines, one block per role the user holds, each line a link to
the screen where the work is done. It costs a fixed number of queries, whatever the
number of pages or comments.
"""

from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.models import Locale, TaskState, WorkflowState

from honors.articles.news import NewsIndexPage
from honors.articles.stories import ExampleStoryIndexPage
from honors.disclosures.comments import CommentStatus, PublicComment
from honors.dossiers import clock
from honors.dossiers.choices import CLOCK_RUNNING, DossierState
from honors.dossiers.models import Dossier, DossierRules
from honors.dossiers.permissions import PROCESS
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
            "dossiers": self.dossiers(user),
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

    def dossiers(self, user):
        """The secretariat: dossiers waiting for receipt, overdue and due soon. A unit
        officer: their units' dossiers returned for supplement, and drafts."""
        index_url = reverse("dossiers:index")
        lines = []
        if user.has_perm(PROCESS):
            today = timezone.localdate()
            running = Dossier.objects.filter(state__in=CLOCK_RUNNING)
            soon_until = clock.due_soon_until(today, DossierRules.load().due_soon_days)
            counts = Dossier.objects.aggregate(
                waiting=Count("pk", filter=Q(state=DossierState.SENT)),
                overdue=Count("pk", filter=Q(pk__in=running.filter(due_on__lt=today))),
                soon=Count(
                    "pk",
                    filter=Q(
                        pk__in=running.filter(due_on__gte=today, due_on__lte=soon_until)
                    ),
                ),
            )
            lines += [
                (counts["waiting"], _("hồ sơ chờ tiếp nhận"), "?state=sent"),
                (counts["overdue"], _("hồ sơ quá hạn giải quyết"), "?urgency=overdue"),
                (counts["soon"], _("hồ sơ sắp đến hạn"), "?urgency=due_soon"),
            ]
        elif user.has_perm("honors.add_dossier") and user.units.exists():
            own = Dossier.objects.filter(unit__officers=user)
            counts = own.aggregate(
                returned=Count("pk", filter=Q(state=DossierState.RETURNED)),
                drafts=Count("pk", filter=Q(state=DossierState.DRAFT)),
            )
            lines += [
                (
                    counts["returned"],
                    _("hồ sơ bị trả lại cần bổ sung"),
                    "?state=returned",
                ),
                (counts["drafts"], _("hồ sơ đang soạn, chưa gửi"), "?state=draft"),
            ]
        else:
            return None
        return [
            {"count": count, "label": label, "url": index_url + query}
            for count, label, query in lines
            if count
        ] or [{"count": 0, "label": _("Không có hồ sơ nào cần làm."), "url": ""}]

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
