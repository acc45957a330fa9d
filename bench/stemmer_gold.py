"""Stemmers on an outside gold standard: Apertium's Indonesian morphology.

Usage: .venv/bin/python -m bench.stemmer_gold [--show N]

* pairs conflated: for each inflected form in bench/data/apertium_ind_pairs.tsv,
  stem(form) equals stem(lemma) (for any of its lemmas);
* lemmas merged: share of the lemmas in bench/data/apertium_ind_lemmas.txt whose
  stem equals the stem of another lemma there (over-stemming: ``penting`` and
  ``pening`` both to ``ting``).

Apertium lists some lexicalised derivatives as lemmas of their own (``semuanya``,
``seribu``, ``perolehan``), so "merged" counts them too and is an upper bound on
wrong merges. The over-stemming check proper runs on root lists:

* roots merged (Kateglo): share of the ~29,600 roots of Kateglo's "kata dasar"
  list whose stem equals the stem of another root there. Every merge counts as
  an error, including the few derived words Kateglo lists as roots (``sebelas``);
* roots merged (both lists): the same over the Apertium lemmas that Kateglo also
  lists as roots, i.e. words two independent sources agree are base words.

Kateglo's list is CC-BY-NC-SA 3.0: it is not committed here, it is read at
evaluation time from the PySastrawi package that requirements-dev.txt installs
(``Sastrawi/Stemmer/data/kata-dasar.txt``). ``--show`` prints examples of misses
and merges. Sources and licences: bench/data/NOTICE.
"""

import argparse
import re
from collections import defaultdict
from importlib import resources
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


def load_kateglo_roots():
    """Kateglo's root list as shipped in PySastrawi: lower-case, alphabetic entries only."""
    text = resources.files("Sastrawi").joinpath("Stemmer/data/kata-dasar.txt").read_text("utf-8")
    return sorted({word for word in text.lower().split() if re.fullmatch(r"[a-z]+", word)})


def merged_groups(stem, words):
    """Groups of two or more distinct ``words`` that ``stem`` reduces to the same key."""
    by_stem = defaultdict(list)
    for word in words:
        by_stem[stem(word)].append(word)
    return [group for group in by_stem.values() if len(group) > 1]


def score(stem, pairs, lemmas):
    """Return ``(conflated, misses, merged_groups)`` for one stemming callable."""
    misses = [
        (form, stem(form), lemmas_[0], stem(lemmas_[0]))
        for form, lemmas_ in pairs
        if not any(stem(form) == stem(lemma) for lemma in lemmas_)
    ]
    return len(pairs) - len(misses), misses, merged_groups(stem, lemmas)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="print N misses and merges")
    args = parser.parse_args()

    from portal.search.analysis import get_stemmer

    pairs, lemmas = load()
    try:
        roots = load_kateglo_roots()
    except ModuleNotFoundError:
        roots = []
        print("Kateglo roots: PySastrawi is not installed (requirements-dev.txt), no root check")
    both = sorted(set(roots) & set(lemmas))
    print(f"Gold standard: {len(pairs)} inflected/lemma pairs, {len(lemmas)} lemmas (Apertium)")
    print(f"Over-stemming: {len(roots)} Kateglo roots, {len(both)} of them also Apertium lemmas")
    print(
        f"  {'stemmer':9} {'pairs conflated':>22} {'lemmas merged':>22}"
        f" {'roots merged (Kateglo)':>24} {'(both lists)':>20}"
    )
    for name in STEMMERS:
        try:
            stem = get_stemmer(name)
            stem("uji")
        except ImportError as exc:
            print(f"  {name:9} not installed ({exc})")
            continue
        conflated, misses, merged = score(stem, pairs, lemmas)
        n_merged = sum(len(group) for group in merged)
        root_groups = merged_groups(stem, roots)
        n_roots = sum(len(group) for group in root_groups)
        n_both = sum(len(group) for group in merged_groups(stem, both))
        print(
            f"  {name:9} {conflated:>6}/{len(pairs)} ({conflated / len(pairs):6.1%}) "
            f"{n_merged:>6}/{len(lemmas)} ({n_merged / len(lemmas):6.1%}) "
            f"{n_roots:>7}/{len(roots)} ({n_roots / max(len(roots), 1):6.2%}) "
            f"{n_both:>5}/{len(both)} ({n_both / max(len(both), 1):6.2%})"
        )
        if args.show:
            print("    misses (form, stem, lemma, stem):", misses[: args.show])
            print("    lemmas merged:", merged[: args.show])
            print("    roots merged:", root_groups[: args.show])


if __name__ == "__main__":
    main()
