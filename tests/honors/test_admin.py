"""The registry in the Wagtail admin: lists, search, inspect, export, the decision
chooser, and the spreadsheet import an editor runs."""

import csv
import io
import re
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile

from honors.models import Decision, Honoree, Honour, HonourImport
from honors.registry.admin import HonoreeAdmin
from honors.registry.locality_loader import load_localities
from tests.admin_forms import model_form_data

from . import factories

pytestmark = pytest.mark.django_db

FILES = Path(__file__).parent / "files"


@pytest.fixture
def lo_thi_huong(published_honour):
    return published_honour


@pytest.mark.parametrize(
    "model", ["honour", "honoree", "decision", "award", "locality"]
)
def test_every_registry_list_and_its_forms_open(admin_client, lo_thi_huong, model):
    assert admin_client.get(f"/admin/honors/{model}/").status_code == 200
    assert admin_client.get(f"/admin/honors/{model}/create/").status_code == 200


def test_an_honour_can_be_inspected(admin_client, lo_thi_huong):
    response = admin_client.get(f"/admin/honors/honour/inspect/{lo_thi_huong.pk}/")

    assert response.status_code == 200
    assert lo_thi_huong.verification_code in response.content.decode()


def test_admin_search_ignores_tone_marks_and_matches_decision_numbers(
    admin_client, lo_thi_huong
):
    factories.honour(factories.honoree("Đặng Văn Đức"))

    by_name = admin_client.get(
        "/admin/honors/honour/", {"q": "lo thi"}
    ).content.decode()
    by_number = admin_client.get(
        "/admin/honors/honour/", {"q": lo_thi_huong.decision.number.replace("Đ", "D")}
    ).content.decode()

    assert "Lò Thị Hương" in by_name and "Đặng Văn Đức" not in by_name
    assert "Lò Thị Hương" in by_number


def test_csv_export_carries_verification_links_and_qr_images(
    admin_client, lo_thi_huong
):
    response = admin_client.get("/admin/honors/honour/", {"export": "csv"})

    body = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(body)))
    assert len(rows) == 1
    row = rows[0]
    code = lo_thi_huong.verification_code
    assert row["Cá nhân, tập thể"] == "Lò Thị Hương"
    assert row["Số quyết định"] == lo_thi_huong.decision.number
    assert row["Ngày quyết định"] == "15/12/2025"
    assert row["Mã xác minh"] == code
    assert row["Địa chỉ xác minh"] == f"http://localhost/xac-minh/{code}/"
    assert row["Ảnh mã QR"] == f"http://localhost/xac-minh/{code}/qr.png"


def test_xlsx_export(admin_client, lo_thi_huong):
    response = admin_client.get("/admin/honors/honour/", {"export": "xlsx"})

    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"PK")


def test_decision_chooser_finds_a_decision_by_number(admin_client, db):
    factories.decision("2150/QĐ-UBND")
    factories.decision("777/QĐ-UBND")

    response = admin_client.get("/admin/decision_chooser/results/", {"q": "2150"})

    html = response.content.decode()
    assert "2150/QĐ-UBND" in html
    assert "777/QĐ-UBND" not in html


