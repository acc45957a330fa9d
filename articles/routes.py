"""URL patterns of the article index served by other modules (see core.routing.SubpageUrlsMixin)."""

from django.urls import path, re_path

from .feeds import ArticleAtomFeed, ArticleRssFeed, listing_feed
from .models.index_page import SLUG

index_urls = [
    path("feed/", listing_feed(ArticleRssFeed), name="feed"),
    path("feed/atom/", listing_feed(ArticleAtomFeed), name="feed_atom"),
]
for kind, prefix in (("category", "kategori"), ("tag", "tag"), ("author", "penulis")):
    index_urls += [
        re_path(
            rf"^{prefix}/{SLUG}/feed/$", listing_feed(ArticleRssFeed, kind), name=f"{kind}_feed"
        ),
        re_path(
            rf"^{prefix}/{SLUG}/feed/atom/$",
            listing_feed(ArticleAtomFeed, kind),
            name=f"{kind}_feed_atom",
        ),
    ]
