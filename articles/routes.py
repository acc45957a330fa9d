"""URL patterns of the article index served by other modules (see core.routing.SubpageUrlsMixin)."""

from django.urls import path, re_path

from . import feeds
from .models.index_page import SLUG

index_urls = [
    path("feed/", feeds.index_feed, name="feed"),
    path("feed/atom/", feeds.index_atom_feed, name="feed_atom"),
    re_path(rf"^kategori/{SLUG}/feed/$", feeds.category_feed, name="category_feed"),
    re_path(rf"^kategori/{SLUG}/feed/atom/$", feeds.category_atom_feed, name="category_feed_atom"),
]
