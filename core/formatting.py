"""Formatting shared by Python code and templates (``core_tags`` registers it as filters)."""

import datetime

from django.utils import formats, timezone, translation


def tanggal(value, format_name="DATE_FORMAT"):
    """Format a date the Indonesian way ("28 November 2026") whatever language the
    visitor's browser asks for: article text is Indonesian, so its dates are too.
    """
    if not value:
        return ""
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    with translation.override("id"):
        return formats.date_format(value, format_name)
