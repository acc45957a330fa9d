import pytest
from wagtail.search.backends import get_search_backend

from home.models import StandardPage


@pytest.fixture
def search_backend(db):
    """The project's default backend (Whoosh in a temp folder), emptied for this test.

    The index lives on disk outside the test transaction, so each test starts from
    an empty index and indexes what it creates (the save signals do that).
    """
    backend = get_search_backend()
    backend.reset_indexes()
    return backend


@pytest.fixture
def make_page(home_page, search_backend):
    """Create and publish a StandardPage under the home page; it is indexed on save."""

    def make(title, intro="", body="", parent=None, live=True):
        page = StandardPage(title=title, intro=intro, body=body, live=live)
        (parent or home_page).add_child(instance=page)
        if live:
            page.save_revision().publish()
        return page

    return make
