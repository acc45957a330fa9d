"""`make serve` end to end: production settings, gunicorn, WhiteNoise, on a fresh var/ folder."""

import os
import re
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# Only SECRET_KEY and ALLOWED_HOSTS, as on a fresh machine: nothing from the test run leaks in.
DROP = {"DATABASE_URL", "REDIS_URL", "CACHE_URL", "DJANGO_SETTINGS_MODULE", "SEARCH_BACKEND"}


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - local URL
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


@pytest.fixture
def served(tmp_path):
    port = free_port()
    env = {key: value for key, value in os.environ.items() if key not in DROP}
    env.update(
        SECRET_KEY="serve-test-" + "k" * 50,
        ALLOWED_HOSTS="127.0.0.1",
        PORT=str(port),
        GUYUB_VAR_DIR=str(tmp_path / "var"),
        WEB_CONCURRENCY="1",
    )
    log = (tmp_path / "serve.log").open("w")
    process = subprocess.Popen(  # noqa: S603 - fixed command
        ["make", "-s", "serve"],  # noqa: S607 - make from PATH, like a volunteer would
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            if process.poll() is not None:
                pytest.fail("make serve exited:\n" + (tmp_path / "serve.log").read_text())
            try:
                if fetch(base + "/healthz")[0] == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("make serve did not answer:\n" + (tmp_path / "serve.log").read_text())
            time.sleep(0.5)
        yield base, tmp_path / "serve.log"
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)
        log.close()


def test_make_serve_serves_pages_and_static_files_with_production_settings(served):
    base, log = served

    status, headers, html = fetch(base + "/")
    assert status == 200
    assert '<html lang="id">' in html
    assert "Content-Security-Policy" in headers
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"

    # Hashed static names from the manifest, served by WhiteNoise with a long cache.
    css = re.search(r'href="(/static/css/guyub\.[0-9a-f]{12}\.css)"', html)
    assert css, html[:500]
    status, headers, body = fetch(base + css.group(1))
    assert status == 200
    assert "immutable" in headers["Cache-Control"]
    assert "--green-700" in body

    assert fetch(base + "/readyz")[0] == 200
    # gunicorn logs requests to stdout.
    assert '"GET / HTTP/1.1" 200' in log.read_text()