class TestImportScreens:
    @pytest.fixture(autouse=True)
    def localities(self, db):
        load_localities()

    def upload(self, client, name, **fields):
        return client.post(
            "/admin/thi-dua/nhap/",
            {"file": SimpleUploadedFile(name, (FILES / name).read_bytes()), **fields},
        )

    def test_upload_shows_a_preview_and_writes_nothing(self, admin_client):
        response = self.upload(admin_client, "danh-sach.xlsx")

        html = response.content.decode()
        assert response.status_code == 200
        assert "12 khen thưởng mới · 0 đã có (bỏ qua) · 0 dòng lỗi" in html
        assert "Xác nhận nhập 12 khen thưởng" in html
        assert Honour.objects.count() == 0
        record = HonourImport.objects.get()
        assert record.uploaded_by == admin_client.user
        assert record.imported_at is None

    def test_confirming_imports_and_offers_to_publish_a_board(
        self, admin_client, honour_roll
    ):
        self.upload(admin_client, "danh-sach.xlsx")
        record = HonourImport.objects.get()

        response = admin_client.post(f"/admin/thi-dua/nhap/{record.pk}/xac-nhan/")

        html = response.content.decode()
        assert Honour.objects.count() == 12
        assert "Đã nhập 12 khen thưởng." in html
        assert f"/admin/pages/add/honors/honourboardpage/{honour_roll.pk}/" in html
        record.refresh_from_db()
        assert record.imported_at is not None
        assert record.summary["result"]["new"] == 12

        again = admin_client.post(f"/admin/thi-dua/nhap/{record.pk}/xac-nhan/")
        assert "đã được nhập lúc trước" in again.content.decode()
        assert Honour.objects.count() == 12

    def test_a_file_with_errors_lists_them_and_cannot_be_confirmed(self, admin_client):
        response = self.upload(admin_client, "danh-sach-co-loi.xlsx")

        html = response.content.decode()
        assert (
            "Hình thức khen thưởng “Huy chương Vàng Olympic” không có trong danh mục."
            in html
        )
        assert "Xác nhận nhập" not in html
        record = HonourImport.objects.get()
        admin_client.post(f"/admin/thi-dua/nhap/{record.pk}/xac-nhan/")
        assert Honour.objects.count() == 0

    def test_the_decision_pdf_becomes_the_decisions_electronic_record(
        self, admin_client
    ):
        pdf = SimpleUploadedFile("qd-2150.pdf", b"%PDF-1.4\n%demo\n")
        self.upload(admin_client, "danh-sach.xlsx", decision_file=pdf)
        record = HonourImport.objects.get()

        admin_client.post(f"/admin/thi-dua/nhap/{record.pk}/xac-nhan/")

        document = Decision.objects.get().document
        assert document is not None
        assert document.file.read().startswith(b"%PDF")

    def test_a_decision_file_that_is_not_a_pdf_is_refused(self, admin_client):
        fake = SimpleUploadedFile("qd.pdf", b"MZ this is not a pdf")

        response = self.upload(admin_client, "danh-sach.xlsx", decision_file=fake)

        assert "Văn bản quyết định phải là tệp PDF." in response.content.decode()
        assert HonourImport.objects.count() == 0

    def test_uploaded_files_are_kept_outside_public_media(self, admin_client, settings):
        self.upload(admin_client, "danh-sach.xlsx")

        path = Path(HonourImport.objects.get().file.path)
        assert Path(settings.PRIVATE_MEDIA_ROOT) in path.parents
        assert Path(settings.MEDIA_ROOT) not in path.parents

    def test_someone_who_may_not_add_honours_cannot_import(self, client, db):
        editor = get_user_model().objects.create_user("khach", password="x")
        editor.user_permissions.add(
            *__import__(
                "django.contrib.auth.models", fromlist=["Permission"]
            ).Permission.objects.filter(codename="access_admin")
        )
        client.force_login(editor)

        response = client.get("/admin/thi-dua/nhap/")

        assert response.status_code in (302, 403)
        assert HonourImport.objects.count() == 0


def test_honoree_export_spells_out_choices_and_yes_no(admin_client, lo_thi_huong):
    honoree = lo_thi_huong.honoree
    honoree.gender, honoree.ethnicity, honoree.is_direct_worker = "female", "thai", True
    honoree.save()

    response = admin_client.get("/admin/honors/honoree/", {"export": "csv"})

    body = b"".join(response.streaming_content).decode("utf-8-sig")
    row = next(csv.DictReader(io.StringIO(body)))
    assert row["Đối tượng"] == "Cá nhân"
    assert row["Giới tính"] == "Nữ"
    assert row["Dân tộc"] == "Thái"
    assert row["Người lao động trực tiếp"] == "Có"


