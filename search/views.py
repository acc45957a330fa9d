"""The site search page and the header search box's suggestions."""

import logging
from urllib.parse import urlencode

from django.apps import apps
from django.conf import settings
from django.core.paginator import Paginator
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.models import Page

from core.cache import page_cache_query_params
from core.cards import get_page_or_404
from portal.search.whoosh import SearchIndexError

logger = logging.getLogger(__name__)

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200
AUTOCOMPLETE_LIMIT = 8
# Offer "Mungkin maksud Anda" when a search finds fewer results than this.
SUGGEST_BELOW = 3
# The search index is missing or unreadable (moved, deleted, damaged, being restored).
SEARCH_UNAVAILABLE = (SearchIndexError, OSError)
# Seconds a visitor (or crawler) should wait before searching again while it is down.
SEARCH_RETRY_AFTER = "120"


def _search_tabs():
    """``[(slug, label, model)]`` from GUYUB_SEARCH_TABS, skipping models not installed.

    Article and group page types live in their own apps; a tab appears once its
    model exists, so the page works whichever apps are installed.
    """
    tabs = []
    for slug, label, model_label in getattr(settings, "GUYUB_SEARCH_TABS", []):
        try:
            model = apps.get_model(model_label)
        except (LookupError, ValueError):
            continue
        tabs.append((slug, label, model))
    return tabs


def _result_items(results, page_results):
    """Result pages with their snippet, date and type, for the template."""
    highlight = getattr(results, "highlight", None)
    items = []
    for page in page_results:
        snippet = highlight(page) if highlight else ""
        items.append(
            {
                "page": page,
                "snippet": snippet,
                # A page's own date (an article's "Diposting pada") wins over when it went live.
                "date": getattr(page, "date", None)
                or page.first_published_at
                or page.last_published_at,
                # Page types may name themselves for readers (editors' names such as
                # "halaman biasa" mean nothing to them).
                "type": getattr(page, "reader_type_label", None) or page._meta.verbose_name,
            }
        )
    return items


@require_GET
# Only the empty search form is cached: free text would make the variants unbounded.
@page_cache_query_params(q=r"", jenis=r"[a-z]{0,20}")
def search(request):
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    pages = Page.objects.live().public().specific()
    tabs = [("", _("Semua"), None), *_search_tabs()]
    current = request.GET.get("jenis", "")
    if current not in {slug for slug, _label, _model in tabs}:
        current = ""
    context = {"query": query, "current_tab": current, "tabs": [], "results": None}
    try:
        _run_search(request, query, pages, tabs, current, context)
    except SEARCH_UNAVAILABLE:
        logger.exception("Search is unavailable")
        response = TemplateResponse(
            request, "search/search_unavailable.html", {"query": query}, status=503
        )
        response["Retry-After"] = SEARCH_RETRY_AFTER
        add_never_cache_headers(response)
        return response
    return TemplateResponse(request, "search/search.html", context)


def _run_search(request, query, pages, tabs, current, context):
    """Fill ``context`` with results; every index read happens here, not in the template."""
    if query:
        searches = {
            slug: (pages.type(model) if model else pages).search(query)
            for slug, _label, model in tabs
        }
        context["tabs"] = [
            {"slug": slug, "label": label, "count": searches[slug].count()}
            for slug, label, _model in tabs
        ]
        results = searches[current]
        page_obj = get_page_or_404(Paginator(results, RESULTS_PER_PAGE), request.GET.get("page"))
        context["results"] = page_obj
        context["items"] = _result_items(results, page_obj.object_list)
        context["stop_words_only"] = getattr(results, "stop_words_only", bool)()
        if page_obj.paginator.count < SUGGEST_BELOW and hasattr(results, "suggestion"):
            context["suggestion"] = results.suggestion()
        context["extra_query"] = urlencode({"q": query, **({"jenis": current} if current else {})})


@require_GET
@cache_control(max_age=60, public=True)
def search_suggestions(request):
    """Titles for the header search box (JSON): live public pages whose title words start so."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    suggestions = []
    if len(query) >= 2:
        pages = Page.objects.live().public().autocomplete(query, operator="and")
        try:
            suggestions = [
                {"title": page.title, "url": page.get_url(request)}
                for page in pages[:AUTOCOMPLETE_LIMIT]
            ]
        except SEARCH_UNAVAILABLE:
            logger.exception("Search suggestions are unavailable")
            response = JsonResponse({"query": query, "results": []}, status=503)
            response["Retry-After"] = SEARCH_RETRY_AFTER
            add_never_cache_headers(response)
            return response
    return JsonResponse({"query": query, "results": suggestions})
