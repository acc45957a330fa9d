"""The README and docs/ state facts the code decides; these keep the two from drifting apart."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = [
    ROOT / "README.md",
    ROOT / "portal/search/README.md",
    *sorted((ROOT / "docs").glob("*.md")),
]
LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")


@pytest.mark.parametrize("page", PAGES, ids=lambda page: str(page.relative_to(ROOT)))
def test_relative_links_point_at_files_in_the_repository(page):
    for target in LINK.findall(page.read_text()):
        if re.match(r"[a-z]+:", target):
            continue
        path = (page.parent / target).resolve()
        assert path.is_relative_to(ROOT), f"{page.name} links outside the repository: {target}"
        assert path.exists(), f"{page.name} links to a missing file: {target}"


def test_documented_page_cache_lifetimes_are_the_settings_defaults():
    table = (ROOT / "docs" / "caching.md").read_text()
    documented = re.search(r"\| `PAGE_CACHE_SECONDS` \| (\d+) \|", table)[1]
    browser, cdn = re.search(r"`PAGE_CACHE_CDN_SECONDS` \| (\d+) / (\d+) \|", table).groups()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PAGE_CACHE_")}
    defaults = subprocess.run(
        [
            sys.executable,
            "-c",
            "from portal.settings import base as b; print(b.GUYUB_PAGE_CACHE_SECONDS,"
            " b.GUYUB_PAGE_CACHE_BROWSER_SECONDS, b.GUYUB_PAGE_CACHE_CDN_SECONDS)",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert defaults == [documented, browser, cdn]
