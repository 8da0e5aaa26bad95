"""A commenter asks for their data to be erased (Personal Data Protection Law 91/2025):
a moderator who may see identities finds their comments by e-mail or phone and erases
name, address, phone, e-mail and attachments, with a reason; the text stays; the audit
log says so without the person's data; afterwards nothing of them is left in the
database or in the private storage."""

import io
import json
import os
import uuid

import pytest
from django.conf import settings
from django.contrib.auth.models import Permission
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.models import ModelLogEntry

from honors.disclosures.erasure import scrub
from honors.models import CommentAttachment, CommentStatus, PublicComment

from . import factories

pytestmark = pytest.mark.django_db

URL = "/admin/gop-y/xoa-du-lieu/"
ASKING = {
    "full_name": "Mạc Thị Duyên",
    "address": "Bản Hụm, xã Chiềng Mung",
    "phone": "0987 650 022",
    "email": "Duyen.Mac@gopy.example.vn",
}
OTHER = {
    "full_name": "Khổng Minh Triết",
    "address": "Tổ 5, phường Chiềng Sinh",
    "phone": "0912 345 678",
    "email": "trietkm@gopy.example.vn",
}


def comment(disclosure, person, body, **fields):
    made = PublicComment.objects.create(
        disclosure=disclosure,
        body=body,
        consented_at=timezone.now(),
        idempotency_key=uuid.uuid4(),
        **person,
        **fields,
    )
    attachment = CommentAttachment(
        comment=made,
        original_name=f"giay-to-{person['full_name']}.pdf",
        content_type="application/pdf",
        size=9,
    )
    attachment.file.save("x.pdf", ContentFile(b"%PDF-1.4\n"), save=False)
    attachment.save()
    return made


@pytest.fixture
def comments(home_page):
    disclosure = factories.disclosure(home_page)
    return {
        "asking": [
            comment(
                disclosure,
                ASKING,
                "Tôi đồng ý với đề nghị.",
                status=CommentStatus.SUBSTANTIATED,
                public_answer="Cảm ơn bà đã góp ý.",
            ),
            comment(disclosure, {**ASKING, "phone": "+84 987.650.022"}, "Bổ sung."),
        ],
        "other": [comment(disclosure, OTHER, "Ý kiến khác.")],
    }


@pytest.fixture
def handler(client, django_user_model):
    """Handles comments and may see who sent them (the "Xử lý góp ý" group's rights)."""
    user = django_user_model.objects.create_user("gopy2", "gopy2@ban.example.vn", "x")
    user.user_permissions.add(
        *Permission.objects.filter(
            codename__in=[
                "access_admin",
                "change_publiccomment",
                "view_publiccomment",
                "view_commenter_identity",
            ]
        )
    )
    client.force_login(user)
    client.user = user
    return client


def private_files():
    found = []
    for folder, _dirs, files in os.walk(settings.PRIVATE_MEDIA_ROOT):
        found += [os.path.join(folder, name) for name in files]
    return set(found)


def test_without_the_identity_permission_the_screen_is_closed(
    client, django_user_model
):
    user = django_user_model.objects.create_user("kd", "kd@x.vn", "x")
    user.user_permissions.add(
        *Permission.objects.filter(
            codename__in=["access_admin", "change_publiccomment", "view_publiccomment"]
        )
    )
    client.force_login(user)

    assert client.get(URL).status_code in (302, 403)
    assert client.post(URL, {"contact": ASKING["email"]}).status_code in (302, 403)


@pytest.mark.parametrize(
    "typed", ["duyen.mac@GOPY.example.vn", "0987650022", "+84 987 650 022"]
)
def test_the_persons_comments_are_found_by_email_or_phone(handler, comments, typed):
    response = handler.post(URL, {"contact": typed})

    html = response.content.decode()
    assert response.status_code == 200
    for mine in comments["asking"]:
        assert mine.receipt_code in html
    assert comments["other"][0].receipt_code not in html
    assert "no-store" in response["Cache-Control"]
    entry = ModelLogEntry.objects.get(action="honors.comments.erasure_lookup")
    assert entry.data == {"found": 2}
    assert typed not in str(entry.data) + entry.label


