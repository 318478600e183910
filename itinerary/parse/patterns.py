"""The parser's patterns, compiled from a table of programs when one is given.

Compiling the parser's few hundred long patterns is most of the time of a first parse (about 200
ms of `re`'s pure-Python parser and compiler, against 5 ms to build the same patterns from their
compiled programs). `compiled` is `re.compile`; it also records each pattern's program, and, for a
pattern in the table given to `preload`, builds it from that program instead of compiling it again.
The caller keeps the table between runs (see `itinerary.cache`); this module does no I/O.

A program is only valid for the interpreter that made it: `table_tag` names the interpreter, and a
table is kept under that name. On an interpreter whose `re` internals differ, `compiled` is plain
`re.compile` and the table stays empty.
"""

from __future__ import annotations

import re
import sys
from array import array
from typing import Any

try:  # CPython's own: the pattern parser, code generator and engine behind re.compile
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]

    _TAG: str | None = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}-{sys.version}"
except (ImportError, AttributeError):  # pragma: no cover - another implementation
    _TAG = None

# (pattern, flags) -> (flags, program as array("I") bytes, groups, group index, index group)
Program = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_given: dict[tuple[str, int], Program] = {}
_made: dict[tuple[str, int], Program] = {}
_used: set[tuple[str, int]] = set()


def table_tag() -> str | None:
    """The name of this interpreter's programs (None when they cannot be used)."""
    return _TAG


def preload(table: dict[tuple[str, int], Program]) -> None:
    """Programs from an earlier run of this interpreter (`table_tag`), to build patterns from."""
    if _TAG is not None:
        _given.update(table)


def programs() -> dict[tuple[str, int], Program] | None:
    """Every program this run used, to keep for the next; None when it built none anew (the table
    it was given holds them all)."""
    if all(key in _given for key in _made):  # made before `preload` was called, but kept already
        return None
    return {key: _given.get(key) or _made[key] for key in _used}


def compiled(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, from its program when the preloaded table has it."""
    if _TAG is None:
        return re.compile(pattern, flags)
    key = (pattern, int(flags))
    _used.add(key)
    program = _given.get(key)
    if program is not None:
        try:
            return _build(pattern, program)
        except Exception:  # a damaged table: compile as usual
            del _given[key]
    parsed = _parser.parse(pattern, int(flags))
    code = _compiler._code(parsed, int(flags))
    groups: dict[str, int] = dict(parsed.state.groupdict)
    names: list[str | None] = [None] * parsed.state.groups
    for name, index in groups.items():
        names[index] = name
    program = (int(flags) | int(parsed.state.flags), array("I", code).tobytes(), parsed.state.groups - 1,
               groups, tuple(names))
    _made[key] = program
    return _build(pattern, program)


def _build(pattern: str, program: Program) -> re.Pattern[str]:
    flags, code, groups, index, names = program
    words = array("I")
    words.frombytes(code)
    built: Any = _sre.compile(pattern, flags, words.tolist(), groups, index, names)
    return built  # type: ignore[no-any-return]
