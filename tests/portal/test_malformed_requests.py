"""A request whose body cannot be read (a form in another encoding, an upload past the
limits, an editor's form without the fields its blocks rendered) is answered 400 with a
page that says so, on every kind of POST endpoint, also when the browser sent a CSRF
cookie: never a 500, never an empty page, and nothing is saved."""

import pytest
from django.test import Client

from tests.admin_forms import edit_form_data
from tests.honors import factories

pytestmark = pytest.mark.django_db

TOKEN = "a" * 32
BAD_BODIES = [
    ("application/x-www-form-urlencoded; charset=utf-16", "a=b"),
    ("application/x-www-form-urlencoded; charset=latin-1", "a=b"),
    ("application/x-www-form-urlencoded; charset=utf-32", "a=b"),
    ("application/x-www-form-urlencoded; charset=no-such-charset", "a=b"),
    ("multipart/form-data; charset=utf-16; boundary=xyz", "--xyz--"),
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
        response = client.generic(
            "POST",
            path,
            data=f"{body}&csrfmiddlewaretoken={TOKEN}".encode(),
            content_type=content_type,
        )

        assert response.status_code == 400, path
        assert "Yêu cầu không hợp lệ" in response.content.decode(), path


@pytest.mark.parametrize(("content_type", "body"), BAD_BODIES[:1])
def test_even_with_debug_on_it_is_a_400_not_the_debug_page(
    post_endpoints, content_type, body, settings
):
    """Django's debug page reads the body again; the form is refused before that."""
    settings.DEBUG = True
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)
    client.cookies["csrftoken"] = TOKEN

    response = client.generic(
        "POST", "/admin/login/", data=body.encode(), content_type=content_type
    )

    assert response.status_code == 400


def test_utf8_forms_with_their_charset_named_are_fine(post_endpoints):
    response = Client().post(
        "/admin/login/",
        data="username=x&password=y",
        content_type="application/x-www-form-urlencoded; charset=UTF-8",
    )

    assert response.status_code == 200  # the login form again, with its error


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


def _without(data, *names):
    copy = data.copy()
    for name in names:
        copy.pop(name, None)
    return copy


@pytest.fixture
def editor_form(admin_client, home_page):
    home_page.quick_links = [
        ("link", {"title": "Tra cứu góp ý", "url": "https://example.vn/tra-cuu/"})
    ]
    home_page.save_revision().publish()
    data = edit_form_data(home_page, admin_client.user)
    stream_counts = sorted(
        key for key in data if key.endswith("-count") and int(data[key]) > 0
    )
    assert stream_counts, "the home page's form has StreamFields with blocks"
    return home_page, data, stream_counts


def test_an_editor_form_without_its_block_fields_is_a_bad_request(
    admin_client, editor_form
):
    page, data, counts = editor_form
    admin_client.raise_request_exception = False
    url = f"/admin/pages/{page.pk}/edit/"
    revisions = page.revisions.count()
    first = counts[0]
    malformed = [
        _without(data, first),
        {**data, first: "abc"},
        {**data, first: "5"},  # five blocks announced, none sent
        _without(data, *[key for key in data if key.startswith(first[:-6] + "-0-")]),
    ]

    for body in malformed:
        response = admin_client.post(url, body)

        assert response.status_code == 400
        assert "Yêu cầu không hợp lệ" in response.content.decode()
    assert page.revisions.count() == revisions


def test_the_same_form_whole_is_saved(admin_client, editor_form):
    page, data, _counts = editor_form

    response = admin_client.post(f"/admin/pages/{page.pk}/edit/", data)

    assert response.status_code == 302
