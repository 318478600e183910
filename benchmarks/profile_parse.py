"""A parser workload for profiling: every article of tests/corpus parsed `--rounds` times.

    .venv/bin/python -m cProfile -s cumulative benchmarks/profile_parse.py --rounds 20
    .venv/bin/python -m cProfile -o /tmp/parse.prof benchmarks/profile_parse.py
    .venv/bin/python -c "import pstats; pstats.Stats('/tmp/parse.prof').sort_stats('tottime').print_stats(15)"

The gazetteer is loaded by a warm-up parse first, so the profile is dominated by steady-state parsing.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence

from _common import MB, corpus_texts, ensure_importable


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the corpus repeatedly and print how much text went through."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20, help="passes over the corpus (default 20)")
    args = parser.parse_args(argv)
    ensure_importable()
    from itinerary.parse import parse

    texts = corpus_texts()
    parse(texts[0][1])  # warm-up: gazetteer load
    size = sum(len(text.encode("utf-8")) for _, text in texts)
    start = time.perf_counter()
    for _ in range(args.rounds):
        for name, text in texts:
            parse(text, source=name)
    elapsed = time.perf_counter() - start
    print(f"parsed {args.rounds} x {len(texts)} articles = {args.rounds * size / MB:.2f} MB "
          f"in {elapsed:.2f} s ({args.rounds * size / MB / elapsed:.2f} MB/s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
