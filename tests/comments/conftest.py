import re
import time

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache

from comments.forms import CommentForm
from comments.models import CommentSettings
from home.models import StandardPage

CONFIRM_RE = re.compile(r"https?://[^/\s]+(/komentar/konfirmasi/[^\s]+/)")


@pytest.fixture(autouse=True)
def _fresh_cache():
    # Flood counters live in the cache; every test starts with none.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def owner(db):
    return get_user_model().objects.create_user(
        "redaksi", email="redaksi@guyub.test", password="rahasia-redaksi"
    )


@pytest.fixture
def commentable_page(home_page, owner):
    page = StandardPage(
        title="Arisan RT 05 Bulan Ini",
        slug="arisan-rt-05",
        intro="Kabar arisan ibu-ibu RT 05.",
        comments_enabled=True,
        owner=owner,
    )
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def comment_settings(site):
    return CommentSettings.for_site(site)


@pytest.fixture
def comment_data():
    """POST data for the comment form, signed as if rendered ``age`` seconds ago."""

    def build(page, age=30, **fields):
        form = CommentForm(page)
        timestamp = str(int(time.time()) - age)
        security = {
            "content_type": str(page._meta),
            "object_pk": str(page.pk),
            "timestamp": timestamp,
        }
        data = {
            **security,
            "security_hash": form.generate_security_hash(**security),
            "name": "Siti Rahmawati",
            "email": "siti@contoh.id",
            "url": "",
            "comment": "Terima kasih infonya, sampai ketemu di arisan!",
            "reply_to": "0",
            "honeypot": "",
        }
        data.update({key: str(value) for key, value in fields.items()})
        if data.get("followup") in ("False", "0", ""):
            data.pop("followup", None)
        return data

    return build


@pytest.fixture
def confirm_link():
    def find(message):
        match = CONFIRM_RE.search(message.body)
        assert match, f"no confirmation link in:\n{message.body}"
        return match.group(1)

    return find
