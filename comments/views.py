"""Reader-facing comment views: post, confirm, edit/delete own comment, report, unsubscribe.

Likes and dislikes are in comments/reactions.py.

Posting does not go through django_comments' ``post_comment``: that view answers an
invalid form with a 200 preview page and its security failures with English debug text.
Here every refusal is an Indonesian page with a 4xx status. The pieces of
django-comments-xtd that matter are reused: its form (security hash, timestamp, honeypot),
its model and thread numbering, and its signed keys for confirm and mute links.
"""

import datetime
import time

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.contrib.sites.shortcuts import get_current_site
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST
from django_comments_xtd import signed
from django_comments_xtd.conf import settings as xtd_settings
from django_comments_xtd.models import XtdComment
from wagtail.models import Page

from core.client_ip import client_ip
from core.ratelimit import client_identity, hit, is_limited, record

from . import notifications
from .converters import parse_id
from .forms import CommentEditForm, CommentForm, ReportForm
from .models import CommentReport, CommentReview, CommentSettings, CommentsMixin
from .moderation import hold_reason
from .posting import (
    create_comment,
    effective_parent_id,
    email_already_confirmed,
    find_confirmed,
    find_duplicate,
)
from .queries import public_comments, visible_pages

EDIT_COOKIE = "guyub_komentar"
EDIT_COOKIE_SALT = "comments.edit"
EDIT_MINUTES = 15
CONFIRMATION_DAYS = 7


def see_other(url):
    """303 after a POST, so reloading the page does not post again."""
    return HttpResponseRedirect(url, status=303)


def refuse(request, message, status, page=None, headers=None, typed="", typed_label=""):
    """An Indonesian refusal page; ``typed`` is shown back so the visitor can copy it."""
    response = render(
        request,
        "comments/refused.html",
        {"message": message, "target_page": page, "typed": typed, "typed_label": typed_label},
        status=status,
    )
    for name, value in (headers or {}).items():
        response[name] = value
    return response


def refuse_with_form(request, page, message, status, headers=None):
    """Refuse a post but hand the form back filled with everything the visitor typed.

    The form is a fresh one (new timestamp and security hash), so an expired or
    rate-limited post can simply be sent again once the reason has passed.
    """
    posted = request.POST
    initial = {name: posted.get(name, "") for name in ("name", "email", "url", "comment")}
    initial["followup"] = bool(posted.get("followup"))
    initial["reply_to"] = parse_id(posted.get("reply_to", "")) or 0
    response = render(
        request,
        "comments/form_errors.html",
        {"form": CommentForm(page, initial=initial), "target_page": page, "message": message},
        status=status,
    )
    for name, value in (headers or {}).items():
        response[name] = value
    return response


def _target_page(content_type, object_pk):
    """The live commentable page a form posts to, or None."""
    try:
        model = apps.get_model(*content_type.split(".", 1))
    except (LookupError, ValueError, TypeError):
        return None
    if not (issubclass(model, Page) and issubclass(model, CommentsMixin)):
        return None
    page_id = parse_id(object_pk)
    if page_id is None:
        return None
    return model.objects.live().filter(pk=page_id).first()


def editable_ids(request):
    """Comment ids this browser may still edit, from the signed cookie."""
    raw = request.get_signed_cookie(
        EDIT_COOKIE, default="", salt=EDIT_COOKIE_SALT, max_age=EDIT_MINUTES * 60
    )
    return {int(part) for part in raw.split(",") if part.isdigit()}


def _remember_for_editing(request, response, comment):
    ids = sorted(editable_ids(request) | {comment.pk})[-20:]
    response.set_signed_cookie(
        EDIT_COOKIE,
        ",".join(str(i) for i in ids),
        salt=EDIT_COOKIE_SALT,
        max_age=EDIT_MINUTES * 60,
        httponly=True,
        samesite="Lax",
        secure=request.is_secure(),
    )
    return response


def _stored_response(request, comment, page):
    if comment.is_public:
        response = see_other(f"{page.url}#c{comment.pk}")
    else:
        response = render(request, "comments/held.html", {"comment": comment, "target_page": page})
    return _remember_for_editing(request, response, comment)


def _flooded(request, page, window_minutes):
    message = _(
        "Maaf, terlalu banyak komentar dari Anda dalam waktu singkat. "
        "Silakan tunggu beberapa menit, lalu coba lagi."
    )
    retry = str(max(window_minutes, 1) * 60)
    return refuse_with_form(request, page, message, 429, {"Retry-After": retry})


# Even a fast typist spends longer than this between the first keystroke and "Kirim".
HUMAN_TYPING_MS = 1000


def too_fast(cleaned_data, min_seconds):
    """True when a post came faster than a person could write it.

    With JavaScript the form reports the time since the first keystroke, which a quick
    typist always passes; without it only the page-load timestamp is known, which cached
    pages make generous. Either way a fast post is held for a moderator, never refused:
    a human who trips it loses nothing.
    """
    if not min_seconds:
        return False
    typing_ms = cleaned_data.get("typing_ms")
    if typing_ms is not None:
        return typing_ms < min(HUMAN_TYPING_MS, min_seconds * 1000)
    return time.time() - cleaned_data["timestamp"] < min_seconds


