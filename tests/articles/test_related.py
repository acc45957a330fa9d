import datetime

import pytest
from django.utils import timezone

from articles.models import ArticlePage

from .conftest import HIDDEN_TITLES
from .factories import ArticlePageFactory, AuthorFactory, CategoryFactory, ImageFactory

pytestmark = pytest.mark.django_db


def days_ago(days):
    return timezone.now() - datetime.timedelta(days=days)


@pytest.fixture
def topics():
    return {"arisan": CategoryFactory(slug="arisan"), "tani": CategoryFactory(slug="tani")}


def titles(articles):
    return [article.title for article in articles]


def test_manual_picks_come_first_in_the_editors_order(index, topics):
    article = ArticlePageFactory(parent=index, title="Utama", tags=["kas", "arisan"])
    strong = ArticlePageFactory(parent=index, title="Mirip sekali", tags=["kas", "arisan"])
    first_pick = ArticlePageFactory(parent=index, title="Pilihan satu", date=days_ago(300))
    second_pick = ArticlePageFactory(parent=index, title="Pilihan dua", date=days_ago(200))
    article.related_links.create(article=second_pick, sort_order=0)
    article.related_links.create(article=first_pick, sort_order=1)
    article.save()  # child relations of a cluster are written on save

    related = titles(article.related_articles())

    assert related[:3] == ["Pilihan dua", "Pilihan satu", strong.title]


def test_picks_added_in_code_without_sort_order_still_come_first(index):
    article = ArticlePageFactory(parent=index, title="Utama", tags=["kas"])
    ArticlePageFactory(parent=index, title="Mirip", tags=["kas"])
    pick = ArticlePageFactory(parent=index, title="Pilihan", date=days_ago(400))
    article.related_links.create(article=pick, sort_order=None)
    article.save()
    assert titles(article.related_articles())[0] == "Pilihan"


def test_automatic_ranking_by_shared_tags_and_categories_then_recency(index, topics):
    article = ArticlePageFactory(
        parent=index, title="Utama", tags=["kas", "arisan"], categories=[topics["arisan"]]
    )
    ArticlePageFactory(
        parent=index,
        title="Tiga kesamaan",
        date=days_ago(90),
        tags=["kas", "arisan"],
        categories=[topics["arisan"]],
    )
    ArticlePageFactory(
        parent=index,
        title="Dua kesamaan",
        date=days_ago(60),
        tags=["kas"],
        categories=[topics["arisan"]],
    )
    ArticlePageFactory(
        parent=index, title="Satu kesamaan lama", date=days_ago(80), categories=[topics["arisan"]]
    )
    ArticlePageFactory(parent=index, title="Satu kesamaan baru", date=days_ago(10), tags=["kas"])
    ArticlePageFactory(
        parent=index, title="Tanpa kesamaan", date=days_ago(1), categories=[topics["tani"]]
    )

    assert titles(article.related_articles(limit=6)) == [
        "Tiga kesamaan",
        "Dua kesamaan",
        "Satu kesamaan baru",
        "Satu kesamaan lama",
        "Tanpa kesamaan",
    ]


def test_never_itself_nor_hidden_articles(index, hidden_articles):
    article = ArticlePageFactory(parent=index, title="Utama", tags=["kas"])
    for hidden in hidden_articles:
        hidden.tags.add("kas")
        hidden.save()
        article.related_links.create(article=hidden)
    article.save()
    ArticlePageFactory(parent=index, title="Boleh tampil")

    related = titles(article.related_articles(limit=10))

    assert related == ["Boleh tampil"]
    assert "Utama" not in related
    assert not set(related) & set(HIDDEN_TITLES)


def test_related_articles_cost_the_same_queries_for_few_or_many(
    index, topics, django_assert_num_queries
):
    article = ArticlePageFactory(parent=index, tags=["kas"], categories=[topics["arisan"]])
    ArticlePageFactory(parent=index, tags=["kas"], hero_image=ImageFactory())
    # The ranked query, its prefetches (images with renditions, authors, categories) and
    # the comment counts.
    with django_assert_num_queries(6):
        assert len(article.related_articles()) == 1
    for _ in range(20):
        ArticlePageFactory(
            parent=index,
            tags=["kas"],
            categories=[topics["arisan"]],
            hero_image=ImageFactory(),
            authors=[AuthorFactory(), AuthorFactory()],
        )
    fresh = ArticlePage.objects.get(pk=article.pk)
    with django_assert_num_queries(6):
        assert len(fresh.related_articles()) == 4


def test_related_section_is_rendered_once_per_content_change(client, index):
    article = ArticlePageFactory(parent=index, title="Utama", tags=["kas", "arisan"])
    ArticlePageFactory(parent=index, title="Mirip", tags=["kas"], date=days_ago(5))
    html = client.get(article.url).content.decode()
    assert "Artikel Terkait" in html
    assert html.index("Mirip") < html.index('id="komentar"')

    cached = client.get(article.url).content.decode()
    assert cached.count("article-card") == html.count("article-card")

    ArticlePageFactory(parent=index, title="Lebih mirip", tags=["kas", "arisan"], date=days_ago(30))

    html = client.get(article.url).content.decode()
    assert html.index("Lebih mirip") < html.index("Mirip")
