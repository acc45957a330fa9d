from django import template
from wagtail.models import Site

from core.cache import cached_until_change

register = template.Library()


def menu_items(request):
    """Top-level pages marked "show in menus", in tree order, as (title, url, url_path).

    The list is kept in the cache until the next content change (core/cache.py), so a
    page view that misses the page cache still spends no query on the menu.
    """
    site = Site.find_for_request(request) if request else None
    if site is None:
        return site, []

    def build():
        pages = site.root_page.get_children().live().public().in_menu()
        return [(page.title, page.get_url(request), page.url_path) for page in pages]

    return site, cached_until_change(f"main-nav:{site.pk}", build)


@register.inclusion_tag("includes/main_nav.html", takes_context=True)
def main_nav(context):
    request = context.get("request")
    site, items = menu_items(request)
    current = context.get("page")
    return {
        "items": items,
        "current_path": getattr(current, "url_path", ""),
        "is_home": bool(site and current and current.pk == site.root_page_id),
        "request": request,
    }


@register.simple_tag(takes_context=True)
def site_sections(context):
    """The menu's pages, for pages that point readers onwards (the 404 page)."""
    return menu_items(context.get("request"))[1]
