"""The site's Kontak form, and the admin forms the project adjusts."""

import time

from django import forms
from django.core import signing
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm

from core.forms import HoneypotMixin

OPENED_SALT = "home.contact.opened"


class Topic(models.TextChoices):
    QUESTION = "pertanyaan", _("Pertanyaan umum")
    FEEDBACK = "saran", _("Saran dan masukan")
    PARTNERSHIP = "kerja-sama", _("Kerja sama")
    DIRECTORY = "direktori", _("Data kelompok di direktori")
    PROBLEM = "masalah", _("Masalah di situs")
    OTHER = "lainnya", _("Lainnya")


def signed_now():
    return signing.dumps(int(time.time()), salt=OPENED_SALT)


class ContactForm(HoneypotMixin, forms.Form):
    """A reader's message to the site's editors (home.models.ContactPage)."""

    auto_id = "kontak_%s"

    nama = forms.CharField(
        label=_("Nama"),
        max_length=100,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={
            "required": _("Tuliskan nama Anda."),
            "max_length": _("Nama terlalu panjang: paling banyak 100 huruf."),
        },
    )
    email = forms.EmailField(
        label=_("E-mail"),
        help_text=_("Kami membalas ke alamat ini; alamat Anda tidak ditampilkan di situs."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": _("Tuliskan alamat e-mail Anda agar kami bisa membalas."),
            "invalid": _("Alamat e-mail belum benar, contohnya nama@contoh.id."),
        },
    )
    topik = forms.ChoiceField(
        label=_("Topik"),
        choices=[("", _("— pilih topik —")), *Topic.choices],
        error_messages={
            "required": _("Pilih topik pesan Anda."),
            "invalid_choice": _("Pilih salah satu topik dari daftar."),
        },
    )
    pesan = forms.CharField(
        label=_("Pesan"),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={
            "required": _("Tuliskan pesan Anda."),
            "max_length": _("Pesan terlalu panjang: paling banyak 3.000 huruf."),
        },
    )
    # When the form was rendered, signed so that a bot cannot backdate it. On a page from
    # the page cache it is when the cached copy was made: generous, never too strict.
    dibuka = forms.CharField(required=False, widget=forms.HiddenInput, initial=signed_now)

    def clean_nama(self):
        # The name goes into the mail's subject: one line, however it was posted.
        return " ".join(self.cleaned_data["nama"].split())

    def seconds_open(self):
        """Seconds between rendering the form and posting it; None when unknown or forged."""
        try:
            opened = signing.loads(self.cleaned_data.get("dibuka", ""), salt=OPENED_SALT)
        except signing.BadSignature:
            return None
        return time.time() - opened if isinstance(opened, int) else None

    def message_data(self):
        """What is kept of a message (see ContactPage.get_data_fields), topic as read."""
        data = self.cleaned_data
        return {
            "nama": data["nama"],
            "email": data["email"],
            "topik": str(Topic(data["topik"]).label),
            "pesan": data["pesan"],
        }


class AdminLoginForm(LoginForm):
    """Wagtail's login form, with the password field labelled in the reader's language.

    Wagtail 8.0.1 declares the field without a label, so Django derives "Password" from
    the field's name, outside every catalogue.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Kata sandi")
