"""The parser: article text (and an optional publication date) in, a `Trip` out. Pure, no I/O.

`parse` lives in `pipeline.py`; it is imported on first use, so that importing a helper such as
`itinerary.parse.text` does not load every stage (and compile every pattern) of the parser.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["parse"]

if TYPE_CHECKING:
    from itinerary.parse.pipeline import parse


def __getattr__(name: str) -> Any:
    if name == "parse":
        from itinerary.parse.pipeline import parse

        return parse
    raise AttributeError(name)
