from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from home.sitemaps import PortalSitemap
from home.views import RobotsView, csp_report, favicon
from honors.workflow.review_outcome import ReviewActionView
from portal.api import api_router
from search.page import views as search_views

#: The 400 page must not re-read a body that failed to parse (see home.views).
handler400 = "home.views.bad_request"

urlpatterns = [
    # Wagtail's approve / request-changes view, which then says what the action did;
    # before Wagtail's own path so that it answers the same URL.
    path(
        "admin/pages/workflow/action/<int:page_id>/<slug:action_name>/<int:task_state_id>/",
        require_admin_access(ReviewActionView.as_view()),
        name="review_action",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": PortalSitemap}}),
    path("robots.txt", RobotsView.as_view(), name="robots_txt"),
    path("favicon.ico", favicon),
    path("csp-report/", csp_report, name="csp_report"),
]

if settings.DEBUG:
    from django.conf.urls.static import static as media_static

    urlpatterns += media_static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Public pages: Vietnamese at the root, English under /en/.
urlpatterns += i18n_patterns(
    path("tim-kiem/", search_views.search, name="search"),
    path("tim-kiem/goi-y/", search_views.suggest, name="search_suggest"),
    path("", include("honors.roll.urls")),
    path("", include("honors.dossiers.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
