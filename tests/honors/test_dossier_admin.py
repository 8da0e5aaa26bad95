"""The dossiers in the admin: a unit officer writes and sends their unit's dossier and
nothing of another unit's is open to them; the secretariat takes the steps from the
dossier's page; the files are served only to those who may see the dossier."""

import io
import zipfile

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import ModelLogEntry

from honors.dossiers.choices import DocumentKind, DossierState
from honors.dossiers.models import Dossier
from honors.models import Award
from tests.admin_urls import admin_urls

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n"


def docx():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


def denied(response):
    """Wagtail's admin answers a refusal with 403, or with a redirect to the dashboard
    and a message."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == "/admin/"
    )


def login(client, username):
    client.force_login(get_user_model().objects.get(username=username))
    return client


@pytest.fixture
def own_dossier(demo):
    """donvi1's dossier, sent and waiting for the secretariat."""
    return Dossier.objects.get(
        unit__officers__username="donvi1", state=DossierState.SENT
    )


def dossier_urls(dossier):
    values = {
        "pk": dossier.pk,
        "step": "send",
        "document_pk": dossier.documents.first().pk,
        "nominee_pk": dossier.nominees.first().pk,
    }
    return [
        url.build(values)
        for url in admin_urls()
        if url.name.startswith("dossiers:") and "pk" in url.params
    ]


def test_another_unit_s_officer_gets_nothing_of_the_dossier(client, own_dossier):
    login(client, "donvi2")
    urls = dossier_urls(own_dossier)

    answers = {url: client.get(url).status_code for url in urls}
    posted = client.post(
        f"/admin/dossiers/{own_dossier.pk}/buoc/send/",
        {"version": own_dossier.version},
    )

    assert len(urls) >= 8
    assert set(answers.values()) <= {302, 403, 405}, answers
    assert all(
        denied(client.get(url)) for url, status in answers.items() if status == 302
    )
    assert denied(posted)
    own_dossier.refresh_from_db()
    assert own_dossier.state == DossierState.SENT
    listing = client.get("/admin/dossiers/").content.decode()
    assert own_dossier.title not in listing
    assert own_dossier.code not in listing


def test_the_secretariat_lists_sent_dossiers_but_never_a_unit_s_draft(client, demo):
    draft = Dossier.objects.get(state=DossierState.DRAFT)

    secretariat = login(client, "thuky").get("/admin/dossiers/").content.decode()
    assert draft.title not in secretariat
    assert "Đề nghị tặng Bằng khen cho tập thể, cá nhân ngành giáo dục" in secretariat

    officer = login(client, "donvi1").get("/admin/dossiers/").content.decode()
    assert draft.title in officer
    assert "hộ sản xuất giỏi xã Mường La" not in officer  # donvi2's
    assert client.get(f"/admin/dossiers/inspect/{draft.pk}/").status_code == 200


def form_data(unit, award, **overrides):
    data = {
        "unit": unit.pk,
        "title": "Đề nghị tặng Bằng khen cho giáo viên dạy giỏi",
        "year": 2026,
        "commendation_type": "merit",
        "authority": "province",
        "awards": [award.pk],
        "documents-TOTAL_FORMS": 2,
        "documents-INITIAL_FORMS": 0,
        "documents-MIN_NUM_FORMS": 0,
        "documents-MAX_NUM_FORMS": 1000,
        "documents-0-kind": DocumentKind.SUBMISSION,
        "documents-0-file": SimpleUploadedFile("to-trinh.pdf", PDF),
        "documents-1-kind": DocumentKind.MINUTES,
        "documents-1-file": SimpleUploadedFile("bien-ban.docx", docx()),
        "nominees-TOTAL_FORMS": 1,
        "nominees-INITIAL_FORMS": 0,
        "nominees-MIN_NUM_FORMS": 0,
        "nominees-MAX_NUM_FORMS": 1000,
        "nominees-0-kind": "individual",
        "nominees-0-name": "Lường Văn Thắng",
        "nominees-0-award": award.pk,
        "nominees-0-achievement_summary": "Giáo viên dạy giỏi cấp tỉnh hai năm liền.",
        "nominees-0-achievement_report": SimpleUploadedFile("bao-cao.pdf", PDF),
    }
    data.update(overrides)
    return data


