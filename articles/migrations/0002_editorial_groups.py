"""Create the "Penulis" and "Editor" groups (core/roles.py; articles/roles.py adds the page half)."""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations


def create_groups(apps, schema_editor):
    from core.roles import ensure_roles

    # Model permissions are normally created after all migrations ran; the groups need
    # them now.
    for label in ("articles", "wagtailimages"):
        create_permissions(global_apps.get_app_config(label), apps=apps, verbosity=0)
    ensure_roles(apps)


def remove_groups(apps, schema_editor):
    from core.roles import EDITORS, WRITERS

    apps.get_model("auth", "Group").objects.filter(name__in=[WRITERS, EDITORS]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0001_initial"),
        ("wagtailimages", "0001_initial"),
        ("auth", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
