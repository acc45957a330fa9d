from django import template
from django.urls import reverse
from django.utils.html import format_html

from core.cache import CACHEABLE_META_KEY
from core.formatting import tanggal

register = template.Library()
register.filter("tanggal", tanggal)


@register.simple_tag(takes_context=True)
def csrf_input(context):
    """Use instead of ``{% csrf_token %}`` in forms on pages that may be cached.

    On a request the page cache may store (core/cache.py), render an empty token field
    that static/js/csrf.js fills at submit time, so the shared HTML holds no one's token.
    Otherwise (logged-in users, uncached pages) render the usual token field.
    """
    request = context.get("request")
    if request is not None and request.META.get(CACHEABLE_META_KEY):
        return format_html(
            '<input type="hidden" name="csrfmiddlewaretoken" value="" data-csrf-fill="{}">',
            reverse("csrf_token"),
        )
    token = context.get("csrf_token")
    if not token:
        return ""
    return format_html('<input type="hidden" name="csrfmiddlewaretoken" value="{}">', token)
