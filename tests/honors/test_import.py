"""Importing a decision's list from a spreadsheet: the formats people have, a preview
that writes nothing, a reason for every bad row, all or nothing, and no duplicates when
the same list comes twice."""

import io
from datetime import date
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from openpyxl import Workbook

from honors.imports.service import ERROR, NEW, run_import
from honors.models import Decision, Honoree, HonoreeKind, Honour
from honors.registry.locality_loader import load_localities

from . import factories

pytestmark = pytest.mark.django_db

FILES = Path(__file__).parent / "files"
SAMPLE_FORMATS = [
    "danh-sach.xlsx",
    "danh-sach.xls",
    "danh-sach-utf8-bom.csv",
    "danh-sach-windows-1258.csv",
    "danh-sach-unicode.txt",
]


@pytest.fixture(autouse=True)
def localities(db):
    load_localities()


def content(name):
    return (FILES / name).read_bytes()


def spreadsheet(*rows, header=None):
    book = Workbook()
    sheet = book.active
    sheet.append(
        header
        or ["Họ và tên", "Hình thức khen thưởng", "Số quyết định", "Ngày quyết định"]
    )
    for row in rows:
        sheet.append(list(row))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def registry_size():
    return (Honour.objects.count(), Honoree.objects.count(), Decision.objects.count())


@pytest.mark.parametrize("name", SAMPLE_FORMATS)
def test_every_format_of_the_sample_imports_the_same_twelve_honours(name):
    report = run_import(content(name), dry_run=False)

    assert report.committed, report.file_errors + [r.errors for r in report.rows]
    assert report.new_count == 12
    assert registry_size() == (12, 12, 1)
    decision = Decision.objects.get()
    assert (decision.number, decision.signed_on) == ("2150/QĐ-UBND", date(2026, 10, 15))
    assert decision.authority == "Chủ tịch Ủy ban nhân dân tỉnh Sơn La"
    teacher = Honoree.objects.get(name="Lường Thị Phương")
    assert teacher.gender == "female"
    assert teacher.birth_year == 1986
    assert teacher.ethnicity == "thai"
    assert teacher.is_direct_worker
    assert str(teacher.locality) == "phường Chiềng Cơi"
    school = Honoree.objects.get(name="Trường Tiểu học Chiềng Cơi")
    assert school.kind == HonoreeKind.COLLECTIVE
    honour = Honour.objects.get(honoree=teacher)
    assert honour.award.name == "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"
    assert honour.year == 2026
    assert honour.reason == "Có thành tích xuất sắc trong năm học 2025 – 2026."


def test_rows_keep_their_spreadsheet_numbers_below_a_title_block():
    report = run_import(content("danh-sach.xlsx"), dry_run=True)

    assert [row.sheet_row for row in report.rows] == list(range(6, 18))


def test_the_preview_writes_nothing():
    report = run_import(content("danh-sach.xlsx"), dry_run=True)

    assert report.new_count == 12
    assert not report.committed
    assert registry_size() == (0, 0, 0)


def test_importing_the_same_list_again_creates_nothing():
    run_import(content("danh-sach.xlsx"), dry_run=False)

    again = run_import(content("danh-sach-windows-1258.csv"), dry_run=False)

    assert again.existing_count == 12
    assert again.new_count == 0
    assert not again.committed
    assert registry_size() == (12, 12, 1)


def test_an_honoree_already_in_the_registry_is_matched_not_duplicated():
    existing = factories.honoree(
        "Lường Thị Phương",
        birth_year=1986,
        organisation="Trường Tiểu học Chiềng Cơi",
        biography="Đã có trong sổ.",
    )

    run_import(content("danh-sach.xlsx"), dry_run=False)

    assert Honoree.objects.filter(name="Lường Thị Phương").get() == existing
    assert existing.honours.count() == 1


def test_a_namesake_in_another_unit_is_a_different_honoree():
    factories.honoree("Lường Thị Phương", birth_year=1986, organisation="Trạm Y tế xã")

    run_import(content("danh-sach.xlsx"), dry_run=False)

    assert Honoree.objects.filter(name="Lường Thị Phương").count() == 2


def test_each_kind_of_bad_row_is_reported_with_its_row_number_and_reason():
    report = run_import(content("danh-sach-co-loi.xlsx"), dry_run=True)

    errors = {row.sheet_row: row.errors for row in report.rows if row.status == ERROR}
    assert errors == {
        3: ["Hình thức khen thưởng “Huy chương Vàng Olympic” không có trong danh mục."],
        4: [
            "“32/13/2026” không phải ngày hợp lệ: ghi theo ngày/tháng/năm, ví dụ 15/12/2025."
        ],
        5: ["Thiếu họ và tên (hoặc tên tập thể)."],
        6: ["Trùng với dòng 2: cùng người, cùng hình thức, cùng quyết định."],
        7: ["Không có địa bàn “Xã Không Có” trong danh mục."],
    }
    assert [row.status for row in report.rows] == [
        NEW,
        ERROR,
        ERROR,
        ERROR,
        ERROR,
        ERROR,
    ]


def test_one_bad_row_and_nothing_is_written():
    report = run_import(content("danh-sach-co-loi.xlsx"), dry_run=False)

    assert not report.committed
    assert registry_size() == (0, 0, 0)


