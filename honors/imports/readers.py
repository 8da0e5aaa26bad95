"""Read the spreadsheets people actually have into rows of text.

Excel workbooks (.xlsx and the older .xls) and text exports: UTF-8 with or without BOM,
Excel's "Unicode text" (UTF-16, tab-separated) and the Windows-1258 CSV that Excel writes
on a Vietnamese Windows. The format is recognised from the content, never the file name.
Vietnamese files often carry a title block above the header row and a signature block
below the list: the header row is found by its column names, and lines that are not
data are dropped, while every row keeps the number it has in the spreadsheet.
"""

import codecs
import csv
import io
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime

from django.utils.translation import gettext as _

from honors.imports.columns import canonical_column

MAX_ROWS = 10_000
HEADER_SEARCH_ROWS = 20


class SpreadsheetError(ValueError):
    """The file cannot be read as a list of honours; the message says why."""


@dataclass
class Table:
    headers: list[str]  # canonical column keys ("" for columns we do not use)
    rows: list[list] = field(default_factory=list)
    sheet_rows: list[int] = field(default_factory=list)  # spreadsheet row of each row
    header_row: int = 1
    original_headers: list[str] = field(default_factory=list)


def read_table(content: bytes) -> Table:
    if content.startswith(b"PK\x03\x04"):
        raw_rows = _xlsx_rows(content)
    elif content.startswith(b"\xd0\xcf\x11\xe0"):
        raw_rows = _xls_rows(content)
    else:
        raw_rows = _text_rows(content)
    return _table(raw_rows)


def _xlsx_rows(content):
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception as error:
        raise SpreadsheetError(
            _("Không đọc được tệp Excel (.xlsx): tệp hỏng hoặc không phải bảng tính.")
        ) from error
    sheet = workbook.worksheets[0]
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    workbook.close()
    return rows


def _xls_rows(content):
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=content)
    except Exception as error:
        raise SpreadsheetError(_("Không đọc được tệp Excel cũ (.xls).")) from error
    sheet = book.sheet_by_index(0)
    rows = []
    for index in range(sheet.nrows):
        row = []
        for cell in sheet.row(index):
            if cell.ctype == xlrd.XL_CELL_DATE:
                row.append(xlrd.xldate.xldate_as_datetime(cell.value, book.datemode))
            else:
                row.append(cell.value)
        rows.append(row)
    return rows


def decode_text(content: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1258; always NFC."""
    if content.startswith(codecs.BOM_UTF8):
        text = content[len(codecs.BOM_UTF8) :].decode("utf-8")
    elif content.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = content.decode("utf-16")
    else:
        try:
            text = content.decode("utf-8")
        except UnicodeDecodeError:
            try:
                text = content.decode("cp1258")
            except UnicodeDecodeError as error:
                raise SpreadsheetError(
                    _("Không nhận ra bảng mã của tệp: hãy lưu lại dạng CSV UTF-8.")
                ) from error
    # Windows-1258 writes tone marks as separate characters: compose them.
    return unicodedata.normalize("NFC", text)


def _text_rows(content):
    if b"\x00" in content[:4000] and not content.startswith(
        (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    ):
        raise SpreadsheetError(_("Tệp không phải bảng tính (.xlsx, .xls) hay CSV."))
    text = decode_text(content)
    sample = text[:5000]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return list(csv.reader(io.StringIO(text), dialect))


def _cell(value):
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return unicodedata.normalize("NFC", str(value)).strip()


def _table(raw_rows) -> Table:
    rows = [[_cell(value) for value in row] for row in raw_rows]
    header_index = None
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        keys = [
            canonical_column(value) if isinstance(value, str) else "" for value in row
        ]
        if "name" in keys and "award" in keys:
            header_index, headers = index, keys
            break
    if header_index is None:
        raise SpreadsheetError(
            _(
                "Không tìm thấy dòng tiêu đề: bảng cần có ít nhất cột “Họ và tên” và cột "
                "“Hình thức khen thưởng” trong %(rows)s dòng đầu."
            )
            % {"rows": HEADER_SEARCH_ROWS}
        )
    table = Table(
        headers=headers,
        header_row=header_index + 1,
        original_headers=[str(value) for value in rows[header_index]],
    )
    for index, row in enumerate(rows[header_index + 1 :], start=header_index + 2):
        filled = [value for value in row if value not in ("", None)]
        # Blank lines, and single-cell lines such as "Tổng cộng" or a signature, are
        # not data.
        if len(filled) <= 1:
            continue
        padded = (row + [""] * len(headers))[: len(headers)]
        table.rows.append(padded)
        table.sheet_rows.append(index)
        if len(table.rows) > MAX_ROWS:
            raise SpreadsheetError(
                _("Tệp có hơn %(max)s dòng: hãy chia thành nhiều tệp.")
                % {"max": MAX_ROWS}
            )
    if not table.rows:
        raise SpreadsheetError(_("Bảng không có dòng dữ liệu nào dưới dòng tiêu đề."))
    return table
