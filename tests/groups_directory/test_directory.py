"""Directory filters, facets, query counts, GeoJSON and iCalendar."""

import itertools
import json
from datetime import time
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from icalendar import Calendar

from groups_directory.directory import DAY_SLUGS, FACET_IGNORES, PAGE_SIZE
from groups_directory.models import Audience
from tests.query_counts import page_view_queries

from .factories import bulk_groups, make_group

pytestmark = pytest.mark.django_db

# (title, kecamatan code, category, weekday, audience, open, start time, place type)
SPEC = [
    ("Arisan Melati", "31.74.01", "arisan", 3, "ibu", True, "16:00", ""),
    ("Arisan Kenanga", "31.74.01", "arisan", 6, "ibu", False, "09:00", "rumah_bergilir"),
    ("Pengajian Al-Falah", "31.74.02", "pengajian", 3, "bapak", True, "19:30", "masjid"),
    ("Karang Taruna Setia", "31.74.02", "karang-taruna", 5, "remaja", True, "20:00", "online"),
    ("Posyandu Mawar", "31.75.03", "posyandu", 1, "ibu", True, "08:00", "balai_warga"),
    ("Arisan Jatinegara", "31.75.03", "arisan", 3, "umum", True, "13:00", "online"),
    ("Senam Lansia Bahagia", "31.75.01", "lansia", 2, "lansia", False, "06:00", ""),
    ("Pengajian Dago", "32.73.02", "pengajian", 4, "umum", True, "03:30", "masjid"),
    ("Arisan Coblong", "32.73.02", "arisan", 3, "ibu", True, None, ""),
    ("Taman Baca Sukasari", "32.73.01", "belajar-bersama", 5, "anak", True, "15:00", "online"),
]
TIMES = {"pagi": ("04:00", "11:00"), "siang": ("11:00", "15:00"), "sore": ("15:00", "18:00")}


def time_of_day(start):
    """The time-of-day slug of an "HH:MM" start (zero-padded strings compare in order)."""
    if start is None:
        return None
    slug = next((slug for slug, (low, high) in TIMES.items() if low <= start < high), "malam")
    return slug


DAY_NAMES = {value: slug for slug, value in DAY_SLUGS.items()}


@pytest.fixture
def groups(directory):
    return [
        make_group(
            directory,
            title,
            region=district,
            category=category,
            schedule_weekday=weekday,
            audience=audience,
            is_open=is_open,
            schedule_start_time=time.fromisoformat(start) if start else None,
            place_type=place,
        )
        for title, district, category, weekday, audience, is_open, start, place in SPEC
    ]


def matches(row, params):
    title, district, category, weekday, audience, is_open, start, place = row
    checks = {
        "kategori": lambda value: category == value,
        "provinsi": lambda value: district.split(".")[0] == value,
        "kabupaten": lambda value: district.rsplit(".", 1)[0] == value,
        "kecamatan": lambda value: district == value,
        "hari": lambda value: DAY_NAMES[weekday] == value,
        "untuk": lambda value: audience == value,
        "terbuka": lambda value: is_open,
        "waktu": lambda value: time_of_day(start) == value,
        "pertemuan": lambda value: value == ("daring" if place == "online" else "tatap-muka"),
        "dekat": lambda value: True,
    }
    return all(checks[name](value) for name, value in params.items())


def titles_of(ids):
    """Titles of the groups ``ids`` in that order (the directory pages through ids)."""
    from groups_directory.models import GroupPage

    titles = dict(GroupPage.objects.filter(pk__in=list(ids)).values_list("pk", "title"))
    return [titles[pk] for pk in ids]


def listed_titles(client, directory, params):
    response = client.get(directory.url, params)
    assert response.status_code == 200
    return set(titles_of(list(response.context["groups"].paginator.object_list)))


