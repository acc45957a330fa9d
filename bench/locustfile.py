"""Mixed load for ``make loadtest`` (bench/loadtest.py starts the servers and reads the result).

Readers (90% of users) browse every public page type anonymously; searchers query the
search page; one commenter posts a comment every few seconds from a (cached) article
page, with its CSRF token from /csrf/ as static/js/csrf.js does; one editor publishes an
article every minute; one crawler walks listing page numbers past the last page. Users
are spread over every app server in LOADTEST_HOSTS. At the end the posted comments and
publishes, the anonymous readers' cache hits (counted after every page was visited once
on every server: the hit ratio is about the misses the writes cause, not the first fill)
and the stats per page type go to LOADTEST_OUT (JSON).
"""

import json
import os
import random
import re
import subprocess
import sys
import time
import uuid
from collections import Counter

import requests
from locust import HttpUser, between, constant, events, task

HOSTS = os.environ.get("LOADTEST_HOSTS", "http://127.0.0.1:8810").split(",")
OUT = os.environ.get("LOADTEST_OUT", "var/loadtest/result.json")
PUBLISH_EVERY = float(os.environ.get("LOADTEST_PUBLISH_SECONDS", "60"))
COMMENT_EVERY = float(os.environ.get("LOADTEST_COMMENT_SECONDS", "3"))
SEARCH_WORDS = ["arisan", "posyandu", "kerja bakti", "pengajian", "ronda", "sepak bola"]

URLS = {}  # page type -> [paths], found by walking the site once at the start
hits = Counter()  # "hit" / "miss" / "none" for anonymous readers' page views
reader_times = {"hit": [], "miss": []}  # ms per anonymous page view, by how it was answered
posted_comments = []
publishes = []


def _links(html, pattern):
    return sorted(set(re.findall(rf'href="({pattern})"', html)))


@events.test_start.add_listener
def discover(environment, **kwargs):
    base = HOSTS[0]
    home = requests.get(base + "/", timeout=30).text
    listing = requests.get(base + "/artikel/", timeout=30).text
    articles = _links(listing, r"/artikel/(?!kategori/|tag/|penulis/|arsip/|feed/)[^\"/?#]+/")
    pages = "".join(requests.get(base + a, timeout=30).text for a in articles[:5])
    directory = requests.get(base + "/kelompok/", timeout=30).text
    URLS.update(
        {
            "home": ["/"],
            "listing": ["/artikel/"],
            "article": articles,
            "category": _links(pages + listing, r"/artikel/kategori/[^\"/?#]+/"),
            "tag": _links(pages, r"/artikel/tag/[^\"/?#]+/"),
            "author": _links(pages, r"/artikel/penulis/[^\"/?#]+/"),
            "archive": _links(listing, r"/artikel/arsip/\d{4}/\d{2}/"),
            "directory": ["/kelompok/"],
            "group": _links(directory, r"/kelompok/(?!peta/|wilayah/|daftar/)[^\"/?#]+/"),
        }
    )
    URLS.update({kind: paths for kind, paths in URLS.items() if paths})
    missing = [kind for kind, paths in URLS.items() if not paths]
    assert not missing and home, f"no pages found for {missing}"
    # A running site is warm: each page's first render after the site was built is not
    # what the hit ratio is about (misses caused by the writes during the run are), so
    # every page is visited once on every server before the measured run starts.
    for host in HOSTS:
        for paths in URLS.values():
            for path in paths:
                requests.get(host + path, timeout=30)


class SiteUser(HttpUser):
    abstract = True
    host = HOSTS[0]

    def on_start(self):
        # Each user talks to one app server, as behind a load balancer with sticky routing.
        self.client.base_url = random.choice(HOSTS)  # noqa: S311 - load spread, not security


class Reader(SiteUser):
    weight = 90
    wait_time = between(0.05, 0.3)

    @task
    def read(self):
        kind = random.choice(list(URLS))  # noqa: S311
        path = random.choice(URLS[kind])  # noqa: S311
        self.client.cookies.clear()  # anonymous: no cookie at all
        with self.client.get(path, name=kind, catch_response=True) as response:
            answered = response.headers.get("X-Guyub-Cache", "none")
            hits[answered] += 1
            if answered in reader_times:
                reader_times[answered].append(response.request_meta["response_time"])
            if response.status_code != 200:
                response.failure(f"{response.status_code} for {path}")


class Searcher(SiteUser):
    weight = 8
    wait_time = between(0.5, 2)

    @task
    def search(self):
        word = random.choice(SEARCH_WORDS)  # noqa: S311
        self.client.get("/cari/", params={"q": word}, name="search")


