"""The embedded SQLite site moves to PostgreSQL with everything in it.

Builds the demo site in a SQLite file with the real commands, moves it into a brand-new
PostgreSQL database, then compares every row of every model (pages, revisions, users,
and whatever later apps add: comments, groups...) between the two.
"""

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.db import connections

from home.management.commands.move_to_postgres import add_database, copied_models

pytestmark = pytest.mark.postgres

ROOT = Path(__file__).resolve().parents[2]
DATABASE_URL = os.environ.get("DATABASE_URL", "")
# The server of this run's PostgreSQL database; the move gets a database of its own there.
PG_BASE = DATABASE_URL.rsplit("/", 1)[0]


def manage(*args, database_url):
    env = {k: v for k, v in os.environ.items() if k not in {"DJANGO_ALLOW_ASYNC_UNSAFE"}}
    env.update(
        DATABASE_URL=database_url,
        DJANGO_SETTINGS_MODULE="portal.settings.test",
        DJANGO_SUPERUSER_PASSWORD="pindah-rumah-2026",
    )
    result = subprocess.run(  # noqa: S603 - fixed interpreter and arguments
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


@pytest.fixture
def empty_postgres_database():
    import psycopg

    if not DATABASE_URL.startswith(("postgres://", "postgresql://")):
        pytest.skip(
            "runs in the PostgreSQL leg (.ci/run, or DATABASE_URL=postgres://...): it needs a "
            "PostgreSQL server and takes a couple of minutes"
        )
    admin_url = PG_BASE.replace("postgres://", "postgresql://", 1) + "/postgres"
    try:
        admin = psycopg.connect(admin_url, autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as error:
        pytest.skip(f"PostgreSQL not reachable at {PG_BASE} ({error}); CI's second leg needs it.")
    name = f"guyub_move_{uuid.uuid4().hex[:10]}"
    admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{PG_BASE}/{name}"
    finally:
        for alias in ("move_source", "move_target_check", "move_target"):
            if alias in connections.settings:
                connections[alias].close()
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


def rows(alias):
    """Every row of every copied model, through the ORM so values compare across vendors."""
    data = {}
    existing = set(connections[alias].introspection.table_names())
    for model in copied_models():
        if model._meta.db_table in existing:
            data[model._meta.label] = list(model._base_manager.using(alias).order_by("pk").values())
    return data


def test_demo_site_moves_from_sqlite_to_postgres_with_everything(
    tmp_path, empty_postgres_database, django_db_blocker
):
    sqlite_url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    manage("migrate", "--noinput", database_url=sqlite_url)
    manage("load_demo_content", database_url=sqlite_url)

    output = manage("move_to_postgres", empty_postgres_database, database_url=sqlite_url)
    assert "Selesai" in output

    with django_db_blocker.unblock():
        add_database("move_source", sqlite_url)
        add_database("move_target_check", empty_postgres_database)
        before, after = rows("move_source"), rows("move_target_check")
        connections["move_source"].close()
        connections["move_target_check"].close()

    assert len(before["wagtailcore.Page"]) >= 4  # root, home, about, contact at least
    assert before["auth.User"] and before["wagtailcore.Revision"]
    # Every model present in the source has its table, with identical rows, on PostgreSQL.
    assert set(before) - {"wagtailsearch.SQLiteFTSIndexEntry"} <= set(after)
    for label in before:
        if label in after:
            assert after[label] == before[label], label

    # The moved site works: sequences continue past copied ids, the tree takes new pages,
    # a second demo load (idempotent) finds everything where it should be, and the search
    # index rebuilds on the new database (queried with content words: "tentang" alone is a
    # stop word and finds nothing by design).
    shell = manage(
        "shell",
        "--no-imports",
        "-c",
        "from django.core.management import call_command; "
        "from django.contrib.auth.models import User; from wagtail.models import Page; "
        "call_command('load_demo_content', verbosity=0); "
        "call_command('update_index', verbosity=0); "
        "User.objects.create_user('warga-baru'); "
        "print(Page.objects.count(), User.objects.count(), "
        "Page.objects.live().search('Direktori Kelompok').count())",
        database_url=empty_postgres_database,
    )
    pages, users, hits = (int(value) for value in shell.strip().splitlines()[-1].split())
    assert pages == len(before["wagtailcore.Page"])
    assert users == len(before["auth.User"]) + 1
    assert hits >= 1

    # Running it again would overwrite the moved site: refused without --replace.
    again = subprocess.run(  # noqa: S603 - fixed interpreter and arguments
        [sys.executable, "manage.py", "move_to_postgres", empty_postgres_database],
        cwd=ROOT,
        env={
            **os.environ,
            "DATABASE_URL": sqlite_url,
            "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        },
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert again.returncode != 0
    assert "already has content" in again.stderr
