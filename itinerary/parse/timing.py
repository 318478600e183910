"""Which time phrase belongs to which stop, and the calendar dates it gives.

A stop's phrase is looked for first in the sentences that made it a stop, then in any sentence
about the trip that names it. In a sentence naming several stops a phrase belongs to the nearest
stop named outside a tour list ("spend three days in Peru before travelling on May 21 to Buenos
Aires": May 21 is Buenos Aires's). Dates are then kept consistent with the trip: a bare weekday
is moved by whole weeks into the trip's stated window ("from Jan. 5 to 10") and after the stop
before it, since news style names weekdays of the coming or past week.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from itinerary.parse import dates as _dates
from itinerary.parse.lexicon import LEAVING
from itinerary.parse.patterns import compiled
from itinerary.parse.places import Mention
from itinerary.parse.stops import StopsFound, listed_mentions
from itinerary.parse.text import Sentence

_OWNER_KINDS = ("country", "city")
_IN_IT_ON = compiled(r"\s+on\s+$")
_IN_BEFORE = compiled(r"\bin\s+$")
_VIA = compiled(r"\bvia\s+\Z", re.IGNORECASE)
_AND_LEAVES = compiled(r"\band\s+(?:leaves|departs)\s+(?:on\s+)?\Z", re.IGNORECASE)
_MAX_WINDOW_DAYS = 45
# "the Vatican said on Monday": the date of a statement, not of a visit
# ... not "a stop in P had been added on April 21" (a leg added, not words)
# ... and "the programme announced by the Foreign Ministry on August 22"
# ... "government sources told EFE on Wednesday": told someone
_SPOKEN = compiled(r"\b(?:said|says|(?:announced|issued|released|published)"
                   r"(?:\s+by\s+(?:the\s+)?(?-i:[A-Z])[^,.;]{0,40}?)?|"
                   # ... "told ERR News by phone on Friday"
                   r"told(?:\s+(?:reporters|journalists|(?-i:[A-Z][\w.]*)(?:\s+(?-i:[A-Z][\w.]*)){0,2}))?"
                   r"(?:\s+(?:by\s+(?:phone|telephone)|in\s+an\s+interview))?|"
                   r"(?<!been\s)(?<!was\s)(?<!were\s)(?<!is\s)(?<!be\s)added|"
                   r"confirmed|stated|reported)\s+(?:here\s+|there\s+)?"
                   # "said in a statement yesterday that the King would arrive on Tuesday"
                   r"(?:in\s+an?\s+(?:[\w-]+\s+)?(?:statement|interview|post|release|briefing)\s+)?"
                   r"(?:late\s+|early\s+)?"
                   # "... said late on Sunday that", "announced here on Monday"
                   r"(?:on\s+)?\Z", re.IGNORECASE)
# ... or before it: "On Tuesday the agency added a final stop", "On Monday, the ministry announced"
_SPOKEN_AFTER = compiled(
    r",?\s+(?:the|his|her|its|their)\s+(?:[\w-]+\s+)?(?:agency|ministry|office|spokes(?:man|woman|person)|"
    r"government|organi[sz]ation|organi[sz]ers|secretariat|palace|presidency|embassy|statement)\s+"
    r"(?:said|announced|added|confirmed|stated|revealed|disclosed)\b", re.IGNORECASE)
# "The Nairobi stop, which was added to the programme on Monday, ...": the day of the adding (not "a stop
# in Alexandria was added to the program on Oct. 15": the stop's date)
_ADDED_ON = compiled(
    r"\b(?:which|that)\s+(?:was|were|has\s+been|had\s+been)\s+(?:added|confirmed|announced)\s+to\s+"
    r"(?:the|his|her|their)\s+"
    r"(?:[\w-]+\s+)?(?:programme|program|itinerary|schedule|agenda)\s+(?:on\s+)?$"
    # ... "A stop in Manama on Jan. 11 was added late on Saturday": the day it was added
    r"|\b(?:was|were|has\s+been|had\s+been)\s+added\s+(?:late\s+|early\s+)?on\s+$", re.IGNORECASE)
# "..., according to a release from the Office of the Prime Minister yesterday": the release's day
_ACCORDING = compiled(r"\baccording\s+to\b[^,;.]{0,90}\Z", re.IGNORECASE)
# "Ould Tah, who took office on September 1, met ...": a day of the person's life, no stop's
_TOOK_OFFICE = compiled(r"\bwho\s+(?:took\s+(?:office|over)|was\s+(?:appointed|elected|sworn\s+in|named|"
                        r"inaugurated|installed)|became|assumed\s+office)\b[^,;.]{0,20}\Z", re.IGNORECASE)
# "A statement from the unit yesterday said", "The ministry on Tuesday announced": the statement's day
_SAID_NEXT = compiled(r"\s+(?:said|announced|confirmed|stated|reported)\b", re.IGNORECASE)
# What may stand before a day that opens a sentence
_OPENS = compiled(r"\W*(?:(?:late|early)\s+)?(?:on\s+)?", re.IGNORECASE)
# "Lee will return home on June 13": the day the trip ends, no stop's
# ... and "returned to the country on Wednesday after a tour of Asia"
_HOMEWARD = compiled(r"\b(?:(?:return\w*|fl(?:y|ies|ew)|head\w*|back|c(?:ame|omes?|oming)|arriv\w*)\s+home"
                     # ... and "returned to the Federation on Monday" (a federation's or kingdom's papers)
                     r"|return\w*\s+to\s+the\s+(?:country|federation|kingdom|republic|islands?)"
                     # "The governor, who arrived back in the state on Sunday"
                     r"|(?:arrived|returned|got|came|flew|expected|due)\s+back\s+(?:in|to)\s+the\s+"
                     r"(?:country|state|capital|kingdom))"
                     r"\b[^.;,]{0,20}$", re.IGNORECASE)
# ... not "before returning to Lima on Friday": a day at the last stop too
_CAME_BACK = r"(?<!\bbefore\s)\b(?:returned|(?:arrived|landed|flew|was)\s+back)\s+"
_RETURNED_TO = compiled(_CAME_BACK + r"(?:to|in)\s+(?:the\s+)?"
                        # ... "returned to the organisation's headquarters in P"
                        r"(?:(?:[\w'’-]+\s+){0,3}?(?:headquarters|base|seat|offices?)\s+in\s+)?\Z",
                        re.IGNORECASE)
# ... and the name after it, maybe one the gazetteer does not know: "returned to Mahé on Tuesday"
_RETURNED_TO_NAME = compiled(_CAME_BACK + r"(?:home\s+)?to\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
# ... not "returned to Lima late on Friday": the day of the last stop too
# ... and "returned on Friday from a two-day trip to A and B": the day home, with no place named
_RETURNED_FROM = compiled(_CAME_BACK.removesuffix(r"\s+") + r"(?:\s+home)?(?=\s+(?:on\s+)?\w+(?:\s+\d{1,2})?"
                          r"\s+from\s+(?:a|an|his|her|their|the)\s)", re.IGNORECASE)
# "a bid for a third term in the December 28 elections": a day naming another event, no stop's
_DATED_EVENT = compiled(r"\s+(?:(?:general|presidential|parliamentary|legislative|local|snap)\s+)?"
                        r"(?:elections?|polls?|vote|referendum|coup|attacks?|earthquake|riots|massacre)\b",
                        re.IGNORECASE)
_JUST_WHEN = compiled(r"\s*(?:,\s*)?(?:on\s+)?")
_HOME_GAP = 20
# "X flies out on Sunday and is due in P on Monday": the day the trip leaves home, no stop's
_TRIP_BEGAN = compiled(
    r"\b(?:the|his|her|their)\s+(?:[\w-]+\s+)?(?:tour|trip|visit|journey|mission),?\s+"
    r"(?:which|that)\s+(?:began|started|opened|got\s+under\s+way)\s+(?:on\s+)?\Z", re.IGNORECASE)
_SETS_OUT = compiled(r"\b(?:fl(?:y|ies|ew|ying)|set(?:s|ting)?)\s+(?:out|off)\s+(?:on\s+)?\Z", re.IGNORECASE)
_LEAVES_FOR = compiled(r"\b(?:leave|leaves|leaving|left|depart\w*)\s+for\s+[^.;,]{0,30}\Z", re.IGNORECASE)
_LEFT_PLACE = compiled(r"\b(?:departed|left)\s+(?:[A-Z][\w'’-]*\s+){0,5}(?:on\s+)?\Z")
_ARRIVAL_BEFORE = compiled(r"\barriv(?:e|es|ed|ing)\s+(?:in|at)\b[^.;]{0,50}\Z", re.IGNORECASE)
_LATE = compiled(r"\s(?:evening|night|afternoon)$", re.IGNORECASE)
_RETURN_TO = compiled(r"\b(?:return\w*|fl(?:y|ies|ying)\s+back|head\w*\s+back)\s+to\b[^.;]{1,40}$",
                      re.IGNORECASE)
_SAME_DAY = compiled(r"\bthe\s+same\s+(?:day|morning|afternoon|evening|night)\b", re.IGNORECASE)
_MOVED_TO = compiled(
    r"\b(?:pushed\s+back|moved|postponed|delayed|rescheduled|brought\s+forward|put\s+back|shifted)\s+"
    r"(?:to|until|for)\s+(?:on\s+)?\Z", re.IGNORECASE)
_ELSEWHERE = compiled(r"\s+(?:in|to|at)\s+(?:the\s+)?[A-Z]")
_LEAVES = compiled(
    r"\b(?:return\w*|leav\w*|left|depart\w*|(?:fl(?:y|ies|ew|own)|head\w*)\s+(?:home|back|out))\b"
    # ... "before continuing to Brussels the following day": that day is the next place's
    r"|\b(?:before|then|and)\s+(?:(?:will|would|then)\s+)?(?:continu\w*|travel\w*|fl(?:y|ies|ying|ew)|head\w*|"
    r"proceed\w*|mov\w*\s+on)\s+(?:on\s+)?to\b",
    re.IGNORECASE)
_NEXT_DAY = compiled(
    r"\b(?:the\s+(?:following|next)\s+(?:day|morning|afternoon|evening)|a\s+day\s+later)\b", re.IGNORECASE
)


# "wrapped up a two-day visit to Argentina on Friday": the stay's last day
_ENDED = compiled(r"\b(?:wrapp?(?:ed|s|ing)\s+up|conclud(?:ed|es|ing)|end(?:ed|s|ing)|wound\s+up)\s+"
                    r"(?:(?:his|her|their|a|an|the)\s+)?[^.;,]{0,50}$", re.IGNORECASE)
# ... not an event's run: "The Expo, which opened in April, runs through Oct. 13"
_UNTIL = compiled(r"(?<!\bruns\s)(?<!\bran\s)(?<!\brun\s)(?<!\bopen\s)(?<!\bopens\s)(?<!\blasts\s)"
                  r"\b(?:until|till|through)\s+\Z", re.IGNORECASE)
_MAX_STAY_DAYS = 14
# "had spent Wednesday through Friday in Argentina": the days of a stay, told after it
_STAYED = compiled(r"\b(?:spent|stayed|remained)\b", re.IGNORECASE)
_SPENT_DAY = compiled(r"\bspent\s+\Z", re.IGNORECASE)
# "From Chad she flew to Port Sudan. There, on February 26 and 27, she held talks": the place just named
_THERE = compiled(r"\W*There\s*,")
# What a weekday may name in a quotation: 'the "Monday demonstrations" of 1989'
_CUSTOM_AFTER = compiled(r"\s+(?:demonstrations|protests|rallies|prayers?|mass|services?|sermons?|liturgy|"
                         r"worship|markets?|school|editions?|newspapers?)\b", re.IGNORECASE)
_HEADING = compiled(r"[^.!?\n]{1,60}")  # a short line that ends with no stop: "Monday and Tuesday – Rome"


@dataclass(frozen=True, slots=True)
class StopTime:
    """A stop's time phrase as written and the dates it resolves to (empty without an anchor)."""

    phrase: str | None = None
    dates: tuple[date, ...] = ()
    weekday_only: bool = False  # no day number written: may be moved by whole weeks
    spans: tuple[tuple[int, int], ...] = ()  # (sentence index, phrase start) of the phrases used
    past: bool = False  # told in the past tense: a day that has been, moved only as a "then" (`_in_order`)
    ends: bool = False  # the day a visit ended ("wrapped up a two-day visit on Friday"): a stay counts back


