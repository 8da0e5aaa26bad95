"""Moderators handle comments in the admin; the commenter's identity is behind its own
permission and every look at it is recorded without personal data in the record."""

import csv
import io
import os
import re
from datetime import UTC, datetime, timedelta

import pytest
from django.contrib.auth.models import Permission
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import ModelLogEntry

from honors.disclosures.admin import IDENTITY_FIELDS, CommentAdmin
from honors.models import (
    CommentAttachment,
    CommentStatus,
    NomineeOutcome,
    PublicComment,
)

from . import factories

pytestmark = pytest.mark.django_db

IDENTITY = factories.COMMENTER
make_comment = factories.comment


@pytest.fixture
def disclosure(home_page):
    return factories.disclosure(home_page)


@pytest.fixture
def moderator(client, django_user_model):
    """May handle comments, may not see who sent them."""
    user = django_user_model.objects.create_user("kiemduyet", "kd@ban.example.vn", "x")
    user.user_permissions.add(
        *Permission.objects.filter(
            codename__in=["access_admin", "change_publiccomment", "view_publiccomment"]
        )
    )
    client.force_login(user)
    client.user = user
    return client


@pytest.fixture
def identity_moderator(moderator):
    moderator.user.user_permissions.add(
        Permission.objects.get(codename="view_commenter_identity")
    )
    return moderator


def test_the_queue_lists_comments_without_identity(moderator, disclosure):
    comment = make_comment(disclosure)

    response = moderator.get("/admin/honors/publiccomment/")

    html = response.content.decode()
    assert response.status_code == 200
    assert comment.receipt_code in html
    for personal in IDENTITY:
        assert personal not in html


def test_the_queue_filters_by_status_and_disclosure(moderator, disclosure, home_page):
    received = make_comment(disclosure)
    spam = make_comment(disclosure, body="Quảng cáo", status=CommentStatus.SPAM)
    other = make_comment(factories.disclosure(home_page, "Hồ sơ khác"))

    by_status = moderator.get("/admin/honors/publiccomment/", {"status__exact": "spam"})
    by_disclosure = moderator.get(
        "/admin/honors/publiccomment/", {"disclosure__id__exact": disclosure.pk}
    )

    assert spam.receipt_code in by_status.content.decode()
    assert received.receipt_code not in by_status.content.decode()
    assert other.receipt_code not in by_disclosure.content.decode()


#: What someone without the identity permission tried: each answered 1 row or 0.
IDENTITY_PROBES = [
    ("full_name__startswith", "Mạc", "Zzz"),
    ("email", IDENTITY[3], "khac@example.vn"),
    ("phone__contains", "650", "111"),
    ("address__icontains", "chiềng mung", "hà nội"),
    ("full_name__regex", "^M", "^Z"),
    ("full_name__in", IDENTITY[0], "Người Khác"),
]


@pytest.mark.parametrize(("lookup", "matching", "other"), IDENTITY_PROBES)
def test_identity_cannot_be_probed_through_the_list_query(
    moderator, disclosure, lookup, matching, other
):
    comment = make_comment(disclosure)
    url = "/admin/honors/publiccomment/"

    hit = moderator.get(url, {lookup: matching, "status__exact": "received"})
    miss = moderator.get(url, {lookup: other, "status__exact": "received"})

    # The same answer whether the guess is right or wrong: back to the list without
    # the undeclared condition, the declared one kept.
    assert hit.status_code == miss.status_code == 302
    assert hit["Location"] == miss["Location"] == f"{url}?status__exact=received"
    listed = moderator.get(hit["Location"]).content.decode()
    assert comment.receipt_code in listed
    assert "đã bỏ qua điều kiện đó" in listed


def test_the_list_declares_no_identity_field_to_filter_search_or_order():
    declared = {
        *CommentAdmin.list_filter,
        *CommentAdmin.search_fields,
        *CommentAdmin.list_display,
        *(CommentAdmin.ordering or ()),
    }
    names = {name.split("__")[0] for name in declared if isinstance(name, str)}

    assert names.isdisjoint(IDENTITY_FIELDS)


