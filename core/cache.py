"""Anonymous full-page cache for the public site.

How it works
------------
``AnonymousPageCacheMiddleware`` sits first in ``MIDDLEWARE``, so that what every other
middleware adds to a response (security headers, CSP) is stored with the page and a hit
needs none of them; ``core.wsgi`` answers hits before Django's handler with the same
lookup. For an anonymous ``GET``/``HEAD`` it looks the page up in Django's
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

Which query parameters vary a page
----------------------------------
Each page type (``page_cache_query_params`` on the model, read by a ``before_serve_page``
hook) or view (``@page_cache_query_params(...)``) declares the parameters that change its
output, each with the full-match pattern a cacheable value has; ``None`` as the pattern
means "never cached with this parameter" (free text, reply forms). Any other parameter
(``?utm_source=``, ``?page=`` on a page that has no pages) is ignored for the key, so
made-up query strings all share the page's one entry instead of filling the cache. A view
that declares nothing is cached only without a query string. The declaration is stored
with the entry (and, for a URL first seen with parameters, next to it), so a hit is
answered before any view runs. Listings answer 404 past their last page
(``core.cards.get_page_or_404``), and only 200s are stored.

Where entries live
------------------
Pages go to their own, size-bounded cache alias (``GUYUB_PAGE_CACHE_ALIAS``); fragments
(menus, cards, counts) to ``default``; the generation and the scope versions below to
``GUYUB_CACHE_STATE_ALIAS``, which holds a handful of small keys and is never culled, so
no amount of traffic can evict it. Every alias's key prefix carries the release
(``GUYUB_RELEASE``), so a deploy starts from an empty cache instead of unpickling another
release's objects, and ``migrate`` bumps the generation. Cached rows are plain tuples
(``plain_row``), rebuilt as model instances on read.

Invalidation: a site-wide generation and a few narrower scopes
---------------------------------------------------------------
Each entry is stored with the *generation* current when the request started; an entry
from an older generation counts as a miss. A change to what the public sees bumps it
(``bump_generation()``), which retires every cached page at once. What counts is an
explicit list, not a guess by app: Wagtail's publish, unpublish, move and delete of a
live page, a save of a live page, a change to any site setting, and a save or delete of
a model in ``GUYUB_PAGE_CACHE_PUBLIC_MODELS`` (snippets, images, sites, restrictions...),
plus the ``content_changed`` signal other code can send explicitly. Drafts, revisions,
held comments, reports, flags, likes and public submissions (draft pages) bump nothing:
nothing an anonymous visitor can do empties the cache for everyone.

Comments use narrower *scopes*: a comment becoming visible or hidden refreshes its page
at once (the page's path and the fragments of that page). Likes refresh nothing, not
even their page (comments/reactions.py says why). The pages that show comment counts
(``page_cache_shows_comment_counts``: the home page and the article listings) follow
the ``LISTINGS`` scope lazily: a listing entry is served for
``GUYUB_PAGE_CACHE_LISTINGS_SECONDS`` after it was stored whatever comments came since,
and only after that is it compared with the scope. With a comment every few seconds
each listing then renders at most once per window instead of after every comment, and a
count on a listing is never older than the window. Publishing still bumps the
generation, which no window delays.
Bumps happen right away and again when the surrounding transaction commits, so a request
that reads the old rows during the transaction cannot store them under the new version.

Forms on cached pages
---------------------
A cached page must not contain a CSRF token (it would be someone else's). Templates
use ``{% csrf_input %}`` (``core_tags``) instead of ``{% csrf_token %}``: on a cacheable
request it renders an empty token field that ``static/js/csrf.js`` fills from
``/csrf/`` at submit time; without JavaScript, the CSRF failure view
(``core.views.csrf_failure``) shows the visitor their own submission again on an
uncached page with a fresh token, one click to send it.
"""

import functools
import hashlib
import re
import threading
import time
from collections import OrderedDict

from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.db import router, transaction
from django.dispatch import Signal
from django.http import HttpResponse
from django.utils.cache import cc_delim_re, patch_cache_control
from django.utils.translation import get_language
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting

