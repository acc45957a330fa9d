from django.contrib.auth.models import Permission
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_views
from .models import BlockedItem


class BlockedItemViewSet(SnippetViewSet):
    model = BlockedItem
    icon = "cross"
    menu_label = _("Daftar blokir")
    add_to_admin_menu = False
    list_display = ["value", "kind", "created_at"]
    list_filter = ["kind"]
    search_fields = ["value"]


register_snippet(BlockedItemViewSet)


@hooks.register("register_admin_urls")
def register_comment_admin_urls():
    urls = [path("", admin_views.index, name="index")]
    return [path("komentar/", include((urls, "comments_admin"), namespace="comments_admin"))]


@hooks.register("register_permissions")
def register_moderation_permission():
    # Lets administrators grant "can moderate comments" to a group (e.g. Moderators)
    # from Settings > Groups; superusers have it already.
    return Permission.objects.filter(
        content_type__app_label="django_comments", codename="can_moderate"
    )


class ModerationMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.MODERATE_PERMISSION)


@hooks.register("register_admin_menu_item")
def register_comments_menu():
    submenu = Menu(
        items=[
            ModerationMenuItem(
                _("Moderasi"), reverse("comments_admin:index"), icon_name="comment", order=100
            ),
            ModerationMenuItem(
                _("Daftar blokir"),
                reverse("wagtailsnippets_comments_blockeditem:list"),
                icon_name="cross",
                order=200,
            ),
            ModerationMenuItem(
                _("Aturan komentar"),
                reverse("wagtailsettings:edit", args=["comments", "commentsettings"]),
                icon_name="cog",
                order=300,
            ),
        ]
    )
    return SubmenuMenuItem(_("Komentar"), submenu, icon_name="comment", order=250)


class HeldCommentsPanel(Component):
    name = "held_comments"
    order = 90
    template_name = "comments/admin/dashboard_panel.html"

    def __init__(self, count):
        self.count = count

    def get_context_data(self, parent_context=None):
        return {"count": self.count, "url": reverse("comments_admin:index") + "?status=held"}


@hooks.register("construct_homepage_panels")
def add_held_comments_panel(request, panels):
    count = admin_views.held_count_for(request.user)
    if count is not None:
        panels.append(HeldCommentsPanel(count))
