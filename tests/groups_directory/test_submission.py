"""Public "Daftarkan Kelompok": drafts in moderation, validation, spam and email failures."""

import re

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from wagtail.models import Page, WorkflowState

from core.roles import MODERATORS
from groups_directory.models import GroupPage
from groups_directory.moderation import WORKFLOW_NAME

pytestmark = pytest.mark.django_db


@pytest.fixture
def moderator(django_user_model):
    user = django_user_model.objects.create_user(
        "moderator", "moderator@contoh.invalid", "rahasia-sekali", is_staff=True
    )
    user.groups.add(Group.objects.get(name=MODERATORS))
    return user


@pytest.fixture
def submit_url(directory):
    return directory.url + directory.reverse_subpage("submit_route")


def valid_data(**changes):
    data = {
        "name": "Arisan Dahlia RT 04",
        "summary": "Arisan bulanan ibu-ibu RT 04 sambil belajar memasak.",
        "category": "",
        "description": "Kami berkumpul sebulan sekali.\n\nAnggota baru disambut.",
        "provinsi": "31",
        "kabupaten": "31.74",
        "kecamatan": "31.74.01",
        "desa": "31.74.01.1001",
        "rt": "4",
        "rw": "5",
        "address": "Jl. Dahlia No. 4",
        "show_area_only": "on",
        "schedule_frequency": "monthly",
        "schedule_weekday": "3",
        "schedule_week_of_month": "2",
        "schedule_start_time": "19:30",
        "place_type": "rumah_bergilir",
        "audience": "ibu",
        "is_open": "on",
        "member_count": "20",
        "founded_year": "2015",
        "dues": "Rp50.000 per bulan",
        "contact_name": "Bu Sinta",
        "whatsapp": "0812-3456-7890",
        "email": "sinta@contoh.invalid",
        "social_url": "https://www.instagram.com/arisan.dahlia",
        "situs_web": "",
    }
    data.update(changes)
    return data


@pytest.fixture
def category():
    from groups_directory.models import GroupCategory

    return GroupCategory.objects.get(slug="arisan")


def test_submission_form_renders(client, submit_url):
    response = client.get(submit_url)
    assert response.status_code == 200
    assert "Daftarkan Kelompok" in response.content.decode()


def test_submission_creates_a_draft_in_the_moderation_workflow(
    client, directory, submit_url, category, moderator
):
    response = client.post(submit_url, valid_data(category=category.pk))
    assert response.status_code == 302, response.context["form"].errors
    group = GroupPage.objects.get()
    assert not group.live
    assert group.title == "Arisan Dahlia RT 04"
    assert group.get_parent().pk == directory.pk
    assert group.whatsapp == "+6281234567890"
    assert group.region_id == "31.74.01.1001"
    assert (group.province_id, group.regency_id, group.district_id) == ("31", "31.74", "31.74.01")
    assert (group.rt, group.rw) == ("004", "005")
    assert group.schedule.describe() == "Minggu kedua setiap bulan, hari Kamis pukul 19.30 WIB"
    state = WorkflowState.objects.for_instance(group).get()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == WORKFLOW_NAME
    assert group.social_links.get().platform == "instagram"
    # Not visible to readers until approved.
    assert client.get(directory.url).context["groups"].paginator.count == 0
    assert client.get("/kelompok/arisan-dahlia-rt-04/").status_code == 404
    # The organiser and the moderators are told.
    recipients = {address for message in mail.outbox for address in message.to}
    assert "sinta@contoh.invalid" in recipients
    assert "moderator@contoh.invalid" in recipients


def test_moderator_approval_publishes_the_group(client, directory, submit_url, category, moderator):
    client.post(submit_url, valid_data(category=category.pk))
    group = GroupPage.objects.get()
    state = WorkflowState.objects.for_instance(group).get()
    task_state = state.current_task_state
    task_state.task.specific.on_action(task_state, moderator, "approve")
    group.refresh_from_db()
    assert group.live
    assert client.get(group.url).status_code == 200
    assert client.get(directory.url).context["groups"].paginator.count == 1


