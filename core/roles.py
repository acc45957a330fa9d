"""The site's roles: one set of user groups, with Indonesian names and descriptions.

Administrators are superusers and need no group. Every other account belongs to one of
these groups; docs/roles.md describes them for the people who hand out accounts.

``ensure_roles`` creates or completes the groups and their model and collection
permissions. It only uses ``apps.get_model`` so data migrations can call it with historical
models. Page permissions need the pages themselves, which do not exist when migrations
run: articles/roles.py and groups_directory/moderation.py attach them when the article
index and the group directory are created.

Wagtail's own migrations create "Editors" and "Moderators" groups and a "Moderators
approval" workflow. ``adopt_wagtail_defaults`` folds them into these roles (members,
permissions and workflow tasks move over), so nobody has to guess which group is meant.
"""

from django.apps import apps as global_apps

WRITERS = "Penulis"
EDITORS = "Editor"
MODERATORS = "Moderator"

DESCRIPTIONS = {
    WRITERS: "Menulis artikel dan mengirimkannya ke editor untuk diperiksa. "
    "Penulis tidak bisa menerbitkan artikel sendiri.",
    EDITORS: "Memeriksa, menyunting, dan menerbitkan artikel; menyetujui atau mengembalikan "
    "kiriman penulis dengan komentar; mengelola penulis, kategori, gambar, dan dokumen; "
    "melihat dan menghapus pelanggan email artikel.",
    MODERATORS: "Memeriksa pendaftaran dan perbaikan data kelompok, menindaklanjuti laporan "
    "data kelompok yang tidak sesuai, dan memoderasi komentar pembaca.",
}

_EDIT = ("add", "change", "delete", "view")

# (app_label, codename) model permissions per role.
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
            (("articles", f"{action}_{model}"))
            for model in ("author", "category")
            for action in _EDIT
        ],
        # Subscribers join only by confirming their own address: editors see and remove.
        ("articles", "view_subscriber"),
        ("articles", "delete_subscriber"),
    ],
    MODERATORS: [
        ("wagtailadmin", "access_admin"),
        ("django_comments", "can_moderate"),
        *[("comments", f"{action}_blockeditem") for action in _EDIT],
        ("groups_directory", "view_groupreport"),
        ("groups_directory", "change_groupreport"),
        *[("groups_directory", f"{action}_groupcategory") for action in _EDIT],
        ("groups_directory", "view_region"),
    ],
}
# Collection permissions per role, on the root collection.
COLLECTION_PERMISSIONS = {
    WRITERS: [("wagtailimages", "add_image"), ("wagtailimages", "choose_image")],
    EDITORS: [
        *[("wagtailimages", f"{action}_image") for action in ("add", "change", "choose", "delete")],
        *[
            ("wagtaildocs", f"{action}_document")
            for action in ("add", "change", "choose", "delete")
        ],
    ],
    MODERATORS: [("wagtailimages", "choose_image")],
}

# Wagtail's default groups and the role each one becomes.
WAGTAIL_DEFAULT_GROUPS = {"Editors": EDITORS, "Moderators": MODERATORS}
# Wagtail's migration 0048 names the default workflow and its task after the group.
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"
DEFAULT_WORKFLOW_NAME = "Moderasi Halaman"
DEFAULT_TASK_NAME = "Persetujuan moderator"


def _permission(apps, app_label, codename):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()


def ensure_roles(apps=global_apps):
    """Create (or complete) every role's group; returns the groups by name."""
    Group = apps.get_model("auth", "Group")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    root_collection = Collection.objects.filter(depth=1).first()
    groups = {}
    for name, permissions in MODEL_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        for app_label, codename in permissions:
            permission = _permission(apps, app_label, codename)
            if permission is not None:
                group.permissions.add(permission)
        if root_collection is not None:
            for app_label, codename in COLLECTION_PERMISSIONS[name]:
                permission = _permission(apps, app_label, codename)
                if permission is not None:
                    GroupCollectionPermission.objects.get_or_create(
                        group=group, collection=root_collection, permission=permission
                    )
        groups[name] = group
    return groups


