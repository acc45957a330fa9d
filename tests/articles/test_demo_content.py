import io

import pytest
from django.core.management import call_command

from articles.models import ArticleIndexPage, ArticlePage, Author, Category

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(db, monkeypatch, tmp_path, settings):
    settings.VAR_DIR = tmp_path
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "demo-password-for-tests")
    call_command("load_demo_content", stdout=io.StringIO())


def test_demo_blog_has_enough_varied_content(demo):
    index = ArticleIndexPage.objects.get()
    assert index.url == "/artikel/"
    assert index.show_in_menus
    articles = ArticlePage.objects.published()
    assert articles.count() >= 12
    assert Category.objects.filter(articles__in=articles).distinct().count() >= 5
    assert Author.objects.count() == 2
    months = {(a.date.year, a.date.month) for a in articles}
    assert len(months) >= 6
    for article in articles:
        assert article.hero_image is not None
        assert article.tags.exists()
        assert len(article.headings) >= 3
        assert article.body.first_block_by_name("paragraph") is not None
    related_posts = [
        block
        for article in articles
        for block in article.body
        if block.block_type == "related_post"
    ]
    assert len(related_posts) >= 12


def test_demo_blog_is_idempotent(demo):
    counts = (ArticlePage.objects.count(), Category.objects.count(), Author.objects.count())
    from wagtail.images import get_image_model

    images = get_image_model().objects.count()
    call_command("load_demo_content", stdout=io.StringIO())
    assert (ArticlePage.objects.count(), Category.objects.count(), Author.objects.count()) == counts
    assert get_image_model().objects.count() == images


def test_demo_articles_render_with_their_related_posts(client, demo):
    article = ArticlePage.objects.get(slug="arisan-rt-yang-awet")
    html = client.get(article.url).content.decode()
    assert "Pos Terkait:" in html
    assert "Artikel Terkait" in html
    assert "Daftar Isi" in html
