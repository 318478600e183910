"""Trips as an RFC 5545 calendar (through the `icalendar` library): one all-day event per dated stop
and per dated event.

UIDs are derived from what identifies an item, not from its dates or wording details: the traveller,
the article's anchor date, and the stop's country and occurrence (or the event's text). Importing an
updated export of the same article into a calendar therefore updates its events instead of adding
copies.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable
from datetime import date, datetime, timedelta

from icalendar import Calendar, Event

from itinerary.model import Evidence, Trip

PRODID = "-//itin//itinerary explorer//EN"
_UID_DOMAIN = "itin.invalid"


def calendar(trips: Iterable[Trip], stamp: datetime) -> tuple[bytes, int]:
    """The calendar of every dated stop and event, and how many events it holds.

    `stamp` is the DTSTAMP of each event (when the calendar was made; pass a UTC datetime).
    """
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    count = 0
    for trip in trips:
        who = trip.traveler or "Trip"
        seen: Counter[str] = Counter()
        for stop in trip.stops:
            seen[stop.code] += 1
            if not stop.dates:
                continue
            place = ", ".join(x for x in (stop.city, stop.country) if x)
            lines = [f"Stop {stop.order} of {len(trip.stops)}: {place}."]
            lines += [f"- {e}" for e in stop.events]
            if stop.companions:
                lines.append("With " + ", ".join(stop.companions) + ".")
            event = _event(_uid(trip, "stop", stop.code, str(seen[stop.code])),
                           f"{who} in {place}", stop.dates, stamp, lines, stop.evidence)
            event.add("location", place)
            cal.add_component(event)
            count += 1
        for dated in trip.events:
            if not dated.dates:
                continue
            evidence = (dated.evidence,) if dated.evidence else ()
            event = _event(_uid(trip, "event", dated.text), dated.text, dated.dates, stamp,
                           [f"Context of {who}'s trip ({dated.phrase})."], evidence)
            cal.add_component(event)
            count += 1
    return cal.to_ical(), count


def _event(uid: str, summary: str, dates: tuple[str, ...], stamp: datetime,
           lines: list[str], evidence: tuple[Evidence, ...]) -> Event:
    days = sorted(date.fromisoformat(d) for d in dates)
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("summary", summary)
    event.add("dtstart", days[0])
    event.add("dtend", days[-1] + timedelta(days=1))  # all-day: DTEND is exclusive
    sources = [f"Source: “{e.sentence}”" for e in evidence]
    event.add("description", "\n".join(lines + sources))
    return event


def _uid(trip: Trip, *parts: str) -> str:
    key = "\x1f".join((trip.traveler or trip.source, trip.published or "", *parts))
    return f"{hashlib.sha256(key.encode()).hexdigest()[:32]}@{_UID_DOMAIN}"
