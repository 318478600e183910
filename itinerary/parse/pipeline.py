"""The parse pipeline: sentences, places, people, stops, dates, topics and quotes, made a `Trip`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from itinerary.model import DatedEvent, Evidence, Person, PlanChange, Quote, Stop, Topic, Trip
from itinerary.parse import dates as _dates
from itinerary.parse.people import People, PersonRecord, find_people
from itinerary.parse.places import Gazetteer, Mention, gazetteer
from itinerary.parse.quotes import QuoteFound, find_quotes
from itinerary.parse.stops import StopsFound, find_stops, listed_mentions
from itinerary.parse.text import Sentence, split_sentences
from itinerary.parse.timing import StopTime, in_dateline, stop_times, trip_window
from itinerary.parse.topics import acronyms, find_phrases, key_of
from itinerary.parse.windows import WINDOW, parse_in_windows

__all__ = ["parse"]

_TRAVEL_WORDS = re.compile(
    r"\b(?:visit\w*|tour\w*|trip|travel\w*|head\w*|arriv\w*|begin\w*|began|end\w*|stop\w*|fl(?:y|ies|ew)|"
    r"leav\w*|left|depart\w*|journey|swing|kick\w*|conclud\w*|wrap\w*|land\w*|touch\w*|return\w*|"
    r"welcom\w*)\b",
    re.IGNORECASE,
)
# A subject that may be the traveller: a pronoun, or "his/her tour" and the like ("his French and
# German colleagues" is someone else's sentence).
# Who a sentence may mean by the travelling party: "the royals", "the couple", "the delegation".
_PARTY = (r"\bthe\s+(?:royal\s+)?(?:couple|pair|delegation|two)\b"
          r"|\bthe\s+(?:royals|monarchs?|pontiff|visitors?|visiting\s+[\w-]+|guests?\s+of\s+honou?r)\b"
          r"|\bthe\s+(?:[\w-]+\s+)?leaders?\b")  # "the Turkish leader"
_SUBJECT_PRONOUN = re.compile(
    r"\b(?:he|she|they|him|them)\b|\b(?:the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:trip|tour|visit|journey|"
    r"swing|leg|stop|stay)\b|" + _PARTY,
    re.IGNORECASE,
)
_LEADER = re.compile(r"\b(?:he|she)\b|" + _PARTY, re.IGNORECASE)
_ACCOMPANIED = re.compile(
    r"\b(?:accompanied|joined)\b[^.;]{0,40}?\bby\b|\balong\s+with\b|\btogether\s+with\b", re.IGNORECASE
)


def parse(text: str, *, published: date | None = None, source: str = "") -> Trip:
    """Read one article. `published` anchors weekday phrases; without it, the text's own date
    (dateline, header) is used when it gives one. Text longer than `windows.WINDOW` characters
    is read window by window (bounded memory) and the windows' trips merged."""
    if len(text) > WINDOW:
        return parse_in_windows(text, _parse_one, published, source)
    return _parse_one(text, published=published, source=source)


def _parse_one(text: str, *, published: date | None = None, source: str = "") -> Trip:
    """Read one article of at most `windows.WINDOW` characters."""
    sentences = split_sentences(text)
    places = gazetteer().scan(text)
    by_sentence = _bucket(places, sentences)
    people = find_people(text, sentences, places)
    traveler = _traveler(sentences, people, by_sentence)
    home = people.records[traveler].affiliation if traveler is not None else None
    about = _about_trip(sentences, people, traveler)
    home = home or _home_returned_to(sentences, by_sentence, about) or _letterhead(text, places)
    anchor, anchor_from = _anchor(text, published)
    window = trip_window(sentences, about, anchor, by_sentence, home)
    span = window or trip_window(sentences, about, anchor, stops_too=True)
    months = _trip_months(anchor or _dateline_day(text), span) or _months_named(sentences, about)
    found = find_stops(sentences, by_sentence, home=home, about_trip=about, trip_months=months,
                       trip_year=anchor.year if anchor else None)
    times = stop_times(found, sentences, by_sentence, about, anchor, window)
    return _assemble(text, source, sentences, by_sentence, people, traveler, found, times, anchor,
                     anchor_from)


def _bucket(places: Sequence[Mention], sentences: Sequence[Sentence]) -> list[list[Mention]]:
    buckets: list[list[Mention]] = [[] for _ in sentences]
    i = 0
    for mention in sorted(places, key=lambda m: m.start):
        while i < len(sentences) and sentences[i].end <= mention.start:
            i += 1
        if i < len(sentences) and sentences[i].start <= mention.start:
            buckets[i].append(mention)
    return buckets


