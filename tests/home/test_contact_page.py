"""The Kontak page: a fixed form kept as Wagtail form submissions and mailed to the site."""

import time

import pytest
from django.contrib.auth import get_user_model
from django.core import mail, signing
from django.test import Client
from wagtail.contrib.forms.models import FormSubmission
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data

from comments.models import BlockedItem, CommentSettings
from core.forms import MinimumTimeMixin
from home.models import ContactPage, HomePage, SiteSettings, StandardPage

pytestmark = pytest.mark.django_db

SITE_ADDRESS = "redaksi@contoh.invalid"
MESSAGE = "Apakah kelompok tani kami bisa menulis artikel di Guyub?"


@pytest.fixture
def contact_page(home_page, site):
    page = home_page.add_child(
        instance=ContactPage(title="Kontak", slug="kontak", intro="Tulis pesan untuk redaksi.")
    )
    site_settings = SiteSettings.for_site(site)
    site_settings.contact_email = SITE_ADDRESS
    site_settings.contact_page = page
    site_settings.save()
    return page


def opened(seconds_ago=60):
    return signing.dumps(int(time.time()) - seconds_ago, salt=MinimumTimeMixin.SALT)


def message(**overrides):
    return {
        "nama": "Pak Darto",
        "email": "darto@contoh.id",
        "topik": "kerja-sama",
        "pesan": MESSAGE,
        "rendered_at": opened(),
        "situs_web": "",
        **overrides,
    }


def post(client, page, *, remote_addr="127.0.0.1", **overrides):
    return client.post(page.url, message(**overrides), REMOTE_ADDR=remote_addr)


class TestContactPageType(WagtailPageTestCase):
    def setUp(self):
        self.home = HomePage.objects.get()
        self.page = self.home.add_child(instance=ContactPage(title="Kontak", slug="kontak"))

    def test_lives_directly_under_home_and_has_no_children(self):
        self.assertAllowedParentPageTypes(ContactPage, {HomePage})
        self.assertAllowedSubpageTypes(ContactPage, {})

    def test_editor_can_create_one_under_home(self):
        self.page.delete()
        self.login()
        self.assertCanCreate(
            self.home,
            ContactPage,
            nested_form_data({"title": "Hubungi Kami", "slug": "hubungi", "intro": "Halo."}),
        )
        self.assertFalse(ContactPage.can_create_at(self.home))  # one per site root

    def test_form_and_thank_you_render_and_preview(self):
        self.assertPageIsRenderable(self.page)
        self.assertPageIsRenderable(self.page, query_data={"terkirim": "1"})
        self.assertPageIsPreviewable(self.page, mode="form")
        self.assertPageIsPreviewable(self.page, mode="landing")


def test_form_has_labelled_fields_and_a_topic_list(client, contact_page):
    html = client.get(contact_page.url).content.decode()
    for label in ("Nama", "E-mail", "Topik", "Pesan"):
        assert f">{label}</label>" in html
    assert '<option value="kerja-sama">Kerja sama</option>' in html
    assert 'class="hp-field"' in html
    assert "Tulis pesan untuk redaksi." in html


def test_a_message_is_kept_and_mailed_to_the_site_with_reply_to_the_sender(client, contact_page):
    response = post(client, contact_page)

    # POST-redirect-GET: a reload of the thank-you page sends nothing again.
    assert response.status_code == 303
    assert response["Location"] == "/kontak/?terkirim=1"
    thanks = client.get(response["Location"]).content.decode()
    assert "Pesan terkirim" in thanks
    assert '<meta name="robots" content="noindex">' in thanks

    submission = FormSubmission.objects.get(page=contact_page)
    assert submission.form_data == {
        "nama": "Pak Darto",
        "email": "darto@contoh.id",
        "topik": "Kerja sama",
        "pesan": MESSAGE,
        "status": f"dikirim ke {SITE_ADDRESS}",
    }
    [sent] = mail.outbox
    assert sent.to == [SITE_ADDRESS]
    assert sent.reply_to == ["darto@contoh.id"]
    assert sent.subject == "[Kontak] Kerja sama dari Pak Darto"
    assert MESSAGE in sent.body
    assert f"http://testserver/admin/forms/submissions/{contact_page.pk}/" in sent.body


def test_without_a_site_address_superusers_get_the_message(client, contact_page, site):
    site_settings = SiteSettings.for_site(site)
    site_settings.contact_email = ""
    site_settings.save()
    get_user_model().objects.create_superuser("admin", "admin@contoh.invalid", "x")

    post(client, contact_page)

    assert mail.outbox[0].to == ["admin@contoh.invalid"]


def test_without_any_address_the_message_is_kept_and_says_so(client, contact_page, site):
    site_settings = SiteSettings.for_site(site)
    site_settings.contact_email = ""
    site_settings.save()

    assert post(client, contact_page).status_code == 303

    status = FormSubmission.objects.get().form_data["status"]
    assert status == "tidak dikirim: email kontak situs belum diisi"
    assert mail.outbox == []


def test_a_name_posted_with_line_breaks_becomes_one_line(client, contact_page):
    post(client, contact_page, nama="Pak\r\nDarto\nBcc: spam@contoh.id")
    assert mail.outbox[0].subject == "[Kontak] Kerja sama dari Pak Darto Bcc: spam@contoh.id"


