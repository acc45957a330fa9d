import pytest

from articles.importing.html_to_blocks import (
    RelatedReference,
    embed_url,
    html_to_blocks,
    sanitise_rich_text,
)


def _types(conversion):
    return [block["type"] for block in conversion.blocks]


def _values(conversion, block_type):
    return [block["value"] for block in conversion.blocks if block["type"] == block_type]


def test_gutenberg_paragraphs_headings_and_lists_become_blocks():
    conversion = html_to_blocks(
        "<!-- wp:paragraph --><p>Arisan <strong>RT 04</strong> <em>rutin</em>.</p>"
        "<!-- /wp:paragraph --><h2>1. Aturan Main</h2><h3>Iuran</h3>"
        "<ul><li>Rp50.000</li><li>Tanggal 5</li></ul><ol><li>Kocok</li><li>Bayar</li></ol>"
    )

    assert _types(conversion) == ["paragraph", "heading", "heading", "list", "list"]
    assert _values(conversion, "paragraph") == ["<p>Arisan <b>RT 04</b> <i>rutin</i>.</p>"]
    assert _values(conversion, "heading") == [
        {"text": "Aturan Main", "level": "h2"},
        {"text": "Iuran", "level": "h3"},
    ]
    assert _values(conversion, "list") == [
        {"style": "ul", "items": ["Rp50.000", "Tanggal 5"]},
        {"style": "ol", "items": ["Kocok", "Bayar"]},
    ]
    assert conversion.numbered_headings is True
    assert len({block["id"] for block in conversion.blocks}) == 5


def test_classic_editor_text_is_split_on_blank_lines_like_wpautop():
    conversion = html_to_blocks("Baris satu\nbaris dua.\n\nParagraf kedua.\n\n\nKetiga.")

    assert _values(conversion, "paragraph") == [
        "<p>Baris satu<br>baris dua.</p>",
        "<p>Paragraf kedua.</p>",
        "<p>Ketiga.</p>",
    ]


def test_caption_shortcode_becomes_an_image_block_with_caption():
    resolved = []

    def resolve(src, attachment_id):
        resolved.append((src, attachment_id))
        return 7

    conversion = html_to_blocks(
        '[caption id="attachment_45" width="640"]<a href="/foto/"><img class="wp-image-45" '
        'src="https://contoh.id/wp-content/uploads/a-1024x768.jpg" alt="Ibu-ibu arisan" /></a>'
        " Pertemuan <b>Agustus</b>.[/caption]",
        resolve,
    )

    assert resolved == [("https://contoh.id/wp-content/uploads/a-1024x768.jpg", 45)]
    assert conversion.blocks[0]["type"] == "image"
    assert conversion.blocks[0]["value"] == {
        "image": 7,
        "alt_text": "Ibu-ibu arisan",
        "caption": "<p>Pertemuan <b>Agustus</b>.</p>",
    }


def test_images_that_cannot_be_resolved_are_left_out_with_a_warning():
    conversion = html_to_blocks('<p>Sebelum <img src="https://x.id/hilang.jpg"> sesudah</p>')

    assert _types(conversion) == ["paragraph", "paragraph"]
    assert "hilang.jpg" in conversion.warnings[0]


@pytest.mark.parametrize(
    "content",
    [
        '<iframe src="https://www.youtube.com/embed/aBcD3fGh1jK?rel=0"></iframe>',
        "https://youtu.be/aBcD3fGh1jK",
        "[embed]https://www.youtube.com/watch?v=aBcD3fGh1jK[/embed]",
        '<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">\n'
        "https://www.youtube.com/watch?v=aBcD3fGh1jK\n</div></figure>",
    ],
)
def test_youtube_in_any_wordpress_form_becomes_one_embed(content):
    conversion = html_to_blocks(content)

    assert conversion.blocks == [
        {
            "type": "embed",
            "value": "https://www.youtube.com/watch?v=aBcD3fGh1jK",
            "id": conversion.blocks[0]["id"],
        }
    ]


def test_unknown_iframes_scripts_and_event_handlers_are_removed():
    conversion = html_to_blocks(
        '<p onclick="x()">Halo <a href="javascript:alert(1)">jahat</a> '
        '<a href="https://contoh.id/" target="_blank" style="color:red">baik</a></p>'
        '<script>alert("x")</script><style>p{}</style>'
        '<iframe src="https://iklan.contoh/banner"></iframe>'
    )

    assert _values(conversion, "paragraph")[0] == (
        '<p>Halo jahat <a href="https://contoh.id/">baik</a></p>'
    )
    # A frame we cannot embed stays as a plain link, reported.
    assert _values(conversion, "paragraph")[1] == (
        '<p><a href="https://iklan.contoh/banner">https://iklan.contoh/banner</a></p>'
    )
    assert "iklan.contoh" in conversion.warnings[0]


def test_quotes_keep_their_attribution():
    conversion = html_to_blocks(
        '<blockquote class="wp-block-quote"><p>Kalau tercatat,</p><p>tidak ada yang curiga.</p>'
        "<cite>\u2014 Bu Ani</cite></blockquote>"
    )

    assert _values(conversion, "quote") == [
        {"text": "Kalau tercatat,\n\ntidak ada yang curiga.", "attribution": "Bu Ani"}
    ]


def test_lists_with_links_stay_rich_text():
    conversion = html_to_blocks('<ul><li><a href="https://contoh.id/">Laporan</a></li></ul>')

    assert _values(conversion, "paragraph") == [
        '<ul><li><a href="https://contoh.id/">Laporan</a></li></ul>'
    ]


