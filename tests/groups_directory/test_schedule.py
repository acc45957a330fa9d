from datetime import UTC, date, datetime, time

import pytest
from django.utils import translation

from groups_directory.schedule import Frequency, Schedule, WeekOfMonth, zone_for_province


def test_weekly_reads_as_every_day_with_time_and_zone():
    schedule = Schedule(Frequency.WEEKLY, weekday=3, start_time=time(19, 30), zone="WIB")
    assert schedule.describe() == "Setiap Kamis pukul 19.30 WIB"


def test_biweekly_names_the_day():
    schedule = Schedule(Frequency.BIWEEKLY, weekday=5, start_time=time(8, 0), zone="WITA")
    assert schedule.describe() == "Dua minggu sekali, hari Sabtu pukul 08.00 WITA"


@pytest.mark.parametrize(
    ("week", "ordinal"),
    [(1, "pertama"), (2, "kedua"), (3, "ketiga"), (4, "keempat"), (-1, "terakhir")],
)
def test_monthly_names_the_week_of_the_month(week, ordinal):
    schedule = Schedule(Frequency.MONTHLY, weekday=3, week_of_month=week, start_time=time(19, 30))
    assert schedule.describe() == f"Minggu {ordinal} setiap bulan, hari Kamis pukul 19.30 WIB"


def test_monthly_on_sunday_does_not_repeat_minggu():
    schedule = Schedule(Frequency.MONTHLY, weekday=6, week_of_month=2)
    assert schedule.describe() == "Hari Minggu kedua setiap bulan"


def test_irregular_says_so_and_has_no_recurrence():
    schedule = Schedule(Frequency.IRREGULAR, weekday=3, start_time=time(10, 0))
    assert schedule.describe() == "Jadwal tidak tentu, hubungi pengurus"
    assert schedule.rrule() is None
    assert schedule.first_occurrence(date(2026, 1, 1)) is None


def test_missing_time_is_left_out():
    assert Schedule(Frequency.WEEKLY, weekday=0).describe() == "Setiap Senin"


def test_missing_day_falls_back_to_frequency_only():
    assert Schedule(Frequency.WEEKLY, start_time=time(7, 0)).describe() == (
        "Seminggu sekali pukul 07.00 WIB"
    )
    assert Schedule(Frequency.MONTHLY).describe() == "Sebulan sekali"


@pytest.mark.parametrize(
    ("province", "zone"),
    [("31", "WIB"), ("61", "WIB"), ("51", "WITA"), ("73", "WITA"), ("81", "WIT"), ("94", "WIT")],
)
def test_time_zone_follows_the_province(province, zone):
    assert zone_for_province(province) == zone


@pytest.mark.parametrize(
    ("frequency", "week", "expected"),
    [
        (Frequency.WEEKLY, None, {"FREQ": "WEEKLY", "BYDAY": "TH"}),
        (Frequency.BIWEEKLY, None, {"FREQ": "WEEKLY", "INTERVAL": 2, "BYDAY": "TH"}),
        (Frequency.MONTHLY, 2, {"FREQ": "MONTHLY", "BYDAY": "2TH"}),
        (Frequency.MONTHLY, WeekOfMonth.LAST, {"FREQ": "MONTHLY", "BYDAY": "-1TH"}),
    ],
)
def test_rrule_for_each_regular_frequency(frequency, week, expected):
    assert Schedule(frequency, weekday=3, week_of_month=week).rrule() == expected


def test_first_occurrence_weekly_and_monthly():
    # 2026-11-28 is a Saturday.
    start = date(2026, 11, 28)
    assert Schedule(Frequency.WEEKLY, weekday=3).first_occurrence(start) == date(2026, 12, 3)
    assert Schedule(Frequency.WEEKLY, weekday=5).first_occurrence(start) == start
    second_thursday = Schedule(Frequency.MONTHLY, weekday=3, week_of_month=2)
    assert second_thursday.first_occurrence(start) == date(2026, 12, 10)
    last_friday = Schedule(Frequency.MONTHLY, weekday=4, week_of_month=-1)
    assert last_friday.first_occurrence(date(2026, 11, 1)) == date(2026, 11, 27)
    assert last_friday.first_occurrence(start) == date(2026, 12, 25)


# Saturday 5 December 2026, 15.00 in Jakarta (08.00 UTC).
NOW = datetime(2026, 12, 5, 8, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("schedule", "anchor", "expected"),
    [
        # Weekly on Sunday at 16.00: tomorrow.
        (
            Schedule(Frequency.WEEKLY, weekday=6, start_time=time(16, 0)),
            date(2026, 1, 1),
            "Minggu, 6 Desember, 16.00 WIB",
        ),
        # Weekly on Saturday at 14.00: today's has begun, so next Saturday.
        (
            Schedule(Frequency.WEEKLY, weekday=5, start_time=time(14, 0)),
            date(2026, 1, 1),
            "Sabtu, 12 Desember, 14.00 WIB",
        ),
        # Same clock time in Makassar (WITA) is already 16.00 there: begun too.
        (
            Schedule(Frequency.WEEKLY, weekday=5, start_time=time(15, 30), zone="WITA"),
            date(2026, 1, 1),
            "Sabtu, 12 Desember, 15.30 WITA",
        ),
        # Saturday at 19.30: still to come today.
        (
            Schedule(Frequency.WEEKLY, weekday=5, start_time=time(19, 30)),
            date(2026, 1, 1),
            "Sabtu, 5 Desember, 19.30 WIB",
        ),
        # Fortnightly on Monday, counted from a first meeting on Monday 23 November.
        (
            Schedule(Frequency.BIWEEKLY, weekday=0, start_time=time(19, 0)),
            date(2026, 11, 23),
            "Senin, 7 Desember, 19.00 WIB",
        ),
        (
            Schedule(Frequency.BIWEEKLY, weekday=0, start_time=time(19, 0)),
            date(2026, 11, 30),
            "Senin, 14 Desember, 19.00 WIB",
        ),
        # Second Thursday of the month (10 December); no start time: the day only.
        (
            Schedule(Frequency.MONTHLY, weekday=3, week_of_month=WeekOfMonth.SECOND),
            date(2026, 1, 1),
            "Kamis, 10 Desember",
        ),
        # First Thursday was 3 December: next is 7 January.
        (
            Schedule(Frequency.MONTHLY, weekday=3, week_of_month=1, start_time=time(9, 0)),
            date(2026, 1, 1),
            "Kamis, 7 Januari, 09.00 WIB",
        ),
    ],
)
def test_next_meeting_reads_as_a_day_and_time(schedule, anchor, expected):
    with translation.override("id"):
        assert schedule.describe_meeting(schedule.next_meeting(NOW, anchor)) == expected


def test_irregular_groups_have_no_next_meeting():
    assert Schedule(Frequency.IRREGULAR).next_meeting(NOW, date(2026, 1, 1)) is None
