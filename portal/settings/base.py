"""Settings shared by every environment.

Safe by default: DEBUG is off and there is no secret here. Every value that differs
between machines comes from the environment (django-environ); see the README's
settings reference.
"""

import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import environ
import xstatic.pkg.leaflet
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
# Runtime data (database, search index, media, collected static) lives in one ignored folder.
VAR_DIR = Path(environ.Env().str("GUYUB_VAR_DIR", default=str(BASE_DIR / "var")))

env = environ.Env()


def _code_revision():
    """The checked-out commit, or "dev" where there is no git checkout."""
    try:
        result = subprocess.run(
            ["git", "rev-parse", "--short=12", "HEAD"],  # noqa: S607 - git from PATH, fixed args
            cwd=BASE_DIR,
            capture_output=True,
            text=True,
            timeout=5,
            check=True,
        )
    except (OSError, subprocess.SubprocessError):
        return "dev"
    return result.stdout.strip() or "dev"


DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env.str("SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "home",
    "search",
    "articles",
    "groups_directory",
    "comments",
    "core",
    "django_comments_xtd",
    "django_comments",
    "wagtail.contrib.settings",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "csp",
    "axes",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sites",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    # First on purpose: a cache hit for an anonymous reader costs no database query, and
    # the headers the middleware below add are stored with the page, so that portal/wsgi.py
    # can answer hits before Django's handler (core/wsgi.py). See core/cache.py.
    "core.cache.AnonymousPageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # The site and the pages routed through, from the cache: see core/routing.py.
    "core.routing.CachedSiteMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "csp.middleware.CSPMiddleware",
    # Last, as django-axes requires: it turns a lockout raised by its backend into a response.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    # First, so a locked-out login is refused before any password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "portal.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "portal.wsgi.application"

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
}
# Reuse connections between requests, but check them first: a restarted or failed-over
# PostgreSQL then costs one retry instead of a burst of 500s.
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The embedded default serves several gunicorn workers at once. WAL lets readers go on
    # while one request writes. IMMEDIATE takes the write lock when a transaction starts:
    # a deferred transaction that read first and then wants to write cannot wait for the
    # lock (SQLite answers "database is locked" at once to avoid a deadlock), and that is
    # what lost simultaneous replies while django-comments-xtd renumbered their thread.
    # The timeout is how long a request queues for the lock before giving up.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": env.int("SQLITE_TIMEOUT", default=20),
            "init_command": "PRAGMA journal_mode=WAL;",
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The code release: part of every cache key, so a deploy never reads entries (pickled
# rows, rendered pages) written by another release. Set RELEASE in the deploy (a tag or
# commit); from a git checkout it is the current commit.
GUYUB_RELEASE = env.str("RELEASE", default="") or _code_revision()
_CACHE_URL = env.str("CACHE_URL", default="") or env.str("REDIS_URL", default="")
_CACHE_PREFIX = f"{env.str('CACHE_KEY_PREFIX', default='guyub')}:{GUYUB_RELEASE}"


def _cache(url, name, prefix, max_entries):
    """One cache alias: ``url`` (Redis), or the embedded default, a file cache in var/."""
    config = environ.Env.cache_url_config(url or f"filecache://{VAR_DIR / 'cache' / name}")
    config["KEY_PREFIX"] = prefix
    if not config["BACKEND"].startswith("django_redis."):
        # Django culls a file cache past MAX_ENTRIES (300 by default) by deleting a third
        # of its files at random.
        config.setdefault("OPTIONS", {})["MAX_ENTRIES"] = max_entries
    return config


CACHES = {
    "default": _cache(_CACHE_URL, "default", _CACHE_PREFIX, env.int("CACHE_MAX_ENTRIES", 5000)),
    # Whole pages for anonymous readers (core/cache.py), bounded on their own so that no
    # amount of crawling pushes out sessions or fragments. With Redis, bound them with
    # Redis's maxmemory (docs/deploy.md), or give them their own server with PAGE_CACHE_URL.
    "pages": _cache(
        env.str("PAGE_CACHE_URL", default="") or _CACHE_URL,
        "pages",
        f"{_CACHE_PREFIX}:pages",
        env.int("PAGE_CACHE_MAX_ENTRIES", 10000),
    ),
}
# Sessions read from the cache only when it is shared by every app server (Redis): a
# per-machine cache could keep serving a session another server already logged out.
SHARED_CACHE = CACHES["default"]["BACKEND"].startswith("django_redis.")
if SHARED_CACHE:
    # A Redis outage degrades to "no cache" (pages render from the database, sessions come
    # from their database copy) instead of failing every request; /readyz still reports it.
    for _config in CACHES.values():
        _config.setdefault("OPTIONS", {})["IGNORE_EXCEPTIONS"] = True
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
    # The cache generation lives in Redis next to sessions; with maxmemory-policy
    # volatile-lru (docs/deploy.md) keys without a timeout, like it, are never evicted.
    GUYUB_CACHE_STATE_ALIAS = "default"
else:
    # A file cache culls at random when full: the generation and the scope versions get
    # a directory of their own that holds only them, far below its limit.
    CACHES["state"] = _cache("", "state", f"{_CACHE_PREFIX}:state", 1_000_000)
    GUYUB_CACHE_STATE_ALIAS = "state"
GUYUB_PAGE_CACHE_ALIAS = "pages"
SESSION_ENGINE = env.str(
    "SESSION_ENGINE",
    default="django.contrib.sessions.backends." + ("cached_db" if SHARED_CACHE else "db"),
)

# Anonymous full-page cache (core/cache.py). Stored in the "default" cache above.
GUYUB_PAGE_CACHE = env.bool("PAGE_CACHE", default=True)
# Half an hour: comment forms carry a timestamp django-comments accepts for two hours,
# so a form from a cached page stays valid for a reader who takes their time.
GUYUB_PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=30 * 60)
# Comment counts on listings (home, article index) may lag this long behind an approved
# comment; the comment's own page shows it at once. Without a window a comment every few
# seconds would re-render every listing every few seconds (core/cache.py).
GUYUB_PAGE_CACHE_LISTINGS_SECONDS = env.int("PAGE_CACHE_LISTINGS_SECONDS", default=60)
# Each worker process keeps copies of the pages it served last, up to this many bytes, so
# a hit reads only the generation and the page's scope from the shared cache, not the
# page itself (core/cache.py, _LocalEntries). 0 switches it off.
GUYUB_PAGE_CACHE_LOCAL_BYTES = env.int("PAGE_CACHE_LOCAL_BYTES", default=16 * 1024 * 1024)
# With Redis, each worker also keeps the generation and scope versions it read, dropped the
# moment another process announces a change on Redis pub/sub (core/state_mirror.py), so a
# hit needs no round trip; a copy is re-read after this many seconds in any case. 0: off.
GUYUB_STATE_MIRROR_SECONDS = env.float("PAGE_CACHE_STATE_MIRROR_SECONDS", default=5.0)
# Cache-Control for anonymous cached pages: browsers revalidate after a minute, a CDN
# may keep a page for PAGE_CACHE_CDN_SECONDS (purged on publish when configured below).
GUYUB_PAGE_CACHE_BROWSER_SECONDS = env.int("PAGE_CACHE_BROWSER_SECONDS", default=60)
GUYUB_PAGE_CACHE_CDN_SECONDS = env.int("PAGE_CACHE_CDN_SECONDS", default=300)
# Query parameters that are never cached, whatever page they are on: WordPress's short
# links ("/?p=123"), which articles/wagtail_hooks.py redirects. Each page type declares
# the parameters that vary it (``page_cache_query_params``); others are ignored.
GUYUB_PAGE_CACHE_BYPASS_PARAMS = ["p", "page_id", "attachment_id"]
# Health probes must answer from the process itself, even while the cache is down.
GUYUB_PAGE_CACHE_EXCLUDED_PATHS = ["/admin/", "/dokumen/", "/csrf/", "/healthz", "/readyz"]
# Cookies that do not personalise a page (analytics, consent banners...). Any other
# cookie, such as the session, makes the request bypass the cache.
GUYUB_PAGE_CACHE_IGNORED_COOKIES = env.list("PAGE_CACHE_IGNORED_COOKIES", default=[])
# What changes public output besides pages (Wagtail's publish signals; a save of a live
# page) and site settings: a save or delete of one of these refreshes every cached page.
# Comments refresh only their page and the listings (core/cache.py). Anything else
# (revisions, drafts, held comments, flags, reports, logs) changes nothing public.
GUYUB_PAGE_CACHE_PUBLIC_MODELS = [
    "articles.author",
    "articles.category",
    "groups_directory.groupcategory",
    "groups_directory.region",
    "taggit.tag",
    "wagtailcore.collectionviewrestriction",
    "wagtailcore.pageviewrestriction",
    "wagtailcore.site",
    "wagtaildocs.document",
    "wagtailimages.image",
    "wagtailredirects.redirect",
]
# ...of which a new row shows nowhere until a page using it is published (a tag typed
# into a draft, a new image in the library).
GUYUB_PAGE_CACHE_UNUSED_WHEN_NEW = [
    "taggit.tag",
    "wagtailimages.image",
    "wagtaildocs.document",
    "articles.author",
    "articles.category",
    "groups_directory.groupcategory",
]
# Forms on cached pages get their CSRF token at submit time (static/js/csrf.js); without
# JavaScript this view offers to send the submission again with a fresh token.
CSRF_FAILURE_VIEW = "core.views.csrf_failure"

