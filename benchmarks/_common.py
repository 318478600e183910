"""Shared helpers for the benchmark scripts: where things are, the article corpus, the `itin` command.

Imported by `run.py`, `size.py` and `profile_parse.py`, which Python runs with this folder first on
`sys.path`. Nothing here imports `itinerary` at module level, so that start-up and first-parse
measurements stay clean.
"""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
HELDOUT = ROOT / "tests" / "heldout"
MB = 1_000_000  # throughput is in MB of UTF-8 text (10^6 bytes)
MIB = 1024 * 1024  # memory is in MiB

# A dateline date such as "Jan 2, 2026", "Sept. 15, 2025" or "March 2, 2026" near the top of an article.
_DATELINE = re.compile(r"\b([A-Z][a-z]{2,8}\.? )(\d{1,2})(, )(\d{4})\b")


def ensure_importable() -> None:
    """Make `import itinerary` work from a checkout even when the package is not installed."""
    try:
        import itinerary  # noqa: F401
    except ImportError:
        sys.path.insert(0, str(ROOT))


def read_text(path: Path) -> str:
    """An article as the CLI would see it: UTF-8 with line endings normalised."""
    return path.read_text("utf-8").replace("\r\n", "\n").replace("\r", "\n")


def corpus_texts() -> list[tuple[str, str]]:
    """The team's corpus articles (tests/corpus/*.txt) as (name, text), sorted by name."""
    return [(p.name, read_text(p)) for p in sorted(CORPUS.glob("*.txt"))]


def all_article_paths() -> list[Path]:
    """Corpus and held-out articles, the varied pool that generated folders cycle through."""
    return sorted(CORPUS.glob("*.txt")) + sorted(HELDOUT.glob("*.txt"))


def bundled_text() -> str:
    """The bundled article (the first `.txt` of the bundled folder, `seeds/` in a checkout)."""
    ensure_importable()
    from itinerary.sources import bundled_folder

    paths = sorted(bundled_folder().glob("*.txt")) or sorted((ROOT / "seeds").glob("*.txt"))
    if not paths:
        raise SystemExit("no bundled article found")
    return read_text(paths[0])


def vary(text: str, k: int) -> str:
    """Variant `k` of an article, not byte-identical to any other variant of it.

    With a dateline date near the top ("BEIJING, Jan 2, 2026 (Reuters) -"), the day and year change;
    otherwise a `Published:` line with a date that depends on `k` is put in front.
    """
    head = _DATELINE.search(text, 0, 200)
    if head is not None:
        day = k % 28 + 1
        year = int(head.group(4)) - k // 28
        return f"{text[:head.start(2)]}{day}{head.group(3)}{year}{text[head.end(4):]}"
    published = date(2025, 1, 1) + timedelta(days=k)
    return f"Published: {published:%B} {published.day}, {published.year}\n\n{text}"


def make_folder(folder: Path, count: int) -> int:
    """Write `count` article files into `folder`, cycling through the corpus and held-out articles
    with small variations. Returns the total size in bytes."""
    pool = [read_text(p) for p in all_article_paths()]
    if not pool:
        raise SystemExit(f"no articles in {CORPUS} or {HELDOUT}")
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    seen: set[str] = set()
    for i in range(count):
        text = vary(pool[i % len(pool)], i // len(pool))
        if text in seen:  # cannot happen with vary(); keep the folder honest if it ever changes
            text = f"{text}\n"
        seen.add(text)
        data = text.encode("utf-8")
        (folder / f"{i:04d}.txt").write_bytes(data)
        total += len(data)
    return total


def itin_command() -> list[str]:
    """`itin` next to the running interpreter, else `python -m itinerary`."""
    bindir = Path(sys.executable).parent
    for name in ("itin", "itin.exe"):
        candidate = bindir / name
        if candidate.is_file():
            return [str(candidate)]
    return [sys.executable, "-m", "itinerary"]


def git_head() -> str:
    """Short commit hash of the checkout, with `+dirty` when tracked files are modified."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                              text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return f"{head}+dirty" if dirty else head
