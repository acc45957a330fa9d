"""A reader's journey through the blog, on a phone and on a desktop."""

import io

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def demo_site(db, monkeypatch, tmp_path, settings):
    settings.VAR_DIR = tmp_path
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "demo-password-for-tests")
    call_command("load_demo_content", stdout=io.StringIO())


def settle(page):
    """Scroll through the page so lazy images load before a full-page screenshot."""
    height = page.evaluate("document.body.scrollHeight")
    for top in range(0, height, 600):
        page.evaluate(f"window.scrollTo(0, {top})")
        page.wait_for_timeout(50)
    page.wait_for_load_state("networkidle")
    page.evaluate("window.scrollTo(0, 0)")


@pytest.mark.parametrize("width", [375, 1280])
def test_reader_follows_related_post_and_table_of_contents(
    live_server, page, demo_site, screenshot, assert_accessible, width
):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(live_server.url + "/")
    expect(page.get_by_role("heading", name="Artikel terbaru")).to_be_visible()
    assert_accessible()

    page.get_by_role("navigation", name="Navigasi utama").get_by_role(
        "link", name="Artikel"
    ).click()
    page.wait_for_url("**/artikel/")
    expect(page.get_by_role("heading", level=1, name="Artikel")).to_be_visible()
    settle(page)
    screenshot(f"articles-index-{width}")
    assert_accessible()

    page.get_by_role("complementary").get_by_role("link", name="Lingkungan").click()
    page.wait_for_url("**/artikel/kategori/lingkungan/")
    expect(page.get_by_role("heading", level=1, name="Lingkungan")).to_be_visible()
    assert_accessible()

    page.get_by_role("link", name="Kerja Bakti yang Tidak Membuat Warga Kapok").click()
    page.wait_for_url("**/artikel/kerja-bakti-tanpa-kapok/")
    byline = page.locator(".article__byline")
    expect(byline).to_contain_text("Diposting pada 19 Juli 2026 oleh Bagus Prasetyo dan Siti")
    expect(byline).to_contain_text("menit baca")
    settle(page)
    screenshot(f"article-{width}")
    assert_accessible()

    related = page.locator(".related-post").first
    expect(related).to_contain_text("Pos Terkait:")
    related.get_by_role("link").click()
    page.wait_for_url("**/artikel/bank-sampah-rw/")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Bank Sampah RW: Menabung dari Botol Plastik"
    )

    toc = page.get_by_role("navigation", name="Daftar Isi")
    toc.get_by_role("link", name="3. Buku tabungan untuk setiap keluarga").click()
    page.wait_for_url("**/artikel/bank-sampah-rw/#buku-tabungan-untuk-setiap-keluarga")
    target = page.locator("#buku-tabungan-untuk-setiap-keluarga")
    expect(target).to_be_in_viewport()
    expect(target).to_have_text("3. Buku tabungan untuk setiap keluarga")
    screenshot(f"article-toc-{width}")
    assert_accessible()

    # The copy-link button appears only with JavaScript and announces success.
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    copy = page.get_by_role("button", name="Salin tautan")
    copy.click()
    expect(page.locator(".share__status")).to_have_text("Tautan tersalin")
