"""Request handlers behind the directory's and the group pages' routes."""

import functools

from django.conf import settings
from django.contrib import messages
from django.core import signing
from django.core.mail import EmailMessage
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect, JsonResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from core.cache import content_changed, page_cache_query_params
from core.cards import CachedPaginator, get_page_or_404
from core.ratelimit import client_identity, hit

from . import moderation
from .directory import PAGE_SIZE, GroupDirectoryFilter
from .forms import ContactForm, GroupSubmissionForm, OrganiserLinkForm, ReportForm
from .models import GroupPage, GroupReport, Region

# Public forms: attempts per client address per hour.
SUBMIT_LIMIT = 5
MESSAGE_LIMIT = 10
RATE_WINDOW = 60 * 60


def get_or_post(handler):
    """Like Django's require_http_methods, for handlers called as ``handler(page, request)``."""

    @functools.wraps(handler)
    def wrapper(page, request, *args, **kwargs):
        if request.method not in ("GET", "HEAD", "POST"):
            return HttpResponseNotAllowed(["GET", "POST"])
        return handler(page, request, *args, **kwargs)

    return wrapper


def directory_index(directory, request):
    group_filter = GroupDirectoryFilter(directory, request.GET)
    base = group_filter.base_queryset()
    if group_filter.near:
        # The reader's own order: a plain paginator, nothing kept in the cache.
        results = get_page_or_404(
            Paginator(group_filter.results_by_distance(base), PAGE_SIZE), request.GET.get("page")
        )
        ids = [pk for pk, _km in results.object_list]
        distances = [km for _pk, km in results.object_list]
    else:
        results = get_page_or_404(
            CachedPaginator(group_filter.result_ids(base), PAGE_SIZE, key=group_filter.key()),
            request.GET.get("page"),
        )
        ids = list(results.object_list)
        distances = [None] * len(ids)
    context = directory.get_context(request)
    context.update(
        {
            "filter": group_filter,
            "facets": group_filter.facets(base),
            "groups": results,
            "group_cards": list(zip(GroupPage.objects.cards(ids, request), distances, strict=True)),
            "querystring": group_filter.querystring(),
            # The map shows the same groups; the reader's point does not change them.
            "querystring_without_near": group_filter.querystring(dekat=None),
            "active_filters": group_filter.active_filters(),
            "map_tile_url": settings.GUYUB_MAP_TILE_URL,
            "map_attribution": settings.GUYUB_MAP_ATTRIBUTION,
        }
    )
    return TemplateResponse(request, "groups_directory/group_directory_page.html", context)


# The directory page declares its filters for the page cache; this route of the same page
# varies by its own parameter instead (a region code), so it declares that one.
@page_cache_query_params(induk=r"[0-9.]{0,13}")
def region_options(request):
    """Children of one region, for the form's dependent selects (progressive enhancement)."""
    parent = request.GET.get("induk", "")
    if parent and not Region.objects.filter(code=parent).exists():
        return JsonResponse({"options": []})
    options = [
        {"code": region.code, "name": region.name}
        for region in Region.objects.children_of(parent or None)
    ]
    response = JsonResponse({"options": options})
    response["Cache-Control"] = "public, max-age=86400"
    return response


@get_or_post
def submit_group(directory, request):
    template = "groups_directory/group_submit.html"
    context = directory.get_context(request)
    if request.method == "GET":
        context["form"] = GroupSubmissionForm()
        return TemplateResponse(request, template, context)
    if "_wilayah" in request.POST:
        # No-JavaScript path: redisplay with the next region level's choices filled in.
        context["form"] = GroupSubmissionForm(initial=request.POST.dict())
        return TemplateResponse(request, template, context)
    form = GroupSubmissionForm(request.POST, request.FILES)
    # Redirect after every accepted POST, so that reloading the thank-you page cannot send
    # the form again; the bot caught by the honeypot sees the same redirect, stores nothing.
    submitted_url = directory.url + directory.reverse_subpage("submitted_route")
    if form.is_spam:
        return HttpResponseRedirect(submitted_url)
    context["form"] = form
    if not form.is_valid():
        return TemplateResponse(request, template, context, status=400)
    if form.is_pending_in(directory):
        form.add_error(
            None,
            _(
                "Kelompok dengan nama ini di wilayah yang sama sudah didaftarkan dan sedang "
                "menunggu pemeriksaan moderator. Tidak perlu mendaftar lagi."
            ),
        )
        return TemplateResponse(request, template, context, status=409)
    # Only submissions that would be stored count against the limit: fixing typos is free.
    if hit("groups.submit", client_identity(request), limit=SUBMIT_LIMIT, window=RATE_WINDOW):
        context["rate_limited"] = True
        return TemplateResponse(request, template, context, status=429)
    with transaction.atomic():
        page = form.apply_to(GroupPage(live=False))
        page.last_updated_at = timezone.now()
        directory.add_child(instance=page)
        moderation.submit_revision(page, directory)
    # Committed above: a failing mail server can no longer lose the submission.
    moderation.notify_submission(request, directory, page)
    return HttpResponseRedirect(submitted_url)


