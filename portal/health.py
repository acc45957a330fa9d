"""Liveness and readiness endpoints for load balancers and process supervisors.

`/healthz` answers as long as the Python process can serve a request: it touches nothing
else, so a database outage does not make a supervisor restart healthy workers. `/readyz`
checks the services a page needs (database, cache, search backend) and answers 503 when
one is down, so a load balancer stops sending visitors to this node. Neither says *why*
in its body: component names and "ok"/"error" only; details go to the log.
"""

import logging
import secrets

from django.core.cache import cache
from django.db import connections
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

logger = logging.getLogger(__name__)


def check_database():
    with connections["default"].cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def check_cache():
    key = f"readyz:{secrets.token_hex(8)}"
    cache.set(key, "1", timeout=10)
    try:
        if cache.get(key) != "1":
            raise RuntimeError("cache did not return the value just stored")
    finally:
        cache.delete(key)


def check_search():
    # A real (tiny) query: it fails when the index is missing, unreadable or unreachable.
    list(get_search_backend().search("guyub", Page.objects.all())[:1])


CHECKS = {"database": check_database, "cache": check_cache, "search": check_search}


@never_cache
@require_GET
def healthz(request):
    return JsonResponse({"status": "ok"})


@never_cache
@require_GET
def readyz(request):
    results = {}
    for name, check in CHECKS.items():
        try:
            check()
        except Exception:
            logger.exception("Readiness check %r failed", name)
            results[name] = "error"
        else:
            results[name] = "ok"
    ready = all(value == "ok" for value in results.values())
    return JsonResponse(
        {"status": "ok" if ready else "error", "checks": results}, status=200 if ready else 503
    )