def stop_times(
    found: StopsFound,
    sentences: Sequence[Sentence],
    by_sentence: Sequence[Sequence[Mention]],
    about_trip: Sequence[bool],
    anchor: date | None,
    window: tuple[date, date] | None,
    *,
    day_known: bool = True,
    home: str | None = None,
) -> list[StopTime]:
    """One `StopTime` per stop of `found`, in trip order; `window` is the trip's stated span
    (`trip_spans`); without `day_known`, `anchor` gives the year only (see `dates.resolve`); `home`
    is the traveller's country, whose name says no day is spent elsewhere ("met Liechtenstein
    companies on Tuesday")."""
    owners = _owners(found, sentences, by_sentence, about_trip)
    times: list[StopTime] = []
    naming: dict[str, list[int]] = {}  # country -> sentences about the trip that name it
    for sentence in sentences:
        if about_trip[sentence.index]:
            for code in dict.fromkeys(m.country for m in by_sentence[sentence.index]
                                      if m.country and not _possessive(sentence, m)):
                naming.setdefault(code, []).append(sentence.index)
    narrative: dict[int, list[int]] = {}  # stop -> sentences about the trip that belong to it
    for s, stop in enumerate(found.sentence_stop):
        if stop is not None and about_trip[s]:
            narrative.setdefault(stop, []).append(s)
    owned: dict[int, set[int]] = {}  # stop -> sentences holding a phrase it owns
    for (s, _), stop in owners.items():
        if stop is not None:
            owned.setdefault(stop, set()).add(s)
    # (not a place passed through: "before flying home overnight from Montevideo via Madrid")
    named = {n: {m.country for m in mentions if m.country and m.kind in _OWNER_KINDS and not (
                 m.country == home and m.kind == "country" and not _named_as_capital(sentences[n], m))
                 and not _VIA.search(sentences[n].text, max(0, m.start - sentences[n].start - 8),
                                     m.start - sentences[n].start)}
             for n, mentions in enumerate(by_sentence)}
    datelined = _datelined(sentences, by_sentence)
    stays: list[int | None] = []
    for index, draft in enumerate(found.stops):
        cues = sorted(set(draft.sentences))
        own = set(cues)
        related = {*naming.get(draft.code, ()), *narrative.get(index, ()), *owned.get(index, ())}
        others = sorted(s for s in related if s not in own)
        first = _first_time(index, cues, others, sentences, owners, anchor, window,
                            several=len(found.stops) > 1, code=draft.code, named=named,
                            datelined=datelined, day_known=day_known)
        if window is not None and first.dates and not first.weekday_only and _outside(
                first.dates, window, on_the_way=any(_ON_THE_WAY.search(sentences[c].text) for c in cues)):
            # "four days in Kuala Lumpur from February 26 to March 1 ... in Tokyo from March 12 to 15": a
            # span a stop's own dates fall outside is that other stop's, not the trip's
            return stop_times(found, sentences, by_sentence, about_trip, anchor, None, day_known=day_known,
                              home=home)
        times.append(first)
        # ... and "The mission began in Accra on September 8. Over three days, the ministers met ...": the
        # sentence that goes on from a cue with the stay's length
        going_on = [s + 1 for s in cues if s + 1 < len(sentences) and s + 1 not in related
                    and _OVER_DAYS.match(sentences[s + 1].text)]
        stays.append(_stay(index, (*cues, *others, *going_on), found, sentences, by_sentence))
    times = _days_before(_next_days(_in_order(times, window, sentences), found, sentences), found, sentences,
                         by_sentence)
    if anchor is not None:
        _date_cities(found, sentences, by_sentence, owners, anchor, day_known, times)
    order = date_order(times)
    if order != list(range(len(times))):
        # the dates tell the order ("met ... on Monday in Berlin. He heads to Madrid on
        # Wednesday"): the stops are put in it, then weekdays are kept in it
        found.stops[:] = [found.stops[n] for n in order]
        where = {old: new for new, old in enumerate(order)}
        found.sentence_stop[:] = [None if s is None else where[s] for s in found.sentence_stop]
        times, stays = [times[n] for n in order], [stays[n] for n in order]
    if len(times) == 1 and window is not None:  # one stop: the trip's span is the stop's
        days = tuple(window[0] + timedelta(days=k) for k in range((window[1] - window[0]).days + 1))
        return [replace(times[0], dates=days)]
    times = _filled(_with_stays(times, stays, window))
    if not found.changes:  # (a leg dropped from the route may have been the day between)
        times = _stayed_over(times, sentences)
    if anchor is not None and times and times[-1].dates:
        times[-1] = _to_the_end(times[-1], sentences, about_trip, anchor, day_known)
    return _untangled(times)


def _outside(days: tuple[date, ...], window: tuple[date, date], *, on_the_way: bool) -> bool:
    """Whether a stop's days fall outside the trip's stated span; for a stop told as on the way ("a
    stopover in Port Moresby on Aug. 8" before visits "from Aug. 9 to 15"), more than two days outside."""
    near = _NEAR_SPAN if on_the_way else timedelta(0)
    return days[-1] < window[0] - near or days[0] > window[1] + near


_NEAR_SPAN = timedelta(days=2)
_ON_THE_WAY = compiled(r"\b(?:stopover|stop-over|en\s+route|transit|refuell?ing)\b", re.IGNORECASE)


def _datelined(sentences: Sequence[Sentence], by_sentence: Sequence[Sequence[Mention]]) -> dict[int, str]:
    """The country of the dateline that opens a sentence, by sentence, when the sentence names it
    again after the dateline ("ASTANA, Kazakhstan (AP) - X urged Kazakhstan on Wednesday ...")."""
    found: dict[int, str] = {}
    for sentence, mentions in zip(sentences[:_HEADER_SENTENCES], by_sentence, strict=False):
        end = sentence.start + _dates.dateline_end(sentence.text)
        place = next((m for m in mentions if m.start < end and m.country), None)
        if place is not None and place.country and any(
                m.start >= end and m.country == place.country for m in mentions):
            found[sentence.index] = place.country
    return found


def _untangled(times: list[StopTime]) -> list[StopTime]:
    """Stays that run into the next stop's end where it begins: a stay that began first ends the day
    before the next one's first day (Hong Kong 19-23 January before Manila from the 21st: 19-20); of
    two begun on one day, the second starts after the first's last (Tokyo 11-13, then Seoul 14-15,
    not 11-15). A travel day that both share is kept (Moscow 9-12, Minsk 12-14)."""
    out = list(times)
    for n in range(len(out) - 1):
        first, then = out[n], out[n + 1]
        if not first.dates or not then.dates or first.dates[-1] <= then.dates[0]:
            continue
        if first.dates[0] < then.dates[0]:
            out[n] = replace(first, dates=tuple(d for d in first.dates if d < then.dates[0]))
        elif first.dates[0] == then.dates[0] and then.dates[-1] > first.dates[-1]:
            out[n + 1] = replace(then, dates=tuple(d for d in then.dates if d > first.dates[-1]))
    return out


