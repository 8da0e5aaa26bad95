from django.contrib import messages
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import register_permission_policy
from wagtail_modeladmin.options import modeladmin_register

from honors.disclosures.admin import CommentAdmin, attachment_download
from honors.disclosures.erasure_admin import ErasureView
from honors.disclosures.pages import DisclosurePage
from honors.dossiers import log_actions as dossier_log_actions
from honors.dossiers.admin import (
    dossier_viewset,
    hold_list_viewset,
    requirement_viewset,
)
from honors.dossiers.models import Dossier
from honors.dossiers.permissions import policy as dossier_policy
from honors.imports.admin import ImportConfirmView, ImportView
from honors.registry.admin import RegistryGroup
from honors.registry.viewsets import decision_chooser_viewset, honoree_chooser_viewset
from honors.staff.dashboard import WorkPanel
from honors.units.admin import unit_viewset
from honors.workflow.approval import VIEW_PUBLICATION_REPORT
from honors.workflow.publication_report import PublicationReportView
from honors.workflow.review_outcome import announce_edit_view_review

modeladmin_register(RegistryGroup)
modeladmin_register(CommentAdmin)


@hooks.register("register_admin_viewset")
def register_choosers():
    return [decision_chooser_viewset, honoree_chooser_viewset]


@hooks.register("construct_homepage_panels")
def add_work_panel(request, panels):
    panels.append(WorkPanel(request))


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
        path(
            "gop-y/xoa-du-lieu/",
            ErasureView.as_view(),
            name="honors_comment_erasure",
        ),
        path(
            "reports/xuat-ban-va-phe-duyet/",
            PublicationReportView.as_view(),
            name="publication_report",
        ),
        path(
            "reports/xuat-ban-va-phe-duyet/results/",
            PublicationReportView.as_view(results_only=True),
            name="publication_report_results",
        ),
    ]


class PublicationReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(VIEW_PUBLICATION_REPORT)


@hooks.register("register_reports_menu_item")
def register_publication_report_menu_item():
    return PublicationReportMenuItem(
        _("Xuất bản và phê duyệt"),
        reverse("publication_report"),
        name="publication-report",
        icon_name="tasks",
        order=100,
    )


hooks.register("register_log_actions", dossier_log_actions.register)
register_permission_policy(Dossier, dossier_policy)


@hooks.register("register_admin_viewset")
def register_dossier_viewsets():
    return [dossier_viewset, unit_viewset, requirement_viewset, hold_list_viewset]


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
        "honors.comment.erased",
        _("Xóa dữ liệu cá nhân theo yêu cầu"),
        _("Đã xóa dữ liệu cá nhân và tệp đính kèm của người góp ý"),
    )
    actions.register_action(
        "honors.comments.erasure_lookup",
        _("Tìm góp ý để xóa dữ liệu"),
        _("Đã tìm góp ý của một người để xóa dữ liệu cá nhân"),
    )
    actions.register_action(
        "honors.comment.edited",
        _("Sửa xử lý góp ý"),
        _("Đã sửa trạng thái, trả lời hoặc ghi chú của góp ý"),
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
hooks.register("after_edit_page", announce_edit_view_review)
