import datetime

from django import template
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe

from comments.forms import CommentForm
from comments.models import CommentSettings
from comments.queries import comment_tree
from comments.text import avatar_colour, initials, render_comment_text
from comments.views import EDIT_MINUTES, editable_ids

register = template.Library()

OPEN_REPLIES = mark_safe('<ol class="comment-replies">')  # noqa: S308 - constant markup
CLOSE_ITEM = mark_safe("</li>")  # noqa: S308 - constant markup
CLOSE_REPLIES = "</ol></li>"


class Entry:
    """One comment in display order with the list markup that must precede it."""

    __slots__ = ("comment", "depth", "prefix", "initials", "colour", "can_edit")

    def __init__(self, comment, depth, prefix):
        self.comment = comment
        self.depth = depth
        self.prefix = prefix
        self.initials = initials(comment.user_name)
        self.colour = avatar_colour(comment.user_name)
        self.can_edit = False


def flatten(tree):
    """Depth-first entries with the <ol>/<li> transitions precomputed.

    One loop in one template renders the whole nested tree: no recursive includes,
    so 500 comments cost 500 loop iterations, not 500 template lookups.
    """
    entries = []
    previous_depth = None

    def walk(nodes, depth):
        nonlocal previous_depth
        for node in nodes:
            if previous_depth is None:
                prefix = ""
            elif depth > previous_depth:
                prefix = OPEN_REPLIES
            else:
                prefix = CLOSE_ITEM + CLOSE_REPLIES * (previous_depth - depth)
            entries.append(Entry(node.comment, depth, mark_safe(prefix)))  # noqa: S308
            previous_depth = depth
            walk(node.children, depth + 1)

    walk(tree, 0)
    suffix = "" if previous_depth is None else CLOSE_ITEM + CLOSE_REPLIES * previous_depth
    return entries, mark_safe(suffix)  # noqa: S308 - constant markup only


def _int_param(request, name):
    value = request.GET.get(name, "") if request else ""
    return int(value) if value.isdigit() else None


@register.inclusion_tag("comments/comments_section.html", takes_context=True)
def comments_section(context, page):
    """The whole comment area for a page: count, threads, pagination and the form.

    Usage in any page template: ``{% load comments_tags %}{% comments_section page %}``.
    """
    request = context.get("request")
    if not page.comments_are_visible():
        return {"visible": False}
    comment_settings = CommentSettings.for_request(request) if request else None
    tree, page_obj, total = comment_tree(page, request.GET.get("komentar") if request else 1)
    entries, suffix = flatten(tree)
    mine = editable_ids(request) if request else set()
    if mine:
        since = timezone.now() - datetime.timedelta(minutes=EDIT_MINUTES)
        for entry in entries:
            entry.can_edit = entry.comment.pk in mine and entry.comment.submit_date >= since
    is_open = page.comments_are_open(comment_settings)
    reply_to = _int_param(request, "balas")
    if reply_to not in {entry.comment.pk for entry in entries}:
        reply_to = None
    form = None
    if is_open:
        initial = {}
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            initial = {"name": user.get_full_name() or user.get_username(), "email": user.email}
        form = CommentForm(page, initial=initial)
    return {
        "visible": True,
        "page": page,
        "entries": entries,
        "suffix": suffix,
        "total": total,
        "page_obj": page_obj,
        "is_open": is_open,
        "form": form,
        "reply_to": reply_to,
        "request": request,
        "user": getattr(request, "user", None),
        "csrf_token": context.get("csrf_token"),
        "post_url": reverse("comments:post"),
        # One reverse() for every comment's links: the id is appended in the template.
        "comment_root": reverse("comments:report", args=[0]).removesuffix("0/laporkan/"),
        "like_root": reverse("comments-xtd-like", args=[0]).removesuffix("0/"),
        "dislike_root": reverse("comments-xtd-dislike", args=[0]).removesuffix("0/"),
        "edit_minutes": EDIT_MINUTES,
        "feed_url": reverse("comments:feed"),
    }


@register.filter
def comment_text(text):
    return render_comment_text(text)


@register.filter
def comment_initials(name):
    return initials(name)
