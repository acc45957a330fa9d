"""Input checks shared by the admin and the public forms, with Indonesian messages."""

import re

import lokal
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Any HTML tag or comment opener: public text is plain text, never markup.
HTML_TAG = re.compile(r"<[a-zA-Z/!?]")


def normalize_whatsapp(value):
    """Return the number as +62..., or raise ValidationError for non-mobile or malformed input."""
    info = lokal.parse_phone(value or "")
    if not info.valid:
        raise ValidationError(
            _("Nomor WhatsApp tidak valid. Tulis seperti 0812-3456-7890 atau +62 812 3456 7890."),
            code="invalid_phone",
        )
    if info.type != "mobile":
        raise ValidationError(
            _("Nomor WhatsApp harus nomor HP, bukan telepon rumah/kantor."),
            code="not_mobile",
        )
    return info.e164


def reject_markup(value):
    if value and HTML_TAG.search(value):
        raise ValidationError(
            _("Teks tidak boleh berisi kode HTML atau skrip (tanda < diikuti huruf)."),
            code="markup",
        )
