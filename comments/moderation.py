"""Spam defence: hold rules (links, blocklist).

Hold rules never lose a comment, they only keep it out of sight until a moderator looks.
Flood limits (core.ratelimit) are applied by the posting view.
"""

import ipaddress
import re
from urllib.parse import urlsplit

from django.utils.translation import gettext as _

from .models import BlockedItem

# Anything a reader would recognise as a link: a scheme, "www." or a bare domain with a path.
LINK_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"']+", re.IGNORECASE)
DOMAIN_IN_TEXT_RE = re.compile(
    r"\b((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})\b", re.IGNORECASE
)


def count_links(text):
    return len(LINK_RE.findall(text or ""))


def _host(value):
    value = (value or "").strip().lower()
    if not value:
        return ""
    if "//" not in value:
        value = "//" + value
    return (urlsplit(value).hostname or "").rstrip(".")


def _domain_matches(host, blocked):
    return bool(host) and (host == blocked or host.endswith("." + blocked))


def _ip_matches(ip, network):
    try:
        return ipaddress.ip_address(ip) in ipaddress.ip_network(network, strict=False)
    except ValueError:
        return False


def hold_reason(*, text, name, email, url, ip, max_links, blocklist=None):
    """Why this comment must wait for a moderator, or "" when it may be published.

    ``blocklist`` defaults to every ``BlockedItem`` (one query).
    """
    if blocklist is None:
        blocklist = list(BlockedItem.objects.values_list("kind", "value"))
    links = count_links(text)
    if links > max_links:
        return _("%(count)d tautan (batas %(max)d)") % {"count": links, "max": max_links}

    haystack = " ".join([name or "", text or "", url or ""]).lower()
    hosts = {_host(url), _host(email.rpartition("@")[2] if email else "")}
    hosts |= {_host(link) for link in LINK_RE.findall(text or "")}
    hosts |= {match.lower() for match in DOMAIN_IN_TEXT_RE.findall(text or "")}
    hosts.discard("")

    for kind, value in blocklist:
        if kind == BlockedItem.Kind.TERM and value and value.lower() in haystack:
            return _("mengandung kata terblokir “%(term)s”") % {"term": value}
        if kind == BlockedItem.Kind.DOMAIN and any(_domain_matches(h, value) for h in hosts):
            return _("domain terblokir %(domain)s") % {"domain": value}
        if kind == BlockedItem.Kind.IP and ip and _ip_matches(ip, value):
            return _("IP terblokir %(ip)s") % {"ip": value}
    return ""
