"""The dossiers' admin (menu "Hồ sơ khen thưởng").

A unit officer writes a draft, sees what is missing and sends it; the secretariat
receives, returns, reviews and settles it, one step at a time, from the dossier's page.
Every view asks honors.dossiers.permissions which dossiers the person may see: a list
holds only those, and any other dossier's page, history or file answers 403."""

import django_filters
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
)
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from honors.dossiers import checks, clock, disclosure, nominee_list, process
from honors.dossiers.choices import CLOCK_RUNNING
from honors.dossiers.forms import DossierForm
from honors.dossiers.models import (
    AwardRequirement,
    Dossier,
    DossierDocument,
    DossierNominee,
    DossierRules,
    HoldListEntry,
)
from honors.dossiers.permissions import PROCESS, policy, unit_ids


def _allowed(request, action, dossier):
    if not policy.user_has_permission_for_instance(request.user, action, dossier):
        raise PermissionDenied


class ScopedObject:
    """A view of one dossier, refused for anyone the dossier is not open to."""

    object_action = "view"

    def get_object(self, queryset=None):
        dossier = super().get_object(queryset) if queryset else super().get_object()
        _allowed(self.request, self.object_action, dossier)
        return dossier


class UrgencyColumn(Column):
    """The state, with "overdue" or "due soon" for a dossier whose clock runs."""

    cell_template_name = "honors/admin/dossier_state_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["urgency"] = clock.urgency(
            instance, timezone.localdate(), self.soon_until(parent_context["request"])
        )
        return context

    @staticmethod
    def soon_until(request):
        """Worked out once per request, whatever the number of rows."""
        if not hasattr(request, "_dossiers_soon_until"):
            request._dossiers_soon_until = clock.due_soon_until(
                timezone.localdate(),
                DossierRules.load(request_or_site=request).due_soon_days,
            )
        return request._dossiers_soon_until


class DossierFilterSet(WagtailFilterSet):
    """The secretariat's filters: state, year, unit, and whether the clock is running
    out (the dashboard's "overdue" and "due soon" lines lead here)."""

    URGENCY = [
        ("overdue", _("Quá hạn")),
        ("due_soon", _("Sắp đến hạn")),
    ]
    urgency = django_filters.ChoiceFilter(
        label=_("Hạn giải quyết"),
        choices=URGENCY,
        method="filter_urgency",
        empty_label=_("Tất cả"),
    )

    class Meta:
        model = Dossier
        fields = ["state", "year", "unit"]

    def filter_urgency(self, queryset, name, value):
        today = timezone.localdate()
        if value == "overdue":
            return queryset.running_past(today)
        return queryset.running_due_by(today, UrgencyColumn.soon_until(self.request))


class DossierIndexView(generic.IndexView):
    def get_base_queryset(self):
        return (
            policy.visible_to(self.request.user)
            .select_related("unit")
            .with_nominee_count()
        )


class DossierCreateView(generic.CreateView):
    def save_instance(self):
        self.form.instance.created_by = self.request.user
        return super().save_instance()


class DossierEditView(ScopedObject, generic.EditView):
    object_action = "change"


class DossierDeleteView(ScopedObject, generic.DeleteView):
    object_action = "delete"


class DossierHistoryView(ScopedObject, generic.HistoryView):
    pass


class DossierUsageView(ScopedObject, generic.UsageView):
    pass


class DossierInspectView(ScopedObject, generic.InspectView):
    template_name = "honors/admin/dossier_inspect.html"

    def get_fields(self):
        return []

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        dossier = self.object
        user = self.request.user
        processes = user.has_perm(PROCESS)
        is_officer = dossier.unit_id in unit_ids(user)
        context.update(
            dossier=dossier,
            documents=dossier.documents.all(),
            nominees=dossier.nominees.select_related("award", "locality", "honoree"),
            missing=checks.missing(dossier) if dossier.is_editable_by_unit else [],
            findings=checks.findings(dossier) if processes else [],
            steps=[
                step
                for step in process.available_steps(dossier)
                if (is_officer if step.name in process.UNIT_STEPS else processes)
            ],
            history=ModelLogEntry.objects.for_instance(dossier)
            .select_related("user")
            .order_by("-timestamp"),
            may_upload_list=policy.user_has_permission_for_instance(
                user, "change", dossier
            ),
            may_draft_disclosure=processes
            and not dossier.disclosure_id
            and dossier.state in CLOCK_RUNNING,
            comment_summary=disclosure.comment_summary(dossier),
            urgency=clock.urgency(
                dossier, timezone.localdate(), UrgencyColumn.soon_until(self.request)
            ),
        )
        return context


