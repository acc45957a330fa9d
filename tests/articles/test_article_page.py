import json
import re

import pytest

from tests.query_counts import page_view_queries

from .conftest import HIDDEN_TITLES
from .factories import (
    ArticlePageFactory,
    AuthorFactory,
    CategoryFactory,
    ImageFactory,
    body,
    bulk_setup,
)

pytestmark = pytest.mark.django_db

ENGLISH_MONTHS = re.compile(
    r"\b(January|February|March|May|June|July|August|October|December|"
    r"Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)"
)


def make_article(index, **kwargs):
    import datetime

    from django.utils import timezone

    defaults = {
        "title": "Arisan yang Awet",
        "slug": "arisan-yang-awet",
        "date": timezone.make_aware(datetime.datetime(2026, 11, 28, 9, 0)),
        "intro": "Cara pengurus arisan menjaga kepercayaan anggota.",
        "hero_image": ImageFactory(),
        "hero_caption": "Kocokan arisan di teras rumah.",
        "authors": [AuthorFactory(name="Siti Rahma"), AuthorFactory(name="Bagus Pras")],
        "categories": [CategoryFactory(name="Arisan", slug="arisan")],
        "tags": ["arisan", "kas"],
    }
    defaults.update(kwargs)
    return ArticlePageFactory(parent=index, **defaults)


def get_html(client, page, accept_language="id"):
    response = client.get(page.url, HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 200
    return response.content.decode()


def test_byline_reads_like_an_indonesian_blog(client, index):
    article = make_article(index)
    html = get_html(client, article)
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html))
    assert "Diposting pada 28 November 2026 oleh Siti Rahma dan Bagus Pras" in text
    assert "1 menit baca" in text


@pytest.mark.parametrize("accept_language", ["id", "en-US,en;q=0.9"])
def test_dates_are_indonesian_whatever_the_browser_asks_for(client, index, accept_language):
    article = make_article(index)
    ArticlePageFactory(parent=index, title="Sebelumnya", date=article.date.replace(month=8))
    html = get_html(client, article, accept_language)
    assert "28 November 2026" in html
    assert "Agustus 2026" in html  # the previous article's card in "Artikel Terkait"
    assert not ENGLISH_MONTHS.search(html)


def test_table_of_contents_links_to_numbered_headings(client, index):
    article = make_article(index)
    html = get_html(client, article)
    assert 'href="#awal-mula"' in html
    assert 'href="#cara-bergabung"' in html
    assert re.search(
        r'<h2 class="article-heading" id="awal-mula"><span[^>]*>1\.</span> Awal mula', html
    )
    assert re.search(r'id="cara-bergabung"><span[^>]*>2\.</span> Cara bergabung', html)


def test_breadcrumbs_share_links_and_hero(client, index):
    article = make_article(index)
    html = get_html(client, article)
    assert 'aria-label="Remah roti"' in html
    assert 'href="/artikel/kategori/arisan/"' in html
    for service in ("wa.me", "facebook.com/sharer", "x.com/intent", "t.me/share"):
        assert service in html
    assert "data-copy-url=" in html
    # No third-party scripts: every script is served from our own static files.
    scripts = re.findall(r"<script[^>]*src=\"([^\"]+)\"", html)
    assert "/static/js/share.js" in scripts
    assert all(src.startswith("/static/js/") for src in scripts), scripts
    assert 'type="image/avif"' in html and 'type="image/webp"' in html
    assert re.search(r'<img[^>]+width="\d+"[^>]+height="\d+"', html) or re.search(
        r'<img[^>]+height="\d+"[^>]+width="\d+"', html
    )
    assert "Kocokan arisan di teras rumah." in html


def test_seo_tags_and_json_ld(client, index):
    article = make_article(index)
    html = get_html(client, article)
    assert '<link rel="canonical" href="http://testserver/artikel/arisan-yang-awet/">' in html
    assert '<meta name="description" content="Cara pengurus arisan' in html
    assert '<meta property="og:type" content="article">' in html
    assert '<meta name="twitter:card" content="summary_large_image">' in html
    assert re.search(r'<meta property="og:image" content="http://testserver/media/', html)
    assert 'type="application/rss+xml"' in html

    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    data = json.loads(match.group(1))
    assert data["@type"] == "Article"
    assert data["headline"] == "Arisan yang Awet"
    assert data["datePublished"].startswith("2026-11-28T09:00:00")
    assert [author["name"] for author in data["author"]] == ["Siti Rahma", "Bagus Pras"]
    assert data["publisher"]["@type"] == "Organization"
    assert data["image"][0].startswith("http://testserver/media/")


