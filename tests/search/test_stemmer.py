"""The stemmer on the cases of issue #15 and on the outside gold set."""

import pytest

from bench.stemmer_gold import load, load_kateglo_roots, merged_groups, score
from portal.search.stemmer import stem


@pytest.mark.parametrize(
    ("word", "root"),
    [
        ("benarkah", "benar"),
        ("berambut", "rambut"),
        ("mengupas", "kupas"),
        ("penasihat", "nasihat"),
        ("pelabuhan", "labuh"),
        ("bertahan", "tahan"),
        ("terabai", "abai"),
        ("menyanyikan", "nyanyi"),
        ("pelanggan", "langgan"),
        ("pemerintah", "perintah"),
        ("terdepan", "depan"),
        ("mengurus", "urus"),
        ("pengurus", "urus"),
        ("kebersamaan", "sama"),
    ],
)
def test_inflected_forms_reach_their_root(word, root):
    assert stem(word) == root
    assert stem(root) == root


@pytest.mark.parametrize(
    "words",
    [
        ("penting", "pening"),
        ("tangan", "menang", "petang"),
        ("perang", "serang", "berang", "seberang"),
    ],
)
def test_unrelated_roots_keep_their_own_stems(words):
    assert [stem(word) for word in words] == list(words)


@pytest.mark.parametrize("word", ["marwan", "promosi", "ekonomi", "sleman", "surabaya"])
def test_words_the_lexicon_does_not_reduce_are_left_whole(word):
    assert stem(word) == word


@pytest.mark.parametrize(
    "words",
    [
        ("pal", "pali"),
        ("jun", "juni"),
        ("tap", "tapi"),
        ("jam", "jaman"),
        ("wah", "sewah"),
        ("rum", "rumi"),
        ("malik", "maliki"),
        ("politis", "politisi"),
        ("je", "jepun"),
    ],
)
def test_roots_that_take_no_affixes_do_not_absorb_look_alikes(words):
    assert len({stem(word) for word in words}) == len(words)


def test_outside_gold_standard_scores_hold():
    pairs, lemmas = load()
    conflated, _misses, merged = score(stem, pairs, lemmas)

    assert len(pairs) >= 1000
    assert len(lemmas) >= 5000
    assert conflated / len(pairs) >= 0.97
    assert sum(len(group) for group in merged) / len(lemmas) <= 0.036


def test_at_most_one_percent_of_outside_roots_are_merged():
    roots = load_kateglo_roots()
    both = sorted(set(roots) & set(load()[1]))

    assert len(roots) >= 29000
    assert len(both) >= 5000
    for words in (roots, both):
        merged = sum(len(group) for group in merged_groups(stem, words))
        assert merged / len(words) <= 0.01


@pytest.mark.parametrize(
    "word", ["bekasi", "maluku", "pekalongan", "bali", "bandungan", "haruku", "bungku", "binamu"]
)
def test_place_names_the_rules_could_cut_are_kept(word):
    assert stem(word) == word


def test_everyday_words_inside_place_names_still_conflate():
    assert stem("bagian") == stem("bagi")
    assert stem("harapan") == stem("harap")


def test_no_province_or_kabupaten_kota_name_is_stemmed_into_another_word():
    import re

    from lokal import wilayah

    from portal.search.places import DESCRIPTIVE

    words = set()
    for province in wilayah.list_wilayah():
        words.update(re.findall(r"[a-z]+", province.name.lower()))
        for regency in wilayah.list_wilayah(province.code):
            words.update(re.findall(r"[a-z]+", regency.name.lower()))

    assert len(words) > 400
    assert [word for word in sorted(words - DESCRIPTIVE) if stem(word) != word] == []