# Wagtail's frontend-cache purge for a CDN or reverse proxy in front of the site, off
# unless FRONTEND_CACHE is set (see README, "Caching"). Published and unpublished pages,
# their parent listing and the home page are purged.
WAGTAILFRONTENDCACHE = {}
_FRONTEND_CACHE = env.str("FRONTEND_CACHE", default="")
if _FRONTEND_CACHE == "cloudflare":
    WAGTAILFRONTENDCACHE["default"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": env.str("CLOUDFLARE_API_TOKEN"),
        "ZONEID": env.str("CLOUDFLARE_ZONE_ID"),
    }
elif _FRONTEND_CACHE == "cloudfront":
    WAGTAILFRONTENDCACHE["default"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": env.str("CLOUDFRONT_DISTRIBUTION_ID"),
    }
elif _FRONTEND_CACHE == "http":
    # Varnish, nginx proxy_cache with a purge module, Fastly: PURGE requests to LOCATION.
    WAGTAILFRONTENDCACHE["default"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env.str("FRONTEND_CACHE_LOCATION"),
    }
elif _FRONTEND_CACHE:
    raise ImproperlyConfigured(
        f"FRONTEND_CACHE={_FRONTEND_CACHE!r} is not one of: cloudflare, cloudfront, http."
    )

