import datetime
import shutil
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.contrib.redirects.models import Redirect
from wagtail.images import get_image_model
from wagtail.models import Revision

from articles.models import ArticlePage, Author, Category, ImportRecord, PendingRelatedLink
from home.models import StandardPage

from .importing_fixtures import MALFORMED, MEDIA, WXR, make_index

pytestmark = pytest.mark.django_db
Image = get_image_model()


@pytest.fixture
def index(home_page):
    return make_index(home_page)


def run(*args):
    out = StringIO()
    try:
        call_command("import_wordpress", *map(str, args), stdout=out, stderr=StringIO())
    except CommandError as error:
        return out.getvalue(), error
    return out.getvalue(), None


def _snapshot():
    return (
        ArticlePage.objects.count(),
        Author.objects.count(),
        Category.objects.count(),
        Image.objects.count(),
        Redirect.objects.count(),
        ImportRecord.objects.count(),
    )


def test_posts_become_articles_with_status_dates_terms_and_authors(index):
    out, error = run(WXR, "--media-dir", MEDIA)

    assert error is None, out
    published = ArticlePage.objects.get(slug="arisan-rt04-tahun-ketiga")
    draft = ArticlePage.objects.get(title="Rencana Bazar Tujuh Belasan")
    assert published.get_parent().pk == index.pk
    assert published.live and not draft.live
    assert published.date == datetime.datetime(2026, 8, 12, 12, 30, tzinfo=datetime.UTC)
    # Drafts have no GMT date: the local time is read in the site's zone (Asia/Jakarta).
    assert timezone.localtime(draft.date).replace(tzinfo=None) == datetime.datetime(
        2026, 8, 20, 10, 0
    )
    assert draft.slug == "rencana-bazar-tujuh-belasan"
    assert published.intro == "Tiga tahun arisan ibu-ibu RT 04 berjalan tanpa libur."
    assert draft.intro.startswith("Panitia tujuh belasan sedang menyusun")
    assert "Panitia tujuh belasan" not in str(draft.body.raw_data)
    assert "Hasil penjualan" in str(draft.body.raw_data)
    assert sorted(c.name for c in published.categories.all()) == ["Arisan", "Kegiatan Warga"]
    assert [t.name for t in published.tags.all()] == ["kas warga"]
    assert [t.name for t in draft.tags.all()] == ["gotong royong"]
    assert [a.name for a in published.authors()] == ["Siti Rahma"]
    assert [a.name for a in draft.authors()] == ["Budi Santoso"]
    assert Category.objects.get(slug="kegiatan-warga").description.startswith("Liputan")


def test_content_becomes_blocks_with_image_embed_and_numbered_headings(index):
    run(WXR, "--media-dir", MEDIA)

    page = ArticlePage.objects.get(slug="arisan-rt04-tahun-ketiga")
    types = [block.block_type for block in page.body]
    assert types == [
        "paragraph",
        "image",
        "heading",
        "list",
        "related_post",
        "heading",
        "quote",
        "embed",
        "paragraph",
    ]
    image_block = page.body[1].value
    assert image_block["image"].title == "Suasana arisan RT 04"
    assert image_block["alt_text"] == "Ibu-ibu duduk melingkar di ruang tamu"
    assert "Pertemuan bulan Agustus" in image_block["caption"].source
    assert page.hero_image == image_block["image"]
    assert page.numbered_headings
    assert [h.text for h in page.headings] == ["Aturan yang Disepakati", "Cerita dari Bendahara"]
    assert page.body[7].value.url == "https://www.youtube.com/watch?v=aBcD3fGh1jK"
    raw = str(page.body.raw_data)
    assert "script" not in raw and "onclick" not in raw and "wp:paragraph" not in raw