class TestTwoEditorsOneRecord:
    """Two editors correct the same honoree: the second save, made on the record as
    it was before the first, is refused; nothing is overwritten without a word."""

    def form(self, client, honoree, **overrides):
        edit_handler = HonoreeAdmin().get_edit_handler().bind_to_model(Honoree)
        form_class = edit_handler.get_form_class()
        return model_form_data(form_class, honoree, client.user, **overrides)

    def test_the_second_save_is_refused_and_the_first_stands(
        self, admin_client, lo_thi_huong
    ):
        honoree = lo_thi_huong.honoree
        url = f"/admin/honors/honoree/edit/{honoree.pk}/"
        first = self.form(admin_client, honoree, position="Giáo viên trường bản")
        second = self.form(admin_client, honoree, organisation="Trường Tiểu học Mộc Hạ")

        saved = admin_client.post(url, first)
        refused = admin_client.post(url, second)

        assert saved.status_code == 302
        assert refused.status_code == 409
        honoree.refresh_from_db()
        assert honoree.position == "Giáo viên trường bản"
        assert honoree.organisation != "Trường Tiểu học Mộc Hạ"
        html = refused.content.decode()
        assert "vừa được người khác lưu" in html
        assert "Trường Tiểu học Mộc Hạ" in html  # what was typed is still there
        assert "Chức vụ" in html  # the field that differs is named

    def test_saving_the_returned_form_again_replaces_knowingly(
        self, admin_client, lo_thi_huong
    ):
        honoree = lo_thi_huong.honoree
        url = f"/admin/honors/honoree/edit/{honoree.pk}/"
        stale = self.form(admin_client, honoree, organisation="Trường Mộc Hạ")
        admin_client.post(url, self.form(admin_client, honoree, position="Hiệu phó"))
        refused = admin_client.post(url, stale)
        fresh = re.search(
            r'name="seen_state" value="([0-9a-f]+)"', refused.content.decode()
        ).group(1)

        resent = stale.copy()
        resent["seen_state"] = fresh
        again = admin_client.post(url, resent)

        assert again.status_code == 302
        honoree.refresh_from_db()
        assert honoree.organisation == "Trường Mộc Hạ"


@pytest.mark.parametrize(
    ("model", "typed", "shown"),
    [
        ("honour", "lo thi", "Lò Thị Hương"),
        ("honoree", "LO THI HUONG", "Lò Thị Hương"),
        ("decision", "1234", "1234/QĐ-UBND"),
        ("decision", "1234/qd-ubnd", "1234/QĐ-UBND"),
        ("award", "huan chuong", "Huân chương Lao động hạng Ba"),
        ("award", "Bằng khen", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"),
        ("locality", "chieng mung", "Chiềng Mung"),
        ("locality", "xa chieng", "Chiềng Mung"),
    ],
)
def test_every_registry_list_searches_folded_text(
    admin_client, db, model, typed, shown
):
    honour = factories.honour(
        decision_=factories.decision("1234/QĐ-UBND"),
        award_=factories.award("Huân chương Lao động hạng Ba"),
    )
    factories.award()
    factories.locality("Chiềng Mung")
    factories.locality("Mường Bú")
    assert honour.honoree.name == "Lò Thị Hương"

    html = admin_client.get(f"/admin/honors/{model}/", {"q": typed}).content.decode()

    assert shown in html
    assert "Mường Bú" not in html


def test_the_comment_list_searches_folded_text_and_receipt_codes(
    admin_client, home_page
):
    from tests.honors.test_comment_moderation import make_comment

    disclosure = factories.disclosure(home_page)
    wanted = make_comment(disclosure, body="Tôi đồng ý với đề nghị khen thưởng.")
    other = make_comment(disclosure, body="Ý kiến khác hẳn.")

    by_text = admin_client.get(
        "/admin/honors/publiccomment/", {"q": "dong y de nghi"}
    ).content.decode()
    by_code = admin_client.get(
        "/admin/honors/publiccomment/", {"q": wanted.receipt_code.lower()}
    ).content.decode()

    assert wanted.receipt_code in by_text and other.receipt_code not in by_text
    assert wanted.receipt_code in by_code and other.receipt_code not in by_code
