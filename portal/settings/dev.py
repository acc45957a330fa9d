"""Local development: works with no configuration at all."""

from .base import *  # noqa: F403 - settings modules extend the base namespace by design
from .base import env

DEBUG = env.bool("DEBUG", default=True)
# A fixed key is fine for a machine-local dev server; production refuses to start without one.
SECRET_KEY = env.str("SECRET_KEY", default="dev-only-insecure-key-do-not-use-in-production")  # noqa: S105
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
# Templates and code change under a developer's feet: no page cache unless asked for.
GUYUB_PAGE_CACHE = env.bool("PAGE_CACHE", default=False)
if DEBUG and env.bool("READER_404", default=True):
    MIDDLEWARE = [*MIDDLEWARE, "portal.dev_errors.ReaderNotFoundMiddleware"]  # noqa: F405
