"""Safe text rendering, notifications, edit/delete window, reports, feed."""

import datetime
import re

import pytest
from django.utils import timezone
from django_comments_xtd.models import XtdComment

from comments.text import initials, render_comment_text

pytestmark = pytest.mark.django_db

POST_URL = "/komentar/kirim/"

XSS_PAYLOADS = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "<svg/onload=alert(1)>",
    '"><script>alert(document.cookie)</script>',
    '<a href="javascript:alert(1)">klik</a>',
    "javascript:alert(1)",
    'https://contoh.id/"onmouseover="alert(1)',
    "https://contoh.id/<script>alert(1)</script>",
    "<iframe src=https://evil.example></iframe>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "<body onload=alert(1)>",
    "<style>*{display:none}</style>",
    "https://x.example/?a=1&b=<b>2</b>",
]


@pytest.fixture
def direct(comment_settings):
    comment_settings.require_email_confirmation = False
    comment_settings.ip_limit = comment_settings.email_limit = 0
    comment_settings.save()
    return comment_settings


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_no_markup_survives_rendering(payload):
    html = str(render_comment_text(payload))
    tags = re.findall(r"<\s*([a-zA-Z]+)", html)
    assert set(tags) <= {"p", "a", "br"}
    for anchor in re.findall(r"<a [^>]*>", html):
        assert re.fullmatch(r'<a href="https?://[^"<>]*" rel="nofollow ugc noopener">', anchor), (
            anchor
        )
    assert "onerror=" not in html.replace("onerror=&quot;", "")
    assert "javascript:" not in "".join(re.findall(r'href="([^"]*)"', html))


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_xss_payloads_are_escaped_on_the_page(
    client, commentable_page, comment_data, direct, payload
):
    client.post(POST_URL, comment_data(commentable_page, name=payload[:50], comment=payload))
    html = client.get(commentable_page.url).content.decode()
    section = html[html.index('id="komentar"') :]
    assert "<script>alert" not in section
    assert 'onerror="' not in section
    assert "<iframe" not in section and "<style>" not in section
    # The only drawings are the two thumbs of the like buttons.
    assert section.count("<svg") == section.count('<svg class="comment__icon"') == 2


def test_links_are_clickable_and_line_breaks_kept():
    html = str(render_comment_text("Baris satu\nBaris dua\n\nLihat https://kemkes.go.id/posyandu."))
    assert html == (
        "<p>Baris satu<br>Baris dua</p>"
        '<p>Lihat <a href="https://kemkes.go.id/posyandu" rel="nofollow ugc noopener">'
        "https://kemkes.go.id/posyandu</a>.</p>"
    )


def test_initials_avatar_makes_no_external_request(client, commentable_page, comment_data, direct):
    assert initials("Siti Rahmawati") == "SR"
    assert initials("budi") == "B"
    client.post(POST_URL, comment_data(commentable_page))
    html = client.get(commentable_page.url).content.decode()
    assert "gravatar" not in html
    assert ">SR</span>" in html


def test_page_authors_hear_about_public_comments(
    client, commentable_page, comment_data, direct, mailoutbox
):
    client.post(POST_URL, comment_data(commentable_page))
    author_mail = [m for m in mailoutbox if m.to == ["redaksi@guyub.test"]]
    assert len(author_mail) == 1
    assert "Komentar baru" in author_mail[0].subject


def test_followers_get_one_click_unsubscribe(
    client, commentable_page, comment_data, direct, mailoutbox
):
    client.post(
        POST_URL,
        comment_data(commentable_page, followup="on", email="ikut@contoh.id", comment="Saya ikuti"),
    )
    mailoutbox.clear()
    client.post(
        POST_URL, comment_data(commentable_page, email="lain@contoh.id", comment="Balasan baru")
    )

    follow_mail = [m for m in mailoutbox if m.to == ["ikut@contoh.id"]]
    assert len(follow_mail) == 1
    mute_url = re.search(r"https?://[^/\s]+(/komentar/berhenti/\S+/)", follow_mail[0].body).group(1)
    assert follow_mail[0].extra_headers["List-Unsubscribe"].endswith(mute_url + ">")

    response = client.get(mute_url)
    assert response.status_code == 200
    assert "berhenti berlangganan" in response.content.decode().lower()
    assert not XtdComment.objects.get(comment="Saya ikuti").followup

    mailoutbox.clear()
    client.post(POST_URL, comment_data(commentable_page, email="ketiga@contoh.id", comment="Lagi"))
    assert not [m for m in mailoutbox if m.to == ["ikut@contoh.id"]]


