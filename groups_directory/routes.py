"""URL patterns below the directory page and each group page (see core.routing.SubpageUrls).

The page models name these lists by dotted path instead of importing the views, which
import the models. Each view is called as ``view(page, request, ...)``.
"""

import functools

from django.urls import path, re_path
from django.utils.cache import add_never_cache_headers

from . import feeds, views


def never_cached(view):
    """The organiser's own data behind a signed link: never in a shared cache."""

    @functools.wraps(view)
    def wrapper(page, request, *args, **kwargs):
        response = view(page, request, *args, **kwargs)
        add_never_cache_headers(response)
        return response

    return wrapper


def region_options(directory, request):
    return views.region_options(request)


directory_urls = [
    path("", views.directory_index, name="index_route"),
    path("peta/", feeds.directory_geojson, name="geojson_route"),
    path("wilayah/", region_options, name="regions_route"),
    path("daftar/", views.submit_group, name="submit_route"),
    path("daftar/terkirim/", views.group_submitted, name="submitted_route"),
    # Ids only in their canonical form: "068" is not group 68.
    re_path(
        r"^kelola/(?P<group_id>[1-9][0-9]{0,9})/(?P<token>[\w-]{1,200})/$",
        never_cached(views.manage_group),
        name="manage_route",
    ),
    path("kelola/tautan-baru/", never_cached(views.new_organiser_link), name="new_link_route"),
]

group_urls = [
    path("", views.group_detail, name="index_route"),
    path("kalender/", feeds.group_ics, name="ics_route"),
    path("kontak/", views.group_contact, name="contact_route"),
    path("laporkan/", views.group_report, name="report_route"),
]
