"""Highlighted snippets and "Mungkin maksud Anda" suggestions."""

import pytest
from wagtail.models import Page

pytestmark = pytest.mark.django_db


def test_snippet_highlights_inflected_forms(make_page):
    make_page(
        "Kelompok tani",
        intro="Warga desa berkelompok menanam padi. Pengelompokan lahan dibahas di balai.",
    )

    results = Page.objects.live().specific().search("kelompok")
    page = results[0]
    snippet = results.highlight(page)

    assert '<mark class="search-hit t0">berkelompok</mark>' in snippet
    assert "Pengelompokan</mark>" in snippet


def test_snippet_escapes_page_text(make_page):
    make_page("Rapat", intro="Rapat <b>penting</b> & mendesak")

    results = Page.objects.specific().search("penting")
    snippet = results.highlight(results[0])

    assert "<b>" not in snippet
    assert "&lt;b&gt;" in snippet


def test_snippet_is_empty_when_only_the_title_matches(make_page):
    make_page("Posyandu", intro="Penimbangan bayi")

    results = Page.objects.specific().search("posyandu")

    assert results.highlight(results[0]) == ""


def test_suggestion_corrects_unknown_words_from_the_index(make_page):
    make_page("Posyandu Melati", intro="Penimbangan balita setiap bulan")

    assert Page.objects.search("posyandu balta").suggestion() == "posyandu balita"
    assert Page.objects.search("posyandu balita").suggestion() is None


@pytest.mark.parametrize(
    "query",
    [
        "<script>alert(1)</script>",
        "script>alert(1)</script",
        "<script alert(1)",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "&#60;script&#62;alert(1)",
        "javascript:alert(1)",
    ],
)
def test_no_suggestion_is_made_from_markup_fragments(make_page, query):
    make_page("Alat musik", intro="Pinjam alat untuk acara desa")

    assert Page.objects.search(query).suggestion() is None


def test_misspelt_words_next_to_punctuation_are_still_corrected(make_page):
    make_page("Alat musik", intro="Pinjam alat untuk acara desa")

    assert Page.objects.search("alt: musik (desa)").suggestion() == "alat musik desa"
