"""Admin-wide display fixes that belong to no single app."""

from datetime import timedelta

import django_filters
from django.conf import settings
from django.contrib import messages
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.active_filters import (
    ActiveFilter,
    BaseFilterAdapter,
    register_filter_adapter_class,
)

from core.cache import declare_page_cache

YES, NO = _("Ya"), _("Tidak")


def yes_no(value):
    """A boolean as editors read it; None stays unknown."""
    if value is None:
        return _("Tidak diketahui")
    return YES if value else NO


class YesNoFilterAdapter(BaseFilterAdapter):
    """An active boolean filter reads "Sudah ditindaklanjuti: Tidak", not "...: False".

    Wagtail's fallback adapter shows ``str(value)``, i.e. Python's True/False.
    """

    def get_active_filters(self):
        yield ActiveFilter(
            self.bound_field.auto_id,
            self.filter.label,
            yes_no(self.value),
            self.get_url_without_filter_param(self.name),
        )


register_filter_adapter_class(django_filters.BooleanFilter, YesNoFilterAdapter)


# A never-published draft nobody has saved for this long counts as abandoned.
ABANDONED_AFTER = timedelta(hours=24)


def release_abandoned_slug(parent_page, slug, user):
    """Move an abandoned draft off ``slug`` so a new page under ``parent_page`` can use it.

    Wagtail 8 autosaves a new page as soon as the editor types a title: the page then
    exists as a draft and holds its slug among its siblings, even if the editor closes
    the tab. Starting again gave "The slug ... is already in use". A sibling that was
    never published and is either the same editor's own draft or untouched for a day
    gives the slug up; it is kept (nothing is lost), renamed to "<slug>-draf-<id>".
    Returns the released draft, or None.
    """
    draft = (
        parent_page.get_children()
        .filter(slug=slug, live=False, first_published_at__isnull=True, locked=False)
        .specific()
        .first()
    )
    if draft is None:
        return None
    last_saved = draft.latest_revision_created_at or draft.last_published_at
    abandoned = last_saved is None or last_saved < timezone.now() - ABANDONED_AFTER
    if draft.owner_id != user.pk and not abandoned:
        return None
    draft.slug = f"{slug}-draf-{draft.pk}"
    draft.save(clean=False, update_fields=["slug"])
    return draft


@hooks.register("before_create_page")
def free_slug_of_abandoned_draft(request, parent_page, page_class):
    if request.method != "POST":
        return None
    slug = request.POST.get("slug") or slugify(
        request.POST.get("title", ""),
        allow_unicode=getattr(settings, "WAGTAIL_ALLOW_UNICODE_SLUGS", True),
    )
    draft = release_abandoned_slug(parent_page, slug, request.user) if slug else None
    if draft is not None:
        messages.info(
            request,
            _("Draf lama “%(title)s” yang belum pernah terbit kini beralamat “%(slug)s”.")
            % {"title": draft.title, "slug": draft.slug},
        )
    return None


@hooks.register("before_serve_page")
def declare_page_cache_variants(page, request, serve_args, serve_kwargs):
    """Tell the page cache which query parameters vary this page type's output."""
    params = getattr(page, "page_cache_query_params", None)
    if params is not None:
        declare_page_cache(request, params, getattr(page, "page_cache_shows_comment_counts", False))