SINGLE_FILTERS = [
    {"kategori": "arisan"},
    {"kategori": "pengajian"},
    {"provinsi": "31"},
    {"provinsi": "32"},
    {"kabupaten": "31.74"},
    {"kabupaten": "31.75"},
    {"kecamatan": "31.74.01"},
    {"kecamatan": "32.73.02"},
    {"hari": "kamis"},
    {"hari": "sabtu"},
    {"untuk": "ibu"},
    {"untuk": "anak"},
    {"terbuka": "ya"},
    {"waktu": "pagi"},
    {"waktu": "malam"},
    {"pertemuan": "daring"},
    {"pertemuan": "tatap-muka"},
]


def test_each_filter_returns_exactly_the_matching_groups(client, directory, groups):
    for params in SINGLE_FILTERS:
        expected = {row[0] for row in SPEC if matches(row, params)}
        assert expected, f"the fixture should give {params} something to find"
        assert expected != {row[0] for row in SPEC}, f"{params} should leave something out"
        assert listed_titles(client, directory, params) == expected, params


COMBINATIONS = [
    {**a, **b}
    for a, b in itertools.combinations(SINGLE_FILTERS, 2)
    if not set(a) & set(b) and not ({"provinsi", "kabupaten", "kecamatan"} >= set(a) | set(b))
]


def test_filters_combine(client, directory, groups):
    assert len(COMBINATIONS) > 50
    non_empty = 0
    for params in COMBINATIONS:
        expected = {row[0] for row in SPEC if matches(row, params)}
        non_empty += bool(expected)
        assert listed_titles(client, directory, params) == expected, params
    assert non_empty > 20, "combinations should mostly find something"


def test_three_filters_combine_with_nested_regions(client, directory, groups):
    params = {"provinsi": "31", "kabupaten": "31.74", "hari": "kamis", "terbuka": "ya"}
    expected = {row[0] for row in SPEC if matches(row, params)}
    assert expected == {"Arisan Melati", "Pengajian Al-Falah"}
    assert listed_titles(client, directory, params) == expected


@pytest.mark.parametrize(
    "params",
    [
        {"kategori": "arisan"},
        {"provinsi": "31", "hari": "kamis"},
        {"kabupaten": "31.74", "untuk": "ibu", "terbuka": "ya"},
        {"waktu": "malam", "pertemuan": "tatap-muka"},
        {"provinsi": "31", "pertemuan": "daring", "dekat": "-6.90,107.60"},
        {},
    ],
    ids=[
        "kategori",
        "provinsi-hari",
        "kabupaten-untuk-terbuka",
        "waktu-pertemuan",
        "provinsi-daring-dekat",
        "none",
    ],
)
def test_facet_counts_match_the_groups_each_choice_would_give(client, directory, groups, params):
    response = client.get(directory.url, params)
    for facet in response.context["facets"]:
        # A region facet also leaves out the levels that change with it (see FACET_IGNORES).
        ignored = FACET_IGNORES.get(facet.name, (facet.name,))
        others = {name: value for name, value in params.items() if name not in ignored}
        for option in facet.options:
            expected = sum(1 for row in SPEC if matches(row, {**others, facet.name: option.value}))
            assert option.count == expected, (facet.name, option.value)
            above = {"kabupaten": ("provinsi",), "kecamatan": ("provinsi", "kabupaten")}
            parents = [params[name] for name in above.get(facet.name, ()) if name in params]
            fits = not parents or option.value.startswith(parents[-1] + ".")
            assert option.fits == fits, (facet.name, option.value)
        # Every value that has a group under the other filters is offered with a count
        # (days and audiences also list their unmatched choices, at 0).
        offered = {option.value for option in facet.options if option.count}
        possible = {
            value
            for row in SPEC
            if matches(row, others)
            for value in [facet_value(facet.name, row)]
            if value is not None
        }
        assert offered == possible, facet.name


def test_facet_counts_are_kept_until_a_group_changes(client, directory, groups):
    def arisan_count():
        facets = {f.name: f for f in client.get(directory.url).context["facets"]}
        return next(o.count for o in facets["kategori"].options if o.value == "arisan")

    assert arisan_count() == 4
    with CaptureQueriesContext(connection) as warm:
        assert arisan_count() == 4
    assert not [q for q in warm.captured_queries if "COUNT(" in q["sql"] and "GROUP BY" in q["sql"]]

    make_group(directory, "Arisan Baru", region="31.74.01", category="arisan")

    assert arisan_count() == 5


