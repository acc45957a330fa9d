"""The site's URLs plus a bare Django view: the framework's ceiling.

The ceiling view returns a constant 5 KB page through the same middleware, settings
and gunicorn workers as the site, so ratios to it factor out the machine.
"""

import os

from django.http import HttpResponse
from django.urls import path

from portal.urls import urlpatterns as site_urlpatterns

CEILING_PATH = "/bench/ceiling/"
CEILING_BODY = (
    b"<!DOCTYPE html><html lang=id><title>ceiling</title><p>"
    + b"Guyub rukun warga bersama. " * 190
    + b"</p>"
)[:5120]


SAME_SIZE_PATH = "/bench/ceiling/same-size/"


def ceiling(request):
    return HttpResponse(CEILING_BODY)


def same_size(request):
    """The ceiling with a body as long as the page it is compared with (``BENCH_PAGE_BYTES``):
    over HTTP, sending a 40 KB page costs more than sending 5 KB whatever produced it."""
    size = int(os.environ.get("BENCH_PAGE_BYTES", len(CEILING_BODY)))
    return HttpResponse((CEILING_BODY * (size // len(CEILING_BODY) + 1))[:size])


urlpatterns = [
    path(CEILING_PATH.strip("/") + "/", ceiling),
    path(SAME_SIZE_PATH.strip("/") + "/", same_size),
    *site_urlpatterns,
]
