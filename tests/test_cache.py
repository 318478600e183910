"""The on-disk cache of parsed trips: hits, misses, and that it can never make `itin` fail."""

from __future__ import annotations

from pathlib import Path

import pytest

import itinerary.parse
from itinerary import cache
from tests.conftest import Run


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("ITIN_NO_CACHE")
    monkeypatch.setenv("ITIN_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("parsed although cached")

    monkeypatch.setattr(itinerary.parse, "parse", refuse)


def test_second_run_reads_the_cache(run: Run, cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = run("stops")
    assert first.code == 0
    assert len(list(cache_dir.glob("*.trip"))) == 1
    _no_parsing(monkeypatch)
    second = run("stops")
    assert (second.code, second.out) == (0, first.out)


def test_another_published_date_is_another_entry(run: Run, cache_dir: Path) -> None:
    assert run("stops").code == 0
    dated = run("stops", "--published", "2024-07-22")
    assert dated.rows[0][4] == "2024-07-25"
    assert len(list(cache_dir.glob("*.trip"))) == 2


def test_damaged_entry_is_a_miss(run: Run, cache_dir: Path) -> None:
    expected = run("stops").out
    [entry] = cache_dir.glob("*.trip")
    entry.write_bytes(b"not a pickle")
    result = run("stops")
    assert (result.code, result.out, result.err) == (0, expected, "")


def test_unusable_cache_folder_is_ignored(run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.delenv("ITIN_NO_CACHE")
    monkeypatch.setenv("ITIN_CACHE_DIR", str(blocker / "cache"))  # a folder inside a file
    result = run("stops")
    assert result.code == 0 and result.err == ""
    assert len(result.rows) == 6


def test_folders_are_not_cached(run: Run, cache_dir: Path, tmp_path: Path, article_text: str) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text(article_text)
    assert run("stops", "-s", str(articles)).code == 0
    assert not cache_dir.exists()


def test_oldest_entries_are_pruned(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from itinerary.model import Trip

    monkeypatch.setattr(cache, "_MAX_ENTRIES", 3)
    for n in range(5):
        cache.store(f"entry{n}", Trip(source=str(n)))
    assert len(list(cache_dir.glob("*.trip"))) == 3
    assert cache.load("entry4") == Trip(source="4")
    assert cache.load("entry0") is None
