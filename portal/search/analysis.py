"""Text analysis for the Whoosh backend: Indonesian tokens, stop words and stems.

Three analyzers share one tokeniser (word characters, keeping ``1.11`` and
``r.r`` together) followed by lower-casing and accent folding:

* ``search``: adds Indonesian stop words and the configured stemmer. Used for
  full-text fields, at index and at query time.
* ``exact``: nothing more. Kept with positions so phrases match the words as
  written (``"karang taruna"``), and used for spelling suggestions and highlights.
* ``autocomplete``: edge n-grams of the exact words (``pos``, ``posy``...) plus
  each whole word marked with ``$``, so that a query's earlier words match whole
  words and only its last word matches as a prefix.

Analyzer objects are pickled into the index schema by Whoosh, so the filters
below keep only plain settings and build their stemmer lazily.
"""

import unicodedata
from functools import cached_property
from importlib import metadata

from django.utils.module_loading import import_string
from whoosh.analysis import Filter, LowercaseFilter, RegexTokenizer, StopFilter

from .stopwords import INDONESIAN_STOP_WORDS

__all__ = [
    "STEMMERS",
    "WHOLE_WORD_MARK",
    "autocomplete_analyzer",
    "exact_analyzer",
    "get_stemmer",
    "search_analyzer",
]

TOKEN_PATTERN = r"\w+(?:\.\w+)*"  # noqa: S105 - a regular expression, not a secret
WHOLE_WORD_MARK = "$"

#: Stemmer names accepted by the ``STEMMER`` backend option. A dotted path to any
#: ``callable(word) -> str`` works too.
STEMMERS = {
    "guyub": "portal.search.stemmer.stem",
    "snowball": "portal.search.analysis.snowball_stem",
    "sastrawi": "portal.search.analysis.sastrawi_stem",
    "none": None,
}


def snowball_stem(word):
    """Snowball's Indonesian stemmer (PyStemmer or snowballstemmer, BSD licence)."""
    return _snowball().stemWord(word)


def sastrawi_stem(word):
    """PySastrawi (MIT code, CC-BY-NC-SA root dictionary: check that the licence suits you)."""
    return _sastrawi().stem(word)


_cache = {}


def _snowball():
    if "snowball" not in _cache:
        try:
            import Stemmer

            _cache["snowball"] = Stemmer.Stemmer("indonesian")
        except ImportError:
            import snowballstemmer

            _cache["snowball"] = snowballstemmer.stemmer("indonesian")
    return _cache["snowball"]


def _sastrawi():
    if "sastrawi" not in _cache:
        from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

        _cache["sastrawi"] = StemmerFactory().create_stemmer()
    return _cache["sastrawi"]


def stemmer_version(name):
    """A string that changes whenever the stemmer ``name`` would stem differently.

    Stored in the index schema with the stemmer's name, so that an index built
    with another stemmer, lexicon or library version is detected on opening.
    """
    stem = get_stemmer(name)
    if stem is None:
        return ""
    key = str(name).lower()
    if key == "snowball":
        packages = ("PyStemmer", "snowballstemmer")
    elif key == "sastrawi":
        packages = ("PySastrawi", "Sastrawi")
    else:
        return str(getattr(stem, "version", ""))
    for package in packages:
        try:
            return f"{package} {metadata.version(package)}"
        except metadata.PackageNotFoundError:
            continue
    return ""


def get_stemmer(name):
    """Return the stemming callable for a ``STEMMER`` option value (None: no stemming)."""
    if name is None:
        return None
    path = STEMMERS.get(str(name).lower(), name)
    if path is None:
        return None
    return import_string(path)


class IndonesianStemFilter(Filter):
    """Replace each token's text with its stem; numbers and short words pass through."""

    def __init__(self, stemmer="guyub", protected=()):
        self.stemmer = stemmer
        self.protected = frozenset(protected)
        self.version = stemmer_version(stemmer)

    def __getstate__(self):
        return {"stemmer": self.stemmer, "protected": self.protected, "version": self.version}

    def __setstate__(self, state):
        self.__dict__.update(state)

    @cached_property
    def _stem(self):
        return get_stemmer(self.stemmer)

    def __eq__(self, other):
        return (
            isinstance(other, IndonesianStemFilter)
            and self.stemmer == other.stemmer
            and self.protected == other.protected
            # Indexes written before versions were stored have none: stale.
            and self.version == getattr(other, "version", None)
        )

    def __hash__(self):
        return hash((self.stemmer, self.protected, self.version))

    def __call__(self, tokens):
        stem = self._stem
        protected = self.protected
        for token in tokens:
            text = token.text
            if stem is not None and text not in protected and text.isalpha():
                token.text = stem(text)
            yield token


class EdgeNgramWordFilter(Filter):
    """Emit each word's prefixes (``minsize``..``maxsize``) and the whole word + ``$``."""

    def __init__(self, minsize=1, maxsize=20):
        self.minsize = minsize
        self.maxsize = maxsize

    def __eq__(self, other):
        return isinstance(other, EdgeNgramWordFilter) and (self.minsize, self.maxsize) == (
            other.minsize,
            other.maxsize,
        )

    def __hash__(self):
        return hash((self.minsize, self.maxsize))

    def __call__(self, tokens):
        for token in tokens:
            text = token.text
            if token.mode == "query":
                yield token
                continue
            for size in range(self.minsize, min(len(text), self.maxsize) + 1):
                token.text = text[:size]
                yield token
            token.text = text + WHOLE_WORD_MARK
            yield token


class AccentFoldFilter(Filter):
    """Drop combining accents (``café`` -> ``cafe``); a no-op for plain ASCII."""

    def __eq__(self, other):
        return isinstance(other, AccentFoldFilter)

    def __hash__(self):
        return hash(AccentFoldFilter)

    def __call__(self, tokens):
        for token in tokens:
            text = token.text
            if not text.isascii():
                decomposed = unicodedata.normalize("NFKD", text)
                token.text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
            yield token


def _base():
    return RegexTokenizer(TOKEN_PATTERN) | LowercaseFilter() | AccentFoldFilter()


def exact_analyzer():
    return _base()


def search_analyzer(stemmer="guyub", stop_words=INDONESIAN_STOP_WORDS, protected=()):
    analyzer = _base()
    if stop_words:
        analyzer = analyzer | StopFilter(stoplist=frozenset(stop_words), minsize=1)
    if stemmer is not None:
        analyzer = analyzer | IndonesianStemFilter(stemmer, protected)
    return analyzer


def autocomplete_analyzer(minsize=1, maxsize=20):
    return _base() | EdgeNgramWordFilter(minsize, maxsize)
