"""A safe, streaming reader for WordPress eXtended RSS (WXR) export files.

Safety: defusedxml's iterparse refuses entity declarations (billion laughs, quadratic
blowup) and external references (XXE) before expanding anything. WordPress never writes
either, so an export containing one is refused as a whole.

Streaming: elements are handed out as soon as they end and then cleared, and each
finished child is removed from ``<channel>``, so memory stays at one item (with its
comments) however big the export is.

The reader yields plain dataclasses: ``WxrSite`` first, then ``WxrAuthor``,
``WxrCategory``, ``WxrTag`` and ``WxrItem`` (posts, pages, attachments, with their
comments) in file order.
"""

import datetime
import re
from dataclasses import dataclass, field
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

__all__ = [
    "WxrAuthor",
    "WxrCategory",
    "WxrComment",
    "WxrError",
    "WxrItem",
    "WxrSite",
    "WxrTag",
    "iter_wxr",
]

_NAMESPACE_PREFIXES = {
    "http://purl.org/rss/1.0/modules/content/": "content",
    "http://purl.org/dc/elements/1.1/": "dc",
    "http://wellformedweb.org/CommentAPI/": "wfw",
}

# WordPress has written "http://wordpress.org/export/1.0/" to ".../1.2/"; exports that
# passed through plugins or proxies sometimes declare the https form. Any 1.x is the same
# format for what is read here.
_WXR_NAMESPACE = re.compile(r"^https?://wordpress\.org/export/1\.\d+/(?P<excerpt>excerpt/?)?$")

# Bodies keep their whitespace: blank lines are paragraph breaks in classic-editor posts.
_RAW = {"content:encoded", "excerpt:encoded", "wp:comment_content"}


class WxrError(ValueError):
    """The file is not a readable, safe WordPress export. The message says why."""


@dataclass
class WxrSite:
    title: str = ""
    link: str = ""
    base_site_url: str = ""
    base_blog_url: str = ""
    wxr_version: str = ""


@dataclass
class WxrAuthor:
    login: str
    email: str = ""
    display_name: str = ""
    first_name: str = ""
    last_name: str = ""


@dataclass
class WxrCategory:
    nicename: str
    name: str
    parent: str = ""
    description: str = ""


@dataclass
class WxrTag:
    slug: str
    name: str


@dataclass
class WxrComment:
    id: int
    parent_id: int  # 0 for a top-level comment
    author: str = ""
    author_email: str = ""
    author_url: str = ""
    author_ip: str = ""
    date: datetime.datetime | None = None  # aware, UTC when the export has GMT dates
    content: str = ""
    approved: str = "1"  # "1", "0", "spam" or "trash"
    type: str = ""  # "" or "comment", "pingback", "trackback"

    @property
    def is_public(self):
        return self.approved == "1"

    @property
    def is_ping(self):
        return self.type in {"pingback", "trackback"}


@dataclass
class WxrItem:
    id: int
    post_type: str
    title: str = ""
    link: str = ""
    guid: str = ""
    slug: str = ""
    status: str = ""
    date: datetime.datetime | None = None
    creator: str = ""
    content: str = ""
    excerpt: str = ""
    parent_id: int = 0
    attachment_url: str = ""
    categories: list = field(default_factory=list)  # [(nicename, name)]
    tags: list = field(default_factory=list)  # [(slug, name)]
    meta: dict = field(default_factory=dict)
    comments: list = field(default_factory=list)
    comment_status: str = ""
    password: str = ""
    sticky: bool = False
    menu_order: int = 0

    @property
    def is_published(self):
        return self.status == "publish"

    @property
    def is_scheduled(self):
        return self.status == "future"


