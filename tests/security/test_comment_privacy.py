"""Comments on pages a visitor may not see stay out of every public listing (issue #19, 4-5).

A password-protected, a login-only and an unpublished page each carry a published
comment; the latest-comments feed, the report page, like/dislike pages and the
permalink redirect must treat them as if they did not exist.
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django_comments_xtd.models import XtdComment
from wagtail.models import PageViewRestriction

from home.models import StandardPage

pytestmark = pytest.mark.django_db


def add_comment(page, text, *, public=True, name="Budi"):
    comment = XtdComment(
        content_object=page,
        site_id=1,
        user_name=name,
        user_email="budi@contoh.id",
        comment=text,
        is_public=public,
    )
    comment.save()
    return comment


def make_page(home_page, title, slug, *, publish=True):
    page = StandardPage(title=title, slug=slug, intro="", comments_enabled=True, live=publish)
    home_page.add_child(instance=page)
    if publish:
        page.save_revision().publish()
    else:
        page.save_revision()
    return page


@pytest.fixture
def pages(home_page):
    public = make_page(home_page, "Kerja Bakti Minggu", "kerja-bakti")
    password = make_page(home_page, "Rapat Pengurus Tertutup", "rapat-pengurus")
    PageViewRestriction.objects.create(
        page=password, restriction_type=PageViewRestriction.PASSWORD, password="rahasia"
    )
    login = make_page(home_page, "Daftar Iuran Warga", "daftar-iuran")
    PageViewRestriction.objects.create(page=login, restriction_type=PageViewRestriction.LOGIN)
    draft = make_page(home_page, "Rencana Penggusuran Rahasia", "rencana-rahasia", publish=False)
    return {"public": public, "password": password, "login": login, "draft": draft}


@pytest.fixture
def comments(pages):
    return {
        key: add_comment(page, f"Isi komentar di halaman {key}", name=f"Penulis {key}")
        for key, page in pages.items()
    }


PRIVATE = ("password", "login", "draft")


def test_latest_comments_feed_leaves_out_comments_on_hidden_pages(client, pages, comments):
    body = client.get("/komentar/terbaru/feed/").content.decode()
    assert "Isi komentar di halaman public" in body
    for key in PRIVATE:
        assert f"Isi komentar di halaman {key}" not in body
        assert f"Penulis {key}" not in body
        assert pages[key].title not in body
        assert pages[key].slug not in body


@pytest.mark.parametrize("key", PRIVATE)
def test_report_page_of_a_comment_on_a_hidden_page_is_not_found(client, pages, comments, key):
    comment = comments[key]
    response = client.get(f"/komentar/{comment.pk}/laporkan/")
    assert response.status_code == 404
    assert pages[key].title not in response.content.decode()
    assert client.post(f"/komentar/{comment.pk}/laporkan/").status_code == 404


def test_report_page_of_a_comment_on_a_public_page_still_works(client, pages, comments):
    response = client.get(f"/komentar/{comments['public'].pk}/laporkan/")
    assert response.status_code == 200
    assert "Kerja Bakti Minggu" in response.content.decode()


@pytest.mark.parametrize("key", PRIVATE)
@pytest.mark.parametrize("kind", ["like", "dislike"])
def test_comments_on_hidden_pages_cannot_be_liked(client, comments, key, kind):
    client.force_login(get_user_model().objects.create_user("warga", password="warga-rahasia"))
    response = client.post(f"/komentar/{comments[key].pk}/tanggapi/", {"kind": kind})
    assert response.status_code == 404
    assert comments[key].reactions.count() == 0


def permalink(obj):
    return f"/komentar/cr/{ContentType.objects.get_for_model(obj).pk}/{obj.pk}/"


def test_permalink_of_a_public_page_redirects_to_it(client, pages):
    response = client.get(permalink(pages["public"]))
    assert response.status_code == 302
    assert response["Location"].endswith("/kerja-bakti/")


@pytest.mark.parametrize("key", PRIVATE)
def test_permalink_of_a_hidden_page_is_not_found(client, pages, key):
    response = client.get(permalink(pages[key]))
    assert response.status_code == 404
    assert pages[key].slug not in response.get("Location", "")


def test_permalink_of_a_visible_comment_goes_to_its_anchor(client, comments):
    comment = comments["public"]
    response = client.get(permalink(comment))
    assert response.status_code == 302
    assert response["Location"].endswith(f"/kerja-bakti/#c{comment.pk}")


def test_permalink_of_a_held_or_removed_comment_is_not_found(client, pages):
    held = add_comment(pages["public"], "Menunggu moderasi", public=False)
    removed = add_comment(pages["public"], "Sudah dihapus")
    removed.is_removed = True
    removed.save()
    for comment in (held, removed):
        response = client.get(permalink(comment))
        assert response.status_code == 404
        assert "kerja-bakti" not in response.get("Location", "")


@pytest.mark.parametrize("key", PRIVATE)
def test_permalink_of_a_comment_on_a_hidden_page_is_not_found(client, comments, key):
    assert client.get(permalink(comments[key])).status_code == 404


def test_permalink_of_a_model_that_is_not_a_page_is_not_found(client, django_user_model):
    user = django_user_model.objects.create_user("korban", password="rahasia-korban")
    assert client.get(permalink(user)).status_code == 404


def test_comment_permalink_reverses_to_the_guarded_view(comments):
    comment = comments["public"]
    assert comment.get_absolute_url().startswith(permalink(comments["public"].content_object)[:-1])
