"""Fifty comments posted at once over real HTTP: all stored, none duplicated, threads intact.

Workers are threads that only speak HTTP (urllib, one cookie jar each) to a live server;
the ORM is touched only before and after, from the test thread.

On PostgreSQL (DATABASE_URL) the server is Django's threaded live server and every request
has its own connection: the posts really race in the database. SQLite's in-memory test
database can only be reached through the test thread's one connection, which concurrent
request threads would corrupt mid-transaction; there the server handles requests one at a
time (the clients still fire together), which checks the HTTP path but not DB races.
"""

import http.cookiejar
import re
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.core.servers.basehttp import WSGIServer
from django.db import connections
from django.test.testcases import LiveServerThread, QuietWSGIRequestHandler
from django_comments_xtd.models import XtdComment

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

HIDDEN_RE = re.compile(r'<input type="hidden" name="(\w+)" value="([^"]*)"')


class SerialLiveServerThread(LiveServerThread):
    """A live server that answers one request at a time (for a shared SQLite connection)."""

    def _create_server(self, connections_override=None):
        return WSGIServer(
            (self.host, self.port), QuietWSGIRequestHandler, allow_reuse_address=False
        )


@pytest.fixture
def racing_server(transactional_db):
    connection = connections["default"]
    shared = connection.vendor == "sqlite" and connection.is_in_memory_db()
    if shared:
        connection.inc_thread_sharing()
        thread = SerialLiveServerThread(
            "127.0.0.1", StaticFilesHandler, connections_override={"default": connection}
        )
    else:
        thread = LiveServerThread("127.0.0.1", StaticFilesHandler)
    thread.daemon = True
    thread.start()
    thread.is_ready.wait()
    if thread.error:
        raise thread.error
    print(f"concurrency server: {'serial (in-memory SQLite)' if shared else 'threaded'}")
    yield f"http://127.0.0.1:{thread.port}"
    thread.terminate()
    if shared:
        connection.dec_thread_sharing()


def post_comment(base_url, page_path, index, parent_id):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    html = opener.open(base_url + page_path, timeout=60).read().decode()
    form = html[html.index("data-comment-form") :]
    fields = dict(HIDDEN_RE.findall(form))
    fields.update(
        {
            "reply_to": str(parent_id),
            "name": f"Warga {index}",
            "email": f"warga{index}@contoh.id",
            "comment": f"Komentar serentak nomor {index}",
        }
    )
    request = urllib.request.Request(  # noqa: S310 - http://127.0.0.1 from the fixture
        base_url + "/komentar/kirim/",
        data=urllib.parse.urlencode(fields).encode(),
        headers={"Referer": base_url + page_path},
    )
    with opener.open(request, timeout=60) as response:
        return response.status


def assert_preorder(thread):
    """Orders are 1..n and every comment sits inside its parent's subtree."""
    thread = sorted(thread, key=lambda c: c.order)
    assert [c.order for c in thread] == list(range(1, len(thread) + 1))
    by_id = {c.pk: c for c in thread}
    stack = []
    for comment in thread:
        if comment.pk == comment.thread_id:
            stack = [comment.pk]
            continue
        parent = by_id[comment.parent_id]
        assert comment.level == parent.level + 1
        while stack and stack[-1] != parent.pk:
            stack.pop()
        assert stack, f"comment {comment.pk} is outside its parent's subtree"
        stack.append(comment.pk)


def test_fifty_simultaneous_comments(racing_server, commentable_page, comment_settings):
    comment_settings.require_email_confirmation = False
    comment_settings.ip_limit = comment_settings.email_limit = 0
    comment_settings.min_seconds_to_post = 0
    comment_settings.save()
    roots = []
    for n in range(5):
        root = XtdComment(
            content_object=commentable_page,
            site_id=1,
            user_name=f"Pembuka {n}",
            user_email=f"pembuka{n}@contoh.id",
            comment=f"Utas pembuka {n}",
        )
        root.save()
        roots.append(root.pk)
    # Half start new threads, half reply into the five existing ones at the same moment.
    jobs = [(i, roots[i % 5] if i % 2 else 0) for i in range(50)]

    with ThreadPoolExecutor(max_workers=10) as pool:
        statuses = list(
            pool.map(
                lambda job: post_comment(racing_server, commentable_page.url, *job),
                jobs,
            )
        )

    assert statuses == [200] * 50  # 303 followed to the page
    texts = list(
        XtdComment.objects.exclude(comment__startswith="Utas pembuka").values_list(
            "comment", flat=True
        )
    )
    assert sorted(texts) == sorted(f"Komentar serentak nomor {i}" for i in range(50))
    comments = list(XtdComment.objects.all())
    threads = {}
    for comment in comments:
        threads.setdefault(comment.thread_id, []).append(comment)
    assert len(threads) == 5 + 25
    for thread in threads.values():
        assert_preorder(thread)
    assert sum(len(t) for t in threads.values()) == 55