# "The state visit will conclude on Thursday, Oct. 22": the day the trip ends
_TRIP_ENDS_ON = compiled(r"\b(?:visit|trip|tour|journey)\s+(?:will\s+|is\s+(?:due|set|scheduled)\s+to\s+)?"
                         r"(?:conclude|end|wrap\s+up|finish)s?\s+(?:on\s+)?\Z"
                         # ... "He will end his visit on Friday"
                         r"|\bwill\s+(?:conclude|end|wrap\s+up|finish)\s+(?:his|her|their|the)\s+(?:[\w-]+\s+)?"
                         r"(?:visit|trip|tour)\s+(?:on\s+)?\Z", re.IGNORECASE)
_ENDING_WORDS = ("conclu", "end", "wrap", "finish")  # one of which the sentence must hold, to be read
_LAST_STAY = 5  # days at most that the trip's stated end may add to its last stop


def _to_the_end(last: StopTime, sentences: Sequence[Sentence], about_trip: Sequence[bool], anchor: date,
                day_known: bool) -> StopTime:
    """The last stop's stay runs to the day the article says the trip concludes on, when that is
    a few days after its last day ("Panama City on Wednesday, Oct. 21 ... The state visit will
    conclude on Thursday, Oct. 22")."""
    for sentence in sentences:
        if not about_trip[sentence.index] or not any(word in sentence.text for word in _ENDING_WORDS):
            continue
        for phrase in _dates.find_time_phrases(sentence.text):
            if not _TRIP_ENDS_ON.search(sentence.text, max(0, phrase.start - 60), phrase.start):
                continue
            days = _dates.resolve(phrase, anchor, _dates.tense_at(sentence.text, phrase.start),
                                  day_known=day_known)
            extra = (days[-1] - last.dates[-1]).days if days else 0
            if 0 < extra <= _LAST_STAY:
                more = tuple(last.dates[-1] + timedelta(days=k) for k in range(1, extra + 1))
                return replace(last, dates=last.dates + more)
    return last


_A_DAY_AFTER_ARRIVING = compiled(
    r",?\s+(?:a|one)\s+day\s+after\s+(?:arriving|landing|(?:his|her|their)\s+arrival)\b", re.IGNORECASE)
# "on an official visit to the Republic of Uzbekistan which runs from 30 March to 1 April": the stop's
# span, whatever the tense (not "a regional visit to Central Asia which runs from ...": the tour's)
_VISIT_RUNS = compiled(r"\b(?:official|state|working|private|pastoral)\s+visit\s+to\s+(?:the\s+)?"
                       r"(?:(?:of\s+)?[A-Z][\w'’-]*\s+){1,4}(?:which|that)\s+(?:runs|lasts)\s+(?:from\s+)?\Z")
_LONGEST_GAP = 10  # days between two days named at one stop that are filled as one stay


def _filled(times: list[StopTime]) -> list[StopTime]:
    """A stay runs from the first day named at a stop to the last ("arrived in Sydney on November 8
    ... left Sydney on November 17"), when no other stop's day falls between and the gap is short."""
    filled: list[StopTime] = []
    for n, time in enumerate(times):
        days = time.dates
        if len(days) >= 2 and 1 < (days[-1] - days[0]).days <= _LONGEST_GAP and not any(
                days[0] < d < days[-1] for k, other in enumerate(times) if k != n for d in other.dates):
            days = tuple(days[0] + timedelta(days=k) for k in range((days[-1] - days[0]).days + 1))
            time = replace(time, dates=days)
        filled.append(time)
    return filled


def _stayed_over(times: list[StopTime], sentences: Sequence[Sentence]) -> list[StopTime]:
    """A stop reached on one day ("arrived in Baghdad on Monday") whose next stop is two days on
    ("arrived in Beirut on Wednesday") has the day between too: the traveller was still there."""
    result = list(times)
    for n, (time, following) in enumerate(zip(times, times[1:], strict=False)):
        if len(time.dates) != 1 or not following.dates or not time.spans or (
                following.dates[0] - time.dates[0]).days != 2:
            continue
        s, at = time.spans[0]
        day = time.dates[0] + timedelta(days=1)
        if _ARRIVES_BEFORE.search(sentences[s].text, max(0, at - 60), at) and not any(
                day in other.dates for other in times):
            result[n] = replace(time, dates=(time.dates[0], day))
    return result


# "arrived in Baghdad on", not "arrived in Strasbourg from Brussels, where on"
_ARRIVES_BEFORE = compiled(r"\b(?:arriv(?:e|es|ed|ing)|land(?:s|ed|ing)?)\s+(?:in|at)\b"
                           r"(?:(?!\bfrom\b|\bwhere\b)[^.;]){0,50}\Z", re.IGNORECASE)


def _date_cities(found: StopsFound, sentences: Sequence[Sentence], by_sentence: Sequence[Sequence[Mention]],
                 owners: dict[tuple[int, int], int | None], anchor: date, day_known: bool,
                 times: Sequence[StopTime]) -> None:
    """Give each city of a visit of several cities the first day a phrase of the visit names
    beside it ("arrived in Abuja on Tuesday", "met industrialists in Lagos on Thursday"), among
    the visit's own days, so the cities can be put in the order of their days
    (`StopDraft.city_order`)."""
    several = {n for n, draft in enumerate(found.stops) if len(draft.cities) > 1 and times[n].dates}
    if not several:
        return
    for (s, start), stop in owners.items():
        if stop not in several:
            continue
        sentence = sentences[s]
        draft = found.stops[stop]
        cities = [m for m in by_sentence[s] if m.kind == "city" and m.country == draft.code and m.city]
        phrase = next((p for p in _dates.find_time_phrases(sentence.text) if p.start == start), None)
        if not cities or phrase is None:
            continue
        nearest = _closest(sentence, cities, phrase)
        if _gap(sentence, nearest, phrase) > _NEAR:
            continue
        days = _dates.resolve(phrase, anchor, _dates.tense_at(sentence.text, start), day_known=day_known)
        if not days and phrase.kind == "weekday":  # "On Wednesday he flew to Almaty": the visit's Wednesday
            days = _dates.resolve(phrase, times[stop].dates[0], "future")
        if days and nearest.city and times[stop].dates[0] <= days[0] <= times[stop].dates[-1]:
            draft.date_city(nearest.city, days[0])


def _next_days(times: list[StopTime], found: StopsFound, sentences: Sequence[Sentence]) -> list[StopTime]:
    """An undated stop made in a sentence that says "the following day" ("The following day he
    made a brief stop in Belize") is dated the day after the stop before it; a stop reached "the same
    evening" in a sentence with no day of its own starts on that stop's last day; a stop's sentence
    followed by one opening with "The following day" gains that day."""
    result = list(times)
    for n in range(1, len(result)):
        if result[n].dates or not result[n - 1].dates:
            continue
        if any(_NEXT_DAY.search(sentences[s].text) for s in found.stops[n].sentences[:1]):
            result[n] = replace(result[n], dates=(result[n - 1].dates[-1] + timedelta(days=1),))
    for n in range(1, len(result)):  # "From Mary he flew directly to Tashkent the same evening."
        last = result[n - 1].dates[-1] if result[n - 1].dates else None
        if last is not None and (not result[n].dates or last < result[n].dates[0]) and any(
                _SAME_DAY.search(sentences[s].text) and _MOTION.search(sentences[s].text)
                and not _dates.find_time_phrases(sentences[s].text) for s in set(found.stops[n].sentences)):
            result[n] = replace(result[n], dates=(last, *result[n].dates))  # the stop before's last day
    for n, time in enumerate(result):  # "... arriving on Feb. 10. The following day he will ..."
        if not time.dates or not time.spans:
            continue
        after = max(s for s, _ in time.spans) + 1
        if after + 1 < len(sentences) and found.sentence_stop[after] in (None, n) and not (
                _dates.find_time_phrases(sentences[after].text)) and not _NEXT_DAY.match(
                sentences[after].text.lstrip()):
            # "... flew on September 17 to Tashkent. The talks produced a roadmap. The following day the
            # two presidents travelled together to Samarkand": one sentence between
            after += 1
            if found.sentence_stop[after] != n:
                continue  # (that sentence must be this stop's: not "The following day ... in Rome")
        if after < len(sentences) and found.sentence_stop[after] in (None, n) \
                and _NEXT_DAY.match(sentences[after].text.lstrip()):
            result[n] = replace(time, dates=tuple(sorted({*time.dates, time.dates[-1] + timedelta(days=1)})))
    return result


def _days_before(times: list[StopTime], found: StopsFound, sentences: Sequence[Sentence],
                 by_sentence: Sequence[Sequence[Mention]]) -> list[StopTime]:
    """An undated stop spent the days just before a dated one when the same sentence says so:
    "arrived in Bishkek on Wednesday after two days of meetings in Astana" (Monday and Tuesday)."""
    result = list(times)
    dated_in: dict[int, StopTime] = {}  # sentence -> the first stop dated by a phrase in it
    for time in result:
        for at, _ in time.spans if time.dates else ():
            dated_in.setdefault(at, time)
    for n, draft in enumerate(found.stops):
        for s in sorted(set(draft.sentences)) if not result[n].dates else ():
            text, start = sentences[s].text, sentences[s].start
            if s not in dated_in or "after" not in text:
                continue
            days = next((found_days for m in by_sentence[s]
                         if m.country == draft.code and m.kind in _OWNER_KINDS
                         and (found_days := _AFTER_DAYS_IN.search(text, max(0, m.start - start - 60),
                                                                  m.start - start))), None)
            if days is not None:
                count = _NUMBERS.get(days.group(1).lower()) or int(days.group(1))
                first = dated_in[s].dates[0]
                result[n] = replace(result[n], dates=tuple(first - timedelta(days=k)
                                                           for k in range(count, 0, -1)))
                break
    return result


