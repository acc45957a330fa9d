"""Comments on Wagtail pages: the page mixin, editor-controlled rules and the blocklist.

The comment rows themselves are django-comments-xtd's ``XtdComment``; this module adds
what a page type needs to take comments (``CommentsMixin``) and what editors change
without a deploy (``CommentSettings``, ``BlockedItem``). It imports nothing from the
page apps, so ``home`` and ``articles`` can both import the mixin.
"""

import datetime
import ipaddress

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_comments_xtd.models import XtdComment
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from core.cache import SettingCachedUntilChange


class CommentsMixin(models.Model):
    """Gives a page type threaded comments. Add ``comments_panels`` to its settings panels.

    Pages may override ``comments_reference_date`` (the date auto-close counts from) and
    ``comment_notification_recipients`` (who hears about every new public comment).
    """

    comments_enabled = models.BooleanField(
        _("tampilkan komentar"),
        default=True,
        help_text=_("Matikan untuk menyembunyikan seluruh bagian komentar di halaman ini."),
    )
    comments_closed = models.BooleanField(
        _("tutup komentar"),
        default=False,
        help_text=_("Komentar yang sudah ada tetap tampil, tetapi pembaca tidak bisa menambah."),
    )

    # For the page cache (core/cache.py): later comment pages (?komentar=N) and reply
    # forms (?balas=ID) are rendered fresh rather than each filling a cache entry.
    page_cache_query_params = {"komentar": None, "balas": None}

    comments_panels = [
        MultiFieldPanel(
            [FieldPanel("comments_enabled"), FieldPanel("comments_closed")],
            heading=_("Komentar"),
        )
    ]

    class Meta:
        abstract = True

    def get_absolute_url(self):
        # django_comments' permalinks redirect to this; Wagtail pages have none by default.
        return self.get_full_url()

    def comments_reference_date(self):
        """The date auto-close counts from: first publication by default."""
        return self.first_published_at

    def comments_are_visible(self):
        return self.comments_enabled

    def comments_are_open(self, comment_settings=None):
        """True when readers may post: enabled, not closed, not past the auto-close age."""
        if not self.comments_enabled or self.comments_closed:
            return False
        days = comment_settings.auto_close_after_days if comment_settings else 0
        reference = self.comments_reference_date()
        if days and reference:
            return timezone.now() - reference <= datetime.timedelta(days=days)
        return True

    def comment_notification_recipients(self):
        """Email addresses told about every new public comment: the page owner by default."""
        email = getattr(self.owner, "email", "") if self.owner_id else ""
        return [email] if email else []


@register_setting(icon="comment")
class CommentSettings(SettingCachedUntilChange, BaseSiteSetting):
    """Moderation rules editors tune in the admin (Pengaturan > Aturan komentar)."""

    require_email_confirmation = models.BooleanField(
        _("minta konfirmasi email"),
        default=True,
        help_text=_(
            "Pengunjung tanpa akun mengonfirmasi alamat emailnya sekali, lewat tautan di email. "
            "Komentar berikutnya dari alamat yang sudah terkonfirmasi langsung diproses."
        ),
    )
    max_links = models.PositiveSmallIntegerField(
        _("batas tautan"),
        default=2,
        help_text=_("Komentar dengan tautan lebih dari ini ditahan untuk moderasi."),
    )
    min_seconds_to_post = models.PositiveSmallIntegerField(
        _("waktu minimal mengisi formulir (detik)"),
        default=3,
        help_text=_(
            "Kiriman yang lebih cepat dari ini hampir pasti robot: ditahan untuk moderasi, "
            "tidak ditolak. Dengan JavaScript waktu dihitung sejak ketikan pertama (paling "
            "lama 1 detik), tanpa JavaScript sejak halaman dimuat. 0 = tanpa pemeriksaan."
        ),
    )
    ip_limit = models.PositiveSmallIntegerField(
        _("batas kiriman per alamat IP"),
        # A ceiling for a whole network, not a person: mobile carriers put many readers
        # behind one address. The per-email limit is the one that stops a single sender.
        default=30,
        help_text=_(
            "Jumlah komentar yang diterima dari satu alamat IP (atau satu jaringan IPv6 /64) "
            "dalam satu jendela waktu. Banyak pengguna ponsel berbagi satu alamat, jadi "
            "buat longgar. 0 = tanpa batas."
        ),
    )
    email_limit = models.PositiveSmallIntegerField(
        _("batas kiriman per alamat email"),
        default=5,
        help_text=_("Jumlah komentar per alamat email dalam satu jendela waktu. 0 = tanpa batas."),
    )
    limit_window_minutes = models.PositiveSmallIntegerField(
        _("jendela waktu batas kiriman (menit)"), default=10
    )
    auto_close_after_days = models.PositiveIntegerField(
        _("tutup otomatis setelah (hari)"),
        default=0,
        help_text=_("Komentar ditutup pada halaman yang lebih tua dari ini. 0 = tidak pernah."),
    )
    moderator_emails = models.TextField(
        _("email moderator"),
        blank=True,
        help_text=_(
            "Satu alamat per baris; mereka diberi tahu setiap ada komentar yang ditahan. "
            "Jika kosong, semua superuser aktif."
        ),
    )

    panels = [
        FieldPanel("require_email_confirmation"),
        MultiFieldPanel(
            [FieldPanel("max_links"), FieldPanel("min_seconds_to_post")],
            heading=_("Penahanan dan penolakan"),
        ),
        MultiFieldPanel(
            [FieldPanel("ip_limit"), FieldPanel("email_limit"), FieldPanel("limit_window_minutes")],
            heading=_("Batas kiriman"),
        ),
        FieldPanel("auto_close_after_days"),
        FieldPanel("moderator_emails"),
    ]

    class Meta:
        verbose_name = _("aturan komentar")

    def moderator_email_list(self):
        return [line.strip() for line in self.moderator_emails.splitlines() if line.strip()]


