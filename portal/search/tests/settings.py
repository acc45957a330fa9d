"""Settings for running modelsearch's ``BackendTests`` against the Whoosh backend.

modelsearch ships its test app (``modelsearch.test.testapp``) and tests in the
wheel, but not the ``search`` fixture they load; ``fixtures/search.json`` is that
fixture (see ``fixtures/NOTICE.md``). modelsearch's own ``test.settings`` needs
``dj_database_url``, so the few settings the suite relies on are restated here.
"""

import tempfile
from pathlib import Path

FIXTURE_DIR = Path(__file__).resolve().parent / "fixtures"

SECRET_KEY = "conformance-tests-only"  # noqa: S105 - throwaway test settings
DEBUG = False
ALLOWED_HOSTS = ["localhost", "testserver"]
USE_TZ = True
TIME_ZONE = "UTC"
LANGUAGE_CODE = "en"

INSTALLED_APPS = [
    "modelsearch.test.testapp",
    "modelsearch",
    "taggit",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
]
MIDDLEWARE = []
ROOT_URLCONF = "modelsearch.test.urls"
TEMPLATES = [
    {"BACKEND": "django.template.backends.django.DjangoTemplates", "APP_DIRS": True},
]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
FIXTURE_DIRS = [FIXTURE_DIR]

MODELSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "portal.search.whoosh",
        "PATH": Path(tempfile.mkdtemp(prefix="guyub-conformance-")) / "search-index",
    },
}
