"""Shared fixtures: a plain, fixed-width environment, the bundled article, and `run` for the CLI."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from itinerary.sources import bundled_folder

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _plain_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """No colours, no terminal detection, a fixed width: output is the same everywhere."""
    monkeypatch.setenv("_TYPER_FORCE_DISABLE_TERMINAL", "1")
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.setenv("TERMINAL_WIDTH", "120")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("ITIN_NO_CACHE", "1")  # tests of the cache turn it back on
    monkeypatch.setenv("ITIN_TODAY", "2026-11-27")  # a dateline without a year is dated by the day read
    monkeypatch.delenv("FORCE_COLOR", raising=False)


@pytest.fixture(scope="session")
def article_path() -> Path:
    """The bundled article (the only `.txt` in the bundled folder)."""
    paths = sorted(bundled_folder().glob("*.txt"))
    assert len(paths) == 1, paths
    return paths[0]


@pytest.fixture(scope="session")
def article_text(article_path: Path) -> str:
    return article_path.read_text(encoding="utf-8")


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str

    @property
    def lines(self) -> list[str]:
        return self.out.splitlines()

    @property
    def rows(self) -> list[list[str]]:
        """TSV output split into cells."""
        return [line.split("\t") for line in self.out.splitlines()]


Run = Callable[..., Result]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    """Call `itinerary.cli.main(argv)`; `stdin=` bytes feed `--source -`."""
    from itinerary.cli import main

    def _run(*argv: str, stdin: bytes | None = None) -> Result:
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
        capsys.readouterr()
        code = main(list(argv))
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return _run


def one_error_line(result: Result) -> str:
    """The single `itin: ...` line a failing command writes to stderr."""
    lines = result.err.splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].startswith("itin: "), lines[0]
    assert "Traceback" not in result.err
    return lines[0]
