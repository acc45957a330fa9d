import datetime
import os
import subprocess
import sys
from pathlib import Path

from django.utils import formats, translation

ROOT = Path(__file__).resolve().parents[2]
# The browser tests set DJANGO_ALLOW_ASYNC_UNSAFE in this process; a deployment never has it.
ENV_TO_DROP = ("SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_ALLOW_ASYNC_UNSAFE", "DATABASE_URL")


def run_manage(*args, env_extra):
    env = {k: v for k, v in os.environ.items() if k not in ENV_TO_DROP}
    env.update(env_extra)
    return subprocess.run(  # noqa: S603 - fixed interpreter and arguments
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_dates_use_indonesian_month_names():
    with translation.override("id"):
        assert formats.date_format(datetime.date(2026, 11, 28)) == "28 November 2026"
        assert formats.date_format(datetime.date(2026, 8, 17)) == "17 Agustus 2026"
        assert formats.time_format(datetime.time(19, 30)) == "19.30"


def test_production_refuses_to_start_without_secret_key():
    result = run_manage(
        "check",
        env_extra={
            "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "ALLOWED_HOSTS": "guyub.example",
        },
    )
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_production_passes_deploy_checks_without_warnings():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env_extra={
            "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "SECRET_KEY": "a-long-random-production-like-secret-key-" + "x" * 30,
            "ALLOWED_HOSTS": "guyub.example",
        },
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
