"""What each middleware costs on a page-cache hit, against a bare Django view.

Issue #20, item 7: a cache hit should reach at least 75% of the throughput of a bare
Django view (no middleware). This runs both in process through Django's own WSGI
handler (no network, no gunicorn: only the Python work per request), on production
settings with the page cache on:

- ``bare``: the ceiling view (bench/urls.py) with no middleware at all;
- ``hit``: the home page answered by the page cache, full ``MIDDLEWARE``;
- ``hit without X``: the same with one middleware left out, for each middleware that
  runs before the page cache answers (the others never run on a hit); the difference
  to ``hit`` is what X costs;
- ``cache lookup``: the hit with only the page-cache middleware, i.e. its own cost.

Usage: ``python -m bench.middleware_cost [--seconds 2] [--cache-url redis://...]``.
Results also go to var/bench/middleware_cost.json.
"""

import argparse
import json
import os
import time

from bench import BENCH_DIR, configure_environment

CACHE_MIDDLEWARE = "core.cache.AnonymousPageCacheMiddleware"


def _environ(path):
    return {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": path,
        "QUERY_STRING": "",
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "80",
        "HTTP_HOST": "127.0.0.1",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "wsgi.url_scheme": "http",
        "wsgi.input": None,
        "wsgi.errors": None,
        "wsgi.multithread": False,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }


def _rate(middleware, path, seconds):
    """Requests per second through a fresh WSGI handler with this middleware list."""
    import io

    from django.core.handlers.wsgi import WSGIHandler
    from django.test import override_settings

    statuses = []

    def start_response(status, headers, exc_info=None):
        statuses.append(status)

    with override_settings(MIDDLEWARE=middleware):
        handler = WSGIHandler()
        base = _environ(path)

        def one():
            environ = dict(base, **{"wsgi.input": io.BytesIO(), "wsgi.errors": io.StringIO()})
            response = handler(environ, start_response)
            b"".join(response)
            response.close()

        for _ in range(50):  # warm up (and fill the cache)
            one()
        count, start = 0, time.perf_counter()
        deadline = start + seconds
        while time.perf_counter() < deadline:
            for _ in range(100):
                one()
            count += 100
        elapsed = time.perf_counter() - start
    assert statuses[-1].startswith("200"), statuses[-1]
    return count / elapsed


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=2.0, help="per variant")
    parser.add_argument("--cache-url", default="", help="e.g. redis://127.0.0.1:6379/6")
    args = parser.parse_args(argv)
    if args.cache_url:
        os.environ["BENCH_CACHE_URL"] = args.cache_url
    os.environ["PAGE_CACHE"] = "True"
    configure_environment()
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    from bench.urls import CEILING_PATH

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    full = list(settings.MIDDLEWARE)
    before_cache = full[: full.index(CACHE_MIDDLEWARE)]
    rows = [("bare view, no middleware", _rate([], CEILING_PATH, args.seconds))]
    hit = _rate(full, "/", args.seconds)
    rows.append(("cache hit, full MIDDLEWARE", hit))
    rows.append(
        ("cache hit, page-cache middleware only", _rate([CACHE_MIDDLEWARE], "/", args.seconds))
    )
    for name in before_cache:
        rows.append(
            (f"cache hit without {name}", _rate([m for m in full if m != name], "/", args.seconds))
        )
    bare = rows[0][1]
    print(f"{'variant':62} {'req/s':>8} {'µs/req':>8} {'of bare':>8}")
    for label, rate in rows:
        print(f"{label:62} {rate:8.0f} {1e6 / rate:8.1f} {rate / bare:8.0%}")
    print("\nCost of each middleware on a hit (µs/request):")
    for label, rate in rows[3:]:
        print(f"  {label.removeprefix('cache hit without '):58} {1e6 / hit - 1e6 / rate:6.1f}")
    print(f"  {'the page-cache lookup itself':58} {1e6 / rows[2][1] - 1e6 / bare:6.1f}")
    out = BENCH_DIR / "middleware_cost.json"
    out.write_text(json.dumps({label: round(rate) for label, rate in rows}, indent=2))
    print(f"\nhit/bare: {hit / bare:.0%} (target >= 75%); written to {out}")


if __name__ == "__main__":
    main()
