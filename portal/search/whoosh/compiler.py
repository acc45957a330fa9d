"""Translate modelsearch queries, queryset filters and ordering into Whoosh queries."""

from django.db import DEFAULT_DB_ALIAS
from django.db.models import F, OrderBy, Subquery
from django.db.models.sql import Query
from django.db.models.sql.constants import MULTI, SINGLE
from modelsearch.backends.base import (
    BaseSearchQueryCompiler,
    FilterFieldError,
    OrderByFieldError,
)
from modelsearch.index import RelatedFields
from modelsearch.query import And, Boost, Fuzzy, MatchAll, Not, Or, Phrase, PlainText
from whoosh import query as wq
from whoosh import sorting

from ..analysis import WHOLE_WORD_MARK
from .mapping import Mapping, catch_all_field, encode_filter_value

__all__ = ["WhooshAutocompleteQueryCompiler", "WhooshSearchQueryCompiler"]

MATCH_NOTHING = wq.NullQuery


class _RelatedFilter:
    """A filter on one related row, kept apart until siblings on the same join are known.

    ``filter(books__a=1, books__b=2)`` joins ``books`` once, so both conditions
    must hold for the same book: ANDed siblings with the same join alias are
    merged into one child query before being wrapped in ``NestedParent``.
    """

    def __init__(self, relation_column, alias, query):
        self.relation_column = relation_column
        self.alias = alias
        self.query = query

    def to_query(self):
        child = wq.And([wq.Term("m_kind", f"rel:{self.relation_column}"), self.query])
        return wq.NestedParent(wq.Term("m_kind", "doc"), child)


def _as_query(item):
    return item.to_query() if isinstance(item, _RelatedFilter) else item


def _evaluate_subquery(value, queryset, result_type):
    db_alias = queryset._db or DEFAULT_DB_ALIAS
    query = value.query if isinstance(value, Subquery) else value
    result = query.get_compiler(db_alias).execute_sql(result_type=result_type)
    if result_type == SINGLE:
        return result[0] if result else None
    return [row[0] for chunk in result for row in chunk]


