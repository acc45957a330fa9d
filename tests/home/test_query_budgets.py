"""Fixed query budgets for the public pages of home/: the same count for 3 or 40 pages.

The page cache is off here: these guard the render path a cache miss takes. Other apps
keep the budgets of their own pages next to their tests.
"""

import pytest
from django.core.management import call_command
from django.urls import reverse

from bench.pages import bulk_add_children
from home.models import SiteSettings, StandardPage
from tests.query_counts import page_view_queries

pytestmark = pytest.mark.django_db

SMALL, LARGE = 3, 40

# Counted on this code, not guessed: lower them when a change saves a query. Each URL
# level costs Wagtail one routing query, hence the nested page's two extra. The menu
# costs none: it is cached until the next content change (home_tags.main_nav).
BUDGETS = {
    # Home also lists the newest articles and featured groups (their apps test those
    # with data); here with none.
    "/": 8,
    "/halaman-0/": 7,
    "/halaman-0/bagian-0/": 9,
    "search": 6,
    "/sitemap.xml": 3,
    "/sitemap-halaman.xml": 6,
    "/robots.txt": 0,
}


@pytest.fixture(autouse=True)
def no_page_cache(settings, site, home_page):
    settings.GUYUB_PAGE_CACHE = False
    about, contact = bulk_add_children(
        home_page,
        [
            StandardPage(title="Tentang", slug="tentang"),
            StandardPage(title="Kontak", slug="kontak"),
        ],
    )
    site_settings = SiteSettings.for_site(site)
    site_settings.about_page, site_settings.contact_page = about, contact
    site_settings.save()


def build_site(home_page, start, stop, *, index):
    """Pages halaman-<start..stop> under home, and as many bagian-<n> under halaman-0."""
    pages = bulk_add_children(
        home_page,
        [
            StandardPage(
                title=f"Kegiatan Warga {i}",
                slug=f"halaman-{i}",
                show_in_menus=True,
                intro="Kegiatan rutin kelompok warga.",
                body="<p>Jadwal kegiatan warga setiap bulan.</p>",
            )
            for i in range(start, stop)
        ],
    )
    first = StandardPage.objects.get(slug="halaman-0") if start else pages[0]
    bulk_add_children(
        first, [StandardPage(title=f"Bagian {i}", slug=f"bagian-{i}") for i in range(start, stop)]
    )
    if index:  # bulk creation skips the search index; only the search page needs it
        call_command("update_index", verbosity=0)


@pytest.mark.parametrize(
    ("name", "url", "params"),
    [
        ("/", "/", {}),
        ("/halaman-0/", "/halaman-0/", {}),
        ("/halaman-0/bagian-0/", "/halaman-0/bagian-0/", {}),
        ("search", "search", {"q": "kegiatan"}),
        ("/sitemap.xml", "/sitemap.xml", {}),
        ("/sitemap-halaman.xml", "/sitemap-halaman.xml", {}),
        ("/robots.txt", "/robots.txt", {}),
    ],
)
def test_query_count_is_fixed_whatever_the_amount_of_content(client, home_page, name, url, params):
    if url == "search":
        url = reverse("search")
    build_site(home_page, 0, SMALL, index=name == "search")
    small, small_response = page_view_queries(client, url, params)
    build_site(home_page, SMALL, LARGE, index=name == "search")
    large, large_response = page_view_queries(client, url, params)
    small, large = len(small), len(large)

    assert small == large, f"{name}: {small} queries with {SMALL} pages, {large} with {LARGE}"
    assert large <= BUDGETS[name], f"{name}: {large} queries, budget {BUDGETS[name]}"
    # The larger site really shows more on the page (menus, results, sitemap entries).
    if name not in ("/robots.txt", "/sitemap.xml"):  # the index grows per 1,000 pages
        assert len(large_response.content) > len(small_response.content)
