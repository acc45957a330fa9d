"""The client's address, honouring X-Forwarded-For only when we sit behind a trusted proxy.

Each proxy appends the address it received the request from to X-Forwarded-For, so with
TRUSTED_PROXY_COUNT proxies in front of the app the client is that many entries from the
right. Entries further left were written by the client and can be forged; when the
header is shorter than expected we fall back to the socket address.
"""

from django.conf import settings


def client_ip(request, credentials=None):
    """Return the client IP for `request` (signature also fits django-axes' callable)."""
    remote = request.META.get("REMOTE_ADDR", "")
    if not getattr(settings, "BEHIND_PROXY", False):
        return remote
    hops = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    hops = [hop for hop in hops if hop]
    count = max(getattr(settings, "TRUSTED_PROXY_COUNT", 1), 1)
    if len(hops) < count:
        return remote
    return hops[-count]
