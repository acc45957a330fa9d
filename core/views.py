"""Views every app relies on: robots.txt, the CSRF helpers for cached pages, the
login lockout page."""

from axes.helpers import get_cool_off, get_failure_limit
from django.http import HttpResponse, JsonResponse
from django.middleware import csrf
from django.middleware.csrf import get_token
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_GET


@require_GET
@cache_control(max_age=60 * 60 * 24, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Disallow: {reverse('search')}",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


def login_locked(request, original_response=None, credentials=None):
    """Indonesian lockout page for django-axes (AXES_LOCKOUT_CALLABLE), HTTP 429."""
    cool_off = get_cool_off(request)
    minutes = max(1, round(cool_off.total_seconds() / 60)) if cool_off else None
    return TemplateResponse(
        request,
        "core/lockout.html",
        {"failure_limit": get_failure_limit(request, credentials), "cooloff_minutes": minutes},
        status=429,
    ).render()


@require_GET
@never_cache
def csrf_token(request):
    """A fresh CSRF token (and cookie) for a form on a cached page; see static/js/csrf.js."""
    return JsonResponse({"token": get_token(request)})


# Failures a visitor can fix by sending the same data again with a fresh token: the
# page they posted from was cached (no token in it) or their cookie expired meanwhile.
# A wrong Origin or Referer, the signs of a cross-site forgery, gets the plain refusal.
# (Django words a stale form token as "CSRF token from POST incorrect.")
RESENDABLE_CSRF_FAILURES = (
    csrf.REASON_NO_CSRF_COOKIE,
    csrf.REASON_CSRF_TOKEN_MISSING,
    "CSRF token from POST ",
)


def csrf_failure(request, reason=""):
    """Offer to resend a form posted without JavaScript from a cached page.

    The response is never cached, carries a fresh token, and sends nothing by itself:
    the visitor reviews their own submission and presses the button. File uploads
    cannot be carried over and must be chosen again.
    """
    resendable = request.method == "POST" and reason.startswith(RESENDABLE_CSRF_FAILURES)
    fields = []
    if resendable:
        fields = [
            (name, value)
            for name, values in request.POST.lists()
            if name != "csrfmiddlewaretoken"
            for value in values
        ]
    response = TemplateResponse(
        request,
        "core/csrf_failure.html",
        {
            "resendable": resendable,
            "fields": fields,
            "action": request.get_full_path(),
            "had_files": bool(request.FILES) if resendable else False,
        },
        status=403,
    )
    add_never_cache_headers(response)
    return response
