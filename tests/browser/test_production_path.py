"""The production path in a real browser: production settings (DEBUG off, WhiteNoise and
hashed static files, CSP on), the anonymous page cache on, gunicorn, the demo site.

One server for the module (SQLite in a temporary folder, mail written to files). No
request leaves the machine: the map's tile server is answered by a local fake.
"""

import base64
import re
import time
import uuid
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from playwright.sync_api import expect

from tests.servers import Server, free_port, prepare_site, production_env, shell

TILE_HOST = "tiles.guyub.test"
TILE_URL = f"https://{TILE_HOST}/{{z}}/{{x}}/{{y}}.png"
# A 1x1 transparent PNG for every tile.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="
)
LOCAL = re.compile(r"^http://127\.0\.0\.1:\d+/")
LOCAL_MEDIA = re.compile(r"^http://127\.0\.0\.1:\d+/media/")
# Leaflet's own icon, from collected static files with a hashed name (never /kelompok/...).
MARKER_ICON = re.compile(r"^/static/vendor/leaflet/images/marker-icon(-2x)?\.[0-9a-f]{12}\.png$")
DISCOVER = """
import json
from articles.models import ArticlePage
from groups_directory.models import GroupDirectoryPage, GroupPage
article = ArticlePage.objects.live().filter(comments_enabled=True).order_by("-date").first()
index = article.get_parent().specific
category = article.categories.first()
tag = article.tags.first()
author = article.article_authors.first().author
group = GroupPage.objects.live().filter(latitude__isnull=False).exclude(email="").first()
print(json.dumps({
    "home": "/",
    "listing": index.url,
    "article": article.url,
    "category": index.url + index.reverse_subpage("category_view", kwargs={"slug": category.slug}),
    "tag": index.url + index.reverse_subpage("tag_view", kwargs={"slug": tag.slug}),
    "author": index.url + index.reverse_subpage("author_view", kwargs={"slug": author.slug}),
    "archive": index.url + "arsip/%d/" % article.date.year,
    "directory": GroupDirectoryPage.objects.live().first().url,
    "group": group.url,
    "search": "/cari/?q=arisan",
    "kontak": "/kontak/",
}))
"""


@pytest.fixture(scope="module")
def production(tmp_path_factory):
    var_dir = tmp_path_factory.mktemp("production")
    env = production_env(var_dir, free_port(), MAP_TILE_URL=TILE_URL)
    prepare_site(env)
    urls = shell(env, DISCOVER)
    server = Server(env, var_dir / "gunicorn.log")
    try:
        yield server, urls, var_dir
    finally:
        server.stop()


@pytest.fixture
def serve_media(production):
    """Uploaded media, served from disk as the proxy in front of gunicorn does (production
    settings never serve /media/ from Django; see docs/deploy.md)."""
    _server, _urls, var_dir = production

    def serve(route):
        path = var_dir / "media" / unquote(urlsplit(route.request.url).path.removeprefix("/media/"))
        if path.is_file():
            route.fulfill(path=path)
        else:
            route.fulfill(status=404)

    return serve


@pytest.fixture
def watched(page, serve_media):
    """The page, with every console error, CSP violation, failed request and tile request."""
    problems, tiles = [], []
    page.add_init_script(
        "document.addEventListener('securitypolicyviolation', e => console.error("
        "'CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));"
    )
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    page.on(
        "response",
        lambda r: (
            problems.append(f"{r.status} {r.url}")
            if r.status >= 400 and r.request.resource_type != "document"
            else None
        ),
    )
    # ERR_ABORTED: a request the browser cancelled itself when the next page loaded.
    page.on(
        "requestfailed",
        lambda r: (
            problems.append(f"failed {r.url} {r.failure}")
            if "ERR_ABORTED" not in r.failure
            else None
        ),
    )

    def route(route):
        url = route.request.url
        if url.startswith(f"https://{TILE_HOST}/"):
            tiles.append(url)
            route.fulfill(status=200, content_type="image/png", body=PNG)
        elif LOCAL_MEDIA.match(url):
            serve_media(route)
        elif LOCAL.match(url):
            route.continue_()
        else:  # nothing leaves the machine
            route.abort()

    page.route("**/*", route)
    return page, problems, tiles


