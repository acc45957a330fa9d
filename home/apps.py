from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Beranda")

    def ready(self):
        from django.db.models.signals import post_migrate

        from home.cache import connect_signals
        from home.roles import name_permissions_in_indonesian

        connect_signals(self)
        # After every app's permissions exist (Django creates them in post_migrate too).
        post_migrate.connect(name_permissions_in_indonesian, dispatch_uid="guyub-permission-names")
