"""Integer ids too large for the database are "not found", never a 500 (issue #19, item 8).

SQLite raises OverflowError ("Python int too large to convert to SQLite INTEGER") for any
integer above 2**63 - 1, PostgreSQL a DataError for a bigint out of range.
"""

import pytest
from django_comments_xtd.models import XtdComment

HUGE = "99999999999999999999"

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("action", ["laporkan", "ubah", "hapus"])
def test_oversized_comment_ids_are_not_found(client, action):
    assert client.get(f"/komentar/{HUGE}/{action}/").status_code == 404
    assert client.post(f"/komentar/{HUGE}/{action}/").status_code == 404


def test_oversized_permalink_ids_are_not_found(client):
    assert client.get(f"/komentar/cr/31/{HUGE}/").status_code == 404
    assert client.get(f"/komentar/cr/{HUGE}/1/").status_code == 404


def test_oversized_like_ids_are_not_found(client):
    assert client.post(f"/komentar/{HUGE}/tanggapi/", {"kind": "like"}).status_code == 404


def test_comment_posted_to_an_oversized_page_id_is_refused(client, commentable_page, comment_data):
    data = comment_data(commentable_page)
    data["object_pk"] = HUGE
    response = client.post("/komentar/kirim/", data)
    assert response.status_code == 400
    assert XtdComment.objects.count() == 0


def test_reply_to_an_oversized_comment_id_is_refused(client, commentable_page, comment_data):
    response = client.post("/komentar/kirim/", comment_data(commentable_page, reply_to=HUGE))
    assert response.status_code == 400
    assert "tidak ditemukan" in response.content.decode()
    assert XtdComment.objects.count() == 0
