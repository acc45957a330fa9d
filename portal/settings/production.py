"""Production: everything from the environment, and refuse to start half-configured."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403 - settings modules extend the base namespace by design
from .base import BEHIND_PROXY, STORAGES, env

DEBUG = False

SECRET_KEY = env.str("SECRET_KEY", default="")
if not SECRET_KEY:
    raise ImproperlyConfigured(
        "SECRET_KEY is not set. Generate one (for example with "
        "`python -c 'import secrets; print(secrets.token_urlsafe(50))'`) and export it "
        "as the SECRET_KEY environment variable before starting Guyub in production."
    )
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured(
        "ALLOWED_HOSTS is not set. Export the site's host names, comma-separated, "
        "for example ALLOWED_HOSTS=guyub.example,www.guyub.example."
    )
# The public address for mail, tasks and commands (core/public_url.py); by default the
# first allowed host over HTTPS, never the development server's 127.0.0.1:8000.
WAGTAILADMIN_BASE_URL = env.str(
    "WAGTAILADMIN_BASE_URL", default=f"https://{ALLOWED_HOSTS[0].lstrip('.')}"
)

# Hashed, pre-compressed static files; WhiteNoise serves hashed names with a one-year
# immutable cache header, so a deploy never leaves browsers holding stale CSS.
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
if STORAGES["default"]["BACKEND"].startswith("storages.backends.s3"):
    try:
        import boto3  # noqa: F401 - only checking that S3 media can work
    except ImportError as error:
        raise ImproperlyConfigured(
            "AWS_STORAGE_BUCKET_NAME is set but boto3 is not installed: "
            "pip install -r requirements-s3.txt"
        ) from error

# TLS is terminated in front of the app; these hold when the site is served over HTTPS.
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
# Load balancers probe app servers over plain HTTP on the private network.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
# The preload directive only takes effect once the owner submits the domain to the list.
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
if BEHIND_PROXY:
    # Only behind a proxy that overwrites X-Forwarded-Proto; otherwise clients could fake HTTPS.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    USE_X_FORWARDED_HOST = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
}