def test_unknown_list_parameters_lead_back_to_the_list(moderator, disclosure):
    make_comment(disclosure)
    url = "/admin/honors/publiccomment/"

    unknown = moderator.get(url, {"foo": "1"})
    bad_value = moderator.get(url, {"disclosure__id__exact": "abc"})
    bad_date = moderator.get(url, {"submitted_at__gte": "hôm qua"})

    assert (unknown.status_code, unknown["Location"]) == (302, url)
    assert (bad_value.status_code, bad_value["Location"]) == (302, url)
    assert (bad_date.status_code, bad_date["Location"]) == (302, url)
    assert "không hợp lệ" in moderator.get(url).content.decode()


def test_undeclared_parameters_are_refused_in_the_export_too(
    identity_moderator, disclosure
):
    make_comment(disclosure)

    response = identity_moderator.get(
        "/admin/honors/publiccomment/",
        {"export": "csv", "email__startswith": "duyen"},
    )

    assert response.status_code == 302
    assert "email" not in response["Location"]


def test_duplicates_are_grouped_and_none_is_dropped(moderator, disclosure):
    text = "Tôi xác nhận bác sĩ đã cứu sống con tôi."
    first = make_comment(disclosure, body=text)
    second = make_comment(
        disclosure, body="  TÔI XÁC NHẬN bác sĩ đã cứu sống con tôi.  "
    )
    make_comment(disclosure, body="Ý kiến khác.")

    response = moderator.get(
        "/admin/honors/publiccomment/", {"trung": first.fingerprint}
    )

    html = response.content.decode()
    assert first.fingerprint == second.fingerprint
    assert first.receipt_code in html and second.receipt_code in html
    assert PublicComment.objects.count() == 3


def test_comments_cannot_be_created_or_deleted_in_the_admin(
    identity_moderator, disclosure
):
    comment = make_comment(disclosure)
    identity_moderator.user.user_permissions.add(
        *Permission.objects.filter(
            codename__in=["add_publiccomment", "delete_publiccomment"]
        )
    )

    create = identity_moderator.get("/admin/honors/publiccomment/create/")
    delete = identity_moderator.post(
        f"/admin/honors/publiccomment/delete/{comment.pk}/"
    )

    assert create.status_code in (302, 403)
    assert delete.status_code in (302, 403)
    assert PublicComment.objects.filter(pk=comment.pk).exists()


def test_without_the_permission_the_identity_stays_hidden(moderator, disclosure):
    comment = make_comment(disclosure)

    html = moderator.get(
        f"/admin/honors/publiccomment/inspect/{comment.pk}/"
    ).content.decode()

    assert "Bạn không có quyền xem danh tính" in html
    for personal in IDENTITY:
        assert personal not in html
    assert not ModelLogEntry.objects.filter(
        action="honors.comment.identity_viewed"
    ).exists()


def test_with_the_permission_the_identity_shows_and_each_look_is_logged(
    identity_moderator, disclosure
):
    comment = make_comment(disclosure)

    html = identity_moderator.get(
        f"/admin/honors/publiccomment/inspect/{comment.pk}/"
    ).content.decode()

    for personal in IDENTITY:
        assert personal in html
    entry = ModelLogEntry.objects.get(action="honors.comment.identity_viewed")
    assert entry.user == identity_moderator.user
    assert entry.label == comment.receipt_code
    recorded = f"{entry.label} {entry.data} {entry.message}"
    for personal in IDENTITY:
        assert personal not in recorded


