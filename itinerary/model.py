"""The trip model: frozen dataclasses that the parser returns and everything else reads.

No parsing logic lives here. Every fact carries `Evidence`: the sentence it was read from and that
sentence's character span in the source text, so any row can be traced back.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any


@dataclass(frozen=True, slots=True)
class Evidence:
    """A sentence of the source and its span: `source_text[start:end] == sentence`."""

    sentence: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Quote:
    """Words attributed to a person."""

    text: str
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Stop:
    """One visit to one country, in trip order (1-based). `city` is where the visit begins;
    `cities` are all the cities it takes in, in the order the article gives them."""

    order: int
    country: str
    code: str
    city: str | None = None
    cities: tuple[str, ...] = ()
    when: str | None = None
    dates: tuple[str, ...] = ()
    events: tuple[str, ...] = ()
    companions: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class Person:
    """Someone named in the article."""

    name: str
    aliases: tuple[str, ...] = ()
    role: str | None = None
    affiliation: str | None = None
    affiliation_code: str | None = None
    stops: tuple[int, ...] = ()
    mentions: int = 0
    quotes: tuple[Quote, ...] = ()
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class Topic:
    """An agenda item: an event at a stop, or a theme of the stop or of the whole trip."""

    text: str
    kind: str  # "event" or "theme"
    stop: int | None = None  # order of the stop; None for trip-wide
    country: str | None = None
    evidence: Evidence | None = None


@dataclass(frozen=True, slots=True)
class DatedEvent:
    """Something that happened or will happen on a date and is not a stop (a death, a deal)."""

    text: str
    phrase: str
    dates: tuple[str, ...] = ()
    evidence: Evidence | None = None


@dataclass(frozen=True, slots=True)
class PlanChange:
    """A sentence saying the route changed ("will now begin in X instead of Y")."""

    text: str
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Trip:
    """Everything read from one article."""

    source: str = ""
    traveler: str | None = None
    traveler_role: str | None = None
    travelers: tuple[str, ...] = ()
    published: str | None = None
    published_from: str | None = None
    length_days: int | None = None
    length_text: str | None = None
    nations: int | None = None
    nations_text: str | None = None
    stops: tuple[Stop, ...] = ()
    people: tuple[Person, ...] = ()
    topics: tuple[Topic, ...] = ()
    events: tuple[DatedEvent, ...] = ()
    changes: tuple[PlanChange, ...] = ()
    mentioned: tuple[str, ...] = field(default=())  # countries named that are not stops

    def to_dict(self) -> dict[str, Any]:
        """The whole model as JSON-ready data (tuples become lists, keys are stable)."""
        result = _plain(self)
        assert isinstance(result, dict)
        return result


def _plain(value: Any) -> Any:
    if hasattr(value, "__dataclass_fields__"):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value
