"""Answer page-cache hits before Django's request handling, as a WSGI wrapper.

A hit through ``AnonymousPageCacheMiddleware`` still pays for Django's handler around
it: the ``request_started``/``request_finished`` signals (resetting queries, closing
old database connections, closing every cache used), the URL-conf bookkeeping, and an
``HttpResponse`` whose headers are validated one by one. Together that is about as much
as the lookup itself, and it is why a hit reached only about half the throughput of a
bare Django view (issue #20, ``python -m bench.middleware_cost``). Full-page caches in
front of WordPress answer before WordPress loads for the same reason.

``PageCacheApplication`` runs the middleware's own lookup (the same keys, generation,
scopes and listing window, so both always agree) on a ``WSGIRequest`` and, on a hit,
writes the stored response straight to the server. Everything else (misses, anything
not cacheable, errors while looking up) goes to Django unchanged, where the middleware
looks up once more and renders and stores the page. A hit touches no database
connection, which is why skipping the signals that tidy connections up is safe.

The stored headers are the final ones: the middleware comes before
``SecurityMiddleware`` and every other middleware that adds headers, so the entry holds
what they added, and a hit answered here is byte for byte the one Django would send.
"""

import logging
from http import HTTPStatus

from django.conf import settings
from django.core.handlers.wsgi import WSGIRequest

from .cache import AnonymousPageCacheMiddleware

logger = logging.getLogger(__name__)

MIDDLEWARE_PATH = "core.cache.AnonymousPageCacheMiddleware"


class PageCacheApplication:
    """Wrap Django's WSGI application; see the module docstring."""

    def __init__(self, application):
        self.application = application
        # Without the middleware nothing would ever be stored or refreshed under the
        # rules it implements, so nothing may be answered from the cache here either.
        self.enabled = MIDDLEWARE_PATH in settings.MIDDLEWARE
        self.middleware = AnonymousPageCacheMiddleware(get_response=None)

    def __call__(self, environ, start_response):
        entry = self._hit(environ) if self.enabled else None
        if entry is None:
            return self.application(environ, start_response)
        _stamp, _stored, _declared, status, headers, content = entry
        headers = [
            *headers,
            ("Content-Length", str(len(content))),
            ("X-Guyub-Cache", "hit"),
        ]
        start_response(f"{status} {HTTPStatus(status).phrase}", headers)
        return [b"" if environ["REQUEST_METHOD"] == "HEAD" else content]

    def _hit(self, environ):
        if environ.get("REQUEST_METHOD") not in ("GET", "HEAD"):
            return None
        if not getattr(settings, "GUYUB_PAGE_CACHE", False):
            return None
        try:
            lookup = self.middleware.lookup(WSGIRequest(environ))
        except Exception:
            # Django's handler meets the same problem next and answers it properly
            # (a 400 for a bad request, the error page and its logging otherwise).
            logger.debug("Page cache lookup failed before Django; passing on", exc_info=True)
            return None
        return lookup.entry if lookup is not None else None