def test_pos_terkait_links_in_posts_resolve_forward_and_backward(index):
    out, _ = run(WXR, "--media-dir", MEDIA)

    arisan = ArticlePage.objects.get(slug="arisan-rt04-tahun-ketiga")
    kerja_bakti = ArticlePage.objects.get(slug="jadwal-kerja-bakti-agustus")
    # Backward, through the old permalink: the target was imported earlier in the file.
    backward = [b.value for b in kerja_bakti.body if b.block_type == "related_post"]
    assert [(v["page"].pk, v["label"]) for v in backward] == [(arisan.pk, "Pos Terkait")]
    # Forward, by title: it waited for the later post, then went back after the list.
    types = [block.block_type for block in arisan.body]
    forward = arisan.body[types.index("related_post")]
    assert types.index("related_post") == types.index("list") + 1
    assert (forward.value["page"].pk, forward.value["label"]) == (kerja_bakti.pk, "Baca Juga")
    assert arisan.live and not arisan.has_unpublished_changes
    assert not PendingRelatedLink.objects.exists()
    assert "tautan 'Pos Terkait': 2 tertaut, 0 menunggu artikelnya" in out


def test_images_come_only_from_the_media_dir(index):
    out, _ = run(WXR, "--media-dir", MEDIA)

    assert Image.objects.count() == 1
    assert "gambar: 1 diimpor, 1 tidak ditemukan" in out
    assert "berkas gambar tidak ditemukan di --media-dir" in out
    assert "foto-bazar.jpg" in out
    # The gallery's missing image (46) is reported on its post.
    assert "dibuang: gambar tidak ditemukan, tidak dimuat" in out


def test_without_media_dir_images_are_reported_missing(index):
    out, error = run(WXR)

    assert error is None
    assert Image.objects.count() == 0
    assert "gambar: 0 diimpor, 2 tidak ditemukan" in out
    page = ArticlePage.objects.get(slug="arisan-rt04-tahun-ketiga")
    assert "image" not in [block.block_type for block in page.body]


def test_old_permalinks_redirect_to_the_new_articles(index, client):
    out, _ = run(WXR, "--media-dir", MEDIA)

    page = ArticlePage.objects.get(slug="arisan-rt04-tahun-ketiga")
    assert set(Redirect.objects.values_list("old_path", flat=True)) == {
        "/2026/08/arisan-rt04-tahun-ketiga",
        "/?p=101",
        "/2026/08/jadwal-kerja-bakti-agustus",
        "/?p=105",
        # The WordPress page "Tentang Kami" keeps its short links too.
        "/?p=103",
        "/?page_id=103",
    }
    assert "pengalihan: 6" in out

    pretty = client.get("/2026/08/arisan-rt04-tahun-ketiga/")
    short = client.get("/?p=101")

    assert pretty.status_code == 301 and pretty["Location"] == page.url
    assert short.status_code == 301 and short["Location"] == page.url
    assert client.get(page.url).status_code == 200
    # Other query strings on the home page are left alone.
    assert client.get("/?p=999").status_code == 200
    assert client.get("/?utm_source=wa").status_code == 200


def test_pages_become_standard_pages_and_other_types_are_skipped(index):
    out, _ = run(WXR, "--media-dir", MEDIA)

    assert ArticlePage.objects.count() == 3
    assert "tulisan: 3 dibuat, 0 diperbarui, 0 tidak berubah (1 sebagai draf" in out
    assert "halaman: 1 dibuat" in out
    assert StandardPage.objects.child_of(index.get_parent()).count() == 1
    assert "item lain dilewati: 1" in out


def test_comments_are_reported_as_skipped_without_threaded_comments(index, monkeypatch):
    from articles.importing import wordpress_import

    monkeypatch.setattr(wordpress_import, "comments_supported", lambda: False)

    out, _ = run(WXR, "--media-dir", MEDIA)

    # 3 approved + 1 pending kept for import, spam and pingback dropped: all 6 skipped.
    assert "komentar: 0 diimpor, 6 dilewati" in out
    assert "django_comments_xtd" in out


def test_running_the_import_again_leaves_unchanged_posts_alone(index):
    run(WXR, "--media-dir", MEDIA)
    first = _snapshot()
    revisions = Revision.objects.count()
    page = ArticlePage.objects.get(slug="arisan-rt04-tahun-ketiga")
    page.title = "Judul diubah editor"
    page.save_revision().publish()

    out, error = run(WXR, "--media-dir", MEDIA)

    assert error is None
    assert _snapshot() == first
    assert "tulisan: 0 dibuat, 0 diperbarui, 3 tidak berubah" in out
    assert "gambar: 0 diimpor" in out
    # Nothing changed in WordPress: no new revision, and the editor's change stays.
    assert Revision.objects.count() == revisions + 1
    assert ArticlePage.objects.get(pk=page.pk).title == "Judul diubah editor"


