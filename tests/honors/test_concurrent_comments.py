"""Many citizens send comments at the same moment: each is saved once, with its own
receipt. Run on PostgreSQL, where requests really do write at the same time."""

import threading

import pytest
from django.db import connection
from django.test import Client

from honors.disclosures.forms import CommentForm
from honors.models import PublicComment

from . import factories
from .test_public_comments import form_data

pytestmark = pytest.mark.postgresql


def send_together(disclosure, payloads):
    """Post every payload from its own thread (own database connection), all released
    at once; return the responses' receipt locations."""
    barrier = threading.Barrier(len(payloads))
    locations = [None] * len(payloads)
    errors = []

    def send(index, payload):
        try:
            client = Client()
            barrier.wait()
            response = client.post(f"{disclosure.url}gop-y/", payload)
            locations[index] = (response.status_code, response.get("Location"))
        except Exception as error:  # reported below, with the others
            errors.append(error)
        finally:
            connection.close()

    threads = [
        threading.Thread(target=send, args=(index, payload))
        for index, payload in enumerate(payloads)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    return locations


@pytest.fixture
def open_disclosure(committed_site, settings):
    """Real commits (committed_site), so the other threads see the disclosure."""
    settings.COMMENT_RATE_LIMIT = (10_000, 600)
    return factories.disclosure(committed_site.root_page.specific)


def test_comments_sent_at_the_same_moment_are_all_saved_with_unique_receipts(
    open_disclosure,
):
    payloads = [
        form_data(open_disclosure, body=f"Góp ý số {number}", form_token=None)
        | {"form_token": CommentForm.issue_token(open_disclosure)}
        for number in range(24)
    ]

    results = send_together(open_disclosure, payloads)

    assert {status for status, _ in results} == {302}
    comments = PublicComment.objects.filter(disclosure=open_disclosure)
    assert comments.count() == 24
    assert len(set(comments.values_list("receipt_code", flat=True))) == 24
    assert sorted(comments.values_list("body", flat=True)) == sorted(
        f"Góp ý số {number}" for number in range(24)
    )


def test_the_same_form_sent_many_times_at_once_gives_one_comment_and_one_receipt(
    open_disclosure,
):
    payload = form_data(open_disclosure)

    results = send_together(open_disclosure, [payload] * 12)

    assert {status for status, _ in results} == {302}
    assert len({location for _, location in results}) == 1
    assert PublicComment.objects.filter(disclosure=open_disclosure).count() == 1


def test_two_moderators_saving_at_the_same_moment_cannot_both_win(
    committed_site, django_user_model
):
    """Both forms were opened on the same version and are saved at once: one save is
    written, the other is refused with the conflict page; no answer is lost silently."""
    from django.contrib.auth.models import Permission

    from honors.models import CommentStatus

    from .test_comment_moderation import make_comment

    disclosure = factories.disclosure(committed_site.root_page.specific)
    comment = make_comment(disclosure)
    permissions = Permission.objects.filter(
        codename__in=["access_admin", "change_publiccomment", "view_publiccomment"]
    )
    clients = []
    for number in range(2):
        user = django_user_model.objects.create_user(f"kd{number}", f"kd{number}@x.vn")
        user.user_permissions.add(*permissions)
        client = Client()
        client.force_login(user)
        clients.append(client)
    barrier = threading.Barrier(2)
    statuses = [None, None]

    def save(index):
        try:
            barrier.wait()
            response = clients[index].post(
                f"/admin/honors/publiccomment/edit/{comment.pk}/",
                {
                    "status": CommentStatus.UNDER_REVIEW,
                    "public_answer": f"Trả lời của người thứ {index + 1}",
                    "internal_notes": "",
                    "seen_version": 0,
                },
            )
            statuses[index] = response.status_code
        finally:
            connection.close()

    threads = [threading.Thread(target=save, args=(index,)) for index in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(statuses) == [302, 409]
    comment.refresh_from_db()
    winner = statuses.index(302) + 1
    assert comment.public_answer == f"Trả lời của người thứ {winner}"
    assert comment.version == 1
