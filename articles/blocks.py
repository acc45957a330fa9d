"""StreamField blocks for the article body.

Child names are stored in the JSON: they are short and must not change.
"""

from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

PARAGRAPH_FEATURES = ["bold", "italic", "link", "ol", "ul", "superscript", "subscript"]
CAPTION_FEATURES = ["bold", "italic", "link"]


class HeadingValue(blocks.StructValue):
    """Heading presentation: its HTML tag and a default anchor built from the text."""

    @property
    def tag(self):
        return "h3" if self.get("level") == "h3" else "h2"

    @property
    def default_anchor(self):
        return slugify(self.get("text") or "") or "bagian"


class HeadingBlock(blocks.StructBlock):
    """A section heading. Numbers come from the article's "numbered headings" switch."""

    text = blocks.CharBlock(
        label=_("teks judul"),
        max_length=160,
        help_text=_(
            "Tulis judulnya saja, tanpa nomor: nomor ditambahkan otomatis bila diaktifkan."
        ),
    )
    level = blocks.ChoiceBlock(
        label=_("tingkat"),
        choices=[("h2", _("Bagian")), ("h3", _("Subbagian"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Judul bagian")
        template = "blocks/heading_block.html"
        value_class = HeadingValue
        form_classname = "struct-block heading-block"
        preview_value = {"text": "Mengapa arisan tetap bertahan", "level": "h2"}
        description = _("Judul bagian artikel; ikut tampil di daftar isi.")


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("gambar"))
    alt_text = blocks.CharBlock(
        label=_("teks alternatif"),
        required=False,
        max_length=200,
        help_text=_(
            "Jelaskan isi gambar untuk pembaca tunanetra. Kosongkan bila gambar hanya hiasan."
        ),
    )
    caption = blocks.RichTextBlock(label=_("keterangan"), features=CAPTION_FEATURES, required=False)

    class Meta:
        icon = "image"
        label = _("Gambar")
        template = "blocks/image_block.html"
        description = _("Gambar dengan keterangan di bawahnya.")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("kutipan"))
    attribution = blocks.CharBlock(label=_("sumber"), required=False, max_length=160)

    class Meta:
        icon = "openquote"
        label = _("Kutipan")
        template = "blocks/quote_block.html"
        preview_value = {
            "text": "Rapat boleh panjang, asal keputusannya dijalankan bersama.",
            "attribution": "Ketua RT 04",
        }
        description = _("Kutipan yang ditonjolkan, dengan nama sumbernya.")


class ListBlock(blocks.StructBlock):
    style = blocks.ChoiceBlock(
        label=_("jenis daftar"),
        choices=[("ul", _("Berpoin")), ("ol", _("Bernomor"))],
        default="ul",
    )
    items = blocks.ListBlock(blocks.CharBlock(label=_("butir"), max_length=300), label=_("butir"))

    class Meta:
        icon = "list-ul"
        label = _("Daftar")
        template = "blocks/list_block.html"
        preview_value = {
            "style": "ul",
            "items": ["Iuran Rp50.000 per bulan", "Kocokan tiap tanggal 5", "Tempat bergilir"],
        }
        description = _("Daftar berpoin atau bernomor.")


class RelatedPostBlock(blocks.StructBlock):
    """An inline "Pos Terkait: <link>" line pointing at another article.

    A target that was deleted, unpublished, made private or is still scheduled renders
    nothing. Which targets are visible is looked up once per article (see
    ArticlePage.visible_related_post_ids), so many of these blocks cost one query.
    """

    page = blocks.PageChooserBlock(label=_("artikel"), page_type="articles.ArticlePage")
    label = blocks.CharBlock(
        label=_("awalan"),
        required=False,
        max_length=40,
        default="Pos Terkait",
        help_text=_('Teks sebelum tautan; biasanya "Pos Terkait".'),
    )

    class Meta:
        icon = "link"
        label = _("Pos Terkait")
        template = "blocks/related_post_block.html"
        description = _("Satu baris tautan ke artikel lain di antara bagian tulisan.")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        target = value.get("page")
        article = (parent_context or {}).get("page")
        if target is None:
            visible = False
        elif hasattr(article, "visible_related_post_ids"):
            visible = target.pk in article.visible_related_post_ids
        else:
            visible = target.is_published_article()
        context["target"] = target if visible else None
        return context


class ArticleBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraf"),
        features=PARAGRAPH_FEATURES,
        icon="pilcrow",
        template="blocks/paragraph_block.html",
        preview_value=(
            "<p>Arisan di kampung kami dimulai pukul tujuh malam, setelah salat Isya.</p>"
        ),
        description=_("Teks biasa dengan tebal, miring, tautan dan daftar."),
    )
    image = ImageBlock()
    quote = QuoteBlock()
    embed = EmbedBlock(
        label=_("Sematan"),
        icon="media",
        template="blocks/embed_block.html",
        help_text=_("Alamat video YouTube atau Vimeo, misalnya https://youtu.be/..."),
        description=_("Video atau konten lain dari situs luar."),
    )
    list = ListBlock()
    table = TableBlock(
        label=_("Tabel"),
        icon="table",
        description=_("Tabel sederhana: baris dan kolom teks, baris pertama boleh judul kolom."),
    )
    related_post = RelatedPostBlock()

    class Meta:
        block_counts = {"heading": {"max_num": 40}}
