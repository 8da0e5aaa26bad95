from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from honors.registry.locality_loader import SON_LA, LocalityFileError, load_localities


class Command(BaseCommand):
    help = (
        "Nạp danh mục địa bàn từ tệp CSV (kind,name,parent_kind,parent_name,is_current); "
        "mặc định là các xã, phường của tỉnh Sơn La."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", nargs="?", type=Path, default=SON_LA)

    def handle(self, *args, path, **options):
        try:
            created = load_localities(path)
        except (OSError, LocalityFileError) as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Đã thêm {created} địa bàn từ {path.name}.")
