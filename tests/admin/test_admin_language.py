"""The admin speaks Indonesian to every role: a crawl that fails on English.

Each role (built by core/roles.py, as on the real site) logs in and visits every menu
entry, every listing and edit form (create and edit for every page type and snippet), the
workflow steps (submit, approve, reject with a comment), comment and group moderation
and the WordPress import screen, then follows the admin links it finds, one page per URL
shape. Every screen's visible text is checked against tests/admin/english.py; the failure
lists each English string with the URL it was found on.
"""

import json
import re
import time
from datetime import time as clock
from types import SimpleNamespace
from urllib.parse import urlsplit

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django_comments_xtd.models import XtdComment
from wagtail.models import Page

from core.roles import EDITORS, MODERATORS, WRITERS
from groups_directory.models import GroupCategory, GroupDirectoryPage, GroupPage, GroupReport
from groups_directory.moderation import submit_revision
from home.models import StandardPage
from tests.articles.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    AuthorFactory,
    CategoryFactory,
    ImageFactory,
)
from tests.groups_directory.factories import make_group

from .english import english_in, parse

pytestmark = pytest.mark.django_db

# Each role may see up to this many distinct screens; enough for every screen type
# reachable from the menu, small enough to keep the crawl to seconds.
SCREEN_LIMIT = 160
# Links never followed: leaving the admin, logging out, or rendering the public site.
SKIPPED_PATHS = re.compile(
    r"/logout/|/preview/|/view_draft/|/revisions/\d+/view/|/workflow/preview/|/jsi18n/"
    r"|/serve/|/documents/\d+/.+\.\w+$|/images/\d+/generate_url/"
)
# Answers that only mean "not for you" or "use POST"; anything else but 200 is a failure.
QUIET_STATUSES = {302, 403, 404, 405}


def _user(django_user_model, username, group=None, **extra):
    user = django_user_model.objects.create_user(
        username,
        f"{username}@contoh.invalid",
        "sandi-uji",
        first_name=username.title(),
        **extra,
    )
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def world(home_page, django_user_model):
    """A small site with one of everything an admin user meets, mid-workflow."""
    users = {
        "writer": _user(django_user_model, "penulis", WRITERS),
        "editor": _user(django_user_model, "editor", EDITORS),
        "moderator": _user(django_user_model, "moderator", MODERATORS),
        "superuser": _user(django_user_model, "admin", is_staff=True, is_superuser=True),
    }
    index = ArticleIndexPageFactory(parent=home_page)  # attaches the editorial workflow
    author = AuthorFactory(name="Siti Rahmawati")
    category = CategoryFactory(name="Kegiatan Warga")
    image = ImageFactory(title="Kerja bakti di balai warga")
    published = ArticlePageFactory(
        parent=index, title="Kerja bakti bulan ini", authors=[author], categories=[category]
    )
    published.hero_image = image
    published.save_revision(user=users["editor"]).publish()

    # A writer's drafts, submitted to the editors; one is sent back with a comment.
    submitted = []
    for title in ("Arisan RT 05", "Lomba tujuh belasan"):
        draft = ArticlePageFactory(
            parent=index, title=title, live=False, owner=users["writer"], authors=[author]
        )
        draft.save_revision(user=users["writer"])
        draft.get_workflow().start(draft, users["writer"])
        submitted.append(draft)

    standard = StandardPage(title="Tentang Guyub", slug="tentang", intro="Siapa kami.")
    home_page.add_child(instance=standard)

    directory = GroupDirectoryPage(title="Direktori Kelompok", slug="kelompok")
    home_page.add_child(instance=directory)
    group = make_group(directory, "Arisan Ibu-Ibu Melati")
    GroupReport.objects.create(group=group, reason="kontak_salah", details="Nomor WA mati.")
    registration = GroupPage(
        title="Karang Taruna Sejahtera",
        live=False,
        region_id="31.74.01",
        category=GroupCategory.objects.get(slug="arisan"),
        summary="Pemuda RW 03.",
        schedule_frequency="weekly",
        schedule_weekday=5,
        schedule_start_time=clock(19, 0),
        audience="umum",
        email="pengurus@contoh.invalid",
    )
    directory.add_child(instance=registration)
    submit_revision(registration, directory)

    XtdComment.objects.create(
        content_object=published,
        site_id=1,
        user_name="Budi",
        user_email="budi@contoh.invalid",
        comment="Terima kasih infonya!",
        is_public=False,
    )
    return SimpleNamespace(
        users=users,
        pages=[home_page, index, published, *submitted, standard, directory, group, registration],
        parents=[home_page, index, directory],
        submitted=submitted,
        registration=registration,
        snippets=[author, category, group.category],
        report=GroupReport.objects.get(),
    )


