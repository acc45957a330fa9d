"""A test-only URLconf: the real site plus a page with a form that remembers its sender.

It stands in for the comment and group-submission forms of other apps: a POST handler
behind CSRF, and a GET page that pre-fills name and e-mail from the logged-in user or a
"remember me" cookie, the personal data that must never reach the shared page cache.
"""

from django.http import HttpResponse
from django.template import engines
from django.urls import path

from portal.urls import urlpatterns as site_urlpatterns

REMEMBER_COOKIE = "guyub_pengirim"

FORM_TEMPLATE = engines["django"].from_string(
    '{% load core_tags %}<!DOCTYPE html><html lang="id"><body>'
    '<form method="post" action="/uji/formulir/">{% csrf_input %}'
    '<input name="nama" value="{{ name }}"><input name="email" value="{{ email }}">'
    '<textarea name="pesan"></textarea><button type="submit">Kirim</button></form>'
    "</body></html>"
)


def form_page(request):
    if request.method == "POST":
        return HttpResponse(f"Terima kasih, {request.POST.get('nama', '')}: pesan diterima.")
    name = email = ""
    if request.user.is_authenticated:
        name, email = request.user.get_full_name(), request.user.email
    elif REMEMBER_COOKIE in request.COOKIES:
        name, _, email = request.COOKIES[REMEMBER_COOKIE].partition("|")
    return HttpResponse(FORM_TEMPLATE.render({"name": name, "email": email}, request))


PLAIN_TEMPLATE = engines["django"].from_string(
    '<form method="post" action="/uji/formulir/">{% csrf_token %}<button>Kirim</button></form>'
)


def plain_token_page(request):
    """A form written with Django's own {% csrf_token %}: must never be shared."""
    return HttpResponse(PLAIN_TEMPLATE.render({}, request))


urlpatterns = [
    path("uji/formulir/", form_page),
    path("uji/formulir-biasa/", plain_token_page),
    *site_urlpatterns,
]
