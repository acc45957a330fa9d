"""The modelsearch backend: indexes, results and the rebuilder."""

import functools
import logging
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

from django.apps import apps
from django.core.exceptions import ImproperlyConfigured
from modelsearch.backends.base import BaseIndex, BaseSearchBackend, BaseSearchResults
from modelsearch.index import class_is_indexed, get_indexed_instance
from modelsearch.query import MATCH_ALL
from whoosh import query as wq
from whoosh import sorting

from .. import analysis as guyub_analysis
from ..stopwords import INDONESIAN_STOP_WORDS
from .compiler import WhooshAutocompleteQueryCompiler, WhooshSearchQueryCompiler
from .extras import ResultExtrasMixin
from .mapping import Mapping, index_name_for_model
from .scoring import CachedLengthBM25F
from .storage import IndexStore, SearchIndexError, apply_operations

__all__ = ["SearchIndexError", "WhooshSearchBackend"]

logger = logging.getLogger("portal.search")


@dataclass(frozen=True)
class Analysis:
    """The analyzers of one backend configuration (index and query share them)."""

    search: object
    exact: object
    autocomplete: object

    @classmethod
    def from_params(cls, stemmer, stop_words, protected):
        return cls(
            search=guyub_analysis.search_analyzer(stemmer, stop_words, protected),
            exact=guyub_analysis.exact_analyzer(),
            autocomplete=guyub_analysis.autocomplete_analyzer(),
        )


class _SearcherCache(threading.local):
    """One open searcher per index and thread, reopened only when the index changed.

    A searcher leaves the cache *before* it is closed, and closing is allowed to fail:
    when the index folder vanished, the cached searcher was once closed but kept,
    and every later query (even after the folder came back or ``update_index`` ran)
    failed on it with ``ReaderClosed`` until the process restarted.
    """

    def __init__(self):
        self.entries = {}

    def get(self, store):
        marker = store.current_marker()
        entry = self.entries.pop(store.root, None)
        if entry is not None:
            cached_marker, searcher = entry
            if marker is not None and cached_marker == marker and _still_current(searcher):
                self.entries[store.root] = entry
                return searcher
            # Not Searcher.refresh(): it reuses segment readers and can miss deletions
            # committed to a segment it already had open.
            _close_quietly(searcher)
        ix = store.open_current()
        searcher = ix.searcher(weighting=CachedLengthBM25F())
        self.entries[store.root] = (marker, searcher)
        return searcher

    def clear(self):
        entries = list(self.entries.values())
        self.entries.clear()
        for _marker, searcher in entries:
            _close_quietly(searcher)


def _still_current(searcher):
    """True when ``searcher`` still reads the newest commit of its generation."""
    try:
        return searcher.up_to_date()
    except Exception:
        # Closed, or its files are gone (folder moved or deleted): open a new one.
        logger.info("Cached searcher is unusable; reopening the index", exc_info=True)
        return False


def _close_quietly(searcher):
    try:
        searcher.close()
    except Exception:
        # Already closed or its files are gone; nothing is left to release.
        logger.debug("Closing a stale searcher failed", exc_info=True)


_searchers = _SearcherCache()


class WhooshIndex(BaseIndex):
    """The live index of one root model; writes go through the store's queue."""

    def __init__(self, backend, name):
        super().__init__(backend)
        self.name = name
        self.store = backend.store_for(name)

    def get_key(self):
        return self.name

    def __str__(self):
        return self.name

    def add_model(self, model):
        # The schema is the union of every indexed model under the root, computed
        # from the code when a generation is created: nothing to do per model.
        pass

    def _operations(self, model, items):
        mapping = Mapping(model, self.backend.analysis)
        operations = []
        for item in items:
            doc, children = mapping.documents(item)
            operations.append(
                {
                    "op": "add",
                    "id": doc["m_id"],
                    "model": model._meta.label,
                    "doc": doc,
                    "children": children,
                }
            )
        return operations

    def add_items(self, model, items):
        if not class_is_indexed(model):
            return
        self.store.submit(self._operations(model, items))

    def delete_item(self, item):
        if not class_is_indexed(type(item)):
            return
        self.store.submit([{"op": "delete", "id": str(item.pk), "model": item._meta.label}])

    def refresh(self):
        self.store.ensure_live()
        self.store.drain(wait=True)

    def reset(self):
        self.store.reset()


