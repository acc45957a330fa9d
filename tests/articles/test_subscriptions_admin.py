"""Editors see and remove new-article mail subscribers; nobody adds one by hand."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from articles.models import Subscriber, SubscriberStatus
from core.roles import EDITORS, MODERATORS, WRITERS

pytestmark = pytest.mark.django_db

INDEX_URL = "/admin/subscribers/"


def member_of(group_name):
    user = get_user_model().objects.create_user(group_name.lower(), password="sandi")
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def subscribers():
    now = timezone.now()
    return [
        Subscriber.objects.create(
            email="ani@contoh.id", status=SubscriberStatus.CONFIRMED, confirmed_at=now
        ),
        Subscriber.objects.create(
            email="budi@contoh.id", status=SubscriberStatus.CONFIRMED, confirmed_at=now
        ),
        Subscriber.objects.create(email="citra@contoh.id", confirmation_sent_at=now),
    ]


def test_editor_sees_the_list_with_a_count_per_status(client, subscribers):
    client.force_login(member_of(EDITORS))
    dashboard = client.get("/admin/").content.decode()
    assert "Pelanggan Email" in dashboard

    html = client.get(INDEX_URL).content.decode()

    assert "Aktif: <strong>2</strong>" in html
    assert "Menunggu konfirmasi: <strong>1</strong>" in html
    for subscriber in subscribers:
        assert subscriber.email in html


def test_editor_searches_filters_and_deletes(client, subscribers):
    client.force_login(member_of(EDITORS))

    found = client.get(INDEX_URL, {"q": "budi"}).content.decode()
    assert "budi@contoh.id" in found and "ani@contoh.id" not in found
    pending = client.get(INDEX_URL, {"status": "pending"}).content.decode()
    assert "citra@contoh.id" in pending and "ani@contoh.id" not in pending

    response = client.post(f"{INDEX_URL}delete/{subscribers[0].pk}/")
    assert response.status_code == 302
    assert not Subscriber.objects.filter(email="ani@contoh.id").exists()


@pytest.mark.parametrize("as_superuser", [False, True])
def test_nobody_adds_or_edits_a_subscriber_by_hand(client, subscribers, as_superuser):
    if as_superuser:
        user = get_user_model().objects.create_superuser("admin", "admin@contoh.id", "sandi")
    else:
        user = member_of(EDITORS)
    client.force_login(user)

    assert client.get(f"{INDEX_URL}new/").status_code in (302, 403)
    assert client.get(f"{INDEX_URL}edit/{subscribers[0].pk}/").status_code in (302, 403)
    assert 'href="/admin/subscribers/new/"' not in client.get(INDEX_URL).content.decode()


@pytest.mark.parametrize("role", [WRITERS, MODERATORS])
def test_other_roles_do_not_see_subscribers(client, subscribers, role):
    client.force_login(member_of(role))

    assert "Pelanggan Email" not in client.get("/admin/").content.decode()
    assert client.get(INDEX_URL).status_code in (302, 403)
