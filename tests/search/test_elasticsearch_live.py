"""The table of Vietnamese queries against a real Elasticsearch, when one is given:
ELASTICSEARCH_URL=http://... make test (ELASTICSEARCH_VERSION=9 for a 9.x server).
Without it these tests are deselected, with a note in the summary, never skipped."""

import os

import pytest
from django.test import override_settings

from .test_vietnamese_queries import CASES, _corpus, corpus, found  # noqa: F401

pytestmark = pytest.mark.elasticsearch

ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
VERSION = os.environ.get("ELASTICSEARCH_VERSION", "8")
TEST_PREFIX = "tdkt_test_"


@pytest.fixture(scope="module", autouse=True)
def _elasticsearch_backend():
    """Every search and every index write of this module goes to Elasticsearch, in
    indices of their own, deleted afterwards."""
    backends = {
        "default": {
            "BACKEND": f"search.backends.elasticsearch{VERSION}",
            "URLS": [ELASTICSEARCH_URL],
            "INDEX_PREFIX": TEST_PREFIX,
            "TIMEOUT": 10,
        }
    }
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        yield
        from modelsearch.backends import get_search_backend

        backend = get_search_backend()
        backend.es.indices.delete(index=f"{TEST_PREFIX}*", ignore_unavailable=True)


@pytest.fixture(autouse=True)
def _refreshed(corpus):  # noqa: F811
    from modelsearch.backends import get_search_backend

    get_search_backend().es.indices.refresh(index=f"{TEST_PREFIX}*")


@pytest.mark.parametrize(("ways", "expected"), CASES)
def test_every_way_of_typing_finds_the_same_results_in_elasticsearch(ways, expected):
    for typed in ways:
        assert found(typed) == expected, typed


def test_honorees_kept_off_public_pages_are_not_in_elasticsearch():
    assert found("cam thi kin") == set()
    assert found("Quàng Văn Ẩn") == set()


def test_a_year_narrows_results_in_elasticsearch():
    assert found("muong la", year=2024) == {
        ("guong-dien-hinh", "Cô giáo cắm bản ở Mường La")
    }
