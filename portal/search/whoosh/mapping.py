"""How models become Whoosh documents: field names, field types and values.

One Whoosh index holds a root model and every indexed model that inherits from
it (``wagtailcore.Page`` and all page types). Its schema is the union of their
``search_fields``; fields defined below the root are prefixed with the defining
model (``articles_articlepage__body``) so two page types can declare the same
name with different types. Every document lists its own content type and all its
ancestors' in ``m_ct``, so ``Page.objects.search()`` and ``ArticlePage.objects.search()``
read the same index.

Field families (Whoosh forbids names starting with ``_``, hence the letters):

* ``s_<col>`` stemmed full text, ``x_<col>`` exact words with positions (phrases,
  highlights, suggestions), ``a_<col>`` autocomplete n-grams, ``m_ac`` all of them.
* ``t_<boost>`` stemmed text of all the document's search fields with that boost
  (``t_1``, ``t_2``): a search over every field reads one posting list per boost instead
  of one per field, as Elasticsearch's ``_all_text`` does for modelsearch.
* ``f_<col>`` filter values, encoded so that Whoosh term and range queries work:
  numbers, dates and times as 64-bit integers, strings as exact terms.
* ``m_id`` (unique key), ``m_pk`` (sortable primary key), ``m_ct`` (content types),
  ``m_null`` (names of filter fields that are empty), ``m_kind``/``m_parent``.

Filters through ``RelatedFields`` (``books__publication_date``) live in child
documents (``m_kind = "rel:<col>"``) written right after their parent, one per
related object, so ``filter(books__a=1, books__b=2)`` can require *the same* book
to match both, exactly as the ORM does. Related text is folded into the parent.
"""

import datetime
import decimal
import functools
import uuid

from django.db import models
from django.utils import timezone
from modelsearch.backends.base import get_model_root
from modelsearch.index import (
    AutocompleteField,
    FilterField,
    Indexed,
    RelatedFields,
    SearchField,
    get_indexed_models,
)
from whoosh import fields as wf
from whoosh.analysis import RegexTokenizer

__all__ = [
    "Mapping",
    "catch_all_field",
    "encode_filter_value",
    "filter_kind",
    "index_name_for_model",
]

MULTI_SEPARATOR = "\x1f"
_EPOCH = datetime.datetime(1970, 1, 1)

_INT_TYPES = {
    "AutoField",
    "BigAutoField",
    "SmallAutoField",
    "IntegerField",
    "BigIntegerField",
    "SmallIntegerField",
    "PositiveIntegerField",
    "PositiveSmallIntegerField",
    "PositiveBigIntegerField",
}
_KINDS = {
    **dict.fromkeys(_INT_TYPES, "int"),
    "FloatField": "float",
    "DecimalField": "float",
    "BooleanField": "int",
    "NullBooleanField": "int",
    "DateField": "datetime",
    "DateTimeField": "datetime",
    "TimeField": "time",
}


@functools.cache
def _index_models(root):
    """Indexed models stored in ``root``'s index (the model registry is fixed once loaded)."""
    return [model for model in get_indexed_models() if get_model_root(model) is root]


def index_name_for_model(model):
    root = get_model_root(model)
    return f"{root._meta.app_label}_{root.__name__}".lower()


def model_label(model):
    return f"{model._meta.app_label}.{model.__name__}".lower()


def filter_kind(field, model):
    """Return how a FilterField's values are encoded: int, float, datetime, time or str."""
    return _KINDS.get(field.get_type(model), "str")


def _is_multi_valued(field, model):
    try:
        model_field = field.get_field(model)
    except Exception:  # noqa: BLE001 - callables and properties are single-valued
        return False
    return bool(
        getattr(model_field, "many_to_many", False) or getattr(model_field, "one_to_many", False)
    )


