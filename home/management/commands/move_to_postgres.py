"""Copy this site's database (normally the embedded SQLite file) into a new PostgreSQL one.

    python manage.py move_to_postgres postgres://guyub@127.0.0.1:5432/guyub

Why not dumpdata/loaddata: loading fixtures into a migrated database collides with the
rows migrations create (content types, permissions, the root page and site, Wagtail's
default groups and collection), renumbers content types so every generic relation
(comments, tags, revisions, page types) points at the wrong model, and saves through
signal handlers. Instead this command:

1. migrates the target, then empties every table *without* re-running post-migrate
   hooks, so nothing is created behind our back;
2. copies every table of every installed model, primary keys included (content types
   and permissions too, so generic relations and Wagtail revisions stay valid; treebeard
   page paths are plain columns and arrive as they were), in one transaction, with
   values converted by each field for PostgreSQL and no model signals fired;
3. resets PostgreSQL's id sequences past the copied ids, so new rows do not collide;
4. compares row counts table by table and rolls everything back on any difference.

The search index is not copied: its tables differ by database. Rebuild it on the new
database with `manage.py update_index` (the Whoosh index on disk stays valid as is).
The source is only read. It is generic over models, so apps added later move too.
"""

import os
import subprocess
import sys

import environ
from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.core.management.color import no_style
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.migrations.executor import MigrationExecutor

TARGET = "move_target"
BATCH = 500
# Vendor-specific full-text index tables: rebuilt with update_index, never copied.
SKIP_TABLES = {"wagtailsearch_indexentry", "wagtailsearch_indexentry_fts"}


def add_database(alias, url):
    """Register an extra connection alias from a database URL at runtime."""
    config = environ.Env.db_url_config(url)
    connections.settings[alias] = connections.configure_settings(
        {DEFAULT_DB_ALIAS: {}, alias: config}
    )[alias]
    return connections[alias]


def copied_models():
    """Every installed model that owns a table, auto-created many-to-many tables included."""
    for model in apps.get_models(include_auto_created=True):
        meta = model._meta
        if meta.managed and not meta.proxy and meta.db_table not in SKIP_TABLES:
            yield model


class Command(BaseCommand):
    help = "Pindahkan basis data situs (SQLite) ke PostgreSQL baru, lengkap dengan semua isinya."

    def add_arguments(self, parser):
        parser.add_argument("target_url", help="postgres://user@host:5432/nama_basis_data")
        parser.add_argument(
            "--source",
            default=DEFAULT_DB_ALIAS,
            help="Connection alias to read from (default: the site's current database).",
        )
        parser.add_argument(
            "--replace",
            action="store_true",
            help="Overwrite a target database that already has content.",
        )

    def handle(self, target_url, source, replace, **options):
        self.verbosity = options["verbosity"]
        if not target_url.startswith(("postgres://", "postgresql://", "pgsql://")):
            raise CommandError("The target must be a PostgreSQL URL (postgres://...).")
        source_conn = connections[source]
        target = add_database(TARGET, target_url)
        try:
            self.check_source_is_migrated(source_conn)
            self.stdout.write("Menyiapkan tabel di basis data tujuan (migrate)...")
            self.migrate_target(target_url)
            self.refuse_if_target_has_content(target, replace)
            call_command(
                "flush", database=TARGET, interactive=False, inhibit_post_migrate=True, verbosity=0
            )
            counts = self.copy(source_conn, target)
        finally:
            target.close()
        total = sum(counts.values())
        self.stdout.write(
            self.style.SUCCESS(f"Selesai: {total} baris dari {len(counts)} tabel dipindahkan.")
        )
        self.stdout.write(
            "Langkah berikutnya: set DATABASE_URL ke basis data baru, jalankan "
            "`python manage.py update_index`, lalu mulai ulang aplikasi."
        )

    def migrate_target(self, target_url):
        # In a child process whose default database *is* the target: data migrations
        # (Wagtail's own included) write through the default connection, which here
        # would be the source.
        env = {**os.environ, "DATABASE_URL": target_url}
        result = subprocess.run(  # noqa: S603 - this interpreter, fixed arguments
            [sys.executable, "-m", "django", "migrate", "--noinput", "-v0"],
            cwd=settings.BASE_DIR,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise CommandError(f"Migrating the target database failed:\n{result.stderr}")

    def check_source_is_migrated(self, connection):
        executor = MigrationExecutor(connection)
        pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
        if pending:
            raise CommandError(
                f"The source database has {len(pending)} unapplied migrations; run "
                "`python manage.py migrate` on it first, so both databases have the same tables."
            )

    def refuse_if_target_has_content(self, target, replace):
        with target.cursor() as cursor:
            cursor.execute("SELECT COUNT(*) FROM auth_user")
            users = cursor.fetchone()[0]
            cursor.execute("SELECT COUNT(*) FROM wagtailcore_revision")
            revisions = cursor.fetchone()[0]
        if (users or revisions) and not replace:
            raise CommandError(
                f"The target database already has content ({users} users, {revisions} "
                "revisions). Use a new, empty database, or pass --replace to overwrite it."
            )

    def copy(self, source, target):
        target_tables = set(target.introspection.table_names())
        models = [m for m in copied_models() if m._meta.db_table in target_tables]
        counts = {}
        # PostgreSQL checks Django's foreign keys at commit (DEFERRABLE INITIALLY DEFERRED),
        # so tables can be filled in any order inside one transaction.
        with transaction.atomic(using=TARGET):
            for model in models:
                counts[model._meta.db_table] = self.copy_table(model, source, target)
            with target.cursor() as cursor:
                for sql in target.ops.sequence_reset_sql(no_style(), models):
                    cursor.execute(sql)
            self.verify(models, source, counts)
        return counts

    def copy_table(self, model, source, target):
        fields = model._meta.local_concrete_fields
        quote = target.ops.quote_name
        # Identifiers come from model metadata, quoted by the backend; values are parameters.
        insert = "INSERT INTO {} ({}) VALUES ({})".format(  # noqa: S608
            quote(model._meta.db_table),
            ", ".join(quote(field.column) for field in fields),
            ", ".join(["%s"] * len(fields)),
        )
        # Read through the ORM, so SQLite's stored forms (0/1 booleans, text dates, JSON
        # text) come back as Python values; write each through the field's own conversion.
        rows = (
            model._base_manager.using(source.alias)
            .order_by("pk")
            .values_list(*[field.attname for field in fields])
        )
        copied = 0
        batch = []
        with target.cursor() as cursor:
            for row in rows.iterator(chunk_size=BATCH):
                batch.append(
                    [
                        field.get_db_prep_save(value, connection=target)
                        for field, value in zip(fields, row, strict=True)
                    ]
                )
                if len(batch) == BATCH:
                    cursor.executemany(insert, batch)
                    copied += len(batch)
                    batch = []
            if batch:
                cursor.executemany(insert, batch)
                copied += len(batch)
        if copied and self.verbosity >= 2:
            self.stdout.write(f"  {model._meta.db_table}: {copied}")
        return copied

    def verify(self, models, source, counts):
        for model in models:
            table = model._meta.db_table
            expected = model._base_manager.using(source.alias).count()
            arrived = model._base_manager.using(TARGET).count()
            if not expected == arrived == counts[table]:
                raise CommandError(
                    f"{table}: {expected} rows in the source but {arrived} in the target; "
                    "nothing was committed."
                )
