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

from django.db import transaction
from modelsearch.backends import get_search_backends_with_name

logger = logging.getLogger(__name__)

BATCH_SIZE = 500


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
    if not pks:
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
