"""The lock files are what `make` installs: they must still say what requirements*.txt say."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?==([^\s;\\]+)")


def canonical(name):
    # PEP 503: the lock writes django-tasks-db where a requirements file may say Django_Tasks_DB.
    return re.sub(r"[-_.]+", "-", name).lower()


def pins(path):
    found = set()
    for line in path.read_text().splitlines():
        match = PIN.match(line.strip())
        if match:
            found.add((canonical(match[1]), match[2]))
    return found


@pytest.mark.parametrize(
    ("requirements", "lock"),
    [("requirements.txt", "requirements.lock"), ("requirements-dev.txt", "requirements-dev.lock")],
)
def test_every_requirement_is_locked_at_the_same_version(requirements, lock):
    wanted = pins(ROOT / requirements)
    if requirements == "requirements-dev.txt":
        wanted |= pins(ROOT / "requirements.txt")
    assert wanted, f"no pins read from {requirements}"
    assert wanted - pins(ROOT / lock) == set(), f"run `make lock`: {lock} is out of date"


def test_the_dev_lock_keeps_the_application_versions():
    assert pins(ROOT / "requirements.lock") <= pins(ROOT / "requirements-dev.lock")


@pytest.mark.parametrize("lock", ["requirements.lock", "requirements-dev.lock"])
def test_locks_carry_hashes_and_no_machine_paths(lock):
    text = (ROOT / lock).read_text()
    packages = [line for line in text.splitlines() if PIN.match(line)]
    assert packages
    # pip --require-hashes refuses a package without a hash; each needs one straight after it.
    for line in packages:
        following = text.split(line, 1)[1].lstrip(" \\\n")
        assert following.startswith("--hash=sha256:"), line
    machine_specific = r"file:|--find-links|--(extra-)?index-url|(^|\s)/(opt|tmp|home|work)/"
    assert not re.search(machine_specific, text)
