import datetime

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from .factories import ArticleIndexPageFactory, ArticlePageFactory


@pytest.fixture
def index(home_page):
    return ArticleIndexPageFactory(parent=home_page)


@pytest.fixture
def hidden_articles(index):
    """One article of each kind that readers must never see listed: a draft, a private
    one, a scheduled one (not live yet) and a live one whose posting date is in the future.
    """
    draft = ArticlePageFactory(parent=index, title="Draf rahasia", slug="draf", live=False)
    private = ArticlePageFactory(parent=index, title="Khusus pengurus", slug="privat")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="rahasia"
    )
    tomorrow = timezone.now() + datetime.timedelta(days=1)
    scheduled = ArticlePageFactory(
        parent=index, title="Terjadwal besok", slug="terjadwal", live=False, go_live_at=tomorrow
    )
    future = ArticlePageFactory(
        parent=index, title="Tanggal masa depan", slug="masa-depan", date=tomorrow
    )
    return [draft, private, scheduled, future]


HIDDEN_TITLES = ["Draf rahasia", "Khusus pengurus", "Terjadwal besok", "Tanggal masa depan"]
