"""The server-error handler: a database outage is a 503 "try again", not a 500.

Django routes every uncaught exception, including those raised inside middleware (the
site lookup, the session), to ``handler500`` while the exception is still being handled,
so ``sys.exc_info()`` names it. When the database cannot be reached (PostgreSQL down,
the SQLite file unreadable or locked past its timeout) the visitor gets a plain
Indonesian page that says the site is briefly unavailable, with ``Retry-After`` so that
crawlers and load balancers come back later instead of recording an error. Cached pages
never get here: the page cache answers them before anything touches the database.
Django still logs the exception with its traceback (``django.request``).
"""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.utils.cache import add_never_cache_headers
from django.views.decorators.csrf import requires_csrf_token
from django.views.defaults import server_error as django_server_error

RETRY_AFTER_SECONDS = "60"


@requires_csrf_token
def server_error(request, template_name="500.html"):
    if isinstance(sys.exc_info()[1], (OperationalError, InterfaceError)):
        # Rendered without a request: context processors would query the database again.
        response = HttpResponse(loader.render_to_string("503.html"), status=503)
        response["Retry-After"] = RETRY_AFTER_SECONDS
        add_never_cache_headers(response)
        return response
    return django_server_error(request, template_name)
