"""The registry in the Wagtail admin: the "Thi đua – Khen thưởng" menu (wagtail-modeladmin)
with lists, filters, accent-insensitive search, inspect views and CSV/XLSX export."""

import hashlib
import json
import logging
from datetime import datetime

from django import forms
from django.contrib.admin.filters import FieldListFilter
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.utils import (
    get_fields_from_path,
    label_for_field,
    lookup_spawns_duplicates,
)
from django.core.exceptions import FieldDoesNotExist
from django.db import models, transaction
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_str
from django.utils.http import urlencode
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin import messages
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.models import Site
from wagtail_modeladmin.helpers.search import BaseSearchHandler
from wagtail_modeladmin.options import ModelAdmin, ModelAdminGroup
from wagtail_modeladmin.views import EditView, HistoryView, IndexView, InspectView

from honors.registry.calendar import Holiday
from honors.registry.catalogue import Award
from honors.registry.honours import Decision, Honoree, Honour
from honors.registry.localities import Locality
from search.folding import word_start_filters

security_log = logging.getLogger("portal.security")


class VietnameseSearchHandler(BaseSearchHandler):
    """Search as people type: each word, with or without tone marks, starts a word of
    one of the search fields, which hold folded text (see search.folding.searchable)."""

    def search_queryset(self, queryset, search_term, **kwargs):
        return queryset.filter(*word_start_filters(search_term, self.search_fields))

    @property
    def show_search_form(self):
        return bool(self.search_fields)


def local_datetime(moment) -> str:
    """A moment as people in the province read it: 03/12/2026 08:30, Hà Nội time (the
    database keeps UTC, which an export would otherwise show)."""
    return timezone.localtime(moment).strftime("%d/%m/%Y %H:%M")


def public_url(path: str) -> str:
    """An absolute URL on the public site, for exports read outside the portal."""
    site = Site.objects.filter(is_default_site=True).first()
    return f"{site.root_url}{path}" if site else path


class UndeclaredListParameters(IncorrectLookupParameters):
    """Query-string parameters that no declared filter of the list reads."""

    def __init__(self, names):
        super().__init__(names)
        self.names = names


