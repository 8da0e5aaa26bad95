"""Header navigation, breadcrumbs and the language switcher, built from the page tree.

Each tag costs a fixed number of queries whatever the size of the site, so every public
page stays within its query budget.
"""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Page, Site

from honors.disclosures.pages import DisclosureIndexPage
from honors.transparency.pages import OpenDataPage, StatisticsPage

register = template.Library()


def _site_home(request):
    """The current site's home page in the active language (falls back to Vietnamese)."""
    if not hasattr(request, "_portal_home"):
        site = Site.find_for_request(request)
        request._portal_home = site.root_page.localized if site else None
    return request._portal_home


class ServiceLinks:
    """What people come to look up, wherever the site keeps it: verifying an honour,
    the status of a comment, the statistics, the open data. One query a request."""

    def __init__(self, request):
        from django.urls import reverse

        home = _site_home(request)
        pages = {}
        if home is not None:
            children = (
                home.get_children()
                .live()
                .public()
                .type(DisclosureIndexPage, OpenDataPage, StatisticsPage)
                .select_related("content_type")
            )
            for child in children:
                pages.setdefault(child.content_type.model_class(), child)
        self.verification_url = reverse("honour_verification_lookup")
        disclosures = pages.get(DisclosureIndexPage)
        self.comment_lookup_url = (
            disclosures.get_url(request) + "tra-cuu/" if disclosures else None
        )
        self.statistics = pages.get(StatisticsPage)
        self.open_data = pages.get(OpenDataPage)


@register.simple_tag(takes_context=True)
def service_links(context):
    request = context["request"]
    if not hasattr(request, "_portal_services"):
        request._portal_services = ServiceLinks(request)
    return request._portal_services


@register.simple_tag(takes_context=True)
def site_home(context):
    request = context.get("request")
    return _site_home(request) if request else None


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    home = _site_home(request)
    current = context.get("page")
    items = []
    if home is not None:
        items = list(home.get_children().live().public().in_menu())
    current_path = current.path if isinstance(current, Page) else ""
    return {
        "home": home,
        "items": [
            {
                "page": item,
                "url": item.get_url(request),
                "is_current": current_path == item.path,
                "is_ancestor": current_path.startswith(item.path)
                and current_path != item.path,
            }
            for item in items
        ],
        "request": request,
    }


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    request = context["request"]
    page = context.get("page")
    if not isinstance(page, Page) or page.depth <= 2:
        return {"crumbs": []}
    ancestors = page.get_ancestors().filter(depth__gte=2)
    crumbs = [{"title": a.title, "url": a.get_url(request)} for a in ancestors]
    crumbs.append({"title": page.title, "url": None})
    return {"crumbs": crumbs}


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """One link per language: to this page's translation where there is one, else to
    the nearest section above it that has one (news → the English news page), saying
    so; for views that are not Wagtail pages, the same URL with the other language's
    prefix. Two queries whatever the page."""
    request = context["request"]
    page = context.get("page")
    current = translation.get_language()
    found = {}
    chain = []
    if isinstance(page, Page):
        # The page, then its parent, … up to the home page.
        chain = [page, *reversed(list(page.get_ancestors().filter(depth__gte=2)))]
        for item in (
            Page.objects.live()
            .filter(translation_key__in=[link.translation_key for link in chain])
            .select_related("locale")
        ):
            found[(item.translation_key, item.locale.language_code)] = item

    links = []
    for code, name in settings.LANGUAGES:
        url, exact = None, True
        for distance, candidate in enumerate(chain):
            target = found.get((candidate.translation_key, code))
            if target is not None:
                url, exact = target.get_url(request), distance == 0
                break
        if url is None:
            url = translate_url(request.get_full_path(), code)
        links.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "is_current": code == current,
                "exact": exact,
            }
        )
    return {"links": links}


@register.simple_tag
def page_numbers(page_obj):
    """The page numbers to offer around the current one, None for a gap:
    1 … 4 5 [6] 7 8 … 30."""
    return [
        None if number == page_obj.paginator.ELLIPSIS else number
        for number in page_obj.paginator.get_elided_page_range(
            page_obj.number, on_each_side=2, on_ends=1
        )
    ]
