"""A WordPress export (WXR) into Guyub: articles, authors, categories, tags, images,
comments and redirects from the old permalinks.

The export is read twice as a stream (see ``wxr.iter_wxr``): the first pass creates
authors, categories and images, so that posts in the second pass can point at
attachments that appear later in the file. Everything runs in one transaction: a
malformed or unsafe file leaves the database as it was, and image files already written
are removed again.

Every object is remembered in ``ImportRecord`` under "<site URL>#<WordPress id>", so
running the import again updates instead of duplicating.
"""

import hashlib
import html
import json
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlparse

from django.apps import apps
from django.conf import settings
from django.core.files import File
from django.db import transaction
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import Truncator, slugify
from wagtail.contrib.redirects.models import Redirect
from wagtail.images import get_image_model
from wagtail.models import PageViewRestriction

from articles.models import (
    ArticlePage,
    ArticlePageAuthor,
    Author,
    Category,
    ImportRecord,
    PendingRelatedLink,
)

from .article_import import article_slug, find_article, resolve_pending_links
from .html_to_blocks import blocks_to_rich_text, html_to_blocks
from .wxr import WxrAuthor, WxrCategory, WxrError, WxrItem, WxrSite, iter_wxr

__all__ = [
    "ItemReport",
    "WordPressSummary",
    "WxrError",
    "comments_supported",
    "import_wordpress",
    "plain_title",
    "safe_web_url",
]

INTRO_MAX_LENGTH = 500
_SIZE_SUFFIX = re.compile(r"-\d+x\d+(?=\.\w+$)")
_IMAGE_EXTENSIONS = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif"}
# "…/2026/08/file.jpg": the part of an upload URL that is the same on every host
# (the blog's own domain, WordPress.com's files host, the wp.com image CDN).
_UPLOAD_TAIL = re.compile(r"/(\d{4}/\d{2}/[^/]+)$")
SKIPPED_STATUSES = {"trash", "auto-draft", "inherit"}


def plain_title(value):
    """WordPress titles may carry markup ("Title <em>With</em> …"); ours are plain text."""
    text = strip_tags(html.unescape(strip_tags(value or "")))
    return " ".join(text.split())


def safe_web_url(url):
    """``url`` when it is an http(s) address, else "" (javascript:, data: and the like)."""
    url = (url or "").strip()
    parsed = urlparse(url)
    return url if parsed.scheme.lower() in {"http", "https"} and parsed.netloc else ""


def comment_text(content):
    """A WordPress comment's HTML as the plain text our comment renderer formats.

    Paragraphs and line breaks stay (blank line, newline); a link keeps its http(s)
    address next to its text so the renderer makes it clickable; any other markup
    (emphasis included: comments are plain text here) is reduced to its text.
    """
    text = (content or "").replace("\r\n", "\n").replace("\r", "\n")

    def link(match):
        href = safe_web_url(html.unescape(match["href"]))
        label = " ".join(strip_tags(match["label"]).split())
        if not href:
            return label
        return href if not label or label == href else f"{label} ({href})"

    text = re.sub(
        r"""<a\b[^>]*?\bhref=(["'])(?P<href>.*?)\1[^>]*>(?P<label>.*?)</a>""",
        link,
        text,
        flags=re.IGNORECASE | re.DOTALL,
    )
    text = re.sub(r"<br\s*/?>", "\n", text, flags=re.IGNORECASE)
    text = re.sub(r"</p\s*>|<p\b[^>]*>", "\n\n", text, flags=re.IGNORECASE)
    text = html.unescape(strip_tags(text))
    paragraphs = [part.strip() for part in re.split(r"\n\s*\n", text) if part.strip()]
    return "\n\n".join(paragraphs)


# The report is read by editors in the admin: its words are Indonesian.
KIND_LABELS = {"post": "tulisan", "page": "halaman"}
ACTION_LABELS = {
    "created": "dibuat",
    "updated": "diperbarui",
    "unchanged": "tidak berubah",
    "skipped": "dilewati",
}
STATE_LABELS = {
    "published": "terbit",
    "password": "berkata sandi",
    "scheduled": "terjadwal",
    "private": "pribadi",
    "draft": "draf",
}


def _state(item):
    if item.is_published:
        return "password" if item.password else "published"
    if item.is_scheduled:
        return "scheduled"
    return "private" if item.status == "private" else "draft"