def seeds(world):
    """The screens every role is sent to, whether or not a link leads there."""
    urls = ["/admin/", reverse("wagtailadmin_account"), reverse("articles_import")]
    urls += [reverse("comments_admin:index"), reverse("group_reports:index")]
    urls.append(reverse("group_reports:edit", args=[world.report.pk]))
    for page in world.pages:
        urls += [
            reverse("wagtailadmin_explore", args=[page.pk]),
            reverse("wagtailadmin_pages:edit", args=[page.pk]),
            reverse("wagtailadmin_pages:history", args=[page.pk]),
        ]
    for parent in world.parents:
        for page_type in parent.specific_class.allowed_subpage_models():
            urls.append(
                reverse(
                    "wagtailadmin_pages:add",
                    args=[page_type._meta.app_label, page_type._meta.model_name, parent.pk],
                )
            )
    for snippet in world.snippets:
        meta = snippet._meta
        urls += [
            reverse(f"wagtailsnippets_{meta.app_label}_{meta.model_name}:list"),
            reverse(f"wagtailsnippets_{meta.app_label}_{meta.model_name}:add"),
            reverse(f"wagtailsnippets_{meta.app_label}_{meta.model_name}:edit", args=[snippet.pk]),
        ]
    for page in [*world.submitted, world.registration]:
        task_state = Page.objects.get(pk=page.pk).specific.current_workflow_task_state
        for action in ("approve", "reject"):
            urls.append(
                reverse(
                    "wagtailadmin_pages:workflow_action",
                    args=[page.pk, action, task_state.pk],
                )
            )
        urls.append(reverse("wagtailadmin_pages:workflow_history", args=[page.pk]))
    return urls


def _texts(response):
    content = response.content.decode()
    if response.get("Content-Type", "").startswith("application/json"):
        # Workflow dialogs arrive as JSON holding the dialog's HTML.
        content = json.loads(content).get("html") or ""
    return parse(content)


def crawl(client, start):
    """Visit ``start`` and the admin links found there, one page per URL shape.

    Returns ({url: [English strings]}, [(url, status)] errors, screens visited).
    """
    queue = list(dict.fromkeys(start))
    seen_shapes = set()
    found, errors, visited = {}, [], 0
    while queue and visited < SCREEN_LIMIT:
        url = queue.pop(0)
        response = client.get(url)
        visited += 1
        if response.status_code != 200:
            if response.status_code not in QUIET_STATUSES:
                errors.append((url, response.status_code))
            continue
        texts, links = _texts(response)
        english = english_in(texts)
        if english:
            found[url] = english
        for link in links:
            path = urlsplit(link).path
            shape = re.sub(r"\d+", "N", path)
            if (
                path.startswith("/admin/")
                and not SKIPPED_PATHS.search(path)
                and shape not in seen_shapes
            ):
                seen_shapes.add(shape)
                queue.append(path)
    return found, errors, visited


def _report(found):
    """Each English string once, with the URLs it was found on (the first few)."""
    urls_by_text = {}
    for url, strings in found.items():
        for text in strings:
            # "More options for 'Aceh'" and "... for 'Bali'" are one message.
            message = re.sub(r"'[^']*'|“[^”]*”|\"[^\"]*\"", "'…'", text)
            urls_by_text.setdefault(message, []).append(url)
    lines = []
    for message, urls in urls_by_text.items():
        urls = list(dict.fromkeys(urls))
        more = f" (+{len(urls) - 3} more)" if len(urls) > 3 else ""
        lines.append(f"{message!r} on {', '.join(urls[:3])}{more}")
    return "\n".join(lines)


@pytest.mark.parametrize("role", ["writer", "editor", "moderator", "superuser"])
def test_every_admin_screen_is_indonesian_for(role, client, world):
    client.force_login(world.users[role])
    started = time.monotonic()
    found, errors, visited = crawl(client, seeds(world))
    print(f"{role}: {visited} screens in {time.monotonic() - started:.1f}s")
    assert not errors, f"Admin screens that failed for {role}: {errors}"
    assert visited > 20, "the crawl must reach the admin's screens"
    assert not found, f"English on the admin screens for {role}:\n{_report(found)}"


def test_login_and_password_reset_screens_are_indonesian(client):
    found, errors, _visited = crawl(client, ["/admin/login/", "/admin/password_reset/"])
    assert not errors
    assert not found, f"English before login:\n{_report(found)}"
