"""sitemap.xml over every language of the site.

Wagtail's own sitemap walks only the site's root page, which is the Vietnamese home page;
the English pages live in a sibling tree and would be left out.
"""

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class PortalSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        in_any_language_tree = Q()
        for tree_root in root.get_translations(inclusive=True).live():
            in_any_language_tree |= Q(path__startswith=tree_root.path)
        return (
            Page.objects.live()
            .public()
            .filter(in_any_language_tree)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