def test_organiser_link_shows_status_and_sends_corrections(client, directory, submit_url, category):
    client.post(submit_url, valid_data(category=category.pk))
    group = GroupPage.objects.get()
    organiser_mail = next(m for m in mail.outbox if "sinta@contoh.invalid" in m.to)
    link = re.search(r"http://testserver(/kelompok/kelola/\S+)", organiser_mail.body).group(1)
    response = client.get(link)
    assert response.status_code == 200
    assert response.context["status"] == "pending"
    revisions_before = group.revisions.count()
    response = client.post(link, valid_data(category=category.pk, name="Arisan Dahlia RT 04/05"))
    assert response.status_code == 302
    group.refresh_from_db()
    assert group.revisions.count() == revisions_before + 1
    assert group.get_latest_revision_as_object().title == "Arisan Dahlia RT 04/05"
    states = WorkflowState.objects.for_instance(group)
    assert states.filter(status=WorkflowState.STATUS_IN_PROGRESS).count() == 1
    assert not group.live


def test_tampered_organiser_link_is_not_found(client, directory, submit_url, category):
    client.post(submit_url, valid_data(category=category.pk))
    group = GroupPage.objects.get()
    url = directory.url + f"kelola/{group.pk}/bukan-tanda-tangan/"
    assert client.get(url).status_code == 404


def test_organiser_can_confirm_still_active(client, directory, category):
    from groups_directory.moderation import organiser_token

    from .factories import make_group

    group = make_group(directory, "Kelompok Lama")
    GroupPage.objects.filter(pk=group.pk).update(last_updated_at="2020-01-01T00:00:00Z")
    group.refresh_from_db()
    assert group.is_possibly_inactive
    url = directory.url + f"kelola/{group.pk}/{organiser_token(group)}/"
    assert client.post(url, {"action": "masih_aktif"}).status_code == 302
    group.refresh_from_db()
    assert not group.is_possibly_inactive


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"whatsapp": "0812"}, "whatsapp", "Nomor WhatsApp tidak valid"),
        ({"whatsapp": "021 1234567"}, "whatsapp", "nomor HP"),
        ({"name": ""}, "name", "Nama kelompok wajib diisi"),
        ({"name": "<script>alert(1)</script>"}, "name", "kode HTML atau skrip"),
        ({"description": "Halo <script src=x></script>"}, "description", "kode HTML atau skrip"),
        ({"kabupaten": "32.73"}, "kabupaten", "tidak berada di provinsi"),
        ({"kecamatan": "31.75.01"}, "kecamatan", "tidak berada di kabupaten"),
        ({"desa": "31.74.02.1001"}, "desa", "tidak berada di kecamatan"),
        ({"provinsi": "99"}, "provinsi", "Pilih provinsi"),
        ({"schedule_weekday": ""}, "schedule_weekday", "Pilih hari"),
        ({"email": "bukan-email"}, "email", "Alamat email tidak valid"),
    ],
)
def test_invalid_input_gets_field_errors_and_stores_nothing(
    client, directory, submit_url, category, changes, field, message
):
    pages_before = Page.objects.count()
    response = client.post(submit_url, valid_data(category=category.pk, **changes))
    assert response.status_code == 400
    errors = response.context["form"].errors
    assert field in errors, errors
    assert message in " ".join(errors[field])
    assert message in response.content.decode()
    assert Page.objects.count() == pages_before
    assert mail.outbox == []


def test_honeypot_submission_looks_fine_but_stores_nothing(client, submit_url, category):
    pages_before = Page.objects.count()
    response = client.post(submit_url, valid_data(category=category.pk, situs_web="http://spam"))
    assert response.status_code == 302
    assert response["Location"].endswith("/daftar/terkirim/")
    assert Page.objects.count() == pages_before


def test_submissions_are_rate_limited(client, submit_url, category, settings):
    from groups_directory import views

    for index in range(views.SUBMIT_LIMIT):
        response = client.post(
            submit_url, valid_data(category=category.pk, name=f"Kelompok {index}")
        )
        assert response.status_code == 302
    response = client.post(submit_url, valid_data(category=category.pk, name="Satu lagi"))
    assert response.status_code == 429
    assert GroupPage.objects.count() == views.SUBMIT_LIMIT


