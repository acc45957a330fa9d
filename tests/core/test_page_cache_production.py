"""The page cache on the production path (issue #20, items 3-5): crawlers and visitors
cannot flush it, each change refreshes what it changed, and a deploy starts afresh."""

import os
import time

import pytest
from django.core.management import call_command
from django.db.models import Model
from django.test import Client
from django.urls import reverse
from django_comments.models import CommentFlag
from django_comments_xtd.models import XtdComment
from wagtail.models import Page

from comments.models import CommentReaction, CommentReport
from core.cache import (
    GENERATION_KEY,
    fragment_cache,
    get_generation,
    page_cache,
    state_cache,
)
from groups_directory.models import GroupReport
from home.models import SiteSettings, StandardPage
from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from tests.groups_directory.factories import make_group

pytestmark = pytest.mark.django_db

CACHE_HEADER = "X-Guyub-Cache"


@pytest.fixture(autouse=True)
def page_cache_on(settings, site):
    settings.GUYUB_PAGE_CACHE = True
    SiteSettings.for_site(site)


@pytest.fixture
def index(home_page):
    return ArticleIndexPageFactory(parent=home_page)


@pytest.fixture
def article(index):
    return ArticlePageFactory(parent=index, title="Kerja bakti Minggu", slug="kerja-bakti")


@pytest.fixture
def directory(home_page):
    from groups_directory.models import GroupDirectoryPage

    page = GroupDirectoryPage(title="Direktori Kelompok", slug="kelompok")
    home_page.add_child(instance=page)
    return page


@pytest.fixture
def group(directory):
    return make_group(directory, "Arisan Melati RT 04")


def get(path, **kwargs):
    return Client().get(path, **kwargs)


# Item 3: crawlers cannot fill or empty the cache ----------------------------------


def test_700_page_numbers_leave_the_home_page_cached_and_the_generation_intact(home_page):
    assert get("/")[CACHE_HEADER] == "miss"
    generation = get_generation()
    for number in range(1, 701):
        assert get("/", query_params={"page": number})[CACHE_HEADER] == "hit"
    assert get("/")[CACHE_HEADER] == "hit"
    assert get_generation() == generation


def test_a_full_page_cache_never_evicts_the_generation(home_page):
    get("/")
    generation = get_generation()
    pages = page_cache()
    for number in range(2000):  # far past the alias's MAX_ENTRIES: it culls
        pages.set(f"filler:{number}", b"x" * 100)
    assert state_cache().get(GENERATION_KEY) == generation


def test_article_listing_pages_past_the_last_answer_404_and_are_not_stored(index, article):
    assert get(index.url)[CACHE_HEADER] == "miss"
    for number in ("2", "999", "0", "abc"):
        response = get(index.url, query_params={"page": number})
        assert response.status_code == 404, number
        assert CACHE_HEADER not in response
    assert get(index.url, query_params={"page": "1"}).status_code == 200


@pytest.mark.parametrize(
    "route",
    ["kategori/warga/", "tag/gotong-royong/", "penulis/siti/", "arsip/{year}/"],
)
def test_every_article_listing_answers_404_past_its_last_page(index, route):
    from articles.models import Author, Category

    category = Category.objects.create(name="Warga", slug="warga")
    author = Author.objects.create(name="Siti", slug="siti")
    article = ArticlePageFactory(
        parent=index, categories=[category], tags=["gotong-royong"], authors=[author]
    )
    url = index.url + route.format(year=article.date.year)
    assert get(url).status_code == 200
    assert get(url, query_params={"page": "2"}).status_code == 404


def test_directory_and_search_results_answer_404_past_their_last_page(directory, group):
    assert get(directory.url).status_code == 200
    assert get(directory.url, query_params={"page": "5"}).status_code == 404
    search = reverse("search")
    assert get(search, query_params={"q": "arisan", "page": "50"}).status_code == 404