# Named right after these, a person receives the traveller: "At the invitation of President X",
# "hosted by X", "will meet X".
_HOSTED = re.compile(
    r"\b(?:invitation\s+of|hosted\s+by|welcomed\s+by|received\s+by|greeted\s+by|guest\s+of|meet(?:s|ing)?|"
    r"met|talks\s+with|with|beside|alongside|host|counterparts?,?)\s+(?:(?:the|his|her|their)\s+)?(?:[A-Z][\w.'-]*\s+){0,4}$"
)


# "accompanied by Foreign Minister X": X goes along, the one accompanied leads.
_COMPANION_BEFORE = re.compile(
    r"\b(?:accompanied|joined)\s+by\s+(?:(?:the|his|her|their)\s+)?(?:[\w.'’-]+\s+){0,5}$", re.IGNORECASE
)


_THE_ROLE = re.compile(r"\b[Tt]he\s+(\w+)")
# "Silva told reporters that the visit ...": a speaker, whose words may be about anyone's travel
_SPEAKS = re.compile(r"\s*(?:,[^,.]{0,60},\s*)?(?:said|says|told|added|stressed|noted)\b")


_SENTENCE_END = frozenset('.!?"”')  # a first line not ending so is a headline
_IN_PLACE = re.compile(r"\b(?:[Ii]n|at)\s+$")


def _traveler(sentences: Sequence[Sentence], people: People,
              by_sentence: Sequence[Sequence[Mention]] = ()) -> int | None:
    """The person most often named in sentences about travel, or referred to there by a role only
    they hold ("the king"), with a point for being named in the headline; the earliest on a tie.
    Hosts (met, or of a place the sentence names), those who accompany someone and speakers do not
    count there."""
    scores: dict[int, float] = {}
    holders: dict[str, set[int]] = {}
    for n, record in enumerate(people.records):
        if record.role:
            holders.setdefault(record.role.split()[-1].lower(), set()).add(n)
    by_role = {word: next(iter(held)) for word, held in holders.items() if len(held) == 1}
    if sentences and sentences[0].text.rstrip()[-1:] not in _SENTENCE_END:
        # the headline's subject: "what Macron's Balkan marathon did and didn't achieve"
        for person in people.in_sentence(0):
            scores[person] = scores.get(person, 0.0) + 1.0
    for sentence in sentences:
        if not _TRAVEL_WORDS.search(sentence.text):
            continue
        # "In Zagreb, the Croatian prime minister ... used the visit": someone of the place is a host
        local = {m.country for m in (by_sentence[sentence.index] if by_sentence else ())
                 if _IN_PLACE.search(sentence.text, max(0, m.start - sentence.start - 4),
                                     m.start - sentence.start)}
        hosts: set[int] = {p for p in people.in_sentence(sentence.index)
                           if people.records[p].affiliation in local}
        speakers: set[int] = set()
        for m in people.sentence_mentions(sentence.index):
            at = m.start - sentence.start
            if _HOSTED.search(sentence.text, max(0, at - 80), at) or _COMPANION_BEFORE.search(
                sentence.text, max(0, at - 60), at
            ):
                hosts.add(m.person)
            elif _SPEAKS.match(sentence.text, m.end - sentence.start):
                speakers.add(m.person)
        present = [p for p in people.in_sentence(sentence.index) if p not in hosts]
        for rank, person in enumerate(present):
            if person not in speakers:
                scores[person] = scores.get(person, 0.0) + (2.0 if rank == 0 else 1.0)
        for word in {w.lower() for w in _THE_ROLE.findall(sentence.text)}:  # "the king toured"
            holder = by_role.get(word)
            if holder is not None and holder not in present:
                scores[holder] = scores.get(holder, 0.0) + 1.0
    if not scores:
        return None
    first = {m.person: m.start for m in reversed(people.mentions)}
    return max(scores, key=lambda p: (scores[p], -first.get(p, 0)))


_RETURN_HOME = re.compile(
    r"\b(?:return\w*\s+home\s+to|(?:due|expected)\s+back\s+in|(?:scheduled|due|expected|set)\s+to\s+(?:return|fly\s+back|head\s+back)\s+to|"
    r"(?:fl(?:y|ies|ew)|head\w*)\s+back\s+to)\s+(?:the\s+)?$"
)
# "returned to Madrid on Saturday after a state visit to ...": the trip is over, P is home.
_RETURNED = re.compile(r"\breturn(?:s|ed)\s+(?:home\s+)?to\s+(?:the\s+)?$")
_INTO = re.compile(r"\b(?:to|for)\s+$")
_GOES_HOME = re.compile(r"\b(?:return\w*|fl(?:y|ies|ew)|head\w*)\s+home\b", re.IGNORECASE)
_AFTER_TRIP = re.compile(r"\s+(?:on\s+\w+\s+|late\s+on\s+\w+\s+)?(?:after|from|following)\b")


