"""Directory filters and facet counts.

Every filter lives in the URL's query string (GET), so a filtered list can be shared and
works without JavaScript. A value that does not parse, or names nothing, is dropped
rather than answered with an error. Facet counts are "disjunctive": each filter's
counts apply every *other* active filter, so a reader sees how many groups each choice
would give. Each facet is one aggregate query, whatever the number of groups, and its
counts are kept in the cache until the next content change.
"""

import hashlib
import math
import re
from dataclasses import dataclass
from datetime import time

from django import forms
from django.db.models import Case, CharField, Count, Q, Value, When
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from core.cache import cached_until_change

from .models import Audience, GroupCategory, GroupPage, Region, RegionLevel
from .models.pages import public_point
from .schedule import PlaceType, Weekday

# Keyword matches come from the site search backend as page ids; past this many the
# reader should narrow the search anyway.
SEARCH_LIMIT = 1000
PAGE_SIZE = 12

DAY_SLUGS = {label.lower(): value for value, label in Weekday.choices}
DAY_LABELS = dict(Weekday.choices)

# Meeting modes and times of day (from the start time, in the group's own time zone).
MODES = {"daring": _("Daring (online)"), "tatap-muka": _("Tatap muka")}
TIMES_OF_DAY = {
    "pagi": (_("Pagi (04.00–10.59)"), time(4), time(11)),
    "siang": (_("Siang (11.00–14.59)"), time(11), time(15)),
    "sore": (_("Sore (15.00–17.59)"), time(15), time(18)),
    # Evening runs past midnight until the morning starts.
    "malam": (_("Malam (18.00–03.59)"), time(18), time(4)),
}
FIXED_CHOICES = {
    "pertemuan": list(MODES.items()),
    "waktu": [(slug, label) for slug, (label, _start, _end) in TIMES_OF_DAY.items()],
}
# Facets that list all their choices, unmatched ones at 0.
EVERY_CHOICE_FACETS = ("hari", "untuk", *FIXED_CHOICES)
NEAR_PATTERN = re.compile(r"^(-?\d{1,2}(?:\.\d{1,6})?),(\d{2,3}(?:\.\d{1,6})?)$")
# Coordinates of "near me" are rounded to about 1 km before use; the script rounds them
# the same way before they leave the browser.
NEAR_DIGITS = 2
EARTH_RADIUS_KM = 6371.0

REGION_LEVELS = ("provinsi", "kabupaten", "kecamatan")
# Filters each facet's counts leave out (every other active filter applies). A region
# facet leaves out its own level and those below, which change with it, so that picking
# another province still offers its regencies before the form is sent. Regencies also
# leave out the province: a regency implies its province, so the counts of those inside
# the chosen one stay exact, and the form can offer another province's regencies at
# once. Kecamatan keep the province, which bounds how many are listed.
FACET_IGNORES = {
    "provinsi": REGION_LEVELS,
    "kabupaten": REGION_LEVELS,
    "kecamatan": ("kabupaten", "kecamatan"),
}

SORTS = {
    "terbaru": ("-last_updated_at", "title"),
    "nama": ("title",),
}


