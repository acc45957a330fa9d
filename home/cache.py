"""Anonymous full-page cache for the public site.

How it works
------------
``AnonymousPageCacheMiddleware`` sits near the top of ``MIDDLEWARE`` (after WhiteNoise,
before sessions). For an anonymous ``GET``/``HEAD`` it looks the page up in Django's
cache *before* sessions, auth, CSRF or Wagtail's routing run, so a hit costs no database
query at all. A miss goes down the normal stack and the rendered response is stored on
the way back if it is safe to share.

"Anonymous" is decided from the request alone, without touching the database: a request
that carries any cookie other than the harmless ones (the CSRF cookie, the language
cookie, names in ``GUYUB_PAGE_CACHE_IGNORED_COOKIES``) is never served from or stored in
the cache. That covers logged-in users (session cookie), flash messages, and any form
that remembers a visitor's name or e-mail in a cookie, so personal data cannot leak
into a shared page.

A response is stored only if it is a plain 200 for a ``GET``, not streaming, sets no
cookie, did not use the CSRF token, is not a preview, and its ``Cache-Control`` (if the
view set one) allows shared caching.

Invalidation: one site-wide generation number
---------------------------------------------
Each entry is stored with the cache *generation* current when the request started; an
entry from an older generation counts as a miss. Any content change bumps the generation
(``bump_generation()``), which atomically retires every cached page at once: the
article, its listings, the home page, feeds, sitemaps, related lists, the directory.

The trade-off: an edit to one page also refreshes thousands of unrelated pages, which
are then re-rendered on their next visit. For a community site, where readers vastly
outnumber edits and the uncached path is itself fast, that costs little and is always
correct. Tracking exactly which pages show which object (dependency tags) would keep
more of the cache warm but is easy to get subtly wrong, and a stale page after an
editor pressed "Publish" is the bug people notice.

The generation is bumped on Wagtail's publish, unpublish, move and delete signals, on
any save or delete of a model in ``GUYUB_PAGE_CACHE_APPS`` (so a comment approved or a
group edited in any app refreshes the site even if that app forgot to say so), and on
the ``content_changed`` signal that other code can send explicitly. Bumps happen right
away and again when the surrounding transaction commits, so a request that reads the
old rows during the transaction cannot store them under the new generation.

Forms on cached pages
---------------------
A cached page must not contain a CSRF token (it would be someone else's). Templates
use ``{% csrf_input %}`` (``home_tags``) instead of ``{% csrf_token %}``: on a cacheable
request it renders an empty token field that ``static/js/csrf.js`` fills from
``/csrf/`` at submit time; without JavaScript, the CSRF failure view
(``home.views.csrf_failure``) shows the visitor their own submission again on an
uncached page with a fresh token, one click to send it.
"""

import hashlib
import re
import time

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.dispatch import Signal
from django.http import HttpResponse
from django.utils.cache import cc_delim_re, patch_cache_control
from django.utils.translation import get_language
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting

# Send this from any code that changes what public pages show without saving a model
# in GUYUB_PAGE_CACHE_APPS, e.g. ``content_changed.send(sender=MyModel)``.
content_changed = Signal()

GENERATION_KEY = "guyub:page-cache:generation"
ENTRY_PREFIX = "guyub:page:"
# request.META flag set by the middleware while rendering a page that may be cached;
# ``{% csrf_input %}`` reads it.
CACHEABLE_META_KEY = "guyub.page_cacheable"

# Fields Wagtail writes when an editor saves a draft; such saves change nothing public.
DRAFT_ONLY_FIELDS = frozenset(
    {
        "latest_revision",
        "latest_revision_created_at",
        "draft_title",
        "has_unpublished_changes",
        "locked",
        "locked_at",
        "locked_by",
    }
)


def _setting(name, default):
    return getattr(settings, name, default)


def page_cache():
    return caches[_setting("GUYUB_PAGE_CACHE_ALIAS", "default")]


def _new_generation():
    # Time-based, so that a generation key lost from the cache (eviction, restart of a
    # memory cache) can never come back as a number an old entry was stored under.
    return time.time_ns() // 1000


def get_generation(cache=None):
    cache = cache or page_cache()
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        generation = _new_generation()
        cache.add(GENERATION_KEY, generation, timeout=None)
        generation = cache.get(GENERATION_KEY, generation)
    return generation


def is_public_path(path):
    """False for paths that never serve a public page (admin, health checks...)."""
    return not any(path.startswith(p) for p in _setting("GUYUB_PAGE_CACHE_EXCLUDED_PATHS", ()))


