"""Read a blog post as it comes out of "select all, copy" on a WordPress page.

The format, line by line:

- the first non-empty line is the title;
- a "Posted on" / "Diposting pada" line, with or without a date (and maybe "by NAME" /
  "oleh NAME") after it;
- paragraphs separated by blank lines;
- numbered section headings ("3. Meningkatkan Keterlibatan dalam Komunitas"): the number
  is stripped, numbering is a property of the article;
- "Pos Terkait: <title>" / "Baca Juga: <title>" lines: inline links to another article;
- a trailing "Artikel Terkait:" / "Related Posts" list: the article's hand-picked related
  articles;
- theme boilerplate (reply form, share buttons) that is dropped.

The result is a plain ``ParsedArticle``; nothing here touches the database.
"""

import re
from dataclasses import dataclass, field

from .dates import parse_date

__all__ = [
    "HeadingItem",
    "ListItem",
    "ParagraphItem",
    "ParsedArticle",
    "PlainTextError",
    "RelatedLinkItem",
    "decode_text",
    "parse_plaintext",
]

# Past this size a "blog post" is something else; refusing early keeps the admin upload cheap.
MAX_BYTES = 2 * 1024 * 1024
TITLE_MAX_LENGTH = 255
HEADING_MAX_LENGTH = 160


class PlainTextError(ValueError):
    """The file cannot be read as a post. The message is meant for the person importing;
    ``code`` lets a user interface word it in its own language.
    """

    def __init__(self, message, code):
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class HeadingItem:
    text: str
    level: str = "h2"  # "h2" for "3. ...", "h3" for "3.1 ..."
    number: str = ""  # the number as typed, kept for the report only


@dataclass(frozen=True)
class ParagraphItem:
    text: str


@dataclass(frozen=True)
class ListItem:
    style: str  # "ul" or "ol"
    items: tuple


@dataclass(frozen=True)
class RelatedLinkItem:
    """An inline "Pos Terkait: <title>" line, to be resolved to an article by title."""

    title: str
    label: str = "Pos Terkait"


@dataclass
class ParsedArticle:
    title: str
    date: object = None  # datetime.date when the post says when it was posted
    date_text: str = ""  # what followed "Posted on", for messages
    posted_by: str = ""  # "by NAME" / "oleh NAME" from the posted line
    body: list = field(default_factory=list)
    related_titles: list = field(default_factory=list)
    warnings: list = field(default_factory=list)

    @property
    def numbered_headings(self):
        """True when the post numbered its section headings."""
        return any(item.number for item in self.body if isinstance(item, HeadingItem))

    @property
    def inline_related_titles(self):
        return [item.title for item in self.body if isinstance(item, RelatedLinkItem)]

    @property
    def intro(self):
        """The first paragraph: WordPress themes show it as the excerpt."""
        for item in self.body:
            if isinstance(item, ParagraphItem):
                return item.text
        return ""


