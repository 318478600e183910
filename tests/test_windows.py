"""Long input read in windows (parse/windows.py): same trip, valid evidence, bounded memory."""

from __future__ import annotations

import tracemalloc

import pytest

from itinerary.parse import pipeline, windows


def test_windows_cut_at_paragraph_ends() -> None:
    text = ("a" * 30 + "\n\n") * 10
    pieces = list(windows.windows(text, size=100))
    assert "".join(p for _, p in pieces) == text
    assert all(p.endswith("\n\n") for _, p in pieces)
    assert [o for o, _ in pieces] == [sum(len(p) for _, p in pieces[:k]) for k in range(len(pieces))]


def test_windows_without_any_break_are_hard_cuts() -> None:
    text = "x" * 1000
    assert [len(p) for _, p in windows.windows(text, size=300)] == [300, 300, 300, 100]


def test_a_long_text_gives_the_trip_of_its_article(article_text: str,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "WINDOW", 8_000)
    monkeypatch.setattr(windows, "WINDOW", 8_000)
    one = pipeline.parse(article_text)
    text = "\n\n".join([article_text] * 12)
    many = pipeline.parse(text)
    assert [(s.country, s.city) for s in many.stops] == [(s.country, s.city) for s in one.stops]
    assert [p.name for p in many.people] == [p.name for p in one.people]
    assert {t.text for t in many.topics} == {t.text for t in one.topics}
    for item in (*many.stops, *many.people):
        assert 0 < len(item.evidence) <= windows.MAX_EVIDENCE
        for e in item.evidence:
            assert text[e.start:e.end] == e.sentence


def test_memory_does_not_grow_with_the_number_of_windows(article_text: str,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "WINDOW", 20_000)
    monkeypatch.setattr(windows, "WINDOW", 20_000)

    def peak(copies: int) -> int:
        text = "\n\n".join([article_text] * copies)
        tracemalloc.start()
        pipeline.parse(text)
        _, top = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        return top - len(text) * 4  # the text itself (at most 4 bytes a character) is the caller's

    small, large = peak(8), peak(64)  # 3 windows, 24 windows
    assert large < 2 * small
