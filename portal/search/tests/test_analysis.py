"""The backend's Indonesian analysis on its own, under this package's test settings.

The misses and merges listed are the ones the project's first stemmer made (issue #15);
the measurement on outside material is ``make bench-search`` (README of this package).
"""

import pytest

from portal.search.stemmer import stem
from portal.search.stopwords import INDONESIAN_STOP_WORDS


@pytest.mark.parametrize(
    ("word", "root"),
    [
        ("benarkah", "benar"),
        ("beradu", "adu"),
        ("berambut", "rambut"),
        ("mengupas", "kupas"),
        ("penasihat", "nasihat"),
        ("pelabuhan", "labuh"),
        ("bertahan", "tahan"),
        ("menyanyikan", "nyanyi"),
        ("pemerintah", "perintah"),
        ("terdepan", "depan"),
        ("permainan", "main"),
        ("pendidikan", "didik"),
    ],
)
def test_affixed_words_reach_their_root(word, root):
    assert stem(word) == stem(root) == root


@pytest.mark.parametrize(
    "words",
    [("penting", "pening"), ("tangan", "menang", "petang"), ("perang", "serang", "berang")],
)
def test_unrelated_roots_are_not_merged(words):
    assert len({stem(word) for word in words}) == len(words)


@pytest.mark.parametrize("word", ["promosi", "ekonomi", "marwan", "surabaya", "sleman"])
def test_loan_words_and_names_stay_whole(word):
    assert stem(word) == word


def test_stop_words_are_the_grammar_words():
    assert {"yang", "dan", "di"} <= INDONESIAN_STOP_WORDS
    assert not {"arisan", "warga", "kelompok"} & INDONESIAN_STOP_WORDS
