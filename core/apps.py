from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Inti")

    def ready(self):
        from django.db.models.signals import post_migrate

        from core.cache import connect_signals
        from core.roles import name_permissions_in_indonesian

        connect_signals()
        # After every app's permissions exist (Django creates them in post_migrate too).
        post_migrate.connect(name_permissions_in_indonesian, dispatch_uid="guyub-permission-names")
