"""Browser tests: Playwright driving Debian's Chromium against pytest-django's live server.

Every test here is marked `browser`; without /usr/bin/chromium they skip with the install hint.
"""

import os
import shutil
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
SKIP_REASON = (
    f"Chromium not found at {CHROMIUM}: install it with `sudo apt-get install chromium` "
    "(make test does this when run as root) to run the browser tests."
)

# Playwright's sync API runs an event loop in this thread; the ORM calls the tests make
# around it (fixtures, assertions) are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


_serialized_contents = {}


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_setup(item):
    """Keep serialized_rollback working once Playwright's event loop is running.

    Playwright's sync API leaves an asyncio loop "running" in the main thread, and Django's
    connection handler then keeps connections in context-local storage instead of the
    thread-local one: the main thread gets a second connection object that lacks the test
    database snapshot (``_test_serialized_contents``). The first browser test flushes the
    database at teardown and every later one starts empty (no HomePage, every page 404s).
    Copy the snapshot onto whichever connection object is current, before setup (used to
    reload the data) and before teardown (the flush skips post_migrate only when it is there).
    """
    _share_serialized_contents()
    yield


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    _share_serialized_contents()
    yield


def _share_serialized_contents():
    from django.db import connections

    for alias in connections:
        connection = connections[alias]
        contents = getattr(connection, "_test_serialized_contents", None)
        if contents is not None:
            _serialized_contents[alias] = contents
        elif alias in _serialized_contents:
            connection._test_serialized_contents = _serialized_contents[alias]


def pytest_collection_modifyitems(config, items):
    available = Path(CHROMIUM).exists() or shutil.which(CHROMIUM)
    for item in items:
        if "tests/browser/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)
            if not available:
                item.add_marker(pytest.mark.skip(reason=SKIP_REASON))


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    }


@pytest.fixture
def screenshot(page):
    """Save a full-page screenshot under var/screenshots/<name>.png and return its path."""

    def take(name):
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take


@pytest.fixture
def assert_accessible(page):
    """Run axe-core on the current page; fail on serious or critical violations."""
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()

    def check():
        results = axe.run(page)
        violations = [
            v for v in results.response["violations"] if v.get("impact") in ("serious", "critical")
        ]
        summary = "\n".join(
            f"{v['id']} ({v['impact']}): {v['help']} -> "
            + ", ".join(str(node["target"]) for node in v["nodes"][:3])
            for v in violations
        )
        assert not violations, f"Accessibility violations on {page.url}:\n{summary}"

    return check


@pytest.fixture(autouse=True)
def _site_root(request):
    """Recreate the site root that the data migration made.

    Live-server tests run in transactional mode, whose flush between tests removes migration
    data (serialized_rollback did not restore it together with live_server), so each browser
    test starts from the same HomePage + default Site as a fresh install.
    """
    if "live_server" not in request.fixturenames:
        yield
        return
    from django.conf import settings
    from django.core.cache import cache
    from wagtail.models import Locale, Page, Site

    from home.models import HomePage

    request.getfixturevalue("transactional_db")
    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    if not HomePage.objects.exists():
        root = Page.get_first_root_node() or Page.add_root(title="Root", slug="root")
        home = root.add_child(instance=HomePage(title="Beranda", slug="home"))
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": "localhost", "port": 80, "site_name": "Guyub", "root_page": home},
        )
    cache.clear()
    yield
    cache.clear()
