"""The parse pipeline: sentences, places, people, stops, dates, topics and quotes, made a `Trip`."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from datetime import date, timedelta

from itinerary.model import DatedEvent, Evidence, Person, PlanChange, Quote, Stop, Topic, Trip
from itinerary.parse import dates as _dates
from itinerary.parse.patterns import compiled
from itinerary.parse.people import People, PersonRecord, find_people
from itinerary.parse.places import Gazetteer, Mention, gazetteer
from itinerary.parse.quotes import QuoteFound, find_quotes
from itinerary.parse.stops import StopsFound, find_stops, listed_mentions
from itinerary.parse.text import Sentence, fold, split_sentences
from itinerary.parse.timing import StopTime, in_dateline, stop_times, trip_spans
from itinerary.parse.topics import acronyms, find_phrases, key_of
from itinerary.parse.towns import (
    find_towns,
    role_state_country,
    state_country,
    state_office_country,
    with_state_towns,
)
from itinerary.parse.travelers import (
    PARTY,
    about_trip,
    delegation_home,
    find_traveler,
    home_of_partner,
    home_returned_to,
    letterhead,
    named_with,
    office_home,
    others_named,
    travel_party,
)
from itinerary.parse.windows import WINDOW, parse_in_windows
from itinerary.parse.year import dateline_year, weekday_date

__all__ = ["parse"]

_LEADER = compiled(r"\b(?:he|she)\b|" + PARTY, re.IGNORECASE)
_ACCOMPANIED = compiled(
    r"\b(?:accompanied|joined)\b[^.;]{0,40}?\bby\b|\balong\s+with\b|\btogether\s+with\b", re.IGNORECASE
)


def parse(text: str, *, published: date | None = None, source: str = "", today: date | None = None) -> Trip:
    """Read one article. `published` anchors weekday phrases; without it, the text's own date
    (dateline, header) is used when it gives one. Given the reader's `today`, a dateline without a
    year gets one from a weekday beside it ("Sept 9 ... said on Tuesday"; see `year.py`). Text
    longer than `windows.WINDOW` characters is read window by window (bounded memory) and the
    windows' trips merged."""
    if len(text) > WINDOW:
        return parse_in_windows(text, _parse_one, published, source, today)
    return _parse_one(text, published=published, source=source, today=today)


def _parse_one(text: str, *, published: date | None = None, source: str = "",
               today: date | None = None) -> Trip:
    """Read one article of at most `windows.WINDOW` characters."""
    sentences = split_sentences(text)
    places = with_state_towns(text, gazetteer().scan(text))
    by_sentence = _bucket(places, sentences)
    people = find_people(text, sentences, places)
    # towns of the countries named, outside everyone's names: "a border town, Adre"; a "person" with
    # nothing but a name that is such a town ("soft on Belgrade and Banja Luka") is the town
    named = {m.country for m in places if m.country and m.kind in ("country", "demonym", "city")}
    records = people.records
    bare = {i: " ".join(p.tokens) for i, p in enumerate(records) if p.role is None and not p.affiliation}
    towns = find_towns(text, named, places, {word for p in records for word in p.tokens}, set(bare.values()))
    town_names = {fold(m.text) for m in towns}
    agency = _dateline_agency(sentences)  # "Kingstown, Feb 1 (Prensa Latina)": no one called so
    people = people.without({i for i, name in bare.items()
                             if name in town_names or state_country(name) or name == agency})
    for record in records:  # "Tamil Nadu Chief Minister M K Stalin": the state's country
        if record.affiliation is None and record.role:
            record.affiliation = role_state_country(record.role)
    traveler = find_traveler(sentences, people, by_sentence)
    party = travel_party(sentences, people, traveler)
    about = about_trip(sentences, people, traveler, party, by_sentence)
    own = people.records[traveler].affiliation if traveler is not None else None
    # a journey home says more than the country of someone named with the traveller (maybe a host)
    home = (own or home_returned_to(sentences, by_sentence, about)
            or state_office_country(text, people.records[traveler].role if traveler is not None else None)
            or home_of_partner(sentences, people, traveler, by_sentence) or letterhead(text, places)
            or delegation_home(sentences, by_sentence) or office_home(sentences, by_sentence, about))
    town_ends = {t.start: t.end for t in towns}
    inside = _inside_names(places, people) | {  # "Belize" of "Belize City"
        m for m in places if m.start in town_ends and m.end <= town_ends[m.start]}
    if towns or inside:
        by_sentence = _bucket([*(m for m in places if m not in inside), *towns], sentences)
    anchor, anchor_from, day_known = _anchor(text, published, today)
    window, span = trip_spans(sentences, about, anchor, by_sentence, home, day_known=day_known)
    named_months = _months_named(sentences, about)
    months = _trip_months(anchor or _dateline_day(text), span, named_months) or named_months
    found = find_stops(sentences, by_sentence, home=home, about_trip=about, trip_months=months,
                       trip_year=anchor.year if anchor else None,
                       others=others_named(text, sentences, people, party))
    times = stop_times(found, sentences, by_sentence, about, anchor, window, day_known=day_known, home=home)
    return _assemble(text, source, sentences, by_sentence, people, traveler, found, times, anchor,
                     anchor_from, day_known)


