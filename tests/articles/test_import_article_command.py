import datetime
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from articles.models import ArticlePage, Author, Category, ImportRecord, PendingRelatedLink

from .importing_fixtures import KAS_CRLF, KERJA_BAKTI, MALFORMED, MANFAAT, POSYANDU_BOM, make_index

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(home_page):
    return make_index(home_page)


def run(*args):
    out, err = StringIO(), StringIO()
    try:
        call_command("import_article", *map(str, args), stdout=out, stderr=err)
    except CommandError as error:
        return out.getvalue(), err.getvalue(), error
    return out.getvalue(), err.getvalue(), None


def _block_types(page):
    return [block.block_type for block in page.body]


def test_import_creates_a_draft_article_with_blocks_date_and_author(index):
    out, err, error = run(MANFAAT)

    assert error is None and err == ""
    page = ArticlePage.objects.get()
    assert page.get_parent().specific == index
    assert page.title == "5 Manfaat Arisan bagi Warga RT"
    assert page.slug == "5-manfaat-arisan-bagi-warga-rt"
    assert page.live is False
    assert timezone.localtime(page.date).date() == datetime.date(2026, 8, 12)
    assert page.intro.startswith("Setiap tanggal lima, ruang tamu Bu Sri")
    # The intro is the page's lead paragraph, so the body does not repeat it.
    assert page.body[0].value.source == (
        "<p>Berikut lima hal yang kami rasakan setelah tiga tahun menjalankan arisan bersama.</p>"
    )
    assert page.numbered_headings is True
    assert [h.text for h in page.headings][:2] == [
        "Mempererat Silaturahmi",
        "Melatih Disiplin Keuangan",
    ]
    assert [h.number for h in page.headings] == ["1", "2", "3", "4", "5"]
    assert [a.name for a in page.authors()] == ["Siti Rahma"]
    assert out.startswith(f"created  {MANFAAT}: 5 Manfaat Arisan bagi Warga RT [draft]")
    assert "unresolved related links: Cara Mengelola Kas Arisan yang Transparan" in out


def test_publish_author_and_category_options(index):
    out, _, error = run(KERJA_BAKTI, "--publish", "--author", "Redaksi", "--category", "Kabar RW")

    assert error is None
    page = ArticlePage.objects.get()
    assert page.live is True
    assert [a.name for a in page.authors()] == ["Redaksi"]
    assert [c.name for c in page.categories.all()] == ["Kabar RW"]
    assert Category.objects.get().slug == "kabar-rw"
    assert "[published]" in out


def test_post_without_a_date_is_dated_today(index):
    run(POSYANDU_BOM)

    page = ArticlePage.objects.get()
    assert timezone.localtime(page.date).date() == timezone.localdate()


def test_related_links_wait_for_their_target_and_resolve_when_it_is_imported(index):
    out1, _, _ = run(MANFAAT, "--publish")
    manfaat = ArticlePage.objects.get()
    assert "related_post" not in _block_types(manfaat)
    assert set(PendingRelatedLink.objects.values_list("target_title", "kind")) == {
        ("Cara Mengelola Kas Arisan yang Transparan", "inline"),
        ("Cara Mengelola Kas Arisan yang Transparan", "related"),
        ("Posyandu Melati Buka Layanan Sore", "related"),
    }

    out2, _, _ = run(KAS_CRLF, "--publish")

    kas = ArticlePage.objects.get(slug="cara-mengelola-kas-arisan-yang-transparan")
    manfaat = ArticlePage.objects.get(pk=manfaat.pk)
    # The backward link in the new article resolved at once...
    backward = [b.value for b in kas.body if b.block_type == "related_post"]
    assert [(v["page"].pk, v["label"]) for v in backward] == [(manfaat.pk, "Baca Juga")]
    # ...and the forward link in the older one went back where it stood, and is live.
    types = _block_types(manfaat)
    position = types.index("related_post")
    assert manfaat.body[position].value["page"].pk == kas.pk
    assert manfaat.body[position + 1].value["text"] == "Menjadi Ruang Berbagi Informasi"
    assert manfaat.live and not manfaat.has_unpublished_changes
    assert [link.article_id for link in manfaat.related_links.all()] == [kas.pk]
    assert list(PendingRelatedLink.objects.values_list("target_title", flat=True)) == [
        "Posyandu Melati Buka Layanan Sore"
    ]
    assert (
        "resolved: '5 Manfaat Arisan bagi Warga RT' now links to "
        "'Cara Mengelola Kas Arisan yang Transparan'" in out2
    )


