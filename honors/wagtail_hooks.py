from django.urls import path
from wagtail import hooks
from wagtail_modeladmin.options import modeladmin_register

from .admin_views import ImportConfirmView, ImportView
from .modeladmin import RegistryGroup
from .viewsets import decision_chooser_viewset, honoree_chooser_viewset

modeladmin_register(RegistryGroup)


@hooks.register("register_admin_viewset")
def register_choosers():
    return [decision_chooser_viewset, honoree_chooser_viewset]


@hooks.register("register_admin_urls")
def register_import_urls():
    return [
        path("thi-dua/nhap/", ImportView.as_view(), name="honors_import"),
        path(
            "thi-dua/nhap/<int:pk>/xac-nhan/",
            ImportConfirmView.as_view(),
            name="honors_import_confirm",
        ),
    ]