def _home_returned_to(sentences: Sequence[Sentence], by_sentence: Sequence[Sequence[Mention]],
                      about: Sequence[bool]) -> str | None:
    """The traveller's country when no title says it: where the trip ends with a return ("is
    scheduled to return to Singapore on Oct 23", "returned to Madrid after a visit to"), or the
    one place of a sentence saying the traveller goes home."""
    for sentence in sentences:
        if not about[sentence.index]:
            continue
        for mention in by_sentence[sentence.index]:
            before = sentence.text[max(0, mention.start - sentence.start - 30):mention.start - sentence.start]
            if not mention.country or mention.kind not in ("country", "city"):
                continue
            after = mention.end - sentence.start
            if _RETURN_HOME.search(before) or (_RETURNED.search(before)
                                               and _AFTER_TRIP.match(sentence.text, after)):
                return mention.country
    for sentence in sentences:  # "Speaking in Islamabad, X said the prime minister would return home"
        home = _GOES_HOME.search(sentence.text) if about[sentence.index] else None
        if home is None or _TRAVEL_WORDS.search(sentence.text[:home.start()] + sentence.text[home.end():]):
            continue  # not "The final leg will take Lee to Bishkek ... before returning home"
        places = [m for m in by_sentence[sentence.index] if m.country and m.kind in ("country", "city")]
        if len({m.country for m in places}) == 1 and not any(
                _INTO.search(sentence.text, max(0, m.start - sentence.start - 4), m.start - sentence.start)
                for m in places):  # a place gone to is no home
            return places[0].country
    return None


_LETTERHEAD = re.compile(r"\A\s*(?:REPUBLIC|KINGDOM|GOVERNMENT|STATE|EMBASSY|MINISTRY|OFFICE)\b[^\n]*")


def _letterhead(text: str, places: Sequence[Mention]) -> str | None:
    """The issuer's country, from a press release's letterhead ("REPUBLIC OF TÜRKİYE / MINISTRY OF
    FOREIGN AFFAIRS"): whoever issues it is the traveller's government."""
    head = _LETTERHEAD.match(text)
    if head is None:
        return None
    return next((m.country for m in places if m.start < head.end() and m.kind == "country"), None)


def _about_trip(sentences: Sequence[Sentence], people: People, traveler: int | None) -> list[bool]:
    """Per sentence: may it be about the traveller's trip? Not when it names other people only and
    has no pronoun or "the <traveller's role>" ("the pope", "the premier") as a possible subject."""
    if traveler is None:
        return [True] * len(sentences)  # no traveller to tell their sentences from others'
    role = people.records[traveler].role
    # any office word of the role: "the emir" for an "Emir Sheikh", "the pope" for a "Pope"
    role_words = {w.lower() for w in (role or "").split() if len(w) > 2 and w.lower() not in _ROLE_GLUE}
    party = {traveler} | _partners(sentences, people, traveler)
    about: list[bool] = []
    for sentence in sentences:
        present = people.in_sentence(sentence.index)
        by_role = bool(role_words) and any(  # "the pope", "the King and Queen", "the 86-year-old patriarch"
            w.lower() in role_words for m in _THE_WORDS.finditer(sentence.text) for w in m.group(1).split())
        if party & set(present) or present and _all_hosts(sentence, people):
            about.append(True)  # "..., arrived on Tuesday and was received by President X"
        elif present and (not _SUBJECT_PRONOUN.search(sentence.text) or _opens_with_other(sentence, people))\
                and not by_role:
            about.append(False)  # "Jamaica's Prime Minister X, who ..., stayed in Kingston"
        else:
            about.append(True)
    return about


_ROLE_GLUE = frozenset({"of", "the", "and", "for"})
_THE_WORDS = re.compile(r"\b[Tt]he\s+((?:[\w-]+\s+){0,2}[\w-]+)")  # "the" and up to three words


def _all_hosts(sentence: Sentence, people: People) -> bool:
    """Whether everyone the sentence names is a host: met, received by, welcomed by."""
    return all(_HOSTED.search(sentence.text, max(0, m.start - sentence.start - 80), m.start - sentence.start)
               for m in people.sentence_mentions(sentence.index) if m.end > m.start)