class BlockedItem(models.Model):
    """One blocklist entry. Comments that match are held for moderation, not lost."""

    class Kind(models.TextChoices):
        TERM = "term", _("kata/frasa")
        DOMAIN = "domain", _("domain")
        IP = "ip", _("alamat IP atau jaringan")

    kind = models.CharField(_("jenis"), max_length=10, choices=Kind.choices, default=Kind.TERM)
    value = models.CharField(
        _("isi"),
        max_length=200,
        help_text=_(
            "Kata/frasa (tidak peka huruf besar-kecil), domain seperti contoh.com "
            "(subdomain ikut), atau IP/jaringan seperti 203.0.113.7 atau 203.0.113.0/24."
        ),
    )
    created_at = models.DateTimeField(_("dibuat"), auto_now_add=True)

    class Meta:
        verbose_name = _("daftar blokir komentar")
        verbose_name_plural = _("daftar blokir komentar")
        ordering = ["kind", "value"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "value"], name="comments_blockeditem_unique")
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.value}"

    def clean(self):
        from django.core.exceptions import ValidationError

        self.value = self.value.strip().lower()
        if self.kind == self.Kind.IP:
            try:
                ipaddress.ip_network(self.value, strict=False)
            except ValueError as error:
                raise ValidationError({"value": _("Bukan alamat IP atau jaringan.")}) from error
        if self.kind == self.Kind.DOMAIN:
            self.value = self.value.removeprefix("http://").removeprefix("https://").strip("/")


class CommentReview(models.Model):
    """Moderation facts about one comment: why it was held, and whether it is spam."""

    comment = models.OneToOneField(
        XtdComment, on_delete=models.CASCADE, related_name="review", verbose_name=_("komentar")
    )
    held_reason = models.CharField(_("alasan ditahan"), max_length=255, blank=True)
    is_spam = models.BooleanField(_("spam"), default=False)

    class Meta:
        verbose_name = _("tinjauan komentar")
        verbose_name_plural = _("tinjauan komentar")

    def __str__(self):
        return f"#{self.comment_id}: {self.held_reason or '-'}"


class CommentReaction(models.Model):
    """One browser's like or dislike of a comment.

    Readers have no accounts, so a browser is the unit: the JavaScript keeps a random
    token in localStorage (without JavaScript the CSRF cookie stands in) and only its
    hash is stored here, which identifies nobody and cannot be turned back into the token.
    """

    class Kind(models.TextChoices):
        LIKE = "like", _("suka")
        DISLIKE = "dislike", _("tidak suka")

    comment = models.ForeignKey(
        XtdComment, on_delete=models.CASCADE, related_name="reactions", verbose_name=_("komentar")
    )
    kind = models.CharField(_("jenis"), max_length=10, choices=Kind.choices)
    browser_hash = models.CharField(_("sidik peramban"), max_length=64)
    created_at = models.DateTimeField(_("dibuat"), auto_now_add=True)

    class Meta:
        verbose_name = _("tanggapan komentar")
        verbose_name_plural = _("tanggapan komentar")
        constraints = [
            models.UniqueConstraint(
                fields=["comment", "browser_hash"], name="comments_reaction_one_per_browser"
            )
        ]

    def __str__(self):
        return f"#{self.comment_id}: {self.get_kind_display()}"


class CommentReport(models.Model):
    """A reader's report of a comment, with the reason they chose.

    One row per report, anonymous or not, so moderators see how many readers reported a
    comment and why; a logged-in reader's second report replaces their first.
    """

    class Reason(models.TextChoices):
        SPAM = "spam", _("Spam atau iklan")
        ABUSE = "abuse", _("Kasar, menghina, atau ujaran kebencian")
        FALSE = "false", _("Informasi palsu atau menyesatkan")
        PRIVACY = "privacy", _("Membuka data pribadi orang lain")
        OTHER = "other", _("Lainnya")

    comment = models.ForeignKey(
        XtdComment, on_delete=models.CASCADE, related_name="reports", verbose_name=_("komentar")
    )
    reason = models.CharField(_("alasan"), max_length=10, choices=Reason.choices)
    note = models.CharField(_("catatan"), max_length=300, blank=True)
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("pelapor"),
    )
    created_at = models.DateTimeField(_("dibuat"), auto_now_add=True)

    class Meta:
        verbose_name = _("laporan komentar")
        verbose_name_plural = _("laporan komentar")
        ordering = ["-created_at"]

    def __str__(self):
        return f"#{self.comment_id}: {self.get_reason_display()}"
