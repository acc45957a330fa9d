"""The readers' site map: the footer's "Peta situs" opens an HTML page, not raw XML."""

import pytest
from django.utils import timezone

from groups_directory.models import GroupDirectoryPage
from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory, CategoryFactory
from tests.groups_directory.factories import make_group

pytestmark = pytest.mark.django_db


@pytest.fixture
def site_sections(home_page):
    index = ArticleIndexPageFactory(parent=home_page)
    category = CategoryFactory(name="Kesehatan Warga", slug="kesehatan-warga")
    article = ArticlePageFactory(parent=index, categories=[category])
    directory = GroupDirectoryPage(title="Direktori Kelompok", slug="kelompok")
    home_page.add_child(instance=directory)
    make_group(directory, "Arisan Melati", category="arisan")
    return index, article, directory


def test_footer_links_to_a_readable_site_map(client, site_sections):
    home = client.get("/").content.decode()
    assert 'href="/peta-situs/"' in home
    response = client.get("/peta-situs/")
    html = response.content.decode()
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    index, article, directory = site_sections
    assert f'href="{index.url}"' in html
    assert 'href="/artikel/kategori/kesehatan-warga/"' in html
    # Archive months are Jakarta's: an article posted late on the 31st (UTC) is next month's.
    posted = timezone.localtime(article.date)
    assert f'href="{index.url}arsip/{posted:%Y}/{posted:%m}/"' in html
    assert f'href="{directory.url}?kategori=arisan"' in html
    # Only categories that have a listed group are offered.
    assert "?kategori=posyandu" not in html
    assert 'href="/cari/"' in html


def test_site_map_follows_content_changes(client, site_sections):
    index, _article, _directory = site_sections
    client.get("/peta-situs/")
    category = CategoryFactory(name="Lingkungan", slug="lingkungan")
    ArticlePageFactory(parent=index, categories=[category])
    assert "/artikel/kategori/lingkungan/" in client.get("/peta-situs/").content.decode()
