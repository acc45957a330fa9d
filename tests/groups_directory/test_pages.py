"""The group page: contact relay, reports, stale marker, WhatsApp link; home integration."""

import re
from datetime import UTC, datetime
from decimal import Decimal
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from wagtail.search.backends import get_search_backend

from groups_directory.models import GroupPage, GroupReport

from .factories import make_group

pytestmark = pytest.mark.django_db


@pytest.fixture
def group(directory):
    return make_group(
        directory,
        "Arisan Kenari",
        region="31.74.01.1001",
        address="Jl. Kenari No. 9",
        contact_name="Bu Rina",
        email="rahasia.pengurus@contoh.invalid",
    )


def test_group_page_shows_schedule_area_and_whatsapp_link(client, group):
    response = client.get(group.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Setiap Kamis pukul 19.30 WIB" in html
    assert "Kelurahan Tebet Timur, Kecamatan Tebet" in html
    link = urlsplit(group.whatsapp_url)
    assert (link.scheme, link.netloc, link.path) == ("https", "wa.me", "/6281234567890")
    assert "Arisan Kenari" in parse_qs(link.query)["text"][0]
    assert group.whatsapp_url.replace("&", "&amp;") in html


def test_email_and_hidden_address_are_never_shown(client, group):
    html = client.get(group.url).content.decode()
    assert "rahasia.pengurus" not in html
    assert "Jl. Kenari" not in html
    GroupPage.objects.filter(pk=group.pk).update(show_area_only=False)
    assert "Jl. Kenari No. 9" in client.get(group.url).content.decode()


def test_contact_form_relays_to_the_hidden_email(client, group):
    url = group.url + group.reverse_subpage("contact_route")
    response = client.post(
        url,
        {"sender_name": "Andi", "sender_email": "andi@contoh.invalid", "message": "Boleh ikut?"},
    )
    assert response.status_code == 302
    (message,) = mail.outbox
    assert message.to == ["rahasia.pengurus@contoh.invalid"]
    assert message.reply_to == ["andi@contoh.invalid"]
    assert "Boleh ikut?" in message.body


def test_contact_form_rejects_script_and_sends_nothing(client, group):
    url = group.url + group.reverse_subpage("contact_route")
    response = client.post(
        url,
        {"sender_name": "Andi", "sender_email": "andi@contoh.invalid", "message": "<script>x"},
    )
    assert response.status_code == 400
    assert mail.outbox == []


def test_report_lands_in_the_moderation_list(client, group, admin_client):
    url = group.url + group.reverse_subpage("report_route")
    response = client.post(url, {"reason": "kontak_salah", "details": "Nomor tidak aktif."})
    assert response.status_code == 302
    report = GroupReport.objects.get()
    assert (report.group_id, report.reason) == (group.pk, "kontak_salah")
    listing = admin_client.get("/admin/group_reports/")
    assert listing.status_code == 200
    assert "Arisan Kenari" in listing.content.decode()


def test_report_without_reason_is_refused(client, group):
    url = group.url + group.reverse_subpage("report_route")
    assert client.post(url, {"details": "?"}).status_code == 400
    assert not GroupReport.objects.exists()


def test_listing_not_updated_for_a_year_is_marked(client, group):
    assert "Mungkin sudah tidak aktif" not in client.get(group.url).content.decode()
    stale = timezone.now() - timezone.timedelta(days=400)
    GroupPage.objects.filter(pk=group.pk).update(last_updated_at=stale)
    assert "Mungkin sudah tidak aktif" in client.get(group.url).content.decode()


def test_publishing_refreshes_last_updated(group):
    stale = timezone.now() - timezone.timedelta(days=400)
    GroupPage.objects.filter(pk=group.pk).update(last_updated_at=stale)
    group.refresh_from_db()
    group.save_revision().publish()
    group.refresh_from_db()
    assert not group.is_possibly_inactive


def test_region_levels_follow_the_chosen_region(directory):
    group = make_group(directory, "Posyandu Anggrek", region="32.73.02")
    assert (group.province_id, group.regency_id, group.district_id) == ("32", "32.73", "32.73.02")
    assert group.schedule.zone == "WIB"


def test_home_page_features_groups_in_one_query(client, home_page, directory, group):
    make_group(directory, "Kelompok Tutup", is_open=False)
    featured = home_page.featured_groups()
    assert [g.title for g in featured] == ["Arisan Kenari"]
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        groups = home_page.featured_groups()
        [g.area_label for g in groups]
    assert len(queries) == 1
    html = client.get(home_page.url).content.decode()
    assert "Arisan Kenari" in html


def test_private_groups_are_listed_nowhere(client, home_page, directory, group):
    from wagtail.models import PageViewRestriction

    secret = make_group(directory, "Arisan Pengurus Inti")
    PageViewRestriction.objects.create(page=secret, restriction_type=PageViewRestriction.LOGIN)

    assert [g.title for g in home_page.featured_groups()] == ["Arisan Kenari"]
    for url in (home_page.url, directory.url, f"{directory.url}?q=arisan"):
        html = client.get(url).content.decode()
        assert "Arisan Kenari" in html, url
        assert "Pengurus Inti" not in html, url


def test_admin_can_open_the_group_editor(admin_client, group):
    response = admin_client.get(f"/admin/pages/{group.pk}/edit/")
    assert response.status_code == 200
    assert "Hanya tampilkan wilayah" in response.content.decode()


def test_admin_region_chooser_searches_by_name(admin_client):
    from django.urls import reverse

    url = reverse("wagtailsnippetchoosers_groups_directory_region:choose_results")
    response = admin_client.get(url, {"q": "Tebet"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Tebet" in html
    assert "Setiabudi" not in html


def test_admin_validation_normalises_whatsapp_and_checks_schedule(directory):
    from django.core.exceptions import ValidationError

    group = make_group(directory, "Kelompok Admin")
    group.whatsapp = "62 813-1100-2302"
    group.full_clean()
    assert group.whatsapp == "+6281311002302"
    group.schedule_frequency = "monthly"
    group.schedule_week_of_month = None
    group.whatsapp = "12345"
    group.region_id = "31"
    with pytest.raises(ValidationError) as error:
        group.full_clean()
    assert {"schedule_week_of_month", "whatsapp", "region"} <= set(error.value.message_dict)


@pytest.mark.parametrize("others", [1, 40])
def test_group_page_queries_do_not_grow(
    client, directory, group, others, django_assert_num_queries
):
    from django.core.cache import cache

    from .factories import bulk_groups

    bulk_groups(directory, others)
    client.get(group.url)
    cache.clear()  # nothing from the fragment or routing caches
    with django_assert_num_queries(GROUP_PAGE_QUERIES):
        assert client.get(group.url).status_code == 200
    # Then the site, the directory routed through, the settings, the menu and the
    # restricted subtrees come from the cache; the group is routed to in one query
    # (ChildInOneQueryMixin), then its category, photos, four region levels and links.
    with django_assert_num_queries(GROUP_PAGE_WARM_QUERIES):
        assert client.get(group.url).status_code == 200


GROUP_PAGE_QUERIES = 18
GROUP_PAGE_WARM_QUERIES = 8


def test_group_page_forms_have_unique_ids_and_labelled_fields(client, group):
    html = client.get(group.url).content.decode()
    ids = re.findall(r'\sid="([^"]+)"', html)
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)
    for field_id in re.findall(r'<(?:input|textarea|select)[^>]*\sid="([^"]+)"', html):
        if field_id.startswith(("kontak_", "laporan_")) and "_reason_" not in field_id:
            assert f'for="{field_id}"' in html, field_id


@pytest.mark.parametrize(
    ("place_type", "shown"),
    [("balai_warga", "Tempat: Balai warga"), ("lainnya", None), ("", None)],
)
def test_schedule_box_names_the_place_but_never_a_bare_lainnya(
    client, directory, place_type, shown
):
    title = f"Kelompok Tempat {place_type or 'kosong'}"
    group = make_group(directory, title, place_type=place_type)
    html = client.get(group.url).content.decode()
    facts = html[html.index('class="facts"') :]
    assert "Lainnya" not in facts
    if shown:
        assert shown in facts
    else:
        assert "Tempat:" not in facts


def test_group_page_says_when_the_group_next_meets(client, group):
    html = client.get(group.url).content.decode()
    label = group.next_meeting_label
    assert label.startswith("Kamis, ") and label.endswith("19.30 WIB")
    assert f"Pertemuan berikutnya: {label}" in html
    GroupPage.objects.filter(pk=group.pk).update(schedule_frequency="irregular")
    assert "Pertemuan berikutnya" not in client.get(group.url).content.decode()


def test_site_search_dates_a_group_by_its_last_update(client, directory):
    get_search_backend().reset_indexes()
    group = make_group(directory, "Ronda Malam Cempaka")
    updated = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    GroupPage.objects.filter(pk=group.pk).update(last_updated_at=updated)
    get_search_backend().add(GroupPage.objects.get(pk=group.pk))
    response = client.get(reverse("search"), {"q": "cempaka"})
    (item,) = response.context["items"]
    assert item["date"] == updated
    assert 'datetime="2026-11-02' in response.content.decode()


def map_box(html):
    start = html.index('id="peta-lokasi"')
    return html[start : html.index(">", start)]


def test_group_page_pins_exact_coordinates_when_the_address_is_public(client, directory):
    group = make_group(
        directory,
        "Kelompok Bertitik",
        latitude=Decimal("-6.234567"),
        longitude=Decimal("106.861234"),
        show_area_only=False,
    )
    html = client.get(group.url).content.decode()
    box = map_box(html)
    assert 'data-lat="-6.234570"' in box and 'data-lng="106.861230"' in box
    assert 'data-approximate="false"' in box
    assert 'data-tiles="https://tile.openstreetmap.org/{z}/{x}/{y}.png"' in box
    assert "vendor/leaflet/leaflet" in html and "js/group_map" in html


def test_group_page_map_shows_only_the_rounded_area_when_asked(client, directory):
    group = make_group(
        directory,
        "Kelompok Berwilayah",
        latitude=Decimal("-6.234567"),
        longitude=Decimal("106.861234"),
        show_area_only=True,
    )
    box = map_box(client.get(group.url).content.decode())
    assert 'data-lat="-6.230000"' in box and 'data-lng="106.860000"' in box
    assert 'data-approximate="true"' in box
    assert "-6.2345" not in client.get(group.url).content.decode()


def test_group_page_without_coordinates_loads_no_map(client, group):
    html = client.get(group.url).content.decode()
    assert 'id="peta-lokasi"' not in html
    assert "leaflet" not in html


def test_group_page_has_whatsapp_and_telegram_share_links(client, group):
    html = client.get(group.url).content.decode()
    share = html[html.index('class="share"') :]
    share = share[: share.index("</section>")]
    page_url = "http%3A%2F%2Ftestserver" + group.url.replace("/", "%2F")
    assert f'href="https://wa.me/?text={group.title.replace(" ", "%20")}%20{page_url}"' in share
    assert f'href="https://t.me/share/url?url={page_url}&amp;text=' in share
