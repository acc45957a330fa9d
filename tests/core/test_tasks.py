import pytest
from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django_tasks import TaskResultStatus
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page

from core.tasks import generate_renditions, send_email
from home.models import StandardPage

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
DUMMY_QUEUE = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


def test_notification_email_is_sent_inline_with_the_immediate_backend():
    result = send_email.enqueue(
        "Arisan bulan ini",
        "Arisan diadakan Minggu pukul 16.00.",
        ["anggota@guyub.invalid"],
        html_body="<p>Arisan diadakan <b>Minggu</b>.</p>",
    )

    assert result.status == TaskResultStatus.SUCCESSFUL
    assert result.return_value == 1
    assert len(mail.outbox) == 1
    sent = mail.outbox[0]
    assert sent.subject == "Arisan bulan ini"
    assert sent.to == ["anggota@guyub.invalid"]
    assert sent.alternatives[0].mimetype == "text/html"


def test_notification_email_carries_extra_headers():
    headers = {"List-Unsubscribe": "<https://guyub.invalid/berhenti/>"}
    send_email.enqueue("Kabar", "Isi.", ["anggota@guyub.invalid"], headers=headers)

    assert mail.outbox[0].extra_headers == headers
    assert "List-Unsubscribe: <https://guyub.invalid/berhenti/>" in str(mail.outbox[0].message())


@pytest.mark.django_db
def test_with_the_database_backend_email_waits_for_the_worker(monkeypatch):
    # The worker drops database connections between tasks, as it should in production;
    # here that would end the test's transaction on PostgreSQL.
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)
    with override_settings(TASKS=DATABASE_QUEUE):
        result = send_email.enqueue("Rapat RT", "Rapat Sabtu malam.", ["ketua@guyub.invalid"])

        assert mail.outbox == []
        assert DBTaskResult.objects.get(id=result.id).status == TaskResultStatus.READY

        call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)

        assert DBTaskResult.objects.get(id=result.id).status == TaskResultStatus.SUCCESSFUL
    assert [message.subject for message in mail.outbox] == ["Rapat RT"]


@pytest.mark.django_db
def test_search_index_updates_run_inline_with_the_immediate_backend(home_page):
    page = StandardPage(title="Jadwal Posyandu Melati", slug="posyandu-melati")
    home_page.add_child(instance=page)

    assert list(Page.objects.live().search("posyandu")) == [page.page_ptr]


@pytest.mark.django_db
def test_search_index_updates_go_through_the_task_queue(home_page):
    # With a queue that never runs, a saved page is not searchable yet: the index update
    # really is a task, so with TASKS_BACKEND=database it leaves the request.
    with override_settings(TASKS=DUMMY_QUEUE):
        page = StandardPage(title="Kerja Bakti Kampung", slug="kerja-bakti")
        home_page.add_child(instance=page)
        assert list(Page.objects.live().search("bakti")) == []


@pytest.mark.django_db
def test_renditions_can_be_generated_ahead_of_time():
    image = Image.objects.create(title="Posyandu", file=get_test_image_file())

    result = generate_renditions.enqueue(image.pk, ["fill-160x90", "width-400"])

    assert result.return_value == 2
    assert image.renditions.count() == 2
    assert generate_renditions.enqueue(image.pk + 1000, ["width-400"]).return_value == 0
