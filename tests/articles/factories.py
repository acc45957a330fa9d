"""Factories for article tests. App code never imports these."""

import datetime
import uuid
from contextlib import contextmanager

import factory
import wagtail_factories
from django.test import override_settings
from django.utils import timezone
from factory.django import DjangoModelFactory
from wagtail.images import get_image_model
from wagtail.signal_handlers import disable_reference_index_auto_update

from articles.models import ArticleIndexPage, ArticlePage, ArticlePageAuthor, Author, Category


@contextmanager
def bulk_setup():
    """Build large test worlds quickly: skip the reference and search index updates that
    every save would otherwise run (the pages under test do not read either index).
    """
    backends = {"default": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": False}}
    with disable_reference_index_auto_update(), override_settings(WAGTAILSEARCH_BACKENDS=backends):
        yield


class ImageFactory(DjangoModelFactory):
    class Meta:
        model = get_image_model()

    title = factory.Sequence(lambda n: f"Gambar {n}")
    file = factory.django.ImageField(width=320, height=180, color="green")


class AuthorFactory(DjangoModelFactory):
    class Meta:
        model = Author

    name = factory.Sequence(lambda n: f"Penulis {n}")
    slug = factory.Sequence(lambda n: f"penulis-{n}")
    bio = "Pengurus kelompok warga yang suka menulis."


class CategoryFactory(DjangoModelFactory):
    class Meta:
        model = Category

    name = factory.Sequence(lambda n: f"Kategori {n}")
    slug = factory.Sequence(lambda n: f"kategori-{n}")
    description = "Artikel tentang kegiatan warga."


class ArticleIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ArticleIndexPage

    title = "Artikel"
    slug = "artikel"


def body(*blocks):
    """Raw StreamField data from (type, value) pairs."""
    return [{"type": kind, "value": value, "id": str(uuid.uuid4())} for kind, value in blocks]


def default_body():
    return body(
        ("heading", {"text": "Awal mula", "level": "h2"}),
        ("paragraph", "<p>Kelompok ini berkumpul setiap Minggu pagi di balai warga.</p>"),
        ("heading", {"text": "Cara bergabung", "level": "h2"}),
        ("paragraph", "<p>Datang saja dan perkenalkan diri kepada pengurus.</p>"),
    )


class ArticlePageFactory(wagtail_factories.PageFactory):
    """A live, published article dated in the past (one day earlier per instance)."""

    class Meta:
        model = ArticlePage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Kabar warga nomor {n}")
    slug = factory.Sequence(lambda n: f"kabar-warga-{n}")
    intro = "Ringkasan singkat kegiatan kelompok warga."
    date = factory.Sequence(lambda n: timezone.now() - datetime.timedelta(days=n + 1, hours=1))
    body = factory.LazyFunction(default_body)
    live = True

    @factory.post_generation
    def authors(self, create, extracted, **kwargs):
        if create and extracted:
            for author in extracted:
                ArticlePageAuthor.objects.create(page=self, author=author)

    @factory.post_generation
    def categories(self, create, extracted, **kwargs):
        if extracted:
            self.categories.set(extracted)
            return True
        return False

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        if extracted:
            self.tags.add(*extracted)
            return True
        return False

    @classmethod
    def _after_postgeneration(cls, instance, create, results=None):
        # Categories and tags are cluster relations: one save writes both.
        if create and results and (results.get("categories") or results.get("tags")):
            instance.save()
