from django.db.models import F
from django.http import HttpResponsePermanentRedirect, HttpResponseRedirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.contrib.redirects.models import Redirect
from wagtail.images.image_operations import TransformOperation
from wagtail.images.rect import Rect
from wagtail.models import Site
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from articles.importing.article_import import resolve_pending_links
from articles.importing.views import ImportArticlesView, user_can_import
from articles.models import ArticlePage, Author, Category, PendingRelatedLink

# Query parameters of WordPress's default links: posts, pages and attachments.
WORDPRESS_QUERY_PARAMETERS = {"p", "page_id", "attachment_id"}


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


@hooks.register("before_serve_page")
def redirect_old_wordpress_query_links(page, request, serve_args, serve_kwargs):
    """Send "/?p=123" (WordPress's short links) to the imported article.

    Wagtail's RedirectMiddleware only looks up redirects for 404 responses, but "/?p=123"
    is the home page with a query string and answers 200. So for WordPress's query
    parameters the redirect table is consulted before the page is served.
    """
    if not WORDPRESS_QUERY_PARAMETERS.intersection(request.GET):
        return None
    old_path = Redirect.normalise_path(request.get_full_path())
    redirect = (
        Redirect.get_for_site(Site.find_for_request(request))
        .filter(old_path=old_path)
        .order_by(F("site").desc(nulls_last=True))
        .first()
    )
    if redirect is None or not redirect.link:
        return None
    response_class = (
        HttpResponsePermanentRedirect if redirect.is_permanent else HttpResponseRedirect
    )
    return response_class(redirect.link)


class TrimOperation(TransformOperation):
    """``trim-WxH``: cut a rendition down to at most W x H pixels, keeping its centre.

    Wagtail's ``fill`` rounds its crop box outwards, so a 1200 x 675 picture filled to
    1200 x 630 comes out 1200 x 631; link previews then announce a size other than the
    one they asked for. Trimming after the fill gives the exact size.
    """

    def construct(self, size):
        width, height = size.split("x")
        self.width, self.height = int(width), int(height)

    def run(self, transform, image):
        width, height = transform.size
        if width <= self.width and height <= self.height:
            return transform
        left, top = (width - min(width, self.width)) // 2, (height - min(height, self.height)) // 2
        rect = Rect(left, top, left + min(width, self.width), top + min(height, self.height))
        return transform.crop(rect)


@hooks.register("register_image_operations")
def register_trim_operation():
    return [("trim", TrimOperation)]


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return user_can_import(request.user)


@hooks.register("register_admin_urls")
def register_import_url():
    return [path("artikel/impor/", ImportArticlesView.as_view(), name="articles_import")]


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem(
        _("Impor Artikel"), reverse("articles_import"), icon_name="upload", order=260
    )


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def resolve_links_waiting_for_this_article(request, page):
    """An editor may write the article an imported "Pos Terkait" line was waiting for."""
    page = page.specific
    if isinstance(page, ArticlePage) and PendingRelatedLink.objects.exists():
        resolve_pending_links(page)
