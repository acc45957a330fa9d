"""Run the whole benchmark: generate data, measure in process and over HTTP, report.

    python -m bench.run            # full data set (make bench)
    python -m bench.run --quick    # small data set, shorter loads (make bench-quick)

Writes var/bench/results-<timestamp>.json and .md, and latest.json / latest.md.
"""

import argparse
import json
import os
import platform
import sqlite3
import sys
import time
from datetime import UTC, datetime

from bench import BENCH_DIR, configure_environment
from bench.generate import MANIFEST, add_count_arguments, counts_from


def versions(wrk=None):
    from importlib.metadata import version

    found = {
        "python": platform.python_version(),
        "django": version("django"),
        "wagtail": version("wagtail"),
        "gunicorn": version("gunicorn"),
        "sqlite": sqlite3.sqlite_version,
    }
    if wrk:
        from bench.http import wrk_version

        found["wrk"] = wrk_version(wrk)
    return found


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_count_arguments(parser)
    parser.add_argument("--skip-generate", action="store_true", help="reuse var/bench data")
    parser.add_argument("--no-http", action="store_true", help="in-process measurements only")
    parser.add_argument("--only", help="comma-separated target names (see bench/targets.py)")
    parser.add_argument("--seconds", type=int, help="wrk duration per URL (10, quick 4)")
    parser.add_argument("--repeat", type=int, help="in-process requests per URL (40, quick 8)")
    parser.add_argument("--connections", type=int, default=4, help="wrk connections")
    parser.add_argument(
        "--strict", action="store_true", help="exit with status 1 when a budget is missed"
    )
    args = parser.parse_args(argv)

    configure_environment()
    import django

    django.setup()
    from django.core.cache import cache
    from django.core.management import call_command

    from bench import http, inprocess, report, targets
    from bench.generate import generate

    started = time.perf_counter()
    load_at_start = [round(x, 2) for x in os.getloadavg()]
    seconds = args.seconds or (3 if args.quick else 12)
    repeat = args.repeat or (8 if args.quick else 40)

    if args.skip_generate and MANIFEST.exists():
        manifest = json.loads(MANIFEST.read_text())
        print(f"Reusing generated data: {manifest['counts']}")
    else:
        print("Generating data...", flush=True)
        manifest = generate(counts_from(args), seed=args.seed)
    call_command("collectstatic", interactive=False, verbosity=0)

    only = set(args.only.split(",")) if args.only else None
    found, notes = targets.resolve(manifest, only)
    for note in notes:
        print(f"  {note}")

    print("In-process (test client, uncached):", flush=True)
    in_process = inprocess.run(found, repeat=repeat, seconds=seconds)

    http_results = []
    wrk = None if args.no_http else http.ensure_wrk()
    if wrk:
        by_name = {name: (name, url, kind) for name, url, kind in found}
        chosen = []
        for group in targets.HTTP_TARGETS:
            target = next((by_name[n] for n in group if n in by_name), None)
            if target:
                chosen.append(target)
            else:
                notes.append(f"HTTP: none of {', '.join(group)} exists yet")
        for page_cache in (False, True):
            cache.clear()
            print(f"HTTP (gunicorn, 2 sync workers, page cache {'on' if page_cache else 'off'}):")
            http_results += http.run(
                chosen,
                wrk=wrk,
                page_cache=page_cache,
                seconds=seconds,
                rounds=2 if args.quick else 3,
                connections=args.connections,
            )

    from django.conf import settings

    results = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "quick": args.quick,
        "cores": os.cpu_count(),
        "machine": platform.platform(),
        "versions": versions(wrk),
        "cache_backend": settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1],
        "search_backends": list(settings.WAGTAILSEARCH_BACKENDS),
        "counts": manifest["counts"],
        "generation_seconds": manifest.get("seconds"),
        "http_settings": {
            "seconds": seconds,
            "rounds": 2 if args.quick else 3,
            "connections": args.connections,
            "workers": 2,
            "load_average_at_start": load_at_start,
        },
        "notes": manifest.get("notes", []) + notes,
        "in_process": in_process,
        "http": http_results,
        "budgets": report.check_budgets(http_results),
        "total_seconds": round(time.perf_counter() - started, 1),
    }
    markdown = report.markdown(results)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    for name in (f"results-{stamp}", "latest"):
        (BENCH_DIR / f"{name}.json").write_text(json.dumps(results, indent=2, ensure_ascii=False))
        (BENCH_DIR / f"{name}.md").write_text(markdown)
    print()
    print(markdown)
    print(f"Written: {BENCH_DIR / 'latest.md'} and latest.json ({results['total_seconds']} s)")
    missed = [b for b in results["budgets"] if not b["ok"]]
    if missed:
        print(f"{len(missed)} budget(s) missed (see above); --strict turns this into a failure.")
    return 1 if missed and args.strict else 0


if __name__ == "__main__":
    sys.exit(main())
