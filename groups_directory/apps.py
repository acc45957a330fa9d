from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GroupsDirectoryConfig(AppConfig):
    name = "groups_directory"
    verbose_name = _("Direktori Kelompok")
