"""Filters over parsed trips, and the rows each command shows. No printing here."""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from itinerary.errors import Exit, ItinError
from itinerary.model import Evidence, Person, Stop, Topic, Trip
from itinerary.parse.text import fold


@dataclass(frozen=True, slots=True)
class Parsed:
    """A trip and the name of the document it came from."""

    source: str
    trip: Trip


def _evidence(items: Sequence[Evidence]) -> list[dict[str, Any]]:
    return [{"sentence": e.sentence, "start": e.start, "end": e.end} for e in items]


def _suggest(query: str, names: Sequence[str]) -> str:
    close = difflib.get_close_matches(query, list(names), n=3, cutoff=0.5)
    if not close:
        folded = {fold(n): n for n in names}
        close = [folded[f] for f in difflib.get_close_matches(fold(query), list(folded), n=3,
                                                               cutoff=0.5)]
    return f"; did you mean {', '.join(close)}?" if close else ""


def stop_codes(trips: Sequence[Parsed], country: str) -> set[str]:
    """Country codes that `--country` selects; exit 1 with the stops listed when it is not a stop."""
    from itinerary.parse.places import gazetteer

    found = gazetteer().find_country(country)
    stops = [s for p in trips for s in p.trip.stops]
    names = list(dict.fromkeys(s.country for s in stops))
    listing = ", ".join(names) if names else "none"
    if found is None:
        raise ItinError(
            f"no country or city called '{country}'{_suggest(country, names)}; stops: {listing}",
            Exit.NOT_FOUND,
        )
    if found.code not in {s.code for s in stops}:
        mentioned = any(found.name in p.trip.mentioned for p in trips)
        what = "is mentioned but is not a stop" if mentioned else "is not a stop"
        raise ItinError(f"{found.name} {what}; stops: {listing}", Exit.NOT_FOUND)
    return {found.code}


def stop_rows(trips: Sequence[Parsed], codes: set[str] | None) -> list[dict[str, Any]]:
    """One row per stop, in trip order."""
    return [
        _stop_row(p.source, stop)
        for p in trips
        for stop in p.trip.stops
        if codes is None or stop.code in codes
    ]


def _stop_row(source: str, stop: Stop) -> dict[str, Any]:
    return {
        "source": source,
        "order": stop.order,
        "country": stop.country,
        "code": stop.code,
        "city": stop.city,
        "when": stop.when,
        "dates": list(stop.dates),
        "events": list(stop.events),
        "companions": list(stop.companions),
        "evidence": _evidence(stop.evidence),
    }


def matches_person(person: Person, query: str) -> bool:
    """Any part of a name or alias, case- and accent-insensitive ("blinken", "nguyen phu trong")."""
    wanted = fold(query).split()
    if not wanted:
        return False
    for name in (person.name, *person.aliases):
        words = fold(name).split()
        if all(any(w == x or x.startswith(w) for x in words) for w in wanted):
            return True
    return False


def find_people(trips: Sequence[Parsed], query: str) -> list[tuple[str, Person]]:
    """People matching `query`; exit 1 with close names when nobody does."""
    found = [(p.source, person) for p in trips for person in p.trip.people
             if matches_person(person, query)]
    if not found:
        names = list(dict.fromkeys(person.name for p in trips for person in p.trip.people))
        listing = ", ".join(names) if names else "nobody"
        raise ItinError(f"nobody called '{query}'{_suggest(query, names)}; people: {listing}",
                        Exit.NOT_FOUND)
    return found


def person_row(source: str, person: Person, trip: Trip) -> dict[str, Any]:
    """A person as a row: where they appear is given by stop country names."""
    by_order = {s.order: s.country for s in trip.stops}
    return {
        "source": source,
        "name": person.name,
        "role": person.role,
        "affiliation": person.affiliation,
        "stops": [by_order[o] for o in person.stops if o in by_order],
        "mentions": person.mentions,
        "aliases": list(person.aliases),
        "quotes": [q.text for q in person.quotes],
        "evidence": _evidence(person.evidence),
    }


def topic_rows(
    trips: Sequence[Parsed], codes: set[str] | None, person: str | None
) -> list[dict[str, Any]]:
    """Agenda items, optionally of one stop's country and/or naming one person."""
    rows: list[dict[str, Any]] = []
    for parsed in trips:
        trip = parsed.trip
        code_of = {s.order: s.code for s in trip.stops}
        people = [p for p in trip.people if person is None or matches_person(p, person)]
        for topic in trip.topics:
            if codes is not None and code_of.get(topic.stop or 0) not in codes:
                continue
            if person is not None and not any(_mentions(topic, p) for p in people):
                continue
            rows.append(_topic_row(parsed.source, topic))
    return rows


def _mentions(topic: Topic, person: Person) -> bool:
    sentence = fold(topic.evidence.sentence) if topic.evidence else ""
    return any(fold(name) in sentence for name in (person.name, *person.aliases)) or any(
        e == topic.evidence for e in person.evidence
    )


def _topic_row(source: str, topic: Topic) -> dict[str, Any]:
    return {
        "source": source,
        "stop": topic.stop,
        "country": topic.country,
        "kind": topic.kind,
        "topic": topic.text,
        "evidence": _evidence([topic.evidence] if topic.evidence else []),
    }


def route(trip: Trip) -> str:
    """ "Hanoi → Laos → Tokyo": the city of each stop where named, else the country."""
    return " → ".join(s.city or s.country for s in trip.stops)
