"""A missing or damaged index is reported clearly and rebuilt by update_index."""

import logging
import shutil

import pytest
from django.core.management import call_command
from wagtail.models import Page

from portal.search.whoosh import SearchIndexError
from portal.search.whoosh.backend import close_searchers

pytestmark = pytest.mark.django_db


def _live_generation(backend):
    store = backend.store_for_model(Page)
    return store.root / store.current_generation()


def test_damaged_index_raises_a_clear_error_until_update_index(make_page, search_backend):
    make_page("Kerja bakti", intro="Membersihkan selokan")
    assert Page.objects.search("selokan").count() == 1
    close_searchers()
    for toc in _live_generation(search_backend).glob("*.toc"):
        toc.write_bytes(b"not a whoosh table of contents")

    with pytest.raises(SearchIndexError, match="update_index"):
        list(Page.objects.search("selokan"))

    call_command("update_index", verbosity=0)
    assert [p.title for p in Page.objects.search("selokan")] == ["Kerja bakti"]


def test_missing_index_raises_logs_why_and_is_rebuilt(make_page, search_backend, caplog):
    # Not "no results": the search page turns the error into a 503 and /readyz into "error".
    make_page("Senam pagi", intro="Lapangan desa")
    close_searchers()
    shutil.rmtree(search_backend.path)

    with (
        caplog.at_level(logging.WARNING, logger="portal.search"),
        pytest.raises(SearchIndexError, match="update_index"),
    ):
        Page.objects.search("senam").count()
    assert "update_index" in caplog.text

    call_command("update_index", verbosity=0)
    assert [p.title for p in Page.objects.search("senam")] == ["Senam pagi"]


def test_updates_made_while_the_index_is_damaged_are_kept(make_page, search_backend):
    make_page("Ronda", intro="Jadwal ronda")
    close_searchers()
    generation = _live_generation(search_backend)
    for toc in generation.glob("*.toc"):
        toc.write_bytes(b"broken")

    make_page("Posko banjir", intro="Relawan siaga")
    store = search_backend.store_for_model(Page)
    assert store.pending(), "the update waits in the queue instead of being dropped"

    call_command("update_index", verbosity=0)
    assert [p.title for p in Page.objects.search("relawan")] == ["Posko banjir"]
    assert not store.pending()


@pytest.mark.parametrize("change", ["stemmer", "lexicon"])
def test_index_built_with_other_analysis_is_refused_until_rebuilt(
    make_page, search_backend, monkeypatch, change
):
    from portal.search.stemmer import stem
    from portal.search.whoosh.backend import WhooshSearchBackend

    make_page("Kerja bakti", intro="Membersihkan selokan")
    close_searchers()
    if change == "stemmer":
        params = {"PATH": search_backend.path, "STEMMER": "snowball"}
    else:
        monkeypatch.setattr(stem, "version", "rules 0, lexicon changed")
        params = {"PATH": search_backend.path}
    reconfigured = WhooshSearchBackend(params)

    with pytest.raises(SearchIndexError, match="other text analysis.*update_index"):
        list(reconfigured.search("selokan", Page))

    monkeypatch.undo()
    assert [p.title for p in search_backend.search("selokan", Page)] == ["Kerja bakti"]


def test_ensure_search_index_builds_a_missing_index_and_leaves_a_working_one(
    make_page, search_backend
):
    # `make serve` runs it: a fresh deploy answers searches (and /readyz) without a manual step.
    make_page("Bank sampah", intro="Menimbang plastik")
    close_searchers()
    shutil.rmtree(search_backend.path)

    call_command("ensure_search_index", verbosity=0)
    assert [p.title for p in Page.objects.search("plastik")] == ["Bank sampah"]

    built = _live_generation(search_backend)
    call_command("ensure_search_index", verbosity=0)
    assert _live_generation(search_backend) == built


def test_ensure_search_index_rebuilds_an_index_built_with_another_stemmer(
    make_page, search_backend, settings, request
):
    # A deploy that changes SEARCH_STEMMER gets a matching index on `make serve`.
    make_page("Kerja bakti", intro="Membersihkan selokan bersama")
    close_searchers()
    # Later tests expect an index with the default analysis.
    request.addfinalizer(search_backend.reset_indexes)
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {**settings.WAGTAILSEARCH_BACKENDS["default"], "STEMMER": "snowball"}
    }
    with pytest.raises(SearchIndexError, match="other text analysis"):
        list(Page.objects.search("selokan"))

    call_command("ensure_search_index", verbosity=0)

    assert [p.title for p in Page.objects.search("selokan")] == ["Kerja bakti"]
