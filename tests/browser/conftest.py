"""Browser tests: Playwright driving Debian's Chromium against pytest-django's live server.

Every test here is marked `browser`; without /usr/bin/chromium they skip with the install hint.
"""

import os
import re
import shutil
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
SKIP_REASON = (
    f"Chromium not found at {CHROMIUM}: install it with `sudo apt-get install chromium` "
    "(make test does this when run as root) to run the browser tests."
)

LOCAL = re.compile(r"^https?://(localhost|127\.0\.0\.1)(:\d+)?/")

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


@pytest.fixture
def offline_page(page):
    """No request leaves the machine: map tiles and anything external are aborted."""

    def guard(route):
        if LOCAL.match(route.request.url):
            route.continue_()
        else:
            route.abort()

    page.route("**/*", guard)
    return page
