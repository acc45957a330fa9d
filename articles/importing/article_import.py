"""Plain-text posts into ArticlePages: shared by ``import_article`` and the admin view.

Each file is imported in its own transaction: a file that fails leaves the database as
it was, and the files before and after it are imported normally.
"""

import datetime
import hashlib
import html
import uuid
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.text import Truncator, slugify

from articles.models import (
    ArticleIndexPage,
    ArticlePage,
    ArticlePageAuthor,
    ArticlePageRelatedLink,
    Author,
    Category,
    ImportRecord,
    PendingRelatedLink,
)

from .plaintext import (
    HeadingItem,
    ListItem,
    ParagraphItem,
    PlainTextError,
    RelatedLinkItem,
    parse_plaintext,
)

__all__ = [
    "CREATED",
    "FAILED",
    "SKIPPED",
    "UPDATED",
    "FileResult",
    "article_slug",
    "find_article",
    "find_index",
    "import_text_file",
    "resolve_pending_links",
]

CREATED, UPDATED, SKIPPED, FAILED = "created", "updated", "skipped", "failed"
INTRO_MAX_LENGTH = 500


@dataclass
class FileResult:
    """What happened to one file; the command and the admin view word it themselves."""

    name: str
    status: str = FAILED
    page: ArticlePage | None = None
    title: str = ""
    error: str = ""
    error_code: str = ""  # PlainTextError.code, or "save" when storing failed
    unreadable_date: str = ""  # the "Posted on" text that could not be read as a date
    unresolved: list = field(default_factory=list)  # titles still waiting for an article
    resolved: list = field(default_factory=list)  # (page title, target title) now linked
    warnings: list = field(default_factory=list)
    new_authors: list = field(default_factory=list)  # authors created (or, dry run, to be)

    @property
    def ok(self):
        return self.status != FAILED


class _DryRun(Exception):
    """Raised inside the transaction to roll a dry run back."""


def article_slug(title):
    return slugify(title)[:255].strip("-") or "artikel"


def find_index(path=None):
    """The article index at ``path`` (a URL path like "/artikel/"), or the only one."""
    indexes = ArticleIndexPage.objects.all()
    if path:
        wanted = "/" + path.strip("/") + "/"
        for index in indexes:
            if index.url_path.endswith(wanted) or index.url == wanted:
                return index
        return None
    return indexes.first()


def find_article(title, exclude=None):
    """The article a "Pos Terkait" title points to: same slug first, then same title."""
    articles = ArticlePage.objects.all()
    if exclude is not None:
        articles = articles.exclude(pk=exclude.pk)
    return (
        articles.filter(slug=article_slug(title)).first()
        or articles.filter(title__iexact=title.strip()).first()
    )


def _author(name):
    name = " ".join(name.split())
    author = Author.objects.filter(name__iexact=name).first()
    if author is None:
        base = slugify(name)[:110] or "penulis"
        slug, suffix = base, 2
        while Author.objects.filter(slug=slug).exists():
            slug, suffix = f"{base}-{suffix}", suffix + 1
        author = Author.objects.create(name=name, slug=slug)
    return author


def _category(name):
    name = " ".join(name.split())
    category = Category.objects.filter(name__iexact=name).first()
    if category is None:
        category = Category.objects.create(name=name, slug=slugify(name)[:80] or "kategori")
    return category


def _block(block_type, value):
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def _posted_at(date):
    if date is None:
        return timezone.now()
    return timezone.make_aware(datetime.datetime.combine(date, datetime.time.min))


def _checksum(data, options):
    digest = hashlib.sha256(data)
    digest.update(repr(sorted(options.items())).encode())
    return digest.hexdigest()


def import_text_file(
    data,
    name,
    *,
    index,
    publish=False,
    author=None,
    category=None,
    dry_run=False,
    owner=None,
):
    """Import one plain-text post (bytes). Never raises for bad input: see the result.

    ``owner`` (a user) owns newly created pages, as if they had written them in the admin.
    """
    result = FileResult(name=name)
    try:
        article = parse_plaintext(data)
    except PlainTextError as error:
        result.error = str(error)
        result.error_code = error.code
        return result
    result.title = article.title
    if article.date_text and article.date is None:
        result.unreadable_date = article.date_text
    result.warnings.extend(article.warnings)
    options = {"publish": publish, "author": author, "category": category, "index": index.pk}
    checksum = _checksum(data, options)
    try:
        with transaction.atomic():
            _save_article(article, result, index, publish, author, category, checksum, owner)
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    except Exception as error:
        # One bad file must not stop the others; the transaction already rolled it back.
        result.status = FAILED
        result.page = None
        result.error = f"{type(error).__name__}: {error}"
        result.error_code = "save"
    return result


