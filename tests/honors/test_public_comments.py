"""A citizen comments on an open disclosure: the form, its limits, the receipt, the
lookup, and what happens when time runs out or someone misbehaves."""

import io
import re
from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from PIL import Image as PillowImage

from honors.disclosures.forms import CommentForm
from honors.models import CommentAttachment, CommentStatus, PublicComment

from . import factories

pytestmark = pytest.mark.django_db

PNG_BYTES = io.BytesIO()
PillowImage.new("RGB", (8, 8), "red").save(PNG_BYTES, format="PNG")
PNG = PNG_BYTES.getvalue()
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def disclosure(home_page):
    return factories.disclosure(home_page)


def form_data(disclosure, **overrides):
    """What the page's form sends, with its signed token."""
    data = {
        "form_token": CommentForm.issue_token(disclosure),
        "nominee": str(disclosure.nominees.first().pk),
        "body": "Tôi xác nhận ông Pằn đã giúp nhiều hộ trong bản.",
        "full_name": "Khổng Minh Triết",
        "address": "Tổ 5, phường Chiềng Sinh",
        "phone": "0987 650 011",
        "email": "trietkm@gopy.example.vn",
        "consent": "on",
        "website": "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def post(client, disclosure, **overrides):
    return client.post(f"{disclosure.url}gop-y/", form_data(disclosure, **overrides))


class TestSending:
    def test_a_valid_comment_is_saved_and_answered_with_a_receipt(
        self, client, disclosure, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            response = post(client, disclosure)

        comment = PublicComment.objects.get()
        assert response.status_code == 302
        receipt = client.get(response["Location"])
        html = receipt.content.decode()
        assert comment.receipt_code in html
        assert re.fullmatch(
            r"GY-\d{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}", comment.receipt_code
        )
        assert comment.nominee == disclosure.nominees.first()
        assert comment.nominee_name == "Lò Văn Pằn"
        assert comment.status == CommentStatus.RECEIVED
        assert comment.consented_at is not None
        assert "Khổng Minh Triết" not in html
        assert "0987 650 011" not in html

    def test_the_receipt_is_mailed_after_the_commit(
        self, client, disclosure, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks() as callbacks:
            post(client, disclosure)
        assert mail.outbox == []  # nothing before the commit

        for callback in callbacks:
            callback()

        comment = PublicComment.objects.get()
        to_commenter = [m for m in mail.outbox if m.to == ["trietkm@gopy.example.vn"]]
        assert len(to_commenter) == 1
        assert comment.receipt_code in to_commenter[0].body
        assert "/cong-khai/tra-cuu/" in to_commenter[0].body

    def test_a_failing_mail_server_loses_no_comment(
        self, client, disclosure, settings, django_capture_on_commit_callbacks
    ):
        settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT = (
            "127.0.0.1",
            9,
        )  # nothing listens there

        with django_capture_on_commit_callbacks(execute=True):
            response = post(client, disclosure)

        assert response.status_code == 302
        assert PublicComment.objects.count() == 1

    def test_moderators_are_told_without_the_commenters_data(
        self, client, disclosure, django_user_model, django_capture_on_commit_callbacks
    ):
        django_user_model.objects.create_superuser(
            "kiemduyet", "kd@ban.example.vn", "x"
        )

        with django_capture_on_commit_callbacks(execute=True):
            post(client, disclosure)

        notice = next(m for m in mail.outbox if m.to == ["kd@ban.example.vn"])
        comment = PublicComment.objects.get()
        assert comment.receipt_code in notice.subject
        assert f"/admin/honors/publiccomment/edit/{comment.pk}/" in notice.body
        for personal in ("Khổng Minh Triết", "0987 650 011", "trietkm@", "Chiềng Sinh"):
            assert personal not in notice.body

    def test_a_comment_about_the_whole_disclosure(self, client, disclosure):
        post(client, disclosure, nominee="")

        comment = PublicComment.objects.get()
        assert comment.nominee is None and comment.nominee_name == ""

    def test_text_is_stored_as_typed_and_shown_escaped(self, client, disclosure):
        hostile = '<script>alert("x")</script> & <b>đậm</b>'
        post(client, disclosure, body=hostile)
        comment = PublicComment.objects.get()
        comment.public_answer = "<img src=x onerror=alert(1)>"
        comment.save()

        assert comment.body == hostile
        html = client.post(
            "/cong-khai/tra-cuu/",
            {"receipt": comment.receipt_code, "contact": "0987650011"},
        ).content.decode()
        assert "<img src=x" not in html
        assert "&lt;img src=x onerror=alert(1)&gt;" in html

    def test_a_double_click_gives_one_comment_and_the_same_receipt(
        self, client, disclosure
    ):
        data = form_data(disclosure)

        first = client.post(f"{disclosure.url}gop-y/", data)
        second = client.post(f"{disclosure.url}gop-y/", data)

        assert PublicComment.objects.count() == 1
        assert (
            client.get(first["Location"]).content
            == client.get(second["Location"]).content
        )

    def test_attachments_are_kept_outside_public_media(
        self, client, disclosure, settings
    ):
        response = post(
            client,
            disclosure,
            attachments=[
                SimpleUploadedFile(
                    "bang-chung.pdf", PDF, content_type="application/pdf"
                ),
                SimpleUploadedFile("anh.png", PNG, content_type="image/png"),
            ],
        )

        assert response.status_code == 302
        stored = list(CommentAttachment.objects.order_by("pk"))
        assert [a.content_type for a in stored] == ["application/pdf", "image/png"]
        for attachment in stored:
            path = attachment.file.path
            assert path.startswith(str(settings.PRIVATE_MEDIA_ROOT))
            assert "bang-chung" not in path and "anh" not in path.rsplit("/", 1)[-1]
            assert not path.startswith(str(settings.MEDIA_ROOT))


class TestThePeriod:
    def test_one_second_before_closing_is_accepted(self, client, home_page):
        closes_at = timezone.now() + timedelta(days=3)
        disclosure = factories.disclosure(home_page, closes_at=closes_at)

        with time_machine.travel(closes_at - timedelta(seconds=1), tick=False):
            response = client.post(f"{disclosure.url}gop-y/", form_data(disclosure))

        assert response.status_code == 302
        assert PublicComment.objects.count() == 1

    def test_one_second_after_closing_is_refused_with_the_closing_time(
        self, client, home_page
    ):
        closes_at = timezone.now() + timedelta(days=3)
        disclosure = factories.disclosure(home_page, closes_at=closes_at)

        with time_machine.travel(closes_at + timedelta(seconds=1), tick=False):
            response = client.post(f"{disclosure.url}gop-y/", form_data(disclosure))

        assert response.status_code == 403
        closing = timezone.localtime(closes_at)
        assert (
            f"Đã hết hạn nhận góp ý lúc {closing:%H:%M:%S} ngày {closing:%d/%m/%Y}"
            in (response.content.decode())
        )
        assert PublicComment.objects.count() == 0

    def test_before_opening_is_refused(self, client, home_page):
        disclosure = factories.disclosure(
            home_page, opens_at=timezone.now() + timedelta(days=1)
        )

        response = post(client, disclosure)

        assert response.status_code == 403
        assert "chưa mở nhận góp ý" in response.content.decode()

    def test_a_closed_disclosure_shows_no_form(self, client, home_page):
        disclosure = factories.disclosure(
            home_page,
            opens_at=timezone.now() - timedelta(days=20),
            closes_at=timezone.now() - timedelta(days=1),
        )

        html = client.get(disclosure.url).content.decode()

        assert "Đã hết hạn góp ý" in html
        assert 'name="body"' not in html


class TestBadInput:
    @pytest.mark.parametrize(
        ("overrides", "message"),
        [
            ({"full_name": ""}, "Hãy ghi họ và tên"),
            ({"full_name": "x" * 121}, "Họ và tên dài tối đa 120 ký tự."),
            ({"address": ""}, "Hãy ghi địa chỉ liên hệ."),
            ({"address": "x" * 301}, "Địa chỉ dài tối đa 300 ký tự."),
            ({"phone": "", "email": ""}, "Hãy ghi số điện thoại hoặc thư điện tử"),
            ({"phone": "gọi tôi"}, "Số điện thoại chỉ gồm chữ số"),
            ({"email": "khong-phai-email"}, "Địa chỉ thư điện tử chưa đúng"),
            ({"body": ""}, "Hãy viết nội dung góp ý."),
            ({"body": "x" * 5001}, "Nội dung dài tối đa 5000 ký tự"),
            ({"body": "Có ký tự lạ \x00 ở đây"}, "ký tự điều khiển"),
            ({"full_name": "Tên\x07lạ"}, "ký tự điều khiển"),
            ({"nominee": "999999"}, "Trường hợp được chọn không có trong hồ sơ này."),
            ({"nominee": "abc"}, "Trường hợp được chọn không có trong hồ sơ này."),
            ({"consent": None}, "Cần bạn đồng ý với chính sách dữ liệu"),
            ({"form_token": "gia-mao"}, "Biểu mẫu không hợp lệ"),
        ],
    )
    def test_each_field_says_what_is_wrong(
        self, client, disclosure, overrides, message
    ):
        response = post(client, disclosure, **overrides)

        assert response.status_code == 400
        html = response.content.decode()
        assert message in html
        assert 'aria-invalid="true"' in html or "form_token" in overrides
        assert PublicComment.objects.count() == 0

    def test_what_was_typed_is_kept_when_the_form_comes_back(self, client, disclosure):
        html = post(
            client, disclosure, email="sai", body="Nội dung <đã gõ>"
        ).content.decode()

        assert "Nội dung &lt;đã gõ&gt;" in html
        assert 'value="Khổng Minh Triết"' in html

    def test_a_nominee_of_another_disclosure_is_refused(
        self, client, disclosure, home_page
    ):
        other = factories.disclosure(home_page, "Hồ sơ khác", nominees=["Người Khác"])

        response = post(client, disclosure, nominee=str(other.nominees.first().pk))

        assert response.status_code == 400
        assert "không có trong hồ sơ này" in response.content.decode()

    def test_a_form_token_of_another_disclosure_is_refused(
        self, client, disclosure, home_page
    ):
        other = factories.disclosure(home_page, "Hồ sơ khác")

        response = post(client, disclosure, form_token=CommentForm.issue_token(other))

        assert response.status_code == 400
        assert "không thuộc hồ sơ này" in response.content.decode()

    @pytest.mark.parametrize(
        ("files", "message"),
        [
            (
                [SimpleUploadedFile(f"tep{i}.pdf", PDF) for i in range(4)],
                "tối đa 3 tệp",
            ),
            (
                [SimpleUploadedFile("lon.pdf", PDF + b"0" * (5 * 1024 * 1024))],
                "lớn hơn 5 MB",
            ),
            (
                [SimpleUploadedFile("hoa-don.pdf", b"MZ\x90\x00 this is a program")],
                "không phải PDF, JPEG hay PNG",
            ),
            (
                [SimpleUploadedFile("anh.png", b"\x89PNG\r\n\x1a\n" + b"garbage" * 10)],
                "bị hỏng",
            ),
            ([SimpleUploadedFile("rong.pdf", b"")], "rỗng"),
        ],
    )
    def test_attachments_are_checked_from_their_content(
        self, client, disclosure, files, message
    ):
        response = post(client, disclosure, attachments=files)

        assert response.status_code == 400
        assert message in response.content.decode()
        assert CommentAttachment.objects.count() == 0

    def test_a_request_too_large_gets_413_before_it_is_read(self, client, disclosure):
        response = client.post(
            f"{disclosure.url}gop-y/",
            form_data(disclosure),
            CONTENT_LENGTH=str(17 * 1024 * 1024),
        )

        assert response.status_code == 413
        assert "quá lớn" in response.content.decode()

    def test_a_filled_honeypot_is_refused(self, client, disclosure):
        response = post(client, disclosure, website="http://spam.example")

        assert response.status_code == 400
        assert PublicComment.objects.count() == 0

    def test_a_form_sent_too_fast_is_refused(self, client, disclosure, settings):
        settings.COMMENT_MIN_FILL_SECONDS = 3

        response = post(client, disclosure)

        assert response.status_code == 400
        html = response.content.decode()
        assert html.count("Bạn gửi quá nhanh") == 1  # said once, in the summary
        assert "Form token" not in html

    def test_the_form_says_beforehand_that_a_phone_or_email_is_needed(
        self, client, disclosure
    ):
        html = client.get(disclosure.url).content.decode()

        assert "ít nhất một trong hai: số điện thoại hoặc thư điện tử" in html
        assert 'action="' + disclosure.url + 'gop-y/#comment-errors"' in html

    @pytest.mark.parametrize(("after", "accepted"), [(2.6, False), (3.05, True)])
    def test_the_minimum_fill_time_counts_milliseconds(
        self, client, disclosure, settings, after, accepted
    ):
        """Shown at hh:mm:00.900 and sent 2.6 s later, at hh:mm:03.500: the whole
        seconds differ by 3, yet the form was filled in too fast."""
        settings.COMMENT_MIN_FILL_SECONDS = 3
        shown = timezone.now().replace(second=0, microsecond=900_000)
        with time_machine.travel(shown, tick=False):
            data = form_data(disclosure)

        with time_machine.travel(shown + timedelta(seconds=after), tick=False):
            response = client.post(f"{disclosure.url}gop-y/", data)

        assert (response.status_code == 302) is accepted

    def test_an_old_form_asks_for_a_reload(self, client, disclosure):
        data = form_data(disclosure)

        with time_machine.travel(timezone.now() + timedelta(days=2), tick=False):
            response = client.post(f"{disclosure.url}gop-y/", data)

        assert response.status_code == 400
        assert "Biểu mẫu đã mở quá lâu" in response.content.decode()

    def test_too_many_comments_from_one_address_get_429(
        self, client, disclosure, settings
    ):
        settings.COMMENT_RATE_LIMIT = (2, 600)

        statuses = [post(client, disclosure).status_code for _ in range(3)]

        assert statuses == [302, 302, 429]
        assert PublicComment.objects.count() == 2

    def test_a_get_on_the_form_target_leads_back_to_the_page(self, client, disclosure):
        response = client.get(f"{disclosure.url}gop-y/")

        assert response.status_code == 302
        assert response["Location"] == disclosure.url

    def test_posting_without_the_csrf_token_is_refused_in_vietnamese(self, disclosure):
        from django.test import Client

        strict = Client(enforce_csrf_checks=True)

        response = strict.post(f"{disclosure.url}gop-y/", form_data(disclosure))

        assert response.status_code == 403
        assert "Biểu mẫu đã hết hạn" in response.content.decode()


class TestReceiptAndLookup:
    @pytest.fixture
    def comment(self, client, disclosure):
        post(client, disclosure)
        comment = PublicComment.objects.get()
        comment.status = CommentStatus.SUBSTANTIATED
        comment.public_answer = "Đã xác minh; cảm ơn bạn."
        comment.save()
        return comment

    @pytest.mark.parametrize(
        "contact", ["0987 650 011", "0987650011", "TRIETKM@gopy.example.vn"]
    )
    def test_receipt_code_and_contact_show_the_status_and_answer(
        self, client, comment, contact
    ):
        typed = comment.receipt_code.lower().replace("-", " ")

        response = client.post(
            "/cong-khai/tra-cuu/", {"receipt": typed, "contact": contact}
        )

        html = response.content.decode()
        assert response.status_code == 200
        assert "Có cơ sở" in html
        assert "Đã xác minh; cảm ơn bạn." in html
        assert "Khổng Minh Triết" not in html

    @pytest.mark.parametrize(
        ("receipt", "contact"),
        [
            ("GY-2026-AAAA-AAAA", "0987650011"),
            (None, "0900000000"),
            (None, "khac@example.vn"),
        ],
    )
    def test_anything_else_finds_nothing_and_says_nothing(
        self, client, comment, receipt, contact
    ):
        response = client.post(
            "/cong-khai/tra-cuu/",
            {"receipt": receipt or comment.receipt_code, "contact": contact},
        )

        assert response.status_code == 404
        html = response.content.decode()
        assert "Không tìm thấy góp ý" in html
        assert "Đã xác minh" not in html

    def test_an_empty_lookup_says_what_is_missing(self, client, comment):
        response = client.post("/cong-khai/tra-cuu/", {"receipt": "", "contact": ""})

        assert response.status_code == 400
        assert "Hãy nhập mã biên nhận." in response.content.decode()

    def test_the_lookup_form_is_a_post_so_contacts_stay_out_of_urls_and_logs(
        self, client, comment
    ):
        html = client.get("/cong-khai/tra-cuu/").content.decode()

        assert re.search(r'<form method="post" action="/cong-khai/tra-cuu/"', html)

    def test_lookups_are_rate_limited(self, client, comment):
        statuses = [
            client.post(
                "/cong-khai/tra-cuu/", {"receipt": "x", "contact": "y"}
            ).status_code
            for _ in range(21)
        ]

        assert statuses[-1] == 429
        assert set(statuses[:20]) == {404}

    def test_a_tampered_receipt_link_shows_a_message(self, client, disclosure):
        post(client, disclosure)
        code = PublicComment.objects.get().receipt_code

        response = client.get(
            f"{disclosure.url}gop-y/bien-nhan/{code}/0123456789abcdef0123/"
        )

        assert response.status_code == 404
        assert "Biên nhận này không còn hiển thị được" in response.content.decode()


class TestRetriesAndRefusals:
    def test_a_storm_of_resubmissions_gets_one_receipt_and_no_lock_out(
        self, client, disclosure, settings
    ):
        settings.COMMENT_RATE_LIMIT = (5, 600)
        payload = form_data(disclosure)

        responses = [client.post(f"{disclosure.url}gop-y/", payload) for _ in range(20)]

        assert {response.status_code for response in responses} == {302}
        assert len({response["Location"] for response in responses}) == 1
        assert PublicComment.objects.count() == 1
        # The citizen's own retries cost them nothing: a new comment still goes in.
        assert post(client, disclosure, body="Một ý kiến khác.").status_code == 302
        assert PublicComment.objects.count() == 2

    def test_a_resubmission_gets_its_receipt_even_after_the_limit(
        self, client, disclosure, settings
    ):
        settings.COMMENT_RATE_LIMIT = (1, 600)
        payload = form_data(disclosure)
        first = client.post(f"{disclosure.url}gop-y/", payload)
        assert post(client, disclosure, body="Lần hai").status_code == 429

        again = client.post(f"{disclosure.url}gop-y/", payload)

        assert again.status_code == 302
        assert again["Location"] == first["Location"]

    def test_invalid_forms_do_not_use_up_the_limit(self, client, disclosure, settings):
        settings.COMMENT_RATE_LIMIT = (1, 600)
        for _ in range(3):
            assert post(client, disclosure, full_name="").status_code == 400

        assert post(client, disclosure).status_code == 302

    def test_a_refusal_costs_far_less_than_the_page(self, client, disclosure, settings):
        settings.COMMENT_RATE_LIMIT = (0, 600)
        with CaptureQueriesContext(connection) as routing:  # finding the page, no more
            client.get(f"{disclosure.url}gop-y/")
        with CaptureQueriesContext(connection) as refusal:
            refused = post(client, disclosure)
        with CaptureQueriesContext(connection) as page:
            shown = client.get(disclosure.url)

        assert refused.status_code == 429
        assert "quá nhiều góp ý" in refused.content.decode()
        assert len(refusal) <= len(routing) + 1  # the resubmission check, nothing else
        assert len(refusal) < len(page)
        assert len(refused.content) * 3 <= len(shown.content)


class TestWhenAnAnswerComes:
    def test_the_receipt_and_the_status_say_when_an_answer_is_expected(
        self, client, disclosure
    ):
        day = disclosure.council_meeting_on.strftime("%d/%m/%Y")
        receipt = client.get(post(client, disclosure)["Location"]).content.decode()
        comment = PublicComment.objects.get()

        status = client.post(
            "/cong-khai/tra-cuu/",
            {"receipt": comment.receipt_code, "contact": "0987650011"},
        ).content.decode()

        assert f"dự kiến ngày {day}" in receipt
        assert f"dự kiến ngày {day}" in status

    def test_the_public_answer_carries_its_date(self, client, disclosure, admin_client):
        post(client, disclosure)
        comment = PublicComment.objects.get()
        admin_client.post(
            f"/admin/honors/publiccomment/edit/{comment.pk}/",
            {
                "status": CommentStatus.SUBSTANTIATED,
                "public_answer": "Đã xác minh.",
                "internal_notes": "",
                "seen_version": comment.version,
            },
        )

        html = client.post(
            "/cong-khai/tra-cuu/",
            {"receipt": comment.receipt_code, "contact": "0987650011"},
        ).content.decode()

        comment.refresh_from_db()
        assert comment.answered_at is not None
        assert f"ngày {timezone.localdate():%d/%m/%Y}" in html
        assert "dự kiến ngày" not in html  # resolved: no more waiting
