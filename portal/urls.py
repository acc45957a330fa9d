from django.conf import settings
from django.templatetags.static import static
from django.urls import include, path
from django.utils.functional import lazy
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from articles import urls as articles_urls
from comments import urls as comments_urls
from core import views as core_views
from core.cache import page_cache_query_params
from core.sitemaps import SITEMAPS, sitemap_index
from home.site_map import site_map
from portal import health
from search import views as search_views

# A database outage answers 503 instead of 500 (portal/errors.py).
handler500 = "portal.errors.server_error"

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("admin/", include(wagtailadmin_urls)),
    path("dokumen/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap_index, name="sitemap"),
    path(
        "sitemap-<section>.xml",
        page_cache_query_params(p=r"[1-9][0-9]{0,4}")(sitemap),
        {"sitemaps": SITEMAPS},
        name="sitemap_section",
    ),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    path("peta-situs/", site_map, name="site_map"),
    # Browsers and feed readers ask for /favicon.ico whatever the page's <link rel="icon">
    # says; lazy because the static files manifest is read on first use, not at import.
    path("favicon.ico", RedirectView.as_view(url=lazy(static, str)("img/favicon.svg"))),
    path("cari/", search_views.search, name="search"),
    path("komentar/", include(comments_urls)),
    path("langganan/", include(articles_urls)),
    path("komentar/", include(comments_urls.xtd_patterns)),
    path("csrf/", core_views.csrf_token, name="csrf_token"),
    path("cari/saran/", search_views.search_suggestions, name="search_suggestions"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [
    path("", include(wagtail_urls)),
]
