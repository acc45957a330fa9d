import pytest
from django.test import Client
from django.urls import reverse
from django_comments_xtd.models import XtdComment

from comments.templatetags import comments_tags

pytestmark = pytest.mark.django_db

POST_URL = "/komentar/kirim/"


def test_page_shows_the_indonesian_form(client, commentable_page):
    html = client.get(commentable_page.url).content.decode()
    assert "Tinggalkan Balasan" in html
    assert "Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *" in html
    assert "Beri tahu saya komentar lanjutan melalui email" in html
    for label in ("Nama", "Email", "Situs web", "Komentar"):
        assert f"{label} <span" in html or f">{label}</label>" in html


def test_blank_form_fields_render_once_and_never_stand_in_for_a_personal_form(
    client, commentable_page, owner, comment_data
):
    comments_tags._blank_form_fields.clear()
    first = Client().get(commentable_page.url)
    second = Client().get(commentable_page.url)
    assert "comments/form_fields.html" in [t.name for t in first.templates]
    assert "comments/form_fields.html" not in [t.name for t in second.templates]
    assert second.content.decode().count('name="comment"') == 1

    # A logged-in reader's name and the errors of a failed post are rendered for them.
    reader = Client()
    reader.force_login(owner)
    assert 'value="redaksi@guyub.test"' in reader.get(commentable_page.url).content.decode()
    response = client.post(POST_URL, comment_data(commentable_page, name="Siti Ayu", comment=""))
    html = response.content.decode()
    assert response.status_code == 400
    assert 'value="Siti Ayu"' in html
    assert "Ruas ini wajib diisi." in html
    assert 'aria-invalid="true"' in html
    assert "redaksi@guyub.test" not in Client().get(commentable_page.url).content.decode()


def test_anonymous_comment_waits_for_email_confirmation(
    client, commentable_page, comment_data, confirm_link, mailoutbox
):
    response = client.post(POST_URL, comment_data(commentable_page))

    assert response.status_code == 200
    assert "Periksa email Anda" in response.content.decode()
    assert not XtdComment.objects.exists()
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == ["siti@contoh.id"]

    response = client.get(confirm_link(mailoutbox[0]))

    comment = XtdComment.objects.get()
    assert response.status_code == 303
    assert response["Location"] == f"{commentable_page.url}#c{comment.pk}"
    assert comment.is_public
    page_html = client.get(commentable_page.url).content.decode()
    assert "sampai ketemu di arisan" in page_html
    assert f'id="c{comment.pk}"' in page_html


def test_confirmation_link_used_twice_stores_one_comment(
    client, commentable_page, comment_data, confirm_link, mailoutbox
):
    client.post(POST_URL, comment_data(commentable_page))
    link = confirm_link(mailoutbox[0])
    client.get(link)
    second = client.get(link)
    assert second.status_code == 303
    assert XtdComment.objects.count() == 1


def test_second_comment_from_confirmed_address_posts_directly(
    client, commentable_page, comment_data, confirm_link, mailoutbox
):
    client.post(POST_URL, comment_data(commentable_page))
    client.get(confirm_link(mailoutbox[0]))

    response = client.post(POST_URL, comment_data(commentable_page, comment="Komentar kedua."))

    assert response.status_code == 303
    assert XtdComment.objects.count() == 2
    assert len([m for m in mailoutbox if "Konfirmasi" in m.subject]) == 1


def test_confirmation_can_be_switched_off(client, commentable_page, comment_data, comment_settings):
    comment_settings.require_email_confirmation = False
    comment_settings.save()
    response = client.post(POST_URL, comment_data(commentable_page))
    assert response.status_code == 303
    assert XtdComment.objects.get().is_public


def test_logged_in_user_posts_directly(client, commentable_page, comment_data, owner, mailoutbox):
    client.force_login(owner)
    response = client.post(POST_URL, comment_data(commentable_page, email="redaksi@guyub.test"))
    assert response.status_code == 303
    comment = XtdComment.objects.get()
    assert comment.user == owner
    assert not [m for m in mailoutbox if "Konfirmasi" in m.subject]


def test_tampered_confirmation_link_is_a_polite_400(client):
    response = client.get(reverse("comments:confirm", args=["bukan-kunci-yang-sah"]))
    assert response.status_code == 400
    assert "Tautan konfirmasi tidak valid" in response.content.decode()
