"""The site search page /cari/ and the header's JSON suggestions."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

TABS = [
    ("halaman", "Halaman", "home.StandardPage"),
    ("belum-ada", "Belum ada", "nonexistent.GhostPage"),
]


@pytest.fixture
def tabs(settings):
    settings.GUYUB_SEARCH_TABS = TABS


def test_empty_query_shows_a_friendly_prompt_and_noindex(client, search_backend):
    response = client.get(reverse("search"))

    html = response.content.decode()
    assert response.status_code == 200
    assert '<meta name="robots" content="noindex">' in html
    assert "Ketik kata yang dicari" in html


def test_results_have_tabs_with_counts_snippets_and_dates(client, make_page, home_page, tabs):
    make_page("Arisan ibu-ibu", intro="Kegiatan arisan bulanan di rumah Bu RT.")
    home_page.hero_text = "Info arisan warga"
    home_page.save_revision().publish()

    response = client.get(reverse("search"), {"q": "arisan"})

    html = response.content.decode()
    tabs = {tab["slug"]: tab["count"] for tab in response.context["tabs"]}
    assert tabs == {"": 2, "halaman": 1}
    assert "Belum ada" not in html
    assert '<mark class="search-hit t0">arisan</mark>' in html
    assert "<time datetime=" in html


def test_tab_limits_results_to_its_page_type(client, make_page, home_page, tabs):
    make_page("Arisan ibu-ibu", intro="arisan")
    home_page.hero_text = "arisan"
    home_page.save_revision().publish()

    response = client.get(reverse("search"), {"q": "arisan", "jenis": "halaman"})

    assert [item["page"].title for item in response.context["items"]] == ["Arisan ibu-ibu"]


def test_results_are_paginated_and_keep_the_query(client, make_page):
    for number in range(12):
        make_page(f"Ronda malam {number}", intro="jadwal ronda")

    first = client.get(reverse("search"), {"q": "ronda"})
    second = client.get(reverse("search"), {"q": "ronda", "page": 2})

    assert len(first.context["items"]) == 10
    assert len(second.context["items"]) == 2
    assert "?q=ronda&amp;page=2" in first.content.decode()


def test_no_results_offers_a_spelling_suggestion(client, make_page):
    make_page("Posyandu Melati", intro="Penimbangan balita")

    response = client.get(reverse("search"), {"q": "posyandu balta"})
    html = response.content.decode()

    assert response.context["suggestion"] == "posyandu balita"
    assert "Mungkin maksud Anda:" in html
    assert 'href="?q=posyandu%20balita"' in html


def test_nothing_found_explains_what_to_try(client, search_backend):
    response = client.get(reverse("search"), {"q": "zzzyx"})

    assert "Tidak ada hasil untuk" in response.content.decode()


def test_draft_pages_are_not_listed(client, make_page):
    make_page("Rapat rahasia", intro="rapat", live=False)

    response = client.get(reverse("search"), {"q": "rapat"})

    assert response.context["items"] == []


def test_suggestions_endpoint_returns_matching_titles(client, make_page):
    make_page("Posyandu Melati")
    make_page("Pos ronda")
    make_page("Draf posyandu", live=False)

    response = client.get(reverse("search_suggestions"), {"q": "posy"})

    assert response.status_code == 200
    data = response.json()
    assert [r["title"] for r in data["results"]] == ["Posyandu Melati"]
    assert data["results"][0]["url"].endswith("/posyandu-melati/")


def test_suggestions_need_two_characters(client, search_backend):
    assert client.get(reverse("search_suggestions"), {"q": "p"}).json()["results"] == []


def test_header_search_box_is_enhanced_without_inline_script(client, search_backend):
    html = client.get(reverse("search")).content.decode()

    assert f'data-suggest-url="{reverse("search_suggestions")}"' in html
    assert 'src="/static/js/search-suggest.js"' in html
    assert "<script>" not in html


def test_query_of_stop_words_only_finds_nothing_and_says_why(client, make_page):
    make_page("Kerja bakti", intro="Warga yang datang dan membantu di balai desa")

    response = client.get(reverse("search"), {"q": "yang dan di"})

    html = response.content.decode()
    assert {tab["count"] for tab in response.context["tabs"]} == {0}
    assert "hanya berisi kata umum" in html
    assert "Tidak ada hasil" not in html


def test_markup_in_the_query_gets_no_spelling_suggestion(client, make_page):
    make_page("Alat musik", intro="Pinjam alat untuk acara desa")

    response = client.get(reverse("search"), {"q": "<script>alert(1)</script>"})

    html = response.content.decode()
    assert response.context["suggestion"] is None
    assert "Mungkin maksud Anda" not in html
    assert "<script>alert" not in html


def test_plain_pages_are_typed_for_readers_not_with_the_editors_name(client, make_page):
    make_page("Tata tertib arisan", intro="Aturan arisan warga RT 05.")

    response = client.get(reverse("search"), {"q": "tertib"})

    (item,) = response.context["items"]
    assert item["type"] == "Halaman"
    html = response.content.decode()
    assert '<span class="search-result__type">Halaman</span>' in html
    assert "Halaman biasa" not in html