def test_erasing_removes_identity_and_files_and_keeps_the_text(
    handler, comments, django_capture_on_commit_callbacks
):
    mine, theirs = comments["asking"], comments["other"][0]
    my_files = {a.file.path for c in mine for a in c.attachments.all()}
    their_files = {a.file.path for a in theirs.attachments.all()}

    with django_capture_on_commit_callbacks(execute=True):  # files go after the commit
        response = handler.post(
            URL,
            {
                "contact": ASKING["email"],
                "comments": [c.pk for c in mine],
                "reason": "requested",
                "note": "Đơn của bà Mạc Thị Duyên (0987.650.022) ngày 02/12/2026",
                "erase": "1",
            },
        )

    assert response.status_code == 302
    for erased in mine:
        factories.assert_deidentified(erased)
        assert erased.body in ("Tôi đồng ý với đề nghị.", "Bổ sung.")
    kept = PublicComment.objects.get(pk=mine[0].pk)
    assert kept.status == CommentStatus.SUBSTANTIATED
    assert kept.public_answer == "Cảm ơn bà đã góp ý."
    assert not CommentAttachment.objects.filter(comment__in=mine).exists()
    assert not my_files & private_files()
    assert their_files <= private_files()
    theirs.refresh_from_db()
    assert theirs.full_name == OTHER["full_name"]
    entries = ModelLogEntry.objects.filter(action="honors.comment.erased")
    assert {entry.label for entry in entries} == {c.receipt_code for c in mine}
    assert {entry.user_id for entry in entries} == {handler.user.pk}
    note = entries[0].data["note"]
    assert entries[0].data["reason"] == "requested"
    assert "02/12/2026" in note
    assert "Duyên" not in note and "650" not in note


def test_afterwards_nothing_of_the_person_is_left_in_the_database(
    handler, comments, django_capture_on_commit_callbacks
):
    names = {a.original_name for c in comments["asking"] for a in c.attachments.all()}
    handler.post(URL, {"contact": ASKING["phone"]})  # looked up, as in real life
    with django_capture_on_commit_callbacks(execute=True):
        handler.post(
            URL,
            {
                "contact": ASKING["phone"],
                "comments": [c.pk for c in comments["asking"]],
                "reason": "consent_withdrawn",
                "erase": "1",
            },
        )
    everything = io.StringIO()

    call_command("dumpdata", stdout=everything)

    dump = json.dumps(json.loads(everything.getvalue()), ensure_ascii=False)
    for name in names:
        assert name not in dump
    for value in (*ASKING.values(), "0987650022", "987.650.022", "duyen.mac"):
        assert value.casefold() not in dump.casefold(), value
    assert OTHER["full_name"] in dump  # the dump is read, and holds the others


def test_a_choice_of_comments_and_a_reason_are_required(handler, comments):
    response = handler.post(
        URL, {"contact": ASKING["email"], "comments": [], "reason": "", "erase": "1"}
    )

    assert response.status_code == 400
    html = response.content.decode()
    assert "Hãy chọn ít nhất một góp ý." in html
    assert "Hãy chọn lý do." in html
    assert PublicComment.objects.filter(deidentified_at__isnull=False).count() == 0


def test_a_comment_of_someone_else_cannot_be_slipped_in(handler, comments):
    response = handler.post(
        URL,
        {
            "contact": ASKING["email"],
            "comments": [comments["other"][0].pk],
            "reason": "requested",
            "erase": "1",
        },
    )

    assert response.status_code == 400
    comments["other"][0].refresh_from_db()
    assert comments["other"][0].email == OTHER["email"]


def test_the_command_does_the_same(comments):
    output = io.StringIO()

    call_command(
        "erase_commenter_data",
        contact="0987.650.022",
        reason="requested",
        dry_run=True,
        stdout=output,
    )
    assert PublicComment.objects.filter(deidentified_at__isnull=False).count() == 0
    call_command(
        "erase_commenter_data",
        contact="0987.650.022",
        reason="requested",
        stdout=output,
    )

    assert "Đã xóa dữ liệu cá nhân của 2 góp ý" in output.getvalue()
    assert set(
        PublicComment.objects.filter(deidentified_at__isnull=False).values_list(
            "pk", flat=True
        )
    ) == {c.pk for c in comments["asking"]}
    assert ModelLogEntry.objects.filter(action="honors.comment.erased").count() == 2
    with pytest.raises(CommandError, match="Không có góp ý nào"):
        call_command("erase_commenter_data", contact="0987.650.022", reason="requested")


def test_the_note_loses_names_and_numbers_however_they_are_typed():
    identity = [tuple(ASKING.values())]

    cleaned = scrub(
        "Bà MAC THI DUYEN, đt +84-987-650-022, duyen.mac@gopy.example.vn, ở Bản Hụm, "
        "xã Chiềng Mung; đơn số 12/ĐN",
        identity,
    )

    assert cleaned.count("[…]") == 4
    assert "đơn số 12/ĐN" in cleaned
