import datetime
import io
import tracemalloc

import pytest

from articles.importing.wxr import (
    WxrAuthor,
    WxrCategory,
    WxrError,
    WxrItem,
    WxrSite,
    WxrTag,
    iter_wxr,
)

from .importing_fixtures import MALFORMED, WXR


def _read(source=WXR):
    return list(iter_wxr(source))


def _items(records, post_type=None):
    return [r for r in records if isinstance(r, WxrItem) and post_type in (None, r.post_type)]


def test_site_authors_categories_and_tags_are_read():
    records = _read()

    assert records[0] == WxrSite(
        title="Kabar RW 07",
        link="https://kabar-rw07.contoh.id",
        base_site_url="https://kabar-rw07.contoh.id",
        base_blog_url="https://kabar-rw07.contoh.id",
        wxr_version="1.2",
    )
    assert [r for r in records if isinstance(r, WxrAuthor)] == [
        WxrAuthor("siti", "siti@contoh.id", "Siti Rahma", "Siti", "Rahma"),
        WxrAuthor("budi", "budi@contoh.id", "Budi Santoso", "", ""),
    ]
    categories = [r for r in records if isinstance(r, WxrCategory)]
    assert [(c.nicename, c.name, c.parent) for c in categories] == [
        ("kegiatan-warga", "Kegiatan Warga", ""),
        ("arisan", "Arisan", "kegiatan-warga"),
    ]
    assert [r for r in records if isinstance(r, WxrTag)] == [
        WxrTag("gotong-royong", "gotong royong"),
        WxrTag("kas-warga", "kas warga"),
    ]


def test_posts_keep_status_dates_terms_and_raw_content():
    published, draft, _later = _items(_read(), "post")

    assert (published.id, published.status, published.slug) == (
        101,
        "publish",
        "arisan-rt04-tahun-ketiga",
    )
    assert published.date == datetime.datetime(2026, 8, 12, 12, 30, tzinfo=datetime.UTC)
    assert published.link == "https://kabar-rw07.contoh.id/2026/08/arisan-rt04-tahun-ketiga/"
    assert published.guid == "https://kabar-rw07.contoh.id/?p=101"
    assert published.creator == "siti"
    assert published.categories == [("arisan", "Arisan"), ("kegiatan-warga", "Kegiatan Warga")]
    assert published.tags == [("kas-warga", "kas warga")]
    assert published.meta["_thumbnail_id"] == "45"
    assert "[caption" in published.content
    assert published.is_published

    assert (draft.id, draft.status, draft.slug) == (102, "draft", "")
    assert not draft.is_published
    # No GMT date on drafts: the local date is read in the given zone.
    assert draft.date == datetime.datetime(2026, 8, 20, 10, tzinfo=datetime.UTC)
    assert "\n\nHasil penjualan" in draft.content


def test_local_dates_use_the_given_timezone():
    jakarta = datetime.timezone(datetime.timedelta(hours=7))
    draft = _items(list(iter_wxr(WXR, timezone=jakarta)), "post")[1]

    assert draft.date == datetime.datetime(2026, 8, 20, 3, tzinfo=datetime.UTC)


def test_comments_keep_their_reply_structure_and_state():
    post = _items(_read(), "post")[0]

    tree = {c.id: c.parent_id for c in post.comments}
    assert tree == {11: 0, 12: 11, 13: 12, 14: 0, 15: 0, 16: 0}
    by_id = {c.id: c for c in post.comments}
    assert by_id[12].author == "Siti Rahma"
    assert by_id[12].date == datetime.datetime(2026, 8, 12, 13, 15, tzinfo=datetime.UTC)
    assert [c.id for c in post.comments if c.is_public and not c.is_ping] == [11, 12, 13]
    assert by_id[14].approved == "0"
    assert by_id[15].approved == "spam"
    assert by_id[16].is_ping


