from datetime import date, time

import pytest

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
