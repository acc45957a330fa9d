"""Likes and dislikes for every reader, one per browser (comments/reactions.py)."""

import importlib
import re

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.test import Client
from django_comments.models import CommentFlag
from django_comments_xtd.models import DISLIKEDIT_FLAG, LIKEDIT_FLAG, XtdComment

from comments import reactions
from comments.models import CommentReaction, CommentReport
from core.cache import get_generation
from home.models import SiteSettings
from tests.query_counts import page_view_queries

pytestmark = pytest.mark.django_db

TOKEN_A = "a1" * 24
TOKEN_B = "b2" * 24
JSON = {"HTTP_ACCEPT": "application/json"}
CACHE_HEADER = "X-Guyub-Cache"


@pytest.fixture
def make_comment(commentable_page):
    def make(text="Setuju, arisan pindah ke hari Minggu.", **extra):
        comment = XtdComment(
            content_object=commentable_page,
            site_id=1,
            user_name=extra.pop("name", "Budi"),
            user_email=extra.pop("email", "budi@contoh.id"),
            comment=text,
            **extra,
        )
        comment.save()
        return comment

    return make


@pytest.fixture
def comment(make_comment):
    return make_comment()


def react(client, comment, kind, token=TOKEN_A, **extra):
    return client.post(
        f"/komentar/{comment.pk}/tanggapi/", {"kind": kind, "browser": token}, **JSON, **extra
    )


def test_a_browser_likes_once_and_the_same_click_takes_it_back(client, comment):
    first = react(client, comment, "like")
    assert first.status_code == 200
    assert first.json() | {"at": 0} == {"likes": 1, "dislikes": 0, "mine": "like", "at": 0}
    again = react(client, comment, "like")
    assert again.json()["likes"] == 0 and again.json()["mine"] == ""
    assert CommentReaction.objects.count() == 0


def test_switching_moves_the_reaction(client, comment):
    react(client, comment, "like")
    switched = react(client, comment, "dislike").json()
    assert (switched["likes"], switched["dislikes"], switched["mine"]) == (0, 1, "dislike")
    assert CommentReaction.objects.get().kind == "dislike"


def test_each_browser_counts_once(client, comment):
    react(client, comment, "like", TOKEN_A)
    react(client, comment, "like", TOKEN_A)  # taken back
    react(client, comment, "like", TOKEN_A)
    answer = react(Client(), comment, "like", TOKEN_B).json()
    assert answer["likes"] == 2


def test_only_a_hash_of_the_token_is_stored(client, comment):
    react(client, comment, "like")
    stored = CommentReaction.objects.get().browser_hash
    assert TOKEN_A not in stored
    assert stored == reactions.browser_hash(TOKEN_A) and len(stored) == 64


def test_logged_in_readers_react_like_everyone_else(client, comment, owner):
    client.force_login(owner)
    assert react(client, comment, "like").json()["likes"] == 1
    assert react(Client(), comment, "like", TOKEN_A).json()["likes"] == 0  # same browser token


def test_the_page_shows_every_reaction_as_buttons(client, commentable_page, comment):
    react(client, comment, "like", TOKEN_A)
    react(client, comment, "like", TOKEN_B)
    react(client, comment, "dislike", "c3" * 24)
    html = client.get(commentable_page.url).content.decode()
    form = re.search(r'<form class="comment__feedback".*?</form>', html, re.S).group(0)
    assert f'action="/komentar/{comment.pk}/tanggapi/"' in form
    # Shared by every reader and cached: never anyone's CSRF token or pressed state.
    assert 'name="csrfmiddlewaretoken" value="" data-csrf-fill="/csrf/"' in form
    assert "aria-pressed" not in form
    assert re.search(r'value="like".*?Suka</span> <span data-count>2</span>', form, re.S)
    assert re.search(r'value="dislike".*?Tidak suka</span> <span data-count>1</span>', form, re.S)
    assert re.search(r'<ol class="comment-list" data-counted-at="\d{13}"', html)
    assert "js/reactions.js" in html


def test_without_javascript_the_button_reaches_a_confirmation_page(commentable_page, comment):
    """The cached page's empty token is refused, resent from the CSRF page, then recorded;
    the browser's CSRF cookie identifies it from then on."""
    browser = Client(enforce_csrf_checks=True)
    url = f"/komentar/{comment.pk}/tanggapi/"
    refused = browser.post(url, {"kind": "like", "csrfmiddlewaretoken": ""})
    assert refused.status_code == 403
    resend = refused.content.decode()
    assert 'name="kind" value="like"' in resend
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', resend).group(1)

    done = browser.post(url, {"kind": "like", "csrfmiddlewaretoken": token})
    assert done.status_code == 200
    body = done.content.decode()
    assert "Anda menyukai komentar ini" in body
    assert "Sekarang: 1 suka, 0 tidak suka." in body
    assert f'href="{commentable_page.url}#komentar"' in body

    again = browser.post(url, {"kind": "like", "csrfmiddlewaretoken": token})
    assert "Tanggapan Anda dibatalkan" in again.content.decode()
    assert CommentReaction.objects.count() == 0


