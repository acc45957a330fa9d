"""The site's URLs plus a bare Django view: the framework's ceiling.

The ceiling view returns a constant 5 KB page through the same middleware, settings
and gunicorn workers as the site, so ratios to it factor out the machine.
"""

from django.http import HttpResponse
from django.urls import path

from portal.urls import urlpatterns as site_urlpatterns

CEILING_PATH = "/bench/ceiling/"
CEILING_BODY = (
    b"<!DOCTYPE html><html lang=id><title>ceiling</title><p>"
    + b"Guyub rukun warga bersama. " * 190
    + b"</p>"
)[:5120]


def ceiling(request):
    return HttpResponse(CEILING_BODY)


urlpatterns = [path(CEILING_PATH.strip("/") + "/", ceiling), *site_urlpatterns]
