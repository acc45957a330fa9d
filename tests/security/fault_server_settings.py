"""Production settings for the fault tests' servers, with static files served by WhiteNoise
from the source folders: ``collectstatic`` would add a quarter of a minute to every run
and static files are not what these tests break."""

from portal.settings.production import *  # noqa: F403 - settings modules extend the namespace
from portal.settings.production import STORAGES

STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
