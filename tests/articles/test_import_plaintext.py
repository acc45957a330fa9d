import datetime

import pytest

from articles.importing.plaintext import (
    HeadingItem,
    ListItem,
    ParagraphItem,
    PlainTextError,
    RelatedLinkItem,
    parse_plaintext,
)

from .importing_fixtures import KAS_CRLF, KERJA_BAKTI, MALFORMED, MANFAAT, POSYANDU_BOM


def _parse(path):
    return parse_plaintext(path.read_bytes())


def _all_text(article):
    parts = [article.title, *article.related_titles]
    for item in article.body:
        if isinstance(item, ListItem):
            parts.extend(item.items)
        else:
            parts.append(getattr(item, "text", "") or getattr(item, "title", ""))
    return "\n".join(parts)


def test_title_date_and_byline_come_from_the_header_lines():
    article = _parse(MANFAAT)

    assert article.title == "5 Manfaat Arisan bagi Warga RT"
    assert article.date == datetime.date(2026, 8, 12)
    assert article.posted_by == "Siti Rahma"


def test_numbered_headings_lose_their_number_and_mark_the_article_numbered():
    article = _parse(MANFAAT)

    headings = [item for item in article.body if isinstance(item, HeadingItem)]
    assert [h.text for h in headings] == [
        "Mempererat Silaturahmi",
        "Melatih Disiplin Keuangan",
        "Menjadi Ruang Berbagi Informasi",
        "Menumbuhkan Rasa Saling Percaya",
        "Meningkatkan Keterlibatan dalam Komunitas",
    ]
    assert {h.level for h in headings} == {"h2"}
    assert article.numbered_headings is True


def test_sub_numbered_headings_become_subsections():
    article = _parse(POSYANDU_BOM)

    headings = [(h.text, h.level) for h in article.body if isinstance(h, HeadingItem)]
    assert headings == [
        ("Layanan yang Tersedia", "h2"),
        ("Penimbangan dan Pengukuran", "h3"),
        ("Penyuluhan Gizi", "h3"),
        ("Yang Perlu Dibawa", "h2"),
    ]


def test_inline_related_lines_become_placeholders_whatever_the_spacing():
    manfaat, kas, posyandu = _parse(MANFAAT), _parse(KAS_CRLF), _parse(POSYANDU_BOM)

    assert manfaat.inline_related_titles == ["Cara Mengelola Kas Arisan yang Transparan"]
    assert kas.inline_related_titles == ["5 Manfaat Arisan bagi Warga RT"]
    assert posyandu.inline_related_titles == ["5 Manfaat Arisan bagi Warga RT"]
    labels = {
        item.label for a in (manfaat, kas) for item in a.body if isinstance(item, RelatedLinkItem)
    }
    assert labels == {"Pos Terkait", "Baca Juga"}


def test_related_placeholder_keeps_its_place_between_sections():
    body = _parse(MANFAAT).body
    position = next(i for i, item in enumerate(body) if isinstance(item, RelatedLinkItem))

    assert body[position - 1] == ParagraphItem(
        "Iuran yang kecil tetapi rutin mengajarkan anggota untuk menyisihkan uang setiap bulan. "
        "Banyak ibu yang akhirnya membuat pos anggaran khusus untuk kebutuhan rumah tangga."
    )
    assert body[position + 1] == HeadingItem("Menjadi Ruang Berbagi Informasi", "h2", "3")


def test_trailing_related_list_becomes_related_titles():
    article = _parse(MANFAAT)

    assert article.related_titles == [
        "Cara Mengelola Kas Arisan yang Transparan",
        "Posyandu Melati Buka Layanan Sore",
    ]
    assert "Artikel Terkait" not in _all_text(article).replace(article.title, "")


@pytest.mark.parametrize("path", [MANFAAT, KAS_CRLF, POSYANDU_BOM])
def test_page_boilerplate_is_dropped(path):
    text = _all_text(_parse(path)).lower()

    for phrase in (
        "leave a reply",
        "tinggalkan balasan",
        "will not be published",
        "tidak akan dipublikasikan",
        "bagikan ini",
        "suka ini",
        "kirim komentar",
        "nama *",
    ):
        assert phrase not in text


