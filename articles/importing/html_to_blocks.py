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

__all__ = [
    "Conversion",
    "RelatedReference",
    "blocks_to_rich_text",
    "embed_url",
    "html_to_blocks",
    "sanitise_rich_text",
]

PARAGRAPH_TAGS = {"p", "br", "b", "i", "a", "ul", "ol", "li", "sup", "sub"}
CAPTION_TAGS = {"b", "i", "a"}
HEADING_MAX_LENGTH = 160
LIST_ITEM_MAX_LENGTH = 300
QUOTE_ATTRIBUTION_MAX_LENGTH = 160
ALT_TEXT_MAX_LENGTH = 200
# Deeper markup is flattened: the walk recurses about twice per level and Python's
# recursion limit is 1000. Real content never needs more than a few dozen levels.
MAX_DEPTH = 100

_STRUCTURE_TAGS = {
    "a", "b", "blockquote", "br", "cite", "code", "dd", "div", "dl", "dt", "em", "figcaption",
    "figure", "footer",
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
    "td": {"colspan"},
    "th": {"colspan"},
}
_VOID = {"br", "hr", "img", "source"}
_CONTAINERS = {"div", "section", "span", "u", "code", "tbody", "thead"}
# Elements that end a line of text: their text is separated from what follows, so
# "<dt>Term</dt><dd>Meaning</dd>" reads "Term Meaning", not "TermMeaning".
_BLOCK_LEVEL = {
    "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure", "footer", "h1", "h2", "h3",
    "h4", "h5", "h6", "li", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
}  # fmt: skip
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
    "wordpress.tv",
    "videopress.com",
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
    """Builds a tree from nh3's (well formed) output.

    Page builders nest wrappers hundreds deep; the walk is recursive, so elements deeper
    than ``MAX_DEPTH`` are not opened when they are mere wrappers (``div``, ``span``...),
    and no element is opened 50 levels past that: their content joins the deepest open
    element (text is kept, only the extra wrapping goes) and ``flattened`` says so.
    """

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = _Node("root", {})
        self.stack = [self.root]
        self.skipped = {}  # tag -> open elements not pushed because of the depth cap
        self.flattened = False

    def handle_starttag(self, tag, attrs):
        depth = len(self.stack)
        if tag not in _VOID and (
            depth > MAX_DEPTH + 50 or (depth > MAX_DEPTH and tag in _CONTAINERS)
        ):
            self.skipped[tag] = self.skipped.get(tag, 0) + 1
            self.flattened = True
            return
        node = _Node(tag, dict(attrs))
        self.stack[-1].children.append(node)
        if tag not in _VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        self.stack[-1].children.append(_Node(tag, dict(attrs)))

    def handle_endtag(self, tag):
        if self.skipped.get(tag):
            self.skipped[tag] -= 1
            return
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
    text = "".join(_text(child) for child in node.children)
    return f" {text} " if node.tag in _BLOCK_LEVEL else text


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

    def gallery(match):
        ids = re.search(r"""\bids=(["']?)([\d,\s]+)\1""", match.group(0))
        if not ids:
            conversion.warnings.append("dibuang: [gallery] tanpa id gambar (semua gambar lampiran)")
            return ""
        images = "".join(
            f'<figure><img class="wp-image-{number}" src=""></figure>'
            for number in re.findall(r"\d+", ids.group(2))
        )
        return f"\n\n{images}\n\n"

    def media(match):
        # [audio src=…] / [video mp4=…]: the file address, kept as a link.
        urls = re.findall(r"""\b(?:src|mp3|m4a|ogg|wav|mp4|m4v|webm|ogv)=(["'])(.*?)\1""", match[0])
        if not urls:
            conversion.warnings.append(f"dibuang: [{match['name']}] tanpa alamat berkas")
            return ""
        url = urls[0][1]
        name = match["name"].lower()
        conversion.warnings.append(f"diubah: [{name}] disimpan sebagai tautan: {url}")
        return f'\n\n<p><a href="{html.escape(url)}">{html.escape(url)}</a></p>\n\n'

    content = _CAPTION.sub(caption, content)
    content = _EMBED_SHORTCODE.sub(embed, content)
    content = re.sub(r"\[gallery\b[^\]]*\]", gallery, content, flags=re.IGNORECASE)
    content = re.sub(
        r"\[(?P<name>audio|video)\b[^\]]*\](?:.*?\[/(?P=name)\])?",
        media,
        content,
        flags=re.IGNORECASE | re.DOTALL,
    )

    closing = {name.lower() for slash, name, _ in _SHORTCODE.findall(content) if slash}

    def strip(match):
        slash, name, attrs = match.groups()
        name = name.lower()
        if name in _KNOWN_SHORTCODES or name in closing or "=" in attrs:
            if not slash:
                conversion.warnings.append(f"dibuang: shortcode [{name}] (teksnya tetap)")
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
        caption = sanitise_rich_text(f"<p>{_serialise(caption_nodes)}</p>", CAPTION_TAGS | {"p"})
        if image_id is None:
            self.conversion.warnings.append(
                f"dibuang: gambar tidak ditemukan, tidak dimuat: {src or '(tanpa src)'}"
                + ("; keterangannya disimpan sebagai paragraf" if caption else "")
            )
            if caption:
                self.conversion.add("paragraph", caption)
            return
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
            self.conversion.warnings.append(f"judul bagian dipendekkan: {text[:40]}...")
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
        src = node.attrs.get("src") or ""
        url = embed_url(src)
        if url:
            self.conversion.add("embed", url)
        else:
            self._link_to(src, "bingkai sematan")

    def _link_to(self, src, what):
        """Media we cannot embed stays as a link to its address."""
        href = html.unescape(src.strip())
        if href.startswith("//"):
            href = f"https:{href}"
        if urlparse(href).scheme in {"http", "https"}:
            self.conversion.add(
                "paragraph", f'<p><a href="{html.escape(href)}">{html.escape(href)}</a></p>'
            )
            self.conversion.warnings.append(f"diubah: {what} disimpan sebagai tautan: {href}")
        else:
            self.conversion.warnings.append(f"dibuang: {what} tanpa alamat web")

    def block_video(self, node):
        sources = [node.attrs.get("src")] + [
            child.attrs.get("src") for child in _find_all(node, "source")
        ]
        self._link_to(next((src for src in sources if src), ""), f"elemen <{node.tag}>")

    block_audio = block_video

    def block_dl(self, node):
        for child in node.children:
            if not isinstance(child, _Node):
                continue
            if child.tag == "dt":
                term = sanitise_rich_text(f"<p><b>{_serialise(child.children)}</b></p>")
                if term:
                    self.conversion.add("paragraph", term)
            elif child.tag == "dd":
                self.walk(child.children)
            else:
                self.walk([child])

    def block_pre(self, node):
        lines = [html.escape(line) for line in _text(node).strip("\n").split("\n")]
        if any(line.strip() for line in lines):
            self.conversion.add("paragraph", "<p>" + "<br>".join(lines) + "</p>")

    def block_table(self, node):
        rows, header = [], False
        for position, row in enumerate(_find_all(node, "tr")):
            cells = []
            for cell in row.children:
                if isinstance(cell, _Node) and cell.tag in {"td", "th"}:
                    text = _squash(_text(cell))
                    span = (
                        int(cell.attrs.get("colspan") or 1)
                        if (cell.attrs.get("colspan") or "1").isdigit()
                        else 1
                    )
                    cells.extend([text] + [""] * (min(span, 20) - 1))
                    header = header or (position == 0 and cell.tag == "th")
            if any(cells):
                rows.append(cells)
        if not rows:
            return
        width = max(len(row) for row in rows)
        self.conversion.add(
            "table",
            {
                "data": [row + [""] * (width - len(row)) for row in rows],
                "first_row_is_table_header": header,
                "first_col_is_header": False,
                "table_caption": "",
            },
        )


