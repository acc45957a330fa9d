"""Finding the site, and the pages a request is routed through, from the cache.

To serve ``/artikel/<slug>/`` Wagtail looks the site up by hostname (one query), loads
the site's home page as its specific type (one more), then spends two queries on each
level of the tree it walks through (the child by slug, then its specific row) before
the article's own. Those rows change only when content changes, so they are kept under
the page cache's generation (core/cache.py), which every publish, unpublish, move,
delete and site change retires:

- ``CachedSiteMiddleware`` gives the request its site, with the home page already as
  its specific type, before Wagtail asks for it;
- ``route_through(page, slug)`` is the child a request passes *through* on its way down
  (the article index on the way to an article), used by ``HomePage.route``. The page a
  request ends on is still read from the database by the usual route, except the home
  page (it comes with the site) and an index page serving one of its own routes
  (``/artikel/kategori/<slug>/``);
- ``ChildInOneQueryMixin`` (not a cache) finds an index page's child with its specific
  row in one query;
- ``SubpageUrlsMixin`` (not a cache) takes a routable page's URL patterns from its app's
  ``routes`` module, so models never import views;
- ``CachedViewRestrictionsMixin`` answers "no view restrictions" without Wagtail's two
  queries for a page that has no restricted page or alias above it.

Only hosts that ``ALLOWED_HOSTS`` accepts get entries of their own, so made-up
``Host`` headers cannot fill the cache; the others take Wagtail's usual lookup. Paths
that never serve a public page (``GUYUB_PAGE_CACHE_EXCLUDED_PATHS``: the admin, health
checks) are left alone: ``/healthz`` must answer without the cache or the database.
"""

from django.core.exceptions import DisallowedHost
from django.http import Http404
from django.http.request import split_domain_port
from django.utils.module_loading import import_string
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.models.sites import get_site_for_hostname

from core.cache import (
    cached_many_until_change,
    cached_until_change,
    from_plain_row,
    is_public_path,
    plain_row,
)


def cached_site(request):
    """The request's Site (home page loaded as its specific type), or None if unknown."""
    try:
        # The same hostname and port Wagtail's Site.find_for_request matches on (it reads
        # the host without the ALLOWED_HOSTS check; only allowed hosts get here).
        hostname = split_domain_port(request.get_host())[0]
    except DisallowedHost:
        return None
    port = request.get_port()

    def build():
        try:
            site = get_site_for_hostname(hostname, port)
        except Site.DoesNotExist:
            return None
        site.root_page = site.root_page.specific
        return plain_row(site, related=["root_page"])

    return from_plain_row(cached_until_change(f"site:{hostname}:{port}", build))


class CachedSiteMiddleware:
    """Set the site Wagtail's ``Site.find_for_request`` returns from the cache.

    Wagtail keeps the site it found on ``request._wagtail_site`` and looks no further
    when it is there (documented on ``Site.find_for_request``). There is no public way
    to hand Wagtail a site; tests/core/test_routing.py pins that this one is used.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if is_public_path(request.path):
            site = cached_site(request)
            if site is not None:
                request._wagtail_site = site
        return self.get_response(request)


def route_through(parent, slug):
    """``parent``'s child with this slug as its specific type, or None if there is none.

    For a request that continues below the child: the child only routes it on.
    """
    key = f"route:{parent.pk}:{slug}"

    def build(missing):
        child = parent.get_children().filter(slug=slug).first()
        # An unknown slug is not kept: any made-up URL would otherwise get an entry.
        return {key: plain_row(child.specific)} if child is not None else {}

    return from_plain_row(cached_many_until_change([key], build).get(key))


def _restricted_subtrees():
    # Wagtail checks the page and its ancestors for restrictions, and an alias's source
    # instead of the alias: below any of these paths, ask Wagtail.
    restricted = PageViewRestriction.objects.values_list("page__path", flat=True)
    aliases = Page.objects.filter(alias_of__isnull=False).values_list("path", flat=True)
    return tuple(sorted({*restricted, *aliases}))


class CachedViewRestrictionsMixin:
    """For page models: no restriction queries for pages outside every restricted subtree.

    Wagtail's ``check_view_restrictions`` hook asks every served page for its view
    restrictions. Restrictions and aliases are saved like any other content, so the
    paths below which they apply are kept until the next change.
    """

    def get_view_restrictions(self):
        if not self.path.startswith(
            cached_until_change("restricted-subtrees", _restricted_subtrees)
        ):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


class SubpageUrlsMixin:
    """Routes of a routable page listed in a module, as Django's ROOT_URLCONF is.

    Views import the models they serve, so a model naming its views directly (Wagtail's
    ``@path`` on a method that calls a view) needs an import the other way round.
    ``subpage_urls`` is the dotted path of a list of URL patterns, loaded on first use;
    Wagtail binds each view to the page, so it is called as ``view(page, request, ...)``.
    Routes the model declares itself with ``@path`` come after these.
    """

    subpage_urls = None

    @classmethod
    def get_subpage_urls(cls):
        own = import_string(cls.subpage_urls) if cls.subpage_urls else ()
        return (*own, *super().get_subpage_urls())


class ChildInOneQueryMixin:
    """For a routable index page with one child page type (its only ``subpage_types``).

    Find the child a request names, specific row included, in one query rather than
    Wagtail's two (the child as a plain page, then its own row). The index page's own
    routes (``feed/``, ``daftar/``...) still come first.
    """

    def route(self, request, path_components):
        if path_components:
            try:
                self.resolve_subpage("/" + "/".join(path_components) + "/")
            except Http404:
                (child_model,) = self.allowed_subpage_models()
                slug = path_components[0]
                child = child_model.objects.child_of(self).filter(slug=slug).first()
                if child is not None:
                    # As Wagtail's Page.route does (treebeard's get_parent reads it): no
                    # query for the parent. No public API sets it; test_routing pins it.
                    child._cached_parent_obj = self
                    return child.route(request, path_components[1:])
        return super().route(request, path_components)