class RegistryIndexView(IndexView):
    """A list that reads only what it declares, and exports as Vietnamese is written.

    modeladmin, like Django's changelist before `lookup_allowed`, turns every query-string
    parameter it does not recognise into a queryset lookup: `?full_name__startswith=Lò`
    filters on any field of the model, declared or not, which makes every hidden field
    (a commenter's name, phone, e-mail) an oracle, and an unknown field a server error.
    Here only the parameters of `list_filter`, search, ordering, paging and export are
    read; anything else sends the user back to the list without it, and bad values of a
    declared filter back to the whole list, never to a 500.
    """

    def dispatch(self, request, *args, **kwargs):
        try:
            return super().dispatch(request, *args, **kwargs)
        except UndeclaredListParameters as refused:
            security_log.warning(
                "List %s refused undeclared parameters %s from user %s",
                self.model._meta.label,
                ", ".join(refused.names),
                request.user.pk,
            )
            messages.warning(
                request,
                gettext(
                    "Danh sách không lọc theo điều kiện này; đã bỏ qua điều kiện đó."
                ),
            )
            kept = [
                (name, value)
                for name, values in request.GET.lists()
                if name not in refused.names
                for value in values
            ]
            return self._back_to_list(request, kept)
        except IncorrectLookupParameters:
            messages.warning(
                request,
                gettext("Điều kiện lọc không hợp lệ; đã hiển thị toàn bộ danh sách."),
            )
            return self._back_to_list(request, [])

    @staticmethod
    def _back_to_list(request, params):
        query = f"?{urlencode(params)}" if params else ""
        return HttpResponseRedirect(request.path + query)

    def get_filters(self, request):
        """The declared filters, each taking its own parameters; what is left over
        was declared by nobody and is refused (modeladmin would filter on it)."""
        lookup_params = self.get_filters_params()
        filter_specs, use_distinct = [], False
        for list_filter in self.list_filter:
            if callable(list_filter):
                spec = list_filter(request, lookup_params, self.model, self.model_admin)
            else:
                if isinstance(list_filter, (tuple, list)):
                    field_path, filter_class = list_filter
                else:
                    field_path, filter_class = list_filter, FieldListFilter.create
                field = get_fields_from_path(self.model, field_path)[-1]
                spec = filter_class(
                    field,
                    request,
                    lookup_params,
                    self.model,
                    self.model_admin,
                    field_path=field_path,
                )
                use_distinct = use_distinct or lookup_spawns_duplicates(
                    self.opts, field_path
                )
            if spec and spec.has_output():
                filter_specs.append(spec)
        if lookup_params:
            raise UndeclaredListParameters(sorted(lookup_params))
        return filter_specs, bool(filter_specs), {}, use_distinct

    def get_heading(self, queryset, field):
        """Export headings as Vietnamese is written: "Cá nhân, tập thể", not
        title-cased into "Cá Nhân, Tập Thể" as modeladmin does by default."""
        heading = self.model_admin.export_headings.get(field)
        if heading is None:
            heading = label_for_field(
                field, model=self.model, model_admin=self.model_admin
            )
        return capfirst(force_str(heading))

    def to_row_dict(self, item):
        """Choices and yes/no values as words people read, not the stored codes."""
        row = super().to_row_dict(item)
        for name in self.list_export:
            try:
                field = self.model._meta.get_field(name)
            except FieldDoesNotExist:
                continue
            if isinstance(row[name], datetime):
                row[name] = local_datetime(row[name])
            elif field.choices:
                row[name] = getattr(item, f"get_{name}_display")()
            elif isinstance(field, models.BooleanField):
                row[name] = _("Có") if getattr(item, name) else _("Không")
        return row


def saved_state(model, pk, *, lock=False) -> str:
    """A fingerprint of a record as stored now: any change by anyone changes it."""
    rows = model._default_manager.filter(pk=pk)
    if lock:
        rows = rows.select_for_update()
    values = rows.values().get()
    return hashlib.sha256(
        json.dumps(values, sort_keys=True, default=str).encode()
    ).hexdigest()


class GuardedModelForm(WagtailAdminModelForm):
    """A registry form that carries the fingerprint of the record it was opened on."""

    seen_state = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound and self.instance.pk:
            self.initial["seen_state"] = saved_state(
                type(self.instance), self.instance.pk
            )


class GuardedEditView(EditView):
    """Saves only onto the record as it was when the form was opened.

    Two editors correcting the same honour or honoree would otherwise overwrite each
    other without a word. The check and the save run in one transaction with the row
    locked; if the record changed in between, nothing is written and the form comes
    back (409) with what was typed, the fields that differ from what is saved now, and
    a fresh fingerprint, so saving again replaces the newer version knowingly.
    """

    def form_valid(self, form):
        with transaction.atomic():
            now = saved_state(self.model, self.instance.pk, lock=True)
            if form.cleaned_data.get("seen_state") == now:
                return super().form_valid(form)
        return self.conflict(form, now)

    def conflict(self, form, now):
        current = self.model._default_manager.get(pk=self.instance.pk)
        differing = [
            str(form.fields[name].label or name)
            for name in form.changed_data
            if name != "seen_state"
            and name in {field.name for field in self.model._meta.concrete_fields}
            and getattr(current, name) != form.cleaned_data.get(name)
        ]
        data = form.data.copy()
        data["seen_state"] = now
        form = self.get_form_class()(
            data, form.files, instance=current, for_user=self.request.user
        )
        form.is_valid()
        message = gettext(
            "Bản ghi này vừa được người khác lưu trong khi bạn đang sửa; chưa lưu gì "
            "của bạn. Nội dung bạn nhập vẫn còn trong biểu mẫu; bấm Lưu lần nữa để "
            "thay bằng nội dung của bạn."
        )
        if differing:
            message += " " + gettext("Khác với bản đang lưu: %(fields)s.") % {
                "fields": ", ".join(differing)
            }
        messages.error(self.request, message)
        response = self.render_to_response(self.get_context_data(form=form))
        response.status_code = 409
        return response


