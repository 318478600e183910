"""Compiled patterns kept between runs (parse/patterns.py, and their file in cache.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from itinerary import cache
from itinerary.parse import patterns

_SOURCE = r"\b(?P<verb>visit(?:s|ed)?|tour)\s+(?P<place>[A-Z]\w+)"


@pytest.fixture()
def fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """An empty table and no patterns made or used, as at the start of a run."""
    monkeypatch.setattr(patterns, "_given", {})
    monkeypatch.setattr(patterns, "_made", {})
    monkeypatch.setattr(patterns, "_used", set())


def _same(built: re.Pattern[str], text: str) -> None:
    expected = re.compile(_SOURCE, re.IGNORECASE)
    assert (built.pattern, built.flags, built.groups, built.groupindex) == (
        expected.pattern, expected.flags, expected.groups, expected.groupindex)
    assert [m.groupdict() for m in built.finditer(text)] == [m.groupdict() for m in expected.finditer(text)]


@pytest.mark.usefixtures("fresh")
def test_a_pattern_built_from_its_kept_program_is_the_compiled_pattern() -> None:
    text = "He will VISIT Hanoi, then tour Vientiane; visits Tokyo."
    _same(patterns.compiled(_SOURCE, re.IGNORECASE), text)
    table = patterns.programs()
    assert table is not None and list(table) == [(_SOURCE, int(re.IGNORECASE))]

    patterns._made.clear()
    patterns._used.clear()
    patterns.preload(table)
    _same(patterns.compiled(_SOURCE, re.IGNORECASE), text)
    assert patterns._made == {}  # built from the table, not compiled
    assert patterns.programs() is None  # nothing new to keep


@pytest.mark.usefixtures("fresh")
def test_a_damaged_program_is_compiled_again() -> None:
    patterns.compiled(_SOURCE, re.IGNORECASE)
    flags, code, groups, index, names = patterns._made.pop((_SOURCE, int(re.IGNORECASE)))
    patterns.preload({(_SOURCE, int(re.IGNORECASE)): (flags, code[:-8], groups, index, names)})
    _same(patterns.compiled(_SOURCE, re.IGNORECASE), "visited Paris")
    assert (_SOURCE, int(re.IGNORECASE)) in patterns._made


@pytest.mark.usefixtures("fresh")
def test_the_cache_keeps_the_table_and_gives_it_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ITIN_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("ITIN_NO_CACHE", raising=False)
    patterns.compiled(_SOURCE, re.IGNORECASE)
    cache.store_patterns()
    [kept] = tmp_path.glob("patterns-*.patterns")

    monkeypatch.setattr(patterns, "_given", {})
    cache.load_patterns()
    assert list(patterns._given) == [(_SOURCE, int(re.IGNORECASE))]

    kept.write_bytes(b"not a table")  # unreadable: ignored, nothing preloaded
    monkeypatch.setattr(patterns, "_given", {})
    cache.load_patterns()
    assert patterns._given == {}


@pytest.mark.usefixtures("fresh")
def test_no_cache_keeps_no_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ITIN_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("ITIN_NO_CACHE", "1")
    patterns.compiled(_SOURCE, re.IGNORECASE)
    cache.store_patterns()
    assert list(tmp_path.iterdir()) == []
