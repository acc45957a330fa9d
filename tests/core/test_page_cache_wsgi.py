"""Page-cache hits answered before Django's handler (core/wsgi.py, issue #20 item 7)."""

import io

import pytest
from django.test import Client

from core.cache import bump_generation, is_public_path
from core.wsgi import PageCacheApplication
from home.models import SiteSettings

pytestmark = pytest.mark.django_db

CACHE_HEADER = "X-Guyub-Cache"


@pytest.fixture(autouse=True)
def page_cache_on(settings, site):
    settings.GUYUB_PAGE_CACHE = True
    SiteSettings.for_site(site)


class DjangoSpy:
    """Stands in for Django's application and records what reached it."""

    def __init__(self):
        self.paths = []

    def __call__(self, environ, start_response):
        self.paths.append(environ["PATH_INFO"])
        start_response("204 No Content", [])
        return [b""]


def environ(path, method="GET", **extra):
    # The same scheme and host as the test client, so both share the entries.
    return {
        "REQUEST_METHOD": method,
        "PATH_INFO": path,
        "QUERY_STRING": "",
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "80",
        "HTTP_HOST": "testserver",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(),
        "wsgi.errors": io.StringIO(),
        **extra,
    }


def call(application, env):
    started = {}

    def start_response(status, headers, exc_info=None):
        started["status"] = status
        started["headers"] = headers

    body = b"".join(application(env, start_response))
    return started["status"], dict(started["headers"]), body


@pytest.fixture
def spy():
    return DjangoSpy()


@pytest.fixture
def early(spy):
    return PageCacheApplication(spy)


def test_a_hit_is_answered_without_django_and_matches_djangos_own(home_page, early, spy):
    assert Client().get("/")[CACHE_HEADER] == "miss"
    django_hit = Client().get("/")
    assert django_hit[CACHE_HEADER] == "hit"

    status, headers, body = call(early, environ("/"))

    assert spy.paths == []
    assert status == "200 OK"
    assert body == django_hit.content
    assert headers == dict(django_hit.headers)
    # What the middleware after the page cache add is stored with the page.
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert "Content-Security-Policy" in headers
    assert headers["Content-Length"] == str(len(body))


def test_head_gets_the_headers_without_the_body(home_page, early, spy):
    Client().get("/")
    status, headers, body = call(early, environ("/", method="HEAD"))
    assert (status, body, spy.paths) == ("200 OK", b"", [])
    assert int(headers["Content-Length"]) > 0


def test_a_miss_goes_to_django(home_page, early, spy):
    call(early, environ("/"))
    assert spy.paths == ["/"]


@pytest.mark.parametrize(
    "env",
    [
        environ("/", method="POST"),
        environ("/", HTTP_COOKIE="sessionid=abc"),
        environ("/admin/"),
    ],
    ids=["post", "session-cookie", "admin"],
)
def test_what_must_not_be_cached_goes_to_django(home_page, early, spy, env):
    Client().get("/")
    Client().get("/admin/")
    call(early, env)
    assert spy.paths == [env["PATH_INFO"]]


def test_a_change_retires_the_hit_at_once(home_page, early, spy):
    Client().get("/")
    bump_generation()
    call(early, environ("/"))
    assert spy.paths == ["/"]


def test_nothing_is_answered_with_the_page_cache_off(home_page, early, spy, settings):
    Client().get("/")
    settings.GUYUB_PAGE_CACHE = False
    call(early, environ("/"))
    assert spy.paths == ["/"]


def test_nothing_is_answered_without_the_middleware(home_page, spy, settings):
    Client().get("/")
    settings.MIDDLEWARE = [m for m in settings.MIDDLEWARE if "AnonymousPageCache" not in m]
    call(PageCacheApplication(spy), environ("/"))
    assert spy.paths == ["/"]


def test_a_failing_lookup_leaves_the_request_to_django(home_page, early, spy, monkeypatch):
    Client().get("/")

    def broken(request):
        raise OSError("cache folder gone")

    monkeypatch.setattr(early.middleware, "lookup", broken)
    call(early, environ("/"))
    assert spy.paths == ["/"]


def test_a_disallowed_host_goes_to_django(home_page, early, spy, settings):
    Client().get("/")
    settings.ALLOWED_HOSTS = ["guyub.example"]
    call(early, environ("/"))
    assert spy.paths == ["/"]


def test_static_files_and_media_are_never_looked_up():
    assert not is_public_path("/static/css/site.css")
    assert not is_public_path("/media/images/logo.png")
    assert is_public_path("/artikel/")


def test_the_production_application_answers_hits_early():
    from portal import wsgi

    assert isinstance(wsgi.application, PageCacheApplication)
    assert wsgi.application.enabled
