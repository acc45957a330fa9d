import datetime

from django.db import models
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractForm
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from articles.models import ArticlePage
from comments.models import CommentSettings, CommentsMixin
from core.cache import LISTINGS, SettingCachedUntilChange, cached_until_change
from core.client_ip import client_ip
from core.public_url import PublicUrlMixin
from core.ratelimit import client_identity, is_limited, record
from core.routing import CachedViewRestrictionsMixin, route_through
from groups_directory.models import GroupPage

from . import contact
from .forms import ContactForm

# The query parameter of the Kontak page's thank-you state.
SENT_PARAM = "terkirim"
# "Artikel Populer" on the home page: the most discussed over this many days.
POPULAR_DAYS = 30


class HomePage(PublicUrlMixin, CachedViewRestrictionsMixin, Page):
    """The site root: a welcome, the newest and the most discussed articles, and a few groups
    to join."""

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1
    # For the page cache (core/cache.py): no parameter varies the home page; it shows the
    # articles' comment counts.
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
        context["popular_articles"] = self.popular_articles(request)
        context["popular_days"] = POPULAR_DAYS
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

    def popular_articles(self, request, limit=5):
        """(title, url, comment count) of the articles most discussed in the last
        POPULAR_DAYS, topped up with the most discussed of all time
        (ArticleQuerySet.most_discussed): a short ranked list, as blogs show it.

        Kept until the next publish or comment approval (the listings scope), and for at
        most the cache's timeout, so the window moves on by the hour.
        """

        def rank():
            since = timezone.now() - datetime.timedelta(days=POPULAR_DAYS)
            articles = ArticlePage.objects.published().most_discussed(since)[:limit]
            return [(a.title, a.get_url(request), a.all_comments) for a in articles]

        return cached_until_change(f"home:popular-articles:{self.pk}:{limit}", rank, scope=LISTINGS)

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
    """A plain content page such as "Tentang Kami" or "Kebijakan Privasi"."""

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]
    # What readers see as its type in search results; "halaman biasa" is for editors.
    reader_type_label = _("Halaman")

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


class ContactPage(PublicUrlMixin, CachedViewRestrictionsMixin, AbstractForm):
    """The site's Kontak page: a fixed form whose messages are kept and mailed to the editors.

    A Wagtail form page, so every message is a form submission in the admin (Formulir, with
    CSV export) even when mail fails. Its fields are fixed in code (home.forms.ContactForm)
    rather than built by editors: the spam checks and the reply-to address depend on
    knowing which field is the sender's e-mail and which the message, and an editor-built
    form could drop either. Editors write the introduction and the thank-you text.
    """

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    reader_type_label = _("Halaman")
    # "?terkirim=1" is the thank-you page the form redirects to; both are the same for
    # every visitor and are kept by the page cache.
    page_cache_query_params = {SENT_PARAM: "1"}

    intro = models.TextField(
        _("pengantar"),
        blank=True,
        help_text=_("Tampil di atas formulir, misalnya untuk apa saja pembaca bisa menghubungi."),
    )
    thank_you_text = models.TextField(
        _("teks terima kasih"),
        blank=True,
        default="Terima kasih, pesan Anda sudah kami terima. Kami membalas ke alamat e-mail "
        "Anda, biasanya dalam dua hari kerja.",
        help_text=_("Tampil setelah pesan terkirim."),
    )

    content_panels = [
        *Page.content_panels,
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        FieldPanel("thank_you_text"),
    ]

    search_fields = [*Page.search_fields, index.SearchField("intro")]

    class Meta:
        verbose_name = _("halaman kontak")
        verbose_name_plural = _("halaman kontak")

    def get_form(self, *args, page=None, user=None, **kwargs):
        # Wagtail passes the page and user on to forms it builds from editors' fields;
        # this form is fixed and needs neither.
        return ContactForm(*args, **kwargs)

    def get_data_fields(self):
        """The columns of the admin's submission list and its CSV export."""
        return [
            ("submit_time", _("Waktu kirim")),
            ("nama", _("Nama")),
            ("email", _("E-mail")),
            ("topik", _("Topik")),
            ("pesan", _("Pesan")),
            ("status", _("Status")),
        ]

    def serve(self, request, *args, **kwargs):
        # Wagtail's FormMixin.serve answers a POST with the thank-you page itself, so a
        # reload would post the message again; this one redirects (POST-redirect-GET).
        if request.method == "POST":
            return self.serve_post(request)
        if request.GET.get(SENT_PARAM) == "1":
            return self.render_landing_page(request)
        return self.render_form(request, self.get_form())

    def render_form(self, request, form, status=200):
        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(request, self.get_template(request), context, status=status)

    def serve_post(self, request):
        form = self.get_form(request.POST)
        sent = HttpResponseRedirect(f"{self.get_url(request)}?{SENT_PARAM}=1", status=303)
        if form.is_spam:
            # A bot learns nothing from the answer; nothing is kept or counted.
            return sent
        if not form.is_valid():
            return self.render_form(request, form, status=400)
        identity = client_identity(request)
        window = contact.RATE_WINDOW
        if is_limited(contact.RATE_SCOPE, identity, limit=contact.MESSAGE_LIMIT, window=window):
            form.add_error(
                None, _("Terlalu banyak pesan dari jaringan Anda dalam sejam ini. Coba lagi nanti.")
            )
            response = self.render_form(request, form, status=429)
            response["Retry-After"] = str(window)
            return response
        # Counted once accepted, so fixing a typo in the e-mail address costs nothing.
        record(contact.RATE_SCOPE, identity, window=window)
        rules = CommentSettings.for_request(request)
        reason = contact.held_because(form, rules, client_ip(request))
        contact.keep_and_mail(self, form, reason, SiteSettings.for_request(request))
        return sent
