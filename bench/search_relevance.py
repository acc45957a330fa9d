"""Relevance on the evaluation set: recall@10 per backend, and stemmers on inflection pairs.

Usage: .venv/bin/python -m bench.search_relevance

Indexes the evaluation posts (portal/search/evaluation.py) into our backend with
the default stemmer, our backend with Snowball, and modelsearch's database backend
(SQLite FTS5), runs every evaluation query against each and reports recall@10.
Then scores each available stemmer on the inflection groups.
"""

import datetime

from bench.search_common import rebuild, setup_django


def main():
    setup_django()
    from modelsearch.backends import get_search_backend
    from modelsearch.test.testapp.models import Book

    from portal.search.analysis import get_stemmer
    from portal.search.evaluation import DOCUMENTS, QUERIES, SECOND_SET, score_stemmer

    Book.objects.all().delete()
    ids = {}
    for number, (doc_id, text) in enumerate(DOCUMENTS):
        book = Book.objects.create(
            title=f"Kabar {number}",
            summary=text,
            publication_date=datetime.date(2026, 1, 1),
            number_of_pages=1,
        )
        ids[book.pk] = doc_id

    backends = ("default", "whoosh_snowball", "database")
    recall = {}
    rows = []
    for name in backends:
        rebuild(name)
        backend = get_search_backend(name)
        per_query = []
        for query, expected in QUERIES:
            found = {ids.get(book.pk) for book in backend.search(query, Book)[:10]}
            per_query.append(len(expected & found) / len(expected))
        recall[name] = per_query
    print(f"{'query':24} " + " ".join(f"{name:>16}" for name in backends))
    for index, (query, _expected) in enumerate(QUERIES):
        rows.append(f"{query:24} " + " ".join(f"{recall[name][index]:>16.2f}" for name in backends))
    print("\n".join(rows))
    print(
        f"{'recall@10 (mean)':24} "
        + " ".join(f"{sum(recall[n]) / len(recall[n]):>16.2f}" for n in backends)
    )

    print(
        "\nStemmers on the hand-written inflection groups (a regression check written with"
        " the stemmer; bench.stemmer_gold above is the measurement):"
    )
    for name in ("guyub", "snowball", "sastrawi"):
        try:
            stem = get_stemmer(name)
            main_set = score_stemmer(stem)
            second = score_stemmer(stem, SECOND_SET)
        except ImportError as exc:
            print(f"  {name:9} not installed ({exc})")
            continue
        print(
            f"  {name:9} main {main_set['conflated']}/{main_set['pairs']}, "
            f"second {second['conflated']}/{second['pairs']}, "
            f"apart {main_set['kept_apart']}/{main_set['apart']}"
        )


if __name__ == "__main__":
    main()
