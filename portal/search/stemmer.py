"""A rule-based Indonesian stemmer with a small, openly licensed root list.

Indonesian builds words from a root with prefixes (``ber-``, ``me(N)-``, ``pe(N)-``,
``di-``, ``ke-``, ``se-``, ``ter-``, ``per-``), suffixes (``-an``, ``-kan``, ``-i``)
and clitics (``-nya``, ``-ku``, ``-mu``, ``-lah``, ``-kah``, ``-pun``). Stripping
them without any knowledge of roots over-stems: Snowball turns ``kelompok`` into
``lompok`` because ``ke-`` looks like a prefix. Dictionary stemmers (Sastrawi) fix
that with a large root dictionary whose licence (CC-BY-NC-SA) does not suit an
open-source project.

This stemmer sits in between: it generates the candidate roots that the
affix rules allow, in order of preference, and

1. keeps words in :data:`PROTECTED_WORDS` (community vocabulary) as they are;
2. picks the first candidate that is a known root (:data:`ROOTS`, a few hundred
   everyday roots written for Guyub, mostly ones that *look* affixed:
   ``kelompok``, ``kepala``, ``sekolah``, ``makan``...);
3. otherwise takes the first candidate, which follows the usual rule order.

It is deterministic and the same function runs at index and query time, so an
imperfect root still matches: what matters is that inflected forms of one word
land on the same key. ``bench/`` and ``tests/search/`` measure it on an
evaluation set against Snowball and Sastrawi.
"""

from functools import lru_cache

__all__ = ["PROTECTED_WORDS", "ROOTS", "stem"]


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

#: Everyday roots that the affix rules would otherwise cut (they start like a
#: prefix or end like a suffix), plus common roots that resolve meN-/peN-
#: ambiguity (``makan`` versus ``pakan`` for ``memakan``).
ROOTS = _words(
    """
    kelompok kepala keluarga kerja kereta kecil kemah kebun kelas kertas kemarin ada buku
    aji temu kenal kabar kirim kumpul kunjung kurang kuat kaya kena keras kota kampung
    kelola kembang kembali kemas keliling kendara ketua keju kelapa kemeja kepada kerabat
    kesan ketik ketat kali kalah kamar sekolah selamat sepeda semua sehat sedia setuju
    serta sejarah sekretaris senang sendiri sering sewa selesai selatan sebelah sedikit
    sempat sumbang sahabat sama satu sapu sakit sayur sawah siram sosial suara susun dinas
    dokter desa diskusi didik dapat dapur daftar daerah dalam dana dengar beras bensin
    besar beri beli bela bantu baca bagi bangun bawa buka buat bersih belanja berat berita
    bentuk benih bencana batik bambu bidan bina teman tetangga tengah tanam tani tari
    tulis tutup tukar tuju tunjuk tanya tampil tanding tangga tempat tempel terima terang
    tegas tenaga terbang pemuda pesan pesta peta perlu pergi pernah pertama pikir pilih
    pakai pukul pimpin pinjam pindah pasang pasar panen pangan pantai peduli makan minum
    main malam masak masuk masjid minggu muda mulai mudah modal milik miskin mandi mata
    mesin meja menteri merah nanti nama nikah nilai nyanyi ajar ajak ambil angkat antar
    atur awas usaha urus ikut ingat isi olah obat air adil acara aman anak anggota
    anggaran asuh ibu ikan indah usul umum uang jalan jaga jual jumpa jadwal jamaah lihat
    latih lomba lapor lestari lingkung luas lahan lantai lagu rasa rawat rencana rumah
    rapat ramah renang harap hadir hasil hidup hormat hubung hari harga hijau gelar gerak
    giat guna gunung gambar gabung gaji warga wakil wilayah waktu warung cari catat cinta
    coba cuci yakin
    """
)

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
    ("pe", "kan"),
}
_MIN_ROOT = 3


def _has_vowel(word):
    return any(ch in _VOWELS for ch in word)


def _acceptable(root):
    return len(root) >= _MIN_ROOT and _has_vowel(root)