from .state_mirror import MIRROR

# Send this from any code that changes what public pages show without saving a model
# that signals it, e.g. ``content_changed.send(sender=MyModel)`` after a queryset update().
content_changed = Signal()

GENERATION_KEY = "guyub:page-cache:generation"
SCOPE_PREFIX = "guyub:scope:"
ENTRY_PREFIX = "guyub:page:"
VARIANTS_PREFIX = "guyub:page-params:"
# The scope of every page that shows comment counts (listings, related articles).
LISTINGS = "listings"
# request.META flag set by the middleware while rendering a page that may be cached;
# ``{% csrf_input %}`` reads it.
CACHEABLE_META_KEY = "guyub.page_cacheable"
# What the view serving a request declared (see page_cache_query_params).
DECLARATION_META_KEY = "guyub.page_cache_declaration"

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


def state_cache():
    """Where the generation and scope versions live: an alias nothing else fills."""
    return caches[_setting("GUYUB_CACHE_STATE_ALIAS", "default")]


def fragment_cache():
    return caches["default"]


def _new_generation():
    # Time-based, so that a generation key lost from the cache (a restart of a memory
    # cache) can never come back as a number an old entry was stored under.
    return time.time_ns() // 1000


def _scope_key(scope):
    return SCOPE_PREFIX + hashlib.sha256(scope.encode()).hexdigest()[:32]


def path_scope(path):
    return f"path:{path}"


def page_scope(page_id):
    return f"page:{page_id}"


def get_generation(cache=None):
    cache = cache or state_cache()
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        generation = _new_generation()
        if cache.add(GENERATION_KEY, generation, timeout=None):
            MIRROR.changed(cache, [GENERATION_KEY])
        generation = cache.get(GENERATION_KEY, generation)
    return generation


def _get_many_with_versions(cache, keys, scopes):
    """``(generation, {scope: version}, {key: value})``: one round trip when ``cache``
    is the state cache, two otherwise."""
    state = state_cache()
    scope_keys = {_scope_key(scope): scope for scope in scopes}
    state_keys = [GENERATION_KEY, *scope_keys]
    if state is cache:
        found = cache.get_many([*state_keys, *keys])
        state_found = found
    else:
        state_found = state.get_many(state_keys)
        found = cache.get_many(keys) if keys else {}
    generation = state_found.get(GENERATION_KEY)
    if generation is None:
        generation = get_generation(state)
    versions = {scope: state_found.get(key) for key, scope in scope_keys.items()}
    return generation, versions, found


def _state_versions(scopes):
    """``(generation, {scope: version})`` for the page cache's hit path, through this
    process's copy of the state where it can be trusted (``core.state_mirror``)."""
    state = state_cache()
    scope_keys = {_scope_key(scope): scope for scope in scopes}
    found = MIRROR.get_many(state, [GENERATION_KEY, *scope_keys])
    generation = found.get(GENERATION_KEY)
    if generation is None:
        generation = get_generation(state)
    return generation, {scope: found.get(key) for key, scope in scope_keys.items()}


def is_public_path(path):
    """False for paths that never serve a public page (admin, health checks, static
    files and media, which the middleware now sees before WhiteNoise does)."""
    excluded = (
        settings.STATIC_URL,
        settings.MEDIA_URL,
        *_setting("GUYUB_PAGE_CACHE_EXCLUDED_PATHS", ()),
    )
    return not path.startswith(tuple(prefix for prefix in excluded if prefix))


def bump_generation(**kwargs):
    """Retire every cached page. Safe to call often; it is one cache increment."""
    cache = state_cache()
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # key missing: start a fresh, never-used generation
        cache.set(GENERATION_KEY, _new_generation(), timeout=None)
    MIRROR.changed(cache, [GENERATION_KEY])


def bump_scopes(*scopes):
    """Retire the entries stored under these scopes (see module docstring)."""
    cache = state_cache()
    versions = {_scope_key(scope): _new_generation() for scope in scopes}
    cache.set_many(versions, None)
    MIRROR.changed(cache, list(versions))


