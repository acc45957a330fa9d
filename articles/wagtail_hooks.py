from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from articles.models import Author, Category


class AuthorViewSet(SnippetViewSet):
    model = Author
    icon = "user"
    menu_label = _("Penulis")
    list_display = ["name", "slug"]
    search_fields = ["name"]
    ordering = ["name"]


class CategoryViewSet(SnippetViewSet):
    model = Category
    icon = "folder-open-inverse"
    menu_label = _("Kategori")
    list_display = ["name", "slug"]
    ordering = ["name"]


class ArticleSnippetsGroup(SnippetViewSetGroup):
    menu_label = _("Blog")
    menu_icon = "doc-full-inverse"
    menu_order = 250
    items = (AuthorViewSet, CategoryViewSet)


register_snippet(ArticleSnippetsGroup)
