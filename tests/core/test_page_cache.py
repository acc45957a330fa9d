import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from wagtail.models import PageViewRestriction

from core.cache import content_changed
from home.models import SiteSettings, StandardPage
from tests.core.form_urls import REMEMBER_COOKIE

pytestmark = pytest.mark.django_db

CACHE_HEADER = "X-Guyub-Cache"


@pytest.fixture(autouse=True)
def page_cache_on(settings, site):
    settings.GUYUB_PAGE_CACHE = True
    # Wagtail creates the settings row on the first page view; that save refreshes the
    # cache once, so create it up front like any running site has.
    SiteSettings.for_site(site)


@pytest.fixture
def menu_page(home_page):
    return home_page.add_child(
        instance=StandardPage(title="Tentang Kami", slug="tentang", show_in_menus=True)
    )


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser(
        "redaksi", "redaksi@contoh.invalid", "rahasia-redaksi", first_name="Sri Wahyuni"
    )


def fresh_get(path, **kwargs):
    """A first-time visitor: a new client with no cookies at all."""
    return Client().get(path, **kwargs)


def test_second_anonymous_request_is_a_cache_hit(home_page):
    first = fresh_get("/")
    second = fresh_get("/")
    assert first[CACHE_HEADER] == "miss"
    assert second[CACHE_HEADER] == "hit"
    assert second.content == first.content
    assert second.status_code == 200
    assert second["Content-Type"] == first["Content-Type"]


def test_cache_hit_runs_no_sql(home_page, django_assert_num_queries):
    fresh_get("/")
    with django_assert_num_queries(0):
        response = fresh_get("/")
    assert response[CACHE_HEADER] == "hit"


def test_anonymous_cached_pages_are_public_for_a_cdn(home_page, settings):
    settings.GUYUB_PAGE_CACHE_BROWSER_SECONDS = 30
    settings.GUYUB_PAGE_CACHE_CDN_SECONDS = 600
    for response in (fresh_get("/"), fresh_get("/")):
        directives = {d.strip() for d in response["Cache-Control"].split(",")}
        assert directives == {"public", "max-age=30", "s-maxage=600"}


def test_head_is_answered_from_cache_without_body(home_page):
    fresh_get("/")
    response = Client().head("/")
    assert response[CACHE_HEADER] == "hit"
    assert response.content == b""


def test_declared_query_parameter_is_cached_separately(home_page):
    search = reverse("search")
    fresh_get(search, query_params={"jenis": "artikel"})
    assert fresh_get(search, query_params={"jenis": "artikel"})[CACHE_HEADER] == "hit"
    assert fresh_get(search, query_params={"jenis": "kelompok"})[CACHE_HEADER] == "miss"
    assert fresh_get(search)[CACHE_HEADER] == "miss"


def test_undeclared_query_parameters_share_the_page_entry(home_page):
    assert fresh_get("/")[CACHE_HEADER] == "miss"
    for params in ({"utm_source": "wa"}, {"page": "7"}, {"fbclid": "x", "page": "abc"}):
        assert fresh_get("/", query_params=params)[CACHE_HEADER] == "hit"


def test_first_request_with_an_ignored_parameter_fills_the_page_entry(home_page):
    assert fresh_get("/", query_params={"utm_source": "wa"})[CACHE_HEADER] == "miss"
    assert fresh_get("/")[CACHE_HEADER] == "hit"


def test_other_query_strings_bypass_the_cache(home_page):
    fresh_get("/")
    for _ in range(2):
        # WordPress's short links are redirected (articles/wagtail_hooks.py), never cached.
        response = fresh_get("/", query_params={"p": "123"})
        assert CACHE_HEADER not in response
    search = reverse("search")
    for _ in range(2):
        response = fresh_get(search, query_params={"q": "arisan"})
        assert CACHE_HEADER not in response
        assert "private" in response["Cache-Control"]


