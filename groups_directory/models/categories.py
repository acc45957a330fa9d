from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class GroupCategory(index.Indexed, models.Model):
    """A kind of small group (arisan, posyandu, ...); seeded by a data migration."""

    name = models.CharField(_("nama"), max_length=80, unique=True)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        unique=True,
        help_text=_("Dipakai di alamat filter, misalnya /kelompok/?kategori=arisan."),
    )
    description = models.CharField(_("keterangan"), max_length=255, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("urutan"), default=100)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("kategori kelompok")
        verbose_name_plural = _("kategori kelompok")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name
