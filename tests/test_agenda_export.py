"""`itin agenda` and `itin export`: day-by-day rows, the iCalendar file parsed back, safe writing."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar

from itinerary import outputs
from tests.conftest import Run, one_error_line

ANCHOR = ("--published", "2024-07-22")


def test_agenda_rows_in_date_order(run: Run) -> None:
    result = run("agenda", *ANCHOR)
    assert result.code == 0, result.err
    rows = [r[:7] for r in result.rows]
    assert rows == [
        ["2024-07-19", "Friday", "event", "", "", "", "Friday"],
        ["2024-07-21", "Sunday", "event", "", "", "", "Sunday"],
        ["2024-07-22", "Monday", "event", "", "", "", "Monday"],
        ["2024-07-25", "Thursday", "stop", "1", "Vietnam", "Hanoi", "Thursday"],
        ["2024-07-26", "Friday", "stop", "2", "Laos", "", "Friday and Saturday"],
        ["2024-07-27", "Saturday", "stop", "2", "Laos", "", "Friday and Saturday"],
        ["", "", "stop", "3", "Japan", "Tokyo", ""],
        ["", "", "stop", "4", "Philippines", "Manila", ""],
        ["", "", "stop", "5", "Singapore", "Singapore", ""],
        ["", "", "stop", "6", "Mongolia", "", ""],
    ]
    assert result.rows[3][7] == "the funeral of late communist leader Nguyen Phu Trong"
    assert result.rows[7][8] == "Lloyd Austin"


def test_agenda_without_anchor_keeps_phrases_and_no_dates(run: Run) -> None:
    result = run("agenda", "--header")
    assert result.code == 0
    assert result.rows[0] == ["date", "weekday", "kind", "order", "country", "city", "when", "events",
                              "companions"]
    body = result.rows[1:]
    assert [r[3] for r in body] == ["1", "2", "3", "4", "5", "6"]
    assert all(r[0] == "" and r[1] == "" for r in body)
    assert [r[6] for r in body[:2]] == ["Thursday", "Friday and Saturday"]
    assert result.err == ""  # the --published hint is for terminals only


def test_agenda_hint_on_a_terminal(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    result = run("agenda")
    assert result.code == 0
    assert result.err == (
        "itin: hint: no publication date in the article, so 'Thursday', 'Friday and Saturday', "
        "'Monday' stay as written; --published DATE resolves them\n"
    )
    assert run("agenda", *ANCHOR).err == ""


def test_agenda_country(run: Run) -> None:
    result = run("agenda", *ANCHOR, "--country", "Laos")
    assert [r[:2] for r in result.rows] == [["2024-07-26", "Friday"], ["2024-07-27", "Saturday"]]


def test_agenda_country_not_a_stop(run: Run) -> None:
    result = run("agenda", "--country", "China")
    assert result.code == 1
    assert "China is mentioned but is not a stop" in one_error_line(result)
    assert result.out == ""


def test_agenda_json(run: Run) -> None:
    data = json.loads(run("agenda", *ANCHOR, "--format", "json").out)
    assert [d["date"] for d in data][3:6] == ["2024-07-25", "2024-07-26", "2024-07-27"]
    assert data[-1]["date"] is None and data[-1]["country"] == "Mongolia"
    assert data[3]["evidence"][0]["sentence"].startswith("On a 10-day trip")


def test_agenda_table_marks_undated(run: Run) -> None:
    result = run("agenda", *ANCHOR, "--format", "table")
    assert result.code == 0
    lines = [line for line in result.lines if "Mongolia" in line]
    assert len(lines) == 1 and "not stated" in lines[0]
    assert "2024-07-25" in result.out and "Thursday" in result.out


# export ---------------------------------------------------------------------------------------


def _events(ics: str) -> list[dict[str, object]]:
    calendar = Calendar.from_ical(ics)
    return [
        {
            "uid": str(e["uid"]),
            "summary": str(e["summary"]),
            "start": e.decoded("dtstart"),
            "end": e.decoded("dtend"),
            "location": str(e.get("location", "")),
            "description": str(e["description"]),
        }
        for e in calendar.walk("VEVENT")
    ]


def test_export_stdout_parses_back(run: Run, article_text: str) -> None:
    result = run("export", *ANCHOR)
    assert result.code == 0, result.err
    assert result.out.startswith("BEGIN:VCALENDAR\r\n")
    events = _events(result.out)
    assert [(e["summary"], e["start"], e["end"], e["location"]) for e in events[:2]] == [
        ("Antony Blinken in Hanoi, Vietnam", date(2024, 7, 25), date(2024, 7, 26), "Hanoi, Vietnam"),
        ("Antony Blinken in Laos", date(2024, 7, 26), date(2024, 7, 28), "Laos"),
    ]
    assert sorted(e["start"] for e in events[2:]) == [date(2024, 7, 19), date(2024, 7, 21),
                                                      date(2024, 7, 22)]
    assert "Blinken will begin his six-nation tour in the Vietnamese capital Hanoi" in str(
        events[0]["description"])
    assert len({e["uid"] for e in events}) == 5


def test_export_uids_are_stable(run: Run) -> None:
    first = [e["uid"] for e in _events(run("export", *ANCHOR).out)]
    second = [e["uid"] for e in _events(run("export", "--published", "July 22, 2024").out)]
    assert first == second


def test_export_without_dates_is_an_error(run: Run) -> None:
    result = run("export")
    assert result.code == 1
    assert one_error_line(result) == (
        "itin: nothing to export: no stop or event has a date; --published DATE resolves phrases such "
        "as 'Thursday'"
    )
    assert result.out == ""


def test_export_to_a_file(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "trip.ics"
    result = run("export", *ANCHOR, "-o", str(target))
    assert (result.code, result.out, result.err) == (0, "", "")
    assert len(_events(target.read_text())) == 5
    assert sorted(p.name for p in tmp_path.iterdir()) == ["trip.ics"]


def test_export_refuses_to_overwrite(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "trip.ics"
    target.write_text("keep me")
    result = run("export", *ANCHOR, "-o", str(target))
    assert result.code == 2
    assert one_error_line(result) == f"itin: {target} exists; add --force to replace it"
    assert target.read_text() == "keep me"
    assert run("export", *ANCHOR, "-o", str(target), "--force").code == 0
    assert target.read_text().startswith("BEGIN:VCALENDAR")


@pytest.mark.parametrize(
    ("where", "message"),
    [("missing/trip.ics", "cannot write {t}: no such folder {p}"), (".", "cannot write {t}: it is a folder")],
)
def test_export_bad_target(run: Run, tmp_path: Path, where: str, message: str) -> None:
    target = tmp_path / where
    result = run("export", *ANCHOR, "-o", str(target))
    assert result.code == 2
    assert one_error_line(result) == "itin: " + message.format(t=target, p=target.parent)


def test_export_never_writes_over_its_input(run: Run, tmp_path: Path, article_text: str) -> None:
    source = tmp_path / "article.txt"
    source.write_text(article_text)
    result = run("export", *ANCHOR, "-s", str(source), "-o", str(source), "--force")
    assert result.code == 2
    assert one_error_line(result) == f"itin: will not write over the input {source}"
    assert source.read_text() == article_text


def test_export_read_only_place_leaves_the_old_file(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "trip.ics"
    target.write_text("old")

    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(outputs.tempfile, "mkstemp", denied)
    result = run("export", *ANCHOR, "-o", str(target), "--force")
    assert result.code == 2
    assert one_error_line(result) == f"itin: cannot write {target}: permission denied"
    assert target.read_text() == "old"


def test_export_failure_midway_is_all_or_nothing(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "trip.ics"
    target.write_text("old")

    def full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(outputs.os, "fsync", full)
    result = run("export", *ANCHOR, "-o", str(target), "--force")
    assert result.code == 2
    assert one_error_line(result) == f"itin: cannot write {target}: No space left on device"
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["trip.ics"]
