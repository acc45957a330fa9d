"""``make loadtest``: mixed load (bench/locustfile.py) against gunicorn, two backends.

Legs (LOADTEST_BACKENDS, default both):

- ``embedded``: the embedded default, SQLite and the file caches under var/loadtest/embedded,
  one gunicorn;
- ``postgres``: PostgreSQL (LOADTEST_DATABASE_URL) and Redis (LOADTEST_REDIS_URL), two
  gunicorn instances sharing them, the users spread over both.

Each leg builds a fresh demo site with production settings and the page cache on, runs
Locust headless for LOADTEST_SECONDS (default 120) with LOADTEST_USERS users, then checks
that every comment the load test posted is stored exactly once and that every article the
editor published is served, with its listing, by every app server. Only 127.0.0.1 is used.
The report (Markdown) goes to var/loadtest/report.md and stdout.

``python -m bench.loadtest publish TITLE`` is the editor's step (run by the locustfile):
publish a new article under the article index with the leg's settings, print its path.
"""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import requests

BASE_DIR = Path(__file__).resolve().parent.parent
OUT_DIR = BASE_DIR / "var" / "loadtest"
PY = sys.executable
FIRST_PORT = int(os.environ.get("LOADTEST_PORT", "8810"))
SECONDS = int(os.environ.get("LOADTEST_SECONDS", "120"))
USERS = int(os.environ.get("LOADTEST_USERS", "20"))
DATABASE_URL = os.environ.get(
    "LOADTEST_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/guyub_loadtest"
)
REDIS_URL = os.environ.get("LOADTEST_REDIS_URL", "redis://127.0.0.1:6379/12")


def leg_environment(leg):
    env = dict(os.environ)
    for name in ("DATABASE_URL", "REDIS_URL", "CACHE_URL", "PAGE_CACHE_URL", "SEARCH_BACKEND"):
        env.pop(name, None)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "SECRET_KEY": "loadtest-only-key-never-used-for-a-real-site",
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SECURE_SSL_REDIRECT": "False",
            "GUYUB_VAR_DIR": str(OUT_DIR / leg),
            "PAGE_CACHE": "True",
            "RELEASE": f"loadtest-{leg}",
            "LOG_LEVEL": "WARNING",
            "WEB_CONCURRENCY": os.environ.get("LOADTEST_WORKERS", "2"),
            "PYTHONPATH": str(BASE_DIR),
        }
    )
    if leg == "postgres":
        env.update({"DATABASE_URL": DATABASE_URL, "REDIS_URL": REDIS_URL})
    return env


def manage(env, *args):
    subprocess.run([PY, "manage.py", *args], cwd=BASE_DIR, env=env, check=True)  # noqa: S603


def fresh_services(leg, env):
    """A new database (and empty Redis database) for the leg, never anyone else's."""
    var = Path(env["GUYUB_VAR_DIR"])
    if var.exists():
        subprocess.run(["rm", "-rf", str(var)], check=True)  # noqa: S603, S607 - our own var dir
    var.mkdir(parents=True)
    if leg != "postgres":
        return
    import psycopg
    import redis

    name = DATABASE_URL.rsplit("/", 1)[1]
    with psycopg.connect(DATABASE_URL.rsplit("/", 1)[0] + "/postgres", autocommit=True) as db:
        db.execute(f'DROP DATABASE IF EXISTS "{name}"')
        db.execute(f'CREATE DATABASE "{name}"')
    redis.Redis.from_url(REDIS_URL).flushdb()


COMMENT_RULES = (
    "from comments.models import CommentSettings; from wagtail.models import Site; "
    "s = CommentSettings.for_site(Site.objects.get(is_default_site=True)); "
    "s.require_email_confirmation = False; s.ip_limit = 10000; s.email_limit = 10000; "
    "s.min_seconds_to_post = 0; s.save()"
)


def build_site(leg, env):
    fresh_services(leg, env)
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "load_demo_content")
    manage(env, "update_index")
    manage(env, "collectstatic", "--noinput", "-v0")
    # One comment every few seconds from one address: the flood limits would (rightly)
    # stop the commenter, and no inbox confirms the e-mail address.
    manage(env, "shell", "-c", COMMENT_RULES)


def start_servers(env, count, log):
    servers = []
    for number in range(count):
        port = FIRST_PORT + number
        # No access log: writing a line per request would be most of a cache hit's cost.
        server_env = {
            **env,
            "HOST": "127.0.0.1",
            "PORT": str(port),
            "GUNICORN_CMD_ARGS": "--access-logfile /dev/null",
        }
        process = subprocess.Popen(  # noqa: S603 - our own gunicorn and config
            [
                str(Path(PY).parent / "gunicorn"),
                "-c",
                "portal/gunicorn.conf.py",
            ],
            cwd=BASE_DIR,
            env=server_env,
            stdout=log,
            stderr=log,
            start_new_session=True,
        )
        servers.append((process, f"http://127.0.0.1:{port}"))
    for process, url in servers:
        for _ in range(120):
            try:
                if requests.get(url + "/healthz", timeout=2).status_code == 200:
                    break
            except requests.ConnectionError:
                pass
            if process.poll() is not None:
                raise RuntimeError(f"gunicorn for {url} exited; see {log.name}")
            time.sleep(0.5)
    return servers


def stop_servers(servers):
    for process, _url in servers:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
    for process, _url in servers:
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


def run_locust(env, hosts, out):
    locust_env = {**env, "LOADTEST_HOSTS": ",".join(hosts), "LOADTEST_OUT": str(out)}
    subprocess.run(  # noqa: S603 - our own locustfile
        [
            str(Path(PY).parent / "locust"),
            "-f",
            "bench/locustfile.py",
            "--headless",
            "--users",
            str(USERS),
            "--spawn-rate",
            str(USERS),
            "--run-time",
            f"{SECONDS}s",
            "--only-summary",
            "--loglevel",
            "WARNING",
        ],
        cwd=BASE_DIR,
        env=locust_env,
        check=False,
    )
    return json.loads(out.read_text())