def bump_generation(**kwargs):
    """Retire every cached page. Safe to call often; it is one cache increment."""
    cache = page_cache()
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # key missing: start a fresh, never-used generation
        cache.set(GENERATION_KEY, _new_generation(), timeout=None)


def cached_until_change(key, build, timeout=None):
    """``build()``'s value, kept in the cache until the next content change.

    For small pieces every page shows (the menu): one cache read instead of several SQL
    queries on each page view, invalidated by the same generation as the page cache.
    The value must pickle. Prefer plain data (tuples, strings); a model instance comes back
    as a fresh copy on each read, without its request (the routing cache and the settings
    rows store instances for that reason: nothing set on one request reaches another).
    """
    return cached_many_until_change([key], lambda missing: {key: build()}, timeout)[key]


def cached_many_until_change(keys, build_missing, timeout=None):
    """``{key: value}`` for ``keys``, from one cache read, built where missing or stale.

    ``build_missing(missing_keys)`` returns ``{key: value}`` for the keys it is given; a
    key it leaves out is left out of the result. Used for the cards of a listing: one
    read for the whole page, and only the cards changed since the last view rendered.
    """
    cache = page_cache()
    full_keys = {f"guyub:fragment:{key}": key for key in keys}
    found = cache.get_many([GENERATION_KEY, *full_keys])
    generation = found.get(GENERATION_KEY)
    if generation is None:
        generation = get_generation(cache)
    values, missing = {}, []
    for full_key, key in full_keys.items():
        entry = found.get(full_key)
        if entry is not None and entry[0] == generation:
            values[key] = entry[1]
        else:
            missing.append(key)
    if missing:
        built = build_missing(missing)
        cache.set_many(
            {f"guyub:fragment:{key}": (generation, value) for key, value in built.items()},
            timeout or _setting("GUYUB_PAGE_CACHE_SECONDS", 3600),
        )
        values.update(built)
    return values


class SettingCachedUntilChange:
    """For a ``BaseSiteSetting``: read the row from the cache until the next content change.

    Every public page reads its site's settings (the footer, the comment rules); saving
    them starts a new generation like any other content. Wagtail pickles settings
    without their request, which ``for_request`` puts back.
    """

    @classmethod
    def for_request(cls, request):
        attr_name = cls.get_cache_attr_name()
        if not hasattr(request, attr_name):
            from wagtail.models import Site

            site = Site.find_for_request(request)
            if site is not None:
                setting = cached_until_change(
                    f"setting:{cls._meta.label_lower}:{site.pk}", lambda: cls.for_site(site)
                )
                setting._request = request
                setattr(request, attr_name, setting)
        return super().for_request(request)


def invalidate_page_cache(**kwargs):
    """Bump now and again after the current transaction commits (see module docstring)."""
    bump_generation()
    transaction.on_commit(bump_generation)


def _on_model_saved(sender, instance=None, update_fields=None, raw=False, **kwargs):
    if raw:  # loaddata
        return
    if kwargs.get("created") and issubclass(sender, (BaseGenericSetting, BaseSiteSetting)):
        # Wagtail creates a settings row with its defaults on the first page view that
        # reads it: what pages showed already, so no reason to drop the cache.
        return
    if sender._meta.app_label not in _setting("GUYUB_PAGE_CACHE_APPS", ()):
        return
    if f"{sender._meta.app_label}.{sender._meta.model_name}" in _setting(
        "GUYUB_PAGE_CACHE_IGNORED_MODELS", ()
    ):
        return
    if update_fields is not None and frozenset(update_fields) <= DRAFT_ONLY_FIELDS:
        return
    invalidate_page_cache()


def connect_signals():
    from django.db.models.signals import m2m_changed, post_delete, post_save
    from wagtail import signals as wagtail_signals

    for signal in (
        wagtail_signals.page_published,
        wagtail_signals.page_unpublished,
        wagtail_signals.post_page_move,
        wagtail_signals.published,
        wagtail_signals.unpublished,
        content_changed,
    ):
        signal.connect(invalidate_page_cache, dispatch_uid=f"guyub-page-cache-{id(signal)}")
    for signal in (wagtail_signals.page_published, wagtail_signals.page_unpublished):
        signal.connect(_purge_listings_from_frontend_cache, dispatch_uid="guyub-frontend-purge")
    post_save.connect(_on_model_saved, dispatch_uid="guyub-page-cache-save")
    post_delete.connect(_on_model_saved, dispatch_uid="guyub-page-cache-delete")
    m2m_changed.connect(_on_m2m_changed, dispatch_uid="guyub-page-cache-m2m")


def _on_m2m_changed(sender, instance=None, action="", **kwargs):
    if action.startswith("post_"):
        _on_model_saved(type(instance))