def facet_value(name, row):
    title, district, category, weekday, audience, is_open, start, place = row
    return {
        "kategori": category,
        "provinsi": district.split(".")[0],
        "kabupaten": district.rsplit(".", 1)[0],
        "kecamatan": district,
        "hari": DAY_NAMES[weekday],
        "untuk": audience,
        "terbuka": "ya" if is_open else None,
        "waktu": time_of_day(start),
        "pertemuan": "daring" if place == "online" else "tatap-muka",
    }[name]


@pytest.mark.parametrize(
    "params",
    [
        {"kategori": "tidak-ada"},
        {"kategori": "<script>alert(1)</script>"},
        {"provinsi": "99"},
        {"provinsi": "xx' OR 1=1 --"},
        {"kabupaten": "31"},
        {"kecamatan": "31.74"},
        {"hari": "funday"},
        {"hari": "3"},
        {"untuk": "semua-orang"},
        {"terbuka": "mungkin"},
        {"urut": "acak"},
        {"q": "x" * 500},
    ],
)
def test_invalid_filter_values_are_ignored(client, directory, groups, params):
    response = client.get(directory.url, params)
    assert response.status_code == 200
    if "q" in params:
        return  # a long keyword is cut, not ignored; it just must not fail
    listed = set(titles_of(list(response.context["groups"].paginator.object_list)))
    assert listed == {row[0] for row in SPEC}
    assert response.context["active_filters"] == []


@pytest.mark.parametrize("page", ["abc", "999", "0"])
def test_page_numbers_that_do_not_exist_are_not_found(client, directory, groups, page):
    # A crawler walking page numbers must not fill the page cache with copies of one page.
    assert client.get(directory.url, {"page": page}).status_code == 404


def test_region_below_a_different_province_is_dropped(client, directory, groups):
    # Kabupaten 32.73 is not in province 31: the province filter stays, the kabupaten goes.
    listed = listed_titles(client, directory, {"provinsi": "31", "kabupaten": "32.73"})
    assert listed == {row[0] for row in SPEC if row[1].startswith("31.")}


def test_keyword_goes_through_the_search_backend(client, directory, groups):
    listed = listed_titles(client, directory, {"q": "Pengajian"})
    assert listed == {"Pengajian Al-Falah", "Pengajian Dago"}
    listed = listed_titles(client, directory, {"q": "Pengajian", "provinsi": "32"})
    assert listed == {"Pengajian Dago"}


def test_sort_by_name_and_by_newest_update(client, directory, groups):
    from groups_directory.models import GroupPage

    oldest = groups[0]
    GroupPage.objects.filter(pk=oldest.pk).update(last_updated_at="2020-01-01T00:00:00Z")
    by_name = client.get(directory.url, {"urut": "nama"}).context["groups"]
    titles = titles_of(list(by_name))
    assert titles == sorted(titles)
    newest_first = titles_of(list(client.get(directory.url).context["groups"]))
    assert newest_first[-1] == oldest.title


def test_draft_groups_are_not_listed(client, directory, groups):
    groups[0].unpublish()
    assert groups[0].title not in listed_titles(client, directory, {})


def test_filter_links_keep_other_filters(client, directory, groups):
    response = client.get(directory.url, {"provinsi": "31", "hari": "kamis"})
    html = response.content.decode()
    assert 'name="hari"' in html
    chips = {label: url for label, _value, url in response.context["active_filters"]}
    assert chips["Provinsi"] == "?hari=kamis"
    assert "provinsi=31" in chips["Hari pertemuan"]


