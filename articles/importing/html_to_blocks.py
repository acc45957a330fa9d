"""WordPress post HTML to article StreamField data.

Three steps:

1. WordPress shortcodes: ``[caption]`` becomes a figure, ``[embed]`` / ``[youtube]`` a bare
   URL line (as WordPress's auto-embed would render it), other shortcodes are removed and
   reported.
2. nh3 (html5ever) normalises the HTML: broken nesting is repaired, scripts, styles and
   comments (including Gutenberg's ``<!-- wp:... -->`` markers) are dropped, and only
   structural tags survive. Its output is well formed, so a small stdlib tree builder is
   enough to walk it.
3. The walk turns the tree into blocks: headings, paragraphs, lists, quotes, images and
   embeds. Paragraph HTML is cleaned a second time with nh3 down to exactly the features of
   the article's paragraph block, in Wagtail's stored form (``<b>``, ``<i>``).

nh3 rather than Wagtail's own whitelister: the whitelister expects editor HTML and keeps
what it does not understand as text, while WordPress exports carry arbitrary theme and
plugin markup; nh3 repairs and sanitises it in one pass and is already a project pin.

The result is raw block data (``{"type": ..., "value": ...}``) ready for
``StreamBlock.to_python``; images are referenced by primary key through a resolver
callback so this module needs no database.
"""

import html
import re
import uuid
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import parse_qs, urlparse

import nh3

from .plaintext import INLINE_RELATED

__all__ = ["Conversion", "RelatedReference", "embed_url", "html_to_blocks", "sanitise_rich_text"]

PARAGRAPH_TAGS = {"p", "br", "b", "i", "a", "ul", "ol", "li", "sup", "sub"}
CAPTION_TAGS = {"b", "i", "a"}
HEADING_MAX_LENGTH = 160
LIST_ITEM_MAX_LENGTH = 300
QUOTE_ATTRIBUTION_MAX_LENGTH = 160
ALT_TEXT_MAX_LENGTH = 200

_STRUCTURE_TAGS = {
    "a", "b", "blockquote", "br", "cite", "code", "div", "em", "figcaption", "figure", "footer",
    "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "iframe", "img", "li", "ol", "p", "pre",
    "section", "span", "strong", "sub", "sup", "table", "tbody", "td", "th", "thead", "tr",
    "u", "ul", "video", "audio", "source",
}  # fmt: skip
_STRUCTURE_ATTRIBUTES = {
    "a": {"href"},
    "img": {"src", "alt", "class", "title"},
    "iframe": {"src", "title"},
    "video": {"src"},
    "audio": {"src"},
    "source": {"src"},
    "blockquote": {"class"},
    "figure": {"class"},
}
_VOID = {"br", "hr", "img", "source"}
_CONTAINERS = {"div", "section", "span", "u", "code", "tbody", "thead"}
_URL_SCHEMES = {"http", "https", "mailto", "tel"}

# Hosts whose bare URLs WordPress turns into embeds and Wagtail's oEmbed finders know.
_EMBED_HOSTS = (
    "youtube.com",
    "youtu.be",
    "vimeo.com",
    "soundcloud.com",
    "open.spotify.com",
    "twitter.com",
    "x.com",
    "instagram.com",
    "tiktok.com",
)
_BARE_URL = re.compile(r"^https?://\S+$")
_NUMBER_PREFIX = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*)[.)]?\s+(?=\S)")
_WP_IMAGE_CLASS = re.compile(r"\bwp-image-(\d+)\b")
_SHORTCODE = re.compile(r"\[(/)?([a-zA-Z][\w-]*)([^\]]*)\]")
_CAPTION = re.compile(
    r"\[(?:caption|wp_caption)(?P<attrs>[^\]]*)\](?P<body>.*?)\[/(?:caption|wp_caption)\]",
    re.DOTALL | re.IGNORECASE,
)
_CAPTION_ATTR = re.compile(r"""\bcaption=(["'])(?P<text>.*?)\1""", re.DOTALL)
_EMBED_SHORTCODE = re.compile(
    r"\[embed[^\]]*\](?P<url>[^\[]+)\[/embed\]|\[(?:youtube|vimeo)[= ](?P<url2>[^\]\s]+)[^\]]*\]",
    re.IGNORECASE,
)
# Shortcodes WordPress core and common plugins register: removed even without attributes.
_KNOWN_SHORTCODES = {
    "audio", "button", "column", "contact-form", "contact-form-7", "gallery", "playlist",
    "row", "video", "wpforms", "toc", "ez-toc", "su_button", "su_note", "vc_row",
    "vc_column", "vc_column_text",
}  # fmt: skip


