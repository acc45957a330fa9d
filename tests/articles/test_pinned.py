"""Pinned articles (WordPress's sticky posts) open the first page of the article list."""

import pytest

from .factories import ArticleIndexPageFactory, ArticlePageFactory

pytestmark = pytest.mark.django_db


def _titles_in_order(html, titles):
    return sorted(titles, key=html.index)


def test_pinned_article_comes_first_on_page_one_only(client, home_page):
    index = ArticleIndexPageFactory(parent=home_page)
    articles = [ArticlePageFactory(parent=index, title=f"Kabar ke-{n:02d}") for n in range(12)]
    old = articles[-1]  # the oldest: on page 2 by date
    old.pinned = True
    old.save_revision().publish()

    first = client.get("/artikel/").content.decode()
    second = client.get("/artikel/?page=2").content.decode()

    assert _titles_in_order(first, [old.title, articles[0].title]) == [old.title, articles[0].title]
    assert old.title not in second
    # Not repeated: page 1 shows it and the nine newest, page 2 the other two.
    assert all(article.title in first for article in articles[:9])
    assert articles[9].title in second and articles[10].title in second
