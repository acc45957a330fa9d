"""Indonesian administrative regions (Kemendagri codes) from the snapshot in ``data/regions/``.

Storage decision: provinces, kabupaten/kota and kecamatan (7,837 rows) are loaded by a
data migration so every filter, facet and form can join on them. The 83,762
desa/kelurahan are loaded on demand, one kecamatan at a time, the first time someone
needs that kecamatan's villages (``Region.objects.children_of``, also when a page is
saved with a village code); ``manage.py load_regions --desa`` loads them all.

Measured on SQLite (this machine): loading all 91,599 rows takes about 4 s and adds about
8 MB to the database. Cheap once, but it would run in every fresh test database and every
``serialized_rollback`` snapshot, and most villages never get a group.
"""

from django.db import models, transaction
from django.utils.translation import gettext_lazy as _

from ..region_data import read_regions, read_villages


class RegionLevel(models.IntegerChoices):
    PROVINCE = 1, _("Provinsi")
    REGENCY = 2, _("Kabupaten/Kota")
    DISTRICT = 3, _("Kecamatan")
    VILLAGE = 4, _("Kelurahan/Desa")


def region_from_row(row, model=None):
    """An unsaved region from a snapshot row; level and parent follow from the dotted code."""
    code = row["code"]
    return (model or Region)(
        code=code,
        name=row["name"],
        level=code.count(".") + 1,
        kind=row["kind"],
        parent_id=code.rsplit(".", 1)[0] if "." in code else None,
        postal_code=row["postal_code"],
    )


class RegionQuerySet(models.QuerySet):
    def provinces(self):
        return self.filter(level=RegionLevel.PROVINCE)

    def children_of(self, parent_code):
        """Child regions of ``parent_code`` (or provinces for None), loading villages on demand."""
        if not parent_code:
            return self.provinces().order_by("name")
        children = self.filter(parent_id=parent_code).order_by("name")
        if parent_code.count(".") == 2 and not children.exists():
            load_villages(parent_code)
        return children


class Region(models.Model):
    code = models.CharField(_("kode Kemendagri"), max_length=13, primary_key=True)
    name = models.CharField(_("nama"), max_length=120)
    level = models.PositiveSmallIntegerField(_("tingkat"), choices=RegionLevel.choices)
    kind = models.CharField(
        _("jenis"),
        max_length=20,
        blank=True,
        help_text=_("provinsi, kabupaten, kota, kecamatan, kelurahan atau desa"),
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("wilayah induk"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="children",
    )
    postal_code = models.CharField(_("kode pos"), max_length=5, blank=True)

    objects = RegionQuerySet.as_manager()

    class Meta:
        verbose_name = _("wilayah")
        verbose_name_plural = _("wilayah")
        ordering = ["code"]
        indexes = [models.Index(fields=["parent", "name"])]

    def __str__(self):
        return self.name

    @property
    def label(self):
        """Name with its kind where that tells regions apart ("Kecamatan Tebet")."""
        if self.level == RegionLevel.DISTRICT:
            return f"Kecamatan {self.name}"
        if self.level == RegionLevel.VILLAGE and self.kind:
            return f"{self.kind.title()} {self.name}"
        return self.name

    def ancestor_codes(self):
        """Codes from province down to this region: "31.74.01" -> ["31", "31.74", "31.74.01"]."""
        parts = self.code.split(".")
        return [".".join(parts[: i + 1]) for i in range(len(parts))]


def load_villages(district_code):
    """Store the desa/kelurahan of one kecamatan; returns how many were added."""
    rows = [region_from_row(row) for row in read_villages(district_code)]
    with transaction.atomic():
        Region.objects.bulk_create(rows, ignore_conflicts=True, batch_size=500)
    return len(rows)


def load_regions(max_level=RegionLevel.DISTRICT, region_model=None):
    """Store every region down to ``max_level``; idempotent. Returns the number of rows seen."""
    model = region_model or Region
    rows = [region_from_row(row, model) for row in read_regions()]
    rows = [region for region in rows if region.level <= max_level]
    if max_level >= RegionLevel.VILLAGE:
        rows += [region_from_row(row, model) for row in read_villages()]
    model.objects.bulk_create(rows, ignore_conflicts=True, batch_size=1000)
    return len(rows)
