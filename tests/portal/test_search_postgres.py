"""Wagtail's database search backend on PostgreSQL uses the `indonesian` text-search
configuration, so word forms built from one root find each other."""

import pytest
from django.db import connection
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from home.models import StandardPage

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]


@pytest.fixture(autouse=True)
def _postgres_database_backend(settings):
    if connection.vendor != "postgresql":
        pytest.skip(
            f"needs PostgreSQL (this run uses {connection.vendor}): set "
            "DATABASE_URL=postgres://postgres@127.0.0.1:5432/<name>, as .ci/run's second leg does"
        )
    # Whatever the run's default, these tests use what SEARCH_BACKEND=database configures.
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "indonesian"}
    }


def test_the_backend_is_configured_for_indonesian():
    assert get_search_backend().config == "indonesian"
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_tsvector('indonesian', 'pengajian mengaji')::text")
        assert cursor.fetchone()[0] == "'aji':1,2"


def test_search_matches_indonesian_word_forms(home_page):
    pengajian = StandardPage(
        title="Jadwal pengajian ibu-ibu",
        slug="pengajian",
        intro="Setiap Kamis malam di musala.",
    )
    tani = StandardPage(
        title="Panen raya kelompok tani",
        slug="panen",
        intro="Para petani berkumpul di balai desa.",
    )
    home_page.add_child(instance=pengajian)
    home_page.add_child(instance=tani)

    # "mengaji" and "pengajian" share the root "aji"; "berkumpul" and "kumpul" share "kumpul".
    assert list(Page.objects.live().search("mengaji")) == [pengajian.page_ptr]
    assert list(Page.objects.live().search("kumpul")) == [tani.page_ptr]
    assert list(Page.objects.live().search("sepak bola")) == []
