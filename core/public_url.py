"""The public base URL ("https://guyub.example"), from one source of truth.

Inside a request it is the scheme and host the visitor used (Django has already checked
the host against ALLOWED_HOSTS, and behind a proxy SECURE_PROXY_SSL_HEADER gives the
scheme). Without a request (emails, background tasks, management commands) it is the
WAGTAILADMIN_BASE_URL setting, which Wagtail itself uses for its notification emails.

The Wagtail ``Site`` record (hostname and port) and django.contrib.sites' ``Site``
(domain, used by django-comments) are kept in step with the setting by
``sync_site_records`` (``manage.py set_site_url``, ``make run``, ``load_demo_content``),
but page URLs do not depend on them: a migrated database says ``localhost:80`` and
``example.com``, which no visitor can reach.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpRequest

__all__ = ["PublicUrlMixin", "public_base_url", "sync_site_records"]


def public_base_url(request=None):
    """Scheme and host, without a trailing slash."""
    if isinstance(request, HttpRequest):
        return f"{request.scheme}://{request.get_host()}"
    return configured_base_url()


def configured_base_url(value=None):
    """WAGTAILADMIN_BASE_URL (or ``value``), checked: a scheme and a host, nothing more."""
    value = (value or settings.WAGTAILADMIN_BASE_URL).rstrip("/")
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.path:
        raise ImproperlyConfigured(
            f"{value!r} is not a site address such as https://guyub.example or "
            "http://127.0.0.1:8000 (scheme and host, no path): check WAGTAILADMIN_BASE_URL."
        )
    return value


class PublicUrlMixin:
    """Page URLs built on ``public_base_url`` instead of the ``Site`` record's hostname.

    Wagtail's documented extension point for page URLs is ``get_url_parts``; only the
    root changes, the path and the site stay Wagtail's. A page of another Wagtail site
    (not the request's; without a request, any site when there are several) keeps that
    site's root.
    """

    def get_url_parts(self, request=None):
        parts = super().get_url_parts(request)
        if parts is None or parts[2] is None:
            return parts
        site_id, root_url, page_path = parts
        if site_id == _current_site_id(request):
            root_url = public_base_url(request)
        return site_id, root_url, page_path


def _current_site_id(request):
    from wagtail.models import Site

    if isinstance(request, HttpRequest):
        site = Site.find_for_request(request)
        return site.pk if site else None
    # Without a request the setting names one site: it stands for the only one there is.
    site_ids = {root_path.site_id for root_path in Site.get_site_root_paths()}
    return site_ids.pop() if len(site_ids) == 1 else None


def sync_site_records(base_url=None):
    """Point the default Wagtail Site and django.contrib.sites' Site at ``base_url``.

    Returns the (hostname, port) written.
    """
    from django.contrib.sites.models import Site as DjangoSite
    from wagtail.models import Site

    parts = urlsplit(configured_base_url(base_url))
    port = parts.port or (443 if parts.scheme == "https" else 80)
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = parts.hostname, port
    site.save()
    DjangoSite.objects.update_or_create(
        pk=settings.SITE_ID,
        defaults={"domain": parts.netloc, "name": site.site_name or settings.WAGTAIL_SITE_NAME},
    )
    return parts.hostname, port
