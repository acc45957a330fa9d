import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.template.loader import render_to_string
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from articles.forms import SubscriptionForm
from articles.models import ArticleIndexPage
from core.cache import cached_until_change
from core.formatting import tanggal

register = template.Library()
# Article templates load only this library; the filter itself lives in core.
register.filter("tanggal", tanggal)

# The same escapes Django's json_script uses, so the data cannot close the <script> element.
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def ld_json(value):
    """Render ``value`` as a JSON-LD data block (not executable script)."""
    data = json.dumps(value, cls=DjangoJSONEncoder, ensure_ascii=False).translate(
        _JSON_SCRIPT_ESCAPES
    )
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(data))  # noqa: S308 - escaped above like json_script


def _index_page(context):
    """The article index, looked up once per request."""
    request = context.get("request")
    cached = getattr(request, "_guyub_article_index", None) if request else None
    if cached is None:
        cached = ArticleIndexPage.objects.live().first() or False
        if request is not None:
            request._guyub_article_index = cached
    return cached or None


@register.simple_tag(takes_context=True)
def articles_route(context, name, *args):
    """URL of a listing on the article index: {% articles_route "author_view" author.slug %}."""
    index_page = context.get("index_page") or _index_page(context)
    if index_page is None:
        return ""
    kwargs = {}
    if name.startswith(("author_", "category_", "tag_")):
        kwargs["slug"] = args[0]
    elif name == "archive_year":
        kwargs["year"] = f"{args[0]:04d}"
    elif name == "archive_month":
        kwargs["year"], kwargs["month"] = f"{args[0]:04d}", f"{args[1]:02d}"
    request = context.get("request")
    return index_page.get_url(request) + index_page.reverse_subpage(name, kwargs=kwargs)


@register.simple_tag(takes_context=True)
def related_articles(context, page):
    """The "Artikel Terkait" section, rendered once per content change.

    It summarises other articles (their titles, images, authors and comment counts), so
    it changes only when content does; ranking and rendering it on every view was the
    article page's largest cost.
    """
    request = context.get("request")

    def render():
        return render_to_string(
            "articles/related_articles.html",
            {"related_articles": page.related_articles(), "index_page": context.get("index_page")},
            request=request,
        )

    return mark_safe(cached_until_change(f"related-articles:{page.pk}", render))  # noqa: S308 - our own template's output


@register.inclusion_tag("articles/subscribe_form.html", takes_context=True)
def subscribe_form(context, css_class="subscribe-box"):
    """The new-article mail sign-up box. No query and no token in the HTML, so the page
    around it stays in the page cache (see core_tags.csrf_input)."""
    return {
        "form": SubscriptionForm(),
        "css_class": css_class,
        "request": context.get("request"),
        "csrf_token": context.get("csrf_token"),
    }
