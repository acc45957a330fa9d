"""portal/gunicorn.conf.py: workers are recycled by age and memory, never every few
seconds under load (issue #20, item 7), and the app is preloaded."""

import logging
import runpy
from pathlib import Path

import pytest

CONF = Path(__file__).resolve().parents[2] / "portal" / "gunicorn.conf.py"


class FakeWorker:
    pid = 4242
    log = logging.getLogger("gunicorn.test")

    def __init__(self):
        self.alive = True


@pytest.fixture
def conf(monkeypatch):
    def load(**env):
        for name in ("GUNICORN_MAX_REQUESTS", "GUNICORN_MAX_WORKER_SECONDS"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv("GUNICORN_MAX_WORKER_MEMORY_MB", raising=False)
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        return runpy.run_path(str(CONF))

    return load


def serve(conf, worker, requests):
    for _ in range(requests):
        conf["post_request"](worker, None, {}, None)


def test_the_app_is_preloaded_and_request_counts_do_not_recycle(conf):
    c = conf()
    assert c["preload_app"] is True
    assert c["max_requests"] == 0


@pytest.mark.django_db
def test_a_young_worker_serves_any_number_of_requests(conf):
    # Memory limit off: this test process (the whole suite, browser included) may well
    # have grown past the default 512 MB, which is a different test's reason to retire.
    c = conf(GUNICORN_MAX_WORKER_MEMORY_MB="0")
    worker = FakeWorker()
    c["post_fork"](None, worker)
    serve(c, worker, 50_000)
    assert worker.alive


@pytest.mark.django_db
def test_a_worker_retires_after_its_lifetime(conf, monkeypatch):
    c = conf(GUNICORN_MAX_WORKER_SECONDS="3600")
    worker = FakeWorker()
    c["post_fork"](None, worker)
    assert 3600 <= worker.guyub_retire_at - c["time"].monotonic() <= 3961
    clock = c["time"].monotonic() + 3961
    monkeypatch.setattr(c["time"], "monotonic", lambda: clock)
    serve(c, worker, 1)
    assert not worker.alive


@pytest.mark.django_db
def test_a_worker_retires_when_it_grows_too_big(conf):
    c = conf(GUNICORN_MAX_WORKER_MEMORY_MB="1")  # this test process is far bigger
    worker = FakeWorker()
    c["post_fork"](None, worker)
    serve(c, worker, 1)
    assert not worker.alive
