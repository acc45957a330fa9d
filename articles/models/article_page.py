"""One blog post and its ordered authors, tags and editor-picked related articles."""

import math
from dataclasses import dataclass
from functools import cached_property

from django import forms
from django.db import models
from django.db.models import Prefetch
from django.templatetags.static import static
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, MultipleChooserPanel
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page, Site
from wagtail.search import index

from articles.blocks import ArticleBodyBlock
from comments.models import CommentsMixin
from core.cache import cached_until_change
from core.public_url import PublicUrlMixin
from core.routing import CachedViewRestrictionsMixin

from .querysets import ArticleManager
from .snippets import Author, Category

RELATED_ARTICLES = 4
WORDS_PER_MINUTE = 200


@dataclass(frozen=True)
class Heading:
    """One entry of an article's table of contents."""

    block_id: str
    anchor: str
    number: str
    text: str
    level: str


class ArticlePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ArticlePage(PublicUrlMixin, CachedViewRestrictionsMixin, CommentsMixin, Page):
    """One blog post, shaped like a well-made Indonesian WordPress post."""

    parent_page_types = ["articles.ArticleIndexPage"]
    subpage_types = []

    date = models.DateTimeField(
        _("Diposting pada"),
        null=True,
        blank=True,
        help_text=_(
            "Tanggal yang tampil di artikel. Kosongkan untuk memakai waktu pertama kali terbit."
        ),
    )
    intro = models.TextField(
        _("pengantar"),
        max_length=500,
        help_text=_("Ringkasan satu paragraf; tampil di daftar artikel, feed dan mesin pencari."),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("gambar utama"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_caption = models.CharField(
        _("keterangan gambar utama"),
        max_length=250,
        blank=True,
        help_text=_("Misalnya: Suasana arisan RT 04 di rumah Bu Sri. Foto: Redaksi."),
    )
    categories = ParentalManyToManyField(
        Category, verbose_name=_("kategori"), blank=True, related_name="articles"
    )
    tags = ClusterTaggableManager(
        verbose_name=_("tag"),
        through=ArticlePageTag,
        blank=True,
        help_text=_("Pisahkan dengan koma."),
    )
    numbered_headings = models.BooleanField(
        _("nomori judul bagian"),
        default=True,
        help_text=_('Judul bagian tampil sebagai "1. …", "2. …" di artikel dan daftar isi.'),
    )
    body = StreamField(ArticleBodyBlock(), verbose_name=_("isi artikel"))
    pinned = models.BooleanField(
        _("sematkan di atas"),
        default=False,
        help_text=_(
            "Tampil paling atas di halaman pertama daftar artikel (seperti tulisan “sticky” "
            "di WordPress)."
        ),
    )
    reading_minutes = models.PositiveSmallIntegerField(
        _("waktu baca (menit)"), default=1, editable=False
    )

    objects = ArticleManager()

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_caption")], heading=_("Gambar utama")
        ),
        MultipleChooserPanel(
            "article_authors",
            chooser_field_name="author",
            label=_("Penulis"),
            heading=_("Penulis"),
            min_num=1,
        ),
        # Checkboxes: a handful of categories, ticked where the writer works, instead of
        # a multi-select that needs Ctrl-click in the Promote tab.
        MultiFieldPanel(
            [
                FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
                FieldPanel("tags"),
            ],
            heading=_("Kategori dan tag"),
        ),
        FieldPanel("numbered_headings"),
        FieldPanel("body"),
        MultipleChooserPanel(
            "related_links",
            chooser_field_name="article",
            label=_("Artikel terkait pilihan"),
            heading=_("Artikel terkait pilihan"),
            help_text=_("Tampil paling atas di “Artikel Terkait”; sisanya dipilih otomatis."),
        ),
    ]
    promote_panels = Page.promote_panels
    settings_panels = [
        FieldPanel("date"),
        FieldPanel("pinned"),
        *CommentsMixin.comments_panels,
        *Page.settings_panels,
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("date"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]

    class Meta:
        verbose_name = _("artikel")
        verbose_name_plural = _("artikel")
        # Listings walk this index newest first and stop after one page of rows,
        # instead of sorting every article.
        indexes = [
            models.Index(fields=["date", "page_ptr"], name="articles_date_newest"),
            # The blog's own list puts pinned articles first, then walks by date.
            models.Index(fields=["pinned", "date", "page_ptr"], name="articles_pinned_newest"),
        ]

    def save(self, *args, **kwargs):
        # "Diposting pada" defaults to the first publication; publishing sets
        # first_published_at just before this save.
        if self.date is None and self.first_published_at is not None:
            self.date = self.first_published_at
        self.reading_minutes = self.compute_reading_minutes()
        return super().save(*args, **kwargs)

    def compute_reading_minutes(self):
        texts = [self.intro, *self.body.stream_block.get_searchable_content(self.body)]
        words = len(strip_tags(" ".join(str(text) for text in texts)).split())
        return max(1, math.ceil(words / WORDS_PER_MINUTE))

    def is_published_article(self):
        return (
            self.live
            and self.date is not None
            and self.date <= timezone.now()
            and not self.get_view_restrictions().exists()
        )

    def get_sitemap_urls(self, request=None):
        # Live but forward-dated articles stay out of the sitemap like they stay out of listings.
        if self.date is None or self.date > timezone.now():
            return []
        return super().get_sitemap_urls(request)

    @cached_property
    def headings(self):
        """Table of contents entries, numbered when numbered_headings is on."""
        entries = []
        seen = set()
        section = subsection = 0
        for block in self.body:
            if block.block_type != "heading":
                continue
            anchor = base = block.value.default_anchor
            suffix = 2
            while anchor in seen:
                anchor = f"{base}-{suffix}"
                suffix += 1
            seen.add(anchor)
            level = block.value.tag
            if level == "h2":
                section += 1
                subsection = 0
                number = str(section)
            else:
                subsection += 1
                number = f"{section}.{subsection}" if section else str(subsection)
            entries.append(
                Heading(
                    block_id=block.id,
                    anchor=anchor,
                    number=number if self.numbered_headings else "",
                    text=block.value["text"],
                    level=level,
                )
            )
        return entries

    def body_items(self):
        """Body blocks paired with their table-of-contents entry (None for non-headings)."""
        by_id = {heading.block_id: heading for heading in self.headings}
        return [(block, by_id.get(block.id)) for block in self.body]

    @cached_property
    def visible_related_post_ids(self):
        """IDs of "Pos Terkait" targets that readers may see, in one query."""
        ids = [
            block.value["page"].pk
            for block in self.body
            if block.block_type == "related_post" and block.value["page"] is not None
        ]
        if not ids:
            return set()
        return set(ArticlePage.objects.published().filter(pk__in=ids).values_list("pk", flat=True))

    def comment_notification_recipients(self):
        """The article's authors with an email address, else the page owner."""
        emails = [
            link.author.email
            for link in self.article_authors.select_related("author")
            if link.author is not None and link.author.email
        ]
        return emails or super().comment_notification_recipients()

    def authors(self):
        """Authors in the editor's order; uses the prefetch from for_listing() when present."""
        return [link.author for link in self.article_authors.all() if link.author is not None]

    def related_articles(self, limit=RELATED_ARTICLES):
        """The "Artikel Terkait" cards (the page template caches them as rendered HTML)."""
        ranked = ArticlePage.objects.published().ranked_as_related_to(self, fill=limit + 1)
        return list(ranked.for_listing()[:limit])

    def previous_article(self):
        return (
            ArticlePage.objects.published()
            .filter(models.Q(date__lt=self.date) | models.Q(date=self.date, pk__lt=self.pk))
            .newest_first()
            .defer_streamfields()
            .first()
        )

    def next_article(self):
        return (
            ArticlePage.objects.published()
            .filter(models.Q(date__gt=self.date) | models.Q(date=self.date, pk__gt=self.pk))
            .order_by("date", "pk")
            .defer_streamfields()
            .first()
        )

    def byline_authors(self):
        """Authors with their photos' renditions, for the byline and the author boxes."""
        links = self.article_authors.select_related("author").prefetch_related(
            Prefetch("author__photo", queryset=get_image_model().objects.prefetch_renditions())
        )
        return [link.author for link in links if link.author is not None]

    def share_image(self):
        if self.hero_image is None:
            return None
        # trim: fill alone can come out a pixel taller (see articles.wagtail_hooks).
        return self.hero_image.get_rendition(
            "fill-1200x630|trim-1200x630|format-jpeg|jpegquality-80"
        )

    def structured_data(self, request, *, index_page, authors, tags, share_image_url):
        """schema.org Article for search engines, rendered as JSON-LD."""
        site = Site.find_for_request(request)  # the site this page is served from
        data = {
            "@context": "https://schema.org",
            "@type": "Article",
            "headline": self.title[:110],
            "description": self.search_description or self.intro,
            "inLanguage": "id-ID",
            "mainEntityOfPage": {"@type": "WebPage", "@id": self.get_full_url(request)},
            "datePublished": timezone.localtime(self.date or timezone.now()).isoformat(),
            "dateModified": timezone.localtime(
                self.last_published_at or self.date or timezone.now()
            ).isoformat(),
            "author": [
                {
                    "@type": "Person",
                    "name": author.name,
                    "url": index_page.get_full_url(request)
                    + index_page.reverse_subpage("author_view", kwargs={"slug": author.slug}),
                }
                for author in authors
            ],
            "publisher": {
                "@type": "Organization",
                "name": (site.site_name if site else "") or "Guyub",
                "url": request.build_absolute_uri("/"),
                "logo": {
                    "@type": "ImageObject",
                    "url": request.build_absolute_uri(static("img/favicon.svg")),
                },
            },
        }
        if share_image_url:
            data["image"] = [share_image_url]
        keywords = [tag.name for tag in tags]
        if keywords:
            data["keywords"] = keywords
        return data

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        index_page = self.get_parent().specific
        authors = self.byline_authors()
        tags = list(self.tags.all())
        share_image = self.share_image()
        share_image_url = request.build_absolute_uri(share_image.url) if share_image else ""
        context.update(
            # Canonical, og:url and the share buttons: on the host the reader used.
            page_url=self.get_full_url(request),
            index_page=index_page,
            authors=authors,
            categories=list(self.categories.all()),
            tags=tags,
            share_image=(
                {"url": share_image_url, "width": share_image.width, "height": share_image.height}
                if share_image
                else None
            ),
            structured_data=self.structured_data(
                request,
                index_page=index_page,
                authors=authors,
                tags=tags,
                share_image_url=share_image_url,
            ),
        )
        if self.date is not None:
            context["post_nav"] = cached_until_change(
                f"post-nav:{self.pk}", lambda: self.post_nav(request)
            )
        return context

    def post_nav(self, request=None):
        """Titles and URLs of the articles posted just before and after this one."""
        return {
            rel: {"title": article.title, "url": article.get_url(request)} if article else None
            for rel, article in (("prev", self.previous_article()), ("next", self.next_article()))
        }


class ArticlePageAuthor(Orderable):
    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="article_authors")
    author = models.ForeignKey(
        Author, verbose_name=_("penulis"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("author")]

    class Meta(Orderable.Meta):
        verbose_name = _("penulis artikel")
        verbose_name_plural = _("penulis artikel")


class ArticlePageRelatedLink(Orderable):
    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="related_links")
    article = models.ForeignKey(
        ArticlePage, verbose_name=_("artikel"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("article")]

    class Meta(Orderable.Meta):
        verbose_name = _("artikel terkait pilihan")
        verbose_name_plural = _("artikel terkait pilihan")
