"""Faults against a real server (issue #19, "keep the attacks"), and where each attack lives.

Every test here starts gunicorn as production runs it (production settings, the anonymous
page cache on, several workers; tests/servers.py) on the test database, then breaks
something underneath it:

- Redis on a closed port: pages, /healthz and search still answer; /readyz names the cache.
- The database unreachable (the SQLite file gone, or PostgreSQL behind a cut connection):
  cached pages are still served, every other page answers the Indonesian 503 of
  portal/errors.py (never a 500), /healthz stays 200 and /readyz names the database; the
  site comes back by itself with the database.
- The search index folder moved away and back: 503 "Pencarian sedang tidak tersedia" from
  every worker while it is gone, results again once it is back, with no restart.
  tests/security/test_search_faults.py drives the same fault inside one process (update_index
  rebuilding the folder, the suggestions endpoint, no index at all).
- A worker SIGKILLed while it writes a comment or a group registration: nothing of it is
  stored, the master's new worker answers the next request, earlier writes are all there.

The attacks that held, and the tests that keep them held (``::`` names a test function):

- XSS: in comments, tests/comments/test_reader_extras.py::test_xss_payloads_are_escaped_on_the_page;
  in groups, tests/groups_directory/test_submission.py::
  test_invalid_input_gets_field_errors_and_stores_nothing and test_validators.py; in search,
  tests/search/test_search_page.py::test_markup_in_the_query_gets_no_spelling_suggestion and
  tests/search/test_extras.py::test_snippet_escapes_page_text; in imported posts,
  tests/articles/test_import_html.py::
  test_unknown_iframes_scripts_and_event_handlers_are_removed and
  tests/articles/test_import_real_export.py (``javascript:`` commenter URLs, item 6).
- Drafts and private pages: in search,
  tests/search/test_search_page.py::test_draft_pages_are_not_listed; in feeds and the sitemap,
  tests/articles/test_feeds_and_sitemap.py::test_hidden_articles_are_not_in_feeds and
  ::test_sitemap_lists_every_live_article_and_nothing_hidden; GeoJSON and iCal,
  test_hidden_groups_are_in_no_map_or_calendar below; comments of hidden pages and their
  permalinks (items 4 and 5), tests/security/test_comment_privacy.py.
- The page cache with logged-in users:
  tests/home/test_page_cache.py::test_logged_in_users_are_never_served_or_stored.
- A writer cannot publish:
  tests/articles/test_editors.py::test_writer_submission_waits_for_an_editor.
- Signed link forgery:
  tests/comments/test_moderation_rules.py::test_forged_security_hash_is_refused,
  tests/comments/test_posting.py::test_tampered_confirmation_link_is_a_polite_400,
  tests/groups_directory/test_organiser_links.py (item 7).
- XML bombs and XXE in the WordPress import: tests/articles/test_import_wxr.py::
  test_unsafe_or_malformed_exports_raise_a_clear_error and ::test_external_entity_is_never_resolved;
  deep nesting (item 9), tests/articles/test_import_html.py.
- Floods (429): tests/comments/test_moderation_rules.py::test_ip_flood_is_refused_with_429,
  tests/groups_directory/test_submission.py::test_submissions_are_rate_limited; admin login
  lockout, tests/home/test_lockout.py.
- Cross-site POSTs: tests/home/test_page_cache.py::test_cross_site_post_gets_no_resend_offer,
  tests/comments/test_moderation_rules.py::test_csrf_failure_is_an_indonesian_403.
- Path traversal, open redirects, Host poisoning and security headers against the production
  server: test_attacks_that_held_against_the_production_server below (the CSP in a browser:
  tests/browser/test_security_headers.py).
- ``check --deploy``:
  tests/home/test_settings.py::test_production_passes_deploy_checks_without_warnings.
- Oversized ids (item 8), right-to-left names (item 10), simultaneous replies (item 3):
  tests/security/test_oversized_ids.py, test_bidi_names.py, test_concurrent_replies.py.

docs/deploy.md ("Under faults") records what the site promises under each fault.
"""

import contextlib
import http.client
import json
import os
import re
import signal
import socket
import sqlite3
import threading
import time
import uuid
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.db import connection, connections

