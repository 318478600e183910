"""Very long input read in windows, so that memory stays bounded whatever the size.

A news article is a few kilobytes; a text of megabytes is a dump, a concatenation or an attack.
It is cut at paragraph (else sentence) ends into windows of at most `WINDOW` characters, each
window is parsed on its own with the date of the whole text, and the trips are merged: stops by
country in order of first appearance, people by name, topics and dated events without repeats.
Each merged fact keeps at most `MAX_EVIDENCE` source sentences, so the result stays small too.
Evidence offsets are shifted to point into the whole text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from typing import TypeVar

from itinerary.model import DatedEvent, Evidence, Person, PlanChange, Quote, Stop, Topic, Trip

WINDOW = 500_000  # characters
MAX_EVIDENCE = 20
_CUTS = ("\n\n", "\n", ". ", " ")


def windows(text: str, size: int | None = None) -> Iterator[tuple[int, str]]:
    """(offset, piece) of `text` cut into pieces of at most `size` (default `WINDOW`) characters,
    at the last paragraph, line, sentence or word end before the limit where there is one."""
    size = size or WINDOW
    start = 0
    while start < len(text):
        end = min(start + size, len(text))
        if end < len(text):
            for cut in _CUTS:
                found = text.rfind(cut, start + size // 2, end)
                if found != -1:
                    end = found + len(cut)
                    break
        yield start, text[start:end]
        start = end


def parse_in_windows(text: str, parse: Callable[..., Trip], published: date | None,
                     source: str, today: date | None = None) -> Trip:
    """Parse `text` window by window with `parse` (the one-window parser) and merge the trips."""
    merged = _Merge()
    for offset, piece in windows(text):
        trip = parse(piece, published=published, source=source, today=today)
        if published is None and trip.published is not None:
            published = date.fromisoformat(trip.published)  # the first window's date is the text's
        merged.add(trip, offset)
    return merged.trip(source)


class _Merge:
    """Trips of consecutive windows folded into one."""

    def __init__(self) -> None:
        self.first: Trip | None = None
        self.stops: dict[str, Stop] = {}
        self.people: dict[str, Person] = {}
        self.topics: dict[tuple[str | None, str, str], Topic] = {}
        self.events: dict[tuple[str, tuple[str, ...]], DatedEvent] = {}
        self.changes: dict[str, PlanChange] = {}
        self.mentioned: dict[str, None] = {}
        self.travelers: dict[str, None] = {}
        self.person_stops: dict[str, tuple[str, ...]] = {}  # person -> stop countries

    def add(self, trip: Trip, offset: int) -> None:
        self.first = self.first or trip
        self.travelers.update(dict.fromkeys(trip.travelers))
        self.mentioned.update(dict.fromkeys(trip.mentioned))
        code_of = {s.order: s.code for s in trip.stops}
        for stop in trip.stops:
            stop = replace(stop, evidence=_shift(stop.evidence, offset))
            old = self.stops.get(stop.code)
            self.stops[stop.code] = replace(stop, evidence=_cap(stop.evidence)) if old is None else replace(
                old, city=old.city or stop.city, cities=_union(old.cities, stop.cities),
                when=old.when or stop.when,
                dates=old.dates or stop.dates, events=_union(old.events, stop.events),
                companions=_union(old.companions, stop.companions),
                evidence=_cap(old.evidence + stop.evidence))
        for person in trip.people:
            codes = tuple(code_of[o] for o in person.stops if o in code_of)
            person = replace(person, evidence=_shift(person.evidence, offset),
                             quotes=tuple(Quote(q.text, _shift((q.evidence,), offset)[0])
                                          for q in person.quotes))
            self.person_stops[person.name] = _union(self.person_stops.get(person.name, ()), codes)
            old_person = self.people.get(person.name)
            self.people[person.name] = replace(
                person, evidence=_cap(person.evidence), quotes=_cap(person.quotes)
            ) if old_person is None else replace(
                old_person, aliases=_union(old_person.aliases, person.aliases),
                role=old_person.role or person.role,
                affiliation=old_person.affiliation or person.affiliation,
                affiliation_code=old_person.affiliation_code or person.affiliation_code,
                mentions=old_person.mentions + person.mentions,
                quotes=_cap(_union(old_person.quotes, person.quotes)),
                evidence=_cap(old_person.evidence + person.evidence))
        for topic in trip.topics:
            code = code_of.get(topic.stop or 0)
            key = (code, topic.kind, topic.text)
            if key not in self.topics:
                evidence = _shift((topic.evidence,), offset)[0] if topic.evidence else None
                self.topics[key] = replace(topic, stop=None, evidence=evidence)
        for event in trip.events:
            if (event.text, event.dates) not in self.events:
                evidence = _shift((event.evidence,), offset)[0] if event.evidence else None
                self.events[(event.text, event.dates)] = replace(event, evidence=evidence)
        for change in trip.changes:
            self.changes.setdefault(change.text, replace(change, evidence=_shift((change.evidence,),
                                                                                  offset)[0]))

    def trip(self, source: str) -> Trip:
        first = self.first or Trip(source=source)
        order = {code: n for n, code in enumerate(self.stops, start=1)}
        stops = tuple(replace(stop, order=order[stop.code]) for stop in self.stops.values())
        people = tuple(replace(p, stops=tuple(sorted(order[c] for c in self.person_stops[p.name])))
                       for p in self.people.values())
        topics = tuple(replace(t, stop=order.get(code) if code else None)
                       for (code, _, _), t in self.topics.items())
        names = {s.country for s in stops}
        return replace(
            first, source=source, travelers=tuple(self.travelers), stops=stops, people=people,
            topics=tuple(sorted(topics, key=lambda t: t.stop or 0)),
            events=tuple(self.events.values()), changes=tuple(self.changes.values()),
            mentioned=tuple(m for m in self.mentioned if m not in names),
        )


def _shift(evidence: tuple[Evidence, ...], offset: int) -> tuple[Evidence, ...]:
    return tuple(Evidence(e.sentence, e.start + offset, e.end + offset) for e in evidence)


T = TypeVar("T")


def _union(a: tuple[T, ...], b: tuple[T, ...]) -> tuple[T, ...]:
    return tuple(dict.fromkeys((*a, *b)))


def _cap(items: tuple[T, ...]) -> tuple[T, ...]:
    return items[:MAX_EVIDENCE]