def cached_until_change(key, build, timeout=None, scope=None):
    """``build()``'s value, kept in the cache until the next content change.

    For small pieces every page shows (the menu): one cache read instead of several SQL
    queries on each page view, invalidated by the same generation as the page cache
    (and by ``scope``, when given). The value must pickle; keep it plain data (tuples,
    strings, ``plain_row``), never a model instance, which another release could not
    unpickle.
    """
    return cached_many_until_change([key], lambda missing: {key: build()}, timeout, scope)[key]


def cached_many_until_change(keys, build_missing, timeout=None, scope=None):
    """``{key: value}`` for ``keys``, from one cache read, built where missing or stale.

    ``build_missing(missing_keys)`` returns ``{key: value}`` for the keys it is given; a
    key it leaves out is left out of the result. Used for the cards of a listing: one
    read for the whole page, and only the cards changed since the last view rendered.
    ``scope`` (a name, or a function of the key) also retires a value when that scope
    is bumped: a card with its article's comment count has ``page_scope(article.pk)``.
    """
    scope_of = scope if callable(scope) else (lambda key: scope)
    scopes = {key: scope_of(key) for key in keys}
    full_keys = {f"guyub:fragment:{key}": key for key in keys}
    generation, versions, found = _get_many_with_versions(
        fragment_cache(), list(full_keys), {s for s in scopes.values() if s}
    )

    def stamp(key):
        return (generation, versions.get(scopes[key]))

    values, missing = {}, []
    for full_key, key in full_keys.items():
        entry = found.get(full_key)
        if entry is not None and entry[0] == stamp(key):
            values[key] = entry[1]
        else:
            missing.append(key)
    if missing:
        built = build_missing(missing)
        fragment_cache().set_many(
            {f"guyub:fragment:{key}": (stamp(key), value) for key, value in built.items()},
            timeout or _setting("GUYUB_PAGE_CACHE_SECONDS", 3600),
        )
        values.update(built)
    return values


def plain_row(instance, related=()):
    """A model instance as plain data (its model's label, field names and values), with
    the rows of the ``related`` foreign keys, for the cache; ``from_plain_row`` rebuilds it.

    A pickled model instance ties the cache to one release's classes and carries whatever
    was set on it; these tuples hold only what the database holds.
    """
    if instance is None:
        return None
    fields = instance._meta.concrete_fields
    return (
        instance._meta.label,
        tuple(field.attname for field in fields),
        tuple(field.get_prep_value(field.value_from_object(instance)) for field in fields),
        tuple((name, plain_row(getattr(instance, name))) for name in related or ()),
    )


def from_plain_row(row):
    """The model instance ``plain_row`` described, as if just read from the database."""
    if row is None:
        return None
    label, names, values, related = row
    model = apps.get_model(label)
    instance = model.from_db(router.db_for_read(model), names, values)
    for name, related_row in related:
        setattr(instance, name, from_plain_row(related_row))
    return instance


class SettingCachedUntilChange:
    """For a ``BaseSiteSetting``: read the row from the cache until the next content change.

    Every public page reads its site's settings (the footer, the comment rules); saving
    them starts a new generation like any other content. ``for_site`` is Wagtail's public
    hook for fetching the row (``for_request`` calls it and caches it on the request).
    """

    @classmethod
    def for_site(cls, site):
        if site is None:
            return super().for_site(site)
        parent = super()
        row = cached_until_change(
            f"setting:{cls._meta.label_lower}:{site.pk}",
            lambda: plain_row(parent.for_site(site), cls.select_related),
        )
        return from_plain_row(row)


def invalidate_page_cache(**kwargs):
    """Bump now and again after the current transaction commits (see module docstring)."""
    bump_generation()
    transaction.on_commit(bump_generation)


def refresh_scopes(*scopes):
    """Like ``invalidate_page_cache`` for a few scopes only."""
    bump_scopes(*scopes)
    transaction.on_commit(lambda: bump_scopes(*scopes))


def page_scopes(page, listings=False):
    """The scopes that hold ``page``: its own fragments and its addresses (and the listings)."""
    scopes = [page_scope(page.pk)]
    url_parts = page.get_url_parts()
    if url_parts is not None:
        scopes.append(path_scope(url_parts[2]))
    if listings:
        scopes.append(LISTINGS)
    return scopes


