"""Small site-wide views that are not Wagtail pages."""

import json
import logging
from urllib.parse import urlsplit

from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect
from django.template import loader
from django.templatetags.static import static
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView

from home.public_forms.ratelimit import allow, client_address

csp_log = logging.getLogger("portal.csp")

#: A violation report is a few hundred bytes; anything much larger is not one.
CSP_REPORT_MAX_BYTES = 16 * 1024


class RobotsView(TemplateView):
    """robots.txt: keep crawlers out of the admin, point them at the sitemap."""

    template_name = "robots.txt"
    content_type = "text/plain; charset=utf-8"


def favicon(request):
    """Browsers ask for /favicon.ico whatever the page says; send them to the static
    file, resolved per request because its hashed name is known only after
    collectstatic."""
    return redirect(static("favicon.ico"))


def bad_request(request, exception):
    """The 400 page, without reading the request's body again.

    Django's own handler runs the CSRF check once more (`requires_csrf_token`), which
    reads the body that just failed to parse (a form in UTF-16, an oversized upload) and
    turns the 400 into an empty 500. The page is static, so it needs no token."""
    return HttpResponseBadRequest(loader.render_to_string("400.html"))


def _without_query(url):
    """A reported address without its query string or fragment, which may carry what
    a person typed (a search, a name in a filter)."""
    parts = urlsplit(str(url or ""))
    return (
        f"{parts.scheme}://{parts.netloc}{parts.path}" if parts.netloc else parts.path
    )


@csrf_exempt
@require_POST
def csp_report(request):
    """Where browsers report what the Content-Security-Policy blocked: one log line
    per report (directive, what was blocked, on which page), at most 30 a minute per
    client, never the query strings."""
    if int(request.META.get("CONTENT_LENGTH") or 0) > CSP_REPORT_MAX_BYTES:
        return HttpResponse(status=413)
    if not allow("csp-report", client_address(request), limit=30, window=60):
        return HttpResponse(status=429)
    try:
        report = json.loads(request.body)["csp-report"]
    except (ValueError, KeyError, TypeError):
        return HttpResponseBadRequest()
    if not isinstance(report, dict):
        return HttpResponseBadRequest()
    csp_log.warning(
        "CSP violation: %s blocked %s on %s",
        str(report.get("effective-directive") or report.get("violated-directive"))[:80],
        _without_query(report.get("blocked-uri"))[:200],
        _without_query(report.get("document-uri"))[:200],
    )
    return HttpResponse(status=204)
