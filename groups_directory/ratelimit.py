"""A small fixed-window rate limit on Django's cache API.

``cache.add`` creates the counter only if it is missing, and ``cache.incr`` is atomic on
Redis (django-redis uses INCR). On the file-based default cache ``incr`` is a read and a
write, so two requests racing in the same instant may both count as one: fine for
keeping out form spam on a small site, and it needs no extra service.
"""

import hashlib
import time

from django.core.cache import cache

from portal.client_ip import client_ip


def client_key(request):
    """The client address (behind a trusted proxy, from X-Forwarded-For), hashed so raw IPs
    never sit in the cache."""
    address = client_ip(request) or "unknown"
    return hashlib.sha256(address.encode()).hexdigest()[:32]


def allow(scope, request, *, limit, window):
    """Count one attempt for this client; False once ``limit`` is passed within ``window`` s."""
    bucket = int(time.time() // window)
    key = f"guyub:ratelimit:{scope}:{client_key(request)}:{bucket}"
    if cache.add(key, 1, timeout=window):
        return True
    try:
        count = cache.incr(key)
    except ValueError:
        # Expired between add() and incr(): this attempt starts a fresh window.
        cache.add(key, 1, timeout=window)
        return True
    return count <= limit
