"""Model fields the rooms declare alike."""

from django.core.files.storage import storages
from django.db import models


def optional_link(to, verbose_name, **kwargs):
    """A link a record may have to another (a movement, an image): deleting the other
    leaves the record without the link, never deletes the record."""
    return models.ForeignKey(
        to,
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        **kwargs,
    )


def optional_image(verbose_name, **kwargs):
    """A picture from Wagtail's image library, kept with no reverse accessor (many
    models show images)."""
    return optional_link(
        "wagtailimages.Image", verbose_name, related_name="+", **kwargs
    )


def private_storage():
    """The storage of files no visitor may fetch by address (comments' attachments,
    dossiers' files, imported spreadsheets): served only by views that check who asks."""
    return storages["private"]
