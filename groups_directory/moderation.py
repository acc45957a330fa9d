"""Moderation of public submissions: the workflow, the organiser's private link, the emails.

A public submission or correction is saved as a page revision and submitted to the
"Moderasi Kelompok" workflow; nothing goes live until a moderator approves it in the
Wagtail admin. Emails are best effort: the revision is stored first, and a mail server
that is down only shows up in the log.
"""

import logging
import re

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import signing
from django.core.mail import send_mail
from django.db import models, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from wagtail.models import (
    GroupApprovalTask,
    Workflow,
    WorkflowPage,
    WorkflowState,
    WorkflowTask,
)

from core.public_url import public_base_url
from core.roles import MODERATORS
from core.tasks import send_email

logger = logging.getLogger(__name__)

WORKFLOW_NAME = "Moderasi Kelompok"
TASK_NAME = "Periksa data kelompok"
TOKEN_SALT = "groups_directory.organiser-link"  # noqa: S105 - a signing salt, not a secret


def moderation_workflow(directory):
    """The directory's workflow, created and assigned on first use (idempotent)."""
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    # A workflow without an active task approves (and publishes) at once: never allow that.
    if not workflow.tasks.filter(active=True).exists():
        task = GroupApprovalTask.objects.filter(name=TASK_NAME, active=True).first()
        if task is None:
            task = GroupApprovalTask.objects.create(name=TASK_NAME)
            moderators, _created = Group.objects.get_or_create(name=MODERATORS)
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


class LinkExpired(Exception):
    """A genuine organiser link that no longer opens: too old, revoked by a newer version
    of the group's link, or from before links were versioned."""


# kelola/<id>/<version>-<timestamp>-<signature>/: Wagtail's page URLs allow only word
# characters and dashes in a path segment, so Django's "value:timestamp:signature" is
# carried with dashes (the base62 timestamp has none; the signature may).
TOKEN_RE = re.compile(r"([1-9][0-9]{0,8})-([0-9A-Za-z]{1,12})-([\w-]{1,100})")


def _signer():
    return signing.TimestampSigner(salt=TOKEN_SALT)


def organiser_token(page):
    """The secret part of the organiser's link for ``page``'s current link version."""
    version = page.organiser_link_version
    _value, timestamp, signature = _signer().sign(f"{page.pk}.{version}").rsplit(":", 2)
    return f"{version}-{timestamp}-{signature}"


def token_version(group_id, token):
    """The link version a genuine, unexpired ``token`` for ``group_id`` carries.

    Raises LinkExpired for a genuine link past its time (the organiser is offered a fresh
    one), BadSignature for anything else (a 404).
    """
    match = TOKEN_RE.fullmatch(token)
    if match is None:
        # Links mailed before versioning signed the id alone and never expired; anything
        # else fails here with BadSignature.
        signing.Signer(salt=TOKEN_SALT).unsign(f"{group_id}:{token}")
        raise LinkExpired
    version, timestamp, signature = match.groups()
    try:
        _signer().unsign(
            f"{group_id}.{version}:{timestamp}:{signature}",
            max_age=settings.GUYUB_ORGANISER_LINK_DAYS * 24 * 60 * 60,
        )
    except signing.SignatureExpired as error:
        raise LinkExpired from error
    return int(version)


def organiser_url(directory, page):
    path = directory.url + directory.reverse_subpage(
        "manage_route", kwargs={"group_id": page.pk, "token": organiser_token(page)}
    )
    return public_base_url() + path


def new_link_url(directory):
    return public_base_url() + directory.url + directory.reverse_subpage("new_link_route")


def revoke_organiser_links(page):
    """Every link mailed so far stops working; links made from now on work."""
    type(page).objects.filter(pk=page.pk).update(
        organiser_link_version=models.F("organiser_link_version") + 1
    )
    page.refresh_from_db(fields=["organiser_link_version"])


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
        "manage_url": organiser_url(directory, page),
        "link_days": settings.GUYUB_ORGANISER_LINK_DAYS,
        "new_link_url": new_link_url(directory),
        "admin_url": public_base_url() + reverse("wagtailadmin_pages:edit", args=[page.pk]),
    }
    subject = (
        f"Perbaikan data diterima: {page.title}"
        if correction
        else f"Pendaftaran kelompok diterima: {page.title}"
    )
    send_safely(subject, "groups_directory/email/organiser_submitted.txt", context, [page.email])
    # Wagtail's own workflow emails reach members of the Moderator group; this extra
    # address lets a team inbox follow submissions without an admin account.
    send_safely(
        f"[Moderasi] {page.title}",
        "groups_directory/email/moderator_submitted.txt",
        context,
        [directory.moderator_email],
    )


def _queue_mail(subject, template, context, recipients):
    """Hand one plain-text mail to the task queue (core/tasks.py); a failing mail server
    then fails the task, never the moderator's publish or the reader's report."""
    recipients = sorted({address for address in recipients if address})
    if recipients:
        send_email.enqueue(subject, render_to_string(template, context), recipients)


def _organiser_context(page):
    directory = page.get_parent().specific
    return {
        "page": page,
        "directory": directory,
        "manage_url": organiser_url(directory, page),
        "link_days": settings.GUYUB_ORGANISER_LINK_DAYS,
        "new_link_url": new_link_url(directory),
    }


def notify_published(page):
    """The organiser hears that the group (or the change to it) is now public."""
    context = _organiser_context(page)
    context["first_time"] = page.first_published_at == page.last_published_at
    context["page_url"] = page.full_url
    _queue_mail(
        f"Kelompok {page.title} sudah tayang di Guyub",
        "groups_directory/email/organiser_published.txt",
        context,
        [page.email],
    )


def notify_sent_back(page, comment):
    """The organiser hears what the moderator wants changed, in the moderator's words."""
    context = _organiser_context(page)
    context["comment"] = comment
    _queue_mail(
        f"Data kelompok {page.title} perlu diperbaiki",
        "groups_directory/email/organiser_needs_changes.txt",
        context,
        [page.email],
    )


def notify_unpublished(page):
    context = _organiser_context(page)
    _queue_mail(
        f"Kelompok {page.title} tidak lagi tayang di Guyub",
        "groups_directory/email/organiser_unpublished.txt",
        context,
        [page.email],
    )


def moderator_addresses(directory):
    """Every active Moderator with an email, plus the directory's own moderation inbox."""
    User = get_user_model()
    addresses = set(
        User.objects.filter(groups__name=MODERATORS, is_active=True)
        .exclude(email="")
        .values_list("email", flat=True)
    )
    addresses.add(directory.moderator_email)
    return addresses


def send_fresh_links(directory, groups):
    """Mail a fresh organiser link for each of ``groups`` (registered with one address)."""
    links = [(group.title, organiser_url(directory, group)) for group in groups]
    _queue_mail(
        "Tautan pengurus baru untuk kelompok Anda di Guyub",
        "groups_directory/email/organiser_new_link.txt",
        {"links": links, "link_days": settings.GUYUB_ORGANISER_LINK_DAYS},
        {group.email for group in groups},
    )


def notify_report(report):
    """Moderators get one mail per "Laporkan data tidak sesuai" report."""
    page = report.group
    directory = page.get_parent().specific
    context = {
        "report": report,
        "page": page,
        "page_url": page.full_url,
        "admin_url": settings.WAGTAILADMIN_BASE_URL
        + reverse("group_reports:edit", args=[report.pk]),
    }
    _queue_mail(
        f"[Laporan] Data {page.title}: {report.get_reason_display()}",
        "groups_directory/email/moderator_report.txt",
        context,
        moderator_addresses(directory),
    )