@require_POST
def post_comment(request):
    typed = request.POST.get("comment", "")
    page = _target_page(request.POST.get("content_type", ""), request.POST.get("object_pk", ""))
    if page is None:
        message = _("Halaman yang Anda komentari tidak ditemukan.")
        return refuse(request, message, 400, typed=typed)
    comment_settings = CommentSettings.for_request(request)
    if not page.comments_are_open(comment_settings):
        message = _("Komentar untuk halaman ini sudah ditutup.")
        return refuse(request, message, 403, page, typed=typed)

    # Only stored comments count (below): a visitor who fixes a mistake is never locked out
    # by their own failed attempts. The address limit is a ceiling for a whole network (a
    # carrier's NAT puts many phones behind one address); the e-mail limit is per person.
    window = max(comment_settings.limit_window_minutes, 1) * 60
    address = client_identity(request)
    if is_limited("comments.ip", address, limit=comment_settings.ip_limit, window=window):
        return _flooded(request, page, comment_settings.limit_window_minutes)

    form = CommentForm(page, data=request.POST)
    if not form.is_valid():
        security = form.security_errors()
        if "honeypot" in security:
            message = _("Kiriman Anda tampak seperti spam dan tidak disimpan.")
            return refuse_with_form(request, page, message, 400)
        if security:
            message = _("Formulir sudah kedaluwarsa. Periksa komentar Anda, lalu kirim lagi.")
            return refuse_with_form(request, page, message, 400)
        return render(
            request, "comments/form_errors.html", {"form": form, "target_page": page}, status=400
        )
    email = form.cleaned_data["email"]
    if is_limited("comments.email", email, limit=comment_settings.email_limit, window=window):
        return _flooded(request, page, comment_settings.limit_window_minutes)
    tmp = form.get_comment_object(site_id=get_current_site(request).pk)
    tmp.ip_address = client_ip(request) or None
    if request.user.is_authenticated:
        tmp.user = request.user
    if tmp.parent_id:
        parent_id = effective_parent_id(tmp.parent_id, tmp.content_type)
        parent_ok = (
            parent_id
            and XtdComment.norel_objects.filter(
                pk=parent_id,
                content_type=tmp.content_type,
                object_pk=tmp.object_pk,
                is_public=True,
                is_removed=False,
            ).exists()
        )
        if not parent_ok:
            return refuse(request, _("Komentar yang Anda balas tidak ditemukan."), 400, page)
        tmp.parent_id = parent_id

    reason = hold_reason(
        text=tmp.comment,
        name=tmp.user_name,
        email=tmp.user_email,
        url=tmp.user_url,
        ip=tmp.ip_address,
        max_links=comment_settings.max_links,
    )
    if not reason and too_fast(form.cleaned_data, comment_settings.min_seconds_to_post):
        reason = _("dikirim terlalu cepat")
    if reason:
        tmp.is_public = False
        tmp.held_reason = reason

    duplicate = find_duplicate(tmp)
    if duplicate is not None:
        return _stored_response(request, duplicate, page)

    # Accepted (stored, or waiting for its e-mail confirmation): now it counts.
    record("comments.ip", address, window=window)
    record("comments.email", email, window=window)
    post_directly = (
        request.user.is_authenticated
        or not comment_settings.require_email_confirmation
        or email_already_confirmed(tmp.user_email)
    )
    if not post_directly:
        if notifications.send_confirmation_request(tmp, page):
            context = {"comment": tmp, "target_page": page}
            return render(request, "comments/confirmation_sent.html", context)
        # The mail server is down: keep the comment for a moderator instead of losing it.
        tmp.is_public = False
        tmp.held_reason = _("email konfirmasi gagal dikirim")

    comment = create_comment(tmp)
    notifications.comment_stored(comment, page, comment_settings)
    return _stored_response(request, comment, page)


def confirm(request, key):
    try:
        tmp = signed.loads(str(key), extra_key=xtd_settings.COMMENTS_XTD_SALT)
    except Exception:
        # BadSignature, a truncated key (zlib/pickle errors) or a deleted page: all mean
        # the link is unusable, and the reader deserves a page that says so.
        return refuse(request, _("Tautan konfirmasi tidak valid atau tidak lengkap."), 400)
    page = tmp.content_object.specific if tmp.content_object else None
    existing = find_confirmed(tmp)
    if existing is not None:
        return _stored_response(request, existing, page)
    if timezone.now() - tmp.submit_date > datetime.timedelta(days=CONFIRMATION_DAYS):
        return refuse(request, _("Tautan konfirmasi sudah kedaluwarsa."), 410, page)
    comment_settings = CommentSettings.for_request(request)
    if page is None or not page.live or not page.comments_are_open(comment_settings):
        return refuse(request, _("Komentar untuk halaman ini sudah ditutup."), 403, page)
    comment = create_comment(tmp)
    notifications.comment_stored(comment, page, comment_settings)
    return _stored_response(request, comment, page)