class PermissionCheckedHistoryView(HistoryView):
    """A record's history, for those who may inspect the record: modeladmin's own
    history view checks no permission at all."""

    def check_action_permitted(self, user):
        return self.permission_helper.user_can_inspect_obj(user, self.instance)


def yes_no(value):
    return gettext("Có") if value else gettext("Không")


def yes_no_column(field):
    """A list column saying "Có"/"Không" for a yes-or-no field: Django's own boolean
    icon is announced to screen readers as "True"/"False", in English."""

    def column(obj):
        return yes_no(getattr(obj, field.name))

    column.__name__ = field.name  # the column's CSS class, as for the field itself
    column.short_description = field.verbose_name
    column.admin_order_field = field.name
    return column


class RegistryInspectView(InspectView):
    def get_field_display_value(self, field_name, field=None):
        value = super().get_field_display_value(field_name, field)
        return yes_no(value) if isinstance(value, bool) else value


class RegistryAdmin(ModelAdmin):
    inspect_view_enabled = True
    search_handler_class = VietnameseSearchHandler
    index_view_class = RegistryIndexView
    inspect_view_class = RegistryInspectView
    edit_view_class = GuardedEditView
    history_view_class = PermissionCheckedHistoryView
    list_per_page = 50
    export_headings = {}
    #: The folded copy of the names that search reads is no reader's business.
    inspect_view_fields_exclude = ["search_text"]

    def get_list_display(self, request):
        columns = []
        for name in super().get_list_display(request):
            try:
                field = self.model._meta.get_field(name)
            except FieldDoesNotExist:
                columns.append(name)
                continue
            is_boolean = isinstance(field, models.BooleanField)
            columns.append(yes_no_column(field) if is_boolean else name)
        return columns

    def get_edit_handler(self):
        edit_handler = super().get_edit_handler()
        if edit_handler.base_form_class is None:
            edit_handler.base_form_class = GuardedModelForm
        return edit_handler


class HonourAdmin(RegistryAdmin):
    model = Honour
    menu_label = _("Khen thưởng")
    menu_icon = "pick"
    list_display = ("honoree", "award", "decision", "year", "commendation_type")
    list_filter = (
        "year",
        "award__level",
        "award__form",
        "commendation_type",
        "honoree__kind",
        "honoree__is_direct_worker",
    )
    list_select_related = ("honoree", "award", "decision")
    search_fields = ("honoree__search_text", "decision__search_text")
    inspect_view_fields = [
        "honoree",
        "award",
        "decision",
        "commendation_type",
        "year",
        "reason",
        "movement",
        "verification_code",
    ]
    export_filename = "khen-thuong"
    list_export = (
        "honoree",
        "honoree_kind",
        "position",
        "organisation",
        "award",
        "level",
        "commendation_type_label",
        "year",
        "decision_number",
        "decision_date",
        "authority",
        "verification_code",
        "verification_url",
        "qr_code_url",
    )
    export_headings = {
        "honoree": _("Cá nhân, tập thể"),
        "honoree_kind": _("Đối tượng"),
        "position": _("Chức vụ"),
        "organisation": _("Đơn vị"),
        "award": _("Hình thức khen thưởng"),
        "level": _("Cấp khen thưởng"),
        "commendation_type_label": _("Loại khen thưởng"),
        "year": _("Năm"),
        "decision_number": _("Số quyết định"),
        "decision_date": _("Ngày quyết định"),
        "authority": _("Cơ quan ban hành"),
        "verification_code": _("Mã xác minh"),
        "verification_url": _("Địa chỉ xác minh"),
        "qr_code_url": _("Ảnh mã QR"),
    }

    def honoree_kind(self, honour):
        return honour.honoree.get_kind_display()

    def position(self, honour):
        return honour.honoree.position

    def organisation(self, honour):
        return honour.honoree.organisation

    def level(self, honour):
        return honour.award.get_level_display()

    def commendation_type_label(self, honour):
        return honour.get_commendation_type_display()

    def decision_number(self, honour):
        return honour.decision.number

    def decision_date(self, honour):
        return honour.decision.signed_on.strftime("%d/%m/%Y")

    def authority(self, honour):
        return honour.decision.authority

    def verification_url(self, honour):
        return public_url(honour.get_verification_url())

    def qr_code_url(self, honour):
        return public_url(
            reverse("honour_verification_qr_png", args=[honour.verification_code])
        )


