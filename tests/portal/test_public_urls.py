"""Every absolute URL the site hands out uses one host: the one it is served on.

The site is served here as http://guyub.test:8765 (a host and port no default points
at), while the database keeps what a fresh migration writes: Wagtail's Site is
localhost:80 and django.contrib.sites' Site is example.com. Pages, feeds, the sitemap
and robots.txt must use the request's host; mail uses WAGTAILADMIN_BASE_URL.
"""

import html
import io
import re
import time
from decimal import Decimal
from urllib.parse import unquote, urlsplit

import pytest
from django.contrib.auth.models import Group
from django.contrib.sites.models import Site as DjangoSite
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django_comments_xtd.models import XtdComment
from wagtail.models import Site

from comments import notifications
from comments.forms import CommentForm
from comments.models import CommentSettings
from core.roles import MODERATORS
from groups_directory.models import GroupDirectoryPage
from home.models import StandardPage
from tests.articles.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    AuthorFactory,
    CategoryFactory,
)
from tests.comments.conftest import CONFIRM_RE
from tests.groups_directory.factories import make_group
from tests.groups_directory.test_submission import valid_data

pytestmark = pytest.mark.django_db

HOST = "guyub.test:8765"
BASE = f"http://{HOST}"
# Addresses of other services that pages link to on purpose (share buttons, XML
# namespaces, a group's own social page).
EXTERNAL_HOSTS = {
    "wa.me",
    "www.facebook.com",
    "x.com",
    "t.me",
    "schema.org",
    "www.w3.org",
    "www.sitemaps.org",
    "www.google.com",
    "purl.org",
    "www.instagram.com",
    "tile.openstreetmap.org",  # the map's tile server (MAP_TILE_URL)
}
WRONG_HOSTS = ("localhost", "example.com", "127.0.0.1", "testserver")
URL_RE = re.compile(r"https?://[^\s\"'<>\\)]+")


def absolute_hosts(text):
    """The host of every absolute URL in ``text``, also those inside encoded parameters."""
    text = html.unescape(text)
    for _ in range(3):  # share links carry the page URL percent-encoded, sometimes twice
        text = unquote(text)
    return [urlsplit(url.rstrip(".,;")).netloc for url in URL_RE.findall(text)]


def assert_own_host_only(label, text, *, has_links=True):
    hosts = absolute_hosts(text)
    own = {host for host in hosts if host not in EXTERNAL_HOSTS}
    allowed = [{HOST}] if has_links else [{HOST}, set()]
    assert own in allowed, f"{label}: absolute URLs on {own or 'no host'}, expected only {HOST}"
    for wrong in WRONG_HOSTS:
        assert wrong not in text, f"{label} mentions {wrong}"


@pytest.fixture
def served_elsewhere(settings):
    settings.WAGTAILADMIN_BASE_URL = BASE
    settings.ALLOWED_HOSTS = ["guyub.test"]
    # The records a fresh database holds; nothing below may depend on them.
    assert Site.objects.get().root_url == "http://localhost"
    assert DjangoSite.objects.get().domain == "example.com"
    return Client(HTTP_HOST=HOST)


@pytest.fixture
def world(home_page, django_user_model):
    owner = django_user_model.objects.create_user(
        "redaksi", email="redaksi@guyub.test", password="rahasia-redaksi"
    )
    index = ArticleIndexPageFactory(parent=home_page)
    category = CategoryFactory(slug="kegiatan")
    author = AuthorFactory(slug="siti")
    article = ArticlePageFactory(
        parent=index,
        title="Arisan warga bulan ini",
        slug="arisan-warga",
        owner=owner,
        comments_enabled=True,
        authors=[author],
        categories=[category],
        tags=["arisan"],
    )
    about = StandardPage(title="Tentang Kami", slug="tentang-kami", intro="Tentang Guyub.")
    home_page.add_child(instance=about)
    directory = GroupDirectoryPage(title="Direktori Kelompok", slug="kelompok")
    home_page.add_child(instance=directory)
    group = make_group(
        directory, "Arisan Melati", latitude=Decimal("-6.2"), longitude=Decimal("106.8")
    )
    # Gets the held-comment mail (superusers by default) and Wagtail's workflow mail.
    moderator = django_user_model.objects.create_superuser(
        "moderator", "moderator@guyub.test", "rahasia-moderator"
    )
    moderator.groups.add(Group.objects.get(name=MODERATORS))
    return {"article": article, "directory": directory, "group": group, "about": about}


def get(client, path, status=200):
    response = client.get(path)
    assert response.status_code == status, path
    return response.content.decode()


def test_every_public_page_feed_and_sitemap_uses_the_served_host(served_elsewhere, world):
    client = served_elsewhere
    year = world["article"].date.year
    pages = {
        "home": "/",
        "listing": "/artikel/",
        "article": "/artikel/arisan-warga/",
        "category": "/artikel/kategori/kegiatan/",
        "tag": "/artikel/tag/arisan/",
        "author": "/artikel/penulis/siti/",
        "archive": f"/artikel/arsip/{year}/",
        "directory": "/kelompok/",
        "group page": world["group"].url,
        "standard page": "/tentang-kami/",
        "RSS": "/artikel/feed/",
        "Atom": "/artikel/feed/atom/",
        "category RSS": "/artikel/kategori/kegiatan/feed/",
        "comment feed": "/komentar/terbaru/feed/",
        "iCal": world["group"].url + "kalender/",
        "robots.txt": "/robots.txt",
        "sitemap index": "/sitemap.xml",
    }
    for label, path in pages.items():
        assert_own_host_only(label, get(client, path))
    assert_own_host_only("404", get(client, "/tidak-ada-di-sini/", status=404), has_links=False)
    # Search results have no canonical link (they are not indexed): relative links only.
    assert_own_host_only("search", get(client, "/cari/?q=arisan"), has_links=False)
    assert_own_host_only("GeoJSON", get(client, "/kelompok/peta/"), has_links=False)

    sections = re.findall(rf"{re.escape(BASE)}(/sitemap-[^<]+\.xml)", get(client, "/sitemap.xml"))
    assert sections
    for section in sections:
        assert_own_host_only(section, get(client, section))