# What changes public output ------------------------------------------------------


def _on_model_saved(sender, instance=None, update_fields=None, raw=False, **kwargs):
    from wagtail.models import Page

    if raw:  # loaddata
        return
    if isinstance(instance, Page):
        # A draft (a new group submitted by a visitor, an unpublished edit) shows nowhere;
        # publishing, unpublishing and moving send Wagtail's signals, connected below.
        if not instance.live:
            return
        if update_fields is not None and frozenset(update_fields) <= DRAFT_ONLY_FIELDS:
            return
        invalidate_page_cache()
        return
    if issubclass(sender, (BaseGenericSetting, BaseSiteSetting)):
        # Wagtail creates a settings row with its defaults on the first page view that
        # reads it: what pages showed already, so no reason to drop the cache.
        if not kwargs.get("created"):
            invalidate_page_cache()
        return
    label = sender._meta.label_lower
    if label in _setting("GUYUB_PAGE_CACHE_PUBLIC_MODELS", ()):
        if kwargs.get("created") and label in _setting("GUYUB_PAGE_CACHE_UNUSED_WHEN_NEW", ()):
            return
        invalidate_page_cache()


def _on_m2m_changed(sender, instance=None, action="", **kwargs):
    if action.startswith("post_"):
        _on_model_saved(type(instance), instance=instance)


def _comment_is_visible(comment):
    return bool(comment.is_public and not comment.is_removed)


def _remember_comment_visibility(sender, instance=None, raw=False, **kwargs):
    if raw or instance.pk is None:
        instance.page_cache_was_visible = False
        return
    before = sender.objects.filter(pk=instance.pk).values("is_public", "is_removed").first()
    instance.page_cache_was_visible = bool(
        before and before["is_public"] and not before["is_removed"]
    )


def _on_comment_changed(sender, instance=None, raw=False, **kwargs):
    """A comment that is, or was, visible: refresh its page and the comment counts."""
    if raw:
        return
    deleted = "created" not in kwargs  # post_delete
    was_visible = getattr(instance, "page_cache_was_visible", deleted)
    if not (was_visible or _comment_is_visible(instance)):
        return  # held for moderation or waiting for e-mail confirmation: shown nowhere
    _refresh_comment_page(instance, listings=True)


def _refresh_comment_page(comment, listings):
    from wagtail.models import Page

    page = comment.content_object
    if isinstance(page, Page):
        refresh_scopes(*page_scopes(page, listings=listings))
    else:  # comments on something that is not a page: no narrower scope to refresh
        invalidate_page_cache()


def _after_migrate(**kwargs):
    # A migration may change any row the cached pages show (data migrations).
    bump_generation()


def connect_signals():
    from django.db.models.signals import (
        m2m_changed,
        post_delete,
        post_migrate,
        post_save,
        pre_save,
    )
    from django_comments_xtd.models import XtdComment
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
    pre_save.connect(_remember_comment_visibility, sender=XtdComment, dispatch_uid="guyub-c-pre")
    post_save.connect(_on_comment_changed, sender=XtdComment, dispatch_uid="guyub-c-save")
    post_delete.connect(_on_comment_changed, sender=XtdComment, dispatch_uid="guyub-c-delete")
    # Without a sender: Django sends post_migrate only for apps with models, and core has none.
    post_migrate.connect(_after_migrate, dispatch_uid="guyub-page-cache-migrate")


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


# Declaring what varies a page ------------------------------------------------------


class Declaration:
    """What a view said about its output: the query parameters that vary it (name ->
    full-match pattern, or None for "not cached with this parameter") and whether it
    shows comment counts."""

    __slots__ = ("params", "listings")

    def __init__(self, params, listings=False):
        self.params = dict(params)
        self.listings = listings

    def __getstate__(self):
        return (self.params, self.listings)

    def __setstate__(self, state):
        self.params, self.listings = state

    def variant(self, query):
        """The part of ``query`` (``[(name, values)]``) that selects this view's output:
        ``""`` when none does, None when the request must not be cached."""
        bypass = _setting("GUYUB_PAGE_CACHE_BYPASS_PARAMS", ())
        parts = []
        for name, values in query:
            if name in self.params:
                pattern = self.params[name]
                if pattern is None or len(values) != 1 or not re.fullmatch(pattern, values[0]):
                    return None
                parts.append(f"{name}={values[0]}")
            elif name in bypass:
                return None
        return "&".join(sorted(parts))


