"""Settings read from the environment: each variable documented in the README changes
what it says it changes. base.py is re-executed with a patched environment."""

import runpy
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import RequestFactory, override_settings

from core.client_ip import client_ip
from tests.home.test_settings import run_manage

BASE = Path(__file__).resolve().parents[2] / "portal" / "settings" / "base.py"
SERVICE_VARS = [
    "DATABASE_URL",
    "REDIS_URL",
    "CACHE_URL",
    "SESSION_ENGINE",
    "SEARCH_BACKEND",
    "SEARCH_CONFIG",
    "ELASTICSEARCH_URL",
    "TASKS_BACKEND",
    "AWS_STORAGE_BUCKET_NAME",
    "AWS_S3_CUSTOM_DOMAIN",
    "AWS_S3_ENDPOINT_URL",
    "CONN_MAX_AGE",
    "RELEASE",
    "PAGE_CACHE_URL",
]


@pytest.fixture
def load_base(monkeypatch):
    def load(**env):
        for name in SERVICE_VARS:
            monkeypatch.delenv(name, raising=False)
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        return runpy.run_path(str(BASE))

    return load


def test_embedded_default_needs_no_services(load_base):
    s = load_base()

    assert s["DATABASES"]["default"]["ENGINE"] == "django.db.backends.sqlite3"
    assert s["CACHES"]["default"]["BACKEND"].endswith("FileBasedCache")
    assert s["SESSION_ENGINE"] == "django.contrib.sessions.backends.db"
    assert s["TASKS"]["default"]["BACKEND"].endswith("ImmediateBackend")
    assert s["STORAGES"]["default"]["BACKEND"].endswith("FileSystemStorage")


def test_database_url_keeps_health_checked_connections(load_base):
    s = load_base(
        DATABASE_URL="postgres://guyub:rahasia@db.internal:5432/guyub", CONN_MAX_AGE="300"
    )

    db = s["DATABASES"]["default"]
    assert db["ENGINE"] == "django.db.backends.postgresql"
    assert (db["HOST"], db["NAME"], db["USER"]) == ("db.internal", "guyub", "guyub")
    assert db["CONN_MAX_AGE"] == 300
    assert db["CONN_HEALTH_CHECKS"] is True


def test_redis_url_shares_the_cache_and_sessions_between_servers(load_base):
    s = load_base(REDIS_URL="redis://127.0.0.1:6379/3", RELEASE="v1")

    cache = s["CACHES"]["default"]
    assert cache["BACKEND"] == "django_redis.cache.RedisCache"
    assert cache["LOCATION"] == "redis://127.0.0.1:6379/3"
    assert cache["KEY_PREFIX"] == "guyub:v1"
    assert s["CACHES"]["pages"]["LOCATION"] == "redis://127.0.0.1:6379/3"
    assert s["GUYUB_CACHE_STATE_ALIAS"] == "default"
    assert s["SESSION_ENGINE"] == "django.contrib.sessions.backends.cached_db"


def test_every_cache_key_carries_the_release(load_base):
    first, second = load_base(RELEASE="2026.12.1"), load_base(RELEASE="2026.12.2")
    for alias in ("default", "pages", "state"):
        assert "2026.12.1" in first["CACHES"][alias]["KEY_PREFIX"]
        assert first["CACHES"][alias]["KEY_PREFIX"] != second["CACHES"][alias]["KEY_PREFIX"]


def test_without_release_the_code_revision_keys_the_cache(load_base):
    s = load_base()
    assert s["GUYUB_RELEASE"]
    assert s["CACHES"]["default"]["KEY_PREFIX"] == f"guyub:{s['GUYUB_RELEASE']}"


def test_embedded_pages_have_a_bounded_cache_and_the_generation_one_of_its_own(load_base):
    s = load_base(PAGE_CACHE_MAX_ENTRIES="2500")
    pages, state = s["CACHES"]["pages"], s["CACHES"]["state"]
    assert pages["BACKEND"].endswith("FileBasedCache")
    assert pages["OPTIONS"]["MAX_ENTRIES"] == 2500
    assert pages["LOCATION"] != s["CACHES"]["default"]["LOCATION"] != state["LOCATION"]
    assert s["GUYUB_PAGE_CACHE_ALIAS"] == "pages"
    assert s["GUYUB_CACHE_STATE_ALIAS"] == "state"


