"""Articles in, parsed trips out: lazily and in order, in this process or in `jobs` worker processes.

Documents are read one at a time and trips are handed on as soon as they are parsed, so a folder of
thousands of articles is a stream: memory stays bounded and the first row is printed early.
"""

from __future__ import annotations

import sys
from collections import deque
from collections.abc import Callable, Iterator
from datetime import date
from typing import TYPE_CHECKING

from itinerary.errors import ItinError
from itinerary.query import Parsed
from itinerary.sources import Document, documents, is_folder

if TYPE_CHECKING:
    from concurrent.futures import Future

    from itinerary.model import Trip

_CHUNK = 8  # documents sent to a worker at once: fewer round trips between processes
_AHEAD = 2  # chunks queued per worker: enough to keep them busy, few enough to bound memory


def parse_all(source: str | None, published: date | None, encoding: str | None,
              jobs: int = 1) -> Iterator[Parsed]:
    """Parse every document of `source` in order; `jobs` > 1 parses in that many processes."""
    today = reading_day()  # gives a year to a dateline that has none (see parse/year.py)
    docs = documents(source, encoding)
    if jobs <= 1:
        cached = source is None or not is_folder(source)  # one article: worth keeping its trip
        for document in docs:
            yield _parse(document, published, today, cached)
        return
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_ignore_interrupts)
    pending: deque[Future[list[Parsed]]] = deque()
    try:
        for chunk in _chunks(docs, _CHUNK):
            pending.append(pool.submit(_parse_chunk, chunk, published, today))
            if len(pending) >= jobs * _AHEAD:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def reading_day() -> date:
    """The day the articles are read: `$ITIN_TODAY` (for runs that must not depend on the clock),
    else today."""
    import os

    value = os.environ.get("ITIN_TODAY")
    if not value:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ItinError(f"ITIN_TODAY must be a date like 2026-11-27, not '{value}'") from None


def _chunks(docs: Iterator[Document], size: int) -> Iterator[list[Document]]:
    """The documents in lists of `size` (the last may be shorter), read as they are needed."""
    chunk: list[Document] = []
    for document in docs:
        chunk.append(document)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _parse_chunk(chunk: list[Document], published: date | None, today: date) -> list[Parsed]:
    """Parse a few documents in a worker: one round trip to the worker for several articles."""
    return [_parse(document, published, today) for document in chunk]


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the main process, which stops them and exits 130 without tracebacks."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _parse(document: Document, published: date | None, today: date, cached: bool = False) -> Parsed:
    """Parse one document; with `cached`, through the on-disk cache of parsed trips."""
    if not cached:
        return Parsed(document.name, _parser()(document.text, published=published, source=document.name,
                                               today=today))
    from itinerary import cache

    name = cache.key(document.text, published, document.name, today)
    trip = cache.load(name)
    if trip is None:
        trip = _parser()(document.text, published=published, source=document.name, today=today)
        cache.store(name, trip)
    return Parsed(document.name, trip)


def _parser() -> Callable[..., Trip]:
    """`parse`. On first use, its patterns are built from those an earlier run kept, and kept for
    the next run when some were compiled anew."""
    if "itinerary.parse.pipeline" not in sys.modules:
        from itinerary import cache

        cache.load_patterns()
        import itinerary.parse.pipeline  # noqa: F401  (compiles, or builds, every pattern)

        cache.store_patterns()
    from itinerary.parse import parse

    return parse