@require_POST
def upload_nominee_list(request, pk):
    """The unit adds its nominees from a spreadsheet (all rows or none)."""
    dossier = get_object_or_404(Dossier.objects.select_related("unit"), pk=pk)
    _allowed(request, "change", dossier)
    upload = request.FILES.get("list")
    if upload is None:
        messages.error(request, _("Hãy chọn tệp danh sách (.xlsx, .xls hoặc .csv)."))
        return redirect("dossiers:inspect", pk)
    result = nominee_list.add_from_spreadsheet(dossier, upload)
    if result.errors:
        messages.error(
            request,
            _("Chưa thêm ai: tệp có %(count)s lỗi. %(errors)s")
            % {"count": len(result.errors), "errors": " ".join(result.errors[:20])},
        )
    else:
        messages.success(
            request,
            _("Đã thêm %(count)s người, tập thể từ danh sách.")
            % {"count": len(result.nominees)},
        )
    return redirect("dossiers:inspect", pk)


@require_POST
def draft_disclosure(request, pk):
    """The secretariat drafts the dossier's public disclosure and goes on in the page
    editor, from where it is submitted to the two-step workflow."""
    dossier = get_object_or_404(Dossier.objects.select_related("unit"), pk=pk)
    _allowed(request, "view", dossier)
    if not request.user.has_perm(PROCESS):
        raise PermissionDenied
    try:
        page = disclosure.draft_disclosure(dossier, request.user)
    except process.StepRefused as refusal:
        messages.error(request, str(refusal))
        return redirect("dossiers:inspect", pk)
    messages.success(
        request,
        _("Đã lập bản nháp trang công khai từ hồ sơ %(code)s; kiểm tra rồi gửi duyệt.")
        % {"code": dossier.code},
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


@require_POST
def take_step(request, pk, step):
    """One step of the dossier's way, as the person saw the dossier (its version)."""
    dossier = get_object_or_404(Dossier.objects.select_related("unit"), pk=pk)
    if step not in process.STEPS:
        raise Http404
    _allowed(request, "view", dossier)
    if step in process.UNIT_STEPS:
        if dossier.unit_id not in unit_ids(request.user):
            raise PermissionDenied
    elif not request.user.has_perm(PROCESS):
        raise PermissionDenied
    try:
        version = int(request.POST.get("version", ""))
    except ValueError:
        version = -1
    try:
        process.take(
            step,
            dossier,
            request.user,
            version=version,
            note=request.POST.get("note", ""),
            receipt_number=request.POST.get("receipt_number", ""),
        )
    except process.StepRefused as refusal:
        messages.error(request, str(refusal))
    else:
        messages.success(
            request,
            _("%(step)s: xong. Hồ sơ nay ở trạng thái “%(state)s”.")
            % {"step": process.STEPS[step].label, "state": dossier.get_state_display()},
        )
    return redirect("dossiers:inspect", pk)


def dossier_file(request, pk, document_pk=None, nominee_pk=None):
    """A private file of the dossier, for those who may see the dossier; the look is
    written to the audit log."""
    dossier = get_object_or_404(Dossier.objects.select_related("unit"), pk=pk)
    _allowed(request, "view", dossier)
    if document_pk is not None:
        document = get_object_or_404(DossierDocument, pk=document_pk, dossier=dossier)
        file, name = document.file, document.original_name
    else:
        nominee = get_object_or_404(DossierNominee, pk=nominee_pk, dossier=dossier)
        if not nominee.achievement_report:
            raise Http404
        file, name = nominee.achievement_report, nominee.report_name
    log(dossier, "honors.dossier.file_viewed", user=request.user, data={"file": name})
    response = FileResponse(file.open("rb"), as_attachment=True, filename=name)
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


class DossierViewSet(ModelViewSet):
    model = Dossier
    icon = "folder-open-inverse"
    menu_label = _("Hồ sơ khen thưởng")
    menu_order = 300
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = DossierIndexView
    add_view_class = DossierCreateView
    edit_view_class = DossierEditView
    delete_view_class = DossierDeleteView
    history_view_class = DossierHistoryView
    usage_view_class = DossierUsageView
    inspect_view_class = DossierInspectView
    filterset_class = DossierFilterSet
    search_fields = ["code", "title"]
    search_backend_name = None
    edit_handler = ObjectList(
        [
            FieldPanel("unit"),
            FieldPanel("title"),
            FieldRowPanel(
                [
                    FieldPanel("year"),
                    FieldPanel("commendation_type"),
                    FieldPanel("authority"),
                ]
            ),
            MultiFieldPanel(
                [
                    FieldRowPanel(
                        [FieldPanel("submission_number"), FieldPanel("submission_date")]
                    )
                ],
                heading=_("Tờ trình"),
            ),
            FieldPanel("awards"),
            InlinePanel(
                "documents",
                heading=_("Tài liệu"),
                label=_("Tài liệu"),
                panels=[FieldPanel("kind"), FieldPanel("file")],
            ),
            InlinePanel(
                "nominees",
                heading=_("Người, tập thể được đề nghị"),
                label=_("Người, tập thể"),
                panels=[
                    FieldPanel("honoree"),
                    FieldRowPanel(
                        [FieldPanel("kind"), FieldPanel("name"), FieldPanel("award")]
                    ),
                    FieldRowPanel(
                        [
                            FieldPanel("gender"),
                            FieldPanel("birth_year"),
                            FieldPanel("ethnicity"),
                        ]
                    ),
                    FieldRowPanel([FieldPanel("position"), FieldPanel("organisation")]),
                    FieldRowPanel(
                        [
                            FieldPanel("locality"),
                            FieldPanel("is_direct_worker"),
                            FieldPanel("is_in_difficult_area"),
                        ]
                    ),
                    FieldPanel("achievement_summary"),
                    FieldPanel("achievement_report"),
                ],
            ),
        ],
        base_form_class=DossierForm,
    )

    @property
    def list_display(self):
        return [
            Column("code", label=_("Mã hồ sơ"), sort_key="code"),
            TitleColumn(
                "title", label=_("Trích yếu"), url_name=self.get_url_name("inspect")
            ),
            Column("unit", label=_("Đơn vị trình")),
            Column("nominee_count", label=_("Số người, tập thể")),
            DateColumn(
                "received_on", label=_("Ngày tiếp nhận"), sort_key="received_on"
            ),
            DateColumn("due_on", label=_("Hạn giải quyết"), sort_key="due_on"),
            UrgencyColumn("state", label=_("Trạng thái"), sort_key="state"),
        ]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/buoc/<str:step>/", take_step, name="step"),
            path("<int:pk>/cong-khai/", draft_disclosure, name="draft_disclosure"),
            path(
                "<int:pk>/danh-sach/", upload_nominee_list, name="upload_nominee_list"
            ),
            path("<int:pk>/tep/<int:document_pk>/", dossier_file, name="document_file"),
            path(
                "<int:pk>/bao-cao/<int:nominee_pk>/", dossier_file, name="report_file"
            ),
        ]


