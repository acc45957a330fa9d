"""Smoke test: the demo site loads (twice, idempotently) and every live page answers 200."""

import datetime
import io
import re

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_site(db, monkeypatch, tmp_path, settings):
    settings.VAR_DIR = tmp_path
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "demo-password-for-tests")
    call_command("load_demo_content", stdout=io.StringIO())


def test_demo_content_is_idempotent(demo_site):
    pages_before = Page.objects.count()
    call_command("load_demo_content", stdout=io.StringIO())
    assert Page.objects.count() == pages_before


def test_demo_admin_can_log_in(demo_site, client):
    assert client.login(username="admin", password="demo-password-for-tests")
    assert client.get("/admin/").status_code == 200


def heading_levels(html):
    return [int(level) for level in re.findall(r"<h([1-6])[\s>]", html)]


def test_every_live_page_renders_with_a_whole_heading_outline(demo_site, client):
    pages = Page.objects.live().public().filter(depth__gt=1).specific()
    assert pages.count() >= 3
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        levels = heading_levels(response.content.decode())
        assert levels.count(1) == 1, (page.url, levels)
        # Screen-reader users jump by heading level: no level may be skipped on the way down.
        skips = [(a, b) for a, b in zip(levels, levels[1:], strict=False) if b > a + 1]
        assert not skips, (page.url, levels)


def test_demo_dates_look_like_a_real_site(demo_site, client):
    from django_comments_xtd.models import XtdComment

    from articles.models import ArticlePage

    articles = list(ArticlePage.objects.live())
    assert {article.last_published_at for article in articles} == {
        article.date for article in articles
    }
    index = client.get("/sitemap.xml").content.decode()
    lastmods = set()
    for section in re.findall(r"<loc>https?://[^/]+(/sitemap-[^<]+)</loc>", index):
        lastmods |= set(
            re.findall(r"<lastmod>([^<]+)</lastmod>", client.get(section).content.decode())
        )
    assert len({value[:10] for value in lastmods}) > 5, lastmods
    # The home page and the sections above the dated content carry dates of their own,
    # not the moment the demo was loaded.
    home = Page.objects.get(depth=2)
    loaded = timezone.now() - datetime.timedelta(hours=1)
    for page in [home, *home.get_children().exclude(slug="kelompok")]:
        assert page.last_published_at < loaded, page.url_path
    articles_index = home.get_children().get(slug="artikel")
    assert articles_index.last_published_at == max(article.date for article in articles)
    comments = list(XtdComment.objects.all())
    assert comments
    for comment in comments:
        page = comment.content_object
        published = getattr(page, "date", None) or page.first_published_at
        assert comment.submit_date > published, (page.title, comment.submit_date, published)
    assert len({comment.submit_date for comment in comments}) == len(comments)


def test_demo_articles_read_like_real_posts(demo_site):
    from django.utils.html import strip_tags

    from articles.models import ArticlePage

    articles = list(ArticlePage.objects.live())
    assert len(articles) >= 10
    for article in articles:
        words = len(strip_tags(f"{article.intro} {article.body}").split())
        assert 600 <= words <= 1500, (article.title, words)
    # Each picture is its own: no two articles share one illustration.
    assert len({article.hero_image_id for article in articles}) == len(articles)


def test_demo_illustrations_differ_in_composition_not_only_colour():
    from PIL import ImageChops, ImageStat

    from articles.demo_images import MOTIFS, draw_hero
    from articles.demo_texts import ARTICLES

    assert len({data["motif"] for data in ARTICLES}) == len(ARTICLES)
    # Same colour and seed for every motif: what remains different is the drawing itself.
    pictures = {
        motif: draw_hero((90, 120, 150), seed="sama", motif=motif).convert("L") for motif in MOTIFS
    }
    names = sorted(pictures)
    for index, first in enumerate(names):
        for second in names[index + 1 :]:
            difference = ImageChops.difference(pictures[first], pictures[second])
            assert ImageStat.Stat(difference).mean[0] > 10, (first, second)
