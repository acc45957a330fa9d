"""Comment text is plain text: escaped, line breaks kept, http(s) links made clickable."""

import hashlib
import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

# Stop at whitespace and at characters that cannot start or end a link in prose.
URL_RE = re.compile(r"\bhttps?://[^\s<>\"'`]+", re.IGNORECASE)
TRAILING_PUNCTUATION = ".,;:!?)]}"
LINK_REL = "nofollow ugc noopener"
AVATAR_COLOURS = 8
# Unicode's explicit embeddings, overrides and isolates (LRE, RLE, PDF, LRO, RLO, LRI, RLI,
# FSI, PDI). In a name they only serve to reorder what follows ("Budi\u202egnp.exe" reads
# "Budiexe.png"); names in right-to-left scripts display correctly without them.
BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


def _link(url):
    trail = ""
    while url and url[-1] in TRAILING_PUNCTUATION:
        trail = url[-1] + trail
        url = url[:-1]
    if not url:
        return escape(trail)
    href = escape(url)
    return f'<a href="{href}" rel="{LINK_REL}">{href}</a>{escape(trail)}'


def render_comment_text(text):
    """HTML for a comment body. Every character the reader typed is escaped first-hand."""
    parts = []
    position = 0
    for match in URL_RE.finditer(text or ""):
        parts.append(escape(text[position : match.start()]))
        parts.append(_link(match.group(0)))
        position = match.end()
    parts.append(escape((text or "")[position:]))
    html = "".join(parts).replace("\r\n", "\n").replace("\r", "\n")
    paragraphs = [p.strip("\n") for p in re.split(r"\n{2,}", html) if p.strip()]
    return mark_safe(  # noqa: S308 - built only from escape() output and our own tags
        "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in paragraphs)
    )


def strip_bidi_controls(value):
    return (value or "").translate(BIDI_CONTROLS)


def render_name(name):
    """A commenter's name for HTML: escaped, bidi controls removed, isolated in <bdi>.

    <bdi> keeps a right-to-left name from reordering the date or link beside it.
    """
    return mark_safe(f"<bdi>{escape(strip_bidi_controls(name))}</bdi>")  # noqa: S308 - escaped


def initials(name):
    """Up to two initials for the avatar: "Siti Rahmawati" -> "SR", "budi" -> "B"."""
    words = [w for w in re.split(r"\s+", (name or "").strip()) if w[:1].isalnum()]
    if not words:
        return "?"
    letters = words[0][0] + (words[-1][0] if len(words) > 1 else "")
    return letters.upper()


def avatar_colour(seed):
    """A stable colour class index from the name (no email hashes leave the server)."""
    digest = hashlib.sha256((seed or "").strip().lower().encode()).digest()
    return digest[0] % AVATAR_COLOURS
