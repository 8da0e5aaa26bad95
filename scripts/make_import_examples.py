"""Write the example spreadsheets of a decision's honours list.

static/honors/ gets the sample editors download from the import screen; tests/honors/files
gets the same list in every format the importer reads (Excel .xlsx and .xls, CSV in UTF-8,
Windows-1258 and UTF-16) and a file with one row of each kind of error. Run it with the
project's Python after changing the sample; .xls needs `pip install xlwt` (only here).

    .venv/bin/python scripts/make_import_examples.py
"""

import csv
import io
import unicodedata
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

ROOT = Path(__file__).resolve().parent.parent
STATIC = ROOT / "static" / "honors"
FILES = ROOT / "tests" / "honors" / "files"

TITLE = [
    ["ỦY BAN NHÂN DÂN TỈNH SƠN LA"],
    ["DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH"],
    ["(Kèm theo Quyết định số 2150/QĐ-UBND ngày 15/10/2026 của Chủ tịch UBND tỉnh)"],
    [],
]
HEADER = [
    "STT",
    "Họ và tên",
    "Đối tượng",
    "Giới tính",
    "Năm sinh",
    "Dân tộc",
    "Chức vụ",
    "Đơn vị",
    "Xã, phường",
    "Lao động trực tiếp",
    "Hình thức khen thưởng",
    "Loại khen thưởng",
    "Số quyết định",
    "Ngày quyết định",
    "Cơ quan ban hành",
    "Thành tích",
]
AUTHORITY = "Chủ tịch Ủy ban nhân dân tỉnh Sơn La"
NUMBER, DATE = "2150/QĐ-UBND", "15/10/2026"
PEOPLE = [
    (
        "Lường Thị Phương",
        "Cá nhân",
        "Nữ",
        "1986",
        "Thái",
        "Giáo viên",
        "Trường Tiểu học Chiềng Cơi",
        "Chiềng Cơi",
        "x",
    ),
    (
        "Giàng A Tủa",
        "Cá nhân",
        "Nam",
        "1990",
        "Mông",
        "Giáo viên",
        "Trường Phổ thông dân tộc bán trú THCS Tà Xùa",
        "Tà Xùa",
        "x",
    ),
    (
        "Quàng Văn Tiến",
        "Cá nhân",
        "Nam",
        "1979",
        "Thái",
        "Hiệu trưởng",
        "Trường Tiểu học Mường Bú",
        "Mường Bú",
        "",
    ),
    (
        "Nguyễn Thị Thu Hà",
        "Cá nhân",
        "Nữ",
        "1984",
        "Kinh",
        "Giáo viên mầm non",
        "Trường Mầm non Hoa Ban xã Vân Hồ",
        "Vân Hồ",
        "x",
    ),
    (
        "Mùa Thị Sua",
        "Cá nhân",
        "Nữ",
        "1995",
        "Mông",
        "Giáo viên",
        "Trường Tiểu học Mường Lạn",
        "Mường Lạn",
        "x",
    ),
    (
        "Đinh Công Khương",
        "Cá nhân",
        "Nam",
        "1981",
        "Mường",
        "Phó Hiệu trưởng",
        "Trường Phổ thông dân tộc nội trú tỉnh",
        "Chiềng Sinh",
        "",
    ),
    (
        "Vì Văn Pắn",
        "Cá nhân",
        "Nam",
        "1988",
        "Xinh Mun",
        "Nhân viên",
        "Trường Phổ thông dân tộc bán trú THCS Chiềng Khoong",
        "Chiềng Khoong",
        "x",
    ),
    (
        "Bàn Thị Mây",
        "Cá nhân",
        "Nữ",
        "1992",
        "Dao",
        "Giáo viên",
        "Trường Tiểu học Suối Tọ",
        "Suối Tọ",
        "x",
    ),
    ("Trường Tiểu học Chiềng Cơi", "Tập thể", "", "", "", "", "", "Chiềng Cơi", ""),
    (
        "Trường Phổ thông dân tộc bán trú THCS Tà Xùa",
        "Tập thể",
        "",
        "",
        "",
        "",
        "",
        "Tà Xùa",
        "",
    ),
    ("Trường Mầm non Hoa Ban xã Vân Hồ", "Tập thể", "", "", "", "", "", "Vân Hồ", ""),
    (
        "Hội Liên hiệp Phụ nữ xã Mường Lạn",
        "Tập thể",
        "",
        "",
        "",
        "",
        "",
        "Mường Lạn",
        "",
    ),
]
REASON = "Có thành tích xuất sắc trong năm học 2025 – 2026."


def rows():
    for number, person in enumerate(PEOPLE, start=1):
        name, kind, gender, born, ethnic, position, unit, commune, direct = person
        yield [
            str(number),
            name,
            kind,
            gender,
            born,
            ethnic,
            position,
            unit,
            commune,
            direct,
            "Bằng khen của Chủ tịch UBND tỉnh",
            "Thường xuyên",
            NUMBER,
            DATE,
            AUTHORITY,
            REASON,
        ]


FOOTER = [
    [],
    ["", "Tổng cộng: 08 cá nhân, 04 tập thể"],
    [],
    ["", "", "", "", "", "", "", "", "", "", "", "", "", "NGƯỜI LẬP BIỂU"],
]