def test_an_english_browser_shares_the_indonesian_cached_page(home_page):
    # The public site is Indonesian whatever Accept-Language says: one cache entry serves all.
    assert fresh_get("/")[CACHE_HEADER] == "miss"
    english = fresh_get("/", headers={"accept-language": "en"})
    assert english[CACHE_HEADER] == "hit"
    assert b'<html lang="id">' in english.content


# Invalidation ---------------------------------------------------------------------


def test_publishing_an_edit_shows_on_the_next_anonymous_request(menu_page):
    assert b">Tentang Kami</a>" in fresh_get("/").content
    assert fresh_get("/")[CACHE_HEADER] == "hit"

    menu_page.title = "Profil Redaksi"
    menu_page.save_revision().publish()

    response = fresh_get("/")
    assert response[CACHE_HEADER] == "miss"
    assert b">Profil Redaksi</a>" in response.content


def test_saving_a_draft_keeps_the_cache(menu_page):
    fresh_get("/")
    menu_page.title = "Judul Draf"
    menu_page.save_revision()
    response = fresh_get("/")
    assert response[CACHE_HEADER] == "hit"
    assert b"Judul Draf" not in response.content


def test_publishing_a_new_page_refreshes_listings(home_page):
    fresh_get("/")
    page = StandardPage(title="Jadwal Posyandu", slug="posyandu", show_in_menus=True, live=False)
    home_page.add_child(instance=page)
    page.save_revision().publish()
    assert b"Jadwal Posyandu" in fresh_get("/").content


def test_unpublishing_removes_the_page_everywhere(menu_page):
    assert fresh_get("/tentang/").status_code == 200
    fresh_get("/")
    menu_page.unpublish()
    assert fresh_get("/tentang/").status_code == 404
    assert b"Tentang Kami" not in fresh_get("/").content


def test_moving_a_page_refreshes_its_links(home_page, menu_page):
    parent = home_page.add_child(instance=StandardPage(title="Profil", slug="profil"))
    assert b'href="/tentang/"' in fresh_get("/").content
    fresh_get("/tentang/")

    menu_page.move(parent, pos="last-child")

    # Wagtail leaves a redirect at the old address instead of the cached old page.
    old_address = fresh_get("/tentang/")
    assert old_address.status_code == 301
    assert old_address["Location"] == "/profil/tentang/"
    assert fresh_get("/profil/tentang/").status_code == 200
    assert b'href="/tentang/"' not in fresh_get("/").content


def test_deleting_a_page_refreshes_the_cache(menu_page):
    fresh_get("/tentang/")
    fresh_get("/")
    menu_page.delete()
    assert fresh_get("/tentang/").status_code == 404
    assert b"Tentang Kami" not in fresh_get("/").content


def test_changing_site_settings_refreshes_every_page(home_page, site):
    fresh_get("/")
    settings_obj = SiteSettings.for_site(site)
    settings_obj.footer_text = "Sekretariat: Balai RW 07"
    settings_obj.save()
    assert b"Sekretariat: Balai RW 07" in fresh_get("/").content


def test_cached_site_settings_follow_changes_even_with_the_page_cache_off(
    client, home_page, site, settings
):
    settings.GUYUB_PAGE_CACHE = False
    client.get("/")
    client.get("/")  # the settings row now comes from the cache
    settings_obj = SiteSettings.for_site(site)
    settings_obj.footer_text = "Sekretariat: Pos Ronda RT 02"
    settings_obj.save()
    assert b"Sekretariat: Pos Ronda RT 02" in client.get("/").content


def test_cached_menu_follows_changes_even_with_the_page_cache_off(client, menu_page, settings):
    settings.GUYUB_PAGE_CACHE = False
    assert b">Tentang Kami</a>" in client.get("/").content
    menu_page.title = "Profil Redaksi"
    menu_page.save_revision().publish()
    html = client.get("/").content
    assert b">Profil Redaksi</a>" in html
    assert b">Tentang Kami</a>" not in html


