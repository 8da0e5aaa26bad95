"""Load the demo portal: `python manage.py load_demo`.

Each part of the demo has its module in this package (site, organisation, registry…); this command runs them in order,
in one transaction, so a failure leaves nothing half-made. Running it again changes
nothing: every loader skips what already exists. Objects are not indexed one by one as
they are saved (search.indexing.indexing_deferred); last, the search index and Wagtail's
reference index are rebuilt in one pass each, so the demo is searchable however the
database was filled before (an older index, entries added while a transaction was open).
"""

import io
import os

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from demo import (
    dossiers,
    editorial,
    library,
    organisation,
    registry,
    site,
    transparency,
)
from search.indexing import indexing_deferred

DEMO_LOADERS = [
    site.load,
    organisation.load,
    registry.load,
    transparency.load,
    library.load,
    editorial.load,
    dossiers.load,
    site.english_sections,
]

ADMIN_USERNAME = "admin"
DEFAULT_ADMIN_PASSWORD = "sonla-demo-2026"


class Command(BaseCommand):
    help = "Tạo nội dung trình diễn (tỉnh Sơn La) và tài khoản quản trị; chạy lại không đổi gì."

    def handle(self, *args, **options):
        with transaction.atomic(), indexing_deferred():
            for loader in DEMO_LOADERS:
                loader(self.stdout)
            created, password = self._admin()
        call_command("rebuild_references_index", stdout=io.StringIO())
        self._rebuild_search_index()
        self.stdout.write(self.style.SUCCESS("Đã có nội dung trình diễn."))
        if created:
            self.stdout.write(f"Tài khoản quản trị mới: {ADMIN_USERNAME} / {password}")
        self.stdout.write(
            "Đăng nhập quản trị tại /admin/ (mật khẩu mặc định "
            f"{DEFAULT_ADMIN_PASSWORD}, hoặc DEMO_ADMIN_PASSWORD):"
        )
        self.stdout.write(f"  {ADMIN_USERNAME:<8} siêu quản trị (dùng khi khẩn cấp)")
        for username, role, *_names in editorial.DEMO_USERS:
            self.stdout.write(f"  {username:<8} {role}")

    def _rebuild_search_index(self):
        try:
            call_command("update_index", stdout=io.StringIO())
        except Exception as error:
            self.stderr.write(
                f"Chưa lập được chỉ mục tìm kiếm ({error}); chạy lại: "
                "python manage.py update_index"
            )
        else:
            self.stdout.write("Đã lập chỉ mục tìm kiếm.")

    def _admin(self):
        User = get_user_model()
        if User.objects.filter(username=ADMIN_USERNAME).exists():
            return False, None
        password = os.environ.get("DEMO_ADMIN_PASSWORD") or DEFAULT_ADMIN_PASSWORD
        User.objects.create_superuser(
            username=ADMIN_USERNAME,
            email="admin@sonla.example.vn",
            password=password,
            first_name="Quản trị",
            last_name="viên",
        )
        return True, password