def _inside_names(places: list[Mention], people: People) -> set[Mention]:
    """Cities named inside someone's longer name: "Foreign Minister Denzil Douglas" is no
    mention of Douglas on the Isle of Man; nor is a reference to the person by that word alone
    ("Douglas told"), though a one-word name ("Princess Sofia") stays the place's too."""
    spans = sorted((m.start, m.end) for m in people.mentions if m.end > m.start)
    by_word = {(m.start, m.end) for m in people.mentions
               if m.end > m.start and len(people.records[m.person].tokens) > 1}
    inside: set[Mention] = set()
    for place in places:
        if place.kind != "city":
            continue
        at = bisect_right(spans, (place.start, place.end + 1)) - 1
        if at >= 0 and (spans[at][0] < place.start and place.end <= spans[at][1]
                        or (place.start, place.end) == spans[at] and spans[at] in by_word):
            inside.add(place)
    return inside


_AGENCY = compiled(r"\(([A-Z][A-Za-z .-]{1,25})\)")


def _dateline_agency(sentences: Sequence[Sentence]) -> str | None:
    """The news agency named in brackets in the dateline that opens one of the first sentences, folded."""
    for sentence in sentences[:4]:
        end = _dates.dateline_end(sentence.text)
        agency = _AGENCY.search(sentence.text, 0, end) if end else None
        if agency:
            return " ".join(fold(agency.group(1)).split())
    return None


def _bucket(places: Sequence[Mention], sentences: Sequence[Sentence]) -> list[list[Mention]]:
    buckets: list[list[Mention]] = [[] for _ in sentences]
    i = 0
    for mention in sorted(places, key=lambda m: m.start):
        while i < len(sentences) and sentences[i].end <= mention.start:
            i += 1
        if i < len(sentences) and sentences[i].start <= mention.start:
            buckets[i].append(mention)
    return buckets




_YEARLESS_DATELINE = compiled(
    r"\A\s*[A-Z][A-Z .'/-]{1,40},\s*(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})\b"
)


def _dateline_day(text: str) -> date | None:
    """The month and day of a dateline without a year ("TOKYO, Jan. 6 (Kyodo) --"), in a stand-in
    year: enough to tell which months the trip falls in, never used as the article's date."""
    match = _YEARLESS_DATELINE.match(text)
    if match is None:
        return None
    month = _dates.month_number(match.group(1))
    try:
        return date(2000, month, int(match.group(2)))
    except ValueError:
        return None


_MONTH_DAY = compiled(
    r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b"
)


def _months_named(sentences: Sequence[Sentence], about: Sequence[bool]) -> frozenset[int]:
    """Without the article's date: the months of the days it names ("May 6-9", "16 November") in
    sentences about the trip, which are the months the trip falls in."""
    months = set()
    for sentence in sentences:
        if about[sentence.index]:
            for match in _MONTH_DAY.finditer(sentence.text):
                name = match.group(1) or match.group(2)
                months.add(_dates.month_number(name))
    return frozenset(months)


def _trip_months(anchor: date | None, window: tuple[date, date] | None,
                 named: frozenset[int] = frozenset()) -> frozenset[int]:
    """Months the trip may fall in: those of its stated window; else, when the days it names all
    fall in the article's month or the one before (a trip told afterwards), those months; else
    from ten days before the article's date to forty after. None when the article's date is
    unknown."""
    if anchor is None:
        return frozenset()
    if window is None and named and all((anchor.month - month) % 12 <= 1 for month in named):
        return named | {anchor.month}
    first, last = window or (anchor - timedelta(days=10), anchor + timedelta(days=40))
    months: set[int] = set()
    day = first.replace(day=1)
    while day <= last:
        months.add(day.month)
        day = (day + timedelta(days=32)).replace(day=1)
    return frozenset(months)


