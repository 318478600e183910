"""The `itin` commands on the bundled article: exact rows, every format, exit codes, pipes."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import REPO, Run, one_error_line

STOP_COLUMNS = ["order", "country", "city", "when", "dates", "events", "companions"]
COUNTRIES = ["Vietnam", "Laos", "Japan", "Philippines", "Singapore", "Mongolia"]
STOPS_LISTING = "stops: Vietnam, Laos, Japan, Philippines, Singapore, Mongolia"


def _stops(run: Run, *args: str) -> list[dict[str, str]]:
    result = run("stops", "--format", "tsv", "--header", *args)
    assert result.code == 0, result.err
    assert result.err == ""
    header, *rows = result.rows
    assert all(len(row) == len(header) for row in rows), rows
    return [dict(zip(header, row, strict=True)) for row in rows]


# --- stops -------------------------------------------------------------------------------------


def test_stops_tsv_countries_in_trip_order(run: Run) -> None:
    rows = _stops(run)
    assert [r["order"] for r in rows] == ["1", "2", "3", "4", "5", "6"]
    assert [r["country"] for r in rows] == COUNTRIES
    assert "source" not in rows[0]  # one article: no source column


def test_stops_tsv_cities(run: Run) -> None:
    cities = [r["city"] for r in _stops(run)]
    assert cities[:5] == ["Hanoi", "", "Tokyo", "Manila", cities[4]]
    assert cities[4] in ("", "Singapore")  # a city-state: either reading is right
    assert cities[5] == ""  # no city of Mongolia is named


def test_stops_tsv_when_is_the_phrase_as_written(run: Run) -> None:
    assert [r["when"] for r in _stops(run)] == ["Thursday", "Friday and Saturday", "", "", "", ""]


def test_stops_tsv_events(run: Run) -> None:
    vietnam, laos, japan, philippines, singapore, mongolia = (r["events"] for r in _stops(run))
    assert "funeral" in vietnam and "Nguyen Phu Trong" in vietnam
    assert "ASEAN ministerial meeting" in laos and "Wang Yi" in laos
    assert "Quad" in japan and "foreign ministers" in japan
    assert "Philippine counterparts" in philippines and "Marcos" in philippines
    assert "stopover" in singapore
    assert "Quad" not in philippines + singapore + mongolia + vietnam + laos
    assert "Marcos" not in vietnam + laos + japan + singapore + mongolia


def test_stops_tsv_companions(run: Run) -> None:
    companions = [r["companions"] for r in _stops(run)]
    assert companions == ["", "", "Lloyd Austin", "Lloyd Austin", "", ""]


def test_stops_tsv_without_header_has_one_line_per_stop(run: Run) -> None:
    result = run("stops", "--format", "tsv")
    assert result.code == 0
    assert [row[:2] for row in result.rows] == [
        [str(i), country] for i, country in enumerate(COUNTRIES, 1)
    ]
    assert all(len(row) == len(STOP_COLUMNS) for row in result.rows)
    assert "\x1b" not in result.out


def test_stops_tsv_header_line(run: Run) -> None:
    result = run("stops", "--format", "tsv", "--header")
    assert result.lines[0].split("\t") == STOP_COLUMNS


def test_stops_default_format_when_not_a_terminal_is_tsv(run: Run) -> None:
    assert run("stops").out == run("stops", "--format", "tsv").out


def test_stops_csv(run: Run) -> None:
    result = run("stops", "--format", "csv")
    assert result.code == 0
    assert result.lines[0] == ",".join(STOP_COLUMNS)
    records = list(csv.DictReader(io.StringIO(result.out)))
    assert [r["country"] for r in records] == COUNTRIES
    assert [r["city"] for r in records][:4] == ["Hanoi", "", "Tokyo", "Manila"]
    assert [r["when"] for r in records][:2] == ["Thursday", "Friday and Saturday"]
    assert len(result.lines) == 1 + len(COUNTRIES)


def test_stops_json(run: Run, article_text: str) -> None:
    result = run("stops", "--format", "json")
    assert result.code == 0
    data = json.loads(result.out)
    assert [d["country"] for d in data] == COUNTRIES
    assert [d["order"] for d in data] == [1, 2, 3, 4, 5, 6]
    assert data[1]["city"] is None
    assert data[0]["city"] == "Hanoi"
    assert data[1]["when"] == "Friday and Saturday"
    assert data[2]["companions"] == ["Lloyd Austin"]
    for item in data:
        assert {"order", "country", "city", "when", "events", "companions", "evidence"} <= set(item)
        assert isinstance(item["events"], list) and isinstance(item["companions"], list)
        assert item["evidence"], item
        for evidence in item["evidence"]:
            assert set(evidence) == {"sentence", "start", "end"}
            assert article_text[evidence["start"]:evidence["end"]] == evidence["sentence"]


def test_stops_table(run: Run) -> None:
    result = run("stops", "--format", "table")
    assert result.code == 0
    for country in COUNTRIES:
        assert country in result.out
    assert "\x1b" not in result.out
    assert "Lloyd Austin" in result.out


def test_stops_evidence_column(run: Run) -> None:
    result = run("stops", "--format", "tsv", "--header", "--evidence")
    header, *rows = result.rows
    assert header[-1] == "evidence"
    assert "Hanoi" in rows[0][-1] and "funeral" in rows[0][-1]


@pytest.mark.parametrize("country", ["Japan", "japan", "JP", "Tokyo", "Japanese"])
def test_stops_country_filter(run: Run, country: str) -> None:
    rows = _stops(run, "--country", country)
    assert [(r["order"], r["country"], r["city"]) for r in rows] == [("3", "Japan", "Tokyo")]


def test_stops_published_gives_dates(run: Run) -> None:
    rows = _stops(run, "--published", "2024-07-22")
    assert [r["dates"] for r in rows[:2]] == ["2024-07-25", "2024-07-26; 2024-07-27"]


# --- who ---------------------------------------------------------------------------------------

PEOPLE = {
    "Antony Blinken": ("Secretary of State", "United States"),
    "Daniel Kritenbrink": ("senior State Department official", "United States"),
    "Joe Biden": ("President", "United States"),
    "Wang Yi": ("Foreign Minister", "China"),
    "Nguyen Phu Trong": ("late communist leader", "Vietnam"),
    "Lloyd Austin": ("Defense Secretary", "United States"),
    "Ferdinand Marcos": ("President", "Philippines"),
}


def _who(run: Run, *args: str) -> list[dict[str, str]]:
    result = run("who", *args, "--format", "tsv", "--header")
    assert result.code == 0, result.err
    header, *rows = result.rows
    return [dict(zip(header, row, strict=True)) for row in rows]


def test_who_lists_exactly_seven_people(run: Run) -> None:
    rows = _who(run)
    assert len(rows) == 7
    assert {r["name"]: (r["role"], r["affiliation"]) for r in rows} == PEOPLE


def test_who_no_places_or_organisations(run: Run) -> None:
    names = " ".join(r["name"] for r in _who(run))
    for thing in ("Capitol Hill", "Second Thomas Shoal", "Quad", "ASEAN", "Hanoi", "Manila",
                  "South China Sea", "State Department", "Southeast Asia"):
        assert thing not in names


def test_who_stops_and_mentions(run: Run) -> None:
    rows = {r["name"]: r for r in _who(run)}
    assert rows["Antony Blinken"]["stops"] == "; ".join(COUNTRIES)
    assert rows["Wang Yi"]["stops"] == "Laos"
    assert rows["Ferdinand Marcos"]["stops"] == "Philippines"
    assert rows["Lloyd Austin"]["stops"] == "Japan; Philippines"
    assert rows["Nguyen Phu Trong"]["stops"] == "Vietnam"
    assert rows["Daniel Kritenbrink"]["stops"] == ""  # quoted about stops, never at one
    assert int(rows["Nguyen Phu Trong"]["mentions"]) == 2  # "Trong died ..." is him
    assert int(rows["Wang Yi"]["mentions"]) == 2  # "Foreign Minister Wang" is him
    assert int(rows["Antony Blinken"]["mentions"]) >= 8


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("blinken", "Antony Blinken"),
        ("Wang", "Wang Yi"),
        ("nguyen phu trong", "Nguyen Phu Trong"),
        ("NGUYỄN", "Nguyen Phu Trong"),
        ("Trọng", "Nguyen Phu Trong"),
        ("kritenbrink", "Daniel Kritenbrink"),
        ("MARCOS", "Ferdinand Marcos"),
    ],
)
def test_who_name_finds_one_person(run: Run, query: str, name: str) -> None:
    rows = _who(run, query)
    assert [r["name"] for r in rows] == [name]
    assert (rows[0]["role"], rows[0]["affiliation"]) == PEOPLE[name]


def test_who_kritenbrink_quotes(run: Run, article_text: str) -> None:
    result = run("who", "Kritenbrink", "--format", "json")
    assert result.code == 0
    [person] = json.loads(result.out)
    assert {"name", "role", "affiliation", "stops", "quotes"} <= set(person)
    quotes = person["quotes"]
    assert len(quotes) == 2
    assert quotes[0].startswith("We’re deepening")
    assert quotes[1].startswith("strong bipartisan support")
    for quote in quotes:
        assert quote.rstrip(",.") in article_text
    for evidence in person["evidence"]:
        assert article_text[evidence["start"]:evidence["end"]] == evidence["sentence"]


def test_who_quotes_belong_to_kritenbrink_only(run: Run) -> None:
    data = json.loads(run("who", "--format", "json").out)
    quoted = {p["name"] for p in data if p["quotes"]}
    assert quoted == {"Daniel Kritenbrink"}


def test_who_table_panel(run: Run) -> None:
    result = run("who", "blinken", "--format", "table")
    assert result.code == 0
    assert "Antony Blinken" in result.out and "Secretary of State" in result.out
    assert "\x1b" not in result.out


def test_who_nobody(run: Run) -> None:
    result = run("who", "Nobody")
    assert result.code == 1
    assert result.out == ""
    line = one_error_line(result)
    assert "nobody called 'Nobody'" in line
    assert "Antony Blinken" in line  # the people there are, to choose from


def test_who_close_match_is_suggested(run: Run) -> None:
    result = run("who", "Blinkin")
    assert result.code == 1
    assert "did you mean Antony Blinken" in one_error_line(result)


# --- topics ------------------------------------------------------------------------------------


def _topics(run: Run, *args: str) -> list[dict[str, str]]:
    result = run("topics", *args, "--format", "tsv", "--header")
    assert result.code == 0, result.err
    header, *rows = result.rows
    return [dict(zip(header, row, strict=True)) for row in rows]


def test_topics_philippines(run: Run) -> None:
    rows = _topics(run, "--country", "Philippines")
    assert {r["country"] for r in rows} == {"Philippines"}
    assert {r["stop"] for r in rows} == {"4"}
    text = [r["topic"] for r in rows]
    assert any("South China Sea" in t and "territorial disputes" in t for t in text), text
    assert any("Second Thomas Shoal" in t and "resupply" in t for t in text), text
    assert any("Marcos" in t for t in text), text
    for other in ("Quad", "ASEAN", "funeral", "stopover", "Wang Yi", "people-to-people"):
        assert not any(other in t for t in text), (other, text)


@pytest.mark.parametrize("form", ["PH", "the Philippines", "philippines", "Philippine", "Manila"])
def test_topics_country_forms(run: Run, form: str) -> None:
    assert _topics(run, "--country", form) == _topics(run, "--country", "Philippines")


def test_topics_trip_wide(run: Run) -> None:
    rows = _topics(run)
    trip_wide = [r["topic"] for r in rows if r["country"] == ""]
    assert all(r["stop"] == "" for r in rows if r["country"] == "")
    assert any("US commitment to its allies" in t for t in trip_wide), trip_wide
    assert any("assertive China" in t for t in trip_wide), trip_wide


def test_topics_every_stop_country_is_a_stop(run: Run) -> None:
    rows = _topics(run)
    assert {r["country"] for r in rows} <= {"", *COUNTRIES}


def test_topics_json(run: Run, article_text: str) -> None:
    data = json.loads(run("topics", "--format", "json").out)
    assert data
    for item in data:
        assert {"country", "topic", "evidence"} <= set(item)
        for evidence in item["evidence"]:
            assert article_text[evidence["start"]:evidence["end"]] == evidence["sentence"]
    assert any(item["country"] is None for item in data)


def test_topics_person(run: Run) -> None:
    rows = _topics(run, "--person", "Marcos")
    assert rows and all("Marcos" in r["topic"] or r["country"] == "Philippines" for r in rows)


def test_topics_person_nobody(run: Run) -> None:
    result = run("topics", "--person", "Nobody")
    assert result.code == 1
    assert "nobody called" in one_error_line(result)


# --- trip --------------------------------------------------------------------------------------


def test_trip_json(run: Run) -> None:
    result = run("trip", "--format", "json")
    assert result.code == 0
    data = json.loads(result.out)
    assert isinstance(data, list) and len(data) == 1
    [trip] = data
    assert {"stops", "people", "topics"} <= set(trip)
    assert [s["country"] for s in trip["stops"]] == COUNTRIES
    assert len(trip["people"]) == 7
    assert trip["traveler"] == "Antony Blinken"


def test_trip_tsv(run: Run) -> None:
    result = run("trip", "--format", "tsv")
    assert result.code == 0
    pairs = dict(line.split("\t", 1) for line in result.lines)
    assert pairs["route"] == "Hanoi → Laos → Tokyo → Manila → Singapore → Mongolia"
    assert pairs["traveler"] == "Antony Blinken (Secretary of State)"
    assert pairs["stops"] == "6"
    assert pairs["people"] == "7"
    assert pairs["length"] == "10-day"
    assert pairs["nations"] == "six-nation"
    assert pairs["mentioned, not stops"].split(", ") == ["United States", "China", "Australia",
                                                         "India"]


def test_trip_table(run: Run) -> None:
    result = run("trip", "--format", "table")
    assert result.code == 0
    assert "Hanoi → Laos → Tokyo" in result.out
    assert "\x1b" not in result.out


# --- errors and exit codes ---------------------------------------------------------------------


def test_country_mentioned_but_not_a_stop(run: Run) -> None:
    for command in ("stops", "topics"):
        result = run(command, "--country", "China")
        assert result.code == 1
        assert result.out == ""
        line = one_error_line(result)
        assert f"China is mentioned but is not a stop; {STOPS_LISTING}" in line


def test_unknown_country(run: Run) -> None:
    result = run("stops", "--country", "Atlantis")
    assert result.code == 1
    assert result.out == ""
    line = one_error_line(result)
    assert "Atlantis" in line and STOPS_LISTING in line


def test_unknown_format(run: Run) -> None:
    result = run("stops", "--format", "xml")
    assert result.code == 2
    assert result.out == ""
    assert "xml" in one_error_line(result)


def test_unknown_option(run: Run) -> None:
    result = run("stops", "--bogus")
    assert result.code == 2
    assert "--bogus" in one_error_line(result)


def test_unknown_command(run: Run) -> None:
    result = run("fly")
    assert result.code == 2
    one_error_line(result)


def test_conflicting_options(run: Run) -> None:
    result = run("stops", "--dayfirst", "--monthfirst")
    assert result.code == 2
    assert result.out == ""
    assert "--dayfirst and --monthfirst" in one_error_line(result)


def test_unreadable_published(run: Run) -> None:
    result = run("stops", "--published", "garbage")
    assert result.code == 2
    assert "--published" in one_error_line(result)


YEARLESS = ("VILNIUS, Sept 9 (Reuters) - President Ana Silva arrived in Lithuania on Tuesday for "
            "talks, officials said. She flies to Riga on Thursday.\n")


def test_a_dateline_without_a_year_is_dated_by_its_weekday(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(YEARLESS, encoding="utf-8")
    result = run("stops", "--source", str(path), "--format", "tsv")
    assert result.code == 0
    assert [line.split("\t")[1:5] for line in result.out.splitlines()] == [
        # (arrived on Tuesday, the next stop on Thursday: Wednesday was spent there too)
        ["Lithuania", "Vilnius", "Tuesday", "2025-09-09; 2025-09-10"],
        ["Latvia", "Riga", "Thursday", "2025-09-11"]]
    trip = run("trip", "--source", str(path), "--format", "json")
    assert '"published": "2025-09-09"' in trip.out
    assert "\"published_from\": \"dateline and 'Tuesday'\"" in trip.out


def test_a_weekday_beside_its_date_dates_what_has_a_day_number(run: Run, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.txt"
    path.write_text("President Ana Silva will arrive in Lima on Monday, February 16. She flies to "
                    "Quito on Wednesday.\n", encoding="utf-8")
    result = run("stops", "--source", str(path), "--format", "tsv")
    assert [line.split("\t")[1:5] for line in result.out.splitlines()] == [
        ["Peru", "Lima", "Monday, February 16", "2026-02-16"], ["Ecuador", "Quito", "Wednesday", ""]]
    trip = run("trip", "--source", str(path), "--format", "tsv")
    assert "published\tnot stated; dates take the year of 'Monday, February 16'" in trip.lines
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert run("agenda", "--source", str(path)).err == (
        "itin: hint: no publication date in the article, so 'Wednesday' stays as written; "
        "--published DATE resolves them\n")


def test_a_stop_lists_every_city_of_its_visit(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("President Ana Silva will arrive in Rio de Janeiro on Monday, then travel to "
                    "Brasília. She ends the trip in Lima.\n", encoding="utf-8")
    tsv = run("stops", "--source", str(path), "--format", "tsv")
    assert [line.split("\t")[1:3] for line in tsv.out.splitlines()] == [
        ["Brazil", "Rio de Janeiro; Brasília"], ["Peru", "Lima"]]
    data = json.loads(run("stops", "--source", str(path), "--format", "json").out)
    assert [(row["city"], row["cities"]) for row in data] == [
        ("Rio de Janeiro", ["Rio de Janeiro", "Brasília"]), ("Lima", ["Lima"])]


def test_the_route_takes_in_every_city(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("President Ana Silva will arrive in Rio de Janeiro on Monday, then travel to "
                    "Brasília. She ends the trip in Lima.\n", encoding="utf-8")
    trip = run("trip", "--source", str(path), "--format", "tsv")
    assert "route\tRio de Janeiro → Brasília → Lima" in trip.out.splitlines()


def test_help_names_the_environment(run: Run) -> None:
    result = run("--help")
    assert result.code == 0
    for name in ("ITIN_TODAY", "ITIN_NO_CACHE", "ITIN_CACHE_DIR", "ITIN_DEBUG"):
        assert name in result.out


def test_bad_itin_today(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ITIN_TODAY", "soon")
    result = run("stops")
    assert result.code == 2
    assert one_error_line(result) == "itin: ITIN_TODAY must be a date like 2026-11-27, not 'soon'"


def test_version(run: Run) -> None:
    result = run("--version")
    assert (result.code, result.out, result.err) == (0, "itin 0.1.0\n", "")


def test_help_lists_every_command(run: Run) -> None:
    result = run("--help")
    assert result.code == 0
    for command in ("stops", "who", "topics", "trip"):
        assert command in result.out


@pytest.mark.parametrize("command", ["stops", "who", "topics", "trip"])
def test_command_help_has_an_example(run: Run, command: str) -> None:
    result = run(command, "--help")
    assert result.code == 0
    assert f"Example: itin {command}" in result.out
    assert "--source" in result.out and "--format" in result.out


# --- sources -----------------------------------------------------------------------------------

KENYA = (
    "Prime Minister Jane Doe will visit Kenya and Ghana next week. "
    "She will begin in Nairobi on Monday, where she will meet President William Ruto.\n"
)
BRAZIL = (
    "German Chancellor Max Mustermann will travel to Brazil and Argentina this month. "
    "He will begin in Brasilia on Tuesday before heading to Buenos Aires.\n"
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "a_kenya.txt").write_text(KENYA, encoding="utf-8")
    (tmp_path / "b_brazil.txt").write_text(BRAZIL, encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    return tmp_path


def test_source_file_has_no_source_column(run: Run, folder: Path) -> None:
    result = run("stops", "--source", str(folder / "a_kenya.txt"), "--format", "tsv", "--header")
    assert result.code == 0, result.err
    header, *rows = result.rows
    assert header[0] == "order"
    assert [r[1] for r in rows] == ["Kenya", "Ghana"]
    assert rows[0][2] == "Nairobi" and rows[0][3] == "Monday"


def test_source_folder_tags_rows_with_file_name(run: Run, folder: Path) -> None:
    result = run("stops", "--source", str(folder), "--format", "tsv", "--header")
    assert result.code == 0, result.err
    header, *rows = result.rows
    assert header[0] == "source"
    assert {r[0] for r in rows} == {"a_kenya.txt", "b_brazil.txt"}
    assert [(r[0], r[2]) for r in rows] == [
        ("a_kenya.txt", "Kenya"), ("a_kenya.txt", "Ghana"),
        ("b_brazil.txt", "Brazil"), ("b_brazil.txt", "Argentina"),
    ]


def test_source_folder_who(run: Run, folder: Path) -> None:
    result = run("who", "--source", str(folder), "--format", "tsv")
    assert result.code == 0
    names = {(r[0], r[1]) for r in result.rows}
    assert ("a_kenya.txt", "Jane Doe") in names
    assert ("b_brazil.txt", "Max Mustermann") in names


def test_source_stdin(run: Run) -> None:
    result = run("stops", "--source", "-", "--format", "tsv", stdin=KENYA.encode())
    assert result.code == 0, result.err
    assert [r[1] for r in result.rows] == ["Kenya", "Ghana"]


def test_source_stdin_trip(run: Run) -> None:
    result = run("trip", "--source", "-", "--format", "tsv", stdin=KENYA.encode())
    pairs = dict(line.split("\t", 1) for line in result.lines)
    assert pairs["source"] == "'-"  # a value starting with "-" is guarded against formulas
    assert pairs["route"] == "Nairobi → Ghana"


# --- real processes ----------------------------------------------------------------------------


def _env(unbuffered: bool = False) -> dict[str, str]:
    env = dict(os.environ)
    env.update({"NO_COLOR": "1", "COLUMNS": "120", "PYTHONWARNINGS": "default"})
    env.pop("PYTHONUNBUFFERED", None)
    if unbuffered:  # every write reaches the pipe at once: a closed pipe fails inside the command
        env["PYTHONUNBUFFERED"] = "1"
    return env


def _shell(
    command: str, cwd: Path = REPO, timeout: float = 60, unbuffered: bool = False
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-c", f"set -o pipefail; {command}"], cwd=cwd, env=_env(unbuffered),
        capture_output=True, text=True, timeout=timeout, check=False,
    )


def _itin() -> str:
    return f"'{sys.executable}' -m itinerary"


def test_module_entry_point() -> None:
    done = _shell(f"{_itin()} stops --format tsv")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert [line.split("\t")[1] for line in done.stdout.splitlines()] == COUNTRIES
    assert "\x1b" not in done.stdout


def test_piped_default_is_plain_tsv() -> None:
    done = _shell(f"{_itin()} stops | cat")
    assert done.returncode == 0
    assert "\x1b" not in done.stdout
    assert done.stdout.splitlines()[0].split("\t")[:3] == ["1", "Vietnam", "Hanoi"]


@pytest.mark.parametrize("unbuffered", [False, True])
def test_head_closes_the_pipe_quietly(unbuffered: bool) -> None:
    done = _shell(f"{_itin()} stops | head -1", unbuffered=unbuffered)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert done.stdout.split("\t")[:3] == ["1", "Vietnam", "Hanoi"]


@pytest.mark.parametrize("unbuffered", [False, True])
def test_head_closes_the_pipe_quietly_on_long_output(
    tmp_path: Path, article_path: Path, unbuffered: bool
) -> None:
    for i in range(40):  # ~200 KB of JSON: far more than a pipe buffer holds
        shutil.copy(article_path, tmp_path / f"{i:02d}.txt")
    command = f"{_itin()} stops --source '{tmp_path}' --format json | head -1"
    done = _shell(command, unbuffered=unbuffered)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert done.stdout == "[\n"


@pytest.mark.parametrize("unbuffered", [False, True])
def test_reader_that_never_reads(unbuffered: bool) -> None:
    done = _shell(f"{_itin()} who | true", unbuffered=unbuffered)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""


def test_error_from_a_process_is_one_line() -> None:
    done = _shell(f"{_itin()} stops --country China")
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.splitlines() == [
        f"itin: China is mentioned but is not a stop; {STOPS_LISTING}"
    ]


def _wait_until_reading_a_pipe(pid: int, timeout: float = 30.0) -> None:
    """Wait until process `pid` blocks reading a pipe (its stdin), so that a signal finds it there
    however slowly it started; without /proc, give it two seconds."""
    wchan = Path(f"/proc/{pid}/wchan")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if "pipe" in wchan.read_text():
                return
        except OSError:
            time.sleep(2.0)
            return
        time.sleep(0.05)
    raise AssertionError(f"process {pid} never waited on its stdin")


def test_ctrl_c_exits_130_without_traceback(tmp_path: Path) -> None:
    # `--source -` waits for stdin; interrupt it while it waits. Ctrl-C is restored in the child as
    # a terminal has it: a job started in the background (`... &` in a script) inherits it ignored.
    process = subprocess.Popen(
        [sys.executable, "-m", "itinerary", "stops", "--source", "-"], cwd=REPO, env=_env(),
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    _wait_until_reading_a_pipe(process.pid)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=30)
    assert process.returncode == 130, err
    assert "Traceback" not in err
    assert out == ""



def test_help_texts_are_not_eaten_as_markup(run: Run) -> None:
    result = run("stops", "--help")
    text = " ".join(result.out.split())
    assert "(default: table on a terminal, tsv piped)" in text
    assert "Text encoding of the input (default: UTF-8)" in text
