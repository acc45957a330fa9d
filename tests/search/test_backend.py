"""The Whoosh backend inside the project: Wagtail pages, filters, ordering, autocomplete."""

import pytest
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Page
from wagtail.search.query import Phrase, PlainText

from home.models import StandardPage

pytestmark = pytest.mark.django_db


def titles(results):
    return [page.title for page in results]


def test_published_page_is_found_by_an_inflected_form(make_page):
    make_page("Arisan RT 05", intro="Kegiatan berkelompok setiap bulan di balai warga.")

    assert titles(Page.objects.search("pengelompokan")) == ["Arisan RT 05"]
    assert titles(StandardPage.objects.search("giat")) == ["Arisan RT 05"]


def test_specific_type_search_only_returns_that_type(make_page, home_page):
    make_page("Posyandu Melati", intro="Penimbangan balita")
    home_page.hero_text = "Posyandu dan arisan warga"
    home_page.save_revision().publish()

    assert set(titles(Page.objects.search("posyandu"))) == {"Posyandu Melati", home_page.title}
    assert titles(StandardPage.objects.search("posyandu")) == ["Posyandu Melati"]
    assert titles(Page.objects.type(StandardPage).search("posyandu")) == ["Posyandu Melati"]


def test_filters_on_live_and_descendants_are_applied_in_the_index(make_page):
    parent = make_page("Karang Taruna Tunas", intro="Pemuda desa")
    make_page("Lomba voli pemuda", parent=parent)
    make_page("Rapat pemuda", live=False)

    live = Page.objects.live().search("pemuda")
    assert set(titles(live)) == {"Karang Taruna Tunas", "Lomba voli pemuda"}
    assert live.count() == 2
    below = Page.objects.descendant_of(parent).search("pemuda")
    assert titles(below) == ["Lomba voli pemuda"]
    not_below = Page.objects.not_descendant_of(parent, inclusive=True).search("pemuda")
    assert titles(not_below) == ["Rapat pemuda"]


def test_order_by_filter_field_and_slicing(make_page):
    for title in ["Ceramah", "Arisan", "Bazar"]:
        make_page(title, intro="acara warga")

    results = Page.objects.order_by("title").search("warga", order_by_relevance=False)
    assert titles(results) == ["Arisan", "Bazar", "Ceramah"]
    assert titles(results[1:]) == ["Bazar", "Ceramah"]
    assert results[1:].count() == 2


def test_phrase_uses_the_words_as_written(make_page):
    make_page("Karang taruna menanam pohon")
    make_page("Taruna dari karang")

    assert titles(Page.objects.search(Phrase("karang taruna"))) == ["Karang taruna menanam pohon"]


def test_and_operator_requires_every_term(make_page):
    make_page("Kerja bakti", intro="Membersihkan selokan")
    make_page("Kerja sama", intro="Koperasi")

    assert titles(Page.objects.search("kerja selokan", operator="and")) == ["Kerja bakti"]
    assert len(Page.objects.search(PlainText("kerja selokan", operator="or"))) == 2


def test_autocomplete_treats_only_the_last_word_as_a_prefix(make_page):
    make_page("Posyandu Melati")
    make_page("Posko Mawar")

    assert set(titles(Page.objects.autocomplete("pos"))) == {"Posyandu Melati", "Posko Mawar"}
    assert titles(Page.objects.autocomplete("posyandu mel", operator="and")) == ["Posyandu Melati"]
    # "pos" as an earlier word must be a whole word, so it does not match "posyandu".
    assert titles(Page.objects.autocomplete("pos melati", operator="and")) == []


def test_empty_autocomplete_lists_everything(make_page):
    make_page("Satu")
    make_page("Dua")

    assert {"Satu", "Dua"} <= set(titles(Page.objects.autocomplete("")))


def test_facet_counts_content_types(make_page, home_page):
    make_page("Satu", intro="warga")
    make_page("Dua", intro="warga")

    facets = Page.objects.search("warga").facet("content_type")
    assert list(facets.values()) == [2]


def test_deleted_page_disappears(make_page):
    page = make_page("Bazar amal")
    assert titles(Page.objects.search("bazar")) == ["Bazar amal"]

    page.delete()

    assert Page.objects.search("bazar").count() == 0


def test_update_index_rebuilds_everything(make_page, search_backend):
    make_page("Senam lansia", intro="Setiap Minggu pagi")
    search_backend.reset_indexes()
    assert Page.objects.search("senam").count() == 0

    call_command("update_index", verbosity=0)

    assert titles(Page.objects.search("senam")) == ["Senam lansia"]


