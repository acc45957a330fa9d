"""Gunicorn settings for `make serve` and production (gunicorn -c portal/gunicorn.conf.py).

Everything is overridable from the environment; gunicorn itself also reads
GUNICORN_CMD_ARGS and FORWARDED_ALLOW_IPS.
"""

import os
import random
import resource
import time

host = os.environ.get("HOST", "127.0.0.1")
port = os.environ.get("PORT", "8000")
bind = [f"[{host}]:{port}" if ":" in host else f"{host}:{port}"]

# Sync workers: Django views here are blocking and short. The classic 2 x cores + 1,
# capped so a big machine shared with PostgreSQL does not open hundreds of connections.
workers = int(os.environ.get("WEB_CONCURRENCY", min(2 * (os.cpu_count() or 1) + 1, 9)))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
keepalive = 5
# Recycle workers so a slow leak in any library never grows unbounded, by age and memory
# rather than by request count: cached pages are served at thousands of requests per
# second, and a count high traffic burns through restarted each worker every few seconds
# (issue #20). A retiring worker finishes its request and exits (as with max_requests);
# with the app preloaded, its replacement is forked ready to serve at once.
preload_app = True
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "0"))  # off unless asked for
max_requests_jitter = max_requests // 10
WORKER_MAX_SECONDS = int(os.environ.get("GUNICORN_MAX_WORKER_SECONDS", str(6 * 60 * 60)))
WORKER_MAX_MEMORY_MB = int(os.environ.get("GUNICORN_MAX_WORKER_MEMORY_MB", "512"))
# Heartbeat files on a RAM disk: a slow or full disk must not get workers killed.
# Gunicorn creates them with mkstemp, so a shared directory is safe here.
RAM_DISK = "/dev/shm"  # noqa: S108 - see above
if os.path.isdir(RAM_DISK):
    worker_tmp_dir = RAM_DISK

# Logs to stdout/stderr; the supervisor (systemd, docker) collects them.
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info").lower()
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms "%(a)s"'

# Gunicorn's control socket defaults to one path per user, which two instances on one
# machine would fight over; opt in with GUNICORN_CONTROL_SOCKET=/run/guyub/gunicorn.ctl.
control_socket = os.environ.get("GUNICORN_CONTROL_SOCKET", "")
control_socket_disable = not control_socket

wsgi_app = "portal.wsgi:application"


def post_fork(server, worker):
    # Connections the master may have opened while preloading must not be shared.
    from django.db import connections

    connections.close_all()
    # Up to 10% later for each worker, so they do not all retire together.
    lifetime = WORKER_MAX_SECONDS * (1 + random.random() / 10)  # noqa: S311 - not security
    worker.guyub_retire_at = time.monotonic() + lifetime if WORKER_MAX_SECONDS else None


def _peak_memory_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def post_request(worker, req, environ, resp):
    """Retire the worker after this request once it is old or big enough."""
    retire_at = getattr(worker, "guyub_retire_at", None)
    too_old = retire_at is not None and time.monotonic() >= retire_at
    too_big = WORKER_MAX_MEMORY_MB and _peak_memory_mb() > WORKER_MAX_MEMORY_MB
    if too_old or too_big:
        worker.log.info("Retiring worker %s (%s)", worker.pid, "age" if too_old else "memory")
        worker.alive = False