def test_too_many_reactions_from_one_network_get_429(client, comment, make_comment, monkeypatch):
    monkeypatch.setattr(reactions, "REACTION_LIMIT", 2)
    other = make_comment("Komentar lain.", email="lain@contoh.id")
    react(client, comment, "like")
    react(client, other, "like", TOKEN_B)
    refused = react(Client(), comment, "dislike", "c3" * 24)
    assert refused.status_code == 429
    assert refused["Retry-After"] == "3600"
    assert refused.json() == {
        "error": "Terlalu banyak tanggapan dari jaringan Anda. Coba lagi dalam satu jam."
    }
    page = Client().post(f"/komentar/{comment.pk}/tanggapi/", {"kind": "like", "browser": TOKEN_B})
    assert page.status_code == 429
    assert "Terlalu banyak tanggapan" in page.content.decode()
    assert CommentReaction.objects.count() == 2


@pytest.mark.parametrize("state", [{"is_public": False}, {"is_removed": True}])
def test_hidden_comments_cannot_be_reacted_to(client, make_comment, state):
    hidden = make_comment(**state)
    response = react(client, hidden, "like")
    assert response.status_code == 404
    assert response.json() == {"error": "Komentar tidak ditemukan."}
    assert client.post(f"/komentar/{hidden.pk}/tanggapi/", {"kind": "like"}).status_code == 404
    assert CommentReaction.objects.count() == 0


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"kind": "love", "browser": TOKEN_A}, "Pilih suka atau tidak suka."),
        ({"kind": "like", "browser": "pendek"}, "Peramban Anda tidak dapat dikenali."),
    ],
)
def test_bad_reactions_are_refused_in_indonesian(client, comment, data, message):
    response = client.post(f"/komentar/{comment.pk}/tanggapi/", data, **JSON)
    assert response.status_code == 400
    assert response.json()["error"].startswith(message)
    assert CommentReaction.objects.count() == 0


def test_reactions_are_posted_not_fetched(client, comment):
    assert client.get(f"/komentar/{comment.pk}/tanggapi/").status_code == 405


def test_a_reaction_refreshes_no_cached_page(settings, site, client, commentable_page, comment):
    settings.GUYUB_PAGE_CACHE = True
    SiteSettings.for_site(site)
    Client().get("/")
    Client().get(commentable_page.url)
    generation = get_generation()

    assert react(client, comment, "like").json()["likes"] == 1

    assert get_generation() == generation
    # A hit: neither the generation nor the page's own scope moved.
    for url in ("/", commentable_page.url):
        assert Client().get(url)[CACHE_HEADER] == "hit", url


def test_reactions_add_no_query_to_the_page(client, commentable_page, make_comment):
    comments = [make_comment(f"Komentar {n}.", email=f"w{n}@contoh.id") for n in range(5)]
    before, _response = page_view_queries(client, commentable_page.url, cold=True)
    for n, comment in enumerate(comments):
        for token in (f"{n:02d}" * 24, f"{n + 50:02d}" * 24):
            react(Client(), comment, "like" if n % 2 else "dislike", token)
    after, response = page_view_queries(client, commentable_page.url, cold=True)
    assert len(after) == len(before), "\n".join(after)
    assert response.content.decode().count("<span data-count>2</span>") == 5


def test_old_likes_and_reports_are_carried_over(comment, owner):
    """Migration 0007: xtd's login-only likes become reactions, shared-account reports
    become reports without a known reason."""
    anonymous = get_user_model().objects.create_user("pelapor-anonim", is_active=False)
    CommentFlag.objects.create(comment=comment, user=owner, flag=LIKEDIT_FLAG)
    CommentFlag.objects.create(comment=comment, user=owner, flag=DISLIKEDIT_FLAG)
    CommentFlag.objects.create(comment=comment, user=anonymous, flag=CommentFlag.SUGGEST_REMOVAL)
    CommentFlag.objects.create(comment=comment, user=owner, flag=CommentFlag.SUGGEST_REMOVAL)
    migration = importlib.import_module(
        "comments.migrations.0007_copy_flags_to_reactions_and_reports"
    )

    migration.copy_flags(apps, None)

    reaction = CommentReaction.objects.get()  # the later of the two clicks counts
    assert reaction.kind == "dislike"
    assert reaction.browser_hash not in {reactions.browser_hash(str(owner.pk))}
    reports = CommentReport.objects.order_by("pk")
    assert [(r.reason, r.reporter) for r in reports] == [("other", None), ("other", owner)]
    assert reports[0].note == "Dilaporkan sebelum ada pilihan alasan."
