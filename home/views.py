"""Small site-wide views that are not Wagtail pages."""

from django.shortcuts import redirect
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
