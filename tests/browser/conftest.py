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


def pytest_collection_modifyitems(config, items):
    available = Path(CHROMIUM).exists() or shutil.which(CHROMIUM)
    for item in items:
        if "tests/browser/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)
            if not available:
                item.add_marker(pytest.mark.skip(reason=SKIP_REASON))


@pytest.fixture(scope="session", autouse=True)
def _serialized_db_contents(request):
    """The database contents Django serialized at setup (the data migrations' pages, site,
    locale, groups...), captured before Playwright starts.

    Once Playwright's sync API runs, test code sees a different DatabaseWrapper for the
    same database (Django's connections are context-local), one without
    ``_test_serialized_contents``; serialized_rollback then restores nothing and every
    browser test after the first finds an empty database. ``_restore_serialized_db``
    puts the contents back in that case.
    """
    if "django_db_setup" not in request.fixturenames and not any(
        "django_db" in item.keywords for item in request.session.items
    ):
        return {}
    request.getfixturevalue("django_db_setup")
    from django.db import connections

    return {
        alias: connections[alias]._test_serialized_contents
        for alias in connections
        if hasattr(connections[alias], "_test_serialized_contents")
    }


@pytest.fixture(autouse=True)
def _restore_serialized_db(request, _serialized_db_contents):
    marker = request.node.get_closest_marker("django_db")
    if not marker or not marker.kwargs.get("serialized_rollback"):
        return
    request.getfixturevalue("_django_db_helper")
    from django.core.management import call_command
    from django.db import connections
    from wagtail.models import Locale

    for alias, contents in _serialized_db_contents.items():
        connection = connections[alias]
        if not hasattr(connection, "_test_serialized_contents") and not Locale.objects.exists():
            # The earlier flush re-ran post_migrate (content types, permissions): clear it all
            # so the serialized rows, with their original keys, load cleanly.
            call_command(
                "flush", database=alias, interactive=False, inhibit_post_migrate=True, verbosity=0
            )
            connection.creation.deserialize_db_from_string(contents)


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
