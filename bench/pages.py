"""Bulk creation of Wagtail pages, for generators that need thousands of them.

``add_child`` costs several queries per page (tree locking, parent update, revision,
reference index, search index). Here the treebeard materialised paths are computed in
Python and the rows inserted in batches: a few queries per batch of pages. The search
index is built afterwards with ``update_index``; revisions only where asked for.
"""

import datetime
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils import timezone
from wagtail.models import Page, Revision

from core.cache import content_changed

__all__ = ["add_revisions", "bulk_add_children", "bulk_insert", "spread_dates"]


def _insert(model, objs, fields, returning=False):
    """Multi-row INSERT of ``fields`` of ``model`` for ``objs`` (also MTI child tables).

    Django's bulk_create refuses multi-table inheritance, which every page type uses;
    the manager's insert does what ``Model.save()`` does per row, for many rows at once.
    """
    batch = max(1, min(500, connection.ops.bulk_batch_size(fields, objs)))
    manager = model._base_manager
    returned = []
    for start in range(0, len(objs), batch):
        chunk = objs[start : start + batch]
        rows = manager._insert(
            chunk, fields=fields, returning_fields=[model._meta.pk] if returning else None
        )
        if returning:
            returned.extend(row[0] for row in rows)
    return returned


def bulk_insert(model, objs, *, after_first_table=None):
    """``bulk_create`` that also works for multi-table inheritance (e.g. XtdComment).

    Inserts the top ancestor's rows first (getting the primary keys), calls
    ``after_first_table(objs)`` if given (to set fields that need the new ids), then
    each child table's rows. Sends no model signals.
    """
    if not objs:
        return objs
    chain = [*reversed(model._meta.get_parent_list()), model]
    top = chain[0]
    ids = _insert(
        top, objs, [f for f in top._meta.local_concrete_fields if not f.primary_key], True
    )
    for obj, pk in zip(objs, ids, strict=True):
        for table in chain:
            setattr(obj, table._meta.pk.attname, pk)
    if after_first_table:
        after_first_table(objs)
    for table in chain[1:]:
        _insert(table, objs, list(table._meta.local_concrete_fields))
    return objs


def bulk_add_children(parent, pages, *, published_at=None):
    """Insert ``pages`` (unsaved instances of one page class) as live children of ``parent``.

    Each page needs ``title`` and a ``slug`` unique among its siblings; other fields are
    taken as set. ``published_at`` (a callable ``index -> datetime`` or a datetime)
    sets first/last published dates. Returns the pages with primary keys.
    """
    if not pages:
        return []
    model = type(pages[0])
    if any(type(page) is not model for page in pages):
        raise ValueError("bulk_add_children takes pages of one class per call")
    parent = Page.objects.get(pk=parent.pk)
    content_type = ContentType.objects.get_for_model(model)
    last_child = parent.get_last_child()
    first_step = Page._str2int(last_child.path[-Page.steplen :]) + 1 if last_child else 1
    now = timezone.now()
    depth = parent.depth + 1

    for index, page in enumerate(pages):
        page.path = Page._get_path(parent.path, depth, first_step + index)
        page.depth = depth
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.content_type = content_type
        page.locale_id = parent.locale_id
        page.draft_title = page.title
        page.live = True
        page.has_unpublished_changes = False
        page.translation_key = page.translation_key or uuid.uuid4()
        when = published_at(index) if callable(published_at) else (published_at or now)
        page.first_published_at = page.last_published_at = when

    concrete = Page._meta.concrete_model
    page_fields = [f for f in concrete._meta.local_concrete_fields if not f.primary_key]
    with transaction.atomic():
        ids = _insert(concrete, pages, page_fields, returning=True)
        for page, pk in zip(pages, ids, strict=True):
            page.pk = page.id = pk
        # Every table between Page and the concrete class, e.g. ArticlePage's own table.
        for ancestor in reversed(model._meta.get_parent_list()):
            if ancestor is concrete:
                continue
            _insert(ancestor, pages, list(ancestor._meta.local_concrete_fields))
        if model is not concrete:
            _insert(model, pages, list(model._meta.local_concrete_fields))
        Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + len(pages))
    # No model signals fired: tell the page cache and cached fragments ourselves.
    content_changed.send(sender=model)
    return pages


def add_revisions(pages, *, user=None):
    """Give ``pages`` a published revision each (bulk), as if an editor had published them.

    Only where the benchmark needs it (editor views, "compare revisions"); readers never
    touch revisions.
    """
    if not pages:
        return []
    base_ct = ContentType.objects.get_for_model(Page)
    revisions = [
        Revision(
            content_type=ContentType.objects.get_for_model(type(page)),
            base_content_type=base_ct,
            object_id=str(page.pk),
            object_str=page.title,
            content=page.serializable_data(),
            created_at=page.last_published_at or timezone.now(),
            user=user,
        )
        for page in pages
    ]
    with transaction.atomic():
        Revision.objects.bulk_create(revisions, batch_size=500)
        updates = []
        for page, revision in zip(pages, revisions, strict=True):
            updates.append(
                Page(
                    pk=page.pk,
                    latest_revision_id=revision.pk,
                    live_revision_id=revision.pk,
                    latest_revision_created_at=revision.created_at,
                )
            )
        Page.objects.bulk_update(
            updates,
            ["latest_revision", "live_revision", "latest_revision_created_at"],
            batch_size=500,
        )
    return revisions


def spread_dates(count, *, days=3 * 365, end=None):
    """``published_at`` callable: ``count`` dates spread over the last ``days``, newest last."""
    end = end or timezone.now()
    step = datetime.timedelta(days=days) / max(count, 1)
    return lambda index: end - step * (count - index)