def test_attachments_are_served_only_with_the_permission_and_logged(
    moderator, disclosure, django_user_model
):
    comment = make_comment(disclosure)
    attachment = CommentAttachment(
        comment=comment, content_type="application/pdf", size=9
    )
    attachment.file.save("x.pdf", ContentFile(b"%PDF-1.4\n"), save=False)
    attachment.save()
    url = f"/admin/gop-y/tep/{attachment.pk}/"

    refused = moderator.get(url)
    assert refused.status_code in (
        302,
        403,
    )  # Wagtail sends the refused back to its home
    assert not ModelLogEntry.objects.filter(
        action="honors.comment.attachment_viewed"
    ).exists()

    moderator.user.user_permissions.add(
        Permission.objects.get(codename="view_commenter_identity")
    )
    response = moderator.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert (
        ModelLogEntry.objects.filter(action="honors.comment.attachment_viewed").count()
        == 1
    )

    anonymous = response.client.__class__()
    assert anonymous.get(url).status_code == 302  # to the admin login


def test_a_status_change_with_an_answer_is_saved_and_logged(moderator, disclosure):
    comment = make_comment(disclosure)

    response = moderator.post(
        f"/admin/honors/publiccomment/edit/{comment.pk}/",
        {
            "status": CommentStatus.SUBSTANTIATED,
            "public_answer": "Đã xác minh với đơn vị.",
            "internal_notes": "Gọi điện xác minh ngày 1/12.",
            "seen_version": comment.version,
        },
    )

    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.status == CommentStatus.SUBSTANTIATED
    assert comment.version == 1
    entry = ModelLogEntry.objects.get(action="honors.comment.status_changed")
    assert entry.data == {"from": "received", "to": "substantiated"}
    assert entry.label == comment.receipt_code


def opened_version(client, comment):
    """The version the moderator's edit form carries, as a browser would send it."""
    html = client.get(f"/admin/honors/publiccomment/edit/{comment.pk}/").content
    return int(re.search(rb'name="seen_version" value="(\d+)"', html).group(1))


class TestTwoModeratorsOneComment:
    @pytest.fixture
    def second(self, moderator, django_user_model):
        from django.test import Client

        user = django_user_model.objects.create_user("kiemduyet2", "kd2@x.vn", "x")
        user.user_permissions.add(*moderator.user.user_permissions.all())
        client = Client()
        client.force_login(user)
        client.user = user
        return client

    def save(self, client, comment, version, **fields):
        data = {
            "status": CommentStatus.RECEIVED,
            "public_answer": "",
            "internal_notes": "",
            "seen_version": version,
            **fields,
        }
        return client.post(f"/admin/honors/publiccomment/edit/{comment.pk}/", data)

    def test_the_second_save_is_refused_and_nothing_typed_is_lost(
        self, moderator, second, disclosure
    ):
        comment = make_comment(disclosure)
        first_opens = opened_version(moderator, comment)
        second_opens = opened_version(second, comment)
        answer = "Đơn vị đã giải trình, góp ý không có cơ sở."

        first = self.save(moderator, comment, first_opens, public_answer=answer)
        refused = self.save(
            second,
            comment,
            second_opens,
            status=CommentStatus.UNDER_REVIEW,
            internal_notes="Chuyển tổ xác minh.",
        )

        assert first.status_code == 302
        assert refused.status_code == 409
        comment.refresh_from_db()
        assert comment.public_answer == answer  # the first answer stands
        assert comment.status == CommentStatus.RECEIVED  # the second save wrote nothing
        html = refused.content.decode()
        assert "vừa được người khác lưu" in html
        assert "kiemduyet" in html  # who saved in between
        assert answer in html  # what is saved now...
        assert "Chuyển tổ xác minh." in html  # ...and what this moderator typed
        assert re.search(r'<option value="under_review" selected', html)

    def test_saving_again_after_the_warning_replaces_knowingly(
        self, moderator, second, disclosure
    ):
        comment = make_comment(disclosure)
        stale = opened_version(second, comment)
        self.save(
            moderator, comment, opened_version(moderator, comment), public_answer="A"
        )
        refused = self.save(second, comment, stale, public_answer="B")
        fresh = int(
            re.search(rb'name="seen_version" value="(\d+)"', refused.content).group(1)
        )

        again = self.save(second, comment, fresh, public_answer="B")

        assert again.status_code == 302
        comment.refresh_from_db()
        assert comment.public_answer == "B"
        assert comment.version == 2

    def test_a_form_without_its_version_is_refused(self, moderator, disclosure):
        comment = make_comment(disclosure)

        response = self.save(moderator, comment, "", public_answer="X")

        assert response.status_code == 200
        assert "Biểu mẫu đã cũ" in response.content.decode()
        comment.refresh_from_db()
        assert comment.public_answer == ""