class WhooshRebuildIndex(WhooshIndex):
    """The generation a rebuild fills: one writer for the whole run, no queue."""

    def __init__(self, backend, name):
        super().__init__(backend, name)
        self.generation, self.ix, self.started = self.store.start_rebuild()
        self.writer = self.ix.writer(limitmb=128)

    def add_items(self, model, items):
        if not class_is_indexed(model):
            return
        operations = self._operations(model, items)
        for operation in operations:
            self.writer.start_group()
            self.writer.add_document(**operation["doc"])
            for child in operation["children"]:
                self.writer.add_document(**child)
            self.writer.end_group()

    def delete_item(self, item):
        apply_operations(self.writer, [{"op": "delete", "id": str(item.pk)}])

    def refresh(self):
        pass

    def finish(self):
        self.writer.commit()
        self.store.finish_rebuild(
            self.generation,
            self.ix,
            self.started,
            functools.partial(_reload_operation, self.backend),
        )

    def abort(self):
        self.writer.cancel()
        self.ix.close()
        self.store.abort_rebuild(self.generation)


def _reload_operation(backend, operation):
    """Index the object behind ``operation`` again from the database's current state.

    The recorded model may be a parent of the indexed type (deleting a Novel also
    signals for its Book row), so the object is resolved to its indexed instance
    the way modelsearch's signal handlers do.
    """
    try:
        model = apps.get_model(operation["model"])
    except (KeyError, LookupError, ValueError):
        return operation
    obj = model._default_manager.filter(pk=operation["id"]).first()
    indexed = get_indexed_instance(obj) if obj is not None else None
    if indexed is None or not class_is_indexed(type(indexed)):
        return {"op": "delete", "id": operation["id"], "model": operation["model"]}
    doc, children = Mapping(type(indexed), backend.analysis).documents(indexed)
    return {
        "op": "add",
        "id": doc["m_id"],
        "model": indexed._meta.label,
        "doc": doc,
        "children": children,
    }


class WhooshIndexRebuilder:
    """Builds a fresh generation beside the live one and swaps it in at the end."""

    def __init__(self, index):
        self.live = index
        self.index = None

    def start(self):
        self.index = WhooshRebuildIndex(self.live.backend, self.live.name)
        return self.index

    def finish(self):
        self.index.finish()


DOCSET_CACHE_SIZE = 16


def _has_catch_all(searcher):
    found = searcher.__dict__.get("_guyub_catch_all")
    if found is None:
        found = any(name.startswith("t_") for name in searcher.schema.names())
        searcher.__dict__["_guyub_catch_all"] = found
    return found


def _matching_docs(searcher, query):
    """The set of document numbers matching ``query``, kept with the searcher.

    Whoosh turns a filter query into a set of documents on every search, and the site
    search counts the same words once per tab. The sets a site repeats (live pages of a
    content type; the words of the query being shown) match thousands of documents,
    so building them again cost more than ranking. The searcher reads one fixed
    snapshot of the index and is replaced when the index changes, so its sets stay
    right. Callers must not modify the returned set.
    """
    try:
        hash(query)
    except TypeError:
        return set(searcher.docs_for_query(query))
    cache = searcher.__dict__.setdefault("_guyub_docsets", {})
    docs = cache.get(query)
    if docs is None:
        if len(cache) >= DOCSET_CACHE_SIZE:
            cache.clear()
        docs = cache[query] = set(searcher.docs_for_query(query))
    return docs