def test_listing_pages_are_cached_by_page_number(index):
    for number in range(12):
        ArticlePageFactory(parent=index, slug=f"kabar-{number}")
    assert get(index.url, query_params={"page": "2"})[CACHE_HEADER] == "miss"
    assert get(index.url, query_params={"page": "2", "utm_source": "wa"})[CACHE_HEADER] == "hit"
    assert get(index.url)[CACHE_HEADER] == "miss"


# Item 4: only what changes public output refreshes the cache ---------------------


def test_a_new_draft_page_keeps_the_cache(home_page):
    get("/")
    generation = get_generation()
    draft = StandardPage(title="Draf", slug="draf", live=False)
    home_page.add_child(instance=draft)
    draft.save_revision()
    assert get_generation() == generation
    assert get("/")[CACHE_HEADER] == "hit"


def test_a_public_group_submission_keeps_the_cache(directory):
    get("/")
    generation = get_generation()
    submitted = make_group(directory, "Kelompok baru dari warga", live=False)
    submitted.save_revision()
    assert get_generation() == generation


def test_a_group_report_keeps_the_cache(group):
    get(group.url)
    generation = get_generation()
    response = Client().post(
        f"{group.url}laporkan/",
        {"reason": GroupReport._meta.get_field("reason").choices[0][0], "details": "Tutup."},
    )
    assert response.status_code in (200, 302)
    assert GroupReport.objects.count() == 1
    assert get_generation() == generation
    assert get(group.url)[CACHE_HEADER] == "hit"


@pytest.fixture
def commented(article):
    from django.contrib.contenttypes.models import ContentType

    def add(is_public=True, **fields):
        return XtdComment.objects.create(
            content_type=ContentType.objects.get_for_model(article),
            object_pk=str(article.pk),
            site_id=1,
            user_name="Siti",
            user_email="siti@contoh.invalid",
            comment=fields.pop("comment", "Siap ikut!"),
            is_public=is_public,
            **fields,
        )

    return add


def warm(*urls):
    for url in urls:
        get(url)
        assert get(url)[CACHE_HEADER] == "hit", url


def test_a_held_comment_keeps_every_page(index, article, group, commented):
    warm("/", index.url, article.url, group.url)
    generation = get_generation()
    commented(is_public=False, comment="Menunggu moderasi")
    assert get_generation() == generation
    for url in ("/", index.url, article.url, group.url):
        assert get(url)[CACHE_HEADER] == "hit", url


@pytest.fixture
def clock(monkeypatch):
    """The page cache's wall clock, moved by hand (``clock.now += 61``)."""

    class Clock:
        now = 1_800_000_000.0

    monkeypatch.setattr("core.cache._now", lambda: Clock.now)
    return Clock


def approve(comment):
    comment.is_public = True  # what the moderator's "Setujui" does
    comment.save()


def test_an_approved_comment_shows_on_its_page_at_once_and_on_listings_within_the_window(
    index, article, group, commented, clock, settings
):
    settings.GUYUB_PAGE_CACHE_LISTINGS_SECONDS = 60
    other = ArticlePageFactory(parent=index, title="Kabar lain", slug="kabar-lain")
    warm("/", index.url, article.url, other.url, group.url)
    generation = get_generation()
    comment = commented(is_public=False, comment="Disetujui moderator")
    approve(comment)
    assert get_generation() == generation
    page = get(article.url)
    assert page[CACHE_HEADER] == "miss"
    assert "Disetujui moderator" in page.content.decode()
    # Inside the window the listings keep their entry, the count one comment behind.
    listing = get(index.url)
    assert listing[CACHE_HEADER] == "hit"
    assert "1 komentar" not in listing.content.decode()
    assert get("/")[CACHE_HEADER] == "hit"

    clock.now += 60
    listing = get(index.url)
    assert listing[CACHE_HEADER] == "miss"
    assert "1 komentar" in listing.content.decode()
    assert get("/")[CACHE_HEADER] == "miss"
    assert get(other.url)[CACHE_HEADER] == "hit"
    assert get(group.url)[CACHE_HEADER] == "hit"


