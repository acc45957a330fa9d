"""The readers' site map (/peta-situs/): every section of the site on one page.

Crawlers read /sitemap.xml; people who follow "Peta situs" in the footer get this page
instead of raw XML. It lists the pages below the home page, and inside the article index
and the directory the ways in that readers use (categories, archive months).
"""

from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Site

from articles.models import ArticleIndexPage
from core.cache import cached_until_change
from groups_directory.models import GroupCategory, GroupDirectoryPage, GroupPage


@dataclass
class Entry:
    title: str
    url: str
    children: list = field(default_factory=list)


def site_map(request):
    site = Site.find_for_request(request)
    sections = cached_until_change(f"site-map:{site.pk}", lambda: _sections(site, request))
    return TemplateResponse(request, "home/site_map.html", {"sections": sections})


def _sections(site, request):
    sections = []
    for page in site.root_page.get_children().live().public().specific():
        if isinstance(page, ArticleIndexPage):
            children = [Entry(c.name, c.url) for c in page.categories_in_use(request)]
            children += [Entry(m.label, m.url) for m in page.archive_months(request)]
        elif isinstance(page, GroupDirectoryPage):
            children = _group_categories(page, request)
        else:
            children = [
                Entry(child.title, child.get_url(request))
                for child in page.get_children().live().public()
            ]
        sections.append(Entry(page.title, page.get_url(request), children))
    sections.append(Entry(_("Pencarian"), reverse("search")))
    return sections


def _group_categories(directory, request):
    listed = GroupPage.objects.child_of(directory).listed().filter(category=OuterRef("pk"))
    url = directory.get_url(request)
    return [
        Entry(category.name, f"{url}?kategori={category.slug}")
        for category in GroupCategory.objects.filter(Exists(listed)).order_by("sort_order", "name")
    ]
