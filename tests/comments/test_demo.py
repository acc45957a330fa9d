import io

import pytest
from django.core.management import call_command
from django_comments_xtd.models import XtdComment

from comments.demo_content import commentable_pages

pytestmark = pytest.mark.django_db


def test_demo_comments_are_threaded_and_idempotent(
    home_page, monkeypatch, tmp_path, settings, client
):
    settings.VAR_DIR = tmp_path
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "demo-password-for-tests")
    call_command("load_demo_content", stdout=io.StringIO())
    call_command("load_demo_content", stdout=io.StringIO())

    # The demo articles take comments, so the conversation lands on the first of them.
    pages = commentable_pages()
    assert pages
    for page in pages:
        comments = XtdComment.objects.filter(
            content_type_id=page.content_type_id, object_pk=str(page.pk)
        )
        assert comments.count() == 5
        assert sorted(comments.values_list("level", flat=True)) == [0, 0, 1, 1, 2]
    html = client.get(pages[0].url).content.decode()
    assert "5 komentar" in html and "gowes tiap Minggu pagi" in html
