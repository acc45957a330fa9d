"""RSS 2.0 and Atom feeds of the newest articles, overall and per category, tag or author,
with full content."""

import re

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _
from taggit.models import Tag

from articles.models import Author, Category
from core.public_url import public_base_url

FEED_ITEMS = 20
# Rich text and images render with site-relative URLs; feed readers need absolute ones.
_RELATIVE_URL = re.compile(r'((?:href|src|srcset)="|,\s)/(?!/)')


class FullContentAtomFeed(Atom1Feed):
    """Atom with the summary in <summary> and the whole article in <content>."""

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        if item.get("content"):
            handler.addQuickElement("content", item["content"], {"type": "html"})


class ArticleRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, index, category=None, tag=None, author=None):
        # Absolute URLs on the host the reader asked, like canonical links and the sitemap
        # (Django's syndication would otherwise use django.contrib.sites' domain).
        self.root_url = public_base_url(request)
        return {"index": index, "category": category, "tag": tag, "author": author}

    def title(self, obj):
        if obj["category"]:
            return _("Guyub: artikel kategori %(name)s") % {"name": obj["category"].name}
        if obj["tag"]:
            return _("Guyub: artikel bertag %(name)s") % {"name": obj["tag"].name}
        if obj["author"]:
            return _("Guyub: artikel oleh %(name)s") % {"name": obj["author"].name}
        return _("Guyub: artikel terbaru")

    def link(self, obj):
        index = obj["index"]
        url = index.get_full_url(self.request)
        for kind in ("category", "tag", "author"):
            if obj[kind]:
                view = "author_view" if kind == "author" else f"{kind}_view"
                url += index.reverse_subpage(view, kwargs={"slug": obj[kind].slug})
        return url

    def description(self, obj):
        if obj["category"] and obj["category"].description:
            return obj["category"].description
        if obj["author"] and obj["author"].bio:
            return obj["author"].bio
        return obj["index"].intro or _("Kabar dan cerita dari kelompok warga di Guyub.")

    def feed_url(self, obj):
        return self.root_url + self.request.path

    def items(self, obj):
        articles = obj["index"].articles()
        if obj["category"]:
            articles = articles.in_category(obj["category"])
        if obj["tag"]:
            articles = articles.tagged(obj["tag"])
        if obj["author"]:
            articles = articles.by_author(obj["author"])
        return articles.with_card_data().newest_first()[:FEED_ITEMS]

    def item_title(self, item):
        return item.title

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

    def item_content(self, item):
        html = render_to_string(
            "articles/feed_item.html", {"page": item, "request": self.request}, self.request
        )
        return _RELATIVE_URL.sub(lambda match: match.group(1) + self.root_url + "/", html)

    def item_description(self, item):
        # RSS 2.0 readers show <description>, so it carries the full article.
        return self.item_content(item)

    def item_pubdate(self, item):
        return item.date

    def item_updateddate(self, item):
        return item.last_published_at or item.date

    def item_author_name(self, item):
        return ", ".join(author.name for author in item.authors()) or None

    def item_categories(self, item):
        return [category.name for category in item.categories.all()]


class ArticleAtomFeed(ArticleRssFeed):
    feed_type = FullContentAtomFeed

    def subtitle(self, obj):
        return self.description(obj)

    def item_description(self, item):
        return item.intro

    def item_extra_kwargs(self, item):
        return {"content": self.item_content(item)}


def listing_feed(feed_class, kind=None):
    """A feed view of the index page: every article, or one category's, tag's or author's.

    Called as ``view(index, request, slug)`` from articles.routes.
    """
    models = {"category": Category, "tag": Tag, "author": Author}

    def view(index, request, slug=None):
        filters = {kind: get_object_or_404(models[kind], slug=slug)} if kind else {}
        return feed_class()(request, index=index, **filters)

    return view