class WhooshSearchQueryCompiler(BaseSearchQueryCompiler):
    DEFAULT_OPERATOR = "or"
    HANDLES_ORDER_BY_EXPRESSIONS = True

    def __init__(self, queryset, query, analysis=None, **kwargs):
        super().__init__(queryset, query, **kwargs)
        self.analysis = analysis
        self.mapping = Mapping(self.queryset.model, analysis)
        self._current_alias = None

    # Text ------------------------------------------------------------------------

    # Whether the index has the catch-all ``t_`` fields; the results class turns it off
    # for an index built before they existed, until ``update_index`` rebuilds it.
    catch_all = True

    def text_columns(self):
        return self.mapping.text_columns(field_names=self.fields)

    def _stemmed_fields(self, columns):
        """``[(whoosh field, weight)]`` a stemmed term is looked up in."""
        if self.fields is None and self.catch_all:
            weights = sorted({weight for _column, weight in columns})
            return [(catch_all_field(weight), weight) for weight in weights]
        return [("s_" + column, weight) for column, weight in columns]

    def _terms(self, text, analyzer):
        return [token.text for token in analyzer(text, mode="query")]

    def _plaintext(self, query, columns, boost):
        terms = self._terms(query.query_string, self.analysis.search)
        boost *= query.boost
        if not terms:
            # Only stop words ("yang dan di"): they occur on nearly every page, so
            # matching them would rank everything by how often it says "yang".
            # Find nothing; results.stop_words_only() lets the page say why.
            return MATCH_NOTHING
        fields = self._stemmed_fields(columns)
        per_term = [
            [wq.Term(name, term, boost=boost * weight) for name, weight in fields] for term in terms
        ]
        if query.operator == "and":
            return wq.And([wq.Or(clauses) for clauses in per_term])
        # One flat OR scores the same as an OR of ORs (scores add up either way) but
        # Whoosh unions a flat list of postings two to three times faster.
        return wq.Or([clause for clauses in per_term for clause in clauses])

    def _phrase(self, query, columns, boost):
        words = self._terms(query.query_string, self.analysis.exact)
        if not words:
            return MATCH_NOTHING
        if len(words) == 1:
            return wq.Or(
                [
                    wq.Term("x_" + column, words[0], boost=boost * weight)
                    for column, weight in columns
                ]
            )
        return wq.Or(
            [wq.Phrase("x_" + column, words, boost=boost * weight) for column, weight in columns]
        )

    def _fuzzy(self, query, columns, boost):
        words = self._terms(query.query_string, self.analysis.exact)
        if not words:
            return MATCH_NOTHING
        per_word = [
            wq.Or(
                [
                    wq.FuzzyTerm(
                        "x_" + column,
                        word,
                        boost=boost * weight,
                        maxdist=1 if len(word) < 6 else 2,
                        prefixlength=1,
                    )
                    for column, weight in columns
                ]
            )
            for word in words
        ]
        return wq.And(per_word) if query.operator == "and" else wq.Or(per_word)

    def compile_text(self, query, columns, boost=1.0):
        if isinstance(query, MatchAll):
            return wq.Every()
        if isinstance(query, PlainText):
            return self._plaintext(query, columns, boost)
        if isinstance(query, Phrase):
            return self._phrase(query, columns, boost)
        if isinstance(query, Fuzzy):
            return self._fuzzy(query, columns, boost)
        if isinstance(query, Boost):
            return self.compile_text(query.subquery, columns, boost * query.boost)
        if isinstance(query, And):
            return wq.And([self.compile_text(sub, columns, boost) for sub in query.subqueries])
        if isinstance(query, Or):
            return wq.Or([self.compile_text(sub, columns, boost) for sub in query.subqueries])
        if isinstance(query, Not):
            inner = self.compile_text(query.subquery, columns, boost)
            if isinstance(inner, wq.Every):
                return MATCH_NOTHING
            if inner is MATCH_NOTHING:
                return wq.Every()
            return wq.Not(inner)
        raise NotImplementedError(
            f"`{query.__class__.__name__}` is not supported by the Whoosh search backend."
        )

    def get_text_query(self):
        return self.compile_text(self.query, self.text_columns())

    # Filters -------------------------------------------------------------------

    def _process_filter(self, column, lookup, value, check_only=False):
        self._current_alias = column.alias
        return super()._process_filter(column, lookup, value, check_only=check_only)

    def _process_lookup(self, field_path, lookup, value):
        column, kind, relation_column = self.mapping.filter_column_for_path(field_path)
        query = self._lookup_query(column, kind, lookup, value)
        if query is None:
            return None
        if relation_column is not None:
            return _RelatedFilter(relation_column, self._current_alias, query)
        return query

    def _encode(self, value, kind):
        if kind == "str":
            return None if value is None else str(encode_filter_value(value, kind))
        return encode_filter_value(value, kind)

    def _lookup_query(self, column, kind, lookup, value):
        if lookup == "exact":
            if isinstance(value, Query | Subquery):
                value = _evaluate_subquery(value, self.queryset, SINGLE)
            if value is None:
                return wq.Term("m_null", column)
            return wq.Term(column, self._encode(value, kind))
        if lookup == "isnull":
            missing = wq.Term("m_null", column)
            return missing if value else wq.Not(missing)
        if lookup in ("startswith", "prefix"):
            if kind != "str":
                return None
            return wq.Prefix(column, str(value))
        if lookup in ("gt", "gte", "lt", "lte"):
            encoded = self._encode(value, kind)
            if kind == "str":
                start, end = (encoded, None) if lookup[0] == "g" else (None, encoded)
                return wq.TermRange(
                    column, start, end, startexcl=lookup == "gt", endexcl=lookup == "lt"
                )
            start, end = (encoded, None) if lookup[0] == "g" else (None, encoded)
            return wq.NumericRange(
                column, start, end, startexcl=lookup == "gt", endexcl=lookup == "lt"
            )
        if lookup == "range":
            lower, upper = (self._encode(v, kind) for v in value)
            if kind == "str":
                return wq.TermRange(column, lower, upper)
            return wq.NumericRange(column, lower, upper)
        if lookup == "in":
            if isinstance(value, Query | Subquery):
                value = _evaluate_subquery(value, self.queryset, MULTI)
            values = [self._encode(v, kind) for v in value]
            terms = [wq.Term(column, v) for v in values if v is not None]
            if any(v is None for v in values):
                terms.append(wq.Term("m_null", column))
            return wq.Or(terms) if terms else MATCH_NOTHING
        return None

    def _process_match_none(self):
        return MATCH_NOTHING

    def _connect_filters(self, filters, connector, negated):
        if not filters:
            return None
        if connector == "AND":
            merged = []
            related = {}
            for item in filters:
                if isinstance(item, _RelatedFilter):
                    key = (item.relation_column, item.alias)
                    if key in related:
                        related[key].query = wq.And([related[key].query, item.query])
                        continue
                    related[key] = item
                merged.append(item)
            filters = merged
        if len(filters) == 1 and not negated:
            return filters[0]
        queries = [_as_query(item) for item in filters]
        combined = (
            queries[0]
            if len(queries) == 1
            else (wq.And(queries) if connector == "AND" else wq.Or(queries))
        )
        return wq.Not(combined) if negated else combined

    def get_filter_query(self):
        """Content-type restriction AND the queryset's filters, as one Whoosh query."""
        parts = [wq.Term("m_ct", self.mapping.content_types()[0])]
        filters = self._get_filters_from_queryset()
        if filters is not None:
            parts.append(_as_query(filters))
        return parts[0] if len(parts) == 1 else wq.And(parts)

    # Ordering -------------------------------------------------------------------

    def _get_order_by(self):
        if self.order_by_relevance:
            return
        order_by = list(self.queryset.query.order_by)
        from_meta = False
        if not order_by and self.queryset.query.default_ordering:
            order_by = list(self.queryset.model._meta.ordering or [])
            from_meta = True
        for item in order_by:
            reverse = False
            if isinstance(item, OrderBy):
                expression = item.expression
                if not isinstance(expression, F):
                    raise OrderByFieldError(
                        f'Sorting search results with "{item}" is not supported by this '
                        "search backend.",
                        field_name=str(item),
                    )
                name, reverse = expression.name, item.descending
            elif isinstance(item, F):
                name = item.name
            else:
                name = str(item)
                if name.startswith("-"):
                    reverse, name = True, name[1:]
            if name == "pk":
                name = self.queryset.model._meta.pk.attname
            field = self._get_filterable_field(name)
            if field is None:
                if from_meta:
                    continue
                raise OrderByFieldError(
                    f'Cannot sort search results with field "{name}". Please add '
                    f'index.FilterField("{name}") to {self.queryset.model.__name__}.search_fields.',
                    field_name=name,
                )
            yield reverse, field

    def get_sort(self):
        """A Whoosh facet to sort by, or None to sort by relevance."""
        if self.order_by_relevance:
            return None
        facets = []
        for reverse, field in self._get_order_by():
            column, _kind, _rel = self.mapping.filter_column_for_path([field])
            facets.append(sorting.FieldFacet(column, reverse=reverse))
        if not facets:
            return sorting.FieldFacet("m_pk", reverse=True)
        return facets[0] if len(facets) == 1 else sorting.MultiFacet(facets)

    def facet_column(self, field_name):
        field = self._get_filterable_field(field_name)
        if field is None:
            # Accept the field name too ("content_type" as well as "content_type_id").
            field = next(
                (
                    f
                    for f in self.queryset.model.get_filterable_search_fields()
                    if f.field_name == field_name
                ),
                None,
            )
        if field is None:
            raise FilterFieldError(
                f'Cannot facet search results with field "{field_name}". Please add '
                f'index.FilterField("{field_name}") to '
                f"{self.queryset.model.__name__}.search_fields.",
                field_name=field_name,
            )
        return field, self.mapping.filter_column_for_path([field])

    def check(self):
        super().check()
        if self.fields:
            # RelatedFields are matched by their sub-fields, never by name.
            related = {
                f.field_name
                for f in self.queryset.model.get_search_fields()
                if isinstance(f, RelatedFields)
            }
            self.fields = [name for name in self.fields if name not in related]


class WhooshAutocompleteQueryCompiler(WhooshSearchQueryCompiler):
    """Prefix matching on AutocompleteFields: whole earlier words, last word as a prefix."""

    def get_text_query(self):
        if isinstance(self.query, MatchAll):
            return wq.Every()
        if not isinstance(self.query, PlainText):
            raise NotImplementedError(
                f"`{self.query.__class__.__name__}` is not supported for autocomplete queries."
            )
        if self.fields:
            columns = ["a_" + c for c in self.mapping.autocomplete_columns(self.fields)]
            if not columns:
                return MATCH_NOTHING
        else:
            columns = ["m_ac"]
        words = self._terms(self.query.query_string, self.analysis.exact)
        if not words:
            return wq.Every()
        clauses = []
        for position, word in enumerate(words):
            text = word if position == len(words) - 1 else word + WHOLE_WORD_MARK
            clauses.append(wq.Or([wq.Term(column, text) for column in columns]))
        if len(clauses) == 1:
            return clauses[0]
        return wq.And(clauses) if self.query.operator == "and" else wq.Or(clauses)
