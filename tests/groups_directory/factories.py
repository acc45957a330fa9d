"""Fast builders for directory tests. App code never imports these."""

import uuid
from datetime import time

from django.contrib.contenttypes.models import ContentType
from django.db.models import Max
from django.utils import timezone
from wagtail.models import Locale, Page

from core.cache import content_changed
from groups_directory.models import GroupCategory, GroupPage


def make_group(directory, title, *, region="31.74.01", category="arisan", **fields):
    """One live group under ``directory`` created through Wagtail's normal tree API."""
    defaults = {
        "summary": f"Ringkasan {title}",
        "schedule_frequency": "weekly",
        "schedule_weekday": 3,
        "schedule_start_time": time(19, 30),
        "audience": "umum",
        "is_open": True,
        "whatsapp": "+6281234567890",
        "email": "pengurus@contoh.invalid",
    }
    defaults.update(fields)
    page = GroupPage(
        title=title,
        region_id=region,
        category=GroupCategory.objects.get(slug=category),
        **defaults,
    )
    directory.add_child(instance=page)
    return page


def bulk_groups(directory, count, *, region="31.74.01", category="arisan"):
    """``count`` live groups inserted in bulk (treebeard paths computed here), for load tests.

    Skips revisions and the search index: only the directory listing is exercised.
    """
    content_type = ContentType.objects.get_for_model(GroupPage)
    locale = Locale.get_default()
    category_id = GroupCategory.objects.get(slug=category).pk
    start = directory.numchild + 1
    now = timezone.now()
    region_parts = region.split(".")
    pages = []
    for index in range(start, start + count):
        slug = f"kelompok-massal-{index}"
        pages.append(
            Page(
                title=f"Kelompok Massal {index:05d}",
                draft_title=f"Kelompok Massal {index:05d}",
                slug=slug,
                path=Page._get_path(directory.path, directory.depth + 1, index),
                depth=directory.depth + 1,
                numchild=0,
                url_path=f"{directory.url_path}{slug}/",
                live=True,
                has_unpublished_changes=False,
                first_published_at=now,
                last_published_at=now,
                content_type=content_type,
                locale=locale,
                translation_key=uuid.uuid4(),
            )
        )
    last_pk = Page.objects.aggregate(last=Max("pk"))["last"]
    Page.objects.bulk_create(pages, batch_size=500)
    created = Page.objects.filter(pk__gt=last_pk).order_by("pk")
    groups = [
        GroupPage(
            page_ptr_id=page_id,
            summary="Kelompok untuk uji beban",
            category_id=category_id,
            region_id=region,
            province_id=region_parts[0],
            regency_id=".".join(region_parts[:2]),
            district_id=".".join(region_parts[:3]),
            schedule_frequency="weekly",
            schedule_weekday=index % 7,
            audience="umum",
            last_updated_at=now,
        )
        for index, page_id in enumerate(created.values_list("pk", flat=True))
    ]
    # Django refuses bulk_create on multi-table models; insert only the child table rows.
    fields = [field for field in GroupPage._meta.local_concrete_fields if not field.primary_key]
    fields.insert(0, GroupPage._meta.pk)
    GroupPage.objects._insert(groups, fields=fields)
    Page.objects.filter(pk=directory.pk).update(numchild=start - 1 + count)
    directory.refresh_from_db()
    # Bulk inserts send no signals; say that content changed, as any bulk import must.
    content_changed.send(sender=GroupPage)
