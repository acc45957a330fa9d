from .importing import ImportRecord, PendingRelatedLink
from .pages import (
    ArticleIndexPage,
    ArticlePage,
    ArticlePageAuthor,
    ArticlePageRelatedLink,
    ArticlePageTag,
    Heading,
)
from .snippets import Author, Category

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
]
