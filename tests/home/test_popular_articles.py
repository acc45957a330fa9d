"""Artikel Populer on the home page: the most discussed articles, not the most viewed."""

import datetime
import re

import pytest
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from django_comments_xtd.models import XtdComment
from wagtail.models import PageViewRestriction

from articles.models import ArticlePage
from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from tests.query_counts import page_view_queries

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(home_page):
    return ArticleIndexPageFactory(parent=home_page)


def article(index, title, days_old=10, **kwargs):
    posted = timezone.now() - datetime.timedelta(days=days_old)
    return ArticlePageFactory(parent=index, title=title, date=posted, **kwargs)


def comment(article, days_ago=1, count=1, **kwargs):
    for _ in range(count):
        XtdComment.objects.create(
            content_type=ContentType.objects.get_for_model(article),
            object_pk=str(article.pk),
            site_id=settings.SITE_ID,
            user_name="Bu Sri",
            user_email="sri@contoh.invalid",
            comment="Setuju sekali.",
            submit_date=timezone.now() - datetime.timedelta(days=days_ago),
            **kwargs,
        )


def popular_titles(client):
    html = client.get("/").content.decode()
    if 'id="artikel-populer"' not in html:
        return []
    section = html.split('id="artikel-populer"', 1)[1].split("</section>", 1)[0]
    return re.findall(r'<li><a href="[^"]+">([^<]+)</a>', section)


def test_most_discussed_in_30_days_first_ties_newest_first(client, index):
    older = article(index, "Arisan Juli", days_old=20)
    newer = article(index, "Panen Agustus", days_old=5)
    busiest = article(index, "Kerja Bakti", days_old=40)
    comment(older, count=2)
    comment(newer, count=2)
    comment(busiest, count=3)

    assert popular_titles(client) == ["Kerja Bakti", "Panen Agustus", "Arisan Juli"]


def test_comments_older_than_30_days_only_top_the_list_up(client, index):
    famous = article(index, "Sejarah Kampung", days_old=200)
    comment(famous, days_ago=90, count=10)
    recent = article(index, "Posyandu Balita")
    comment(recent, days_ago=2)
    quiet = article(index, "Belum Dibahas")

    titles = popular_titles(client)

    assert titles == ["Posyandu Balita", "Sejarah Kampung"]
    assert quiet.title not in titles


def test_top_up_ranks_by_all_time_comments_and_stops_at_five(client, index):
    for number in range(7):
        comment(article(index, f"Kabar Lama {number}", days_old=100), days_ago=60, count=number + 1)

    assert popular_titles(client) == [f"Kabar Lama {n}" for n in (6, 5, 4, 3, 2)]


def test_only_listed_articles_and_published_comments_count(client, index):
    draft = article(index, "Draf Rahasia", live=False)
    private = article(index, "Khusus Pengurus")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="rahasia"
    )
    future = article(index, "Tanggal Masa Depan", days_old=-1)
    held = article(index, "Komentar Ditahan")
    for page in (draft, private, future):
        comment(page, count=5)
    comment(held, count=5, is_public=False)
    comment(held, count=5, is_removed=True)
    shown = article(index, "Rapat RT")
    comment(shown)

    assert popular_titles(client) == ["Rapat RT"]


def test_section_names_its_rule_and_hides_without_comments(client, index):
    article(index, "Rapat RT")
    assert 'id="artikel-populer"' not in client.get("/").content.decode()

    comment(ArticlePage.objects.get())
    html = client.get("/").content.decode()
    assert re.search(r"<h2 id=\"artikel-populer\">Artikel Populer</h2>", html)
    assert "Paling banyak dibahas 30 hari terakhir." in html


def test_an_approved_comment_reorders_the_kept_ranking(client, index):
    first = article(index, "Arisan Juli")
    second = article(index, "Panen Agustus")
    comment(first, count=2)
    comment(second)
    assert popular_titles(client) == ["Arisan Juli", "Panen Agustus"]

    comment(second, count=2, is_public=False)
    assert popular_titles(client) == ["Arisan Juli", "Panen Agustus"]  # held, kept
    for held in XtdComment.objects.filter(is_public=False):
        held.is_public = True
        held.save()  # approved by a moderator

    assert popular_titles(client) == ["Panen Agustus", "Arisan Juli"]


def test_ranking_is_one_query(index, django_assert_num_queries):
    for number in range(4):
        comment(article(index, f"Kabar {number}"), count=number + 1)
    since = timezone.now() - datetime.timedelta(days=30)
    ArticlePage.objects.published().most_discussed(since).first()  # content types cached

    with django_assert_num_queries(1):
        ids = list(ArticlePage.objects.published().most_discussed(since).values_list("pk")[:5])
    assert len(ids) == 4


def test_home_queries_do_not_grow_with_discussed_articles(client, index):
    def add(start, stop):
        for number in range(start, stop):
            # Old articles, so the popular cards are not among the newest six.
            page = article(index, f"Kabar {number}", days_old=100 + number)
            comment(page, count=1 + number % 3)
        for number in range(start, stop):
            article(index, f"Baru {number}", days_old=number)

    add(0, 6)
    small, _response = page_view_queries(client, "/", cold=True)
    add(6, 30)
    large, _response = page_view_queries(client, "/", cold=True)

    assert len(small) == len(large), "\n".join(large)
    assert len(popular_titles(client)) == 5
