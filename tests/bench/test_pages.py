"""The bulk page helper the benchmark generators use must build a valid Wagtail tree."""

import pytest
from wagtail.models import Page

from bench.pages import add_revisions, bulk_add_children
from home.models import StandardPage

pytestmark = pytest.mark.django_db


def make_pages(prefix, count):
    return [StandardPage(title=f"{prefix} {i}", slug=f"{prefix}-{i}") for i in range(count)]


def test_bulk_pages_form_a_valid_tree_next_to_existing_children(client, home_page):
    existing = home_page.add_child(instance=StandardPage(title="Lama", slug="lama"))
    created = bulk_add_children(home_page, make_pages("baru", 30))
    nested = bulk_add_children(created[5], make_pages("anak", 3))

    assert Page.find_problems() == ([], [], [], [], [])
    home_page.refresh_from_db()
    assert home_page.numchild == 31
    assert list(home_page.get_children().values_list("slug", flat=True)) == [
        "lama",
        *(f"baru-{i}" for i in range(30)),
    ]
    assert existing.get_next_sibling().slug == "baru-0"
    assert client.get("/baru-29/").status_code == 200
    response = client.get("/baru-5/anak-2/")
    assert response.status_code == 200
    assert b"anak 2" in response.content
    assert nested[2].get_parent().specific == created[5]


def test_bulk_pages_can_be_edited_and_published_like_any_page(home_page):
    page = bulk_add_children(home_page, make_pages("ubah", 2))[1]
    page = StandardPage.objects.get(pk=page.pk)
    page.title = "Sudah diubah"
    page.save_revision().publish()
    assert StandardPage.objects.get(pk=page.pk).title == "Sudah diubah"


def test_revisions_are_added_only_where_asked(home_page):
    pages = bulk_add_children(home_page, make_pages("riwayat", 4))
    add_revisions(pages[:2])
    with_revision = StandardPage.objects.filter(latest_revision__isnull=False)
    assert sorted(p.slug for p in with_revision) == ["riwayat-0", "riwayat-1"]
    revision = StandardPage.objects.get(slug="riwayat-0").get_latest_revision_as_object()
    assert revision.title == "riwayat 0"
