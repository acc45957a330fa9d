"""Places count: a query naming a place lists what is there first."""

import pytest
from wagtail.models import Page

from groups_directory.models import GroupDirectoryPage, GroupPage, Region
from tests.groups_directory.factories import make_group

pytestmark = pytest.mark.django_db


@pytest.fixture
def directory(home_page, search_backend):
    page = GroupDirectoryPage(title="Direktori Kelompok", slug="kelompok")
    home_page.add_child(instance=page)
    return page


def _district_of(regency_code):
    return Region.objects.filter(code__startswith=regency_code + ".").order_by("code").first()


@pytest.mark.parametrize("query", ["arisan sleman", "komunitas arisan di sleman"])
def test_groups_in_the_named_place_come_first(directory, make_page, query):
    sleman = _district_of("34.04")
    elsewhere = _district_of("31.74")
    make_group(directory, "Arisan Melati", region=elsewhere.code, description="Arisan arisan")
    make_group(directory, "Arisan Mawar", region=sleman.code)
    make_page("Kabar arisan", intro="Arisan warga, arisan bulanan, arisan RT")

    titles = [page.title for page in Page.objects.live().search(query)]

    assert titles[0] == "Arisan Mawar"
    assert set(titles) >= {"Arisan Melati", "Kabar arisan"}


def test_place_names_are_searchable_on_group_pages_at_every_level(directory):
    sleman = _district_of("34.04")
    make_group(directory, "Paguyuban Guyub", region=sleman.code)

    for name in (sleman.name, "Sleman", "Yogyakarta"):
        assert [g.title for g in GroupPage.objects.search(name)] == ["Paguyuban Guyub"], name


@pytest.mark.parametrize(
    ("query", "topic", "place", "regency"),
    [
        ("komunitas di surabaya", "komunitas", "Surabaya", "35.78"),
        ("arisan sleman", "arisan", "Sleman", "34.04"),
    ],
)
def test_groups_and_articles_about_the_named_place_come_before_the_rest(
    directory, make_page, query, topic, place, regency
):
    elsewhere = _district_of("31.74")
    make_group(directory, f"{topic} Melati", region=elsewhere.code, description=topic)
    make_group(directory, f"{topic} Mawar", region=_district_of(regency).code)
    make_page(f"Kabar {topic} warga", intro=f"{topic} {topic} {topic} di balai, {topic} bulanan")
    make_page(f"Temu {topic} di {place}", intro=f"Pertemuan {topic} warga kota {place}")

    titles = [page.title for page in Page.objects.live().search(query)]

    assert set(titles[:2]) == {f"{topic} Mawar", f"Temu {topic} di {place}"}, titles
    assert set(titles[2:]) >= {f"{topic} Melati", f"Kabar {topic} warga"}
