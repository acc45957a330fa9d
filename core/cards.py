"""Cards for listings (articles, groups), rendered once per content change.

A card shows one page's own data and a few related objects (image, category, authors,
comment count). All of them change only through edits, publishing or moderation, each of
which starts a new cache generation (core.cache). A listing therefore fetches only the
ids of the page it shows, reads their cards from the cache in one request, and renders,
with their queries, only the cards not rendered since the last change.
"""

from django.core.paginator import InvalidPage, Paginator
from django.http import Http404
from django.template.loader import get_template
from django.utils.functional import cached_property
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from wagtail.models import Site

from core.cache import cached_many_until_change, cached_until_change, page_scope


def render_cards(ids, request, *, queryset, template_name, name):
    """Rendered cards for the pages ``ids`` in that order; ids not in ``queryset`` are skipped.

    ``queryset`` fetches what the card shows (a ``for_listing()``); each card renders
    ``template_name`` with the page as ``name``.
    """
    site = Site.find_for_request(request)
    # Card links are relative to the site the request is for.
    prefix = f"card:{queryset.model._meta.label_lower}:{template_name}:{site.pk if site else 0}"
    keys = {f"{prefix}:{pk}": pk for pk in ids}

    def render(missing):
        template = get_template(template_name)
        pages = {page.pk: page for page in queryset.filter(pk__in=[keys[key] for key in missing])}
        return {
            key: template.render({name: pages[keys[key]], "request": request})
            for key in missing
            if keys[key] in pages
        }

    # A card shows its page's comment count: approving a comment there refreshes it.
    cards = cached_many_until_change(list(keys), render, scope=lambda key: page_scope(keys[key]))
    return [mark_safe(cards[key]) for key in keys if key in cards]  # noqa: S308 - our template's output


class CachedPaginator(Paginator):
    """A paginator over ids whose total and pages are kept until the next content change.

    Both are queries over everything listed (a count, a sort), the same for every reader
    until something is published; ``key`` names the listing (its filters included).
    """

    def __init__(self, ids, per_page, *, key, **kwargs):
        super().__init__(ids, per_page, **kwargs)
        self.key = key

    @cached_property
    def count(self):
        return cached_until_change(f"{self.key}:count", self.object_list.count)

    def _get_page(self, object_list, number, paginator):
        # ``object_list`` is this page's slice of the ids, not yet evaluated.
        ids = cached_until_change(
            f"{self.key}:page:{number}:{self.per_page}:{self.orphans}", lambda: list(object_list)
        )
        return super()._get_page(ids, number, paginator)


def get_page_or_404(paginator, number):
    """Page ``number`` of a listing (the first when absent); 404 past the last page.

    Django's ``get_page`` answers any number with the last page: every made-up
    ``?page=N`` would be a distinct 200 for crawlers to index and for the page cache
    to store.
    """
    try:
        return paginator.page(number or 1)
    except InvalidPage as error:
        raise Http404(_("Halaman %(number)s tidak ada.") % {"number": number}) from error
