from .article_page import (
    ArticlePage,
    ArticlePageAuthor,
    ArticlePageRelatedLink,
    ArticlePageTag,
    Heading,
)
from .importing import ImportRecord, PendingRelatedLink
from .index_page import ArticleIndexPage
from .snippets import Author, Category
from .subscriptions import Subscriber, SubscriberStatus

__all__ = [
    "ArticleIndexPage",
    "ArticlePage",
    "ArticlePageAuthor",
    "ArticlePageRelatedLink",
    "ArticlePageTag",
    "Author",
    "Category",
    "Heading",
    "ImportRecord",
    "PendingRelatedLink",
    "Subscriber",
    "SubscriberStatus",
]
