"""How `parse()` scales with input size: the bundled article repeated 1x, 2x, 4x ... 256x.

Run from the repository root with the project's interpreter:

    .venv/bin/python benchmarks/size.py [--max 64] [--budget 60]

Each size is measured in a fresh child process (so peak RSS belongs to that size alone): one warm-up
parse of the plain article (gazetteer loaded), then the best of repeated timed parses of the
repeated text, its peak RSS, and finally one parse under tracemalloc for the Python heap peak. The
copies are joined by blank lines. The last line says whether time per MB stays roughly flat.
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Sequence
from dataclasses import dataclass

from _common import MB, MIB, bundled_text, ensure_importable

FLAT = 1.25  # time per MB may grow this much from the small sizes to the largest and still be "flat"
SMALL = 4  # sizes below this many copies are dominated by fixed costs; the trend starts here


@dataclass
class Step:
    """One measured size."""

    copies: int
    size: int  # bytes of UTF-8 text
    seconds: float
    traced_peak: int  # bytes, tracemalloc
    rss_peak: int  # bytes, whole child process
    rss_base: int  # bytes, after the warm-up parse

    @property
    def rate(self) -> float:
        """MB per second."""
        return self.size / MB / self.seconds

    @property
    def per_mb(self) -> float:
        """Seconds per MB."""
        return self.seconds / (self.size / MB)


def rss_bytes() -> int:
    """Peak RSS of this process so far, in bytes (0 where `resource` is missing)."""
    try:
        import resource
    except ImportError:
        return 0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def child(copies: int) -> None:
    """Measure one size in this process and print it as JSON (the `--child` mode)."""
    ensure_importable()
    from itinerary.parse import parse

    article = bundled_text()
    text = "\n\n".join([article] * copies)
    parse(article)  # warm-up: loads the gazetteer and compiles the regexes
    base = rss_bytes()
    best = math.inf
    spent = 0.0
    runs = 0
    # Best of several runs (at least 3 while a run takes under a second, and 0.5 s in all): the
    # minimum is the figure least disturbed by other load on the machine.
    while spent < 0.5 or (runs < 3 and best < 1.0):
        start = time.perf_counter()
        parse(text)
        elapsed = time.perf_counter() - start
        best = min(best, elapsed)
        spent += elapsed
        runs += 1
    peak = rss_bytes()
    tracemalloc.start()
    parse(text)
    _, traced = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(json.dumps({"copies": copies, "size": len(text.encode("utf-8")), "seconds": best,
                      "traced_peak": traced, "rss_peak": peak, "rss_base": base}))


def measure(copies: int, timeout: float) -> Step:
    """Run one size in a fresh child process."""
    done = subprocess.run([sys.executable, __file__, "--child", str(copies)], capture_output=True,
                          text=True, timeout=timeout)
    if done.returncode != 0:
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        raise RuntimeError(f"{copies}x failed: {lines[-1] if lines else done.returncode}")
    return Step(**json.loads(done.stdout))


def trend(steps: Sequence[Step]) -> str:
    """One line: is time per MB roughly flat (linear growth) from the small sizes to the largest?"""
    usable = [s for s in steps if s.copies >= SMALL]
    if len(usable) < 3:
        usable = list(steps)
    if len(usable) < 3:
        return "trend: too few sizes to judge (use a larger --max)"
    # The small sizes' best time per MB is the linear cost; noise only ever makes a figure larger.
    head = usable[:-1][:3]
    small = min(head, key=lambda s: s.per_mb)
    last = usable[-1]
    growth = last.per_mb / small.per_mb
    xs = [math.log(s.size) for s in usable]
    ys = [math.log(s.seconds) for s in usable]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    exponent = (sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
                / sum((x - mx) ** 2 for x in xs))
    doubling = last.seconds / usable[-2].seconds * usable[-2].size / last.size * 2
    verdict = ("roughly flat: linear growth" if growth <= FLAT
               else "NOT flat: super-linear growth (quadratic is exponent 2)")
    return (f"trend: time per MB {small.per_mb:.3f} s at {small.copies}x (best of {usable[0].copies}x.."
            f"{head[-1].copies}x) -> {last.per_mb:.3f} s at {last.copies}x (x{growth:.2f}); "
            f"fitted time ~ size^{exponent:.2f}, last doubling of size x{doubling:.2f} time; {verdict}")


def main(argv: Sequence[str] | None = None) -> int:
    """Measure doubling sizes, print the table and the trend line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max", type=int, default=256, metavar="N",
                        help="largest number of copies (default 256; powers of two up to N)")
    parser.add_argument("--budget", type=float, default=60.0, metavar="SECONDS",
                        help="stop when the next size would take longer than this (default 60)")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        child(args.child)
        return 0

    print(f"parse() on the bundled article repeated (Python {sys.version.split()[0]}); "
          f"MB = 10^6 bytes, memory in MiB")
    header = (f"{'copies':>6}  {'size':>9}  {'seconds':>9}  {'MB/s':>6}  {'s/MB':>7}  "
              f"{'traced peak':>11}  {'RSS peak':>8}  {'RSS growth':>10}")
    print(header)
    print("-" * len(header))
    steps: list[Step] = []
    copies = 1
    while copies <= args.max:
        try:
            step = measure(copies, timeout=max(600.0, 20 * args.budget))
        except (RuntimeError, subprocess.TimeoutExpired) as error:
            print(f"stopped: {error}")
            break
        steps.append(step)
        print(f"{step.copies:>5}x  {step.size / 1000:>7.0f}KB  {step.seconds:>9.4f}  {step.rate:>6.2f}  "
              f"{step.per_mb:>7.3f}  {step.traced_peak / MIB:>9.1f}MB  {step.rss_peak / MIB:>6.1f}MB  "
              f"{(step.rss_peak - step.rss_base) / MIB:>8.1f}MB", flush=True)
        if copies * 2 <= args.max and len(steps) >= 2:
            factor = max(2.0, step.seconds / steps[-2].seconds)
            if step.seconds * factor > args.budget:
                print(f"stopped after {copies}x: {copies * 2}x would take about "
                      f"{step.seconds * factor:.0f} s (> --budget {args.budget:.0f} s)")
                break
        copies *= 2
    print(trend(steps))
    return 0


if __name__ == "__main__":
    sys.exit(main())
