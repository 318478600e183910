"""The one place that prints: rows and columns to a Rich table, TSV, CSV, JSON or JSON lines.

Text from articles is never interpreted: Rich sees it as `Text` (no markup), control characters
are shown as escapes, TSV/CSV values stay on one line and cannot start a spreadsheet formula.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TextIO

FORMATS = ("table", "tsv", "csv", "json", "jsonl")

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_JSON_UNSAFE = re.compile(r"[\x7f-\x9f\u2028\u2029]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True, slots=True)
class Column:
    """A column: the row key it shows and its header."""

    key: str
    header: str
    wide: bool = False  # long free text: let the table wrap it


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
    rows: Sequence[Mapping[str, Any]],
    columns: Sequence[Column],
    fmt: str,
    *,
    header: bool = False,
    title: str | None = None,
) -> None:
    """Print rows in a format; `header` adds a header line to TSV (CSV always has one)."""
    if fmt == "json":
        out.write(to_json([{c.key: row.get(c.key) for c in columns} for row in rows]) + "\n")
    elif fmt == "jsonl":
        for row in rows:
            line = json.dumps({c.key: row.get(c.key) for c in columns}, ensure_ascii=False)
            out.write(_json_safe(line) + "\n")
    elif fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow([c.key for c in columns])
        for row in rows:
            writer.writerow([_flat(_cell(row.get(c.key), "; ")) for c in columns])
        out.write(buffer.getvalue())
    elif fmt == "tsv":
        if header:
            out.write("\t".join(c.key for c in columns) + "\n")
        for row in rows:
            out.write("\t".join(_flat(_cell(row.get(c.key), "; ")) for c in columns) + "\n")
    else:
        _table(out, rows, columns, title)


def _console(out: TextIO) -> Any:
    from rich.console import Console

    return Console(file=out, highlight=False, emoji=False, markup=False)


def _table(
    out: TextIO, rows: Sequence[Mapping[str, Any]], columns: Sequence[Column], title: str | None
) -> None:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    table = Table(title=visible(title) if title else None, box=box.SIMPLE_HEAD, title_justify="left")
    for column in columns:
        table.add_column(column.header, overflow="fold", ratio=3 if column.wide else None,
                         no_wrap=not column.wide and column.key in ("order", "stop", "mentions"))
    for row in rows:
        table.add_row(*(Text(visible(_cell(row.get(c.key), "\n"))) for c in columns))
    _console(out).print(table)


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