EMAIL_CONFIG = env.email("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Guyub <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Indonesian first: the public site and, by default, the Wagtail admin. There is no
# LocaleMiddleware on purpose: the browser's Accept-Language does not switch the site to
# English; an editor who prefers English picks it in the admin (Akun > Preferensi).
LANGUAGE_CODE = "id"
LANGUAGES = [("id", "Bahasa Indonesia"), ("en", "English")]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
TIME_ZONE = "Asia/Jakarta"
USE_I18N = True
USE_TZ = True
# Our own strings first (they win), then our Indonesian catalogue for Wagtail's strings, which
# overrides Wagtail's partial "id_ID" community catalogue (gettext loads it for "id"). See
# docs/translations.md.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_wagtail"]
# Django's own "id" formats already give "28 November 2026"; ours pin it and add
# the time format used next to dates ("19.30").
FORMAT_MODULE_PATH = ["portal.formats"]
# The admin's date pickers in the same short form ("05/12/2026 14.30") instead of Wagtail's ISO
# default; portal/formats/id parses them day first.
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H.%M"
WAGTAIL_TIME_FORMAT = "%H.%M"

SITE_ID = 1

STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=str(VAR_DIR / "static"))
STATICFILES_DIRS = [
    BASE_DIR / "static",
    # Leaflet's files as shipped in the XStatic-Leaflet package (no copy in our tree).
    ("vendor/leaflet", xstatic.pkg.leaflet.BASE_DIR),
]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=str(VAR_DIR / "media"))

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Media on S3-compatible storage (AWS, MinIO, Wasabi, IDCloudHost...) when a bucket is
# named; every app server then sees the same uploads. Needs boto3 (requirements-s3.txt).
AWS_STORAGE_BUCKET_NAME = env.str("AWS_STORAGE_BUCKET_NAME", default="")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": env.str("AWS_S3_ENDPOINT_URL", default="") or None,
            "region_name": env.str("AWS_S3_REGION_NAME", default="") or None,
            "access_key": env.str("AWS_ACCESS_KEY_ID", default="") or None,
            "secret_key": env.str("AWS_SECRET_ACCESS_KEY", default="") or None,
            "custom_domain": env.str("AWS_S3_CUSTOM_DOMAIN", default="") or None,
            "location": env.str("AWS_LOCATION", default="media"),
            # Public-read buckets serve plain URLs; private ones get signed, expiring URLs.
            "querystring_auth": env.bool("AWS_QUERYSTRING_AUTH", default=False),
            "file_overwrite": False,
        },
    }

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "Guyub"
WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx"]
WAGTAIL_I18N_ENABLED = False
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"avif": "avif", "webp": "webp"}

