"""A reader subscribes to new articles from a cached article page, confirms, and leaves."""

import re

import pytest
from django.core import mail
from django.test import Client
from playwright.sync_api import expect

from articles.models import Subscriber, SubscriberStatus
from core.forms import MinimumTimeMixin
from home.models import HomePage
from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def article(db, settings, monkeypatch):
    settings.GUYUB_PAGE_CACHE = True
    # The browser fills the form faster than any human.
    monkeypatch.setattr(MinimumTimeMixin, "MIN_SECONDS", 0)
    index = ArticleIndexPageFactory(parent=HomePage.objects.get())
    return ArticlePageFactory(parent=index, title="Bank sampah RW 05 dibuka")


def mailed_path(route):
    return re.search(rf"https?://[^/\s]+(/langganan/{route}/\S+/)", mail.outbox[-1].body)[1]


def test_reader_subscribes_from_a_cached_page_confirms_and_unsubscribes(
    live_server, page, article, screenshot, assert_accessible
):
    Client().get(article.url)  # another reader filled the page cache
    page.goto(live_server.url + article.url)
    box = page.get_by_role("region", name="Langganan artikel baru lewat email")
    expect(box).to_be_visible()
    screenshot("subscribe-1-form")
    assert_accessible()

    box.get_by_role("textbox", name="Alamat email").fill("dewi@contoh.id")
    box.get_by_role("button", name="Langganan").click()  # csrf.js fetches the token first
    expect(page.get_by_role("heading", name="Periksa email Anda")).to_be_visible()
    assert_accessible()
    assert Subscriber.objects.get().status == SubscriberStatus.PENDING

    page.goto(live_server.url + mailed_path("konfirmasi"))
    expect(page.get_by_role("heading", name="Konfirmasi langganan")).to_be_visible()
    assert_accessible()
    page.get_by_role("button", name="Aktifkan langganan").click()
    expect(page.get_by_role("heading", name="Langganan aktif")).to_be_visible()
    screenshot("subscribe-2-active")
    assert Subscriber.objects.get().status == SubscriberStatus.CONFIRMED

    page.goto(live_server.url + mailed_path("berhenti"))
    page.get_by_role("button", name="Berhenti berlangganan").click()
    expect(page.get_by_role("heading", name="Anda berhenti berlangganan")).to_be_visible()
    assert_accessible()
    assert not Subscriber.objects.exists()