@dataclass(frozen=True)
class RelatedReference:
    """A "Pos Terkait: <a>Title</a>" paragraph, to become a related_post block.

    ``after_block_id`` is the block it followed ("" for the top of the body).
    """

    title: str
    label: str
    href: str
    after_block_id: str


@dataclass
class Conversion:
    blocks: list = field(default_factory=list)
    warnings: list = field(default_factory=list)
    numbered_headings: bool = False
    related: list = field(default_factory=list)  # RelatedReference, in body order

    def add(self, block_type, value):
        self.blocks.append({"type": block_type, "value": value, "id": str(uuid.uuid4())})


@dataclass
class _Node:
    tag: str
    attrs: dict
    children: list = field(default_factory=list)


class _TreeBuilder(HTMLParser):
    """Builds a tree from nh3's (well formed) output."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = _Node("root", {})
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        node = _Node(tag, dict(attrs))
        self.stack[-1].children.append(node)
        if tag not in _VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        self.stack[-1].children.append(_Node(tag, dict(attrs)))

    def handle_endtag(self, tag):
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def _text(node):
    if isinstance(node, str):
        return node
    if node.tag == "br":
        return "\n"
    return "".join(_text(child) for child in node.children)


def _squash(text):
    return " ".join(text.replace("\u00a0", " ").split())


def _serialise(nodes):
    """Nodes back to HTML (attributes were already whitelisted by nh3)."""
    parts = []
    for node in nodes:
        if isinstance(node, str):
            parts.append(html.escape(node, quote=False))
            continue
        attrs = "".join(
            f' {name}="{html.escape(value or "")}"' for name, value in node.attrs.items()
        )
        if node.tag in _VOID:
            parts.append(f"<{node.tag}{attrs}>")
        else:
            parts.append(f"<{node.tag}{attrs}>{_serialise(node.children)}</{node.tag}>")
    return "".join(parts)


def sanitise_rich_text(fragment, tags=frozenset(PARAGRAPH_TAGS)):
    """Clean HTML down to ``tags`` in Wagtail's stored form; '' when nothing visible is left."""
    fragment = re.sub(r"<(/?)strong\b", r"<\1b", fragment)
    fragment = re.sub(r"<(/?)em\b", r"<\1i", fragment)
    cleaned = nh3.clean(
        fragment,
        tags=set(tags),
        attributes={"a": {"href"}},
        url_schemes=_URL_SCHEMES,
        link_rel=None,
        strip_comments=True,
    )
    cleaned = re.sub(r"(?:\s|&nbsp;|\u00a0)+", " ", cleaned).strip()
    cleaned = re.sub(r"<a>(.*?)</a>", r"\1", cleaned)  # links whose href was unsafe
    visible = re.sub(r"<[^>]+>", "", cleaned).strip()
    return cleaned if visible else ""


