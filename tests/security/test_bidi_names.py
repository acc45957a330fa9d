"""A right-to-left override in a commenter's name cannot flip the text after it (issue #19, 10).

"Budi\u202egnp.exe" would display as "Budiexe.png" and reverse whatever follows the name on
the line. Names lose their bidi controls when posted, and stored names (imported or older
ones) are shown isolated in <bdi> with the controls removed.
"""

import pytest
from django_comments_xtd.models import XtdComment

from comments.text import strip_bidi_controls

RLO = "\u202e"
pytestmark = pytest.mark.django_db


def test_posted_name_loses_its_bidi_controls(
    client, commentable_page, comment_data, comment_settings
):
    comment_settings.require_email_confirmation = False
    comment_settings.save()
    data = comment_data(commentable_page, name=f"Budi{RLO}gnp.exe\u2066x\u2069")
    response = client.post("/komentar/kirim/", data)
    assert response.status_code == 303
    assert XtdComment.objects.get().user_name == "Budignp.exex"


def test_name_made_only_of_bidi_controls_is_refused(client, commentable_page, comment_data):
    response = client.post("/komentar/kirim/", comment_data(commentable_page, name=RLO * 3))
    assert response.status_code == 400
    assert XtdComment.objects.count() == 0


def stored(page, name):
    comment = XtdComment(
        content_object=page,
        site_id=1,
        user_name=name,
        user_email="budi@contoh.id",
        comment="Komentar lama dari impor.",
        is_public=True,
    )
    comment.save()
    return comment


def test_stored_name_is_isolated_and_cleaned_on_the_page(client, commentable_page):
    stored(commentable_page, f"Budi{RLO}gnp.exe")
    html = client.get(commentable_page.url).content.decode()
    assert RLO not in html
    assert "<bdi>Budignp.exe</bdi>" in html


def test_stored_name_is_isolated_and_cleaned_on_the_report_page(client, commentable_page):
    comment = stored(commentable_page, f"Budi{RLO}gnp.exe")
    html = client.get(f"/komentar/{comment.pk}/laporkan/").content.decode()
    assert RLO not in html
    assert "<bdi>Budignp.exe</bdi>" in html


def test_feed_names_carry_no_bidi_controls(client, commentable_page):
    stored(commentable_page, f"Budi{RLO}gnp.exe")
    body = client.get("/komentar/terbaru/feed/").content.decode()
    assert RLO not in body
    assert "Budignp.exe" in body


def test_strip_bidi_controls_keeps_ordinary_arabic_and_hebrew_names():
    assert strip_bidi_controls("عبد الله") == "عبد الله"
    assert strip_bidi_controls("\u202aSiti\u202c \u200fRahma") == "Siti \u200fRahma"