def _local(tag):
    """'{http://wordpress.org/export/1.2/}post_id' -> 'wp:post_id'."""
    if not tag.startswith("{"):
        return tag
    uri, name = tag[1:].split("}", 1)
    wxr = _WXR_NAMESPACE.match(uri)
    if wxr:
        return f"{'excerpt' if wxr['excerpt'] else 'wp'}:{name}"
    return f"{_NAMESPACE_PREFIXES.get(uri, 'ns')}:{name}"


def _child_text(element, name):
    for child in element:
        if _local(child.tag) == name:
            return (child.text or "").strip() if name not in _RAW else child.text or ""
    return ""


def _int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def _date(gmt, local, timezone):
    """Prefer the GMT date; drafts carry '0000-00-00 00:00:00' there."""
    for value, tz in ((gmt, datetime.UTC), (local, timezone)):
        if value and not value.startswith("0000"):
            try:
                parsed = datetime.datetime.strptime(value, "%Y-%m-%d %H:%M:%S")
            except ValueError:
                continue
            return parsed.replace(tzinfo=tz)
    return None


def _author(element):
    return WxrAuthor(
        login=_child_text(element, "wp:author_login"),
        email=_child_text(element, "wp:author_email"),
        display_name=_child_text(element, "wp:author_display_name"),
        first_name=_child_text(element, "wp:author_first_name"),
        last_name=_child_text(element, "wp:author_last_name"),
    )


def _comment(element, timezone):
    return WxrComment(
        id=_int(_child_text(element, "wp:comment_id")),
        parent_id=_int(_child_text(element, "wp:comment_parent")),
        author=_child_text(element, "wp:comment_author"),
        author_email=_child_text(element, "wp:comment_author_email"),
        author_url=_child_text(element, "wp:comment_author_url"),
        author_ip=_child_text(element, "wp:comment_author_IP"),
        date=_date(
            _child_text(element, "wp:comment_date_gmt"),
            _child_text(element, "wp:comment_date"),
            timezone,
        ),
        content=_child_text(element, "wp:comment_content"),
        approved=_child_text(element, "wp:comment_approved") or "0",
        type=_child_text(element, "wp:comment_type"),
    )


def _item(element, timezone):
    item = WxrItem(
        id=_int(_child_text(element, "wp:post_id")),
        post_type=_child_text(element, "wp:post_type") or "post",
        title=_child_text(element, "title"),
        link=_child_text(element, "link"),
        guid=_child_text(element, "guid"),
        slug=_child_text(element, "wp:post_name"),
        status=_child_text(element, "wp:status"),
        date=_date(
            _child_text(element, "wp:post_date_gmt"), _child_text(element, "wp:post_date"), timezone
        ),
        creator=_child_text(element, "dc:creator"),
        content=_child_text(element, "content:encoded"),
        excerpt=_child_text(element, "excerpt:encoded"),
        parent_id=_int(_child_text(element, "wp:post_parent")),
        attachment_url=_child_text(element, "wp:attachment_url"),
        comment_status=_child_text(element, "wp:comment_status"),
        password=_child_text(element, "wp:post_password"),
        sticky=_child_text(element, "wp:is_sticky") == "1",
        menu_order=_int(_child_text(element, "wp:menu_order")),
    )
    for child in element:
        name = _local(child.tag)
        if name == "category":
            domain = child.get("domain")
            pair = (child.get("nicename") or "", (child.text or "").strip())
            if domain == "category":
                item.categories.append(pair)
            elif domain == "post_tag":
                item.tags.append(pair)
        elif name == "wp:postmeta":
            item.meta[_child_text(child, "wp:meta_key")] = _child_text(child, "wp:meta_value")
        elif name == "wp:comment":
            item.comments.append(_comment(child, timezone))
    return item


def _term(element):
    """WXR 1.2's generic <wp:term> for categories and tags."""
    taxonomy = _child_text(element, "wp:term_taxonomy")
    slug = _child_text(element, "wp:term_slug")
    name = _child_text(element, "wp:term_name")
    if taxonomy == "category":
        return WxrCategory(
            nicename=slug,
            name=name,
            parent=_child_text(element, "wp:term_parent"),
            description=_child_text(element, "wp:term_description"),
        )
    if taxonomy == "post_tag":
        return WxrTag(slug=slug, name=name)
    return None


