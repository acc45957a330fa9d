from datetime import timedelta
from decimal import Decimal
from urllib.parse import quote
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index

from core.cards import render_cards
from core.public_url import PublicUrlMixin
from core.querysets import ListedPageQuerySet
from core.routing import CachedViewRestrictionsMixin, ChildInOneQueryMixin, SubpageUrlsMixin
from groups_directory.schedule import (
    TIMEZONES,
    Frequency,
    PlaceType,
    Schedule,
    Weekday,
    WeekOfMonth,
    zone_for_province,
)

from .regions import Region, RegionLevel

# A listing untouched this long is shown to readers as possibly outdated.
STALE_AFTER = timedelta(days=365)

DESCRIPTION_FEATURES = ["bold", "italic", "link", "ol", "ul"]
# A change to any of these on the stored group revokes the organiser's links.
CONTACT_FIELDS = frozenset({"contact_name", "whatsapp", "email"})
# Search weight of the group's place names (village, kecamatan, kabupaten/kota, province).
PLACE_BOOST = 3


def public_point(latitude, longitude, show_area_only):
    """(lat, lng) as floats as readers may see them: to about 1 km for area-only groups."""
    if latitude is None or longitude is None:
        return None
    digits = 2 if show_area_only else 5
    return (round(float(latitude), digits), round(float(longitude), digits))


class Audience(models.TextChoices):
    EVERYONE = "umum", _("Umum")
    WOMEN = "ibu", _("Ibu-ibu")
    MEN = "bapak", _("Bapak-bapak")
    YOUTH = "remaja", _("Remaja")
    CHILDREN = "anak", _("Anak-anak")
    ELDERLY = "lansia", _("Lansia")


class SocialPlatform(models.TextChoices):
    INSTAGRAM = "instagram", "Instagram"
    FACEBOOK = "facebook", "Facebook"
    YOUTUBE = "youtube", "YouTube"
    TIKTOK = "tiktok", "TikTok"
    X = "x", "X (Twitter)"
    WEBSITE = "web", _("Situs web")


