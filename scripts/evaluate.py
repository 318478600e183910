"""Score the parser on the team's corpus: `python scripts/evaluate.py [FOLDER] [-v] [--today=DATE]
[--published]`.

Each `NAME.txt` in the folder has a `NAME.json` with the expected trip (stops as ISO codes and
cities in order, people with roles). Entries for cities of one country in a row are one visit, as
itin counts stops. Prints per-article and overall: stop-country F1, stop order exact-match rate,
city accuracy (a visit's cities all right, in order), people precision/recall/F1, and stop-date
accuracy (visits whose dates are exactly the expected ones, among visits expected to have dates or
given some). Articles are read on `--today` (default: today), as `itin` reads them: it dates a
dateline without a year. With `--published`, each article is read with the publication date its
JSON gives, as `itin --published DATE` would: the dates figure then measures how weekdays and
day-months are resolved once the anchor is known, apart from finding the anchor in the text.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from itinerary.parse import parse  # noqa: E402
from itinerary.parse.places import gazetteer  # noqa: E402
from itinerary.parse.text import fold  # noqa: E402


@dataclass(frozen=True)
class Score:
    """Counts for one article; overall figures add them up."""

    name: str
    stop_tp: int
    stop_fp: int
    stop_fn: int
    order_exact: bool
    cities_right: int
    cities_total: int
    people_tp: int
    people_fp: int
    people_fn: int
    dates_right: int  # stops whose dates are exactly those expected
    dates_total: int  # stops that are expected to have dates or were given some
    detail: str


def _f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _same_person(found: str, expected: str) -> bool:
    a, b = ({w.rstrip(".") for w in fold(name).split()} for name in (found, expected))  # "Jr." is "Jr"
    return a == b or (len(a) >= 1 and (a <= b or b <= a) and min(len(a), len(b)) >= 1 and
                      len(a & b) >= min(len(a), len(b)))


def _visits(codes: list[str]) -> list[tuple[str, int]]:
    """Each stop's country with how many times it was visited before: ("PE", 0), ("PE", 1)."""
    seen: dict[str, int] = {}
    keys = []
    for code in codes:
        keys.append((code, seen.get(code, 0)))
        seen[code] = seen.get(code, 0) + 1
    return keys


def _labelled(dates: dict[tuple[str, int], list[str]]) -> dict[str, list[str]]:
    """Dates by stop as printed: "PE", then "PE#2" for a second visit."""
    return {code if n == 0 else f"{code}#{n + 1}": days for (code, n), days in dates.items()}


def _same_city(found: str, expected: str) -> bool:
    """The same name, or two names the gazetteer knows for one city ("South Tarawa", "Tarawa")."""
    if fold(found) == fold(expected):
        return True
    a, b = gazetteer().find_city(found), gazetteer().find_city(expected)
    return a is not None and a == b


def _expected_visits(expected: dict[str, Any]) -> list[tuple[str, list[str], list[str]]]:
    """The expected stops as visits: (country, cities, days). Entries for cities of one country in a
    row are one visit, as itin counts them ("Ankara, then Istanbul" is one stop in Turkey)."""
    dates = expected.get("dates") or {}
    visits: list[tuple[str, list[str], list[str]]] = []
    for number, stop in enumerate(expected["stops"], 1):
        if not visits or visits[-1][0] != stop["country"]:
            visits.append((stop["country"], [], []))
        code, cities, days = visits[-1]
        if stop["city"] is not None and stop["city"] not in cities:
            cities.append(stop["city"])
        days.extend(d for d in dates.get(str(number), []) if d not in days)
    return [(code, cities, sorted(days)) for code, cities, days in visits]


def _same_cities(found: tuple[str, ...], expected: list[str]) -> bool:
    return len(found) == len(expected) and all(_same_city(f, e) for f, e in zip(found, expected, strict=True))


