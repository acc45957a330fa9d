"""Commented pages under the anonymous page cache (core/cache.py)."""

import pytest
from django.test import Client
from django_comments_xtd.models import XtdComment

from home.models import SiteSettings

pytestmark = pytest.mark.django_db

POST_URL = "/komentar/kirim/"
CACHE_HEADER = "X-Guyub-Cache"


@pytest.fixture(autouse=True)
def page_cache_on(settings, site, comment_settings):
    settings.GUYUB_PAGE_CACHE = True
    SiteSettings.for_site(site)  # created on the first view otherwise, which bumps once


def test_visitor_with_a_cached_page_can_comment_and_then_sees_it(
    commentable_page, comment_data, confirm_link, mailoutbox
):
    Client().get(commentable_page.url)  # another reader filled the cache
    visitor = Client(enforce_csrf_checks=True)
    page = visitor.get(commentable_page.url)
    assert page[CACHE_HEADER] == "hit"
    html = page.content.decode()
    assert "Tinggalkan Balasan" in html
    assert 'name="csrfmiddlewaretoken" value=""' in html

    token = visitor.get("/csrf/").json()["token"]  # what static/js/csrf.js does
    response = visitor.post(
        POST_URL, {**comment_data(commentable_page), "csrfmiddlewaretoken": token}
    )
    assert response.status_code == 200
    assert "Periksa email Anda" in response.content.decode()

    visitor.get(confirm_link(mailoutbox[0]))
    assert XtdComment.objects.get().is_public

    fresh = Client().get(commentable_page.url)
    assert fresh[CACHE_HEADER] == "miss"
    assert "sampai ketemu di arisan" in fresh.content.decode()
    # Name shown with the comment, but the e-mail address is nobody else's business.
    assert "siti@contoh.id" not in fresh.content.decode()


def test_approving_a_comment_refreshes_the_cached_page(
    commentable_page, comment_data, comment_settings
):
    comment_settings.require_email_confirmation = False
    comment_settings.save()
    Client().post(POST_URL, comment_data(commentable_page, comment="Menunggu moderasi."))
    comment = XtdComment.objects.get()
    comment.is_public = False
    comment.save()
    assert "Menunggu moderasi" not in Client().get(commentable_page.url).content.decode()
    assert Client().get(commentable_page.url)[CACHE_HEADER] == "hit"

    comment.is_public = True  # what the moderator's "Setujui" does
    comment.save()

    assert "Menunggu moderasi" in Client().get(commentable_page.url).content.decode()


def test_logged_in_readers_get_their_own_prefilled_form_never_cached(commentable_page, owner):
    owner.first_name = "Redaksi Guyub"
    owner.save()
    reader = Client()
    reader.force_login(owner)
    response = reader.get(commentable_page.url)
    assert CACHE_HEADER not in response
    anonymous = Client().get(commentable_page.url)
    assert "redaksi@guyub.test" not in anonymous.content.decode()
