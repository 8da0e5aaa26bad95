"""Model fields the rooms declare alike."""

from django.db import models


def optional_image(verbose_name, **kwargs):
    """A picture from Wagtail's image library that a page or record may have: removing
    the image from the library leaves the record without it, never deletes the record,
    and the image keeps no reverse accessor (it is shown by many models)."""
    return models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        **kwargs,
    )
