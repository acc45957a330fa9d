"""Fifty readers reply to the same comment at once: every reply is stored exactly once.

django-comments-xtd renumbers the whole thread on every reply. On SQLite the replies used
to fail with "database is locked" (a deferred transaction cannot wait for the write lock)
and half of them were lost behind a 500. Each test drives the real comment form over HTTP
against a server whose requests really run in parallel, on the database it names.
"""

import shutil
import sqlite3
import subprocess
import time
import types
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection
from django_comments_xtd.models import XtdComment

from tests.comments.test_concurrency import HIDDEN_RE, assert_preorder, racing_server
from tests.servers import BIN, ROOT, fetch, free_port

__all__ = ["racing_server"]  # the PostgreSQL test's fixture, imported for pytest

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

REPLIES = 50


def reply(base_url, page_path, index, parent_id):
    """Load the page, post one reply through its form; the final HTTP status."""
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor())
    try:
        html = opener.open(base_url + page_path, timeout=90).read().decode()
        fields = dict(HIDDEN_RE.findall(html[html.index("data-comment-form") :]))
        fields.update(
            {
                "reply_to": str(parent_id),
                "name": f"Warga {index}",
                "email": f"warga{index}@contoh.id",
                "comment": f"Balasan serentak nomor {index}",
            }
        )
        request = urllib.request.Request(  # noqa: S310 - http://127.0.0.1 from the test
            base_url + "/komentar/kirim/",
            data=urllib.parse.urlencode(fields).encode(),
            headers={"Referer": base_url + page_path},
        )
        with opener.open(request, timeout=90) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


@pytest.fixture
def thread_root(commentable_page, comment_settings):
    """The comment everyone replies to; the id of its thread."""
    comment_settings.require_email_confirmation = False
    comment_settings.ip_limit = comment_settings.email_limit = 0
    comment_settings.min_seconds_to_post = 0
    comment_settings.save()
    root = XtdComment(
        content_object=commentable_page,
        site_id=1,
        user_name="Pembuka",
        user_email="pembuka@contoh.id",
        comment="Siapa yang ikut kerja bakti Minggu?",
    )
    root.save()
    return root.pk


def race(base_url, page_path, root_id):
    with ThreadPoolExecutor(max_workers=REPLIES) as pool:
        return list(
            pool.map(lambda index: reply(base_url, page_path, index, root_id), range(REPLIES))
        )


def assert_all_stored_once(statuses, rows, root_id):
    assert [status for status in statuses if status >= 500] == []
    texts = sorted(row.comment for row in rows if row.pk != root_id)
    assert texts == sorted(f"Balasan serentak nomor {i}" for i in range(REPLIES))
    assert statuses == [200] * REPLIES  # each 303 followed to the page
    assert {row.thread_id for row in rows} == {root_id}
    assert all(row.parent_id == root_id for row in rows if row.pk != root_id)
    assert_preorder(rows)


@pytest.fixture
def sqlite_file_server(thread_root, tmp_path):
    """gunicorn (processes x threads) on a file copy of the test database, with the
    embedded default's database settings from base.py."""
    database = tmp_path / "db.sqlite3"
    connection.ensure_connection()
    target = sqlite3.connect(database)
    try:
        connection.connection.backup(target)
    finally:
        target.close()
    port = free_port()
    env = {
        "PATH": str(BIN) + ":/usr/bin:/bin",
        "PYTHONPATH": str(ROOT),
        "DJANGO_SETTINGS_MODULE": "tests.security.sqlite_server_settings",
        "DATABASE_URL": f"sqlite:///{database}",
        "SEARCH_INDEX_PATH": str(tmp_path / "search-index"),
    }
    log = open(tmp_path / "gunicorn.log", "w")  # noqa: SIM115 - closed below
    server = subprocess.Popen(  # noqa: S603 - our own gunicorn and app
        [str(BIN / "gunicorn"), "--workers", "3", "--threads", "8"]
        + ["--bind", f"127.0.0.1:{port}", "--timeout", "120", "portal.wsgi"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert server.poll() is None, (tmp_path / "gunicorn.log").read_text()
            try:
                if fetch(url + "/healthz")[0] == 200:
                    break
            except OSError:
                pass
            assert time.monotonic() < deadline, (tmp_path / "gunicorn.log").read_text()
            time.sleep(0.2)
        yield url, database
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()
        shutil.rmtree(tmp_path / "search-index", ignore_errors=True)


def stored_comments(database):
    with sqlite3.connect(database) as db:
        rows = db.execute(
            'SELECT c.id, x.thread_id, x.parent_id, x.level, x."order", c.comment '
            "FROM django_comments_xtd_xtdcomment x JOIN django_comments c "
            "ON c.id = x.comment_ptr_id"
        ).fetchall()
    fields = ("pk", "thread_id", "parent_id", "level", "order", "comment")
    return [types.SimpleNamespace(**dict(zip(fields, row, strict=True))) for row in rows]


@pytest.mark.skipif(
    connection.vendor != "sqlite", reason="tests the embedded SQLite file database only"
)
def test_simultaneous_replies_on_sqlite_file_are_all_stored(
    sqlite_file_server, commentable_page, thread_root
):
    url, database = sqlite_file_server
    statuses = race(url, commentable_page.url, thread_root)
    assert_all_stored_once(statuses, stored_comments(database), thread_root)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs DATABASE_URL on PostgreSQL")
def test_simultaneous_replies_on_postgresql_are_all_stored(
    racing_server, commentable_page, thread_root
):
    statuses = race(racing_server, commentable_page.url, thread_root)
    assert_all_stored_once(statuses, list(XtdComment.objects.all()), thread_root)
