"""itin: news articles about diplomatic and leaders' trips as structured, queryable itineraries.

    >>> from itinerary import parse
    >>> trip = parse(open("article.txt").read())      # doctest: +SKIP
    >>> [stop.country for stop in trip.stops]           # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["DatedEvent", "Evidence", "Person", "Stop", "Topic", "Trip", "__version__", "parse"]

if TYPE_CHECKING:
    from itinerary.model import DatedEvent, Evidence, Person, Stop, Topic, Trip
    from itinerary.parse import parse


def __getattr__(name: str) -> Any:
    """Import the parser and model only when they are asked for (keeps `itin --help` fast)."""
    if name == "parse":
        from itinerary.parse import parse

        return parse
    if name in ("DatedEvent", "Evidence", "Person", "Stop", "Topic", "Trip"):
        from itinerary import model

        return getattr(model, name)
    raise AttributeError(name)
