"""Performance report for `itin`: start-up, parser throughput, folders, memory, streaming, imports.

Run from the repository root with the project's interpreter:

    .venv/bin/python benchmarks/run.py [--quick]

Each figure is printed beside its target with PASS or FAIL (or n/a when the CLI does not offer the
feature yet). The script is a report, not a test: it always exits 0.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from _common import MB, MIB, ROOT, corpus_texts, ensure_importable, git_head, itin_command, make_folder

FOLDER_SIZE = 1000

# A minimal one-command Typer app that prints one line: the start-up floor (see REFERENCE.md).
MINIMAL_APP = textwrap.dedent(
    """\
    import typer

    app = typer.Typer()


    @app.command()
    def main() -> None:
        print("hello")


    if __name__ == "__main__":
        app()
    """
)

# Child process that runs a command and reports the command's own peak RSS (not the parent's).
RSS_PROBE = textwrap.dedent(
    """\
    import json, resource, subprocess, sys
    done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({"rc": done.returncode, "maxrss": usage.ru_maxrss,
                      "stderr": done.stderr.decode("utf-8", "replace")[-500:]}))
    """
)


@dataclass
class Row:
    """One line of the report."""

    name: str
    value: str
    target: str = ""
    status: str = ""  # PASS, FAIL, n/a, INFO, ERROR


@dataclass
class Settings:
    """How many repetitions each measurement makes."""

    startup_runs: int
    throughput_bytes: int
    folder_runs: int


def verdict(ok: bool) -> str:
    """PASS or FAIL."""
    return "PASS" if ok else "FAIL"


def plain_env() -> dict[str, str]:
    """The environment of a piped run: nothing that forces a terminal or colour."""
    env = dict(os.environ)
    # PYTHONDONTWRITEBYTECODE too: an installed copy has its bytecode (pip writes it), so the check
    # run before each measurement writes it for the checkout as well, as the floor's Typer has it.
    for name in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "NO_COLOR", "COLUMNS", "LINES",
                 "PYTHONDONTWRITEBYTECODE"):
        env.pop(name, None)
    env["PYTHONIOENCODING"] = "utf-8"
    env["ITIN_NO_CACHE"] = "1"  # every measurement parses, unless it says otherwise (`cached`)
    return env


def cached(env: dict[str, str], folder: Path) -> dict[str, str]:
    """`env` with itin's on-disk cache of parsed trips on, in a private `folder`."""
    return {k: v for k, v in env.items() if k != "ITIN_NO_CACHE"} | {"ITIN_CACHE_DIR": str(folder)}


def terminal_env() -> dict[str, str]:
    """An environment in which Rich renders as on a 120-column colour terminal although stdout is a
    pipe: Rich's Console takes `is_terminal` from FORCE_COLOR / TTY_COMPATIBLE before `isatty()`."""
    env = plain_env()
    env.update({"FORCE_COLOR": "1", "TTY_COMPATIBLE": "1", "COLUMNS": "120", "LINES": "40"})
    return env


def run_timed(cmd: Sequence[str], env: dict[str, str]) -> tuple[float, subprocess.CompletedProcess[bytes]]:
    """Wall-clock seconds of one run of `cmd`, output captured."""
    start = time.perf_counter()
    done = subprocess.run(list(cmd), env=env, cwd=ROOT, capture_output=True)
    return time.perf_counter() - start, done


def rejected(done: subprocess.CompletedProcess[bytes]) -> bool:
    """Whether the CLI refused an option or value as unknown (usage error, exit code 2)."""
    err = done.stderr.decode("utf-8", "replace")
    return done.returncode == 2 and any(
        marker in err for marker in ("No such option", "Invalid value", "is not one of")
    )


def short(done: subprocess.CompletedProcess[bytes]) -> str:
    """The first line of a failed command's stderr, for the report."""
    return f"exit {done.returncode}: {last_line(done.stderr.decode('utf-8', 'replace'))}"


