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

import html
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

from django.apps import apps
from django.core.files import File
from django.db import transaction
from django.utils import timezone
from django.utils.text import Truncator, slugify
from wagtail.contrib.redirects.models import Redirect
from wagtail.images import get_image_model

from articles.models import (
    ArticlePage,
    ArticlePageAuthor,
    Author,
    Category,
    ImportRecord,
    PendingRelatedLink,
)

from .article_import import article_slug, find_article, resolve_pending_links
from .html_to_blocks import html_to_blocks
from .wxr import WxrAuthor, WxrCategory, WxrError, WxrItem, WxrSite, iter_wxr

__all__ = ["WordPressSummary", "WxrError", "comments_supported", "import_wordpress"]

INTRO_MAX_LENGTH = 500
_SIZE_SUFFIX = re.compile(r"-\d+x\d+(?=\.\w+$)")
_IMAGE_EXTENSIONS = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif"}


@dataclass
class WordPressSummary:
    posts_created: int = 0
    posts_updated: int = 0
    drafts: int = 0
    pages_skipped: int = 0
    other_skipped: int = 0
    comments_imported: int = 0
    comments_skipped: int = 0
    images_imported: int = 0
    images_missing: int = 0
    redirects: int = 0
    related_linked: int = 0
    related_waiting: int = 0
    authors: int = 0
    categories: int = 0
    warnings: list = field(default_factory=list)

    def lines(self):
        """The end-of-run summary, one fact per line."""
        return [
            f"posts: {self.posts_created} created, {self.posts_updated} updated "
            f"({self.drafts} as drafts)",
            f"pages skipped: {self.pages_skipped} (WordPress pages are not articles)",
            f"other items skipped: {self.other_skipped}",
            f"comments: {self.comments_imported} imported, {self.comments_skipped} skipped",
            f"images: {self.images_imported} imported, {self.images_missing} not found",
            f"redirects: {self.redirects}",
            f"'Pos Terkait' links: {self.related_linked} linked, "
            f"{self.related_waiting} waiting for their article",
            f"authors: {self.authors}, categories: {self.categories}",
            f"warnings: {len(self.warnings)}",
        ]


class _DryRun(Exception):
    pass


def comments_supported():
    """Comments can be imported once the threaded comments app is installed."""
    return apps.is_installed("django_comments_xtd")