def test_a_stream_of_comments_renders_each_listing_once_per_window(
    index, article, commented, clock, settings
):
    settings.GUYUB_PAGE_CACHE_LISTINGS_SECONDS = 60
    warm(index.url)
    rendered = []
    for second in range(0, 180, 3):  # a comment every 3 s for three minutes
        clock.now += 3
        approve(commented(is_public=False, comment=f"Komentar detik {second}"))
        if get(index.url)[CACHE_HEADER] == "miss":
            rendered.append(second)
    assert len(rendered) == 3, rendered
    clock.now += 60
    assert "60 komentar" in get(index.url).content.decode()


def test_listings_without_new_comments_stay_cached_past_the_window(index, article, clock, settings):
    settings.GUYUB_PAGE_CACHE_LISTINGS_SECONDS = 60
    warm("/", index.url)
    clock.now += 600
    assert get("/")[CACHE_HEADER] == "hit"
    assert get(index.url)[CACHE_HEADER] == "hit"


def test_a_publish_shows_on_every_listing_at_once_even_inside_the_comment_window(
    index, article, commented, clock, settings
):
    settings.GUYUB_PAGE_CACHE_LISTINGS_SECONDS = 60
    warm("/", index.url)
    approve(commented(is_public=False, comment="Baru saja"))
    assert get(index.url)[CACHE_HEADER] == "hit"  # inside the window
    ArticlePageFactory(parent=index, title="Kabar terbit sekarang", slug="terbit-sekarang")
    for url in ("/", index.url):
        response = get(url)
        assert response[CACHE_HEADER] == "miss", url
        assert "Kabar terbit sekarang" in response.content.decode(), url


def test_hiding_a_comment_refreshes_its_page(article, commented):
    comment = commented(comment="Salah ketik")
    warm(article.url)
    comment.is_removed = True
    comment.save()
    page = get(article.url)
    assert page[CACHE_HEADER] == "miss"
    assert "Salah ketik" not in page.content.decode()


def test_reports_and_likes_never_refresh_the_site(index, article, commented, owner_user):
    comment = commented()
    warm("/", index.url, article.url)
    generation = get_generation()
    CommentFlag.objects.create(comment=comment, user=owner_user, flag=CommentFlag.SUGGEST_REMOVAL)
    CommentReport.objects.create(comment=comment, reason=CommentReport.Reason.SPAM)
    CommentReaction.objects.create(comment=comment, kind="like", browser_hash="a" * 64)
    assert get_generation() == generation
    # Not even the comment's own page: comments/reactions.py says why.
    for url in (article.url, "/", index.url):
        assert get(url)[CACHE_HEADER] == "hit", url


@pytest.fixture
def owner_user(db):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_user("pembaca", password="rahasia-pembaca")


def test_editing_a_live_page_without_publishing_it_keeps_the_cache(home_page, article):
    warm("/")
    article.title = "Judul draf"
    article.save_revision()
    assert get("/")[CACHE_HEADER] == "hit"


def test_a_snippet_shown_on_pages_refreshes_them(index, article):
    from articles.models import Category

    category = Category.objects.create(name="Warga", slug="warga")
    article.categories.set([category])
    article.save_revision().publish()
    warm(article.url)
    category.name = "Kabar Warga"
    category.save()
    assert get(article.url)[CACHE_HEADER] == "miss"


# Item 5: deploys and migrations ---------------------------------------------------


def test_migrate_starts_a_new_generation(home_page):
    warm("/")
    generation = get_generation()
    call_command("migrate", verbosity=0)
    assert get_generation() != generation
    assert get("/")[CACHE_HEADER] == "miss"


def _holds_model_instances(value):
    if isinstance(value, Model):
        return True
    if isinstance(value, list | tuple | set):
        return any(_holds_model_instances(item) for item in value)
    if isinstance(value, dict):
        return any(_holds_model_instances(item) for item in value.values())
    return False


