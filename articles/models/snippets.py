"""Snippets shared by many articles: who wrote them and what they are about."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class Author(index.Indexed, models.Model):
    """A writer shown in the byline, the author box and on their own listing page."""

    name = models.CharField(_("nama"), max_length=120)
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        unique=True,
        allow_unicode=True,
        help_text=_("Bagian alamat halaman penulis, misalnya /artikel/penulis/siti-rahma/."),
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("foto"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    bio = models.TextField(
        _("bio singkat"),
        max_length=400,
        blank=True,
        help_text=_("Satu atau dua kalimat tentang penulis; tampil di bawah artikel."),
    )

    email = models.EmailField(
        _("email"),
        blank=True,
        help_text=_("Untuk pemberitahuan komentar baru pada artikelnya; tidak pernah ditampilkan."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("photo"),
        FieldPanel("bio"),
        FieldPanel("email"),
    ]

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("penulis")
        verbose_name_plural = _("penulis")

    def __str__(self):
        return self.name


class Category(models.Model):
    """A broad topic; every article belongs to one or more."""

    name = models.CharField(_("nama"), max_length=80)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        unique=True,
        allow_unicode=True,
        help_text=_("Bagian alamat halaman kategori, misalnya /artikel/kategori/arisan/."),
    )
    description = models.TextField(
        _("deskripsi"),
        blank=True,
        help_text=_("Tampil di atas daftar artikel kategori ini dan di feed-nya."),
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("kategori induk"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
        help_text=_("Kosongkan untuk kategori utama; diisi otomatis saat impor WordPress."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("parent"),
        FieldPanel("description"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("kategori")
        verbose_name_plural = _("kategori")

    def __str__(self):
        return self.name
