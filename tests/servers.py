"""Start Guyub the way production runs it: production settings, gunicorn, collected static.

Used by the production-path browser tests and the two-app-server test. Each server is a
real process on 127.0.0.1; nothing from the test run's settings leaks into it.
"""

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
# What the test run sets for itself and a fresh production machine would not have.
DROP = {
    "DATABASE_URL",
    "REDIS_URL",
    "CACHE_URL",
    "DJANGO_SETTINGS_MODULE",
    "SEARCH_BACKEND",
    "PAGE_CACHE",
    "WAGTAILADMIN_BASE_URL",
}
# Ports these tests may use; GUYUB_TEST_PORTS=lo-hi picks another range.
_LOW, _HIGH = (int(part) for part in os.environ.get("GUYUB_TEST_PORTS", "8700-8799").split("-"))
PORTS = range(_LOW, _HIGH + 1)


def free_port():
    for port in PORTS:
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"No free port in {PORTS.start}-{PORTS.stop - 1}")


def production_env(var_dir, port, **extra):
    env = {key: value for key, value in os.environ.items() if key not in DROP}
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY="production-path-test-" + "k" * 50,
        ALLOWED_HOSTS="127.0.0.1",
        # Plain HTTP on loopback, as `make serve` does there.
        SECURE_SSL_REDIRECT="False",
        GUYUB_VAR_DIR=str(var_dir),
        HOST="127.0.0.1",
        PORT=str(port),
        WAGTAILADMIN_BASE_URL=f"http://127.0.0.1:{port}",
        WEB_CONCURRENCY="2",
        # django-environ reads the path after "filemail://" without its leading slash.
        EMAIL_URL=f"filemail:///{var_dir / 'mail'}",
        DJANGO_SUPERUSER_PASSWORD="kata-sandi-uji-123",
        LOG_LEVEL="WARNING",
    )
    env.update({key: str(value) for key, value in extra.items()})
    return env


def manage(env, *args):
    """Run a management command in the server's environment; its stdout."""
    result = subprocess.run(  # noqa: S603 - fixed command
        [str(BIN / "python"), "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if result.returncode:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stdout}{result.stderr}")
    return result.stdout


def shell(env, code):
    """Run Python in a Django shell with the server's settings; its printed JSON."""
    return json.loads(manage(env, "shell", "-c", code).strip().splitlines()[-1])


def fetch(url, headers=None, data=None):
    request = urllib.request.Request(url, headers=headers or {}, data=data)  # noqa: S310 - local
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - local URL
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


class Server:
    """gunicorn with ``env``, logging to ``log_path``; stop() ends its process group."""

    def __init__(self, env, log_path):
        self.env = env
        self.url = f"http://127.0.0.1:{env['PORT']}"
        self.log_path = log_path
        self.log = open(log_path, "w")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(  # noqa: S603 - fixed command
            [str(BIN / "gunicorn"), "-c", "portal/gunicorn.conf.py"],
            cwd=ROOT,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + 90
        while True:
            if self.process.poll() is not None:
                raise RuntimeError("gunicorn exited:\n" + Path(log_path).read_text())
            try:
                if fetch(self.url + "/healthz")[0] == 200:
                    return
            except OSError:
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("gunicorn did not answer:\n" + Path(log_path).read_text())
            time.sleep(0.3)

    def stop(self):
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.log.close()


def prepare_site(env):
    """What a first deploy does: migrate, site address, demo content, index, static files."""
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "load_demo_content")
    manage(env, "update_index")
    manage(env, "collectstatic", "--noinput", "-v0")
