"""The index page of a section of the portal: news, example stories, movements, the
honour roll, disclosures, the documents library. Each is one page under the home page,
an introduction above its list."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index

from home.publishing import PortalPage
from search.index import folded


def intro_field(help_text):
    """The introduction, with the section's own help text for editors."""
    return models.TextField(_("giới thiệu"), blank=True, help_text=help_text)


class SectionIndexPage(PortalPage):
    intro = intro_field("")

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = folded([*Page.search_fields, index.SearchField("intro")])
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True
