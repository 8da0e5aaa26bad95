"""RSS 2.0 and Atom 1.0 feeds of a page's entries (news, example stories, a movement's
news and stories), served at <page>/rss/ and <page>/atom/ by Django's syndication
framework. Only live, public pages appear: drafts and pages scheduled for later are
not live."""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import path

FEED_LENGTH = 30

FEED_TYPES = {
    "rss": (Rss201rev2Feed, "application/rss+xml", "RSS"),
    "atom": (Atom1Feed, "application/atom+xml", "Atom"),
}


class PageFeed(Feed):
    def __init__(self, page, kind):
        super().__init__()
        self.page = page
        self.kind = kind
        self.feed_type = FEED_TYPES[kind][0]
        self.request = None

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.page

    def title(self, page):
        return page.title

    def link(self, page):
        return page.get_full_url(self.request)

    def feed_url(self, page):
        return f"{page.get_full_url(self.request)}{self.kind}/"

    def description(self, page):
        return getattr(page, "intro", "") or getattr(page, "summary", "") or page.title

    def items(self, page):
        return page.feed_entries()[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.combine(item.date, time(7, 0)))

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item):
        return getattr(item, "byline", "") or None

    def item_categories(self, item):
        tags = getattr(item, "tags", None)
        return [tag.name for tag in tags.all()] if tags is not None else []


class PageFeedMixin:
    """Adds the feed routes to a routable page that defines `feed_entries()`: its live,
    public entries, newest first."""

    has_feeds = True

    @path("rss/", name="rss")
    def rss_feed(self, request):
        return PageFeed(self, "rss")(request)

    @path("atom/", name="atom")
    def atom_feed(self, request):
        return PageFeed(self, "atom")(request)

    def feed_links(self):
        return [
            {
                "url": f"{self.url}{kind}/",
                "type": content_type,
                "title": _("%(page)s (%(format)s)")
                % {"page": self.title, "format": label},
            }
            for kind, (_feed, content_type, label) in FEED_TYPES.items()
        ]
