"""The 404 page points readers onwards, in Indonesian, under every settings module."""

import pytest
from django.contrib.staticfiles import finders
from django.test import override_settings

from home.models import StandardPage

pytestmark = pytest.mark.django_db

DEV_MIDDLEWARE_PATH = "portal.dev_errors.ReaderNotFoundMiddleware"


@pytest.fixture
def menu_page(home_page):
    page = StandardPage(title="Tentang Guyub", slug="tentang", show_in_menus=True, intro="Halo.")
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_missing_page_offers_search_and_the_site_sections(client, menu_page):
    response = client.get("/tidak-ada-halaman-ini/")
    html = response.content.decode()
    assert response.status_code == 404
    assert "Halaman tidak ditemukan" in html
    assert 'id="not-found-q"' in html and 'action="/cari/"' in html
    assert f'href="{menu_page.url}"' in html
    assert '<meta name="robots" content="noindex">' in html


def test_the_development_server_shows_readers_the_same_page(client, settings, menu_page):
    settings.DEBUG = True
    settings.MIDDLEWARE = [*settings.MIDDLEWARE, DEV_MIDDLEWARE_PATH]
    response = client.get("/tidak-ada-halaman-ini/")
    html = response.content.decode()
    assert response.status_code == 404
    assert "Halaman tidak ditemukan" in html
    assert "Using the URLconf" not in html


def test_development_settings_install_the_reader_404():
    from portal.settings import dev

    assert DEV_MIDDLEWARE_PATH in dev.MIDDLEWARE


@override_settings(DEBUG=False)
def test_favicon_ico_leads_to_the_site_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code in (301, 302)
    assert response["Location"].endswith("img/favicon.svg")
    assert finders.find("img/favicon.svg")
