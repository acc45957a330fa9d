import pytest
from wagtail.search.backends import get_search_backend

from home.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def pages():
    get_search_backend().reset_indexes()
    home = HomePage.objects.get()
    for title, intro in [
        ("Posyandu Melati", "Penimbangan balita dan imunisasi setiap Selasa pertama."),
        ("Arisan PKK RT 05", "Kegiatan arisan bulanan sambil berkelompok membahas kebersihan."),
        ("Kelompok Tani Subur", "Pengelompokan lahan dan jadwal tanam bersama."),
    ]:
        page = StandardPage(title=title, intro=intro)
        home.add_child(instance=page)
        page.save_revision().publish()


def test_search_page_shows_highlighted_results(
    live_server, page, pages, screenshot, assert_accessible
):
    page.goto(live_server.url + "/cari/?q=kelompok")

    results = page.locator(".search-result")
    assert results.count() == 2
    assert page.locator(".search-result mark").first.is_visible()
    screenshot("search-results-1280")
    assert_accessible()


def test_search_page_suggests_a_spelling(live_server, page, pages, screenshot):
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(live_server.url + "/cari/?q=posyandu+balta")

    assert page.get_by_text("Mungkin maksud Anda:").is_visible()
    screenshot("search-suggestion-375")
    page.get_by_role("link", name="posyandu balita").click()
    page.wait_for_url("**/cari/?q=posyandu%20balita")
    assert page.locator(".search-result").count() == 1


def test_header_box_suggests_titles_as_you_type(live_server, page, pages, screenshot):
    page.goto(live_server.url + "/")
    box = page.get_by_role("searchbox", name="Cari di Guyub")

    box.press_sequentially("posy", delay=50)
    option = page.get_by_role("option", name="Posyandu Melati")
    option.wait_for()
    screenshot("search-autocomplete-1280")
    box.press("ArrowDown")
    box.press("Enter")

    page.wait_for_url("**/posyandu-melati/")
