"""The URLs the benchmark measures, by name.

A target's URL comes from the manifest when a generator recorded one under that name
(``ctx.record``), else from the fixed path below; a target with neither is skipped
with a note. To measure another page, record it in its generator and list it here.
"""

from bench.urls import CEILING_PATH

# (name, fixed path or None, kind). Kinds group the results and pick the budget.
TARGETS = [
    ("ceiling", CEILING_PATH, "ceiling"),
    ("home", "/", "page"),
    ("standard_page", None, "page"),
    ("article_list_p1", None, "listing"),
    ("article_list_p50", None, "listing"),
    ("category", None, "listing"),
    ("article_few_comments", None, "article"),
    ("article_50_comments", None, "article"),
    ("article_500_comments", None, "article"),
    ("directory", None, "listing"),
    ("directory_3_filters", None, "listing"),
    ("group_page", None, "page"),
    ("search_1", "/cari/?q=arisan", "search"),
    ("search_2", "/cari/?q=gotong+royong", "search"),
    ("search_3", "/cari/?q=posyandu+balita+timbang", "search"),
    ("rss", None, "feed"),
    ("sitemap", "/sitemap.xml", "feed"),
    ("sitemap_section", "/sitemap-halaman.xml", "feed"),
    ("robots", "/robots.txt", "feed"),
]

# Measured over HTTP (gunicorn + wrk), in this order; the first found of each group.
HTTP_TARGETS = [
    ["ceiling"],
    ["article_50_comments", "article_few_comments"],
    ["article_list_p1"],
    ["directory"],
    ["search_1"],
    ["home"],
    ["standard_page"],
]

# Shares of the ceiling that issue #8 asks for (uncached, and with the page cache on).
BUDGETS_UNCACHED = {"article": 0.03, "listing": 0.025, "search": 0.015}
BUDGET_CACHED = 0.60


def resolve(manifest, only=None):
    """``[(name, url, kind)]`` for the targets that exist, and notes for the rest."""
    recorded = manifest.get("targets", {})
    found, notes = [], []
    for name, path, kind in TARGETS:
        if only and name not in only:
            continue
        url = recorded.get(name, path)
        if url:
            found.append((name, url, kind))
        else:
            notes.append(f"{name}: skipped, no generator recorded this page yet")
    return found, notes
