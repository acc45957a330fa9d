"""Turning a validated form into a stored comment: threading, duplicates, confirmation."""

import datetime

from django.db import transaction
from django.utils import timezone
from django_comments_xtd.models import XtdComment, max_thread_level_for_content_type

from .converters import parse_id
from .models import CommentReview

# Keys TmpXtdComment carries that are not XtdComment fields.
EXTRA_KEYS = ("content_object", "xtd_comment", "held_reason")


def effective_parent_id(parent_id, content_type):
    """The comment a reply attaches to.

    django-comments-xtd refuses replies to comments at the deepest level; readers expect
    the reply to land in the same conversation instead, so a reply to a deepest-level
    comment attaches to that comment's parent (and ends up at the deepest level too).
    """
    if not parent_id:
        return 0
    if parse_id(parent_id) is None:
        # Out of the database's range (or negative): no such comment, and the query
        # itself would fail.
        return None
    max_level = max_thread_level_for_content_type(content_type)
    parent = XtdComment.norel_objects.filter(pk=parent_id).only("pk", "level", "parent_id").first()
    if parent is None:
        return None
    while parent.level >= max_level and parent.parent_id != parent.pk:
        parent = XtdComment.norel_objects.only("pk", "level", "parent_id").get(pk=parent.parent_id)
    return parent.pk


def email_already_confirmed(email):
    """True when this address has a published comment: it proved itself once before."""
    return XtdComment.norel_objects.filter(
        user_email__iexact=email, is_public=True, is_removed=False
    ).exists()


def find_duplicate(tmp_comment, minutes=10):
    """The same text by the same address on the same page moments ago (a double submit)."""
    since = timezone.now() - datetime.timedelta(minutes=minutes)
    return (
        XtdComment.norel_objects.filter(
            content_type=tmp_comment.content_type,
            object_pk=tmp_comment.object_pk,
            user_email=tmp_comment.user_email,
            comment=tmp_comment.comment,
            submit_date__gte=since,
        )
        .order_by("pk")
        .first()
    )


def find_confirmed(tmp_comment):
    """The comment a confirmation link already created (links get clicked twice)."""
    return XtdComment.norel_objects.filter(
        content_type=tmp_comment.content_type,
        object_pk=tmp_comment.object_pk,
        user_email=tmp_comment.user_email,
        submit_date=tmp_comment.submit_date,
    ).first()


def create_comment(tmp_comment):
    """Store a TmpXtdComment. Replies lock their thread's root row while xtd renumbers the thread.

    xtd computes a reply's ``order`` from the thread's current maximum; two replies in one
    thread at the same moment would otherwise get the same position. The row lock makes
    them take turns on PostgreSQL. SQLite has no row locks: there the embedded default's
    IMMEDIATE transactions (portal/settings/base.py) make whole writes take turns.
    """
    data = {key: value for key, value in tmp_comment.items() if key not in EXTRA_KEYS}
    held_reason = tmp_comment.get("held_reason") or ""
    comment = XtdComment(**data)
    with transaction.atomic():
        if comment.parent_id:
            parent = XtdComment.norel_objects.only("thread_id").get(pk=comment.parent_id)
            list(XtdComment.norel_objects.select_for_update().filter(pk=parent.thread_id))
        comment.save()
        if held_reason:
            CommentReview.objects.create(comment=comment, held_reason=held_reason[:255])
    return comment