dossier_viewset = DossierViewSet("dossiers")


class AwardRequirementViewSet(ModelViewSet):
    """What a dossier for each award form needs, kept by the secretariat."""

    model = AwardRequirement
    icon = "list-ul"
    menu_label = _("Yêu cầu hồ sơ theo hình thức")
    add_to_settings_menu = True
    copy_view_enabled = False
    list_display = ["award", "time_limit_days", "needs_report_per_nominee"]
    search_fields = ["award__name"]
    search_backend_name = None
    form_fields = [
        "award",
        "time_limit_days",
        "needs_report_per_nominee",
        "needs_nominee_list",
        "report_template",
        "note",
    ]


class HoldListViewSet(ModelViewSet):
    """People and units whose commendation waits (Decree 152/2025 art. 4)."""

    model = HoldListEntry
    icon = "warning"
    menu_label = _("Danh sách tạm chưa xét khen")
    add_to_settings_menu = True
    copy_view_enabled = False
    list_display = ["name", "reason", "since", "until"]
    list_filter = ["reason"]
    search_fields = ["name"]
    search_backend_name = None
    form_fields = ["name", "honoree", "unit", "reason", "note", "since", "until"]


requirement_viewset = AwardRequirementViewSet("dossier_requirements")
hold_list_viewset = HoldListViewSet("hold_list")