@pytest.mark.parametrize("params", [{}, {"provinsi": "31", "hari": "kamis", "terbuka": "ya"}])
def test_directory_query_count_does_not_grow_with_groups(client, directory, params):
    bulk_groups(directory, 10)
    small, response = page_view_queries(client, directory.url, params, cold=True)
    assert response.context["groups"].paginator.count == 10 or params
    bulk_groups(directory, 4990)
    large, response = page_view_queries(client, directory.url, params, cold=True)
    assert len(large) == len(small)
    warm, _response = page_view_queries(client, directory.url, params)
    # Cards, count, page of ids and facets now come from the cache.
    assert len(warm) < len(small)
    page = response.context["groups"]
    assert len(page.object_list) == PAGE_SIZE
    if not params:
        assert page.paginator.count == 5000
    second = client.get(directory.url, {**params, "page": 2}).context["groups"]
    assert second.number == 2
    assert set(second) & set(page) == set()


def test_geojson_lists_only_groups_with_coordinates_and_hides_addresses(client, directory):
    hidden = make_group(
        directory,
        "Arisan Rahasia",
        latitude=Decimal("-6.234567"),
        longitude=Decimal("106.856789"),
        address="Jl. Melati No. 7",
        show_area_only=True,
    )
    shown = make_group(
        directory,
        "Sanggar Terbuka",
        latitude=Decimal("-6.211111"),
        longitude=Decimal("106.822222"),
        address="Balai Warga RW 03",
        show_area_only=False,
        category="seni-budaya",
    )
    make_group(directory, "Tanpa Titik")
    url = directory.url + directory.reverse_subpage("geojson_route")
    data = json.loads(client.get(url).content)
    features = {feature["properties"]["name"]: feature for feature in data["features"]}
    assert set(features) == {hidden.title, shown.title}
    assert features[hidden.title]["geometry"]["coordinates"] == [106.86, -6.23]
    assert "address" not in features[hidden.title]["properties"]
    assert "Jl. Melati" not in json.dumps(data)
    assert features[shown.title]["properties"]["address"] == "Balai Warga RW 03"
    filtered = json.loads(client.get(url, {"kategori": "seni-budaya"}).content)
    assert [f["properties"]["name"] for f in filtered["features"]] == [shown.title]


@pytest.mark.parametrize(
    ("fields", "rrule"),
    [
        ({"schedule_frequency": "weekly", "schedule_weekday": 3}, b"RRULE:FREQ=WEEKLY;BYDAY=TH"),
        (
            {"schedule_frequency": "biweekly", "schedule_weekday": 5},
            b"RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=SA",
        ),
        (
            {"schedule_frequency": "monthly", "schedule_weekday": 0, "schedule_week_of_month": 2},
            b"RRULE:FREQ=MONTHLY;BYDAY=2MO",
        ),
    ],
)
def test_ics_feed_has_a_recurring_event(client, directory, fields, rrule):
    group = make_group(directory, "Kelompok Kalender", region="73.71.01", **fields)
    response = client.get(group.url + group.reverse_subpage("ics_route"))
    assert response["Content-Type"].startswith("text/calendar")
    assert rrule in response.content
    calendar = Calendar.from_ical(response.content)
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    start = events[0].decoded("dtstart")
    assert start.weekday() == fields["schedule_weekday"]
    assert (start.hour, start.minute) == (19, 30)
    assert str(start.tzinfo) == "Asia/Makassar"  # Makassar is WITA
    assert calendar.walk("VTIMEZONE")


def test_ics_feed_for_irregular_group_has_no_events(client, directory):
    group = make_group(directory, "Kelompok Bebas", schedule_frequency="irregular")
    response = client.get(group.url + group.reverse_subpage("ics_route"))
    assert Calendar.from_ical(response.content).walk("VEVENT") == []


def test_ics_feed_is_a_download_with_an_indonesian_zone_note(client, directory):
    group = make_group(directory, "Kelompok Unduh", schedule_frequency="weekly", schedule_weekday=2)
    response = client.get(group.url + group.reverse_subpage("ics_route"))
    assert response["Content-Disposition"] == f'attachment; filename="{group.slug}.ics"'
    calendar = Calendar.from_ical(response.content)
    (zone,) = calendar.walk("VTIMEZONE")
    assert [str(c) for c in zone.walk() for c in [c.get("COMMENT")] if c] == [
        "Waktu Indonesia Barat (WIB), UTC+7, tanpa waktu musim panas"
    ]


