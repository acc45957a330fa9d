from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GroupsDirectoryConfig(AppConfig):
    name = "groups_directory"
    verbose_name = _("Direktori Kelompok")

    def ready(self):
        from wagtail.models import WorkflowState
        from wagtail.signals import page_published, page_unpublished, workflow_rejected

        from .models import GroupPage

        page_published.connect(mark_updated, sender=GroupPage)
        page_published.connect(tell_organiser_published, sender=GroupPage)
        page_unpublished.connect(tell_organiser_unpublished, sender=GroupPage)
        workflow_rejected.connect(tell_organiser_sent_back, sender=WorkflowState)


def mark_updated(sender, instance, **kwargs):
    """Every publish counts as an update the reader sees as "terakhir diperbarui"."""
    from django.utils import timezone

    sender.objects.filter(pk=instance.pk).update(last_updated_at=timezone.now())
    instance.last_updated_at = timezone.now()


def tell_organiser_published(sender, instance, **kwargs):
    from .moderation import notify_published

    notify_published(instance)


def tell_organiser_unpublished(sender, instance, **kwargs):
    from .moderation import notify_unpublished

    notify_unpublished(instance)


def tell_organiser_sent_back(sender, instance, **kwargs):
    """A moderator chose "Minta perubahan" on a group: pass the comment to its organiser."""
    from .models import GroupPage
    from .moderation import notify_sent_back

    page = instance.content_object
    if not isinstance(page.specific, GroupPage):
        return
    task_state = instance.current_task_state
    notify_sent_back(page.specific, task_state.comment if task_state else "")
