"""Carry the old likes and reports over to the new tables.

Likes and dislikes were django-comments-xtd flags of logged-in users; each becomes a
reaction whose browser hash is derived from the user id under a prefix no browser token
is hashed with, so no browser can ever match it. Reports were one shared removal flag per
reporter (anonymous readers shared one account); each becomes a report with the reason
"other" and a note saying it predates reasons. The flags themselves are left in place:
nothing reads them any more, and going back to the previous release finds them intact.
"""

import hashlib

from django.db import migrations

LIKE = "I liked it"
DISLIKE = "I disliked it"
REMOVAL = "removal suggestion"
ANONYMOUS_REPORTER = "pelapor-anonim"
OLD_REPORT_NOTE = "Dilaporkan sebelum ada pilihan alasan."


def copy_flags(apps, schema_editor):
    CommentFlag = apps.get_model("django_comments", "CommentFlag")
    CommentReaction = apps.get_model("comments", "CommentReaction")
    CommentReport = apps.get_model("comments", "CommentReport")
    kinds = {LIKE: "like", DISLIKE: "dislike"}
    reactions = {}
    for flag in CommentFlag.objects.filter(flag__in=kinds).order_by("flag_date", "pk"):
        digest = hashlib.sha256(f"xtd-user:{flag.user_id}".encode()).hexdigest()
        # xtd let a user both like and dislike; the later one is what they meant last.
        reactions[(flag.comment_id, digest)] = kinds[flag.flag]
    CommentReaction.objects.bulk_create(
        CommentReaction(comment_id=comment_id, browser_hash=digest, kind=kind)
        for (comment_id, digest), kind in reactions.items()
    )
    flags = list(
        CommentFlag.objects.filter(flag=REMOVAL).select_related("user").order_by("flag_date", "pk")
    )
    reports = CommentReport.objects.bulk_create(
        CommentReport(
            comment_id=flag.comment_id,
            reason="other",
            note=OLD_REPORT_NOTE,
            reporter_id=None if flag.user.username == ANONYMOUS_REPORTER else flag.user_id,
        )
        for flag in flags
    )
    # auto_now_add stamped them with today; keep the day they were really reported.
    for report, flag in zip(reports, flags, strict=True):
        report.created_at = flag.flag_date
    CommentReport.objects.bulk_update(reports, ["created_at"])


class Migration(migrations.Migration):
    dependencies = [
        ("comments", "0006_reactions_and_reports"),
        ("django_comments", "0004_add_object_pk_is_removed_index"),
    ]

    operations = [migrations.RunPython(copy_flags, migrations.RunPython.noop)]
