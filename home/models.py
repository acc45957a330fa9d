from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from articles.models import ArticlePage
from comments.models import CommentsMixin
from core.cache import SettingCachedUntilChange
from core.public_url import PublicUrlMixin
from core.routing import CachedViewRestrictionsMixin, route_through
from groups_directory.models import GroupPage


class HomePage(PublicUrlMixin, CachedViewRestrictionsMixin, Page):
    """The site root: a welcome, the newest articles and a few groups to join."""

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1
    # For the page cache (core/cache.py): no parameter varies the home page; it shows the
    # newest articles' comment counts.
    page_cache_query_params = {}
    page_cache_shows_comment_counts = True

    hero_heading = models.CharField(
        _("judul sambutan"),
        max_length=120,
        default="Guyub: kabar dan wadah kelompok warga",
        help_text=_("Kalimat besar pertama yang dibaca pengunjung."),
    )
    hero_text = models.TextField(
        _("teks sambutan"),
        blank=True,
        help_text=_("Satu atau dua kalimat yang menjelaskan situs ini."),
    )
    hero_cta_label = models.CharField(
        _("teks tombol"),
        max_length=60,
        blank=True,
        default="Cari kelompok di sekitar Anda",
    )
    hero_cta_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("halaman tujuan tombol"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("hero_heading"),
                FieldPanel("hero_text"),
                FieldPanel("hero_cta_label"),
                FieldPanel("hero_cta_page"),
            ],
            heading=_("Sambutan"),
        ),
    ]

    search_fields = [*Page.search_fields, index.SearchField("hero_text")]

    class Meta:
        verbose_name = _("beranda")
        verbose_name_plural = _("beranda")

    def route(self, request, path_components):
        # A request for a page further down passes through one of this page's children
        # (the article index, the directory): that child comes from the cache.
        if len(path_components) > 1:
            child = route_through(self, path_components[0])
            if child is None:
                raise Http404
            # As Wagtail's Page.route does (treebeard's get_parent reads it): no query
            # for the parent. No public API sets it; tests/core/test_routing.py pins it.
            child._cached_parent_obj = self
            return child.route(request, path_components[1:])
        return super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest_articles"] = self.latest_article_cards(request)
        context["featured_groups"] = self.featured_groups()
        context.update(self.section_urls(request))
        return context

    def section_urls(self, request):
        """``articles_url`` and ``groups_url`` for the "Lihat semua" links (one query)."""
        from django.contrib.contenttypes.models import ContentType

        from articles.models import ArticleIndexPage
        from groups_directory.models import GroupDirectoryPage

        names = {
            ContentType.objects.get_for_model(ArticleIndexPage).pk: "articles_url",
            ContentType.objects.get_for_model(GroupDirectoryPage).pk: "groups_url",
        }
        sections = Page.objects.live().child_of(self).filter(content_type_id__in=names)
        return {
            names[page.content_type_id]: page.get_url(request)
            # The first of each type in the tree wins: later keys overwrite earlier ones.
            for page in sections.order_by("-path")
        }

    def latest_article_cards(self, request, limit=6):
        """The newest published articles' cards, from the cache where rendered before."""
        ids = ArticlePage.objects.published().newest_first().values_list("pk", flat=True)
        return ArticlePage.objects.cards(list(ids[:limit]), request)

    def featured_groups(self):
        """The three most recently updated active groups that take new members (one query)."""
        return list(
            GroupPage.objects.listed()
            .filter(is_active=True, is_open=True)
            .select_related("category", "region", "district", "regency", "province", "logo")
            .order_by("-last_updated_at")[:3]
        )


@register_setting(icon="cog")
class SiteSettings(SettingCachedUntilChange, BaseSiteSetting):
    """Footer and contact details editors change without a deploy."""

    # Every page's footer links to these: fetch them with the settings row (one query).
    select_related = ["about_page", "contact_page"]

    tagline = models.CharField(
        _("slogan"),
        max_length=160,
        blank=True,
        default="Portal komunitas untuk kelompok kecil di Indonesia",
    )
    about_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("halaman tentang kami"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contact_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("halaman kontak"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contact_email = models.EmailField(_("email kontak"), blank=True)
    footer_text = models.TextField(
        _("teks kaki halaman"),
        blank=True,
        help_text=_("Tampil di bagian bawah setiap halaman, misalnya alamat sekretariat."),
    )

    panels = [
        FieldPanel("tagline"),
        FieldPanel("about_page"),
        FieldPanel("contact_page"),
        FieldPanel("contact_email"),
        FieldPanel("footer_text"),
    ]

    class Meta:
        verbose_name = _("pengaturan situs")


class StandardPage(PublicUrlMixin, CachedViewRestrictionsMixin, CommentsMixin, Page):
    """A plain content page such as "Tentang Kami" or "Kontak"."""

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    intro = models.TextField(_("pengantar"), blank=True)
    body = RichTextField(
        _("isi"), blank=True, features=["h2", "h3", "bold", "italic", "link", "ol", "ul"]
    )

    # Plain pages are usually "Tentang Kami" or "Kontak": comments are opt-in here.
    comments_enabled = models.BooleanField(
        _("tampilkan komentar"),
        default=False,
        help_text=_("Nyalakan agar pembaca bisa berkomentar di halaman ini."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    settings_panels = [*Page.settings_panels, *CommentsMixin.comments_panels]

    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("halaman biasa")
        verbose_name_plural = _("halaman biasa")