def declare_page_cache(request, params, listings=False):
    """Record on ``request`` what varies its response (see ``Declaration``)."""
    request.META[DECLARATION_META_KEY] = Declaration(params, listings)


def page_cache_query_params(listings=False, **params):
    """View decorator: these query parameters vary the view's output; others are ignored."""

    def decorator(view):
        @functools.wraps(view)
        def wrapper(request, *args, **kwargs):
            declare_page_cache(request, params, listings)
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


def _shows_listings(declaration):
    return declaration is not None and declaration.listings


def _variant(query, declaration):
    if declaration is None:  # the view said nothing: cacheable only without parameters
        return None if query else ""
    return declaration.variant(query)


# The middleware -----------------------------------------------------------------

_UNKNOWN = object()


def _now():
    # Wall-clock time, comparable between app servers, for the age of listing entries.
    return time.time()


class _ListingsVersion:
    """The ``LISTINGS`` scope version for one request, read at most once and only when
    needed: a listing younger than ``GUYUB_PAGE_CACHE_LISTINGS_SECONDS`` is served
    without it, so most hits cost one state read fewer."""

    def __init__(self):
        self._version = _UNKNOWN

    def current(self):
        if self._version is _UNKNOWN:
            key = _scope_key(LISTINGS)
            self._version = MIRROR.get_many(state_cache(), [key]).get(key)
        return self._version

    def still_current(self, stored):
        """Whether a listing entry stored as ``(stored_at, listings_version)`` may be
        served: comment counts may lag by the window, never more."""
        stored_at, version = stored
        if _now() - stored_at < _setting("GUYUB_PAGE_CACHE_LISTINGS_SECONDS", 60):
            return True
        return version == self.current()


class _LocalEntries:
    """This process's copies of the entries it served last, most recent last, within
    ``GUYUB_PAGE_CACHE_LOCAL_BYTES`` of page content (0: none).

    Only the page itself is kept, never the generation or the scope versions: each
    request still reads those from the shared state cache and serves a copy only if its
    stamp is current, so a publish on another app server retires it just as it retires
    the shared entry. What this saves on a hit is the read of a whole page from the page
    cache (a file plus zlib, or a Redis round trip) and unpickling it.
    """

    def __init__(self):
        self._entries = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None:
                self._entries.move_to_end(key)
            return entry

    @staticmethod
    def _size(entry):
        # The body plus a rough kilobyte for the headers and the tuple, so that empty
        # bodies count too and the number of copies stays bounded.
        return len(entry[-1]) + 1024

    def put(self, key, entry):
        limit = _setting("GUYUB_PAGE_CACHE_LOCAL_BYTES", 0)
        size = self._size(entry)
        if not limit or size > limit // 8:  # one big page must not push out all the others
            return
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self._bytes -= self._size(old)
            self._entries[key] = entry
            self._bytes += size
            while self._bytes > limit:
                _key, dropped = self._entries.popitem(last=False)
                self._bytes -= self._size(dropped)

    def clear(self):
        with self._lock:
            self._entries.clear()
            self._bytes = 0


_local_entries = _LocalEntries()


class _Lookup:
    """One request's page-cache lookup (``AnonymousPageCacheMiddleware.lookup``)."""

    __slots__ = ("base", "query", "stamp", "listings", "declaration", "entry")

    def __init__(self, base, query):
        self.base = base
        self.query = query
        self.stamp = None
        self.listings = _ListingsVersion()
        self.declaration = _UNKNOWN
        self.entry = None


