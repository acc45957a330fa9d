"""Group directory journey: an organiser lists a group, a moderator approves it in the
admin, and a reader finds it by filtering and sees its WhatsApp link."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

from groups_directory.models import GroupDirectoryPage, GroupPage
from home.models import HomePage
from tests.groups_directory.factories import make_group

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def directory(db):
    home = HomePage.objects.get()
    directory = GroupDirectoryPage(title="Direktori Kelompok", slug="kelompok", show_in_menus=True)
    home.add_child(instance=directory)
    make_group(directory, "Pengajian Al-Ikhlas", region="31.74.01", category="pengajian")
    make_group(
        directory, "Posyandu Kenanga", region="32.73.02", category="posyandu", schedule_weekday=1
    )
    return directory


@pytest.fixture
def moderator(db):
    return get_user_model().objects.create_superuser(
        "moderator", "moderator@contoh.invalid", "kata-sandi-uji-123"
    )


def choose_region(page, field, value):
    select = page.locator(f"#id_{field}")
    # Options arrive from the region endpoint after the level above changes.
    page.wait_for_function(
        "([id, value]) => !!document.querySelector(`#${id} option[value='${value}']`)",
        arg=[f"id_{field}", value],
    )
    select.select_option(value)


def test_organiser_submits_moderator_approves_reader_finds(
    live_server, offline_page, directory, moderator, screenshot, assert_accessible
):
    page = offline_page
    # 1. The organiser fills in "Daftarkan Kelompok".
    page.goto(live_server.url + "/kelompok/daftar/")
    assert page.get_by_role("heading", name="Daftarkan Kelompok").is_visible()
    assert not page.get_by_role("button", name="Tampilkan pilihan wilayah berikutnya").is_visible()
    assert_accessible()
    page.get_by_label("Nama kelompok").fill("Arisan Srikandi Tebet")
    page.get_by_label("Ringkasan").fill("Arisan bulanan ibu-ibu sambil belajar merajut.")
    page.get_by_label("Kategori").select_option(label="Arisan")
    page.get_by_label("Cerita kelompok").fill("Kami berkumpul setiap Kamis malam.")
    choose_region(page, "provinsi", "31")
    choose_region(page, "kabupaten", "31.74")
    choose_region(page, "kecamatan", "31.74.01")
    choose_region(page, "desa", "31.74.01.1002")
    page.get_by_label("Seberapa sering berkumpul").select_option("weekly")
    page.get_by_label("Hari", exact=True).select_option(label="Kamis")
    page.get_by_label("Jam mulai").fill("19:30")
    page.get_by_label("Siapa yang boleh ikut").select_option("ibu")
    page.get_by_label("Nama narahubung").fill("Bu Wulan")
    page.get_by_label("Nomor WhatsApp").fill("0812 3456 7890")
    page.get_by_label("Email pengurus").fill("wulan@contoh.invalid")
    screenshot("groups-submit-form")
    page.get_by_role("button", name="Kirim pendaftaran").click()
    assert page.get_by_role("heading", name="Terima kasih, pendaftaran terkirim").is_visible()
    screenshot("groups-submitted")
    assert_accessible()

    group = GroupPage.objects.get(title="Arisan Srikandi Tebet")
    assert not group.live
    assert group.whatsapp == "+6281234567890"

    # The organiser's private link (from the email) shows the status.
    organiser_mail = next(m for m in mail.outbox if "wulan@contoh.invalid" in m.to)
    link = re.search(r"https?://\S+/kelompok/kelola/\S+/", organiser_mail.body).group(0)
    page.goto(live_server.url + urlsplit(link).path)
    assert page.get_by_text("Sedang diperiksa moderator.").is_visible()
    assert page.get_by_label("Nama kelompok").input_value() == "Arisan Srikandi Tebet"
    assert page.locator("#id_desa").input_value() == "31.74.01.1002"
    screenshot("groups-organiser-link")
    assert_accessible()

    # Not in the directory yet.
    page.goto(live_server.url + "/kelompok/?q=Srikandi")
    assert page.get_by_text("Arisan Srikandi Tebet").count() == 0

    # 2. A moderator approves it in the Wagtail admin.
    page.goto(live_server.url + "/admin/login/")
    page.locator("#id_username").fill("moderator")
    page.locator("#id_password").fill("kata-sandi-uji-123")
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(re.compile(r"/admin/$"))
    page.goto(live_server.url + f"/admin/pages/{group.pk}/edit/")
    approve = page.locator(
        "[data-workflow-action-name='approve']:not([data-workflow-action-modal-url])"
    )
    screenshot("groups-admin-moderation")
    # The approve button sits in the footer's action dropdown; fire its click handler,
    # which posts the edit form with the workflow action.
    with page.expect_navigation():
        approve.dispatch_event("click")
    group.refresh_from_db()
    assert group.live

    # 3. A reader narrows the directory down and finds it.
    page.context.clear_cookies()
    page.goto(live_server.url + "/kelompok/")
    assert_accessible()
    page.get_by_label("Kategori").select_option("arisan")
    page.get_by_label("Provinsi").select_option("31")
    page.get_by_label("Hari pertemuan").select_option("kamis")
    page.get_by_role("button", name="Terapkan").click()
    page.wait_for_url(re.compile(r"kategori=arisan"))
    assert "provinsi=31" in page.url and "hari=kamis" in page.url
    cards = page.locator(".group-card")
    assert cards.count() == 1
    assert page.get_by_role("heading", name="1 kelompok").is_visible()
    screenshot("groups-directory-filtered")
    assert_accessible()
    cards.get_by_role("link", name="Arisan Srikandi Tebet").click()
    page.wait_for_url(re.compile(r"/kelompok/arisan-srikandi-tebet/$"))
    assert page.get_by_text("Setiap Kamis pukul 19.30 WIB").is_visible()
    whatsapp = page.get_by_role("link", name=re.compile("Chat WhatsApp"))
    href = whatsapp.get_attribute("href")
    link = urlsplit(href)
    assert (link.scheme, link.netloc, link.path) == ("https", "wa.me", "/6281234567890")
    assert "Arisan Srikandi Tebet" in parse_qs(link.query)["text"][0]
    assert "wulan@contoh.invalid" not in page.content()
    screenshot("groups-group-page")
    assert_accessible()
    # Leave nothing loading while the database is flushed for the next test.
    page.goto("about:blank")


def test_directory_on_a_phone_with_map(
    live_server, offline_page, directory, screenshot, assert_accessible
):
    from decimal import Decimal

    make_group(
        directory,
        "Karang Taruna Bahari",
        region="31.74.02",
        category="karang-taruna",
        latitude=Decimal("-6.21"),
        longitude=Decimal("106.83"),
    )
    page = offline_page
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(live_server.url + "/kelompok/")
    # A phone shows the list first; the map is one tap away (static/js/directory_filters.js).
    page.wait_for_selector("#peta-kelompok.leaflet-container", state="attached")
    assert page.locator(".group-card").count() == 3
    page.get_by_role("button", name="Tampilkan peta").click()
    page.wait_for_selector("#peta-kelompok.leaflet-container")
    assert page.locator(".leaflet-marker-icon").count() == 1
    screenshot("groups-directory-375")
    assert_accessible()
    page.goto("about:blank")


def test_organiser_with_an_old_link_gets_a_fresh_one_by_mail(
    live_server, offline_page, directory, screenshot, assert_accessible
):
    from groups_directory.moderation import organiser_token, revoke_organiser_links

    page = offline_page
    group = GroupPage.objects.get(title="Pengajian Al-Ikhlas")
    old_link = f"{live_server.url}{directory.url}kelola/{group.pk}/{organiser_token(group)}/"
    revoke_organiser_links(group)

    page.goto(old_link)
    assert page.get_by_role("heading", name="Tautan pengurus sudah tidak berlaku").is_visible()
    screenshot("groups-organiser-link-expired")
    assert_accessible()
    mail.outbox.clear()
    page.get_by_label("Email pengurus yang terdaftar").fill(group.email)
    page.get_by_role("button", name="Kirim tautan baru").click()
    assert page.get_by_text("Jika alamat itu terdaftar sebagai email pengurus").is_visible()
    assert_accessible()

    [message] = mail.outbox
    link = re.search(r"https?://\S+/kelompok/kelola/\d+/\S+/", message.body).group(0)
    page.goto(live_server.url + urlsplit(link).path)
    assert page.get_by_role("heading", name="Kelola Pengajian Al-Ikhlas").is_visible()