def test_routing_and_settings_caches_hold_plain_rows(client, index, article, site):
    client.get(article.url)
    keys = [
        "guyub:fragment:site:testserver:80",
        f"guyub:fragment:route:{site.root_page_id}:{index.slug}",
        f"guyub:fragment:setting:home.sitesettings:{site.pk}",
    ]
    found = fragment_cache().get_many(keys)
    assert set(found) == set(keys)
    for key, value in found.items():
        assert not _holds_model_instances(value), key


def test_the_site_and_pages_from_the_cache_are_full_instances(
    client, index, article, django_assert_num_queries
):
    client.get(article.url)
    from core.routing import route_through

    home = Page.objects.get(pk=index.get_parent().pk).specific
    with django_assert_num_queries(0):
        child = route_through(home, index.slug)
        assert child.title == index.title
        assert child.url_path == index.url_path
    assert type(child) is type(index)


def test_a_parent_set_while_routing_is_used_without_a_query(index, django_assert_num_queries):
    """Pins ``_cached_parent_obj`` (core/routing.py, home/models.py): treebeard's
    ``get_parent`` returns it, which no public API offers."""
    child = Page.objects.get(pk=index.pk)
    parent = child.get_parent()
    child = Page.objects.get(pk=index.pk)
    child._cached_parent_obj = parent
    with django_assert_num_queries(0):
        assert child.get_parent() is parent


def test_a_site_set_on_the_request_is_the_one_wagtail_uses(rf, site, django_assert_num_queries):
    """Pins ``request._wagtail_site`` (core/routing.py): ``Site.find_for_request`` returns
    the site the middleware put there without looking it up."""
    from wagtail.models import Site

    request = rf.get("/")
    request._wagtail_site = site
    with django_assert_num_queries(0):
        assert Site.find_for_request(request) is site


def test_a_route_with_its_own_parameters_is_cached_per_value(directory):
    # Regression: the region endpoint is a route of the directory page, whose declaration
    # (filters, page number) ignores "induk"; the cache then answered every region's
    # children with the first region asked for, and the registration form's kecamatan
    # list never filled in with the page cache on.
    url = directory.url + "wilayah/"
    provinces = get(url).json()["options"]
    regencies = get(url, data={"induk": "31"}).json()["options"]
    districts = get(url, data={"induk": "31.74"}).json()["options"]
    assert provinces and regencies and districts
    assert {option["code"][:2] for option in regencies} == {"31"}
    assert {option["code"][:5] for option in districts} == {"31.74"}
    assert get(url, data={"induk": "31.74"})[CACHE_HEADER] == "hit"


# Item 7: the hit path -------------------------------------------------------------


class CountingCache:
    """Wraps a cache alias and counts the reads that reach it."""

    def __init__(self, cache):
        self.cache, self.reads = cache, 0

    def get(self, *args, **kwargs):
        self.reads += 1
        return self.cache.get(*args, **kwargs)

    def get_many(self, *args, **kwargs):
        self.reads += 1
        return self.cache.get_many(*args, **kwargs)

    def __getattr__(self, name):
        return getattr(self.cache, name)


@pytest.fixture
def counted(monkeypatch):
    pages, state = CountingCache(page_cache()), CountingCache(state_cache())
    monkeypatch.setattr("core.cache.page_cache", lambda: pages)
    monkeypatch.setattr("core.cache.state_cache", lambda: state)
    return pages, state


def test_a_hit_reads_the_shared_state_once_and_the_page_from_the_worker_copy(
    article, counted, settings
):
    settings.GUYUB_PAGE_CACHE_LOCAL_BYTES = 1024 * 1024
    settings.GUYUB_STATE_MIRROR_SECONDS = 0  # with Redis: see the test after the next
    pages, state = counted
    warm(article.url)
    pages.reads = state.reads = 0
    assert get(article.url)[CACHE_HEADER] == "hit"
    assert (pages.reads, state.reads) == (0, 1)