def test_crlf_and_bom_files_parse_like_lf_files():
    kas = _parse(KAS_CRLF)
    posyandu = _parse(POSYANDU_BOM)

    assert kas.title == "Cara Mengelola Kas Arisan yang Transparan"
    assert posyandu.title == "Posyandu Melati Buka Layanan Sore"
    assert not posyandu.title.startswith("\ufeff")
    assert all("\r" not in part for part in _all_text(kas).split("\n"))
    assert kas.date == datetime.date(2026, 11, 28)
    assert kas.posted_by == "Dewi Lestari"


def test_posted_line_without_a_date_leaves_the_date_to_the_importer():
    article = _parse(POSYANDU_BOM)

    assert article.date is None
    assert article.warnings == []
    assert "Posted on" not in _all_text(article)


def test_unreadable_date_is_reported_not_guessed():
    article = parse_plaintext("Judul\n\nPosted on 31 Februari 2026\n\nIsi tulisan.\n")

    assert article.date is None
    assert "31 Februari 2026" in article.warnings[0]


def test_bulleted_and_numbered_line_runs_become_lists():
    kas = _parse(KAS_CRLF)
    posyandu = _parse(POSYANDU_BOM)
    numbered = parse_plaintext("Judul\n\n1. Siapkan buku kas.\n2. Catat setoran.\n")

    assert (
        ListItem(
            "ul",
            (
                "Simpan uang arisan di amplop atau rekening terpisah",
                "Jangan meminjam uang kas meski hanya sehari",
                "Serahkan uang kepada pemenang di depan anggota lain",
            ),
        )
        in kas.body
    )
    assert [i for i in posyandu.body if isinstance(i, ListItem)][0].items[0] == "Buku KIA"
    assert numbered.body == [ListItem("ol", ("Siapkan buku kas.", "Catat setoran."))]


def test_numbered_sentence_or_bare_number_is_not_a_heading():
    article = parse_plaintext(
        "Judul\n\n1. Anggota wajib hadir tepat waktu.\n\n12 orang hadir pada rapat kemarin\n"
    )

    assert all(isinstance(item, ParagraphItem) for item in article.body)
    assert article.numbered_headings is False


def test_intro_is_the_first_paragraph_and_date_can_come_in_indonesian():
    article = _parse(KERJA_BAKTI)

    assert article.date == datetime.date(2025, 5, 3)
    assert article.intro.startswith("Minggu pagi lalu, puluhan warga Karang Taruna")
    assert article.inline_related_titles == ["Jadwal Ronda Malam Bulan Juni"]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("empty.txt", "empty"),
        ("blank-lines.txt", "empty"),
        ("binary.txt", "binary"),
        ("latin1.txt", "not UTF-8"),
    ],
)
def test_malformed_files_raise_a_clear_error(name, message):
    with pytest.raises(PlainTextError, match=message):
        parse_plaintext((MALFORMED / name).read_bytes())


def test_utf16_file_is_refused_with_advice():
    with pytest.raises(PlainTextError, match="UTF-16"):
        parse_plaintext("Judul\n\nIsi".encode("utf-16"))


def test_file_of_only_boilerplate_is_refused():
    with pytest.raises(PlainTextError, match="boilerplate"):
        parse_plaintext(b"Leave a Reply\r\n\r\nTinggalkan Balasan\r\n")


def test_unnumbered_short_line_between_paragraphs_is_a_heading():
    article = parse_plaintext(
        b"Arisan Kita\n\nDiposting pada 12 Agustus 2026 oleh Siti\n\n"
        b"Pembuka tulisan tentang arisan.\n\nKesimpulan\n\n"
        b"Arisan membuat warga saling kenal.\n\nSalam hangat\n"
    )

    assert [type(item).__name__ for item in article.body] == [
        "ParagraphItem",
        "HeadingItem",
        "ParagraphItem",
        "ParagraphItem",
    ]
    assert article.body[1] == HeadingItem(text="Kesimpulan", level="h2", number="")
    # The closing line stays a paragraph: no section follows it.
    assert article.body[3] == ParagraphItem("Salam hangat")
