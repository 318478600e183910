"""Stops: which places the traveller visits, in which order, and which sentences belong to each.

Each sentence is rewritten with its places replaced by numbered markers, so the cues of travel prose
("will visit A, B and C", "begin ... in A", "then head to B", "after a stopover in C", "In D, ...")
are short regular expressions over that masked text. Order comes from the tour list when there is
one and from the narrative otherwise, adjusted by begin, end and before/after cues.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from itinerary.parse.places import Mention
from itinerary.parse.text import Sentence

_OPEN, _CLOSE = "\ue000", "\ue001"
_P = (
    r"(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|coastal|"
    rf"north-?eastern|north-?western|south-?eastern|south-?western)\s+)?{_OPEN}(\d+){_CLOSE}"
)
_NEXT_IN_LIST = re.compile(rf"(?:\s*,\s*(?:and\s+|then\s+)?|\s+and\s+(?:then\s+)?|\s*&\s*){_P}")
_FLAGS = re.IGNORECASE

_TRAVEL = re.compile(
    r"\b(?:visit(?:s|ing|ed)?|visits?\s+to|tour(?:s|ing|ed)?(?:\s+of|\s+through)?|trips?\s+to|"
    r"travel(?:s|led|ed|ling|ing)?\s+(?:on\s+)?to|head(?:s|ed|ing)?\s+(?:on\s+)?to|"
    r"fl(?:y|ies|ew|ying)\s+(?:on\s+)?to|go(?:es|ing)?\s+on\s+to|went\s+on\s+to|"
    r"mov(?:e|es|ed|ing)\s+on\s+to|continu(?:e|es|ed|ing)\s+(?:on\s+)?to|proceed(?:s|ed|ing)?\s+to|"
    r"arriv(?:e|es|ed|ing)\s+(?:first\s+)?in|land(?:s|ed|ing)?\s+in|stop(?:s|ped|ping)?\s+in|"
    r"stopover\s+in|swing\s+through|legs?\s+(?:in|to)|journey\s+to|en\s+route\s+to|"
    r"(?:left|leave|leaves|leaving|depart(?:s|ed|ing)?)\s+for|"
    r"destinations?\s+(?:include|includes|are|were|will\s+be)|take\s+(?:him|her|them)\s+to|"
    r"touch(?:es|ed)?\s+down\s+in|visit\s+to|stay\s+in)\s+" + _P,
    _FLAGS,
)
_BEGIN = re.compile(
    r"\b(?:begin(?:s|ning)?|began|start(?:s|ed|ing)?|kick(?:s|ed|ing)?\s+off|open(?:s|ed|ing)?|"
    r"launch(?:es|ed|ing)?)\b[^.;:]{0,60}?\bin\s+" + _P
    + r"|\bfirst\s+(?:stop|leg|destination)\b[^.;:]{0,30}?\b(?:in|is|was|will\s+be|be)\s+" + _P
    + r"|\barriv\w*\s+first\s+in\s+" + _P
    + r"|\bfirst\s+(?:travel|head|fly|flie|go|stop)\w*\s+(?:on\s+)?(?:to\s+|in\s+)?" + _P
    + r"|" + _P + r"(?=[^.;]{0,50}?\b(?:on\s+the\s+|as\s+the\s+|the\s+|his\s+|her\s+)first\s+"
    r"(?:leg|stop)\b)",
    _FLAGS,
)
_END = re.compile(
    r"\b(?:end(?:s|ed|ing)?|conclud(?:e|es|ed|ing)|wrap(?:s|ped|ping)?\s+up|finish(?:es|ed|ing)?|"
    r"clos(?:e|es|ed|ing))\b[^.;:]{0,60}?\bin\s+" + _P
    + r"|\b(?:final|last)\s+(?:stop|leg|destination)\b[^.;:]{0,30}?\b(?:in|is|was|will\s+be|be|to)\s+"
    + _P
    + r"|" + _P + r"(?=[^.;]{0,50}?\b(?:on\s+the\s+|as\s+the\s+|the\s+|his\s+|her\s+)(?:final|last)\s+"
    r"(?:leg|stop)\b)",
    _FLAGS,
)
_THEN = re.compile(
    r"\b(?:then|afterwards|subsequently|from\s+there|next\s+stop|next\s+leg)\b[^.;:]{0,40}?\b(?:to|in|for)\s+"
    + _P
    + r"|\bbefore\s+(?:travel\w*|head\w*|fly\w*|flew|mov\w*\s+on|go\w*\s+on|leav\w*\s+for|"
    r"continu\w*|proceed\w*|arriv\w*)\s+(?:on\s+)?(?:to|in|for)\s+" + _P,
    _FLAGS,
)
_AFTER = re.compile(
    r"\bafter\s+(?:a\s+|an\s+|his\s+|her\s+|their\s+|the\s+)?(?:brief\s+|short\s+)?"
    r"(?:stopover|stop|visit|talks|visiting|leaving|stay|trip)\s+(?:in\s+|to\s+)?" + _P,
    _FLAGS,
)
_LEFT_FOR = re.compile(
    r"\b(?:left|leaves|leaving|leave|depart\w*)\s+" + _P + r"[^.;,]{0,30}?\s+for\s+" + _P, _FLAGS
)
_FROM_TO = re.compile(r"\bfrom\s+" + _P + r"\s+to\s+" + _P, _FLAGS)
_OPENING_IN = re.compile(
    r"^\W*(?:while\s+|once\s+|when\s+|after\s+arriving\s+|upon\s+arriving\s+|on\s+arrival\s+)?"
    r"(?:in|at)\s+" + _P,
    _FLAGS,
)
_IN = re.compile(r"\b(?:in|at)\s+" + _P, _FLAGS)
_ACTION = re.compile(
    r"\b(?:meet(?:s|ing|ings)?|met|hold(?:s|ing)?|held|attend(?:s|ed|ing)?|participat\w+|"
    r"sign(?:s|ed|ing)?|address(?:es|ed|ing)?|lay(?:s|ing)?|laid|speak(?:s|ing)?|spoke|deliver\w*|"
    r"join(?:s|ed|ing)?|accompanied|talks|summit|visit\w*|arriv\w*|land\w*|stay\w*|stopover|"
    r"tour\w*|trip|where)\b",
    _FLAGS,
)
_DROPPED = re.compile(
    r"\b(?:instead\s+of|rather\s+than)\s+" + _P
    + r"|" + _P + r"\s+(?:was|has\s+been|had\s+been|is|were|have\s+been)\s+(?:now\s+)?"
    r"(?:dropped|cancell?ed|scrapped|removed|postponed|called\s+off|struck|axed)"
    + r"|\b(?:cancel\w*|scrap\w*|drop\w*|postpon\w*|skip\w*|call\w*\s+off|axed)\s+"
    r"(?:a\s+|the\s+|his\s+|her\s+|their\s+)?(?:planned\s+|scheduled\s+)?(?:stop|visit|leg|trip)?\s*"
    r"(?:in\s+|to\s+)?" + _P
    + r"|\bno\s+longer\s+(?:visit|travel\s+to|stop\s+in|go\s+to|include)\s+" + _P
    + r"|\b(?:had\s+hoped|had\s+planned|had\s+been\s+(?:due|expected|scheduled|set)|"
    r"(?:was|were)\s+(?:originally\s+|initially\s+)?(?:due|supposed|scheduled|expected|set))\s+to\s+"
    r"(?:\w+\s+){0,4}?(?:visit|fly\s+to|travel\s+to|go\s+to|stop\s+in|head\s+to)\s+" + _P
    + r"|\b(?:planned|scheduled)\s+(?:stop|visit|leg|trip)\s+(?:in|to)\s+" + _P
    + r"\s+(?:was|has\s+been|had\s+been|is|will\s+be)\s+(?:now\s+)?(?:dropped|cancell?ed|scrapped|"
    r"postponed|called\s+off)",
    _FLAGS,
)
_POSSESSIVE_AFTER = re.compile(r"^['’]s\b")
# Places that a cue names but that are not stops of this trip: the way home, earlier visits.
_NOT_THIS_TRIP = re.compile(
    r"\b(?:back|home|return\w*)\s+(?:home\s+)?to\s+" + _P
    + r"|\b(?:19|20)\d\d\s+(?:visit|trip|tour)\s+to\s+" + _P
    + r"|" + _P + r"(?=[^.;]{0,30}?\b(?:last\s+(?:year|month|week)|(?:in|since)\s+(?:19|20)\d\d|"
    r"earlier\s+this\s+(?:year|month)|years?\s+ago|months?\s+ago|previously)\b)",
    _FLAGS,
)
# Words before "in PLACE" that make it a topic, not a visit ("the war in Ukraine").
_TOPIC_BEFORE_IN = frozenset(
    "war wars fighting conflict conflicts crisis violence clashes interest interests influence "
    "invasion presence troops forces embassy investment investments stake stakes elections "
    "election unrest protests attack attacks offensive ceasefire operations born based".split()
)
_SETTLEMENT = re.compile(
    r"^,?\s+(?:capital|city|port\s+city|port|town|resort(?:\s+town|\s+city)?|coastal\s+city|"
    r"commercial\s+(?:hub|capital)|financial\s+(?:hub|capital)|southern\s+city|northern\s+city|"
    r"eastern\s+city|western\s+city|central\s+city|second\s+city|largest\s+city|biggest\s+city)"
    r"(?:\s+of)?,?\s+$",
    _FLAGS,
)
_PLACE_KINDS = ("country", "city")
_CITY_COUNTRY_GAP = re.compile(
    r"^,\s+(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|"
    r"north-?western|south-?eastern|south-?western|coastal|rural)\s+)?(?:the\s+)?$",
    _FLAGS,
)


@dataclass(slots=True)
class StopDraft:
    """A stop as the parser assembles it."""

    code: str
    city: str | None = None
    sentences: list[int] = field(default_factory=list)
    first_cue: tuple[int, int] = (1 << 30, 0)
    begin: bool = False
    end: bool = False


@dataclass(slots=True)
class StopsFound:
    """The ordered stops, which sentence belongs to which stop, and the route changes."""

    stops: list[StopDraft]
    sentence_stop: list[int | None]  # per sentence: index into stops, or None for the whole trip
    changes: list[int]  # sentences that say the route changed
    cue_sentences: set[int]


@dataclass(slots=True)
class _Cues:
    places: list[Mention]  # markers' places, by marker number
    masked: str


def find_stops(
    sentences: Sequence[Sentence],
    places_by_sentence: Sequence[Sequence[Mention]],
    *,
    home: str | None,
    about_trip: Sequence[bool],
) -> StopsFound:
    """Find the stops. `home` is the traveller's own country (never a stop); `about_trip[i]` says
    whether sentence i is about the traveller (names them, or a pronoun or title for them)."""
    drafts: dict[str, StopDraft] = {}
    tour_list: list[str] = []
    relations: list[tuple[str, str]] = []
    dropped: dict[str, int] = {}
    demoted: set[str] = set()
    changes: list[int] = []
    cue_sentences: set[int] = set()
    current: str | None = None

    ignored: set[int] = set()

    def cue(place: Mention, sentence: int, position: int) -> str | None:
        code = place.country
        if code is None or code == home or id(place) in ignored:
            return None
        draft = drafts.setdefault(code, StopDraft(code))
        if draft.city is None and place.kind == "city" and place.city:
            draft.city = place.city
        if sentence not in draft.sentences:
            draft.sentences.append(sentence)
        draft.first_cue = min(draft.first_cue, (sentence, position))
        cue_sentences.add(sentence)
        return code

    for sentence, mentions in zip(sentences, places_by_sentence, strict=True):
        cues = _mask(sentence, mentions)
        if not cues.places:
            continue
        masked = cues.masked
        i = sentence.index
        ignored.update(id(cues.places[_marker(m)]) for m in _NOT_THIS_TRIP.finditer(masked))
        for match in _DROPPED.finditer(masked):
            code = cues.places[_marker(match)].country
            if code:
                if "instead" in match.group().lower() or "rather" in match.group().lower():
                    demoted.add(code)
                else:
                    dropped.setdefault(code, i)
                if i not in changes:
                    changes.append(i)
        in_sentence: list[str] = []

        def take(
            match: re.Match[str],
            group: int | None = None,
            *,
            _i: int = i,
            _masked: str = masked,
            _places: list[Mention] = cues.places,
            _seen: list[str] = in_sentence,
        ) -> str | None:
            index = _marker(match) if group is None else int(match.group(group))
            if _topic_place(_masked, _masked.find(f"{_OPEN}{index}{_CLOSE}")):
                return None
            code = cue(_places[index], _i, match.start())
            if code and code not in _seen:
                _seen.append(code)
            return code

        if about_trip[i]:
            for match in _TRAVEL.finditer(masked):
                listed = [take(match)]
                for item in _list_after(masked, match.end()):
                    listed.append(cue(cues.places[item], i, match.end()))
                codes = [c for c in listed if c]
                for c in codes:
                    if c not in in_sentence:
                        in_sentence.append(c)
                if len(codes) > len(tour_list):
                    tour_list = codes
            for match in _BEGIN.finditer(masked):
                code = take(match)
                if code:
                    drafts[code].begin = True
            for match in _END.finditer(masked):
                code = take(match)
                if code:
                    drafts[code].end = True
            for match in _THEN.finditer(masked):
                code = take(match)
                if code and current and current != code:
                    relations.append((current, code))
            for match in _AFTER.finditer(masked):
                code = take(match)
                later = _first_marker_after(masked, match.end())
                if code and later is not None:
                    other = cue(cues.places[later], i, match.end())
                    if other and other != code:
                        relations.append((code, other))
            for pattern in (_LEFT_FOR, _FROM_TO):
                for match in pattern.finditer(masked):
                    a, b = take(match, 1), take(match, 2)
                    if a and b and a != b:
                        relations.append((a, b))
            opening = _OPENING_IN.match(masked)
            if opening:
                take(opening)
            for match in _IN.finditer(masked):
                before = masked[max(0, match.start() - 60):match.start()]
                clause = re.split(r"[,;:()—]", before)[-1]
                words = clause.split()
                if words and words[-1].lower() in _TOPIC_BEFORE_IN:
                    continue
                if _ACTION.search(clause) or _ACTION.match(
                    masked[match.end():match.end() + 12].lstrip(", ")
                ):
                    take(match)
        if in_sentence:
            current = in_sentence[-1]

    for code in dropped:
        drafts.pop(code, None)
    for code in demoted:
        if code in drafts:
            drafts[code].begin = False
    ordered = _order(drafts, tour_list, relations)
    return StopsFound(
        ordered,
        _assign(sentences, places_by_sentence, ordered, cue_sentences),
        changes,
        cue_sentences,
    )


def _mask(sentence: Sentence, mentions: Sequence[Mention]) -> _Cues:
    """Replace the sentence's countries and cities with markers; fold "the Vietnamese capital
    Hanoi" and "Da Nang, Vietnam" into one place."""
    text = sentence.text
    kept: list[Mention] = []
    pieces: list[str] = []
    cursor = 0
    usable = [m for m in mentions if m.kind in _PLACE_KINDS or m.kind == "demonym"]
    skip: set[int] = set()
    for n, mention in enumerate(usable):
        if n in skip:
            continue
        start, end = mention.start - sentence.start, mention.end - sentence.start
        nxt = usable[n + 1] if n + 1 < len(usable) else None
        if mention.kind == "demonym":
            if nxt and nxt.kind == "city" and _SETTLEMENT.match(
                text[end:nxt.start - sentence.start]
            ):
                pieces.append(text[cursor:start])
                cursor = nxt.start - sentence.start
            continue
        if (
            mention.kind == "city"
            and nxt is not None
            and nxt.kind == "country"
            and nxt.country in (mention.country, *mention.alternatives)
            and _CITY_COUNTRY_GAP.match(text[end:nxt.start - sentence.start])
        ):
            skip.add(n + 1)
            end_all = nxt.end - sentence.start
            if nxt.country != mention.country:
                mention = Mention(mention.start, mention.end, mention.text, "city", nxt.country,
                                  mention.city, mention.alternatives)
        else:
            end_all = end
        if _POSSESSIVE_AFTER.match(text[end_all:]):
            continue
        pieces.append(text[cursor:start])
        pieces.append(f"{_OPEN}{len(kept)}{_CLOSE}")
        kept.append(mention)
        cursor = end_all
    pieces.append(text[cursor:])
    return _Cues(kept, "".join(pieces))


