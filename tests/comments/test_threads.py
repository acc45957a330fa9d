"""Replies nest to the configured depth, deeper replies attach at the deepest level, and
the page renders any number of comments with a fixed number of queries."""

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_comments_xtd.models import XtdComment

from comments.queries import attach_comment_counts, comment_tree
from home.models import StandardPage

pytestmark = pytest.mark.django_db

POST_URL = "/komentar/kirim/"


@pytest.fixture
def direct(comment_settings):
    comment_settings.require_email_confirmation = False
    comment_settings.ip_limit = comment_settings.email_limit = 0
    comment_settings.save()
    return comment_settings


def reply(client, page, comment_data, parent, text):
    response = client.post(
        POST_URL, comment_data(page, reply_to=parent.pk if parent else 0, comment=text)
    )
    assert response.status_code == 303, response.content.decode()[:500]
    return XtdComment.objects.get(comment=text)


def test_replies_nest_to_depth_three_then_attach_at_the_deepest_level(
    client, commentable_page, comment_data, direct
):
    assert settings.COMMENTS_XTD_MAX_THREAD_LEVEL == 3
    top = reply(client, commentable_page, comment_data, None, "Level nol")
    one = reply(client, commentable_page, comment_data, top, "Level satu")
    two = reply(client, commentable_page, comment_data, one, "Level dua")
    three = reply(client, commentable_page, comment_data, two, "Level tiga")
    four = reply(client, commentable_page, comment_data, three, "Balasan untuk level tiga")
    five = reply(client, commentable_page, comment_data, four, "Balasan untuk balasan itu")

    assert [c.level for c in (top, one, two, three)] == [0, 1, 2, 3]
    assert (four.level, four.parent_id) == (3, two.pk)
    assert (five.level, five.parent_id) == (3, two.pk)
    assert {c.thread_id for c in (one, two, three, four, five)} == {top.pk}


def test_tree_order_on_the_page(client, commentable_page, comment_data, direct):
    first = reply(client, commentable_page, comment_data, None, "Pertama")
    second = reply(client, commentable_page, comment_data, None, "Kedua")
    reply_a = reply(client, commentable_page, comment_data, first, "Balasan A untuk pertama")
    reply_b = reply(client, commentable_page, comment_data, first, "Balasan B untuk pertama")
    nested = reply(client, commentable_page, comment_data, reply_a, "Balasan untuk A")

    tree, _page, total = comment_tree(commentable_page)
    assert total == 5
    shape = [
        (
            node.comment.pk,
            [(child.comment.pk, [g.comment.pk for g in child.children]) for child in node.children],
        )
        for node in tree
    ]
    assert shape == [
        (first.pk, [(reply_a.pk, [nested.pk]), (reply_b.pk, [])]),
        (second.pk, []),
    ]
    html = client.get(commentable_page.url).content.decode()
    positions = [html.index(f'id="c{c.pk}"') for c in (first, reply_a, nested, reply_b, second)]
    assert positions == sorted(positions)
    # "nested" sits inside reply A's reply list, which sits inside "first".
    between = html[html.index(f'id="c{first.pk}"') : html.index(f'id="c{second.pk}"')]
    assert between.count('<ol class="comment-replies">') == 2


def test_reply_link_works_without_javascript(client, commentable_page, comment_data, direct):
    top = reply(client, commentable_page, comment_data, None, "Ada yang tahu jadwalnya?")
    html = client.get(f"{commentable_page.url}?balas={top.pk}").content.decode()
    slot = html[html.index(f'id="balas-{top.pk}"') :]
    assert "data-comment-form" in slot[:3000]
    assert f'name="reply_to" value="{top.pk}"' in slot[:3000]
    assert html.count("data-comment-form") == 1
    assert f'href="?balas={top.pk}#balas-{top.pk}"' in html


