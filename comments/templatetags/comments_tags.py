import datetime
import time

from django import template
from django.conf import settings
from django.core.paginator import Paginator
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import get_language

from comments.forms import CommentForm
from comments.models import CommentSettings
from comments.queries import THREADS_PER_PAGE, comment_tree
from comments.rendering import CLOSE_ITEM, CLOSE_REPLIES, OPEN_REPLIES, render_tree
from comments.text import avatar_colour, initials, render_comment_text, render_name
from comments.views import EDIT_MINUTES, editable_ids
from core.cache import cached_until_change, page_scope

register = template.Library()


class Entry:
    """One comment in display order with the list markup that must precede it."""

    __slots__ = ("comment", "depth", "prefix", "initials", "colour", "can_edit", "is_reply_target")

    def __init__(self, comment, depth, prefix):
        self.comment = comment
        self.depth = depth
        self.prefix = prefix
        self.initials = initials(comment.user_name)
        self.colour = avatar_colour(comment.user_name)
        self.can_edit = False
        self.is_reply_target = False


def flatten(tree):
    """Depth-first entries with the <ol>/<li> transitions precomputed, and the closing tail."""
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
            entries.append(Entry(node.comment, depth, prefix))
            previous_depth = depth
            walk(node.children, depth + 1)

    walk(tree, 0)
    suffix = "" if previous_depth is None else CLOSE_ITEM + CLOSE_REPLIES * previous_depth
    return entries, suffix


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
    is_open = page.comments_are_open(comment_settings)
    user = getattr(request, "user", None)
    form = None
    if is_open:
        initial = {}
        if user is not None and user.is_authenticated:
            initial = {"name": user.get_full_name() or user.get_username(), "email": user.email}
        form = CommentForm(page, initial=initial)
    post_url = reverse("comments:post")
    number = request.GET.get("komentar") if request else 1
    mine = editable_ids(request) if request else set()
    reply_to = _int_param(request, "balas") if is_open else None
    if mine or reply_to or (user is not None and user.is_authenticated):

        def reply_form(parent):
            return render_to_string(
                "comments/form.html",
                {"form": form, "parent": parent, "post_url": post_url},
                request=request,
            )

        thread_ids, total, tree_html, reply_to = _thread(
            page,
            number,
            is_open,
            mine=mine,
            reply_to=reply_to,
            reply_form=reply_form,
        )
    else:
        # What every other reader sees is kept until the next content change (approving,
        # editing or removing a comment starts one), like the article cards.
        thread_ids, total, tree_html = cached_until_change(
            f"comment-thread:{page.pk}:{_int_param(request, 'komentar') or 1}:{is_open}",
            lambda: _thread(page, number, is_open)[:3],
            scope=page_scope(page.pk),
        )
    return {
        "visible": True,
        "page": page,
        "tree_html": tree_html,
        "total": total,
        "page_obj": Paginator(thread_ids, THREADS_PER_PAGE).get_page(number),
        "is_open": is_open,
        "form": form,
        "reply_to": reply_to,
        "request": request,
        "user": user,
        "csrf_token": context.get("csrf_token"),
        "post_url": post_url,
        "feed_url": reverse("comments:feed"),
        # An unsaved page (an editor's first preview) has no feed yet.
        "page_feed_url": reverse("comments:page_feed", args=[page.pk]) if page.pk else "",
    }


def _link_roots():
    # One reverse() for every comment's links: the id is appended while rendering.
    # (1 is the smallest id the URL patterns accept.)
    return {
        "comment": reverse("comments:report", args=[1]).removesuffix("1/laporkan/"),
        # The empty field static/js/csrf.js fills (core_tags.csrf_input on cached pages).
        "csrf_input": format_html(
            '<input type="hidden" name="csrfmiddlewaretoken" value="" data-csrf-fill="{}">',
            reverse("csrf_token"),
        ),
    }


def _thread(page, number, is_open, *, mine=(), reply_to=None, reply_form=None):
    """(thread ids, total, html, reply_to) for one page of threads.

    ``mine``: ids of the reader's own comments (edit links while still editable);
    ``reply_form(parent)``: the form shown under the comment ``reply_to``, which comes
    back as None unless that comment is on this page.
    """
    tree, page_obj, total = comment_tree(page, number)
    counted_at = int(time.time() * 1000)
    entries, suffix = flatten(tree)
    if mine:
        since = timezone.now() - datetime.timedelta(minutes=EDIT_MINUTES)
        for entry in entries:
            entry.can_edit = entry.comment.pk in mine and entry.comment.submit_date >= since
    reply_form_html = ""
    targets = [entry for entry in entries if entry.comment.pk == reply_to] if reply_to else []
    if targets:
        targets[0].is_reply_target = True
        reply_form_html = reply_form(targets[0].comment)
    else:
        reply_to = None
    html = render_tree(
        entries,
        suffix,
        is_open=is_open,
        roots=_link_roots(),
        counted_at=counted_at,
        reply_form_html=reply_form_html,
    )
    return list(page_obj.paginator.object_list), total, html, reply_to


# A blank form's fields look the same on every page and to every reader, and Django's
# widget templates take about 2 ms a view: they are rendered once per process and
# language. Bound forms (errors to show) and forms with initial values in visible fields
# (a logged-in reader's name) render each time, as does everything under DEBUG so that
# template edits show. (Every form has initial values: the hidden security fields.)
_blank_form_fields = {}


@register.simple_tag
def comment_form_fields(form):
    """The form's visible fields (templates/comments/form_fields.html)."""
    personal = any(
        name in form.initial for name, field in form.fields.items() if not field.widget.is_hidden
    )
    if form.is_bound or personal or settings.DEBUG:
        return render_to_string("comments/form_fields.html", {"form": form})
    key = (type(form), get_language())
    if key not in _blank_form_fields:
        _blank_form_fields[key] = render_to_string("comments/form_fields.html", {"form": form})
    return _blank_form_fields[key]


@register.filter
def comment_text(text):
    return render_comment_text(text)


@register.filter
def commenter(name):
    return render_name(name)


@register.filter
def comment_initials(name):
    return initials(name)
