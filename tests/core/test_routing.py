"""The site and the pages a request passes through come from the cache (core/routing.py)
until the next content change; the page served is still read from the database."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from home.models import StandardPage

pytestmark = pytest.mark.django_db


def _publish_child(parent, **fields):
    page = StandardPage(intro="Kabar singkat untuk warga.", **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def about(home_page):
    about = _publish_child(home_page, title="Tentang Kami", slug="tentang")
    _publish_child(about, title="Pengurus Paguyuban", slug="pengurus")
    return about


def _get(client, url, **extra):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **extra)
    return response, [query["sql"] for query in queries.captured_queries]


def test_a_repeat_view_reads_neither_the_site_nor_the_pages_above(client, about):
    client.get("/tentang/pengurus/")

    response, sql = _get(client, "/tentang/pengurus/")

    assert response.status_code == 200
    assert "Pengurus Paguyuban" in response.content.decode()
    assert not [query for query in sql if 'FROM "wagtailcore_site"' in query]
    # The served page's own row only; "Tentang Kami" (routed through) came from the cache.
    assert sum('FROM "home_standardpage"' in query for query in sql) == 1


def test_a_published_home_page_change_shows_on_the_next_view(client, home_page):
    client.get("/")
    home_page.hero_heading = "Selamat datang, warga Guyub!"
    home_page.save_revision().publish()

    assert "Selamat datang, warga Guyub!" in client.get("/").content.decode()


def test_a_new_site_for_a_host_is_used_on_the_next_view(client, about):
    assert "Tentang Kami" not in client.get("/", HTTP_HOST="kabar.test").content.decode()

    Site.objects.create(hostname="kabar.test", port=80, root_page=about, site_name="Kabar")

    html = client.get("/", HTTP_HOST="kabar.test").content.decode()
    assert "Tentang Kami" in html
    assert client.get("/pengurus/", HTTP_HOST="kabar.test").status_code == 200


def test_a_renamed_page_routes_at_its_new_address_at_once(client, about):
    assert client.get("/tentang/pengurus/").status_code == 200

    about.slug = "tentang-kami"
    about.save_revision().publish()

    assert client.get("/tentang/pengurus/").status_code == 404
    assert client.get("/tentang-kami/pengurus/").status_code == 200


def test_unknown_addresses_are_404_and_leave_nothing_in_the_cache(client, home_page, about):
    assert client.get("/tidak-ada/sama-sekali/").status_code == 404
    assert cache.get(f"guyub:fragment:route:{home_page.pk}:tidak-ada") is None
    assert cache.get(f"guyub:fragment:route:{home_page.pk}:tentang") is None
    client.get("/tentang/pengurus/")
    assert cache.get(f"guyub:fragment:route:{home_page.pk}:tentang") is not None


def test_hosts_outside_allowed_hosts_get_no_cache_entry(client, settings, home_page):
    settings.ALLOWED_HOSTS = ["testserver"]

    assert client.get("/", HTTP_HOST="palsu.test").status_code == 400
    assert cache.get("guyub:fragment:site:palsu.test:80") is None
    assert client.get("/").status_code == 200
    assert cache.get("guyub:fragment:site:testserver:80") is not None


def test_every_page_type_skips_restriction_queries_only_outside_restricted_subtrees():
    from wagtail.models import get_page_models

    from core.routing import CachedViewRestrictionsMixin

    ours = [
        model
        for model in get_page_models()
        if model._meta.app_label in {"home", "articles", "groups_directory"}
    ]
    assert len(ours) >= 6
    assert all(issubclass(model, CachedViewRestrictionsMixin) for model in ours)


def test_an_open_page_costs_no_restriction_query(client, about):
    client.get("/tentang/pengurus/")

    _response, sql = _get(client, "/tentang/pengurus/")

    assert not [query for query in sql if "wagtailcore_pageviewrestriction" in query]


def test_a_restriction_above_a_page_applies_on_the_next_view(client, about):
    from wagtail.models import PageViewRestriction

    assert client.get("/tentang/pengurus/").status_code == 200

    restriction = PageViewRestriction.objects.create(
        page=about, restriction_type=PageViewRestriction.LOGIN
    )
    response = client.get("/tentang/pengurus/")
    assert response.status_code == 302
    assert "next=/tentang/pengurus/" in response["Location"]

    restriction.delete()
    assert client.get("/tentang/pengurus/").status_code == 200


def test_an_alias_of_a_restricted_page_stays_restricted(client, home_page, about):
    from wagtail.models import PageViewRestriction

    board = about.get_children().get().specific
    PageViewRestriction.objects.create(page=board, restriction_type=PageViewRestriction.LOGIN)
    alias = board.create_alias(parent=home_page, update_slug="pengurus-inti")
    assert alias.live

    assert client.get("/pengurus-inti/").status_code == 302
    assert client.get("/tentang/").status_code == 200
