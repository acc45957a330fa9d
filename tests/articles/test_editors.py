"""Editorial roles, moderation workflow, admin creation and scheduled publishing."""

import datetime
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import GroupPagePermission, WorkflowState
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from articles.models import ArticleIndexPage, ArticlePage
from articles.roles import EDITORS, TASK_NAME, WORKFLOW_NAME, WRITERS
from home.models import HomePage

from .factories import ArticleIndexPageFactory, ArticlePageFactory, AuthorFactory

pytestmark = pytest.mark.django_db


def make_user(username, group_name):
    user = get_user_model().objects.create_user(username, f"{username}@contoh.invalid", "sandi")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def article_form_data(author, title="Kabar dari posyandu"):
    return nested_form_data(
        {
            "title": title,
            "slug": "kabar-dari-posyandu",
            "intro": "Penimbangan balita bulan ini ramai.",
            "numbered_headings": "on",
            "comments_enabled": "on",
            "body": streamfield(
                [
                    ("heading", {"text": "Suasana pagi", "level": "h2"}),
                    ("paragraph", rich_text("<p>Kader datang sejak pukul tujuh.</p>")),
                ]
            ),
            "article_authors": inline_formset([{"author": author.pk}], min=1),
            "related_links": inline_formset([]),
            "tags": "posyandu, balita",
        }
    )


def test_migration_creates_writer_and_editor_groups(db):
    writers = Group.objects.get(name=WRITERS)
    editors = Group.objects.get(name=EDITORS)
    writer_perms = set(writers.permissions.values_list("codename", flat=True))
    editor_perms = set(editors.permissions.values_list("codename", flat=True))
    assert {"access_admin", "view_author", "view_category"} <= writer_perms
    assert "add_author" not in writer_perms
    assert {"add_category", "change_category", "add_author", "delete_author"} <= editor_perms
    assert writers.collection_permissions.filter(permission__codename="choose_image").exists()
    assert editors.collection_permissions.filter(permission__codename="change_image").exists()


def test_creating_the_index_attaches_permissions_and_workflow(home_page):
    index = ArticleIndexPageFactory(parent=home_page)
    workflow = index.get_workflow()
    assert workflow.name == WORKFLOW_NAME
    task = workflow.tasks.get().specific
    assert task.name == TASK_NAME
    assert list(task.groups.values_list("name", flat=True)) == [EDITORS]
    writer_codes = set(
        GroupPagePermission.objects.filter(group__name=WRITERS, page=index).values_list(
            "permission__codename", flat=True
        )
    )
    editor_codes = set(
        GroupPagePermission.objects.filter(group__name=EDITORS, page=index).values_list(
            "permission__codename", flat=True
        )
    )
    assert writer_codes == {"add_page"}
    assert {"add_page", "change_page", "publish_page"} <= editor_codes