class AnonymousPageCacheMiddleware:
    """Serve and store whole responses for anonymous readers (see module docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _setting("GUYUB_PAGE_CACHE", False):
            return self.get_response(request)
        lookup = self.lookup(request)
        if lookup is None:
            return self._mark_uncached(request, self.get_response(request))
        if lookup.entry is not None:
            return self._rebuild(lookup.entry, request)
        return self._render_and_store(request, lookup)

    def lookup(self, request):
        """The ``_Lookup`` for a request: the entry to answer with, or what storing the
        rendered page needs; None if the request must not be cached at all.

        Touches only the caches, never the database or the request's session, so that
        ``core.wsgi`` can answer hits before Django's handler runs.
        """
        base = self._base_key_for(request)
        if base is None:
            return None
        lookup = _Lookup(base, list(request.GET.lists()))
        cache = page_cache()
        entry_key = ENTRY_PREFIX + base
        params_key = VARIANTS_PREFIX + base
        path = path_scope(request.path)
        generation, versions = _state_versions((path,))
        lookup.stamp = (generation, versions[path])
        listings = lookup.listings

        def valid(entry):
            if entry is None or entry[0] != lookup.stamp:
                return None
            if _shows_listings(entry[2]) and not listings.still_current(entry[1]):
                return None
            return entry

        def find(key, also=()):
            """The valid entry under ``key`` (this process's copy first) and what else
            the page cache returned."""
            entry = valid(_local_entries.get(key))
            if entry is not None:
                return entry, {}
            found = cache.get_many([key, *also])
            entry = valid(found.get(key))
            if entry is not None:
                _local_entries.put(key, entry)
            return entry, found

        query = lookup.query
        lookup.entry, found = find(entry_key, [params_key] if query else [])
        if query:
            if lookup.entry is not None:
                lookup.declaration = lookup.entry[2]
            else:
                known = found.get(params_key)
                if known is not None and known[0] == generation:
                    lookup.declaration = known[1]
            if lookup.declaration is not _UNKNOWN:
                variant = _variant(query, lookup.declaration)
                if variant is None:
                    return None
                if variant:
                    lookup.entry, _found = find(ENTRY_PREFIX + _hash(f"{base}?{variant}"))
        return lookup

    def _render_and_store(self, request, lookup):
        request.META[CACHEABLE_META_KEY] = True
        # Read before rendering, like the generation: a comment approved while the page
        # renders must leave this entry stale, not stamped as if it were included.
        listings_version = lookup.listings.current()
        response = self.get_response(request)
        declared = request.META.get(DECLARATION_META_KEY)
        timeout = _setting("GUYUB_PAGE_CACHE_SECONDS", 3600)
        cache = page_cache()
        query, base = lookup.query, lookup.base
        if query and lookup.declaration is _UNKNOWN:
            # Later requests with parameters learn, before any view runs, which matter.
            cache.set(VARIANTS_PREFIX + base, (lookup.stamp[0], declared), timeout)
        variant = _variant(query, declared)
        if variant is None or request.method != "GET" or not self._can_store(request, response):
            return self._mark_uncached(request, response)
        key = ENTRY_PREFIX + (_hash(f"{base}?{variant}") if variant else base)
        self._add_public_headers(response)
        headers = [(k, v) for k, v in response.items() if k.lower() != "content-length"]
        stored = (_now(), listings_version)
        entry = (lookup.stamp, stored, declared, response.status_code, headers)
        cache.set(key, (*entry, response.content), timeout)
        _local_entries.put(key, (*entry, response.content))
        response["X-Guyub-Cache"] = "miss"
        return response

    # Deciding ------------------------------------------------------------------

    def _base_key_for(self, request):
        """The key of a shareable request without its query string, or None if it must
        not be cached."""
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
        try:
            host = request.get_host()
        except Exception:  # DisallowedHost: let the normal stack answer with its 400
            return None
        # The language the page renders in: fixed to LANGUAGE_CODE, as there is no
        # LocaleMiddleware, so every browser shares one entry.
        return _hash("|".join((request.scheme, host, get_language(), request.path)))

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
        _stamp, _stored, _declared, status, headers, content = entry
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


def _hash(raw):
    return hashlib.sha256(raw.encode()).hexdigest()
