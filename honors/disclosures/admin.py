"""Moderating citizens' comments in the admin (menu "Góp ý công khai").

Moderators see the text, group duplicates, set the status and write the public answer.
Who sent a comment, and what they attached, only users with the dedicated permission
see, and every such look, every export and every change of status goes into Wagtail's
audit log, under the receipt code, never with the person's data in the log text.
"""

from django import forms
from django.contrib.admin import SimpleListFilter
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count, F, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.http import FileResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin import messages
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, HelpPanel, ObjectList
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry
from wagtail_modeladmin.helpers import PermissionHelper
from wagtail_modeladmin.options import ModelAdmin
from wagtail_modeladmin.views import EditView, InspectView

from home.listing.exports import neutralise_formula
from honors.disclosures.comments import CommentAttachment, CommentStatus, PublicComment
from honors.registry.admin import (
    PermissionCheckedHistoryView,
    RegistryIndexView,
    VietnameseSearchHandler,
    local_datetime,
)

IDENTITY_PERMISSION = "honors.view_commenter_identity"
#: Who sent a comment: never a filter, search field or column of the list.
IDENTITY_FIELDS = ("full_name", "address", "phone", "email")


def may_see_identity(user):
    return user.has_perm(IDENTITY_PERMISSION)


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
    def get_context_data(self, **kwargs):
        return super().get_context_data(
            may_erase=may_see_identity(self.request.user), **kwargs
        )

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


#: What moderators write; everything else of a comment is the citizen's.
MODERATED_FIELDS = ("status", "public_answer", "internal_notes")


class ModerationForm(WagtailAdminModelForm):
    """The moderator's form, carrying the version of the comment it was opened on."""

    seen_version = forms.IntegerField(
        widget=forms.HiddenInput, min_value=0, required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["seen_version"] = self.instance.version

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("seen_version") is None:  # a form from before, or hand-made
            raise forms.ValidationError(
                _("Biểu mẫu đã cũ; hãy tải lại trang rồi sửa lại.")
            )
        return cleaned


class CommentEditView(EditView):
    """Saves a moderator's changes only onto the version they opened.

    Two moderators may open the same comment; without a check the second save would
    silently erase what the first wrote (an answer, say). The save here is a single
    UPDATE conditioned on the version the form was opened on. If someone saved in
    between, nothing is written: the form comes back (409) with everything the
    moderator typed, what is saved now beside it, and who saved it when; saving again
    then replaces it knowingly.
    """

    def form_valid(self, form):
        seen = form.cleaned_data["seen_version"]
        values = {name: form.cleaned_data[name] for name in MODERATED_FIELDS}
        comments = PublicComment.objects.filter(pk=self.instance.pk)
        with transaction.atomic():
            saved = comments.select_for_update().values(*MODERATED_FIELDS).get()
            now = timezone.now()
            if saved["public_answer"] != values["public_answer"]:
                values["answered_at"] = now if values["public_answer"] else None
            written = comments.filter(version=seen).update(
                **values, version=F("version") + 1, updated_at=now
            )
            if not written:
                return self.conflict(form)
            changed = [name for name in MODERATED_FIELDS if saved[name] != values[name]]
            log(
                instance=self.instance,
                action="honors.comment.edited",
                user=self.request.user,
                data={"fields": changed},
            )
            if saved["status"] != values["status"]:
                log(
                    instance=self.instance,
                    action="honors.comment.status_changed",
                    user=self.request.user,
                    data={"from": saved["status"], "to": values["status"]},
                )
        messages.success(self.request, self.get_success_message(self.instance))
        return redirect(self.get_success_url())

    def conflict(self, form):
        current = PublicComment.objects.get(pk=self.instance.pk)
        yours = {name: form.cleaned_data[name] for name in MODERATED_FIELDS}
        differences = [
            {
                "label": PublicComment._meta.get_field(name).verbose_name,
                "saved": readable(name, getattr(current, name)),
                "yours": readable(name, yours[name]),
            }
            for name in MODERATED_FIELDS
            if getattr(current, name) != yours[name]
        ]
        data = form.data.copy()
        data["seen_version"] = current.version  # saving again replaces, knowingly
        form = self.get_form_class()(data, instance=current, for_user=self.request.user)
        form.is_valid()
        messages.error(
            self.request,
            gettext(
                "Góp ý này vừa được người khác lưu trong khi bạn đang sửa; chưa lưu "
                "gì của bạn. Nội dung bạn nhập vẫn còn trong biểu mẫu: xem phần khác "
                "nhau bên dưới, sửa nếu cần, rồi bấm Lưu để thay."
            ),
        )
        response = self.render_to_response(
            self.get_context_data(
                form=form, conflict=differences, last_edit=last_edit(current)
            )
        )
        response.status_code = 409
        return response


def readable(name, value):
    if name == "status":
        return CommentStatus(value).label
    return value


def last_edit(comment):
    """Who saved the comment last, and when (the moderation log)."""
    return (
        ModelLogEntry.objects.for_instance(comment)
        .filter(action="honors.comment.edited")
        .select_related("user")
        .order_by("-timestamp")
        .first()
    )


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
    search_handler_class = VietnameseSearchHandler
    search_fields = ("search_text",)
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
    index_template_name = "honors/admin/comment_index.html"
    edit_template_name = "honors/admin/comment_edit.html"
    edit_handler = ObjectList(
        [
            HelpPanel(
                template="honors/admin/comment_summary_panel.html",
                heading=_("Góp ý"),
            ),
            FieldPanel("status"),
            FieldPanel("public_answer"),
            FieldPanel("internal_notes"),
        ],
        base_form_class=ModerationForm,
    )

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
        return local_datetime(comment.submitted_at)

    def duplicate_count(self, comment):
        return comment.same_text_count - 1

    duplicate_count.short_description = _("Số bản trùng")
