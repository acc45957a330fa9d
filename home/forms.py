"""The site's Kontak form, and the admin forms the project adjusts."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm

from core.forms import HoneypotMixin, MinimumTimeMixin


class Topic(models.TextChoices):
    QUESTION = "pertanyaan", _("Pertanyaan umum")
    FEEDBACK = "saran", _("Saran dan masukan")
    PARTNERSHIP = "kerja-sama", _("Kerja sama")
    DIRECTORY = "direktori", _("Data kelompok di direktori")
    PROBLEM = "masalah", _("Masalah di situs")
    OTHER = "lainnya", _("Lainnya")


class ContactForm(HoneypotMixin, MinimumTimeMixin, forms.Form):
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

    def clean_nama(self):
        # The name goes into the mail's subject: one line, however it was posted.
        return " ".join(self.cleaned_data["nama"].split())

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
