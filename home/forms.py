"""Forms of the admin that the project adjusts."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm


class AdminLoginForm(LoginForm):
    """Wagtail's login form, with the password field labelled in the reader's language.

    Wagtail 8.0.1 declares the field without a label, so Django derives "Password" from
    the field's name, outside every catalogue.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Kata sandi")
