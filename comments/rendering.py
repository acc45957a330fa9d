"""HTML for the comment tree, built in Python.

An article with 500 comments must render in under three times the time of one with
none. Django's template engine spends ~2 ms per comment here (variable resolution,
number localisation of every id, a date filter and several translations per item),
which alone would break that budget; plain string building costs a few microseconds.
Labels are translated once per render, every reader-supplied value goes through
``escape()``, and the page's own template (comments/comments_section.html) still
owns everything around the list.
"""

from django.utils import timezone
from django.utils.dates import MONTHS
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from .text import render_comment_text, render_name, strip_bidi_controls

OPEN_REPLIES = '<ol class="comment-replies">'
# Thumb icons drawn inline: emoji depend on the reader's fonts and showed as empty boxes
# where no emoji font is installed.
_THUMB = (
    '<path d="M1 7h3v8H1zM5 7l3-5c.6-1 2-.7 2 .6L9.6 6h3.9c.9 0 1.6.8 1.4 1.7l-1.1 5.9'
    'c-.2.8-.8 1.4-1.6 1.4H5z"/>'
)
THUMB_UP = (
    '<svg class="comment__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" '
    f'focusable="false" fill="currentColor">{_THUMB}</svg>'
)
THUMB_DOWN = THUMB_UP.replace(_THUMB, f'<g transform="matrix(1 0 0 -1 0 16)">{_THUMB}</g>')
CLOSE_ITEM = "</li>"
CLOSE_REPLIES = "</ol></li>"


class Labels:
    """Every label the list needs, translated once per render."""

    def __init__(self):
        self.reply = _("Balas")
        self.reply_to = _("komentar")
        self.report = _("Laporkan")
        self.edit = _("Ubah")
        self.delete = _("Hapus")
        self.like = _("Suka")
        self.dislike = _("Tidak suka")
        self.reaction_failed = _("Tanggapan tidak terkirim. Periksa sambungan, lalu coba lagi.")
        self.months = {number: str(name) for number, name in MONTHS.items()}


def display_date(value, months):
    local = timezone.localtime(value)
    return f"{local.day} {months[local.month]} {local.year}, {local:%H.%M}"


def render_entry(entry, *, labels, is_open, roots, reply_form_html):
    comment = entry.comment
    cid = str(comment.pk)
    name = escape(strip_bidi_controls(comment.user_name))
    name_html = render_name(comment.user_name)
    # Only web addresses become links: comments imported or stored before the form's
    # check may carry "javascript:" and the like.
    if comment.user_url and comment.user_url.strip().lower().startswith(("http://", "https://")):
        name_html = (
            f'<a href="{escape(comment.user_url)}" rel="nofollow ugc noopener">{name_html}</a>'
        )
    likes = getattr(comment, "likes", 0) or 0
    dislikes = getattr(comment, "dislikes", 0) or 0
    actions = []
    if is_open:
        actions.append(
            f'<a class="comment__reply" href="?balas={cid}#balas-{cid}" data-reply-to="{cid}" '
            f'data-reply-name="{name}">{labels.reply}<span class="visually-hidden"> '
            f"{labels.reply_to} {name}</span></a>"
        )
    # A form, so a reader without JavaScript can react too (through the CSRF resend of
    # cached pages, then comments/reacted.html). The token field stays empty even for
    # logged-in readers: the list is cached and shared. static/js/reactions.js posts it
    # in place and marks the reader's choice with aria-pressed.
    actions.append(
        f'<form class="comment__feedback" method="post" action="{roots["comment"]}{cid}/tanggapi/"'
        f' data-reactions="{cid}">{roots["csrf_input"]}'
        f'<button type="submit" name="kind" value="like" class="comment__react">{THUMB_UP} '
        f'<span class="visually-hidden">{labels.like}</span> <span data-count>{likes}</span>'
        f'</button><button type="submit" name="kind" value="dislike" class="comment__react">'
        f'{THUMB_DOWN} <span class="visually-hidden">{labels.dislike}</span> '
        f"<span data-count>{dislikes}</span></button></form>"
    )
    actions.append(
        f'<a class="comment__report" href="{roots["comment"]}{cid}/laporkan/" rel="nofollow">'
        f"{labels.report}</a>"
    )
    if entry.can_edit:
        actions.append(f'<a href="{roots["comment"]}{cid}/ubah/">{labels.edit}</a>')
        actions.append(f'<a href="{roots["comment"]}{cid}/hapus/">{labels.delete}</a>')
    return (
        f'{entry.prefix}<li class="comment comment--depth-{entry.depth}" id="c{cid}">'
        f'<article class="comment__body" aria-labelledby="c{cid}-nama">'
        f'<header class="comment__header">'
        f'<span class="comment__avatar comment__avatar--{entry.colour}" aria-hidden="true">'
        f"{escape(entry.initials)}</span>"
        f'<span class="comment__who"><strong id="c{cid}-nama" class="comment__name">{name_html}'
        f'</strong><a class="comment__date meta" href="#c{cid}"><time datetime="'
        f'{comment.submit_date.isoformat()}">{display_date(comment.submit_date, labels.months)}'
        f"</time></a></span></header>"
        f'<div class="comment__text">{render_comment_text(comment.comment)}</div>'
        f'<footer class="comment__actions">{"".join(actions)}</footer></article>'
        f'<div class="comment__reply-slot" id="balas-{cid}" data-reply-slot="{cid}">'
        f"{reply_form_html if entry.is_reply_target else ''}</div>"
    )


def render_tree(entries, suffix, *, is_open, roots, counted_at, reply_form_html=""):
    """The whole <ol> of comments as one safe string.

    ``counted_at``: server time (ms) the like counts were read, for static/js/reactions.js.
    """
    if not entries:
        return ""
    labels = Labels()
    items = [
        render_entry(
            entry,
            labels=labels,
            is_open=is_open,
            roots=roots,
            reply_form_html=reply_form_html,
        )
        for entry in entries
    ]
    return mark_safe(  # noqa: S308 - user values are escaped above; the rest is our markup
        f'<ol class="comment-list" data-counted-at="{counted_at}" '
        f'data-reaction-error="{escape(labels.reaction_failed)}">{"".join(items)}{suffix}</ol>'
    )
