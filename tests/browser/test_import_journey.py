"""An editor imports copied blog posts through the admin and reads the result on the site."""

import pytest
from django.contrib.auth.models import User

from tests.articles.importing_fixtures import KAS_CRLF, MALFORMED, MANFAAT, make_index

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_editor_uploads_posts_and_finds_them_linked_on_the_site(
    live_server, page, screenshot, home_page
):
    make_index(home_page)
    User.objects.create_superuser("redaksi", "redaksi@contoh.id", "rahasia-sekali")

    page.goto(live_server.url + "/admin/login/")
    page.locator("#id_username").fill("redaksi")
    page.locator("#id_password").fill("rahasia-sekali")
    page.locator("form button[type=submit]").click()
    page.get_by_role("link", name="Impor Artikel").click()
    page.wait_for_url("**/admin/artikel/impor/")
    assert page.get_by_role("heading", name="Impor Artikel").is_visible()
    screenshot("import-admin-form")

    page.get_by_label("Berkas teks (.txt)").set_input_files(
        [str(MANFAAT), str(KAS_CRLF), str(MALFORMED / "binary.txt")]
    )
    page.get_by_label("Langsung terbitkan").check()
    page.get_by_role("button", name="Impor").click()

    results = page.get_by_role("table")
    results.wait_for()
    assert results.get_by_text("Dibuat", exact=True).count() == 2
    assert results.get_by_text("Ini bukan berkas teks").is_visible()
    # A title waiting both inline and in the related list is reported once.
    waiting = results.locator("li")
    assert waiting.all_inner_texts() == [
        "Cara Mengelola Kas Arisan yang Transparan",
        "Posyandu Melati Buka Layanan Sore",
    ]
    screenshot("import-admin-results")

    page.goto(live_server.url + "/artikel/5-manfaat-arisan-bagi-warga-rt/")
    related = page.locator(".related-post").first
    assert related.inner_text().startswith("Pos Terkait:")
    related.get_by_role("link").click()
    page.wait_for_url("**/artikel/cara-mengelola-kas-arisan-yang-transparan/")
    assert page.get_by_role("heading", level=1).inner_text() == (
        "Cara Mengelola Kas Arisan yang Transparan"
    )
    screenshot("import-article-page")
