"""The units' admin (menu "Đơn vị"), kept by the secretariat: who proposes, under whom,
where, whom to call, and which accounts are each unit's officers."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.admin.viewsets.model import ModelViewSet

from honors.units.models import Unit


class UnitViewSet(ModelViewSet):
    model = Unit
    icon = "group"
    menu_label = _("Đơn vị")
    menu_order = 310
    add_to_admin_menu = True
    list_display = [
        "name",
        "kind",
        "parent",
        "locality",
        BooleanColumn("is_active", label=_("Đang hoạt động")),
    ]
    list_filter = ["kind", "is_active"]
    search_fields = ["name"]
    search_backend_name = None  # the admin filters by name; units are not indexed
    copy_view_enabled = False
    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("is_active")]),
        FieldRowPanel([FieldPanel("parent"), FieldPanel("locality")]),
        MultiFieldPanel(
            [
                FieldPanel("contact_name"),
                FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
            ],
            heading=_("Liên hệ"),
        ),
        FieldPanel(
            "officers",
            widget=forms.SelectMultiple(attrs={"size": 8}),
            help_text=_("Chọn một hay nhiều tài khoản: giữ phím điều khiển khi bấm."),
        ),
    ]

    def get_form_class(self, for_update=False):
        form_class = super().get_form_class(for_update)
        officers = form_class.base_fields["officers"]
        officers.queryset = (
            get_user_model().objects.filter(is_active=True).order_by("username")
        )
        return form_class


unit_viewset = UnitViewSet("units")
