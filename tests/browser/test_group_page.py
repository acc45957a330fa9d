"""A group's page on a 375 px phone and a 1280 px screen: the map shows where it meets
(a pin, or a circle when only the area is public) and the share bar offers WhatsApp and
Telegram."""

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
    return directory


@pytest.mark.parametrize("width", [375, 1280])
def test_group_page_pins_its_meeting_place_and_shares(
    live_server, offline_page, directory, screenshot, assert_accessible, width
):
    group = make_group(
        directory,
        "Pengajian Al-Ikhlas",
        latitude=Decimal("-6.2300"),
        longitude=Decimal("106.8600"),
        show_area_only=False,
    )
    page = offline_page
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(live_server.url + group.url)
    map_box = page.locator("#peta-lokasi")
    map_box.wait_for(state="visible")
    assert page.locator("#peta-lokasi .leaflet-marker-icon").count() == 1
    box = map_box.bounding_box()
    assert 0 < box["width"] <= width
    share = page.get_by_role("region", name="Bagikan kelompok ini")
    assert (
        share.get_by_role("link", name="WhatsApp")
        .get_attribute("href")
        .startswith("https://wa.me/?text=")
    )
    assert (
        share.get_by_role("link", name="Telegram")
        .get_attribute("href")
        .startswith("https://t.me/share/url?url=")
    )
    assert_accessible()
    screenshot(f"group-page-{width}")


def test_area_only_group_gets_a_circle_not_a_pin(live_server, offline_page, directory):
    group = make_group(
        directory,
        "Arisan Melati",
        latitude=Decimal("-6.2345"),
        longitude=Decimal("106.8612"),
        show_area_only=True,
    )
    page = offline_page
    page.goto(live_server.url + group.url)
    page.locator("#peta-lokasi path.leaflet-interactive").wait_for()
    assert page.locator("#peta-lokasi .leaflet-marker-icon").count() == 0
