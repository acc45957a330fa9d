"""Editorial roles: "Penulis" (writers) and "Editor", and the article moderation workflow.

Two halves, because the article index does not exist when migrations run:
- ``ensure_groups`` creates both groups with their model and collection permissions. It
  only uses ``apps.get_model`` so the data migration can call it with historical models.
- ``attach_editorial_workflow`` gives the groups their page permissions on the article
  index and assigns the "Moderasi Artikel" workflow to it. It runs whenever an
  ArticleIndexPage is created (post_save signal, see apps.py) and from the demo loader;
  it is idempotent, so running it again repairs a partial setup.
"""

from django.apps import apps as global_apps

WRITERS = "Penulis"
EDITORS = "Editor"
WORKFLOW_NAME = "Moderasi Artikel"
TASK_NAME = "Persetujuan Editor"

# (app_label, codename) model permissions per group.
MODEL_PERMISSIONS = {
    WRITERS: [
        ("wagtailadmin", "access_admin"),
        # Choosers for the byline and categories need view access to the snippets.
        ("articles", "view_author"),
        ("articles", "view_category"),
    ],
    EDITORS: [
        ("wagtailadmin", "access_admin"),
        *[
            ("articles", f"{action}_{model}")
            for model in ("author", "category")
            for action in ("add", "change", "delete", "view")
        ],
    ],
}
COLLECTION_PERMISSIONS = {
    WRITERS: ["add_image", "choose_image"],
    EDITORS: ["add_image", "change_image", "choose_image", "delete_image"],
}
PAGE_PERMISSIONS = {
    # "add" on the index lets writers create articles, edit their own and submit them.
    WRITERS: ["add_page"],
    EDITORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}


def ensure_groups(apps=global_apps):
    """Create (or complete) the writer and editor groups; returns them by name."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    root_collection = Collection.objects.filter(depth=1).first()
    groups = {}
    for name, codenames in MODEL_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        for app_label, codename in codenames:
            permission = Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            ).first()
            if permission is not None:
                group.permissions.add(permission)
        if root_collection is not None:
            for codename in COLLECTION_PERMISSIONS[name]:
                permission = Permission.objects.filter(
                    content_type__app_label="wagtailimages", codename=codename
                ).first()
                if permission is not None:
                    GroupCollectionPermission.objects.get_or_create(
                        group=group, collection=root_collection, permission=permission
                    )
        groups[name] = group
    return groups


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

    groups = ensure_groups()
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
