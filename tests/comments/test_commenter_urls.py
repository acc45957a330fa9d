"""A commenter's website is only ever rendered as a link when it is an http(s) address."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.contrib.sites.models import Site
from django.utils import timezone
from django_comments_xtd.models import XtdComment

pytestmark = pytest.mark.django_db


def _comment(page, name, url):
    return XtdComment.objects.create(
        content_type=ContentType.objects.get_for_model(type(page)),
        object_pk=str(page.pk),
        site=Site.objects.get_current(),
        user_name=name,
        user_url=url,
        comment="Komentar lama dari impor.",
        submit_date=timezone.now(),
        is_public=True,
    )


def test_stored_non_http_commenter_urls_are_not_rendered_as_links(client, commentable_page):
    # Stored before the import checked schemes, or written directly to the database.
    _comment(commentable_page, "Penyusup", "javascript:alert(document.cookie)")
    _comment(commentable_page, "Data", " DATA:text/html,<b>x</b>")
    _comment(commentable_page, "Andi", "https://andi.contoh.id/")

    html = client.get(commentable_page.url).content.decode()

    assert "javascript:" not in html
    assert "data:text" not in html.lower()
    assert 'href="https://andi.contoh.id/"' in html
    assert "Penyusup" in html and "Data" in html
