"""Whoosh search backend for modelsearch / Wagtail, with Indonesian analysis.

Configure it with::

    WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "portal.search.whoosh", "PATH": VAR_DIR / "search-index"},
    }
"""

from .backend import WhooshSearchBackend
from .storage import SearchIndexError

__all__ = ["SearchBackend", "SearchIndexError", "WhooshSearchBackend"]

SearchBackend = WhooshSearchBackend
