"""An organiser adds a logo while registering a group, on a phone and a wide screen: a
wrong file is refused in Indonesian with everything typed still there, a photo is taken."""

import io

import pytest
from PIL import Image

from groups_directory.models import GroupDirectoryPage, GroupPage
from home.models import HomePage
from tests.browser.test_groups import choose_region

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def directory(db):
    home = HomePage.objects.get()
    directory = GroupDirectoryPage(title="Direktori Kelompok", slug="kelompok", show_in_menus=True)
    home.add_child(instance=directory)
    return directory


def photo():
    output = io.BytesIO()
    Image.new("RGB", (1200, 900), (30, 120, 60)).save(output, format="JPEG")
    return output.getvalue()


@pytest.mark.parametrize("width", [375, 1280])
def test_organiser_fixes_a_wrong_file_without_retyping(
    live_server, offline_page, directory, screenshot, assert_accessible, width
):
    page = offline_page
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(live_server.url + "/kelompok/daftar/")
    page.get_by_label("Nama kelompok").fill("Arisan Srikandi Tebet")
    page.get_by_label("Ringkasan").fill("Arisan bulanan ibu-ibu sambil belajar merajut.")
    page.get_by_label("Kategori").select_option(label="Arisan")
    choose_region(page, "provinsi", "31")
    choose_region(page, "kabupaten", "31.74")
    choose_region(page, "kecamatan", "31.74.01")
    page.get_by_label("Hari", exact=True).select_option(label="Kamis")
    page.get_by_label("Nama narahubung").fill("Bu Wulan")
    page.get_by_label("Nomor WhatsApp").fill("0812 3456 7890")
    page.get_by_label("Email pengurus").fill("wulan@contoh.invalid")
    logo = page.get_by_label("Logo atau foto kelompok (opsional)")
    logo.set_input_files(
        {"name": "brosur.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.4 brosur"}
    )
    page.get_by_role("button", name="Kirim pendaftaran").click()

    alert = page.get_by_role("alert")
    assert "Berkas ini bukan gambar JPG, PNG, atau WebP." in alert.inner_text()
    assert page.get_by_label("Nama kelompok").input_value() == "Arisan Srikandi Tebet"
    assert page.get_by_label("Nama narahubung").input_value() == "Bu Wulan"
    assert page.locator("#id_kecamatan").input_value() == "31.74.01"
    screenshot(f"group-logo-refused-{width}")
    assert_accessible()
    assert not GroupPage.objects.exists()

    page.get_by_label("Logo atau foto kelompok (opsional)").set_input_files(
        {"name": "foto.jpg", "mimeType": "image/jpeg", "buffer": photo()}
    )
    page.get_by_role("button", name="Kirim pendaftaran").click()
    assert page.get_by_role("heading", name="Terima kasih, pendaftaran terkirim").is_visible()
    group = GroupPage.objects.get()
    assert (group.logo.width, group.logo.height) == (800, 600)
