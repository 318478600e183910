"""Folders as streams: --jobs, JSON lines, articles that hold no trip, and table widths."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from itinerary.render import fit_widths, write_json
from tests.conftest import REPO, Run

CORPUS = REPO / "tests" / "corpus"


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Six team articles and a recipe."""
    path = tmp_path_factory.mktemp("articles")
    for article in sorted(CORPUS.glob("*.txt"))[:6]:
        shutil.copy(article, path / article.name)
    (path / "recipe.txt").write_text("Whisk two eggs with sugar. Bake for twenty minutes at 180C.\n")
    return path


def test_jobs_give_the_same_rows_in_the_same_order(run: Run, folder: Path) -> None:
    one = run("stops", "-s", str(folder))
    two = run("stops", "-s", str(folder), "--jobs", "2")
    assert one.code == two.code == 0
    assert one.out == two.out
    assert [r[0] for r in one.rows][:1] == ["01_wang_yi_africa.txt"]


def test_jobs_must_be_positive(run: Run) -> None:
    result = run("stops", "--jobs", "0")
    assert result.code == 2
    assert result.err == ("itin: Invalid value for '--jobs' / '-j': Input should be greater than or "
                          "equal to 1\n")


def test_article_without_trip_is_named_once(run: Run, folder: Path) -> None:
    result = run("stops", "-s", str(folder))
    assert result.code == 0
    assert result.err == "itin: 1 of 7 articles hold no trip: recipe.txt\n"
    assert not any(r[0] == "recipe.txt" for r in result.rows)


def test_trip_jsonl_one_trip_per_line(run: Run, folder: Path) -> None:
    result = run("trip", "-s", str(folder), "--format", "jsonl")
    assert result.code == 0
    trips = [json.loads(line) for line in result.lines]
    assert [t["source"] for t in trips] == sorted(p.name for p in CORPUS.glob("*.txt"))[:6]
    assert trips[0]["stops"][0]["country"] == "Ethiopia"


def test_stops_jsonl(run: Run) -> None:
    rows = [json.loads(line) for line in run("stops", "--format", "jsonl").lines]
    assert [r["country"] for r in rows][:2] == ["Vietnam", "Laos"]
    assert rows[0]["evidence"]


class _CountingStream(io.StringIO):
    flushes = 0

    def flush(self) -> None:
        self.flushes += 1
        super().flush()


def test_json_lines_are_flushed_one_by_one() -> None:
    out = _CountingStream()
    seen: list[int] = []

    def items() -> object:
        for i in range(3):
            seen.append(out.flushes)  # how many lines had been flushed when item i was made
            yield {"n": i}

    assert write_json(out, items(), lines=True) == 3  # type: ignore[arg-type]
    assert seen == [0, 1, 2]
    assert out.getvalue() == '{"n": 0}\n{"n": 1}\n{"n": 2}\n'


@pytest.mark.parametrize(
    ("words", "natural", "wide", "available", "expected"),
    [
        ([1, 7], [1, 7], [False, False], 80, [1, 7]),  # fits: natural widths
        ([2, 8, 5], [2, 8, 60], [False, False, True], 40, [2, 8, 30]),  # free text takes the rest
        ([2, 9, 5], [2, 19, 60], [False, False, True], 30, [2, 9, 19]),  # free text keeps 19 of 20
        ([11, 12], [11, 80], [False, True], 10, [11, 12]),  # no room: longest words, overflow
    ],
)
def test_fit_widths(words: list[int], natural: list[int], wide: list[bool], available: int,
                    expected: list[int]) -> None:
    assert fit_widths(words, natural, wide, available) == expected


def test_a_bug_is_one_line_and_exit_70(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    import itinerary.parse

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(itinerary.parse, "parse", broken)
    result = run("stops")
    assert result.code == 70
    assert result.err == ("itin: internal error (RuntimeError: boom); please report it with the input "
                          "(ITIN_DEBUG=1 shows where)\n")
    monkeypatch.setenv("ITIN_DEBUG", "1")
    with pytest.raises(RuntimeError):
        run("stops")