def test_first_view_creating_the_settings_row_keeps_the_cache(home_page):
    SiteSettings.objects.all().delete()
    fresh_get("/")  # Wagtail creates the row with its defaults here
    assert fresh_get("/")[CACHE_HEADER] == "hit"


def test_content_changed_signal_refreshes_the_cache(home_page):
    fresh_get("/")
    assert fresh_get("/")[CACHE_HEADER] == "hit"
    content_changed.send(sender=None)
    assert fresh_get("/")[CACHE_HEADER] == "miss"


def test_losing_the_generation_key_does_not_revive_old_entries(menu_page):
    from core.cache import GENERATION_KEY, state_cache

    fresh_get("/")
    menu_page.title = "Profil Redaksi"
    menu_page.save_revision().publish()
    # An eviction of the generation key must not make the pre-edit entry valid again.
    state_cache().delete(GENERATION_KEY)
    assert b"Profil Redaksi" in fresh_get("/").content


# Who is never served from the cache -------------------------------------------------


def test_logged_in_users_are_never_served_or_stored(client, home_page, editor):
    fresh_get("/")  # an anonymous copy is in the cache
    client.force_login(editor)
    for _ in range(2):
        response = client.get("/")
        assert CACHE_HEADER not in response
        assert "private" in response["Cache-Control"]
        assert b"wagtail-userbar" in response.content
    anonymous = fresh_get("/")
    assert anonymous[CACHE_HEADER] == "hit"
    assert b"wagtail-userbar" not in anonymous.content


def test_previews_render_the_draft_not_the_cached_page(home_page):
    fresh_get("/")
    home_page.hero_heading = "Sambutan versi draf"
    preview = home_page.make_preview_request()
    assert b"Sambutan versi draf" in preview.content
    assert CACHE_HEADER not in preview
    assert "private" in preview["Cache-Control"]
    assert b"Sambutan versi draf" not in fresh_get("/").content


def test_admin_preview_view_is_never_cached(client, home_page, editor):
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[home_page.pk])
    response = client.get(url)
    assert CACHE_HEADER not in response


def test_password_protected_pages_are_not_cached(menu_page):
    PageViewRestriction.objects.create(
        page=menu_page, restriction_type=PageViewRestriction.PASSWORD, password="rt07"
    )
    for _ in range(2):
        response = fresh_get("/tentang/")
        assert CACHE_HEADER not in response
        assert b"Tentang Kami</h1>" not in response.content


def test_cache_can_be_switched_off(home_page, settings):
    settings.GUYUB_PAGE_CACHE = False
    fresh_get("/")
    assert CACHE_HEADER not in fresh_get("/")


# Forms on cached pages --------------------------------------------------------------


@pytest.fixture
def form_site(settings, home_page):
    settings.ROOT_URLCONF = "tests.core.form_urls"


def csrf_client():
    return Client(enforce_csrf_checks=True)


def test_cached_form_page_holds_no_csrf_token(form_site):
    first = csrf_client().get("/uji/formulir/")
    second = csrf_client().get("/uji/formulir/")
    assert first[CACHE_HEADER] == "miss"
    assert second[CACHE_HEADER] == "hit"
    assert not first.cookies and not second.cookies
    html = second.content.decode()
    assert 'name="csrfmiddlewaretoken" value=""' in html
    assert 'data-csrf-fill="/csrf/"' in html


def test_visitor_with_a_cached_page_can_post_with_javascript(form_site):
    csrf_client().get("/uji/formulir/")  # someone else filled the cache
    visitor = csrf_client()
    assert visitor.get("/uji/formulir/")[CACHE_HEADER] == "hit"

    # What static/js/csrf.js does at submit time.
    token_response = visitor.get("/csrf/")
    assert token_response.cookies  # the visitor now has their own CSRF cookie
    assert "no-cache" in token_response["Cache-Control"]
    token = token_response.json()["token"]

    response = visitor.post(
        "/uji/formulir/", {"csrfmiddlewaretoken": token, "nama": "Budi", "pesan": "Hadir"}
    )
    assert response.status_code == 200
    assert b"Terima kasih, Budi" in response.content