def test_reimport_updates_by_slug_and_unchanged_file_is_skipped(index, tmp_path):
    run(KERJA_BAKTI)
    page = ArticlePage.objects.get()

    out, _, _ = run(KERJA_BAKTI)
    assert out.startswith(f"skipped  {KERJA_BAKTI}")
    assert "unchanged" in out

    edited = tmp_path / "kerja-bakti.txt"
    edited.write_text(
        KERJA_BAKTI.read_text().replace("puluhan warga", "tiga puluh warga"), encoding="utf-8"
    )
    out, _, _ = run(edited, "--publish")

    assert out.startswith(f"updated  {edited}")
    assert ArticlePage.objects.count() == 1
    page = ArticlePage.objects.get(pk=page.pk)
    assert page.live
    assert "tiga puluh warga" in page.intro
    assert PendingRelatedLink.objects.filter(page=page).count() == 1
    assert ImportRecord.objects.filter(source="text").count() == 1


def test_bad_files_are_reported_and_the_good_ones_still_imported(index):
    out, err, error = run(
        MALFORMED / "binary.txt",
        MANFAAT,
        MALFORMED / "empty.txt",
        MALFORMED / "tidak-ada.txt",
        KERJA_BAKTI,
    )

    assert error is not None and "3 of 5 file(s) could not be imported" in str(error)
    assert ArticlePage.objects.count() == 2
    assert f"skipped  {MALFORMED / 'binary.txt'}: ERROR: the file is binary" in err
    assert f"skipped  {MALFORMED / 'empty.txt'}: ERROR: the file is empty" in err
    assert "tidak-ada.txt: ERROR: cannot read the file (No such file or directory)" in err
    assert out.count("created") == 2


def test_a_file_failing_while_saving_leaves_the_database_unchanged(index, monkeypatch):
    from articles.importing import article_import

    def explode(page):
        raise RuntimeError("disk full")

    monkeypatch.setattr(article_import, "resolve_pending_links", explode)

    _, err, error = run(MANFAAT)

    assert error is not None
    assert "RuntimeError: disk full" in err
    assert not ArticlePage.objects.exists()
    assert not Author.objects.exists()
    assert not PendingRelatedLink.objects.exists()
    assert not ImportRecord.objects.exists()


def test_dry_run_reports_but_changes_nothing(index):
    out, _, error = run(MANFAAT, KAS_CRLF, "--dry-run")

    assert error is None
    assert out.count("would be created") == 2
    assert not ArticlePage.objects.exists()
    assert not PendingRelatedLink.objects.exists()


def test_unknown_index_is_an_error(index):
    _, _, error = run(MANFAAT, "--index", "/berita/")

    assert "No article index at /berita/" in str(error)
    assert not ArticlePage.objects.exists()


def test_index_option_picks_the_index_by_path(index):
    _, _, error = run(MANFAAT, "--index", "/artikel/")

    assert error is None
    assert ArticlePage.objects.get().get_parent().pk == index.pk


def test_imported_pages_have_an_owner(index, django_user_model):
    editor = django_user_model.objects.create_user("redaksi", password="rahasia-sekali")

    _out, _err, error = run(MANFAAT, "--owner", "redaksi")

    assert error is None
    assert ArticlePage.objects.get().owner == editor


def test_the_only_superuser_owns_imported_pages_by_default(index, django_user_model):
    admin = django_user_model.objects.create_superuser("admin", password="rahasia-sekali")

    run(MANFAAT)

    assert ArticlePage.objects.get().owner == admin


def test_dry_run_names_the_authors_it_would_create(index):
    out, _err, error = run(MANFAAT, "--dry-run")

    assert error is None
    assert "would add author: Siti Rahma" in out
    assert not Author.objects.exists()