@pytest.mark.parametrize(
    "params",
    [
        {"q": "tidakadayangcocok", "provinsi": "31", "hari": "minggu", "kategori": "arisan"},
        {"provinsi": "32", "kabupaten": "32.73", "hari": "senin", "untuk": "lansia"},
    ],
)
def test_filters_that_match_nothing_stay_in_the_form(client, directory, groups, params):
    response = client.get(directory.url, params)
    html = response.content.decode()
    assert response.context["groups"].paginator.count == 0
    for name, value in params.items():
        if name == "q":
            assert f'value="{value}"' in html
            continue
        select = html[html.index(f'<select id="filter-{name}"') :]
        select = select[: select.index("</select>")]
        assert f'value="{value}" selected' in select, (name, select)
    # Resubmitting the rendered form keeps every filter.
    chips = [label for label, _value, _url in response.context["active_filters"]]
    assert len(chips) == len(params)


def test_day_and_audience_filters_list_every_choice(client, directory, groups):
    response = client.get(directory.url, {"kategori": "posyandu"})
    facets = {facet.name: facet for facet in response.context["facets"]}
    assert [option.label for option in facets["hari"].options] == [
        "Senin",
        "Selasa",
        "Rabu",
        "Kamis",
        "Jumat",
        "Sabtu",
        "Minggu",
    ]
    counts = {option.value: option.count for option in facets["hari"].options}
    assert counts["selasa"] == 1 and counts["senin"] == 0
    assert len(facets["untuk"].options) == len(Audience.choices)


def test_region_selects_list_other_provinces_regions_disabled(client, directory, groups):
    response = client.get(directory.url, {"provinsi": "31", "hari": "kamis"})
    facets = {facet.name: facet for facet in response.context["facets"]}
    regencies = {o.value: (o.count, o.fits) for o in facets["kabupaten"].options}
    # Bandung's regency is offered for when the reader picks its province, not before.
    assert regencies == {"31.74": (2, True), "31.75": (1, True), "32.73": (1, False)}
    html = response.content.decode()
    assert '<option value="32.73" disabled hidden>' in html
    # A province is enough to list its kecamatan (its own groups only).
    districts = {option.value for option in facets["kecamatan"].options}
    assert districts == {"31.74.01", "31.74.02", "31.75.03"}
    assert '<select id="filter-kecamatan"' in html


def test_no_results_keep_every_select_and_checkbox(client, directory, groups):
    response = client.get(directory.url, {"q": "tidakadayangcocok", "terbuka": "ya"})
    html = response.content.decode()
    assert response.context["groups"].paginator.count == 0
    for name in ("kategori", "provinsi", "kabupaten", "hari", "untuk", "urut"):
        assert f'<select id="filter-{name}" name="{name}">' in html, name
    assert 'id="filter-terbuka" type="checkbox" name="terbuka" value="ya" checked' in html


def test_time_of_day_and_meeting_mode_filters_list_every_choice(client, directory, groups):
    response = client.get(directory.url, {"pertemuan": "daring"})
    facets = {facet.name: facet for facet in response.context["facets"]}
    times = [(option.label, option.count) for option in facets["waktu"].options]
    # Online groups: Karang Taruna 20.00, Arisan Jatinegara 13.00, Taman Baca 15.00.
    assert times == [
        ("Pagi (04.00–10.59)", 0),
        ("Siang (11.00–14.59)", 1),
        ("Sore (15.00–17.59)", 1),
        ("Malam (18.00–03.59)", 1),
    ]
    modes = {option.value: option.count for option in facets["pertemuan"].options}
    assert modes == {"daring": 3, "tatap-muka": 7}
    chips = {label: value for label, value, _url in response.context["active_filters"]}
    assert chips == {"Cara bertemu": "Daring (online)"}