class DirectoryFilterForm(forms.Form):
    q = forms.CharField(label=_("Kata kunci"), required=False, max_length=100)
    kategori = forms.ModelChoiceField(
        label=_("Kategori"),
        queryset=GroupCategory.objects.all(),
        to_field_name="slug",
        required=False,
    )
    provinsi = forms.CharField(label=_("Provinsi"), required=False, max_length=2)
    kabupaten = forms.CharField(label=_("Kabupaten/kota"), required=False, max_length=5)
    kecamatan = forms.CharField(label=_("Kecamatan"), required=False, max_length=8)
    hari = forms.ChoiceField(
        label=_("Hari pertemuan"),
        required=False,
        choices=[("", "")] + [(slug, slug) for slug in DAY_SLUGS],
    )
    untuk = forms.ChoiceField(
        label=_("Untuk siapa"), required=False, choices=[("", ""), *Audience.choices]
    )
    pertemuan = forms.ChoiceField(
        label=_("Cara bertemu"), required=False, choices=[("", ""), *MODES.items()]
    )
    waktu = forms.ChoiceField(
        label=_("Waktu pertemuan"),
        required=False,
        choices=[("", ""), *FIXED_CHOICES["waktu"]],
    )
    # "lintang,bujur" from the reader's browser (geolocation), only for sorting by distance.
    dekat = forms.CharField(label=_("Dekat lokasi saya"), required=False, max_length=30)
    terbuka = forms.ChoiceField(
        label=_("Menerima anggota baru"), required=False, choices=[("", ""), ("ya", _("Ya"))]
    )
    urut = forms.ChoiceField(
        label=_("Urutkan"),
        required=False,
        choices=[("terbaru", _("Terbaru diperbarui")), ("nama", _("Nama (A–Z)"))],
    )

    def clean_dekat(self):
        match = NEAR_PATTERN.match(self.cleaned_data["dekat"].strip())
        if not match:
            return None
        lat, lng = (round(float(number), NEAR_DIGITS) for number in match.groups())
        # Only points in or near Indonesia: the directory lists nothing elsewhere.
        if not (-12 <= lat <= 7 and 94 <= lng <= 142):
            return None
        return (lat, lng)

    def clean(self):
        cleaned = super().clean()
        # Region codes: look all three up in one query; drop unknown codes and any
        # level that does not sit inside the level above it.
        codes = {
            name: cleaned.get(name)
            for name in ("provinsi", "kabupaten", "kecamatan")
            if cleaned.get(name)
        }
        found = (
            {region.code: region for region in Region.objects.filter(code__in=codes.values())}
            if codes
            else {}
        )
        levels = {
            "provinsi": RegionLevel.PROVINCE,
            "kabupaten": RegionLevel.REGENCY,
            "kecamatan": RegionLevel.DISTRICT,
        }
        parent = None
        for name in ("provinsi", "kabupaten", "kecamatan"):
            region = found.get(codes.get(name))
            valid = region is not None and region.level == levels[name]
            if valid and parent is not None and region.parent_id != parent.code:
                valid = False
            cleaned[name] = region if valid else None
            if valid:
                parent = region
        return cleaned


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool
    # False for a region outside the region chosen above it: listed, so that the form's
    # script can offer it once the reader picks another parent, but not selectable now.
    fits: bool = True


@dataclass
class Facet:
    name: str
    label: str
    options: list

    @property
    def selected(self):
        return next((option for option in self.options if option.selected), None)


