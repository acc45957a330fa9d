"""Settings for the search benchmarks: modelsearch's test app on an SQLite file.

Two or more backends index the same rows: ours (Whoosh, Indonesian analysis) and
modelsearch's database backend (SQLite FTS5 here), so one run compares them on
the same data. BENCH_DIR (default: a new temp folder) holds the database and index.
"""

import os
import tempfile
from pathlib import Path

from portal.search.tests.settings import *  # noqa: F403 - settings extend by design

BENCH_DIR = Path(os.environ.get("BENCH_DIR") or tempfile.mkdtemp(prefix="guyub-bench-"))
BENCH_DIR.mkdir(parents=True, exist_ok=True)
DATABASES = {
    "default": {"ENGINE": "django.db.backends.sqlite3", "NAME": BENCH_DIR / "bench.sqlite3"}
}
MODELSEARCH_BACKENDS = {
    "default": {"BACKEND": "portal.search.whoosh", "PATH": BENCH_DIR / "whoosh"},
    "whoosh_snowball": {
        "BACKEND": "portal.search.whoosh",
        "PATH": BENCH_DIR / "whoosh-snowball",
        "STEMMER": "snowball",
    },
    "database": {"BACKEND": "modelsearch.backends.database"},
}
