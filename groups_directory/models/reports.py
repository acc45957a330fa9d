from django.db import models
from django.utils.translation import gettext_lazy as _


class ReportReason(models.TextChoices):
    OUTDATED = "kedaluwarsa", _("Informasi sudah tidak berlaku")
    INACTIVE = "tidak_aktif", _("Kelompok sudah tidak aktif")
    WRONG_CONTACT = "kontak_salah", _("Kontak tidak bisa dihubungi atau salah")
    WRONG_PLACE = "lokasi_salah", _("Lokasi atau jadwal salah")
    INAPPROPRIATE = "tidak_pantas", _("Isi tidak pantas atau penipuan")
    OTHER = "lainnya", _("Lainnya")


class GroupReport(models.Model):
    """A reader's "Laporkan data tidak sesuai" about one group, for moderators to follow up."""

    group = models.ForeignKey(
        "groups_directory.GroupPage",
        verbose_name=_("kelompok"),
        on_delete=models.CASCADE,
        related_name="reports",
    )
    reason = models.CharField(_("alasan"), max_length=20, choices=ReportReason.choices)
    details = models.TextField(_("keterangan"), max_length=2000, blank=True)
    reporter_email = models.EmailField(
        _("email pelapor"), blank=True, help_text=_("Opsional, untuk menanyakan kelanjutan.")
    )
    created_at = models.DateTimeField(_("dilaporkan pada"), auto_now_add=True)
    is_resolved = models.BooleanField(_("sudah ditindaklanjuti"), default=False)
    moderator_note = models.TextField(_("catatan moderator"), blank=True)

    class Meta:
        verbose_name = _("laporan data kelompok")
        verbose_name_plural = _("laporan data kelompok")
        ordering = ["is_resolved", "-created_at"]

    def __str__(self):
        return f"{self.group.title}: {self.get_reason_display()}"