def final_checks(env, result, hosts):
    """Every posted comment stored exactly once; every publish served by every server."""
    markers = result["comments"]
    counted = subprocess.run(  # noqa: S603
        [PY, "-m", "bench.loadtest", "count-comments", *markers],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    counts = json.loads(counted.stdout.strip().splitlines()[-1])
    comments_ok = all(counts.get(marker) == 1 for marker in markers)
    publish_problems = []
    for publish in result["publishes"]:
        for host in hosts:
            page = requests.get(host + publish["path"], timeout=30)
            if page.status_code != 200 or publish["title"] not in page.text:
                publish_problems.append(f"{host}{publish['path']}: {page.status_code}")
    newest = result["publishes"][-1]["title"] if result["publishes"] else None
    for host in hosts:
        if newest and newest not in requests.get(host + "/artikel/", timeout=30).text:
            publish_problems.append(f"{host}/artikel/ does not list {newest!r}")
    return {
        "comments_posted": len(markers),
        "comments_stored_once": sum(1 for marker in markers if counts.get(marker) == 1),
        "comments_ok": comments_ok,
        "publishes": len(result["publishes"]),
        "publish_problems": publish_problems,
    }


ORDER = [
    "home", "listing", "article", "category", "tag", "author", "archive", "directory",
    "group", "search", "crawler", "csrf", "comment-post", "editor-publish",
]  # fmt: skip


def report(leg, servers, result, checks):
    reader = result["reader_cache"]
    views = sum(reader.values())
    ratio = reader.get("hit", 0) / views if views else 0
    lines = [
        f"### {leg} ({servers} app server{'s' if servers > 1 else ''})",
        "",
        f"{result['requests']} requests in {SECONDS} s, **{result['rps']} requests/s**, "
        f"**{result['failures']} errors**; anonymous readers' cache hit ratio "
        f"**{ratio:.1%}** ({reader.get('hit', 0)} of {views} page views).",
        "",
        *(
            f"Anonymous page views answered as a cache {answered}: p50 {times.get('p50')} ms, "
            f"p95 {times.get('p95')} ms, **p99 {times.get('p99')} ms**."
            for answered, times in result.get("reader_times", {}).items()
            if times
        ),
        "",
        "| page type | requests | req/s | p50 ms | p95 ms | p99 ms | errors |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    names = sorted(result["per_type"], key=lambda n: ORDER.index(n) if n in ORDER else 99)
    for name in names:
        row = result["per_type"][name]
        lines.append(
            f"| {name} | {row['requests']} | {row['rps']} | {row['p50']} | {row['p95']} | "
            f"{row['p99']} | {row['failures']} |"
        )
    lines += [
        "",
        f"Final check: {checks['comments_stored_once']} of {checks['comments_posted']} posted "
        f"comments stored exactly once; {checks['publishes']} publishes, "
        + (
            "each served (page and listing) by every app server."
            if not checks["publish_problems"]
            else "problems: " + "; ".join(checks["publish_problems"])
        ),
    ]
    for error in result["errors"]:
        lines.append(f"- error: {error['name']}: {error['error']} x{error['count']}")
    return "\n".join(lines) + "\n"


def run_leg(leg):
    env = leg_environment(leg)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    print(f"== {leg}: building the demo site", flush=True)
    build_site(leg, env)
    count = 2 if leg == "postgres" else 1
    with open(OUT_DIR / f"{leg}-gunicorn.log", "w") as log:
        servers = start_servers(env, count, log)
        try:
            hosts = [url for _process, url in servers]
            print(f"== {leg}: {USERS} users for {SECONDS} s against {hosts}", flush=True)
            result = run_locust(env, hosts, OUT_DIR / f"{leg}-result.json")
            checks = final_checks(env, result, hosts)
        finally:
            stop_servers(servers)
    return report(leg, count, result, checks), result, checks


def publish(title):
    import django

    django.setup()
    from django.utils import timezone

    from articles.models import ArticleIndexPage, ArticlePage

    index = ArticleIndexPage.objects.get()
    article = ArticlePage(
        title=title,
        intro="Diterbitkan oleh penyunting selama uji beban.",
        date=timezone.now(),
    )
    index.add_child(instance=article)
    article.save_revision().publish()
    print(article.get_url_parts()[2])


def count_comments(markers):
    import django

    django.setup()
    from django_comments_xtd.models import XtdComment

    counts = {m: XtdComment.objects.filter(comment__contains=m).count() for m in markers}
    print(json.dumps(counts))


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["publish"]:
        return publish(argv[1])
    if argv[:1] == ["count-comments"]:
        return count_comments(argv[1:])
    legs = os.environ.get("LOADTEST_BACKENDS", "embedded postgres").split()
    sections, summary = [], {}
    for leg in legs:
        text, result, checks = run_leg(leg)
        sections.append(text)
        summary[leg] = {"result": result, "checks": checks}
    header = (
        f"Run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}: {USERS} Locust users, "
        f"{SECONDS} s per backend, gunicorn with {os.environ.get('LOADTEST_WORKERS', '2')} "
        f"sync workers per app server, Locust on the same machine.\n\n"
    )
    text = header + "\n".join(sections)
    (OUT_DIR / "report.md").write_text(text)
    print(text)
    failed = any(
        s["result"]["failures"] or not s["checks"]["comments_ok"] or s["checks"]["publish_problems"]
        for s in summary.values()
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