@dataclass
class ItemReport:
    """What happened to one WordPress post or page, and what was dropped or changed."""

    wp_id: int
    kind: str  # "post" or "page"
    title: str
    action: str = ""  # created, updated, unchanged, skipped
    state: str = ""  # published, draft, scheduled, password, private
    notes: list = field(default_factory=list)

    def line(self):
        state = f", {STATE_LABELS[self.state]}" if self.state else ""
        kind = KIND_LABELS[self.kind]
        return f"{kind} {self.wp_id} “{self.title}”: {ACTION_LABELS[self.action]}{state}"


@dataclass
class WordPressSummary:
    posts_created: int = 0
    posts_updated: int = 0
    posts_unchanged: int = 0
    drafts: int = 0
    scheduled: int = 0
    protected: int = 0
    pages_created: int = 0
    pages_updated: int = 0
    pages_unchanged: int = 0
    other_skipped: int = 0
    comments_imported: int = 0
    comments_skipped: int = 0
    comments_reattached: int = 0
    images_imported: int = 0
    images_missing: int = 0
    redirects: int = 0
    related_linked: int = 0
    related_waiting: int = 0
    authors: int = 0
    categories: int = 0
    warnings: list = field(default_factory=list)
    items: list = field(default_factory=list)  # ItemReport per post and page, file order

    def lines(self):
        """The end-of-run summary, one fact per line."""
        return [
            f"tulisan: {self.posts_created} dibuat, {self.posts_updated} diperbarui, "
            f"{self.posts_unchanged} tidak berubah ({self.drafts} sebagai draf, "
            f"{self.scheduled} terjadwal, {self.protected} berkata sandi)",
            f"halaman: {self.pages_created} dibuat, {self.pages_updated} diperbarui, "
            f"{self.pages_unchanged} tidak berubah (sebagai halaman biasa)",
            f"item lain dilewati: {self.other_skipped}",
            f"komentar: {self.comments_imported} diimpor, {self.comments_skipped} dilewati, "
            f"{self.comments_reattached} balasan dipindahkan (utas lebih dalam dari batas)",
            f"gambar: {self.images_imported} diimpor, {self.images_missing} tidak ditemukan",
            f"pengalihan: {self.redirects}",
            f"tautan 'Pos Terkait': {self.related_linked} tertaut, "
            f"{self.related_waiting} menunggu artikelnya",
            f"penulis: {self.authors}, kategori: {self.categories}",
            f"peringatan: {len(self.warnings)}",
        ]


class _DryRun(Exception):
    pass


def comments_supported():
    """Comments can be imported once the threaded comments app is installed."""
    return apps.is_installed("django_comments_xtd")


def import_wordpress(source, *, index, media_dir=None, dry_run=False, owner=None):
    """Import the export at ``source`` (a path) under the article ``index``; ``owner``
    (a user) owns the pages it creates.

    Raises ``WxrError`` for an unreadable or unsafe file, with nothing changed.
    """
    importer = _Importer(Path(source), index, Path(media_dir) if media_dir else None, owner)
    try:
        with transaction.atomic():
            importer.run()
            if dry_run:
                raise _DryRun
    except _DryRun:
        importer.discard_files()
    except BaseException:
        importer.discard_files()
        raise
    return importer.summary


