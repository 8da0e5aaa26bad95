"""Publish and expire scheduled pages every minute, beside the development server.

`make run` starts it next to `runserver`, so go-live and expiry dates work in the demo.
In production use cron or a systemd timer running `publish_scheduled` (README.md): one
process per machine, nothing to keep alive.

    python manage.py run_scheduler [--interval 60] [--runs N]
"""

import io
import logging
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import close_old_connections, connection
from django.utils import timezone
from wagtail.models import Page, Revision

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Chạy publish_scheduled mỗi phút (dùng khi phát triển, cạnh runserver)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--interval", type=float, default=60, help="Số giây giữa hai lần chạy."
        )
        parser.add_argument(
            "--runs", type=int, default=0, help="Dừng sau số lần chạy này (0: mãi mãi)."
        )

    def handle(self, *args, interval, runs, **options):
        # Said once, so whoever runs `make run` knows scheduling is on even when
        # nothing is due (the loop is silent until something is published or expires).
        self.stdout.write(
            f"Lịch xuất bản: kiểm tra trang hẹn giờ mỗi {interval:g} giây "
            "(Ctrl+C để dừng cùng máy chủ)."
        )
        done = 0
        while not runs or done < runs:
            if done:
                time.sleep(interval)
            self.run_once()
            done += 1

    def run_once(self):
        now = timezone.now()
        due = list(
            Revision.objects.filter(approved_go_live_at__lte=now).values_list(
                "object_str", flat=True
            )
        )
        expiring = list(
            Page.objects.filter(live=True, expire_at__lt=now).values_list(
                "title", flat=True
            )
        )
        try:
            call_command("publish_scheduled", stdout=io.StringIO())
        except Exception:  # keep scheduling; the error is logged
            logger.exception("publish_scheduled failed")
            return
        finally:
            # A long-running loop must not keep a broken or stale connection; inside
            # a transaction (a test) the connection belongs to the caller.
            if not connection.in_atomic_block:
                close_old_connections()
        stamp = timezone.localtime(now).strftime("%d/%m/%Y %H:%M:%S")
        for title in due:
            self.stdout.write(f"[{stamp}] Xuất bản theo lịch: {title}")
        for title in expiring:
            self.stdout.write(f"[{stamp}] Hết hạn, gỡ xuống: {title}")
