"""Moderation of public submissions: the workflow, the organiser's private link, the emails.

A public submission or correction is saved as a page revision and submitted to the
"Moderasi Kelompok" workflow; nothing goes live until a moderator approves it in the
Wagtail admin. Emails are best effort: the revision is stored first, and a mail server
that is down only shows up in the log.
"""

import logging

from django.contrib.auth.models import Group
from django.core import signing
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from wagtail.models import (
    GroupApprovalTask,
    Workflow,
    WorkflowPage,
    WorkflowState,
    WorkflowTask,
)

logger = logging.getLogger(__name__)

WORKFLOW_NAME = "Moderasi Kelompok"
TASK_NAME = "Periksa data kelompok"
MODERATOR_GROUP = "Moderators"
TOKEN_SALT = "groups_directory.organiser-link"  # noqa: S105 - a signing salt, not a secret


def moderation_workflow(directory):
    """The directory's workflow, created and assigned on first use (idempotent)."""
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    # A workflow without an active task approves (and publishes) at once: never allow that.
    if not workflow.tasks.filter(active=True).exists():
        task = GroupApprovalTask.objects.filter(name=TASK_NAME, active=True).first()
        if task is None:
            task = GroupApprovalTask.objects.create(name=TASK_NAME)
            moderators, _created = Group.objects.get_or_create(name=MODERATOR_GROUP)
            task.groups.set([moderators])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    WorkflowPage.objects.update_or_create(page=directory, defaults={"workflow": workflow})
    return workflow


@transaction.atomic
def submit_revision(page, directory):
    """Save ``page``'s current state as a revision and put it in front of moderators."""
    revision = page.save_revision(log_action=True)
    current = page.current_workflow_state
    if current is not None:
        # A correction replaces whatever the moderators were looking at.
        current.cancel(user=None)
    moderation_workflow(directory).start(page, user=None)
    return revision


def organiser_signature(page):
    """The signature part of the organiser's link: kelola/<id>/<signature>/.

    Wagtail's page URLs allow only word characters and dashes in a path segment, so the
    id and its signature become two segments instead of Django's "id:signature".
    """
    return signing.Signer(salt=TOKEN_SALT).sign(str(page.pk)).rsplit(":", 1)[1]


def signature_is_valid(group_id, signature):
    try:
        signing.Signer(salt=TOKEN_SALT).unsign(f"{group_id}:{signature}")
    except signing.BadSignature:
        return False
    return True


def organiser_url(request, directory, page):
    path = directory.url + directory.reverse_subpage(
        "manage_route", kwargs={"group_id": page.pk, "signature": organiser_signature(page)}
    )
    return request.build_absolute_uri(path)


def moderation_status(page):
    """("live" | "pending" | "needs_changes" | "draft", moderator comment) for the organiser."""
    state = (
        WorkflowState.objects.for_instance(page)
        .select_related("current_task_state")
        .order_by("-created_at")
        .first()
    )
    if state and state.status == WorkflowState.STATUS_IN_PROGRESS:
        return "pending", ""
    if state and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        task_state = state.current_task_state
        return "needs_changes", (task_state.comment if task_state else "")
    if page.live:
        return "live", ""
    return "draft", ""


def send_safely(subject, template, context, recipients):
    """Send one plain-text email; log and carry on if the mail server fails."""
    recipients = [address for address in recipients if address]
    if not recipients:
        return False
    try:
        body = render_to_string(template, context)
        send_mail(subject, body, None, recipients)
    except Exception:
        logger.exception("Email %r to %s could not be sent", subject, recipients)
        return False
    return True


def notify_submission(request, directory, page, *, correction=False):
    context = {
        "page": page,
        "directory": directory,
        "correction": correction,
        "manage_url": organiser_url(request, directory, page),
        "admin_url": request.build_absolute_uri(f"/admin/pages/{page.pk}/edit/"),
    }
    subject = (
        f"Perbaikan data diterima: {page.title}"
        if correction
        else f"Pendaftaran kelompok diterima: {page.title}"
    )
    send_safely(subject, "groups_directory/email/organiser_submitted.txt", context, [page.email])
    # Wagtail's own workflow emails reach members of the Moderators group; this extra
    # address lets a team inbox follow submissions without an admin account.
    send_safely(
        f"[Moderasi] {page.title}",
        "groups_directory/email/moderator_submitted.txt",
        context,
        [directory.moderator_email],
    )
