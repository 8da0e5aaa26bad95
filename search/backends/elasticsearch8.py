"""Elasticsearch 8 with the Vietnamese analyzer and folded queries.

Needs the ``elasticsearch`` client of the server's major version (8.x)."""

from modelsearch.backends.elasticsearch8 import Elasticsearch8SearchBackend

from search.backends.elasticsearch import vietnamese_backend

SearchBackend = vietnamese_backend(Elasticsearch8SearchBackend)
