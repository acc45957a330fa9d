"""Stemmers on an outside gold standard: Apertium's Indonesian morphology.

Usage: .venv/bin/python -m bench.stemmer_gold [--show N]

* pairs conflated: for each inflected form in bench/data/apertium_ind_pairs.tsv,
  stem(form) equals stem(lemma) (for any of its lemmas);
* lemmas merged: share of the lemmas in bench/data/apertium_ind_lemmas.txt whose
  stem equals the stem of another lemma there (over-stemming: ``penting`` and
  ``pening`` both to ``ting``).

Apertium lists some lexicalised derivatives as lemmas of their own (``semuanya``,
``seribu``, ``perolehan``), so "merged" counts them too and is an upper bound on
wrong merges; ``--show`` prints examples of both kinds of failure.
The data's source and licence: bench/data/NOTICE.
"""

import argparse
from collections import defaultdict
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
STEMMERS = ("guyub", "snowball", "sastrawi")


def load():
    pairs = []
    for line in (DATA / "apertium_ind_pairs.tsv").read_text("utf-8").splitlines():
        form, lemmas = line.split("\t")
        pairs.append((form, lemmas.split()))
    lemmas = (DATA / "apertium_ind_lemmas.txt").read_text("utf-8").split()
    return pairs, lemmas


def score(stem, pairs, lemmas):
    """Return ``(conflated, misses, merged_groups)`` for one stemming callable."""
    misses = [
        (form, stem(form), lemmas_[0], stem(lemmas_[0]))
        for form, lemmas_ in pairs
        if not any(stem(form) == stem(lemma) for lemma in lemmas_)
    ]
    by_stem = defaultdict(list)
    for lemma in lemmas:
        by_stem[stem(lemma)].append(lemma)
    merged = [group for group in by_stem.values() if len(group) > 1]
    return len(pairs) - len(misses), misses, merged


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="print N misses and merges")
    args = parser.parse_args()

    from portal.search.analysis import get_stemmer

    pairs, lemmas = load()
    print(f"Gold standard: {len(pairs)} inflected/lemma pairs, {len(lemmas)} lemmas (Apertium)")
    print(f"  {'stemmer':9} {'pairs conflated':>22} {'lemmas merged':>22}")
    for name in STEMMERS:
        try:
            stem = get_stemmer(name)
            stem("uji")
        except ImportError as exc:
            print(f"  {name:9} not installed ({exc})")
            continue
        conflated, misses, merged = score(stem, pairs, lemmas)
        n_merged = sum(len(group) for group in merged)
        print(
            f"  {name:9} {conflated:>6}/{len(pairs)} ({conflated / len(pairs):6.1%}) "
            f"{n_merged:>6}/{len(lemmas)} ({n_merged / len(lemmas):6.1%})"
        )
        if args.show:
            print("    misses (form, stem, lemma, stem):", misses[: args.show])
            print("    merged:", merged[: args.show])


if __name__ == "__main__":
    main()
