"""The page cache's state copied per process and invalidated by Redis pub/sub
(core/state_mirror.py, issue #20 item 7), against a real Redis server.

Two ``StateMirror`` objects stand for two processes (two app servers) sharing one Redis.
"""

import time
import uuid

import pytest
import redis as redis_py
from django_redis.cache import RedisCache

from core.state_mirror import StateMirror

REDIS_LOCATION = "redis://127.0.0.1:6379/3"


def redis_is_running():
    try:
        return redis_py.Redis.from_url(REDIS_LOCATION, socket_connect_timeout=1).ping()
    except redis_py.RedisError:
        return False


pytestmark = pytest.mark.skipif(
    not redis_is_running(),
    reason="Redis is not running on 127.0.0.1:6379: the state mirror needs a real server",
)


@pytest.fixture
def cache():
    # A prefix of its own: the channel and keys of this test touch nothing else.
    redis_cache = RedisCache(REDIS_LOCATION, {"KEY_PREFIX": f"mirror-test-{uuid.uuid4().hex}"})
    yield redis_cache
    client = redis_cache.client.get_client(write=True)
    keys = list(client.scan_iter(match=f"{redis_cache.key_prefix}:*"))
    if keys:
        client.delete(*keys)


@pytest.fixture
def mirrors():
    made = []

    def make():
        mirror = StateMirror()
        made.append(mirror)
        return mirror

    yield make
    for mirror in made:
        mirror.reset()


def ready(mirror, cache, key="generation"):
    """Read until the subscription is confirmed and ``key`` is held in the copy."""
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        mirror.get_many(cache, [key])
        if mirror._ready and key in mirror._values:
            return
        time.sleep(0.01)
    raise AssertionError("the state channel never became ready")


def count_round_trips(cache, monkeypatch):
    calls = []
    real = cache.get_many

    def counting(keys, *args, **kwargs):
        calls.append(list(keys))
        return real(keys, *args, **kwargs)

    monkeypatch.setattr(cache, "get_many", counting)
    return calls


def test_a_held_value_costs_no_round_trip(cache, mirrors, monkeypatch):
    cache.set("generation", 7, timeout=None)
    mirror = mirrors()
    ready(mirror, cache)
    calls = count_round_trips(cache, monkeypatch)

    assert mirror.get_many(cache, ["generation"]) == {"generation": 7}
    assert calls == []


def test_an_announced_change_on_another_server_is_seen_at_once(cache, mirrors):
    cache.set("generation", 7, timeout=None)
    reader, writer = mirrors(), mirrors()
    ready(reader, cache)

    cache.set("generation", 8, timeout=None)
    writer.changed(cache, ["generation"])

    assert reader.get_many(cache, ["generation"]) == {"generation": 8}


def test_the_writer_forgets_its_own_change_without_waiting_for_the_channel(cache, mirrors):
    cache.set("scope", 1, timeout=None)
    mirror = mirrors()
    ready(mirror, cache, "scope")

    cache.set("scope", 2, timeout=None)
    mirror.changed(cache, ["scope"])

    assert "scope" not in mirror._values
    assert mirror.get_many(cache, ["scope"]) == {"scope": 2}


def test_absent_keys_are_held_as_absent_until_announced(cache, mirrors):
    reader, writer = mirrors(), mirrors()
    ready(reader, cache, "scope")
    assert reader.get_many(cache, ["scope"]) == {}

    cache.set("scope", 5, timeout=None)
    writer.changed(cache, ["scope"])

    assert reader.get_many(cache, ["scope"]) == {"scope": 5}


def test_a_read_overtaken_by_a_change_is_not_kept(cache, mirrors, monkeypatch):
    cache.set("generation", 1, timeout=None)
    reader, writer = mirrors(), mirrors()
    ready(reader, cache)
    reader.changed(cache, ["generation"])  # forget it, so the next lookup reads Redis
    real = cache.get_many

    def read_then_change(keys, *args, **kwargs):
        found = real(keys, *args, **kwargs)  # reads 1 ...
        cache.set("generation", 2, timeout=None)  # ... while another server moves on
        writer.changed(cache, ["generation"])
        time.sleep(0.05)  # the announcement reaches this process's socket
        return found

    monkeypatch.setattr(cache, "get_many", read_then_change)
    assert reader.get_many(cache, ["generation"]) == {"generation": 1}
    monkeypatch.setattr(cache, "get_many", real)

    assert reader.get_many(cache, ["generation"]) == {"generation": 2}


def test_an_unannounced_change_is_seen_within_the_maximum_age(cache, mirrors, settings):
    settings.GUYUB_STATE_MIRROR_SECONDS = 0.2
    cache.set("generation", 1, timeout=None)
    mirror = mirrors()
    ready(mirror, cache)

    cache.set("generation", 2, timeout=None)  # a writer that died before announcing
    time.sleep(0.25)

    assert mirror.get_many(cache, ["generation"]) == {"generation": 2}


def test_a_lost_channel_reads_redis_directly_and_resubscribes(cache, mirrors, monkeypatch):
    cache.set("generation", 1, timeout=None)
    reader, writer = mirrors(), mirrors()
    ready(reader, cache)

    reader._pubsub.connection.disconnect()
    cache.set("generation", 2, timeout=None)
    writer.changed(cache, ["generation"])

    # Whatever redis-py does with the broken connection (reconnect and subscribe again,
    # or raise), nothing from before the loss may be served.
    assert reader.get_many(cache, ["generation"]) == {"generation": 2}
    ready(reader, cache)
    cache.set("generation", 3, timeout=None)
    writer.changed(cache, ["generation"])
    assert reader.get_many(cache, ["generation"]) == {"generation": 3}


def test_a_silent_server_is_not_trusted(cache, mirrors, monkeypatch):
    cache.set("generation", 1, timeout=None)
    mirror = mirrors()
    ready(mirror, cache)
    mirror._ping_sent, mirror._pinged_at = True, time.monotonic() - 60
    calls = count_round_trips(cache, monkeypatch)

    assert mirror.get_many(cache, ["generation"]) == {"generation": 1}
    assert calls == [["generation"]]
    assert mirror._pubsub is None


def test_a_forked_worker_starts_afresh(cache, mirrors, monkeypatch):
    cache.set("generation", 1, timeout=None)
    mirror = mirrors()
    ready(mirror, cache)
    parent_pubsub = mirror._pubsub
    monkeypatch.setattr("core.state_mirror.os.getpid", lambda: -1)
    calls = count_round_trips(cache, monkeypatch)

    assert mirror.get_many(cache, ["generation"]) == {"generation": 1}
    assert calls == [["generation"]]
    assert mirror._pubsub is not parent_pubsub
    parent_pubsub.close()


def test_zero_seconds_turns_the_copy_off(cache, mirrors, settings, monkeypatch):
    settings.GUYUB_STATE_MIRROR_SECONDS = 0
    cache.set("generation", 1, timeout=None)
    mirror = mirrors()
    calls = count_round_trips(cache, monkeypatch)
    for _ in range(3):
        assert mirror.get_many(cache, ["generation"]) == {"generation": 1}
    assert len(calls) == 3
    assert mirror._pubsub is None


def test_other_caches_are_read_directly(mirrors, settings):
    from django.core.cache.backends.locmem import LocMemCache

    local = LocMemCache("mirror-test", {})
    local.set("generation", 4)
    assert mirrors().get_many(local, ["generation"]) == {"generation": 4}