def test_json_ld_cannot_break_out_of_its_script(client, index):
    article = make_article(index, title="Judul </script><script>alert(1)</script>")
    html = get_html(client, article)
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    assert json.loads(block)["headline"].startswith("Judul </script>")


def test_previous_and_next_articles(client, index):
    older = ArticlePageFactory(parent=index, title="Yang lama")
    article = make_article(index)
    newer = ArticlePageFactory(parent=index, title="Yang baru", date=article.date.replace(hour=10))
    html = get_html(client, article)
    assert f'href="{older.url}" rel="prev"' in html
    assert f'href="{newer.url}" rel="next"' in html


def test_related_post_block_links_to_a_published_article(client, index):
    target = ArticlePageFactory(parent=index, title="Kas Kelompok yang Rapi")
    article = make_article(
        index, body=body(("related_post", {"page": target.pk, "label": "Pos Terkait"}))
    )
    html = get_html(client, article)
    assert re.search(
        r"Pos Terkait:</strong> <a href=\"/artikel/[^\"]+/\">Kas Kelompok yang Rapi", html
    )


@pytest.mark.parametrize("fate", ["deleted", "unpublished", "private", "future"])
def test_related_post_to_a_hidden_article_renders_nothing(client, index, fate):
    import datetime

    from django.utils import timezone
    from wagtail.models import PageViewRestriction

    target = ArticlePageFactory(parent=index, title="Target yang hilang")
    article = make_article(
        index, body=body(("related_post", {"page": target.pk, "label": "Pos Terkait"}))
    )
    if fate == "deleted":
        target.delete()
    elif fate == "unpublished":
        target.unpublish()
    elif fate == "private":
        PageViewRestriction.objects.create(page=target, restriction_type="login")
    else:
        target.date = timezone.now() + datetime.timedelta(days=3)
        target.save()

    html = get_html(client, article)
    assert "Target yang hilang" not in html
    assert "Pos Terkait:" not in html


def test_article_shows_its_comment_area_unless_comments_are_off(client, index):
    html = get_html(client, make_article(index))
    article_body = html[html.index("<article") : html.index("</article>")]
    assert 'id="komentar"' in article_body
    assert 'id="tinggalkan-balasan"' in article_body  # the form: comments are open

    quiet = ArticlePageFactory(parent=index, title="Tanpa Komentar", comments_enabled=False)
    assert 'id="komentar"' not in get_html(client, quiet)


def test_hidden_articles_are_not_related_or_linked(client, index, hidden_articles):
    article = make_article(index)
    for hidden in hidden_articles:
        hidden.categories.set(article.categories.all())
        hidden.save()
    html = get_html(client, article)
    for title in HIDDEN_TITLES:
        assert title not in html


def _link_everything(article, others, authors, categories, tags):
    for author in authors:
        article.article_authors.create(author=author)
    article.categories.set(categories)
    article.tags.add(*tags)
    article.body = body(
        ("heading", {"text": "Bagian", "level": "h2"}),
        ("image", {"image": ImageFactory().pk, "alt_text": "", "caption": ""}),
        *[("related_post", {"page": other.pk, "label": "Pos Terkait"}) for other in others[:10]],
    )
    for other in others[:3]:
        article.related_links.create(article=other)
    article.save()


def _world(index, size):
    """An article linked to ``size`` others that share its authors, categories and tags."""
    authors = [AuthorFactory(photo=ImageFactory()) for _ in range(min(size, 6))]
    categories = [CategoryFactory() for _ in range(min(size, 4))]
    tags = [f"tag{n}" for n in range(min(size, 8))]
    article = make_article(index, authors=[], categories=[], tags=[])
    others = [
        ArticlePageFactory(
            parent=index,
            hero_image=ImageFactory(),
            authors=authors,
            categories=categories,
            tags=tags,
        )
        for _ in range(size)
    ]
    _link_everything(article, others, authors, categories, tags)
    return article


