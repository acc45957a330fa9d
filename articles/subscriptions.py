"""E-mail subscription to new articles: double opt-in, one mail per new article, one-click
unsubscribe (RFC 8058).

Every link carries the subscriber's id and random key, signed: the confirmation link with
a timestamp (it works ``CONFIRMATION_DAYS``), the unsubscribe link without (it must work
for as long as the mails it sits in). No address appears in a URL. Pending sign-ups whose
link has expired are deleted on the fly, whenever someone signs up or an article is
announced; unsubscribing deletes the row.

All mail leaves through the task queue with links on ``core.public_url``'s configured
address, never the host a request happened to name.
"""

import datetime
import logging

from django.conf import settings
from django.core import signing
from django.core.mail import get_connection
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import constant_time_compare
from django.utils.translation import gettext as _
from django_tasks import task

from core.public_url import public_base_url
from core.tasks import build_email, send_email

from .models import ArticlePage, Subscriber, SubscriberStatus
from .models.subscriptions import CONFIRMATION_DAYS

logger = logging.getLogger(__name__)

CONFIRM_SALT = "articles.subscription.confirm"
UNSUBSCRIBE_SALT = "articles.subscription.unsubscribe"
# A pending address asking again gets the confirmation mail again, but not more often.
RESEND_INTERVAL = datetime.timedelta(hours=1)
# Recipients per queued task: a task stays short, and a failing batch fails alone.
BATCH_SIZE = 50
# An article dated this much before its first publication is archive material (an import,
# a back-dated post): subscribers asked for new articles, so it is not mailed.
ANNOUNCE_MAX_AGE = datetime.timedelta(days=3)


class LinkExpired(Exception):
    pass


# Links ---------------------------------------------------------------------------------


def _identity(subscriber):
    return f"{subscriber.pk}.{subscriber.key}"


def confirmation_token(subscriber):
    return signing.TimestampSigner(salt=CONFIRM_SALT).sign(_identity(subscriber))


def unsubscribe_token(subscriber):
    return signing.Signer(salt=UNSUBSCRIBE_SALT).sign(_identity(subscriber))


def _find(identity):
    pk, _dot, key = identity.partition(".")
    if not pk.isdigit():
        raise signing.BadSignature("malformed subscriber identity")
    subscriber = Subscriber.objects.filter(pk=int(pk)).first()
    if subscriber is None or not constant_time_compare(subscriber.key, key):
        return None
    return subscriber


def subscriber_to_confirm(token):
    """The subscriber a confirmation link names, or None when it is gone (unsubscribed,
    purged). Raises LinkExpired, or BadSignature for a forged or damaged link."""
    signer = signing.TimestampSigner(salt=CONFIRM_SALT)
    try:
        identity = signer.unsign(token, max_age=datetime.timedelta(days=CONFIRMATION_DAYS))
    except signing.SignatureExpired:
        raise LinkExpired from None
    return _find(identity)


def subscriber_to_unsubscribe(token):
    """The subscriber an unsubscribe link names, or None when already unsubscribed.
    Raises BadSignature for a forged or damaged link."""
    return _find(signing.Signer(salt=UNSUBSCRIBE_SALT).unsign(token))


def _absolute(route, token):
    return public_base_url() + reverse(route, args=[token])