def write_xlsx(path, data_rows, *, title=True):
    book = Workbook()
    sheet = book.active
    sheet.title = "Danh sách"
    for line in TITLE if title else []:
        sheet.append(line)
    sheet.append(HEADER)
    for row in data_rows:
        sheet.append(row)
    for line in FOOTER:
        sheet.append(line)
    header_row = len(TITLE) + 1 if title else 1
    for cell in sheet[header_row]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    sheet["A2"].font = Font(bold=True)
    widths = [5, 34, 10, 8, 8, 9, 18, 40, 14, 10, 32, 12, 14, 12, 30, 40]
    for column, width in zip("ABCDEFGHIJKLMNOP", widths, strict=True):
        sheet.column_dimensions[column].width = width
    book.save(path)


def write_xls(path, data_rows):
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Danh sach")
    line = 0
    for title_line in TITLE:
        for column, value in enumerate(title_line):
            sheet.write(line, column, value)
        line += 1
    for column, value in enumerate(HEADER):
        sheet.write(line, column, value)
    for row in data_rows:
        line += 1
        for column, value in enumerate(row):
            sheet.write(line, column, value)
    book.save(str(path))


def csv_text(data_rows, delimiter=","):
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows(data_rows)
    return buffer.getvalue()


TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_windows_1258(text):
    """Excel on a Vietnamese Windows: precomposed letters where the code page has
    them, tone marks as separate characters."""
    out = []
    for char in unicodedata.normalize("NFC", text):
        try:
            out.append(char.encode("cp1258"))
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize(
            "NFC", "".join(c for c in parts if c not in TONE_MARKS)
        )
        tones = "".join(c for c in parts if c in TONE_MARKS)
        out.append((base + tones).encode("cp1258"))
    return b"".join(out)


ERROR_ROWS = [
    [
        "1",
        "Lò Văn Thanh",
        "Cá nhân",
        "Nam",
        "1980",
        "Thái",
        "Nông dân",
        "Bản Nà Sản",
        "Chiềng Mung",
        "x",
        "Bằng khen của Chủ tịch UBND tỉnh",
        "",
        NUMBER,
        DATE,
        AUTHORITY,
        REASON,
    ],
    [
        "2",
        "Cầm Thị Hoa",
        "Cá nhân",
        "Nữ",
        "1985",
        "Thái",
        "Y sĩ",
        "Trạm Y tế xã Mường Bú",
        "Mường Bú",
        "x",
        "Huy chương Vàng Olympic",
        "",
        NUMBER,
        DATE,
        AUTHORITY,
        REASON,
    ],
    [
        "3",
        "Sồng A Chờ",
        "Cá nhân",
        "Nam",
        "1991",
        "Mông",
        "Nông dân",
        "Bản Pá Khôm",
        "Tà Xùa",
        "x",
        "Bằng khen của Chủ tịch UBND tỉnh",
        "",
        NUMBER,
        "32/13/2026",
        AUTHORITY,
        REASON,
    ],
    [
        "4",
        "",
        "Cá nhân",
        "Nữ",
        "1990",
        "Kinh",
        "Giáo viên",
        "Trường Tiểu học Tô Hiệu",
        "Tô Hiệu",
        "x",
        "Bằng khen của Chủ tịch UBND tỉnh",
        "",
        NUMBER,
        DATE,
        AUTHORITY,
        REASON,
    ],
    [
        "5",
        "Lò Văn Thanh",
        "Cá nhân",
        "Nam",
        "1980",
        "Thái",
        "Nông dân",
        "Bản Nà Sản",
        "Chiềng Mung",
        "x",
        "Bằng khen của Chủ tịch UBND tỉnh",
        "",
        NUMBER,
        DATE,
        AUTHORITY,
        REASON,
    ],
    [
        "6",
        "Hà Văn Lịch",
        "Cá nhân",
        "Nam",
        "1977",
        "Mường",
        "Trưởng bản",
        "Bản Co Sàu",
        "Xã Không Có",
        "",
        "Bằng khen của Chủ tịch UBND tỉnh",
        "",
        NUMBER,
        DATE,
        AUTHORITY,
        REASON,
    ],
]


def main():
    STATIC.mkdir(parents=True, exist_ok=True)
    FILES.mkdir(parents=True, exist_ok=True)
    sample = list(rows())
    write_xlsx(STATIC / "mau-danh-sach-khen-thuong.xlsx", sample)
    write_xlsx(FILES / "danh-sach.xlsx", sample)
    text = csv_text(sample)
    (FILES / "danh-sach-utf8-bom.csv").write_bytes(
        "\ufeff".encode() + text.encode("utf-8")
    )
    (FILES / "danh-sach-windows-1258.csv").write_bytes(
        to_windows_1258(csv_text(sample, delimiter=";"))
    )
    (FILES / "danh-sach-unicode.txt").write_bytes(
        csv_text(sample, delimiter="\t").encode("utf-16")
    )
    try:
        write_xls(FILES / "danh-sach.xls", sample)
    except ImportError:
        print("xlwt is not installed: danh-sach.xls left as it is")
    write_xlsx(FILES / "danh-sach-co-loi.xlsx", ERROR_ROWS, title=False)
    print(
        "written:",
        *sorted(p.name for p in FILES.iterdir()),
        "mau-danh-sach-khen-thuong.xlsx",
    )


if __name__ == "__main__":
    main()