class GroupDirectoryFilter:
    """Parses the query string, filters the directory's groups and counts facets."""

    dimensions = (
        "kategori",
        "provinsi",
        "kabupaten",
        "kecamatan",
        "hari",
        "waktu",
        "pertemuan",
        "untuk",
        "terbuka",
    )

    def __init__(self, directory, data):
        self.directory = directory
        self.form = DirectoryFilterForm(data)
        self.form.is_valid()  # invalid fields are simply absent from cleaned_data
        self.values = {
            name: value for name, value in self.form.cleaned_data.items() if value not in ("", None)
        }

    @property
    def keyword(self):
        return self.values.get("q", "").strip()

    @property
    def sort(self):
        return self.values.get("urut") or "terbaru"

    @property
    def near(self):
        """The reader's rounded (lat, lng) when the list is sorted by distance, else None."""
        return self.values.get("dekat")

    @property
    def near_param(self):
        """``near`` as the query string carries it: "-6.23,106.86"."""
        if not self.near:
            return ""
        return "{:.{digits}f},{:.{digits}f}".format(*self.near, digits=NEAR_DIGITS)

    def base_queryset(self):
        queryset = GroupPage.objects.child_of(self.directory).listed()
        if self.keyword:
            results = GroupPage.objects.live().search(
                self.keyword, operator="and", order_by_relevance=False
            )
            ids = [result.pk for result in results[:SEARCH_LIMIT]]
            queryset = queryset.filter(pk__in=ids)
        return queryset

    def condition(self, name):
        value = self.values.get(name)
        if value is None:
            return None
        if name == "kategori":
            return Q(category=value)
        if name == "provinsi":
            return Q(province_id=value.code)
        if name == "kabupaten":
            return Q(regency_id=value.code)
        if name == "kecamatan":
            return Q(district_id=value.code)
        if name == "hari":
            return Q(schedule_weekday=DAY_SLUGS[value])
        if name == "untuk":
            return Q(audience=value)
        if name == "pertemuan":
            online = Q(place_type=PlaceType.ONLINE)
            return online if value == "daring" else ~online
        if name == "waktu":
            _label, start, end = TIMES_OF_DAY[value]
            if start < end:
                return Q(schedule_start_time__gte=start, schedule_start_time__lt=end)
            return Q(schedule_start_time__gte=start) | Q(schedule_start_time__lt=end)
        if name == "terbuka":
            return Q(is_open=True)
        raise KeyError(name)

    def filtered(self, base=None, *, exclude=()):
        queryset = base if base is not None else self.base_queryset()
        for name in self.dimensions:
            if name in exclude:
                continue
            condition = self.condition(name)
            if condition is not None:
                queryset = queryset.filter(condition)
        return queryset

    def results(self, base=None):
        return self.filtered(base).for_listing().order_by(*SORTS[self.sort])

    def result_ids(self, base=None):
        """The matching groups' ids in display order (cards: GroupPage.objects.cards)."""
        return self.filtered(base).order_by(*SORTS[self.sort]).values_list("pk", flat=True)

    def results_by_distance(self, base=None):
        """``[(id, km or None)]`` of the matching groups, nearest to ``near`` first.

        Computed per request and never cached: the point is the reader's. Distances are to
        the group's public point (rounded when it shows only its area: measuring from the
        stored one would let a few made-up points give the exact place away); groups
        without a point come last, by name.
        """
        lat, lng = self.near
        rows = (
            self.filtered(base)
            .order_by("title")
            .values_list("pk", "latitude", "longitude", "show_area_only")
        )
        located, elsewhere = [], []
        for pk, *stored in rows:
            point = public_point(*stored)
            if point is None:
                elsewhere.append((pk, None))
            else:
                located.append((pk, distance_km(lat, lng, *point)))
        located.sort(key=lambda row: row[1])
        return located + elsewhere

    def key(self):
        """Cache key for the listing under the current filters and sort order."""
        return self._key("directory")

    def _key(self, prefix, **changes):
        """``prefix`` with this directory and the filters (``changes`` applied) as a digest.

        The reader's own point ("dekat") is never part of a key: nothing cached is per reader.
        """
        changes.setdefault("dekat", None)
        digest = hashlib.sha256(self.querystring(**changes).encode()).hexdigest()[:24]
        return f"{prefix}:{self.directory.pk}:{digest}"

    def facets(self, base=None):
        base = base if base is not None else self.base_queryset()
        return [
            self._facet(base, "kategori", _("Kategori"), "category__slug", "category__name"),
            self._facet(base, "provinsi", _("Provinsi"), "province_id", "province__name"),
            self._facet(base, "kabupaten", _("Kabupaten/kota"), "regency_id", "regency__name"),
            self._facet(base, "kecamatan", _("Kecamatan"), "district_id", "district__name"),
            self._facet(base, "hari", _("Hari pertemuan"), "schedule_weekday"),
            self._facet(base, "waktu", _("Waktu pertemuan"), "time_of_day"),
            self._facet(base, "pertemuan", _("Cara bertemu"), "meeting_mode"),
            self._facet(base, "untuk", _("Untuk siapa"), "audience"),
            self._facet(base, "terbuka", _("Menerima anggota baru"), "is_open"),
        ]

    def _facet(self, base, name, label, key, label_field=None):
        options = []
        parent = self._region_parent(name)
        for raw, raw_text, count in self._facet_rows(base, name, key, label_field):
            value, text = self._option_value(name, raw, raw_text)
            if value is None:
                continue
            fits = parent is None or value.startswith(parent + ".")
            options.append(FacetOption(value, text, count, self._is_selected(name, value), fits))
        if name in EVERY_CHOICE_FACETS:
            options = self._with_every_choice(name, options)
        selected = self._selected_option(name)
        if selected is not None and not any(option.selected for option in options):
            # A choice that no group matches under the other filters stays in the form;
            # dropping it would silently lose the reader's filter on the next "Terapkan".
            options.append(selected)
        if name in ("kategori", "provinsi", "kabupaten", "kecamatan"):
            options.sort(key=lambda option: option.label)
        return Facet(name, label, options)

    def _region_parent(self, name):
        """The code of the nearest region chosen above region facet ``name``, else None."""
        above = REGION_LEVELS[: REGION_LEVELS.index(name)] if name in REGION_LEVELS else ()
        chosen = [self.values[level].code for level in above if level in self.values]
        return chosen[-1] if chosen else None

    def _with_every_choice(self, name, options):
        """Fixed choices (days, times, modes, audiences) all listed in order, unmatched at 0."""
        counted = {option.value: option for option in options}
        if name == "hari":
            choices = [(label.lower(), label) for label in DAY_LABELS.values()]
        elif name == "untuk":
            choices = [(value, str(label)) for value, label in Audience.choices]
        else:
            choices = [(value, str(label)) for value, label in FIXED_CHOICES[name]]
        return [
            counted.get(value) or FacetOption(value, label, 0, self._is_selected(name, value))
            for value, label in choices
        ]

    def _selected_option(self, name):
        """The selected value as a zero-count option, or None when nothing is selected."""
        value = self.values.get(name)
        if value is None or name in EVERY_CHOICE_FACETS:
            return None
        if name == "kategori":
            return FacetOption(value.slug, value.name, 0, True)
        if name in ("provinsi", "kabupaten", "kecamatan"):
            return FacetOption(value.code, value.name, 0, True)
        if name == "terbuka":
            return FacetOption("ya", str(_("Ya, menerima anggota baru")), 0, True)
        return None

    def _facet_rows(self, base, name, key, label_field):
        """``[(value, label, count)]`` for one facet, counted once per content change.

        Each facet is an aggregate over every group in the directory; the counts depend
        only on the directory, the keyword and the other filters, which make the key.
        """

        exclude = FACET_IGNORES.get(name, (name,))

        def count():
            fields = [key, label_field] if label_field else [key]
            queryset = self.filtered(base, exclude=exclude)
            if key in ANNOTATIONS:
                queryset = queryset.annotate(**{key: ANNOTATIONS[key]()})
            rows = (
                queryset.exclude(**{f"{key}__isnull": True})
                .values(*fields)
                .annotate(count=Count("pk"))
                .order_by(label_field or key)
            )
            return [(row[key], row.get(label_field), row["count"]) for row in rows]

        ignored = dict.fromkeys(exclude)
        cache_key = self._key(f"directory-facet:{name}", **ignored, urut=None)
        return cached_until_change(cache_key, count)

    def _option_value(self, name, raw, text):
        if name == "hari":
            return DAY_LABELS[raw].lower(), DAY_LABELS[raw]
        if name == "untuk":
            return raw, Audience(raw).label
        if name in FIXED_CHOICES:
            return raw, dict(FIXED_CHOICES[name])[raw]
        if name == "terbuka":
            return ("ya", str(_("Ya, menerima anggota baru"))) if raw else (None, None)
        return raw, text

    def _is_selected(self, name, value):
        selected = self.values.get(name)
        if selected is None:
            return False
        if name == "kategori":
            return selected.slug == value
        if name in ("provinsi", "kabupaten", "kecamatan"):
            return selected.code == value
        return selected == value

    def querystring(self, **changes):
        """The current filters as a query string, with ``changes`` applied (None removes)."""
        params = QueryDict(mutable=True)
        for name, value in self.values.items():
            if name in ("kategori",):
                params[name] = value.slug
            elif name in ("provinsi", "kabupaten", "kecamatan"):
                params[name] = value.code
            elif name == "dekat":
                params[name] = self.near_param
            else:
                params[name] = value
        for name, value in changes.items():
            if value is None:
                params.pop(name, None)
            else:
                params[name] = value
        return params.urlencode()

    def active_filters(self):
        """(label, value label, url to remove it) for each filter in use."""
        removals = {
            "provinsi": {"provinsi": None, "kabupaten": None, "kecamatan": None},
            "kabupaten": {"kabupaten": None, "kecamatan": None},
        }
        chips = []
        for name in ("q", *self.dimensions, "dekat"):
            value = self.values.get(name)
            if value is None:
                continue
            field = self.form.fields[name]
            if name == "hari":
                text = DAY_LABELS[DAY_SLUGS[value]]
            elif name == "untuk":
                text = Audience(value).label
            elif name in ("pertemuan", "waktu"):
                text = dict(FIXED_CHOICES[name])[value]
            elif name == "terbuka":
                text = _("Ya")
            elif name == "dekat":
                text = _("diurutkan dari yang terdekat")
            else:
                text = str(value)
            changes = removals.get(name, {name: None})
            chips.append((field.label, text, "?" + self.querystring(**changes)))
        return chips


def time_of_day_expression():
    whens = [
        When(schedule_start_time__gte=start, schedule_start_time__lt=end, then=Value(slug))
        for slug, (_label, start, end) in TIMES_OF_DAY.items()
        if start < end
    ]
    return Case(
        *whens,
        When(schedule_start_time__isnull=False, then=Value("malam")),
        default=None,
        output_field=CharField(),
    )


def meeting_mode_expression():
    return Case(
        When(place_type=PlaceType.ONLINE, then=Value("daring")),
        default=Value("tatap-muka"),
        output_field=CharField(),
    )


# Facets counted over a computed value rather than a column.
ANNOTATIONS = {"time_of_day": time_of_day_expression, "meeting_mode": meeting_mode_expression}


def distance_km(lat1, lng1, lat2, lng2):
    """Great-circle distance (haversine) in kilometres."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlambda = math.radians(lng2 - lng1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))