def _micros(delta):
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def encode_filter_value(value, kind):
    """Encode one Python value for a filter field of the given kind (None stays None)."""
    if value is None:
        return None
    if isinstance(value, models.Model):
        value = value.pk
    if kind == "int":
        return int(value)
    if kind == "float":
        return float(value)
    if kind == "datetime":
        if isinstance(value, datetime.datetime):
            if timezone.is_aware(value):
                value = value.astimezone(datetime.UTC).replace(tzinfo=None)
            return _micros(value - _EPOCH)
        if isinstance(value, datetime.date):
            return _micros(datetime.datetime.combine(value, datetime.time()) - _EPOCH)
        raise TypeError(f"Cannot encode {value!r} as a date")
    if kind == "time":
        if isinstance(value, str):
            value = datetime.time.fromisoformat(value)
        return ((value.hour * 60 + value.minute) * 60 + value.second) * 1_000_000 + (
            value.microsecond
        )
    if isinstance(value, bool | int | float | decimal.Decimal | uuid.UUID):
        return str(value)
    return str(value)


def _flatten_text(value):
    """Turn a search field value (str, list of str, number, time...) into text."""
    if value is None:
        return ""
    if isinstance(value, list | tuple | set):
        return "\n".join(filter(None, (_flatten_text(item) for item in value)))
    if isinstance(value, datetime.time):
        return value.isoformat()
    return str(value)


def _related_objects(value):
    if value is None:
        return []
    if isinstance(value, models.Manager | models.QuerySet):
        return list(value.all())
    if isinstance(value, models.Model):
        return [value]
    if isinstance(value, list | tuple):
        return list(value)
    raise ValueError(f"Unexpected value for RelatedFields: {value!r}")


def _filter_values(value):
    """A FilterField value as a list of plain values (pks for relations)."""
    if value is None:
        return []
    if isinstance(value, models.Manager | models.QuerySet):
        return list(value.values_list("pk", flat=True))
    if isinstance(value, list | tuple | set):
        return [item.pk if isinstance(item, models.Model) else item for item in value]
    if isinstance(value, models.Model):
        return [value.pk]
    return [value]


def catch_all_field(boost):
    """Name of the ``t_`` field holding the text of search fields with ``boost``."""
    return "t_" + f"{float(boost or 1):g}".replace(".", "_").replace("-", "m")


