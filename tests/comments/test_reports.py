"""Reporting a comment with a reason, and what moderators see of it."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django_comments_xtd.models import XtdComment

from comments.models import CommentReport

pytestmark = pytest.mark.django_db

ADMIN_URL = "/admin/komentar/"
REASONS = [
    "Spam atau iklan",
    "Kasar, menghina, atau ujaran kebencian",
    "Informasi palsu atau menyesatkan",
    "Membuka data pribadi orang lain",
    "Lainnya",
]


@pytest.fixture
def comment(commentable_page):
    comment = XtdComment(
        content_object=commentable_page,
        site_id=1,
        user_name="Budi",
        user_email="budi@contoh.id",
        comment="Beli obat kuat murah di toko saya.",
    )
    comment.save()
    return comment


@pytest.fixture
def report_url(comment):
    return f"/komentar/{comment.pk}/laporkan/"


@pytest.fixture
def moderator(db):
    return get_user_model().objects.create_superuser(
        "moderator", email="moderator@guyub.test", password="moderator-rahasia"
    )


def test_the_report_page_offers_reasons_and_a_note(client, report_url):
    html = client.get(report_url).content.decode()
    assert html.count('type="radio" name="reason"') == 5
    for label in REASONS:
        assert f"> {label}</label>" in html or f">{label}</label>" in html, label
    assert "<legend>Mengapa komentar ini perlu ditinjau?</legend>" in html
    assert 'name="note"' in html and 'aria-describedby="catatan-bantuan"' in html


def test_the_reason_and_note_are_stored(client, comment, report_url):
    response = client.post(report_url, {"reason": "spam", "note": "  Iklan obat.  "})
    assert response.status_code == 200
    assert "Terima kasih, laporan Anda terkirim" in response.content.decode()
    report = comment.reports.get()
    assert (report.reason, report.note, report.reporter) == ("spam", "Iklan obat.", None)


def test_other_needs_a_note_and_keeps_the_choice(client, comment, report_url):
    response = client.post(report_url, {"reason": "other", "note": "   "})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Tuliskan alasannya bila memilih “Lainnya”." in html
    assert re.search(r'value="other"[^>]* checked>', html)
    assert CommentReport.objects.count() == 0

    client.post(report_url, {"reason": "other", "note": "Menyebut nama anak saya."})
    assert comment.reports.get().note == "Menyebut nama anak saya."


def test_an_empty_report_is_refused(client, report_url):
    response = client.post(report_url)
    assert response.status_code == 400
    assert "Pilih salah satu alasan." in response.content.decode()
    assert CommentReport.objects.count() == 0


def test_a_missing_reason_keeps_what_was_typed(client, report_url):
    response = client.post(report_url, {"note": "Ini penipuan arisan online."})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Pilih salah satu alasan." in html
    assert "Ini penipuan arisan online.</textarea>" in html
    assert "Laporan belum terkirim" in html
    assert CommentReport.objects.count() == 0


def test_a_note_too_long_is_refused_but_kept(client, report_url):
    note = "panjang " * 50
    html = client.post(report_url, {"reason": "abuse", "note": note}).content.decode()
    assert "Catatan paling banyak 300 karakter." in html
    assert note.strip() in html


def test_anonymous_reports_each_count_and_a_member_changes_their_own(
    client, comment, report_url, owner
):
    client.post(report_url, {"reason": "spam"})
    Client().post(report_url, {"reason": "spam"})
    member = Client()
    member.force_login(owner)
    member.post(report_url, {"reason": "abuse"})
    member.post(report_url, {"reason": "false"})
    assert comment.reports.count() == 3
    assert comment.reports.get(reporter=owner).reason == "false"


def test_the_report_limit_still_holds(client, comment, report_url):
    for _n in range(20):
        client.post(report_url, {"reason": "spam"})
    refused = client.post(report_url, {"reason": "other", "note": "Nomor HP saya disebar."})
    assert refused.status_code == 429
    assert "Terlalu banyak laporan" in refused.content.decode()
    assert "Catatan Anda (salin bila ingin menyimpannya):" in refused.content.decode()
    assert "Nomor HP saya disebar.</textarea>" in refused.content.decode()
    assert comment.reports.count() == 20


def test_moderators_see_counts_per_reason_and_the_notes(client, comment, report_url, moderator):
    client.post(report_url, {"reason": "spam"})
    client.post(report_url, {"reason": "spam", "note": "Promosi obat."})
    client.post(report_url, {"reason": "other", "note": "Nomor WA orang lain."})
    client.force_login(moderator)
    html = client.get(ADMIN_URL, {"status": "reported"}).content.decode()
    assert "3 laporan" in html
    assert "Spam atau iklan (2) · Lainnya (1)" in html
    assert "“Promosi obat.”" in html and "“Nomor WA orang lain.”" in html


def test_dismissing_clears_the_reports(client, comment, report_url, moderator):
    client.post(report_url, {"reason": "privacy"})
    client.force_login(moderator)
    client.post(ADMIN_URL + "?status=reported", {"action": "dismiss", "ids": [comment.pk]})
    assert CommentReport.objects.count() == 0
    assert "Beli obat kuat" not in client.get(ADMIN_URL, {"status": "reported"}).content.decode()


def test_the_reported_listing_costs_the_same_with_many_reports(
    client, comment, report_url, moderator
):
    client.post(report_url, {"reason": "spam"})
    client.force_login(moderator)
    with CaptureQueriesContext(connection) as one:
        client.get(ADMIN_URL, {"status": "reported"})
    for reason in ("abuse", "false", "privacy"):
        Client().post(report_url, {"reason": reason})
    with CaptureQueriesContext(connection) as four:
        client.get(ADMIN_URL, {"status": "reported"})
    assert len(four) == len(one)