def _save_article(
    article, result, index, publish, author_name, category_name, checksum, owner=None
):
    slug = article_slug(article.title)
    page = ArticlePage.objects.child_of(index).filter(slug=slug).first()
    record = ImportRecord.objects.filter(source=ImportRecord.Source.TEXT, key=slug).first()
    if page is not None and record is not None and record.checksum == checksum:
        result.status = SKIPPED
        result.page = page
        result.unresolved = list(
            dict.fromkeys(p.target_title for p in page.pending_related_links.all())
        )
        return

    created = page is None
    if created:
        page = ArticlePage(title=article.title, slug=slug, live=False, owner=owner)
    else:
        page = page.get_latest_revision_as_object()
        page.pending_related_links.all().delete()

    page.title = article.title
    page.date = _posted_at(article.date)
    intro = article.intro or article.title
    page.intro = Truncator(intro).chars(INTRO_MAX_LENGTH)
    page.search_description = Truncator(intro).chars(155)
    has_headings = any(isinstance(item, HeadingItem) for item in article.body)
    page.numbered_headings = article.numbered_headings or not has_headings

    body = list(article.body)
    if body and isinstance(body[0], ParagraphItem) and len(body[0].text) <= INTRO_MAX_LENGTH:
        # The article page shows the intro as its lead paragraph: keep it out of the body
        # so it is not printed twice.
        body.pop(0)

    blocks, pending = [], []
    for item in body:
        if isinstance(item, HeadingItem):
            blocks.append(_block("heading", {"text": item.text, "level": item.level}))
        elif isinstance(item, ParagraphItem):
            blocks.append(_block("paragraph", f"<p>{html.escape(item.text, quote=False)}</p>"))
        elif isinstance(item, ListItem):
            blocks.append(_block("list", {"style": item.style, "items": list(item.items)}))
        elif isinstance(item, RelatedLinkItem) and article_slug(item.title) != slug:
            target = find_article(item.title, exclude=None if created else page)
            if target is not None and target.slug != slug:
                blocks.append(_block("related_post", {"page": target.pk, "label": item.label}))
            elif target is None:
                after = blocks[-1]["id"] if blocks else ""
                pending.append((PendingRelatedLink.Kind.INLINE, item.title, item.label, after))
    page.body = blocks

    related = []
    for title in article.related_titles:
        if article_slug(title) == slug:
            continue
        target = find_article(title, exclude=None if created else page)
        if target is None:
            pending.append((PendingRelatedLink.Kind.RELATED, title, "", ""))
        elif target.slug != slug and target not in related:
            related.append(target)
    page.related_links = [ArticlePageRelatedLink(article=target) for target in related]

    authors = [name for name in (author_name or article.posted_by,) if name]
    if authors:
        for name in authors:
            if not Author.objects.filter(name__iexact=" ".join(name.split())).exists():
                result.new_authors.append(" ".join(name.split()))
        page.article_authors = [ArticlePageAuthor(author=_author(name)) for name in authors]
    if category_name:
        categories = {*page.categories.all(), _category(category_name)}
        page.categories.set(categories)

    if created:
        index.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
    page = ArticlePage.objects.get(pk=page.pk)

    for position, (kind, title, label, after) in enumerate(pending):
        PendingRelatedLink.objects.create(
            page=page,
            kind=kind,
            target_title=title,
            target_slug=article_slug(title),
            label=label,
            after_block_id=after,
            sort_order=position,
        )
    ImportRecord.objects.update_or_create(
        source=ImportRecord.Source.TEXT,
        key=slug,
        defaults={"object_id": page.pk, "checksum": checksum},
    )
    result.status = CREATED if created else UPDATED
    result.page = page
    # A title can wait twice (inline and in the related list); report it once.
    result.unresolved = list(dict.fromkeys(title for _kind, title, _label, _after in pending))
    result.resolved = resolve_pending_links(page)


def resolve_pending_links(target):
    """Link every waiting "Pos Terkait" that names ``target``; returns (source, target) titles.

    The source article gets a new revision; it is published again only when it was live
    with nothing unpublished, so an editor's pending draft is never pushed live.
    """
    pending = (
        PendingRelatedLink.objects.filter(
            Q(target_slug=target.slug) | Q(target_title__iexact=target.title)
        )
        .exclude(page=target)
        .select_related("page")
    )
    by_page = {}
    for link in pending:
        by_page.setdefault(link.page_id, []).append(link)
    resolved = []
    for links in by_page.values():
        source = links[0].page
        republish = source.live and not source.has_unpublished_changes
        draft = source.get_latest_revision_as_object()
        raw = list(draft.body.raw_data)
        related = list(draft.related_links.all())
        for link in links:
            if link.kind == PendingRelatedLink.Kind.INLINE:
                block = _block(
                    "related_post", {"page": target.pk, "label": link.label or "Pos Terkait"}
                )
                ids = [item.get("id") for item in raw]
                position = ids.index(link.after_block_id) + 1 if link.after_block_id in ids else 0
                if link.after_block_id and link.after_block_id not in ids:
                    position = len(raw)  # the editor removed the anchor block: append
                raw.insert(position, block)
            elif all(item.article_id != target.pk for item in related):
                related.append(ArticlePageRelatedLink(article_id=target.pk))
            resolved.append((source.title, target.title))
        draft.body = raw
        draft.related_links = related
        revision = draft.save_revision()
        if republish:
            revision.publish()
        PendingRelatedLink.objects.filter(pk__in=[link.pk for link in links]).delete()
    return list(dict.fromkeys(resolved))
