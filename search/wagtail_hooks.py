"""The search terms report in the admin's Reports menu, in place of Wagtail's own
(which only superusers see)."""

from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from search.page.reports import PERMISSION, SearchTermsReportView


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path(
            "reports/tu-khoa-tim-kiem/",
            SearchTermsReportView.as_view(),
            name="search_terms_report",
        ),
        path(
            "reports/tu-khoa-tim-kiem/results/",
            SearchTermsReportView.as_view(results_only=True),
            name="search_terms_report_results",
        ),
    ]


class SearchTermsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


@hooks.register("register_reports_menu_item")
def register_search_terms_menu_item():
    return SearchTermsMenuItem(
        _("Từ khóa tìm kiếm"),
        reverse("search_terms_report"),
        name="portal-search-terms",
        icon_name="search",
        order=1300,
    )


@hooks.register("construct_reports_menu")
def hide_wagtail_search_terms(request, menu_items):
    menu_items[:] = [item for item in menu_items if item.name != "search-terms"]


@hooks.register("register_permissions")
def register_search_terms_permission():
    app_label, codename = PERMISSION.split(".")
    return Permission.objects.filter(
        content_type__app_label=app_label, codename=codename
    )