def last_line(text: str, width: int = 100) -> str:
    """The last non-empty line of `text`, cut to `width` characters."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return (lines[-1] if lines else "")[:width]


# --- a. start-up ---------------------------------------------------------------------------------


def _forget_trips(folder: Path) -> Callable[[], None]:
    """A step that removes the parsed trips (not the compiled patterns) kept in `folder`."""

    def forget() -> None:
        for trip in folder.glob("*.trip"):
            trip.unlink()

    return forget


def _nothing() -> None:
    """No step."""


def startup(itin: list[str], settings: Settings, scratch: Path) -> list[Row]:
    """`itin stops` (TSV, and a forced-terminal Rich table) against the minimal Typer app, alternating
    the two commands run by run; medians of `settings.startup_runs` runs after one warm-up each."""
    app = scratch / "minimal_app.py"
    app.write_text(MINIMAL_APP, "utf-8")
    floor_cmd = [sys.executable, str(app)]
    # itin keeps parsed trips of single articles, and its compiled patterns, in an on-disk cache
    # (a private folder here, filled by the check run): "warm" is a repeated call on the same article;
    # "new article" a call that must parse (its trip is removed before each run) with the patterns
    # kept; "first run" one with nothing kept (ITIN_NO_CACHE=1, as after an upgrade).
    tsv, table = [*itin, "stops", "--format", "tsv"], [*itin, "stops", "--format", "table"]
    kept = scratch / "cache"
    cases = [
        ("start-up: stops --format tsv (warm cache)", tsv, cached(plain_env(), kept), 1.3, None),
        ("start-up: stops --format table (warm cache)", table, cached(terminal_env(), kept), 1.6, "─"),
        ("start-up: stops --format tsv (new article: parses)", tsv, cached(plain_env(), kept), 1.3, None),
        ("start-up: stops --format table (new article: parses)", table, cached(terminal_env(), kept), 1.6,
         "─"),
        ("start-up: stops --format tsv (first run: nothing kept)", tsv, plain_env(), 1.3, None),
        ("start-up: stops --format table (first run: nothing kept)", table, terminal_env(), 1.6, "─"),
    ]
    rows: list[Row] = []
    for name, cmd, env, limit, must_contain in cases:
        forget = _forget_trips(kept) if "new article" in name else _nothing
        _, check = run_timed(cmd, env)
        if check.returncode != 0:
            rows.append(Row(name, short(check), f"<= {limit}x floor", "ERROR"))
            continue
        if must_contain and must_contain not in check.stdout.decode("utf-8", "replace"):
            rows.append(Row(name, "output is not a rendered table", f"<= {limit}x floor", "ERROR"))
            continue
        run_timed(floor_cmd, env)  # warm-up of the floor as well
        mine: list[float] = []
        floor: list[float] = []
        for _ in range(settings.startup_runs):
            forget()
            mine.append(run_timed(cmd, env)[0])
            floor.append(run_timed(floor_cmd, env)[0])
        m, f = statistics.median(mine), statistics.median(floor)
        ratio = m / f
        rows.append(Row(name, f"{m * 1000:.0f} ms vs floor {f * 1000:.0f} ms = {ratio:.2f}x",
                        f"<= {limit}x floor", verdict(ratio <= limit)))
    return rows


# --- b. throughput -------------------------------------------------------------------------------


def throughput(settings: Settings) -> list[Row]:
    """In-process `parse()` over the team's corpus, cycling through the articles until about
    `settings.throughput_bytes` of text are parsed. The first parse (lazy gazetteer load) is timed
    on its own. Must run before anything else in this process imports the parser."""
    texts = corpus_texts()
    if not texts:
        return [Row("throughput", "no articles in tests/corpus", ">= 2 MB/s", "ERROR")]
    ensure_importable()
    start = time.perf_counter()
    from itinerary.parse import parse

    imported = time.perf_counter() - start
    first_name, first_text = texts[0]
    start = time.perf_counter()
    parse(first_text, source=first_name)
    first = time.perf_counter() - start
    start = time.perf_counter()
    parse(first_text, source=first_name)
    again = time.perf_counter() - start

    sizes = [len(text.encode("utf-8")) for _, text in texts]
    done_bytes = 0
    parses = 0
    start = time.perf_counter()
    while done_bytes < settings.throughput_bytes:
        for (name, text), size in zip(texts, sizes, strict=True):
            parse(text, source=name)
            done_bytes += size
            parses += 1
    elapsed = time.perf_counter() - start
    rate = done_bytes / MB / elapsed
    return [
        Row("throughput: parse() on tests/corpus (one core)",
            f"{rate:.2f} MB/s ({done_bytes / MB:.1f} MB, {parses} parses of {len(texts)} articles, "
            f"{elapsed:.1f} s)", ">= 2 MB/s", verdict(rate >= 2.0)),
        Row("first parse (includes gazetteer load)",
            f"{first * 1000:.0f} ms (same article again: {again * 1000:.1f} ms; "
            f"import itinerary.parse: {imported * 1000:.0f} ms)", "", "INFO"),
    ]


# --- c. folder -----------------------------------------------------------------------------------


def folder_runs(itin: list[str], folder: Path, total_bytes: int, settings: Settings) -> list[Row]:
    """`itin stops --source DIR --format tsv` over the generated folder, without and with `--jobs 2`."""
    rows: list[Row] = []
    serial = 0.0
    label = f"{FOLDER_SIZE} files, {total_bytes / MB:.1f} MB"
    for name, extra in (("folder: stops --source DIR", []), ("folder: stops --source DIR --jobs 2",
                                                             ["--jobs", "2"])):
        cmd = [*itin, "stops", "--source", str(folder), "--format", "tsv", *extra]
        times: list[float] = []
        done: subprocess.CompletedProcess[bytes] | None = None
        for _ in range(settings.folder_runs):
            elapsed, done = run_timed(cmd, plain_env())
            if done.returncode != 0:
                break
            times.append(elapsed)
        assert done is not None
        if extra and rejected(done):
            rows.append(Row(name, "n/a (no --jobs)", "< 3 s", "n/a"))
        elif done.returncode != 0:
            rows.append(Row(name, short(done), "< 3 s", "ERROR"))
        else:
            t = statistics.median(times)
            lines = done.stdout.count(b"\n")
            speedup = f", x{serial / t:.2f} vs serial" if extra and serial else ""
            serial = serial or t
            rows.append(Row(name, f"{t:.2f} s ({label}, {lines} rows, {total_bytes / MB / t:.2f} MB/s"
                                  f"{speedup})", "< 3 s", verdict(t < 3.0)))
    return rows


# --- d. memory -----------------------------------------------------------------------------------


def peak_rss(cmd: Sequence[str]) -> tuple[float | None, str]:
    """Peak RSS in MiB of `cmd`, measured in a fresh probe process (RUSAGE_CHILDREN of the probe
    covers only `cmd`), and an error message when it failed."""
    try:
        import resource  # noqa: F401  (POSIX only)
    except ImportError:
        return None, "n/a (no resource module)"
    done = subprocess.run([sys.executable, "-c", RSS_PROBE, *cmd], env=plain_env(), cwd=ROOT,
                          capture_output=True, text=True)
    if done.returncode != 0:
        return None, f"probe failed: {last_line(done.stderr)}"
    report = json.loads(done.stdout)
    if report["rc"] != 0:
        return None, f"exit {report['rc']}: {last_line(report['stderr'])}"
    unit = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
    return report["maxrss"] * unit / MIB, ""


def memory(itin: list[str], folder: Path, scratch: Path) -> list[Row]:
    """Peak RSS of one article, of the generated folder, and of the minimal Typer app for scale."""
    rows: list[Row] = []
    cases = [
        ("memory: stops, bundled article", [*itin, "stops", "--format", "tsv"]),
        (f"memory: stops, {FOLDER_SIZE}-article folder",
         [*itin, "stops", "--source", str(folder), "--format", "tsv"]),
    ]
    for name, cmd in cases:
        mib, error = peak_rss(cmd)
        if mib is None:
            rows.append(Row(name, error, "< 80 MiB", "n/a" if error.startswith("n/a") else "ERROR"))
        else:
            rows.append(Row(name, f"{mib:.1f} MiB peak RSS", "< 80 MiB", verdict(mib < 80)))
    floor, _ = peak_rss([sys.executable, str(scratch / "minimal_app.py")])
    if floor is not None:
        rows.append(Row("memory: minimal Typer app (for scale)", f"{floor:.1f} MiB peak RSS", "", "INFO"))
    return rows


# --- e. streaming --------------------------------------------------------------------------------


def streaming(itin: list[str], folder: Path, scratch: Path) -> list[Row]:
    """`itin trip --source DIR --format jsonl`: when the first line arrives against the whole run."""
    name = "streaming: trip --format jsonl, first line"
    target = "< 20% of total"
    cmd = [*itin, "trip", "--source", str(folder), "--format", "jsonl"]
    errors = scratch / "stream.err"
    with errors.open("wb") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, env=plain_env(), cwd=ROOT)
        assert proc.stdout is not None
        first_line = proc.stdout.readline()
        first = time.perf_counter() - start
        rest = proc.stdout.read()
        code = proc.wait()
        total = time.perf_counter() - start
    message = errors.read_bytes()
    done = subprocess.CompletedProcess(cmd, code, first_line + rest, message)
    if rejected(done):
        return [Row(name, "n/a (no jsonl format)", target, "n/a")]
    if code != 0 or not first_line:
        return [Row(name, short(done) if code else "no output", target, "ERROR")]
    lines = done.stdout.count(b"\n")
    try:
        json.loads(first_line)
        shape = ""
    except ValueError:
        shape = "; first line is not a JSON object"
    share = first / total
    return [Row(name, f"{first * 1000:.0f} ms of {total:.2f} s = {share:.0%} ({lines} lines{shape})",
                target, verdict(share < 0.2 and not shape))]


# --- import time ---------------------------------------------------------------------------------


def import_times(top: int = 8) -> list[str]:
    """The `top` entries of `python -X importtime -c "import itinerary.cli"` by cumulative time."""
    cmd = [sys.executable, "-X", "importtime", "-c", "import itinerary.cli"]
    subprocess.run(cmd, cwd=ROOT, capture_output=True, env=plain_env())  # warm the bytecode caches
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, env=plain_env())
    entries: list[tuple[int, int, str]] = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        parts = line.removeprefix("import time:").split("|")
        if len(parts) != 3:
            continue
        entries.append((int(parts[1]), int(parts[0]), parts[2].rstrip()))
    if not entries:
        return [f"  (no import-time output; exit {done.returncode})"]
    entries.sort(reverse=True)
    out = [f"  {'cumulative':>10}  {'self':>8}  module"]
    for cumulative, own, module in entries[:top]:
        out.append(f"  {cumulative / 1000:>8.1f}ms  {own / 1000:>6.1f}ms  {module.strip()}")
    return out


# --- report --------------------------------------------------------------------------------------


def guarded(name: str, measure: Callable[[], list[Row]]) -> list[Row]:
    """Run one measurement; an exception becomes an ERROR row instead of ending the report."""
    try:
        return measure()
    except Exception as error:  # noqa: BLE001  (a report keeps going)
        return [Row(name, f"{type(error).__name__}: {error}"[:100], "", "ERROR")]


def print_table(rows: Sequence[Row]) -> None:
    """The rows as an aligned plain-text table."""
    headers = Row("measurement", "value", "target", "result")
    widths = [max(len(getattr(r, field)) for r in [headers, *rows])
              for field in ("name", "value", "target", "status")]
    for i, row in enumerate([headers, *rows]):
        cells = (row.name, row.value, row.target, row.status)
        print("  ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True)).rstrip())
        if i == 0:
            print("  ".join("-" * width for width in widths))


def main(argv: Sequence[str] | None = None) -> int:
    """Measure everything, print the report, exit 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true",
                        help="fewer repetitions: 10 start-up runs, 1 MB of parsing, 1 folder run")
    args = parser.parse_args(argv)
    settings = (Settings(startup_runs=10, throughput_bytes=1 * MB, folder_runs=1) if args.quick
                else Settings(startup_runs=20, throughput_bytes=3 * MB, folder_runs=3))
    itin = itin_command()
    print(f"itin benchmarks  (commit {git_head()}, Python {platform.python_version()}, "
          f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs"
          f"{', --quick' if args.quick else ''})")
    print(f"command: {' '.join(itin)}")
    print()

    rows: list[Row] = []
    # In-process parsing first, so that its first-parse figure includes the gazetteer load.
    rows += guarded("throughput", lambda: throughput(settings))
    with tempfile.TemporaryDirectory(prefix="itin-bench-") as tmp:
        scratch = Path(tmp)
        folder = scratch / "articles"
        total_bytes = make_folder(folder, FOLDER_SIZE)
        rows = guarded("start-up", lambda: startup(itin, settings, scratch)) + rows
        rows += guarded("folder", lambda: folder_runs(itin, folder, total_bytes, settings))
        rows += guarded("memory", lambda: memory(itin, folder, scratch))
        rows += guarded("streaming", lambda: streaming(itin, folder, scratch))
    print_table(rows)
    print()
    print('python -X importtime -c "import itinerary.cli": top 8 by cumulative time')
    for line in import_times():
        print(line)
    counts = {status: sum(r.status == status for r in rows) for status in ("PASS", "FAIL", "n/a", "ERROR")}
    print()
    print("summary: " + ", ".join(f"{n} {status}" for status, n in counts.items() if n))
    return 0


if __name__ == "__main__":
    sys.exit(main())
