"""Keep the search index in step with what a model says it indexes.

Wagtail adds an object to the index when it is saved, but never takes out one that has
left its model's `get_indexed_objects()` (an honoree whose last public honour was
withdrawn, say). `refresh` does both, after the transaction commits, so a rolled-back
change never reaches an external index, and in bulk, so publishing a board of a
thousand honours costs a few statements, not a thousand.

Errors of external backends (Elasticsearch) are logged, not raised, as Wagtail does:
saving content must not fail because the search service is down; `update_index`
rebuilds the index afterwards.
"""

import logging
from collections import defaultdict
from contextlib import contextmanager

from asgiref.local import Local
from django.db import transaction
from django.db.models.signals import post_save
from modelsearch import index
from modelsearch.backends import get_search_backends_with_name
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.signal_handlers import disable_reference_index_auto_update

logger = logging.getLogger(__name__)

BATCH_SIZE = 500

_deferred = Local()


def refresh(model, pks):
    """Index the objects among `pks` that the model indexes; remove the others."""
    pks = list(dict.fromkeys(pks))
    for start in range(0, len(pks), BATCH_SIZE):
        _refresh_batch(model, pks[start : start + BATCH_SIZE])


def _refresh_batch(model, pks):
    indexed = list(model.get_indexed_objects().filter(pk__in=pks))
    indexed_pks = {obj.pk for obj in indexed}
    withdrawn = [model(pk=pk) for pk in pks if pk not in indexed_pks]
    for name, backend in get_search_backends_with_name(with_auto_update=True):
        try:
            if indexed:
                backend.add_bulk(model, indexed)
            for obj in withdrawn:
                backend.delete(obj)
        except Exception:
            logger.exception(
                "Could not refresh %d %s in the '%s' search backend",
                len(pks),
                model._meta.verbose_name_plural,
                name,
            )
            if not backend.catch_indexing_errors:
                raise


class _PendingRefresh:
    """One on-commit callback per transaction, collecting what to refresh."""

    def __init__(self):
        self.pks = defaultdict(set)
        self.done = False

    def __call__(self):
        self.done = True
        for model, pks in self.pks.items():
            refresh(model, sorted(pks))


def refresh_on_commit(model, pks):
    """Refresh these objects once the current transaction commits (at once outside
    one). Calls within one transaction are merged into a single refresh."""
    pks = [pk for pk in pks if pk is not None]
    if not pks or getattr(_deferred, "value", False):
        return
    connection = transaction.get_connection()
    if not connection.in_atomic_block:
        refresh(model, pks)
        return
    for _savepoints, callback, _robust in connection.run_on_commit:
        if isinstance(callback, _PendingRefresh) and not callback.done:
            callback.pks[model].update(pks)
            return
    pending = _PendingRefresh()
    pending.pks[model].update(pks)
    transaction.on_commit(pending)


@contextmanager
def indexing_deferred():
    """Save many objects without indexing each one as it is saved.

    Saving a page or record updates the search index and Wagtail's reference index at
    once, one object at a time: building the demo ran 1,374 such tasks, a third of its
    time. Within this block neither runs; the caller rebuilds both indexes afterwards
    (`update_index`, `rebuild_references_index`), as `load_demo` does.
    """
    models = [
        model
        for model in index.get_indexed_models()
        if getattr(model, "search_auto_update", True)
    ]
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    _deferred.value = True
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        del _deferred.value
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)
