"""The review mails of the article workflow are natural Indonesian, with the editor's
comment passed on to the writer."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from core.roles import EDITORS, WRITERS
from tests.admin.english import english_in
from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory

pytestmark = pytest.mark.django_db


def _member(django_user_model, username, group):
    user = django_user_model.objects.create_user(
        username, f"{username}@contoh.invalid", "sandi-uji", first_name=username.title()
    )
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def submitted(home_page, django_user_model, mailoutbox):
    """A writer's article submitted to the "Moderasi Artikel" workflow."""
    writer = _member(django_user_model, "sari", WRITERS)
    editor = _member(django_user_model, "joko", EDITORS)
    index = ArticleIndexPageFactory(parent=home_page)
    article = ArticlePageFactory(parent=index, title="Arisan RT 05", live=False, owner=writer)
    article.save_revision(user=writer)
    article.get_workflow().start(article, writer)
    return article, writer, editor


def _assert_indonesian(mail):
    assert not english_in([mail.subject, *mail.body.splitlines()]), mail.subject + mail.body
    assert "Apa kabar" not in mail.body
    assert "\n" not in mail.subject


def test_editors_are_asked_to_review_in_indonesian(submitted, mailoutbox):
    article, _writer, _editor = submitted
    [mail] = [m for m in mailoutbox if "joko@contoh.invalid" in m.to]
    assert mail.subject == (
        'Menunggu tinjauan Anda: halaman "Arisan RT 05" (tahap "Persetujuan Editor")'
    )
    assert mail.body.startswith("Halo Joko,")
    assert f"/admin/pages/{article.pk}/edit/" in mail.body
    _assert_indonesian(mail)


@pytest.mark.parametrize("action", ["approve", "reject"])
def test_writer_hears_the_editors_decision_with_the_comment(submitted, client, mailoutbox, action):
    article, _writer, editor = submitted
    client.force_login(editor)
    mailoutbox.clear()
    task_state = article.current_workflow_task_state
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[article.pk, action, task_state.pk]),
        {"comment": "Tambahkan foto kegiatan, ya."},
    )

    [mail] = [m for m in mailoutbox if "sari@contoh.invalid" in m.to]
    assert mail.body.startswith("Halo Sari,")
    _assert_indonesian(mail)
    if action == "reject":
        assert mail.subject == 'Perlu perubahan: halaman "Arisan RT 05"'
        assert "Joko meminta perubahan" in mail.body
        assert "Tambahkan foto kegiatan, ya." in mail.body
    else:
        assert mail.subject == 'Disetujui: halaman "Arisan RT 05"'
        assert "sudah disetujui" in mail.body
