"""Run an import (or its preview) and describe the outcome row by row.

The admin screen and the `import_honours` command both call `run_import`; the report it
returns is what they show: every spreadsheet row with its number, what will happen (or
happened) to it and, for a row that cannot be imported, why.
"""

from dataclasses import dataclass, field

from django.db import transaction
from django.utils.translation import gettext as _
from import_export.results import RowResult
from tablib import Dataset

from honors.imports.readers import SpreadsheetError, read_table
from honors.imports.resource import HonourResource

NEW, EXISTING, ERROR = "new", "existing", "error"


@dataclass
class ReportRow:
    sheet_row: int
    status: str
    name: str = ""
    award: str = ""
    decision: str = ""
    errors: list[str] = field(default_factory=list)


@dataclass
class ImportReport:
    rows: list[ReportRow] = field(default_factory=list)
    file_errors: list[str] = field(default_factory=list)
    committed: bool = False
    decisions: list = field(default_factory=list)

    def count(self, status):
        return sum(1 for row in self.rows if row.status == status)

    @property
    def new_count(self):
        return self.count(NEW)

    @property
    def existing_count(self):
        return self.count(EXISTING)

    @property
    def error_count(self):
        return self.count(ERROR)

    @property
    def has_errors(self):
        return bool(self.file_errors) or self.error_count > 0

    def can_commit(self, allow_partial):
        if self.file_errors:
            return False
        return self.new_count > 0 and (allow_partial or self.error_count == 0)

    def as_summary(self):
        return {
            "new": self.new_count,
            "existing": self.existing_count,
            "errors": self.error_count,
            "file_errors": self.file_errors,
            "committed": self.committed,
        }


def run_import(
    content: bytes,
    *,
    dry_run: bool,
    allow_partial: bool = False,
    default_authority: str = "",
    document=None,
) -> ImportReport:
    """All or nothing unless allow_partial: a single bad row and nothing is written."""
    try:
        table = read_table(content)
    except SpreadsheetError as error:
        return ImportReport(file_errors=[str(error)])

    dataset = Dataset(
        *table.rows, headers=[key or f"_{i}" for i, key in enumerate(table.headers)]
    )
    resource = HonourResource(
        table, default_authority=default_authority, document=document
    )
    with transaction.atomic():
        result = resource.import_data(dataset, dry_run=True, raise_errors=False)
        report = _report(resource, result)
        if not dry_run and report.can_commit(allow_partial):
            # The preview and the real run see the same database inside this
            # transaction, so the outcome is exactly what the preview showed.
            resource = HonourResource(
                table, default_authority=default_authority, document=document
            )
            result = resource.import_data(dataset, dry_run=False, raise_errors=False)
            report = _report(resource, result)
            report.committed = not report.file_errors
            report.decisions = sorted(
                {
                    parsed.decision_number
                    for _, parsed in resource.outcomes.values()
                    if parsed
                }
            )
    return report


def _report(resource, result) -> ImportReport:
    report = ImportReport()
    for error in result.base_errors:
        report.file_errors.append(str(error.error))
    for sheet_row, (import_type, parsed) in resource.outcomes.items():
        status = EXISTING if import_type == RowResult.IMPORT_TYPE_SKIP else NEW
        report.rows.append(
            ReportRow(
                sheet_row,
                status,
                name=parsed.name,
                award=parsed.award.name,
                decision=f"{parsed.decision_number} ({parsed.decision_date:%d/%m/%Y})",
            )
        )
    for invalid in result.invalid_rows:
        sheet_row = resource.sheet_row(invalid.number)
        values = resource.raw.get(sheet_row, {})
        messages = [
            message
            for key, errors in invalid.error_dict.items()
            for message in (errors if isinstance(errors, list) else [errors])
        ]
        report.rows.append(
            ReportRow(
                sheet_row,
                ERROR,
                name=str(values.get("name", "")),
                award=str(values.get("award", "")),
                decision=str(values.get("decision_number", "")),
                errors=messages,
            )
        )
    for number, errors in result.row_errors():
        report.rows.append(
            ReportRow(
                resource.sheet_row(number),
                ERROR,
                errors=[
                    _("Lỗi khi ghi dòng này: %(error)s") % {"error": e.error}
                    for e in errors
                ],
            )
        )
    report.rows.sort(key=lambda row: row.sheet_row)
    return report