class Crawler(SiteUser):
    fixed_count = 1
    wait_time = constant(0.05)

    def on_start(self):
        super().on_start()
        self.number = 1

    @task
    def walk(self):
        path = random.choice(["/artikel/", "/kelompok/", "/"])  # noqa: S311
        with self.client.get(
            path, params={"page": self.number}, name="crawler", catch_response=True
        ) as response:
            if response.status_code == 404 and path != "/":
                self.number = 0  # past the last page: start over
                response.success()
            elif response.status_code != 200:
                response.failure(f"{response.status_code} for {path}?page={self.number}")
        self.number += 1


class Commenter(SiteUser):
    fixed_count = 1
    wait_time = constant(COMMENT_EVERY)

    @task
    def comment(self):
        path = random.choice(URLS["article"])  # noqa: S311
        self.client.cookies.clear()
        page = self.client.get(path, name="article").text
        form = dict(
            re.findall(
                r'name="(content_type|object_pk|timestamp|security_hash)"'
                r'[^>]*value="([^"]*)"',
                page,
            )
        )
        token = self.client.get("/csrf/", name="csrf").json()["token"]
        marker = f"loadtest-{uuid.uuid4().hex[:12]}"
        data = {
            **form,
            "csrfmiddlewaretoken": token,
            "name": "Penguji Beban",
            "email": "beban@contoh.invalid",
            "url": "",
            "comment": f"Komentar uji beban {marker}.",
            "reply_to": "0",
            "honeypot": "",
        }
        # Production cookies are Secure; on plain-HTTP loopback the client would not send
        # it back, so the CSRF cookie goes in by hand (the browser gets it over HTTPS).
        cookie = self.client.cookies.get("csrftoken", "")
        with self.client.post(
            "/komentar/kirim/",
            data=data,
            headers={"Cookie": f"csrftoken={cookie}", "Referer": self.client.base_url + path},
            name="comment-post",
            catch_response=True,
            allow_redirects=False,
        ) as response:
            # 302/303: published and sent on to the comment; 200: "check your e-mail".
            if response.status_code not in (200, 302, 303):
                response.failure(f"comment answered {response.status_code}")
            else:
                posted_comments.append(marker)


class Editor(SiteUser):
    fixed_count = 1
    wait_time = constant(PUBLISH_EVERY)

    @task
    def publish(self):
        title = f"Kabar uji beban {uuid.uuid4().hex[:8]}"
        start = time.perf_counter()
        for _attempt in range(3):
            result = subprocess.run(  # noqa: S603 - our own module, fixed arguments
                [sys.executable, "-m", "bench.loadtest", "publish", title],
                capture_output=True,
                text=True,
                check=False,
            )
            # SQLite lets one writer in at a time; an editor's "Publish" is retried too.
            if result.returncode == 0 or "database is locked" not in result.stderr:
                break
            time.sleep(1)
        elapsed = (time.perf_counter() - start) * 1000
        ok = result.returncode == 0
        events.request.fire(
            request_type="PUBLISH",
            name="editor-publish",
            response_time=elapsed,
            response_length=0,
            exception=None if ok else RuntimeError(result.stderr[-500:]),
        )
        if ok:
            publishes.append({"title": title, "path": result.stdout.strip().splitlines()[-1]})


def _percentiles(times):
    ordered = sorted(times)
    if not ordered:
        return {}
    return {
        f"p{q}": round(ordered[min(len(ordered) - 1, int(len(ordered) * q / 100))], 1)
        for q in (50, 95, 99)
    }


@events.quitting.add_listener
def write_result(environment, **kwargs):
    stats = environment.stats
    per_type = {}
    for (name, _method), entry in sorted(stats.entries.items()):
        per_type[name] = {
            "requests": entry.num_requests,
            "failures": entry.num_failures,
            "rps": round(entry.total_rps, 1),
            "p50": entry.get_response_time_percentile(0.5),
            "p95": entry.get_response_time_percentile(0.95),
            "p99": entry.get_response_time_percentile(0.99),
        }
    total = stats.total
    result = {
        "hosts": HOSTS,
        "requests": total.num_requests,
        "failures": total.num_failures,
        "rps": round(total.total_rps, 1),
        "errors": [
            {"name": e.name, "error": str(e.error), "count": e.occurrences}
            for e in stats.errors.values()
        ],
        "per_type": per_type,
        "reader_cache": dict(hits),
        # "Cached p99" is about the pages the cache answered; a miss renders the page.
        "reader_times": {answered: _percentiles(times) for answered, times in reader_times.items()},
        "comments": posted_comments,
        "publishes": publishes,
    }
    with open(OUT, "w") as out:
        json.dump(result, out, indent=2)
