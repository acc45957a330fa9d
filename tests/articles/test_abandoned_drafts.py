"""An abandoned autosaved draft does not block its slug for a new page."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Revision

from articles.models import ArticlePage
from articles.roles import WRITERS

from .factories import ArticleIndexPageFactory, ArticlePageFactory, AuthorFactory
from .test_editors import article_form_data, make_user

pytestmark = pytest.mark.django_db

SLUG = "kabar-dari-posyandu"  # the slug article_form_data posts


@pytest.fixture
def index(home_page):
    return ArticleIndexPageFactory(parent=home_page)


def _draft(index, owner, *, age=timedelta(minutes=5)):
    """A page as Wagtail 8's autosave leaves it when the editor closes the tab."""
    draft = ArticlePageFactory(parent=index, slug=SLUG, live=False, owner=owner)
    draft.save_revision(user=owner)
    Revision.objects.filter(object_id=str(draft.pk)).update(created_at=timezone.now() - age)
    ArticlePage.objects.filter(pk=draft.pk).update(latest_revision_created_at=timezone.now() - age)
    return draft


def _create(client, index, author):
    url = reverse("wagtailadmin_pages:add", args=["articles", "articlepage", index.pk])
    return client.post(url, article_form_data(author))


def test_own_abandoned_draft_gives_up_its_slug(client, index):
    writer = make_user("sari", WRITERS)
    draft = _draft(index, writer)
    client.force_login(writer)

    response = _create(client, index, AuthorFactory())

    assert response.status_code == 302
    new = ArticlePage.objects.get(slug=SLUG)
    assert new.pk != draft.pk
    draft.refresh_from_db()
    assert draft.slug == f"{SLUG}-draf-{draft.pk}"  # kept, only moved aside
    assert draft.title.startswith("Kabar warga")


def test_colleagues_draft_untouched_for_a_day_gives_up_its_slug(client, index):
    draft = _draft(index, make_user("joko", WRITERS), age=timedelta(days=2))
    client.force_login(make_user("sari", WRITERS))

    assert _create(client, index, AuthorFactory()).status_code == 302
    draft.refresh_from_db()
    assert draft.slug != SLUG


def test_colleagues_recent_draft_and_published_pages_keep_their_slug(client, index):
    writer = make_user("sari", WRITERS)
    draft = _draft(index, make_user("joko", WRITERS))
    client.force_login(writer)

    response = _create(client, index, AuthorFactory())

    assert response.status_code == 200  # the form again, with the slug error
    draft.refresh_from_db()
    assert draft.slug == SLUG
    # Even the writer's own page keeps its slug once it has ever been published.
    ArticlePage.objects.filter(pk=draft.pk).update(owner=writer, first_published_at=timezone.now())
    assert _create(client, index, AuthorFactory()).status_code == 200
