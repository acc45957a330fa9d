"""Build a benchmark site in var/bench/ from scratch, quickly.

    python -m bench.generate --articles 10000 --groups 5000 --comments 20000

Starts from a freshly migrated SQLite file (the migrated template is kept and reused
while no migration changes), runs each generator in ``bench.generators.ORDER`` whose
models exist, builds the search index, and writes var/bench/manifest.json: the counts
and the named URLs the measurements use.
"""

import argparse
import hashlib
import json
import random
import shutil
import sys
import time
from importlib import import_module
from pathlib import Path

from bench import BENCH_DIR, configure_environment

DEFAULTS = {"articles": 10_000, "groups": 5_000, "comments": 20_000}
# 500 articles: just enough for a page 50 of the list (10 per page).
QUICK = {"articles": 500, "groups": 200, "comments": 1_000}
MANIFEST = BENCH_DIR / "manifest.json"


class Context:
    """What generators get: counts, a seeded random source, the home page, a recorder."""

    def __init__(self, counts, seed, home):
        self.counts = counts
        self.rng = random.Random(seed)
        self.home = home
        self.targets = {}
        self.notes = []
        self.shared = {}

    def record(self, name, url):
        self.targets[name] = url

    def note(self, message):
        self.notes.append(message)
        print(f"  {message}", flush=True)


def _migrations_fingerprint():
    from django.apps import apps

    digest = hashlib.sha256()
    for config in sorted(apps.get_app_configs(), key=lambda c: c.label):
        folder = Path(config.path) / "migrations"
        for path in sorted(folder.glob("*.py")):
            digest.update(f"{config.label}/{path.name}:{path.stat().st_size}".encode())
    return digest.hexdigest()[:16]


def fresh_database():
    """A migrated, empty database file; migrating once per migration set, then copying."""
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connections

    db_path = Path(settings.DATABASES["default"]["NAME"])
    template = BENCH_DIR / f"migrated-{_migrations_fingerprint()}.sqlite3"
    connections.close_all()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    if template.exists():
        shutil.copyfile(template, db_path)
        return "reused migrated template"
    for stale in BENCH_DIR.glob("migrated-*.sqlite3"):
        stale.unlink()
    call_command("migrate", interactive=False, verbosity=0)
    connections.close_all()
    shutil.copyfile(db_path, template)
    return "migrated"


def _model_exists(label):
    from django.apps import apps

    try:
        apps.get_model(label)
    except (LookupError, ValueError):
        return False
    return True


def generate(counts, seed=2026, stdout=sys.stdout):
    from django.core.management import call_command

    from bench.generators import ORDER
    from core.cache import bump_generation
    from home.models import HomePage

    started = time.perf_counter()
    print(f"Database: {fresh_database()}", file=stdout, flush=True)
    ctx = Context(counts, seed, HomePage.objects.get())
    for name in ORDER:
        try:
            module = import_module(f"bench.generators.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"bench.generators.{name}":
                raise
            ctx.note(f"{name}: skipped, no generator yet (add bench/generators/{name}.py)")
            continue
        missing = [label for label in module.REQUIRES if not _model_exists(label)]
        if missing:
            ctx.note(f"{name}: skipped, models not on this branch: {', '.join(missing)}")
            continue
        step = time.perf_counter()
        module.generate(ctx)
        ctx.note(f"{name}: done in {time.perf_counter() - step:.1f} s")

    # Bulk inserts send no signals: start a new cache generation so that nothing
    # rendered from an earlier run's data (cards, counts, pages) is served.
    bump_generation()
    step = time.perf_counter()
    call_command("update_index", verbosity=0)
    ctx.note(f"search index: built in {time.perf_counter() - step:.1f} s")

    manifest = {
        "counts": counts,
        "seed": seed,
        "targets": ctx.targets,
        "notes": ctx.notes,
        "seconds": round(time.perf_counter() - started, 1),
    }
    MANIFEST.write_text(json.dumps(manifest, indent=2, ensure_ascii=False))
    print(f"Generated in {manifest['seconds']} s; manifest: {MANIFEST}", file=stdout)
    return manifest


def add_count_arguments(parser):
    parser.add_argument("--quick", action="store_true", help="small data set (bench-quick)")
    for name, default in DEFAULTS.items():
        parser.add_argument(f"--{name}", type=int, default=None, help=f"default {default}")
    parser.add_argument("--seed", type=int, default=2026)


def counts_from(args):
    base = QUICK if args.quick else DEFAULTS
    return {name: getattr(args, name) or base[name] for name in DEFAULTS}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_count_arguments(parser)
    args = parser.parse_args(argv)
    configure_environment()
    import django

    django.setup()
    generate(counts_from(args), seed=args.seed)


if __name__ == "__main__":
    main()
