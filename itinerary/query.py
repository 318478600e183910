"""Filters over parsed trips, and the rows each command shows. No printing here."""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
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


@dataclass(slots=True)
class Tally:
    """What the trips of a run held, for the errors and hints given after their rows are printed."""

    sources: int = 0
    first_source: str = ""
    stop_names: dict[str, str] = field(default_factory=dict)  # code -> name, in trip order
    mentioned: set[str] = field(default_factory=set)
    people: dict[str, Person] = field(default_factory=dict)  # first of each name
    unresolved: list[str] = field(default_factory=list)  # time phrases left undated (no anchor)
    empty: list[str] = field(default_factory=list)  # articles in which no stop was found

    def add(self, parsed: Parsed) -> Parsed:
        """Count one trip; returns it, so that `map(tally.add, trips)` streams."""
        trip = parsed.trip
        self.sources += 1
        self.first_source = self.first_source or parsed.source
        if not trip.stops:
            self.empty.append(parsed.source)
            return parsed
        for stop in trip.stops:
            self.stop_names.setdefault(stop.code, stop.country)
        self.mentioned.update(trip.mentioned)
        for person in trip.people:
            self.people.setdefault(person.name, person)
        if trip.published is None:  # without it, only phrases with a day number may be dated
            phrases = [s.when for s in trip.stops if s.when and not s.dates] + [
                e.phrase for e in trip.events if not e.dates]
            self.unresolved.extend(p for p in phrases if p not in self.unresolved)
        return parsed

    def require_stops(self) -> None:
        """Exit 1 when no article of the run held a trip."""
        if self.stop_names:
            return
        where = self.first_source if self.sources == 1 else f"any of {self.sources} articles"
        raise ItinError(f"no trip found in {where}: no stops could be read", Exit.NOT_FOUND)

    def listing(self, most: int = 12) -> str:
        """The stop countries seen, for error messages ("Vietnam, Laos, ... and 40 more")."""
        names = list(self.stop_names.values())
        if len(names) > most:
            return ", ".join(names[:most]) + f" and {len(names) - most} more"
        return ", ".join(names) or "none"


@dataclass(frozen=True, slots=True)
class CountryFilter:
    """A `--country` value and the country it names (None when the gazetteer knows no such place)."""

    query: str
    code: str | None
    name: str | None

    def admits(self, code: str | None) -> bool:
        return code is not None and code == self.code


def country_filter(query: str) -> CountryFilter:
    """Read `--country` (a country in any usual form, a demonym or a city)."""
    from itinerary.parse.places import gazetteer

    found = gazetteer().find_country(query)
    return CountryFilter(query, found.code if found else None, found.name if found else None)


def check_country(wanted: CountryFilter, tally: Tally) -> None:
    """Exit 1 when `--country` names no stop of the run, listing the stops there are."""
    listing = tally.listing()
    if wanted.code is None:
        names = list(tally.stop_names.values())
        raise ItinError(
            f"no country or city called '{wanted.query}'{_suggest(wanted.query, names)}; stops: {listing}",
            Exit.NOT_FOUND,
        )
    if wanted.code not in tally.stop_names:
        what = "is mentioned but is not a stop" if wanted.name in tally.mentioned else "is not a stop"
        raise ItinError(f"{wanted.name} {what}; stops: {listing}", Exit.NOT_FOUND)


def stop_rows(parsed: Parsed, wanted: CountryFilter | None) -> list[dict[str, Any]]:
    """One row per stop, in trip order."""
    return [_stop_row(parsed.source, stop) for stop in parsed.trip.stops
            if wanted is None or wanted.admits(stop.code)]


def _stop_row(source: str, stop: Stop) -> dict[str, Any]:
    return {
        "source": source,
        "order": stop.order,
        "country": stop.country,
        "code": stop.code,
        "city": stop.city,
        "cities": list(stop.cities),
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


def people_rows(parsed: Parsed, query: str | None) -> list[dict[str, Any]]:
    """A trip's people, or those matching `query`, as rows."""
    return [person_row(parsed.source, person, parsed.trip) for person in parsed.trip.people
            if query is None or matches_person(person, query)]


def check_person(query: str, tally: Tally) -> None:
    """Exit 1 when nobody of the run matches `query`, with close names."""
    names = list(tally.people)
    if any(matches_person(person, query) for person in tally.people.values()):
        return
    listing = ", ".join(names) if names else "nobody"
    raise ItinError(f"nobody called '{query}'{_suggest(query, names)}; people: {listing}",
                    Exit.NOT_FOUND)


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


def topic_rows(parsed: Parsed, wanted: CountryFilter | None, person: str | None) -> list[dict[str, Any]]:
    """Agenda items of a trip, optionally of one stop's country and/or naming one person."""
    trip = parsed.trip
    code_of = {s.order: s.code for s in trip.stops}
    people = [p for p in trip.people if person is None or matches_person(p, person)]
    return [
        _topic_row(parsed.source, topic)
        for topic in trip.topics
        if (wanted is None or wanted.admits(code_of.get(topic.stop or 0)))
        and (person is None or any(_mentions(topic, p) for p in people))
    ]


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
    """ "Hanoi → Laos → Tokyo": the cities of each stop where named, else the country."""
    return " → ".join(place for s in trip.stops for place in (s.cities or (s.country,)))


def agenda_rows(parsed: Parsed, wanted: CountryFilter | None) -> list[dict[str, Any]]:
    """Day by day: a row per date of each stop and of each dated event; undated stops with `date` None.

    Rows come in trip order; `sort_agenda` puts a whole run in date order.
    """
    rows: list[dict[str, Any]] = []
    for stop in parsed.trip.stops:
        if wanted is not None and not wanted.admits(stop.code):
            continue
        base = _stop_row(parsed.source, stop)
        for day in stop.dates or (None,):
            rows.append({**base, "date": day, "weekday": _weekday(day), "kind": "stop",
                         "place": ", ".join(x for x in (stop.city, stop.country) if x)})
    if wanted is None:
        for event in parsed.trip.events:
            evidence = _evidence([event.evidence] if event.evidence else [])
            for day in event.dates:
                rows.append({"source": parsed.source, "date": day, "weekday": _weekday(day),
                             "kind": "event", "order": None, "country": None, "code": None,
                             "city": None, "place": "", "when": event.phrase, "events": [event.text],
                             "companions": [], "evidence": evidence})
    return rows


def sort_agenda(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Dated rows by date (stops before events on a day, then trip order); undated stops last."""
    dated = [r for r in rows if r["date"]]
    undated = [r for r in rows if not r["date"]]
    dated.sort(key=lambda r: (r["date"], r["kind"] != "stop", r["source"], r["order"] or 0))
    return dated + undated


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _weekday(day: str | None) -> str | None:
    """The English weekday of an ISO date, whatever the locale."""
    return _WEEKDAYS[date.fromisoformat(day).weekday()] if day else None