def embed_url(url):
    """A canonical embed URL for a known provider, or None."""
    url = html.unescape((url or "").strip())
    parsed = urlparse(url if "://" in url else f"https:{url}" if url.startswith("//") else url)
    if parsed.scheme not in {"http", "https"}:
        return None
    host = parsed.netloc.lower().removeprefix("www.").removeprefix("m.")
    if host in {"youtube.com", "youtube-nocookie.com"}:
        if parsed.path.startswith("/embed/"):
            video = parsed.path.split("/")[2]
            return f"https://www.youtube.com/watch?v={video}" if video else None
        video = parse_qs(parsed.query).get("v", [""])[0]
        if video:
            return f"https://www.youtube.com/watch?v={video}"
        return url if parsed.path.startswith(("/shorts/", "/live/", "/playlist")) else None
    if host == "youtu.be":
        video = parsed.path.strip("/")
        return f"https://www.youtube.com/watch?v={video}" if video else None
    if host == "player.vimeo.com" and parsed.path.startswith("/video/"):
        return f"https://vimeo.com/{parsed.path.split('/')[2]}"
    if any(host == known or host.endswith(f".{known}") for known in _EMBED_HOSTS):
        return url
    return None


def _expand_shortcodes(content, conversion):
    def caption(match):
        body = match["body"]
        img = re.search(r"(<a\b[^>]*>\s*)?<img\b[^>]*>(\s*</a>)?", body, re.IGNORECASE)
        if not img:
            return body
        caption_text = body[img.end() :].strip()
        if not caption_text:
            attr = _CAPTION_ATTR.search(match["attrs"])
            caption_text = attr["text"] if attr else ""
        return f"<figure>{img.group(0)}<figcaption>{caption_text}</figcaption></figure>"

    def embed(match):
        return f"\n\n{(match['url'] or match['url2']).strip()}\n\n"

    content = _CAPTION.sub(caption, content)
    content = _EMBED_SHORTCODE.sub(embed, content)

    closing = {name.lower() for slash, name, _ in _SHORTCODE.findall(content) if slash}

    def strip(match):
        slash, name, attrs = match.groups()
        name = name.lower()
        if name in _KNOWN_SHORTCODES or name in closing or "=" in attrs:
            if not slash:
                conversion.warnings.append(f"shortcode [{name}] removed")
            return ""
        return match.group(0)

    return _SHORTCODE.sub(strip, content)