def _topic_place(masked: str, position: int) -> bool:
    """ "the war in P", "interest in P": the place is what something is about, not a visit."""
    words = masked[max(0, position - 40):position].split()
    if len(words) >= 2 and words[-1].lower() == "the":
        words = words[:-1]
    return len(words) >= 2 and words[-1].lower() == "in" and words[-2].lower() in _TOPIC_BEFORE_IN


def _marker(match: re.Match[str]) -> int:
    return int(next(g for g in match.groups() if g is not None))


def _list_after(masked: str, position: int) -> Iterable[int]:
    while True:
        match = _NEXT_IN_LIST.match(masked, position)
        if match is None:
            return
        yield int(match.group(1))
        position = match.end()


def _first_marker_after(masked: str, position: int) -> int | None:
    found = masked.find(_OPEN, position)
    if found == -1:
        return None
    close = masked.find(_CLOSE, found)
    return int(masked[found + 1:close])


def _order(
    drafts: dict[str, StopDraft], tour_list: list[str], relations: list[tuple[str, str]]
) -> list[StopDraft]:
    """Tour-list order (or narrative order), then first and last cues, then before/after pairs."""
    narrative = sorted(drafts, key=lambda c: drafts[c].first_cue)
    order = [c for c in tour_list if c in drafts]
    for code in narrative:
        if code not in order:
            order.append(code)
    firsts = [c for c in order if drafts[c].begin and not drafts[c].end]
    lasts = [c for c in order if drafts[c].end and not drafts[c].begin]
    middle = [c for c in order if c not in firsts and c not in lasts]
    order = firsts + middle + lasts
    for _ in range(len(relations)):
        changed = False
        for before, after in relations:
            if before in order and after in order and order.index(after) < order.index(before):
                if drafts[after].begin or drafts[before].end:
                    continue
                order.remove(after)
                order.insert(order.index(before) + 1, after)
                changed = True
        if not changed:
            break
    return [drafts[c] for c in order]


def _assign(
    sentences: Sequence[Sentence],
    places_by_sentence: Sequence[Sequence[Mention]],
    stops: list[StopDraft],
    cue_sentences: set[int],
) -> list[int | None]:
    """Which stop each sentence is about: the one stop it names, else the previous sentence's stop
    when it names no place at all, else the whole trip."""
    index = {draft.code: n for n, draft in enumerate(stops)}
    cued: dict[int, set[int]] = {}
    for n, draft in enumerate(stops):
        for s in draft.sentences:
            cued.setdefault(s, set()).add(n)
    result: list[int | None] = []
    previous: int | None = None
    for sentence, mentions in zip(sentences, places_by_sentence, strict=True):
        named = {index[m.country] for m in mentions if m.country in index}
        here = cued.get(sentence.index, set())
        if len(here) == 1:
            chosen: int | None = next(iter(here))
        elif len(here) > 1:
            chosen = None
        elif len(named) == 1:
            chosen = next(iter(named))
        elif not mentions:
            chosen = previous
        else:
            chosen = None
        result.append(chosen)
        previous = chosen
    return result
