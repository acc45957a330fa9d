"""One way to count what a page view costs in queries, for every query-budget test."""

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext


def page_view_queries(client, url, params=None, *, cold=False):
    """The SQL of one GET of ``url``, and its response.

    A first GET fills what every process keeps once (content types, renditions, the site
    root paths), so the count is not of a process's first request. ``cold`` then empties the
    cache: cards, counts, facets and routing are rebuilt, as on the first view after a
    content change. Without it the count is of a warm view, served from those caches.
    """
    client.get(url, params or {})
    if cold:
        cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params or {})
    assert response.status_code == 200, url
    return [query["sql"] for query in queries.captured_queries], response