def test_visitor_with_a_cached_page_can_post_without_javascript(form_site):
    csrf_client().get("/uji/formulir/")
    visitor = csrf_client()
    assert visitor.get("/uji/formulir/")[CACHE_HEADER] == "hit"

    refused = visitor.post(
        "/uji/formulir/", {"csrfmiddlewaretoken": "", "nama": "Budi", "pesan": "Hadir <b>"}
    )
    assert refused.status_code == 403
    html = refused.content.decode()
    assert "Satu langkah lagi" in html
    assert 'value="Hadir &lt;b&gt;"' in html  # their own words, escaped
    assert "no-store" in refused["Cache-Control"]
    token = refused.context["csrf_token"]

    response = visitor.post(
        "/uji/formulir/", {"csrfmiddlewaretoken": str(token), "nama": "Budi", "pesan": "Hadir"}
    )
    assert response.status_code == 200
    assert b"Terima kasih, Budi" in response.content


def test_cross_site_post_gets_no_resend_offer(form_site):
    response = csrf_client().post(
        "/uji/formulir/",
        {"nama": "Penyusup"},
        headers={"origin": "https://penipu.example"},
    )
    assert response.status_code == 403
    assert "Penyusup" not in response.content.decode()
    assert "Permintaan ditolak" in response.content.decode()


def test_a_page_with_a_plain_csrf_token_is_never_stored(form_site):
    visitor = csrf_client()
    visitor.get("/csrf/")  # already has a CSRF cookie, so Django would not set one again
    for _ in range(2):
        response = visitor.get("/uji/formulir-biasa/")
        assert CACHE_HEADER not in response
        assert 'name="csrfmiddlewaretoken" value=""' not in response.content.decode()
    assert cached_entries() == []


def test_logged_in_users_get_a_normal_token(form_site, editor):
    client = csrf_client()
    client.force_login(editor)
    html = client.get("/uji/formulir/").content.decode()
    assert 'name="csrfmiddlewaretoken" value=""' not in html
    token = client.cookies["csrftoken"].value
    response = client.post("/uji/formulir/", {"csrfmiddlewaretoken": token, "nama": "Sri"})
    assert response.status_code == 200


def cached_entries():
    """Every page the cache holds, unpickled."""
    import pickle

    from core.cache import ENTRY_PREFIX, page_cache

    cache = page_cache()
    if hasattr(cache, "keys"):  # django-redis, in CI's PostgreSQL + Redis leg
        return list(cache.get_many(cache.keys(f"*{ENTRY_PREFIX}*")).values())
    entries = []
    for key, value in cache._cache.items():
        if ENTRY_PREFIX in key:
            entries.append(pickle.loads(value))  # noqa: S301 - our own test cache
    return entries


def test_no_personal_data_reaches_the_cache(form_site, editor):
    logged_in = Client()
    logged_in.force_login(editor)
    assert b"redaksi@contoh.invalid" in logged_in.get("/uji/formulir/").content

    remembered = Client()
    remembered.cookies[REMEMBER_COOKIE] = "Siti Aminah|siti@contoh.invalid"
    response = remembered.get("/uji/formulir/")
    assert b"siti@contoh.invalid" in response.content
    assert CACHE_HEADER not in response

    anonymous = fresh_get("/uji/formulir/")
    assert anonymous[CACHE_HEADER] == "miss"
    entries = cached_entries()
    assert len(entries) == 1
    for personal in (b"redaksi@contoh.invalid", b"Sri Wahyuni", b"siti@contoh.invalid"):
        assert personal not in entries[0][-1]
        assert personal not in fresh_get("/uji/formulir/").content