from tests.groups_directory.conftest import directory  # noqa: F401 - a fixture
from tests.portal.test_two_app_servers import Browser
from tests.security.test_search_faults import UNAVAILABLE
from tests.servers import Server, fetch, free_port, production_env, shell

# The tests themselves never touch the test database; the mark makes pytest-django create it
# and keep the serialized copy of its migrated rows that Site may need.
pytestmark = pytest.mark.django_db(serialized_rollback=True)

HIDDEN_RE = re.compile(r'<input type="hidden" name="(\w+)" value="([^"]*)"')
DATABASE_DOWN = "Situs sedang tidak tersedia"
REDIS_URL = os.environ.get("REDIS_URL", "")
POSTGRES = connection.vendor == "postgresql"

# What the servers serve: a page open for comments (no mail confirmation, no waiting) and
# a group directory, indexed for search. Written through the servers' own settings.
CONTENT = """
import json
from django.core.management import call_command
from wagtail.models import Site
from comments.models import CommentSettings
from groups_directory.models import GroupCategory, GroupDirectoryPage
from home.models import HomePage, StandardPage
home = HomePage.objects.get()
page = StandardPage(title="Arisan RT 05 Bulan Ini", slug="arisan-rt-05",
                    intro="Kabar arisan ibu-ibu RT 05.", comments_enabled=True)
home.add_child(instance=page)
page.save_revision().publish()
directory = GroupDirectoryPage(title="Direktori Kelompok", slug="kelompok")
home.add_child(instance=directory)
rules = CommentSettings.for_site(Site.objects.get(is_default_site=True))
rules.require_email_confirmation = False
rules.min_seconds_to_post = 0
rules.save()
call_command("update_index", verbosity=0)
print(json.dumps({
    "page": page.url,
    "directory": directory.url,
    "submit": directory.url + directory.reverse_subpage("submit_route"),
    "category": GroupCategory.objects.get(slug="arisan").pk,
}))
"""


class Site:
    """A copy of the migrated test database for the servers, with CONTENT in it.

    Copied once for the module, so that no test pays for pytest-django's flush and
    reload of a transactional test: on PostgreSQL a new database from the test database
    as template, on SQLite a file backup of the in-memory test database (the embedded
    default's own settings, WAL included, then apply to it).
    """

    def __init__(self, folder):
        if not self._migrated_rows():
            # A transactional test before this module flushed the test database; its
            # next test would put the migrated rows back the same way.
            connection.creation.deserialize_db_from_string(connection._test_serialized_contents)
        self.index = folder / "search-index"
        if POSTGRES:
            connections.close_all()
            base = os.environ["DATABASE_URL"].rsplit("/", 1)[0]
            self.name = f"guyub_faults_{uuid.uuid4().hex[:8]}"
            with self._admin() as admin:
                template = connection.settings_dict["NAME"]
                admin.execute(f'CREATE DATABASE "{self.name}" TEMPLATE "{template}"')
            self.url = f"{base}/{self.name}"
            self.path = None
        else:
            (folder / "database").mkdir()
            self.path = folder / "database" / "db.sqlite3"
            target = sqlite3.connect(self.path)
            try:
                connection.ensure_connection()
                connection.connection.backup(target)
            finally:
                target.close()
            self.url = f"sqlite:///{self.path}"
        env = production_env(folder, free_port(), **self.settings())
        self.urls = shell(env, CONTENT)

    @staticmethod
    def _migrated_rows():
        with connection.cursor() as cursor:
            cursor.execute("SELECT COUNT(*) FROM wagtailcore_site")
            return cursor.fetchone()[0]

    @staticmethod
    def _admin():
        import psycopg

        base = os.environ["DATABASE_URL"].rsplit("/", 1)[0]
        return psycopg.connect(
            base.replace("postgres://", "postgresql://", 1) + "/postgres", autocommit=True
        )

    def settings(self):
        return {
            "DJANGO_SETTINGS_MODULE": "tests.security.fault_server_settings",
            "DATABASE_URL": self.url,
            "SEARCH_INDEX_PATH": self.index,
        }

    def connect(self):
        if POSTGRES:
            import psycopg

            return psycopg.connect(self.url.replace("postgres://", "postgresql://", 1))
        return sqlite3.connect(self.path, isolation_level=None)

    def scalar(self, sql, params=()):
        with self.connect() as db:
            if POSTGRES:
                sql = sql.replace("?", "%s")
            return db.execute(sql, params).fetchone()[0]

    def comments(self, text):
        return self.scalar("SELECT COUNT(*) FROM django_comments WHERE comment = ?", (text,))

    def pages_titled(self, title):
        return self.scalar("SELECT COUNT(*) FROM wagtailcore_page WHERE title = ?", (title,))

    def drop(self):
        if POSTGRES:
            with self._admin() as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker, tmp_path_factory):
    with django_db_blocker.unblock():
        site = Site(tmp_path_factory.mktemp("faults"))
    yield site
    site.drop()


