"""Honour boards: the pages through which honours reach the public.

The honour roll (HonourBoardIndexPage) lists every public honour with filters and gives
each honoree a page. A board (HonourBoardPage) publishes the honours of one or more
decisions; publishing a board, after the workflow's approvals, is what makes its honours
public.
"""

from django.apps import apps
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, MultipleChooserPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, route
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.blocks import ArticleBodyBlock
from home.listing.cards import with_card_images
from home.listing.lists import render_listing
from home.publishing import PortalPage
from home.sections import SectionIndexPage, intro_field
from home.translations import content_source
from honors.registry.honours import Decision, Honoree, Honour
from honors.roll.listing import honour_listing
from honors.roll.open_data import FORMATS
from honors.roll.views import roll_download
from honors.workflow.approval import FINAL_APPROVAL
from search.index import folded


class HonourBoardIndexPage(RoutablePageMixin, SectionIndexPage):
    legal_weight_permission = FINAL_APPROVAL
    intro = intro_field(
        _("Một hai câu dẫn vào bảng vàng, hiện trên danh sách khen thưởng.")
    )

    subpage_types = ["honors.HonourBoardPage"]

    class Meta:
        verbose_name = _("bảng vàng (danh sách khen thưởng)")
        verbose_name_plural = _("bảng vàng (danh sách khen thưởng)")

    @path("")
    def honour_roll(self, request):
        listing = honour_listing(request, Honour.objects.public())
        boards = (
            HonourBoardPage.objects.child_of(content_source(self))
            .live()
            .public()
            .order_by("path")[:8]
        )
        query = request.GET.copy()
        query.pop("page", None)
        downloads = [
            (extension.upper(), self.reverse_subpage("download", args=[extension]))
            for extension in FORMATS
        ]
        return render_listing(
            self,
            request,
            listing,
            boards=boards,
            downloads=downloads,
            download_query=query.urlencode(),
        )

    @route(r"^tai-ve/(?P<extension>[^/]+)/$", name="download")
    def download(self, request, extension):
        """The roll with its filters as open data: tai-ve/csv/?year=2025."""
        return roll_download(self, request, extension)

    @route(r"^ho-so/(?P<slug>[-\w]+)/$", name="honoree")
    def honoree(self, request, slug):
        try:
            honoree = (
                Honoree.objects.published()
                .select_related("locality", "photo")
                .get(slug=slug)
            )
        except Honoree.DoesNotExist as missing:
            raise Http404 from missing
        honours = list(honoree.honours.public().for_listing())
        if not honours:
            raise Http404
        # Example stories are in honors.articles, a room above the roll: named by
        # their label.
        stories = with_card_images(
            apps.get_model("honors", "ExampleStoryPage")
            .objects.live()
            .public()
            .filter(story_honorees__honoree=honoree)
            .distinct()
            .order_by("-date")
        )
        return self.render(
            request,
            template="honors/honoree_page.html",
            context_overrides={
                "honoree": honoree,
                "honours": honours,
                "stories": stories,
                "meta_title": honoree.name,
                "meta_description": honoree.biography
                or ", ".join(filter(None, [honoree.position, honoree.organisation])),
                "meta_image": honoree.photo,
            },
        )

    def get_sitemap_urls(self, request=None):
        """The roll itself and a page per honoree with public honours."""
        base = self.get_full_url(request)
        honoree_slugs = (
            Honour.objects.public()
            .order_by("honoree__slug")
            .values_list("honoree__slug", flat=True)
            .distinct()
        )
        return [
            *super().get_sitemap_urls(request),
            *(
                {"location": base + self.reverse_subpage("honoree", args=[slug])}
                for slug in honoree_slugs
            ),
        ]


class HonourBoardPage(PortalPage):
    legal_weight_permission = FINAL_APPROVAL
    intro = models.TextField(
        _("giới thiệu"),
        blank=True,
        help_text=_(
            "Ví dụ: Danh sách tập thể, cá nhân được khen thưởng tổng kết năm 2025."
        ),
    )
    body = StreamField(
        ArticleBodyBlock(),
        blank=True,
        verbose_name=_("nội dung thêm"),
        help_text=_("Không bắt buộc: bài viết, ảnh lễ trao tặng…"),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultipleChooserPanel(
            "board_decisions",
            chooser_field_name="decision",
            heading=_("Các quyết định khen thưởng"),
            label=_("Quyết định"),
            help_text=_(
                "Khen thưởng của các quyết định này hiện trên bảng khi bảng được xuất bản."
            ),
        ),
        FieldPanel("body"),
    ]
    # The read-only API (portal/api.py) serves these fields of a live page.
    api_fields = [APIField("intro"), APIField("body")]
    search_fields = folded(
        [
            *Page.search_fields,
            index.SearchField("intro"),
            index.SearchField("body"),
            index.RelatedFields(
                "board_decisions",
                [
                    index.RelatedFields(
                        "decision",
                        [index.SearchField("number"), index.SearchField("summary")],
                    )
                ],
            ),
        ]
    )
    parent_page_types = ["honors.HonourBoardIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("bảng vàng")
        verbose_name_plural = _("bảng vàng")

    def decision_ids(self):
        return [link.decision_id for link in self.board_decisions.all()]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The board's own decisions (from the revision, when an editor previews a
        # draft): being served means the board is live or previewed, so its honours
        # are shown, less honorees kept off public pages.
        decision_ids = self.decision_ids()
        honours = Honour.objects.filter(
            decision_id__in=decision_ids, honoree__is_published=True
        )
        context["listing"] = honour_listing(request, honours)
        # The roll the board hangs under, whose honoree pages the list links to.
        context["roll"] = HonourBoardIndexPage.objects.parent_of(self).first()
        context["decisions"] = Decision.objects.filter(
            pk__in=decision_ids
        ).select_related("document")
        return context

    def serve(self, request, *args, **kwargs):
        """Answer a bad filter with 400 and a page past the end with 404."""
        response = super().serve(request, *args, **kwargs)
        response.status_code = response.context_data["listing"].status
        return response


class HonourBoardDecision(Orderable):
    board = ParentalKey(
        HonourBoardPage, on_delete=models.CASCADE, related_name="board_decisions"
    )
    decision = models.ForeignKey(
        Decision,
        verbose_name=_("quyết định"),
        on_delete=models.PROTECT,
        related_name="board_links",
    )

    panels = [FieldPanel("decision")]

    class Meta(Orderable.Meta):
        verbose_name = _("quyết định trên bảng vàng")
        constraints = [
            models.UniqueConstraint(
                fields=["board", "decision"], name="unique_decision_per_board"
            )
        ]