def group_submitted(directory, request):
    return TemplateResponse(
        request, "groups_directory/group_submitted.html", directory.get_context(request)
    )


def link_expired(directory, request):
    context = directory.get_context(request)
    context.update(
        {
            "form": OrganiserLinkForm(),
            "expired": True,
            "link_days": settings.GUYUB_ORGANISER_LINK_DAYS,
        }
    )
    return TemplateResponse(request, "groups_directory/group_new_link.html", context, status=410)


@get_or_post
def manage_group(directory, request, group_id, token):
    """The organiser's private page: status, "masih aktif", corrections, a new link."""
    try:
        version = moderation.token_version(group_id, token)
    except moderation.LinkExpired:
        return link_expired(directory, request)
    except signing.BadSignature:
        raise Http404 from None
    page = GroupPage.objects.child_of(directory).filter(pk=group_id).first()
    if page is None:
        raise Http404
    if version != page.organiser_link_version:
        return link_expired(directory, request)
    latest = page.get_latest_revision_as_object()
    context = directory.get_context(request)
    context["group"] = page
    form = GroupSubmissionForm(initial=GroupSubmissionForm.initial_from(latest))
    if request.method == "POST":
        if request.POST.get("action") == "tautan_baru" and page.email:
            # For an organiser who fears the link got out: every old link stops working
            # and the new one goes only to the registered address (so a group without one
            # cannot lock itself out).
            moderation.revoke_organiser_links(page)
            moderation.send_fresh_links(directory, [page])
            messages.success(
                request,
                _(
                    "Tautan lama sudah tidak berlaku. Tautan baru kami kirim ke email "
                    "pengurus yang terdaftar."
                ),
            )
            return HttpResponseRedirect(directory.url + directory.reverse_subpage("new_link_route"))
        if request.POST.get("action") == "masih_aktif":
            GroupPage.objects.filter(pk=page.pk).update(last_updated_at=timezone.now())
            # update() sends no model signal: refresh cached pages showing the date.
            content_changed.send(sender=GroupPage)
            messages.success(request, _("Terima kasih, kelompok Anda ditandai masih aktif."))
            return HttpResponseRedirect(request.path)
        if "_wilayah" in request.POST:
            form = GroupSubmissionForm(initial=request.POST.dict())
        else:
            form = GroupSubmissionForm(request.POST, request.FILES)
            valid = form.is_valid() and not form.is_spam
            if valid and hit(
                "groups.submit", client_identity(request), limit=SUBMIT_LIMIT, window=RATE_WINDOW
            ):
                context["rate_limited"] = True
            elif valid:
                form.apply_to(latest)
                moderation.submit_revision(latest, directory)
                moderation.notify_submission(request, directory, latest, correction=True)
                messages.success(
                    request, _("Perbaikan terkirim dan akan tayang setelah diperiksa moderator.")
                )
                return HttpResponseRedirect(request.path)
    status, comment = moderation.moderation_status(page)
    context.update(
        {
            "form": form,
            "status": status,
            "moderator_comment": comment,
            "current_logo": latest.logo,
        }
    )
    return TemplateResponse(request, "groups_directory/group_manage.html", context)


