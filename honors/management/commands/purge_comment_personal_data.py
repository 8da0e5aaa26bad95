"""De-identify commenters once their data has served its purpose.

A comment's sender is kept only as long as the handling needs: COMMENT_RETENTION_DAYS
(default 365) after the council's decision, or after the close of comments when no
decision was recorded. Then name, address, phone, e-mail and attachments are removed;
the comment's text, status and answer stay, so the summary of the disclosure still adds
up. Run it daily from cron; running it again changes nothing.

    python manage.py purge_comment_personal_data --dry-run
"""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db.models import Q
from django.utils import timezone

from honors.disclosures.comments import PublicComment
from honors.disclosures.erasure import deidentify


def comments_past_retention(today=None):
    today = today or timezone.localdate()
    cutoff = today - timedelta(days=settings.COMMENT_RETENTION_DAYS)
    return PublicComment.objects.filter(deidentified_at__isnull=True).filter(
        Q(disclosure__decided_on__lt=cutoff)
        | Q(disclosure__decided_on__isnull=True, disclosure__closes_at__date__lt=cutoff)
    )


class Command(BaseCommand):
    help = (
        "Xóa dữ liệu cá nhân của người góp ý sau thời hạn lưu giữ "
        "(COMMENT_RETENTION_DAYS ngày sau khi Hội đồng quyết định)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Chỉ đếm, không xóa gì."
        )

    def handle(self, *args, dry_run=False, **options):
        comments = comments_past_retention()
        count = comments.count()
        if dry_run:
            self.stdout.write(f"{count} góp ý sẽ được xóa dữ liệu cá nhân (chạy thử).")
            return
        deidentify(comments)
        self.stdout.write(f"Đã xóa dữ liệu cá nhân của {count} góp ý.")