def test_the_edit_form_does_not_offer_the_identity(identity_moderator, disclosure):
    comment = make_comment(disclosure)

    html = identity_moderator.get(
        f"/admin/honors/publiccomment/edit/{comment.pk}/"
    ).content.decode()

    assert "Tôi đồng ý với đề nghị này." in html
    for personal in IDENTITY:
        assert personal not in html


def export(client):
    response = client.get("/admin/honors/publiccomment/", {"export": "csv"})
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(body)))


def test_the_export_neutralises_spreadsheet_formulas(moderator, disclosure):
    make_comment(disclosure, body='=HYPERLINK("http://evil.example","bấm vào")')
    make_comment(disclosure, body="+1 ý kiến đồng ý")

    rows = export(moderator)

    bodies = sorted(row["Nội dung"] for row in rows)
    assert bodies == [
        "'+1 ý kiến đồng ý",
        '\'=HYPERLINK("http://evil.example","bấm vào")',
    ]


def test_the_export_gives_times_in_ha_noi_time(moderator, disclosure):
    make_comment(
        disclosure, submitted_at=datetime(2026, 12, 3, 1, 30, tzinfo=UTC)
    )  # 08:30 in Hà Nội

    [row] = export(moderator)

    assert row["Lúc gửi"] == "03/12/2026 08:30"


def test_the_export_carries_identity_only_with_the_permission_and_is_logged(
    moderator, disclosure
):
    make_comment(disclosure)

    plain = export(moderator)
    assert "Họ và tên" not in plain[0]
    moderator.user.user_permissions.add(
        Permission.objects.get(codename="view_commenter_identity")
    )
    full = export(moderator)

    assert full[0]["Họ và tên"] == IDENTITY[0]
    entries = ModelLogEntry.objects.filter(action="honors.comments.exported").order_by(
        "pk"
    )
    assert [entry.data["with_identity"] for entry in entries] == [False, True]
    assert all(entry.data["rows"] == 1 for entry in entries)


class TestDisclosureOutcome:
    def test_after_closing_the_page_shows_counts_per_nominee_and_no_one(
        self, client, home_page
    ):
        disclosure = factories.disclosure(
            home_page,
            opens_at=timezone.now() - timedelta(days=20),
            closes_at=timezone.now() - timedelta(days=2),
        )
        first, _second = list(disclosure.nominees.all())
        make_comment(disclosure, nominee=first, status=CommentStatus.SUBSTANTIATED)
        make_comment(disclosure, nominee=first, status=CommentStatus.NOT_SUBSTANTIATED)
        make_comment(disclosure, status=CommentStatus.SPAM)

        html = client.get(disclosure.url).content.decode()

        assert "2 góp ý: có cơ sở 1, không có cơ sở 1" in html
        assert "Không có góp ý." in html  # the second nominee
        assert "1 góp ý chung cho cả hồ sơ: thư rác 1" in html
        for personal in IDENTITY:
            assert personal not in html
        assert "Tôi đồng ý với đề nghị này." not in html

    def test_after_the_decision_each_outcome_links_to_the_honour(
        self, client, home_page, honour_roll
    ):
        honour = factories.honour(factories.honoree("Lò Văn Pằn"))
        factories.board(honour_roll, [honour.decision])
        disclosure = factories.disclosure(
            home_page,
            opens_at=timezone.now() - timedelta(days=40),
            closes_at=timezone.now() - timedelta(days=20),
            decided_on=timezone.localdate() - timedelta(days=5),
            outcome_note="<p>Hội đồng đã xét.</p>",
        )
        approved, refused = list(disclosure.nominees.all())
        approved.outcome, approved.honour = NomineeOutcome.APPROVED, honour
        approved.save()
        refused.outcome = NomineeOutcome.NOT_APPROVED
        refused.save()

        html = client.get(disclosure.url).content.decode()

        assert "Đã có kết quả" in html
        assert "Hội đồng đã xét." in html
        assert "Được khen thưởng" in html and "Không được khen thưởng" in html
        assert f'href="{honour.get_verification_url()}"' in html

    def test_an_honour_is_only_linked_to_an_approved_nominee(self, home_page):
        from django.core.exceptions import ValidationError

        disclosure = factories.disclosure(home_page)
        nominee = disclosure.nominees.first()
        nominee.honour = factories.honour()

        with pytest.raises(ValidationError):
            nominee.clean()


