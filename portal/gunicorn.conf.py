"""Gunicorn settings for `make serve` and production (gunicorn -c portal/gunicorn.conf.py).

Everything is overridable from the environment; gunicorn itself also reads
GUNICORN_CMD_ARGS and FORWARDED_ALLOW_IPS.
"""

import os

host = os.environ.get("HOST", "127.0.0.1")
port = os.environ.get("PORT", "8000")
bind = [f"[{host}]:{port}" if ":" in host else f"{host}:{port}"]

# Sync workers: Django views here are blocking and short. The classic 2 x cores + 1,
# capped so a big machine shared with PostgreSQL does not open hundreds of connections.
workers = int(os.environ.get("WEB_CONCURRENCY", min(2 * (os.cpu_count() or 1) + 1, 9)))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
keepalive = 5
# Recycle workers now and then so a slow leak in any library never grows unbounded. Cached
# pages are served at hundreds of requests per second, so a low limit would restart workers
# every few seconds during a burst; 0 turns recycling off.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "20000"))
max_requests_jitter = max_requests // 10
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