class Mapping:
    """Schema and documents for the index that holds ``model``."""

    def __init__(self, model, analysis):
        self.model = model
        self.root = get_model_root(model)
        self.analysis = analysis

    # Names -----------------------------------------------------------------

    def column(self, field, model=None):
        """Column name of a search_fields entry on ``model`` (prefixed below the root)."""
        model = model or self.model
        definition_model = field.get_definition_model(model)
        if definition_model is not None and definition_model is not self.root:
            prefix = f"{definition_model._meta.app_label}_{definition_model.__name__}__".lower()
        else:
            prefix = ""
        if isinstance(field, RelatedFields):
            return prefix + field.field_name
        return prefix + field.get_attname(model)

    def content_types(self, model=None):
        model = model or self.model
        labels = [model_label(model)]
        parent = model.indexed_get_parent() if issubclass(model, Indexed) else None
        while parent is not None:
            labels.append(model_label(parent))
            parent = parent.indexed_get_parent()
        return labels

    def index_models(self):
        return _index_models(self.root)

    # Field lists used by the query compiler --------------------------------

    def text_columns(self, model=None, field_names=None):
        """``[(column, boost)]`` searched for ``model``: its own and its subclasses' fields.

        With ``field_names``, only those SearchFields of ``model`` itself.
        """
        model = model or self.model
        if field_names is None:
            return list(_all_text_columns(model))
        columns = {}
        by_name = {f.field_name: f for f in model.get_searchable_search_fields()}
        for name in field_names:
            field = by_name[name]
            columns[self.column(field, model)] = float(field.boost or 1)
        return list(columns.items())

    def _collect_text_columns(self, field, model, column, columns):
        if isinstance(field, SearchField):
            columns.setdefault(column, float(field.boost or 1))
        elif isinstance(field, RelatedFields):
            related = field.get_field(model).related_model
            for sub in field.fields:
                sub_column = f"{column}__{self._sub_name(sub, related)}"
                self._collect_text_columns(sub, related, sub_column, columns)

    def autocomplete_columns(self, field_names, model=None):
        model = model or self.model
        by_name = {f.field_name: f for f in model.get_autocomplete_search_fields()}
        return [self.column(by_name[name], model) for name in field_names if name in by_name]

    @staticmethod
    def _sub_name(field, model):
        if isinstance(field, RelatedFields):
            return field.field_name
        return field.get_attname(model)

    def filter_column_for_path(self, field_path):
        """``(column, kind, relation_column)`` for a path of RelatedFields ending in a FilterField.

        ``relation_column`` is None for a field of the document itself.
        """
        model = self.model
        names = []
        relation_column = None
        for field in field_path[:-1]:
            if relation_column is None:
                relation_column = self.column(field, model)
                names.append(relation_column)
            else:
                names.append(field.field_name)
            model = field.get_field(model).related_model
        leaf = field_path[-1]
        if relation_column is None:
            names.append(self.column(leaf, model))
        else:
            names.append(leaf.get_attname(model))
        return "f_" + "__".join(names), filter_kind(leaf, model), relation_column

    # Schema ------------------------------------------------------------------

    def schema(self):
        analysis = self.analysis
        pk_field = self.root._meta.pk
        while pk_field.remote_field is not None:
            pk_field = pk_field.target_field
        pk_is_int = pk_field.get_internal_type() in _INT_TYPES
        schema_fields = {
            "m_id": wf.ID(stored=True, unique=True, sortable=True),
            "m_pk": wf.NUMERIC(int, bits=64, signed=True, sortable=True)
            if pk_is_int
            else wf.ID(sortable=True),
            "m_ct": wf.KEYWORD(lowercase=False, scorable=False),
            "m_null": wf.KEYWORD(lowercase=False, scorable=False),
            "m_kind": wf.ID(),
            "m_parent": wf.ID(),
            "m_ac": wf.TEXT(analyzer=analysis.autocomplete, phrase=False),
        }
        for model in self.index_models():
            for field in model.get_search_fields():
                self._schema_for(field, model, self.column(field, model), schema_fields, False)
        return wf.Schema(**schema_fields)

    def _schema_for(self, field, model, column, schema_fields, in_relation, multi=False):
        analysis = self.analysis
        if isinstance(field, SearchField):
            schema_fields["s_" + column] = wf.TEXT(analyzer=analysis.search, phrase=False)
            schema_fields["x_" + column] = wf.TEXT(analyzer=analysis.exact, phrase=True)
            schema_fields[catch_all_field(field.boost)] = wf.TEXT(
                analyzer=analysis.search, phrase=False
            )
        elif isinstance(field, AutocompleteField):
            schema_fields["a_" + column] = wf.TEXT(analyzer=analysis.autocomplete, phrase=False)
        elif isinstance(field, FilterField):
            multi = multi or in_relation or _is_multi_valued(field, model)
            kind = filter_kind(field, model)
            if kind == "str":
                if multi:
                    schema_fields["f_" + column] = wf.ID(
                        analyzer=RegexTokenizer(rf"[^{MULTI_SEPARATOR}]+")
                    )
                else:
                    schema_fields["f_" + column] = wf.ID(sortable=True)
            else:
                numtype = float if kind == "float" else int
                schema_fields["f_" + column] = wf.NUMERIC(
                    numtype, bits=64, signed=True, sortable=not multi
                )
        elif isinstance(field, RelatedFields):
            related = field.get_field(model).related_model
            for sub in field.fields:
                sub_column = f"{column}__{self._sub_name(sub, related)}"
                self._schema_for(sub, related, sub_column, schema_fields, True, multi)

    # Documents ---------------------------------------------------------------

    def document_id(self, obj):
        return str(obj.pk)

    def documents(self, obj):
        """Return ``(document, children)`` for ``obj`` (an instance of ``self.model``)."""
        model = type(obj)
        doc_id = self.document_id(obj)
        doc = {
            "m_id": doc_id,
            "m_pk": obj.pk if isinstance(obj.pk, int) else str(obj.pk),
            "m_ct": " ".join(self.content_types(model)),
            "m_kind": "doc",
        }
        nulls = []
        autocomplete = []
        children = []
        for field in model.get_search_fields():
            column = self.column(field, model)
            if isinstance(field, RelatedFields):
                related_objects = _related_objects(field.get_value(obj))
                child_rows = self._related_values(
                    field, model, column, related_objects, doc, autocomplete
                )
                children.extend(
                    {"m_kind": f"rel:{column}", "m_parent": doc_id, **row} for row in child_rows
                )
            else:
                self._field_value(field, model, obj, column, doc, nulls, autocomplete)
        doc["m_null"] = " ".join(nulls)
        if autocomplete:
            doc["m_ac"] = "\n".join(autocomplete)
        return _clean(doc), [_clean(child) for child in children]

    def _field_value(self, field, model, obj, column, doc, nulls, autocomplete):
        if isinstance(field, SearchField):
            text = _flatten_text(field.get_value(obj))
            if text:
                _append_text(doc, "s_" + column, text)
                _append_text(doc, "x_" + column, text)
                _append_text(doc, catch_all_field(field.boost), text)
        elif isinstance(field, AutocompleteField):
            text = _flatten_text(field.get_value(obj))
            if text:
                _append_text(doc, "a_" + column, text)
                autocomplete.append(text)
        elif isinstance(field, FilterField):
            kind = filter_kind(field, model)
            values = [encode_filter_value(v, kind) for v in _filter_values(field.get_value(obj))]
            values = [v for v in values if v is not None]
            if not values:
                nulls.append("f_" + column)
                return
            multi = _is_multi_valued(field, model)
            _set_filter(doc, "f_" + column, values, kind, multi)

    def _related_values(self, field, model, column, related_objects, doc, autocomplete):
        """Fold related text into ``doc``; return one filter row per related object."""
        related_model = field.get_field(model).related_model
        rows = []
        for related in related_objects:
            row = {}
            for sub in field.fields:
                sub_column = f"{column}__{self._sub_name(sub, related_model)}"
                if isinstance(sub, RelatedFields):
                    nested = _related_objects(sub.get_value(related))
                    nested_rows = self._related_values(
                        sub, type(related), sub_column, nested, doc, autocomplete
                    )
                    # Deeper relations are flattened into this related object's row.
                    for nested_row in nested_rows:
                        for key, value in nested_row.items():
                            row.setdefault(key, []).extend(
                                value if isinstance(value, list) else [value]
                            )
                elif isinstance(sub, FilterField):
                    kind = filter_kind(sub, type(related))
                    values = [
                        encode_filter_value(v, kind) for v in _filter_values(sub.get_value(related))
                    ]
                    values = [v for v in values if v is not None]
                    if values:
                        row.setdefault("f_" + sub_column, []).extend(values)
                else:
                    self._field_value(
                        sub, type(related), related, sub_column, doc, [], autocomplete
                    )
            rows.append(row)
        return rows


@functools.cache
def _all_text_columns(model):
    """``text_columns()`` over every field: it walks every indexed model, on each search
    (several per search page), and models' search fields do not change at run time."""
    mapping = Mapping(model, analysis=None)
    columns = {}
    for indexed in mapping.index_models():
        if not issubclass(indexed, model):
            continue
        for field in indexed.get_search_fields():
            mapping._collect_text_columns(field, indexed, mapping.column(field, indexed), columns)
    return tuple(columns.items())


def _append_text(doc, name, text):
    doc[name] = f"{doc[name]}\n{text}" if name in doc else text


def _set_filter(doc, name, values, kind, multi):
    if kind == "str":
        doc[name] = MULTI_SEPARATOR.join(values) if multi else values[0]
    else:
        doc[name] = values if multi else values[0]


def _clean(doc):
    """Join multi-valued strings and drop empty values (Whoosh rejects None)."""
    cleaned = {}
    for key, value in doc.items():
        if value is None or value == [] or value == "":
            continue
        if isinstance(value, list) and value and isinstance(value[0], str):
            value = MULTI_SEPARATOR.join(value)
        cleaned[key] = value
    return cleaned