def _prefix_candidates(word):
    """Yield ``(prefix_class, remainder)`` for each prefix reading of ``word``.

    ``prefix_class`` is the prefix family (``me``, ``pe``, ``be``, ``te``, ``di``,
    ``ke``, ``se``) used to reject impossible confixes. Readings that need a
    recoded first letter (``menulis`` -> ``tulis``) come with the letter restored.
    """
    w = word
    if w.startswith(("di", "ke", "se")):
        yield w[:2], w[2:]
    if w.startswith(("me", "pe")):
        cls = w[:2]
        rest = w[2:]
        if rest.startswith("ng"):
            after = rest[2:]
            if after[:1] in _VOWELS:
                yield cls, after  # mengambil -> ambil
                yield cls, "k" + after  # mengirim -> kirim
            else:
                yield cls, after  # menggambar -> gambar
        elif rest.startswith("ny"):
            yield cls, "s" + rest[2:]  # menyapu -> sapu
        elif rest.startswith("n"):
            after = rest[1:]
            if after[:1] in _VOWELS:
                yield cls, "t" + after  # menulis -> tulis
                yield cls, after  # menanti -> nanti (via the root list)
                yield cls, rest
            else:
                yield cls, after  # mencari -> cari
        elif rest.startswith("m"):
            after = rest[1:]
            if after[:1] in _VOWELS:
                yield cls, "p" + after  # memukul -> pukul
                yield cls, rest  # memakan -> makan
            else:
                yield cls, after  # membaca -> baca
        elif cls == "pe" and rest.startswith("r"):
            yield cls, rest[1:]  # pertanian -> tani
            yield cls, rest
        elif cls == "pe" and rest.startswith("l"):
            yield cls, rest[1:]  # pelajar -> ajar
            yield cls, rest
        else:
            yield cls, rest  # melihat -> lihat, petani -> tani
    if w.startswith(("be", "te")):
        cls = w[:2]
        rest = w[2:]
        if rest.startswith("r"):
            yield cls, rest[1:]  # bersama -> sama, terbuka -> buka
            yield cls, rest  # berenang -> renang
        elif rest.startswith("l") and cls == "be":
            yield cls, rest[1:]  # belajar -> ajar
            yield cls, rest
        else:
            yield cls, rest  # bekerja -> kerja


def _suffix_candidates(word):
    """Yield ``(suffix, remainder)``: suffixed readings first, the word as is last."""
    for suffix in _DERIVATIONAL:
        if word.endswith(suffix) and _acceptable(word[: -len(suffix)]):
            yield suffix, word[: -len(suffix)]
    yield "", word


def _inflection_readings(word):
    """Yield ``word`` without its particle and possessive clitic, then as is.

    ``bukunyalah`` -> ``buku``; ``bertemu`` keeps its ``-mu`` on the second reading.
    """
    stripped = word
    for particle in _PARTICLES:
        if stripped.endswith(particle) and len(stripped) - len(particle) >= 4:
            stripped = stripped[: -len(particle)]
            break
    for possessive in _POSSESSIVES:
        if stripped.endswith(possessive) and len(stripped) - len(possessive) >= 4:
            stripped = stripped[: -len(possessive)]
            break
    yield stripped
    if stripped != word:
        yield word


def _candidates(word, depth=0, prefix_classes=()):
    """Yield candidate roots of ``word`` in order of preference."""
    for suffix, base in _suffix_candidates(word):
        if suffix and any((cls, suffix) in _DISALLOWED_CONFIXES for cls in prefix_classes[:1]):
            continue
        if base in ROOTS or base in PROTECTED_WORDS:
            yield base
            continue
        if depth < 3:
            for cls, rest in _prefix_candidates(base):
                if _acceptable(rest):
                    # The inner word carries no further suffix: suffixes come off once.
                    yield from _prefixes_only(rest, depth + 1, (cls, *prefix_classes), suffix)
        if suffix and _acceptable(base):
            yield base


def _prefixes_only(word, depth, prefix_classes, suffix):
    if word in ROOTS or word in PROTECTED_WORDS:
        yield word
        return
    if suffix and (prefix_classes[0], suffix) in _DISALLOWED_CONFIXES:
        return
    if depth < 3:
        for cls, rest in _prefix_candidates(word):
            if _acceptable(rest):
                yield from _prefixes_only(rest, depth + 1, (cls, *prefix_classes), suffix)
    yield word


@lru_cache(maxsize=65536)
def stem(word):
    """Return the root key of a lower-case Indonesian ``word``."""
    if len(word) <= 3 or word in PROTECTED_WORDS or word in ROOTS or not word.isalpha():
        return word
    with_prefix = None
    any_reading = None
    for reading in _inflection_readings(word):
        if reading in ROOTS or reading in PROTECTED_WORDS:
            return reading
        for candidate in _candidates(reading):
            if candidate in ROOTS or candidate in PROTECTED_WORDS:
                return candidate
            # Without a known root: prefer the first reading that removed a prefix and
            # leaves four letters or more, then any such reading; three-letter
            # leftovers are usually over-stemming.
            if len(candidate) < 4 or candidate == word:
                continue
            if with_prefix is None and not reading.startswith(candidate):
                with_prefix = candidate
            if any_reading is None:
                any_reading = candidate
        if any_reading is None and reading != word and len(reading) >= 4:
            any_reading = reading
    return with_prefix or any_reading or word