def test_admin_page_search_uses_the_backend(make_page, admin_client):
    make_page("Pengajian rutin", intro="Malam Jumat")

    response = admin_client.get("/admin/pages/search/", {"q": "pengajian"})

    assert response.status_code == 200
    assert "Pengajian rutin" in response.content.decode()
    empty = admin_client.get("/admin/pages/search/", {"q": ""})
    assert empty.status_code == 200
    assert "Pengajian rutin" in empty.content.decode()


def test_admin_page_chooser_search_uses_the_backend(make_page, admin_client):
    make_page("Kelompok Tani Subur", intro="Pelatihan pupuk")

    response = admin_client.get(reverse("wagtailadmin_choose_page_search"), {"q": "kelompok"})

    assert response.status_code == 200
    assert "Kelompok Tani Subur" in response.content.decode()


def test_counts_follow_the_index_after_a_publish(make_page):
    # Document sets are kept with the searcher: a publish must never leave a count behind.
    make_page("Kerja bakti RW 03", intro="Bersih-bersih selokan")
    results = Page.objects.live().search("kerja bakti")
    assert results.count() == 1
    assert Page.objects.live().search("kerja bakti").count() == 1

    make_page("Kerja bakti RW 04", intro="Mengecat pagar balai")
    unpublished = make_page("Kerja bakti RW 05", intro="Menanam pohon")
    unpublished.unpublish()

    assert Page.objects.live().search("kerja bakti").count() == 2
    assert Page.objects.search("kerja bakti").count() == 3
    assert set(titles(Page.objects.live().search("kerja bakti"))) == {
        "Kerja bakti RW 03",
        "Kerja bakti RW 04",
    }


def test_a_filter_that_allows_nothing_finds_nothing(make_page):
    make_page("Ronda malam", intro="Jadwal ronda")
    assert list(Page.objects.none().search("ronda")) == []
    assert Page.objects.filter(pk__in=[]).search("ronda").count() == 0


@pytest.mark.parametrize("catch_all", [True, False], ids=["catch-all", "per-field"])
def test_all_fields_search_ranks_the_same_with_or_without_catch_all(
    make_page, monkeypatch, catch_all
):
    # An index built before the t_ fields existed is searched field by field until
    # update_index rebuilds it; both paths find the same pages, title matches first.
    from portal.search.whoosh import backend as whoosh_backend

    monkeypatch.setattr(whoosh_backend, "_has_catch_all", lambda searcher: catch_all)
    make_page("Jadwal posyandu", intro="Penimbangan bulan ini")
    make_page("Kabar warga", intro="Kader posyandu berlatih", body="Pelatihan kader")
    make_page("Ronda malam", intro="Giliran jaga")

    found = Page.objects.search("posyandu")
    assert titles(found) == ["Jadwal posyandu", "Kabar warga"]
    assert found.count() == 2
    assert titles(Page.objects.search("pelatihan", fields=["title"])) == []


def test_catch_all_fields_hold_each_boost_separately(make_page, search_backend):
    from portal.search.whoosh.backend import _searchers

    make_page("Arisan dasawisma", intro="Kocokan bulanan")
    searcher = search_backend.searcher_for(StandardPage)
    names = set(searcher.schema.names())
    assert {"t_1", "t_2"} <= names  # Page.title has boost 2; intro and body 1
    assert searcher.doc_frequency("t_2", "arisan") == 1
    assert searcher.doc_frequency("t_1", "arisan") == 0
    assert searcher.doc_frequency("t_1", "bulan") == 1
    _searchers.clear()


def test_scores_with_remembered_field_lengths_are_whooshs_own(make_page, search_backend):
    from whoosh import query as wq
    from whoosh import scoring

    from portal.search.whoosh.backend import _searchers
    from portal.search.whoosh.scoring import CachedLengthBM25F

    make_page("Posyandu", intro="Posyandu balita")
    make_page("Kabar posyandu", intro="Kader posyandu berlatih menimbang balita di balai")
    make_page("Rapat", intro="Posyandu", body="Rapat panjang " * 40 + "posyandu lagi")
    searcher = search_backend.searcher_for(StandardPage)
    assert isinstance(searcher.weighting, CachedLengthBM25F)
    query = wq.Or([wq.Term("t_1", "posyandu"), wq.Term("t_2", "posyandu", boost=2.0)])

    def scores(s):
        return [(hit.docnum, hit.score) for hit in s.search(query, limit=None)]

    with (
        search_backend.store_for_model(StandardPage)
        .open_current()
        .searcher(weighting=scoring.BM25F()) as plain
    ):
        expected = scores(plain)
    assert len(expected) == 3
    assert len({score for _docnum, score in expected}) == 3  # the lengths matter
    assert scores(searcher) == expected
    assert scores(searcher) == expected  # and again, from the remembered lengths
    _searchers.clear()
