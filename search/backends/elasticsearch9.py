"""Elasticsearch 9 with the Vietnamese analyzer and folded queries.

Needs the ``elasticsearch`` client of the server's major version (9.x)."""

from modelsearch.backends.elasticsearch9 import Elasticsearch9SearchBackend

from search.backends.elasticsearch import vietnamese_backend

SearchBackend = vietnamese_backend(Elasticsearch9SearchBackend)
