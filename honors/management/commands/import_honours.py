"""Import a decision's list of honours from a spreadsheet, as the admin screen does.

python manage.py import_honours danh-sach.xlsx --dry-run
python manage.py import_honours danh-sach.xlsx --decision-pdf qd-2150.pdf
"""

from pathlib import Path

from django.core.files import File
from django.core.management.base import BaseCommand, CommandError
from wagtail.documents import get_document_model

from honors.imports.service import ERROR, run_import


class Command(BaseCommand):
    help = (
        "Nhập danh sách khen thưởng từ bảng tính (.xlsx, .xls, .csv). Mặc định chỉ nhập khi "
        "mọi dòng hợp lệ; nhập lại cùng danh sách không tạo bản ghi trùng."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path)
        parser.add_argument(
            "--dry-run", action="store_true", help="Chỉ xem trước, không ghi gì."
        )
        parser.add_argument(
            "--partial",
            action="store_true",
            help="Nhập các dòng hợp lệ, bỏ qua các dòng lỗi.",
        )
        parser.add_argument(
            "--authority", default="", help="Cơ quan ban hành cho các dòng không ghi."
        )
        parser.add_argument(
            "--decision-pdf", type=Path, help="Văn bản quyết định (PDF) để gắn vào."
        )

    def handle(self, *args, path, dry_run, partial, authority, decision_pdf, **options):
        try:
            content = path.read_bytes()
        except OSError as error:
            raise CommandError(f"Không đọc được {path}: {error}") from error
        document = None
        if decision_pdf and not dry_run:
            with open(decision_pdf, "rb") as handle:
                if handle.read(5) != b"%PDF-":
                    raise CommandError(f"{decision_pdf} không phải tệp PDF.")
                handle.seek(0)
                document = get_document_model().objects.create(
                    title=f"Văn bản quyết định ({decision_pdf.name})",
                    file=File(handle, name=decision_pdf.name),
                )
        report = run_import(
            content,
            dry_run=dry_run,
            allow_partial=partial,
            default_authority=authority,
            document=document,
        )
        for message in report.file_errors:
            self.stderr.write(message)
        for row in report.rows:
            if row.status == ERROR:
                self.stderr.write(f"Dòng {row.sheet_row}: {'; '.join(row.errors)}")
        self.stdout.write(
            f"{report.new_count} khen thưởng mới, {report.existing_count} đã có, "
            f"{report.error_count} dòng lỗi."
        )
        if document is not None and not report.committed:
            document.delete()
        if report.has_errors and not (partial and report.can_commit(True)):
            raise CommandError("Chưa nhập: sửa các dòng lỗi hoặc dùng --partial.")
        if dry_run:
            self.stdout.write("Xem trước: chưa ghi gì.")
        elif report.committed:
            self.stdout.write(self.style.SUCCESS("Đã nhập."))
        else:
            self.stdout.write("Không có gì mới để nhập.")