def test_attachments_pages_and_other_types_are_yielded_with_their_type():
    items = _read()

    attachment = _items(items, "attachment")[0]
    assert attachment.id == 45
    assert attachment.attachment_url.endswith("/2026/08/arisan-rt04.jpg")
    assert attachment.meta["_wp_attached_file"] == "2026/08/arisan-rt04.jpg"
    assert [i.post_type for i in _items(items)] == [
        "attachment",
        "attachment",
        "post",
        "post",
        "post",
        "page",
        "nav_menu_item",
    ]


def test_reading_from_a_file_object_works_the_same():
    with WXR.open("rb") as handle:
        assert len(list(iter_wxr(handle))) == len(_read())


def test_streaming_keeps_memory_flat_for_a_large_export():
    """A 2,000-post export must not be held in memory: the parser frees each item."""
    item = (
        "<item><title>Kabar {n}</title><wp:post_id>{n}</wp:post_id>"
        "<wp:post_type>post</wp:post_type><content:encoded><![CDATA[{body}]]></content:encoded>"
        "</item>"
    )
    body = "<p>" + "Warga bergotong royong membersihkan selokan. " * 200 + "</p>"
    xml = (
        '<rss xmlns:wp="http://wordpress.org/export/1.2/" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        "<wp:wxr_version>1.2</wp:wxr_version>"
        + "".join(item.format(n=n, body=body) for n in range(2000))
        + "</channel></rss>"
    ).encode()
    assert len(xml) > 15_000_000

    tracemalloc.start()
    try:
        count = sum(1 for record in iter_wxr(io.BytesIO(xml)) if isinstance(record, WxrItem))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert count == 2000
    # Holding every parsed item would need well over the document's 18 MB.
    assert peak < 3_000_000


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("external-entity.xml", "ditolak: berkas mendeklarasikan entitas XML atau rujukan"),
        ("billion-laughs.xml", "ditolak: berkas mendeklarasikan entitas XML"),
        ("truncated.xml", "rusak atau terpotong"),
        ("not-wordpress.xml", "bukan ekspor WordPress"),
        ("binary.txt", "rusak atau terpotong"),
        ("empty.txt", "rusak atau terpotong"),
    ],
)
def test_unsafe_or_malformed_exports_raise_a_clear_error(name, message):
    with pytest.raises(WxrError, match=message):
        _read(MALFORMED / name)


def test_external_entity_is_never_resolved(tmp_path):
    secret = tmp_path / "rahasia.txt"
    secret.write_text("KATA-SANDI-RAHASIA")
    xml = (MALFORMED / "external-entity.xml").read_text().replace("/etc/passwd", str(secret))

    with pytest.raises(WxrError) as raised:
        _read(io.BytesIO(xml.encode()))

    assert "KATA-SANDI-RAHASIA" not in str(raised.value)


def test_root_element_other_than_rss_is_refused():
    with pytest.raises(WxrError, match="elemen akarnya <html>"):
        _read(io.BytesIO(b"<html><body>bukan ekspor</body></html>"))


@pytest.mark.parametrize(
    "namespace",
    [
        "https://wordpress.org/export/1.2/",
        "http://wordpress.org/export/1.1/",
        "https://wordpress.org/export/1.0/",
    ],
)
def test_https_and_every_1x_namespace_are_read(namespace):
    version = namespace.rstrip("/").rsplit("/", 1)[1]
    source = WXR.read_text().replace("http://wordpress.org/export/1.2/", namespace)
    source = source.replace("<wp:wxr_version>1.2<", f"<wp:wxr_version>{version}<")

    records = list(iter_wxr(io.BytesIO(source.encode())))

    assert records[0].wxr_version == version
    published = _items(records, "post")[0]
    assert published.id == 101 and published.excerpt


def test_a_2x_namespace_is_not_taken_for_wxr():
    source = WXR.read_text().replace("wordpress.org/export/1.2/", "wordpress.org/export/2.0/")

    with pytest.raises(WxrError, match="wxr_version"):
        list(iter_wxr(io.BytesIO(source.encode())))
