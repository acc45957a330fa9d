"""The sitemap: an index of sections of at most 1,000 pages each.

One sitemap of every page grew with the site (15,000 pages took close to two seconds to
render); search engines read an index and its sections just as well, and each response
stays small. The index is built here rather than by Django's view, which names the
sections after django.contrib.sites' domain instead of the Wagtail site being served.
"""

from django.contrib.sitemaps.views import SitemapIndexItem, x_robots_tag
from django.template.response import TemplateResponse
from django.urls import reverse
from wagtail.contrib.sitemaps import Sitemap

SECTION = "halaman"


class PageSitemap(Sitemap):
    limit = 1000


SITEMAPS = {SECTION: PageSitemap}


@x_robots_tag
def sitemap_index(request):
    """``/sitemap.xml``: the section pages, on the host the request came to."""
    section = PageSitemap(request)
    url = request.build_absolute_uri(reverse("sitemap_section", kwargs={"section": SECTION}))
    items = [
        SitemapIndexItem(url if number == 1 else f"{url}?p={number}")
        for number in section.paginator.page_range
    ]
    return TemplateResponse(
        request, "sitemap_index.xml", {"sitemaps": items}, content_type="application/xml"
    )
