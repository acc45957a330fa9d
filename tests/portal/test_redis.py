"""The Redis-backed cache, sessions and counters against a real server.

They run when REDIS_URL is set (CI's PostgreSQL leg sets it); the test settings then put
the default cache on that Redis database, as production does.
"""

import os
import threading

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import Client

pytestmark = [
    pytest.mark.redis,
    pytest.mark.skipif(
        not os.environ.get("REDIS_URL"),
        reason="REDIS_URL is not set: run with REDIS_URL=redis://127.0.0.1:6379/<db> "
        "(as .ci/run's PostgreSQL leg does) to test against a real Redis.",
    ),
]


def raw_redis():
    from django_redis import get_redis_connection

    return get_redis_connection("default")


def test_the_default_cache_is_redis_and_prefixes_its_keys():
    cache.set("kabar", {"judul": "Arisan RT 05"}, timeout=60)

    assert settings.CACHES["default"]["BACKEND"] == "django_redis.cache.RedisCache"
    assert cache.get("kabar") == {"judul": "Arisan RT 05"}
    # Stored in Redis itself, under the test prefix, with its expiry.
    keys = [key.decode() for key in raw_redis().keys("guyub-test:*kabar")]
    assert len(keys) == 1
    assert 0 < raw_redis().ttl(keys[0]) <= 60


def test_counters_are_atomic_across_threads():
    """The primitive a rate limit needs: many workers incrementing one key lose nothing."""
    cache.set("percobaan:203.0.113.7", 0, timeout=60)
    per_thread, threads = 50, 8

    def hammer():
        for _ in range(per_thread):
            cache.incr("percobaan:203.0.113.7")

    workers = [threading.Thread(target=hammer) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()

    assert cache.get("percobaan:203.0.113.7") == per_thread * threads


def test_add_lets_exactly_one_worker_claim_a_key():
    winners = []

    def claim(name):
        if cache.add("kunci:kirim-notifikasi", name, timeout=30):
            winners.append(name)

    workers = [threading.Thread(target=claim, args=(f"w{n}",)) for n in range(10)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()

    assert len(winners) == 1
    assert cache.get("kunci:kirim-notifikasi") == winners[0]


@pytest.mark.django_db
def test_sessions_live_in_redis_and_survive_losing_it():
    assert settings.SESSION_ENGINE == "django.contrib.sessions.backends.cached_db"
    user = get_user_model().objects.create_superuser("bendahara", "b@guyub.invalid", "rahasia")
    first = Client()
    first.force_login(user)
    session_key = first.cookies[settings.SESSION_COOKIE_NAME].value

    # Another app server (another client with the same cookie) sees the login.
    second = Client()
    second.cookies[settings.SESSION_COOKIE_NAME] = session_key
    assert second.get("/admin/").status_code == 200
    assert raw_redis().keys(f"guyub-test:*{session_key}")

    # Redis restarted empty: cached_db falls back to the database copy.
    cache.delete_pattern("*")
    assert second.get("/admin/").status_code == 200