def score(text_path: Path, today: date | None = None, published: bool = False) -> Score:
    """Parse one article, read on `today` (as the command line does), and compare with its
    expected JSON; with `published`, give the parser the JSON's publication date."""
    expected: dict[str, Any] = json.loads(text_path.with_suffix(".json").read_text("utf-8"))
    on = date.fromisoformat(expected["published"]) if published and expected.get("published") else None
    trip = parse(text_path.read_text("utf-8"), today=today, published=on)
    visits = _expected_visits(expected)
    got = [s.code for s in trip.stops]
    want = [code for code, _, _ in visits]
    tp = len(set(got) & set(want))
    # A country visited twice is matched visit by visit: its k-th stop with the expected k-th.
    got_keys, want_keys = _visits(got), _visits(want)
    by_key = dict(zip(got_keys, trip.stops, strict=True))
    cities_right = sum(_same_cities(by_key[key].cities if key in by_key else (), cities)
                       for key, (_, cities, _) in zip(want_keys, visits, strict=True))
    want_dates = {key: days for key, (_, _, days) in zip(want_keys, visits, strict=True) if days}
    got_dates = {key: list(s.dates) for key, s in zip(got_keys, trip.stops, strict=True) if s.dates}
    dated = set(want_dates) | set(got_dates)
    dates_right = sum(want_dates.get(code) == got_dates.get(code) for code in dated)
    names = [p.name for p in trip.people]
    wanted = [p["name"] for p in expected["people"]]
    matched = sum(any(_same_person(n, w) for n in names) for w in wanted)
    extra = sum(not any(_same_person(n, w) for w in wanted) for n in names)
    missing = [w for w in wanted if not any(_same_person(n, w) for n in names)]
    spurious = [n for n in names if not any(_same_person(n, w) for w in wanted)]
    detail = (
        f"  stops got {got} want {want}\n"
        f"  cities got {[list(s.cities) for s in trip.stops]} want {[c for _, c, _ in visits]}\n"
        f"  people missing {missing} spurious {spurious}\n"
        f"  dates got {_labelled(got_dates)} want {_labelled(want_dates)}"
    )
    return Score(text_path.stem, tp, len(set(got) - set(want)), len(set(want) - set(got)),
                 got == want, cities_right, len(want), matched, extra, len(wanted) - matched,
                 dates_right, len(dated), detail)


def evaluate(folder: Path, today: date | None = None, published: bool = False) -> list[Score]:
    """Scores for every article of `folder`, read on `today` (default: the real today), with the
    JSON's publication date given to the parser when `published`."""
    today = today or date.today()
    return [score(p, today, published) for p in sorted(folder.glob("*.txt"))
            if p.with_suffix(".json").exists()]


def overall(scores: list[Score]) -> dict[str, float]:
    """Micro-averaged figures over all articles."""
    stop = _f1(sum(s.stop_tp for s in scores), sum(s.stop_fp for s in scores),
               sum(s.stop_fn for s in scores))
    people = _f1(sum(s.people_tp for s in scores), sum(s.people_fp for s in scores),
                 sum(s.people_fn for s in scores))
    return {
        "articles": len(scores),
        "stop_f1": stop[2],
        "order_exact": sum(s.order_exact for s in scores) / len(scores) if scores else 0.0,
        "city_accuracy": sum(s.cities_right for s in scores) / max(1, sum(s.cities_total for s in scores)),
        "people_precision": people[0],
        "people_recall": people[1],
        "people_f1": people[2],
        "date_accuracy": sum(s.dates_right for s in scores) / max(1, sum(s.dates_total for s in scores)),
    }


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv and not argv[0].startswith("-") else ROOT / "tests" / "corpus"
    verbose = "--verbose" in argv or "-v" in argv
    today = next((date.fromisoformat(a.split("=", 1)[1]) for a in argv if a.startswith("--today=")), None)
    scores = evaluate(folder, today, "--published" in argv)
    print(f"{'article':44} {'stopF1':>6} {'order':>5} {'city':>5} {'pplP':>5} {'pplR':>5} {'dates':>5}")
    for s in scores:
        sf1 = _f1(s.stop_tp, s.stop_fp, s.stop_fn)[2]
        pp, pr, _ = _f1(s.people_tp, s.people_fp, s.people_fn)
        print(f"{s.name:44} {sf1:6.2f} {'yes' if s.order_exact else 'no':>5} "
              f"{s.cities_right}/{s.cities_total:<3} {pp:5.2f} {pr:5.2f} {s.dates_right}/{s.dates_total}")
        if verbose and (not s.order_exact or s.people_fp or s.people_fn
                        or s.cities_right < s.cities_total or s.dates_right < s.dates_total):
            print(s.detail)
    figures = overall(scores)
    print()
    for key, value in figures.items():
        print(f"{key:18} {value:.3f}" if isinstance(value, float) else f"{key:18} {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
