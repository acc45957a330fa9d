from django.contrib.syndication.views import Feed
from django.utils.translation import gettext_lazy as _

from .queries import visible


class LatestCommentsFeed(Feed):
    """ "Komentar terbaru": the newest published comments across the site."""

    title = _("Komentar terbaru di Guyub")
    description = _("Komentar terbaru dari pembaca Guyub.")
    limit = 30

    def link(self):
        return "/"

    def items(self):
        return visible().order_by("-submit_date").prefetch_related("content_object")[: self.limit]

    def item_title(self, item):
        page_title = getattr(item.content_object, "title", "")
        return _("%(name)s tentang %(page)s") % {"name": item.user_name, "page": page_title}

    def item_description(self, item):
        # Plain text: the feed framework escapes it, so no markup can slip through.
        return item.comment

    def item_link(self, item):
        page = item.content_object
        return f"{page.url}#c{item.pk}" if page else "/"

    def item_pubdate(self, item):
        return item.submit_date

    def item_author_name(self, item):
        return item.user_name
