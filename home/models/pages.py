"""The public shell: the home page and the plain pages (about, contact, privacy notice)."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import ArticleBodyBlock, QuickLinkBlock
from home.fields import optional_image, optional_link
from home.listing.cards import with_card_images
from home.publishing import PortalPage
from home.translations import content_source
from honors.articles.movements import MovementPage
from honors.articles.news import NewsIndexPage, NewsPage
from honors.articles.stories import ExampleStoryIndexPage, ExampleStoryPage
from honors.disclosures.pages import DisclosurePage
from honors.roll.pages import HonourBoardIndexPage, HonourBoardPage
from search.index import folded


class HomePage(PortalPage):
    """The root of a site in one language; every section hangs below it."""

    hero_title = models.CharField(
        _("tiêu đề lớn"),
        max_length=160,
        blank=True,
        help_text=_("Câu chào ở đầu trang chủ; để trống thì dùng tên trang."),
    )
    hero_intro = models.TextField(
        _("lời giới thiệu"),
        max_length=500,
        blank=True,
        help_text=_("Một hai câu nói cổng này dành cho ai và có gì."),
    )
    hero_image = optional_image(
        _("ảnh nền"),
        help_text=_(
            "Ảnh ngang, rộng ít nhất 1600 điểm ảnh; phần mô tả của ảnh là chữ thay thế."
        ),
    )
    hero_link = optional_link(
        "wagtailcore.Page",
        _("trang nút chính dẫn tới"),
        related_name="+",
        help_text=_("Ví dụ: bảng vàng, hoặc trang công khai đang lấy ý kiến."),
    )
    hero_link_label = models.CharField(
        _("chữ trên nút chính"),
        max_length=60,
        blank=True,
        help_text=_("Ví dụ: Xem bảng vàng."),
    )
    quick_links = StreamField(
        [("link", QuickLinkBlock())],
        blank=True,
        verbose_name=_("lối tắt"),
        help_text=_("Các ô dẫn nhanh tới nội dung người dân hay tìm."),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("hero_title"),
                FieldPanel("hero_intro"),
                FieldPanel("hero_image"),
                FieldPanel("hero_link"),
                FieldPanel("hero_link_label"),
            ],
            heading=_("Phần đầu trang"),
        ),
        FieldPanel("quick_links"),
    ]

    search_fields = folded([*Page.search_fields, index.SearchField("hero_intro")])

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "honors.HonourBoardIndexPage",
        "honors.MovementIndexPage",
        "honors.NewsIndexPage",
        "honors.ExampleStoryIndexPage",
        "honors.DisclosureIndexPage",
        "honors.StatisticsPage",
        "honors.OpenDataPage",
        "library.DocumentIndexPage",
        "home.OrganisationPage",
        "home.RelatedPortalsPage",
    ]

    class Meta:
        verbose_name = _("trang chủ")
        verbose_name_plural = _("trang chủ")

    def get_context(self, request, *args, **kwargs):
        """The sections of the home page, each a fixed number of queries."""

        context = super().get_context(request, *args, **kwargs)
        # Content is written in Vietnamese: the English home page shows it too, under
        # its English sections (the index pages below are this page's own children).
        in_this_site = {"path__startswith": content_source(self).path}
        context["honour_roll"] = (
            HonourBoardIndexPage.objects.child_of(self).live().public().first()
        )
        context["latest_boards"] = (
            HonourBoardPage.objects.live()
            .public()
            .filter(**in_this_site)
            .order_by("-first_published_at", "path")[:3]
        )
        context["news_index"] = NewsIndexPage.objects.child_of(self).live().first()
        context["latest_news"] = with_card_images(
            NewsPage.objects.live()
            .public()
            .filter(**in_this_site)
            .order_by("-date", "-pk")[:4]
        )
        context["story_index"] = (
            ExampleStoryIndexPage.objects.child_of(self).live().first()
        )
        context["featured_stories"] = with_card_images(
            ExampleStoryPage.objects.live()
            .public()
            .filter(**in_this_site)
            .order_by("-is_featured", "-date", "-pk")[:3]
        )
        now = timezone.now()
        # What is time-limited comes first: a consultation citizens can still join.
        context["open_consultations"] = [
            (disclosure, disclosure.working_days_left(now))
            for disclosure in DisclosurePage.objects.live()
            .public()
            .filter(**in_this_site, opens_at__lte=now, closes_at__gt=now)
            .order_by("closes_at")[:3]
        ]
        today = timezone.localdate()
        context["running_movements"] = [
            movement
            for movement in MovementPage.objects.live()
            .public()
            .filter(**in_this_site, starts_on__lte=today)
            .order_by("-starts_on")
            if movement.ends_on is None or movement.ends_on >= today
        ][:4]
        return context


class StandardPage(PortalPage):
    """A plain article: about us, contact, privacy notice, guidance."""

    intro = models.TextField(
        _("tóm tắt"),
        max_length=600,
        blank=True,
        help_text=_(
            "Đoạn mở đầu in đậm dưới tiêu đề; cũng dùng làm mô tả khi chia sẻ trang."
        ),
    )
    body = StreamField(
        ArticleBodyBlock(),
        blank=True,
        verbose_name=_("nội dung"),
        help_text=_("Nội dung chính của trang, ghép từ các khối."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]

    search_fields = folded(
        [
            *Page.search_fields,
            index.SearchField("intro"),
            index.SearchField("body"),
        ]
    )

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage", "home.OrganisationPage"]

    class Meta:
        verbose_name = _("trang nội dung")
        verbose_name_plural = _("trang nội dung")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # A section page (e.g. "Giới thiệu") lists the pages beneath it.
        context["subpages"] = (
            self.get_children().live().public().specific().defer_streamfields()
        )
        return context


class RelatedPortalsPage(PortalPage):
    """The links page: every related portal of the site's settings, with what it is for.

    The list itself lives in the site settings ("Cổng liên kết"), so the footer and
    this page can never disagree; the page only introduces it."""

    intro = models.TextField(
        _("giới thiệu"),
        blank=True,
        help_text=_("Một câu dẫn, ví dụ: Các cổng thông tin có liên quan đến thi đua."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = folded([*Page.search_fields, index.SearchField("intro")])
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("trang liên kết")
        verbose_name_plural = _("trang liên kết")
