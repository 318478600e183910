"""The `itin` command line: options in, rows out. Thin: parsing, filtering and printing live elsewhere."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date
from enum import StrEnum
from typing import Annotated, Any, TextIO

import typer

from itinerary import __version__
from itinerary.errors import Exit, ItinError

app = typer.Typer(
    name="itin",
    help=(
        "Read news articles about diplomatic and leaders' trips as structured itineraries.\n\n"
        "Without --source, itin reads the bundled article. Tables on a terminal, TSV when piped."
    ),
    no_args_is_help=False,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)


class Format(StrEnum):
    """Output formats."""

    table = "table"
    tsv = "tsv"
    csv = "csv"
    json = "json"


Source = Annotated[
    str | None,
    typer.Option("--source", "-s", metavar="PATH",
                 help="A .txt file, a folder of .txt files (one trip each), or - for stdin."),
]
FormatOpt = Annotated[
    Format | None,
    typer.Option("--format", "-f", help="Output format [default: table on a terminal, tsv piped]."),
]
Evidence = Annotated[bool, typer.Option("--evidence", "-e", help="Add the source sentence of each row.")]
Header = Annotated[bool, typer.Option("--header", help="Print a header line in TSV output.")]
Country = Annotated[
    str | None,
    typer.Option("--country", "-c", help="A stop's country in any usual form, or a city (Manila, PH)."),
]
Published = Annotated[
    str | None,
    typer.Option("--published", "-p", metavar="DATE",
                 help="Publication date that weekdays are counted from (2024-07-22, 'July 22, 2024')."),
]
DayFirst = Annotated[bool, typer.Option("--dayfirst", help="Read 07/08/2024 as 7 August.")]
MonthFirst = Annotated[bool, typer.Option("--monthfirst", help="Read 07/08/2024 as July 8.")]
Encoding = Annotated[
    str | None,
    typer.Option("--encoding", metavar="NAME", help="Text encoding of the input [default: UTF-8]."),
]


def _version(value: bool) -> None:
    if value:
        print(f"itin {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", "-V", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    """Read news articles about trips as structured itineraries."""


def _format(requested: Format | None, out: TextIO) -> str:
    if requested is not None:
        return requested.value
    return "table" if out.isatty() else "tsv"


def _anchor(published: str | None, dayfirst: bool, monthfirst: bool) -> date | None:
    if dayfirst and monthfirst:
        raise ItinError("--dayfirst and --monthfirst cannot be used together")
    if published is None:
        return None
    from itinerary.parse.dates import parse_date_option

    order = True if dayfirst else False if monthfirst else None
    try:
        return parse_date_option(published, dayfirst=order)
    except ValueError as error:
        raise ItinError(f"--published: {error}") from None


def _trips(source: str | None, published: date | None, encoding: str | None) -> Iterator[Any]:
    from itinerary.parse import parse
    from itinerary.query import Parsed
    from itinerary.sources import documents

    for document in documents(source, encoding):
        yield Parsed(document.name, parse(document.text, published=published, source=document.name))


def _load(source: str | None, published: str | None, dayfirst: bool, monthfirst: bool,
          encoding: str | None) -> list[Any]:
    anchor = _anchor(published, dayfirst, monthfirst)
    trips = list(_trips(source, anchor, encoding))
    if not any(p.trip.stops for p in trips):
        names = ", ".join(p.source for p in trips)
        raise ItinError(f"no trip found in {names}: no stops could be read", Exit.NOT_FOUND)
    return trips


def _columns(base: list[tuple[str, str]], trips: list[Any] | None, source: str | None,
             evidence: bool, wide: tuple[str, ...] = ()) -> list[Any]:
    """Columns of a command; a `source` column first when a folder or several articles are read."""
    from itinerary.render import Column
    from itinerary.sources import is_folder

    columns = [Column(key, header, key in wide) for key, header in base]
    if trips is not None and (source is not None and is_folder(source) or len(trips) > 1):
        columns.insert(0, Column("source", "Source"))
    if evidence:
        columns.append(Column("evidence", "Evidence", True))
    return columns


@app.command()
def stops(
    country: Country = None,
    source: Source = None,
    fmt: FormatOpt = None,
    evidence: Evidence = False,
    header: Header = False,
    published: Published = None,
    dayfirst: DayFirst = False,
    monthfirst: MonthFirst = False,
    encoding: Encoding = None,
) -> None:
    """The stops in trip order: country, city, when, what happens, who joins.

    Example: itin stops --country Japan --evidence
    """
    from itinerary.query import stop_codes, stop_rows
    from itinerary.render import write_rows

    trips = _load(source, published, dayfirst, monthfirst, encoding)
    codes = stop_codes(trips, country) if country else None
    rows = stop_rows(trips, codes)
    base = [("order", "#"), ("country", "Country"), ("city", "City"), ("when", "When"),
            ("dates", "Dates"), ("events", "What happens"), ("companions", "Who joins")]
    out_format = _format(fmt, sys.stdout)
    if out_format == "table" and not any(r["dates"] for r in rows):
        base = [b for b in base if b[0] != "dates"]
    columns = _columns(base, trips, source, evidence or out_format == "json", wide=("events",))
    write_rows(sys.stdout, rows, columns, out_format, header=header)


@app.command()
def who(
    name: Annotated[str | None, typer.Argument(help="Any part of a name, any case or accents.")] = None,
    source: Source = None,
    fmt: FormatOpt = None,
    evidence: Evidence = False,
    header: Header = False,
    encoding: Encoding = None,
) -> None:
    """Everyone named in the article, or one person's role, quotes and mentions.

    Example: itin who blinken
    """
    from itinerary.query import find_people, person_row
    from itinerary.render import write_panel, write_rows

    trips = _load(source, None, False, False, encoding)
    out_format = _format(fmt, sys.stdout)
    if name is None:
        rows = [person_row(p.source, person, p.trip) for p in trips for person in p.trip.people]
        base = [("name", "Name"), ("role", "Role"), ("affiliation", "Affiliation"),
                ("stops", "Stops"), ("mentions", "Mentions")]
        columns = _columns(base, trips, source, evidence or out_format == "json")
        if out_format == "json":
            columns += _columns([("quotes", "Quotes")], None, None, False)
        write_rows(sys.stdout, rows, columns, out_format, header=header)
        return
    by_source = {p.source: p.trip for p in trips}
    found = find_people(trips, name)
    rows = [person_row(src, person, by_source[src]) for src, person in found]
    if out_format != "table":
        base = [("name", "Name"), ("role", "Role"), ("affiliation", "Affiliation"),
                ("stops", "Stops"), ("mentions", "Mentions"), ("aliases", "Aliases"),
                ("quotes", "Quotes")]
        columns = _columns(base, trips, source, evidence or out_format == "json")
        write_rows(sys.stdout, rows, columns, out_format, header=header)
        return
    for row in rows:
        fields = [("Role", row["role"] or ""), ("Affiliation", row["affiliation"] or ""),
                  ("Stops", ", ".join(row["stops"])), ("Mentions", str(row["mentions"]))]
        if row["aliases"]:
            fields.append(("Also called", ", ".join(row["aliases"])))
        if len(by_source) > 1:
            fields.insert(0, ("Source", row["source"]))
        sections = [("Quotes", [f"“{q}”" for q in row["quotes"]]),
                    ("Mentioned in", [e["sentence"] for e in row["evidence"]])]
        write_panel(sys.stdout, row["name"], fields, sections)


@app.command()
def topics(
    country: Country = None,
    person: Annotated[
        str | None, typer.Option("--person", "-P", help="Only topics naming this person.")
    ] = None,
    source: Source = None,
    fmt: FormatOpt = None,
    evidence: Evidence = False,
    header: Header = False,
    encoding: Encoding = None,
) -> None:
    """What is on the agenda: events and themes of each stop and of the whole trip.

    Example: itin topics --country Philippines
    """
    from itinerary.query import find_people, stop_codes, topic_rows
    from itinerary.render import write_rows

    trips = _load(source, None, False, False, encoding)
    codes = stop_codes(trips, country) if country else None
    if person:
        find_people(trips, person)
    rows = topic_rows(trips, codes, person)
    if not rows:
        raise ItinError("no topics match", Exit.NOT_FOUND)
    out_format = _format(fmt, sys.stdout)
    base = [("stop", "#"), ("country", "Country"), ("kind", "Kind"), ("topic", "Topic")]
    columns = _columns(base, trips, source, evidence or out_format == "json", wide=("topic",))
    write_rows(sys.stdout, rows, columns, out_format, header=header)


@app.command()
def trip(
    source: Source = None,
    fmt: FormatOpt = None,
    published: Published = None,
    dayfirst: DayFirst = False,
    monthfirst: MonthFirst = False,
    encoding: Encoding = None,
) -> None:
    """A summary: traveller, route, length, counts. `--format json` prints the whole model.

    Example: itin trip --format json | jq '.[0].stops[].country'
    """
    from itinerary.query import route
    from itinerary.render import to_json, write_pairs, write_panel

    trips = _load(source, published, dayfirst, monthfirst, encoding)
    out_format = _format(fmt, sys.stdout)
    if out_format == "json":
        sys.stdout.write(to_json([p.trip.to_dict() for p in trips]) + "\n")
        return
    for parsed in trips:
        t = parsed.trip
        traveler = t.traveler or "not named"
        if t.traveler_role:
            traveler = f"{traveler} ({t.traveler_role})"
        pairs = [
            ("source", parsed.source),
            ("traveler", traveler),
            ("travelers", ", ".join(t.travelers)),
            ("route", route(t)),
            ("length", t.length_text or ""),
            ("nations", t.nations_text or ""),
            ("published", f"{t.published} ({t.published_from})" if t.published else ""),
            ("stops", str(len(t.stops))),
            ("people", str(len(t.people))),
            ("topics", str(len(t.topics))),
            ("mentioned, not stops", ", ".join(t.mentioned)),
        ]
        if out_format == "table":
            write_panel(sys.stdout, f"Trip: {parsed.source}", [(k.capitalize(), v) for k, v in pairs])
        else:
            write_pairs(sys.stdout, pairs, out_format)


def main(argv: list[str] | None = None) -> int:
    """Run `itin`; errors become one line on stderr and a documented exit code."""
    from typer.main import get_command

    try:
        result = get_command(app).main(args=argv, prog_name="itin", standalone_mode=False)
        sys.stdout.flush()
    except ItinError as error:
        _error(error.message)
        return int(error.code)
    except typer.Exit as done:
        return int(done.exit_code)
    except (typer.Abort, KeyboardInterrupt):
        return int(Exit.INTERRUPTED)
    except typer.TyperException as error:
        lines = error.format_message().strip().splitlines()
        _error(lines[0] if lines else "invalid usage; see itin --help")
        return int(Exit.USAGE)
    except BrokenPipeError:
        return _closed_pipe()
    except SystemExit as done:
        # Click turns a write to a closed pipe inside a command into a bare `sys.exit(1)`.
        if isinstance(done.__context__, BrokenPipeError):
            return _closed_pipe()
        raise
    return int(result) if isinstance(result, int) else int(Exit.OK)


def _error(message: str) -> None:
    from itinerary.render import visible

    sys.stderr.write(f"itin: {visible(message)}\n")


def _closed_pipe() -> int:
    """The reader went away (`| head -1`): stop quietly, and keep Python from complaining at exit."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return int(Exit.OK)


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