def adopt_wagtail_defaults(apps=global_apps):
    """Fold Wagtail's "Editors" and "Moderators" groups into the roles, then delete them.

    Nothing is lost: members, model permissions, page and collection permissions and
    approval-task memberships all move to the role. Wagtail's default workflow and task
    get Indonesian names (their names show in the admin and in review mails).
    """
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")

    roles = ensure_roles(apps)
    for old_name, role_name in WAGTAIL_DEFAULT_GROUPS.items():
        old = Group.objects.filter(name=old_name).first()
        if old is None:
            continue
        role = roles[role_name]
        role.user_set.add(*old.user_set.all())
        role.permissions.add(*old.permissions.all())
        for grant in GroupPagePermission.objects.filter(group=old):
            GroupPagePermission.objects.get_or_create(
                group=role, page_id=grant.page_id, permission_id=grant.permission_id
            )
        for grant in GroupCollectionPermission.objects.filter(group=old):
            GroupCollectionPermission.objects.get_or_create(
                group=role, collection_id=grant.collection_id, permission_id=grant.permission_id
            )
        for task in GroupApprovalTask.objects.filter(groups=old):
            task.groups.add(role)
        old.delete()

    Workflow.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW).update(name=DEFAULT_WORKFLOW_NAME)
    Task.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW).update(name=DEFAULT_TASK_NAME)
    return roles


# Django stores permission names in English in the database ("Can add penulis"), and the
# group editor shows them as they are. These read as the roles are explained in Indonesian.
PERMISSION_VERBS = {
    "add": "menambah",
    "change": "mengubah",
    "delete": "menghapus",
    "view": "melihat",
    "choose": "memilih",
}
PERMISSION_NAMES = {
    ("wagtailadmin", "access_admin"): "Boleh masuk ke admin",
    # django_comments and django_comments_xtd both define it, for their own comment model.
    ("django_comments", "can_moderate"): "Boleh memoderasi komentar",
    ("django_comments_xtd", "can_moderate"): "Boleh memoderasi komentar",
    ("wagtailcore", "bulk_delete_page"): "Boleh menghapus halaman beserta subhalamannya",
    ("wagtailcore", "lock_page"): "Boleh mengunci halaman dan membuka kunci yang dipasangnya",
    ("wagtailcore", "publish_page"): "Boleh menerbitkan halaman apa pun",
    ("wagtailcore", "unlock_page"): "Boleh membuka kunci halaman apa pun",
}


def indonesian_permission_name(permission):
    """The Indonesian name for ``permission``, or None to keep the stored one."""
    key = (permission.content_type.app_label, permission.codename)
    if key in PERMISSION_NAMES:
        return PERMISSION_NAMES[key]
    action, _sep, _model = permission.codename.partition("_")
    model = permission.content_type.model_class()
    if action not in PERMISSION_VERBS or model is None:
        return None
    return f"Boleh {PERMISSION_VERBS[action]} {model._meta.verbose_name}"


def name_permissions_in_indonesian(app_config, using="default", **kwargs):
    """post_migrate: name each app's permissions in Indonesian, new ones included.

    Our receiver may run before Django's own for the same app, so the permissions are
    created first (create_permissions is idempotent).
    """
    from django.contrib.auth.management import create_permissions
    from django.contrib.auth.models import Permission
    from django.utils import translation

    create_permissions(app_config, verbosity=0, using=using)
    permissions = Permission.objects.using(using).filter(content_type__app_label=app_config.label)
    with translation.override("id"):
        for permission in permissions.select_related("content_type"):
            name = indonesian_permission_name(permission)
            if name and permission.name != name:
                permission.name = name[: Permission._meta.get_field("name").max_length]
                permission.save(update_fields=["name"], using=using)
