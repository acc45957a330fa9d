import feedparser
import pytest

from .conftest import HIDDEN_TITLES
from .factories import ArticlePageFactory, AuthorFactory, CategoryFactory, ImageFactory, body

pytestmark = pytest.mark.django_db


@pytest.fixture
def articles(index):
    arisan = CategoryFactory(name="Arisan", slug="arisan", description="Kabar arisan warga.")
    target = ArticlePageFactory(parent=index, title="Buku kas sederhana")
    return {
        "arisan": arisan,
        "with_everything": ArticlePageFactory(
            parent=index,
            title="Arisan yang awet",
            categories=[arisan],
            authors=[AuthorFactory(name="Siti Rahma")],
            hero_image=ImageFactory(),
            body=body(
                ("heading", {"text": "Catat setiap rupiah", "level": "h2"}),
                ("paragraph", '<p>Lihat juga <a href="/artikel/">daftar artikel</a>.</p>'),
                ("related_post", {"page": target.pk, "label": "Pos Terkait"}),
            ),
        ),
        "other": target,
    }


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    return response, feed


def test_rss_feed_has_full_articles(client, articles):
    response, feed = parse(client, "/artikel/feed/")
    assert response["Content-Type"].startswith("application/rss+xml")
    assert feed.version == "rss20"
    assert feed.feed.title == "Guyub: artikel terbaru"
    assert feed.feed.link.endswith("/artikel/")
    titles = [entry.title for entry in feed.entries]
    assert titles == ["Buku kas sederhana", "Arisan yang awet"]  # newest first
    entry = feed.entries[1]
    assert entry.link == "http://testserver/artikel/" + articles["with_everything"].slug + "/"
    assert entry.published_parsed is not None
    assert entry.author == "Siti Rahma"
    assert [tag.term for tag in entry.tags] == ["Arisan"]
    # Full content with numbered headings, absolute links and the inline related post.
    assert "1.</span> Catat setiap rupiah" in entry.description
    assert 'href="http://testserver/artikel/"' in entry.description
    assert "Pos Terkait:" in entry.description
    assert 'src="http://testserver/media/' in entry.description


def test_atom_feed_has_summary_and_content(client, articles):
    response, feed = parse(client, "/artikel/feed/atom/")
    assert response["Content-Type"].startswith("application/atom+xml")
    assert feed.version == "atom10"
    entry = next(e for e in feed.entries if e.title == "Arisan yang awet")
    assert entry.summary == "Ringkasan singkat kegiatan kelompok warga."
    assert "Catat setiap rupiah" in entry.content[0].value
    assert entry.updated_parsed is not None
    assert entry.id.startswith("http://testserver/artikel/")


@pytest.mark.parametrize("suffix", ["", "atom/"])
def test_category_feeds_hold_only_that_category(client, articles, suffix):
    _response, feed = parse(client, f"/artikel/kategori/arisan/feed/{suffix}")
    assert "Arisan" in feed.feed.title
    assert [entry.title for entry in feed.entries] == ["Arisan yang awet"]


def test_unknown_category_feed_is_404(client, articles):
    assert client.get("/artikel/kategori/tidak-ada/feed/").status_code == 404


@pytest.mark.parametrize(
    "url", ["/artikel/feed/", "/artikel/feed/atom/", "/artikel/kategori/arisan/feed/"]
)
def test_hidden_articles_are_not_in_feeds(client, articles, hidden_articles, url):
    for hidden in hidden_articles:
        hidden.categories.set([articles["arisan"]])
        hidden.save()
    _response, feed = parse(client, url)
    titles = {entry.title for entry in feed.entries}
    assert titles
    assert not titles & set(HIDDEN_TITLES)


@pytest.mark.parametrize("url", ["/artikel/", "/artikel/kategori/arisan/", "/"])
def test_pages_advertise_their_feeds(client, articles, url):
    html = client.get(url).content.decode()
    assert '<link rel="alternate" type="application/rss+xml"' in html
    assert 'href="/artikel/feed/"' in html
    if "kategori" in url:
        assert 'href="/artikel/kategori/arisan/feed/"' in html


def test_sitemap_lists_every_live_article_and_nothing_hidden(client, articles, hidden_articles):
    response = client.get("/sitemap-halaman.xml")
    assert response.status_code == 200
    xml = response.content.decode()
    for article in (articles["with_everything"], articles["other"]):
        assert f"<loc>http://testserver/artikel/{article.slug}/</loc>" in xml
    assert "<loc>http://testserver/artikel/</loc>" in xml
    for hidden in hidden_articles:
        assert f"/{hidden.slug}/" not in xml


@pytest.fixture
def tagged(index):
    rahma = AuthorFactory(name="Siti Rahma", slug="siti-rahma")
    ArticlePageFactory(parent=index, title="Arisan RT 04", tags=["arisan"], authors=[rahma])
    ArticlePageFactory(parent=index, title="Ronda malam", tags=["ronda"])
    return rahma


@pytest.mark.parametrize("suffix", ["", "atom/"])
@pytest.mark.parametrize(
    ("url", "title"),
    [
        ("/artikel/tag/arisan/feed/", "Guyub: artikel bertag arisan"),
        ("/artikel/penulis/siti-rahma/feed/", "Guyub: artikel oleh Siti Rahma"),
    ],
)
def test_tag_and_author_feeds_hold_only_their_articles(client, tagged, url, title, suffix):
    _response, feed = parse(client, url + suffix)
    assert feed.feed.title == title
    assert [entry.title for entry in feed.entries] == ["Arisan RT 04"]
    assert feed.feed.link.endswith(url.removesuffix("feed/"))


@pytest.mark.parametrize(
    "url", ["/artikel/tag/tidak-ada/feed/", "/artikel/penulis/tidak-ada/feed/atom/"]
)
def test_unknown_tag_or_author_feed_is_404(client, tagged, url):
    assert client.get(url).status_code == 404


@pytest.mark.parametrize(
    ("url", "feed"),
    [
        ("/artikel/tag/arisan/", "/artikel/tag/arisan/feed/"),
        ("/artikel/penulis/siti-rahma/", "/artikel/penulis/siti-rahma/feed/"),
    ],
)
def test_tag_and_author_listings_advertise_their_feeds(client, tagged, url, feed):
    html = client.get(url).content.decode()
    assert '<link rel="alternate" type="application/rss+xml"' in html
    assert f'href="{feed}"' in html
    assert f'href="{feed}atom/"' in html