def _anchor(text: str, published: date | None,
            today: date | None) -> tuple[date | None, str | None, bool]:
    """The date phrases are read from, where it came from, and whether it is the day the article
    was written (not only a day that gives the year of its dates)."""
    if published is not None:
        return published, "option", True
    found = _dates.find_published(text)
    if found is not None:
        return found[0], found[1], True
    if today is None:
        return None, None, True
    if dated := dateline_year(text, today):
        return dated[0], f"dateline and '{dated[1]}'", True
    if paired := weekday_date(text, today):
        # "arrives on Monday, February 16": the year of the article's dates, not the day it was written
        return paired[0], f"year of '{paired[1]}'", False
    return None, None, True


def _evidence(sentence: Sentence) -> Evidence:
    return Evidence(sentence.text, sentence.start, sentence.end)


def _assemble(
    text: str,
    source: str,
    sentences: Sequence[Sentence],
    by_sentence: Sequence[Sequence[Mention]],
    people: People,
    traveler: int | None,
    found: StopsFound,
    times: Sequence[StopTime],
    anchor: date | None,
    anchor_from: str | None,
    day_known: bool = True,
) -> Trip:
    gaz = gazetteer()
    short_forms = acronyms(text)
    records = people.records
    stop_of = found.sentence_stop
    events: dict[int, list[str]] = {n: [] for n in range(len(found.stops))}
    topics: list[Topic] = []
    companions: dict[int, list[int]] = {n: [] for n in range(len(found.stops))}
    co_travelers: list[int] = []
    seen_topics: set[tuple[int | None, str]] = set()
    for sentence in sentences:
        scope_default = stop_of[sentence.index]
        for phrase in find_phrases(sentence.text, short_forms):
            scope = _scope(sentence, by_sentence[sentence.index], found, phrase.offset, scope_default)
            label, person = _with_full_names(phrase.text, phrase.person_hint, sentence, people)
            key = (scope, f"person {person}" if person is not None else key_of(label))
            if key in seen_topics:
                continue
            seen_topics.add(key)
            if phrase.kind == "event" and scope is not None:
                events[scope].append(label)
            country = gaz.country(found.stops[scope].code).name if scope is not None else None
            topics.append(Topic(label, phrase.kind, scope + 1 if scope is not None else None, country,
                                _evidence(sentence)))
        if traveler is not None:
            _companions(sentence, people, traveler, scope_default, companions, co_travelers)
    topics.sort(key=lambda t: (t.stop or 0))
    stops = tuple(
        _stop(index, found, sentences, events, companions, records, times[index], gaz)
        for index in range(len(found.stops))
    )
    quotes = find_quotes(sentences, people)
    persons = _persons(people, traveler, stops, stop_of, sentences, by_sentence, quotes, gaz)
    stop_codes = {s.code for s in stops}
    mentioned: list[str] = []
    for mention in sorted((m for ms in by_sentence for m in ms), key=lambda m: m.start):
        if mention.country and mention.country not in stop_codes:
            name = gaz.country(mention.country).name
            if name not in mentioned:
                mentioned.append(name)
    length = _dates.find_trip_length(text)
    lead = records[traveler] if traveler is not None else None
    traveler_names = [records[i].name for i in ([traveler] if traveler is not None else [])]
    traveler_names += [records[i].name for i in co_travelers if i != traveler]
    return Trip(
        source=source,
        traveler=lead.name if lead else None,
        traveler_role=lead.role if lead else None,
        travelers=tuple(dict.fromkeys(traveler_names)),
        published=anchor.isoformat() if anchor and day_known else None,
        published_from=anchor_from,
        length_days=length.days,
        length_text=length.days_text,
        nations=length.nations,
        nations_text=length.nations_text,
        stops=stops,
        people=persons,
        topics=tuple(topics),
        events=_dated_events(sentences, found, times, anchor, day_known),
        changes=tuple(PlanChange(sentences[i].text, _evidence(sentences[i])) for i in found.changes),
        mentioned=tuple(mentioned),
    )


def _scope(
    sentence: Sentence,
    mentions: Sequence[Mention],
    found: StopsFound,
    offset: int,
    default: int | None,
) -> int | None:
    """The stop a phrase belongs to: the nearest stop named before it in its sentence (not one
    inside a list of stops), else the sentence's own stop."""
    index: dict[str, int] = {}
    for n, draft in enumerate(found.stops):
        index.setdefault(draft.code, n)
    named = [m for m in mentions if m.country in index and m.kind in ("country", "city", "demonym")]
    if len({m.country for m in named}) <= 1:
        return default
    listed = listed_mentions(sentence, named)
    best: int | None = None
    for mention in named:
        if mention.start - sentence.start <= offset and mention not in listed:
            best = index[mention.country or ""]
    return best if best is not None else default


