"""One set of roles with Indonesian names; Wagtail's default groups folded into them."""

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupApprovalTask, GroupPagePermission, Page, Task, Workflow

from core.roles import (
    DEFAULT_TASK_NAME,
    DEFAULT_WORKFLOW_NAME,
    DESCRIPTIONS,
    EDITORS,
    MODERATORS,
    WRITERS,
    adopt_wagtail_defaults,
)

pytestmark = pytest.mark.django_db


def test_migrations_leave_exactly_the_project_roles():
    assert set(Group.objects.values_list("name", flat=True)) == {WRITERS, EDITORS, MODERATORS}
    assert set(DESCRIPTIONS) == {WRITERS, EDITORS, MODERATORS}


def test_wagtail_default_workflow_has_an_indonesian_name():
    assert not Workflow.objects.filter(name__icontains="approval").exists()
    assert not Task.objects.filter(name__icontains="approval").exists()
    workflow = Workflow.objects.get(name=DEFAULT_WORKFLOW_NAME)
    task = GroupApprovalTask.objects.get(name=DEFAULT_TASK_NAME)
    assert list(workflow.tasks.all()) == [task.task_ptr]
    assert list(task.groups.values_list("name", flat=True)) == [MODERATORS]


def test_moderator_role_can_moderate_comments_and_group_reports():
    permissions = {
        f"{app}.{codename}"
        for app, codename in Group.objects.get(name=MODERATORS).permissions.values_list(
            "content_type__app_label", "codename"
        )
    }
    assert {
        "wagtailadmin.access_admin",
        "django_comments.can_moderate",
        "groups_directory.change_groupreport",
    } <= permissions


def test_wagtail_default_groups_are_merged_without_losing_members_or_grants(django_user_model):
    # As on a site that ran Wagtail's migrations and gave people the default groups.
    old_editors = Group.objects.create(name="Editors")
    old_moderators = Group.objects.create(name="Moderators")
    alice = django_user_model.objects.create_user("alice")
    bob = django_user_model.objects.create_user("bob")
    old_editors.user_set.add(alice)
    old_moderators.user_set.add(bob)
    delete_page = Permission.objects.get(
        content_type__app_label="wagtailcore", codename="delete_page"
    )
    root = Page.objects.get(depth=1)
    GroupPagePermission.objects.create(group=old_editors, page=root, permission=delete_page)
    task = GroupApprovalTask.objects.create(name="Tinjauan lama")
    task.groups.add(old_moderators)

    adopt_wagtail_defaults()

    assert not Group.objects.filter(name__in=["Editors", "Moderators"]).exists()
    assert list(alice.groups.values_list("name", flat=True)) == [EDITORS]
    assert list(bob.groups.values_list("name", flat=True)) == [MODERATORS]
    assert GroupPagePermission.objects.filter(
        group__name=EDITORS, page=root, permission=delete_page
    ).exists()
    assert list(task.groups.values_list("name", flat=True)) == [MODERATORS]


@pytest.mark.parametrize(
    ("app_label", "codename", "name"),
    [
        ("articles", "add_author", "Boleh menambah penulis"),
        ("groups_directory", "change_groupreport", "Boleh mengubah laporan data kelompok"),
        ("django_comments", "can_moderate", "Boleh memoderasi komentar"),
        ("wagtailcore", "publish_page", "Boleh menerbitkan halaman apa pun"),
    ],
)
def test_permissions_are_named_in_indonesian(app_label, codename, name):
    permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
    assert permission.name == name


def test_no_permission_keeps_an_english_can_name():
    assert not Permission.objects.filter(name__startswith="Can ").exists()
