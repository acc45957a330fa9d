import glob

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
    from django.core.cache import caches

    from core.state_mirror import MIRROR

    # The keys below go without an announcement: no process may keep a copy of them.
    MIRROR.reset()
    for cache in caches.all(initialized_only=False):
        if hasattr(cache, "delete_pattern"):
            # Every version: Wagtail keeps its site root paths under cache version 2, which
            # delete_pattern("*") (the default version only) would leave for the next test.
            client = cache.client.get_client(write=True)
            pattern = glob.escape(cache.key_prefix) + ":*"
            keys = list(client.scan_iter(match=pattern, count=1000))
            if keys:
                client.delete(*keys)
        else:
            cache.clear()


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Run the browser tests last, after pytest-django has ordered the rest.

    They are transactional: each one ends by flushing the database, migrated HomePage and
    Site included, and only the next serialized_rollback test puts them back. pytest-django
    runs tests that use the ``db`` fixture without a mark after the transactional ones, so
    they found an empty site (seen in CI once tests/browser/test_production_path.py joined).
    """
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup):
    """Keep serialized_rollback working after Playwright has run.

    Django stores the serialized test database on the connection *object*
    (``_test_serialized_contents``); connections live in an asgiref Local, and once a
    non-browser DB test has created the first connection, the browser tests (inside
    Playwright's event loop) get a fresh connection object without that attribute. Their
    teardown flush then wipes the migrated HomePage and Site for every later test.
    Copying the contents onto the wrapper class makes every connection object see them.
    """
    from django.db import connections

    for connection in connections.all():
        contents = getattr(connection, "_test_serialized_contents", None)
        if contents is not None:
            type(connection)._test_serialized_contents = contents
    return django_db_setup