def test_an_officer_writes_a_dossier_for_their_own_unit_with_files(client, demo):
    login(client, "donvi1")
    officer = get_user_model().objects.get(username="donvi1")
    unit = officer.units.get()
    award = Award.objects.get(name="Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh")

    response = client.post("/admin/dossiers/new/", form_data(unit, award))

    assert response.status_code == 302, response.context["form"].errors
    dossier = Dossier.objects.get(title="Đề nghị tặng Bằng khen cho giáo viên dạy giỏi")
    assert (dossier.unit, dossier.created_by) == (unit, officer)
    assert sorted(dossier.documents.values_list("original_name", "content_type")) == [
        (
            "bien-ban.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        ("to-trinh.pdf", "application/pdf"),
    ]
    nominee = dossier.nominees.get()
    assert nominee.report_name == "bao-cao.pdf"
    assert nominee.achievement_report.name.startswith(f"dossiers/{dossier.pk}/")
    assert "bao-cao" not in nominee.achievement_report.name  # stored unguessable


def test_a_file_that_is_not_what_it_claims_is_refused_with_its_name(client, demo):
    login(client, "donvi1")
    unit = get_user_model().objects.get(username="donvi1").units.get()
    award = Award.objects.get(name="Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh")
    data = form_data(
        unit,
        award,
        **{
            "documents-0-file": SimpleUploadedFile(
                "to-trinh.pdf", b"MZ\x90\x00 not a pdf at all"
            )
        },
    )

    response = client.post("/admin/dossiers/new/", data)

    assert response.status_code == 200
    assert "Tệp “to-trinh.pdf” không phải PDF, DOCX, JPEG hay PNG." in (
        response.content.decode()
    )
    assert not Dossier.objects.filter(title=data["title"]).exists()


def test_an_officer_cannot_file_a_dossier_under_another_unit(client, demo):
    login(client, "donvi1")
    other = get_user_model().objects.get(username="donvi2").units.get()
    award = Award.objects.get(name="Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh")

    response = client.post("/admin/dossiers/new/", form_data(other, award))

    assert response.status_code == 200
    assert "unit" in response.context["form"].errors
    assert not Dossier.objects.filter(unit=other, title__contains="dạy giỏi").exists()


def test_the_secretariat_receives_from_the_page_and_a_stale_page_is_told(
    client, own_dossier
):
    login(client, "thuky")
    page = client.get(f"/admin/dossiers/inspect/{own_dossier.pk}/")
    assert "Tiếp nhận" in page.content.decode()
    stale = own_dossier.version

    received = client.post(
        f"/admin/dossiers/{own_dossier.pk}/buoc/receive/",
        {"version": stale, "receipt_number": "27/TN"},
        follow=True,
    )
    again = client.post(
        f"/admin/dossiers/{own_dossier.pk}/buoc/return/",
        {"version": stale, "note": "Thiếu biên bản."},
        follow=True,
    )

    own_dossier.refresh_from_db()
    assert own_dossier.state == DossierState.RECEIVED
    assert own_dossier.receipt_number == "27/TN"
    assert "Tiếp nhận: xong" in received.content.decode()
    assert "vừa được người khác cập nhật" in again.content.decode()
    assert own_dossier.return_reason == ""


def test_only_the_unit_sends_and_only_the_secretariat_receives(client, demo):
    draft = Dossier.objects.get(state=DossierState.DRAFT)
    sent = Dossier.objects.get(
        unit__officers__username="donvi1", state=DossierState.SENT
    )

    assert denied(
        login(client, "thuky").post(
            f"/admin/dossiers/{sent.pk}/buoc/send/", {"version": sent.version}
        )
    )
    assert denied(
        login(client, "donvi1").post(
            f"/admin/dossiers/{sent.pk}/buoc/receive/", {"version": sent.version}
        )
    )
    sent.refresh_from_db()
    assert sent.state == DossierState.SENT
    # A draft that lacks its minutes is not sent; the officer reads why.
    refused = client.post(
        f"/admin/dossiers/{draft.pk}/buoc/send/",
        {"version": draft.version},
        follow=True,
    )
    assert "Hồ sơ chưa đủ để gửi" in refused.content.decode()
    draft.refresh_from_db()
    assert draft.state == DossierState.DRAFT


def test_files_are_served_to_those_who_see_the_dossier_and_each_look_is_logged(
    client, own_dossier
):
    document = own_dossier.documents.first()
    url = f"/admin/dossiers/{own_dossier.pk}/tep/{document.pk}/"

    for username in ("donvi1", "thuky"):
        response = login(client, username).get(url)
        assert response.status_code == 200
        assert b"".join(response.streaming_content).startswith(b"%PDF")
        assert response["Content-Disposition"].startswith("attachment")
        assert "no-store" in response["Cache-Control"]
    assert denied(login(client, "donvi2").get(url))
    assert denied(login(client, "bientap").get(url))

    looks = ModelLogEntry.objects.for_instance(own_dossier).filter(
        action="honors.dossier.file_viewed"
    )
    assert looks.count() == 2


def test_the_secretariat_sees_an_award_already_held_on_the_dossier_page(client, demo):
    reviewed = Dossier.objects.get(state=DossierState.UNDER_REVIEW)

    page = login(client, "thuky").get(f"/admin/dossiers/inspect/{reviewed.pk}/")

    assert 'data-finding="honoured"' in page.content.decode()


def test_the_secretariat_drafts_the_disclosure_from_a_dossier_in_one_action(
    client, demo
):
    from honors.disclosures.pages import DisclosurePage

    reviewed = Dossier.objects.get(state=DossierState.UNDER_REVIEW)
    nominee = reviewed.nominees.get()
    login(client, "thuky")

    response = client.post(f"/admin/dossiers/{reviewed.pk}/cong-khai/")

    reviewed.refresh_from_db()
    page = reviewed.disclosure
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{page.pk}/edit/"
    assert isinstance(page.specific, DisclosurePage)
    page = page.specific
    assert not page.live  # a draft, for the two-step workflow
    assert page.proposing_body == reviewed.unit.name
    assert [n.name for n in page.nominees.all()] == [nominee.name]
    assert page.nominees.get().achievements == nominee.achievement_summary
    assert list(page.dossiers.all()) == [reviewed]
    # Once is enough; the page then shows the link and the comments' count.
    again = client.post(f"/admin/dossiers/{reviewed.pk}/cong-khai/", follow=True)
    assert "đã có trang công khai" in again.content.decode()
    inspect = client.get(f"/admin/dossiers/inspect/{reviewed.pk}/").content.decode()
    assert f"/admin/pages/{page.pk}/edit/" in inspect
    assert "Chưa có góp ý nào." in inspect


def test_only_the_secretariat_drafts_a_disclosure(client, demo):
    reviewed = Dossier.objects.get(state=DossierState.UNDER_REVIEW)

    for username in ("donvi2", "lanhdao", "bientap"):
        assert denied(
            login(client, username).post(f"/admin/dossiers/{reviewed.pk}/cong-khai/")
        ), username
    reviewed.refresh_from_db()
    assert reviewed.disclosure is None


LIST = (
    "STT,Họ và tên,Năm sinh,Chức vụ,Đơn vị công tác,Hình thức khen thưởng,Thành tích\n"
    "1,Lường Thị Hoa,1985,Giáo viên,Trường Tiểu học Chiềng Sinh,"
    "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh,Giáo viên dạy giỏi cấp tỉnh\n"
    "2,Cầm Văn Tính,1979,Hiệu phó,Trường THCS Tô Hiệu,"
    "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh,Sáng kiến cấp tỉnh\n"
)


def upload(client, dossier, text, name="danh-sach.csv"):
    return client.post(
        f"/admin/dossiers/{dossier.pk}/danh-sach/",
        {"list": SimpleUploadedFile(name, text.encode("utf-8-sig"))},
        follow=True,
    )


def test_an_officer_adds_nominees_from_the_registry_s_spreadsheet_format(client, demo):
    draft = Dossier.objects.get(state=DossierState.DRAFT)  # holds Lường Thị Hoa
    login(client, "donvi1")

    response = upload(client, draft, LIST)

    assert "Đã thêm 1 người, tập thể từ danh sách." in response.content.decode()
    added = draft.nominees.get(name="Cầm Văn Tính")
    assert (added.birth_year, added.position) == (1979, "Hiệu phó")
    assert added.achievement_summary == "Sáng kiến cấp tỉnh"
    assert draft.documents.filter(kind=DocumentKind.NOMINEE_LIST).count() == 1


def test_a_list_with_a_wrong_row_adds_nobody_and_names_the_row(client, demo):
    draft = Dossier.objects.get(state=DossierState.DRAFT)
    before = draft.nominees.count()
    login(client, "donvi1")

    response = upload(client, draft, LIST.replace("1979", "năm 79"))

    html = response.content.decode()
    assert "Chưa thêm ai: tệp có 1 lỗi." in html
    assert "Dòng 3, cột “Năm sinh”" in html
    assert draft.nominees.count() == before


def test_another_unit_cannot_upload_to_the_dossier(client, demo):
    draft = Dossier.objects.get(state=DossierState.DRAFT)
    login(client, "donvi2")

    response = client.post(
        f"/admin/dossiers/{draft.pk}/danh-sach/",
        {"list": SimpleUploadedFile("x.csv", LIST.encode())},
    )

    assert denied(response)
    assert not draft.nominees.filter(name="Cầm Văn Tính").exists()


def test_the_secretariat_is_told_when_the_list_and_the_nominees_differ(client, demo):
    draft = Dossier.objects.get(state=DossierState.DRAFT)
    login(client, "donvi1")
    upload(client, draft, LIST)
    draft.nominees.filter(name="Cầm Văn Tính").delete()
    Dossier.objects.filter(pk=draft.pk).update(state=DossierState.RECEIVED)

    page = login(client, "thuky").get(f"/admin/dossiers/inspect/{draft.pk}/")

    html = page.content.decode()
    assert 'data-finding="list_mismatch"' in html
    assert "Cầm Văn Tính có trong danh sách bảng tính nhưng chưa được nhập." in html


def test_nothing_is_deleted_once_it_has_left_the_unit(client, demo):
    draft = Dossier.objects.get(state=DossierState.DRAFT)
    returned = Dossier.objects.get(state=DossierState.RETURNED)

    assert (
        login(client, "donvi1").get(f"/admin/dossiers/delete/{draft.pk}/").status_code
        == 200
    )
    assert denied(
        login(client, "donvi2").post(f"/admin/dossiers/delete/{returned.pk}/")
    )
    assert Dossier.objects.filter(pk=returned.pk).exists()


def test_the_secretariat_lists_the_overdue_and_the_due_soon(client, demo):
    from django.utils import timezone

    today = timezone.localdate()
    overdue = Dossier.objects.filter(due_on__lt=today, finished_on=None)
    login(client, "thuky")

    html = client.get("/admin/dossiers/", {"urgency": "overdue"}).content.decode()

    assert overdue.exists()
    for dossier in Dossier.objects.sent():
        late = dossier in overdue and dossier.state != DossierState.RETURNED
        assert (dossier.title in html) == late, dossier.title
    assert client.get("/admin/dossiers/", {"urgency": "due_soon"}).status_code == 200


def test_the_disclosure_s_editor_links_back_to_its_dossier(client, demo):
    dossier = Dossier.objects.exclude(disclosure=None).get()
    login(client, "thuky")

    html = client.get(f"/admin/pages/{dossier.disclosure_id}/edit/").content.decode()

    assert f'href="/admin/dossiers/inspect/{dossier.pk}/"' in html
    assert dossier.code in html
    assert "Trang công khai này được lập từ hồ sơ:" in html


def test_a_disclosure_written_by_hand_has_no_dossier_panel(client, demo):
    from honors.disclosures.pages import DisclosurePage

    page = DisclosurePage.objects.filter(dossiers=None).first()
    login(client, "thuky")

    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()

    assert "Trang công khai này được lập từ hồ sơ:" not in html


def test_searching_the_list_finds_only_the_officer_s_own_dossiers(client, demo):
    own = Dossier.objects.get(
        unit__officers__username="donvi1", state=DossierState.SENT
    )

    found = login(client, "donvi2").get("/admin/dossiers/", {"q": "giáo dục"})

    assert own.title not in found.content.decode()
    mine = login(client, "donvi1").get("/admin/dossiers/", {"q": "giáo dục"})
    assert own.title in mine.content.decode()
