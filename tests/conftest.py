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
