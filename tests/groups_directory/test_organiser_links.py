"""The organiser's private link: versioned per group, expiring, canonical, renewable by mail."""

import re
import time
from unittest import mock

import pytest
from django.core import mail, signing
from django.test import override_settings

from groups_directory.models import GroupPage
from groups_directory.moderation import TOKEN_SALT, organiser_token
from tests.groups_directory.factories import make_group

pytestmark = pytest.mark.django_db

EXPIRED_TITLE = "Tautan pengurus sudah tidak berlaku"
LINK_RE = re.compile(r"http://testserver(/kelompok/kelola/\d+/[\w-]+/)")


@pytest.fixture
def group(directory):
    return make_group(
        directory, "Arisan Melati", contact_name="Bu Rina", email="rina@contoh.invalid"
    )


def manage_link(directory, group):
    group.refresh_from_db()
    return directory.url + f"kelola/{group.pk}/{organiser_token(group)}/"


def new_link_url(directory):
    return directory.url + "kelola/tautan-baru/"


def assert_offers_fresh_link(response, directory):
    assert response.status_code == 410
    html = response.content.decode()
    assert EXPIRED_TITLE in html
    assert f'action="{new_link_url(directory)}"' in html


def links_in_mail_to(address):
    bodies = [message.body for message in mail.outbox if address in message.to]
    return [link for body in bodies for link in LINK_RE.findall(body)]


def test_link_opens_the_organisers_page(client, directory, group):
    response = client.get(manage_link(directory, group))
    assert response.status_code == 200
    assert response.context["group"] == group


def test_non_canonical_group_id_is_not_found(client, directory, group):
    token = organiser_token(group)
    assert client.get(directory.url + f"kelola/0{group.pk}/{token}/").status_code == 404
    assert client.get(directory.url + f"kelola/{group.pk}/{token}/").status_code == 200


def test_link_for_one_group_does_not_open_another(client, directory, group):
    other = make_group(directory, "Arisan Mawar")
    token = organiser_token(group)
    assert client.get(directory.url + f"kelola/{other.pk}/{token}/").status_code == 404


@override_settings(GUYUB_ORGANISER_LINK_DAYS=7)
def test_link_expires_after_the_configured_days(client, directory, group):
    eight_days_ago = time.time() - 8 * 24 * 60 * 60
    with mock.patch("django.core.signing.time.time", return_value=eight_days_ago):
        old = manage_link(directory, group)
    six_days_ago = time.time() - 6 * 24 * 60 * 60
    with mock.patch("django.core.signing.time.time", return_value=six_days_ago):
        recent = manage_link(directory, group)
    assert_offers_fresh_link(client.get(old), directory)
    assert_offers_fresh_link(client.post(old, {"action": "masih_aktif"}), directory)
    assert client.get(recent).status_code == 200


def test_links_from_before_versioning_offer_a_fresh_one(client, directory, group):
    legacy = signing.Signer(salt=TOKEN_SALT).sign(str(group.pk)).rsplit(":", 1)[1]
    response = client.get(directory.url + f"kelola/{group.pk}/{legacy}/")
    assert_offers_fresh_link(response, directory)


def test_published_contact_change_revokes_old_links(client, directory, group):
    old = manage_link(directory, group)
    group.email = "pengurus-baru@contoh.invalid"
    group.save_revision().publish()
    assert_offers_fresh_link(client.get(old), directory)
    assert client.get(manage_link(directory, group)).status_code == 200
    # The new organiser's "sudah tayang" mail carries a link that works.
    [link] = links_in_mail_to("pengurus-baru@contoh.invalid")
    assert client.get(link).status_code == 200


def test_changes_to_other_fields_keep_the_link(client, directory, group):
    old = manage_link(directory, group)
    group.summary = "Ringkasan yang diperbarui"
    group.save_revision().publish()
    assert client.get(old).status_code == 200


def test_publishing_an_older_revision_does_not_bring_revoked_links_back(client, directory, group):
    revision = group.save_revision()
    old = manage_link(directory, group)
    client.post(old, {"action": "tautan_baru"})
    revision.publish()
    assert_offers_fresh_link(client.get(old), directory)


def test_organiser_can_revoke_the_link_and_get_a_new_one(client, directory, group):
    old = manage_link(directory, group)
    mail.outbox.clear()
    response = client.post(old, {"action": "tautan_baru"}, follow=True)
    assert response.redirect_chain[-1][0] == new_link_url(directory)
    assert "Tautan lama sudah tidak berlaku" in response.content.decode()
    assert_offers_fresh_link(client.get(old), directory)
    [link] = links_in_mail_to("rina@contoh.invalid")
    assert client.get(link).status_code == 200


def test_new_link_page_mails_the_registered_address(client, directory, group):
    mail.outbox.clear()
    response = client.post(new_link_url(directory), {"email": "RINA@contoh.invalid"})
    assert response.status_code == 302
    [link] = links_in_mail_to("rina@contoh.invalid")
    assert client.get(link).status_code == 200
    assert [message.to for message in mail.outbox] == [["rina@contoh.invalid"]]


def test_new_link_page_does_not_tell_whether_an_address_is_registered(client, directory, group):
    mail.outbox.clear()
    answers = [
        client.post(new_link_url(directory), {"email": address}, follow=True)
        for address in ("rina@contoh.invalid", "orang-lain@contoh.invalid")
    ]
    assert [a.redirect_chain for a in answers] == [[(new_link_url(directory), 302)]] * 2
    messages = [[str(m) for m in a.context["messages"]] for a in answers]
    assert messages[0] == messages[1]
    assert "Jika alamat itu terdaftar" in messages[0][0]
    assert [message.to for message in mail.outbox] == [["rina@contoh.invalid"]]


def test_new_link_page_is_rate_limited_and_refuses_bad_input(client, directory, group):
    url = new_link_url(directory)
    assert client.get(url).status_code == 200
    assert client.post(url, {"email": "bukan-email"}).status_code == 400
    for _attempt in range(12):
        response = client.post(url, {"email": "rina@contoh.invalid"})
    assert response.status_code == 429
    assert response["Cache-Control"].startswith("max-age=0")


def test_stored_link_version_ignores_a_stale_copy(directory, group):
    stale = GroupPage.objects.get(pk=group.pk)
    GroupPage.objects.filter(pk=group.pk).update(organiser_link_version=5)
    stale.title = "Arisan Melati RT 02"
    stale.save()
    group.refresh_from_db()
    assert group.organiser_link_version == 5


def test_group_without_email_cannot_lock_itself_out(client, directory):
    group = make_group(directory, "Ronda RT 03", email="")
    link = manage_link(directory, group)
    assert "Cabut tautan lama" not in client.get(link).content.decode()
    client.post(link, {"action": "tautan_baru"})
    assert client.get(link).status_code == 200