# SEARCH_BACKEND picks the engine: "whoosh" (on-disk index, one machine), "database"
# (the database's own full-text search; PostgreSQL uses SEARCH_CONFIG, "indonesian" by
# default) or "elasticsearch" (ELASTICSEARCH_URL; shared by many app servers).
SEARCH_BACKEND = env.str("SEARCH_BACKEND", default="whoosh")
if SEARCH_BACKEND == "whoosh":
    # Indonesian analysis (portal/search/); SEARCH_STEMMER picks the stemmer.
    _search = {
        "BACKEND": "portal.search.whoosh",
        "PATH": env.str("SEARCH_INDEX_PATH", default=str(VAR_DIR / "search-index")),
        "STEMMER": env.str("SEARCH_STEMMER", default="guyub"),
    }
elif SEARCH_BACKEND == "database":
    _search = {
        "BACKEND": "wagtail.search.backends.database",
        "SEARCH_CONFIG": env.str("SEARCH_CONFIG", default="indonesian"),
    }
elif SEARCH_BACKEND == "elasticsearch":
    _search = {
        "BACKEND": "wagtail.search.backends.elasticsearch"
        + env.str("ELASTICSEARCH_VERSION", default="8"),
        "URLS": env.list("ELASTICSEARCH_URL", default=["http://127.0.0.1:9200"]),
        "INDEX_PREFIX": env.str("ELASTICSEARCH_INDEX_PREFIX", default="guyub_"),
        "TIMEOUT": 5,
    }
else:
    raise ImproperlyConfigured(
        f"SEARCH_BACKEND={SEARCH_BACKEND!r} is not one of whoosh, database, elasticsearch."
    )
WAGTAILSEARCH_BACKENDS = {"default": _search}

# Background work (search index updates, notification emails) goes through django-tasks.
# "immediate" runs it inline in the request: right for one small machine. "database"
# queues it in the database for `manage.py db_worker` to run out of the request.
TASKS_BACKEND = env.str("TASKS_BACKEND", default="immediate")
TASKS = {
    "default": {
        "BACKEND": {
            "immediate": "django_tasks.backends.immediate.ImmediateBackend",
            "database": "django_tasks_db.DatabaseBackend",
        }.get(TASKS_BACKEND, TASKS_BACKEND),
    },
}

# Type tabs on the site search page (/cari/): (URL value, label, page model). Tabs
# whose model is not installed are left out.
GUYUB_SEARCH_TABS = [
    ("artikel", _("Artikel"), "articles.ArticlePage"),
    ("kelompok", _("Kelompok"), "groups_directory.GroupPage"),
]

LOGIN_URL = "wagtailadmin_login"

