"""Threaded comments on the generated articles (runs after the articles generator).

One article gets 500 comments in 100 threads and one gets 50 (the benchmark's "500
comments" and "50 comments" pages); the rest of ``counts["comments"]`` is spread in
small threads over random articles. Rows are inserted in bulk with the thread fields
django-comments-xtd computes one comment at a time on save().
"""

import datetime

from bench import text
from bench.pages import bulk_insert

REQUIRES = ["django_comments_xtd.XtdComment", "articles.ArticlePage"]


def _threads(ctx, article, threads, replies_per_thread, when):
    """(root, [replies]) pairs of unsaved comments on ``article``."""
    from django.conf import settings
    from django.contrib.contenttypes.models import ContentType
    from django_comments_xtd.models import XtdComment

    content_type = ContentType.objects.get_for_model(type(article))
    rng = ctx.rng

    def comment(minutes, **fields):
        name = text.person(rng)
        return XtdComment(
            content_type=content_type,
            object_pk=str(article.pk),
            site_id=settings.SITE_ID,
            user_name=name,
            user_email=f"{name.split()[0].lower()}@contoh.invalid",
            comment=text.sentence(rng, 8, 30),
            submit_date=when + datetime.timedelta(minutes=minutes),
            is_public=True,
            is_removed=False,
            **fields,
        )

    return [
        (comment(t * 30), [comment(t * 30 + r + 1) for r in range(replies_per_thread)])
        for t in range(threads)
    ]


def _insert(threads):
    from django_comments_xtd.models import XtdComment

    def thread_fields(roots):
        for root in roots:
            root.thread_id = root.parent_id = root.pk

    roots = [root for root, _replies in threads]
    for root, replies in threads:
        root.nested_count = len(replies)
    bulk_insert(XtdComment, roots, after_first_table=thread_fields)
    replies = []
    for root, thread_replies in threads:
        for order, reply in enumerate(thread_replies, start=2):
            reply.thread_id = reply.parent_id = root.pk
            reply.level, reply.order = 1, order
            replies.append(reply)
    bulk_insert(XtdComment, replies)
    return len(roots) + len(replies)


def generate(ctx):
    articles = ctx.shared.get("articles")
    if not articles:
        ctx.note("comments: skipped, the articles generator made no articles")
        return
    rng, total = ctx.rng, ctx.counts["comments"]
    busy, medium = articles[-1], articles[-2]
    start = busy.first_published_at or datetime.datetime.now(tz=datetime.UTC)
    made = _insert(_threads(ctx, busy, 100, 4, start))
    made += _insert(_threads(ctx, medium, 10, 4, start))
    threads = []
    while made + sum(1 + len(r) for _root, r in threads) < total:
        article = rng.choice(articles[:-2])
        threads += _threads(ctx, article, 1, rng.randint(0, 4), article.first_published_at)
    made += _insert(threads) if threads else 0

    ctx.record("article_500_comments", busy.url)
    ctx.record("article_50_comments", medium.url)
    ctx.note(f"comments: {made} comments, 500 on {busy.url}, 50 on {medium.url}")