class TestRetention:
    @pytest.fixture
    def decided_long_ago(self, home_page):
        disclosure = factories.disclosure(
            home_page,
            "Hồ sơ cũ",
            opens_at=timezone.now() - timedelta(days=500),
            closes_at=timezone.now() - timedelta(days=480),
            decided_on=timezone.localdate() - timedelta(days=400),
        )
        comment = make_comment(disclosure, status=CommentStatus.SUBSTANTIATED)
        attachment = CommentAttachment(
            comment=comment, content_type="image/png", size=3
        )
        attachment.file.save("a.png", ContentFile(b"png"), save=False)
        attachment.save()
        return comment, attachment

    def test_dry_run_counts_and_changes_nothing(self, decided_long_ago):
        output = io.StringIO()

        call_command("purge_comment_personal_data", "--dry-run", stdout=output)

        assert "1 góp ý" in output.getvalue()
        comment, _ = decided_long_ago
        comment.refresh_from_db()
        assert comment.full_name == IDENTITY[0]

    def test_personal_data_and_attachments_go_text_and_status_stay(
        self, decided_long_ago, disclosure, django_capture_on_commit_callbacks
    ):
        comment, attachment = decided_long_ago
        recent = make_comment(disclosure)
        path = attachment.file.path

        with django_capture_on_commit_callbacks(execute=True):  # files: after commit
            call_command("purge_comment_personal_data", stdout=io.StringIO())

        factories.assert_deidentified(comment)
        assert comment.body and comment.status == CommentStatus.SUBSTANTIATED
        assert not CommentAttachment.objects.exists()
        assert not os.path.exists(path)
        recent.refresh_from_db()
        assert recent.full_name == IDENTITY[0]

    def test_running_it_again_changes_nothing(self, decided_long_ago):
        call_command("purge_comment_personal_data", stdout=io.StringIO())
        comment, _ = decided_long_ago
        comment.refresh_from_db()
        first_time = comment.deidentified_at
        output = io.StringIO()

        call_command("purge_comment_personal_data", stdout=output)

        comment.refresh_from_db()
        assert comment.deidentified_at == first_time
        assert "0 góp ý" in output.getvalue()

    def test_the_retention_period_is_a_setting(self, decided_long_ago, settings):
        settings.COMMENT_RETENTION_DAYS = 1000

        call_command("purge_comment_personal_data", stdout=io.StringIO())

        comment, _ = decided_long_ago
        comment.refresh_from_db()
        assert comment.full_name == IDENTITY[0]

    def test_a_de_identified_comment_can_no_longer_be_looked_up(
        self, client, decided_long_ago
    ):
        comment, _ = decided_long_ago
        call_command("purge_comment_personal_data", stdout=io.StringIO())

        response = client.post(
            "/cong-khai/tra-cuu/",
            {"receipt": comment.receipt_code, "contact": IDENTITY[2]},
        )

        assert response.status_code == 404