# "after two days of meetings in", "after three days in the Kazakh capital,"
_AFTER_DAYS_IN = compiled(r"\bafter\s+(one|two|three|four|five|[1-5])\s+days?\s+(?:of\s+(?:[\w-]+\s+){1,3}?)?"
                          r"in\s+(?:the\s+)?\Z", re.IGNORECASE)


def date_order(times: Sequence[StopTime]) -> list[int]:
    """Stop indexes in the order their dates give: stops with dates sorted by their first date, each
    taking along the undated stops that follow it (its next legs, as far as the text tells);
    undated stops before the first dated one stay first, and those after the last stay last (the
    tour's end). Unchanged when fewer than two stops have dates, or when their days overlap."""
    dated = [n for n, t in enumerate(times) if t.dates]
    if len(dated) < 2:
        return list(range(len(times)))
    groups: list[list[int]] = []
    for n in range(dated[0], dated[-1] + 1):
        if times[n].dates:
            groups.append([n])
        else:
            groups[-1].append(n)
    groups.sort(key=lambda group: times[group[0]].dates[0])  # stable: equal days keep their order
    spans = [times[group[0]].dates for group in groups]
    if any(spans[k][-1] > spans[k + 1][0] for k in range(len(spans) - 1)):
        return list(range(len(times)))  # days that overlap tell no order ("Tokyo" over the whole week)
    return [*range(dated[0]), *(n for group in groups for n in group), *range(dated[-1] + 1, len(times))]


_WHOLE_TRIP = compiled(r"\b(?:trip|tour|journey|swing)\b", re.IGNORECASE)
_DEPARTED_FROM = compiled(r"\b(?:departed|left|departs|leaves)\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:on\s+)?\Z")
_VISIT_WORDS = compiled(r"\b(?:trip|tour|journey|swing|visits?|mission|travel\w*)\b", re.IGNORECASE)
# "The visit, which took place from April 28 to May 5, began in Kingston": the visit is the trip
_VISIT_WHICH_RAN = compiled(
    r"^\W*(?:the|his|her|their|this)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour|mission)"
    r"(?:\s+(?:of|to|through)\s+[^,;.]{1,40})?\s*,\s*which\s+"  # "Her tour of the region, which runs from"
    r"(?:took\s+place|runs|ran|lasts|lasted|will\s+run|will\s+last|is\s+taking\s+place)\s+(?:from\s+)?$",
    re.IGNORECASE)


def trip_spans(sentences: Sequence[Sentence], about_trip: Sequence[bool], anchor: date | None,
               by_sentence: Sequence[Sequence[Mention]], home: str | None = None, *,
               day_known: bool = True) -> tuple[tuple[date, date] | None, tuple[date, date] | None]:
    """The trip's stated span and, failing that, a span that tells its months, in one pass over
    the date ranges (at most `_MAX_WINDOW_DAYS` long) of the sentences about the trip.

    The first is the window ("from May 18 to 25"): the first range unless the sentence names one
    country only, or the range stands beside one place, and the range is not said of the trip
    (then it is that stop's span: "spent Wednesday through Friday in Argentina", "The trip wraps up
    in Hanoi on Feb. 12-13"). The second is the window, else the first range of all."""
    if anchor is None:
        return None, None
    first: tuple[date, date] | None = None
    for sentence in sentences:
        if not about_trip[sentence.index]:
            continue
        mentions = by_sentence[sentence.index]
        named = {m.country for m in mentions if m.kind in _OWNER_KINDS and m.country}
        # one country, or home alone: "spend Feb 2 to 4 there before flying back to the Vatican"
        one_country = len(named - {home}) == 1 or named == {home}
        for phrase in _dates.find_time_phrases(sentence.text):
            if phrase.kind != "range":
                continue
            days = _dates.resolve(phrase, anchor, _dates.tense_at(sentence.text, phrase.start),
                                  day_known=day_known)
            if not days or (days[-1] - days[0]).days > _MAX_WINDOW_DAYS:
                continue
            span = days[0], days[-1]
            first = first or span
            trip_word = _WHOLE_TRIP.search(sentence.text, max(0, phrase.start - 40), phrase.start)
            if trip_word and any(trip_word.end() <= m.start - sentence.start < phrase.start for m in mentions
                                 if m.kind in _OWNER_KINDS):
                trip_word = None  # "wrapped up the tour in Almaty on April 16-17": Almaty's days
            said_of_trip = trip_word or _WHOLE_TRIP.search(sentence.text, phrase.end, phrase.end + 12) or (
                _VISIT_WHICH_RAN.search(sentence.text, 0, phrase.start))
            # not "The trip, from May 6-9, ends in Paris", "The March 16-21 trip began"; not "a visit
            # to Tajikistan on 23-24 February and to the Kyrgyz Republic on 25 February"
            if not said_of_trip and (one_country or _next_to_one_place(sentence, mentions, phrase) or (
                    not named and not _VISIT_WORDS.search(sentence.text))):
                continue  # ... nor "From 13 to 16 October he took part in the forum": days where he is
            return span, span
    return None, first


def _next_to_one_place(sentence: Sentence, mentions: Sequence[Mention], phrase: _dates.TimePhrase) -> bool:
    """Whether the place nearest a phrase is right beside it and not in a list of places."""
    named = [m for m in mentions if m.kind in _OWNER_KINDS]
    if not named:
        return False
    nearest = _closest(sentence, named, phrase)
    between = sentence.text[nearest.end - sentence.start:phrase.start]  # empty if the place comes after
    near = _gap(sentence, nearest, phrase) <= _NEAR or bool(_WHERE_CLAUSE.match(between))
    before = [m for m in named if m.end - sentence.start <= phrase.start]
    if not near and before:  # "from Panama City, where she attended ... from Feb. 12 to 14, as part of a
        nearest = before[-1]  # tour that will also take her to Guatemala": the place the clause is of
        near = bool(_WHERE_CLAUSE.match(sentence.text, nearest.end - sentence.start, phrase.start))
    return near and nearest not in listed_mentions(sentence, named)


# "..., before travelling to Nauru, where he is scheduled to stay from 31 January to 2 February",
# "from Kinshasa, where he had spent three days, from 14 to 16 September"
_WHERE_CLAUSE = compiled(r"\s*,\s*where\b[^,;.]{0,100}(?:,\s*(?:from\s+)?)?$")


def in_dateline(sentence: str, offset: int) -> bool:
    """Whether `offset` of a sentence lies in the dateline that opens it ("WASHINGTON, July 22, 2024
    (AP) —", "Madrid, Sep 30, 2026 (EFE).-"), whose date is the article's own."""
    return offset < _dates.dateline_end(sentence)



