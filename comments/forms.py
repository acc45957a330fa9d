from django import forms
from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_comments_xtd.forms import XtdCommentForm

from .models import CommentReport
from .text import strip_bidi_controls


class CommentForm(XtdCommentForm):
    """xtd's form (security hash, timestamp, honeypot, reply_to) with Indonesian labels.

    The website field accepts only http and https addresses: ``javascript:`` and friends
    would otherwise end up in the link on the commenter's name.
    """

    # Filled by static/js/comments.js: milliseconds from the first keystroke to the submit.
    # Empty without JavaScript, where the server's page-load timestamp is all there is.
    typing_ms = forms.CharField(required=False, max_length=12, widget=forms.HiddenInput)

    url = forms.URLField(
        label=_("Situs web"),
        required=False,
        max_length=200,
        assume_scheme="https",
        validators=[URLValidator(schemes=["http", "https"])],
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        fields = self.fields
        fields["name"].label = _("Nama")
        fields["name"].widget = forms.TextInput(attrs={"autocomplete": "name", "maxlength": 50})
        # A context keeps Django's own "Email" -> "Email/Surel" translation out of the form.
        fields["email"].label = pgettext_lazy("comment form", "Email")
        fields["email"].help_text = ""
        fields["email"].widget = forms.EmailInput(attrs={"autocomplete": "email"})
        fields["url"].label = _("Situs web")
        fields["url"].widget = forms.URLInput(
            attrs={"autocomplete": "url", "placeholder": "https://"}
        )
        fields["comment"].label = _("Komentar")
        fields["comment"].widget = forms.Textarea(attrs={"rows": 6, "maxlength": 3000})
        fields["followup"].label = _("Beri tahu saya komentar lanjutan melalui email")
        fields["honeypot"].label = _("Jangan isi ruas ini (khusus penangkal robot)")
        fields["honeypot"].widget = forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"})
        for name in ("name", "email", "comment"):
            fields[name].error_messages["required"] = _("Ruas ini wajib diisi.")

    def clean_name(self):
        name = strip_bidi_controls(self.cleaned_data.get("name", "")).strip()
        if not name:
            raise forms.ValidationError(_("Ruas ini wajib diisi."))
        return name

    def clean_typing_ms(self):
        # A hint, never a reason to reject the form: anything unreadable counts as absent.
        value = self.cleaned_data.get("typing_ms", "")
        return int(value) if value.isdigit() else None

    def clean_honeypot(self):
        if self.cleaned_data.get("honeypot"):
            raise forms.ValidationError(_("Kiriman ini tampak seperti spam."))
        return ""


class CommentEditForm(forms.Form):
    comment = forms.CharField(
        label=_("Komentar"),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 6, "maxlength": 3000}),
        error_messages={"required": _("Ruas ini wajib diisi.")},
    )


class ReportForm(forms.Form):
    """Why a reader reports a comment; the note is required only for "Lainnya"."""

    reason = forms.ChoiceField(
        label=_("Alasan"),
        choices=CommentReport.Reason.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Pilih salah satu alasan.")},
    )
    note = forms.CharField(
        label=_("Catatan"),
        required=False,
        max_length=300,
        help_text=_("Opsional, wajib bila memilih “Lainnya”. Paling banyak 300 karakter."),
        widget=forms.Textarea(
            attrs={"rows": 3, "maxlength": 300, "aria-describedby": "catatan-bantuan"}
        ),
        error_messages={"max_length": _("Catatan paling banyak 300 karakter.")},
    )

    def clean_note(self):
        return strip_bidi_controls(self.cleaned_data.get("note", "")).strip()

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("reason") == CommentReport.Reason.OTHER and not cleaned.get("note"):
            self.add_error("note", _("Tuliskan alasannya bila memilih “Lainnya”."))
        return cleaned
