"""Organisers hear back when moderators publish, send back or unpublish their group;
moderators get a mail for each "Laporkan data tidak sesuai" report."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from core.roles import MODERATORS
from groups_directory.models import GroupReport
from groups_directory.moderation import submit_revision
from tests.admin.english import english_in
from tests.groups_directory.factories import make_group

pytestmark = pytest.mark.django_db


@pytest.fixture
def moderator(django_user_model, client):
    user = django_user_model.objects.create_user(
        "moderator", "moderator@contoh.invalid", "rahasia-sekali", is_staff=True
    )
    user.groups.add(Group.objects.get(name=MODERATORS))
    client.force_login(user)
    return user


@pytest.fixture
def pending_group(directory):
    """A group registration waiting in the "Moderasi Kelompok" workflow."""
    page = make_group(
        directory, "Arisan Dahlia", contact_name="Bu Sinta", email="sinta@contoh.invalid"
    )
    page.unpublish()
    submit_revision(page, directory)
    page.refresh_from_db()
    return page


def _act(client, page, action, comment=""):
    task_state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    return client.post(url, {"comment": comment})


def _mails_to(mailoutbox, address):
    mails = [mail for mail in mailoutbox if address in mail.to]
    for mail in mails:
        assert not english_in([mail.subject, *mail.body.splitlines()]), mail.body
    return mails


def test_organiser_hears_when_the_group_is_approved(client, moderator, pending_group, mailoutbox):
    mailoutbox.clear()
    _act(client, pending_group, "approve")

    pending_group.refresh_from_db()
    assert pending_group.live
    [mail] = _mails_to(mailoutbox, "sinta@contoh.invalid")
    assert mail.subject == "Kelompok Arisan Dahlia sudah tayang di Guyub"
    assert "Halo Bu Sinta," in mail.body
    assert pending_group.full_url in mail.body
    assert "/kelola/" in mail.body  # the organiser's private link


def test_organiser_gets_the_moderators_comment_when_sent_back(
    client, moderator, pending_group, mailoutbox
):
    mailoutbox.clear()
    _act(client, pending_group, "reject", "Mohon lengkapi alamat tempat berkumpul.")

    [mail] = _mails_to(mailoutbox, "sinta@contoh.invalid")
    assert mail.subject == "Data kelompok Arisan Dahlia perlu diperbaiki"
    assert "Mohon lengkapi alamat tempat berkumpul." in mail.body
    assert "/kelola/" in mail.body


def test_organiser_hears_when_the_group_is_unpublished(client, moderator, directory, mailoutbox):
    group = make_group(directory, "Ronda Malam RW 02", email="ronda@contoh.invalid")
    mailoutbox.clear()

    client.post(reverse("wagtailadmin_pages:unpublish", args=[group.pk]))

    group.refresh_from_db()
    assert not group.live
    [mail] = _mails_to(mailoutbox, "ronda@contoh.invalid")
    assert mail.subject == "Kelompok Ronda Malam RW 02 tidak lagi tayang di Guyub"
    assert "Datanya tidak hilang." in mail.body


def test_moderators_get_a_mail_for_each_report(client, moderator, directory, mailoutbox):
    directory.moderator_email = "tim-moderasi@contoh.invalid"
    directory.save()
    group = make_group(directory, "Senam Pagi Melati")
    url = group.url + group.reverse_subpage("report_route")
    client.logout()
    mailoutbox.clear()

    for details in ("Nomor WA sudah mati.", "Jadwalnya pindah ke Sabtu."):
        client.post(url, {"reason": "kontak_salah", "details": details})

    reports = list(GroupReport.objects.order_by("created_at"))
    assert len(reports) == 2
    assert len(_mails_to(mailoutbox, "moderator@contoh.invalid")) == 2
    for mail, report in zip(mailoutbox, reports, strict=True):
        assert sorted(mail.to) == ["moderator@contoh.invalid", "tim-moderasi@contoh.invalid"]
        assert (
            mail.subject
            == "[Laporan] Data Senam Pagi Melati: Kontak tidak bisa dihubungi atau salah"
        )
        assert report.details in mail.body
        assert f"/admin/group_reports/edit/{report.pk}/" in mail.body