def _owners(found: StopsFound, sentences: Sequence[Sentence], by_sentence: Sequence[Sequence[Mention]],
            about_trip: Sequence[bool]) -> dict[tuple[int, int], int | None]:
    """For each (sentence, phrase start) of a phrase that may date a stop: the stop it belongs to,
    or None if unclear. Phrases of a dateline or of a statement ("said on Monday") are left out."""
    index: dict[str, int] = {}
    for n, draft in enumerate(found.stops):
        index.setdefault(draft.code, n)
    cue_stops: dict[int, set[int]] = {}
    for n, draft in enumerate(found.stops):
        for s in draft.sentences:
            cue_stops.setdefault(s, set()).add(n)
    owners: dict[tuple[int, int], int | None] = {}
    story: dict[tuple[int, _dates.Tense], int | None] = {}  # (sentence, tense) -> _story_at, once each
    for sentence in sentences:
        if sentence.index < _HEADER_SENTENCES and _dates.is_header_line(sentence.text) and not any(
                m.kind in _OWNER_KINDS for m in by_sentence[sentence.index]):
            continue  # the article's date line; not "Wednesday 5 November - Dubai", a day of the trip
        phrases = [p for p in _dates.find_time_phrases(sentence.text)
                   if p.kind != "relative" or _dates.names_one_day(p)]  # not "next week"
        # "departed Moshoeshoe I International Airport on Sunday, 15 September, ... and arrived in Kuwait
        # City on the morning of Monday, 16 September": the day left home is no stop's
        arrival = max((q.start for q in phrases
                       if _ARRIVAL_BEFORE.search(sentence.text, max(0, q.start - 60), q.start)), default=-1)
        phrases = [p for p in phrases if not (
            arrival > p.end and _LEFT_PLACE.search(sentence.text, max(0, p.start - 60), p.start))]
        phrases = [p for p in phrases if not in_dateline(sentence.text, p.start)
                   and not _SPOKEN.search(sentence.text, max(0, p.start - 40), p.start)
                   and not _ACCORDING.search(sentence.text, max(0, p.start - 100), p.start)
                   and not _TOOK_OFFICE.search(sentence.text, max(0, p.start - 60), p.start)
                   and not (p.kind == "weekday"
                            and _ADDED_ON.search(sentence.text, max(0, p.start - 70), p.start))
                   and not _SAID_NEXT.match(sentence.text, p.end)
                   and not (_SPOKEN_AFTER.match(sentence.text, p.end)
                            and _OPENS.fullmatch(sentence.text, 0, p.start))
                   and not _HOMEWARD.search(sentence.text, max(0, p.start - 40), p.start)
                   and not _DATED_EVENT.match(sentence.text, p.end)
                   and not _SETS_OUT.search(sentence.text, max(0, p.start - 30), p.start)
                   and not _spoke_elsewhere(sentence, by_sentence[sentence.index], p)
                   and not _set_out_from(sentence, by_sentence[sentence.index], p, index)
                   # '"Today we are recovering our capacity," X said at the ceremony': the speaker's day,
                   # also in a quotation that runs over sentences
                   and not (p.kind == "relative" and (_quoted(sentence.text, p.start)
                                                      or _within_quotation(sentences, sentence.index)))
                   # 'the "Monday demonstrations" of 1989': a weekday in a quoted name (not "will
                   # celebrate Sunday Mass there")
                   and not (p.kind == "weekday" and _CUSTOM_AFTER.match(sentence.text, p.end)
                            and _quoted(sentence.text, p.start))]
        # "would leave for Rome on Monday night and begin his official visit on Tuesday": the journey's night
        phrases = [p for k, p in enumerate(phrases) if not (
            k + 1 < len(phrases) and p.text.lower().endswith("night")
            and _LEAVES_FOR.search(sentence.text, max(0, p.start - 50), p.start))]
        moved = [p for p in phrases if _MOVED_TO.search(sentence.text, max(0, p.start - 30), p.start)]
        # "originally pencilled in for Thursday, was pushed back to Friday"; and no day of a plan
        # given up: "was originally due to begin the tour in P on May 31"
        phrases = moved or [p for p in phrases
                            if not _OLD_PLAN.search(sentence.text, max(0, p.start - 90), p.start)
                            or _EXTENDED.search(sentence.text, max(0, p.start - 30), p.start)]
        if not phrases:
            continue
        mentions = by_sentence[sentence.index]
        if (here := found.here.get(sentence.index)) is not None:  # "arrived here on Tuesday"
            mentions = sorted([*mentions, here], key=lambda m: m.start)
        named = [m for m in mentions if m.country in index and not _possessive(sentence, m) and (
            m.kind in _OWNER_KINDS or _named_as_capital(sentence, m))]
        placeless = not any(m.kind in _OWNER_KINDS for m in mentions)
        free = [m for m in named if m not in listed_mentions(sentence, named)]
        cues = cue_stops.get(sentence.index, set())
        local = dict(index)  # a second visit's sentence: its country is that visit
        for c in cues:
            if sum(found.stops[d].code == found.stops[c].code for d in cues) == 1:
                local[found.stops[c].code] = c
        stops_named = {local[m.country or ""] for m in free}
        # "depart Washington on Monday evening and hold talks in Jerusalem on Tuesday"
        # ... and "a report to the Council in Geneva on 5 July", the one date right after a place no stop
        elsewhere = [m for m in by_sentence[sentence.index]
                     if m.kind in _OWNER_KINDS and m.country not in index and not _possessive(sentence, m)
                     and (len(phrases) > 1 or _in_it_on(sentence, m, phrases[0]))]
        # "returned to Buenos Aires on Friday after a four-day visit to P": the day home, no stop's
        homeward = [m.end - sentence.start for m in by_sentence[sentence.index]
                    if m.kind in _OWNER_KINDS and m.country not in index
                    and _RETURNED_TO.search(sentence.text, max(0, m.start - sentence.start - 70),
                                            m.start - sentence.start)]
        # ... and "returned to Mahé on Tuesday", a place the gazetteer does not know
        homeward += [name.end() for name in _RETURNED_TO_NAME.finditer(sentence.text) if not any(
            m.start - sentence.start <= name.start(1) < m.end - sentence.start
            for m in by_sentence[sentence.index])]
        homeward += [m.end() for m in _RETURNED_FROM.finditer(sentence.text)]
        same_days = [m.start() for m in _SAME_DAY.finditer(sentence.text)] if "same" in sentence.text else []
        motions: list[int] | None = None  # where the sentence tells a move, found when first asked
        first = min((m.start - sentence.start for m in mentions if m.kind in _OWNER_KINDS), default=0)
        whole = len(found.stops) > 2 and _whole_route(sentence, free, local, len(found.stops))
        for phrase in phrases:
            key = (sentence.index, phrase.start)
            if whole:  # "a tour that took him from A to B between Nov. 24 and Dec. 7": the trip's days
                owners[key] = None
                continue
            if found.stops and not free and _TRIP_BEGAN.search(
                    sentence.text, max(0, phrase.start - 50), phrase.start):
                owners[key] = 0  # "The tour, which began on 23rd February, ...": the first stop's day
                continue
            if any(0 <= phrase.start - end <= _HOME_GAP
                   and _JUST_WHEN.fullmatch(sentence.text, end, phrase.start) for end in homeward):
                owners[key] = None
                continue
            nearest = _closest(sentence, [*free, *elsewhere], phrase) if free and elsewhere else None
            same_day = next((at for at in same_days if at >= phrase.end), None)
            arrived = next((m for m in free if phrase.end <= m.start - sentence.start < same_day
                            and not any(phrase.end <= p.start < m.start - sentence.start for p in phrases)),
                           None) if same_day is not None else None
            if arrived is not None:  # "depart from Athens on Monday, November 3 and arrive in Cairo the
                owners[key] = local[arrived.country or ""]  # same afternoon": that day is Cairo's too
            elif nearest is not None and nearest in elsewhere and (
                    _gap(sentence, nearest, phrase) <= _NEAR) and not _UNTIL.search(
                    sentence.text, max(0, phrase.start - 12), phrase.start) and not _BEFORE_GOING.fullmatch(
                    sentence.text, phrase.end, nearest.start - sentence.start):
                # (not "met X on Wednesday before flying to Erbil": the day of the stop before)
                # (but "talks through Thursday, before returning to P": the stay's) ... and "travel to
                # Doha on Tuesday ... before returning to P on Wednesday evening": Doha's last day too
                late_return = len(stops_named) == 1 and _LATE.search(phrase.text) and (
                    _RETURN_TO.search(sentence.text, max(0, phrase.start - 60), phrase.start))
                owners[key] = next(iter(stops_named)) if late_return else None
            elif len(stops_named) == 1 and len(free) == 1 and _flew_in_from(sentence, free[0], phrase):
                # "X, who flew in from Manila on Wednesday morning, held talks": the day of the place
                # arrived in, the stop after the one left (not "flew in from P, where on Monday he met")
                after = local[free[0].country or ""] + 1
                owners[key] = after if after < len(found.stops) else None
            elif len(stops_named) == 1:
                only: int | None = next(iter(stops_named))
                if only and all(_moves_on_to(sentence, m, phrase) and (any(
                        p.start >= m.end - sentence.start for p in phrases) or _BEFORE_LEAVING.search(
                        sentence.text, phrase.end, m.start - sentence.start)) for m in free):
                    # "will meet X on Thursday before travelling to Accra on Friday", "On Tuesday he met
                    # X, before leaving for Beirut": the stop before (not "conclude the visit on Tuesday
                    # and fly to Beirut": that day is Beirut's too)
                    only -= 1
                elif all(_continues_to(sentence, m, phrase) for m in free):
                    # "talks ... yesterday, the first day of a trip that continues in P": not P's day
                    only = only - 1 if only else None
                owners[key] = only
            elif free:
                near = _closest(sentence, free, phrase)
                before = [m for m in free if m.end - sentence.start <= phrase.start]
                if before and _moves_on_to(sentence, near, phrase):
                    # "talks with the UAE president on Sunday and Monday before flying to Doha on
                    # Tuesday": a place gone on to after the day is not that day's
                    near = before[-1]
                near = _arrived_from(sentence, before, near, phrase)
                owners[key] = local[near.country or ""]
            elif len(cues) == 1:
                owners[key] = next(iter(cues))
            elif not named and about_trip[sentence.index]:
                # "He will arrive Wednesday", "On Friday, the king toured": where the story is
                # ... and "On Sunday they laid a wreath at the monument to the treaty that split the
                # island with P": a place no stop, named after the day, is no move
                # (not "On Friday he flies back to P": the way home)
                if motions is None:
                    motions = [m.start() for m in _MOTION.finditer(sentence.text)]
                move = bisect_left(motions, phrase.end)
                unmoved = first >= phrase.end and (move == len(motions) or motions[move] >= first)
                storied = placeless or found.sentence_stop[sentence.index] is None and unmoved
                if storied:
                    # the tense the day is told in: "X, the first officer to head the ministry, was
                    # received on Monday 9" is past, whatever "to head" says of the sentence
                    told = _dates.tense_at(sentence.text, phrase.start)
                    if (sentence.index, told) not in story:
                        story[sentence.index, told] = _story_at(found, sentences, sentence.index, told)
                    owners[key] = story[sentence.index, told]
                else:
                    owners[key] = found.sentence_stop[sentence.index]
            else:
                owners[key] = None
    return owners


def _whole_route(sentence: Sentence, named: Sequence[Mention], index: dict[str, int], count: int) -> bool:
    """Whether the sentence tells the route from the first stop to the last: "a visit to seven
    countries that took him from the Dominican Republic to Cuba"."""
    text, at = sentence.text, sentence.start
    return any(index.get(a.country or "") == 0 and index.get(b.country or "") == count - 1
               and _FROM_BEFORE.search(text, max(0, a.start - at - 12), a.start - at) is not None
               and _TO_BETWEEN.fullmatch(text, a.end - at, b.start - at) is not None
               for a, b in zip(named, named[1:], strict=False))


