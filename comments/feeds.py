from django.contrib.syndication.views import Feed
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _

from core.public_url import public_base_url

from .models import CommentsMixin
from .queries import for_page, public_comments, visible_pages
from .text import strip_bidi_controls


class LatestCommentsFeed(Feed):
    """ "Komentar terbaru": the newest published comments across the site."""

    title = _("Komentar terbaru di Guyub")
    description = _("Komentar terbaru dari pembaca Guyub.")
    limit = 30

    # Links are made absolute here, on the host the reader asked: Django's syndication
    # would prefix relative ones with django.contrib.sites' domain (example.com).
    def __call__(self, request, *args, **kwargs):
        self.root_url = public_base_url(request)
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def link(self):
        return self.root_url + "/"

    def feed_url(self):
        return self.root_url + self.request.path

    def items(self):
        return (
            public_comments()
            .order_by("-submit_date")
            .prefetch_related("content_object")[: self.limit]
        )

    def item_title(self, item):
        page_title = getattr(item.content_object, "title", "")
        name = strip_bidi_controls(item.user_name)
        return _("%(name)s tentang %(page)s") % {"name": name, "page": page_title}

    def item_description(self, item):
        # Plain text: the feed framework escapes it, so no markup can slip through.
        return item.comment

    def item_link(self, item):
        page = item.content_object
        return f"{page.get_full_url(self.request)}#c{item.pk}" if page else self.root_url + "/"

    def item_pubdate(self, item):
        return item.submit_date

    def item_author_name(self, item):
        # Plain text has no <bdi>: a feed reader gets the name without its controls.
        return strip_bidi_controls(item.user_name)


class PageCommentsFeed(LatestCommentsFeed):
    """One readable page's published comments, newest first: ``/komentar/halaman/<id>/feed/``."""

    def get_object(self, request, page_id):
        page = get_object_or_404(visible_pages(), pk=page_id).specific
        if not isinstance(page, CommentsMixin) or not page.comments_enabled:
            raise Http404
        # Every item links into this page: no need to load it again per comment.
        self.page = page
        return page

    def title(self, obj):
        return _("Komentar untuk “%(page)s”") % {"page": obj.title}

    def description(self, obj):
        return _("Komentar pembaca Guyub untuk “%(page)s”.") % {"page": obj.title}

    def link(self, obj):
        return obj.get_full_url(self.request) + "#komentar"

    def items(self, obj):
        return for_page(obj).order_by("-submit_date")[: self.limit]

    def item_title(self, item):
        return strip_bidi_controls(item.user_name)

    def item_link(self, item):
        return f"{self.page.get_full_url(self.request)}#c{item.pk}"