def _list_headers(unsubscribe_url):
    # RFC 2369 and RFC 8058: mail programs show their own "unsubscribe" button, and a
    # POST to the link unsubscribes without the reader opening anything.
    return {
        "List-Unsubscribe": f"<{unsubscribe_url}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


# Sign-up and confirmation --------------------------------------------------------------


def normalize_email(address):
    # Mailbox names differ by case in theory only; one row per address whatever the case.
    return address.strip().lower()


def request_subscription(email, now=None):
    """Record a sign-up and mail the confirmation link when one is due.

    Returns True when a mail was queued. The caller must answer the same either way, so
    nobody learns from the page whether an address is subscribed.
    """
    now = now or timezone.now()
    Subscriber.objects.purge_expired(now)
    subscriber, created = Subscriber.objects.get_or_create(
        email=normalize_email(email), defaults={"created_at": now, "confirmation_sent_at": now}
    )
    if not created:
        if subscriber.is_confirmed:
            return False
        # A conditional update, so two simultaneous requests mail once.
        due = Q(confirmation_sent_at__isnull=True)
        due |= Q(confirmation_sent_at__lt=now - RESEND_INTERVAL)
        pending = Subscriber.objects.filter(due, pk=subscriber.pk, status=SubscriberStatus.PENDING)
        if not pending.update(confirmation_sent_at=now):
            return False
    send_confirmation(subscriber)
    return True


def send_confirmation(subscriber):
    unsubscribe_url = _absolute("subscriptions:unsubscribe", unsubscribe_token(subscriber))
    context = {
        "site_name": settings.WAGTAIL_SITE_NAME,
        "confirm_url": _absolute("subscriptions:confirm", confirmation_token(subscriber)),
        "unsubscribe_url": unsubscribe_url,
        "days": CONFIRMATION_DAYS,
    }
    send_email.enqueue(
        _("Konfirmasi langganan artikel %(site)s") % {"site": settings.WAGTAIL_SITE_NAME},
        render_to_string("articles/email/subscription_confirm.txt", context),
        [subscriber.email],
        html_body=render_to_string("articles/email/subscription_confirm.html", context),
        headers=_list_headers(unsubscribe_url),
    )


def confirm(subscriber, now=None):
    if not subscriber.is_confirmed:
        subscriber.status = SubscriberStatus.CONFIRMED
        subscriber.confirmed_at = now or timezone.now()
        subscriber.save(update_fields=["status", "confirmed_at"])


def unsubscribe(subscriber):
    """Forget the address entirely; repeating it (a second one-click POST) is harmless."""
    if subscriber is not None:
        Subscriber.objects.filter(pk=subscriber.pk).delete()


# New articles --------------------------------------------------------------------------


def should_announce(article):
    """True on an article's first publication, when readers can see it as a new article.

    Wagtail sets first_published_at and last_published_at to the same moment only when a
    page goes live for the first time; republishing, unpublishing and publishing again,
    and scheduling (page_published is sent, the page is not live yet) all leave them apart.
    """
    if not article.live or article.first_published_at is None:
        return False
    if article.first_published_at != article.last_published_at:
        return False
    if not article.is_published_article():  # private or dated in the future
        return False
    return article.date >= article.first_published_at - ANNOUNCE_MAX_AGE


def article_published(sender, instance, **kwargs):
    """page_published handler: queue the announcement once the publication has committed,
    so a failing queue or mail server can never undo or fail the publication."""
    if not should_announce(instance):
        return
    article_id = instance.pk

    # A named function rather than functools.partial: a robust on_commit logs the
    # callback's __qualname__ when it fails, which a partial does not have.
    def announce_after_commit():
        queue_announcement(article_id)

    transaction.on_commit(announce_after_commit, robust=True)


def queue_announcement(article_id):
    """One task per BATCH_SIZE confirmed subscribers; returns the number of tasks."""
    Subscriber.objects.purge_expired()
    ids = list(Subscriber.objects.confirmed().order_by("pk").values_list("pk", flat=True))
    batches = [ids[start : start + BATCH_SIZE] for start in range(0, len(ids), BATCH_SIZE)]
    for batch in batches:
        send_new_article.enqueue(article_id, batch)
    return len(batches)


@task()
def send_new_article(article_id, subscriber_ids):
    """Mail one new article to a batch of subscribers, one message each (nobody sees
    another's address, and every message has its own unsubscribe link)."""
    article = ArticlePage.objects.live().filter(pk=article_id).first()
    if article is None:  # unpublished or deleted since it was queued
        return 0
    subscribers = Subscriber.objects.confirmed().filter(pk__in=subscriber_ids)
    context = {
        "site_name": settings.WAGTAIL_SITE_NAME,
        "article": article,
        "article_url": article.get_full_url(),
    }
    messages = []
    for subscriber in subscribers:
        unsubscribe_url = _absolute("subscriptions:unsubscribe", unsubscribe_token(subscriber))
        context["unsubscribe_url"] = unsubscribe_url
        messages.append(
            build_email(
                _("Artikel baru: %(title)s") % {"title": article.title},
                render_to_string("articles/email/new_article.txt", context),
                [subscriber.email],
                html_body=render_to_string("articles/email/new_article.html", context),
                headers=_list_headers(unsubscribe_url),
            )
        )
    if not messages:
        return 0
    with get_connection() as connection:
        return connection.send_messages(messages)
