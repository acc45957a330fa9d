"""Two app servers sharing one PostgreSQL database and one Redis, as in docs/deploy.md
shape 3: whatever one server does, the other shows at once.

Each server is gunicorn with production settings and a var/ folder of its own (no shared
disk). Requests alternate between them as a round-robin load balancer would send them.
"""

import html
import os
import re
import urllib.error
import urllib.parse
import urllib.request
import uuid
from http.cookies import SimpleCookie

import pytest

from tests.servers import Server, free_port, manage, production_env, shell

pytestmark = [pytest.mark.postgres, pytest.mark.redis]

DATABASE_URL = os.environ.get("DATABASE_URL", "")
REDIS_URL = os.environ.get("REDIS_URL", "")
PASSWORD = "kata-sandi-uji-123"  # load_demo_content's admin, from DJANGO_SUPERUSER_PASSWORD


@pytest.fixture(scope="module")
def postgres_database():
    import psycopg

    if not DATABASE_URL.startswith(("postgres://", "postgresql://")) or not REDIS_URL:
        pytest.skip(
            "runs in the PostgreSQL leg (DATABASE_URL=postgres://... and REDIS_URL=redis://...): "
            "two app servers need a database and a cache they can share"
        )
    base = DATABASE_URL.rsplit("/", 1)[0]
    admin = psycopg.connect(
        base.replace("postgres://", "postgresql://", 1) + "/postgres", autocommit=True
    )
    name = f"guyub_two_servers_{uuid.uuid4().hex[:8]}"
    admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{base}/{name}"
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


@pytest.fixture(scope="module")
def servers(postgres_database, tmp_path_factory):
    shared = {
        "DATABASE_URL": postgres_database,
        "REDIS_URL": REDIS_URL,
        # Keys of this test only, so other users of the Redis database are left alone.
        "CACHE_KEY_PREFIX": f"guyub-two-{uuid.uuid4().hex[:8]}",
        "SEARCH_BACKEND": "database",
        "STATIC_ROOT": tmp_path_factory.mktemp("static"),
        "WEB_CONCURRENCY": 1,
    }
    first = production_env(tmp_path_factory.mktemp("server-a"), free_port(), **shared)
    manage(first, "migrate", "--noinput", "-v0")
    manage(first, "load_demo_content")
    manage(first, "collectstatic", "--noinput", "-v0")
    started = [Server(first, first["GUYUB_VAR_DIR"] + "/gunicorn.log")]
    try:
        # The second server's port is looked for while the first one holds its own.
        second = production_env(tmp_path_factory.mktemp("server-b"), free_port(), **shared)
        started.append(Server(second, second["GUYUB_VAR_DIR"] + "/gunicorn.log"))
        yield started
    finally:
        for server in started:
            server.stop()
        import redis

        connection = redis.Redis.from_url(REDIS_URL)
        for key in connection.scan_iter(f"{shared['CACHE_KEY_PREFIX']}:*"):
            connection.delete(key)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


class Browser:
    """Cookies kept by hand: production cookies are Secure, which urllib's cookie jar
    would never send over the plain HTTP these loopback servers speak."""

    def __init__(self):
        self.cookies = {}

    def request(self, url, data=None):
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        request = urllib.request.Request(url, data=body, headers=headers)  # noqa: S310 - local
        try:
            response = OPENER.open(request, timeout=30)
        except urllib.error.HTTPError as error:
            response = error
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        return response.status, response.headers, response.read().decode()

    def csrf_token(self, text):
        return html.unescape(re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', text)[1])


def test_a_session_made_on_one_server_is_valid_on_the_other(servers):
    a, b = servers
    editor = Browser()
    _status, _headers, text = editor.request(a.url + "/admin/login/")
    status, headers, _text = editor.request(
        a.url + "/admin/login/",
        {"username": "admin", "password": PASSWORD, "csrfmiddlewaretoken": editor.csrf_token(text)},
    )
    assert status == 302 and "sessionid" in editor.cookies

    status, _headers, text = editor.request(b.url + "/admin/")
    assert status == 200
    assert 'id="id_password"' not in text  # the dashboard, not the login form
    # Without the session B sends a visitor to the login form.
    assert Browser().request(b.url + "/admin/")[0] == 302


def logged_in(server):
    editor = Browser()
    text = editor.request(server.url + "/admin/login/")[2]
    editor.request(
        server.url + "/admin/login/",
        {"username": "admin", "password": PASSWORD, "csrfmiddlewaretoken": editor.csrf_token(text)},
    )
    return editor


ARTICLE = """
import json
from articles.models import ArticlePage
page = ArticlePage.objects.live().filter(comments_enabled=True).order_by("-date").first()
print(json.dumps({"id": page.pk, "url": page.url, "title": page.title}))
"""


def test_a_publish_on_one_server_is_visible_on_the_other_at_once(servers):
    a, b = servers
    article = shell(a.env, ARTICLE)
    reader = Browser()
    for server in (a, b, a, b):  # both servers hold the page in the shared cache now
        status, headers, text = reader.request(server.url + article["url"])
        assert status == 200 and article["title"] in html.unescape(text)
    assert headers["X-Guyub-Cache"] == "hit"

    # An editor's draft is not public yet...
    new_title = f"Judul baru {uuid.uuid4().hex[:6]}"
    shell(
        a.env,
        "import json; from wagtail.models import Page; "
        f"page = Page.objects.get(pk={article['id']}).specific; page.title = {new_title!r}; "
        "page.save_revision(); print(json.dumps(True))",
    )
    assert new_title not in reader.request(b.url + article["url"])[2]

    # ...until it is published on A: B shows it on the very next request.
    editor = logged_in(a)
    publish = a.url + f"/admin/bulk/wagtailcore/page/publish/?id={article['id']}"
    text = editor.request(publish)[2]
    status = editor.request(publish, {"csrfmiddlewaretoken": editor.csrf_token(text)})[0]
    assert status == 302
    status, _headers, text = reader.request(b.url + article["url"])
    assert new_title in html.unescape(text)


def test_a_comment_approved_on_one_server_is_visible_on_the_other_at_once(servers):
    a, b = servers
    article = shell(a.env, ARTICLE)
    words = f"Komentar ditahan {uuid.uuid4().hex[:6]}"
    comment_id = shell(
        a.env,
        "import json; from django_comments_xtd.models import XtdComment; "
        "from wagtail.models import Page; "
        f"page = Page.objects.get(pk={article['id']}).specific; "
        "comment = XtdComment.objects.create(content_object=page, site_id=1, "
        f"user_name='Budi', user_email='budi@contoh.id', comment={words!r}, is_public=False); "
        "print(json.dumps(comment.pk))",
    )
    reader = Browser()
    for server in (a, b, a, b):
        assert words not in reader.request(server.url + article["url"])[2]

    editor = logged_in(a)
    text = editor.request(a.url + "/admin/komentar/?status=held")[2]
    status = editor.request(
        a.url + "/admin/komentar/?status=held",
        {"action": "approve", "ids": comment_id, "csrfmiddlewaretoken": editor.csrf_token(text)},
    )[0]
    assert status == 302
    assert words in reader.request(b.url + article["url"])[2]