# Proxies: behind a load balancer or reverse proxy that sets X-Forwarded-For, the client
# is the address TRUSTED_PROXY_COUNT hops from the right (see core.client_ip).
BEHIND_PROXY = env.bool("BEHIND_PROXY", default=False)
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=1)

# Admin login brute-force protection (django-axes). Lockout is per username *and* address:
# many Indonesian mobile users share one carrier-grade-NAT address, so locking a whole
# address would lock out a neighbourhood.
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = env.float("AXES_COOLOFF_MINUTES", default=30) / 60  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "core.views.login_locked"
AXES_CLIENT_IP_CALLABLE = "core.client_ip.client_ip"
AXES_VERBOSE = False

# How long a group organiser's private link works after it was mailed. Past that, the
# organiser asks for a fresh one with the group's e-mail address (kelola/tautan-baru/).
# The page type WordPress pages become (import_wordpress): a page with intro, a rich-text
# body and comments_enabled, under the home page.
GUYUB_WORDPRESS_PAGE_MODEL = "home.StandardPage"

GUYUB_ORGANISER_LINK_DAYS = env.int("ORGANISER_LINK_DAYS", default=30)

# Map tiles for the group directory, as a Leaflet URL template. This one setting feeds the
# map and the Content-Security-Policy below, so a new tile server is never blocked.
GUYUB_MAP_TILE_URL = env.str(
    "MAP_TILE_URL", default="https://tile.openstreetmap.org/{z}/{x}/{y}.png"
)
GUYUB_MAP_ATTRIBUTION = env.str("MAP_ATTRIBUTION", default="© kontributor OpenStreetMap")
_tiles = urlsplit(GUYUB_MAP_TILE_URL)
# Leaflet's "{s}" subdomain placeholder becomes a CSP wildcard.
_tile_origin = f"{_tiles.scheme}://{_tiles.netloc.replace('{s}', '*')}" if _tiles.netloc else ""

# Content-Security-Policy for the public site: only our own scripts, styles and fonts, no
# inline code. The Wagtail admin ships inline styles and scripts of its own, so it is left
# out of the policy (it sits behind a login). Images may come from the media and tile hosts.
_media_host = env.str("AWS_S3_CUSTOM_DOMAIN", default="") or env.str(
    "AWS_S3_ENDPOINT_URL", default=""
)
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *(origin for origin in (_media_host, _tile_origin) if origin)],
        "font-src": [SELF],
        "connect-src": [SELF],
        # Video embeds in articles.
        "frame-src": [
            SELF,
            "https://www.youtube.com",
            "https://www.youtube-nocookie.com",
            "https://player.vimeo.com",
        ],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="WARNING")},
}

# Threaded comments (django-comments-xtd); the moderation rules editors change live in
# the admin (comments.CommentSettings), these are the structural choices.
COMMENTS_APP = "django_comments_xtd"
# Levels 0..3: a reply to a comment at the deepest level attaches to that level's parent
# thread (comments.posting.effective_parent_id), it is never refused.
COMMENTS_XTD_MAX_THREAD_LEVEL = env.int("COMMENTS_MAX_THREAD_LEVEL", default=3)
COMMENTS_XTD_FORM_CLASS = "comments.forms.CommentForm"
COMMENTS_XTD_CONFIRM_EMAIL = True
COMMENTS_XTD_THREADED_EMAILS = False
COMMENTS_XTD_SEND_HTML_EMAIL = False
COMMENTS_XTD_LIST_ORDER = ("thread_id", "order")
COMMENTS_XTD_APP_MODEL_OPTIONS = {
    "default": {
        "who_can_post": "all",
        "allow_flagging": True,
        "allow_feedback": True,
        "show_feedback": True,
    }
}
COMMENT_MAX_LENGTH = 3000

GUYUB_TAGLINE = _("Portal komunitas untuk kelompok kecil di Indonesia")

# Wagtail's login form with an Indonesian label on its password field (home/forms.py).
WAGTAILADMIN_USER_LOGIN_FORM = "home.forms.AdminLoginForm"
