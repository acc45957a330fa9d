"""Test settings: fast and isolated from the developer's var/ folder."""

import tempfile
from pathlib import Path

from .base import *  # noqa: F403 - settings modules extend the base namespace by design
from .base import env

_TMP = Path(tempfile.mkdtemp(prefix="guyub-test-"))

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = _TMP / "media"
STATIC_ROOT = _TMP / "static"
STATIC_ROOT.mkdir()
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

# DATABASE_URL selects the PostgreSQL leg in CI; the default is SQLite in memory.
DATABASES = {"default": env.db("DATABASE_URL", default="sqlite://:memory:")}
# REDIS_URL (set by CI's PostgreSQL leg) runs the whole suite on a real Redis cache, with
# sessions in cached_db as in production; tests/conftest.py empties our keys between tests.
_CACHE_URL = env.str("CACHE_URL", default="") or env.str("REDIS_URL", default="")
CACHES = {
    alias: {
        **env.cache_url_config(_CACHE_URL or f"locmemcache://guyub-test-{alias}"),
        "KEY_PREFIX": "guyub-test" + suffix,
    }
    for alias, suffix in (("default", ""), ("pages", "-pages"), ("state", "-state"))
}
SHARED_CACHE = CACHES["default"]["BACKEND"].startswith("django_redis.")
if SHARED_CACHE:
    for _config in CACHES.values():
        _config["OPTIONS"] = {"IGNORE_EXCEPTIONS": True}  # as in base.py
# As in base.py: the generation in an alias nothing else fills.
GUYUB_CACHE_STATE_ALIAS = "state"
SESSION_ENGINE = "django.contrib.sessions.backends." + ("cached_db" if SHARED_CACHE else "db")
# Django's test client logs in without a request, which django-axes refuses; the lockout
# tests switch it back on with override_settings.
AXES_ENABLED = False
# Wagtail's page test helpers log in with AUTHENTICATION_BACKENDS[0], which must be able to
# load a user back from the session; axes' backend cannot. The lockout tests put it back.
AUTHENTICATION_BACKENDS = ["django.contrib.auth.backends.ModelBackend"]
SILENCED_SYSTEM_CHECKS = ["axes.W003"]  # the missing axes backend, on purpose (see above)
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
WAGTAILADMIN_BASE_URL = "http://testserver"
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "portal.search.whoosh",
        "PATH": env.path("SEARCH_INDEX_PATH", default=str(_TMP / "search-index")),
    },
}
# Tests render what the database holds right now; the page cache has its own tests
# (tests/core/test_page_cache.py), which switch it on.
GUYUB_PAGE_CACHE = False
