"""Guyub's benchmark suite: data generator, in-process and HTTP measurements.

Run it with ``make bench`` (full data set) or ``make bench-quick``; results land in
var/bench/. Nothing here is imported by the application or by ``make test``.
"""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
BENCH_DIR = BASE_DIR / "var" / "bench"
SETTINGS_MODULE = "bench.settings"


def configure_environment():
    """Production settings refuse to start half-configured: give them loopback values.

    Everything lives under var/bench/ so a benchmark never touches the developer's data.
    """
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    os.environ["DJANGO_SETTINGS_MODULE"] = SETTINGS_MODULE
    os.environ.setdefault("SECRET_KEY", "bench-only-key-never-used-for-a-real-site")
    os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
    # Plain HTTP on loopback: no HTTPS redirect, and cookies must work over http.
    os.environ.setdefault("SECURE_SSL_REDIRECT", "False")
    os.environ.setdefault("GUYUB_VAR_DIR", str(BENCH_DIR))
    os.environ.setdefault("LOG_LEVEL", "ERROR")
    if os.environ.get("BENCH_CACHE_URL"):
        os.environ["CACHE_URL"] = os.environ["BENCH_CACHE_URL"]
    return dict(os.environ)
