"""Public forms: register a group, correct it later, contact it, report wrong data."""

import re
from urllib.parse import urlsplit

from django import forms
from django.utils.html import linebreaks, strip_tags
from django.utils.translation import gettext_lazy as _

from core.forms import HoneypotMixin

from .images import clean_upload, store_logo
from .models import (
    Audience,
    GroupCategory,
    GroupPage,
    GroupSocialLink,
    Region,
    RegionLevel,
    ReportReason,
    SocialPlatform,
)
from .schedule import Frequency, PlaceType, Weekday, WeekOfMonth
from .validators import normalize_whatsapp, reject_markup

REGION_FIELDS = ("provinsi", "kabupaten", "kecamatan", "desa")
REGION_LEVELS = dict(zip(REGION_FIELDS, RegionLevel.values, strict=True))
DIGITS = re.compile(r"^\d{1,3}$")


def plain_text_field(label, *, max_length, required=True, textarea=False, **kwargs):
    messages = {"required": _("%(label)s wajib diisi.") % {"label": label}}
    return forms.CharField(
        label=label,
        max_length=max_length,
        required=required,
        validators=[reject_markup],
        widget=forms.Textarea(attrs={"rows": 6}) if textarea else None,
        error_messages=messages,
        **kwargs,
    )


def guess_platform(url):
    host = urlsplit(url).netloc.lower()
    for platform in SocialPlatform:
        if platform != SocialPlatform.WEBSITE and platform.value in host.replace("twitter", "x"):
            return platform
    return SocialPlatform.WEBSITE


