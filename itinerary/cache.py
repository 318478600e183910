"""A small on-disk cache of parsed trips, so that calling `itin` again on the same article (a script
asking for its stops, then its people, then its agenda) does not parse it again.

Entries are keyed by the article's text, the date given with `--published`, the day it is read (a
dateline without a year is dated by it), and a fingerprint of the parser (its version and the size
and time of its source and data files), so any change to either misses. The cache lives in
`$ITIN_CACHE_DIR`, else `$XDG_CACHE_HOME/itin`, else `~/.cache/itin`; it holds at most
`_MAX_ENTRIES` trips. `ITIN_NO_CACHE=1` turns it off. Every failure to read or write it is silent:
the cache can only make `itin` faster, never make it fail.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import pickle
from datetime import date
from functools import lru_cache
from pathlib import Path

from itinerary import __version__
from itinerary.model import Trip

_MAX_ENTRIES = 256
_SUFFIX = ".trip"
_PATTERNS = ".patterns"


def folder() -> Path | None:
    """Where the cache lives, or None when it is turned off."""
    if os.environ.get("ITIN_NO_CACHE"):
        return None
    if os.environ.get("ITIN_CACHE_DIR"):
        return Path(os.environ["ITIN_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "itin"


def key(text: str, published: date | None, source: str, today: date) -> str:
    """The entry name for an article read with a given anchor date on a given day (a dateline
    without a year is dated by the day it is read: see parse/year.py)."""
    digest = hashlib.sha256()
    for part in (_fingerprint(), published.isoformat() if published else "", source, today.isoformat(), text):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    return digest.hexdigest()[:40]


def load(name: str) -> Trip | None:
    """The cached trip, or None."""
    where = folder()
    if where is None:
        return None
    try:
        with open(where / (name + _SUFFIX), "rb") as cached:
            trip = pickle.load(cached)
    except Exception:  # missing, unreadable, truncated or from another version: a miss
        return None
    return trip if isinstance(trip, Trip) else None


def store(name: str, trip: Trip) -> None:
    """Keep `trip` (atomically: a reader never sees half an entry), pruning the oldest entries."""
    where = folder()
    if where is None:
        return
    import tempfile  # only a miss writes: a repeated call need not import it

    with contextlib.suppress(OSError, pickle.PicklingError):
        where.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=where, prefix=".", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as out:
                pickle.dump(trip, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, where / (name + _SUFFIX))
        finally:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        _prune(where)


def _prune(where: Path) -> None:
    entries = [p for p in where.iterdir() if p.suffix == _SUFFIX]
    if len(entries) <= _MAX_ENTRIES:
        return
    entries.sort(key=lambda p: p.stat().st_mtime_ns)
    for old in entries[: len(entries) - _MAX_ENTRIES]:
        with contextlib.suppress(OSError):
            old.unlink()


def load_patterns() -> None:
    """Give the parser the compiled patterns an earlier run of this interpreter kept (see
    `parse/patterns.py`): a first parse then starts in milliseconds, not a fifth of a second."""
    from itinerary.parse import patterns

    path = _patterns_path()
    if path is None:
        return
    try:
        with open(path, "rb") as kept:
            table = marshal.load(kept)
    except Exception:  # missing, unreadable or truncated: the patterns are compiled as usual
        return
    if isinstance(table, dict):
        patterns.preload(table)


def store_patterns() -> None:
    """Keep the programs of this run's patterns, when it compiled any anew."""
    from itinerary.parse import patterns

    path = _patterns_path()
    table = patterns.programs() if path is not None else None
    if path is None or table is None:
        return
    import tempfile

    with contextlib.suppress(OSError, ValueError):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as out:
                marshal.dump(table, out)
            os.replace(temporary, path)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def _patterns_path() -> Path | None:
    """The file of this interpreter's compiled patterns, or None (no cache, or no usable programs)."""
    from itinerary.parse.patterns import table_tag

    where, tag = folder(), table_tag()
    if where is None or tag is None:
        return None
    return where / f"patterns-{hashlib.sha256(tag.encode()).hexdigest()[:16]}{_PATTERNS}"


@lru_cache(maxsize=1)
def _fingerprint() -> str:
    """The parser's version and the size and modification time of every file it reads."""
    package = Path(__file__).resolve().parent
    files = sorted([*package.glob("parse/*.py"), package / "model.py", *package.glob("data/*")])
    stamps = []
    for path in files:
        with contextlib.suppress(OSError):
            info = path.stat()
            stamps.append(f"{path.name}:{info.st_size}:{info.st_mtime_ns}")
    return __version__ + "|" + "|".join(stamps)
