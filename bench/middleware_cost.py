"""What each middleware costs on a page-cache hit, against a bare Django view.

Issue #20, item 7: a cache hit should reach at least 75% of the throughput of a bare
Django view (no middleware). This runs both in process through Django's own WSGI
handler (no network, no gunicorn: only the Python work per request), on production
settings with the page cache on, and counts requests per second of the process's own CPU
time, so other jobs on the machine disturb it little (a Redis server's share of a hit is
not in it: compare the load test for that):

- ``bare``: the ceiling view (bench/urls.py) with no middleware at all;
- ``hit``: the home page answered by the page cache, full ``MIDDLEWARE``, through
  Django's handler (as ``runserver`` and the test client serve it);
- ``hit without X``: the same with one middleware left out, for each middleware that
  runs before the page cache answers (none since the page cache moved first; the rows
  come back if one is put before it); the difference to ``hit`` is what X costs;
- ``cache lookup``: the hit with only the page-cache middleware, i.e. its own cost;
- ``hit answered before Django``: the hit as ``portal/wsgi.py`` serves it under gunicorn
  (``core.wsgi.PageCacheApplication``): the same lookup without Django's handler. This is
  the figure the target is about.

Each variant runs ``--rounds`` times, interleaved with the others, and its best round
counts (see ``_best_rates``).

``--http SECONDS`` also measures over HTTP, the way issue #20 compared them: gunicorn
(2 sync workers) and wrk, the bare view on a gunicorn with no middleware at all; there
gunicorn's and the network's share of each request is in both figures.

Usage: ``python -m bench.middleware_cost [--seconds 1] [--rounds 5] [--cache-url redis://...]
[--http 5]``.
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


class _Variant:
    """A fresh WSGI handler with this middleware list, warmed up (the cache filled)."""

    def __init__(self, middleware, path):
        from django.core.handlers.wsgi import WSGIHandler
        from django.test import override_settings

        self.statuses = []
        self.settings = override_settings(MIDDLEWARE=middleware)
        with self.settings:
            self.handler = WSGIHandler()
        self.base = _environ(path)
        self.rate(0)

    def _one(self):
        import io

        environ = dict(self.base, **{"wsgi.input": io.BytesIO(), "wsgi.errors": io.StringIO()})
        response = self.handler(environ, lambda status, headers, exc_info=None: None)
        self.statuses.append(response.status_code)
        b"".join(response)
        response.close()

    def rate(self, seconds):
        """Requests per CPU second over ``seconds`` of this process's CPU time (after 50
        warm-up requests). CPU time, not wall time: on a machine shared with other jobs,
        wall time mostly measures how long the neighbours held the cores."""
        with self.settings:
            for _ in range(50):
                self._one()
            count, start = 0, time.process_time()
            deadline = start + seconds
            while time.process_time() < deadline:
                for _ in range(100):
                    self._one()
                count += 100
            elapsed = time.process_time() - start
        assert self.statuses[-1] == 200, self.statuses[-1]
        return count / elapsed if count else 0.0


class _EarlyVariant(_Variant):
    """The full stack as portal/wsgi.py serves it: hits answered before Django's handler
    (core.wsgi.PageCacheApplication)."""

    def __init__(self, middleware, path):
        from core.wsgi import PageCacheApplication

        self.statuses = []
        super().__init__(middleware, path)
        with self.settings:
            self.handler = PageCacheApplication(self.handler)
        self.rate(0)

    def _one(self):
        import io

        environ = dict(self.base, **{"wsgi.input": io.BytesIO(), "wsgi.errors": io.StringIO()})
        statuses = []
        body = self.handler(environ, lambda status, headers, exc_info=None: statuses.append(status))
        b"".join(body)
        getattr(body, "close", lambda: None)()
        self.statuses.append(int(statuses[0].split()[0]))


def _best_rates(variants, seconds, rounds):
    """The best rate of each variant over ``rounds`` interleaved runs: on a machine shared
    with other work, a neighbour's burst slows one run, never speeds one up, so the best
    run is the closest to the code's own cost, and interleaving spreads the bursts."""
    best = dict.fromkeys(variants, 0.0)
    for _ in range(rounds):
        for label, variant in variants.items():
            best[label] = max(best[label], variant.rate(seconds))
    return best


