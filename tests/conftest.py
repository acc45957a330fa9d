import pytest
from wagtail.models import Site

from home.models import HomePage


@pytest.fixture
def home_page(db):
    """The HomePage the data migration creates as the default site's root."""
    return HomePage.objects.get()


@pytest.fixture
def site(db):
    return Site.objects.get(is_default_site=True)


@pytest.fixture(autouse=True)
def _empty_caches():
    """The page cache lives in a process-wide memory cache: start every test empty."""
    from django.core.cache import caches

    for cache in caches.all():
        cache.clear()
    yield
