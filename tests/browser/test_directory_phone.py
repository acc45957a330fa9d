"""The directory on a 375 px phone: results before filters, region selects that follow
the level above, and a list/map toggle once the map has loaded."""

from decimal import Decimal

import pytest

from groups_directory.models import GroupDirectoryPage
from home.models import HomePage
from tests.groups_directory.factories import make_group

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def directory(db):
    home = HomePage.objects.get()
    directory = GroupDirectoryPage(title="Direktori Kelompok", slug="kelompok", show_in_menus=True)
    home.add_child(instance=directory)
    make_group(
        directory,
        "Pengajian Al-Ikhlas",
        region="31.74.01",
        latitude=Decimal("-6.2300"),
        longitude=Decimal("106.8600"),
    )
    make_group(
        directory,
        "Posyandu Kenanga",
        region="32.73.02",
        latitude=Decimal("-6.8900"),
        longitude=Decimal("107.6100"),
    )
    return directory


def test_phone_sees_results_first_and_regions_follow_the_province(
    live_server, offline_page, directory, screenshot
):
    page = offline_page
    page.set_viewport_size({"width": 375, "height": 812})
    page.goto(live_server.url + "/kelompok/")

    # Folded filters: the first result is on the first screen.
    assert page.locator(".filter-panel").evaluate("el => el.open") is False
    first_card = page.get_by_role("link", name="Pengajian Al-Ikhlas")
    assert first_card.bounding_box()["y"] < 812
    screenshot("directory-phone")

    page.locator(".filter-panel > summary").click()
    kabupaten = page.locator("#filter-kabupaten")
    assert set(
        kabupaten.locator("option:not([disabled])").evaluate_all(
            "options => options.map(o => o.value)"
        )
    ) == {"", "31.74", "32.73"}
    kabupaten.select_option("32.73")
    page.locator("#filter-provinsi").select_option("31")
    # The regency chosen before no longer fits the province: reset, and only 31.* offered.
    assert kabupaten.input_value() == ""
    enabled = kabupaten.locator("option:not([disabled])").evaluate_all(
        "options => options.map(o => o.value)"
    )
    assert enabled == ["", "31.74"]

    # The map loads from the GeoJSON; on a phone, a toggle switches list and map.
    toggle = page.get_by_role("button", name="Tampilkan peta")
    toggle.wait_for()
    assert page.locator("#peta-kelompok").is_hidden()
    toggle.click()
    assert page.locator("#peta-kelompok").is_visible()
    assert page.locator(".group-list").is_hidden()
    screenshot("directory-phone-map")
    page.get_by_role("button", name="Tampilkan daftar").click()
    assert page.locator(".group-list").is_visible()


def test_wide_screen_keeps_the_filters_open_without_a_toggle(live_server, offline_page, directory):
    page = offline_page
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_server.url + "/kelompok/")
    assert page.locator(".filter-panel").evaluate("el => el.open") is True
    page.locator("#peta-kelompok").wait_for(state="visible")
    assert page.locator(".view-toggle").is_hidden()


def test_regencies_follow_another_province_before_the_form_is_sent(
    live_server, offline_page, directory
):
    page = offline_page
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_server.url + "/kelompok/?provinsi=31")

    def enabled(select_id):
        return page.locator(f"#{select_id} option:not([disabled])").evaluate_all(
            "options => options.map(o => o.value)"
        )

    assert enabled("filter-kabupaten") == ["", "31.74"]
    assert enabled("filter-kecamatan") == ["", "31.74.01"]
    # Listed with province 31 chosen, West Java's regency is offered once it is picked.
    page.locator("#filter-provinsi").select_option("32")
    assert enabled("filter-kabupaten") == ["", "32.73"]
    assert enabled("filter-kecamatan") == [""]
    page.locator("#filter-kabupaten").select_option("32.73")
    page.get_by_role("button", name="Terapkan").click()
    page.wait_for_url("**kabupaten=32.73**")
    assert page.get_by_role("link", name="Posyandu Kenanga").is_visible()
    assert page.get_by_role("link", name="Pengajian Al-Ikhlas").count() == 0


@pytest.mark.parametrize("width", [375, 1280])
def test_near_me_sorts_by_distance_from_a_rounded_point(
    live_server, offline_page, directory, screenshot, assert_accessible, width
):
    page = offline_page
    page.context.grant_permissions(["geolocation"])
    page.context.set_geolocation({"latitude": -6.231234, "longitude": 106.864321})
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(live_server.url + "/kelompok/")
    if width == 375:
        page.locator(".filter-panel > summary").click()
    page.locator("#filter-pertemuan").select_option("tatap-muka")
    page.get_by_role("button", name="Urutkan dari yang terdekat").click()
    page.wait_for_url("**dekat=**")
    # Only the rounded point leaves the browser, next to the other filters.
    assert "dekat=-6.23%2C106.86" in page.url
    assert "pertemuan=tatap-muka" in page.url
    cards = page.locator(".group-list > li")
    assert "Pengajian Al-Ikhlas" in cards.nth(0).inner_text()
    # The reader stands in the same rounded square as the group.
    assert "Kurang dari 1 km dari Anda" in cards.nth(0).inner_text()
    assert "± 111 km dari Anda" in cards.nth(1).inner_text()
    assert "Posyandu Kenanga" in cards.nth(1).inner_text()
    screenshot(f"directory-near-me-{width}")
    assert_accessible()
    if width == 375:
        # Folded again on the new page; the chip above the results also removes it.
        assert page.get_by_role("link", name="Hapus filter Dekat lokasi saya").is_visible()
        page.locator(".filter-panel > summary").click()
    page.get_by_role("link", name="Urutkan seperti biasa").click()
    page.wait_for_url(lambda url: "dekat=" not in url)
    assert "pertemuan=tatap-muka" in page.url
    assert page.locator(".group-distance").count() == 0


def test_near_me_explains_when_the_location_is_refused(live_server, offline_page, directory):
    page = offline_page
    page.context.clear_permissions()
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_server.url + "/kelompok/")
    page.get_by_role("button", name="Urutkan dari yang terdekat").click()
    status = page.locator("[data-near-me-status]")
    status.filter(has_text="Lokasi Anda tidak dapat dibaca").wait_for()
    assert "dekat=" not in page.url
