"""Articles: one index, categories, authors, tags, and ``counts["articles"]`` posts.

Each article has 6-10 body blocks (headings and paragraphs), 1-3 categories, 2-5 tags
and 1-2 authors, with dates spread over three years. No hero images: generating image
files would dominate the run and renditions have their own tests.
"""

import uuid

from bench import text
from bench.pages import bulk_add_children, spread_dates

REQUIRES = [
    "articles.ArticleIndexPage",
    "articles.ArticlePage",
    "articles.Category",
    "articles.Author",
    "articles.ArticlePageAuthor",
    "articles.ArticlePageTag",
]

CATEGORIES = [
    ("Kabar Kampung", "kabar-kampung"),
    ("Kesehatan", "kesehatan"),
    ("Ekonomi Warga", "ekonomi-warga"),
    ("Lingkungan", "lingkungan"),
    ("Pemuda", "pemuda"),
    ("Keagamaan", "keagamaan"),
    ("Pertanian", "pertanian"),
    ("Olahraga", "olahraga"),
    ("Panduan", "panduan"),
    ("Opini", "opini"),
]


def _body(rng):
    blocks = []
    for section in range(rng.randint(2, 4)):
        blocks.append(
            {
                "type": "heading",
                "value": {"text": f"{section + 1}. {text.title(rng)}", "level": "h2"},
                "id": str(uuid.uuid4()),
            }
        )
        for _ in range(rng.randint(2, 3)):
            blocks.append(
                {
                    "type": "paragraph",
                    "value": f"<p>{text.paragraph(rng, rng.randint(3, 6))}</p>",
                    "id": str(uuid.uuid4()),
                }
            )
    return blocks


def generate(ctx):
    from taggit.models import Tag

    from articles.models import (
        ArticleIndexPage,
        ArticlePage,
        ArticlePageAuthor,
        ArticlePageTag,
        Author,
        Category,
    )

    rng, count = ctx.rng, ctx.counts["articles"]
    (index,) = bulk_add_children(
        ctx.home,
        [
            ArticleIndexPage(
                title="Artikel", slug="artikel", show_in_menus=True, intro=text.sentence(rng)
            )
        ],
    )
    categories = Category.objects.bulk_create(
        [
            Category(name=name, slug=slug, description=text.sentence(rng))
            for name, slug in CATEGORIES
        ]
    )
    authors = Author.objects.bulk_create(
        [
            Author(name=f"{text.person(rng)} {i}", slug=f"penulis-{i}", bio=text.sentence(rng))
            for i in range(40)
        ]
    )
    tags = Tag.objects.bulk_create(
        [Tag(name=f"{text.words(rng, 2)} {i}", slug=f"tag-{i}") for i in range(300)]
    )

    dates = spread_dates(count)
    articles = []
    for i in range(count):
        when = dates(i)
        articles.append(
            ArticlePage(
                title=f"{text.title(rng)} {i}",
                slug=f"artikel-{i}",
                date=when,
                intro=text.sentence(rng, 14, 24),
                body=_body(rng),
                reading_minutes=rng.randint(2, 6),
                search_description=text.sentence(rng),
            )
        )
    bulk_add_children(index, articles, published_at=dates)

    through = ArticlePage.categories.through
    links, tag_links, bylines = [], [], []
    for article in articles:
        for category in rng.sample(categories, rng.randint(1, 3)):
            links.append(through(articlepage_id=article.pk, category_id=category.pk))
        for tag in rng.sample(tags, rng.randint(2, 5)):
            tag_links.append(ArticlePageTag(content_object_id=article.pk, tag_id=tag.pk))
        for order, author in enumerate(rng.sample(authors, rng.randint(1, 2))):
            bylines.append(ArticlePageAuthor(page_id=article.pk, author=author, sort_order=order))
    through.objects.bulk_create(links, batch_size=1000)
    ArticlePageTag.objects.bulk_create(tag_links, batch_size=1000)
    ArticlePageAuthor.objects.bulk_create(bylines, batch_size=1000)

    ctx.shared["articles"] = articles
    base = index.url
    ctx.record("article_list_p1", base)
    if count >= 500:
        ctx.record("article_list_p50", f"{base}?page=50")
    ctx.record("category", f"{base}kategori/{categories[0].slug}/")
    ctx.record("rss", f"{base}feed/")
    ctx.record("article_few_comments", articles[count // 2].url)
    ctx.note(f"articles: {count} articles, {len(links)} category links, {len(tag_links)} tags")