class WhooshSearchResults(ResultExtrasMixin, BaseSearchResults):
    supports_facet = True

    def _search(self, searcher, limit, scored=True, sortedby=None, **kwargs):
        compiler = self.query_compiler
        allowed = _matching_docs(searcher, compiler.get_filter_query())
        return searcher.search(
            # Whoosh ignores an empty filter set (it tests it for truth), so a filter that
            # allows nothing must empty the query itself.
            compiler.get_text_query() if allowed else wq.NullQuery,
            filter=allowed,
            limit=limit,
            scored=scored,
            sortedby=sortedby,
            **kwargs,
        )

    def _searcher(self):
        try:
            searcher = self.backend.searcher_for(self.query_compiler.queryset.model)
        except SearchIndexError:
            # Missing or unreadable: the caller says search is unavailable (a 503 page,
            # /readyz "error") rather than answering "no results" as if all were well.
            logger.warning(
                "Search index for %s is unavailable: run `manage.py update_index`.",
                self.query_compiler.queryset.model.__name__,
            )
            raise
        self.query_compiler.catch_all = _has_catch_all(searcher)
        return searcher

    def _do_search(self):
        if self.stop is not None and self.stop <= self.start:
            return []
        searcher = self._searcher()
        sort = self.query_compiler.get_sort()
        hits = self._search(searcher, self.stop, sortedby=sort)
        hits = hits[self.start : self.stop]
        if not hits:
            # An empty index has no columns to read (its reader raises NotImplementedError).
            return []
        ids = searcher.reader().column_reader("m_id")
        order = [(ids[hit.docnum], hit.score) for hit in hits]
        self._hit_docnums = {
            doc_id: hit.docnum for hit, (doc_id, _) in zip(hits, order, strict=True)
        }
        pks = [doc_id for doc_id, _ in order]
        objects = {str(obj.pk): obj for obj in self.query_compiler.queryset.filter(pk__in=pks)}
        results = []
        for doc_id, score in order:
            obj = objects.get(doc_id)
            if obj is None:
                continue
            if self._score_field:
                setattr(obj, self._score_field, float(score) if score is not None else 0.0)
            results.append(obj)
        return results

    def _do_count(self):
        searcher = self._searcher()
        compiler = self.query_compiler
        matches = _matching_docs(searcher, compiler.get_text_query())
        allowed = _matching_docs(searcher, compiler.get_filter_query())
        count = len(matches & allowed)
        count = max(count - self.start, 0)
        if self.stop is not None:
            count = min(count, self.stop - self.start)
        return count

    def facet(self, field_name):
        field, (column, kind, _relation) = self.query_compiler.facet_column(field_name)
        searcher = self._searcher()
        multi = column in searcher.schema and searcher.schema[column].column_type is None
        facet = sorting.FieldFacet(column, allow_overlap=multi, maptype=sorting.Count)
        hits = self._search(searcher, None, scored=False, groupedby={"f": facet})
        counts = dict(hits.groups("f"))
        field_type = searcher.schema[column] if column in searcher.schema.names() else None
        decoded = {}
        for key, count in counts.items():
            if isinstance(key, bytes) and field_type is not None:
                key = field_type.from_bytes(key)
            decoded[key] = decoded.get(key, 0) + count
        # Documents with no value are grouped under None, as in the upstream backends.
        compiler = self.query_compiler
        nulls = len(
            _matching_docs(searcher, wq.And([compiler.get_text_query(), wq.Term("m_null", column)]))
            & _matching_docs(searcher, compiler.get_filter_query())
        )
        decoded = {
            _decode_facet_key(key, kind): count
            for key, count in decoded.items()
            if key not in (None, "", b"")
        }
        if multi:
            decoded = {k: v for k, v in decoded.items() if k is not None}
        if nulls:
            decoded[None] = nulls
        return OrderedDict(sorted(decoded.items(), key=lambda item: (-item[1], str(item[0]))))


def _decode_facet_key(key, kind):
    if kind == "int" and not isinstance(key, int):
        return int(key)
    return key


