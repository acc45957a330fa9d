"""Find English in admin HTML: the text a person sees or hears, checked against a word list.

Visible text is every text node outside ``<script>``/``<style>``, plus the attributes a
person reads or a screen reader speaks (title, alt, placeholder, aria-label, value of
buttons). Wagtail draws its sidebar menu from JSON in a ``<script type="application/json">``;
the labels in that JSON are visible text too, so they are checked as well.

The word list holds common English interface words that do not occur in Indonesian
interface text. Words Indonesian uses as loanwords (admin, data, editor, email, file,
filter, item, log, status, tag, menu, URL, slug, ...) and the lone letter "a" ("A -> Z")
are deliberately absent. Product and proper names (Wagtail, WordPress, Guyub, WhatsApp,
RSS, Markdown) are not in the list either, so they never count as English. Names quoted
inside a message are content and are not checked.
"""

import json
import re
from html.parser import HTMLParser

_WORD_LIST = """
    about account actions active add added after ago all also an and any apply approve
    approved are at available back be been before by can cancel change changed changes
    choose clear close collapse collection collections comment comments confirm content
    copy create created current dashboard date default delete deleted description
    document documents done download draft edit edited editing enter every expand explorer
    field fields for forgot forgotten from go groups guide has have help here hide
    history home hours if image images in into is it items its language last latest
    live locked login logout main minute minutes more move my name new next not notes
    nothing of on one only open or other out owner page pages password previous preview
    privacy profile publish published read recent redirects reject rejected remember
    remove reports request required revert review revisions save saved search select
    settings shortcuts show sign site size skip snippets sort submit submitted task tasks
    that the there these this title to type unlock unpublish unpublished up update
    updated upload user users view was welcome what when which will with workflow
    workflows yes you your true false none second seconds hour day days week weeks
    month months year years
    january february march may june july august october december
    monday tuesday wednesday thursday friday saturday sunday
    aug oct dec
"""
ENGLISH_WORDS = frozenset(_WORD_LIST.split())

# Exact visible strings allowed although they contain a listed word, each with its reason.
ALLOWED_STRINGS = {
    # The language picker names each language in that language (Wagtail's own choice list).
    "English": "a language's own name in the language picker",
    # Seeded comment blocklist entries are spam phrases to block, i.e. data, not interface.
    "bonus new member": "a comment blocklist entry (comments/migrations/0002_seed_blocklist.py)",
    # Wagtail 8.0.1 hard-codes value="Search" on the screen-reader-only submit button of its
    # dashboard and header search forms (wagtailadmin/home.html, shared/header.html): not a
    # catalogue message, so no translation reaches it; to be fixed upstream, not by copying
    # Wagtail's templates into the project.
    "Search": "screen-reader-only submit button hard-coded in Wagtail's templates",
    # Wagtail 8.0.1 limits no catalogue can reach, each to be fixed upstream: the Sites
    # listing names its columns after the field names; the Aging pages report prints a
    # missing "last published by" user as Python's None; the group editor's object
    # permission table names Wagtail's base Page model by its class name.
    "Site name": "Sites listing column named after the field (Wagtail)",
    "Root page": "Sites listing column named after the field (Wagtail)",
    "None": "Aging pages report: a page published without a user (Wagtail prints the value)",
    "Page": "group editor's permission table: the Page model's class name (Wagtail)",
}
# Form fields whose option lists are data, not interface text.
IGNORED_SELECTS = {
    # IANA time zone names ("America/New_York"), identical in every language.
    "locale-current_time_zone",
    "current_time_zone",
}
VOID_TAGS = {"area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
SPOKEN_ATTRIBUTES = {"title", "alt", "placeholder", "aria-label", "aria-description"}
JSON_TEXT_KEYS = {"label", "title", "help_text", "text", "heading", "footer_text"}
# Quoted names inside a message ("More options for 'Aceh'") are content, not interface.
QUOTED = re.compile(r"'[^']*'|‘[^’]*’|“[^”]*”|\"[^\"]*\"")
# Links in mails are addresses, not words.
LINK = re.compile(r"https?://\S+")
# Technical identifiers such as a content type's "home.standardpage" are the same in every
# language (Wagtail's page types report shows them under each type's name).
IDENTIFIER = re.compile(r"^[a-z_]+\.[a-z_]+$")
WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
# Numbers and dates as English writes them: "1,234", "2.5 MB", "5 Dec 2026", "3 p.m.".
ENGLISH_NUMBER = re.compile(r"\b\d{1,3}(?:,\d{3})+\b|\b\d+\.\d{1,2}\s?(?:KB|MB|GB|%)|\b[ap]\.m\.")


class _TextCollector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts = []
        self.urls = []
        self._skip = []  # [tag, nesting depth] of the element whose content is not text
        self._json = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self.urls.append(attrs["href"])
        if self._skip:
            if tag == self._skip[-1][0]:
                self._skip[-1][1] += 1  # the same tag nested inside the skipped element
            return
        if tag in ("script", "style"):
            self._json = tag == "script" and attrs.get("type") == "application/json"
            self._skip.append([tag, 1])
            return
        ignored_select = tag == "select" and (
            attrs.get("id") in IGNORED_SELECTS or attrs.get("name") in IGNORED_SELECTS
        )
        # ``hidden`` content is neither seen nor heard (Wagtail renders a hidden "None"
        # counter, for instance).
        if ignored_select or ("hidden" in attrs and tag not in VOID_TAGS):
            self._skip.append([tag, 1])
            return
        for name in SPOKEN_ATTRIBUTES:
            if attrs.get(name):
                self.texts.append(attrs[name])
        if tag == "input" and attrs.get("type") in ("submit", "button") and attrs.get("value"):
            self.texts.append(attrs["value"])

    def handle_endtag(self, tag):
        if self._skip and self._skip[-1][0] == tag:
            self._skip[-1][1] -= 1
            if not self._skip[-1][1]:
                self._skip.pop()
                self._json = False

    def handle_data(self, data):
        if self._json:
            self._collect_json(data)
        elif not self._skip and data.strip():
            self.texts.append(data)

    def _collect_json(self, data):
        try:
            value = json.loads(data)
        except ValueError:
            return
        stack = [value]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                for key, child in item.items():
                    if key in JSON_TEXT_KEYS and isinstance(child, str):
                        self.texts.append(child)
                    elif key == "url" and isinstance(child, str):
                        self.urls.append(child)
                    else:
                        stack.append(child)
            elif isinstance(item, list):
                stack.extend(item)


def parse(html):
    """(visible text strings, link URLs) of one admin page."""
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    return [" ".join(text.split()) for text in collector.texts], collector.urls


def english_in(texts):
    """The visible strings that contain English words, numbers or dates."""
    found = []
    for text in texts:
        if text in ALLOWED_STRINGS or IDENTIFIER.match(text):
            continue
        words = {word.lower() for word in WORD.findall(QUOTED.sub("", LINK.sub("", text)))}
        if words & ENGLISH_WORDS or ENGLISH_NUMBER.search(text):
            found.append(text)
    return found
