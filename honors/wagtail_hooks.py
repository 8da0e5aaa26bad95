from django.contrib import messages
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail_modeladmin.options import modeladmin_register

from .admin_views import ImportConfirmView, ImportView
from .comment_admin import CommentAdmin, attachment_download
from .modeladmin import RegistryGroup
from .models import DisclosurePage
from .viewsets import decision_chooser_viewset, honoree_chooser_viewset

modeladmin_register(RegistryGroup)
modeladmin_register(CommentAdmin)


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
        path(
            "gop-y/tep/<int:pk>/",
            attachment_download,
            name="honors_comment_attachment",
        ),
    ]


@hooks.register("register_log_actions")
def register_comment_log_actions(actions):
    actions.register_action(
        "honors.comment.identity_viewed",
        _("Xem danh tính người góp ý"),
        _("Đã xem danh tính người góp ý"),
    )
    actions.register_action(
        "honors.comment.attachment_viewed",
        _("Xem tệp đính kèm góp ý"),
        _("Đã xem tệp đính kèm của góp ý"),
    )
    actions.register_action(
        "honors.comment.status_changed",
        _("Đổi trạng thái góp ý"),
        _("Đã đổi trạng thái góp ý"),
    )
    actions.register_action(
        "honors.comments.exported",
        _("Xuất danh sách góp ý"),
        _("Đã xuất danh sách góp ý"),
    )


def _warn_about_the_period(request, page):
    """The law's minimum period is checked when an editor saves a disclosure: a warning
    (an urgent case may still need publishing), not a refusal."""
    page = page.specific
    if isinstance(page, DisclosurePage):
        for warning in page.period_warnings():
            messages.warning(request, warning)


hooks.register("after_create_page", _warn_about_the_period)
hooks.register("after_edit_page", _warn_about_the_period)
