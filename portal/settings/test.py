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
CACHES = {
    "default": env.cache("CACHE_URL", default="locmemcache://guyub-test"),
}
WAGTAILADMIN_BASE_URL = "http://testserver"
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "portal.search.whoosh",
        "PATH": env.path("SEARCH_INDEX_PATH", default=str(_TMP / "search-index")),
    },
}
