"""Publishing from several processes while update_index rebuilds: nothing fails, nothing is lost.

Four worker processes each publish 50 pages into one SQLite file while another
process runs ``update_index`` (which builds a new index beside the live one and
swaps it in). Afterwards every page must be found by its own unique word and no
update may be left in the queue.
"""

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]
WORKERS = 4
PAGES_PER_WORKER = 50


def _env(tmp_path):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.search.concurrency_settings",
        "GUYUB_CONCURRENCY_DB": str(tmp_path / "db.sqlite3"),
        "SEARCH_INDEX_PATH": str(tmp_path / "search-index"),
        "PYTHONPATH": str(ROOT),
    }


def _run(args, env, **kwargs):
    return subprocess.run(  # noqa: S603 - our own interpreter and scripts
        [sys.executable, *args], env=env, cwd=ROOT, capture_output=True, text=True, **kwargs
    )


def _copy_test_database(path):
    """Copy the migrated test database into a file the workers share (faster than migrate)."""
    connection.ensure_connection()
    target = sqlite3.connect(path)
    try:
        connection.connection.backup(target)
    finally:
        target.close()


@pytest.mark.skipif(
    connection.vendor != "sqlite", reason="The worker processes share an SQLite file database."
)
def test_concurrent_publishing_during_rebuild_loses_nothing(db, tmp_path):
    env = _env(tmp_path)
    _copy_test_database(env["GUYUB_CONCURRENCY_DB"])
    initial = _run(["manage.py", "update_index", "-v0"], env)
    assert initial.returncode == 0, initial.stderr

    worker = str(Path(__file__).with_name("concurrency_worker.py"))
    publishers = [
        subprocess.Popen(  # noqa: S603 - our own interpreter and script
            [sys.executable, worker, "publish", str(n), str(PAGES_PER_WORKER)],
            env={**env, "GUYUB_CONCURRENCY_PUBLISHER": "1"},
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(WORKERS)
    ]
    rebuilds = 0
    # Keep rebuilding while the publishers run, so publishes land before, during
    # and after swaps.
    while any(p.poll() is None for p in publishers) or rebuilds == 0:
        rebuild = _run(["manage.py", "update_index", "-v0"], env)
        assert rebuild.returncode == 0, rebuild.stderr
        rebuilds += 1
    outputs = [p.communicate() for p in publishers]
    for process, (stdout, stderr) in zip(publishers, outputs, strict=True):
        assert process.returncode == 0, stdout + stderr
        assert "Traceback" not in stderr, stderr

    result = _run([worker, "verify"], env)
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report == {"pages": WORKERS * PAGES_PER_WORKER, "missing": [], "queued": 0}
    assert rebuilds >= 1
