"""Result extras for people: highlighted snippets and spelling suggestions.

Both use the index's analysis, so a search for ``kelompok`` highlights
``berkelompok`` too, and suggestions come from words that really occur on the
site (the unstemmed ``x_`` fields).
"""

import re

from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from modelsearch.index import SearchField
from modelsearch.query import And, Boost, Fuzzy, Not, Or, Phrase, PlainText
from whoosh.highlight import ContextFragmenter, HtmlFormatter, highlight

from .mapping import _flatten_text

__all__ = ["ResultExtrasMixin"]


# Signs of markup or script in a query beyond whole tags: a lone angle bracket
# (``script>alert(1)</script``), an HTML entity (``&lt;script&gt;``) or a
# script URL (``javascript:alert(1)``).
_MARKUP_SIGNS = re.compile(r"[<>]|&#?\w+;|\b\w*script:", re.IGNORECASE)


def _is_markup(text):
    return strip_tags(text) != text or _MARKUP_SIGNS.search(text) is not None


def _query_strings(query):
    """The positive query strings in a modelsearch query tree (``Not`` parts excluded)."""
    if isinstance(query, PlainText | Phrase | Fuzzy):
        return [query.query_string]
    if isinstance(query, Boost):
        return _query_strings(query.subquery)
    if isinstance(query, And | Or):
        return [text for sub in query.subqueries for text in _query_strings(sub)]
    if isinstance(query, Not):
        return []
    return []


class ResultExtrasMixin:
    """Adds ``highlight(obj)`` and ``suggestion()`` to the Whoosh search results."""

    #: Fields never used for snippets: they are shown as the result's heading.
    snippet_exclude = ("title",)

    def _query_terms(self):
        compiler = self.query_compiler
        terms = set()
        for text in _query_strings(compiler.query):
            terms.update(t.text for t in compiler.analysis.search(text, mode="query"))
        return terms

    def snippet_text(self, obj):
        """The searchable text of ``obj`` a snippet is taken from (title excluded)."""
        parts = []
        for field in type(obj).get_search_fields():
            if isinstance(field, SearchField) and field.field_name not in self.snippet_exclude:
                text = _flatten_text(field.get_value(obj))
                if text:
                    parts.append(text)
        return "\n".join(parts)

    def highlight(self, obj, max_chars=220, fragments=2):
        """HTML snippet of ``obj`` around the matched words, wrapped in ``<mark>``.

        Returns an empty string when no searchable text (other than the title)
        contains a query word, so templates can fall back to a description.
        """
        terms = self._query_terms()
        text = self.snippet_text(obj)
        if not terms or not text:
            return ""
        html = highlight(
            text,
            terms,
            self.query_compiler.analysis.search,
            ContextFragmenter(maxchars=max_chars, surround=max_chars // 3),
            HtmlFormatter(tagname="mark", between=" … ", classname="search-hit", termclass="t"),
            top=fragments,
        )
        return mark_safe(html)  # noqa: S308 - Whoosh escapes the text it formats

    def stop_words_only(self):
        """True when the query has words but all of them are stop words (nothing is searched)."""
        compiler = self.query_compiler
        strings = _query_strings(compiler.query)
        has_words = any(True for text in strings for _ in compiler.analysis.exact(text))
        return has_words and not self._query_terms()

    def suggestion(self, max_distance=2):
        """A corrected query ("Mungkin maksud Anda: ...") or None if every word is known.

        Each query word that occurs nowhere in the searched fields is replaced by
        the most frequent indexed word within ``max_distance`` edits (sharing the
        first letter); known words are kept.
        """
        searcher = self._searcher()
        compiler = self.query_compiler
        columns = [
            "x_" + column
            for column, _weight in compiler.text_columns()
            if "x_" + column in searcher.schema.names()
        ]
        if not columns:
            return None
        reader = searcher.reader()
        words = []
        changed = False
        for text in _query_strings(compiler.query):
            if _is_markup(text):
                # Markup (``<script>alert(1)</script>``) is not a misspelling of
                # anything on the site: correcting its fragments would put
                # "script alat 1 script" on the page.
                return None
            for token in compiler.analysis.exact(text, mode="query"):
                word = token.text
                if any(reader.doc_frequency(column, word) for column in columns):
                    words.append(word)
                    continue
                best = self._closest(reader, columns, word, max_distance)
                if best:
                    changed = True
                    words.append(best)
                else:
                    words.append(word)
        return " ".join(words) if changed else None

    @staticmethod
    def _closest(reader, columns, word, max_distance):
        if len(word) < 3 or not word.isalpha():
            return None
        for distance in range(1, max_distance + 1):
            frequencies = {}
            for column in columns:
                for candidate in reader.terms_within(column, word, distance, prefix=1):
                    frequencies[candidate] = frequencies.get(candidate, 0) + reader.doc_frequency(
                        column, candidate
                    )
            if frequencies:
                return max(frequencies.items(), key=lambda item: (item[1], item[0]))[0]
        return None