def iter_wxr(source, timezone=datetime.UTC):
    """Yield the contents of a WXR export (a path or a binary file object) as it is read.

    ``timezone`` interprets the site-local dates used when an export has no GMT date.
    Raises ``WxrError`` for unsafe, malformed or non-WordPress XML; whatever was already
    yielded stays valid, so callers that need all-or-nothing wrap the import in a
    transaction.
    """
    site = WxrSite()
    site_sent = False
    depth = 0
    channel = None
    seen_categories = set()
    seen_tags = set()
    try:
        for event, element in iterparse(source, events=("start", "end")):
            if event == "start":
                depth += 1
                if depth == 1 and _local(element.tag) != "rss":
                    raise WxrError(
                        f"ini bukan ekspor WordPress: elemen akarnya "
                        f"<{_local(element.tag)}>, seharusnya <rss>"
                    )
                if depth == 2 and _local(element.tag) == "channel":
                    channel = element
                continue
            depth -= 1
            if depth != 2 or channel is None:
                continue
            name = _local(element.tag)
            if name in {"title", "link"}:
                setattr(site, name, (element.text or "").strip())
            elif name == "wp:wxr_version":
                site.wxr_version = (element.text or "").strip()
            elif name == "wp:base_site_url":
                site.base_site_url = (element.text or "").strip()
            elif name == "wp:base_blog_url":
                site.base_blog_url = (element.text or "").strip()
            elif name in {"wp:author", "wp:category", "wp:tag", "wp:term", "item"}:
                if not site.wxr_version:
                    raise WxrError(
                        "ini umpan RSS, bukan ekspor WordPress (tidak ada <wp:wxr_version>); "
                        "ekspor lewat Alat > Ekspor di WordPress"
                    )
                if not site_sent:
                    site_sent = True
                    yield site
                if name == "wp:author":
                    yield _author(element)
                elif name == "wp:category":
                    nicename = _child_text(element, "wp:category_nicename")
                    if nicename not in seen_categories:
                        seen_categories.add(nicename)
                        yield WxrCategory(
                            nicename=nicename,
                            name=_child_text(element, "wp:cat_name"),
                            parent=_child_text(element, "wp:category_parent"),
                            description=_child_text(element, "wp:category_description"),
                        )
                elif name == "wp:tag":
                    slug = _child_text(element, "wp:tag_slug")
                    if slug not in seen_tags:
                        seen_tags.add(slug)
                        yield WxrTag(slug=slug, name=_child_text(element, "wp:tag_name"))
                elif name == "wp:term":
                    term = _term(element)
                    if isinstance(term, WxrCategory) and term.nicename not in seen_categories:
                        seen_categories.add(term.nicename)
                        yield term
                    elif isinstance(term, WxrTag) and term.slug not in seen_tags:
                        seen_tags.add(term.slug)
                        yield term
                elif name == "item":
                    yield _item(element, timezone)
            # Done with this child of <channel>: free it.
            element.clear()
            channel.remove(element)
    except DefusedXmlException as error:
        raise WxrError(
            "ditolak: berkas mendeklarasikan entitas XML atau rujukan eksternal "
            f"({type(error).__name__}), yang tidak pernah ada di ekspor WordPress dan "
            "bisa dipakai untuk menyerang server"
        ) from None
    except ParseError as error:
        raise WxrError(f"XML-nya rusak atau terpotong ({error})") from None
    if channel is None:
        raise WxrError("ini bukan ekspor WordPress: tidak ada elemen <channel>")
    if not site.wxr_version:
        raise WxrError("ini bukan ekspor WordPress: tidak ada elemen <wp:wxr_version>")
    if not site_sent:
        yield site