def _http_rates(seconds, rounds):
    """Requests/s over HTTP (gunicorn, 2 sync workers, wrk with 4 connections, as
    ``make bench``): the cache hit on a gunicorn with the full ``MIDDLEWARE`` as
    portal/wsgi.py serves it, and on a gunicorn with no middleware at all the bare view,
    both with its usual 5 KB body and with a body as long as the cached page (what
    loopback transfer costs is then the same on both sides); ``rounds`` interleaved slices
    each, mean of the slices."""
    from bench.http import Gunicorn, ensure_wrk, load
    from bench.urls import CEILING_PATH, SAME_SIZE_PATH

    wrk = ensure_wrk()
    if not wrk:
        return {}
    with Gunicorn(page_cache=True) as site:
        for _ in range(2):
            status, headers = site.get("/")
        assert headers.get("X-Guyub-Cache") == "hit", headers
        page_bytes = headers["Content-Length"]
        os.environ.update(BENCH_BARE="1", BENCH_PAGE_BYTES=page_bytes)
        try:
            bare_server = Gunicorn(page_cache=False).__enter__()
        finally:
            del os.environ["BENCH_BARE"], os.environ["BENCH_PAGE_BYTES"]
        try:
            urls = {
                "HTTP: bare view, no middleware (5 KB)": bare_server.base_url + CEILING_PATH,
                f"HTTP: bare view, no middleware ({int(page_bytes) // 1024} KB, as the page)": (
                    bare_server.base_url + SAME_SIZE_PATH
                ),
                "HTTP: cache hit, full MIDDLEWARE": site.base_url + "/",
            }
            slices = {label: [] for label in urls}
            for _ in range(rounds):
                for label, url in urls.items():
                    result = load(wrk, url, seconds=seconds, connections=4, threads=1)
                    assert result["rps"] and not result["errors"], result
                    slices[label].append(result["rps"])
        finally:
            bare_server.__exit__(None, None, None)
    return {label: sum(rates) / len(rates) for label, rates in slices.items()}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=1.0, help="per variant and round")
    parser.add_argument("--rounds", type=int, default=5, help="interleaved; best one counts")
    parser.add_argument("--cache-url", default="", help="e.g. redis://127.0.0.1:6379/6")
    parser.add_argument(
        "--http", type=int, default=0, help="also over HTTP: seconds per slice (needs wrk)"
    )
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
    variants = {
        "bare view, no middleware": _Variant([], CEILING_PATH),
        "cache hit, full MIDDLEWARE": _Variant(full, "/"),
        "cache hit, page-cache middleware only": _Variant([CACHE_MIDDLEWARE], "/"),
        "cache hit answered before Django (portal/wsgi.py)": _EarlyVariant(full, "/"),
    }
    for name in before_cache:
        variants[f"cache hit without {name}"] = _Variant([m for m in full if m != name], "/")
    rates = _best_rates(variants, args.seconds, args.rounds)
    early = rates.pop("cache hit answered before Django (portal/wsgi.py)")
    rows = list(rates.items())
    hit = rows[1][1]
    bare = rows[0][1]
    print(f"{'variant':62} {'req/s':>8} {'µs/req':>8} {'of bare':>8}")
    for label, rate in rows:
        print(f"{label:62} {rate:8.0f} {1e6 / rate:8.1f} {rate / bare:8.0%}")
    print("\nCost of each middleware on a hit (µs/request):")
    for label, rate in rows[3:]:
        print(f"  {label.removeprefix('cache hit without '):58} {1e6 / hit - 1e6 / rate:6.1f}")
    print(f"  {'the page-cache lookup itself':58} {1e6 / rows[2][1] - 1e6 / bare:6.1f}")
    print(f"\nIn process, hit through Django's handler/bare: {hit / bare:.0%}")
    print(
        f"In process, hit answered before Django (as portal/wsgi.py serves it)/bare: "
        f"{early / bare:.0%} (target >= 75%; {1e6 / early:.1f} µs/request)"
    )
    http = _http_rates(args.http, args.rounds) if args.http else {}
    if http:
        for label, rate in http.items():
            print(f"{label:62} {rate:8.0f}")
        http_bare, http_same, http_hit = http.values()
        print(f"Over HTTP, hit/bare 5 KB view: {http_hit / http_bare:.0%}")
        print(f"Over HTTP, hit/bare view of the page's size: {http_hit / http_same:.0%}")
    out = BENCH_DIR / "middleware_cost.json"
    rates = {
        label: round(rate)
        for label, rate in [*rows, ("cache hit answered before Django", early), *http.items()]
    }
    out.write_text(json.dumps(rates, indent=2))
    print(f"Written to {out}")


if __name__ == "__main__":
    main()
