"""The group pages under the anonymous page cache (core/cache.py)."""

import pytest
from django.contrib.messages import constants
from django.core import mail
from django.test import Client

from groups_directory import moderation
from home.models import SiteSettings
from tests.groups_directory.factories import make_group

pytestmark = pytest.mark.django_db

CACHE_HEADER = "X-Guyub-Cache"


@pytest.fixture(autouse=True)
def page_cache_on(settings, site):
    settings.GUYUB_PAGE_CACHE = True
    SiteSettings.for_site(site)  # created on the first view otherwise, which bumps once


@pytest.fixture
def group(directory):
    return make_group(directory, "Arisan Melati RT 04", email="ketua.arisan@contoh.invalid")


def test_group_page_is_cached_and_its_contact_form_works_from_the_cache(group):
    Client().get(group.url)  # another reader filled the cache
    visitor = Client(enforce_csrf_checks=True)
    page = visitor.get(group.url)
    assert page[CACHE_HEADER] == "hit"
    assert 'name="csrfmiddlewaretoken" value=""' in page.content.decode()

    token = visitor.get("/csrf/").json()["token"]  # what static/js/csrf.js does
    response = visitor.post(
        f"{group.url}kontak/",
        {
            "csrfmiddlewaretoken": token,
            "sender_name": "Dewi Lestari",
            "sender_email": "dewi@contoh.invalid",
            "message": "Apakah arisan masih menerima anggota baru?",
        },
    )
    assert response.status_code == 302
    assert len(mail.outbox) == 1

    # The thank-you message is personal: shown from a fresh render, never stored.
    after = visitor.get(response["Location"])
    assert CACHE_HEADER not in after
    assert [m.level for m in after.context["messages"]] == [constants.SUCCESS]
    assert b"dewi@contoh.invalid" not in Client().get(group.url).content


def test_directory_filters_are_cached_but_keyword_searches_are_not(directory, group):
    filters = {"kategori": "arisan", "provinsi": "31", "terbuka": "ya", "q": ""}
    Client().get(directory.url, filters)
    assert Client().get(directory.url, filters)[CACHE_HEADER] == "hit"
    for _ in range(2):
        response = Client().get(directory.url, {**filters, "q": "melati"})
        assert CACHE_HEADER not in response


def test_organiser_page_is_never_cached(directory, group):
    url = directory.url + directory.reverse_subpage(
        "manage_route",
        kwargs={"group_id": group.pk, "token": moderation.organiser_token(group)},
    )
    for _ in range(2):
        response = Client().get(url)
        assert response.status_code == 200
        assert CACHE_HEADER not in response
        assert "no-store" in response["Cache-Control"]


def test_new_organiser_link_page_is_never_cached(directory):
    # It carries a CSRF token and, after a request, a message meant for one browser.
    url = directory.url + directory.reverse_subpage("new_link_route")
    for _ in range(2):
        response = Client().get(url)
        assert response.status_code == 200
        assert CACHE_HEADER not in response
        assert "no-store" in response["Cache-Control"]


def test_directory_sorted_near_a_reader_is_never_stored(directory, group):
    near = {"kategori": "arisan", "dekat": "-6.23,106.86"}
    for _ in range(2):
        response = Client().get(directory.url, near)
        assert response.status_code == 200
        assert CACHE_HEADER not in response
        assert response.context["filter"].near == (-6.23, 106.86)
    # A cached page of the same filters is not answered for a request near a point.
    Client().get(directory.url, {"kategori": "arisan"})
    assert Client().get(directory.url, {"kategori": "arisan"})[CACHE_HEADER] == "hit"
    assert CACHE_HEADER not in Client().get(directory.url, near)


def test_time_and_mode_filters_are_cached(directory, group):
    filters = {"waktu": "malam", "pertemuan": "tatap-muka"}
    Client().get(directory.url, filters)
    assert Client().get(directory.url, filters)[CACHE_HEADER] == "hit"