def mute(request, key):
    try:
        follower = signed.loads(str(key), extra_key=xtd_settings.COMMENTS_XTD_SALT)
        page = follower.content_object
    except Exception:
        # Same reasoning as confirm(): any undecodable key is a broken link, not a crash.
        return refuse(request, _("Tautan berhenti berlangganan tidak valid."), 400)
    XtdComment.norel_objects.filter(
        content_type=follower.content_type,
        object_pk=follower.object_pk,
        user_email__iexact=follower.user_email,
    ).update(followup=False)
    return render(request, "comments/muted.html", {"target_page": page})


def _own_recent_comment(request, comment_id):
    comment = get_object_or_404(XtdComment.norel_objects, pk=comment_id, is_removed=False)
    page = comment.content_object
    page = page.specific if page else None
    recent = timezone.now() - comment.submit_date <= datetime.timedelta(minutes=EDIT_MINUTES)
    if comment.pk not in editable_ids(request) or not recent:
        message = _(
            "Komentar hanya bisa diubah atau dihapus dari peramban yang mengirimnya, "
            "dalam %(minutes)d menit setelah dikirim."
        ) % {"minutes": EDIT_MINUTES}
        return None, page, refuse(request, message, 403, page)
    return comment, page, None


@require_http_methods(["GET", "POST"])
def edit(request, comment_id):
    comment, page, refused = _own_recent_comment(request, comment_id)
    if refused:
        return refused
    form = CommentEditForm(request.POST or None, initial={"comment": comment.comment})
    if request.method == "POST":
        if not form.is_valid():
            context = {"form": form, "comment": comment, "target_page": page}
            return render(request, "comments/edit.html", context, status=400)
        comment_settings = CommentSettings.for_request(request)
        comment.comment = form.cleaned_data["comment"]
        reason = hold_reason(
            text=comment.comment,
            name=comment.user_name,
            email=comment.user_email,
            url=comment.user_url,
            ip=comment.ip_address,
            max_links=comment_settings.max_links,
        )
        if reason and comment.is_public:
            comment.is_public = False
            CommentReview.objects.update_or_create(
                comment=comment, defaults={"held_reason": reason[:255]}
            )
        comment.save()
        if not comment.is_public:
            return render(request, "comments/held.html", {"comment": comment, "target_page": page})
        return see_other(f"{page.url}#c{comment.pk}")
    return render(
        request, "comments/edit.html", {"form": form, "comment": comment, "target_page": page}
    )


@require_http_methods(["GET", "POST"])
def delete(request, comment_id):
    comment, page, refused = _own_recent_comment(request, comment_id)
    if refused:
        return refused
    if request.method == "POST":
        comment.is_removed = True
        comment.save()
        return see_other(f"{page.url}#komentar")
    return render(request, "comments/delete.html", {"comment": comment, "target_page": page})


@require_http_methods(["GET", "POST"])
def report(request, comment_id):
    comment = get_object_or_404(public_comments(), pk=comment_id)
    page = comment.content_object.specific
    form = ReportForm(request.POST if request.method == "POST" else None)
    if request.method == "POST":
        # Every attempt counts, as before reasons existed: a report costs a moderator's time.
        if hit("comments.report", client_identity(request), limit=20, window=3600):
            message = _("Terlalu banyak laporan dari Anda. Coba lagi nanti.")
            return refuse(
                request,
                message,
                429,
                page,
                {"Retry-After": "3600"},
                typed=request.POST.get("note", ""),
                typed_label=_("Catatan Anda (salin bila ingin menyimpannya):"),
            )
        if form.is_valid():
            fields = {"reason": form.cleaned_data["reason"], "note": form.cleaned_data["note"]}
            if request.user.is_authenticated:
                # A reader with an account changes their mind rather than reporting twice.
                CommentReport.objects.update_or_create(
                    comment=comment, reporter=request.user, defaults=fields
                )
            else:
                CommentReport.objects.create(comment=comment, **fields)
            context = {"comment": comment, "target_page": page}
            return render(request, "comments/reported.html", context)
    context = {"comment": comment, "target_page": page, "form": form}
    status = 400 if form.is_bound else 200
    return render(request, "comments/report.html", context, status=status)


def permalink(request, content_type_id, object_id):
    """``/komentar/cr/<type>/<id>/``: where django_comments' permalinks point.

    Django's contenttypes ``shortcut`` redirects to any object's URL, so enumerating ids
    revealed the addresses (slugs, i.e. titles) of drafts, restricted pages and the pages
    of held comments. Only what anyone may read resolves here; everything else is 404.
    """
    content_type = ContentType.objects.filter(pk=content_type_id).first()
    model = content_type.model_class() if content_type else None
    if model is not None and issubclass(model, Page):
        page = get_object_or_404(visible_pages().filter(content_type=content_type), pk=object_id)
        return redirect(page.get_url(request))
    if model is not None and issubclass(model, XtdComment):
        comment = get_object_or_404(public_comments(), pk=object_id)
        return redirect(f"{comment.content_object.get_url(request)}#c{comment.pk}")
    raise Http404
