import pytest
from django.contrib.auth.models import Group, Permission, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.models import ArticlePage, Category, PendingRelatedLink
from articles.roles import EDITORS, WRITERS
from tests.admin.english import english_in, parse

from .importing_fixtures import KAS_CRLF, MALFORMED, MANFAAT, REAL_WXR, make_index

pytestmark = pytest.mark.django_db
URL = "/admin/artikel/impor/"


@pytest.fixture
def index(home_page):
    return make_index(home_page)


def _user(username, group=None):
    user = User.objects.create_user(username, password="rahasia-sekali")
    if group:
        user.groups.add(Group.objects.get(name=group))
    else:
        user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


@pytest.fixture
def editor_client(client, index):
    client.force_login(_user("editor", EDITORS))
    return client


def _upload(path, name=None):
    return SimpleUploadedFile(name or path.name, path.read_bytes(), content_type="text/plain")


def test_url_is_registered_under_the_admin():
    assert reverse("articles_import") == URL


def test_editors_see_the_menu_item_and_the_form(editor_client):
    home = editor_client.get("/admin/").content.decode()
    page = editor_client.get(URL)

    assert "Impor Artikel" in home
    assert page.status_code == 200
    html = page.content.decode()
    assert 'enctype="multipart/form-data"' in html
    assert 'name="files"' in html and "multiple" in html
    assert "Langsung terbitkan" in html


@pytest.mark.parametrize("group", [WRITERS, None])
def test_writers_and_other_admin_users_are_refused(client, index, group):
    client.force_login(_user("bukan-editor", group))

    # Wagtail answers PermissionDenied in the admin with a redirect to the dashboard.
    refused = client.get(URL)
    assert (refused.status_code, refused["Location"]) == (302, "/admin/")
    response = client.post(URL, {"files": _upload(MANFAAT)})
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert "Impor Artikel" not in client.get("/admin/").content.decode()
    assert not ArticlePage.objects.exists()


def test_anonymous_visitors_are_sent_to_the_login(client, index):
    response = client.get(URL)

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_uploading_several_files_imports_them_and_reports_in_indonesian(editor_client):
    category = Category.objects.create(name="Arisan", slug="arisan")

    response = editor_client.post(
        URL,
        {
            "files": [_upload(MANFAAT), _upload(KAS_CRLF)],
            "publish": "on",
            "category": category.pk,
        },
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("Dibuat") == 2
    assert "(terbit)" in html
    assert "“5 Manfaat Arisan bagi Warga RT” sekarang menautkan ke" in html
    assert "Posyandu Melati Buka Layanan Sore" in html  # still unresolved
    assert "akan ditautkan otomatis" in html
    pages = ArticlePage.objects.all()
    assert pages.count() == 2
    assert all(page.live for page in pages)
    assert all(list(page.categories.all()) == [category] for page in pages)
    assert list(PendingRelatedLink.objects.values_list("target_title", flat=True)) == [
        "Posyandu Melati Buka Layanan Sore"
    ]


def test_bad_uploads_get_indonesian_errors_and_change_nothing(editor_client):
    response = editor_client.post(
        URL,
        {
            "files": [
                _upload(MALFORMED / "binary.txt"),
                _upload(MALFORMED / "empty.txt"),
                _upload(MALFORMED / "latin1.txt"),
                _upload(MANFAAT, name="artikel.docx"),
            ]
        },
    )

    html = response.content.decode()
    assert html.count("Gagal") == 4
    assert "Ini bukan berkas teks" in html
    assert "Berkas kosong" in html
    assert "Berkas bukan teks UTF-8" in html
    assert "Hanya berkas .txt atau ekspor WordPress (.xml) yang bisa diimpor." in html
    assert not ArticlePage.objects.exists()


def test_dry_run_shows_what_would_happen(editor_client):
    response = editor_client.post(URL, {"files": [_upload(MANFAAT)], "dry_run": "on"})

    html = response.content.decode()
    assert "Hasil percobaan" in html
    assert "Akan dibuat" in html
    assert not ArticlePage.objects.exists()


def test_form_without_files_shows_a_field_error(editor_client):
    response = editor_client.post(URL, {})

    assert response.status_code == 200
    assert not ArticlePage.objects.exists()
    assert "error-message" in response.content.decode() or "w-field__errors" in (
        response.content.decode()
    )


def test_article_written_in_the_admin_resolves_waiting_related_links(editor_client, index):
    editor_client.post(URL, {"files": [_upload(MANFAAT)], "publish": "on"})
    manfaat = ArticlePage.objects.get()
    assert PendingRelatedLink.objects.filter(page=manfaat).count() == 3
    target = ArticlePage(
        title="Posyandu Melati Buka Layanan Sore",
        slug="posyandu-melati-buka-layanan-sore",
        intro="Layanan sore untuk ibu yang bekerja.",
    )
    index.add_child(instance=target)

    # The hook runs after the admin edit view saves the page.
    from wagtail import hooks

    for hook in hooks.get_hooks("after_edit_page"):
        hook(None, target)

    manfaat = ArticlePage.objects.get(pk=manfaat.pk)
    assert [link.article_id for link in manfaat.related_links.all()] == [target.pk]
    assert PendingRelatedLink.objects.filter(target_title=target.title).count() == 0


def test_wordpress_export_upload_shows_the_per_post_report(editor_client, settings):
    settings.WAGTAILEMBEDS_FINDERS = [{"class": "tests.articles.offline_embeds.OfflineEmbedFinder"}]
    upload = SimpleUploadedFile(REAL_WXR.name, REAL_WXR.read_bytes(), content_type="text/xml")

    response = editor_client.post(URL, {"files": [upload]})

    assert response.status_code == 200
    html = response.content.decode()
    assert "tulisan: 8 dibuat, 0 diperbarui, 0 tidak berubah" in html
    # The same per-post notes as the command prints.
    assert "tulisan 21 “Jadwal Ronda Malam Bulan November”: dibuat, terbit" in html
    assert "dibuang: shortcode [contact-form-7] (teksnya tetap)" in html
    assert "diubah: berkata sandi di WordPress" in html
    assert ArticlePage.objects.get(slug="jadwal-ronda-malam").owner.username == "editor"
    # Editors read the whole report in Indonesian (it was English until the admin check
    # looked at a finished import, not only at the empty form).
    texts, _urls = parse(html)
    assert english_in(texts) == []


def test_unreadable_wordpress_export_is_refused_in_indonesian(editor_client):
    upload = SimpleUploadedFile("ekspor.xml", b"<rss><channel></channel></rss>", "text/xml")

    html = editor_client.post(URL, {"files": [upload]}).content.decode()

    assert "Ekspor WordPress tidak bisa dibaca, tidak ada yang diimpor" in html
    assert not ArticlePage.objects.exists()
