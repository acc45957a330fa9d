"""Readers who asked for an e-mail about each new article (double opt-in)."""

import datetime
import secrets

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# How long a confirmation link works; unconfirmed sign-ups older than this are deleted.
CONFIRMATION_DAYS = 7


def new_key():
    return secrets.token_urlsafe(16)


class SubscriberStatus(models.TextChoices):
    PENDING = "pending", _("Menunggu konfirmasi")
    CONFIRMED = "confirmed", _("Aktif")


class SubscriberQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(status=SubscriberStatus.CONFIRMED)

    def expired(self, now=None):
        # Counted from the latest confirmation mail, whose link is the one still working.
        cutoff = (now or timezone.now()) - datetime.timedelta(days=CONFIRMATION_DAYS)
        return self.filter(status=SubscriberStatus.PENDING, confirmation_sent_at__lt=cutoff)

    def purge_expired(self, now=None):
        """Delete sign-ups nobody confirmed in time: an address nobody vouched for is
        not kept."""
        deleted, _by_model = self.expired(now).delete()
        return deleted


class Subscriber(models.Model):
    """One address. Unsubscribing deletes the row: nothing about a former reader is kept."""

    email = models.EmailField(_("alamat email"), unique=True)
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=SubscriberStatus.choices,
        default=SubscriberStatus.PENDING,
    )
    # Goes into every link for this address, so links from an earlier subscription of
    # the same address (deleted and signed up again) no longer act on this one.
    key = models.CharField(max_length=32, default=new_key, editable=False)
    created_at = models.DateTimeField(_("mendaftar pada"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("dikonfirmasi pada"), null=True, blank=True)
    confirmation_sent_at = models.DateTimeField(
        _("email konfirmasi terakhir"), null=True, blank=True
    )

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        verbose_name = _("pelanggan email")
        verbose_name_plural = _("pelanggan email")
        ordering = ["-created_at"]
        indexes = [
            models.Index(
                fields=["status", "confirmation_sent_at"], name="articles_subscriber_status"
            )
        ]

    def __str__(self):
        return self.email

    @property
    def is_confirmed(self):
        return self.status == SubscriberStatus.CONFIRMED
