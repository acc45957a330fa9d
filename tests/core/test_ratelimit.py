import logging
import socket

import pytest
from django.core.cache import caches
from django.test import RequestFactory, override_settings

from core import ratelimit

START = 1_800_000_000  # the start of a 600-second window


def exercise(scope="uji"):
    first, second = "203.0.113.9", "203.0.113.10"
    hits = [ratelimit.hit(scope, first, limit=3, window=600, now=START + i) for i in range(4)]
    assert hits == [False, False, False, True]
    assert ratelimit.is_limited(scope, first, limit=3, window=600, now=START + 5)
    assert not ratelimit.is_limited(scope, second, limit=3, window=600, now=START + 5)
    # The next window starts from nothing.
    assert not ratelimit.is_limited(scope, first, limit=3, window=600, now=START + 600)
    assert ratelimit.hit(scope, first, limit=3, window=600, now=START + 600) is False


def test_limits_with_file_based_cache(tmp_path):
    cache_settings = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(tmp_path),
        }
    }
    with override_settings(CACHES=cache_settings):
        exercise()


def redis_is_running():
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
    except OSError:
        return False
    return True


def test_limits_with_redis():
    if not redis_is_running():
        pytest.skip("Redis is not running on 127.0.0.1:6379; the file-cache test covers the logic")
    cache_settings = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379/3",
            "KEY_PREFIX": "guyub-test-ratelimit",
        }
    }
    with override_settings(CACHES=cache_settings):
        caches["default"].delete_pattern("*uji*")
        try:
            exercise()
        finally:
            caches["default"].delete_pattern("*uji*")


@pytest.mark.parametrize("ignore_exceptions", [True, False])
def test_limits_fail_open_when_redis_is_down(caplog, ignore_exceptions):
    """With Redis unreachable forms keep working (the deploy guide's promise), and it is logged.

    django-redis answers None from incr with IGNORE_EXCEPTIONS and raises without it; the
    limiters used to crash with a TypeError on the first (HTTP 500 on every form).
    """
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    cache_settings = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port}/0",
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": ignore_exceptions,
                "SOCKET_CONNECT_TIMEOUT": 0.2,
                "SOCKET_TIMEOUT": 0.2,
            },
        }
    }
    with override_settings(CACHES=cache_settings), caplog.at_level(logging.WARNING):
        assert [ratelimit.hit("uji", "203.0.113.9", limit=1, window=60) for _ in range(3)] == [
            False,
            False,
            False,
        ]
        assert not ratelimit.is_limited("uji", "203.0.113.9", limit=1, window=60)
    assert "cache unavailable" in caplog.text


def test_no_limit_and_no_identity_never_limit():
    assert not ratelimit.hit("uji", "203.0.113.9", limit=0, window=60)
    assert not ratelimit.hit("uji", "", limit=1, window=60)
    assert not ratelimit.is_limited("uji", "", limit=1, window=60)


def test_identity_is_never_stored_raw():
    key = ratelimit._key("comments.email", "Warga@Contoh.id ", 600, START)
    assert "warga" not in key.lower()
    # Same person whatever the case or stray spaces they typed.
    assert key == ratelimit._key("comments.email", "warga@contoh.id", 600, START + 1)


def test_client_identity_keeps_ipv4_whole_and_ipv6_by_its_64():
    factory = RequestFactory()
    assert ratelimit.client_identity(factory.get("/", REMOTE_ADDR="198.51.100.7")) == (
        "198.51.100.7"
    )
    one = ratelimit.client_identity(factory.get("/", REMOTE_ADDR="2001:db8:1:2::1"))
    other = ratelimit.client_identity(factory.get("/", REMOTE_ADDR="2001:db8:1:2:ffff::9"))
    elsewhere = ratelimit.client_identity(factory.get("/", REMOTE_ADDR="2001:db8:1:3::1"))
    assert one == other == "2001:db8:1:2::/64"
    assert elsewhere != one
    mapped = ratelimit.client_identity(factory.get("/", REMOTE_ADDR="::ffff:198.51.100.7"))
    assert mapped == "198.51.100.7"


def test_client_identity_uses_the_forwarded_client_behind_a_trusted_proxy(settings):
    settings.BEHIND_PROXY = True
    settings.TRUSTED_PROXY_COUNT = 1
    factory = RequestFactory()
    first = factory.get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="198.51.100.7")
    second = factory.get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="198.51.100.8")
    assert ratelimit.client_identity(first) == "198.51.100.7"
    assert ratelimit.client_identity(first) != ratelimit.client_identity(second)
