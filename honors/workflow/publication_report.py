"""Report "Xuất bản và phê duyệt": who submitted, approved, sent back, published or
withdrew which page, and when, read from Wagtail's audit log (PageLogEntry).

Open to the holders of "honors.view_publication_report" (the secretariat, the council's
leadership, site administrators); filters by kind of event, person and period; exports
to CSV/XLSX for the council's records.
"""

import django_filters
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.auth import permission_denied
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.utils import get_user_display_name
from wagtail.admin.views.reports import ReportView
from wagtail.models import PageLogEntry

from honors.workflow.approval import VIEW_PUBLICATION_REPORT

#: The events of the report, with what an editor calls them.
EVENTS = {
    "wagtail.workflow.start": _("Gửi duyệt"),
    "wagtail.workflow.resume": _("Gửi duyệt lại"),
    "wagtail.workflow.approve": _("Duyệt"),
    "wagtail.workflow.reject": _("Yêu cầu sửa"),
    "wagtail.workflow.cancel": _("Hủy quy trình duyệt"),
    "wagtail.publish": _("Xuất bản"),
    "wagtail.publish.scheduled": _("Xuất bản theo lịch"),
    "wagtail.schedule.revision": _("Hẹn giờ xuất bản"),
    "wagtail.unpublish": _("Gỡ xuống"),
    "wagtail.unpublish.scheduled": _("Gỡ xuống theo lịch"),
}


def local_time(moment) -> str:
    """Hà Nội time, the way the council's records write it: 27/11/2026 14:05."""
    return timezone.localtime(moment).strftime("%d/%m/%Y %H:%M")


def event_label(entry) -> str:
    return str(EVENTS.get(entry.action, entry.action))


def event_detail(entry) -> str:
    """The step and the reviewer's comment, for workflow events."""
    data = entry.data or {}
    workflow = data.get("workflow") or {}
    parts = []
    if task := (workflow.get("task") or {}).get("title"):
        parts.append(str(task))
    elif title := workflow.get("title"):
        parts.append(str(title))
    if comment := data.get("comment"):
        parts.append(f"“{comment}”")
    return " – ".join(parts)


class PublicationFilterSet(WagtailFilterSet):
    action = django_filters.ChoiceFilter(
        label=_("Việc"), choices=list(EVENTS.items()), empty_label=_("Tất cả")
    )
    user = django_filters.ModelChoiceFilter(
        label=_("Người thực hiện"),
        queryset=lambda request: get_user_model().objects.filter(
            pk__in=PageLogEntry.objects.filter(action__in=EVENTS).values("user_id")
        ),
        empty_label=_("Tất cả"),
    )
    timestamp = django_filters.DateFromToRangeFilter(
        label=_("Thời gian"), widget=DateRangePickerWidget
    )

    class Meta:
        model = PageLogEntry
        fields = ["action", "user", "timestamp"]


class PublicationReportView(ReportView):
    page_title = _("Xuất bản và phê duyệt")
    header_icon = "tasks"
    index_url_name = "publication_report"
    index_results_url_name = "publication_report_results"
    filterset_class = PublicationFilterSet
    paginate_by = 50
    columns = [
        Column(
            "timestamp",
            label=_("Thời gian"),
            sort_key="timestamp",
            accessor=lambda entry: local_time(entry.timestamp),
        ),
        Column(
            "user_name",
            label=_("Người thực hiện"),
            accessor=lambda entry: (
                get_user_display_name(entry.user)
                if entry.user
                else _("Hệ thống (theo lịch)")
            ),
        ),
        Column("event", label=_("Việc"), accessor=event_label),
        TitleColumn(
            "label",
            label=_("Trang"),
            get_url=lambda entry: (
                entry.page_id
                and reverse("wagtailadmin_pages:edit", args=[entry.page_id])
            ),
        ),
        Column("detail", label=_("Bước, ý kiến"), accessor=event_detail),
    ]
    list_export = ["timestamp", "user_name", "event", "label", "detail"]
    export_headings = {
        "timestamp": _("Thời gian"),
        "user_name": _("Người thực hiện"),
        "event": _("Việc"),
        "label": _("Trang"),
        "detail": _("Bước, ý kiến"),
    }
    default_ordering = "-timestamp"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(VIEW_PUBLICATION_REPORT):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_base_queryset(self):
        return PageLogEntry.objects.filter(action__in=EVENTS).select_related("user")

    def to_row_dict(self, item):
        return {
            "timestamp": local_time(item.timestamp),
            "user_name": get_user_display_name(item.user)
            if item.user
            else str(_("Hệ thống (theo lịch)")),
            "event": event_label(item),
            "label": item.label,
            "detail": event_detail(item),
        }