class WhooshSearchBackend(BaseSearchBackend):
    """Whoosh on local disk, with Indonesian analysis.

    Options (``WAGTAILSEARCH_BACKENDS["default"]``):

    * ``PATH``: folder for the indexes (required).
    * ``STEMMER``: ``"guyub"`` (default), ``"snowball"``, ``"sastrawi"``, ``None`` or a
      dotted path to ``callable(word) -> str``. Changing it needs ``update_index``.
    * ``STOP_WORDS``: iterable of stop words (default: Indonesian) or ``None``.
    * ``PROTECTED_WORDS``: extra words never stemmed.
    * ``LOCK_TIMEOUT``: seconds ``refresh()`` and rebuilds wait for the index lock (60).
    """

    index_class = WhooshIndex
    query_compiler_class = WhooshSearchQueryCompiler
    autocomplete_query_compiler_class = WhooshAutocompleteQueryCompiler
    results_class = WhooshSearchResults
    rebuilder_class = WhooshIndexRebuilder
    catch_indexing_errors = False

    def __init__(self, params):
        super().__init__(params)
        path = params.pop("PATH", None)
        if not path:
            raise ImproperlyConfigured(
                "The Whoosh search backend needs a PATH option: the folder where the "
                "search index lives, for example VAR_DIR / 'search-index'."
            )
        self.path = Path(path)
        stop_words = params.pop("STOP_WORDS", INDONESIAN_STOP_WORDS)
        self.analysis = Analysis.from_params(
            params.pop("STEMMER", "guyub"),
            frozenset(stop_words or ()),
            frozenset(params.pop("PROTECTED_WORDS", ())),
        )
        self.lock_timeout = float(params.pop("LOCK_TIMEOUT", 60))

    def store_for(self, name):
        return IndexStore(
            self.path,
            name,
            lambda: self._schema_for_name(name),
            lock_timeout=self.lock_timeout,
        )

    def store_for_model(self, model):
        return self.store_for(index_name_for_model(model))

    def _schema_for_name(self, name):
        from modelsearch.index import get_indexed_models

        for model in get_indexed_models():
            if index_name_for_model(model) == name:
                return Mapping(model, self.analysis).schema()
        raise SearchIndexError(f"No indexed model uses the search index {name!r}.")

    def get_index_for_model(self, model):
        return self.index_class(self, index_name_for_model(model))

    def searcher_for(self, model):
        store = self.store_for_model(model)
        if store.pending():
            # Updates queued by this or another process whose transaction has not
            # triggered a drain yet: apply them now if nobody else is (never waits).
            store.drain(wait=False)
        searcher = _searchers.get(store)
        self._check_analysis(searcher.schema, store)
        return searcher

    def _check_analysis(self, schema, store):
        """Refuse an index whose stemmed fields were analysed differently.

        Queries are stemmed with the configured stemmer, lexicon and stop words;
        against an index built with others they would silently miss (a changed
        ``SEARCH_STEMMER``, a new lexicon). The analyzers are pickled in the
        schema, so comparing them detects any such change.
        """
        for name in schema.names():
            if name.startswith(("s_", "t_")):
                built = schema[name].analyzer
                if built != self.analysis.search:
                    raise SearchIndexError(
                        f"The search index {store.name!r} was built with other text "
                        f"analysis ({_describe(built)}) than configured "
                        f"({_describe(self.analysis.search)}). "
                        "Run `python manage.py update_index` to rebuild it."
                    )
                return

    def autocomplete(self, query, model_or_queryset, **kwargs):
        # An empty autocomplete box lists everything (ordered as asked), as the
        # Wagtail admin expects; search("") still returns nothing, as upstream.
        if isinstance(query, str) and not query.strip():
            query = MATCH_ALL
        return super().autocomplete(query, model_or_queryset, **kwargs)

    def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
        # The compilers need this backend's analyzers; the base class builds them
        # with the queryset, query and options only.
        compiler_class = functools.partial(query_compiler_class, analysis=self.analysis)
        return super()._search(compiler_class, query, model_or_queryset, **kwargs)


def _describe(analyzer):
    for item in getattr(analyzer, "items", ()):
        if isinstance(item, guyub_analysis.IndonesianStemFilter):
            return f"stemmer {item.stemmer!r} {getattr(item, 'version', 'unversioned')}"
    return "no stemmer"


def close_searchers():
    """Close this thread's cached searchers (tests, or before deleting an index)."""
    _searchers.clear()