POINTS = {
    "Arisan Melati": ("-6.2300", "106.8600"),  # Jakarta Selatan
    "Posyandu Mawar": ("-6.2200", "106.8700"),
    "Pengajian Dago": ("-6.8900", "107.6100"),  # Bandung
    "Taman Baca Sukasari": ("-6.8700", "107.5900"),
}


@pytest.fixture
def located(groups):
    from groups_directory.models import GroupPage

    for title, (lat, lng) in POINTS.items():
        GroupPage.objects.filter(title=title).update(latitude=Decimal(lat), longitude=Decimal(lng))
    return groups


def test_near_me_sorts_by_distance_and_puts_groups_without_a_point_last(client, directory, located):
    response = client.get(directory.url, {"dekat": "-6.9012,107.6055", "kategori": "pengajian"})
    html = response.content.decode()
    assert titles_of([pk for pk, _km in response.context["groups"].object_list]) == [
        "Pengajian Dago",
        "Pengajian Al-Falah",
    ]
    distances = [km for _card, km in response.context["group_cards"]]
    # From the rounded point (-6.90, 107.61): 0.01° of latitude, about 1.1 km.
    assert distances[0] == pytest.approx(1.11, abs=0.01) and distances[1] is None
    assert "± 1,1 km dari Anda" in html
    # Rounded to about 1 km, kept in the form and the page links, not in the map's data.
    assert '<input type="hidden" name="dekat" value="-6.90,107.61">' in html
    assert 'name="urut"' not in html
    assert "dekat=" not in html[html.index("data-geojson=") :].split(">")[0]

    everything = client.get(directory.url, {"dekat": "-6.23,106.86"})
    order = titles_of([pk for pk, _km in everything.context["groups"].object_list])
    assert order[:4] == ["Arisan Melati", "Posyandu Mawar", "Taman Baca Sukasari", "Pengajian Dago"]
    assert sorted(order[4:]) == order[4:]  # the rest, by name


@pytest.mark.parametrize("value", ["abc", "51.50,-0.12", "-6.2;106.8", "-6.2,106.8,1", ""])
def test_near_me_ignores_points_it_cannot_use(client, directory, located, value):
    response = client.get(directory.url, {"dekat": value})
    assert response.status_code == 200
    assert response.context["filter"].near is None
    assert 'name="urut"' in response.content.decode()


def test_near_me_caches_nothing_of_its_own(client, directory, located, monkeypatch):
    from groups_directory import directory as directory_module
    from groups_directory import views

    keys, paginators = [], []
    cached_until_change = directory_module.cached_until_change
    paginator = views.CachedPaginator

    def record_key(key, *args, **kwargs):
        keys.append(key)
        return cached_until_change(key, *args, **kwargs)

    def record_paginator(*args, **kwargs):
        paginators.append(kwargs["key"])
        return paginator(*args, **kwargs)

    monkeypatch.setattr(directory_module, "cached_until_change", record_key)
    monkeypatch.setattr(views, "CachedPaginator", record_paginator)
    client.get(directory.url, {"kategori": "arisan", "dekat": "-6.23,106.86"})
    near_keys = set(keys)
    assert near_keys and not paginators  # no cached listing for a reader's point
    keys.clear()
    client.get(directory.url, {"kategori": "arisan"})
    # The facet counts are the ones everyone's page shares: no key of its own.
    assert near_keys <= set(keys)
    assert paginators


def test_near_me_measures_to_the_public_point_only(client, directory):
    from groups_directory.models import GroupPage

    group = make_group(directory, "Arisan Rahasia", show_area_only=True)
    GroupPage.objects.filter(pk=group.pk).update(
        latitude=Decimal("-6.234567"), longitude=Decimal("106.861234")
    )
    response = client.get(directory.url, {"dekat": "-6.23,106.86"})
    ((_card, km),) = response.context["group_cards"]
    # The stored point is about 0.5 km away; the public one (-6.23, 106.86) is the same.
    assert km == 0
    assert "Kurang dari 1 km dari Anda" in response.content.decode()