class GroupSubmissionForm(HoneypotMixin, forms.Form):
    """What an organiser fills in to list a group (and later to correct it)."""

    name = plain_text_field(_("Nama kelompok"), max_length=120)
    summary = plain_text_field(
        _("Ringkasan"),
        max_length=200,
        help_text=_("Satu kalimat tentang kelompok Anda, maksimal 200 huruf."),
    )
    category = forms.ModelChoiceField(
        label=_("Kategori"),
        queryset=GroupCategory.objects.all(),
        empty_label=_("— pilih kategori —"),
        error_messages={"required": _("Pilih kategori kelompok.")},
    )
    description = plain_text_field(
        _("Cerita kelompok"),
        max_length=3000,
        required=False,
        textarea=True,
        help_text=_("Kegiatan, sejarah singkat, apa yang perlu dibawa anggota baru."),
    )
    provinsi = forms.CharField(label=_("Provinsi"), widget=forms.Select)
    kabupaten = forms.CharField(label=_("Kabupaten/kota"), widget=forms.Select)
    kecamatan = forms.CharField(label=_("Kecamatan"), widget=forms.Select)
    desa = forms.CharField(label=_("Kelurahan/desa"), required=False, widget=forms.Select)
    rt = forms.CharField(label=_("RT"), required=False, max_length=3)
    rw = forms.CharField(label=_("RW"), required=False, max_length=3)
    address = plain_text_field(
        _("Alamat detail"),
        max_length=255,
        required=False,
        help_text=_("Nama jalan, gang, atau gedung tempat berkumpul."),
    )
    show_area_only = forms.BooleanField(
        label=_("Hanya tampilkan wilayah, sembunyikan alamat detail"),
        required=False,
        initial=True,
        help_text=_("Disarankan jika berkumpul di rumah warga."),
    )
    schedule_frequency = forms.ChoiceField(
        label=_("Seberapa sering berkumpul"), choices=Frequency.choices, initial=Frequency.WEEKLY
    )
    schedule_weekday = forms.TypedChoiceField(
        label=_("Hari"),
        choices=[("", _("— pilih hari —")), *Weekday.choices],
        coerce=int,
        empty_value=None,
        required=False,
    )
    schedule_week_of_month = forms.TypedChoiceField(
        label=_("Minggu ke- (untuk pertemuan bulanan)"),
        choices=[("", "—"), *WeekOfMonth.choices],
        coerce=int,
        empty_value=None,
        required=False,
    )
    schedule_start_time = forms.TimeField(
        label=_("Jam mulai"),
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        error_messages={"invalid": _("Tulis jam seperti 19:30.")},
    )
    place_type = forms.ChoiceField(
        label=_("Tempat berkumpul"), choices=[("", "—"), *PlaceType.choices], required=False
    )
    audience = forms.ChoiceField(label=_("Siapa yang boleh ikut"), choices=Audience.choices)
    is_open = forms.BooleanField(label=_("Menerima anggota baru"), required=False, initial=True)
    member_count = forms.IntegerField(
        label=_("Jumlah anggota"), required=False, min_value=1, max_value=100_000
    )
    founded_year = forms.IntegerField(
        label=_("Tahun berdiri"), required=False, min_value=1900, max_value=2100
    )
    dues = plain_text_field(_("Iuran"), max_length=120, required=False)
    contact_name = plain_text_field(_("Nama narahubung"), max_length=100)
    whatsapp = forms.CharField(
        label=_("Nomor WhatsApp"),
        max_length=25,
        help_text=_("Contoh: 0812-3456-7890. Tampil sebagai tombol WhatsApp."),
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
        error_messages={"required": _("Nomor WhatsApp wajib diisi.")},
    )
    email = forms.EmailField(
        label=_("Email pengurus"),
        help_text=_(
            "Tidak ditampilkan. Kami kirim tautan pribadi untuk melihat status "
            "dan memperbaiki data."
        ),
        error_messages={
            "required": _("Email wajib diisi."),
            "invalid": _("Alamat email tidak valid."),
        },
    )
    logo = forms.FileField(
        label=_("Logo atau foto kelompok (opsional)"),
        required=False,
        help_text=_(
            "JPG, PNG, atau WebP, paling besar 5 MB. Kami perkecil dan hapus data lokasi "
            "serta data kamera di dalamnya. Tampil di halaman kelompok dan di daftar."
        ),
        widget=forms.FileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
        error_messages={
            "empty": _("Berkas yang dikirim kosong."),
            "invalid": _("Berkas tidak dapat dibaca. Coba pilih ulang gambarnya."),
            "max_length": _("Nama berkas terlalu panjang."),
        },
    )
    social_url = forms.URLField(
        label=_("Tautan media sosial atau situs (opsional)"),
        required=False,
        assume_scheme="https",
        error_messages={"invalid": _("Alamat tautan tidak valid.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.set_region_choices()

    def region_value(self, name):
        key = self.add_prefix(name)
        if self.is_bound:
            return self.data.get(key) or ""
        return self.initial.get(name) or ""

    def set_region_choices(self):
        """Each region select lists the children of the level chosen above it."""
        parent = None
        placeholders = {
            "provinsi": _("— pilih provinsi —"),
            "kabupaten": _("— pilih kabupaten/kota —"),
            "kecamatan": _("— pilih kecamatan —"),
            "desa": _("— pilih kelurahan/desa (opsional) —"),
        }
        for name in REGION_FIELDS:
            widget = self.fields[name].widget
            widget.attrs["data-region-level"] = name
            choices = [("", placeholders[name])]
            if name == "provinsi" or parent:
                children = Region.objects.children_of(parent)
                choices += [(region.code, region.name) for region in children]
            widget.choices = choices
            value = self.region_value(name)
            parent = value if any(code == value for code, _label in choices[1:]) else None

    def clean_whatsapp(self):
        return normalize_whatsapp(self.cleaned_data["whatsapp"])

    def clean_logo(self):
        upload = self.cleaned_data.get("logo")
        return clean_upload(upload) if upload else None

    def clean_rt(self):
        return self._clean_rt_rw("rt")

    def clean_rw(self):
        return self._clean_rt_rw("rw")

    def _clean_rt_rw(self, name):
        value = self.cleaned_data[name].strip()
        if value and not DIGITS.match(value):
            raise forms.ValidationError(_("Tulis dengan angka saja, misalnya 003."))
        return value.zfill(3) if value else ""

    def clean(self):
        cleaned = super().clean()
        self.clean_regions(cleaned)
        frequency = cleaned.get("schedule_frequency")
        if (
            frequency
            and frequency != Frequency.IRREGULAR
            and cleaned.get("schedule_weekday") is None
        ):
            self.add_error("schedule_weekday", _("Pilih hari berkumpul."))
        if frequency == Frequency.MONTHLY and cleaned.get("schedule_week_of_month") is None:
            self.add_error("schedule_week_of_month", _("Pilih minggu ke berapa setiap bulan."))
        return cleaned

    def clean_regions(self, cleaned):
        codes = [cleaned.get(name) for name in REGION_FIELDS if cleaned.get(name)]
        regions = {region.code: region for region in Region.objects.filter(code__in=codes)}
        parent = None
        messages = {
            "provinsi": _("Pilih provinsi dari daftar."),
            "kabupaten": _("Kabupaten/kota ini tidak berada di provinsi yang dipilih."),
            "kecamatan": _("Kecamatan ini tidak berada di kabupaten/kota yang dipilih."),
            "desa": _("Kelurahan/desa ini tidak berada di kecamatan yang dipilih."),
        }
        for name in REGION_FIELDS:
            code = cleaned.get(name)
            if not code:
                continue
            region = regions.get(code)
            valid = region is not None and region.level == REGION_LEVELS[name]
            if valid and parent is not None and region.parent_id != parent.code:
                valid = False
            if not valid:
                self.add_error(name, messages[name])
                cleaned[name] = None
                parent = None
                continue
            cleaned[name] = region
            parent = region
        if cleaned.get("desa") or cleaned.get("kecamatan"):
            cleaned["region"] = cleaned.get("desa") or cleaned.get("kecamatan")

    # -- to and from a GroupPage ---------------------------------------------------

    simple_fields = (
        "summary",
        "category",
        "rt",
        "rw",
        "address",
        "show_area_only",
        "schedule_frequency",
        "schedule_weekday",
        "schedule_week_of_month",
        "schedule_start_time",
        "place_type",
        "audience",
        "is_open",
        "member_count",
        "founded_year",
        "dues",
        "contact_name",
        "whatsapp",
        "email",
    )

    def is_pending_in(self, directory):
        """Whether the same group (name and region) already waits for a moderator there."""
        return (
            GroupPage.objects.child_of(directory)
            .filter(live=False, title__iexact=self.cleaned_data["name"].strip())
            .filter(region=self.cleaned_data["region"])
            .exists()
        )

    def apply_to(self, page):
        data = self.cleaned_data
        page.title = data["name"]
        for name in self.simple_fields:
            setattr(page, name, data[name])
        if page.schedule_frequency != Frequency.MONTHLY:
            page.schedule_week_of_month = None
        page.region = data["region"]
        page.set_region_levels()
        page.description = linebreaks(data["description"]) if data["description"] else ""
        if data.get("logo"):
            # Stored only now, once the whole form is accepted: a rejected form leaves no
            # stray image behind, and a rejected upload leaves the current logo in place.
            page.logo = store_logo(data["logo"], title=f"Logo {page.title}")
        url = data.get("social_url")
        page.social_links = [GroupSocialLink(platform=guess_platform(url), url=url)] if url else []
        return page

    @classmethod
    def initial_from(cls, page):
        initial = {name: getattr(page, name) for name in cls.simple_fields}
        initial["category"] = page.category_id
        initial["name"] = page.title
        text = page.description.replace("</p>", "\n\n").replace("<br/>", "\n")
        initial["description"] = strip_tags(text).strip()
        if page.region_id:
            codes = page.region.ancestor_codes()
            initial.update(dict(zip(REGION_FIELDS, codes, strict=False)))
        link = page.social_links.first()
        initial["social_url"] = link.url if link else ""
        return initial


class ContactForm(HoneypotMixin, forms.Form):
    auto_id = "kontak_%s"

    sender_name = plain_text_field(_("Nama Anda"), max_length=100)
    sender_email = forms.EmailField(
        label=_("Email Anda"),
        help_text=_("Pengurus membalas ke alamat ini."),
        error_messages={
            "required": _("Email wajib diisi."),
            "invalid": _("Alamat email tidak valid."),
        },
    )
    message = plain_text_field(_("Pesan"), max_length=2000, textarea=True)


class ReportForm(HoneypotMixin, forms.Form):
    auto_id = "laporan_%s"

    reason = forms.ChoiceField(
        label=_("Apa yang tidak sesuai?"),
        choices=ReportReason.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Pilih salah satu alasan.")},
    )
    details = plain_text_field(_("Keterangan"), max_length=2000, required=False, textarea=True)
    reporter_email = forms.EmailField(
        label=_("Email Anda (opsional)"),
        required=False,
        error_messages={"invalid": _("Alamat email tidak valid.")},
    )


class OrganiserLinkForm(HoneypotMixin, forms.Form):
    auto_id = "tautan_%s"

    email = forms.EmailField(
        label=_("Email pengurus yang terdaftar"),
        help_text=_("Alamat yang dipakai saat mendaftarkan kelompok."),
        error_messages={
            "required": _("Email wajib diisi."),
            "invalid": _("Alamat email tidak valid."),
        },
    )
