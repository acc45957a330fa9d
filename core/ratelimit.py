"""The one rate limit behind every public form: fixed windows counted in Django's cache.

Forms ask ``is_limited`` before doing anything and ``record`` only what they accepted
(a stored comment, a sent message), so a visitor who fixes a typo or a mistyped address
is never locked out by their own failed attempts. ``hit`` records and checks in one step
for actions where every attempt is the cost (reports).

Counters are keyed by scope (``comments.email``, ``groups.contact``, ...), a hash of the
identity (never a raw address or e-mail in the cache) and the window's start. ``cache.add``
creates a counter only when it is missing and ``cache.incr`` is atomic on Redis; on the
file cache of the embedded default two requests in the same instant may count once, which
is fine for keeping out form spam.

The limit fails open: when the cache cannot be reached (Redis down; django-redis with
``IGNORE_EXCEPTIONS`` answers ``None`` instead of raising) forms keep working and the
outage is logged, as the deploy guide promises.
"""

import hashlib
import ipaddress
import logging
import time

from django.core.cache import cache

from core.client_ip import client_ip

logger = logging.getLogger(__name__)

KEY_PREFIX = "guyub:ratelimit"


def client_identity(request):
    """The client's network for per-address limits.

    An IPv6 subscriber is given a whole /64, so limiting single addresses would let one
    visitor rotate through billions; an IPv4 address is kept whole. Behind a trusted proxy
    the forwarded address counts (core.client_ip).
    """
    address = client_ip(request) or ""
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address
    if parsed.version == 4:
        return str(parsed)
    if parsed.ipv4_mapped:
        return str(parsed.ipv4_mapped)
    return str(ipaddress.ip_network(f"{parsed}/64", strict=False))


def _key(scope, identity, window, now):
    start = int(now) - int(now) % window
    digest = hashlib.sha256(identity.strip().lower().encode()).hexdigest()[:32]
    return f"{KEY_PREFIX}:{scope}:{digest}:{start}"


def _now(now):
    return time.time() if now is None else now


def is_limited(scope, identity, *, limit, window, now=None):
    """True when ``identity`` already used up ``limit`` in the current window.

    A ``limit`` of 0 or an empty identity never limits.
    """
    if not limit or not identity:
        return False
    try:
        count = cache.get(_key(scope, identity, window, _now(now)), 0)
    except Exception:
        logger.warning("Rate limit %s not checked: cache unavailable", scope, exc_info=True)
        return False
    return (count or 0) >= limit


def record(scope, identity, *, window, now=None):
    """Count one accepted action for ``identity``; returns the window's count (None if unknown)."""
    if not identity:
        return None
    key = _key(scope, identity, window, _now(now))
    # A little longer than the window, so a counter never vanishes while its window is open.
    timeout = window + 5
    try:
        if cache.add(key, 1, timeout=timeout):
            return 1
        try:
            count = cache.incr(key)
        except ValueError:
            # Expired between add() and incr(): this action starts a fresh window.
            cache.add(key, 1, timeout=timeout)
            return 1
    except Exception:
        logger.warning("Rate limit %s not counted: cache unavailable", scope, exc_info=True)
        return None
    if count is None:
        logger.warning("Rate limit %s not counted: cache unavailable", scope)
    return count


def hit(scope, identity, *, limit, window, now=None):
    """Record one attempt; True when it goes over ``limit`` in the window."""
    if not limit or not identity:
        return False
    count = record(scope, identity, window=window, now=now)
    return count is not None and count > limit
