import pytest

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_home_page_shows_indonesian_chrome(live_server, page, screenshot, assert_accessible):
    response = page.goto(live_server.url + "/")

    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == "id"
    nav = page.get_by_role("navigation", name="Navigasi utama")
    assert nav.get_by_role("link", name="Beranda").is_visible()
    search_box = page.get_by_role("searchbox", name="Cari di Guyub")
    assert search_box.is_visible()

    screenshot("home-1280")
    assert_accessible()

    search_box.fill("arisan")
    search_box.press("Enter")
    page.wait_for_url("**/cari/?q=arisan")
    assert page.get_by_role("heading", name="Cari", exact=True).is_visible()
    assert_accessible()


def test_home_page_on_a_phone(live_server, page, screenshot, assert_accessible):
    page.set_viewport_size({"width": 375, "height": 800})
    response = page.goto(live_server.url + "/")
    assert response.status == 200
    assert page.get_by_role("heading", level=1).inner_text().startswith("Guyub")
    assert page.get_by_role("searchbox", name="Cari di Guyub").is_visible()
    screenshot("home-375")
    assert_accessible()