def _with_full_names(
    label: str, hint: str, sentence: Sentence, people: People
) -> tuple[str, int | None]:
    """ "meeting with Prime Minister Kishida" -> ("meeting with Prime Minister Fumio Kishida", him)."""
    if not hint:
        return label, None
    for mention in people.sentence_mentions(sentence.index):
        if mention.end <= mention.start:
            continue
        written = sentence.text[mention.start - sentence.start:mention.end - sentence.start]
        if written not in hint:
            continue
        full = people.records[mention.person].name
        if full not in label and len(written) < len(full):
            label = label.replace(written, full, 1)
        return label, mention.person
    return label, None


def _companions(
    sentence: Sentence,
    people: People,
    traveler: int,
    stop: int | None,
    companions: dict[int, list[int]],
    co_travelers: list[int],
) -> None:
    """People who travel with the traveller: "accompanied by X", "T and X will ..."."""
    present = people.in_sentence(sentence.index)
    if not present or present == [traveler]:
        return
    others = named_with(sentence, people, traveler)
    accompanied = _ACCOMPANIED.search(sentence.text)
    mentions = [m for m in people.sentence_mentions(sentence.index) if m.end > m.start]
    if accompanied and (traveler in present or _LEADER.search(sentence.text)):
        clause = re.search(r"[,;.]|$", sentence.text[accompanied.end():])
        after = accompanied.end() + sentence.start
        until = after + (clause.start() if clause else 0)
        others += [m.person for m in mentions if after <= m.start < until and m.person != traveler]
    for person in others:
        if stop is not None:
            if person not in companions[stop]:
                companions[stop].append(person)
        elif person not in co_travelers:
            co_travelers.append(person)


def _stop(
    index: int,
    found: StopsFound,
    sentences: Sequence[Sentence],
    events: dict[int, list[str]],
    companions: dict[int, list[int]],
    records: list[PersonRecord],
    time: StopTime,
    gaz: Gazetteer,
) -> Stop:
    draft = found.stops[index]
    country = gaz.country(draft.code)
    cities = draft.city_order() or ((country.capital,) if country.capital == country.name else ())  # Monaco
    return Stop(
        order=index + 1,
        country=country.name,
        code=draft.code,
        city=cities[0] if cities else None,
        cities=cities,
        when=time.phrase,
        dates=tuple(d.isoformat() for d in time.dates),
        events=tuple(events[index]),
        companions=tuple(records[p].name for p in companions[index]),
        evidence=tuple(_evidence(sentences[s]) for s in sorted(draft.sentences)),
    )


_EVENT_KINDS = ("weekday", "date", "list", "range")
_WORD = compiled(r"[^\W\d_]{2,}")


def _dated_events(
    sentences: Sequence[Sentence],
    found: StopsFound,
    times: Sequence[StopTime],
    anchor: date | None,
    day_known: bool = True,
) -> tuple[DatedEvent, ...]:
    """Dated happenings that are not stops: a day named in a sentence, unless it dates a stop, is
    the article's own date line, or is future-tense in a sentence that makes a stop."""
    result: list[DatedEvent] = []
    stop_sentences = {s for draft in found.stops for s in draft.sentences}
    used = {span for time in times for span in time.spans}
    for sentence in sentences:
        words: int | None = None
        for phrase in _dates.find_time_phrases(sentence.text):
            if phrase.kind not in _EVENT_KINDS or (sentence.index, phrase.start) in used:
                continue
            if in_dateline(sentence.text, phrase.start):
                continue
            if words is None:
                words = len(_WORD.findall(sentence.text))
            if words - len(_WORD.findall(phrase.text)) < 3:
                continue  # "Published: April 13, 2026"
            tense = _dates.tense_at(sentence.text, phrase.start)
            if sentence.index in stop_sentences and tense != "past":
                continue
            days: tuple[str, ...] = ()
            if anchor is not None:
                resolved = _dates.resolve(phrase, anchor, tense, day_known=day_known)
                days = tuple(d.isoformat() for d in resolved)
            result.append(DatedEvent(_clause_around(sentence.text, phrase.start, phrase.end), phrase.text,
                                     days, _evidence(sentence)))
    return tuple(result)