def test_errors_are_indonesian_beside_each_field_and_keep_what_was_typed(client, contact_page):
    response = post(client, contact_page, nama="", email="darto@", topik="")

    assert response.status_code == 400
    html = response.content.decode()
    assert "Pesan belum terkirim" in html
    assert "Tuliskan nama Anda." in html
    assert "Alamat e-mail belum benar" in html
    assert "Pilih topik pesan Anda." in html
    assert 'value="darto@"' in html
    assert MESSAGE in html
    # Each error sits with its own field (Django links them with aria-describedby).
    assert 'aria-describedby="kontak_email_helptext kontak_email_error"' in html
    assert not FormSubmission.objects.exists()
    assert mail.outbox == []


def test_honeypot_pretends_success_and_keeps_nothing(client, contact_page):
    response = post(client, contact_page, situs_web="https://spam.example")
    assert response.status_code == 303
    assert not FormSubmission.objects.exists()
    assert mail.outbox == []


@pytest.mark.parametrize(
    ("overrides", "reason"),
    [
        ({"rendered_at": "baru"}, "dikirim terlalu cepat"),
        ({"rendered_at": "dipalsukan"}, "dikirim terlalu cepat"),
        (
            {"pesan": "Murah! https://a.example https://b.example https://c.example"},
            "3 tautan (batas 2)",
        ),
    ],
    ids=["too-fast", "forged-timestamp", "links"],
)
def test_suspicious_messages_are_kept_but_held_not_mailed(client, contact_page, overrides, reason):
    if overrides.get("rendered_at") == "baru":
        overrides["rendered_at"] = opened(seconds_ago=1)
    response = post(client, contact_page, **overrides)

    # The sender sees the same thank-you: a person who trips a rule loses nothing.
    assert response.status_code == 303
    submission = FormSubmission.objects.get(page=contact_page)
    assert submission.form_data["status"] == f"ditahan: {reason}"
    assert mail.outbox == []


def test_blocklisted_terms_hold_a_message_as_they_hold_comments(client, contact_page):
    BlockedItem.objects.get_or_create(kind=BlockedItem.Kind.TERM, value="pinjol")
    post(client, contact_page, pesan="Pinjol cepat cair tanpa agunan")
    assert FormSubmission.objects.get().form_data["status"].startswith("ditahan:")
    assert mail.outbox == []


def test_hold_rules_follow_the_comment_settings(client, contact_page, site):
    rules = CommentSettings.for_site(site)
    rules.min_seconds_to_post = 0
    rules.save()
    post(client, contact_page, rendered_at="")
    assert len(mail.outbox) == 1


def test_a_flood_from_one_network_is_refused_with_the_text_kept(client, contact_page, monkeypatch):
    monkeypatch.setattr("home.contact.MESSAGE_LIMIT", 2)
    for _ in range(2):
        assert post(client, contact_page).status_code == 303
    # Invalid posts are not counted: fixing a typo never locks a visitor out.
    assert post(client, contact_page, email="salah").status_code == 400

    response = post(client, contact_page, pesan="Pesan ketiga yang tidak boleh hilang.")

    assert response.status_code == 429
    assert response["Retry-After"] == "3600"
    html = response.content.decode()
    assert "Terlalu banyak pesan dari jaringan Anda dalam sejam ini." in html
    assert "Pesan ketiga yang tidak boleh hilang." in html
    assert FormSubmission.objects.count() == 2
    # Another network is not affected.
    assert post(client, contact_page, remote_addr="203.0.113.9").status_code == 303


def test_form_and_thank_you_are_served_from_the_page_cache(contact_page, settings):
    settings.GUYUB_PAGE_CACHE = True
    for path in (contact_page.url, contact_page.url + "?terkirim=1"):
        first, second = Client().get(path), Client().get(path)
        assert (first["X-Guyub-Cache"], second["X-Guyub-Cache"]) == ("miss", "hit"), path
    html = Client().get(contact_page.url).content.decode()
    # No visitor's token in the shared copy: static/js/csrf.js fetches one at submit time.
    assert 'name="csrfmiddlewaretoken" value="" data-csrf-fill="/csrf/"' in html


def test_a_message_empties_no_cache(client, contact_page, settings):
    settings.GUYUB_PAGE_CACHE = True
    Client().get(contact_page.url)
    post(client, contact_page)
    assert Client().get(contact_page.url)["X-Guyub-Cache"] == "hit"


def test_submissions_are_listed_in_the_admin_with_every_column(client, contact_page):
    post(client, contact_page)
    admin = get_user_model().objects.create_superuser("redaksi", "r@contoh.invalid", "x")
    client.force_login(admin)

    url = f"/admin/forms/submissions/{contact_page.pk}/"
    html = client.get(url).content.decode()
    for text in ("Waktu kirim", "Topik", "Status", "Pak Darto", "Kerja sama"):
        assert text in html
    export = client.get(url, {"export": "csv"})
    csv = b"".join(export.streaming_content).decode()
    assert csv.splitlines()[0] == "Waktu kirim,Nama,E-mail,Topik,Pesan,Status"


def test_standard_pages_cannot_hold_a_contact_page(home_page):
    about = home_page.add_child(instance=StandardPage(title="Tentang", slug="tentang"))
    assert not ContactPage.can_create_at(about)
