from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from honors.units.loader import SON_LA, UnitFileError, load_units


class Command(BaseCommand):
    help = (
        "Nạp danh mục đơn vị từ tệp CSV (name,kind,parent,locality,contact_name,phone,"
        "email,is_active); mặc định là các đơn vị trình diễn của tỉnh Sơn La."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", nargs="?", type=Path, default=SON_LA)

    def handle(self, *args, path, **options):
        try:
            created = load_units(path)
        except (OSError, UnitFileError) as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Đã thêm {created} đơn vị từ {path.name}.")
