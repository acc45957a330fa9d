"""Pins ArticleQuerySet's ``_clone``/``_fetch_all`` overrides (see its comment): comment
counts survive chaining, cost one query for the fetched rows, and skip non-page rows."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django_comments_xtd.models import XtdComment

from articles.models import ArticlePage

from .factories import ArticlePageFactory

pytestmark = pytest.mark.django_db


def test_counts_survive_chaining_and_cost_one_query(index, django_assert_num_queries):
    commented = ArticlePageFactory(parent=index, slug="ramai")
    ArticlePageFactory(parent=index, slug="sepi")
    for text in ("Satu", "Dua"):
        XtdComment.objects.create(
            content_type=ContentType.objects.get_for_model(commented),
            object_pk=str(commented.pk),
            site_id=1,
            user_name="Siti",
            comment=text,
        )
    articles = ArticlePage.objects.with_comment_counts().filter(slug__in=["ramai", "sepi"])
    with django_assert_num_queries(2):  # the articles, then one count for both
        counts = {a.slug: a.comment_count for a in articles.order_by("slug")}
    assert counts == {"ramai": 2, "sepi": 0}


def test_values_rows_get_no_counts(index, django_assert_num_queries):
    ArticlePageFactory(parent=index, slug="ramai")
    with django_assert_num_queries(1):
        assert list(ArticlePage.objects.with_comment_counts().values_list("slug", flat=True))