class _Importer:
    def __init__(self, source, index, media_dir, owner=None):
        self.source = source
        self.index = index
        self.media_dir = media_dir
        self.summary = WordPressSummary()
        self.site = WxrSite()
        self.authors = {}  # login -> Author
        self.categories = {}  # nicename -> Category
        self.category_parents = {}  # nicename -> parent nicename
        self.images = {}  # attachment id -> image pk
        self.image_urls = {}  # normalised upload URL -> image pk
        self.stored_files = []  # storage names written in this run, removed on rollback
        self.timezone = timezone.get_default_timezone()
        self.page_ids = []  # articles created or updated in this run
        self.standard_pages = {}  # WordPress page id -> page
        # The site's plain page type lives above this app (GUYUB_WORDPRESS_PAGE_MODEL).
        self.page_model = apps.get_model(settings.GUYUB_WORDPRESS_PAGE_MODEL)
        self.owner = owner
        self.home = index.get_parent().specific

    @property
    def key_prefix(self):
        return self.site.base_site_url or self.site.link or self.source.name

    def _records(self):
        for record in iter_wxr(self.source, timezone=self.timezone):
            if isinstance(record, WxrSite):
                self.site = record
            yield record

    def run(self):
        for record in self._records():
            if isinstance(record, WxrAuthor):
                self.author(record)
            elif isinstance(record, WxrCategory):
                self.category(record)
            elif isinstance(record, WxrItem) and record.post_type == "attachment":
                self.attachment(record)
        self.link_categories()
        pages = []
        for record in self._records():
            if not isinstance(record, WxrItem):
                continue
            if record.post_type == "post":
                self.post(record)
            elif record.post_type == "page":
                pages.append(record)
            elif record.post_type != "attachment":
                self.summary.other_skipped += 1
        # Parents before children, whatever the file order (a page can be moved under a
        # page written later).
        by_id = {page.id: page for page in pages}
        done = set()

        def place(page):
            if page.id in done:
                return
            done.add(page.id)
            if page.parent_id in by_id:
                place(by_id[page.parent_id])
            self.standard_page(page)

        for page in pages:
            place(page)
        self.summary.related_waiting = PendingRelatedLink.objects.filter(
            page_id__in=self.page_ids
        ).count()

    def discard_files(self):
        storage = get_image_model()._meta.get_field("file").storage
        for name in self.stored_files:
            storage.delete(name)

    def warn(self, message):
        self.summary.warnings.append(message)

    # Authors and categories --------------------------------------------------------

    def author(self, wxr_author):
        name = wxr_author.display_name or " ".join(
            filter(None, [wxr_author.first_name, wxr_author.last_name])
        )
        name = html.unescape(name or wxr_author.login).strip()
        author = Author.objects.filter(name__iexact=name).first()
        if author is None:
            base = slugify(wxr_author.login or name, allow_unicode=True)[:110] or "penulis"
            slug, suffix = base, 2
            while Author.objects.filter(slug=slug).exists():
                slug, suffix = f"{base}-{suffix}", suffix + 1
            author = Author.objects.create(name=name, slug=slug)
            self.summary.authors += 1
        self.authors[wxr_author.login] = author

    def category(self, wxr_category):
        # WordPress stores non-ASCII slugs percent-encoded ("kopi-caf%c3%a9").
        slug = slugify(unquote(wxr_category.nicename), allow_unicode=True) or slugify(
            wxr_category.name, allow_unicode=True
        )
        slug = slug[:80] or "kategori"
        category, created = Category.objects.get_or_create(
            slug=slug,
            defaults={
                "name": html.unescape(wxr_category.name)[:80],
                "description": html.unescape(wxr_category.description),
            },
        )
        self.summary.categories += created
        self.categories[wxr_category.nicename] = category
        if wxr_category.parent:
            self.category_parents[wxr_category.nicename] = wxr_category.parent

    def link_categories(self):
        """WordPress's category tree, once every category exists (a child may come first)."""
        for nicename, parent in self.category_parents.items():
            category, parent = self.categories[nicename], self.categories.get(parent)
            if parent is not None and category.parent_id != parent.pk and parent != category:
                category.parent = parent
                category.save(update_fields=["parent"])

    def _category_for(self, nicename, name):
        if nicename not in self.categories:
            self.category(WxrCategory(nicename=nicename, name=name))
        return self.categories[nicename]

    # Attachments -------------------------------------------------------------------

    def _find_media(self, item):
        if self.media_dir is None:
            return None
        tails = []
        attached = item.meta.get("_wp_attached_file")
        if attached:
            tails.append(attached)
        path = urlparse(item.attachment_url).path
        if "/uploads/" in path:
            tails.append(path.split("/uploads/", 1)[1])
        dated = _UPLOAD_TAIL.search(path)
        if dated:
            tails.append(dated.group(1))
        # --media-dir may be the uploads folder, wp-content or the site root.
        candidates = [
            f"{prefix}{tail}"
            for tail in tails
            for prefix in ("", "uploads/", "wp-content/uploads/")
        ]
        candidates.append(Path(path).name)
        root = self.media_dir.resolve()
        for candidate in candidates:
            file_path = (root / candidate).resolve()
            # Stay inside --media-dir whatever the export says ("../../etc/passwd").
            if file_path.is_relative_to(root) and file_path.is_file():
                return file_path
        return None

    def attachment(self, item):
        if Path(urlparse(item.attachment_url).path).suffix.lower() not in _IMAGE_EXTENSIONS:
            self.warn(f"lampiran {item.id} bukan gambar, dilewati: {item.attachment_url}")
            return
        Image = get_image_model()
        key = f"{self.key_prefix}#{item.id}"
        record = ImportRecord.objects.filter(
            source=ImportRecord.Source.WORDPRESS_ATTACHMENT, key=key
        ).first()
        image = Image.objects.filter(pk=record.object_id).first() if record else None
        if image is None:
            file_path = self._find_media(item)
            if file_path is None:
                self.summary.images_missing += 1
                self.warn(f"berkas gambar tidak ditemukan di --media-dir: {item.attachment_url}")
                return
            with file_path.open("rb") as handle:
                image = Image(
                    title=html.unescape(item.title or file_path.stem)[:255],
                    file=File(handle, name=file_path.name),
                )
                image.save()
            self.stored_files.append(image.file.name)
            ImportRecord.objects.update_or_create(
                source=ImportRecord.Source.WORDPRESS_ATTACHMENT,
                key=key,
                defaults={"object_id": image.pk},
            )
            self.summary.images_imported += 1
        self.images[item.id] = image.pk
        self.image_urls[self._normalise_url(item.attachment_url)] = image.pk

    @staticmethod
    def _normalise_url(url):
        """Upload path without host or WordPress's "-300x200" size suffix; for uploads in
        year/month folders just "YYYY/MM/file", so other hosts of the same file match."""
        path = urlparse(html.unescape(url or "")).path
        dated = _UPLOAD_TAIL.search(path)
        return _SIZE_SUFFIX.sub("", dated.group(1) if dated else path)

    def resolve_image(self, src, attachment_id):
        if attachment_id in self.images:
            return self.images[attachment_id]
        return self.image_urls.get(self._normalise_url(src))

    # Posts -------------------------------------------------------------------------

    def _unique_slug(self, slug, page_pk, parent=None):
        siblings = (parent or self.index).get_children().exclude(pk=page_pk)
        base, suffix, candidate = slug, 2, slug
        while siblings.filter(slug=candidate).exists():
            candidate, suffix = f"{base[:250]}-{suffix}", suffix + 1
        return candidate

    def _report(self, item, kind):
        title = plain_title(item.title) or f"Tanpa judul ({item.id})"
        report = ItemReport(wp_id=item.id, kind=kind, title=title[:255])
        self.summary.items.append(report)
        if "<" in item.title and strip_tags(item.title) != item.title:
            report.notes.append("diubah: markup dihapus dari judul (judul berupa teks biasa)")
        return report

    @staticmethod
    def _checksum(item, conversion, extra=()):
        """What an import of ``item`` would write: equal checksums mean nothing changed."""
        source = {name: value for name, value in vars(item).items() if name not in {"comments"}}
        blocks = [(block["type"], block["value"]) for block in conversion.blocks]
        data = json.dumps([repr(source), blocks, list(extra)], default=str, sort_keys=True)
        return hashlib.sha256(data.encode()).hexdigest()

    def _publish(self, page, item, report, revision):
        """Publish, schedule or keep as draft, as the post was in WordPress."""
        if item.password:
            # Before publishing, so the page is never public, not even within this run.
            PageViewRestriction.objects.update_or_create(
                page=page,
                restriction_type=PageViewRestriction.PASSWORD,
                defaults={"password": item.password},
            )
            self.summary.protected += 1
            report.notes.append(
                "diubah: berkata sandi di WordPress, diterbitkan di balik pembatasan kata "
                "sandi Wagtail dengan kata sandi yang sama"
            )
        report.state = _state(item)
        if item.is_published or item.is_scheduled:
            # A scheduled revision stays approved for go_live_at (already set on the
            # page); publish_scheduled makes it live then.
            revision.publish()
            self.summary.scheduled += item.is_scheduled
        else:
            self.summary.drafts += 1
            if item.status == "private":
                report.notes.append(
                    "diubah: pribadi di WordPress, disimpan sebagai draf yang belum terbit"
                )

    def post(self, item):
        if item.status in SKIPPED_STATUSES:
            self.summary.other_skipped += 1
            return
        report = self._report(item, "post")
        title = report.title
        key = f"{self.key_prefix}#{item.id}"
        record = ImportRecord.objects.filter(
            source=ImportRecord.Source.WORDPRESS_POST, key=key
        ).first()
        existing = ArticlePage.objects.filter(pk=record.object_id).first() if record else None

        conversion = html_to_blocks(item.content, self.resolve_image)
        report.notes.extend(conversion.warnings)
        thumbnail = item.meta.get("_thumbnail_id", "")
        hero_image_id = self.images.get(int(thumbnail)) if thumbnail.isdigit() else None
        checksum = self._checksum(item, conversion, [hero_image_id])
        if existing is not None and record.checksum == checksum:
            report.action = "unchanged"
            report.state = _state(item)
            self.summary.posts_unchanged += 1
            self.page_ids.append(existing.pk)
            self.comments(item, existing, report)
            return

        if existing is None:
            page = ArticlePage(title=title, live=False, owner=self.owner)
        else:
            page = existing.get_latest_revision_as_object()
        page.title = title
        page.slug = self._unique_slug(
            slugify(unquote(html.unescape(item.slug)), allow_unicode=True)[:255]
            or slugify(title, allow_unicode=True)[:255]
            or f"artikel-{item.id}",
            existing.pk if existing else None,
        )
        page.date = item.date or timezone.now()
        if item.is_scheduled and item.date and item.date > timezone.now():
            page.go_live_at = item.date
        blocks = conversion.blocks
        intro = " ".join(re.sub(r"<[^>]+>", " ", html.unescape(item.excerpt or "")).split())
        if not intro and blocks and blocks[0]["type"] == "paragraph":
            first = " ".join(re.sub(r"<[^>]+>", " ", html.unescape(blocks[0]["value"])).split())
            if len(first) <= INTRO_MAX_LENGTH:
                # Without an excerpt the opening paragraph becomes the intro, which the
                # article page shows as its lead: keep it out of the body.
                intro, blocks = first, blocks[1:]
        intro = intro or self._first_paragraph(blocks) or title
        if len(intro) > INTRO_MAX_LENGTH:
            report.notes.append(
                f"diubah: pengantar dipendekkan menjadi {INTRO_MAX_LENGTH} karakter"
            )
        page.intro = Truncator(intro).chars(INTRO_MAX_LENGTH)
        page.search_description = Truncator(intro).chars(155)
        ids = {block["id"] for block in blocks}
        pending = []
        for reference in conversion.related:
            after = reference.after_block_id if reference.after_block_id in ids else ""
            target = self._related_target(reference, existing)
            if target is None:
                pending.append((reference, after))
                continue
            position = next((i + 1 for i, block in enumerate(blocks) if block["id"] == after), 0)
            blocks.insert(
                position,
                {
                    "type": "related_post",
                    "value": {"page": target.pk, "label": reference.label},
                    "id": str(uuid.uuid4()),
                },
            )
            self.summary.related_linked += 1
        page.body = blocks
        has_headings = any(block["type"] == "heading" for block in blocks)
        page.numbered_headings = conversion.numbered_headings or not has_headings
        page.comments_enabled = item.comment_status != "closed"
        page.hero_image_id = hero_image_id
        if item.creator in self.authors:
            page.article_authors = [ArticlePageAuthor(author=self.authors[item.creator])]
        page.categories.set(
            [self._category_for(nicename, name) for nicename, name in item.categories]
        )
        page.tags.set([html.unescape(name) for _slug, name in item.tags])
        page.pinned = item.sticky

        if existing is None:
            self.index.add_child(instance=page)
        self._publish(page, item, report, page.save_revision())
        page = ArticlePage.objects.get(pk=page.pk)
        ImportRecord.objects.update_or_create(
            source=ImportRecord.Source.WORDPRESS_POST,
            key=key,
            defaults={"object_id": page.pk, "checksum": checksum},
        )
        if existing is None:
            self.summary.posts_created += 1
            report.action = "created"
        else:
            self.summary.posts_updated += 1
            report.action = "updated"
        if item.is_published or item.is_scheduled:
            self.redirects(item, page)
        page.pending_related_links.all().delete()
        for position, (reference, after) in enumerate(pending):
            PendingRelatedLink.objects.create(
                page=page,
                kind=PendingRelatedLink.Kind.INLINE,
                target_title=reference.title[:255],
                target_slug=article_slug(reference.title),
                label=reference.label[:40],
                after_block_id=after,
                sort_order=position,
            )
        self.summary.related_linked += len(resolve_pending_links(page))
        self.page_ids.append(page.pk)
        self.comments(item, page, report)

    def standard_page(self, item):
        """A WordPress page becomes a standard page under the home page (or under the
        page that was its parent in WordPress)."""
        if item.status in SKIPPED_STATUSES:
            self.summary.other_skipped += 1
            return
        report = self._report(item, "page")
        key = f"{self.key_prefix}#page-{item.id}"
        record = ImportRecord.objects.filter(
            source=ImportRecord.Source.WORDPRESS_POST, key=key
        ).first()
        existing = self.page_model.objects.filter(pk=record.object_id).first() if record else None
        parent = self.standard_pages.get(item.parent_id, self.home)
        conversion = html_to_blocks(item.content, self.resolve_image)
        report.notes.extend(conversion.warnings)
        body, notes = blocks_to_rich_text(conversion.blocks)
        report.notes.extend(notes)
        checksum = self._checksum(item, conversion, [parent.pk])
        if existing is not None and record.checksum == checksum:
            report.action = "unchanged"
            report.state = _state(item)
            self.summary.pages_unchanged += 1
            self.standard_pages[item.id] = existing
            self.comments(item, existing, report)
            return
        page = (
            existing.get_latest_revision_as_object()
            if existing
            else self.page_model(live=False, owner=self.owner)
        )
        page.title = report.title
        page.slug = self._unique_slug(
            slugify(unquote(html.unescape(item.slug)), allow_unicode=True)[:255]
            or slugify(report.title, allow_unicode=True)[:255]
            or f"halaman-{item.id}",
            existing.pk if existing else None,
            parent=existing.get_parent() if existing else parent,
        )
        page.intro = " ".join(strip_tags(html.unescape(item.excerpt or "")).split())
        page.body = body
        # Comments were open on the WordPress page: keep them open here.
        page.comments_enabled = item.comment_status == "open" or bool(item.comments)
        if existing is None:
            parent.add_child(instance=page)
        self._publish(page, item, report, page.save_revision())
        page = self.page_model.objects.get(pk=page.pk)
        ImportRecord.objects.update_or_create(
            source=ImportRecord.Source.WORDPRESS_POST,
            key=key,
            defaults={"object_id": page.pk, "checksum": checksum},
        )
        if existing is None:
            self.summary.pages_created += 1
            report.action = "created"
        else:
            self.summary.pages_updated += 1
            report.action = "updated"
        self.standard_pages[item.id] = page
        if item.is_published:
            self.redirects(item, page)
        self.comments(item, page, report)

    def _related_target(self, reference, existing):
        """The article a "Pos Terkait" link points at: via the old permalink's redirect
        (posts imported earlier), else by title."""
        target = None
        parsed = urlparse(reference.href)
        if parsed.path.strip("/") or parsed.query:
            old_path = Redirect.normalise_path(
                parsed.path + (f"?{parsed.query}" if parsed.query else "")
            )
            redirect = Redirect.objects.filter(old_path=old_path).first()
            if redirect is not None and redirect.redirect_page_id:
                target = ArticlePage.objects.filter(pk=redirect.redirect_page_id).first()
        target = target or find_article(reference.title, exclude=existing)
        if target is None or (existing is not None and target.pk == existing.pk):
            return None
        return target

    @staticmethod
    def _first_paragraph(blocks):
        for block in blocks:
            if block["type"] == "paragraph":
                return " ".join(re.sub(r"<[^>]+>", " ", html.unescape(block["value"])).split())
        return ""

    def redirects(self, item, page):
        # The short link comes from wp:post_id, never from the guid: a guid is written
        # once and keeps pointing at the post it was copied from (duplicated posts,
        # imports between blogs), so "?p=" in it can name another post.
        paths = {f"/?p={item.id}"}
        if item.post_type == "page":
            paths.add(f"/?page_id={item.id}")
        parsed = urlparse(item.link)
        if parsed.path.strip("/") or parsed.query:
            paths.add(parsed.path + (f"?{parsed.query}" if parsed.query else ""))
        for path in sorted(paths):
            old_path = Redirect.normalise_path(path)
            if old_path == "/" or old_path == (page.url or "").rstrip("/"):
                continue
            Redirect.objects.update_or_create(
                old_path=old_path,
                site=None,
                defaults={"redirect_page": page, "is_permanent": True, "redirect_link": ""},
            )
            self.summary.redirects += 1

    # Comments ----------------------------------------------------------------------

    def comments(self, item, page, report):
        wanted = [c for c in item.comments if c.approved in {"1", "0"} and not c.is_ping]
        skipped = len(item.comments) - len(wanted)
        self.summary.comments_skipped += skipped
        if skipped:
            report.notes.append(
                f"dibuang: {skipped} komentar spam, sampah, pingback, atau trackback"
            )
        if not wanted:
            return
        if not comments_supported():
            self.summary.comments_skipped += len(wanted)
            report.notes.append(
                f"dibuang: {len(wanted)} komentar; komentar berutas "
                "(django_comments_xtd) tidak terpasang"
            )
            return
        imported, reattached, unsafe_urls = _import_xtd_comments(self, wanted, page, item)
        self.summary.comments_imported += imported
        self.summary.comments_reattached += reattached
        if reattached:
            report.notes.append(
                f"diubah: {reattached} balasan yang lebih dalam dari batas situs dipasang pada "
                "induk terdalam yang diizinkan, dengan urutan aslinya"
            )
        if unsafe_urls:
            report.notes.append(
                f"dibuang: {unsafe_urls} alamat situs web pengomentar yang bukan alamat http(s)"
            )


