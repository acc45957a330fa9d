import pytest
from django.db import OperationalError, connections
from django.test import override_settings
from wagtail.search.backends import get_search_backend

from portal import health


def test_healthz_answers_without_touching_the_database(client):
    # No django_db mark: any query here would raise "Database access not allowed".
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_readyz_reports_each_component(client):
    # Search is ready once an index exists (an empty one counts); see
    # tests/security/test_search_faults.py for the index going missing.
    get_search_backend().reset_indexes()
    response = client.get("/readyz")

    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok", "search": "ok"},
    }


@pytest.mark.django_db
def test_readyz_fails_while_the_database_is_down_and_recovers(client, monkeypatch):
    connection = connections["default"]
    real_cursor = connection.cursor

    def refuse(*args, **kwargs):
        raise OperationalError("could not connect to server: secret-host.internal:5432")

    monkeypatch.setattr(connection, "cursor", refuse)
    response = client.get("/readyz")

    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "error"
    assert body["checks"]["database"] == "error"
    # No connection strings, host names or tracebacks leak to whoever can reach the probe.
    assert "secret-host" not in response.content.decode()
    assert "OperationalError" not in response.content.decode()

    monkeypatch.setattr(connection, "cursor", real_cursor)
    assert client.get("/readyz").status_code == 200


@pytest.mark.django_db
def test_readyz_fails_while_the_search_backend_is_unreachable_and_recovers(client):
    unreachable = {"default": {"BACKEND": "tests.portal.broken_search"}}
    with override_settings(WAGTAILSEARCH_BACKENDS=unreachable):
        response = client.get("/readyz")

    assert response.status_code == 503
    assert response.json()["checks"] == {"database": "ok", "cache": "ok", "search": "error"}
    assert "index" not in response.content.decode().lower()

    assert client.get("/readyz").status_code == 200


@pytest.mark.django_db
def test_readyz_fails_when_the_cache_loses_writes(client, monkeypatch):
    real_get = health.cache.get

    def forgetful_get(key, default=None, **kwargs):
        if key.startswith("readyz:"):
            return default
        return real_get(key, default, **kwargs)

    monkeypatch.setattr(health.cache, "get", forgetful_get)

    response = client.get("/readyz")

    assert response.status_code == 503
    assert response.json()["checks"]["cache"] == "error"


@pytest.mark.django_db
def test_an_unreachable_redis_fails_readiness_but_not_the_site(client, settings, home_page):
    # Every alias on Redis, as base.py configures a site with REDIS_URL.
    settings.CACHES = {
        alias: {
            "BACKEND": "django_redis.cache.RedisCache",
            # Nothing listens on port 1: the connection is refused at once.
            "LOCATION": "redis://127.0.0.1:1/0",
            "KEY_PREFIX": f"guyub-test-{alias}",
            # As base.py configures Redis: an outage degrades to "no cache".
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 1, "IGNORE_EXCEPTIONS": True},
        }
        for alias in ("default", "pages")
    }
    settings.GUYUB_CACHE_STATE_ALIAS = "default"

    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"]["cache"] == "error"
    assert client.get("/healthz").status_code == 200
    assert client.get("/").status_code == 200