def _partners(sentences: Sequence[Sentence], people: People, traveler: int) -> set[int]:
    """Who travels together with the traveller: named with them, "T and X" ("King Frederik X and
    Queen Mary are to make state visits")."""
    partners: set[int] = set()
    for sentence in sentences:
        mentions = [m for m in people.sentence_mentions(sentence.index) if m.end > m.start]
        for left, right in zip(mentions, mentions[1:], strict=False):
            if traveler in (left.person, right.person) and \
                    sentence.text[left.end - sentence.start:right.start - sentence.start].strip() == "and":
                partners.add(right.person if left.person == traveler else left.person)
    return partners


def _opens_with_other(sentence: Sentence, people: People) -> bool:
    """Whether the sentence opens with someone named as its subject ("Jamaica's Prime Minister
    Andrew Holness, who had been announced as part of the delegation, stayed in Kingston")."""
    mentions = [m for m in people.sentence_mentions(sentence.index) if m.end > m.start]
    if not mentions:
        return False
    before = sentence.text[:mentions[0].start - sentence.start]
    return len(before) <= _SUBJECT_REACH and "," not in before and not _LOWER_WORD.search(before)


_SUBJECT_REACH = 60
_LOWER_WORD = re.compile(r"(?<![\w'’])(?!(?:of|the|and)\b)[a-z]+\b")  # a verb or a preposition before it


_YEARLESS_DATELINE = re.compile(
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


_MONTH_DAY = re.compile(
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


def _trip_months(anchor: date | None, window: tuple[date, date] | None) -> frozenset[int]:
    """Months the trip may fall in: those of its stated window, else from ten days before the
    article's date to forty after; none when the article's date is unknown."""
    if anchor is None:
        return frozenset()
    first, last = window or (anchor - timedelta(days=10), anchor + timedelta(days=40))
    months: set[int] = set()
    day = first.replace(day=1)
    while day <= last:
        months.add(day.month)
        day = (day + timedelta(days=32)).replace(day=1)
    return frozenset(months)


def _anchor(text: str, published: date | None) -> tuple[date | None, str | None]:
    if published is not None:
        return published, "option"
    found = _dates.find_published(text)
    return (found[0], found[1]) if found else (None, None)


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
        published=anchor.isoformat() if anchor else None,
        published_from=anchor_from,
        length_days=length.days,
        length_text=length.days_text,
        nations=length.nations,
        nations_text=length.nations_text,
        stops=stops,
        people=persons,
        topics=tuple(topics),
        events=_dated_events(sentences, found, times, anchor),
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
    others: list[int] = []
    accompanied = _ACCOMPANIED.search(sentence.text)
    mentions = [m for m in people.sentence_mentions(sentence.index) if m.end > m.start]
    for left, right in zip(mentions, mentions[1:], strict=False):
        gap = sentence.text[left.end - sentence.start:right.start - sentence.start]
        if gap.strip() == "and" and traveler in (left.person, right.person):
            others.append(right.person if left.person == traveler else left.person)
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
    return Stop(
        order=index + 1,
        country=country.name,
        code=draft.code,
        city=draft.city or (country.capital if country.capital == country.name else None),  # Singapore
        when=time.phrase,
        dates=tuple(d.isoformat() for d in time.dates),
        events=tuple(events[index]),
        companions=tuple(records[p].name for p in companions[index]),
        evidence=tuple(_evidence(sentences[s]) for s in sorted(draft.sentences)),
    )


_EVENT_KINDS = ("weekday", "date", "list", "range")
_WORD = re.compile(r"[^\W\d_]{2,}")


def _dated_events(
    sentences: Sequence[Sentence],
    found: StopsFound,
    times: Sequence[StopTime],
    anchor: date | None,
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
                days = tuple(d.isoformat() for d in _dates.resolve(phrase, anchor, tense))
            result.append(DatedEvent(_clause_around(sentence.text, phrase.start, phrase.end), phrase.text,
                                     days, _evidence(sentence)))
    return tuple(result)


_CLAUSE_OPENERS = re.compile(
    r"[,;:—–]|\s-{1,2}\s|\b(?:after|when|as|since|because|while|that|which|who|where|although|though|"
    r"comes)\b"
)
_CLAUSE_CLOSERS = re.compile(
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


_SOURCE_AFTER = re.compile(r"^[\s,]*(?:[a-z]+\s+)?(?:said|says|told|added|wrote|noted|explained)\b")
_SOURCE_BEFORE = re.compile(r"(?:according\s+to|said|says|told\s+\w+|added|wrote)[\s,]*$")


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
