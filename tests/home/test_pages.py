import re

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db


def test_home_page_is_the_site_root(home_page, site):
    assert site.root_page.specific == home_page
    assert home_page.url == "/"


def test_home_page_renders_indonesian_chrome(client, home_page):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="id">' in html
    assert 'aria-label="Navigasi utama"' in html
    assert 'role="search"' in html
    assert "Langsung ke konten" in html
    assert "Belum ada artikel" in html


def test_menu_lists_only_live_pages_marked_for_menus(client, home_page):
    shown = StandardPage(title="Tentang Kami", slug="tentang-kami", show_in_menus=True)
    hidden = StandardPage(title="Rahasia Redaksi", slug="rahasia", show_in_menus=False)
    draft = StandardPage(title="Draf Menu", slug="draf", show_in_menus=True, live=False)
    for page in (shown, hidden, draft):
        home_page.add_child(instance=page)

    html = client.get("/").content.decode()

    assert ">Tentang Kami</a>" in html
    assert "Rahasia Redaksi" not in html
    assert "Draf Menu" not in html


def test_robots_txt_points_to_sitemap_and_hides_admin(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_sitemap_lists_live_pages(client, home_page):
    home_page.add_child(instance=StandardPage(title="Kontak", slug="kontak"))
    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    assert b"<loc>http://testserver/sitemap-halaman.xml</loc>" in index.content
    response = client.get("/sitemap-halaman.xml")
    assert response.status_code == 200
    assert b"/kontak/" in response.content


def test_sitemap_index_splits_a_large_site_into_sections(client, home_page, monkeypatch):
    from core.sitemaps import PageSitemap

    monkeypatch.setattr(PageSitemap, "limit", 2)
    for number in range(4):
        home_page.add_child(instance=StandardPage(title=f"Halaman {number}", slug=f"h-{number}"))
    index = client.get("/sitemap.xml").content.decode()
    sections = re.findall(r"<loc>http://testserver(/sitemap-halaman\.xml[^<]*)</loc>", index)
    # Home and four pages, two per section.
    assert sections == [
        "/sitemap-halaman.xml",
        "/sitemap-halaman.xml?p=2",
        "/sitemap-halaman.xml?p=3",
    ]
    listed = []
    for section in sections:
        xml = client.get(section.replace("&amp;", "&")).content.decode()
        listed += re.findall(r"<loc>([^<]+)</loc>", xml)
    assert len(listed) == len(set(listed)) == 5


def test_search_page_is_noindex_and_finds_pages(client, home_page):
    home_page.add_child(
        instance=StandardPage(title="Jadwal Ronda", slug="ronda", intro="Ronda malam bergilir.")
    )
    response = client.get(reverse("search"), {"q": "ronda"})
    assert response.status_code == 200
    html = response.content.decode()
    assert '<meta name="robots" content="noindex">' in html
    assert "Jadwal Ronda" in html


def test_search_page_with_no_results_says_so_in_indonesian(client, home_page):
    html = client.get(reverse("search"), {"q": "zzzyyyxxx"}).content.decode()
    assert "Tidak ada hasil untuk" in html
    assert "Periksa ejaan kata kuncinya." in html


def test_unknown_page_gives_indonesian_404(client, home_page):
    response = client.get("/tidak-ada-halaman-ini/")
    assert response.status_code == 404
    assert "Halaman tidak ditemukan" in response.content.decode()


def test_footer_shows_links_from_site_settings(client, home_page, site):
    from home.models import SiteSettings

    about = home_page.add_child(instance=StandardPage(title="Tentang Kami", slug="tentang"))
    site_settings = SiteSettings.for_site(site)
    site_settings.about_page = about
    site_settings.contact_email = "redaksi@contoh.invalid"
    site_settings.save()

    html = client.get("/").content.decode()
    assert 'href="/tentang/"' in html
    assert "mailto:redaksi@contoh.invalid" in html


class TestPageTree(WagtailPageTestCase):
    def test_home_page_only_under_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_standard_page_parents(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})

    def test_only_one_home_page(self):
        root = Page.get_first_root_node()
        self.assertFalse(HomePage.can_create_at(root))


def test_home_sections_lead_on_to_every_article_and_group(client, home_page):
    from groups_directory.models import GroupDirectoryPage
    from tests.articles.factories import ArticleIndexPageFactory

    html = client.get("/").content.decode()
    assert "Lihat semua" not in html  # no section to lead to yet
    ArticleIndexPageFactory(parent=home_page)
    home_page.add_child(instance=GroupDirectoryPage(title="Kelompok", slug="kelompok"))
    html = client.get("/").content.decode()
    assert re.search(r'<a href="/artikel/">Lihat semua artikel', html)
    assert re.search(r'<a href="/kelompok/">Lihat semua kelompok', html)