def test_running_the_import_again_updates_posts_that_changed(index, tmp_path):
    run(WXR, "--media-dir", MEDIA)
    first = _snapshot()
    changed = tmp_path / "export.xml"
    changed.write_text(
        WXR.read_text().replace(
            "<title><![CDATA[Arisan RT 04 Menginjak Tahun Ketiga]]>",
            "<title><![CDATA[Arisan RT 04 Tahun Ketiga]]>",
        )
    )

    out, error = run(changed, "--media-dir", MEDIA)

    assert error is None
    assert _snapshot() == first
    assert "tulisan: 0 dibuat, 1 diperbarui, 2 tidak berubah" in out
    assert ArticlePage.objects.get(slug="arisan-rt04-tahun-ketiga").title == (
        "Arisan RT 04 Tahun Ketiga"
    )


def test_dry_run_changes_nothing_and_leaves_no_files(index, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    out, error = run(WXR, "--media-dir", MEDIA, "--dry-run")

    assert error is None
    assert "Dry run" in out and "tulisan: 3 dibuat" in out
    assert _snapshot() == (0, 0, 0, 0, 0, 0)
    assert not any(path.is_file() for path in (tmp_path / "media").rglob("*"))


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("external-entity.xml", "ditolak: berkas mendeklarasikan entitas XML"),
        ("billion-laughs.xml", "ditolak: berkas mendeklarasikan entitas XML"),
        ("truncated.xml", "rusak atau terpotong"),
        ("binary.txt", "rusak atau terpotong"),
        ("empty.txt", "rusak atau terpotong"),
        ("not-wordpress.xml", "bukan ekspor WordPress"),
    ],
)
def test_malformed_exports_fail_clearly_and_change_nothing(index, name, message):
    before = _snapshot()

    out, error = run(MALFORMED / name, "--media-dir", MEDIA)

    assert error is not None
    assert message in str(error) and "Nothing was imported" in str(error)
    assert _snapshot() == before


def test_truncated_export_removes_image_files_it_already_stored(index, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    media = tmp_path / "uploads"
    shutil.copytree(MEDIA, media)

    _, error = run(MALFORMED / "truncated.xml", "--media-dir", media)

    assert error is not None
    assert Image.objects.count() == 0
    assert not any(path.is_file() for path in (tmp_path / "media").rglob("*"))


def test_missing_export_file_is_a_clear_error(index):
    _, error = run(MALFORMED / "tidak-ada.xml")

    assert "No such file or directory" in str(error)


def test_comments_are_imported_with_their_threads_authors_dates_and_state(index):
    from django_comments_xtd.models import XtdComment

    out, _ = run(WXR, "--media-dir", MEDIA)

    page = ArticlePage.objects.get(slug="arisan-rt04-tahun-ketiga")
    comments = {c.user_name: c for c in XtdComment.objects.filter(object_pk=str(page.pk))}
    assert "komentar: 4 diimpor, 2 dilewati" in out  # spam and pingback skipped
    rina_first = XtdComment.objects.get(comment__startswith="Semoga arisannya awet")
    siti = comments["Siti Rahma"]
    rina_reply = XtdComment.objects.get(comment__startswith="Sama-sama")
    assert siti.parent_id == rina_first.pk
    assert rina_reply.thread_id == rina_first.pk
    assert rina_first.level == 0 and siti.level == 1
    assert rina_reply.level in {1, 2}  # 2 unless the site allows only one reply level
    assert siti.submit_date == datetime.datetime(2026, 8, 12, 13, 15, tzinfo=datetime.UTC)
    assert comments["Pak Joko"].is_public is False
    assert "Obat Murah" not in comments and "Blog Tetangga" not in comments
    # The comments app sees the approved ones as the page's published thread.
    from comments.queries import build_tree, for_page

    roots = build_tree(for_page(page).order_by("thread_id", "order"))
    assert [node.comment.user_name for node in roots] == ["Rina"]
    assert [child.comment.user_name for child in roots[0].children] == ["Siti Rahma"]
    assert [grandchild.comment.user_name for grandchild in roots[0].children[0].children] == [
        "Rina"
    ]

    out, _ = run(WXR, "--media-dir", MEDIA)
    assert XtdComment.objects.count() == 4
