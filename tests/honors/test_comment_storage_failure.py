"""The database fails when the comment is committed: the citizen is told, where the
form is, that the comment was NOT received and to send it again (503), and what they
wrote is still there; nothing half-written is left behind. Run on PostgreSQL, where a
deferred trigger makes the real COMMIT fail."""

import pytest
from django.db import connection
from django.test import Client

from honors.models import PublicComment

from . import factories
from .test_public_comments import form_data

pytestmark = pytest.mark.postgresql

REFUSE_COMMIT = """
CREATE FUNCTION tdkt_test_refuse_commit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    {action}
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER tdkt_test_refuse_commit
    AFTER INSERT ON honors_publiccomment
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION tdkt_test_refuse_commit();
"""
DROP = """
DROP TRIGGER IF EXISTS tdkt_test_refuse_commit ON honors_publiccomment;
DROP FUNCTION IF EXISTS tdkt_test_refuse_commit();
"""


@pytest.fixture
def disclosure(committed_site):
    return factories.disclosure(committed_site.root_page.specific)


def refuse_commits(action):
    with connection.cursor() as cursor:
        cursor.execute(REFUSE_COMMIT.format(action=action))


@pytest.fixture
def cleanup():
    yield
    connection.close()  # a test may have left it broken; the next use reconnects
    with connection.cursor() as cursor:
        cursor.execute(DROP)


def test_a_failed_commit_says_not_received_and_keeps_the_form(disclosure, cleanup):
    refuse_commits("RAISE EXCEPTION 'could not write block (test)';")
    payload = form_data(disclosure, body="Tôi xác nhận bác sĩ Pằn đã cứu con tôi.")
    client = Client()

    response = client.post(f"{disclosure.url}gop-y/", payload)

    assert response.status_code == 503
    html = response.content.decode()
    assert "CHƯA được tiếp nhận" in html
    assert "Tôi xác nhận bác sĩ Pằn đã cứu con tôi." in html  # in the form, to resend
    assert 'name="form_token"' in html
    assert "no-store" in response["Cache-Control"]
    assert PublicComment.objects.count() == 0

    with connection.cursor() as cursor:
        cursor.execute(DROP)
    again = client.post(f"{disclosure.url}gop-y/", payload)

    assert again.status_code == 302
    assert PublicComment.objects.count() == 1


def test_when_even_the_page_cannot_be_drawn_the_text_is_shown_to_copy(
    disclosure, cleanup
):
    # The connection dies at the commit: storing fails, and so does drawing the page.
    refuse_commits("PERFORM pg_terminate_backend(pg_backend_pid());")
    payload = form_data(disclosure, body="Ý kiến không được mất.")

    response = Client(raise_request_exception=False).post(
        f"{disclosure.url}gop-y/", payload
    )

    assert response.status_code == 503
    html = response.content.decode()
    assert "CHƯA được tiếp nhận" in html
    assert "Ý kiến không được mất." in html
    assert response["Retry-After"] == "60"