_CLAUSE_OPENERS = compiled(
    r"[,;:—–]|\s-{1,2}\s|\b(?:after|when|as|since|because|while|that|which|who|where|although|though|"
    r"comes)\b"
)
_CLAUSE_CLOSERS = compiled(
    r"[,;:—–]|\s[\u201c\x22]?(?:due\s+to|because|after|amid|as|which|who|where|while|when|although|though|"
    r"but|that|and\s+(?:is|was|will|has|had))\b"
)


_CLAUSE_REACH = 300  # characters a clause may reach either side of its time phrase


def _clause_around(text: str, start: int, end: int) -> str:
    """The clause that holds text[start:end], as a briefing would quote it: "the Philippines and
    China agreed on Sunday to a provisional arrangement", not the sentence around it."""
    window = max(0, start - _CLAUSE_REACH, _dates.dateline_end(text))
    openers = [window] + [m.end() for m in _CLAUSE_OPENERS.finditer(text, window, start)]
    opener = openers[-1]
    if len(openers) > 1 and re.fullmatch(r"(?i)\W*(?:on\s+)?", text[opener:start]):
        opener = openers[-2]  # "..., on Tuesday on the first leg": keep the subject before it
    closer = _CLAUSE_CLOSERS.search(text, end, end + _CLAUSE_REACH)
    alone = re.fullmatch(r"(?i)\W*(?:on\s+)?", text[opener:start])
    if closer and alone and not text[end:closer.start()].strip():  # "On Friday, the king toured ..."
        closer = _CLAUSE_CLOSERS.search(text, closer.end(), end + _CLAUSE_REACH)
    clause = text[opener:closer.start() if closer else min(len(text), end + _CLAUSE_REACH)]
    return " ".join(clause.replace("“", "").replace("”", "").replace('"', "").split()).rstrip(".")


def _persons(
    people: People,
    traveler: int | None,
    stops: tuple[Stop, ...],
    stop_of: Sequence[int | None],
    sentences: Sequence[Sentence],
    by_sentence: Sequence[Sequence[Mention]],
    quotes: Sequence[QuoteFound],
    gaz: Gazetteer,
) -> tuple[Person, ...]:
    result: list[tuple[int, Person]] = []
    quotes_of: dict[int | None, list[QuoteFound]] = {}
    for quote in quotes:
        quotes_of.setdefault(quote.person, []).append(quote)
    for i, record in enumerate(people.records):
        mine = people.person_mentions(i)
        if not mine:
            continue
        seen_sentences = sorted({m.sentence for m in mine})
        affiliation = record.affiliation or (
            None if i == traveler else _sentence_country(seen_sentences[0], by_sentence)
        )  # the places around the traveller are where they go, not where they are from
        if i == traveler:
            where = tuple(s.order for s in stops)
        else:
            # a source quoted about a stop ("..., the official said") is not there
            present = {m.sentence for m in mine if not _as_source(sentences[m.sentence], m.start, m.end)}
            where = tuple(sorted({n + 1 for n in (stop_of[s] for s in present) if n is not None}))
        said = tuple(Quote(q.text, _evidence(sentences[q.sentence])) for q in quotes_of.get(i, ()))
        result.append((
            mine[0].start,
            Person(
                name=record.name,
                aliases=tuple(record.aliases),
                role=record.role,
                affiliation=gaz.country(affiliation).name if affiliation else None,
                affiliation_code=affiliation,
                stops=where,
                mentions=len(mine),
                quotes=said,
                evidence=tuple(_evidence(sentences[s]) for s in seen_sentences),
            ),
        ))
    result.sort(key=lambda pair: pair[0])
    return tuple(person for _, person in result)


_SOURCE_AFTER = compiled(r"^[\s,]*(?:[a-z]+\s+)?(?:said|says|told|added|wrote|noted|explained)\b")
_SOURCE_BEFORE = compiled(r"(?:according\s+to|said|says|told\s+\w+|added|wrote)[\s,]*$")


def _as_source(sentence: Sentence, start: int, end: int) -> bool:
    """Whether a mention names who said something ("Silva said", "according to Silva", "said Ana
    Silva, a senior official")."""
    after = sentence.text[end - sentence.start:end - sentence.start + 30]
    before = sentence.text[max(0, start - sentence.start - 30):start - sentence.start]
    return bool(_SOURCE_AFTER.match(after) or _SOURCE_BEFORE.search(before))


def _sentence_country(index: int, by_sentence: Sequence[Sequence[Mention]]) -> str | None:
    """The one country a sentence names, if it names exactly one."""
    codes = {m.country for m in by_sentence[index] if m.country}
    return next(iter(codes)) if len(codes) == 1 else None
