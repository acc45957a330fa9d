import time

from django.core.management.base import BaseCommand

from groups_directory.models import Region, RegionLevel, load_regions


class Command(BaseCommand):
    help = (
        "Memuat wilayah Kemendagri dari data di groups_directory/data/regions (provinsi "
        "s.d. kecamatan; --desa untuk semua kelurahan/desa). Idempoten."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--desa",
            action="store_true",
            help="Muat juga 83 ribu kelurahan/desa (biasanya dimuat per kecamatan).",
        )

    def handle(self, *args, desa=False, **options):
        started = time.monotonic()
        level = RegionLevel.VILLAGE if desa else RegionLevel.DISTRICT
        seen = load_regions(level)
        self.stdout.write(
            f"{seen} wilayah diperiksa, {Region.objects.count()} tersimpan "
            f"({time.monotonic() - started:.1f} detik)."
        )
