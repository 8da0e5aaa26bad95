"""Admin screens to import a decision's list from a spreadsheet: upload, preview, confirm.

The uploaded files are kept (outside public media) with the outcome, so every import
can be traced to who made it and from which file.
"""

from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, View
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.documents import get_document_model

from honors.imports.forms import ImportUploadForm
from honors.imports.models import HonourImport
from honors.imports.service import run_import
from honors.roll.pages import HonourBoardIndexPage


class ImportPermissionMixin:
    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("honors.add_honour"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ImportView(ImportPermissionMixin, WagtailAdminTemplateMixin, FormView):
    page_title = gettext_lazy("Nhập danh sách khen thưởng từ bảng tính")
    header_icon = "upload"
    template_name = "honors/admin/import.html"
    form_class = ImportUploadForm

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["recent_imports"] = HonourImport.objects.select_related("uploaded_by")[
            :10
        ]
        return context

    def form_valid(self, form):
        upload = form.cleaned_data["file"]
        content = upload.read()
        record = HonourImport(
            original_name=upload.name[:255],
            authority=form.cleaned_data["authority"],
            allow_partial=form.cleaned_data["allow_partial"],
            uploaded_by=self.request.user,
        )
        record.file.save(upload.name, ContentFile(content), save=False)
        decision_file = form.cleaned_data.get("decision_file")
        if decision_file:
            record.decision_file.save(decision_file.name, decision_file, save=False)
        report = run_import(content, dry_run=True, default_authority=record.authority)
        record.summary = {"preview": report.as_summary()}
        record.save()
        return self.render_to_response(
            self.get_context_data(
                form=form,
                record=record,
                report=report,
                can_commit=report.can_commit(record.allow_partial),
            )
        )


class ImportConfirmView(ImportPermissionMixin, WagtailAdminTemplateMixin, View):
    page_title = gettext_lazy("Kết quả nhập danh sách khen thưởng")
    header_icon = "upload"
    template_name = "honors/admin/import_result.html"
    http_method_names = ["post"]

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("honors_import"), "label": _("Nhập từ bảng tính")},
            {"url": "", "label": self.page_title},
        ]

    def post(self, request, pk):
        record = get_object_or_404(HonourImport, pk=pk)
        if record.imported_at:
            messages.warning(
                request, _("Tệp này đã được nhập lúc trước; không nhập lại.")
            )
            return self.render_to_response(
                self.get_context_data(record=record, report=None)
            )
        with record.file.open("rb") as handle:
            content = handle.read()
        document = self._decision_document(record)
        report = run_import(
            content,
            dry_run=False,
            allow_partial=record.allow_partial,
            default_authority=record.authority,
            document=document,
        )
        record.summary = {**record.summary, "result": report.as_summary()}
        if report.committed:
            record.imported_at = timezone.now()
            record.document = document
            messages.success(
                request,
                _("Đã nhập %(count)s khen thưởng.") % {"count": report.new_count},
            )
        elif document is not None:
            document.delete()
        record.save()
        roll = HonourBoardIndexPage.objects.first()
        return self.render_to_response(
            self.get_context_data(
                record=record,
                report=report,
                new_board_url=reverse(
                    "wagtailadmin_pages:add",
                    args=["honors", "honourboardpage", roll.pk],
                )
                if roll
                else None,
            )
        )

    def _decision_document(self, record):
        if not record.decision_file:
            return None
        Document = get_document_model()
        with record.decision_file.open("rb") as handle:
            return Document.objects.create(
                title=_("Văn bản quyết định (nhập từ %(file)s)")
                % {"file": record.original_name},
                file=ContentFile(
                    handle.read(), name=record.decision_file.name.rsplit("/", 1)[-1]
                ),
                uploaded_by_user=self.request.user,
            )