_FROM_BEFORE = compiled(r"\bfrom\s+(?:the\s+)?\Z", re.IGNORECASE)
_TO_BETWEEN = compiled(r"\s+to\s+(?:the\s+)?", re.IGNORECASE)


_MOTION = compiled(r"\b(?:fl(?:y|ies|ew|ying)|return\w*|leav\w*|left|head\w*|travel\w*|depart\w*|back|home|"
                   r"go|goes|going|went|arriv\w*|move\w*|proceed\w*)\b", re.IGNORECASE)


def _in_it_on(sentence: Sentence, place: Mention, phrase: _dates.TimePhrase) -> bool:
    """Whether the phrase comes right after "in <place> on": "a report to the Council in Geneva on 5 July"."""
    at, end = place.start - sentence.start, place.end - sentence.start
    return _IN_IT_ON.match(sentence.text, end, phrase.start) is not None and _IN_BEFORE.search(
        sentence.text, max(0, at - 4), at) is not None


def _quoted(text: str, at: int) -> bool:
    """Whether `at` stands inside a quotation: one opened before it in the sentence, or one opened
    in an earlier sentence that closes after it ('Our relations today have a new momentum," X said')."""
    before, after = text[:at], text[at:]
    if before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”"):
        return True
    closes_straight = '"' not in before and after.count('"') % 2 == 1
    closing = after.find("”")
    opening = after.find("“")
    closes_curly = "“" not in before and "”" not in before and closing != -1 and not 0 <= opening < closing
    return closes_straight or closes_curly


def _within_quotation(sentences: Sequence[Sentence], index: int) -> bool:
    """Whether a sentence with no quotation mark of its own lies inside one opened earlier in its
    paragraph: '"The ocean separated us. Yet today it is easier to ... That must change," X said'."""
    text = sentences[index].text
    if any(mark in text for mark in '"“”'):
        return False
    start = index
    paragraph = sentences[index].paragraph
    while start > max(0, index - _QUOTE_REACH) and sentences[start - 1].paragraph == paragraph:
        start -= 1  # (a few sentences back at most, so a long paragraph stays linear)
    before = "".join(s.text for s in sentences[start:index])
    return before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”")


_QUOTE_REACH = 6  # sentences a quotation is followed back over


def _named_as_capital(sentence: Sentence, mention: Mention) -> bool:
    """ "arrived in the Kenyan capital on Wednesday": a capital named by its country's demonym."""
    return mention.kind in ("demonym", "country") and sentence.text.startswith(
        " capital", mention.end - sentence.start)


def _arrived_from(sentence: Sentence, before: Sequence[Mention], near: Mention,
                  phrase: _dates.TimePhrase) -> Mention:
    """The place arrived in when `near` is where the traveller came from and the day follows it:
    "arrived in Bangkok from Jakarta on Tuesday evening, met ... and will address a conference on
    Thursday" dates Bangkok (not "arrived in Abidjan from Dakar, where on Monday she signed ...")."""
    text, at = sentence.text, sentence.start
    if near.end - at > phrase.start and _FROM_GAP.fullmatch(text, phrase.end, near.start - at):
        # "arrived in the Kenyan capital on Wednesday from Zanzibar": the place arrived in
        return next((m for m in reversed(before) if _ARRIVED_AT.search(
            text, max(0, m.start - at - 30), m.start - at)), near)
    if near.end - at > phrase.start or _WHERE.search(text, near.end - at, phrase.start):
        return near
    for m in before:
        if m is not near and _FROM_GAP.fullmatch(text, m.end - at, near.start - at) and _ARRIVED_AT.search(
                text, max(0, m.start - at - 30), m.start - at):
            return m
    return near


def _flew_in_from(sentence: Sentence, left: Mention, phrase: _dates.TimePhrase) -> bool:
    """Whether `phrase` dates the arrival from `left`: "flew in from Manila on Wednesday morning"."""
    start, end = left.start - sentence.start, left.end - sentence.start
    return phrase.start >= end and not _WHERE.search(sentence.text, end, phrase.start) and bool(
        _CAME_IN_FROM.search(sentence.text, max(0, start - 30), start))


_WHERE = compiled(r",\s+where\b", re.IGNORECASE)
_CAME_IN_FROM = compiled(r"\b(?:flew|flown|came|arrived|arriving|travell?ed)\s+in\s+from\s+(?:the\s+)?$",
                         re.IGNORECASE)