def import_wordpress(source, *, index, media_dir=None, dry_run=False):
    """Import the export at ``source`` (a path) under the article ``index``.

    Raises ``WxrError`` for an unreadable or unsafe file, with nothing changed.
    """
    importer = _Importer(Path(source), index, Path(media_dir) if media_dir else None)
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
    def __init__(self, source, index, media_dir):
        self.source = source
        self.index = index
        self.media_dir = media_dir
        self.summary = WordPressSummary()
        self.site = WxrSite()
        self.authors = {}  # login -> Author
        self.categories = {}  # nicename -> Category
        self.images = {}  # attachment id -> image pk
        self.image_urls = {}  # normalised upload URL -> image pk
        self.stored_files = []  # storage names written in this run, removed on rollback
        self.timezone = timezone.get_default_timezone()
        self.page_ids = []  # articles created or updated in this run

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
        for record in self._records():
            if not isinstance(record, WxrItem):
                continue
            if record.post_type == "post":
                self.post(record)
            elif record.post_type == "page":
                self.summary.pages_skipped += 1
            elif record.post_type != "attachment":
                self.summary.other_skipped += 1
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
            base = slugify(wxr_author.login or name)[:110] or "penulis"
            slug, suffix = base, 2
            while Author.objects.filter(slug=slug).exists():
                slug, suffix = f"{base}-{suffix}", suffix + 1
            author = Author.objects.create(name=name, slug=slug)
            self.summary.authors += 1
        self.authors[wxr_author.login] = author

    def category(self, wxr_category):
        slug = (slugify(wxr_category.nicename) or slugify(wxr_category.name))[:80] or "kategori"
        category, created = Category.objects.get_or_create(
            slug=slug,
            defaults={
                "name": html.unescape(wxr_category.name)[:80],
                "description": html.unescape(wxr_category.description),
            },
        )
        self.summary.categories += created
        self.categories[wxr_category.nicename] = category

    def _category_for(self, nicename, name):
        if nicename not in self.categories:
            self.category(WxrCategory(nicename=nicename, name=name))
        return self.categories[nicename]

    # Attachments -------------------------------------------------------------------

    def _find_media(self, item):
        if self.media_dir is None:
            return None
        candidates = []
        attached = item.meta.get("_wp_attached_file")
        if attached:
            candidates.append(attached)
        path = urlparse(item.attachment_url).path
        if "/uploads/" in path:
            candidates.append(path.split("/uploads/", 1)[1])
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
            self.warn(f"attachment {item.id} is not an image, skipped: {item.attachment_url}")
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
                self.warn(f"image file not found under --media-dir: {item.attachment_url}")
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
        """Upload path without host or WordPress's "-300x200" size suffix."""
        path = urlparse(html.unescape(url or "")).path
        return _SIZE_SUFFIX.sub("", path)

    def resolve_image(self, src, attachment_id):
        if attachment_id in self.images:
            return self.images[attachment_id]
        return self.image_urls.get(self._normalise_url(src))

    # Posts -------------------------------------------------------------------------

    def _unique_slug(self, slug, page_pk):
        siblings = ArticlePage.objects.child_of(self.index).exclude(pk=page_pk)
        base, suffix, candidate = slug, 2, slug
        while siblings.filter(slug=candidate).exists():
            candidate, suffix = f"{base[:250]}-{suffix}", suffix + 1
        return candidate

    def post(self, item):
        if item.status in {"trash", "auto-draft", "inherit"}:
            self.summary.other_skipped += 1
            return
        key = f"{self.key_prefix}#{item.id}"
        record = ImportRecord.objects.filter(
            source=ImportRecord.Source.WORDPRESS_POST, key=key
        ).first()
        existing = ArticlePage.objects.filter(pk=record.object_id).first() if record else None

        title = html.unescape(item.title).strip() or f"Tanpa judul ({item.id})"
        conversion = html_to_blocks(item.content, self.resolve_image)
        for warning in conversion.warnings:
            self.warn(f"post {item.id} ({title}): {warning}")

        if existing is None:
            page = ArticlePage(title=title, live=False)
        else:
            page = existing.get_latest_revision_as_object()
        page.title = title[:255]
        page.slug = self._unique_slug(
            slugify(html.unescape(item.slug)) or slugify(title)[:255] or f"artikel-{item.id}",
            existing.pk if existing else None,
        )
        page.date = item.date or timezone.now()
        blocks = conversion.blocks
        intro = " ".join(re.sub(r"<[^>]+>", " ", html.unescape(item.excerpt or "")).split())
        if not intro and blocks and blocks[0]["type"] == "paragraph":
            first = " ".join(re.sub(r"<[^>]+>", " ", html.unescape(blocks[0]["value"])).split())
            if len(first) <= INTRO_MAX_LENGTH:
                # Without an excerpt the opening paragraph becomes the intro, which the
                # article page shows as its lead: keep it out of the body.
                intro, blocks = first, blocks[1:]
        intro = intro or self._first_paragraph(blocks) or title
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
        thumbnail = item.meta.get("_thumbnail_id", "")
        page.hero_image_id = self.images.get(int(thumbnail)) if thumbnail.isdigit() else None
        if item.creator in self.authors:
            page.article_authors = [ArticlePageAuthor(author=self.authors[item.creator])]
        page.categories.set(
            [self._category_for(nicename, name) for nicename, name in item.categories]
        )
        page.tags.set([html.unescape(name) for _slug, name in item.tags])

        if existing is None:
            self.index.add_child(instance=page)
        revision = page.save_revision()
        if item.is_published:
            revision.publish()
        else:
            self.summary.drafts += 1
        page = ArticlePage.objects.get(pk=page.pk)
        ImportRecord.objects.update_or_create(
            source=ImportRecord.Source.WORDPRESS_POST, key=key, defaults={"object_id": page.pk}
        )
        if existing is None:
            self.summary.posts_created += 1
        else:
            self.summary.posts_updated += 1
        if item.is_published:
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
        self.comments(item, page)

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
        paths = {f"/?p={item.id}"}
        for url in (item.link, item.guid):
            parsed = urlparse(url)
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

    def comments(self, item, page):
        wanted = [c for c in item.comments if c.approved in {"1", "0"} and not c.is_ping]
        self.summary.comments_skipped += len(item.comments) - len(wanted)
        if not wanted:
            return
        if not comments_supported():
            self.summary.comments_skipped += len(wanted)
            self.warn(
                f"post {item.id}: {len(wanted)} comment(s) skipped, threaded comments "
                "(django_comments_xtd) are not installed"
            )
            return
        self.summary.comments_imported += _import_xtd_comments(self, wanted, page, item)


def _import_xtd_comments(importer, comments, page, item):
    """Create django-comments-xtd comments with their reply structure; returns the count.

    Only runs when django_comments_xtd is installed. Comments come in WordPress id order,
    so a parent is always created before its replies; a reply to a skipped comment (spam,
    pingback) hangs from the nearest kept ancestor. Replies deeper than the configured
    maximum level are attached to the deepest allowed ancestor.
    """
    from django.contrib.contenttypes.models import ContentType
    from django.contrib.sites.models import Site
    from django_comments_xtd.models import XtdComment, max_thread_level_for_content_type

    content_type = ContentType.objects.get_for_model(ArticlePage)
    max_level = max_thread_level_for_content_type(content_type)
    site = Site.objects.get_current()
    parents = {c.id: c.parent_id for c in item.comments}
    created = {}
    count = 0
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
        # Deeper than the site allows: hang the reply from the deepest allowed ancestor.
        while parent_pk:
            ancestor = XtdComment.objects.get(pk=parent_pk)
            if ancestor.level < max_level:
                break
            parent_pk = 0 if ancestor.parent_id == ancestor.pk else ancestor.parent_id
        xtd = XtdComment(
            content_type=content_type,
            object_pk=str(page.pk),
            site=site,
            user_name=html.unescape(comment.author)[:50],
            user_email=comment.author_email,
            user_url=comment.author_url,
            comment=html.unescape(re.sub(r"<[^>]+>", "", comment.content)),
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
    return count
