"""The one place that prints: rows and columns to a Rich table, TSV, CSV, JSON or JSON lines.

Text from articles is never interpreted: Rich sees it as `Text` (no markup), control characters
are shown as escapes, TSV/CSV values stay on one line and cannot start a spreadsheet formula.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TextIO

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_JSON_UNSAFE = re.compile(r"[\x7f-\x9f\u2028\u2029]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True, slots=True)
class Column:
    """A column: the row key it shows and its header."""

    key: str
    header: str
    wide: bool = False  # long free text: let the table wrap it
    missing: str = ""  # what the table shows for an empty value ("date not stated")


def visible(text: str) -> str:
    """Control characters (escape sequences among them) as harmless `\\xNN` text."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def _cell(value: Any, joiner: str) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return joiner.join(_cell(v, joiner) for v in value)
    if isinstance(value, Mapping):
        return str(value.get("sentence", ""))
    return str(value)


def _flat(text: str) -> str:
    """One-line, formula-safe text for TSV and CSV."""
    text = text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
    text = visible(text).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return "'" + text if text.startswith(_FORMULA_START) else text


def to_json(data: Any) -> str:
    """Indented JSON with stable keys; characters that terminals act on are escaped."""
    return _json_safe(json.dumps(data, ensure_ascii=False, indent=2))


def _json_safe(text: str) -> str:
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def write_rows(
    out: TextIO,
    rows: Iterable[Mapping[str, Any]],
    columns: Sequence[Column],
    fmt: str,
    *,
    header: bool = False,
    title: str | None = None,
) -> int:
    """Print rows in a format and return how many; `header` adds a header line to TSV (CSV always
    has one). TSV, CSV and JSON lines are written row by row as they come."""
    if fmt == "json":
        items = [{c.key: row.get(c.key) for c in columns} for row in rows]
        out.write(to_json(items) + "\n")
        return len(items)
    if fmt == "table":
        listed = list(rows)
        _table(out, listed, columns, title)
        return len(listed)
    count = 0
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow([c.key for c in columns])
    elif header and fmt == "tsv":
        out.write("\t".join(c.key for c in columns) + "\n")
    for row in rows:
        if fmt == "jsonl":
            out.write(_json_line({c.key: row.get(c.key) for c in columns}))
        elif fmt == "csv":
            writer.writerow([_flat(_cell(row.get(c.key), "; ")) for c in columns])
        else:
            out.write("\t".join(_flat(_cell(row.get(c.key), "; ")) for c in columns) + "\n")
        count += 1
    return count


def write_json(out: TextIO, items: Iterable[Any], *, lines: bool = False) -> int:
    """A JSON array of `items`, or with `lines` one JSON document per line, each written (and
    flushed) as it comes so that a reader downstream sees it at once."""
    count = 0
    if lines:
        for item in items:
            out.write(_json_line(item))
            out.flush()
            count += 1
        return count
    collected = list(items)
    out.write(to_json(collected) + "\n")
    return len(collected)


def _json_line(item: Any) -> str:
    return _json_safe(json.dumps(item, ensure_ascii=False)) + "\n"


def _console(out: TextIO) -> Any:
    from rich.console import Console

    return Console(file=out, highlight=False, emoji=False, markup=False)


def _table(
    out: TextIO, rows: Sequence[Mapping[str, Any]], columns: Sequence[Column], title: str | None
) -> None:
    from rich import box
    from rich.table import Table

    console = _console(out)
    cells = [[_table_cell(row.get(c.key), c) for c in columns] for row in rows]
    texts = [[column.header, *(row[i].plain for row in cells)] for i, column in enumerate(columns)]
    natural = [max(len(line) for text in column for line in text.split("\n")) for column in texts]
    longest_word = [max((len(word) for text in column for word in text.split()), default=1)
                    for column in texts]
    overhead = 3 * len(columns) + 1  # SIMPLE_HEAD: an edge space each side, padding, separators
    widths = fit_widths(longest_word, natural, [c.wide for c in columns], console.width - overhead)
    table = Table(title=visible(title) if title else None, box=box.SIMPLE_HEAD, title_justify="left")
    for column, width in zip(columns, widths, strict=True):
        table.add_column(column.header, overflow="fold", width=width)
    for row_cells in cells:
        table.add_row(*row_cells)
    console.print(table)


_WIDE_MIN = 20  # free text gets this much before short columns are widened past their longest word


def fit_widths(longest_word: Sequence[int], natural: Sequence[int], wide: Sequence[bool],
               available: int) -> list[int]:
    """Column widths for a table `available` characters wide, as a browser lays out a table: each
    column at least its longest word; then free-text columns up to `_WIDE_MIN`, then short columns
    whole (those needing least first), then free text shares the rest in proportion to its length."""
    low = [min(w, n, 12) if free else min(w, n)
           for w, n, free in zip(longest_word, natural, wide, strict=True)]
    if sum(natural) <= available:
        return list(natural)
    if sum(low) >= available:
        return low
    widths = list(low)
    spare = available - sum(widths)

    def grow(i: int, target: int) -> None:
        nonlocal spare
        step = max(0, min(target - widths[i], spare))
        widths[i] += step
        spare -= step

    for i in (i for i, w in enumerate(wide) if w):
        grow(i, min(natural[i], _WIDE_MIN))
    for i in sorted((i for i, w in enumerate(wide) if not w), key=lambda i: natural[i] - widths[i]):
        grow(i, natural[i])
    wants = {i: natural[i] - widths[i] for i, w in enumerate(wide) if w and natural[i] > widths[i]}
    total, share = sum(wants.values()), spare
    for i, want in wants.items():
        grow(i, widths[i] + share * want // total)
    return widths


def _table_cell(value: Any, column: Column) -> Any:
    from rich.text import Text

    if column.wide and isinstance(value, list | tuple) and len(value) > 1:
        value = [f"• {_cell(v, ' ')}" for v in value]
    text = visible(_cell(value, "\n"))
    return Text(text) if text or not column.missing else Text(column.missing, style="italic")


def write_panel(out: TextIO, title: str, fields: Sequence[tuple[str, str]],
                sections: Sequence[tuple[str, Sequence[str]]] = ()) -> None:
    """A titled panel of `label: value` lines and bulleted sections (terminal view of one item)."""
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(overflow="fold")
    for label, value in fields:
        grid.add_row(Text(label), Text(visible(value)))
    for heading, items in sections:
        if not items:
            continue
        grid.add_row(Text(""), Text(""))
        grid.add_row(Text(heading), Text(visible(items[0])))
        for item in items[1:]:
            grid.add_row(Text(""), Text(visible(item)))
    _console(out).print(Panel(grid, title=Text(visible(title)), title_align="left", expand=False))


def write_pairs(out: TextIO, pairs: Sequence[tuple[str, str]], fmt: str) -> None:
    """Key-value lines for scripts: TSV `key<TAB>value`, or CSV with a header."""
    rows = [{"key": k, "value": v} for k, v in pairs]
    write_rows(out, rows, [Column("key", "key"), Column("value", "value")], fmt)
