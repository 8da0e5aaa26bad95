"""One signal for "what the public roll shows may have changed".

An honour is public while its decision is on a live honour board and its honoree is
published. Any of these changes can add, change or withdraw what citizens see: an
honoree's own record, one of its honours, a board published or unpublished, a decision
put on or taken off a board, and the names an entry carries (award, decision number,
locality). The handlers below turn each of them into `public_roll_changed`, naming the
honorees concerned (a lazy query, evaluated only by a receiver that needs it); the site
search (honorees' entries) and the statistics cache listen to that one signal.
"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import Signal, receiver
from wagtail.signals import page_published, page_unpublished

from honors.registry.catalogue import Award
from honors.registry.honours import Decision, Honoree, Honour
from honors.registry.localities import Locality
from honors.roll.pages import HonourBoardDecision, HonourBoardPage
from search.indexing import refresh_on_commit

#: Sent with `honorees`: the ids of the honorees whose public entry may have changed.
public_roll_changed = Signal()


def roll_changed(sender, honorees):
    public_roll_changed.send(sender=sender, honorees=honorees)


def _honorees_of(honours):
    return honours.values_list("honoree_id", flat=True).distinct()


@receiver(post_save, sender=Honoree)
@receiver(post_delete, sender=Honoree)
def honoree_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        roll_changed(sender, [instance.pk])


@receiver(post_save, sender=Honour)
@receiver(post_delete, sender=Honour)
def honour_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        roll_changed(sender, [instance.honoree_id])


@receiver(post_save, sender=HonourBoardDecision)
@receiver(post_delete, sender=HonourBoardDecision)
def board_decision_changed(sender, instance, raw=False, **kwargs):
    """A decision put on or taken off a board (the rows are written when a board's
    revision is published)."""
    if not raw:
        roll_changed(
            sender,
            _honorees_of(Honour.objects.filter(decision_id=instance.decision_id)),
        )


@receiver(page_published, sender=HonourBoardPage)
@receiver(page_unpublished, sender=HonourBoardPage)
def board_published_or_unpublished(sender, instance, **kwargs):
    roll_changed(
        sender,
        _honorees_of(
            Honour.objects.filter(decision__board_links__board_id=instance.pk)
        ),
    )


@receiver(post_save, sender=Decision)
@receiver(post_delete, sender=Decision)
def decision_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        roll_changed(sender, _honorees_of(Honour.objects.filter(decision=instance)))


@receiver(post_save, sender=Award)
@receiver(post_delete, sender=Award)
def award_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        roll_changed(sender, _honorees_of(Honour.objects.filter(award=instance)))


@receiver(post_save, sender=Locality)
@receiver(post_delete, sender=Locality)
def locality_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        roll_changed(
            sender,
            Honoree.objects.filter(locality=instance).values_list("pk", flat=True),
        )


@receiver(public_roll_changed)
def refresh_search_entries(sender, honorees, **kwargs):
    """Honorees are searchable while they hold a public honour
    (Honoree.get_indexed_objects): their entries follow the roll."""
    refresh_on_commit(Honoree, honorees)
