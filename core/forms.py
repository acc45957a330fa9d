"""Spam defences shared by the public forms: a honeypot field and a minimum fill-in time."""

import time

from django import forms
from django.core import signing
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


class MinimumTimeMixin(forms.Form):
    """A signed time of rendering, so a post that arrives sooner than a person could send
    it can be told apart from one that took a human moment.

    The time is the page's render time, which the page cache only makes older (more
    generous). A post without a readable time counts as too fast: only a script sends one.
    Views should ask again rather than refuse, so a quick human loses nothing.
    """

    MIN_SECONDS = 2
    SALT = "core.forms.rendered_at"

    rendered_at = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["rendered_at"].initial = signing.dumps(int(time.time()), salt=self.SALT)

    def rendered_seconds_ago(self):
        value = self.data.get(self.add_prefix("rendered_at"), "")
        try:
            rendered = signing.loads(value, salt=self.SALT)
        except signing.BadSignature:
            return None
        return time.time() - rendered if isinstance(rendered, int) else None

    @property
    def too_fast(self):
        elapsed = self.rendered_seconds_ago()
        return elapsed is None or elapsed < self.MIN_SECONDS
