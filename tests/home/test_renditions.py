"""Renditions and the page cache. That listings prefetch their cards' renditions is guarded by
the query budgets of listings with hero images (tests/articles/test_listings.py)."""

from io import BytesIO

import pytest
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images import get_image_model

from core.cache import get_generation

pytestmark = pytest.mark.django_db


def make_image(title, colour="green"):
    buffer = BytesIO()
    PILImage.new("RGB", (640, 360), colour).save(buffer, "PNG")
    return get_image_model().objects.create(
        title=title, file=ImageFile(buffer, name=f"{title}.png")
    )


def test_generating_a_rendition_does_not_flush_the_page_cache():
    image = make_image("posyandu")
    before = get_generation()
    image.get_rendition("fill-100x100")
    assert get_generation() == before
