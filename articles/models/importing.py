"""Bookkeeping for imports: what was imported from where, and links still waiting."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ImportRecord(models.Model):
    """One imported thing, so importing the same source again updates it in place.

    ``key`` is the article slug for plain-text files and "<site URL>#<post id>" for
    WordPress objects; ``object_id`` is the page, image or comment it became.
    """

    class Source(models.TextChoices):
        TEXT = "text", _("berkas teks")
        WORDPRESS_POST = "wp-post", _("tulisan WordPress")
        WORDPRESS_ATTACHMENT = "wp-attachment", _("lampiran WordPress")
        WORDPRESS_COMMENT = "wp-comment", _("komentar WordPress")

    source = models.CharField(_("sumber"), max_length=20, choices=Source.choices)
    key = models.CharField(_("kunci"), max_length=255)
    object_id = models.PositiveBigIntegerField(_("ID objek"))
    checksum = models.CharField(_("checksum"), max_length=64, blank=True)
    imported_at = models.DateTimeField(_("diimpor pada"), auto_now=True)

    class Meta:
        verbose_name = _("catatan impor")
        verbose_name_plural = _("catatan impor")
        constraints = [
            models.UniqueConstraint(fields=["source", "key"], name="unique_import_source_key")
        ]

    def __str__(self):
        return f"{self.get_source_display()}: {self.key}"


class PendingRelatedLink(models.Model):
    """A "Pos Terkait" line or related-list entry whose target article is not there yet.

    It is resolved (and deleted) when an article with that slug or title is imported.
    Inline links go back where they stood: after the body block ``after_block_id``
    (empty for the top of the body).
    """

    class Kind(models.TextChoices):
        INLINE = "inline", _("Pos Terkait di isi artikel")
        RELATED = "related", _("Artikel terkait pilihan")

    page = models.ForeignKey(
        "articles.ArticlePage",
        verbose_name=_("artikel"),
        on_delete=models.CASCADE,
        related_name="pending_related_links",
    )
    kind = models.CharField(_("jenis"), max_length=10, choices=Kind.choices)
    target_title = models.CharField(_("judul tujuan"), max_length=255)
    target_slug = models.SlugField(_("slug tujuan"), max_length=255, db_index=True)
    label = models.CharField(_("awalan"), max_length=40, blank=True)
    after_block_id = models.CharField(_("setelah blok"), max_length=64, blank=True)
    sort_order = models.PositiveIntegerField(_("urutan"), default=0)
    created_at = models.DateTimeField(_("dibuat pada"), auto_now_add=True)

    class Meta:
        ordering = ["page_id", "sort_order", "pk"]
        verbose_name = _("tautan terkait yang tertunda")
        verbose_name_plural = _("tautan terkait yang tertunda")

    def __str__(self):
        return f"{self.page} \u2192 {self.target_title}"
