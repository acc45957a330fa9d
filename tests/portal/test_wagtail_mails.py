"""Wagtail's moderation mails reach editors and writers in Indonesian (issue #17).

The review mails are Guyub's own Indonesian templates (templates/wagtailadmin/notifications/)
rather than Wagtail's English run through the catalogue.
"""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core import mail
from wagtail.models import GroupApprovalTask, Workflow, WorkflowTask

from home.models import StandardPage

ENGLISH = re.compile(
    r"\b(the|has been|submitted|approved|rejected|you can|here|hello|page|moderation)\b", re.I
)


@pytest.fixture
def moderation(home_page):
    group = Group.objects.create(name="Moderator uji")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    users = get_user_model().objects
    moderator = users.create_user("moderator", "moderator@example.com", "rahasia-123")
    moderator.groups.add(group)
    writer = users.create_user("penulis", "penulis@example.com", "rahasia-123")
    task = GroupApprovalTask.objects.create(name="Tinjauan moderator")
    task.groups.set([group])
    workflow = Workflow.objects.create(name="Moderasi artikel")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    page = StandardPage(title="Kabar RT", slug="kabar-rt", intro="Halo.")
    home_page.add_child(instance=page)
    page.save_revision(user=writer)
    return workflow, page, moderator, writer


def body_of(message):
    return message.body + "".join(content for content, _ in message.alternatives)


def test_submission_mail_to_moderators_is_indonesian(moderation):
    workflow, page, moderator, writer = moderation
    workflow.start(page, writer)

    [message] = [m for m in mail.outbox if moderator.email in m.to]
    assert message.subject == (
        'Menunggu tinjauan Anda: halaman "Kabar RT" (tahap "Tinjauan moderator")'
    )
    body = body_of(message)
    assert "Halo moderator," in body
    assert 'diajukan untuk ditinjau pada tahap "Tinjauan moderator"' in body
    assert "Pratinjau: http://" in body
    assert "Apa kabar" not in body and "disini" not in body
    assert not ENGLISH.search(re.sub(r"https?://\S+|<[^>]+>", "", body))


def test_changes_requested_mail_to_the_writer_is_indonesian(moderation):
    workflow, page, moderator, writer = moderation
    workflow_state = workflow.start(page, writer)
    mail.outbox.clear()
    task_state = workflow_state.current_task_state
    task = task_state.task.specific
    task.on_action(task_state, moderator, "reject", comment="Judulnya diperjelas.")

    [message] = [m for m in mail.outbox if writer.email in m.to]
    body = body_of(message)
    assert "Halo penulis," in body
    assert "Komentar peninjau:\nJudulnya diperjelas." in body
    assert message.subject.startswith("Perlu perubahan: ")
    assert not ENGLISH.search(re.sub(r"https?://\S+|<[^>]+>", "", body))
