"""Small site-wide views that are not Wagtail pages."""

from django.http import HttpResponseBadRequest
from django.shortcuts import redirect
from django.template import loader
from django.templatetags.static import static
from django.views.generic import TemplateView


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
