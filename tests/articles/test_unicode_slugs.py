"""Tags, categories and authors with non-ASCII slugs are served, not HTTP 500."""

from urllib.parse import quote

import pytest

from .factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    AuthorFactory,
    CategoryFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(home_page):
    index = ArticleIndexPageFactory(parent=home_page)
    return ArticlePageFactory(
        parent=index,
        title="Ngopi bareng warga",
        authors=[AuthorFactory(name="Ñoño Pérez", slug="ñoño-pérez")],
        categories=[CategoryFactory(name="Kafé", slug="kafé")],
        tags=["Kopi Café", "content περιεχόμενο"],
    )


def test_article_with_unicode_tag_category_and_author_renders(client, article):
    response = client.get(article.url)

    assert response.status_code == 200
    html = response.content.decode()
    assert quote("/artikel/tag/kopi-café/") in html
    assert quote("/artikel/tag/content-περιεχόμενο/") in html


@pytest.mark.parametrize(
    "path",
    [
        "/artikel/tag/kopi-café/",
        "/artikel/tag/content-περιεχόμενο/",
        "/artikel/kategori/kafé/",
        "/artikel/penulis/ñoño-pérez/",
    ],
)
def test_unicode_slug_pages_answer_and_list_the_article(client, article, path):
    response = client.get(quote(path))

    assert response.status_code == 200
    assert "Ngopi bareng warga" in response.content.decode()


def test_unicode_category_feed_answers(client, article):
    response = client.get(quote("/artikel/kategori/kafé/feed/"))

    assert response.status_code == 200
    assert "Ngopi bareng warga" in response.content.decode()
