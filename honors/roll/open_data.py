"""Open data: the public honour roll as CSV, XLSX and JSON, with the roll's filters.

One list of columns (`COLUMNS`) defines every download, the JSON API's items and the
table of fields on the open data page, so they cannot drift apart. Only what the honour
roll itself shows is exported: no birth year, gender, ethnicity or biography, and never
anything about the people who commented on a disclosure.

Downloads stream: rows are read from the database in chunks (`iterator`) and written
out as they come, so exporting 100,000 honours holds one chunk in memory, not the list.
XLSX cannot be written as a stream (it is a zip file), so it is written row by row in
openpyxl's write-only mode to a temporary file, which is then streamed.
"""

import csv
import json
import tempfile
from dataclasses import dataclass
from datetime import date

from django.http import FileResponse, StreamingHttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home.listing.exports import Echo
from honors.registry.choices import CommendationType, GrantingLevel, HonoreeKind
from honors.registry.honours import HonourQuerySet, honour_roll_page
from honors.registry.localities import LocalityTree
from search.folding import folded_slug

CHUNK_SIZE = 2000
FORMATS = ("csv", "xlsx", "json")
CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "json": "application/json; charset=utf-8",
}


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    description: str
    example: str


COLUMNS = [
    Column(
        "honoree_name",
        _("Tên cá nhân, tập thể"),
        _("Họ và tên cá nhân, tên tập thể hoặc hộ gia đình được khen thưởng."),
        "Lò Thị Hương",
    ),
    Column(
        "honoree_kind",
        _("Đối tượng"),
        _("Cá nhân, Tập thể hoặc Hộ gia đình."),
        "Cá nhân",
    ),
    Column(
        "unit",
        _("Đơn vị"),
        _("Chức vụ và cơ quan, đơn vị hoặc thôn, bản như ghi trong quyết định."),
        "Giáo viên, Trường Tiểu học Chiềng Cơi",
    ),
    Column(
        "locality",
        _("Địa bàn"),
        _("Xã, phường và tỉnh nơi công tác hoặc cư trú."),
        "xã Chiềng Cơi, tỉnh Sơn La",
    ),
    Column(
        "award",
        _("Hình thức khen thưởng"),
        _("Tên hình thức khen thưởng hoặc danh hiệu thi đua."),
        "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
    ),
    Column(
        "award_level",
        _("Cấp khen thưởng"),
        _("Cấp ra quyết định khen thưởng."),
        "Bộ, ngành, tỉnh",
    ),
    Column(
        "commendation_type",
        _("Loại khen thưởng"),
        _("Loại khen thưởng theo Luật Thi đua, khen thưởng (Điều 8)."),
        "Thành tích thực hiện nhiệm vụ",
    ),
    Column(
        "year",
        _("Năm"),
        _("Năm của thành tích được khen thưởng."),
        "2025",
    ),
    Column(
        "decision_number",
        _("Số quyết định"),
        _("Số và ký hiệu của quyết định khen thưởng."),
        "1234/QĐ-UBND",
    ),
    Column(
        "decision_date",
        _("Ngày quyết định"),
        _("Ngày ký quyết định, dạng năm-tháng-ngày (ISO 8601)."),
        "2026-01-15",
    ),
    Column(
        "verification_url",
        _("Đường dẫn xác minh"),
        _("Trang xác minh khen thưởng trên cổng (cũng là nội dung mã QR)."),
        "https://…/xac-minh/ABCDE23456/",
    ),
]


DATE_COLUMN = [column.key for column in COLUMNS].index("decision_date")


def _unit(honoree) -> str:
    return ", ".join(filter(None, [honoree.position, honoree.organisation]))


class RowWriter:
    """Turns honours into dicts of COLUMNS, with absolute verification links."""

    def __init__(self, request, locality_tree=None):
        # The filter form has read the localities already: reuse its tree.
        self.tree = locality_tree or LocalityTree()
        # Labels and place names worked out once, not per row: get_FOO_display()
        # translates every choice of the field on each call.
        self.kinds = {value: str(label) for value, label in HonoreeKind.choices}
        self.levels = {value: str(label) for value, label in GrantingLevel.choices}
        self.types = {value: str(label) for value, label in CommendationType.choices}
        self.places = {
            pk: self.tree.path_name(locality)
            for pk, locality in self.tree.by_id.items()
        }
        placeholder = "CODE"
        path = reverse("honour_verification", args=[placeholder])
        self.verification_prefix, self.verification_suffix = request.build_absolute_uri(
            path
        ).split(placeholder)

    def row(self, honour) -> dict:
        honoree, award = honour.honoree, honour.award
        return {
            "honoree_name": honoree.name,
            "honoree_kind": self.kinds.get(honoree.kind, honoree.kind),
            "unit": _unit(honoree),
            "locality": self.places.get(honoree.locality_id, ""),
            "award": award.display_name,
            "award_level": self.levels.get(award.level, ""),
            "commendation_type": self.types.get(
                honour.commendation_type, honour.commendation_type
            ),
            "year": honour.year,
            "decision_number": honour.decision.number,
            "decision_date": honour.decision.signed_on,
            "verification_url": self.verification_prefix
            + honour.verification_code
            + self.verification_suffix,
        }


