"""Machine-readable views of the directory: an iCalendar feed per group, GeoJSON for the map."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.http import HttpResponse, JsonResponse
from icalendar import Calendar, Event, vRecur

from .directory import GroupDirectoryFilter
from .schedule import TIMEZONES

MEETING_LENGTH = timedelta(hours=2)
ZONE_NOTES = {
    "WIB": "Waktu Indonesia Barat (WIB), UTC+7, tanpa waktu musim panas",
    "WITA": "Waktu Indonesia Tengah (WITA), UTC+8, tanpa waktu musim panas",
    "WIT": "Waktu Indonesia Timur (WIT), UTC+9, tanpa waktu musim panas",
}
# A map of every group would be unreadable long before this.
GEOJSON_LIMIT = 2000


def group_ics(page, request):
    """One recurring event for the group's regular meeting (none when irregular)."""
    calendar = Calendar()
    calendar.add("prodid", "-//Guyub//Direktori Kelompok//ID")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", page.title)
    schedule = page.schedule
    first = schedule.first_occurrence(page.schedule_anchor)
    if first is not None:
        zone = ZoneInfo(TIMEZONES[schedule.zone])
        start_time = page.schedule_start_time
        event = Event()
        event.add("uid", f"kelompok-{page.pk}@guyub")
        event.add("summary", page.title)
        page_url = page.get_full_url(request)
        event.add("description", f"{schedule.describe()}\n{page_url}")
        event.add("url", page_url)
        if start_time is None:
            event.add("dtstart", first)
        else:
            start = datetime.combine(first, start_time, tzinfo=zone)
            event.add("dtstart", start)
            event.add("dtend", start + MEETING_LENGTH)
        event.add("rrule", vRecur(schedule.rrule()))
        location = page.public_address or page.area_label
        if location:
            event.add("location", location)
        event.add("dtstamp", page.last_updated_at)
        calendar.add_component(event)
    calendar.add_missing_timezones()
    for zone_component in calendar.timezones:
        # icalendar notes the span it computed in English; calendar apps show the note to
        # people, so it says in Indonesian which zone this is.
        zone_component.pop("COMMENT", None)
        zone_component.add("comment", ZONE_NOTES[schedule.zone])
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    # A download, so phones hand the file to the calendar app instead of showing its text.
    response["Content-Disposition"] = f'attachment; filename="{page.slug}.ics"'
    return response


def directory_geojson(directory, request):
    """The filtered groups that have coordinates, as a GeoJSON FeatureCollection.

    Coordinates come from ``GroupPage.public_coordinates`` (rounded when the organiser
    shows only the area) and no street address leaves the server for those groups.
    """
    group_filter = GroupDirectoryFilter(directory, request.GET)
    groups = group_filter.results().filter(latitude__isnull=False, longitude__isnull=False)
    features = []
    for group in groups[:GEOJSON_LIMIT]:
        lat, lng = group.public_coordinates
        properties = {
            "name": group.title,
            "url": group.get_url(request),
            "category": group.category.name if group.category else "",
            "area": group.area_label,
            "schedule": group.schedule.describe(),
        }
        if group.public_address:
            properties["address"] = group.public_address
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [lng, lat]},
                "properties": properties,
            }
        )
    return JsonResponse(
        {"type": "FeatureCollection", "features": features},
        content_type="application/geo+json",
    )
