"""One set of roles: complete "Penulis", "Editor" and "Moderator", and fold Wagtail's
default "Editors" and "Moderators" groups into them (see core/roles.py)."""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations


def adopt_roles(apps, schema_editor):
    from core.roles import adopt_wagtail_defaults

    # Model permissions are normally created after all migrations ran; the roles need
    # them now.
    for label in (
        "wagtailadmin",
        "articles",
        "comments",
        "django_comments",
        "groups_directory",
        "wagtailimages",
        "wagtaildocs",
    ):
        create_permissions(global_apps.get_app_config(label), apps=apps, verbosity=0)
    adopt_wagtail_defaults(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_standardpage_comments_closed_and_more"),
        ("articles", "0002_editorial_groups"),
        ("comments", "0003_comment_target_index"),
        ("django_comments", "0004_add_object_pk_is_removed_index"),
        ("groups_directory", "0004_group_last_updated_index"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
    ]

    # Going back keeps the merged groups: splitting members apart again would be a guess.
    operations = [migrations.RunPython(adopt_roles, migrations.RunPython.noop)]
