"""Demo blog: the "Artikel" index, two authors, categories and a dozen original articles.

Idempotent: everything is found again by slug (pages, snippets) or title (images) and
updated in place. Images are drawn locally with Pillow (articles/demo_images.py).
"""

import datetime
import io
import uuid

from django.core.files.images import ImageFile
from django.utils import timezone
from wagtail.images import get_image_model

from articles.demo_images import draw_hero, draw_portrait
from articles.demo_texts import ARTICLES, AUTHORS, CATEGORIES, RELATED_PICKS
from articles.models import (
    ArticleIndexPage,
    ArticlePage,
    ArticlePageAuthor,
    ArticlePageRelatedLink,
    Author,
    Category,
)
from articles.roles import attach_editorial_workflow

IMAGE_PREFIX = "Demo artikel: "


def load(home, stdout):
    index = ensure_index(home)
    attach_editorial_workflow(index)
    authors = {data["slug"]: ensure_author(data) for data in AUTHORS}
    categories = {data["slug"]: ensure_category(data) for data in CATEGORIES}

    # Pass 1: every article exists, so "Pos Terkait" blocks can point at any of them.
    pages = {data["slug"]: ensure_article_shell(index, data) for data in ARTICLES}
    for data in ARTICLES:
        fill_article(pages[data["slug"]], data, pages, authors, categories)
    stdout.write(
        f"Artikel: {len(pages)} artikel, {len(categories)} kategori, {len(authors)} penulis."
    )


def ensure_index(home):
    index = ArticleIndexPage.objects.child_of(home).first()
    if index is None:
        index = ArticleIndexPage(title="Artikel", slug="artikel")
        home.add_child(instance=index)
    index.title = "Artikel"
    index.slug = "artikel"
    index.show_in_menus = True
    index.intro = (
        "Cerita, kiat, dan kabar dari arisan, pengajian, karang taruna, PKK, posyandu, "
        "kelompok tani, dan komunitas warga lainnya."
    )
    index.save_revision().publish()
    return index


def ensure_author(data):
    author, _created = Author.objects.get_or_create(
        slug=data["slug"], defaults={"name": data["name"]}
    )
    author.name = data["name"]
    author.bio = data["bio"]
    author.photo = ensure_image(
        f"{IMAGE_PREFIX}foto {data['name']}",
        lambda: draw_portrait(data["name"], data["colour"]),
    )
    author.save()
    return author


def ensure_category(data):
    category, _created = Category.objects.update_or_create(
        slug=data["slug"], defaults={"name": data["name"], "description": data["description"]}
    )
    return category


def ensure_article_shell(index, data):
    page = ArticlePage.objects.child_of(index).filter(slug=data["slug"]).first()
    if page is None:
        page = ArticlePage(title=data["title"], slug=data["slug"], intro=data["intro"], live=False)
        index.add_child(instance=page)
    return page


def fill_article(page, data, pages, authors, categories):
    page.title = data["title"]
    page.intro = data["intro"]
    page.date = timezone.make_aware(
        datetime.datetime.combine(datetime.date.fromisoformat(data["date"]), datetime.time(8, 0))
    )
    page.numbered_headings = data.get("numbered", True)
    page.comments_enabled = True
    page.search_description = data["intro"][:155]
    page.hero_image = ensure_image(
        f"{IMAGE_PREFIX}{data['slug']}",
        lambda: draw_hero(data["colour"], seed=data["slug"], motif=data["motif"]),
    )
    page.hero_caption = data["caption"]
    page.body = build_body(data, pages)
    page.article_authors = [
        ArticlePageAuthor(author=authors[slug], sort_order=order)
        for order, slug in enumerate(data["authors"])
    ]
    page.related_links = [
        ArticlePageRelatedLink(article=pages[slug], sort_order=order)
        for order, slug in enumerate(RELATED_PICKS.get(data["slug"], []))
    ]
    page.categories.set([categories[slug] for slug in data["categories"]])
    page.tags.set(data["tags"])
    page.save_revision().publish()
    # A demo blog whose every post was "published" at load time tells readers and the
    # sitemap's lastmod nothing: date each publication on the article's own day.
    ArticlePage.objects.filter(pk=page.pk).update(
        first_published_at=page.date, last_published_at=page.date
    )


def build_body(data, pages):
    blocks = []

    def add(block_type, value):
        blocks.append({"type": block_type, "value": value, "id": str(uuid.uuid4())})

    for number, (heading, paragraphs) in enumerate(data["sections"], start=1):
        add("heading", {"text": heading, "level": "h2"})
        for paragraph in paragraphs:
            add("paragraph", f"<p>{paragraph}</p>")
        extra = data.get("extra", {}).get(number)
        if extra:
            add(*extra)
        target = data.get("related", {}).get(number)
        if target:
            add("related_post", {"page": pages[target].pk, "label": "Pos Terkait"})
    return blocks


def ensure_image(title, draw):
    Image = get_image_model()
    image = Image.objects.filter(title=title).first()
    if image is not None:
        return image
    buffer = io.BytesIO()
    draw().save(buffer, format="JPEG", quality=85)
    filename = f"{title.split(': ', 1)[-1].replace(' ', '-').lower()}.jpg"
    image = Image(title=title, file=ImageFile(buffer, name=filename))
    image.save()
    return image
