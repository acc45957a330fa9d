from django import template
from wagtail.models import Site

register = template.Library()


@register.inclusion_tag("includes/main_nav.html", takes_context=True)
def main_nav(context):
    """Top-level pages marked "show in menus", in tree order."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    items = []
    if site:
        items = site.root_page.get_children().live().public().in_menu()
    current = context.get("page")
    return {
        "items": items,
        "current_path": getattr(current, "url_path", ""),
        "is_home": bool(site and current and current.pk == site.root_page_id),
        "request": request,
    }