def export_queryset(honours):
    """Only the columns the export reads, oldest decisions last, read in chunks."""
    return (
        honours.select_related("honoree", "award", "decision")
        .only(
            "year",
            "commendation_type",
            "verification_code",
            "honoree__name",
            "honoree__kind",
            "honoree__position",
            "honoree__organisation",
            "honoree__locality_id",
            "award__name",
            "award__name_en",
            "award__level",
            "decision__number",
            "decision__signed_on",
        )
        .order_by(*HonourQuerySet.LISTING_ORDER)
        .iterator(chunk_size=CHUNK_SIZE)
    )


def _filename(extension, parts=()) -> str:
    """khen-thuong-2025-xa-chieng-coi-20261203.csv: what the file holds, then when."""
    name = "-".join(["khen-thuong", *parts])[:120].rstrip("-")
    return f"{name}-{timezone.localdate():%Y%m%d}.{extension}"


def filter_name_parts(form) -> list[str]:
    """The roll's filters as words of a file name (folded ASCII), in form order."""
    parts = []
    for name, value in form.cleaned_data.items():
        if value in (None, ""):
            continue
        if name == "locality":
            value = form.locality_tree.by_id.get(value, value)
        elif name in ("level", "kind", "direct_worker"):
            value = dict(form.fields[name].choices).get(value, value)
        elif name == "movement":
            value = value.title
        parts.append(folded_slug(str(value), 40))
    return [part for part in parts if part]


#: Column widths of the XLSX file, in characters, by column key.
XLSX_WIDTHS = {
    "honoree_name": 28,
    "honoree_kind": 12,
    "unit": 40,
    "locality": 30,
    "award": 40,
    "award_level": 18,
    "commendation_type": 28,
    "year": 8,
    "decision_number": 18,
    "decision_date": 14,
    "verification_url": 46,
}


def csv_response(request, honours, locality_tree=None, name_parts=()):
    writer = csv.writer(Echo())
    rows = RowWriter(request, locality_tree)

    def lines():
        # A byte order mark, so Excel opens the file as UTF-8 and Vietnamese is intact.
        yield "\ufeff" + writer.writerow([str(column.header) for column in COLUMNS])
        for honour in export_queryset(honours):
            values = rows.row(honour)
            yield writer.writerow(
                [_cell_text(values[column.key]) for column in COLUMNS]
            )

    response = StreamingHttpResponse(lines(), content_type=CONTENT_TYPES["csv"])
    response["Content-Disposition"] = (
        f'attachment; filename="{_filename("csv", name_parts)}"'
    )
    return response


def _cell_text(value) -> str:
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def json_response(request, honours, *, meta, locality_tree=None, name_parts=()):
    rows = RowWriter(request, locality_tree)

    def chunks():
        head = json.dumps(meta, ensure_ascii=False, default=str)
        yield head[:-1] + ', "items": ['
        separator = ""
        for honour in export_queryset(honours):
            yield separator + json.dumps(
                rows.row(honour), ensure_ascii=False, default=_cell_text
            )
            separator = ",\n"
        yield "]}\n"

    response = StreamingHttpResponse(chunks(), content_type=CONTENT_TYPES["json"])
    response["Content-Disposition"] = (
        f'attachment; filename="{_filename("json", name_parts)}"'
    )
    return response


def xlsx_response(request, honours, locality_tree=None, name_parts=()):
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    rows = RowWriter(request, locality_tree)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=str(_("Khen thưởng")))
    # The header stays in view while scrolling, and columns are wide enough to read.
    sheet.freeze_panes = "A2"
    for index, column in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = XLSX_WIDTHS.get(
            column.key, 16
        )
    header = []
    for column in COLUMNS:
        cell = WriteOnlyCell(sheet, value=str(column.header))
        cell.font = Font(bold=True)
        header.append(cell)
    sheet.append(header)
    for honour in export_queryset(honours):
        values = rows.row(honour)
        cells = [values[column.key] for column in COLUMNS]
        signed_on = WriteOnlyCell(sheet, value=values["decision_date"])
        signed_on.number_format = "DD/MM/YYYY"
        cells[DATE_COLUMN] = signed_on
        sheet.append(cells)
    # FileResponse closes the file when the download ends; closing deletes it.
    output = tempfile.TemporaryFile(suffix=".xlsx")  # noqa: SIM115
    workbook.save(output)
    output.seek(0)
    return FileResponse(
        output,
        as_attachment=True,
        filename=_filename("xlsx", name_parts),
        content_type=CONTENT_TYPES["xlsx"],
    )


def roll_download_urls(request):
    """The download links of the honour roll, for the open data page."""
    roll = honour_roll_page()
    if roll is None:
        return []
    base = roll.get_url(request) or ""
    return [
        (
            extension.upper(),
            request.build_absolute_uri(
                base + roll.reverse_subpage("download", args=[extension])
            ),
        )
        for extension in FORMATS
    ]
