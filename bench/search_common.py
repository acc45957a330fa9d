"""Shared helpers for the search benchmarks (Django setup, sizes, percentiles)."""

import os
import statistics
import time
from pathlib import Path


def setup_django():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.search_settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def folder_size(path):
    return sum(p.stat().st_size for p in Path(path).rglob("*") if p.is_file())


def live_index_size(path):
    """Bytes of the live Whoosh generations under a backend's PATH.

    Leaves out what a rebuild keeps around for a while (the previous generation,
    applied-queue files), which a second run in the same folder would otherwise count.
    """
    total = 0
    for current in Path(path).glob("*/CURRENT"):
        total += folder_size(current.parent / current.read_text().strip())
    return total


def rebuild(backend_name):
    """Rebuild one backend's index from the database; return seconds taken."""
    from io import StringIO

    from django.core.management import call_command

    started = time.perf_counter()
    call_command(
        "rebuild_modelsearch_index", backend_name=backend_name, stdout=StringIO(), chunk_size=1000
    )
    return time.perf_counter() - started


def percentile(values, fraction):
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    return statistics.quantiles(ordered, n=100, method="inclusive")[int(fraction * 100) - 1]


def human_bytes(size):
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} GB"


def database_index_size(connection):
    """Bytes of modelsearch's index tables (SQLite's dbstat), however often the file was reused."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT COALESCE(SUM(pgsize), 0) FROM dbstat WHERE name LIKE 'modelsearch_indexentry%'"
        )
        return cursor.fetchone()[0]
