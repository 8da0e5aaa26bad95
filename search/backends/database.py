"""Wagtail's database backend (SQLite FTS5, PostgreSQL, MySQL) with folded queries.

On PostgreSQL, set ``SEARCH_CONFIG`` to ``portal_vietnamese``: the configuration the
``search`` migrations create (a copy of ``simple``: no stemming, no stop words, since
the text arrives folded), with an index on the expression the searches use."""

from modelsearch.backends.database import SearchBackend as vendor_backend

from search.backends.folding import with_folded_queries

#: The PostgreSQL text search configuration created by search/migrations.
POSTGRES_SEARCH_CONFIG = "portal_vietnamese"


def SearchBackend(params):
    """The database backend for the default connection's vendor, folding queries."""
    vendor_class = type(vendor_backend(dict(params)))
    return with_folded_queries(vendor_class)(params)
