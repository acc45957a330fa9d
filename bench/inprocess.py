"""In-process measurements: Django's test client, no network, production settings.

For each target: median and p95 latency over a bounded number of requests (and at
most ``seconds`` per target), and the SQL query count of one request. Search targets
run once per configured search backend.
"""

import statistics
import time

from django.conf import settings
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

WARMUP = 2


def percentile(values, share):
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def measure(client, url, *, repeat, seconds):
    timings, cpu = [], []
    start, start_cpu = time.perf_counter(), time.process_time()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    first = ((time.perf_counter() - start) * 1000, (time.process_time() - start_cpu) * 1000)
    status = response.status_code
    # Read now: the next request's request_started signal clears the query log.
    queries = [q["sql"] for q in captured.captured_queries]
    if first[0] > seconds * 1000:
        # A page this slow (the database search backend on a large site needs minutes)
        # is reported from its one request rather than holding the run up for warm-ups.
        timings, cpu = [first[0]], [first[1]]
        repeat = 0
    else:
        for _ in range(WARMUP - 1):
            client.get(url)
        # Counted again once warm: the first view may fill caches (renditions, menu).
        with CaptureQueriesContext(connection) as captured:
            client.get(url)
        queries = [q["sql"] for q in captured.captured_queries]
    deadline = time.perf_counter() + seconds
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
        if time.perf_counter() > deadline:
            break
    return {
        "status": status,
        "queries": len(queries),
        "writes": sum(
            1 for sql in queries if sql.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
        ),
        "median_ms": round(statistics.median(timings), 2),
        "p95_ms": round(percentile(timings, 0.95), 2),
        # CPU time of this process: less disturbed than wall time on a busy machine.
        "cpu_median_ms": round(statistics.median(cpu), 2),
        "requests": len(timings),
        "bytes": len(response.content),
    }


def run(targets, *, repeat=30, seconds=10.0, log=print):
    """Measure every target uncached; returns a list of result dicts."""
    results = []
    backends = dict(settings.WAGTAILSEARCH_BACKENDS)
    with override_settings(GUYUB_PAGE_CACHE=False):
        client = Client()
        for name, url, kind in targets:
            variants = [(None, {})]
            if kind == "search":
                variants = [
                    (alias, {"WAGTAILSEARCH_BACKENDS": {"default": conf}})
                    for alias, conf in backends.items()
                ]
            for backend, overrides in variants:
                with override_settings(**overrides):
                    result = measure(client, url, repeat=repeat, seconds=seconds)
                label = f"{name} [{backend}]" if backend else name
                result.update({"name": label, "url": url, "kind": kind, "backend": backend})
                results.append(result)
                log(
                    f"  {label:32} {result['status']} {result['median_ms']:8.2f} ms "
                    f"p95 {result['p95_ms']:8.2f} ms  {result['queries']:3} queries"
                )
    return results