def test_a_separate_redis_can_hold_the_pages(load_base):
    s = load_base(REDIS_URL="redis://127.0.0.1:6379/3", PAGE_CACHE_URL="redis://10.0.0.5:6379/0")
    assert s["CACHES"]["pages"]["LOCATION"] == "redis://10.0.0.5:6379/0"


def test_database_search_uses_the_indonesian_configuration(load_base):
    search = load_base(SEARCH_BACKEND="database")["WAGTAILSEARCH_BACKENDS"]["default"]

    assert search == {
        "BACKEND": "wagtail.search.backends.database",
        "SEARCH_CONFIG": "indonesian",
    }


def test_whoosh_search_points_at_the_portal_backend(load_base):
    search = load_base(SEARCH_BACKEND="whoosh")["WAGTAILSEARCH_BACKENDS"]["default"]

    assert search["BACKEND"] == "portal.search.whoosh"
    assert search["PATH"].endswith("search-index")


def test_elasticsearch_takes_its_url(load_base):
    s = load_base(
        SEARCH_BACKEND="elasticsearch", ELASTICSEARCH_URL="http://es1:9200,http://es2:9200"
    )

    search = s["WAGTAILSEARCH_BACKENDS"]["default"]
    assert search["BACKEND"] == "wagtail.search.backends.elasticsearch8"
    assert search["URLS"] == ["http://es1:9200", "http://es2:9200"]


def test_an_unknown_search_backend_is_refused_at_startup(load_base):
    with pytest.raises(ImproperlyConfigured, match="SEARCH_BACKEND='solr'"):
        load_base(SEARCH_BACKEND="solr")


def test_a_bucket_name_moves_media_to_s3_and_allows_its_images(load_base):
    s = load_base(AWS_STORAGE_BUCKET_NAME="guyub-media", AWS_S3_CUSTOM_DOMAIN="media.guyub.example")

    media = s["STORAGES"]["default"]
    assert media["BACKEND"] == "storages.backends.s3.S3Storage"
    assert media["OPTIONS"]["bucket_name"] == "guyub-media"
    assert media["OPTIONS"]["custom_domain"] == "media.guyub.example"
    assert "media.guyub.example" in s["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]["img-src"]


def test_tasks_backend_database_queues_work(load_base):
    s = load_base(TASKS_BACKEND="database")

    assert s["TASKS"]["default"]["BACKEND"] == "django_tasks_db.DatabaseBackend"


def forwarded_request(forwarded_for):
    return RequestFactory().get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=forwarded_for)


def test_forwarded_for_is_ignored_unless_behind_a_proxy():
    with override_settings(BEHIND_PROXY=False):
        assert client_ip(forwarded_request("203.0.113.9")) == "10.0.0.2"


def test_client_address_is_taken_from_the_trusted_proxy_hop():
    # The client forged the first entry; our one proxy appended the real address.
    with override_settings(BEHIND_PROXY=True, TRUSTED_PROXY_COUNT=1):
        assert client_ip(forwarded_request("1.2.3.4, 203.0.113.9")) == "203.0.113.9"
    with override_settings(BEHIND_PROXY=True, TRUSTED_PROXY_COUNT=2):
        assert client_ip(forwarded_request("203.0.113.9, 10.0.0.1")) == "203.0.113.9"
        # Fewer hops than proxies: the header cannot be trusted.
        assert client_ip(forwarded_request("203.0.113.9")) == "10.0.0.2"


def test_scaled_out_production_settings_pass_the_deploy_checks():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env_extra={
            "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "SECRET_KEY": "a-long-random-production-like-secret-key-" + "y" * 30,
            "ALLOWED_HOSTS": "guyub.example",
            "DATABASE_URL": "postgres://guyub@db.internal:5432/guyub",
            "REDIS_URL": "redis://redis.internal:6379/0",
            "BEHIND_PROXY": "true",
            "TASKS_BACKEND": "database",
            "SEARCH_BACKEND": "elasticsearch",
        },
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
