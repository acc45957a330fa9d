"""The blog's front page: "Artikel", with category, tag, archive, author and feed routes."""

import datetime
from typing import NamedTuple
from urllib.parse import urljoin

from django.db import models
from django.db.models.functions import TruncMonth
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.models import Page

from articles.cards import article_cards
from home.cache import cached_until_change
from home.cards import CachedPaginator, get_page_or_404
from home.public_url import PublicUrlMixin
from home.routing import CachedViewRestrictionsMixin, ChildInOneQueryMixin

from .article_page import ArticlePage
from .snippets import Author, Category

ARTICLES_PER_PAGE = 10
# Slugs in routes may be Unicode: taggit slugifies "Kopi Café" to "kopi-café" and
# editors may type such slugs for categories and authors. Django's <slug:> converter is
# ASCII only, so reversing those raised NoReverseMatch (HTTP 500 on every article with
# such a tag). \w is Unicode-aware for str patterns.
SLUG = r"(?P<slug>[-\w]+)"


class SidebarCategory(NamedTuple):
    pk: int
    name: str
    url: str


class SidebarMonth(NamedTuple):
    label: str
    count: int
    url: str


class ArticleIndexPage(
    PublicUrlMixin, CachedViewRestrictionsMixin, ChildInOneQueryMixin, RoutablePageMixin, Page
):
    """ "Artikel": the blog's front page with category, tag, archive and author listings."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["articles.ArticlePage"]
    max_count = 1
    show_in_menus_default = True
    # For the page cache (home/cache.py): listings and feeds vary by page number only.
    page_cache_query_params = {"page": r"[1-9][0-9]{0,4}"}
    page_cache_shows_comment_counts = True

    intro = models.TextField(
        _("pengantar"),
        blank=True,
        help_text=_("Satu atau dua kalimat di atas daftar artikel."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    class Meta:
        verbose_name = _("indeks artikel")
        verbose_name_plural = _("indeks artikel")

    def articles(self):
        return ArticlePage.objects.child_of(self).published()

    def listing(self, request, articles, pinned_first=False, **context):
        """Render this page as a paginated listing of ``articles``: the page's ids, then
        their cards (see articles.cards)."""
        articles = articles.pinned_first() if pinned_first else articles.newest_first()
        page_obj = get_page_or_404(
            CachedPaginator(
                articles.values_list("pk", flat=True),
                ARTICLES_PER_PAGE,
                key=f"article-listing:{self.pk}:{request.path}",
            ),
            request.GET.get("page"),
        )
        # Canonical on the Wagtail site's host, like article pages; page 1 has no ?page=.
        canonical_url = urljoin(self.get_full_url(request), request.path)
        if page_obj.number > 1:
            canonical_url += f"?page={page_obj.number}"
        return self.render(
            request,
            context_overrides={
                "articles": page_obj,
                "article_cards": article_cards(list(page_obj.object_list), request),
                "canonical_url": canonical_url,
                **context,
            },
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Both sidebar lists aggregate every article, so they are built (links and labels
        # included) once per content change rather than on each view.
        context["categories"] = cached_until_change(
            f"article-categories:{self.pk}", lambda: self.categories_in_use(request)
        )
        context["archive_months"] = cached_until_change(
            f"article-archive:{self.pk}", lambda: self.archive_months(request)
        )
        return context

    def _route_url(self, request, name, **kwargs):
        return self.get_url(request) + self.reverse_subpage(name, kwargs=kwargs)

    def categories_in_use(self, request=None):
        """Categories with at least one published article, as plain rows for the sidebar."""
        categories = Category.objects.filter(articles__in=self.articles().values("pk")).distinct()
        return [
            SidebarCategory(c.pk, c.name, self._route_url(request, "category_view", slug=c.slug))
            for c in categories
        ]

    def archive_months(self, request=None):
        from articles.templatetags.articles_tags import tanggal

        months = (
            self.articles()
            .annotate(month=TruncMonth("date"))
            .values("month")
            .annotate(count=models.Count("pk"))
            .order_by("-month")
        )
        return [
            SidebarMonth(
                tanggal(row["month"], "YEAR_MONTH_FORMAT"),
                row["count"],
                self._route_url(
                    request,
                    "archive_month",
                    year=f"{row['month'].year:04d}",
                    month=f"{row['month'].month:02d}",
                ),
            )
            for row in months
        ]

    @path("")
    def index_view(self, request):
        # Pinned articles (WordPress's sticky posts) open the blog's own list; the
        # category, tag and archive lists stay by date, as in WordPress.
        return self.listing(request, self.articles(), pinned_first=True)

    @re_path(rf"^kategori/{SLUG}/$", name="category_view")
    def category_view(self, request, slug):
        category = get_object_or_404(Category, slug=slug)
        return self.listing(
            request,
            self.articles().in_category(category),
            category=category,
            listing_title=category.name,
            listing_description=category.description,
        )

    @re_path(rf"^tag/{SLUG}/$", name="tag_view")
    def tag_view(self, request, slug):
        tag = get_object_or_404(Tag, slug=slug)
        return self.listing(
            request,
            self.articles().tagged(tag),
            tag=tag,
            listing_title=_("Tag: %(tag)s") % {"tag": tag.name},
        )

    @re_path(rf"^penulis/{SLUG}/$", name="author_view")
    def author_view(self, request, slug):
        author = get_object_or_404(Author.objects.select_related("photo"), slug=slug)
        return self.listing(
            request,
            self.articles().by_author(author),
            author=author,
            listing_title=author.name,
            listing_description=author.bio,
        )

    @re_path(r"^arsip/(?P<year>\d{4})/$", name="archive_year")
    @re_path(r"^arsip/(?P<year>\d{4})/(?P<month>\d{2})/$", name="archive_month")
    def archive_view(self, request, year, month=None):
        year = int(year)
        month = int(month) if month else None
        if not 1 <= year <= 9999 or (month is not None and not 1 <= month <= 12):
            raise Http404
        period = datetime.date(year, month or 1, 1)
        return self.listing(
            request,
            self.articles().in_month(year, month),
            archive_period=period,
            archive_month=month,
        )

    @path("feed/", name="feed")
    def feed_view(self, request):
        from articles.feeds import ArticleRssFeed

        return ArticleRssFeed()(request, index=self)

    @path("feed/atom/", name="feed_atom")
    def atom_feed_view(self, request):
        from articles.feeds import ArticleAtomFeed

        return ArticleAtomFeed()(request, index=self)

    @re_path(rf"^kategori/{SLUG}/feed/$", name="category_feed")
    def category_feed_view(self, request, slug):
        from articles.feeds import ArticleRssFeed

        category = get_object_or_404(Category, slug=slug)
        return ArticleRssFeed()(request, index=self, category=category)

    @re_path(rf"^kategori/{SLUG}/feed/atom/$", name="category_feed_atom")
    def category_atom_feed_view(self, request, slug):
        from articles.feeds import ArticleAtomFeed

        category = get_object_or_404(Category, slug=slug)
        return ArticleAtomFeed()(request, index=self, category=category)

    @re_path(rf"^tag/{SLUG}/feed/$", name="tag_feed")
    def tag_feed_view(self, request, slug):
        from articles.feeds import ArticleRssFeed

        return ArticleRssFeed()(request, index=self, tag=get_object_or_404(Tag, slug=slug))

    @re_path(rf"^tag/{SLUG}/feed/atom/$", name="tag_feed_atom")
    def tag_atom_feed_view(self, request, slug):
        from articles.feeds import ArticleAtomFeed

        return ArticleAtomFeed()(request, index=self, tag=get_object_or_404(Tag, slug=slug))

    @re_path(rf"^penulis/{SLUG}/feed/$", name="author_feed")
    def author_feed_view(self, request, slug):
        from articles.feeds import ArticleRssFeed

        author = get_object_or_404(Author, slug=slug)
        return ArticleRssFeed()(request, index=self, author=author)

    @re_path(rf"^penulis/{SLUG}/feed/atom/$", name="author_feed_atom")
    def author_atom_feed_view(self, request, slug):
        from articles.feeds import ArticleAtomFeed

        author = get_object_or_404(Author, slug=slug)
        return ArticleAtomFeed()(request, index=self, author=author)