@pytest.fixture
def start_server(site, tmp_path):
    """Start gunicorn with production settings on the module's site; keyword arguments
    override its environment. Every server started is stopped after the test."""
    started, prefix = [], f"guyub-faults-{uuid.uuid4().hex[:8]}"

    def start(**overrides):
        var_dir = tmp_path / f"server-{len(started)}"
        # An empty STATIC_ROOT: static files come from the finders (fault_server_settings).
        (var_dir / "static").mkdir(parents=True)
        settings = {
            **site.settings(),
            "CACHE_KEY_PREFIX": prefix,
            **({"REDIS_URL": REDIS_URL} if REDIS_URL else {}),
            **overrides,
        }
        server = Server(production_env(var_dir, free_port(), **settings), var_dir / "gunicorn.log")
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()
    if REDIS_URL:
        import redis

        client = redis.Redis.from_url(REDIS_URL)
        for key in client.scan_iter(f"{prefix}:*"):
            client.delete(key)


def log_of(server):
    return server.log_path.read_text()


def get(server, path, repeat=4):
    """GET ``path`` ``repeat`` times (every worker gets its turn); the last answer."""
    for _ in range(repeat):
        status, headers, body = fetch(server.url + path)
        assert status != 500, f"500 for {path}:\n{log_of(server)[-3000:]}"
    return status, headers, body


def comment_form(server, site, text):
    """A visitor who loaded the page and holds its filled-in comment form, the CSRF token
    fetched as static/js/csrf.js does; calling the result posts it and returns the answer."""
    visitor = Browser()
    html = visitor.request(server.url + site.urls["page"])[2]
    data = dict(HIDDEN_RE.findall(html[html.index("data-comment-form") :]))
    data.update({"name": "Warga Uji", "email": "warga@contoh.id", "comment": text})
    data["csrfmiddlewaretoken"] = json.loads(visitor.request(server.url + "/csrf/")[2])["token"]
    return lambda: visitor.request(server.url + "/komentar/kirim/", data)


def group_form(server, site, name):
    """As comment_form, for the directory's registration form."""
    visitor = Browser()
    url = server.url + site.urls["submit"]
    assert visitor.request(url)[0] == 200
    data = {
        "name": name,
        "summary": "Arisan bulanan ibu-ibu RT 04 sambil belajar memasak.",
        "category": str(site.urls["category"]),
        "description": "Kami berkumpul sebulan sekali.",
        "provinsi": "31",
        "kabupaten": "31.74",
        "kecamatan": "31.74.01",
        "desa": "31.74.01.1001",
        "address": "Jl. Dahlia No. 4",
        "show_area_only": "on",
        "schedule_frequency": "monthly",
        "schedule_weekday": "3",
        "schedule_week_of_month": "2",
        "schedule_start_time": "19:30",
        "place_type": "rumah_bergilir",
        "audience": "ibu",
        "is_open": "on",
        "contact_name": "Bu Sinta",
        "whatsapp": "0812-3456-7890",
        "email": "sinta@contoh.invalid",
        "csrfmiddlewaretoken": json.loads(visitor.request(server.url + "/csrf/")[2])["token"],
    }
    return lambda: visitor.request(url, data)


def readiness(server):
    status, _headers, body = fetch(server.url + "/readyz")
    return status, json.loads(body)["checks"]


