"""When the search service cannot be reached (Elasticsearch down, here a port where
nothing listens), the search says so with a 503, the rest of the site works, and
content is still saved: indexing errors are logged, and update_index rebuilds later."""

import logging

import pytest
from django.test import override_settings

from tests.honors import factories

pytestmark = pytest.mark.django_db

UNREACHABLE = {
    "default": {
        "BACKEND": "search.backends.elasticsearch8",
        "URLS": ["http://127.0.0.1:9"],
        "INDEX_PREFIX": "tdkt_down_",
        "TIMEOUT": 1,
    }
}


@pytest.fixture(autouse=True)
def _search_service_down():
    with override_settings(WAGTAILSEARCH_BACKENDS=UNREACHABLE):
        yield


def test_the_search_page_answers_503_with_a_message(client, home_page):
    response = client.get("/tim-kiem/", {"q": "Sơn La"})

    assert response.status_code == 503
    html = response.content.decode()
    assert "Tìm kiếm tạm thời không hoạt động." in html
    assert 'role="search"' in html


def test_suggestions_answer_503_in_json(client, home_page):
    response = client.get("/tim-kiem/goi-y/", {"q": "son la"})

    assert response.status_code == 503
    assert response.json() == {"error": "Tìm kiếm tạm thời không hoạt động."}


def test_the_rest_of_the_site_keeps_working(client, home_page):
    assert client.get("/").status_code == 200


def test_content_is_saved_and_the_indexing_error_logged(
    home_page, caplog, django_capture_on_commit_callbacks
):
    roll = factories.roll(home_page)
    with (
        caplog.at_level(logging.ERROR),
        django_capture_on_commit_callbacks(execute=True),
    ):
        page = factories.news(home_page, "Tin vẫn được lưu")
        honour = factories.honour(factories.honoree("Lò Thị Hương"))
        factories.board(roll, [honour.decision])

    page.refresh_from_db()
    assert page.live
    assert "search backend" in caplog.text
    assert "Could not refresh" in caplog.text
