"""Image renditions are generated once and reused, and listings can fetch them in bulk.

Listing pages (articles, groups) should build their querysets with
``prefetch_related(Prefetch("image", queryset=Image.objects.prefetch_renditions(...)))``
or ``Image.objects.prefetch_renditions(...)``: then a card's ``{% image %}`` costs no query.
"""

from io import BytesIO

import pytest
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.images.models import Rendition

from home.cache import get_generation

pytestmark = pytest.mark.django_db

SPEC = "fill-320x180"


def make_image(title, colour="green"):
    buffer = BytesIO()
    PILImage.new("RGB", (640, 360), colour).save(buffer, "PNG")
    return get_image_model().objects.create(
        title=title, file=ImageFile(buffer, name=f"{title}.png")
    )


def test_a_rendition_is_generated_once_and_reused(django_assert_max_num_queries):
    image = make_image("kerja-bakti")
    first = image.get_rendition(SPEC)

    fresh = get_image_model().objects.get(pk=image.pk)
    with django_assert_max_num_queries(1):
        again = fresh.get_rendition(SPEC)

    assert again.pk == first.pk
    assert again.file.name == first.file.name
    assert Rendition.objects.filter(image=image).count() == 1


def test_prefetched_renditions_cost_no_queries_per_image(django_assert_num_queries):
    for i in range(5):
        make_image(f"kegiatan-{i}").get_rendition(SPEC)

    images = list(get_image_model().objects.prefetch_renditions(SPEC).order_by("pk"))
    with django_assert_num_queries(0):
        urls = [image.get_rendition(SPEC).url for image in images]
    assert len(set(urls)) == 5


def test_generating_a_rendition_does_not_flush_the_page_cache():
    image = make_image("posyandu")
    before = get_generation()
    image.get_rendition("fill-100x100")
    assert get_generation() == before
