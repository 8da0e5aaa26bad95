"""What search engines and social networks read from a page's head: the description,
the share image, Open Graph and Twitter cards, Dublin Core, and schema.org data for
news."""

import json

from django import template
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from wagtail.models import Site

register = template.Library()

DESCRIPTION_FIELDS = ("search_description", "lead", "summary", "intro", "hero_intro")
SHARE_IMAGE_FIELDS = ("main_image", "hero_image")


@register.simple_tag
def page_description(page=None, explicit=""):
    """The explicit description a view gives, else the page's first written summary."""
    text = explicit
    if not text and page is not None:
        for name in DESCRIPTION_FIELDS:
            text = getattr(page, name, "") or ""
            if text:
                break
    return Truncator(strip_tags(str(text)).strip()).chars(300)


@register.simple_tag
def share_image(page=None, explicit=None):
    """The image shown when the page is shared: the view's, else the page's own."""
    if explicit:
        return explicit
    for name in SHARE_IMAGE_FIELDS:
        image = getattr(page, name, None)
        if image is not None:
            return image
    return None


#: Fields that date a page in its own terms (an article's date, a movement's launch,
#: a disclosure's opening), before the date it was last published.
DATE_FIELDS = ("date", "starts_on", "opens_at", "signed_on")


@register.simple_tag
def page_date(page=None):
    """The date of the page as Dublin Core's DC.date wants it (YYYY-MM-DD), or ""."""
    for name in (*DATE_FIELDS, "last_published_at"):
        value = getattr(page, name, None)
        if value:
            if hasattr(value, "tzinfo") and value.tzinfo is not None:
                value = timezone.localtime(value)
            return value.strftime("%Y-%m-%d")
    return ""


@register.simple_tag
def page_creator(page=None, publisher=""):
    """Who wrote it: an article's byline, a movement's launcher, else the agency."""
    for name in ("byline", "launcher", "proposing_body"):
        value = getattr(page, name, "")
        if value:
            return value
    return publisher


def _json_for_script(data) -> str:
    """JSON that cannot close the <script> element it sits in."""
    text = json.dumps(data, ensure_ascii=False)
    # Safe: <, > and & cannot appear raw any more.
    return mark_safe(
        text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    )


def site_root_url(request) -> str:
    """The site's own address as configured in Wagtail (not whatever Host header came
    in), so canonical links, share tags and feeds agree on one address."""
    site = Site.find_for_request(request)
    return site.root_url if site else request.build_absolute_uri("/").rstrip("/")


@register.simple_tag(takes_context=True)
def absolute_url(context, path=None):
    """An absolute URL on this site for a path; by default the page being viewed,
    without its query string."""
    request = context["request"]
    return site_root_url(request) + (path if path is not None else request.path)


@register.simple_tag(takes_context=True)
def news_article_json_ld(context, page, image=None):
    request = context["request"]
    settings = context.get("site_settings")
    publisher = {"@type": "Organization", "name": settings.name if settings else ""}
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": page.title[:110],
        "description": page.lead,
        "datePublished": page.date.isoformat(),
        "dateModified": (
            page.last_published_at or page.latest_revision_created_at
        ).isoformat()
        if (page.last_published_at or page.latest_revision_created_at)
        else page.date.isoformat(),
        "mainEntityOfPage": site_root_url(request) + page.get_url(request),
        "inLanguage": page.locale.language_code,
        "publisher": publisher,
    }
    if image:
        data["image"] = [site_root_url(request) + image.url]
    if page.byline:
        data["author"] = {"@type": "Person", "name": page.byline}
    return _json_for_script(data)
