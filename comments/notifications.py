"""Emails about comments. A failing mail server is logged, never fatal: the comment is stored
first, then people are told."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django_comments_xtd import signed
from django_comments_xtd.conf import settings as xtd_settings
from django_comments_xtd.models import XtdComment

from core.public_url import public_base_url

logger = logging.getLogger(__name__)


def _send(subject, template, context, recipients, headers=None):
    recipients = [address for address in dict.fromkeys(recipients) if address]
    if not recipients:
        return 0
    body = render_to_string(template, context)
    try:
        return EmailMessage(
            subject,
            body,
            settings.DEFAULT_FROM_EMAIL,
            recipients,
            headers=headers or {},
        ).send()
    except Exception:
        # Any transport error (refused connection, bad credentials, timeouts): the
        # comment is already safe in the database, so record the failure and move on.
        logger.exception("Could not send comment email %r to %s", subject, recipients)
        return 0


def site_root(page):
    # Mail may be sent from a background task, with no request: the configured address.
    return public_base_url()


def sign(tmp_comment):
    return signed.dumps(tmp_comment, compress=True, extra_key=xtd_settings.COMMENTS_XTD_SALT)


def send_confirmation_request(tmp_comment, page):
    key = sign(tmp_comment).decode()
    url = site_root(page) + reverse("comments:confirm", args=[key])
    return _send(
        "Konfirmasi komentar Anda di Guyub",
        "comments/email/confirmation_request.txt",
        {"comment": tmp_comment, "page": page, "confirmation_url": url},
        [tmp_comment.user_email],
    )


def moderator_addresses(comment_settings):
    addresses = comment_settings.moderator_email_list()
    if addresses:
        return addresses
    users = get_user_model().objects.filter(is_active=True, is_superuser=True).exclude(email="")
    return list(users.values_list("email", flat=True))


def notify_moderators(comment, page, comment_settings, reason):
    admin_url = public_base_url() + reverse("comments_admin:index") + "?status=held"
    return _send(
        f"Komentar menunggu moderasi: {page.title}",
        "comments/email/held_for_moderation.txt",
        {"comment": comment, "page": page, "reason": reason, "admin_url": admin_url},
        moderator_addresses(comment_settings),
    )


def notify_page_authors(comment, page):
    recipients = [
        email
        for email in page.comment_notification_recipients()
        if email.lower() != (comment.user_email or "").lower()
    ]
    return _send(
        f"Komentar baru di {page.title}",
        "comments/email/new_comment.txt",
        {"comment": comment, "page": page, "comment_url": page.get_full_url() + f"#c{comment.pk}"},
        recipients,
    )


def notify_followers(comment, page):
    """One email per subscriber of this page's thread, each with its own one-click unsubscribe."""
    followers = (
        XtdComment.norel_objects.filter(
            content_type_id=comment.content_type_id,
            object_pk=comment.object_pk,
            is_public=True,
            is_removed=False,
            followup=True,
        )
        .exclude(user_email__iexact=comment.user_email)
        .order_by("user_email", "-submit_date")
    )
    seen = set()
    sent = 0
    root = site_root(page)
    for follower in followers:
        address = follower.user_email.lower()
        if address in seen:
            continue
        seen.add(address)
        mute_url = root + reverse("comments:mute", args=[sign(follower).decode()])
        sent += _send(
            f"Balasan baru di {page.title}",
            "comments/email/followup.txt",
            {
                "comment": comment,
                "page": page,
                "user_name": follower.user_name,
                "comment_url": page.get_full_url() + f"#c{comment.pk}",
                "mute_url": mute_url,
            },
            [follower.user_email],
            headers={"List-Unsubscribe": f"<{mute_url}>"},
        )
    return sent


def comment_stored(comment, page, comment_settings):
    """Tell whoever needs to know about a freshly stored comment."""
    if comment.is_public:
        notify_page_authors(comment, page)
        notify_followers(comment, page)
    else:
        reason = getattr(getattr(comment, "review", None), "held_reason", "")
        notify_moderators(comment, page, comment_settings, reason)
