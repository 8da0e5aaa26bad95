"""The news and example story indexes' lists: newest first, with the filters each
index offers."""

from home.listing.cards import with_card_images
from home.listing.lists import Listing, bound_data, paginated_listing
from honors.articles.forms import ArticleFilterForm

ARTICLES_PER_PAGE = 12


def article_listing(request, pages, *, filters, tag_model=None) -> Listing:
    """News or stories, newest first, with the filters the index offers."""
    years = [day.year for day in pages.dates("date", "year", order="DESC")]
    tags = []
    if tag_model is not None and "tag" in filters:
        tags = list(
            tag_model.objects.filter(content_object__in=pages)
            .values_list("tag__slug", "tag__name")
            .distinct()
            .order_by("tag__name")
        )
    localities = None
    if "locality" in filters:
        localities = set(pages.order_by().values_list("locality", flat=True).distinct())
    form = ArticleFilterForm(
        bound_data(request, ArticleFilterForm),
        filters=filters,
        years=years,
        tags=tags,
        localities=localities,
    )
    return paginated_listing(
        request,
        pages,
        form,
        per_page=ARTICLES_PER_PAGE,
        prepare=lambda queryset: with_card_images(queryset.order_by("-date", "-pk")),
    )
