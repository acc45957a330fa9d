"""A search backend whose index is missing, for the readiness tests."""

from wagtail.search.backends.database import SearchBackend as DatabaseSearchBackend


class SearchBackend(DatabaseSearchBackend):
    def search(self, *args, **kwargs):
        raise OSError("search index at /srv/guyub/index is missing")
