"""The reader's sign-up form for new-article mail."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms import HoneypotMixin, MinimumTimeMixin


class SubscriptionForm(HoneypotMixin, MinimumTimeMixin, forms.Form):
    # Article pages also carry the comment form, whose e-mail field is id_email.
    auto_id = "langganan_%s"

    email = forms.EmailField(
        label=_("Alamat email"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "placeholder": "nama@contoh.id"}),
        error_messages={
            "required": _("Tulis alamat email Anda."),
            "invalid": _("Alamat email ini tidak valid. Periksa lagi, misalnya nama@contoh.id."),
            "max_length": _("Alamat email ini terlalu panjang."),
        },
    )
