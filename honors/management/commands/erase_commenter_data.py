"""Erase one person's data from their comments, on request (honors.disclosures.erasure).

The same as the admin's "Xóa dữ liệu cá nhân theo yêu cầu", for a request that comes
in writing to the secretariat:

    python manage.py erase_commenter_data --contact duyen@example.vn --reason requested \\
        --note "Đơn ngày 02/12/2026" [--dry-run]
"""

from django.core.management.base import BaseCommand, CommandError

from honors.disclosures.erasure import ErasureReason, comments_of, erase


class Command(BaseCommand):
    help = (
        "Xóa họ tên, địa chỉ, điện thoại, thư điện tử và tệp đính kèm của một người "
        "góp ý (tìm theo thư điện tử hoặc số điện thoại), giữ nội dung góp ý."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--contact",
            required=True,
            help="Thư điện tử hoặc số điện thoại người góp ý đã ghi.",
        )
        parser.add_argument(
            "--reason",
            required=True,
            choices=ErasureReason.values,
            help="Lý do: " + ", ".join(ErasureReason.values) + ".",
        )
        parser.add_argument(
            "--note",
            default="",
            help="Ghi chú (số văn bản yêu cầu...), không ghi dữ liệu cá nhân.",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Chỉ liệt kê, không xóa gì."
        )

    def handle(self, *args, contact, reason, note, dry_run, **options):
        comments = comments_of(contact)
        codes = list(comments.values_list("receipt_code", flat=True))
        if not codes:
            raise CommandError(
                "Không có góp ý nào (còn dữ liệu cá nhân) với thông tin liên hệ này."
            )
        listed = ", ".join(codes)
        if dry_run:
            self.stdout.write(f"{len(codes)} góp ý sẽ bị xóa dữ liệu cá nhân: {listed}")
            return
        count = erase(comments, reason=reason, note=note)
        self.stdout.write(f"Đã xóa dữ liệu cá nhân của {count} góp ý: {listed}")
