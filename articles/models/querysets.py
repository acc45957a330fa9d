"""Named queries for article listings, so every listing costs the same few queries."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import (
    Case,
    CharField,
    Count,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Cast, Coalesce
from django.db.models.query import ModelIterable
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import PageManager

from comments.queries import attach_comment_counts, visible
from core.cards import render_cards
from core.querysets import ListedPageQuerySet


class ArticleQuerySet(ListedPageQuerySet):
    # Comment counts are attached to the rows a listing actually fetches, like a prefetch
    # (comments.queries.attach_comment_counts explains why not a subquery). Django has no
    # public hook for "after this queryset fetched its rows" (prefetch_related only
    # follows relations, and comments point at pages by a text object_pk), so the flag is
    # carried through _clone and acted on in _fetch_all; tests/articles/
    # test_comment_count_queryset.py pins both.
    _count_comments = False

    def _clone(self):
        clone = super()._clone()
        clone._count_comments = self._count_comments
        return clone

    def _fetch_all(self):
        fetching = self._result_cache is None
        super()._fetch_all()
        # Like a prefetch: one more query for the rows actually fetched (values() and
        # values_list() rows are not pages and get nothing).
        if fetching and self._count_comments and self._iterable_class is ModelIterable:
            attach_comment_counts(self._result_cache)

    def published(self):
        """Live, public articles whose "Diposting pada" date has come.

        Scheduled pages are not live yet; an editor may also back-date or forward-date
        the posting date, and a future date keeps the article out of every listing.
        """
        return self.listed().filter(date__lte=timezone.now())

    def newest_first(self):
        return self.order_by("-date", "-pk")

    def pinned_first(self):
        """Pinned articles first, each group newest first (index articles_pinned_newest)."""
        return self.order_by("-pinned", "-date", "-pk")

    def for_listing(self):
        """Card data and comment counts without the (large) body: what every card uses."""
        return self.with_card_data().with_comment_counts().defer_streamfields()

    def cards(self, ids, request):
        """The rendered cards of the articles ``ids``, in that order (see core.cards)."""
        return render_cards(
            ids,
            request,
            queryset=self.for_listing(),
            template_name="articles/article_card.html",
            name="article",
        )

    def most_discussed(self, since):
        """Articles by their published comments since ``since`` (ties: newest first), then
        those with none since by their comments of all time: one query, for "Artikel
        Populer". Articles nobody has commented on are left out.

        Comments, not page views: pages are served from the page cache, and counting views
        would make every anonymous visit a write.
        """
        content_type = ContentType.objects.get_for_model(self.model)
        comments = visible().filter(
            content_type_id=content_type.pk, object_pk=Cast(OuterRef("pk"), CharField())
        )
        return (
            self.annotate(
                recent_comments=_count_of(comments.filter(submit_date__gte=since), "object_pk"),
                all_comments=_count_of(comments, "object_pk"),
            )
            .filter(all_comments__gt=0)
            .order_by(
                "-recent_comments",
                # The all-time count only ranks the top-up, never the recently discussed.
                Case(When(recent_comments=0, then=F("all_comments")), default=Value(0)).desc(),
                "-date",
                "-pk",
            )
        )

    def with_comment_counts(self):
        """Set ``comment_count`` (published comments) on the fetched articles, one query."""
        articles = self._chain()
        articles._count_comments = True
        return articles

    def with_card_data(self):
        """Image renditions, authors and categories, fetched up front (one query each)."""
        from .article_page import ArticlePageAuthor

        # A prefetch rather than select_related: Django skips a Prefetch for a relation
        # that select_related already filled, and the renditions would not come along.
        images = get_image_model().objects.prefetch_renditions()
        return self.prefetch_related(
            Prefetch("hero_image", queryset=images),
            Prefetch(
                "article_authors",
                queryset=ArticlePageAuthor.objects.select_related("author").order_by("sort_order"),
            ),
            "categories",
        )

    def in_category(self, category):
        return self.filter(categories=category)

    def tagged(self, tag):
        return self.filter(tags=tag)

    def by_author(self, author):
        return self.filter(article_authors__author=author)

    def in_month(self, year, month=None):
        articles = self.filter(date__year=year)
        return articles.filter(date__month=month) if month else articles

    def ranked_as_related_to(self, article, fill=0):
        """Articles related to ``article`` in one query: the editor's picks first (in their
        order), then those sharing tags or categories, by how many they share, then by
        recency. Of the articles sharing nothing, only the ``fill`` newest are included,
        so that a short list can be topped up with recent ones.
        """
        from .article_page import ArticlePage, ArticlePageRelatedLink, ArticlePageTag

        tag_ids = ArticlePageTag.objects.filter(content_object_id=article.pk).values("tag_id")
        category_ids = ArticlePage.categories.through.objects.filter(
            articlepage_id=article.pk
        ).values("category_id")
        picks = ArticlePageRelatedLink.objects.filter(page_id=article.pk, article_id=OuterRef("pk"))
        # Score only the candidates: the scores below are correlated subqueries, and
        # scoring every article made this query grow with the whole site.
        candidates = (
            Q(pk__in=ArticlePageRelatedLink.objects.filter(page_id=article.pk).values("article_id"))
            | Q(
                pk__in=ArticlePageTag.objects.filter(tag_id__in=tag_ids).values("content_object_id")
            )
            | Q(
                pk__in=ArticlePage.categories.through.objects.filter(
                    category_id__in=category_ids
                ).values("articlepage_id")
            )
        )
        if fill:
            candidates |= Q(pk__in=self.newest_first().values("pk")[:fill])
        return (
            self.filter(candidates)
            .exclude(pk=article.pk)
            .annotate(
                # Links added in code rather than the admin may have no sort_order yet.
                is_pick=Exists(picks),
                pick_order=Subquery(picks.values("sort_order")[:1], output_field=IntegerField()),
                # Correlated counts on the (indexed) through tables rather than joins:
                # joining tags and categories multiplies rows per article and grouped the
                # whole table, which made this query grow steeply with the site.
                shared_tags=_count_of(
                    ArticlePageTag.objects.filter(
                        content_object_id=OuterRef("pk"), tag_id__in=tag_ids
                    ),
                    "content_object_id",
                ),
                shared_categories=_count_of(
                    ArticlePage.categories.through.objects.filter(
                        articlepage_id=OuterRef("pk"), category_id__in=category_ids
                    ),
                    "articlepage_id",
                ),
            )
            .annotate(relevance=F("shared_tags") + F("shared_categories"))
            .order_by(
                "-is_pick",
                F("pick_order").asc(nulls_last=True),
                "-relevance",
                "-date",
                "-pk",
            )
        )


def _count_of(rows, group_field):
    """``COUNT(*)`` of a correlated queryset as an annotation (0 when nothing matches)."""
    counted = rows.order_by().values(group_field).annotate(total=Count("*")).values("total")
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


class ArticleManager(PageManager.from_queryset(ArticleQuerySet)):
    pass
