"""The English detector the admin crawl relies on: what counts as visible, what as English."""

from .english import english_in, parse


def test_visible_text_includes_spoken_attributes_and_the_sidebar_json():
    texts, urls = parse(
        '<p title="Tutup dialog">Halo</p><input type="submit" value="Simpan">'
        '<script type="application/json">{"label": "Laporan", "url": "/admin/reports/"}</script>'
        "<script>var x = 'Save';</script><style>.a{}</style>"
    )
    assert texts == ["Tutup dialog", "Halo", "Simpan", "Laporan"]
    assert urls == ["/admin/reports/"]


def test_hidden_elements_and_time_zone_options_are_not_text():
    texts, _urls = parse(
        "<div hidden><div>None</div>Reports</div><input hidden><p>Tampil</p>"
        '<select name="current_time_zone"><option>America/New_York</option></select>'
    )
    assert texts == ["Tampil"]


def test_english_words_numbers_and_dates_are_found():
    assert english_in(["Skip to main content", "1,234 halaman", "5 Dec 2026", "2.5 MB"]) == [
        "Skip to main content",
        "1,234 halaman",
        "5 Dec 2026",
        "2.5 MB",
    ]


def test_indonesian_loanwords_quoted_names_links_and_identifiers_pass():
    assert not english_in(
        [
            "Sunting item ini",
            "Tidak ada entri log untuk ditampilkan.",
            "Judul: (A -> Z)",
            "Opsi lain untuk 'Open House RT 05'",
            "Sunting di sini: http://contoh.id/admin/pages/5/edit/",
            "home.standardpage",
            "1.234 halaman",
            "English",
        ]
    )