def test_every_public_page_type_loads_without_errors_or_csp_violations(
    production, watched, screenshot
):
    server, urls, _var = production
    page, problems, tiles = watched
    for name, path in urls.items():
        response = page.goto(server.url + path)
        assert response.status == 200, path
        assert "default-src 'self'" in response.headers["content-security-policy"]
        page.wait_for_load_state("networkidle")
        if name == "directory":
            # The map: markers drawn from static files, tiles from the configured server.
            expect(page.locator(".leaflet-marker-icon").first).to_be_visible()
            icon = page.locator(".leaflet-marker-icon").first.get_attribute("src")
            assert MARKER_ICON.match(icon), icon
            assert tiles and all(url.startswith(f"https://{TILE_HOST}/") for url in tiles)
            screenshot("production-directory-map")
        assert problems == [], f"{name} ({path}): {problems}"
    response = page.goto(server.url + "/halaman-yang-tidak-ada/")
    assert response.status == 404
    page.wait_for_load_state("networkidle")
    expect(page.locator(".site-header")).to_be_visible()
    # Chromium logs the page's own 404 status as a console error; its styles, scripts and
    # images must all load.
    own_status = "Failed to load resource: the server responded with a status of 404 (Not Found)"
    assert [problem for problem in problems if problem != own_status] == [], f"404: {problems}"
    screenshot("production-404")


def latest_mail(var_dir, recipient):
    files = sorted((var_dir / "mail").glob("*.log"), key=lambda path: path.stat().st_mtime)
    for path in reversed(files):
        text = Path(path).read_text()
        if f"To: {recipient}" in text:
            return text
    raise AssertionError(f"no mail to {recipient}")


def test_anonymous_visitor_comments_on_a_cached_article(production, watched, screenshot):
    server, urls, var_dir = production
    page, problems, _tiles = watched
    url = server.url + urls["article"]
    page.goto(url)
    # The second visit is served from the page cache: no per-visitor token in it.
    assert page.goto(url).headers.get("x-guyub-cache") == "hit"
    assert not page.locator("[data-comment-form] input[name=csrfmiddlewaretoken]").input_value()

    token = uuid.uuid4().hex[:8]
    text = f"Terima kasih, kami ikut arisan bulan depan ({token})."
    form = page.locator("[data-comment-form]").first
    form.get_by_role("textbox", name=re.compile(r"^Komentar")).fill(text)
    form.get_by_role("textbox", name=re.compile(r"^Nama")).fill("Dewi Lestari")
    email = f"dewi-{token}@contoh.id"  # a first-time commenter
    form.get_by_role("textbox", name=re.compile(r"^Email")).fill(email)
    time.sleep(3.5)  # faster than the moderation rule's minimum counts as a robot
    form.get_by_role("button", name="Kirim Komentar").click()
    expect(page.get_by_role("heading", name="Periksa email Anda")).to_be_visible()
    screenshot("production-comment-check-email")

    mail = latest_mail(var_dir, email)
    link = re.search(r"(http://\S+/komentar/konfirmasi/\S+/)", mail).group(1)
    assert link.startswith(server.url + "/"), link  # the host and port actually served
    page.goto(link)
    expect(page.get_by_text(text)).to_be_visible()
    # The article's cached copy was refreshed: an anonymous reload shows the comment.
    page.context.clear_cookies()
    response = page.goto(url)
    assert text in response.text()
    assert problems == [], problems


def test_anonymous_visitor_reports_and_messages_a_group(production, watched, screenshot):
    server, urls, var_dir = production
    page, problems, _tiles = watched
    page.goto(server.url + urls["group"])
    assert page.goto(server.url + urls["group"]).headers.get("x-guyub-cache") == "hit"

    contact = page.locator("#kontak form")
    contact.get_by_label("Nama Anda").fill("Rina")
    contact.get_by_label("Email Anda").fill("rina@contoh.id")
    contact.get_by_label("Pesan").fill("Apakah masih menerima anggota baru?")
    contact.get_by_role("button", name="Kirim pesan").click()
    expect(page.get_by_text("Pesan Anda sudah diteruskan ke pengurus.")).to_be_visible()
    assert "Apakah masih menerima anggota baru?" in latest_mail(var_dir, page_email(server))

    count_reports = (
        "import json; from groups_directory.models import GroupReport; "
        "print(json.dumps(GroupReport.objects.count()))"
    )
    reports_before = shell(server.env, count_reports)
    page.get_by_text("Laporkan data tidak sesuai").click()
    report = page.locator("#laporkan form")
    report.get_by_role("radio").first.check()
    report.get_by_label("Keterangan").fill("Jadwalnya sudah pindah ke hari Jumat.")
    report.get_by_role("button", name="Kirim laporan").click()
    expect(page.get_by_text("Terima kasih, laporan Anda akan diperiksa moderator.")).to_be_visible()
    screenshot("production-group-report")
    assert shell(server.env, count_reports) == reports_before + 1
    assert problems == [], problems


