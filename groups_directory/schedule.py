"""Meeting schedules: the choices editors pick from and how a schedule reads in Indonesian.

Kept free of models so the wording ("Setiap Kamis pukul 19.30 WIB") and the iCalendar
recurrence rule can be tested without a database. ``GroupPage.schedule`` builds a
``Schedule`` from its fields.
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.db import models
from django.utils import dateformat
from django.utils.translation import gettext_lazy as _


class Frequency(models.TextChoices):
    WEEKLY = "weekly", _("Setiap minggu")
    BIWEEKLY = "biweekly", _("Dua minggu sekali")
    MONTHLY = "monthly", _("Sebulan sekali pada minggu tertentu")
    IRREGULAR = "irregular", _("Tidak tentu")


class Weekday(models.IntegerChoices):
    # Python's date.weekday() numbering, so dates and choices line up.
    SENIN = 0, "Senin"
    SELASA = 1, "Selasa"
    RABU = 2, "Rabu"
    KAMIS = 3, "Kamis"
    JUMAT = 4, "Jumat"
    SABTU = 5, "Sabtu"
    MINGGU = 6, "Minggu"


class WeekOfMonth(models.IntegerChoices):
    FIRST = 1, _("pertama")
    SECOND = 2, _("kedua")
    THIRD = 3, _("ketiga")
    FOURTH = 4, _("keempat")
    LAST = -1, _("terakhir")


class PlaceType(models.TextChoices):
    ROTATING_HOMES = "rumah_bergilir", _("Rumah anggota bergilir")
    MOSQUE = "masjid", _("Masjid/mushola")
    COMMUNITY_HALL = "balai_warga", _("Balai warga")
    SCHOOL = "sekolah", _("Sekolah")
    ONLINE = "online", _("Daring (online)")
    OTHER = "lainnya", _("Lainnya")


# Province codes (Kemendagri) by time zone. Everything not listed is WIB.
WITA_PROVINCES = {"51", "52", "53", "63", "64", "65", "71", "72", "73", "74", "75", "76"}
WIT_PROVINCES = {"81", "82", "91", "92", "93", "94", "95", "96", "97"}

TIMEZONES = {
    "WIB": "Asia/Jakarta",
    "WITA": "Asia/Makassar",
    "WIT": "Asia/Jayapura",
}

ICAL_DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def zone_for_province(province_code):
    """The Indonesian time zone abbreviation used where a province lies."""
    if province_code in WIT_PROVINCES:
        return "WIT"
    if province_code in WITA_PROVINCES:
        return "WITA"
    return "WIB"


def format_time(value):
    """Indonesian clock notation: 19.30."""
    return f"{value.hour:02d}.{value.minute:02d}"


@dataclass(frozen=True)
class Schedule:
    frequency: str
    weekday: int | None = None
    week_of_month: int | None = None
    start_time: time | None = None
    zone: str = "WIB"

    @property
    def is_regular(self):
        if self.frequency == Frequency.IRREGULAR or self.weekday is None:
            return False
        return self.frequency != Frequency.MONTHLY or self.week_of_month is not None

    @property
    def day_name(self):
        return Weekday(self.weekday).label if self.weekday is not None else ""

    def time_phrase(self):
        if self.start_time is None:
            return ""
        return f" pukul {format_time(self.start_time)} {self.zone}"

    def describe(self):
        """The schedule as one natural Indonesian phrase."""
        if self.frequency == Frequency.IRREGULAR or self.frequency not in Frequency.values:
            return "Jadwal tidak tentu, hubungi pengurus"
        if self.weekday is None:
            fallback = {
                Frequency.WEEKLY: "Seminggu sekali",
                Frequency.BIWEEKLY: "Dua minggu sekali",
                Frequency.MONTHLY: "Sebulan sekali",
            }[self.frequency]
            return fallback + self.time_phrase()
        if self.frequency == Frequency.WEEKLY:
            return f"Setiap {self.day_name}{self.time_phrase()}"
        if self.frequency == Frequency.BIWEEKLY:
            return f"Dua minggu sekali, hari {self.day_name}{self.time_phrase()}"
        if self.week_of_month is None:
            return f"Sebulan sekali, hari {self.day_name}{self.time_phrase()}"
        ordinal = WeekOfMonth(self.week_of_month).label
        if self.weekday == Weekday.MINGGU:
            # "Minggu kedua setiap bulan, hari Minggu" would read twice; say it once.
            return f"Hari Minggu {ordinal} setiap bulan{self.time_phrase()}"
        return f"Minggu {ordinal} setiap bulan, hari {self.day_name}{self.time_phrase()}"

    def __str__(self):
        return self.describe()

    def rrule(self):
        """An iCalendar RRULE as a dict for ``icalendar.vRecur``, or None when irregular."""
        if not self.is_regular:
            return None
        day = ICAL_DAYS[self.weekday]
        if self.frequency == Frequency.WEEKLY:
            return {"FREQ": "WEEKLY", "BYDAY": day}
        if self.frequency == Frequency.BIWEEKLY:
            return {"FREQ": "WEEKLY", "INTERVAL": 2, "BYDAY": day}
        return {"FREQ": "MONTHLY", "BYDAY": f"{self.week_of_month}{day}"}

    def first_occurrence(self, on_or_after):
        """The first meeting date on or after ``on_or_after`` (a date), or None."""
        if not self.is_regular:
            return None
        if self.frequency != Frequency.MONTHLY:
            return on_or_after + timedelta(days=(self.weekday - on_or_after.weekday()) % 7)
        year, month = on_or_after.year, on_or_after.month
        for _step in range(13):
            candidate = self._nth_weekday(year, month)
            if candidate >= on_or_after:
                return candidate
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return None  # pragma: no cover - a matching day exists every month

    def next_meeting(self, now, anchor):
        """The next meeting at or after ``now`` (aware), or None when irregular.

        A datetime in the group's zone when the start time is known, else a date.
        ``anchor`` (a date) fixes which weeks a fortnightly group meets, as the iCalendar
        feed does: its first meeting on or after the anchor, then every 14 days.
        """
        if not self.is_regular:
            return None
        local_now = now.astimezone(ZoneInfo(TIMEZONES[self.zone]))
        today = local_now.date()
        if self.start_time is not None and local_now.time() > self.start_time:
            today += timedelta(days=1)  # today's meeting has begun: the next one is asked for
        if self.frequency == Frequency.BIWEEKLY:
            first = self.first_occurrence(anchor)
            fortnights = max(0, -(-(today - first).days // 14))  # rounded up
            day = first + timedelta(weeks=2 * fortnights)
        else:
            day = self.first_occurrence(today)
        if self.start_time is None:
            return day
        return datetime.combine(day, self.start_time, tzinfo=ZoneInfo(TIMEZONES[self.zone]))

    def describe_meeting(self, moment):
        """A meeting from ``next_meeting`` as readers say it: "Minggu, 6 Desember, 16.00 WIB"."""
        day = dateformat.format(moment, "l, j F")
        if isinstance(moment, datetime):
            return f"{day}, {format_time(moment)} {self.zone}"
        return day

    def _nth_weekday(self, year, month):
        if self.week_of_month == WeekOfMonth.LAST:
            next_month = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
            last = next_month - timedelta(days=1)
            return last - timedelta(days=(last.weekday() - self.weekday) % 7)
        first = date(year, month, 1)
        first_match = first + timedelta(days=(self.weekday - first.weekday()) % 7)
        return first_match + timedelta(weeks=self.week_of_month - 1)
