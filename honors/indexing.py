"""Keep honorees in the site search in step with what citizens may see.

An honoree is searchable while published and holding at least one public honour, that
is one whose decision is on a live honour board (Honoree.get_indexed_objects). Any of
these changes can add, change or withdraw an honoree: its own record, one of its
honours, a board published or unpublished, a decision put on or taken off a board, and
the names an honoree's entry carries (award, decision number, locality). Each handler
names the honorees concerned; search.indexing refreshes them once the transaction
commits.
"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from search.indexing import refresh_on_commit

from .models import (
    Award,
    Decision,
    Honoree,
    Honour,
    HonourBoardDecision,
    HonourBoardPage,
    Locality,
)


def refresh_honorees(pks):
    refresh_on_commit(Honoree, pks)


def _honorees_of(honours):
    return honours.values_list("honoree_id", flat=True).distinct()


@receiver(post_save, sender=Honoree)
@receiver(post_delete, sender=Honoree)
def honoree_changed(instance, raw=False, **kwargs):
    if not raw:
        refresh_honorees([instance.pk])


@receiver(post_save, sender=Honour)
@receiver(post_delete, sender=Honour)
def honour_changed(instance, raw=False, **kwargs):
    if not raw:
        refresh_honorees([instance.honoree_id])


@receiver(post_save, sender=HonourBoardDecision)
@receiver(post_delete, sender=HonourBoardDecision)
def board_decision_changed(instance, raw=False, **kwargs):
    """A decision put on or taken off a board (the rows are written when a board's
    revision is published)."""
    if not raw:
        refresh_honorees(
            _honorees_of(Honour.objects.filter(decision_id=instance.decision_id))
        )


@receiver(page_published, sender=HonourBoardPage)
@receiver(page_unpublished, sender=HonourBoardPage)
def board_published_or_unpublished(instance, **kwargs):
    refresh_honorees(
        _honorees_of(Honour.objects.filter(decision__board_links__board_id=instance.pk))
    )


@receiver(post_save, sender=Decision)
def decision_changed(instance, created=False, raw=False, **kwargs):
    if not (created or raw):
        refresh_honorees(_honorees_of(instance.honours.all()))


@receiver(post_save, sender=Award)
def award_changed(instance, created=False, raw=False, **kwargs):
    if not (created or raw):
        refresh_honorees(_honorees_of(instance.honours.all()))


@receiver(post_save, sender=Locality)
def locality_changed(instance, created=False, raw=False, **kwargs):
    if not (created or raw):
        refresh_honorees(instance.honorees.values_list("pk", flat=True))