def test_visitor_sends_a_message_from_the_cached_kontak_page(production, watched, screenshot):
    server, urls, var_dir = production
    page, problems, _tiles = watched
    url = server.url + urls["kontak"]
    page.goto(url)
    assert page.goto(url).headers.get("x-guyub-cache") == "hit"
    form = page.locator("form.stacked-form")
    assert not form.locator("input[name=csrfmiddlewaretoken]").input_value()

    token = uuid.uuid4().hex[:8]
    sender = f"rina-{token}@contoh.id"
    form.get_by_label("Nama", exact=True).fill("Rina Wati")
    form.get_by_label("E-mail", exact=True).fill(sender)
    form.get_by_label("Topik").select_option(label="Kerja sama")
    form.get_by_label("Pesan", exact=True).fill(f"Karang taruna kami ingin menulis ({token}).")
    time.sleep(3.5)  # faster than the moderation rule's minimum is held, not mailed
    form.get_by_role("button", name="Kirim pesan").click()

    expect(page.get_by_role("heading", name="Pesan terkirim")).to_be_visible()
    assert page.url == url + "?terkirim=1"
    screenshot("production-kontak-sent")
    mail = latest_mail(var_dir, "redaksi@guyub.invalid")
    assert token in mail
    assert f"Reply-To: {sender}" in mail
    assert problems == [], problems


def page_email(server):
    return shell(
        server.env,
        "import json; from groups_directory.models import GroupPage; print(json.dumps("
        "GroupPage.objects.live().filter(latitude__isnull=False).exclude(email='')"
        ".first().email))",
    )


def choose_region(page, field, value):
    page.wait_for_function(
        "([id, value]) => !!document.querySelector(`#${id} option[value='${value}']`)",
        arg=[f"id_{field}", value],
    )
    page.locator(f"#id_{field}").select_option(value)


def test_organiser_registers_a_group(production, watched, screenshot):
    server, urls, var_dir = production
    page, problems, _tiles = watched
    page.goto(server.url + urls["directory"] + "daftar/")
    page.get_by_label("Nama kelompok").fill("Arisan Srikandi Tebet")
    page.get_by_label("Ringkasan").fill("Arisan bulanan ibu-ibu sambil belajar merajut.")
    page.get_by_label("Kategori").select_option(label="Arisan")
    page.get_by_label("Cerita kelompok").fill("Kami berkumpul setiap Kamis malam.")
    choose_region(page, "provinsi", "31")
    choose_region(page, "kabupaten", "31.74")
    choose_region(page, "kecamatan", "31.74.01")
    choose_region(page, "desa", "31.74.01.1002")
    page.get_by_label("Seberapa sering berkumpul").select_option("weekly")
    page.get_by_label("Hari", exact=True).select_option(label="Kamis")
    page.get_by_label("Jam mulai").fill("19:30")
    page.get_by_label("Siapa yang boleh ikut").select_option("ibu")
    page.get_by_label("Nama narahubung").fill("Bu Wulan")
    page.get_by_label("Nomor WhatsApp").fill("0812 3456 7890")
    page.get_by_label("Email pengurus").fill("wulan@contoh.invalid")
    page.get_by_role("button", name="Kirim pendaftaran").click()
    expect(page.get_by_role("heading", name="Terima kasih, pendaftaran terkirim")).to_be_visible()
    screenshot("production-group-registered")

    mail = latest_mail(var_dir, "wulan@contoh.invalid")
    link = re.search(r"(http://\S+/kelompok/kelola/\S+/)", mail).group(1)
    assert link.startswith(server.url + "/"), link
    page.goto(link)
    expect(page.get_by_text("Arisan Srikandi Tebet").first).to_be_visible()
    assert problems == [], problems