_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")
_POSTED = re.compile(
    r"^(?:posted\s+on|published\s+on|diposting\s+pada|diposting\s+tanggal|diposting|"
    r"dipublikasikan\s+pada|diterbitkan\s+pada|ditulis\s+pada)\b\s*:?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_BY = re.compile(r"\s+(?:by|oleh)\s+(?P<name>.+)$", re.IGNORECASE)
INLINE_RELATED = re.compile(
    r"^(?P<label>pos\s+terkait|baca\s+juga|lihat\s+juga|read\s+also)\s*:\s*(?P<title>.*)$",
    re.IGNORECASE,
)
_RELATED_LIST_HEADER = re.compile(
    r"^(?:artikel\s+terkait|related\s+posts?|related\s+articles?|tulisan\s+terkait)\s*:?$",
    re.IGNORECASE,
)
_NUMBERED_HEADING = re.compile(
    r"^(?:(?P<sub>\d{1,2}\.\d{1,2})\.?|(?P<main>\d{1,2})[.)])\s+(?P<text>\S.*)$"
)
_NUMBERED_LINE = re.compile(r"^\d{1,3}[.)]\s+\S")
_BULLET_LINE = re.compile(r"^[-*\u2022\u2013\u25aa\u25cf]\s+\S")
_BULLET_PREFIX = re.compile(r"^(?:[-*\u2022\u2013\u25aa\u25cf]|\d{1,3}[.)])\s+")

# Lines a theme prints around the post, compared case-insensitively with spaces collapsed.
_BOILERPLATE_LINES = {
    "leave a reply",
    "leave a reply cancel reply",
    "leave a comment",
    "tinggalkan balasan",
    "tinggalkan balasan batalkan balasan",
    "tinggalkan komentar",
    "cancel reply",
    "batalkan balasan",
    "comment",
    "comment *",
    "komentar",
    "komentar *",
    "name *",
    "nama *",
    "email *",
    "surel *",
    "website",
    "situs web",
    "post comment",
    "kirim komentar",
    "save my name, email, and website in this browser for the next time i comment.",
    "simpan nama, email, dan situs web saya pada peramban ini untuk komentar saya berikutnya.",
}
_BOILERPLATE_PREFIXES = re.compile(
    r"^(?:your email address will not be published|"
    r"alamat email anda tidak akan (?:di)?publikasikan|"
    r"alamat surel anda tidak akan (?:di)?publikasikan)",
    re.IGNORECASE,
)
# Section headers with nothing under them once the buttons or widgets are gone.
_EMPTY_HEADERS = re.compile(
    r"^(?:share\s+this|share|bagikan\s+ini|bagikan|bagikan\s+artikel\s+ini|like\s+this|"
    r"suka\s+ini|related|terkait|pos\s+terkait|baca\s+juga|artikel\s+terkait|related\s+posts?)"
    r"\s*:?$",
    re.IGNORECASE,
)
_TERMINAL_PUNCTUATION = (".", ",", ";", ":", "!", "?")
PLAIN_HEADING_MAX_WORDS = 5


def decode_text(data):
    """Bytes to text: UTF-8 with or without BOM, any line endings; clear errors otherwise."""
    if not data or not data.strip():
        raise PlainTextError("the file is empty", "empty")
    if len(data) > MAX_BYTES:
        raise PlainTextError(
            f"the file is larger than {MAX_BYTES // (1024 * 1024)} MB", "too_large"
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise PlainTextError(
            "the file is UTF-16 text; save it as UTF-8 and import it again", "utf16"
        )
    if b"\x00" in data:
        raise PlainTextError("the file is binary, not text", "binary")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise PlainTextError(
            f"the file is not UTF-8 text (invalid byte at position {error.start})", "not_utf8"
        ) from None
    if any(ord(char) < 32 and char not in "\t\n\r\f" for char in text):
        raise PlainTextError(
            "the file contains control characters; it is not a text file", "binary"
        )
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _normalise(line):
    return _SPACE.sub(" ", line).strip()


def _is_boilerplate(line):
    lowered = line.lower()
    return lowered in _BOILERPLATE_LINES or bool(_BOILERPLATE_PREFIXES.match(line))


def _split_blocks(lines):
    """Group lines into blank-line separated blocks."""
    blocks, current = [], []
    for line in lines:
        if line:
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def _heading(line):
    """A one-line block "3. Judul Bagian" (no full stop at the end) is a numbered heading."""
    match = _NUMBERED_HEADING.match(line)
    if not match or line.endswith(_TERMINAL_PUNCTUATION):
        return None
    text = match["text"].strip()
    if len(text) > HEADING_MAX_LENGTH:
        return None
    if match["sub"]:
        return HeadingItem(text=text, level="h3", number=match["sub"])
    return HeadingItem(text=text, level="h2", number=match["main"])


def _list(lines):
    if len(lines) < 2:
        return None
    if all(_BULLET_LINE.match(line) for line in lines):
        style = "ul"
    elif all(_NUMBERED_LINE.match(line) for line in lines):
        style = "ol"
    else:
        return None
    return ListItem(style=style, items=tuple(_BULLET_PREFIX.sub("", line) for line in lines))


def parse_plaintext(data):
    """Parse bytes (or already decoded text) into a ``ParsedArticle``.

    Raises ``PlainTextError`` for input that is not a post: empty, binary, not UTF-8.
    """
    text = decode_text(data) if isinstance(data, bytes) else data.replace("\r\n", "\n")
    lines = [_normalise(line) for line in text.split("\n")]
    lines = [line for line in lines if not _is_boilerplate(line)]
    while lines and not lines[0]:
        lines.pop(0)
    if not lines:
        raise PlainTextError("the file has no text besides page boilerplate", "empty")

    title = lines.pop(0)
    if len(title) > TITLE_MAX_LENGTH:
        raise PlainTextError(
            f"the first line (the title) is longer than {TITLE_MAX_LENGTH} characters; "
            "is this really a post?",
            "title_too_long",
        )
    article = ParsedArticle(title=title)

    # The "Posted on" line: the first one wins, wherever the theme printed it.
    for index, line in enumerate(lines):
        match = _POSTED.match(line)
        if match:
            rest = match["rest"].strip()
            by = _BY.search(rest)
            if by:
                article.posted_by = by["name"].strip()
                rest = rest[: by.start()].strip()
            article.date_text = rest
            article.date = parse_date(rest)
            if rest and article.date is None:
                article.warnings.append(f"could not read the date {rest!r}; using today")
            del lines[index]
            break

    blocks = _split_blocks(lines)

    # The trailing related list: everything after its header.
    for position, block in enumerate(blocks):
        if _RELATED_LIST_HEADER.match(block[0]):
            trailing = [line for later in blocks[position:] for line in later][1:]
            article.related_titles = [
                _BULLET_PREFIX.sub("", line) for line in trailing if not _EMPTY_HEADERS.match(line)
            ]
            blocks = blocks[:position]
            break

    for position, block in enumerate(blocks):
        article.body.extend(_block_items(block, article, last=position == len(blocks) - 1))
    return article


def _plain_heading(line):
    """A short one-line block without a number ("Kesimpulan", "Daftar Pustaka") that
    starts with a capital and does not end like a sentence is a heading too."""
    words = line.split()
    if not 0 < len(words) <= PLAIN_HEADING_MAX_WORDS or line.endswith(_TERMINAL_PUNCTUATION):
        return None
    if not line[0].isupper() or "://" in line:
        return None
    return HeadingItem(text=line.strip(), level="h2", number="")


def _block_items(block, article, last=False):
    """Turn one blank-line separated block into body items."""
    items = []
    paragraph = []

    def flush():
        if paragraph:
            items.append(ParagraphItem(" ".join(paragraph)))
            paragraph.clear()

    as_list = _list(block)
    if as_list:
        return [as_list]
    if len(block) == 1:
        # The last block is never a heading: nothing would follow it ("Salam hangat").
        heading = _heading(block[0]) or (None if last else _plain_heading(block[0]))
        if heading:
            return [heading]
    for line in block:
        related = INLINE_RELATED.match(line)
        if related:
            flush()
            title = related["title"].strip()
            if title:
                label = _normalise(related["label"]).title()
                items.append(RelatedLinkItem(title=title, label=label))
            continue
        if _EMPTY_HEADERS.match(line):
            flush()
            continue
        paragraph.append(line)
    flush()
    return items