class HonoreeAdmin(RegistryAdmin):
    model = Honoree
    menu_label = _("Cá nhân, tập thể")
    menu_icon = "group"
    list_display = (
        "name",
        "kind",
        "organisation",
        "locality",
        "is_direct_worker",
        "is_published",
    )
    list_filter = (
        "kind",
        "gender",
        "is_direct_worker",
        "is_in_difficult_area",
        "is_published",
        "ethnicity",
    )
    list_select_related = ("locality",)
    search_fields = ("search_text",)
    export_filename = "ca-nhan-tap-the"
    list_export = (
        "name",
        "kind",
        "gender",
        "birth_year",
        "ethnicity",
        "position",
        "organisation",
        "locality",
        "is_direct_worker",
        "is_in_difficult_area",
        "is_published",
    )


class DecisionAdmin(RegistryAdmin):
    model = Decision
    menu_label = _("Quyết định")
    menu_icon = "doc-full"
    list_display = ("number", "signed_on", "authority", "has_document")
    list_filter = ("signed_on",)
    search_fields = ("search_text",)
    list_select_related = ("document",)
    export_filename = "quyet-dinh"
    list_export = ("number", "signed_on", "authority", "summary", "has_document")

    def has_document(self, decision):
        return _("Có") if decision.document_id else _("Chưa có")

    has_document.short_description = _("Văn bản điện tử")


class AwardAdmin(RegistryAdmin):
    model = Award
    menu_label = _("Danh mục khen thưởng")
    menu_icon = "list-ul"
    list_display = ("name", "form", "level", "display_order")
    list_filter = ("form", "level")
    search_fields = ("search_text",)
    ordering = ("display_order", "name")
    export_filename = "danh-muc-khen-thuong"
    list_export = ("name", "name_en", "form", "level", "display_order")


class LocalityAdmin(RegistryAdmin):
    model = Locality
    menu_label = _("Địa bàn")
    menu_icon = "site"
    list_display = ("__str__", "parent", "kind", "is_current")
    list_filter = ("kind", "is_current")
    search_fields = ("search_text",)
    list_select_related = ("parent",)
    export_filename = "dia-ban"
    list_export = ("name", "kind", "parent", "code", "is_current")


class HolidayAdmin(RegistryAdmin):
    model = Holiday
    menu_label = _("Ngày nghỉ lễ")
    menu_icon = "date"
    inspect_view_enabled = False
    list_display = ("date", "name", "kind")
    list_filter = ("kind",)
    search_fields = ()
    ordering = ("-date",)
    export_filename = "ngay-nghi-le"
    list_export = ("date", "name", "kind")


class RegistryGroup(ModelAdminGroup):
    menu_label = _("Thi đua – Khen thưởng")
    menu_icon = "pick"
    menu_order = 200
    items = (
        HonourAdmin,
        HonoreeAdmin,
        DecisionAdmin,
        AwardAdmin,
        LocalityAdmin,
        HolidayAdmin,
    )

    def get_submenu_items(self):
        items = super().get_submenu_items()
        items.append(
            ImportMenuItem(
                _("Nhập từ bảng tính"),
                reverse("honors_import"),
                icon_name="upload",
                order=len(items) + 1,
            )
        )
        return items


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("honors.add_honour")