_FROM_GAP = compiled(r"\s+from\s+(?:the\s+)?", re.IGNORECASE)
_ARRIVED_AT = compiled(r"\b(?:arriv\w*|landed|touched\s+down)\s+(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)


# "originally planned for one day, was extended through Sunday": the day the plan changed to
_EXTENDED = compiled(r"\bextended\s+(?:through|until|till|to|into)\s+\Z", re.IGNORECASE)
# ... "She had been scheduled to fly back to Paris from Siem Reap on Friday. Instead ...", "A visit to
# Mumbai, which had earlier been proposed for Thursday, will no longer take place": a plan given up
_OLD_PLAN = compiled(r"\b(?:originally|initially|original|had\s+been\s+(?:scheduled|due|expected|set|"
                     r"supposed|planning|meant)\s+to|(?:had\s+(?:earlier\s+|previously\s+)?been|"
                     r"(?:was|were|has\s+been)\s+(?:earlier|previously))\s+(?:proposed|planned|scheduled|"
                     r"pencill?ed\s+in|slated|set|due)\s+(?:for|on)\b)[^.;]*$", re.IGNORECASE)
# "Speaking at a press conference at the ministry yesterday, X said", "In a release yesterday, the
# Office said": when X spoke, not a stop's day
_SPEAKING = compiled(
    r"\W*(?:speaking|addressing|briefing|talking|in\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+)?"
    r"(?:release|statement|communiqu[eé]|notice|announcement|readout|interview))\b[^,;]*\Z", re.IGNORECASE)


# "X and his wife leave Trinidad tomorrow on an official visit to India": the day of setting out
_LEAVE_BEFORE = compiled(LEAVING + r"\Z")


def _set_out_from(sentence: Sentence, mentions: Sequence[Mention], phrase: _dates.TimePhrase,
                  index: dict[str, int]) -> bool:
    """Whether `phrase` follows right after a place left that is no stop: the day the trip sets out."""
    text, at = sentence.text, sentence.start
    return any(m.country not in index and m.kind in _OWNER_KINDS and 0 < phrase.start - (m.end - at) <= 2
               and _LEAVE_BEFORE.search(text, max(0, m.start - at - 12), m.start - at) for m in mentions)


def _spoke_elsewhere(sentence: Sentence, mentions: Sequence[Mention], phrase: _dates.TimePhrase) -> bool:
    """Whether `phrase` dates an opening "Speaking at ..." clause that names no place (not
    "Speaking in Nairobi on Monday, X said": a day there)."""
    return _SPEAKING.match(sentence.text, 0, phrase.start) is not None and not any(
        m.kind in _OWNER_KINDS and m.start - sentence.start < phrase.start for m in mentions)


_HEADER_SENTENCES = 6  # header and date lines stand among the first lines


def _story_at(found: StopsFound, sentences: Sequence[Sentence], index: int, told: _dates.Tense) -> int | None:
    """Where the story is at a sentence naming no place: its stop, else the one before it, if both
    are told in the same tense ("arrived in Pakistan on Monday." / "will be welcomed on Thursday");
    `told` is the tense of the day's phrase, when known."""
    own = found.sentence_stop[index]
    before = found.sentence_stop[index - 1] if index > 0 else None
    tense = told if told != "unknown" else _dates.sentence_tense(sentences[index].text)
    previous = _dates.sentence_tense(sentences[index - 1].text) if index > 0 else "unknown"
    if "unknown" in (tense, previous) or tense == previous:
        return own if own is not None else before
    return None


def _possessive(sentence: Sentence, mention: Mention) -> bool:
    """ "Lebanon's government declared Monday a holiday": the place owns something, no one is there
    (but "met Algeria's President X on Sunday": its leader, met there)."""
    at = mention.end - sentence.start
    return sentence.text.startswith(("'s", "’s"), at) and not (
        _HEAD_OF_STATE.match(sentence.text, at) and _MET_HOST.search(
            sentence.text, max(0, mention.start - sentence.start - 30), mention.start - sentence.start))


# "met Algeria's President": a country's leader met
_MET_HOST = compiled(r"\b(?:met|meets|meeting|talks\s+with|received\s+by|hosted\s+by|welcomed\s+by)\s+$")
_HEAD_OF_STATE = compiled(
    r"['’]s\s+(?:President|Prime\s+Minister|King|Emir|Amir|Sultan|Crown\s+Prince|Premier)\b")


_NEAR = 25  # characters between a place and a time phrase said of it
_SAME_VISIT_DAYS = 7  # days of one visit's phrases lie at most this far apart


def _gap(sentence: Sentence, mention: Mention, phrase: _dates.TimePhrase) -> int:
    """Characters between a place mention and a phrase of its sentence."""
    start, end = sentence.start + phrase.start, sentence.start + phrase.end
    return max(mention.start - end, start - mention.end, 0)


def _closest(sentence: Sentence, named: Sequence[Mention], phrase: _dates.TimePhrase) -> Mention:
    """The place named nearest the phrase; on a tie the one after it (travel "on May 21 to X"). A
    place reached by a new motion after the phrase is farther ("wraps up the Vietnam leg on March 10
    and flies to Vientiane": March 10 is Vietnam's)."""
    start, end = sentence.start + phrase.start, sentence.start + phrase.end

    def distance(m: Mention) -> tuple[int, int]:
        if m.start >= end:
            return m.start - end + (_FAR if _moves_on_to(sentence, m, phrase) else 0), 0
        if _ON_AFTER_PLACE.fullmatch(sentence.text, m.end - sentence.start, phrase.start):
            return 0, 0  # "Abu Dhabi on April 9, Ankara the next day": the day of the place before
        return max(start - m.end, 0), 1

    return min(named, key=distance)


def _moves_on_to(sentence: Sentence, mention: Mention, phrase: _dates.TimePhrase) -> bool:
    """Whether `mention` comes after `phrase`, reached by a new motion between them."""
    at = mention.start - sentence.start
    return at >= phrase.end and _THEN_MOVES.search(sentence.text, phrase.end, at) is not None


def _continues_to(sentence: Sentence, mention: Mention, phrase: _dates.TimePhrase) -> bool:
    """Whether `mention` comes after `phrase` as where the trip goes on to: "... yesterday, the first
    day of a trip that continues in P"."""
    at = mention.start - sentence.start
    return at >= phrase.end and _GOES_ON.search(sentence.text, phrase.end, at) is not None


_GOES_ON = compiled(r"\b(?:that|which)\s+(?:continues|goes\s+on|moves\s+on)\s+(?:to|in)\s+(?:the\s+)?\Z",
                    re.IGNORECASE)
_FAR = 60
_ON_AFTER_PLACE = compiled(r",?\s+(?:on|from|between)\s+")  # "P on May 2", "P from Oct. 20 to 22"
_BEFORE_GOING = compiled(r",?\s+before\s+(?:fl(?:y|ying)|travell?ing|heading|leaving|departing)\s+(?:on\s+)?"
                         r"(?:to|for)\s+(?:the\s+)?", re.IGNORECASE)
_BEFORE_LEAVING = compiled(r"\bbefore\s+(?:leaving|departing)\s+for\s+(?:the\s+)?\Z", re.IGNORECASE)
_THEN_MOVES = compiled(r"\b(?:and|then|before)\s+(?:then\s+)?(?:fl(?:y|ies|ew|ying)|travel\w*|head\w*|"
                         r"leav\w*|left|depart\w*|mov\w*\s+on)\b", re.IGNORECASE)


def _first_time(index: int, cues: Sequence[int], others: Sequence[int], sentences: Sequence[Sentence],
                owners: dict[tuple[int, int], int | None], anchor: date | None,
                window: tuple[date, date] | None, *, several: bool = False,
                code: str = "", named: dict[int, set[str]] | None = None,
                datelined: dict[int, str] | None = None,
                day_known: bool = True) -> StopTime:
    """The phrases owned by the stop in the first sentence that has any: its cue sentences first,
    then other sentences naming it or owning a phrase for it (where a past-tense phrase or one
    outside the trip's window is about something else, unless the visit is told in the past and
    the sentence, naming no other place, goes on with it: "On Wednesday, the king addressed ...").
    Several phrases of one sentence in the same tense add up ("on Saturday ..., and on Monday
    visited"), as does "the following day" after them."""
    cue_set = set(cues)
    named = named or {}
    best: StopTime | None = None
    until: date | None = None  # "is due to remain in Peru until Wednesday": the stay's last day
    for s in (*cues, *others):
        sentence = sentences[s]
        is_cue = s in cue_set
        phrases = [p for p in _dates.find_time_phrases(sentence.text)
                   if owners.get((s, p.start)) == index and p.kind != "month"]
        if not phrases:
            continue
        tenses = [_dates.tense_at(sentence.text, p.start) for p in phrases]
        if "unknown" in tenses and s + 1 < len(sentences) and _HEADING.fullmatch(sentence.text):
            # "Monday and Tuesday – Rome" above "President X arrived in Rome on Monday": the tense of
            # what the line heads
            told = _dates.sentence_tense(sentences[s + 1].text)
            tenses = [told if tense == "unknown" and not _dates.has_day_number(p) else tense
                      for tense, p in zip(tenses, phrases, strict=True)]
        if not is_cue and window is None and tenses[0] == "past" and not (
            ((best.past if best else _told_past(cues, sentences)) or _STAYED.search(sentence.text)
             or s - 1 in cue_set and _THERE.match(sentence.text)) and named.get(s, set()) <= {code}
            # "spent April 9 meeting the Kuwait Fund ... before flying on to Manama": the day stayed
            or _SPENT_DAY.search(sentence.text, max(0, phrases[0].start - 8), phrases[0].start)
            or _TRIP_BEGAN.search(sentence.text, max(0, phrases[0].start - 50), phrases[0].start)
            # "ASTANA, Kazakhstan (AP) - X urged Kazakhstan on Wednesday to ...": the lede at the stop
            or (datelined or {}).get(s) == code
        ):
            continue  # a past day elsewhere may be another event, unless the story goes on there
        texts: list[str] = []
        spans: list[tuple[int, int]] = []
        days: list[date] = []
        weekday_only = True
        for phrase, tense in zip(phrases, tenses, strict=True):
            if texts and tense != tenses[0] and "unknown" not in (tense, tenses[0]) and not (
                    _VISIT_RUNS.search(sentence.text, max(0, phrase.start - 90), phrase.start)
                    or _AND_LEAVES.search(sentence.text, max(0, phrase.start - 30), phrase.start)):
                # (but "arrived today on an official visit to P which runs from ...": its span; and
                # "arrived in P on Tuesday and leaves on Wednesday": the day left too)
                continue
            texts.append(phrase.text)
            spans.append((s, phrase.start))
            weekday_only = weekday_only and not _dates.has_day_number(phrase) \
                and phrase.kind != "relative"  # "tomorrow" is one day, never moved by a week
            if anchor is not None:
                found = _dates.resolve(phrase, anchor, tense, day_known=day_known)
                until_day = _UNTIL.search(sentence.text, max(0, phrase.start - 12), phrase.start) is not None
                if days and found and phrase.kind == "weekday" and found[0] < max(days) and (
                        tense == "future" or until_day):
                    # "On Friday he will fly on to P ... before returning on Saturday evening": the
                    # Saturday after that Friday, though the article is dated on a Saturday; "arrived on
                    # Monday for a four-day visit through Thursday": the Thursday after that Monday
                    found = [day + timedelta(weeks=1) for day in found]
                if several and window and found and (found[0], found[-1]) == window or (
                    days and found and abs((found[0] - days[0]).days) > _SAME_VISIT_DAYS
                ):
                    texts.pop()
                    spans.pop()
                    # "The trip, from May 6-9, ends in Paris": the whole trip's span; "which
                    # begins on 1 July": a day far from the visit's, about something else
                    continue
                if found and until_day:
                    until = found[-1]
                days += _into(tuple(found), window) if found and window and weekday_only else found
        if not texts:
            continue
        following = _NEXT_DAY.search(sentence.text, phrases[-1].end)
        if days and following and not _ELSEWHERE.match(sentence.text, following.end()) and not (
                _LEAVES.search(sentence.text, phrases[-1].end, following.start())):
            # not "..., and the following day in Skopje", nor "leave on the night of March 27 and
            # return to Japan the following morning"
            if _DEPARTED_FROM.search(sentence.text, max(0, phrases[-1].start - 40), phrases[-1].start):
                days = [max(days) + timedelta(days=1)]  # "departed Maseru on Saturday, 11 October, and
            else:  # arrived in Rome the following day": the day after only
                days.append(max(days) + timedelta(days=1))
        if days and _A_DAY_AFTER_ARRIVING.match(sentence.text, phrases[-1].end):
            days.append(min(days) - timedelta(days=1))  # "met X on Wednesday, a day after arriving in P"
        stated = tuple(sorted(set(days)))
        nth = _NTH_DAY_OF.match(sentence.text, phrases[-1].end) if len(stated) == 1 else None
        if nth is not None:  # "on Wednesday, the third day of their five-day stay in Japan": the whole stay
            which, length = _NTH[nth[1].lower()], _NUMBERS.get(nth[2].lower()) or int(nth[2])
            if which <= length:
                stated = tuple(stated[0] + timedelta(days=k - which + 1) for k in range(length))
        if anchor is not None and not is_cue and window is not None and not (
            stated and _overlaps(stated, window)
        ):
            continue
        if best is not None and best.dates and not best.weekday_only and weekday_only:
            # "spent 26-27 May in Tokyo. He held talks on Tuesday": that stay's Tuesday, whatever
            # week the article's date would give a bare weekday
            moved = tuple(sorted({_nearest_week(day, best.dates) for day in stated}))
            if all(_off_stay(day, best.dates) <= 1 for day in moved):
                stated = moved  # (but "departs Sunday" before a stay that ends on a Friday stays put)
        if best is not None and best.dates and stated and weekday_only and tenses[0] == "future" and (
                anchor is not None and stated[0] == anchor < best.dates[0]):
            # "He will travel on Wednesday to Tashkent ... On Friday, he will go to Samarkand" in an
            # article of a Friday: the Friday after that Wednesday, not the article's day
            stated = tuple(day + timedelta(weeks=1) for day in stated)
        ends = len(stated) == 1 and _ENDED.search(sentence.text, 0, phrases[0].start) is not None
        found_time = StopTime(" and ".join(texts) if len(texts) > 1 else texts[0], stated, weekday_only,
                              tuple(spans), past=tenses[0] == "past", ends=ends)
        if best is None or stated and not best.dates and is_cue:  # not "on Wednesday" that no day dates
            best = found_time
        elif stated and best.dates and abs((stated[0] - best.dates[0]).days) <= _SAME_VISIT_DAYS and (
            is_cue or stated[0] >= best.dates[0]  # a later mention does not move the visit earlier
        ):
            best = replace(best, dates=tuple(sorted({*best.dates, *stated})),
                           spans=best.spans + found_time.spans)
    if best and until and best.dates and 0 < (until - best.dates[0]).days <= _MAX_STAY_DAYS:
        # ... and on through the days right after it that the stop has, as another city's ("talks in
        # Beijing through Thursday ... to Shanghai on Friday"; not a day further on: something else)
        last = until
        while last + timedelta(days=1) in best.dates:
            last += timedelta(days=1)
        best = replace(best, dates=tuple(best.dates[0] + timedelta(days=k)
                                         for k in range((last - best.dates[0]).days + 1)))
    elif best and until and best.dates == (until,):
        best = replace(best, ends=True)  # "where she will stay until May 12": the stay's last day
    return best or StopTime()


def _told_past(cues: Sequence[int], sentences: Sequence[Sentence]) -> bool:
    """Whether the sentences that make a stop tell it in the past ("arrived in Doha for a visit")."""
    return bool(cues) and all(_dates.sentence_tense(sentences[c].text) == "past" for c in cues)


def _off_stay(day: date, stay: tuple[date, ...]) -> int:
    """How many days `day` lies outside the `stay` (sorted days); 0 inside it."""
    return max((stay[0] - day).days, (day - stay[-1]).days, 0)


def _nearest_week(day: date, stay: tuple[date, ...]) -> date:
    """`day` moved by whole weeks to fall in or nearest to the `stay`."""
    return min((day + timedelta(weeks=k) for k in range(-2, 3)),
               key=lambda moved: (_off_stay(moved, stay), abs((moved - day).days)))


_COUNT = r"one|two|three|four|five|six|seven|[1-7]"  # a stay's length in days, as written
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7}
_NTH_DAY_OF = compiled(
    r",?\s+the\s+(first|second|third|fourth|fifth|sixth|seventh)\s+day\s+of\s+(?:a|an|the|his|her|their)\s+"
    rf"({_COUNT})-day\s+(?:state\s+|official\s+|working\s+)?(?:stay|visit|trip|tour)\b",
    re.IGNORECASE)
