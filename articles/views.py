"""The reader's side of the new-article mail: sign up, confirm, unsubscribe.

Confirm and unsubscribe links are opened by mail scanners and link previews too, so a GET
only shows a button and the POST behind it acts. Their pages are never cached (each URL
is one person's), and the sign-up form lives on cached pages (``{% csrf_input %}``).
"""

from django.core import signing
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from core.ratelimit import client_identity, hit

from . import subscriptions
from .forms import SubscriptionForm
from .models.subscriptions import CONFIRMATION_DAYS

# Accepted sign-ups per client network per hour, and per address per day. The pending
# address gets at most one mail an hour whatever these allow.
CLIENT_LIMIT = 5
CLIENT_WINDOW = 60 * 60
ADDRESS_LIMIT = 5
ADDRESS_WINDOW = 24 * 60 * 60


def see_other(url):
    """303 after a POST, so reloading the next page does not post again."""
    return HttpResponseRedirect(url, status=303)


def _form_page(request, form, status, message="", headers=None):
    response = render(
        request,
        "articles/subscription/subscribe.html",
        {"form": form, "message": message},
        status=status,
    )
    for name, value in (headers or {}).items():
        response[name] = value
    return response


def _fresh_form(request):
    """A new form (new render time) holding what the visitor typed."""
    return SubscriptionForm(initial={"email": request.POST.get("email", "")})


@require_http_methods(["GET", "HEAD", "POST"])
def subscribe(request):
    if request.method != "POST":
        return _form_page(request, SubscriptionForm(), 200)
    form = SubscriptionForm(request.POST)
    if form.is_spam:
        # The robot sees what a person sees; nothing is stored or sent.
        return see_other(reverse("subscriptions:check_email"))
    if not form.is_valid():
        return _form_page(request, form, 400)
    if form.too_fast:
        message = _("Formulir terkirim terlalu cepat. Periksa alamat Anda, lalu tekan Langganan.")
        return _form_page(request, _fresh_form(request), 400, message)
    email = subscriptions.normalize_email(form.cleaned_data["email"])
    if hit(
        "articles.subscribe.client",
        client_identity(request),
        limit=CLIENT_LIMIT,
        window=CLIENT_WINDOW,
    ) or hit("articles.subscribe.email", email, limit=ADDRESS_LIMIT, window=ADDRESS_WINDOW):
        message = _(
            "Terlalu banyak permintaan langganan dalam waktu singkat. "
            "Silakan coba lagi satu jam lagi."
        )
        return _form_page(
            request, _fresh_form(request), 429, message, {"Retry-After": str(CLIENT_WINDOW)}
        )
    subscriptions.request_subscription(email)
    return see_other(reverse("subscriptions:check_email"))


def check_email(request):
    return render(request, "articles/subscription/check_email.html", {"days": CONFIRMATION_DAYS})


def _link_problem(request, message, status, *, offer_signup=True):
    form = SubscriptionForm() if offer_signup else None
    return render(
        request,
        "articles/subscription/link_problem.html",
        {"message": message, "form": form},
        status=status,
    )


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token):
    try:
        subscriber = subscriptions.subscriber_to_confirm(token)
    except subscriptions.LinkExpired:
        message = _(
            "Tautan konfirmasi ini sudah kedaluwarsa (berlaku %(days)s hari). "
            "Daftarkan alamat Anda sekali lagi untuk menerima tautan baru."
        ) % {"days": CONFIRMATION_DAYS}
        return _link_problem(request, message, 410)
    except signing.BadSignature:
        message = _(
            "Tautan konfirmasi ini tidak valid. Pastikan tautan dari email tersalin utuh, "
            "atau daftarkan alamat Anda sekali lagi."
        )
        return _link_problem(request, message, 400)
    if subscriber is None:
        message = _(
            "Tautan konfirmasi ini sudah tidak berlaku karena pendaftarannya sudah dihapus. "
            "Daftarkan alamat Anda sekali lagi bila masih ingin berlangganan."
        )
        return _link_problem(request, message, 410)
    if request.method == "POST":
        subscriptions.confirm(subscriber)
        return see_other(reverse("subscriptions:active"))
    if subscriber.is_confirmed:
        return render(request, "articles/subscription/active.html")
    return render(request, "articles/subscription/confirm.html", {"subscriber": subscriber})


def active(request):
    return render(request, "articles/subscription/active.html")


# Mail programs send RFC 8058's one-click POST themselves, without any cookie or CSRF token;
# the signed link is the proof of intent, and unsubscribing twice changes nothing.
@csrf_exempt
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token):
    try:
        subscriber = subscriptions.subscriber_to_unsubscribe(token)
    except signing.BadSignature:
        message = _(
            "Tautan berhenti berlangganan ini tidak valid. Pastikan tautan dari email "
            "tersalin utuh."
        )
        return _link_problem(request, message, 400, offer_signup=False)
    if request.method == "POST":
        subscriptions.unsubscribe(subscriber)
        # A page rather than a redirect: the one-click POST expects its answer right here.
        return render(request, "articles/subscription/unsubscribed.html")
    if subscriber is None:
        return render(request, "articles/subscription/unsubscribed.html")
    return render(request, "articles/subscription/unsubscribe.html", {"subscriber": subscriber})
