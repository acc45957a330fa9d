"""A per-process copy of the page cache's state in Redis, invalidated by Redis pub/sub.

Every page-cache hit reads the generation and its page's scope version, so that a publish
or an approved comment on any app server retires cached pages on every server at once.
With Redis that read is a network round trip, most of a hit's cost (issue #20, item 7:
``python -m bench.middleware_cost --cache-url redis://...``). Here each process keeps the
values it has read, and every change to them is announced on a pub/sub channel: a change
``PUBLISH``es the names of the keys it wrote, and each process drops those keys from its
copy before its next lookup (``MIRROR.get_many`` drains the channel's socket without
waiting), so the next lookup reads them again. This is what Redis's own client-side caching
does (``CLIENT TRACKING``); redis-py supports that only against Redis 7.4 or newer.

What makes it safe:

- A value read while an invalidation arrives is not kept (``_generation`` counts the
  messages; a read is stored only if none came in between).
- The writing process drops its own keys at once, without waiting for its message.
- Until the subscription is confirmed, after any error on its connection, and when the
  server has not answered a ping for ``PING_TIMEOUT`` seconds, lookups go to Redis as
  before and the copy is emptied; so it is when redis-py reconnects by itself (its
  connect callback), as announcements may have been lost meanwhile.
- A value is kept at most ``GUYUB_STATE_MIRROR_SECONDS`` (5) in any case, which bounds how
  stale a page could be if an announcement were lost (a writer dying between its write and
  its ``PUBLISH``); ``0`` turns the mirror off.

Only the page cache's hit path reads through the mirror, and only when the state lives in
django-redis; the embedded file cache's state is two small local files.
"""

import logging
import os
import threading
import time

from django.conf import settings

logger = logging.getLogger(__name__)

CHANNEL_SUFFIX = "guyub:state-changed"
# Every key a process can know of is dropped on this message (a cache clear in tests).
EVERYTHING = "*"
PING_EVERY = 1.0
PING_TIMEOUT = 3.0
RETRY_AFTER = 1.0
MAX_KEYS = 100_000


def _max_age():
    return getattr(settings, "GUYUB_STATE_MIRROR_SECONDS", 5)


def _channel(cache):
    # The cache's key prefix carries the release (and the test run), so that processes of
    # another release or test run sharing the Redis server are not disturbed.
    return cache.make_key(CHANNEL_SUFFIX)


def supports(cache):
    return hasattr(cache, "client") and hasattr(cache.client, "get_client")


class StateMirror:
    def __init__(self):
        self._lock = threading.Lock()
        self._reset_state()
        self._retry_at = 0.0

    def _reset_state(self):
        self._pid = None
        self._pubsub = None
        self._ready = False
        self._values = {}  # key -> (value, read at)
        self._generation = 0  # invalidation messages seen
        self._heard_at = 0.0
        self._pinged_at = 0.0
        self._ping_sent = False
        self._reconnected = False

    # Reading ---------------------------------------------------------------------------

    def get_many(self, cache, keys):
        """``{key: value}`` for ``keys`` (missing keys left out), through the copy where it
        can be trusted, from Redis otherwise."""
        if not _max_age() or not supports(cache):
            return cache.get_many(keys)
        now = time.monotonic()
        with self._lock:
            if not self._sync(cache, now):
                return cache.get_many(keys)
            known, missing = {}, []
            for key in keys:
                entry = self._values.get(key)
                if entry is not None and now - entry[1] < _max_age():
                    known[key] = entry[0]
                else:
                    missing.append(key)
            if not missing:
                return {key: value for key, value in known.items() if value is not None}
            seen = self._generation
        found = cache.get_many(missing)
        with self._lock:
            # Only what no invalidation can have overtaken is kept.
            if self._sync(cache, time.monotonic()) and self._generation == seen:
                if len(self._values) > MAX_KEYS:
                    self._values.clear()
                for key in missing:
                    self._values[key] = (found.get(key), now)
        known.update(found)
        return {key: value for key, value in known.items() if value is not None}

    def _sync(self, cache, now):
        """Apply what the channel brought; False when the copy cannot be trusted now."""
        if self._pid != os.getpid():
            # A forked worker (gunicorn preloads the app) must not share its parent's
            # connection or trust its parent's copy.
            self._reset_state()
            self._pid = os.getpid()
        if self._pubsub is None:
            if now < self._retry_at:
                return False
            self._subscribe(cache, now)
            if self._pubsub is None:
                return False
        try:
            while True:
                message = self._pubsub.get_message(timeout=0.0)
                if self._reconnected:
                    # redis-py reconnected (and subscribes again) by itself: whatever was
                    # announced while the connection was down is lost.
                    self._reconnected = self._ready = False
                    self._values.clear()
                    self._generation += 1
                if message is None:
                    break
                self._heard_at = now
                kind = message["type"]
                if kind == "subscribe":
                    self._ready = True
                elif kind == "pong":
                    self._ping_sent = False
                elif kind == "message":
                    self._invalidate(message["data"])
            if self._ping_sent and now - self._pinged_at > PING_TIMEOUT:
                raise ConnectionError("no answer to a ping")
            if not self._ping_sent and now - self._heard_at > PING_EVERY:
                self._pubsub.ping()
                self._pinged_at, self._ping_sent = now, True
        except Exception as error:
            logger.warning("Page cache state channel lost (%s); reading Redis directly", error)
            self._drop_subscription(now)
            return False
        return self._ready

    def _subscribe(self, cache, now):
        try:
            pubsub = cache.client.get_client(write=False).pubsub()
            pubsub.subscribe(_channel(cache))
        except Exception as error:
            logger.warning("Page cache state channel unavailable (%s)", error)
            self._retry_at = now + RETRY_AFTER
            return
        # Called by redis-py on every later connect of this connection (a bound method:
        # redis-py keeps a weak reference).
        pubsub.connection.register_connect_callback(self._on_reconnect)
        self._pubsub = pubsub
        self._heard_at = now

    def _on_reconnect(self, connection):
        self._reconnected = True

    def _drop_subscription(self, now):
        pubsub = self._pubsub
        pid = self._pid
        self._reset_state()
        self._pid = pid
        self._retry_at = now + RETRY_AFTER
        if pubsub is not None:
            try:
                pubsub.close()
            except Exception:  # closing a broken connection may fail again; it is gone
                logger.debug("Closing the state channel failed", exc_info=True)

    def _invalidate(self, data):
        self._generation += 1
        keys = data.decode() if isinstance(data, bytes) else str(data)
        for key in keys.split("\n"):
            if key == EVERYTHING:
                self._values.clear()
                return
            self._values.pop(key, None)

    # Writing ---------------------------------------------------------------------------

    def changed(self, cache, keys):
        """Announce that ``keys`` were written; this process forgets them at once."""
        if not supports(cache):
            return
        with self._lock:
            self._generation += 1
            if EVERYTHING in keys:
                self._values.clear()
            else:
                for key in keys:
                    self._values.pop(key, None)
        try:
            cache.client.get_client(write=True).publish(_channel(cache), "\n".join(keys))
        except Exception as error:
            # The write it announces went to the same server a moment ago; if this fails,
            # other processes read the value again within GUYUB_STATE_MIRROR_SECONDS.
            logger.warning("Could not announce a page cache change (%s)", error)

    def reset(self):
        """Forget everything and the subscription (tests that empty Redis behind its back)."""
        with self._lock:
            pubsub = self._pubsub
            self._reset_state()
        if pubsub is not None:
            try:
                pubsub.close()
            except Exception:
                logger.debug("Closing the state channel failed", exc_info=True)


MIRROR = StateMirror()
