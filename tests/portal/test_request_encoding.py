"""A request whose body cannot be read (a form in another encoding, an upload past the
limits) is answered 400 with a page that says so, on every kind of POST endpoint, also
when the browser sent a CSRF cookie: never a 500, never an empty page."""

import pytest
from django.test import Client

from tests.honors import factories

pytestmark = pytest.mark.django_db

TOKEN = "a" * 32
BAD_BODIES = [
    ("application/x-www-form-urlencoded; charset=utf-16", "a=b"),
    ("application/x-www-form-urlencoded; charset=latin-1", "a=b"),
    ("application/x-www-form-urlencoded; charset=utf-32", "a=b"),
]


@pytest.fixture
def post_endpoints(home_page):
    disclosure = factories.disclosure(home_page)
    return [
        "/admin/login/",
        "/admin/password_reset/",
        disclosure.url + "gop-y/",
        disclosure.get_parent().url + "tra-cuu/",
        "/",
        "/tim-kiem/",
    ]


@pytest.mark.parametrize(("content_type", "body"), BAD_BODIES)
def test_a_form_in_another_encoding_is_a_bad_request(
    post_endpoints, content_type, body
):
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)
    client.cookies["csrftoken"] = TOKEN

    for path in post_endpoints:
        response = client.post(
            path, data=f"{body}&csrfmiddlewaretoken={TOKEN}", content_type=content_type
        )

        assert response.status_code == 400, path
        assert "Yêu cầu không hợp lệ" in response.content.decode(), path


def test_too_many_fields_is_a_bad_request_too(post_endpoints, settings):
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 10
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)
    client.cookies["csrftoken"] = TOKEN
    fields = "&".join(f"f{n}=x" for n in range(20))

    response = client.post(
        "/admin/login/",
        data=f"{fields}&csrfmiddlewaretoken={TOKEN}",
        content_type="application/x-www-form-urlencoded",
    )

    assert response.status_code == 400
    assert "Yêu cầu không hợp lệ" in response.content.decode()