def blocks_to_rich_text(blocks):
    """Article blocks as one rich text body (a standard page has no StreamField).

    Returns (html, notes): what cannot be shown in rich text is reported in the notes.
    """
    parts, notes = [], []
    for block in blocks:
        kind, value = block["type"], block["value"]
        if kind == "paragraph":
            parts.append(value)
        elif kind == "heading":
            parts.append(f"<{value['level']}>{html.escape(value['text'])}</{value['level']}>")
        elif kind == "list":
            items = "".join(f"<li>{html.escape(item)}</li>" for item in value["items"])
            parts.append(f"<{value['style']}>{items}</{value['style']}>")
        elif kind == "quote":
            text = value["text"] + (
                f" \u2014 {value['attribution']}" if value["attribution"] else ""
            )
            parts.append(f"<p><i>{html.escape(text)}</i></p>")
        elif kind == "embed":
            parts.append(f'<p><a href="{html.escape(value)}">{html.escape(value)}</a></p>')
            notes.append(f"diubah: sematan disimpan sebagai tautan di halaman biasa: {value}")
        elif kind == "table":
            for row in value["data"]:
                parts.append(f"<p>{html.escape(' | '.join(cell for cell in row if cell))}</p>")
            notes.append("diubah: tabel ditulis satu paragraf per baris di halaman biasa")
        elif kind == "image":
            if value["caption"]:
                parts.append(value["caption"])
            notes.append("dibuang: gambar (halaman biasa tidak memuat gambar); keterangannya tetap")
    return "".join(parts), notes


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
    if builder.flattened:
        conversion.warnings.append(
            f"diubah: markup bersarang lebih dari {MAX_DEPTH} tingkat diratakan (teks tetap)"
        )
    _Walker(conversion, resolve_image).walk(builder.root.children)
    return conversion
