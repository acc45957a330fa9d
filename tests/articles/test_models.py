import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from articles.models import ArticleIndexPage, ArticlePage
from home.models import HomePage, StandardPage

from .factories import ArticleIndexPageFactory, ArticlePageFactory, body

pytestmark = pytest.mark.django_db


class TestArticlePageTree(WagtailPageTestCase):
    def test_index_lives_only_under_home(self):
        self.assertAllowedParentPageTypes(ArticleIndexPage, {HomePage})

    def test_index_holds_only_articles(self):
        self.assertAllowedSubpageTypes(ArticleIndexPage, {ArticlePage})

    def test_articles_live_only_in_the_index_and_have_no_children(self):
        self.assertAllowedParentPageTypes(ArticlePage, {ArticleIndexPage})
        self.assertAllowedSubpageTypes(ArticlePage, {})

    def test_there_is_only_one_index(self):
        home = HomePage.objects.get()
        self.assertTrue(ArticleIndexPage.can_create_at(home))
        ArticleIndexPageFactory(parent=home)
        self.assertFalse(ArticleIndexPage.can_create_at(home))

    def test_articles_cannot_go_elsewhere(self):
        home = HomePage.objects.get()
        self.assertFalse(ArticlePage.can_create_at(home))
        standard = home.add_child(instance=StandardPage(title="Tentang", slug="tentang"))
        self.assertFalse(ArticlePage.can_create_at(standard))
        self.assertFalse(ArticlePage.can_create_at(Page.get_first_root_node()))


def test_posting_date_defaults_to_first_publication(index):
    article = ArticlePage(title="Tanpa tanggal", slug="tanpa-tanggal", intro="Isi.", live=False)
    index.add_child(instance=article)
    assert article.date is None

    article.save_revision().publish()
    article.refresh_from_db()

    assert article.first_published_at is not None
    assert article.date == article.first_published_at


def test_posting_date_chosen_by_the_editor_is_kept(index):
    article = ArticlePageFactory(parent=index, live=False)
    chosen = article.date
    article.save_revision().publish()
    article.refresh_from_db()
    assert article.date == chosen
    assert article.first_published_at != chosen


def test_reading_time_is_stored_on_save(index):
    words = " ".join(["kata"] * 1000)
    article = ArticlePageFactory(parent=index, body=body(("paragraph", f"<p>{words}</p>")))
    article.refresh_from_db()
    assert article.reading_minutes == 6  # 1000 body words + the intro, at 200 per minute

    article.body = body(("paragraph", "<p>Pendek saja.</p>"))
    article.save()
    article.refresh_from_db()
    assert article.reading_minutes == 1


def test_headings_are_numbered_and_anchored_uniquely(index):
    article = ArticlePageFactory(
        parent=index,
        body=body(
            ("heading", {"text": "Persiapan Acara", "level": "h2"}),
            ("heading", {"text": "Alat dan bahan", "level": "h3"}),
            ("heading", {"text": "Persiapan acara", "level": "h2"}),
        ),
    )
    assert [(h.number, h.anchor, h.level) for h in article.headings] == [
        ("1", "persiapan-acara", "h2"),
        ("1.1", "alat-dan-bahan", "h3"),
        ("2", "persiapan-acara-2", "h2"),
    ]


def test_headings_are_not_numbered_when_the_switch_is_off(index):
    article = ArticlePageFactory(parent=index, numbered_headings=False)
    assert article.headings
    assert all(heading.number == "" for heading in article.headings)
