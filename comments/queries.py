"""Reading comments: the threaded tree for one page and counts for listings.

The page's tree costs a fixed number of queries however many comments it has: one for
the top-level thread ids (to paginate threads), one for every comment in the shown
threads with like/dislike counts (``CommentReaction``) annotated. Nesting is built in
Python.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db.models import CharField, Count, Exists, OuterRef, Q
from django.db.models.functions import Cast
from django_comments_xtd.models import XtdComment
from wagtail.models import Page

THREADS_PER_PAGE = 50


def visible(queryset=None):
    queryset = XtdComment.norel_objects.all() if queryset is None else queryset
    return queryset.filter(is_public=True, is_removed=False)


def visible_pages():
    """Pages anyone may read: live and outside every view restriction (password, login, groups)."""
    return Page.objects.live().public()


def on_visible_pages(queryset):
    """Only comments whose page anyone may read.

    A comment shows its page's title and address: on a draft or a restricted page
    both are as private as the page itself. Every listing outside that page (feeds,
    report and like pages, permalinks) goes through this filter.
    """
    pages = (
        visible_pages()
        .annotate(key=Cast("pk", CharField()))
        .filter(content_type_id=OuterRef("content_type_id"), key=OuterRef("object_pk"))
    )
    return queryset.filter(Exists(pages))


def public_comments():
    """Published comments on pages anyone may read."""
    return on_visible_pages(visible())


def for_page(page):
    return visible().filter(
        content_type=ContentType.objects.get_for_id(page.content_type_id),
        object_pk=str(page.pk),
    )


def attach_comment_counts(pages):
    """Set ``comment_count`` (published comments) on pages already fetched, in one query.

    Counting inside the listing's own query (a correlated subquery per row) made SQLite
    count for every matching page before ``ORDER BY ... LIMIT``; counting only the pages
    shown keeps a listing's cost independent of how many articles and comments exist.
    """
    if not pages:
        return pages
    rows = (
        visible()
        .filter(
            content_type_id__in={page.content_type_id for page in pages},
            object_pk__in=[str(page.pk) for page in pages],
        )
        .order_by()
        .values("content_type_id", "object_pk")
        .annotate(total=Count("pk"))
    )
    counts = {(row["content_type_id"], row["object_pk"]): row["total"] for row in rows}
    for page in pages:
        page.comment_count = counts.get((page.content_type_id, str(page.pk)), 0)
    return pages


class Node:
    """One comment and its replies, ready for the template."""

    __slots__ = ("comment", "children")

    def __init__(self, comment):
        self.comment = comment
        self.children = []


def build_tree(comments):
    """Nest comments ordered by (thread_id, order). Orphans (parent hidden) are dropped."""
    nodes = {}
    roots = []
    for comment in comments:
        node = Node(comment)
        nodes[comment.pk] = node
        if comment.parent_id == comment.pk or not comment.parent_id:
            roots.append(node)
        elif comment.parent_id in nodes:
            nodes[comment.parent_id].children.append(node)
    return roots


def comment_tree(page, page_number=1, per_page=THREADS_PER_PAGE):
    """(tree, page_obj, total) for one page's published comments, threads paginated.

    Three queries: thread ids, total count, the comments of the shown threads.
    """
    base = for_page(page)
    thread_ids = list(base.filter(level=0).order_by("thread_id").values_list("pk", flat=True))
    paginator = Paginator(thread_ids, per_page)
    page_obj = paginator.get_page(page_number)
    shown = list(page_obj.object_list)
    if not shown:
        return [], page_obj, 0
    total = base.count()
    comments = (
        base.filter(thread_id__in=shown)
        .annotate(
            likes=Count("reactions", filter=Q(reactions__kind="like")),
            dislikes=Count("reactions", filter=Q(reactions__kind="dislike")),
        )
        .order_by("thread_id", "order")
    )
    return build_tree(comments), page_obj, total
