"""The search index folder disappears and comes back (issue #19, item 1).

While there is no index the search page answers 503 "pencarian sedang tidak tersedia"
(never a 500, never a silent empty result) and /readyz says search is down; once an index
is back (the folder restored, or rebuilt by update_index) search recovers by itself,
without restarting the process.
"""

import os

import pytest
from django.core.management import call_command

from tests.search.conftest import make_page, search_backend  # noqa: F401 - fixtures

pytestmark = pytest.mark.django_db

UNAVAILABLE = "Pencarian sedang tidak tersedia"


@pytest.fixture
def indexed(make_page):  # noqa: F811 - the fixture imported above
    make_page("Posyandu Melati", intro="Penimbangan balita tiap bulan")


def search_for(client, q="balita", **extra):
    return client.get("/cari/", {"q": q, **extra})


def assert_unavailable(client):
    for tab in ("", "artikel", "kelompok"):
        response = search_for(client, jenis=tab)
        assert response.status_code == 503
        assert response["Retry-After"]
        assert UNAVAILABLE in response.content.decode()
    suggestions = client.get("/cari/saran/", {"q": "bal"})
    assert suggestions.status_code == 503
    readiness = client.get("/readyz")
    assert readiness.status_code == 503
    assert readiness.json()["checks"]["search"] == "error"


def assert_finds_the_page(client):
    response = search_for(client)
    assert response.status_code == 200
    assert "Posyandu Melati" in response.content.decode()
    assert client.get("/readyz").json()["checks"]["search"] == "ok"


def test_search_recovers_when_the_index_folder_is_put_back(
    client,
    indexed,
    search_backend,  # noqa: F811
):
    assert_finds_the_page(client)
    moved = search_backend.path.with_name(search_backend.path.name + ".pindah")
    os.rename(search_backend.path, moved)
    try:
        assert_unavailable(client)
        assert_unavailable(client)  # and again: the first failure leaves nothing broken behind
    finally:
        os.rename(moved, search_backend.path)
    assert_finds_the_page(client)
    assert_finds_the_page(client)


def test_search_recovers_when_update_index_rebuilds_a_removed_folder(
    client,
    indexed,
    search_backend,  # noqa: F811
    tmp_path,
):
    assert_finds_the_page(client)
    os.rename(search_backend.path, tmp_path / "hilang")
    assert_unavailable(client)
    call_command("update_index", verbosity=0)
    assert_finds_the_page(client)


def test_search_without_any_index_is_unavailable_not_empty(
    client,
    search_backend,  # noqa: F811
    tmp_path,
):
    os.rename(search_backend.path, tmp_path / "belum-ada")
    assert_unavailable(client)
