import datetime

import pytest

from articles.importing.dates import parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("28 November 2026", datetime.date(2026, 11, 28)),
        ("28 Nov 2026", datetime.date(2026, 11, 28)),
        ("November 28, 2026", datetime.date(2026, 11, 28)),
        ("Nov 28th, 2026", datetime.date(2026, 11, 28)),
        ("2026-11-28", datetime.date(2026, 11, 28)),
        ("28/11/2026", datetime.date(2026, 11, 28)),
        ("17 Agustus 2026", datetime.date(2026, 8, 17)),
        ("17 Agt 2026", datetime.date(2026, 8, 17)),
        ("Sabtu, 3 Mei 2025", datetime.date(2025, 5, 3)),
        ("25 Desember 2025", datetime.date(2025, 12, 25)),
        ("1 Okt. 2024", datetime.date(2024, 10, 1)),
        ("10 Pebruari 2024", datetime.date(2024, 2, 10)),
        ("May 3, 2025 by admin", datetime.date(2025, 5, 3)),
        ("pada  12   Maret   2026  pukul 19.00", datetime.date(2026, 3, 12)),
    ],
)
def test_dates_in_indonesian_and_english_are_read(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text", ["", "kemarin sore", "31 Februari 2026", "28 Brumaire 2026", "2026-13-01", None]
)
def test_unreadable_or_impossible_dates_give_none(text):
    assert parse_date(text) is None
