import pytest
from django.contrib.auth import get_user_model
from django_comments_xtd.models import XtdComment

from comments.models import CommentReport, CommentReview

pytestmark = pytest.mark.django_db

ADMIN_URL = "/admin/komentar/"


@pytest.fixture
def moderator(db):
    return get_user_model().objects.create_superuser(
        "moderator", email="moderator@guyub.test", password="moderator-rahasia"
    )


@pytest.fixture
def make_comment(commentable_page):
    def make(text="Komentar biasa.", public=True, **extra):
        comment = XtdComment(
            content_object=commentable_page,
            site_id=1,
            user_name=extra.pop("name", "Budi"),
            user_email=extra.pop("email", "budi@contoh.id"),
            comment=text,
            is_public=public,
            **extra,
        )
        comment.save()
        return comment

    return make


def test_held_comments_are_listed_by_default(client, moderator, make_comment):
    make_comment("Sudah tampil.")
    make_comment("Menunggu keputusan.", public=False)
    client.force_login(moderator)
    html = client.get(ADMIN_URL).content.decode()
    assert "Menunggu keputusan." in html
    assert "Sudah tampil." not in html


def test_approval_in_admin_publishes_and_notifies(
    client, moderator, make_comment, commentable_page, mailoutbox
):
    comment = make_comment("Tolong ditinjau.", public=False)
    client.force_login(moderator)
    assert "Tolong ditinjau." not in client.get(commentable_page.url).content.decode()

    response = client.post(ADMIN_URL, {"action": "approve", "ids": [comment.pk]})

    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.is_public
    assert "Tolong ditinjau." in client.get(commentable_page.url).content.decode()
    assert any("redaksi@guyub.test" in m.to for m in mailoutbox)


def test_bulk_remove_and_spam(client, moderator, make_comment, commentable_page):
    first = make_comment("Satu.")
    second = make_comment("Dua.", email="dua@contoh.id")
    client.force_login(moderator)
    client.post(ADMIN_URL, {"action": "remove", "ids": [first.pk, second.pk]})
    assert XtdComment.objects.filter(is_removed=True).count() == 2

    third = make_comment("Slot terbaik.", email="spam@contoh.id")
    client.post(ADMIN_URL, {"action": "spam", "ids": [third.pk]})
    assert CommentReview.objects.get(comment=third).is_spam
    html = client.get(ADMIN_URL + "?status=spam").content.decode()
    assert "Slot terbaik." in html and "Satu." not in html


def test_reported_filter_shows_flagged_comments(client, moderator, make_comment):
    flagged = make_comment("Dilaporkan pembaca.")
    make_comment("Tidak dilaporkan.", email="lain@contoh.id")
    client.post(f"/komentar/{flagged.pk}/laporkan/", {"reason": "spam"})
    assert CommentReport.objects.filter(comment=flagged, reason="spam").exists()

    client.force_login(moderator)
    html = client.get(ADMIN_URL + "?status=reported").content.decode()
    assert "Dilaporkan pembaca." in html
    assert "Tidak dilaporkan." not in html


def test_filter_by_page_and_date(client, moderator, make_comment, commentable_page):
    make_comment("Di halaman arisan.")
    client.force_login(moderator)
    response = client.get(
        ADMIN_URL,
        {"status": "public", "page": str(commentable_page.pk), "submit_date_after": "2000-01-01"},
    )
    assert "Di halaman arisan." in response.content.decode()
    response = client.get(ADMIN_URL, {"status": "public", "submit_date_before": "2000-01-01"})
    assert "Di halaman arisan." not in response.content.decode()


def test_dashboard_panel_counts_waiting_comments(client, moderator, make_comment):
    make_comment("a", public=False)
    make_comment("b", public=False, email="b@contoh.id")
    client.force_login(moderator)
    html = client.get("/admin/").content.decode()
    assert "2 komentar menunggu moderasi" in html


def test_editors_without_permission_cannot_moderate(client, make_comment):
    editor = get_user_model().objects.create_user("editor", password="editor-rahasia")
    from django.contrib.auth.models import Permission

    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    assert client.get(ADMIN_URL).status_code in (302, 403)
