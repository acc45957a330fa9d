"""A refused or delayed comment never throws away what the visitor typed.

Whatever the reason (too many posts, an expired form, the honeypot, an invalid field,
a closed page), the answer carries the text back; a post that merely came fast is held
for a moderator instead of refused, and a quick typist with JavaScript is not delayed.
"""

import re
from html import unescape

import pytest
from django_comments_xtd.models import XtdComment

from comments.models import CommentReview

pytestmark = pytest.mark.django_db

POST_URL = "/komentar/kirim/"
TEXT = "Saya mau ikut arisan bulan depan, apakah masih ada kursi kosong?"


@pytest.fixture
def direct(comment_settings):
    comment_settings.require_email_confirmation = False
    comment_settings.save()
    return comment_settings


def field_value(html, name):
    """The value a form field carries in the rendered HTML (input value or textarea body)."""
    textarea = re.search(rf'<textarea[^>]*name="{name}"[^>]*>(.*?)</textarea>', html, re.S)
    if textarea:
        return unescape(textarea.group(1)).strip()
    tag = re.search(rf'<input[^>]*name="{name}"[^>]*>', html)
    value = re.search(r'value="([^"]*)"', tag.group(0)) if tag else None
    return unescape(value.group(1)) if value else None


def resubmit_data(html):
    """Everything the handed-back form would post, as a browser would send it."""
    names = re.findall(r'name="([a-z_]+)"', html)
    data = {name: field_value(html, name) or "" for name in names if name != "followup"}
    data.pop("csrfmiddlewaretoken", None)
    return data


def assert_form_kept_the_text(response, **fields):
    html = response.content.decode()
    assert field_value(html, "comment") == TEXT
    for name, value in fields.items():
        assert field_value(html, name) == value, name
    assert 'action="/komentar/kirim/"' in html


def test_rate_limited_post_gets_its_text_back_and_can_be_sent_later(
    client, commentable_page, comment_data, direct
):
    direct.ip_limit = 1
    direct.save()
    client.post(POST_URL, comment_data(commentable_page, comment="Pertama"))
    data = comment_data(commentable_page, comment=TEXT, name="Wulan", url="https://wulan.id/")
    response = client.post(POST_URL, data)
    assert response.status_code == 429
    assert response["Retry-After"] == "600"
    assert "terlalu banyak komentar" in response.content.decode()
    assert_form_kept_the_text(
        response, name="Wulan", email="siti@contoh.id", url="https://wulan.id/"
    )
    assert not XtdComment.objects.filter(comment=TEXT).exists()


def test_expired_form_is_handed_back_fresh_with_the_text(
    client, commentable_page, comment_data, direct
):
    response = client.post(
        POST_URL, comment_data(commentable_page, comment=TEXT, security_hash="0" * 40)
    )
    assert response.status_code == 400
    assert "kedaluwarsa" in response.content.decode()
    assert_form_kept_the_text(response, name="Siti Rahmawati")
    # The handed-back form is signed anew: sending it again stores the comment. Its
    # JavaScript timer would report the time since the form reappeared.
    data = resubmit_data(response.content.decode())
    data["typing_ms"] = "4000"
    assert client.post(POST_URL, data).status_code == 303
    assert XtdComment.objects.get(comment=TEXT).is_public


def test_reply_keeps_its_place_when_handed_back(client, commentable_page, comment_data, direct):
    client.post(POST_URL, comment_data(commentable_page, comment="Pertanyaan"))
    parent = XtdComment.objects.get()
    response = client.post(
        POST_URL,
        comment_data(commentable_page, comment=TEXT, reply_to=parent.pk, security_hash="x"),
    )
    assert field_value(response.content.decode(), "reply_to") == str(parent.pk)


def test_honeypot_refusal_still_shows_the_text(client, commentable_page, comment_data, direct):
    response = client.post(
        POST_URL, comment_data(commentable_page, comment=TEXT, honeypot="isi otomatis")
    )
    assert response.status_code == 400
    assert_form_kept_the_text(response)
    assert not XtdComment.objects.exists()


def test_invalid_field_keeps_the_text(client, commentable_page, comment_data, direct):
    response = client.post(POST_URL, comment_data(commentable_page, comment=TEXT, email="bukan"))
    assert response.status_code == 400
    assert_form_kept_the_text(response, email="bukan")


def test_closed_page_shows_the_text_to_copy(client, commentable_page, comment_data, direct):
    commentable_page.comments_closed = True
    commentable_page.save_revision().publish()
    response = client.post(POST_URL, comment_data(commentable_page, comment=TEXT))
    assert response.status_code == 403
    assert TEXT in unescape(response.content.decode())


@pytest.mark.parametrize(
    ("typing_ms", "public"),
    [("2500", True), ("1000", True), ("150", False), ("", False), ("junk", False)],
)
def test_fast_posts_are_judged_by_typing_time_when_javascript_reports_it(
    client, commentable_page, comment_data, direct, typing_ms, public
):
    # Rendered this very second: the page-load clock alone would call every one too fast.
    data = comment_data(commentable_page, age=0, comment=TEXT, typing_ms=typing_ms)
    response = client.post(POST_URL, data)
    comment = XtdComment.objects.get()
    assert comment.is_public is public
    if public:
        assert response.status_code == 303
    else:
        assert response.status_code == 200
        assert CommentReview.objects.get(comment=comment).held_reason == "dikirim terlalu cepat"


def test_slow_post_without_javascript_is_published(client, commentable_page, comment_data, direct):
    client.post(POST_URL, comment_data(commentable_page, age=5, comment=TEXT))
    assert XtdComment.objects.get().is_public


def test_zero_minimum_switches_the_timing_check_off(client, commentable_page, comment_data, direct):
    direct.min_seconds_to_post = 0
    direct.save()
    client.post(POST_URL, comment_data(commentable_page, age=0, typing_ms="10"))
    assert XtdComment.objects.get().is_public
