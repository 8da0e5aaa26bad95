"""News of the emulation movements: articles editors write and publish through the
workflow, listed by date with filters for movement, tag and year."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import ItemBase, TagBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import ArticleBodyBlock
from home.fields import optional_image, optional_link
from home.listing.lists import render_listing
from home.publishing import PortalPage
from home.sections import SectionIndexPage, intro_field
from home.translations import content_source
from honors.articles.feeds import PageFeedMixin
from honors.articles.listing import article_listing
from search.folding import folded_slug
from search.index import folded


class NewsTag(TagBase):
    """A news keyword. Its slug is folded ASCII ("chuyen-doi-so" for "chuyển đổi số"),
    where taggit's own slugify drops "đ" and would give "chuyen-oi-so"."""

    free_tagging = True

    class Meta:
        verbose_name = _("từ khóa")
        verbose_name_plural = _("từ khóa")

    def slugify(self, tag, i=None):
        slug = folded_slug(tag, 90) or "tu-khoa"
        return f"{slug}-{i}" if i is not None else slug


class NewsPageTag(ItemBase):
    tag = models.ForeignKey(
        NewsTag, on_delete=models.CASCADE, related_name="tagged_news"
    )
    content_object = ParentalKey(
        "honors.NewsPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class MainImageMixin(models.Model):
    """A lead image with its own alternative text and caption.

    The alternative text belongs to the page, not the image: the same photo can say
    different things in two articles. It is required whenever there is an image."""

    main_image = optional_image(
        _("ảnh chính"),
        help_text=_("Ảnh ngang, hiện đầu bài và khi chia sẻ lên mạng xã hội."),
    )
    main_image_alt = models.CharField(
        _("chữ thay thế của ảnh"),
        max_length=250,
        blank=True,
        help_text=_(
            "Tả ngắn nội dung ảnh cho người không xem được ảnh, ví dụ: Lãnh đạo tỉnh trao "
            "Bằng khen cho giáo viên vùng cao."
        ),
    )
    main_image_caption = models.CharField(
        _("chú thích ảnh"),
        max_length=300,
        blank=True,
        help_text=_("Hiện dưới ảnh; có thể ghi nguồn ảnh."),
    )

    main_image_panels = [
        MultiFieldPanel(
            [
                FieldPanel("main_image"),
                FieldPanel("main_image_alt"),
                FieldPanel("main_image_caption"),
            ],
            heading=_("Ảnh chính"),
        )
    ]

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.main_image_id and not self.main_image_alt.strip():
            raise ValidationError(
                {"main_image_alt": _("Ảnh chính cần có chữ thay thế.")}
            )


class NewsIndexPage(PageFeedMixin, RoutablePageMixin, SectionIndexPage):
    #: News and stories are listed alike (filters, cards, feeds).
    template = "honors/article_index_page.html"
    intro = intro_field(_("Đoạn mở đầu của trang tin tức."))

    subpage_types = ["honors.NewsPage"]

    class Meta:
        verbose_name = _("trang tin tức")

    def entries(self):
        return NewsPage.objects.child_of(content_source(self)).live().public()

    def feed_entries(self):
        return self.entries().order_by("-date", "-pk").prefetch_related("tags")

    @path("")
    def news_list(self, request):
        listing = article_listing(
            request,
            self.entries(),
            filters=("movement", "tag", "year"),
            tag_model=NewsPageTag,
        )
        return render_listing(self, request, listing)


class NewsPage(MainImageMixin, PortalPage):  # noqa: DJ008 - Page gives __str__
    date = models.DateField(
        _("ngày đăng"),
        default=timezone.localdate,
        help_text=_("Ngày hiện trên bài và dùng để sắp xếp tin."),
    )
    lead = models.TextField(
        _("tóm tắt"),
        max_length=600,
        help_text=_("Một hai câu nói điều chính của tin; hiện in đậm dưới tiêu đề."),
    )
    body = StreamField(ArticleBodyBlock(), verbose_name=_("nội dung"))
    tags = ClusterTaggableManager(
        through=NewsPageTag,
        blank=True,
        verbose_name=_("từ khóa"),
        help_text=_("Vài từ khóa ngắn, ví dụ: nông thôn mới, chuyển đổi số."),
    )
    movement = optional_link(
        "honors.MovementPage",
        _("phong trào thi đua"),
        related_name="news",
        help_text=_("Phong trào mà tin này nói tới, nếu có."),
    )
    byline = models.CharField(
        _("tác giả, nguồn"),
        max_length=200,
        blank=True,
        help_text=_("Ví dụ: Lò Văn Thanh, Ban Thi đua – Khen thưởng."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("lead"),
        *MainImageMixin.main_image_panels,
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("movement"), FieldPanel("tags"), FieldPanel("byline")],
            heading=_("Phân loại"),
        ),
    ]
    # The read-only API (portal/api.py) serves these fields of a live page.
    api_fields = [
        APIField("date"),
        APIField("lead"),
        APIField("body"),
        APIField("byline"),
    ]
    search_fields = folded(
        [
            *Page.search_fields,
            index.SearchField("lead"),
            index.SearchField("body"),
            index.FilterField("date"),
        ]
    )
    parent_page_types = ["honors.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("tin tức")
        verbose_name_plural = _("tin tức")
        ordering = ["-date"]

    @property
    def summary(self):
        return self.lead

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related_news"] = (
            NewsPage.objects.live()
            .public()
            .exclude(pk=self.pk)
            .filter(movement_id=self.movement_id)
            .order_by("-date")[:3]
            if self.movement_id
            else []
        )
        return context