def test_article_links_for_sharing_use_the_served_host(served_elsewhere, world):
    body = get(served_elsewhere, "/artikel/arisan-warga/")
    page_url = f"{BASE}/artikel/arisan-warga/"
    assert f'<link rel="canonical" href="{page_url}">' in body
    assert f'<meta property="og:url" content="{page_url}">' in body
    encoded = "http%3A%2F%2Fguyub.test%3A8765%2Fartikel%2Farisan-warga%2F"
    for share in ("wa.me/?text=", "facebook.com/sharer/sharer.php?u=", "x.com/intent/post?url="):
        assert re.search(re.escape(share) + r"[^\"]*" + encoded, body), share


def test_comment_feed_does_not_use_django_sites_domain(served_elsewhere, world):
    article = world["article"]
    XtdComment.objects.create(
        content_object=article, site_id=1, user_name="Budi", user_email="b@contoh.id",
        comment="Mantap.", is_public=True,
    )  # fmt: skip
    body = get(served_elsewhere, "/komentar/terbaru/feed/")
    assert f"<link>{BASE}/</link>" in body
    assert f"{BASE}/artikel/arisan-warga/#c" in body


def comment_post(client, page, **fields):
    security = {
        "content_type": str(page._meta),
        "object_pk": str(page.pk),
        # Rendered half a minute ago: faster submissions are treated as bots.
        "timestamp": str(int(time.time()) - 30),
    }
    data = {
        **security,
        "security_hash": CommentForm(page).generate_security_hash(**security),
        "name": "Siti",
        "email": "siti@contoh.id",
        "url": "",
        "comment": "Sampai ketemu di arisan!",
        "reply_to": "0",
        "honeypot": "",
        **fields,
    }
    response = client.post("/komentar/kirim/", data)
    assert response.status_code in (200, 302)


def test_every_mail_links_to_the_configured_host(served_elsewhere, world, site):
    client = served_elsewhere
    article, group = world["article"], world["group"]

    # A first-time commenter: the confirmation link must reach the site.
    comment_post(client, article, followup="on")
    confirmation = mail.outbox[-1]
    assert CONFIRM_RE.search(confirmation.body)
    assert f"{BASE}/komentar/konfirmasi/" in confirmation.body
    assert client.get(CONFIRM_RE.search(confirmation.body).group(1)).status_code == 303
    follower = XtdComment.objects.get(user_email="siti@contoh.id")
    assert follower.is_public

    # A reply: authors get "new comment", followers "reply" with an unsubscribe link.
    reply = XtdComment.objects.create(
        content_object=article, site_id=1, user_name="Budi", user_email="budi@contoh.id",
        comment="Saya ikut!", is_public=True,
    )  # fmt: skip
    mail.outbox.clear()
    notifications.notify_page_authors(reply, article)
    notifications.notify_followers(reply, article)
    # A held comment: the moderators' mail links to the admin.
    notifications.notify_moderators(reply, article, CommentSettings.for_site(site), "tautan")
    followup = next(m for m in mail.outbox if "siti@contoh.id" in m.to)
    assert f"{BASE}/komentar/berhenti/" in followup.body
    assert followup.extra_headers["List-Unsubscribe"].startswith(f"<{BASE}/komentar/berhenti/")
    assert len(mail.outbox) == 3

    # A group registration: organiser and moderator mails (ours and Wagtail's workflow).
    directory = world["directory"]
    submit = directory.url + directory.reverse_subpage("submit_route")
    response = client.post(submit, valid_data(category=group.category.pk))
    assert response.status_code == 302
    assert response["Location"].endswith("/daftar/terkirim/")
    assert "sinta@contoh.invalid" in [address for m in mail.outbox for address in m.to]
    # A reader's message to a group.
    response = client.post(
        group.url + "kontak/",
        {"sender_name": "Rina", "sender_email": "rina@contoh.id", "message": "Boleh ikut?"},
    )
    assert response.status_code == 302

    subjects = [message.subject for message in mail.outbox]
    assert any(s.startswith("Pendaftaran kelompok diterima") for s in subjects), subjects
    assert any(s.startswith("Pesan baru untuk") for s in subjects), subjects
    with_links = 0
    for message in [confirmation, *mail.outbox]:
        for wrong in WRONG_HOSTS:
            assert wrong not in message.body, f"{message.subject} mentions {wrong}"
        if absolute_hosts(message.body):
            with_links += 1
            assert_own_host_only(message.subject, message.body)
    # Confirmation, new comment, reply, held, organiser, moderator, Wagtail's workflow.
    assert with_links >= 7, [m.subject for m in mail.outbox]


def test_set_site_url_points_both_site_records_at_the_served_address(db, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://guyub.example"
    call_command("set_site_url", stdout=io.StringIO())
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("guyub.example", 443)
    assert DjangoSite.objects.get().domain == "guyub.example"

    call_command("set_site_url", "http://127.0.0.1:8765/", stdout=io.StringIO())
    site.refresh_from_db()
    assert site.root_url == "http://127.0.0.1:8765"
    assert DjangoSite.objects.get().domain == "127.0.0.1:8765"


def test_set_site_url_refuses_an_address_with_a_path(db):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="scheme and host"):
        call_command("set_site_url", "guyub.example/blog")
