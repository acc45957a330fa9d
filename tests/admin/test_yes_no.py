"""Booleans in admin listings read "Ya"/"Tidak", never Python's True/False."""

import re

import pytest
from django.urls import reverse

from groups_directory.models import GroupDirectoryPage, GroupReport
from tests.groups_directory.factories import make_group

from .english import parse

pytestmark = pytest.mark.django_db


@pytest.fixture
def reports(home_page):
    directory = GroupDirectoryPage(title="Direktori Kelompok", slug="kelompok")
    home_page.add_child(instance=directory)
    group = make_group(directory, "Arisan Melati")
    GroupReport.objects.create(group=group, reason="kontak_salah", is_resolved=True)
    GroupReport.objects.create(group=group, reason="lainnya", is_resolved=False)


def test_report_listing_shows_resolved_as_ya_and_tidak(admin_client, reports):
    texts, _links = parse(admin_client.get(reverse("group_reports:index")).content.decode())
    assert "Ya" in texts
    assert "Tidak" in texts
    assert not {"True", "False"} & set(texts)


def test_active_boolean_filter_reads_tidak(admin_client, reports):
    response = admin_client.get(reverse("group_reports:index"), {"is_resolved": "false"})
    texts, _links = parse(response.content.decode())
    assert "False" not in " ".join(texts)
    assert any("Sudah ditindaklanjuti" in text for text in texts)
    assert "Tidak" in texts


def test_report_dates_are_written_the_indonesian_way(admin_client, reports):
    texts, _links = parse(admin_client.get(reverse("group_reports:index")).content.decode())
    months = (
        "Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember"
    )
    # "5 Desember 2026, 15.56": day, Indonesian month, year, and a dot between hours and minutes.
    assert any(re.fullmatch(rf"\d{{1,2}} ({months}) \d{{4}}, \d{{2}}\.\d{{2}}", t) for t in texts)