def test_writer_submission_waits_for_an_editor(client, home_page):
    index = ArticleIndexPageFactory(parent=home_page)
    writer = make_user("penulis", WRITERS)
    editor = make_user("editor", EDITORS)
    author = AuthorFactory()

    client.force_login(writer)
    add_url = reverse("wagtailadmin_pages:add", args=["articles", "articlepage", index.pk])
    data = article_form_data(author)
    data["action-submit"] = "Submit"
    response = client.post(add_url, data)
    assert response.status_code == 302, response.content.decode()[:2000]

    article = ArticlePage.objects.get(slug="kabar-dari-posyandu")
    assert not article.live
    state = WorkflowState.objects.get(object_id=str(article.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert client.get(article.url or "/artikel/kabar-dari-posyandu/").status_code == 404

    # A writer's "publish" is not honoured: they lack publish permission.
    data["action-publish"] = "Publish"
    data.pop("action-submit")
    client.post(reverse("wagtailadmin_pages:edit", args=[article.pk]), data)
    article.refresh_from_db()
    assert not article.live

    client.force_login(editor)
    task_state = state.current_task_state
    approve_url = reverse(
        "wagtailadmin_pages:workflow_action", args=[article.pk, "approve", task_state.pk]
    )
    response = client.post(approve_url, {"comment": "Siap terbit."})
    assert response.status_code in (200, 302)
    article.refresh_from_db()
    assert article.live
    assert article.date == article.first_published_at
    assert client.get("/artikel/kabar-dari-posyandu/").status_code == 200


def test_scheduled_article_goes_live_with_publish_scheduled(client, home_page):
    index = ArticleIndexPageFactory(parent=home_page)
    article = ArticlePageFactory(parent=index, live=False, slug="terjadwal", date=None)
    go_live = timezone.now() + datetime.timedelta(hours=2)
    article.go_live_at = go_live
    revision = article.save_revision()
    revision.publish()
    article.refresh_from_db()
    assert not article.live
    assert client.get("/artikel/terjadwal/").status_code == 404

    call_command("publish_scheduled")
    article.refresh_from_db()
    assert not article.live  # not yet: the time has not come

    # Two hours later, the cron job runs again.
    later = go_live + datetime.timedelta(minutes=1)
    with mock.patch("django.utils.timezone.now", return_value=later):
        call_command("publish_scheduled")
        article.refresh_from_db()
        assert article.live
        assert article.date == later  # "Diposting pada" defaults to the real publication
        assert client.get("/artikel/terjadwal/").status_code == 200
        assert "/artikel/terjadwal/" in client.get("/artikel/").content.decode()


def test_admin_forms_speak_indonesian(client, home_page):
    index = ArticleIndexPageFactory(parent=home_page)
    client.force_login(make_user("editor", EDITORS))
    html = client.get(
        reverse("wagtailadmin_pages:add", args=["articles", "articlepage", index.pk]),
        HTTP_ACCEPT_LANGUAGE="id",
    ).content.decode()
    for label in ("Diposting pada", "Pengantar", "Gambar utama", "Isi artikel", "Penulis"):
        assert label.lower() in html.lower(), label
    assert "Pos Terkait" in html  # block label in the StreamField menu definition


class TestEditorCanCreateArticle(WagtailPageTestCase):
    def test_editor_creates_and_publishes_through_the_admin_form(self):
        home = HomePage.objects.get()
        index = ArticleIndexPageFactory(parent=home)
        editor = make_user("editor", EDITORS)
        self.client.force_login(editor)
        self.assertCanCreate(index, ArticlePage, article_form_data(AuthorFactory()))
        article = ArticlePage.objects.get(slug="kabar-dari-posyandu")
        self.assertTrue(article.live)
        self.assertEqual([str(tag) for tag in article.tags.all()], ["balita", "posyandu"])
        self.assertEqual(article.headings[0].number, "1")

    def test_writers_cannot_create_an_index(self):
        home = HomePage.objects.get()
        index = ArticleIndexPageFactory(parent=home)
        writer = make_user("penulis", WRITERS)
        self.assertTrue(index.permissions_for_user(writer).can_add_subpage())
        self.assertFalse(home.permissions_for_user(writer).can_add_subpage())

        # With no index left, max_count no longer refuses: only the writer's role does.
        index.delete()
        self.client.force_login(writer)
        add = reverse("wagtailadmin_pages:add", args=["articles", "articleindexpage", home.pk])
        self.assertIn(self.client.get(add).status_code, (302, 403))
        self.assertFalse(ArticleIndexPage.objects.exists())


@pytest.mark.parametrize("model", ["author", "category"])
def test_writers_can_choose_but_not_edit_snippets(client, model):
    AuthorFactory(name="Siti Rahma")
    client.force_login(make_user("penulis", WRITERS))
    chooser = reverse(f"wagtailsnippetchoosers_articles_{model}:choose")
    assert client.get(chooser).status_code == 200
    add = reverse(f"wagtailsnippets_articles_{model}:add")
    assert client.get(add).status_code in (302, 403)


def test_writers_can_choose_images(client):
    client.force_login(make_user("penulis", WRITERS))
    assert client.get(reverse("wagtailimages_chooser:choose")).status_code == 200


class TestArticlePreview(WagtailPageTestCase):
    def test_articles_and_index_render_and_preview(self):
        home = HomePage.objects.get()
        index = ArticleIndexPageFactory(parent=home)
        article = ArticlePageFactory(parent=index, authors=[AuthorFactory()], tags=["kas"])
        ArticlePageFactory(parent=index)
        self.client.force_login(make_user("editor", EDITORS))
        self.assertPageIsRenderable(article)
        self.assertPageIsPreviewable(
            article, post_data=article_form_data(AuthorFactory(), title=article.title)
        )
        self.assertPageIsRenderable(index)
        self.assertPageIsPreviewable(index)

    def test_a_new_article_can_be_previewed_before_saving(self):
        home = HomePage.objects.get()
        index = ArticleIndexPageFactory(parent=home)
        editor = make_user("editor", EDITORS)
        self.client.force_login(editor)
        preview_url = reverse(
            "wagtailadmin_pages:preview_on_add", args=["articles", "articlepage", index.pk]
        )
        data = article_form_data(AuthorFactory())
        response = self.client.post(preview_url, data)
        self.assertEqual(response.json(), {"is_valid": True, "is_available": True})
        html = self.client.get(preview_url).content.decode()
        self.assertIn("Kabar dari posyandu", html)
        self.assertIn("1.</span> Suasana pagi", html)
