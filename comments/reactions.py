"""Likes and dislikes from every reader, one per browser, without accounts or cookies.

The site has no reader sign-up, so the unit is a browser. With JavaScript it sends a
random token kept in localStorage (static/js/reactions.js); without, the form reaches
here through the cached-page CSRF resend (core.views.csrf_failure), so the browser's CSRF
cookie, random and long-lived, stands in for the token. Either way only a hash is stored.

A reaction does not refresh any cached page, not even its own: it is the cheapest thing
an anonymous visitor can repeat, and letting it decide how often a page renders would let
a few scripted clicks from many addresses keep a popular article out of the cache. The
reader sees their own change at once (the JSON answer, and reactions.js corrects an older
cached count from what it remembers); everyone else sees it when the page is next rendered
(a comment change, publishing, or the page cache's lifetime). Counts are a soft signal;
a page's own counts being half an hour old harms no one.
"""

import contextlib
import hashlib
import re
import time

from django.db import IntegrityError, transaction
from django.db.models import Count, Q
from django.http import Http404, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.ratelimit import client_identity, hit

from .models import CommentReaction
from .queries import public_comments
from .views import refuse

# Per client network (a carrier's NAT puts many phones behind one address): generous for
# people, a ceiling for a script.
REACTION_LIMIT = 60
REACTION_WINDOW = 60 * 60
# reactions.js sends 48 hex digits; anything of similar strength is accepted.
TOKEN_RE = re.compile(r"[A-Za-z0-9_-]{32,128}")


def browser_hash(secret):
    """What is stored for a browser: a one-way hash of its token (or CSRF secret)."""
    return hashlib.sha256(f"reaction:{secret}".encode()).hexdigest()


def _wants_json(request):
    return "application/json" in request.headers.get("Accept", "")


def _refuse(request, message, status, page=None, headers=None):
    if _wants_json(request):
        response = JsonResponse({"error": message}, status=status)
        for name, value in (headers or {}).items():
            response[name] = value
        return response
    return refuse(request, message, status, page, headers)


def _browser_secret(request):
    """The browser's token, "" when none was sent, None when one was sent but is malformed."""
    token = request.POST.get("browser", "")
    if token:
        return token if TOKEN_RE.fullmatch(token) else None
    return request.META.get("CSRF_COOKIE", "")


def toggle(comment, digest, kind):
    """Apply one click: add the reaction, take it back, or switch it. Returns what stays."""
    existing = CommentReaction.objects.filter(comment=comment, browser_hash=digest).first()
    if existing is None:
        # A double click can race its twin here; the unique constraint keeps one row.
        with contextlib.suppress(IntegrityError), transaction.atomic():
            CommentReaction.objects.create(comment=comment, browser_hash=digest, kind=kind)
        return kind
    if existing.kind == kind:
        existing.delete()
        return ""
    existing.kind = kind
    existing.save(update_fields=["kind"])
    return kind


def counts(comment):
    return CommentReaction.objects.filter(comment=comment).aggregate(
        likes=Count("pk", filter=Q(kind=CommentReaction.Kind.LIKE)),
        dislikes=Count("pk", filter=Q(kind=CommentReaction.Kind.DISLIKE)),
    )


@require_POST
def react(request, comment_id):
    comment = public_comments().filter(pk=comment_id).first()
    if comment is None:
        if _wants_json(request):
            return _refuse(request, _("Komentar tidak ditemukan."), 404)
        raise Http404
    page = comment.content_object.specific
    kind = request.POST.get("kind", "")
    if kind not in CommentReaction.Kind.values:
        return _refuse(request, _("Pilih suka atau tidak suka."), 400, page)
    secret = _browser_secret(request)
    if not secret:
        message = _("Peramban Anda tidak dapat dikenali. Muat ulang halaman, lalu coba lagi.")
        return _refuse(request, message, 400, page)
    if hit(
        "comments.reaction", client_identity(request), limit=REACTION_LIMIT, window=REACTION_WINDOW
    ):
        message = _("Terlalu banyak tanggapan dari jaringan Anda. Coba lagi dalam satu jam.")
        return _refuse(request, message, 429, page, {"Retry-After": str(REACTION_WINDOW)})

    mine = toggle(comment, browser_hash(secret), kind)
    totals = counts(comment)
    if _wants_json(request):
        # Server time, so reactions.js compares it with the server time a cached count
        # was read at (data-counted-at), not with the reader's own clock.
        return JsonResponse({**totals, "mine": mine, "at": int(time.time() * 1000)})
    return render(
        request,
        "comments/reacted.html",
        {"comment": comment, "target_page": page, "mine": mine, **totals},
    )