def test_without_worker_copies_a_hit_reads_the_page_cache(article, counted, settings):
    settings.GUYUB_PAGE_CACHE_LOCAL_BYTES = 0
    settings.GUYUB_STATE_MIRROR_SECONDS = 0
    pages, state = counted
    warm(article.url)
    pages.reads = state.reads = 0
    assert get(article.url)[CACHE_HEADER] == "hit"
    assert (pages.reads, state.reads) == (1, 1)


@pytest.mark.redis
@pytest.mark.skipif(
    not os.environ.get("REDIS_URL"),
    reason="REDIS_URL is not set: the state mirror serves hits only when the state is in Redis "
    "(the PostgreSQL leg of .ci/run)",
)
def test_with_redis_a_warm_hit_reads_nothing_shared(article, counted, settings):
    from core.state_mirror import MIRROR

    settings.GUYUB_PAGE_CACHE_LOCAL_BYTES = 1024 * 1024
    pages, state = counted
    deadline = time.monotonic() + 5
    while not MIRROR._ready and time.monotonic() < deadline:
        warm(article.url)
    warm(article.url)
    pages.reads = state.reads = 0
    assert get(article.url)[CACHE_HEADER] == "hit"
    assert (pages.reads, state.reads) == (0, 0)
    # ... and a publish in any process still retires it on the next request.
    type(article).objects.filter(pk=article.pk).update(title="Judul baru")
    from core.cache import bump_generation

    bump_generation()
    assert get(article.url)[CACHE_HEADER] == "miss"


def test_a_worker_copy_is_retired_by_a_publish_on_another_app_server(index, article, settings):
    from core.cache import bump_generation

    settings.GUYUB_PAGE_CACHE_LOCAL_BYTES = 1024 * 1024
    warm(article.url)
    # What another server's publish leaves behind here: new rows and a new generation in
    # the shared cache, and no signal in this process.
    type(article).objects.filter(pk=article.pk).update(title="Judul dari server lain")
    bump_generation()
    response = get(article.url)
    assert response[CACHE_HEADER] == "miss"
    assert "Judul dari server lain" in response.content.decode()


def test_a_worker_copy_is_retired_by_a_comment_approved_on_another_app_server(article, settings):
    from core.cache import bump_scopes, page_scopes

    settings.GUYUB_PAGE_CACHE_LOCAL_BYTES = 1024 * 1024
    warm(article.url)
    bump_scopes(*page_scopes(article))
    assert get(article.url)[CACHE_HEADER] == "miss"


def test_hits_carry_every_security_header_of_a_rendered_page(article, settings):
    settings.SECURE_CONTENT_TYPE_NOSNIFF = True
    settings.SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
    settings.CONTENT_SECURITY_POLICY = {"DIRECTIVES": {"default-src": ["'self'"]}}
    miss = get(article.url)
    hit = get(article.url)
    assert (miss[CACHE_HEADER], hit[CACHE_HEADER]) == ("miss", "hit")
    for header in (
        "Content-Security-Policy",
        "X-Frame-Options",
        "X-Content-Type-Options",
        "Referrer-Policy",
        "Cross-Origin-Opener-Policy",
    ):
        assert hit[header] == miss[header], header


def test_a_logged_in_reader_never_gets_a_worker_copy(article, owner_user, settings):
    settings.GUYUB_PAGE_CACHE_LOCAL_BYTES = 1024 * 1024
    warm(article.url)
    reader = Client()
    reader.force_login(owner_user)
    response = reader.get(article.url)
    assert CACHE_HEADER not in response
    assert "private" in response["Cache-Control"]


def test_worker_copies_stay_within_their_byte_budget_even_for_empty_pages(settings):
    from core.cache import _LocalEntries

    settings.GUYUB_PAGE_CACHE_LOCAL_BYTES = 64 * 1024
    copies = _LocalEntries()
    for number in range(1000):
        copies.put(f"key-{number}", ((1, None), (0, None), None, 200, [], b""))
    assert copies.get("key-999") is not None
    assert copies.get("key-0") is None
    assert len(copies._entries) <= 64