@pytest.mark.parametrize("size", [1, 50])
def test_article_page_queries_do_not_grow(client, index, size):
    with bulk_setup():
        article = _world(index, size)
    # The same count with one related article or fifty, with caches cleared (about a third
    # are Wagtail's routing, site lookup and menu).
    cold, _response = page_view_queries(client, article.url, cold=True)
    assert len(cold) == ARTICLE_PAGE_QUERIES, "\n".join(cold)
    # Until the next content change, the related articles (rendered), the previous and
    # next articles, the comment threads, the menu, the site and comment settings, the
    # site, the article index routed through and the paths below which view restrictions
    # apply come from the cache: a second view skips those queries.
    warm, _response = page_view_queries(client, article.url)
    assert len(warm) == ARTICLE_PAGE_WARM_QUERIES, "\n".join(warm)


# 30 for the article itself (routed to in one query by ArticleIndexPage.route; among them
# the related articles: the ranked query and its prefetches of images, renditions,
# authors and categories), 2 for its comment threads (thread ids, then the shown
# comments), 1 for the comment counts of the related cards.
ARTICLE_PAGE_QUERIES = 33
ARTICLE_PAGE_WARM_QUERIES = 10


def test_site_search_shows_the_articles_own_date(client, index):
    import datetime

    from django.utils import timezone
    from wagtail.search.backends import get_search_backend

    # The on-disk index outlives each test's rolled-back transaction: start it empty.
    get_search_backend().reset_indexes()
    make_article(index, date=timezone.make_aware(datetime.datetime(2026, 8, 17, 9, 0)))

    html = client.get("/cari/", {"q": "arisan"}).content.decode()

    assert "Arisan yang Awet" in html
    assert "17 Agustus 2026" in html


def test_routing_to_articles_keeps_wagtails_rules(client, index):
    live = ArticlePageFactory(parent=index, title="Sudah terbit")
    draft = ArticlePageFactory(parent=index, title="Masih draf")
    draft.unpublish()
    shadowed = ArticlePageFactory(parent=index, title="Bernama feed", slug="feed")

    assert client.get(live.url).status_code == 200
    assert client.get(f"{index.url}{draft.slug}/").status_code == 404
    assert client.get(f"{index.url}tidak-ada/").status_code == 404
    # Sub-routes come before child pages, as in Wagtail's RoutablePageMixin.
    feed = client.get(f"{index.url}{shadowed.slug}/")
    assert feed["Content-Type"].startswith("application/rss+xml")


def test_hero_image_alt_is_the_images_description(client, index):
    described = ImageFactory(title="IMG_0042", description="Ibu-ibu mengocok arisan di teras")
    html = get_html(client, make_article(index, hero_image=described))
    hero = html[html.index('class="article__hero"') : html.index("</figure>")]
    assert 'alt="Ibu-ibu mengocok arisan di teras"' in hero

    undescribed = ArticlePageFactory(parent=index, hero_image=ImageFactory(title="IMG_0043"))
    html = get_html(client, undescribed)
    hero = html[html.index('class="article__hero"') : html.index("</figure>")]
    # No description: decorative, never the file-like title.
    assert 'alt=""' in hero
    assert "IMG_0043" not in hero


@pytest.mark.parametrize(("width", "height"), [(1200, 675), (1600, 901), (2000, 1333)])
def test_share_image_is_exactly_the_size_it_announces(client, index, width, height):
    from PIL import Image

    article = make_article(index, hero_image=ImageFactory(file__width=width, file__height=height))
    html = get_html(client, article)
    announced = dict(re.findall(r'<meta property="og:image:(width|height)" content="(\d+)">', html))
    assert announced == {"width": "1200", "height": "630"}
    rendition = article.share_image()
    with rendition.file.open() as handle, Image.open(handle) as picture:
        assert picture.size == (1200, 630)


def test_article_advertises_its_comment_feed(client, index):
    article = make_article(index, comments_enabled=True)
    head = get_html(client, article).split("</head>")[0]
    assert f'href="/komentar/halaman/{article.pk}/feed/"' in head
    closed = ArticlePageFactory(parent=index, slug="tanpa-komentar", comments_enabled=False)
    assert "/komentar/halaman/" not in get_html(client, closed).split("</head>")[0]