def _purge_listings_from_frontend_cache(instance, **kwargs):
    """Wagtail's frontend_cache purges the page itself; also purge its listing and home.

    Other pages that show it (related lists, later listing pages) rely on the short
    CDN lifetime (GUYUB_PAGE_CACHE_CDN_SECONDS).
    """
    if not _setting("WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache

    site = instance.get_site()
    pages = [instance.get_parent(), site.root_page if site else None]
    purge_pages_from_cache([page for page in pages if page is not None])


class AnonymousPageCacheMiddleware:
    """Serve and store whole responses for anonymous readers (see module docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _setting("GUYUB_PAGE_CACHE", False):
            return self.get_response(request)
        key = self._key_for(request)
        if key is None:
            return self._mark_uncached(request, self.get_response(request))

        cache = page_cache()
        found = cache.get_many([GENERATION_KEY, key])
        generation = found.get(GENERATION_KEY)
        if generation is None:
            generation = get_generation(cache)
        entry = found.get(key)
        if entry is not None and entry[0] == generation:
            return self._rebuild(entry, request)

        request.META[CACHEABLE_META_KEY] = True
        response = self.get_response(request)
        if request.method == "GET" and self._can_store(request, response):
            self._add_public_headers(response)
            headers = [(k, v) for k, v in response.items() if k.lower() != "content-length"]
            cache.set(
                key,
                (generation, response.status_code, headers, response.content),
                _setting("GUYUB_PAGE_CACHE_SECONDS", 3600),
            )
            response["X-Guyub-Cache"] = "miss"
            return response
        return self._mark_uncached(request, response)

    # Deciding ------------------------------------------------------------------

    def _key_for(self, request):
        """The cache key for a shareable request, or None if it must not be cached."""
        if request.method not in ("GET", "HEAD"):
            return None
        # Wagtail previews run a fake request through the middleware (is_dummy): it must
        # render the draft, never be answered with (or stored as) the live page.
        if getattr(request, "is_dummy", False) or getattr(request, "is_preview", False):
            return None
        if not is_public_path(request.path):
            return None
        ignored = {
            settings.CSRF_COOKIE_NAME,
            settings.LANGUAGE_COOKIE_NAME,
            *_setting("GUYUB_PAGE_CACHE_IGNORED_COOKIES", ()),
        }
        if any(name not in ignored for name in request.COOKIES):
            return None
        allowed = _setting("GUYUB_PAGE_CACHE_QUERY_PARAMS", {})
        params = []
        for name, values in request.GET.lists():
            pattern = allowed.get(name)
            if pattern is None or len(values) != 1 or not re.fullmatch(pattern, values[0]):
                return None
            params.append(f"{name}={values[0]}")
        try:
            host = request.get_host()
        except Exception:  # DisallowedHost: let the normal stack answer with its 400
            return None
        # The language the page renders in: fixed to LANGUAGE_CODE, as there is no
        # LocaleMiddleware, so every browser shares one entry.
        language = get_language()
        raw = "|".join((request.scheme, host, language, request.path, "&".join(sorted(params))))
        return ENTRY_PREFIX + hashlib.sha256(raw.encode()).hexdigest()

    def _can_store(self, request, response):
        if response.status_code != 200 or response.streaming:
            return False
        if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
            return False
        if getattr(request, "is_preview", False):
            return False
        directives = {
            d.strip().split("=")[0].lower()
            for d in cc_delim_re.split(response.get("Cache-Control", ""))
            if d.strip()
        }
        return not directives & {"private", "no-store", "no-cache"}

    # Responding ----------------------------------------------------------------

    def _rebuild(self, entry, request):
        _generation, status, headers, content = entry
        response = HttpResponse(b"" if request.method == "HEAD" else content, status=status)
        for name, value in headers:
            response.headers[name] = value
        response.headers["Content-Length"] = str(len(content))
        response.headers["X-Guyub-Cache"] = "hit"
        return response

    def _add_public_headers(self, response):
        if response.has_header("Cache-Control"):
            return
        patch_cache_control(
            response,
            public=True,
            max_age=_setting("GUYUB_PAGE_CACHE_BROWSER_SECONDS", 60),
            s_maxage=_setting("GUYUB_PAGE_CACHE_CDN_SECONDS", 300),
        )

    def _mark_uncached(self, request, response):
        # Personal or one-off responses: browsers may keep them but must revalidate,
        # and shared caches (CDN, proxies) must not keep them at all.
        if not response.has_header("Cache-Control"):
            patch_cache_control(response, private=True, no_cache=True)
        return response
