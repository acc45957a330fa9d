import pytest

from groups_directory.models import GroupDirectoryPage


@pytest.fixture
def directory(home_page):
    page = GroupDirectoryPage(title="Direktori Kelompok", slug="kelompok")
    home_page.add_child(instance=page)
    return page


@pytest.fixture(autouse=True)
def empty_cache():
    """Rate-limit counters live in the cache; each test starts with none."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
