"""HTTP measurements: gunicorn (2 sync workers, production settings) and wrk, loopback only.

Each target is loaded for a fixed number of seconds; wrk reports requests/s and the
latency distribution. The ceiling is a constant 5 KB response from a bare Django view
served by the same gunicorn, so every figure is also reported as a share of it.
"""

import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from bench import BASE_DIR
from bench.urls import CEILING_PATH

HOST = "127.0.0.1"
WRK_INSTALL_HINT = (
    "wrk is not installed: run `sudo apt-get install wrk` (Debian/Ubuntu) to get the HTTP "
    "measurements; the in-process ones ran anyway."
)


def ensure_wrk(log=print):
    """Path to wrk, installing Debian's package when running as root; None if unavailable."""
    if not shutil.which("wrk") and os.geteuid() == 0 and shutil.which("apt-get"):
        log("Installing wrk (apt-get install wrk)...")
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        install = ["apt-get", "install", "-y", "-qq", "wrk"]
        for command in (install, ["apt-get", "update", "-qq"], install):
            subprocess.run(command, env=env, capture_output=True, check=False, timeout=300)  # noqa: S603
            if shutil.which("wrk"):
                break
    found = shutil.which("wrk")
    if not found:
        log(WRK_INSTALL_HINT)
    return found


def wrk_version(wrk):
    result = subprocess.run(  # noqa: S603 - the wrk found on PATH, fixed arguments
        [wrk, "--version"], capture_output=True, text=True, check=False
    )
    first = (result.stdout or result.stderr).strip().splitlines()
    return first[0].split(" [")[0] if first else "wrk"


def _free_port():
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


class Gunicorn:
    """A gunicorn serving the bench settings on a free loopback port, for one `with` block."""

    def __init__(self, *, page_cache, workers=2):
        self.port = _free_port()
        self.page_cache = page_cache
        self.workers = workers
        self.process = None

    @property
    def base_url(self):
        return f"http://{HOST}:{self.port}"

    def __enter__(self):
        env = {**os.environ, "PAGE_CACHE": "1" if self.page_cache else "0"}
        gunicorn = str(Path(sys.executable).with_name("gunicorn"))
        self.process = subprocess.Popen(  # noqa: S603 - fixed arguments, loopback only
            [
                gunicorn,
                "portal.wsgi:application",
                "--workers",
                str(self.workers),
                "--worker-class",
                "sync",
                "--bind",
                f"{HOST}:{self.port}",
                "--log-level",
                "warning",
            ],
            cwd=BASE_DIR,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited: {self.process.stderr.read().decode()}")
            try:
                with urllib.request.urlopen(self.base_url + CEILING_PATH, timeout=2) as r:  # noqa: S310 - loopback
                    if r.status == 200:
                        return self
            except OSError:
                time.sleep(0.2)
        self.__exit__(None, None, None)
        raise RuntimeError("gunicorn did not answer within 30 s")

    def get(self, path):
        with urllib.request.urlopen(self.base_url + path, timeout=30) as response:  # noqa: S310 - loopback
            return response.status, dict(response.headers)

    def __exit__(self, *exc):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def _ms(value):
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value).groups()
    return float(number) * _UNITS[unit]


def parse_wrk(output):
    result = {"rps": 0.0, "p50_ms": None, "p99_ms": None, "errors": 0, "requests": 0}
    if match := re.search(r"Requests/sec:\s+([\d.]+)", output):
        result["rps"] = float(match.group(1))
    for percent, key in (("50", "p50_ms"), ("99", "p99_ms")):
        if match := re.search(rf"^\s+{percent}%\s+([\d.]+\w+)", output, re.MULTILINE):
            result[key] = round(_ms(match.group(1)), 2)
    if match := re.search(r"(\d+) requests in", output):
        result["requests"] = int(match.group(1))
    if match := re.search(r"Non-2xx or 3xx responses: (\d+)", output):
        result["errors"] += int(match.group(1))
    if match := re.search(r"Socket errors: (.*)", output):
        result["errors"] += sum(int(n) for n in re.findall(r"\d+", match.group(1)))
    return result


def load(wrk, url, *, seconds, connections, threads):
    command = [
        wrk,
        f"-t{threads}",
        f"-c{connections}",
        f"-d{seconds}s",
        "--timeout",
        "10s",
        "--latency",
        url,
    ]
    completed = subprocess.run(  # noqa: S603 - fixed arguments, loopback only
        command, capture_output=True, text=True, timeout=seconds + 60, check=False
    )
    return parse_wrk(completed.stdout)


def run(targets, *, wrk, page_cache, seconds, rounds=3, connections=4, threads=1, log=print):
    """Load each target on one gunicorn; returns result dicts with ``ratio`` to the ceiling.

    The time per target is split into ``rounds`` slices taken in turn across all targets,
    so a burst of load from something else on the machine hits every target alike and
    the ratios to the ceiling stay meaningful. Requests/s is the mean over the slices,
    p50 their median, p99 the worst slice's.
    """
    mode = "cached" if page_cache else "uncached"
    slices = {name: [] for name, _url, _kind in targets}
    statuses = {}
    slice_seconds = max(1, round(seconds / rounds))
    with Gunicorn(page_cache=page_cache) as server:
        for name, url, _kind in targets:
            statuses[name] = server.get(url)  # warm up (and fill the page cache)
            if page_cache:
                statuses[name] = server.get(url)
        for _round in range(rounds):
            for name, url, _kind in targets:
                slices[name].append(
                    load(
                        wrk,
                        server.base_url + url,
                        seconds=slice_seconds,
                        connections=connections,
                        threads=threads,
                    )
                )
    results = []
    for name, url, kind in targets:
        parts = slices[name]
        p50s = [p["p50_ms"] for p in parts if p["p50_ms"] is not None]
        p99s = [p["p99_ms"] for p in parts if p["p99_ms"] is not None]
        status, headers = statuses[name]
        results.append(
            {
                "name": name,
                "url": url,
                "kind": kind,
                "mode": mode,
                "status": status,
                "page_cache": headers.get("X-Guyub-Cache", "-"),
                "rps": round(statistics.mean(p["rps"] for p in parts), 1),
                "rps_slices": [p["rps"] for p in parts],
                "p50_ms": round(statistics.median(p50s), 2) if p50s else None,
                "p99_ms": max(p99s) if p99s else None,
                "requests": sum(p["requests"] for p in parts),
                "errors": sum(p["errors"] for p in parts),
            }
        )
    ceiling = next((r["rps"] for r in results if r["kind"] == "ceiling"), 0) or None
    for result in results:
        result["ratio"] = round(result["rps"] / ceiling, 4) if ceiling else None
        log(
            f"  {mode:8} {result['name']:24} {result['rps']:9.1f} req/s "
            f"p50 {result['p50_ms']} ms p99 {result['p99_ms']} ms "
            f"{(result['ratio'] or 0) * 100:6.1f}% of ceiling  errors {result['errors']}"
        )
    return results
