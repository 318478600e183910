"""The renderer: article text is data, never markup, control codes or spreadsheet formulas."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from itinerary.render import Column, to_json, visible, write_pairs, write_rows

COLUMNS = [Column("name", "Name"), Column("value", "Value", wide=True), Column("items", "Items")]
HOSTILE = [
    "tab\there",
    "two\nlines",
    "carriage\rreturn",
    "[bold red]x[/]",
    "\x1b[31mred\x1b[0m",
    "=1+1",
    "+41 22",
    "-2",
    "@SUM(A1)",
    "back\\slash",
    "bell\x07 and c1 \x85 and \x9b",
    "[link=http://evil.invalid]click[/link]",
    "line\u2028separator\u2029paragraph",
]
ROWS = [{"name": f"row{i}", "value": value, "items": [value, "plain"]}
        for i, value in enumerate(HOSTILE)]
RAW_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def render(fmt: str, rows: list[dict[str, object]] = ROWS, header: bool = False) -> str:  # noqa: B006
    out = io.StringIO()
    write_rows(out, rows, COLUMNS, fmt, header=header)
    return out.getvalue()


def test_tsv_one_line_per_record() -> None:
    lines = render("tsv").split("\n")
    assert lines[-1] == ""
    lines = lines[:-1]
    assert len(lines) == len(ROWS)
    for line, row in zip(lines, ROWS, strict=True):
        cells = line.split("\t")
        assert len(cells) == len(COLUMNS)
        assert cells[0] == row["name"]


def test_tsv_has_no_raw_control_characters() -> None:
    out = render("tsv", header=True)
    assert not RAW_CONTROL.search(out.replace("\t", "").replace("\n", ""))
    assert "\x1b" not in out and "\r" not in out


def test_tsv_escapes() -> None:
    cells = {row["value"]: line.split("\t")[1]
             for row, line in zip(ROWS, render("tsv").splitlines(), strict=True)}
    assert cells["tab\there"] == "tab\\there"
    assert cells["two\nlines"] == "two\\nlines"
    assert cells["carriage\rreturn"] == "carriage\\rreturn"
    assert cells["back\\slash"] == "back\\\\slash"
    assert cells["\x1b[31mred\x1b[0m"] == "\\x1b[31mred\\x1b[0m"
    assert cells["[bold red]x[/]"] == "[bold red]x[/]"
    assert cells["bell\x07 and c1 \x85 and \x9b"] == "bell\\x07 and c1 \\x85 and \\x9b"
    assert cells["line\u2028separator\u2029paragraph"] == "line\\u2028separator\\u2029paragraph"


@pytest.mark.parametrize("value", ["=1+1", "+41 22", "-2", "@SUM(A1)"])
def test_tsv_formula_start_is_quoted(value: str) -> None:
    line = render("tsv", [{"name": "n", "value": value, "items": [value]}])
    assert line == f"n\t'{value}\t'{value}\n"


def test_tsv_header() -> None:
    assert render("tsv", header=True).splitlines()[0] == "name\tvalue\titems"
    assert render("tsv").splitlines()[0].startswith("row0\t")


def test_tsv_lists_are_joined() -> None:
    assert render("tsv", [{"name": "n", "value": None, "items": ["a", "b"]}]) == "n\t\ta; b\n"


def test_csv_parses_one_line_per_record() -> None:
    out = render("csv")
    lines = out.splitlines()
    assert lines[0] == "name,value,items"
    assert len(lines) == 1 + len(ROWS)
    records = list(csv.reader(io.StringIO(out)))
    assert len(records) == 1 + len(ROWS)
    assert not RAW_CONTROL.search(out.replace("\n", ""))
    by_name = {r[0]: r for r in records[1:]}
    for i, value in enumerate(HOSTILE):
        cell = by_name[f"row{i}"][1]
        if value[0] in "=+-@":
            assert cell == "'" + value
        else:
            assert cell[0] not in "=+-@"
    assert by_name["row3"][1] == "[bold red]x[/]"
    assert by_name["row0"][1] == "tab\\there"


def test_table_shows_markup_literally() -> None:
    out = render("table")
    assert "[bold red]x[/]" in out
    assert "[link=http://evil.invalid]click[/link]" in out
    assert "\x1b" not in out
    assert "\\x1b[31mred\\x1b[0m" in out
    assert not RAW_CONTROL.search(out.replace("\n", ""))


def test_table_headers() -> None:
    out = render("table")
    assert "Name" in out and "Value" in out and "Items" in out


def test_json_round_trips() -> None:
    out = render("json")
    assert json.loads(out) == [{c.key: row[c.key] for c in COLUMNS} for row in ROWS]


def test_json_escapes_c1_and_line_separators() -> None:
    data = [{"text": "c1 \x85 \x9b esc \x1b ls \u2028 ps \u2029 del \x7f"}]
    out = to_json(data)
    assert not RAW_CONTROL.search(out.replace("\n", ""))
    assert "\u2028" not in out and "\u2029" not in out
    assert "\\u0085" in out and "\\u009b" in out and "\\u001b" in out and "\\u2028" in out
    assert json.loads(out) == data


def test_json_keeps_unicode_readable() -> None:
    assert "Nguyễn → Hà Nội" in to_json(["Nguyễn → Hà Nội"])


def test_jsonl() -> None:
    out = render("jsonl")
    lines = out.splitlines()
    assert len(lines) == len(ROWS)
    assert [json.loads(line) for line in lines] == [
        {c.key: row[c.key] for c in COLUMNS} for row in ROWS
    ]
    assert not RAW_CONTROL.search(out.replace("\n", ""))


def test_visible() -> None:
    assert visible("a\x1b[2Jb\x00") == "a\\x1b[2Jb\\x00"
    assert visible("tab\tand\nnewline") == "tab\tand\nnewline"


def test_write_pairs_tsv() -> None:
    out = io.StringIO()
    write_pairs(out, [("route", "Hanoi → Laos"), ("evil", "=cmd|x")], "tsv")
    assert out.getvalue() == "route\tHanoi → Laos\nevil\t'=cmd|x\n"


@given(st.lists(st.text(), min_size=1, max_size=5))
def test_tsv_and_csv_any_text_stays_one_line(values: list[str]) -> None:
    rows = [{"name": v, "value": v, "items": [v, v]} for v in values]
    tsv = render("tsv", rows)
    assert tsv.count("\n") == len(rows)
    assert len(tsv.splitlines()) == len(rows)  # no other line breaks (\x85, \u2028) either
    for line in tsv.splitlines():
        assert len(line.split("\t")) == 3
        assert not RAW_CONTROL.search(line)
        for cell in line.split("\t"):
            assert not cell.startswith(("=", "+", "-", "@"))
    records = list(csv.reader(io.StringIO(render("csv", rows))))
    assert len(records) == 1 + len(rows)
    assert json.loads(render("json", rows)) == [dict(r) for r in rows]
