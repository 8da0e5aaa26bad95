"""Cards: the small picture-and-title blocks lists of pages are made of
(templates/includes/article_card.html)."""

from django.db.models import Prefetch
from wagtail.images import get_image_model

CARD_IMAGE_SPECS = ("fill-400x225", "fill-800x450")


def with_card_images(pages):
    """Pages with their main image and its card renditions in two queries, however
    many cards a list shows. The pages' movement comes in the same query: cards
    name it."""
    images = get_image_model().objects.prefetch_renditions(*CARD_IMAGE_SPECS)
    return pages.select_related("movement").prefetch_related(
        Prefetch("main_image", queryset=images)
    )
