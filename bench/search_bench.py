"""Index N generated Indonesian articles and time it, beside modelsearch's database backend.

Usage: .venv/bin/python -m bench.search_bench [--articles 10000] [--repeat 5]

Reports, per backend: build time (full rebuild from the database), index size
(Whoosh folder; for the database backend, how much the SQLite file grew) and
p50/p95 latency of 20 queries (first 10 results loaded from the database, as a
search page does). Not part of ``make test``: timings belong here only.
"""

import argparse
import datetime
import json
import random
import statistics
import time

from bench.search_common import (
    database_index_size,
    human_bytes,
    live_index_size,
    percentile,
    rebuild,
    setup_django,
)


def _words(text):
    return text.split()


ROOTS = _words(
    """
    kelompok sahabat giat aji sama tani kerja tulis bangun latih sehat didik jalan temu
    lapor bantu kumpul rawat tanam bersih timbang olah urus kelola usaha ajar main masak
    hadir daftar sumbang pimpin lomba rencana warga anggota cari jual beli atur jaga
    """
)
FORMS = ("{r}", "ber{r}", "me{r}", "pe{r}an", "ke{r}an", "di{r}", "{r}an", "{r}nya", "per{r}an")
NOUNS = _words(
    """
    arisan posyandu karang taruna pkk desa kampung rt rw balai masjid sekolah pasar
    sawah kebun koperasi pemuda ibu bapak anak lansia balita relawan
    """
)
GLUE = _words(
    """
    dan di ke dari untuk dengan yang pada oleh akan setiap bulan minggu pagi malam
    """
)
QUERIES = [
    "kelompok tani",
    "arisan",
    "posyandu balita",
    "kegiatan pemuda",
    "pelatihan",
    "berkumpul di balai",
    "kerja bakti",
    "bersahabat",
    "pengajian",
    "kesehatan lansia",
    "pembangunan desa",
    "lomba",
    "menanam",
    "pendaftaran relawan",
    "usaha koperasi",
    "karang taruna",
    "kebersihan kampung",
    "rencana",
    "pasar",
    "memasak bersama",
]


def sentence(rng):
    words = []
    for _ in range(rng.randint(8, 16)):
        pick = rng.random()
        if pick < 0.45:
            words.append(rng.choice(FORMS).format(r=rng.choice(ROOTS)))
        elif pick < 0.75:
            words.append(rng.choice(NOUNS))
        else:
            words.append(rng.choice(GLUE))
    return " ".join(words).capitalize() + "."


def generate(model, count, seed=42):
    rng = random.Random(seed)
    start = datetime.date(2020, 1, 1)
    batch = []
    for number in range(count):
        title = " ".join(sentence(rng).rstrip(".").split()[:6]).title()
        summary = " ".join(sentence(rng) for _ in range(rng.randint(6, 12)))
        batch.append(
            model(
                title=f"{title} {number}",
                summary=summary,
                publication_date=start + datetime.timedelta(days=number % 2000),
                number_of_pages=rng.randint(1, 900),
            )
        )
        if len(batch) == 1000:
            model.objects.bulk_create(batch)
            batch = []
    if batch:
        model.objects.bulk_create(batch)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5, help="runs per query, at most")
    parser.add_argument(
        "--query-budget",
        type=float,
        default=3.0,
        help="seconds per query after which no further runs start (at least one run)",
    )
    args = parser.parse_args()

    setup_django()
    from django.conf import settings
    from django.db import connection
    from modelsearch.backends import get_search_backend
    from modelsearch.test.testapp.models import Book

    Book.objects.all().delete()
    generate(Book, args.articles)
    report = {"articles": Book.objects.count(), "backends": {}}
    for name in ("default", "database"):
        build = rebuild(name)
        if name == "database":
            size = database_index_size(connection)
        else:
            size = live_index_size(settings.MODELSEARCH_BACKENDS[name]["PATH"])
        backend = get_search_backend(name)
        list(backend.search("warmup", Book)[:10])
        latencies = []
        # A query's first run, before any searcher-level reuse of its terms' postings.
        first_runs = []
        hits = {}
        runs = 0
        for query in QUERIES:
            timings = []
            # Up to --repeat runs per query, but stop once a query has used its time
            # budget: a query the database backend needs many seconds for (it scores
            # every match in a correlated subquery) is measured once instead of five times.
            while len(timings) < args.repeat and sum(timings) < args.query_budget:
                started = time.perf_counter()
                results = backend.search(query, Book)
                page = list(results[:10])
                total = results.count()
                timings.append(time.perf_counter() - started)
            runs += len(timings)
            first_runs.append(timings[0])
            latencies.append(statistics.median(timings))
            hits[query] = (len(page), total, round(statistics.median(timings) * 1000, 1))
        report["backends"][name] = {
            "backend": settings.MODELSEARCH_BACKENDS[name]["BACKEND"],
            "build_seconds": round(build, 2),
            "index_bytes": size,
            "p50_ms": round(percentile(latencies, 0.5) * 1000, 1),
            "p95_ms": round(percentile(latencies, 0.95) * 1000, 1),
            "first_p95_ms": round(percentile(first_runs, 0.95) * 1000, 1),
            "runs": runs,
            "hits": hits,
        }

    print(
        f"{report['articles']} articles, {len(QUERIES)} queries (top 10 + count); p50/p95 over"
        f" the queries' median latencies, up to {args.repeat} runs per query\n"
    )
    print(
        f"{'backend':34} {'build':>8} {'index size':>11} {'p50':>9} {'p95':>9}"
        f" {'first p95':>10} {'runs':>5}"
    )
    for data in report["backends"].values():
        size = human_bytes(data["index_bytes"])
        print(
            f"{data['backend']:34} {data['build_seconds']:>7}s {size:>11}"
            f" {data['p50_ms']:>7}ms {data['p95_ms']:>7}ms {data['first_p95_ms']:>8}ms"
            f" {data['runs']:>5}"
        )
    print("\nMatches and median ms per query (ours | database):")
    ours, database = report["backends"]["default"], report["backends"]["database"]
    for query in QUERIES:
        _, our_total, our_ms = ours["hits"][query]
        _, db_total, db_ms = database["hits"][query]
        print(f"  {query:22} {our_total:>6} {our_ms:>8}ms | {db_total:>6} {db_ms:>9}ms")
    print(
        "\n"
        + json.dumps(
            {
                k: {kk: vv for kk, vv in v.items() if kk != "hits"}
                for k, v in report["backends"].items()
            }
        )
    )


if __name__ == "__main__":
    main()