# "spend three days in Peru", "a two-day state visit", "two nights in Oslo": a stay's length
_STAY = compiled(
    rf"\b({_COUNT})[- ](?:days?|nights?)\b(?!\s+(?:trip|tour|swing|journey|"
    r"visits?\s+to\s+(?:the\s+)?(?:region|continent)))(?:[\s-]+(?:state|official|working)?\s*"
    r"(?:visit|stay|stop|leg)\b|\s+in\b|\s+of\s+(?:talks|meetings)\b)",
    re.IGNORECASE,
)


# "where she will spend two days meeting officials", "where over two days they met"
_SPEND = compiled(rf"\b(?:spen(?:d|ds|ding|t)|over)\s+({_COUNT})\s+"
                  r"(?:days|nights)\b", re.IGNORECASE)


_OVER_DAYS = compiled(rf"\W*(?:over|during|for)\s+(?:the\s+next\s+)?(?:{_COUNT})\s+days\s*,", re.IGNORECASE)


def _stay(index: int, candidates: Sequence[int], found: StopsFound, sentences: Sequence[Sentence],
          by_sentence: Sequence[Sequence[Mention]]) -> int | None:
    """The length in days of the stay at a stop, from a sentence that names it alone, or that names
    it right before the stay ("... in Sao Paulo on Monday and arrived in Buenos Aires on Wednesday
    for two days of talks")."""
    codes = {draft.code for draft in found.stops}
    code = found.stops[index].code
    for s in candidates:
        match = _STAY.search(sentences[s].text) or _SPEND.search(sentences[s].text)
        if match is None:
            continue
        owned = [m for m in by_sentence[s] if m.country in codes and m.kind in _OWNER_KINDS]
        named = {m.country for m in owned}
        at = sentences[s].start + match.start()
        before = [m for m in owned if m.end <= at]
        just_before = bool(before) and before[-1].country == code and at - before[-1].end <= _NEAR and (
            _STAY_CLAUSE.fullmatch(sentences[s].text, before[-1].end - sentences[s].start, match.start()))
        if named <= {code} and (named or found.sentence_stop[s] == index) or just_before:
            word = match.group(1).lower()
            return _NUMBERS.get(word) or int(word)
    return None


_MAX_VISIT_DAYS = 7
# What may stand between a stop and the length of its stay: "in P on Wednesday for"
_STAY_CLAUSE = compiled(r"[^,;.]*?\b(?:for|spending|to\s+spend)\s+(?:a\s+|the\s+next\s+)?", re.IGNORECASE)


def _with_stays(times: list[StopTime], stays: Sequence[int | None],
                window: tuple[date, date] | None) -> list[StopTime]:
    """Days of a stay the article gives the length of: from the stop's first date, or, for the
    first or last stop of a trip whose span is stated, from the span's start or back from its end;
    and every day between a stop's first and last (within a week)."""
    result: list[StopTime] = []
    for n, (time, stay) in enumerate(zip(times, stays, strict=True)):
        days = time.dates
        if stay and days and len(days) < stay:
            first = days[-1] - timedelta(days=stay - 1) if time.ends else days[0]
            days = tuple(first + timedelta(days=k) for k in range(stay))
        elif stay and not days and window is not None and n in (0, len(times) - 1):
            first = window[0] if n == 0 else window[1] - timedelta(days=stay - 1)
            days = tuple(first + timedelta(days=k) for k in range(stay))
        elif n == 0 and time.ends and window is not None and len(days) == 1 and (
                0 < (days[0] - window[0]).days <= _MAX_VISIT_DAYS):
            # "will begin the tour in Jamaica, where she will stay until May 12" (a trip from May 10)
            days = tuple(window[0] + timedelta(days=k) for k in range((days[0] - window[0]).days + 1))
        if window is not None and days:
            days = tuple(d for d in days if window[0] <= d <= window[1]) or days
        if len(days) > 1 and (days[-1] - days[0]).days <= _MAX_VISIT_DAYS:
            # "arrives on Wednesday ..., leaves on Friday": Thursday too
            days = tuple(days[0] + timedelta(days=k) for k in range((days[-1] - days[0]).days + 1))
        result.append(replace(time, dates=days))
    return result


def _into(days: tuple[date, ...], window: tuple[date, date]) -> tuple[date, ...]:
    """Weekday dates moved by whole weeks to fall inside the window, when a shift can do that."""
    if not days or _overlaps(days, window):
        return days
    for weeks in sorted(range(-8, 9), key=abs)[1:]:  # the nearest shift that lands inside
        moved = tuple(d + timedelta(weeks=weeks) for d in days)
        if _overlaps(moved, window):
            return moved
    return days


def _overlaps(days: tuple[date, ...], window: tuple[date, date]) -> bool:
    return days[0] <= window[1] and days[-1] >= window[0]


def _in_order(times: list[StopTime], window: tuple[date, date] | None,
              sentences: Sequence[Sentence]) -> list[StopTime]:
    """A bare weekday that would fall before the previous stop's dates, and is told after them, is the
    next week's; one after the next stop's stated days, the week before's; one told in the past as
    the "then" of the previous stop, the first such weekday after its days."""
    result: list[StopTime] = []
    latest: date | None = None
    told: tuple[int, int] | None = None  # where the latest dated stop's first phrase is
    for time in times:
        days = time.dates
        # (not a weekday told before the latest stop's day: the text gives no order that needs it,
        # and the dates then set the stops' order: "would fly to P on Wednesday" before "in Q on Thursday")
        told_before = bool(time.spans) and told is not None and time.spans[0] < told
        if days and time.weekday_only and not time.past and latest is not None and days[0] < latest and (
                not told_before):
            moved = tuple(d + timedelta(weeks=1) for d in days)
            if window is None or _overlaps(moved, window):
                days = moved
        if days:
            if latest is None or days[-1] >= latest:
                told = time.spans[0] if time.spans else None
            latest = max(latest or days[-1], days[-1])
        result.append(replace(time, dates=days))
    # "On March 3 ... in P. He then spent Wednesday and Thursday in Q. On Friday, March 6, in R",
    # read on March 13: a bare weekday after the next stop's stated day is the week before
    for n, time in enumerate(result):
        days = time.dates
        after = [d for t in result[n + 1:] if not t.weekday_only for d in t.dates]
        before = [d for t in result[:n] for d in t.dates]
        if days and time.weekday_only and after and days[-1] > min(after):
            moved = tuple(d - timedelta(weeks=1) for d in days)
            if before and max(before) <= moved[0] and moved[-1] <= min(after) and (
                    window is None or _overlaps(moved, window)):
                result[n] = replace(time, dates=moved)
    # "flew to Honiara on Saturday 15 August ... He then spent Sunday and Monday in Port Vila", read on
    # Monday 24 August: the Sunday after the 15th, not the latest Sunday
    for n, time in enumerate(result[1:], 1):
        days, earlier = time.dates, result[n - 1].dates
        if not (days and earlier and time.weekday_only and time.past and time.spans):
            continue
        s, at = time.spans[0]
        weeks = ((days[0] - max(earlier)).days - 1) // 7
        if weeks >= 1 and _THEN_BEFORE.search(sentences[s].text, max(0, at - 60), at):
            result[n] = replace(time, dates=tuple(d - timedelta(weeks=weeks) for d in days))
    return result


_THEN_BEFORE = compiled(r"\bthen\b[^.;,]*$", re.IGNORECASE)
