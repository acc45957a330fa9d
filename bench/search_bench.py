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
import time

from bench.search_common import folder_size, human_bytes, percentile, rebuild, setup_django


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
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    setup_django()
    from django.conf import settings
    from modelsearch.backends import get_search_backend
    from modelsearch.test.testapp.models import Book

    Book.objects.all().delete()
    generate(Book, args.articles)
    db_file = settings.DATABASES["default"]["NAME"]
    report = {"articles": Book.objects.count(), "backends": {}}
    for name in ("default", "database"):
        size_before = db_file.stat().st_size
        build = rebuild(name)
        if name == "database":
            size = db_file.stat().st_size - size_before
        else:
            size = folder_size(settings.MODELSEARCH_BACKENDS[name]["PATH"])
        backend = get_search_backend(name)
        list(backend.search("warmup", Book)[:10])
        latencies = []
        hits = {}
        for query in QUERIES:
            for _ in range(args.repeat):
                started = time.perf_counter()
                results = backend.search(query, Book)
                page = list(results[:10])
                total = results.count()
                latencies.append(time.perf_counter() - started)
            hits[query] = (len(page), total)
        report["backends"][name] = {
            "backend": settings.MODELSEARCH_BACKENDS[name]["BACKEND"],
            "build_seconds": round(build, 2),
            "index_bytes": size,
            "p50_ms": round(percentile(latencies, 0.5) * 1000, 1),
            "p95_ms": round(percentile(latencies, 0.95) * 1000, 1),
            "hits": hits,
        }

    print(f"{report['articles']} articles, 20 queries x {args.repeat} (top 10 + count)\n")
    print(f"{'backend':34} {'build':>8} {'index size':>11} {'p50':>8} {'p95':>8}")
    for data in report["backends"].values():
        size = human_bytes(data["index_bytes"])
        print(
            f"{data['backend']:34} {data['build_seconds']:>7}s {size:>11}"
            f" {data['p50_ms']:>6}ms {data['p95_ms']:>6}ms"
        )
    print("\nMatches per query (ours / database):")
    ours, database = report["backends"]["default"], report["backends"]["database"]
    for query in QUERIES:
        print(f"  {query:24} {ours['hits'][query][1]:>6} / {database['hits'][query][1]:>6}")
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