class BrokenBackend:
    """An email backend whose server is down."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("SMTP server unreachable")


def test_email_failure_never_loses_the_comment(
    client, commentable_page, comment_data, settings, comment_settings, confirm_link
):
    settings.EMAIL_BACKEND = "tests.comments.test_reader_extras.BrokenBackend"
    # Direct post with notifications to the page author and moderators.
    comment_settings.require_email_confirmation = False
    comment_settings.save()
    assert client.post(POST_URL, comment_data(commentable_page)).status_code == 303
    response = client.post(
        POST_URL, comment_data(commentable_page, comment="slot gacor", email="x@contoh.id")
    )
    assert response.status_code == 200
    assert XtdComment.objects.count() == 2


def test_edit_and_delete_own_comment_within_15_minutes(
    client, commentable_page, comment_data, direct
):
    client.post(POST_URL, comment_data(commentable_page))
    comment = XtdComment.objects.get()
    html = client.get(commentable_page.url).content.decode()
    assert f"/komentar/{comment.pk}/ubah/" in html

    response = client.post(f"/komentar/{comment.pk}/ubah/", {"comment": "Sudah saya perbaiki."})
    assert response.status_code == 303
    comment.refresh_from_db()
    assert comment.comment == "Sudah saya perbaiki."

    response = client.post(f"/komentar/{comment.pk}/hapus/")
    assert response.status_code == 303
    comment.refresh_from_db()
    assert comment.is_removed
    assert "Sudah saya perbaiki." not in client.get(commentable_page.url).content.decode()


def test_edit_is_refused_for_other_browsers_and_after_15_minutes(
    client, commentable_page, comment_data, direct
):
    client.post(POST_URL, comment_data(commentable_page))
    comment = XtdComment.objects.get()

    from django.test import Client

    stranger = Client()
    response = stranger.post(f"/komentar/{comment.pk}/ubah/", {"comment": "Dibajak"})
    assert response.status_code == 403
    assert "15 menit" in response.content.decode()

    XtdComment.objects.filter(pk=comment.pk).update(
        submit_date=timezone.now() - datetime.timedelta(minutes=16)
    )
    assert client.post(f"/komentar/{comment.pk}/ubah/", {"comment": "Telat"}).status_code == 403
    assert f"/komentar/{comment.pk}/ubah/" not in client.get(commentable_page.url).content.decode()


def test_edit_that_adds_spam_is_held(client, commentable_page, comment_data, direct):
    client.post(POST_URL, comment_data(commentable_page))
    comment = XtdComment.objects.get()
    client.post(f"/komentar/{comment.pk}/ubah/", {"comment": "Ganti: slot gacor maxwin"})
    comment.refresh_from_db()
    assert not comment.is_public


def test_latest_comments_feed(client, commentable_page, comment_data, direct):
    client.post(POST_URL, comment_data(commentable_page, comment="Komentar <b>untuk</b> umpan"))
    client.post(POST_URL, comment_data(commentable_page, comment="slot gacor", email="s@contoh.id"))
    import feedparser

    feed = feedparser.parse(client.get("/komentar/terbaru/feed/").content)
    assert feed.feed.title == "Komentar terbaru di Guyub"
    assert len(feed.entries) == 1
    entry = feed.entries[0]
    assert "Arisan RT 05" in entry.title
    assert entry.link.endswith(f"#c{XtdComment.objects.get(is_public=True).pk}")


def test_report_asks_first_then_records(client, commentable_page, comment_data, direct):
    client.post(POST_URL, comment_data(commentable_page))
    comment = XtdComment.objects.get()
    assert (
        "Laporkan komentar ini?" in client.get(f"/komentar/{comment.pk}/laporkan/").content.decode()
    )
    response = client.post(f"/komentar/{comment.pk}/laporkan/", {"reason": "abuse"})
    assert response.status_code == 200
    assert comment.reports.get().reason == "abuse"


def test_confirmation_mail_failure_holds_the_comment_for_moderators(
    client, commentable_page, comment_data, settings
):
    settings.EMAIL_BACKEND = "tests.comments.test_reader_extras.BrokenBackend"
    response = client.post(POST_URL, comment_data(commentable_page))
    assert response.status_code == 200
    assert "menunggu persetujuan moderator" in response.content.decode()
    comment = XtdComment.objects.get()
    assert not comment.is_public
    assert comment.review.held_reason == "email konfirmasi gagal dikirim"


def test_moderators_group_can_be_granted_the_permission(client):
    from django.contrib.auth.models import Group, Permission

    group = Group.objects.create(name="Moderator komentar")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="can_moderate", content_type__app_label="django_comments"),
    )
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_user("mod", password="mod-rahasia")
    user.groups.add(group)
    client.force_login(user)
    assert client.get("/admin/komentar/").status_code == 200


def test_each_page_has_a_feed_of_its_own_comments(
    client, commentable_page, comment_data, direct, home_page
):
    import feedparser

    from home.models import StandardPage

    other = StandardPage(title="Ronda RT 05", slug="ronda-rt-05", comments_enabled=True)
    home_page.add_child(instance=other)
    other.save_revision().publish()
    client.post(POST_URL, comment_data(commentable_page, comment="Saya ikut arisan"))
    client.post(POST_URL, comment_data(other, comment="Jadwal ronda kapan?"))
    client.post(POST_URL, comment_data(commentable_page, comment="slot gacor", email="s@c.id"))

    html = client.get(commentable_page.url).content.decode()
    url = f"/komentar/halaman/{commentable_page.pk}/feed/"
    assert f'href="{url}"' in html
    feed = feedparser.parse(client.get(url).content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.feed.title == "Komentar untuk “Arisan RT 05 Bulan Ini”"
    assert [entry.description for entry in feed.entries] == ["Saya ikut arisan"]
    kept = XtdComment.objects.get(comment="Saya ikut arisan")
    assert feed.entries[0].link == f"http://testserver{commentable_page.url}#c{kept.pk}"

    other.unpublish()
    assert client.get(f"/komentar/halaman/{other.pk}/feed/").status_code == 404
    assert client.get("/komentar/halaman/999999/feed/").status_code == 404
