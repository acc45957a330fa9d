"""Smoke test: the demo site loads (twice, idempotently) and every live page answers 200."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Page

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_site(db, monkeypatch, tmp_path, settings):
    settings.VAR_DIR = tmp_path
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "demo-password-for-tests")
    call_command("load_demo_content", stdout=io.StringIO())


def test_demo_content_is_idempotent(demo_site):
    pages_before = Page.objects.count()
    call_command("load_demo_content", stdout=io.StringIO())
    assert Page.objects.count() == pages_before


def test_demo_admin_can_log_in(demo_site, client):
    assert client.login(username="admin", password="demo-password-for-tests")
    assert client.get("/admin/").status_code == 200


def test_every_live_page_renders(demo_site, client):
    pages = Page.objects.live().public().filter(depth__gt=1).specific()
    assert pages.count() >= 3
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
