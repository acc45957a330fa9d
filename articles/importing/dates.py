"""A small date reader for the dates WordPress themes print, in Indonesian or English.

Handles "28 November 2026", "28 Nov 2026", "Sabtu, 28 November 2026",
"November 28, 2026", "Nov 28th, 2026", "2026-11-28" and "28/11/2026" (day first, as
Indonesians write it). Written by hand because dateutil does not know Indonesian month
names and the locale-dependent strptime("%B") would depend on the server's locales.
"""

import datetime
import re

__all__ = ["MONTHS", "parse_date"]

# Full names and the abbreviations seen in the wild, Indonesian and English, lower case.
MONTHS = {
    "januari": 1,
    "january": 1,
    "jan": 1,
    "februari": 2,
    "pebruari": 2,
    "february": 2,
    "feb": 2,
    "peb": 2,
    "maret": 3,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "may": 5,
    "juni": 6,
    "june": 6,
    "jun": 6,
    "juli": 7,
    "july": 7,
    "jul": 7,
    "agustus": 8,
    "august": 8,
    "agu": 8,
    "agt": 8,
    "ags": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "oktober": 10,
    "october": 10,
    "okt": 10,
    "oct": 10,
    "november": 11,
    "nopember": 11,
    "nov": 11,
    "desember": 12,
    "december": 12,
    "des": 12,
    "dec": 12,
}

_MONTH = r"(?P<month>[a-z]+)\.?"
_YEAR = r"(?P<year>\d{4})"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_PATTERNS = [
    re.compile(rf"\b{_YEAR}-(?P<mon>\d{{1,2}})-(?P<day>\d{{1,2}})\b"),
    re.compile(rf"\b(?P<day>\d{{1,2}})[/.-](?P<mon>\d{{1,2}})[/.-]{_YEAR}\b"),
    re.compile(rf"\b{_DAY}\s+{_MONTH}\s*,?\s+{_YEAR}\b"),
    re.compile(rf"\b{_MONTH}\s+{_DAY}\s*,?\s+{_YEAR}\b"),
]


def parse_date(text):
    """Return the first date found in ``text`` as a ``datetime.date``, or None.

    Impossible dates ("31 Februari 2026") and unknown month words give None rather
    than a guess, so the caller can fall back and say so.
    """
    if not text:
        return None
    lowered = " ".join(text.lower().split())
    for pattern in _PATTERNS:
        for match in pattern.finditer(lowered):
            parts = match.groupdict()
            if parts.get("mon"):
                month = int(parts["mon"])
            else:
                month = MONTHS.get(parts["month"])
                if month is None:
                    continue
            try:
                return datetime.date(int(parts["year"]), month, int(parts["day"]))
            except ValueError:
                continue
    return None
