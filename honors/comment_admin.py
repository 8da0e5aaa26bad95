"""Moderating citizens' comments in the admin (menu "Góp ý công khai").

Moderators see the text, group duplicates, set the status and write the public answer.
Who sent a comment, and what they attached, only users with the dedicated permission
see, and every such look, every export and every change of status goes into Wagtail's
audit log, under the receipt code, never with the person's data in the log text.
"""

from django.contrib.admin import SimpleListFilter
from django.core.exceptions import PermissionDenied
from django.db.models import Count, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.http import FileResponse
from django.shortcuts import get_object_or_404
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.log_actions import log
from wagtail_modeladmin.helpers import PermissionHelper
from wagtail_modeladmin.options import ModelAdmin
from wagtail_modeladmin.views import EditView, InspectView

from .modeladmin import PermissionCheckedHistoryView, RegistryIndexView
from .models import CommentAttachment, PublicComment

IDENTITY_PERMISSION = "honors.view_commenter_identity"
#: Who sent a comment: never a filter, search field or column of the list.
IDENTITY_FIELDS = ("full_name", "address", "phone", "email")
#: A spreadsheet cell starting with one of these is a formula to Excel and LibreOffice.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def may_see_identity(user):
    return user.has_perm(IDENTITY_PERMISSION)


def neutralise_formula(value):
    """Make a cell read as text, so a comment like =HYPERLINK(...) stays words."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


class DuplicateGroupFilter(SimpleListFilter):
    title = _("nhóm trùng nội dung")
    parameter_name = "trung"

    def lookups(self, request, model_admin):
        groups = (
            PublicComment.objects.values("fingerprint")
            .annotate(count=Count("pk"))
            .filter(count__gt=1)
            .order_by("-count")[:50]
        )
        samples = dict(
            PublicComment.objects.filter(
                fingerprint__in=[group["fingerprint"] for group in groups]
            ).values_list("fingerprint", "body")
        )
        return [
            (
                group["fingerprint"],
                f"{Truncator(samples[group['fingerprint']]).chars(40)} ({group['count']})",
            )
            for group in groups
        ]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(fingerprint=self.value())
        return queryset


class CommentPermissionHelper(PermissionHelper):
    """Comments come from citizens and are never deleted from the admin: nothing is
    dropped, duplicates included."""

    def user_can_create(self, user):
        return False

    def user_can_delete_obj(self, user, obj):
        return False


class CommentIndexView(RegistryIndexView):
    def as_spreadsheet(self, queryset, spreadsheet_format):
        log(
            instance=self.request.user,
            action="honors.comments.exported",
            user=self.request.user,
            data={
                "rows": queryset.count(),
                "with_identity": may_see_identity(self.request.user),
            },
        )
        return super().as_spreadsheet(queryset, spreadsheet_format)

    def to_row_dict(self, item):
        row = super().to_row_dict(item)
        return {field: neutralise_formula(value) for field, value in row.items()}


class CommentEditView(EditView):
    def form_valid(self, form):
        before = PublicComment.objects.values_list("status", flat=True).get(
            pk=self.instance.pk
        )
        response = super().form_valid(form)
        if before != self.instance.status:
            log(
                instance=self.instance,
                action="honors.comment.status_changed",
                user=self.request.user,
                data={"from": before, "to": self.instance.status},
            )
        return response


class CommentInspectView(InspectView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        comment = self.instance
        context["comment"] = comment
        context["may_see_identity"] = may_see_identity(self.request.user)
        context["duplicates"] = (
            PublicComment.objects.filter(fingerprint=comment.fingerprint)
            .exclude(pk=comment.pk)
            .values_list("receipt_code", flat=True)
        )
        if context["may_see_identity"]:
            context["attachments"] = comment.attachments.all()
            log(
                instance=comment,
                action="honors.comment.identity_viewed",
                user=self.request.user,
            )
        return context

    def get_template_names(self):
        return ["honors/admin/comment_inspect.html"]


def attachment_download(request, pk):
    """An attachment, to a user allowed to see commenters' identity; logged."""
    if not may_see_identity(request.user):
        raise PermissionDenied
    attachment = get_object_or_404(
        CommentAttachment.objects.select_related("comment"), pk=pk
    )
    log(
        instance=attachment.comment,
        action="honors.comment.attachment_viewed",
        user=request.user,
        data={"attachment": attachment.pk},
    )
    extension = attachment.file.name.rsplit(".", 1)[-1]
    return FileResponse(
        attachment.file.open("rb"),
        as_attachment=True,
        filename=f"{attachment.comment.receipt_code}-{attachment.pk}.{extension}",
        content_type=attachment.content_type,
    )


class CommentAdmin(ModelAdmin):
    model = PublicComment
    menu_label = _("Góp ý công khai")
    menu_icon = "mail"
    menu_order = 210
    add_to_admin_menu = True
    permission_helper_class = CommentPermissionHelper
    history_view_class = PermissionCheckedHistoryView
    index_view_class = CommentIndexView
    edit_view_class = CommentEditView
    inspect_view_class = CommentInspectView
    inspect_view_enabled = True
    list_display = (
        "receipt_code",
        "disclosure",
        "about",
        "status",
        "submitted_at",
        "duplicate_count",
    )
    list_filter = (
        "status",
        "disclosure",
        "nominee",
        "submitted_at",
        DuplicateGroupFilter,
    )
    list_select_related = ("disclosure",)
    search_fields = ("receipt_code", "body")
    list_per_page = 50
    export_filename = "gop-y"
    export_headings = {
        "receipt_code": _("Mã biên nhận"),
        "disclosure_title": _("Hồ sơ"),
        "about": _("Góp ý về"),
        "body": _("Nội dung"),
        "status": _("Trạng thái"),
        "public_answer": _("Trả lời công khai"),
        "submitted": _("Lúc gửi"),
        "duplicate_count": _("Số bản trùng"),
        "full_name": _("Họ và tên"),
        "address": _("Địa chỉ"),
        "phone": _("Điện thoại"),
        "email": _("Thư điện tử"),
    }
    panels = [
        HelpPanel(
            template="honors/admin/comment_summary_panel.html", heading=_("Góp ý")
        ),
        FieldPanel("status"),
        FieldPanel("public_answer"),
        FieldPanel("internal_notes"),
    ]

    def get_queryset(self, request):
        same_text = (
            PublicComment.objects.filter(fingerprint=OuterRef("fingerprint"))
            .values("fingerprint")
            .annotate(count=Count("pk"))
            .values("count")
        )
        return (
            super()
            .get_queryset(request)
            .annotate(
                same_text_count=Coalesce(
                    Subquery(same_text, output_field=IntegerField()), 1
                )
            )
        )

    def get_list_export(self, request):
        fields = [
            "receipt_code",
            "disclosure_title",
            "about",
            "body",
            "status",
            "public_answer",
            "submitted",
            "duplicate_count",
        ]
        if may_see_identity(request.user):
            fields += IDENTITY_FIELDS
        return fields

    def about(self, comment):
        return comment.nominee_name or _("Cả hồ sơ")

    about.short_description = _("Góp ý về")

    def disclosure_title(self, comment):
        return comment.disclosure.title

    def submitted(self, comment):
        return comment.submitted_at.strftime("%d/%m/%Y %H:%M")

    def duplicate_count(self, comment):
        return comment.same_text_count - 1

    duplicate_count.short_description = _("Số bản trùng")
