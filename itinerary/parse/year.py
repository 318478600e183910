"""The year of an article that leaves it out, from a weekday beside a day.

* A dateline without a year ("VILNIUS, Sept 9 (Reuters) - ... said on Tuesday"): the dateline's
  day fell on that weekday in only one recent year, which gives the article's date.
* A weekday written with its date anywhere in the text ("arrives on Monday, February 16"): that
  day fell on that weekday in only one year around the reader's `today`, which gives the year of
  the article's dates, though not the day it was written.

Only recent years are tried, so an article read long after it was written stays undated unless
`--published` is given.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from itinerary.parse.dates import month_number, tense_at
from itinerary.parse.patterns import compiled

_MONTHS = r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|" \
          r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
# "TASHKENT, Nov 1 (Reuters) -", "New Delhi, Feb 9 (PTI)", "BEIJING, Jan. 2 (Xinhua) --"
_DATELINE = compiled(  # a place, then the date; not "On Wednesday, November 5, the delegation ..."
    r"^[ \t]*(?!(?:On|In|At|By|From|Since|Until|Before|After|Monday|Tuesday|Wednesday|Thursday|Friday|"
    # ... the place's words capitalised but for joiners: not "The two arrived in Addis Ababa on Friday,"
    r"Saturday|Sunday)\b)(?=[^,\n]{2,41},)[A-Z][A-Za-z.'/-]*(?:[ \t]+(?:[A-Z][A-Za-z.'/-]*|of|the|de|la|"
    r"es|el|al|and|upon|am|da|do|dos|du|des)){0,5}"
    r"(?:[ \t]*\[[A-Z][A-Za-z .]{1,30}\])?"  # "New Delhi [India], September 24 (ANI):"
    r",[ \t]*(?:[A-Z][A-Za-z ]{1,20},[ \t]*)?" + _MONTHS
    + r"[ \t]+(\d{1,2})\b"
    r"(?![ \t]*,?[ \t]*\d{4})[ \t]*(?:\([^)\n]{1,25}\)|[A-Z][a-z]+)?[ \t]*(?:—|–|-{1,2}|:)?"
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = compiled(r"\b(" + "|".join(_WEEKDAYS) + r")\b", re.IGNORECASE)
_DATED = compiled(r",?\s*\(?(?:\d{1,2}\b|" + _MONTHS + r"\s+\d)")
_SENTENCE_END = compiled(r"(?<![A-Z][a-z])(?<![A-Z])[.!?](?=\s+[A-Z\"“]|\s*$)")
_LINES = 6  # the dateline opens one of the first lines (after a headline and a byline, say)
_LEDE_LINES = 3  # the dateline's paragraph and the next ones
_LEDE_SENTENCES = 3
_HEAD_CHARS = 8000  # the first lines are read from the head of the text
_RECENT = timedelta(days=730)
_TODAY = timedelta(days=1)  # a dateline's day is at the latest the reader's (in any time zone)
_AHEAD = timedelta(days=366)  # a trip announced up to a year before it
# "Monday, February 16", "Tuesday 3 March", "Friday, the 6th of March", "Saturday (May 9)"; not
# "Monday, Feb. 16, 2026"
_WEEKDAY_DATE = compiled(
    r"\b(" + "|".join(d.capitalize() for d in _WEEKDAYS) + r"),?[ \t]+\(?(?:the[ \t]+)?(?:" + _MONTHS
    # not the first day of a range: "Wednesday and Thursday (November 26-27)"
    + r"[ \t]+(\d{1,2})\b(?![ \t]*[-–])|(\d{1,2})(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?" + _MONTHS + r")"
    r"(?![ \t]*,?[ \t]*\d{4})\)?"
)


def dateline_year(text: str, today: date) -> tuple[date, str] | None:
    """The dateline's date and the weekday that gave its year, when the lede says what happened on
    weekdays ("urged Uzbekistan on Saturday"): the latest of them is taken for the dateline's day,
    which must fall on it in exactly one year of the two up to `today`."""
    lines = [ln for ln in text[:_HEAD_CHARS].splitlines() if ln.strip()][:_LINES]  # not the whole text
    for k, line in enumerate(lines):
        dateline = _DATELINE.match(line)
        if dateline is None:
            continue
        month, day = month_number(dateline.group(1)), int(dateline.group(2))
        days = _past_weekdays(" ".join(lines[k:k + _LEDE_LINES]), dateline.end())
        if not days:
            return None
        ranked = _latest_first(days)
        # the likeliest last day; else one told on the dateline's own line, if only that one fits a year
        own = _past_weekdays(line, dateline.end()) if len(ranked) > 1 else set()
        for latest in [ranked[0], *(d for d in ranked[1:] if d in own)]:
            years = [y for y in range(today.year - 2, today.year + 1) if _within(y, month, day, today, _TODAY)
                     and date(y, month, day).weekday() == latest]
            if len(years) == 1:
                return date(years[0], month, day), _WEEKDAYS[latest].capitalize()
        return None
    return None


def _past_weekdays(lede: str, start: int) -> set[int]:
    """The weekdays the lede's first sentences say something happened on (not "will travel on
    Tuesday")."""
    days: set[int] = set()
    sentences = 0
    position = start
    while sentences < _LEDE_SENTENCES and position < len(lede):
        end = _SENTENCE_END.search(lede, position)
        stop = end.end() if end else len(lede)
        sentence = lede[position:stop]
        for weekday in _WEEKDAY.finditer(sentence):
            if _DATED.match(sentence, weekday.end()):
                continue  # "Thursday, Nov. 26": a day of its own, not the dateline's
            if tense_at(sentence, weekday.start()) == "past":
                days.add(_WEEKDAYS.index(weekday.group(1).lower()))
        position = stop
        sentences += 1
    return days


def _latest_first(days: set[int]) -> list[int]:
    """Some weekdays of one week, the likeliest last first: the one before the longest gap between
    them ({Mon, Tue, Wed} -> Wed; {Sat, Mon} -> Mon), then the others by the gap after them."""
    ordered = sorted(days)
    gaps = [((ordered[(n + 1) % len(ordered)] - d) % 7 or 7, d) for n, d in enumerate(ordered)]
    return [d for _, d in sorted(gaps, reverse=True)]


def _within(year: int, month: int, day: int, today: date, ahead: timedelta) -> bool:
    """Whether that day exists and falls from two years before `today` to `ahead` after it."""
    try:
        when = date(year, month, day)
    except ValueError:
        return False
    return today - _RECENT <= when <= today + ahead


def weekday_date(text: str, today: date) -> tuple[date, str] | None:
    """The first day written with its weekday ("Monday, February 16") that fell on that weekday in
    exactly one year from two years before `today` to one year after, and the words that gave it."""
    for match in _WEEKDAY_DATE.finditer(text):
        weekday = _WEEKDAYS.index(match.group(1).lower())
        month = month_number(match.group(2) or match.group(5))
        day = int(match.group(3) or match.group(4))
        years = [y for y in range(today.year - 2, today.year + 2)
                 if _within(y, month, day, today, _AHEAD) and date(y, month, day).weekday() == weekday]
        if len(years) == 1:
            return date(years[0], month, day), match.group()
    return None

