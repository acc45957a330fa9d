"""Test settings with the embedded default's database: the SQLite file from DATABASE_URL,
configured exactly as portal/settings/base.py configures it for production."""

from portal.settings import base
from portal.settings.test import *  # noqa: F403 - settings modules extend the base namespace

DATABASES = base.DATABASES
