"""Pieces every public form shares, whatever app it belongs to."""

from django import forms
from django.utils.translation import gettext_lazy as _


class HoneypotMixin(forms.Form):
    # Hidden from people by CSS; bots that fill every field reveal themselves.
    situs_web = forms.CharField(
        label=_("Jangan isi kolom ini"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    # Several of these forms share a page (a group's contact and report forms): each
    # subclass names its own element ids so that no two fields get the same id.
    auto_id = "id_%s"

    def __init__(self, *args, **kwargs):
        # Labels sit above their fields; a trailing colon adds nothing.
        kwargs.setdefault("label_suffix", "")
        kwargs.setdefault("auto_id", self.auto_id)
        super().__init__(*args, **kwargs)

    @property
    def is_spam(self):
        return bool(self.data.get(self.add_prefix("situs_web")))