class _Walker:
    def __init__(self, conversion, resolve_image):
        self.conversion = conversion
        self.resolve_image = resolve_image

    # Containers ---------------------------------------------------------------------

    def walk(self, children, loose_text=True):
        """Walk block-level content; runs of inline content become paragraphs."""
        inline = []
        for child in children:
            if isinstance(child, str):
                if loose_text and re.search(r"\n[ \t]*\n", child):
                    # wpautop: a blank line in classic-editor content ends a paragraph.
                    pieces = re.split(r"\n[ \t]*\n", child)
                    for piece in pieces[:-1]:
                        inline.append(piece)
                        self.inline(inline)
                        inline = []
                    inline.append(pieces[-1])
                else:
                    inline.append(child)
                continue
            handler = getattr(self, f"block_{child.tag}", None)
            if handler is None:
                inline.append(child)
                continue
            self.inline(inline)
            inline = []
            handler(child)
        self.inline(inline)

    def block_div(self, node):
        self.walk(node.children)

    block_section = block_div
    block_tbody = block_div
    block_thead = block_div

    def block_p(self, node):
        self.inline(node.children, line_breaks=False)

    def block_hr(self, node):
        pass

    # Inline runs -> paragraphs, images and embeds ------------------------------------

    def inline(self, nodes, line_breaks=True):
        """Emit a paragraph for a run of inline nodes, pulling images out of it."""
        run = []
        for node in nodes:
            image = self._image_in(node)
            if image is not None:
                self.paragraph(run, line_breaks)
                run = []
                self.image(image)
            elif isinstance(node, _Node) and node.tag == "iframe":
                self.paragraph(run, line_breaks)
                run = []
                self.block_iframe(node)
            else:
                run.append(node)
        self.paragraph(run, line_breaks)

    def paragraph(self, nodes, line_breaks):
        text = _squash("".join(_text(node) for node in nodes))
        if not text:
            return
        if _BARE_URL.match(text):
            url = embed_url(text)
            if url:
                self.conversion.add("embed", url)
                return
        related = INLINE_RELATED.match(text)
        if related and not related["title"].strip():
            return  # an empty "Pos Terkait:" header left behind by a widget
        if related:
            hrefs = re.findall(r'href="([^"]*)"', _serialise(nodes))
            blocks = self.conversion.blocks
            self.conversion.related.append(
                RelatedReference(
                    title=related["title"].strip(),
                    label=" ".join(related["label"].split()).title(),
                    href=html.unescape(hrefs[0]) if hrefs else "",
                    after_block_id=blocks[-1]["id"] if blocks else "",
                )
            )
            return
        if line_breaks:
            # Classic-editor line breaks inside a paragraph are kept as <br>.
            nodes = [
                _Node("br", {}) if part == "\n" else part
                for node in nodes
                for part in (
                    re.split(r"(\n)", node.strip("\n")) if isinstance(node, str) else [node]
                )
            ]
            while nodes and _is_blank(nodes[0]):
                nodes.pop(0)
            while nodes and _is_blank(nodes[-1]):
                nodes.pop()
        rich = sanitise_rich_text(f"<p>{_serialise(nodes)}</p>")
        if rich:
            self.conversion.add("paragraph", rich)

    @staticmethod
    def _image_in(node):
        """The <img> a node consists of (an image, or a link around one), else None."""
        if not isinstance(node, _Node):
            return None
        if node.tag == "img":
            return node
        if node.tag in {"a", "span"}:
            elements = [c for c in node.children if not (isinstance(c, str) and not c.strip())]
            if len(elements) == 1 and isinstance(elements[0], _Node) and elements[0].tag == "img":
                return elements[0]
        return None

    def image(self, img, caption_nodes=()):
        src = img.attrs.get("src") or ""
        match = _WP_IMAGE_CLASS.search(img.attrs.get("class") or "")
        attachment_id = int(match.group(1)) if match else None
        image_id = self.resolve_image(src, attachment_id) if self.resolve_image else None
        if image_id is None:
            self.conversion.warnings.append(f"image not found, left out: {src or '(no src)'}")
            return
        caption = sanitise_rich_text(f"<p>{_serialise(caption_nodes)}</p>", CAPTION_TAGS | {"p"})
        self.conversion.add(
            "image",
            {
                "image": image_id,
                "alt_text": _squash(img.attrs.get("alt") or "")[:ALT_TEXT_MAX_LENGTH],
                "caption": caption,
            },
        )

    # Block elements -----------------------------------------------------------------

    def _heading(self, node):
        text = _squash(_text(node))
        if not text:
            return
        numbered = _NUMBER_PREFIX.match(text)
        if numbered:
            self.conversion.numbered_headings = True
            text = text[numbered.end() :]
        if len(text) > HEADING_MAX_LENGTH:
            self.conversion.warnings.append(f"heading shortened: {text[:40]}...")
            text = text[: HEADING_MAX_LENGTH - 1].rstrip() + "\u2026"
        level = "h2" if node.tag in {"h1", "h2"} else "h3"
        self.conversion.add("heading", {"text": text, "level": level})

    block_h1 = block_h2 = block_h3 = block_h4 = block_h5 = block_h6 = _heading

    def _list(self, node):
        items = [child for child in node.children if isinstance(child, _Node) and child.tag == "li"]
        if not items:
            return
        plain = all(
            all(
                isinstance(c, str) or c.tag in {"b", "i", "strong", "em", "br"} for c in li.children
            )
            for li in items
        )
        texts = [_squash(_text(li)) for li in items]
        if plain and all(0 < len(text) <= LIST_ITEM_MAX_LENGTH for text in texts):
            self.conversion.add("list", {"style": node.tag, "items": texts})
            return
        # Links, nested lists or long items: keep them as a rich-text list.
        rich = sanitise_rich_text(_serialise([node]))
        if rich:
            self.conversion.add("paragraph", rich)

    block_ul = block_ol = _list

    def block_blockquote(self, node):
        attribution_nodes = [
            child
            for child in node.children
            if isinstance(child, _Node) and child.tag in {"cite", "footer"}
        ]
        attribution = _squash(" ".join(_text(child) for child in attribution_nodes))
        attribution = attribution.lstrip("\u2014\u2013- ").strip()
        body = [child for child in node.children if child not in attribution_nodes]
        paragraphs = []
        for child in body:
            text = _squash(_text(child))
            if text:
                paragraphs.append(text)
        text = "\n\n".join(paragraphs)
        if not text:
            return
        if "twitter-tweet" in (node.attrs.get("class") or ""):
            hrefs = re.findall(r'href="([^"]+)"', _serialise(node.children))
            url = embed_url(hrefs[-1]) if hrefs else None
            if url:
                self.conversion.add("embed", url)
                return
        self.conversion.add(
            "quote", {"text": text, "attribution": attribution[:QUOTE_ATTRIBUTION_MAX_LENGTH]}
        )

    def block_figure(self, node):
        img = None
        for child in node.children:
            img = self._image_in(child)
            if img is not None:
                break
        if img is None:
            self.walk(node.children)
            return
        caption_nodes = [
            grandchild
            for child in node.children
            if isinstance(child, _Node) and child.tag == "figcaption"
            for grandchild in child.children
        ]
        self.image(img, caption_nodes)

    def block_iframe(self, node):
        url = embed_url(node.attrs.get("src"))
        if url:
            self.conversion.add("embed", url)
        else:
            self.conversion.warnings.append(
                f"embedded frame removed: {node.attrs.get('src') or '(no src)'}"
            )

    def block_video(self, node):
        self.conversion.warnings.append("video element removed (upload it to YouTube or Vimeo)")

    block_audio = block_video

    def block_pre(self, node):
        lines = [html.escape(line) for line in _text(node).strip("\n").split("\n")]
        if any(line.strip() for line in lines):
            self.conversion.add("paragraph", "<p>" + "<br>".join(lines) + "</p>")

    def block_table(self, node):
        self.conversion.warnings.append("table flattened into paragraphs")
        for row in _find_all(node, "tr"):
            cells = [_squash(_text(cell)) for cell in row.children if isinstance(cell, _Node)]
            cells = [cell for cell in cells if cell]
            if cells:
                self.conversion.add("paragraph", f"<p>{html.escape(' | '.join(cells))}</p>")


def _is_blank(node):
    if isinstance(node, str):
        return not node.strip()
    return node.tag == "br"


def _find_all(node, tag):
    for child in node.children:
        if isinstance(child, _Node):
            if child.tag == tag:
                yield child
            else:
                yield from _find_all(child, tag)


def html_to_blocks(content, resolve_image=None):
    """Convert WordPress post content to raw article body blocks.

    ``resolve_image(src, attachment_id)`` returns a Wagtail image primary key or None;
    images it cannot resolve are left out with a warning.
    """
    conversion = Conversion()
    if not content or not content.strip():
        return conversion
    content = content.replace("\r\n", "\n").replace("\r", "\n")
    content = _expand_shortcodes(content, conversion)
    normalised = nh3.clean(
        content,
        tags=_STRUCTURE_TAGS,
        attributes=_STRUCTURE_ATTRIBUTES,
        url_schemes=_URL_SCHEMES,
        link_rel=None,
        strip_comments=True,
    )
    builder = _TreeBuilder()
    builder.feed(normalised)
    builder.close()
    _Walker(conversion, resolve_image).walk(builder.root.children)
    return conversion
