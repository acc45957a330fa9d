"""The page half of the editorial roles "Penulis" and "Editor" (core/roles.py defines the
roles), and the article moderation workflow.

The article index does not exist when migrations run, so ``attach_editorial_workflow``
gives the groups their page permissions on the article index and assigns the "Moderasi
Artikel" workflow to it. It runs whenever an ArticleIndexPage is created (post_save
signal, see apps.py) and from the demo loader; it is idempotent, so running it again
repairs a partial setup.
"""

from core.roles import EDITORS, WRITERS, ensure_roles

WORKFLOW_NAME = "Moderasi Artikel"
TASK_NAME = "Persetujuan Editor"

PAGE_PERMISSIONS = {
    # "add" on the index lets writers create articles, edit their own and submit them.
    WRITERS: ["add_page"],
    EDITORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}


def attach_editorial_workflow(index_page):
    """Give the groups page permissions on ``index_page`` and moderate its articles."""
    from django.contrib.auth.models import Permission
    from wagtail.models import (
        GroupApprovalTask,
        GroupPagePermission,
        Workflow,
        WorkflowPage,
        WorkflowTask,
    )

    groups = ensure_roles()
    for name, codenames in PAGE_PERMISSIONS.items():
        for codename in codenames:
            permission = Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            )
            GroupPagePermission.objects.get_or_create(
                group=groups[name], page=index_page, permission=permission
            )

    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    task.groups.add(groups[EDITORS])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=index_page, defaults={"workflow": workflow})
    return workflow