@pytest.fixture
def closed_port():
    """A local port nothing listens on: bound here, never listening, so connections to it
    are refused at once for as long as the test runs."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        yield sock.getsockname()[1]


# Redis down -----------------------------------------------------------------------------


def test_redis_down_pages_and_search_are_served_and_readyz_names_the_cache(
    start_server, closed_port, site
):
    server = start_server(REDIS_URL=f"redis://127.0.0.1:{closed_port}/0")
    urls = site.urls
    for path in (
        "/",
        urls["page"],
        urls["directory"],
        "/cari/?q=arisan",
        "/komentar/terbaru/feed/",
    ):
        assert get(server, path)[0] == 200, path
    assert fetch(server.url + "/healthz")[0] == 200
    assert readiness(server) == (503, {"database": "ok", "cache": "error", "search": "ok"})


def test_redis_down_comments_are_still_stored(start_server, closed_port, site):
    server = start_server(REDIS_URL=f"redis://127.0.0.1:{closed_port}/0")
    status, _headers, _body = comment_form(server, site, "Komentar saat Redis mati")()
    assert status in (302, 303), log_of(server)[-3000:]
    assert site.comments("Komentar saat Redis mati") == 1


def test_redis_down_group_registration_is_still_stored(start_server, closed_port, site):
    server = start_server(REDIS_URL=f"redis://127.0.0.1:{closed_port}/0")
    status, _headers, _body = group_form(server, site, "Arisan Saat Redis Mati")()
    assert status in (302, 303), log_of(server)[-3000:]
    assert site.pages_titled("Arisan Saat Redis Mati") == 1


# Database down --------------------------------------------------------------------------


class CuttableRelay:
    """A TCP relay to PostgreSQL that the test cuts like a failed network or server:
    open connections drop and new ones are closed on arrival until it is mended."""

    def __init__(self, host, port):
        self.upstream = (host, port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.cut = False
        self.open = set()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                client, _address = self.listener.accept()
            except OSError:
                return
            if self.cut:
                client.close()
                continue
            server = socket.create_connection(self.upstream)
            self.open.update((client, server))
            for source, target in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(source, target), daemon=True).start()

    def _pump(self, source, target):
        try:
            while data := source.recv(65536):
                target.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, target):
                self._drop(sock)

    def _drop(self, sock):
        self.open.discard(sock)
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)
        sock.close()

    def sever(self):
        self.cut = True
        for sock in list(self.open):
            self._drop(sock)

    def mend(self):
        self.cut = False

    def close(self):
        self.sever()
        self.listener.close()


@pytest.fixture
def breakable_database(site, tmp_path):
    """(server settings, break, mend) for the site's database.

    PostgreSQL goes through a relay the test cuts. The SQLite file's folder is moved away:
    a new connection then cannot open the file. Production keeps a connection for
    CONN_MAX_AGE, which would go on reading a moved file through its open handle, so the
    SQLite servers open one per request here, as a restarted worker would.
    """
    if POSTGRES:
        parts = urlsplit(site.url)
        relay = CuttableRelay(parts.hostname, parts.port or 5432)
        url = parts._replace(netloc=f"{parts.username}@127.0.0.1:{relay.port}").geturl()
        yield {"DATABASE_URL": url}, relay.sever, relay.mend
        relay.close()
        return
    folder = site.path.parent
    away = folder.with_name("database-away")
    yield {"CONN_MAX_AGE": 0}, lambda: folder.rename(away), lambda: away.rename(folder)
    if away.exists():
        away.rename(folder)


def assert_database_down_page(server, path):
    status, headers, body = get(server, path)
    assert status == 503, (path, status)
    assert DATABASE_DOWN in body
    assert headers["Retry-After"]
    assert "no-cache" in headers["Cache-Control"]


def test_database_down_serves_cached_pages_and_a_503_for_the_rest(
    start_server, breakable_database, site
):
    settings, sever, mend = breakable_database
    server = start_server(**settings)
    cached = ["/", site.urls["page"]]
    for path in cached:
        get(server, path)
        assert get(server, path)[1]["X-Guyub-Cache"] == "hit"
    send_comment = comment_form(server, site, "Komentar saat basis data mati")

    sever()
    for path in cached:
        status, headers, _body = get(server, path)
        assert (status, headers["X-Guyub-Cache"]) == (200, "hit"), path
    for path in (
        site.urls["directory"],
        "/cari/?q=arisan",
        "/tidak-ada/",
        "/komentar/terbaru/feed/",
    ):
        assert_database_down_page(server, path)
    status, _headers, body = send_comment()
    assert (status, DATABASE_DOWN in body) == (503, True)
    assert fetch(server.url + "/healthz")[0] == 200
    status, checks = readiness(server)
    assert (status, checks["database"], checks["cache"]) == (503, "error", "ok")

    mend()
    for path in (site.urls["directory"], "/cari/?q=arisan"):
        assert get(server, path)[0] == 200, path
    assert readiness(server) == (200, {"database": "ok", "cache": "ok", "search": "ok"})
    assert site.comments("Komentar saat basis data mati") == 0


# Search index folder removed and put back -----------------------------------------------


def test_search_index_folder_removed_then_restored_recovers_without_a_restart(start_server, site):
    server = start_server()
    search = "/cari/?q=arisan"
    assert "Arisan RT 05" in get(server, search)[2]
    away = site.index.with_name("search-index-away")

    site.index.rename(away)
    try:
        status, headers, body = get(server, search)
        assert (status, UNAVAILABLE in body) == (503, True)
        assert headers["Retry-After"]
        assert readiness(server) == (503, {"database": "ok", "cache": "ok", "search": "error"})
    finally:
        away.rename(site.index)

    status, _headers, body = get(server, search)
    assert (status, "Arisan RT 05" in body) == (200, True)
    assert readiness(server)[0] == 200


# A worker killed in the middle of a write -----------------------------------------------


@contextmanager
def writes_held(site, table):
    """Keep the site's writes waiting while the test holds a lock: on PostgreSQL the
    ``table`` a request writes to late in its transaction (so the request has already
    written its first rows when it stops), on SQLite the whole file (IMMEDIATE transactions
    wait for it as they start). Yields a function that waits until a request is stuck."""
    db = site.connect()
    try:
        if POSTGRES:
            db.execute(f"LOCK TABLE {table} IN EXCLUSIVE MODE")

            def stuck():
                deadline = time.monotonic() + 20
                while not site.scalar(
                    "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                    "AND datname = current_database()"
                ):
                    assert time.monotonic() < deadline, "the request never reached the lock"
                    time.sleep(0.05)
        else:
            db.execute("BEGIN IMMEDIATE")

            def stuck():
                time.sleep(1.5)  # SQLite shows no waiters: give the request time to queue

        yield stuck
    finally:
        db.rollback()
        db.close()


def workers(server):
    children = Path(f"/proc/{server.process.pid}/task/{server.process.pid}/children")
    return {int(pid) for pid in children.read_text().split()}


def in_background(send):
    outcome = {}

    def run():
        try:
            outcome["answer"] = send()
        except OSError as error:  # the connection dies with the worker
            outcome["error"] = error

    thread = threading.Thread(target=run)
    thread.start()
    return thread, outcome


@pytest.mark.parametrize(
    ("form", "table", "stored"),
    [
        (comment_form, "django_comments_xtd_xtdcomment", "comments"),
        (group_form, "wagtailcore_revision", "pages_titled"),
    ],
    ids=["comment", "group"],
)
def test_worker_killed_mid_write_stores_nothing_and_a_new_worker_serves(
    start_server, site, form, table, stored
):
    server = start_server()
    count = getattr(site, stored)
    tag = uuid.uuid4().hex[:6]
    before, killed, after = (f"Sebelum {tag}", f"Terputus {tag}", f"Sesudah {tag}")
    assert form(server, site, before)()[0] in (302, 303)
    send = form(server, site, killed)
    old_workers = workers(server)

    with writes_held(site, table) as stuck:
        thread, outcome = in_background(send)
        stuck()
        for pid in old_workers:
            os.kill(pid, signal.SIGKILL)
        thread.join(timeout=30)
    assert "error" in outcome or outcome["answer"][0] >= 500, outcome

    assert count(killed) == 0
    assert count(before) == 1
    assert get(server, site.urls["page"])[0] == 200
    deadline = time.monotonic() + 10
    # A killed worker stays listed (a zombie) until the master has reaped it and forked
    # its replacement.
    while not workers(server).isdisjoint(old_workers) or len(workers(server)) < len(old_workers):
        assert time.monotonic() < deadline, "the killed workers were never replaced"
        time.sleep(0.1)
    assert form(server, site, after)()[0] in (302, 303)
    assert count(after) == 1


# Attacks that held, where no other test keeps them ----------------------------------------


def test_hidden_groups_are_in_no_map_or_calendar(client, directory):  # noqa: F811
    from decimal import Decimal

    from wagtail.models import PageViewRestriction

    from tests.groups_directory.factories import make_group

    spot = {"latitude": Decimal("-6.2"), "longitude": Decimal("106.8")}
    shown = make_group(directory, "Arisan Terbuka", **spot)
    draft = make_group(directory, "Arisan Draf", **spot)
    draft.unpublish()
    private = make_group(directory, "Arisan Pengurus Inti", **spot)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    geojson = client.get(directory.url + directory.reverse_subpage("geojson_route"))
    names = {feature["properties"]["name"] for feature in geojson.json()["features"]}
    assert names == {"Arisan Terbuka"}
    assert client.get(shown.url + shown.reverse_subpage("ics_route")).status_code == 200
    for hidden in (draft, private):
        response = client.get(
            f"{directory.url}{hidden.slug}/" + hidden.reverse_subpage("ics_route")
        )
        assert response.status_code in (302, 404), hidden.title
        assert b"BEGIN:VCALENDAR" not in response.content


def raw_get(server, path, **headers):
    """GET exactly ``path`` (no client-side normalising of ``..``); status, headers, body."""
    conn = http.client.HTTPConnection("127.0.0.1", int(server.env["PORT"]), timeout=30)
    try:
        conn.request("GET", path, headers={"Host": "127.0.0.1", **headers})
        response = conn.getresponse()
        return response.status, response.headers, response.read().decode(errors="replace")
    finally:
        conn.close()


def test_attacks_that_held_against_the_production_server(start_server, site):
    server = start_server()

    # Path traversal out of the static and media folders.
    for path in (
        "/static/../manage.py",
        "/static/..%2f..%2fmanage.py",
        "/static/%2e%2e/%2e%2e/manage.py",
        "/static/css/..%2f..%2f..%2fportal/settings/base.py",
        "/media/../manage.py",
        "/media/%2e%2e/%2e%2e/manage.py",
    ):
        status, _headers, body = raw_get(server, path)
        assert status in (400, 404), path
        assert "DJANGO_SETTINGS_MODULE" not in body and "SECRET_KEY" not in body, path

    # Open redirects: a protocol-relative path, and a comment's "next" elsewhere.
    status, headers, _body = raw_get(server, "//evil.example/%2e%2e")
    assert "evil.example" not in (headers["Location"] or ""), (status, headers["Location"])
    visitor = Browser()
    html = visitor.request(server.url + site.urls["page"])[2]
    data = dict(HIDDEN_RE.findall(html[html.index("data-comment-form") :]))
    data.update(
        name="Warga Uji",
        email="warga@contoh.id",
        comment=f"Komentar dengan next {uuid.uuid4().hex[:6]}",
        next="https://evil.example/",
        csrfmiddlewaretoken=json.loads(visitor.request(server.url + "/csrf/")[2])["token"],
    )
    status, headers, _body = visitor.request(server.url + "/komentar/kirim/", data)
    assert status in (302, 303)
    assert "evil.example" not in headers["Location"]

    # Host poisoning: an unknown Host is refused, X-Forwarded-Host ignored without a proxy.
    assert raw_get(server, "/", Host="evil.example")[0] == 400
    status, _headers, body = raw_get(server, "/tidak-ada/", **{"X-Forwarded-Host": "evil.example"})
    assert "evil.example" not in body

    # A cross-site POST without a token is refused.
    forged = Browser().request(
        server.url + "/komentar/kirim/", {"comment": "Palsu", "name": "Penyerang"}
    )
    assert forged[0] == 403

    # Security headers on a public page (HSTS is sent over HTTPS only; check --deploy
    # covers it).
    _status, headers, _body = raw_get(server, site.urls["page"])
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "default-src 'self'" in headers["Content-Security-Policy"]
