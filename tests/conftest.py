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
def _fresh_cache():
    """Each test starts with an empty cache, as it does with a fresh database.

    With REDIS_URL the cache outlives the test process; only keys under the test
    KEY_PREFIX are deleted, never the whole Redis database (others may share it).
    """
    from django.core.cache import cache

    if hasattr(cache, "delete_pattern"):
        cache.delete_pattern("*")
    else:
        cache.clear()