class GroupDirectoryPage(
    PublicUrlMixin,
    CachedViewRestrictionsMixin,
    ChildInOneQueryMixin,
    SubpageUrlsMixin,
    RoutablePageMixin,
    Page,
):
    """ "Direktori Kelompok": lists, filters and maps the groups below it; takes new listings."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["groups_directory.GroupPage"]
    max_count = 1
    subpage_urls = "groups_directory.routes.directory_urls"
    # For the page cache (core/cache.py): the filters (groups_directory/directory.py) and
    # the page number. The keyword box "q" only while empty: free text would make the
    # number of cached variants unbounded.
    page_cache_query_params = {
        "page": r"[1-9][0-9]{0,4}",
        "q": r"",
        "kategori": r"[a-z0-9-]{0,50}",
        "provinsi": r"[0-9]{0,2}",
        "kabupaten": r"([0-9]{2}\.[0-9]{2})?",
        "kecamatan": r"([0-9]{2}\.[0-9]{2}\.[0-9]{2})?",
        "hari": r"[a-z]{0,10}",
        "untuk": r"[a-z_]{0,20}",
        "terbuka": r"(ya)?",
        "waktu": r"(pagi|siang|sore|malam)?",
        "pertemuan": r"(daring|tatap-muka)?",
        "urut": r"[a-z]{0,10}",
        # The reader's own location ("near me"): such a page is never stored.
        "dekat": None,
    }

    intro = models.TextField(
        _("pengantar"),
        blank=True,
        help_text=_("Satu paragraf di atas daftar kelompok."),
    )
    submission_intro = RichTextField(
        _("pengantar formulir pendaftaran"),
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text=_("Tampil di atas formulir \u201cDaftarkan Kelompok\u201d."),
    )
    moderator_email = models.EmailField(
        _("email moderator"),
        blank=True,
        help_text=_(
            "Alamat tambahan yang diberi tahu setiap ada pendaftaran baru. "
            "Anggota grup Moderator selalu diberi tahu."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("submission_intro"),
        FieldPanel("moderator_email"),
    ]

    class Meta:
        verbose_name = _("direktori kelompok")
        verbose_name_plural = _("direktori kelompok")

    def groups(self):
        """Listed groups in this directory, ready for listing (no per-row queries)."""
        return GroupPage.objects.child_of(self).listed().for_listing()


class GroupPageQuerySet(ListedPageQuerySet):
    def for_listing(self):
        """Everything a group card shows, fetched up front: a fixed number of queries per page."""
        return self.select_related(
            "category", "region", "district", "regency", "province", "logo"
        ).prefetch_related(models.Prefetch("logo__renditions"))

    def cards(self, ids, request):
        """The rendered cards of the groups ``ids``, in that order (see core.cards)."""
        return render_cards(
            ids,
            request,
            queryset=self.for_listing(),
            template_name="groups_directory/group_card.html",
            name="group",
        )


GroupPageManager = PageManager.from_queryset(GroupPageQuerySet)


class GroupPage(
    PublicUrlMixin, CachedViewRestrictionsMixin, SubpageUrlsMixin, RoutablePageMixin, Page
):
    """One small group: what it does, where and when it meets, and how to join."""

    parent_page_types = ["groups_directory.GroupDirectoryPage"]
    subpage_types = []
    subpage_urls = "groups_directory.routes.group_urls"
    page_cache_query_params = {}

    summary = models.CharField(
        _("ringkasan"),
        max_length=200,
        help_text=_("Satu kalimat yang tampil di daftar kelompok."),
    )
    description = RichTextField(
        _("cerita kelompok"),
        blank=True,
        features=DESCRIPTION_FEATURES,
        help_text=_("Kegiatan, sejarah singkat, dan apa yang perlu dibawa anggota baru."),
    )
    category = models.ForeignKey(
        "groups_directory.GroupCategory",
        verbose_name=_("kategori"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="groups",
    )

    region = models.ForeignKey(
        "groups_directory.Region",
        verbose_name=_("kecamatan atau kelurahan/desa"),
        null=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Pilih kelurahan/desa jika ada; kecamatan saja juga boleh."),
    )
    # Filled from `region` on save so filters and facets are plain column lookups.
    province = models.ForeignKey(
        "groups_directory.Region",
        verbose_name=_("provinsi"),
        null=True,
        editable=False,
        on_delete=models.PROTECT,
        related_name="+",
    )
    regency = models.ForeignKey(
        "groups_directory.Region",
        verbose_name=_("kabupaten/kota"),
        null=True,
        editable=False,
        on_delete=models.PROTECT,
        related_name="+",
    )
    district = models.ForeignKey(
        "groups_directory.Region",
        verbose_name=_("kecamatan"),
        null=True,
        editable=False,
        on_delete=models.PROTECT,
        related_name="+",
    )
    rt = models.CharField(_("RT"), max_length=3, blank=True)
    rw = models.CharField(_("RW"), max_length=3, blank=True)
    address = models.CharField(
        _("alamat detail"),
        max_length=255,
        blank=True,
        help_text=_("Nama jalan, gang, nomor rumah, atau nama gedung."),
    )
    show_area_only = models.BooleanField(
        _("hanya tampilkan wilayah"),
        default=True,
        help_text=_(
            "Aktif: pengunjung hanya melihat kelurahan/kecamatan dan titik peta dibulatkan "
            "(sekitar 1 km). Matikan hanya jika tempat pertemuan boleh diketahui umum."
        ),
    )
    latitude = models.DecimalField(
        _("lintang"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("-11.5")), MaxValueValidator(Decimal("6.5"))],
        help_text=_("Opsional. Cukup perkiraan, misalnya titik tengah kelurahan."),
    )
    longitude = models.DecimalField(
        _("bujur"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("94.5")), MaxValueValidator(Decimal("141.5"))],
    )

    schedule_frequency = models.CharField(
        _("frekuensi pertemuan"),
        max_length=10,
        choices=Frequency.choices,
        default=Frequency.WEEKLY,
    )
    schedule_weekday = models.PositiveSmallIntegerField(
        _("hari"), choices=Weekday.choices, null=True, blank=True
    )
    schedule_week_of_month = models.SmallIntegerField(
        _("minggu ke-"),
        choices=WeekOfMonth.choices,
        null=True,
        blank=True,
        help_text=_("Hanya untuk pertemuan bulanan, misalnya minggu kedua."),
    )
    schedule_start_time = models.TimeField(_("jam mulai"), null=True, blank=True)
    place_type = models.CharField(
        _("tempat pertemuan"), max_length=20, choices=PlaceType.choices, blank=True
    )

    audience = models.CharField(
        _("siapa yang boleh ikut"),
        max_length=10,
        choices=Audience.choices,
        default=Audience.EVERYONE,
    )
    is_open = models.BooleanField(_("menerima anggota baru"), default=True)
    member_count = models.PositiveIntegerField(_("jumlah anggota"), null=True, blank=True)
    founded_year = models.PositiveSmallIntegerField(
        _("tahun berdiri"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
    )
    dues = models.CharField(
        _("iuran"),
        max_length=120,
        blank=True,
        help_text=_(
            "Opsional, misalnya \u201cRp20.000 per bulan\u201d atau \u201cseikhlasnya\u201d."
        ),
    )
    contact_name = models.CharField(_("narahubung"), max_length=100, blank=True)
    whatsapp = models.CharField(
        _("nomor WhatsApp"),
        max_length=16,
        blank=True,
        help_text=_("Disimpan dalam bentuk +62; tampil sebagai tautan wa.me."),
    )
    email = models.EmailField(
        _("email pengurus"),
        blank=True,
        help_text=_(
            "Tidak pernah ditampilkan. Pesan dari formulir kontak diteruskan ke alamat ini, "
            "begitu juga tautan pribadi untuk mengelola data kelompok."
        ),
    )
    # Part of every organiser link: raising it revokes all links mailed before. Not in the
    # form, the admin or the revisions (see with_content_json).
    organiser_link_version = models.PositiveIntegerField(default=1, editable=False)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    objects = GroupPageManager()

    is_active = models.BooleanField(
        _("masih aktif"),
        default=True,
        help_text=_("Matikan jika kelompok sudah berhenti berkegiatan."),
    )
    last_updated_at = models.DateTimeField(
        _("terakhir diperbarui"),
        default=timezone.now,
        help_text=_("Diperbarui otomatis saat diterbitkan atau dikonfirmasi pengurus."),
    )

    content_panels = [
        FieldPanel("title", heading=_("Nama kelompok")),
        FieldPanel("summary"),
        FieldPanel("category"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("region"),
                FieldRowPanel([FieldPanel("rt"), FieldPanel("rw")]),
                FieldPanel("address"),
                FieldPanel("show_area_only"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Wilayah dan alamat"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("schedule_frequency"),
                FieldRowPanel(
                    [FieldPanel("schedule_weekday"), FieldPanel("schedule_week_of_month")]
                ),
                FieldPanel("schedule_start_time"),
                FieldPanel("place_type"),
            ],
            heading=_("Jadwal pertemuan"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("audience"),
                FieldPanel("is_open"),
                FieldRowPanel([FieldPanel("member_count"), FieldPanel("founded_year")]),
                FieldPanel("dues"),
                FieldPanel("is_active"),
                FieldPanel("last_updated_at", read_only=True),
            ],
            heading=_("Keanggotaan"),
        ),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("whatsapp"), FieldPanel("email")],
            heading=_("Kontak"),
        ),
        FieldPanel("logo"),
        InlinePanel("photos", heading=_("Foto"), label=_("foto")),
        InlinePanel("social_links", heading=_("Media sosial"), label=_("tautan")),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("description"),
        index.RelatedFields("category", [index.SearchField("name")]),
        # Place names weigh more than a passing mention in a description, so that
        # "arisan sleman" lists the arisan groups in Sleman first.
        index.RelatedFields("region", [index.SearchField("name", boost=PLACE_BOOST)]),
        index.RelatedFields("district", [index.SearchField("name", boost=PLACE_BOOST)]),
        index.RelatedFields("regency", [index.SearchField("name", boost=PLACE_BOOST)]),
        index.RelatedFields("province", [index.SearchField("name", boost=PLACE_BOOST)]),
        index.FilterField("category"),
        index.FilterField("province"),
        index.FilterField("regency"),
        index.FilterField("district"),
        index.FilterField("schedule_weekday"),
        index.FilterField("audience"),
        index.FilterField("is_open"),
        index.FilterField("is_active"),
        index.FilterField("last_updated_at"),
    ]

    class Meta:
        verbose_name = _("kelompok")
        verbose_name_plural = _("kelompok")
        # The directory lists the most recently updated first: walking this index stops
        # after one page of groups instead of sorting them all.
        indexes = [models.Index(fields=["last_updated_at"], name="groups_last_updated")]

    # -- validation and derived fields ------------------------------------------------

    def clean(self):
        super().clean()
        errors = {}
        if self.region_id and self.region.level < RegionLevel.DISTRICT:
            errors["region"] = _("Pilih kecamatan atau kelurahan/desa, bukan provinsi/kabupaten.")
        regular = self.schedule_frequency != Frequency.IRREGULAR
        if regular and self.schedule_weekday is None:
            errors["schedule_weekday"] = _(
                "Pilih hari pertemuan, atau ubah frekuensi ke tidak tentu."
            )
        if self.schedule_frequency == Frequency.MONTHLY and self.schedule_week_of_month is None:
            errors["schedule_week_of_month"] = _("Pertemuan bulanan perlu minggu ke berapa.")
        if (self.latitude is None) != (self.longitude is None):
            errors["longitude"] = _("Isi lintang dan bujur sekaligus, atau kosongkan keduanya.")
        if self.whatsapp:
            from groups_directory.validators import normalize_whatsapp

            try:
                self.whatsapp = normalize_whatsapp(self.whatsapp)
            except ValidationError as error:
                errors["whatsapp"] = error.messages
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        self.set_region_levels()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "region" in update_fields:
            kwargs["update_fields"] = {*update_fields, "province", "regency", "district"}
        fields = CONTACT_FIELDS if update_fields is None else CONTACT_FIELDS & {*update_fields}
        if self.pk is not None and fields:
            self.organiser_link_version = self.stored_link_version(fields)
            if update_fields is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "organiser_link_version"}
        return super().save(*args, **kwargs)

    def stored_link_version(self, fields):
        """The stored link version, one higher when this save changes the stored contact
        ``fields`` (a publish or an admin edit; a draft revision leaves the row alone): new
        people behind the group, so the links mailed to the old ones stop working. The row
        decides, so that saving a stale copy of the page cannot bring revoked links back."""
        stored = (
            GroupPage.objects.filter(pk=self.pk).values("organiser_link_version", *fields).first()
        )
        if stored is None:
            return self.organiser_link_version
        changed = any(stored[field] != getattr(self, field) for field in fields)
        return stored["organiser_link_version"] + changed

    def with_content_json(self, content):
        # The link version belongs to the group, not to a revision: a link made from a
        # revision's copy of the page (the correction mail) must carry the current one.
        page = super().with_content_json(content)
        page.organiser_link_version = self.organiser_link_version
        return page

    def set_region_levels(self):
        if not self.region_id:
            self.province_id = self.regency_id = self.district_id = None
            return
        codes = self.region_id.split(".")
        if len(codes) == 4:
            # Villages are stored on demand: make sure this one's kecamatan is loaded.
            Region.objects.children_of(".".join(codes[:3]))
        self.province_id = codes[0]
        self.regency_id = ".".join(codes[:2]) if len(codes) > 1 else None
        self.district_id = ".".join(codes[:3]) if len(codes) > 2 else None

    # -- presentation --------------------------------------------------------------

    @cached_property
    def schedule(self):
        return Schedule(
            frequency=self.schedule_frequency,
            weekday=self.schedule_weekday,
            week_of_month=self.schedule_week_of_month,
            start_time=self.schedule_start_time,
            zone=zone_for_province(self.province_id or ""),
        )

    @property
    def schedule_anchor(self):
        """The local date that the recurrence counts from (fortnights): first publication."""
        published = self.first_published_at or timezone.now()
        return published.astimezone(ZoneInfo(TIMEZONES[self.schedule.zone])).date()

    @property
    def next_meeting(self):
        """When the group next meets, from its schedule (None when irregular)."""
        return self.schedule.next_meeting(timezone.now(), self.schedule_anchor)

    @property
    def next_meeting_label(self):
        meeting = self.next_meeting
        return self.schedule.describe_meeting(meeting) if meeting else ""

    @property
    def area_label(self):
        """Village, kecamatan and kabupaten/kota: "Kelurahan Tebet Timur, Kecamatan Tebet, ..."."""
        parts = []
        if self.region_id and self.region.level == RegionLevel.VILLAGE:
            parts.append(self.region.label)
        if self.district_id:
            parts.append(self.district.label)
        if self.regency_id:
            parts.append(self.regency.name)
        return ", ".join(parts)

    @property
    def place_label(self):
        """Where the group meets, for readers; "" when "Lainnya" (the address says more)."""
        if self.place_type in ("", PlaceType.OTHER):
            return ""
        return self.get_place_type_display()

    @property
    def rt_rw(self):
        if self.rt and self.rw:
            return f"RT {self.rt}/RW {self.rw}"
        if self.rw:
            return f"RW {self.rw}"
        return f"RT {self.rt}" if self.rt else ""

    @property
    def public_address(self):
        """The street address, or "" when the organiser chose to show only the area."""
        if self.show_area_only:
            return ""
        return ", ".join(part for part in [self.address, self.rt_rw] if part)

    @property
    def public_coordinates(self):
        """(lat, lng) as floats, rounded to about 1 km when only the area may be shown."""
        return public_point(self.latitude, self.longitude, self.show_area_only)

    @property
    def whatsapp_url(self):
        if not self.whatsapp:
            return ""
        greeting = (
            f"Halo, saya melihat {self.title} di Guyub dan ingin tahu lebih banyak "
            "tentang kegiatannya."
        )
        return f"https://wa.me/{self.whatsapp.lstrip('+')}?text={quote(greeting)}"

    @property
    def date(self):
        """The date site search shows for the group: when its data was last confirmed, which
        tells a reader more than when the listing was first created."""
        return self.last_updated_at

    @property
    def is_possibly_inactive(self):
        return self.last_updated_at < timezone.now() - STALE_AFTER

    def get_absolute_url(self):
        return self.get_full_url()


class GroupPhoto(Orderable):
    group = ParentalKey(GroupPage, on_delete=models.CASCADE, related_name="photos")
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("foto"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    caption = models.CharField(_("keterangan foto"), max_length=200, blank=True)

    panels = [FieldPanel("image"), FieldPanel("caption")]


class GroupSocialLink(Orderable):
    group = ParentalKey(GroupPage, on_delete=models.CASCADE, related_name="social_links")
    platform = models.CharField(_("platform"), max_length=12, choices=SocialPlatform.choices)
    url = models.URLField(_("alamat tautan"), max_length=300)

    panels = [FieldPanel("platform"), FieldPanel("url")]

    def __str__(self):
        return self.get_platform_display()
