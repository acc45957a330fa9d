"""Imported articles behave like hand-made ones: they render, are listed, found and fed."""

from io import StringIO

import feedparser
import pytest
from django.core.management import call_command
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from articles.models import ArticlePage

from .importing_fixtures import KAS_CRLF, MANFAAT, MEDIA, POSYANDU_BOM, WXR, make_index

pytestmark = pytest.mark.django_db
VIDEO = "https://www.youtube.com/watch?v=aBcD3fGh1jK"


@pytest.fixture
def index(home_page):
    return make_index(home_page)


def import_articles(*paths):
    call_command("import_article", *map(str, paths), "--publish", stdout=StringIO())


@pytest.fixture
def cached_video_embed():
    """The embed as if fetched before: rendering must not go to the network in tests."""
    return Embed.objects.create(
        url=VIDEO,
        hash=get_embed_hash(VIDEO, None, None),
        type="video",
        html='<iframe title="Video arisan" src="https://www.youtube-nocookie.com/embed/x"></iframe>',
        provider_name="YouTube",
    )


def test_imported_article_renders_with_numbered_headings(client, index):
    import_articles(MANFAAT)
    page = ArticlePage.objects.get()

    response = client.get(page.url)

    assert response.status_code == 200
    html = response.content.decode()
    assert "5 Manfaat Arisan bagi Warga RT" in html
    assert "Mempererat Silaturahmi" in html
    assert "Siti Rahma" in html
    # The WordPress boilerplate is gone; the one "Tinggalkan Balasan" left is our comment form.
    assert "Leave a Reply" not in html
    assert html.count("Tinggalkan Balasan") == 1


def test_inline_related_links_resolve_once_both_ends_exist(client, index):
    import_articles(MANFAAT)
    manfaat = ArticlePage.objects.get()
    before = client.get(manfaat.url).content.decode()
    assert 'class="related-post"' not in before

    import_articles(KAS_CRLF, POSYANDU_BOM)

    kas = ArticlePage.objects.get(slug="cara-mengelola-kas-arisan-yang-transparan")
    posyandu = ArticlePage.objects.get(slug="posyandu-melati-buka-layanan-sore")
    forward = client.get(manfaat.url).content.decode()
    backward = client.get(kas.url).content.decode()
    assert f'<a href="{kas.url}">Cara Mengelola Kas Arisan yang Transparan</a>' in forward
    assert f'<a href="{manfaat.url}">5 Manfaat Arisan bagi Warga RT</a>' in backward
    assert "Baca Juga:" in backward
    # The trailing "Artikel Terkait" list became the hand-picked related articles.
    assert [link.article_id for link in manfaat.related_links.all()] == [kas.pk, posyandu.pk]


def test_imported_articles_are_listed_found_and_fed(client, index):
    import_articles(MANFAAT, KAS_CRLF)

    listing = client.get(index.url).content.decode()
    search = client.get("/cari/", {"q": "silaturahmi"}).content.decode()
    feed = feedparser.parse(client.get(f"{index.url}feed/").content)

    assert "5 Manfaat Arisan bagi Warga RT" in listing
    assert "Cara Mengelola Kas Arisan yang Transparan" in listing
    assert "5 Manfaat Arisan bagi Warga RT" in search
    assert {entry.title for entry in feed.entries} == {
        "5 Manfaat Arisan bagi Warga RT",
        "Cara Mengelola Kas Arisan yang Transparan",
    }


def test_draft_imports_stay_out_of_listings_and_search(client, index):
    call_command("import_article", str(MANFAAT), stdout=StringIO())

    assert "5 Manfaat Arisan" not in client.get(index.url).content.decode()
    assert "5 Manfaat Arisan" not in client.get("/cari/", {"q": "silaturahmi"}).content.decode()


def test_wordpress_post_renders_with_image_quote_and_embed(client, index, cached_video_embed):
    call_command("import_wordpress", str(WXR), "--media-dir", str(MEDIA), stdout=StringIO())
    page = ArticlePage.objects.get(slug="arisan-rt04-tahun-ketiga")

    response = client.get(page.url)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Arisan RT 04 Menginjak Tahun Ketiga" in html
    assert "Aturan yang Disepakati" in html
    assert "Yang penting semua tercatat." in html and "Bu Ani, bendahara" in html
    assert 'alt="Ibu-ibu duduk melingkar di ruang tamu"' in html
    assert "Pertemuan bulan Agustus di rumah Bu Sri." in html
    assert "youtube-nocookie.com/embed/x" in html
    assert 'href="https://kabar-rw07.contoh.id/2026/07/laporan-kas/"' in html
    assert "jangan ikut terimpor" not in html

    listing = client.get(index.url).content.decode()
    category = client.get(f"{index.url}kategori/arisan/").content.decode()
    tag = client.get(f"{index.url}tag/kas-warga/").content.decode()
    assert "Arisan RT 04 Menginjak Tahun Ketiga" in listing
    assert "Arisan RT 04 Menginjak Tahun Ketiga" in category
    assert "Arisan RT 04 Menginjak Tahun Ketiga" in tag
    assert "Rencana Bazar Tujuh Belasan" not in listing  # the draft
