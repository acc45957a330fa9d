"""Test settings for several processes sharing one SQLite file and one search index.

Used by test_concurrency.py's worker processes: GUYUB_CONCURRENCY_DB names the
database file, SEARCH_INDEX_PATH the index folder. WAL lets the rebuild read while
publishers write. Publishers (GUYUB_CONCURRENCY_PUBLISHER=1) use IMMEDIATE
transactions so concurrent tree inserts queue up instead of failing; the rebuild
keeps SQLite's default, so its long read transaction takes no write lock.
"""

import os

from portal.settings.test import *  # noqa: F403 - settings modules extend the base namespace

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": os.environ["GUYUB_CONCURRENCY_DB"],
        "OPTIONS": {
            "timeout": 120,
            "transaction_mode": "IMMEDIATE"
            if os.environ.get("GUYUB_CONCURRENCY_PUBLISHER")
            else "DEFERRED",
            "init_command": "PRAGMA journal_mode=WAL;",
        },
    }
}
