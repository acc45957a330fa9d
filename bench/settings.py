"""Benchmark settings: production settings on a file SQLite database under var/bench/.

Use through ``bench.configure_environment()``, which sets the variables production
insists on. The bench URLconf adds a bare Django view, the framework's ceiling.
"""

from portal.settings.production import *  # noqa: F403 - extends production on purpose
from portal.settings.production import VAR_DIR, env

ROOT_URLCONF = "bench.urls"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": VAR_DIR / "bench.sqlite3",
        # Readers and the generator never contend in a benchmark; WAL keeps the two
        # gunicorn workers from blocking each other on reads.
        "OPTIONS": {"init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"},
    }
}

# The caches are production's (base.py): the embedded file caches under var/bench/cache/,
# or Redis with BENCH_CACHE_URL=redis://127.0.0.1:6379/6 (bench.configure_environment).

GUYUB_PAGE_CACHE = env.bool("PAGE_CACHE", default=False)

# The site's own default (the Whoosh backend, as production configures it) answers
# the HTTP runs; Wagtail's database backend sits beside it for the in-process
# comparison, on the same data.
WAGTAILSEARCH_BACKENDS = {
    "default": WAGTAILSEARCH_BACKENDS["default"],  # noqa: F405
    "database": {"BACKEND": "wagtail.search.backends.database"},
}

SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
SECURE_HSTS_SECONDS = 0

# The ceiling stays a bare view: never answered by the page cache.
GUYUB_PAGE_CACHE_EXCLUDED_PATHS = [*GUYUB_PAGE_CACHE_EXCLUDED_PATHS, "/bench/"]  # noqa: F405

# bench/middleware_cost.py --http: a second gunicorn serves the ceiling with no middleware at
# all, the bare Django view issue #20 compares cache hits with.
if env.bool("BENCH_BARE", default=False):
    MIDDLEWARE = []