@get_or_post
def new_organiser_link(directory, request):
    """Fresh organiser links by mail, for whoever knows a group's registered address.

    The answer is the same whether or not the address is registered, so the page cannot
    be used to find out which addresses belong to a group.
    """
    context = directory.get_context(request)
    form = OrganiserLinkForm(request.POST if request.method == "POST" else None)
    context["form"] = form
    template = "groups_directory/group_new_link.html"
    if request.method == "GET":
        return TemplateResponse(request, template, context)
    if not form.is_spam:
        if hit(
            "groups.organiser_link",
            client_identity(request),
            limit=MESSAGE_LIMIT,
            window=RATE_WINDOW,
        ):
            context["rate_limited"] = True
            return TemplateResponse(request, template, context, status=429)
        if not form.is_valid():
            return TemplateResponse(request, template, context, status=400)
        groups = list(
            GroupPage.objects.child_of(directory).filter(email__iexact=form.cleaned_data["email"])
        )
        if groups:
            moderation.send_fresh_links(directory, groups)
    messages.success(
        request,
        _(
            "Jika alamat itu terdaftar sebagai email pengurus, tautan baru sudah kami kirim "
            "ke sana. Periksa juga folder spam."
        ),
    )
    return HttpResponseRedirect(request.path)


def group_detail(page, request, *, contact_form=None, report_form=None, status=200):
    context = page.get_context(request)
    context["contact_form"] = contact_form or ContactForm()
    context["report_form"] = report_form or ReportForm()
    context["page_url"] = page.get_full_url(request)
    context["map_tile_url"] = settings.GUYUB_MAP_TILE_URL
    context["map_attribution"] = settings.GUYUB_MAP_ATTRIBUTION
    return TemplateResponse(request, page.get_template(request), context, status=status)


@get_or_post
def group_contact(page, request):
    """Relay a reader's message to the group's email, which is never shown."""
    if request.method == "GET" or not page.email:
        return HttpResponseRedirect(page.url + "#kontak")
    form = ContactForm(request.POST)
    if form.is_spam:
        messages.success(request, _("Pesan Anda sudah diteruskan ke pengurus."))
        return HttpResponseRedirect(page.url + "#kontak")
    if not form.is_valid():
        return group_detail(page, request, contact_form=form, status=400)
    # Counted once valid, so correcting a mistyped address costs nothing.
    if hit("groups.contact", client_identity(request), limit=MESSAGE_LIMIT, window=RATE_WINDOW):
        form.add_error(None, _("Terlalu banyak pesan dari alamat Anda. Coba lagi nanti."))
        return group_detail(page, request, contact_form=form, status=429)
    data = form.cleaned_data
    body = _(
        "Pesan untuk %(group)s lewat Guyub dari %(name)s <%(email)s>:\n\n%(message)s\n\n"
        "Balas email ini untuk menjawab langsung. Guyub tidak menyimpan pesan ini."
    ) % {
        "group": page.title,
        "name": data["sender_name"],
        "email": data["sender_email"],
        "message": data["message"],
    }
    email = EmailMessage(
        subject=_("Pesan baru untuk %(group)s") % {"group": page.title},
        body=body,
        to=[page.email],
        reply_to=[data["sender_email"]],
    )
    try:
        email.send()
    except Exception:
        moderation.logger.exception("Contact message for group %s could not be sent", page.pk)
        form.add_error(None, _("Pesan belum bisa dikirim. Coba lagi beberapa saat lagi."))
        return group_detail(page, request, contact_form=form, status=503)
    messages.success(request, _("Pesan Anda sudah diteruskan ke pengurus."))
    return HttpResponseRedirect(page.url + "#kontak")


@get_or_post
def group_report(page, request):
    if request.method == "GET":
        return HttpResponseRedirect(page.url + "#laporkan")
    form = ReportForm(request.POST)
    if not form.is_spam:
        if not form.is_valid():
            return group_detail(page, request, report_form=form, status=400)
        if hit("groups.report", client_identity(request), limit=MESSAGE_LIMIT, window=RATE_WINDOW):
            form.add_error(None, _("Terlalu banyak laporan dari alamat Anda. Coba lagi nanti."))
            return group_detail(page, request, report_form=form, status=429)
        data = form.cleaned_data
        report = GroupReport.objects.create(
            group=page,
            reason=data["reason"],
            details=data["details"],
            reporter_email=data["reporter_email"],
        )
        moderation.notify_report(report)
    messages.success(request, _("Terima kasih, laporan Anda akan diperiksa moderator."))
    return HttpResponseRedirect(page.url + "#laporkan")
