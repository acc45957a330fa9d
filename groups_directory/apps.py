from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GroupsDirectoryConfig(AppConfig):
    name = "groups_directory"
    verbose_name = _("Direktori Kelompok")

    def ready(self):
        from wagtail.signals import page_published

        from .models import GroupPage

        page_published.connect(mark_updated, sender=GroupPage)


def mark_updated(sender, instance, **kwargs):
    """Every publish counts as an update the reader sees as "terakhir diperbarui"."""
    from django.utils import timezone

    sender.objects.filter(pk=instance.pk).update(last_updated_at=timezone.now())
    instance.last_updated_at = timezone.now()