def bulk_comments(page, threads, replies_per_thread):
    """Create threads in bulk: base rows with bulk_create, xtd rows with one executemany.

    XtdComment is a multi-table child of django_comments' Comment, which bulk_create
    refuses, so its table is filled directly with valid thread fields. Each thread is a
    chain: reply 1 at level 1, reply 2 at level 2, replies 3+ at level 3 under reply 2.
    """
    from django.contrib.contenttypes.models import ContentType
    from django.utils import timezone
    from django_comments.models import Comment

    ct = ContentType.objects.get_for_model(page)
    now = timezone.now()
    base = []
    for t in range(threads):
        base.append((t, None))
        base.extend((t, r) for r in range(replies_per_thread))
    rows = Comment.objects.bulk_create(
        [
            Comment(
                content_type=ct,
                object_pk=str(page.pk),
                site_id=1,
                user_name=f"Warga {t}" if r is None else f"Pembalas {r}",
                user_email=f"warga{t}@contoh.id",
                comment=f"Utas {t}" if r is None else f"Balasan {r} di utas {t}",
                submit_date=now,
                is_public=True,
            )
            for t, r in base
        ]
    )
    xtd_rows = []
    roots = []
    chain = []
    for (_t, r), row in zip(base, rows, strict=True):
        if r is None:
            root = row
            roots.append(root.pk)
            chain = [root.pk]
            xtd_rows.append((row.pk, root.pk, root.pk, 0, 1))
            continue
        level = min(r + 1, 3)
        parent = chain[level - 1]
        if len(chain) <= level:
            chain.append(row.pk)
        xtd_rows.append((row.pk, root.pk, parent, level, r + 2))
    table = XtdComment._meta.db_table
    with connection.cursor() as cursor:
        cursor.executemany(
            f'INSERT INTO {table} (comment_ptr_id, thread_id, parent_id, level, "order", '  # noqa: S608 - fixed table name
            "followup, nested_count) VALUES (%s, %s, %s, %s, %s, FALSE, 0)",
            xtd_rows,
        )
    return roots


def count_page_queries(client, page):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(page.url)
    assert response.status_code == 200
    return len(queries), response.content.decode()


def test_query_count_is_fixed_for_5_or_500_comments(client, commentable_page, home_page):
    small = StandardPage(title="Sedikit komentar", slug="sedikit", comments_enabled=True)
    home_page.add_child(instance=small)
    bulk_comments(small, threads=1, replies_per_thread=4)
    bulk_comments(commentable_page, threads=100, replies_per_thread=4)
    assert XtdComment.objects.filter(object_pk=str(commentable_page.pk)).count() == 500
    client.get(small.url)  # warm caches (content types, site settings) for both
    client.get(commentable_page.url)

    few_queries, few_html = count_page_queries(client, small)
    many_queries, many_html = count_page_queries(client, commentable_page)

    assert few_queries == many_queries
    assert few_html.count('class="comment comment--depth') == 5
    # 100 threads > 50 per page: the first 50 threads (250 comments) are shown.
    assert many_html.count('class="comment comment--depth-0"') == 50
    assert many_html.count('class="comment comment--depth') == 250
    assert "500 komentar" in many_html
    assert "?komentar=2#komentar" in many_html
    depths = [many_html.count(f"comment--depth-{d}") for d in range(4)]
    assert depths == [50, 50, 50, 100]


def test_second_page_of_threads(client, commentable_page):
    roots = bulk_comments(commentable_page, threads=60, replies_per_thread=0)
    html = client.get(f"{commentable_page.url}?komentar=2").content.decode()
    assert html.count('class="comment comment--depth-0"') == 10
    assert f'id="c{roots[-1]}"' in html
    assert f'id="c{roots[0]}"' not in html


def test_listing_comment_counts_cost_one_query_for_the_shown_pages(
    commentable_page, home_page, django_assert_num_queries
):
    other = StandardPage(title="Tanpa komentar", slug="tanpa", comments_enabled=True)
    home_page.add_child(instance=other)
    bulk_comments(commentable_page, threads=3, replies_per_thread=2)
    XtdComment.objects.filter(comment="Utas 0").update(is_public=False)  # held: not counted
    pages = list(StandardPage.objects.live().order_by("pk"))

    with django_assert_num_queries(1):
        attach_comment_counts(pages)
    assert {p.slug: p.comment_count for p in pages} == {"arisan-rt-05": 8, "tanpa": 0}


def test_no_pages_need_no_count_query(django_assert_num_queries):
    with django_assert_num_queries(0):
        assert attach_comment_counts([]) == []