def test_other_shortcodes_are_stripped_and_reported_but_brackets_in_text_stay():
    conversion = html_to_blocks(
        '[contact-form-7 id="9"]\n\nCatatan [1] dan [sic] tetap.\n\n[su_note]Penting[/su_note]'
    )

    assert _values(conversion, "paragraph") == [
        "<p>Catatan [1] dan [sic] tetap.</p>",
        "<p>Penting</p>",
    ]
    assert conversion.warnings == [
        "dibuang: shortcode [contact-form-7] (teksnya tetap)",
        "dibuang: shortcode [su_note] (teksnya tetap)",
    ]


def test_broken_html_is_repaired_before_conversion():
    conversion = html_to_blocks("<p>Satu <b>tebal<p>Dua</b></div></span>")

    assert _values(conversion, "paragraph") == ["<p>Satu <b>tebal</b></p>", "<p><b>Dua</b></p>"]


def test_empty_content_gives_no_blocks():
    assert html_to_blocks("").blocks == []
    assert html_to_blocks("<p>&nbsp;</p>\n\n<p> </p>").blocks == []


def test_sanitise_rich_text_maps_to_wagtail_stored_tags():
    assert (
        sanitise_rich_text("<p><strong>a</strong><em>b</em><u>c</u></p>")
        == "<p><b>a</b><i>b</i>c</p>"
    )
    assert sanitise_rich_text("<p>&nbsp;</p>") == ""


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.youtube.com/embed/abc", "https://www.youtube.com/watch?v=abc"),
        ("//www.youtube-nocookie.com/embed/abc", "https://www.youtube.com/watch?v=abc"),
        ("https://m.youtube.com/watch?v=abc&t=3", "https://www.youtube.com/watch?v=abc"),
        ("https://player.vimeo.com/video/123", "https://vimeo.com/123"),
        ("https://contoh.id/video", None),
        ("javascript:alert(1)", None),
    ],
)
def test_embed_urls_are_canonicalised(url, expected):
    assert embed_url(url) == expected


def test_pos_terkait_paragraphs_become_related_references_not_text():
    conversion = html_to_blocks(
        "<h2>Persiapan</h2>"
        '<p><strong>Baca  juga :</strong> <a href="https://blog.id/2026/08/kas/">Kas Arisan</a></p>'
        "<p>Pos Terkait:</p>"
        "<p>Paragraf biasa.</p>"
    )

    assert _types(conversion) == ["heading", "paragraph"]
    assert conversion.related == [
        RelatedReference(
            title="Kas Arisan",
            label="Baca Juga",
            href="https://blog.id/2026/08/kas/",
            after_block_id=conversion.blocks[0]["id"],
        )
    ]


def test_deeply_nested_markup_is_flattened_not_a_recursion_error():
    # Page builders nest wrappers deeply; 500 levels raised RecursionError before.
    content = (
        "<div>" * 5000 + "<p>Isi <b>tetap</b> ada.</p><ul><li>Butir</li></ul>" + "</div>" * 5000
    )

    conversion = html_to_blocks(content)

    assert _values(conversion, "paragraph") == ["<p>Isi <b>tetap</b> ada.</p>"]
    assert _values(conversion, "list") == [{"style": "ul", "items": ["Butir"]}]
    assert any("diratakan" in warning for warning in conversion.warnings)


def test_definition_lists_keep_terms_and_definitions_apart():
    conversion = html_to_blocks(
        "<dl><dt>Definition List Title</dt><dd>Definition list division.</dd></dl>"
    )

    assert _values(conversion, "paragraph") == [
        "<p><b>Definition List Title</b></p>",
        "<p>Definition list division.</p>",
    ]


def test_block_elements_inside_quotes_are_separated_by_spaces():
    conversion = html_to_blocks("<blockquote><div><p>Satu</p><p>Dua</p></div></blockquote>")

    assert _values(conversion, "quote")[0]["text"] == "Satu Dua"


def test_tables_become_table_blocks():
    conversion = html_to_blocks(
        "<table><thead><tr><th>Barang</th><th>Harga</th></tr></thead>"
        "<tbody><tr><td>Kopi</td><td>Rp5.000</td></tr><tr><td colspan='2'>Habis</td></tr>"
        "</tbody></table>"
    )

    assert _values(conversion, "table") == [
        {
            "data": [["Barang", "Harga"], ["Kopi", "Rp5.000"], ["Habis", ""]],
            "first_row_is_table_header": True,
            "first_col_is_header": False,
            "table_caption": "",
        }
    ]


def test_caption_of_a_missing_image_is_kept():
    conversion = html_to_blocks(
        '[caption id="attachment_9"]<img src="https://contoh.id/hilang.jpg" /> '
        "Foto <em>lama</em> warga.[/caption]",
        resolve_image=lambda src, attachment_id: None,
    )

    assert _values(conversion, "paragraph") == ["<p>Foto <i>lama</i> warga.</p>"]
    assert "keterangannya disimpan" in conversion.warnings[0]


def test_galleries_become_images_and_media_become_links():
    found = {7: 70, 8: 80}
    conversion = html_to_blocks(
        '[gallery ids="7,8"]\n\n[audio mp3="https://contoh.id/a.mp3"][/audio]\n\n'
        '<video src="https://contoh.id/v.mp4"></video>'
        '<iframe src="https://wordpress.tv/2025/06/01/acara/"></iframe>',
        resolve_image=lambda src, attachment_id: found.get(attachment_id),
    )

    assert [value["image"] for value in _values(conversion, "image")] == [70, 80]
    assert _values(conversion, "paragraph") == [
        '<p><a href="https://contoh.id/a.mp3">https://contoh.id/a.mp3</a></p>',
        '<p><a href="https://contoh.id/v.mp4">https://contoh.id/v.mp4</a></p>',
    ]
    assert _values(conversion, "embed") == ["https://wordpress.tv/2025/06/01/acara/"]
