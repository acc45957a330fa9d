"""Bringing existing posts into Guyub: parsers that need no database.

- ``plaintext``: a post copied from a WordPress page as text;
- ``wxr``: a WordPress export file, read safely and as a stream;
- ``html_to_blocks``: WordPress post HTML to article body blocks.

The management commands and the admin view put the results into the database.
"""

from .dates import parse_date
from .html_to_blocks import Conversion, embed_url, html_to_blocks, sanitise_rich_text
from .plaintext import (
    HeadingItem,
    ListItem,
    ParagraphItem,
    ParsedArticle,
    PlainTextError,
    RelatedLinkItem,
    parse_plaintext,
)
from .wxr import (
    WxrAuthor,
    WxrCategory,
    WxrComment,
    WxrError,
    WxrItem,
    WxrSite,
    WxrTag,
    iter_wxr,
)

__all__ = [
    "Conversion",
    "HeadingItem",
    "ListItem",
    "ParagraphItem",
    "ParsedArticle",
    "PlainTextError",
    "RelatedLinkItem",
    "WxrAuthor",
    "WxrCategory",
    "WxrComment",
    "WxrError",
    "WxrItem",
    "WxrSite",
    "WxrTag",
    "embed_url",
    "html_to_blocks",
    "iter_wxr",
    "parse_date",
    "parse_plaintext",
    "sanitise_rich_text",
]
