"""Forget old search counts: run daily (cron), like purge_comment_personal_data.

Daily counts older than WAGTAILSEARCH_HITS_MAX_AGE days (SEARCH_TERMS_KEEP_DAYS,
default 180) go, then the queries left without counts or editors' picks, using
Wagtail's own garbage collection for its models.
"""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from search.models import ZeroResultDailyHits


class Command(BaseCommand):
    help = "Xóa số liệu tìm kiếm cũ hơn thời hạn lưu (SEARCH_TERMS_KEEP_DAYS ngày)."

    def handle(self, *args, **options):
        cutoff = timezone.localdate() - timedelta(
            days=settings.WAGTAILSEARCH_HITS_MAX_AGE
        )
        zero, _ = ZeroResultDailyHits.objects.filter(date__lt=cutoff).delete()
        QueryDailyHits.garbage_collect()
        Query.garbage_collect()
        self.stdout.write(
            f"Đã xóa số liệu tìm kiếm trước ngày {cutoff:%d/%m/%Y} "
            f"({zero} dòng không có kết quả)."
        )
