import pytest
from django.urls import reverse
from django_comments_xtd.models import XtdComment

pytestmark = pytest.mark.django_db

POST_URL = "/komentar/kirim/"


def test_page_shows_the_indonesian_form(client, commentable_page):
    html = client.get(commentable_page.url).content.decode()
    assert "Tinggalkan Balasan" in html
    assert "Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *" in html
    assert "Beri tahu saya komentar lanjutan melalui email" in html
    for label in ("Nama", "Email", "Situs web", "Komentar"):
        assert f"{label} <span" in html or f">{label}</label>" in html


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
