from django.db.models import Count, F
from django.http import HttpResponsePermanentRedirect, HttpResponseRedirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.contrib.redirects.models import Redirect
from wagtail.images.image_operations import TransformOperation
from wagtail.images.rect import Rect
from wagtail.models import Site
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from articles.importing.article_import import resolve_pending_links
from articles.importing.views import ImportArticlesView, user_can_import
from articles.models import (
    ArticlePage,
    Author,
    Category,
    PendingRelatedLink,
    Subscriber,
    SubscriberStatus,
)

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


class SubscriberPermissionPolicy(ModelPermissionPolicy):
    """Readers join only by confirming their own address: nobody, not even an
    administrator, adds or edits one by hand. Editors see and delete (core/roles.py)."""

    NEVER = frozenset({"add", "change"})

    def user_has_permission(self, user, action):
        return action not in self.NEVER and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([a for a in actions if a not in self.NEVER])


register_permission_policy(Subscriber, SubscriberPermissionPolicy(Subscriber))


class SubscriberIndexView(IndexView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        counts = dict(Subscriber.objects.order_by().values_list("status").annotate(n=Count("pk")))
        context["status_counts"] = [
            (label, counts.get(value, 0)) for value, label in SubscriberStatus.choices
        ]
        return context


class SubscriberViewSet(ModelViewSet):
    model = Subscriber
    icon = "mail"
    menu_label = _("Pelanggan Email")
    add_to_admin_menu = True
    menu_order = 255
    index_view_class = SubscriberIndexView
    index_template_name = "articles/admin/subscriber_index.html"
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = ["email", "status", "created_at", "confirmed_at"]
    list_filter = ["status"]
    search_fields = ["email"]
    search_backend_name = None
    inspect_view_fields = ["email", "status", "created_at", "confirmed_at", "confirmation_sent_at"]
    # A form is still declared (ModelViewSet needs one); the policy keeps its views shut.
    form_fields = ["email"]


@hooks.register("register_admin_viewset")
def register_subscriber_viewset():
    return SubscriberViewSet("subscribers")


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