def test_partial_import_writes_the_good_rows_and_reports_the_others():
    report = run_import(
        content("danh-sach-co-loi.xlsx"), dry_run=False, allow_partial=True
    )

    assert report.committed
    assert report.new_count == 1
    assert report.error_count == 5
    assert registry_size() == (1, 1, 1)


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (["Lò Văn A", "Bằng khen UBND tỉnh", "", "15/12/2025"], "Thiếu số quyết định."),
        (
            ["Lò Văn A", "Bằng khen UBND tỉnh", "1/QĐ-UBND", ""],
            "Thiếu ngày quyết định.",
        ),
        (["Lò Văn A", "", "1/QĐ-UBND", "15/12/2025"], "Thiếu hình thức khen thưởng."),
    ],
)
def test_missing_or_impossible_values_are_row_errors(row, message):
    report = run_import(spreadsheet(row), dry_run=True, default_authority="UBND tỉnh")

    assert report.error_count == 1
    assert message in " ".join(report.rows[0].errors)


def test_an_award_given_to_a_kind_it_is_not_for_is_a_row_error():
    report = run_import(
        spreadsheet(
            [
                "Lò Văn A",
                "Cá nhân",
                "Cờ thi đua của UBND tỉnh",
                "1/QĐ-UBND",
                "15/12/2025",
            ],
            header=[
                "Họ và tên",
                "Đối tượng",
                "Hình thức khen thưởng",
                "Số quyết định",
                "Ngày quyết định",
            ],
        ),
        dry_run=True,
        default_authority="UBND tỉnh",
    )

    assert report.rows[0].errors == [
        "Cờ thi đua của Ủy ban nhân dân tỉnh không dùng để tặng cá nhân."
    ]


def test_without_a_kind_column_the_award_decides_who_it_is_for():
    run_import(
        spreadsheet(
            ["Trạm Y tế xã Mường Bú", "Cờ thi đua của UBND tỉnh", "1/QĐ", "1/12/2025"]
        ),
        dry_run=False,
        default_authority="UBND tỉnh",
    )

    assert Honoree.objects.get().kind == HonoreeKind.COLLECTIVE


def test_aliases_excel_dates_and_the_default_authority_are_understood():
    report = run_import(
        spreadsheet(
            ["Lò Văn A", "Bằng khen UBND tỉnh", "7/QĐ-UBND", date(2025, 12, 15)]
        ),
        dry_run=False,
        default_authority="Chủ tịch Ủy ban nhân dân tỉnh Sơn La",
    )

    assert report.committed
    honour = Honour.objects.get()
    assert honour.award.name == "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"
    assert honour.decision.signed_on == date(2025, 12, 15)
    assert honour.decision.authority == "Chủ tịch Ủy ban nhân dân tỉnh Sơn La"


def test_without_an_authority_the_rows_say_so():
    report = run_import(
        spreadsheet(["Lò Văn A", "Bằng khen UBND tỉnh", "7/QĐ-UBND", "15/12/2025"]),
        dry_run=True,
    )

    assert "Thiếu cơ quan ban hành" in report.rows[0].errors[0]


def test_a_sheet_without_the_required_columns_is_refused_with_their_names():
    report = run_import(
        spreadsheet(
            ["Lò Văn A", "Bằng khen UBND tỉnh"], header=["Họ và tên", "Hình thức"]
        ),
        dry_run=True,
    )

    assert report.file_errors == ["Thiếu cột: “Số quyết định”, “Ngày quyết định”."]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"%PDF-1.7 not a spreadsheet", "Không tìm thấy dòng tiêu đề"),
        (b"PK\x03\x04broken zip", "Không đọc được tệp Excel"),
        (b"\x00\x01\x02\x03" * 100, "không phải bảng tính"),
        ("Họ và tên,Hình thức khen thưởng\n".encode(), "không có dòng dữ liệu"),
    ],
)
def test_files_that_are_not_lists_are_refused_with_a_reason(data, message):
    report = run_import(data, dry_run=True)

    assert message in report.file_errors[0]
    assert not report.can_commit(allow_partial=True)


def test_the_decision_document_is_attached_to_the_decision(tmp_path):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    document = get_document_model().objects.create(
        title="QĐ 2150", file=ContentFile(b"%PDF-1.4\n", name="qd-2150.pdf")
    )

    run_import(content("danh-sach.xlsx"), dry_run=False, document=document)

    assert Decision.objects.get().document == document


class TestCommand:
    def test_dry_run_reports_and_writes_nothing(self):
        output = io.StringIO()

        call_command(
            "import_honours", FILES / "danh-sach.xlsx", "--dry-run", stdout=output
        )

        assert "12 khen thưởng mới" in output.getvalue()
        assert registry_size() == (0, 0, 0)

    def test_import_then_reimport(self):
        output = io.StringIO()
        call_command("import_honours", FILES / "danh-sach.xlsx", stdout=output)
        call_command("import_honours", FILES / "danh-sach.xls", stdout=output)

        assert "Đã nhập." in output.getvalue()
        assert "0 khen thưởng mới, 12 đã có" in output.getvalue()
        assert registry_size() == (12, 12, 1)

    def test_errors_fail_the_command_with_row_numbers(self):
        errors = io.StringIO()

        with pytest.raises(CommandError):
            call_command(
                "import_honours", FILES / "danh-sach-co-loi.xlsx", stderr=errors
            )

        assert "Dòng 4:" in errors.getvalue()
        assert registry_size() == (0, 0, 0)

    def test_partial_imports_the_good_rows(self):
        call_command(
            "import_honours",
            FILES / "danh-sach-co-loi.xlsx",
            "--partial",
            stdout=io.StringIO(),
            stderr=io.StringIO(),
        )

        assert registry_size() == (1, 1, 1)