def test_submission_is_stored_when_email_fails(client, submit_url, category, settings, caplog):
    settings.EMAIL_BACKEND = "tests.groups_directory.broken_mail.BrokenBackend"
    response = client.post(submit_url, valid_data(category=category.pk))
    assert response.status_code == 302
    assert GroupPage.objects.filter(title="Arisan Dahlia RT 04").exists()
    assert "could not be sent" in caplog.text


def test_region_refresh_without_javascript_fills_the_next_level(client, submit_url):
    response = client.post(submit_url, {"provinsi": "31", "kabupaten": "31.74", "_wilayah": "1"})
    assert response.status_code == 200
    form = response.context["form"]
    kecamatan = dict(form.fields["kecamatan"].widget.choices)
    assert kecamatan["31.74.01"] == "Tebet"
    assert not form.is_bound  # no error messages on a refresh
    assert GroupPage.objects.count() == 0


def test_region_options_endpoint_loads_villages_on_demand(client, directory):
    from groups_directory.models import Region

    Region.objects.filter(parent_id="31.74.01").delete()
    url = directory.url + directory.reverse_subpage("regions_route")
    options = client.get(url, {"induk": "31.74.01"}).json()["options"]
    assert {"code": "31.74.01.1001", "name": "Tebet Timur"} in options
    assert Region.objects.filter(parent_id="31.74.01").count() == len(options)
    assert client.get(url, {"induk": "tidak-ada"}).json() == {"options": []}
    assert len(client.get(url).json()["options"]) == 38


def test_moderator_request_for_changes_reaches_the_organiser(
    client, directory, submit_url, category, moderator
):
    from groups_directory.moderation import organiser_token

    client.post(submit_url, valid_data(category=category.pk))
    group = GroupPage.objects.get()
    task_state = WorkflowState.objects.for_instance(group).get().current_task_state
    task_state.task.specific.on_action(
        task_state, moderator, "reject", comment="Mohon lengkapi jam pertemuan."
    )
    link = directory.url + f"kelola/{group.pk}/{organiser_token(group)}/"
    response = client.get(link)
    assert response.context["status"] == "needs_changes"
    assert "Mohon lengkapi jam pertemuan." in response.content.decode()
    client.post(link, valid_data(category=category.pk, schedule_start_time="20:00"))
    latest = WorkflowState.objects.for_instance(group).order_by("-created_at").first()
    assert latest.status == WorkflowState.STATUS_IN_PROGRESS
    assert client.get(link).context["status"] == "pending"


def test_submission_redirects_so_a_reload_cannot_send_it_twice(
    client, directory, submit_url, category
):
    response = client.post(submit_url, valid_data(category=category.pk), follow=True)
    assert response.redirect_chain[-1] == (
        directory.url + directory.reverse_subpage("submitted_route"),
        302,
    )
    assert "Terima kasih, pendaftaran terkirim" in response.content.decode()
    # Reloading the thank-you page is a GET of that page: nothing is sent again.
    sent = len(mail.outbox)
    assert client.get(response.redirect_chain[-1][0]).status_code == 200
    assert GroupPage.objects.count() == 1
    assert len(mail.outbox) == sent


def test_an_identical_pending_submission_is_refused_in_indonesian(client, submit_url, category):
    client.post(submit_url, valid_data(category=category.pk))
    sent = len(mail.outbox)
    response = client.post(
        submit_url, valid_data(category=category.pk, name="  arisan dahlia rt 04 ")
    )
    assert response.status_code == 409
    assert "sedang menunggu pemeriksaan moderator" in response.content.decode()
    assert GroupPage.objects.count() == 1
    assert len(mail.outbox) == sent
    # The same name elsewhere is another group.
    elsewhere = valid_data(category=category.pk, desa="31.74.01.1002")
    assert client.post(submit_url, elsewhere).status_code == 302
    assert GroupPage.objects.count() == 2
