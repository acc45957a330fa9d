from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import GroupCategory, GroupReport, Region


class GroupCategoryViewSet(SnippetViewSet):
    model = GroupCategory
    icon = "tag"
    menu_label = _("Kategori kelompok")
    add_to_admin_menu = False
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name"]
    search_backend_name = None


class RegionViewSet(SnippetViewSet):
    """Read-only region data; registered so group pages get a searchable region chooser."""

    model = Region
    icon = "site"
    menu_label = _("Wilayah")
    add_to_admin_menu = False
    list_display = ["code", "name", "level", "parent"]
    list_filter = ["level"]
    search_fields = ["name", "code"]
    search_backend_name = None
    ordering = ["code"]


class GroupReportViewSet(ModelViewSet):
    model = GroupReport
    icon = "warning"
    menu_label = _("Laporan kelompok")
    add_to_admin_menu = True
    menu_order = 250
    list_display = [
        "group",
        "reason",
        "created_at",
        # A tick or cross titled "Ya"/"Tidak" instead of the raw True/False text.
        BooleanColumn("is_resolved", label=_("Sudah ditindaklanjuti")),
    ]
    list_filter = ["is_resolved", "reason"]
    search_fields = ["details", "group__title"]
    form_fields = ["reason", "details", "reporter_email", "is_resolved", "moderator_note"]
    ordering = ["is_resolved", "-created_at"]


register_snippet(GroupCategoryViewSet)
register_snippet(RegionViewSet)


@hooks.register("register_admin_viewset")
def register_group_report_viewset():
    return GroupReportViewSet("group_reports")
