"""Example stories (gương điển hình tiên tiến): who did what, and how others can do the
same. Stories name their honorees from the registry and appear on their pages."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, MultipleChooserPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.blocks import RICH_TEXT_FEATURES, StoryBodyBlock
from home.fields import optional_link
from home.listing.cards import with_card_images
from home.listing.lists import render_listing
from home.publishing import PortalPage
from home.sections import SectionIndexPage, intro_field
from home.translations import content_source
from honors.articles.feeds import PageFeedMixin
from honors.articles.listing import article_listing
from honors.articles.news import MainImageMixin
from honors.registry.choices import FieldOfWork
from honors.registry.honours import Honoree, honour_roll_page
from search.index import folded


class ExampleStoryIndexPage(PageFeedMixin, RoutablePageMixin, SectionIndexPage):
    #: News and stories are listed alike (filters, cards, feeds).
    template = "honors/article_index_page.html"
    intro = intro_field(_("Đoạn mở đầu của trang gương điển hình."))

    subpage_types = ["honors.ExampleStoryPage"]

    class Meta:
        verbose_name = _("trang gương điển hình")

    def entries(self):
        return ExampleStoryPage.objects.child_of(content_source(self)).live().public()

    def feed_entries(self):
        return self.entries().order_by("-date", "-pk")

    @path("")
    def story_list(self, request):
        listing = article_listing(
            request, self.entries(), filters=("locality", "field", "movement")
        )
        return render_listing(self, request, listing)


class ExampleStoryPage(MainImageMixin, PortalPage):
    date = models.DateField(
        _("ngày đăng"), default=timezone.localdate, help_text=_("Ngày hiện trên bài.")
    )
    summary = models.TextField(
        _("tóm tắt"),
        max_length=600,
        help_text=_("Một hai câu: ai, đã làm được gì."),
    )
    practice = RichTextField(
        _("cách làm có thể nhân rộng"),
        features=RICH_TEXT_FEATURES,
        help_text=_(
            "Cách làm, mô hình mà nơi khác có thể học theo: các bước, điều kiện, kết quả "
            "đo được."
        ),
    )
    body = StreamField(StoryBodyBlock(), verbose_name=_("nội dung"))
    locality = optional_link(
        "honors.Locality",
        _("địa bàn"),
        related_name="+",
        help_text=_("Xã, phường nơi có gương điển hình."),
    )
    field_of_work = models.CharField(
        _("lĩnh vực"), max_length=30, choices=FieldOfWork.choices
    )
    movement = optional_link(
        "honors.MovementPage",
        _("phong trào thi đua"),
        related_name="stories",
        help_text=_("Phong trào mà gương điển hình này tiêu biểu, nếu có."),
    )
    is_featured = models.BooleanField(
        _("nổi bật trên trang chủ"),
        default=False,
        help_text=_("Chọn để đưa câu chuyện lên mục gương điển hình của trang chủ."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("summary"),
        MultipleChooserPanel(
            "story_honorees",
            chooser_field_name="honoree",
            heading=_("Cá nhân, tập thể trong câu chuyện"),
            label=_("Cá nhân, tập thể"),
            help_text=_(
                "Chọn từ sổ khen thưởng; câu chuyện sẽ hiện trên trang của họ."
            ),
        ),
        *MainImageMixin.main_image_panels,
        FieldPanel("practice"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("field_of_work"),
                FieldPanel("locality"),
                FieldPanel("movement"),
                FieldPanel("is_featured"),
            ],
            heading=_("Phân loại"),
        ),
    ]
    # The read-only API (portal/api.py) serves these fields of a live page.
    api_fields = [
        APIField("date"),
        APIField("summary"),
        APIField("practice"),
        APIField("body"),
    ]
    search_fields = folded(
        [
            *Page.search_fields,
            index.SearchField("summary"),
            index.SearchField("practice"),
            index.SearchField("body"),
            index.FilterField("date"),
        ]
    )
    parent_page_types = ["honors.ExampleStoryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("gương điển hình")
        verbose_name_plural = _("gương điển hình")
        ordering = ["-date"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # From the links in memory, so a preview of a draft shows its own choice.
        chosen = [link.honoree_id for link in self.story_honorees.all()]
        published = Honoree.objects.published().in_bulk(chosen)
        roll = honour_roll_page(self.locale)
        context["story_honorees"] = [published[pk] for pk in chosen if pk in published]
        for honoree in context["story_honorees"]:
            honoree.page_url = honoree.get_url(request, roll=roll) if roll else None
        related = models.Q(field_of_work=self.field_of_work)
        if self.movement_id:
            related |= models.Q(movement_id=self.movement_id)
        context["related_stories"] = with_card_images(
            ExampleStoryPage.objects.live()
            .public()
            .filter(related)
            .exclude(pk=self.pk)
            .order_by("-date")[:3]
        )
        return context


class ExampleStoryHonoree(Orderable):
    story = ParentalKey(
        ExampleStoryPage, on_delete=models.CASCADE, related_name="story_honorees"
    )
    honoree = models.ForeignKey(
        "honors.Honoree",
        verbose_name=_("cá nhân, tập thể"),
        on_delete=models.CASCADE,
        related_name="story_links",
    )

    panels = [FieldPanel("honoree")]

    class Meta(Orderable.Meta):
        verbose_name = _("cá nhân, tập thể trong câu chuyện")
