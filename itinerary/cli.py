"""The `itin` command line: options in, rows out. Thin: parsing, filtering and printing live elsewhere."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
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
    epilog=("Environment: ITIN_TODAY=YYYY-MM-DD reads as on that day (it dates a dateline without a "
            "year); ITIN_NO_CACHE=1, ITIN_CACHE_DIR=DIR for the cache; ITIN_DEBUG=1 shows tracebacks."),
    no_args_is_help=False,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)


class Format(StrEnum):
    """Output formats of the row commands."""

    table = "table"
    tsv = "tsv"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"


class CalendarFormat(StrEnum):
    """Output formats of `export`."""

    ics = "ics"


Source = Annotated[
    str | None,
    typer.Option("--source", "-s", metavar="PATH",
                 help="A .txt file, a folder of .txt files (one trip each), or - for stdin."),
]
FormatOpt = Annotated[
    Format | None,
    typer.Option("--format", "-f", help="Output format (default: table on a terminal, tsv piped)."),
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
                 help="Publication date that weekdays are counted from (2024-07-22, 'July 22, 2024'); "
                      "wins over the article's own date."),
]
DayFirst = Annotated[bool, typer.Option("--dayfirst", help="Read --published 07/08/2024 as 7 August.")]
MonthFirst = Annotated[bool, typer.Option("--monthfirst", help="Read --published 07/08/2024 as July 8.")]
Encoding = Annotated[
    str | None,
    typer.Option("--encoding", metavar="NAME", help="Text encoding of the input (default: UTF-8)."),
]
Jobs = Annotated[
    int,
    typer.Option("--jobs", "-j", min=1, max=256, metavar="N",
                 help="Parse a folder in N processes (output order is unchanged)."),
]


@dataclass(frozen=True, slots=True)
class Input:
    """Where the articles come from and how to read them: the options every command shares."""

    source: str | None = None
    published: str | None = None
    dayfirst: bool = False
    monthfirst: bool = False
    encoding: str | None = None
    jobs: int = 1


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


def _anchor(given: Input) -> date | None:
    if given.dayfirst and given.monthfirst:
        raise ItinError("--dayfirst and --monthfirst cannot be used together")
    if given.published is None:
        return None
    from itinerary.parse.dates import parse_date_option

    order = True if given.dayfirst else False if given.monthfirst else None
    try:
        return parse_date_option(given.published, dayfirst=order)
    except ValueError as error:
        raise ItinError(f"--published: {error}") from None


def _trips(given: Input, tally: Any) -> Iterator[Any]:
    """Parsed trips, one at a time, each counted in `tally`; articles with no stops hold no trip
    and are left out (`_finish` names them)."""
    from itinerary.batch import parse_all

    anchor = _anchor(given)
    for parsed in parse_all(given.source, anchor, given.encoding, given.jobs):
        if tally.add(parsed).trip.stops:
            yield parsed


def _finish(tally: Any, *, dated: bool = False) -> None:
    """After the rows: exit 1 if no article held a trip; on a terminal, hint at --published."""
    tally.require_stops()
    if tally.empty:
        names = ", ".join(tally.empty[:3]) + (", ..." if len(tally.empty) > 3 else "")
        sys.stderr.write(f"itin: {len(tally.empty)} of {tally.sources} articles hold no trip: {names}\n")
    if dated and tally.unresolved and sys.stderr.isatty():
        phrases = ", ".join(f"'{p}'" for p in tally.unresolved[:3])
        verb = "stays" if len(tally.unresolved) == 1 else "stay"
        sys.stderr.write(f"itin: hint: no publication date in the article, so {phrases} {verb} as written; "
                         "--published DATE resolves them\n")


def _columns(base: list[tuple[str, str]], given: Input, evidence: bool,
             wide: tuple[str, ...] = (), missing: dict[str, str] | None = None) -> list[Any]:
    """Columns of a command; a `source` column first when a folder of articles is read."""
    from itinerary.render import Column
    from itinerary.sources import is_folder

    missing = missing or {}
    columns = [Column(key, header, key in wide, missing.get(key, "")) for key, header in base]
    if given.source is not None and is_folder(given.source):
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
    jobs: Jobs = 1,
) -> None:
    """The stops in trip order: country, city, when, what happens, who joins.

    Example: itin stops --country Japan --evidence
    """
    from itinerary.query import Tally, check_country, country_filter, stop_rows
    from itinerary.render import write_rows

    given = Input(source, published, dayfirst, monthfirst, encoding, jobs)
    wanted = country_filter(country) if country else None
    tally = Tally()
    out_format = _format(fmt, sys.stdout)
    as_json = out_format.startswith("json")
    cities = [("cities", "Cities")] if as_json else []
    base = [("order", "#"), ("country", "Country"), ("city", "City"), *cities, ("when", "When"),
            ("dates", "Dates"), ("events", "What happens"), ("companions", "Who joins")]
    rows: Iterable[dict[str, Any]] = (r for p in _trips(given, tally) for r in stop_rows(p, wanted))
    if not as_json:  # the City cell holds every city of the visit: "Ankara; Istanbul"
        rows = ({**r, "city": r["cities"] or r["city"]} for r in rows)
    if out_format == "table":
        rows = list(rows)
        if not any(r["dates"] for r in rows):
            base = [b for b in base if b[0] != "dates"]
    columns = _columns(base, given, evidence or out_format.startswith("json"), wide=("events",))
    written = write_rows(sys.stdout, rows, columns, out_format, header=header)
    _finish(tally, dated=True)
    if wanted is not None and not written:
        check_country(wanted, tally)


@app.command()
def agenda(
    country: Country = None,
    source: Source = None,
    fmt: FormatOpt = None,
    evidence: Evidence = False,
    header: Header = False,
    published: Published = None,
    dayfirst: DayFirst = False,
    monthfirst: MonthFirst = False,
    encoding: Encoding = None,
    jobs: Jobs = 1,
) -> None:
    """Day by day in date order: date, weekday, stop, what happens, who. Undated stops come last.

    Example: itin agenda --published 2024-07-22
    """
    from itinerary.query import Tally, agenda_rows, check_country, country_filter, sort_agenda
    from itinerary.render import write_rows

    given = Input(source, published, dayfirst, monthfirst, encoding, jobs)
    wanted = country_filter(country) if country else None
    tally = Tally()
    rows = sort_agenda([r for p in _trips(given, tally) for r in agenda_rows(p, wanted)])
    _finish(tally, dated=True)
    if wanted is not None and not rows:
        check_country(wanted, tally)
    out_format = _format(fmt, sys.stdout)
    if out_format == "table":
        base = [("date", "Date"), ("weekday", "Day"), ("order", "#"), ("place", "Where"),
                ("events", "What happens"), ("companions", "Who")]
        if tally.unresolved:
            base.insert(2, ("when", "As written"))
    else:
        base = [("date", "Date"), ("weekday", "Day"), ("kind", "Kind"), ("order", "#"),
                ("country", "Country"), ("city", "City"), ("when", "When"), ("events", "What happens"),
                ("companions", "Who")]
    columns = _columns(base, given, evidence or out_format.startswith("json"), wide=("events",),
                       missing={"date": "not stated"})
    write_rows(sys.stdout, rows, columns, out_format, header=header)


@app.command()
def who(
    name: Annotated[str | None, typer.Argument(help="Any part of a name, any case or accents.")] = None,
    source: Source = None,
    fmt: FormatOpt = None,
    evidence: Evidence = False,
    header: Header = False,
    published: Published = None,
    dayfirst: DayFirst = False,
    monthfirst: MonthFirst = False,
    encoding: Encoding = None,
    jobs: Jobs = 1,
) -> None:
    """Everyone named in the article, or one person's role, quotes and mentions.

    Example: itin who blinken
    """
    from itinerary.query import Tally, check_person, people_rows
    from itinerary.render import write_panel, write_rows

    given = Input(source, published, dayfirst, monthfirst, encoding, jobs)
    tally = Tally()
    out_format = _format(fmt, sys.stdout)
    rows: Iterable[dict[str, Any]] = (r for p in _trips(given, tally) for r in people_rows(p, name))
    base = [("name", "Name"), ("role", "Role"), ("affiliation", "Affiliation"),
            ("stops", "Stops"), ("mentions", "Mentions")]
    if name is None or out_format != "table":
        if name is not None:
            base += [("aliases", "Aliases"), ("quotes", "Quotes")]
        columns = _columns(base, given, evidence or out_format.startswith("json"))
        if name is None and out_format.startswith("json"):
            columns += _columns([("quotes", "Quotes")], Input(), False)
        write_rows(sys.stdout, rows, columns, out_format, header=header)
        _finish(tally)
        if name is not None:
            check_person(name, tally)
        return
    rows = list(rows)
    _finish(tally)
    check_person(name, tally)
    for row in rows:
        fields = [("Role", row["role"] or ""), ("Affiliation", row["affiliation"] or ""),
                  ("Stops", ", ".join(row["stops"])), ("Mentions", str(row["mentions"]))]
        if row["aliases"]:
            fields.append(("Also called", ", ".join(row["aliases"])))
        if tally.sources > 1:
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
    published: Published = None,
    dayfirst: DayFirst = False,
    monthfirst: MonthFirst = False,
    encoding: Encoding = None,
    jobs: Jobs = 1,
) -> None:
    """What is on the agenda: events and themes of each stop and of the whole trip.

    Example: itin topics --country Philippines
    """
    from itinerary.query import Tally, check_country, check_person, country_filter, topic_rows
    from itinerary.render import write_rows

    given = Input(source, published, dayfirst, monthfirst, encoding, jobs)
    wanted = country_filter(country) if country else None
    tally = Tally()
    out_format = _format(fmt, sys.stdout)
    rows = (r for p in _trips(given, tally) for r in topic_rows(p, wanted, person))
    base = [("stop", "#"), ("country", "Country"), ("kind", "Kind"), ("topic", "Topic")]
    columns = _columns(base, given, evidence or out_format.startswith("json"), wide=("topic",))
    written = write_rows(sys.stdout, rows, columns, out_format, header=header)
    _finish(tally)
    if not written:
        if wanted is not None:
            check_country(wanted, tally)
        if person is not None:
            check_person(person, tally)
        raise ItinError("no topics match", Exit.NOT_FOUND)


@app.command()
def trip(
    source: Source = None,
    fmt: FormatOpt = None,
    published: Published = None,
    dayfirst: DayFirst = False,
    monthfirst: MonthFirst = False,
    encoding: Encoding = None,
    jobs: Jobs = 1,
) -> None:
    """A summary: traveller, route, length, dates' anchor. `--format json|jsonl` prints the whole model.

    Example: itin trip --format json | jq '.[0].stops[].country'
    """
    from itinerary.query import Tally, route
    from itinerary.render import write_json, write_pairs, write_panel

    given = Input(source, published, dayfirst, monthfirst, encoding, jobs)
    tally = Tally()
    out_format = _format(fmt, sys.stdout)
    if out_format.startswith("json"):
        write_json(sys.stdout, (p.trip.to_dict() for p in _trips(given, tally)),
                   lines=out_format == "jsonl")
        _finish(tally, dated=True)
        return
    for parsed in _trips(given, tally):
        t = parsed.trip
        traveler = t.traveler or "not named"
        if t.traveler_role:
            traveler = f"{traveler} ({t.traveler_role})"
        anchor = (f"{t.published} (from the {t.published_from})" if t.published
                  else f"not stated; dates take the {t.published_from}" if t.published_from else "not stated")
        pairs = [
            ("source", parsed.source),
            ("traveler", traveler),
            ("travelers", ", ".join(t.travelers)),
            ("route", route(t)),
            ("length", t.length_text or ""),
            ("nations", t.nations_text or ""),
            ("published", anchor),
            ("stops", str(len(t.stops))),
            ("people", str(len(t.people))),
            ("topics", str(len(t.topics))),
            ("dated events", str(len(t.events))),
            ("plan changes", str(len(t.changes))),
            ("mentioned, not stops", ", ".join(t.mentioned)),
        ]
        if out_format == "table":
            write_panel(sys.stdout, f"Trip: {parsed.source}", [(k.capitalize(), v) for k, v in pairs])
        else:
            write_pairs(sys.stdout, pairs, out_format)
    _finish(tally, dated=True)


@app.command()
def export(
    output: Annotated[
        str | None, typer.Option("--output", "-o", metavar="FILE",
                                 help="Write to FILE (atomically) instead of stdout.")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace FILE if it exists.")] = False,
    fmt: Annotated[CalendarFormat, typer.Option("--format", "-f", help="Calendar format.")] = (
        CalendarFormat.ics
    ),
    source: Source = None,
    published: Published = None,
    dayfirst: DayFirst = False,
    monthfirst: MonthFirst = False,
    encoding: Encoding = None,
    jobs: Jobs = 1,
) -> None:
    """An iCalendar file: one all-day event per dated stop and dated event, with stable UIDs.

    Example: itin export --published 2024-07-22 -o trip.ics
    """
    from datetime import UTC, datetime
    from pathlib import Path

    from itinerary.ics import calendar
    from itinerary.query import Tally

    given = Input(source, published, dayfirst, monthfirst, encoding, jobs)
    target = Path(output) if output and output != "-" else None
    if target is not None:
        from itinerary.outputs import check_target
        from itinerary.sources import input_paths

        check_target(target, force=force, inputs=input_paths(source))
    tally = Tally()
    data, count = calendar((p.trip for p in _trips(given, tally)), datetime.now(UTC))
    _finish(tally, dated=True)
    if count == 0:
        hint = "; --published DATE resolves phrases such as " + repr(tally.unresolved[0]) \
            if tally.unresolved else ""
        raise ItinError(f"nothing to export: no stop or event has a date{hint}", Exit.NOT_FOUND)
    if target is None:
        sys.stdout.write(data.decode("utf-8"))
        return
    from itinerary.outputs import write_file

    write_file(target, data, force=force, inputs=input_paths(source))
    if sys.stderr.isatty():
        sys.stderr.write(f"itin: wrote {count} events to {target}\n")


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
    except Exception as error:  # a bug: say so in one line; ITIN_DEBUG=1 shows the traceback
        import os

        if os.environ.get("ITIN_DEBUG"):
            raise
        _error(f"internal error ({type(error).__name__}: {error}); please report it with the input "
               "(ITIN_DEBUG=1 shows where)")
        return int(Exit.INTERNAL)
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