def _import_xtd_comments(importer, comments, page, item):
    """Create django-comments-xtd comments with their reply structure; returns the count.

    Returns (created, re-attached, unsafe commenter URLs dropped).
    Only runs when django_comments_xtd is installed. Comments come in WordPress id order,
    so a parent is always created before its replies; a reply to a skipped comment (spam,
    pingback) hangs from the nearest kept ancestor. Replies deeper than the configured
    maximum level are attached to the deepest allowed ancestor.
    """
    from django.contrib.contenttypes.models import ContentType
    from django.contrib.sites.models import Site
    from django_comments_xtd.models import XtdComment, max_thread_level_for_content_type

    content_type = ContentType.objects.get_for_model(type(page))
    max_level = max_thread_level_for_content_type(content_type)
    site = Site.objects.get_current()
    parents = {c.id: c.parent_id for c in item.comments}
    created = {}
    count = reattached = unsafe_urls = 0
    for comment in sorted(comments, key=lambda c: c.id):
        key = f"{importer.key_prefix}#{comment.id}"
        record = ImportRecord.objects.filter(
            source=ImportRecord.Source.WORDPRESS_COMMENT, key=key
        ).first()
        if record is not None and XtdComment.objects.filter(pk=record.object_id).exists():
            created[comment.id] = record.object_id
            continue
        parent = comment.parent_id
        while parent and parent not in created:
            parent = parents.get(parent, 0)
        parent_pk = created.get(parent, 0)
        wanted_parent = parent_pk
        # Deeper than the site allows: hang the reply from the deepest allowed ancestor.
        # Replies are created in id (= time) order and xtd appends each after its new
        # parent's last descendant, so the thread keeps its reading order.
        while parent_pk:
            ancestor = XtdComment.objects.get(pk=parent_pk)
            if ancestor.level < max_level:
                break
            parent_pk = 0 if ancestor.parent_id == ancestor.pk else ancestor.parent_id
        reattached += parent_pk != wanted_parent
        user_url = safe_web_url(comment.author_url)
        unsafe_urls += bool(comment.author_url.strip()) and not user_url
        xtd = XtdComment(
            content_type=content_type,
            object_pk=str(page.pk),
            site=site,
            user_name=html.unescape(comment.author)[:50],
            user_email=comment.author_email,
            user_url=user_url,
            comment=comment_text(comment.content),
            submit_date=comment.date or page.date,
            ip_address=comment.author_ip or None,
            is_public=comment.is_public,
            parent_id=parent_pk,
        )
        xtd.save()
        created[comment.id] = xtd.pk
        ImportRecord.objects.update_or_create(
            source=ImportRecord.Source.WORDPRESS_COMMENT, key=key, defaults={"object_id": xtd.pk}
        )
        count += 1
    return count, reattached, unsafe_urls
