"""Dates in trip reports: find time phrases, pick their tense, resolve them against an anchor date.

Everything here is a pure function (text in, values out) and runs in time linear in its input:
the only regular expressions are alternations of literals and single character classes, and the
phrase grammar works on a bounded window of tokens around each trigger word.

Phrase kinds (``TimePhrase.kind``):

* ``"weekday"``  one weekday: "Thursday", "next Tuesday", "Tuesday night".
* ``"date"``     one calendar date: "July 24", "24 July 2024", "Jul. 24", "2024-07-22", or a
  weekday with its date beside it ("Monday (Jul 22)", "Monday, July 22"): the date wins.
* ``"range"``    two endpoints joined by a dash, "to", "through", "until", "till", or by "and"
  after "between": "July 24-26", "July 24-Aug. 3", "from July 24 to August 3",
  "between July 24 and 26", "24-26 July", "Monday to Wednesday".
* ``"list"``     two or more weekdays or dates joined by ",", "and", "&": "Friday and Saturday",
  "July 24, 25 and 26".
* ``"relative"`` "today", "tonight", "tomorrow", "yesterday", and "this/next/last week",
  "weekend", "month" (the last three resolve to nothing: too vague).
* ``"month"``    a month without a day: "in May", "early July", "mid-July", "July 2024"
  (resolves to nothing; found so that "May" the month is told from "may" the verb).

Leading prepositions ("on", "from", "between", "by", "until", "this", "in", "late on") are not part
of a phrase's text; "next" and "last" are, because they change its meaning.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any, Literal

from dateutil.relativedelta import (  # type: ignore[import-untyped, unused-ignore]
    FR,
    MO,
    SA,
    SU,
    TH,
    TU,
    WE,
    relativedelta,
)

from itinerary.parse.lexicon import TITLE_WORDS
from itinerary.parse.patterns import compiled
from itinerary.parse.text import fold, lower_same_length, without_ignorecase

__all__ = [
    "Tense",
    "PhraseKind",
    "TimePhrase",
    "TripLength",
    "find_time_phrases",
    "sentence_tense",
    "tense_at",
    "resolve",
    "find_published",
    "parse_date_option",
    "find_trip_length",
]

Tense = Literal["past", "future", "unknown"]
PhraseKind = Literal["weekday", "date", "range", "list", "relative", "month"]


@dataclass(frozen=True, slots=True)
class TimePhrase:
    start: int
    end: int
    text: str
    kind: PhraseKind


@dataclass(frozen=True, slots=True)
class TripLength:
    days: int | None
    days_text: str | None
    nations: int | None
    nations_text: str | None
    start: int | None
    end: int | None


# --------------------------------------------------------------------------------------------
# Vocabulary

_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}
_RD_WEEKDAYS = (MO, TU, WE, TH, FR, SA, SU)
# "Easter Sunday", "Good Friday": days with names of their own, not a weekday of the trip
_NAMED_DAYS = frozenset({"easter", "palm", "good", "holy", "ash", "black", "bloody", "super", "cyber",
                         "maundy"})
_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}


def month_number(name: str) -> int:
    """The month a name or abbreviation gives ("Sept.", "march" -> 9, 3); 0 when none."""
    return _MONTHS.get(name.lower().rstrip("."), 0) or _MONTHS.get(name[:3].lower(), 0)


_FULL_MONTHS = frozenset(
    name for name in _MONTHS if len(name) > 4 or name in {"may", "june", "july"}
)
_ORDINALS = frozenset({"st", "nd", "rd", "th"})
_PARTS_OF_DAY = frozenset({"morning", "afternoon", "evening", "night"})
# "Sunday Times", "Sunday Telegraph", ...: a capitalised weekday followed by one of these is a name.
_NEWSPAPER_WORDS = frozenset({
    "times", "telegraph", "mail", "express", "herald", "post", "mirror", "tribune",
    "independent", "observer", "star", "sun", "age", "guardian", "business",
})
_DASHES = frozenset({"-", "‐", "‑", "‒", "–", "—"})
_RANGE_WORDS = frozenset({"to", "through", "thru", "until", "till"})
_RELATIVE_DAYS = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1,
                  "this morning": 0, "this afternoon": 0, "this evening": 0}
_RELATIVE_SPANS = frozenset({"week", "weekend", "month"})

# Two calendar months: how far a month-day may fall on the "wrong" side of the anchor for its tense
# before the year moves (see resolve()).
_YEAR_SLACK = relativedelta(months=2)
# Ranges longer than this many days resolve to their two endpoints only.
_MAX_RANGE_DAYS = 62

_TOKEN = compiled(r"[^\W\d_]+|[0-9]+|\S")
_TRIGGER = compiled(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
    r"|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b"
    r"|\b(?:today|tonight|tomorrow|yesterday|week|weekend|month)\b"
    r"|\bthis\s+(?:morning|afternoon|evening)\b"
    r"|\b[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}\b",
    re.IGNORECASE,
)
_TRIGGER_LOWER = without_ignorecase(_TRIGGER)
# Window of text tokenised around each trigger: phrases are short, so this bounds the work.
_BACK = 48
_AHEAD = 320
_CHUNK = 8192


# --------------------------------------------------------------------------------------------
# Tokens

@dataclass(slots=True)
class _Tok:
    """A token (not frozen: one is built per word of a window, and frozen ones are slow to build)."""

    text: str
    start: int
    end: int
    low: str

    @property
    def is_num(self) -> bool:
        return self.text.isascii() and self.text.isdigit()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalpha()


def _tokens(text: str, start: int = 0, end: int | None = None) -> list[_Tok]:
    stop = len(text) if end is None else end
    toks = []
    for m in _TOKEN.finditer(text, start, stop):
        word = m.group()
        s, e = m.span()
        toks.append(_Tok(word, s, e, word.lower()))
    # Drop tokens that the window may have cut in two.
    if toks and start > 0 and toks[0].start == start and not text[start - 1].isspace():
        toks.pop(0)
    if toks and stop < len(text) and toks[-1].end == stop and not text[stop].isspace():
        toks.pop()
    return toks


def _at(toks: Sequence[_Tok], i: int) -> _Tok | None:
    return toks[i] if 0 <= i < len(toks) else None


def _adjacent(toks: Sequence[_Tok], i: int) -> bool:
    """Whether token i+1 follows token i with no space between."""
    nxt = _at(toks, i + 1)
    return nxt is not None and 0 <= i and toks[i].end == nxt.start


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and (word[1:].islower() or word.isupper() or len(word) == 1)


# --------------------------------------------------------------------------------------------
# Phrase grammar

@dataclass(frozen=True, slots=True)
class _Item:
    kind: Literal["wd", "md", "day"]
    first: int          # first token index
    nxt: int            # index after the last token
    weekday: int | None = None
    month: int | None = None
    day: int | None = None
    year: int | None = None
    date_span: tuple[int, int] | None = None   # char span of the month-day part, for dateutil

    @property
    def cls(self) -> str:
        return "w" if self.kind == "wd" else "d"

    @property
    def dated(self) -> bool:
        return self.month is not None


def _day_at(toks: Sequence[_Tok], i: int) -> tuple[int, int] | None:
    """A day number 1..31 (with an optional ordinal suffix): (day, next index)."""
    tok = _at(toks, i)
    if tok is None or not tok.is_num or len(tok.text) > 2:
        return None
    if i > 0 and toks[i - 1].end == tok.start and (toks[i - 1].is_word or toks[i - 1].is_num):
        return None
    day = int(tok.text)
    if not 1 <= day <= 31:
        return None
    j = i + 1
    if _adjacent(toks, i) and toks[j].low in _ORDINALS:
        j += 1
    if _adjacent(toks, j - 1):
        follow = toks[j]
        if follow.is_word or follow.is_num or follow.text in {"/", "%"}:
            return None
        if follow.text == ":" and _adjacent(toks, j) and toks[j + 1].is_num:
            return None  # "17:30", but "Tuesday, February 17: Kingston" is a day
        if follow.text in {".", ","} and _adjacent(toks, j) and toks[j + 1].is_num:
            return None   # "24.5", "24,000"
    return day, j


def _month_at(toks: Sequence[_Tok], i: int) -> tuple[int, int] | None:
    """A capitalised month name or abbreviation (with an optional "."): (month, next index)."""
    tok = _at(toks, i)
    if tok is None or not tok.is_word or not _capitalised(tok.text):
        return None
    month = _MONTHS.get(tok.low)
    if month is None:
        return None
    j = i + 1
    if len(tok.text) <= 4 and _adjacent(toks, i) and toks[j].text == ".":
        j += 1
    return month, j


def _year_at(toks: Sequence[_Tok], i: int) -> tuple[int, int] | None:
    tok = _at(toks, i)
    if tok is None or not tok.is_num or len(tok.text) != 4:
        return None
    if _adjacent(toks, i) and (toks[i + 1].is_num or toks[i + 1].is_word):
        return None
    year = int(tok.text)
    return (year, i + 1) if 1900 <= year <= 2100 else None


def _opt_year(toks: Sequence[_Tok], i: int) -> tuple[int | None, int]:
    tok = _at(toks, i)
    if tok is not None and tok.text == ",":
        found = _year_at(toks, i + 1)
        if found:
            return found
    found = _year_at(toks, i)
    if found:
        return found
    return None, i


def _iso_at(toks: Sequence[_Tok], i: int) -> _Item | None:
    if i + 4 >= len(toks):
        return None
    y, d1, m, d2, d = toks[i : i + 5]
    if not (y.is_num and len(y.text) == 4 and m.is_num and d.is_num):
        return None
    if d1.text != "-" or d2.text != "-" or len(m.text) > 2 or len(d.text) > 2:
        return None
    if not all(toks[k].end == toks[k + 1].start for k in range(i, i + 4)):
        return None
    if i > 0 and toks[i - 1].end == y.start and (toks[i - 1].is_num or toks[i - 1].text == "-"):
        return None
    if _adjacent(toks, i + 4) and (toks[i + 5].is_num or toks[i + 5].text == "-"):
        return None
    month, day = int(m.text), int(d.text)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return _Item("md", i, i + 5, month=month, day=day, year=int(y.text),
                 date_span=(y.start, d.end))


def _date_at(toks: Sequence[_Tok], i: int) -> _Item | None:
    """A month-day date: ISO, "July 24[, 2024]", "24[th] [of] July[ 2024]"."""
    iso = _iso_at(toks, i)
    if iso is not None:
        return iso
    month = _month_at(toks, i)
    if month is not None:
        day = _day_at(toks, month[1])
        if day is None:
            return None
        year, nxt = _opt_year(toks, day[1])
        return _Item("md", i, nxt, month=month[0], day=day[0], year=year,
                     date_span=(toks[i].start, toks[nxt - 1].end))
    day = _day_at(toks, i)
    if day is None:
        return None
    j = day[1]
    tok = _at(toks, j)
    if tok is not None and tok.low == "of":
        j += 1
    month = _month_at(toks, j)
    if month is None:
        return None
    year, nxt = _opt_year(toks, month[1])
    return _Item("md", i, nxt, month=month[0], day=day[0], year=year,
                 date_span=(toks[i].start, toks[nxt - 1].end))


def _weekday_at(toks: Sequence[_Tok], i: int) -> _Item | None:
    tok = _at(toks, i)
    if tok is None or not tok.is_word or not _capitalised(tok.text):
        return None
    weekday = _WEEKDAYS.get(tok.low)
    if weekday is None:
        return None
    prv_tok = _at(toks, i - 1) if i > 0 else None
    if prv_tok is not None and prv_tok.low in _NAMED_DAYS and _capitalised(prv_tok.text):
        return None  # "the 2019 Easter Sunday bombings"
    nxt_tok = _at(toks, i + 1)
    if nxt_tok is not None and _capitalised(nxt_tok.text) and nxt_tok.low in _NEWSPAPER_WORDS:
        return None
    j = i + 1
    nxt_tok = _at(toks, j)
    if nxt_tok is not None and nxt_tok.low in _PARTS_OF_DAY:
        j += 1
    # An explicit date beside the weekday: "Monday (Jul 22)", "Monday, July 22", "Monday July 22".
    explicit: _Item | None = None
    close = j
    tok = _at(toks, j)
    if tok is not None and tok.text == "(":
        inner = _date_at(toks, j + 1)
        end_tok = _at(toks, inner.nxt) if inner else None
        if inner is not None and end_tok is not None and end_tok.text == ")":
            explicit, close = inner, inner.nxt + 1
        day_alone = _day_at(toks, j + 1) if inner is None else None  # "Thursday (30)": Brazilian style
        shut = _at(toks, day_alone[1]) if day_alone is not None else None
        if day_alone is not None and shut is not None and shut.text == ")":
            return _Item("wd", i, day_alone[1] + 1, weekday=weekday, day=day_alone[0])
    elif tok is not None and tok.text == ",":
        inner = _date_at(toks, j + 1)
        if inner is not None:
            explicit, close = inner, inner.nxt
    else:
        inner = _date_at(toks, j)
        if inner is not None:
            explicit, close = inner, inner.nxt
    if explicit is not None:
        return _Item("wd", i, close, weekday=weekday, month=explicit.month, day=explicit.day,
                     year=explicit.year, date_span=explicit.date_span)
    # "Monday 16 and Tuesday 17 November": a day number whose month comes later in the list; "on
    # Thursday 28": a day of a month near the anchor that falls on that weekday
    day = _day_at(toks, j) if tok is not None and tok.is_num else None
    after = _at(toks, day[1]) if day is not None else None
    if day is not None and (after is None or _conn_at(toks, day[1]) is not None or (
            after.low not in _CLOCK_WORDS and (not after.is_word or after.low in _AFTER_DAY))):
        return _Item("wd", i, day[1], weekday=weekday, day=day[0])  # not "on Monday 16 people died"
    return _Item("wd", i, j, weekday=weekday)


_CLOCK_WORDS = frozenset({":", ".", "am", "pm", "a", "p", "h", "hrs", "gmt", "utc", "o"})
_AFTER_DAY = frozenset("to in at on for with from the when where as by until till through he she they it we "
                       "his her their morning afternoon evening night".split())


def _item_at(toks: Sequence[_Tok], i: int, *, allow_bare_day: bool) -> _Item | None:
    item = _weekday_at(toks, i) or _date_at(toks, i)
    if item is not None or not allow_bare_day:
        return item
    day = _day_at(toks, i)
    if day is None:
        return None
    year, nxt = _opt_year(toks, day[1])
    return _Item("day", i, nxt, day=day[0], year=year)


def _conn_at(toks: Sequence[_Tok], i: int) -> tuple[Literal["list", "range", "and"], int] | None:
    tok = _at(toks, i)
    if tok is None:
        return None
    if tok.text == ",":
        after = _at(toks, i + 1)
        if after is not None and after.low in {"and", "&"}:
            return "list", i + 2
        return "list", i + 1
    if tok.low in {"and", "&"}:
        return "and", i + 1
    if tok.text in _DASHES or tok.low in _RANGE_WORDS:
        return "range", i + 1
    return None


def _parse_seq(
    toks: Sequence[_Tok], s: int, *, between: bool, leading_days: bool
) -> tuple[list[_Item], Literal["single", "list", "range"]] | None:
    first = _item_at(toks, s, allow_bare_day=leading_days)
    if first is None:
        return None
    items = [first]
    shape: Literal["single", "list", "range"] = "single"
    j = first.nxt
    while len(items) < 16:
        conn = _conn_at(toks, j)
        if conn is None:
            break
        kind, k = conn
        item = _item_at(toks, k, allow_bare_day=first.cls == "d")
        is_range = kind == "range" or (kind == "and" and between and shape == "single")
        if item is None or item.cls != first.cls and not (
                is_range and shape == "single" and toks[j].text not in _DASHES):
            break  # a list keeps to one kind; a range in words may not: "from Saturday to Jan. 15"
        if is_range:
            if shape != "single":
                break
            items.append(item)
            shape = "range"
            break
        items.append(item)
        shape = "list"
        j = item.nxt
    if shape == "list":
        items = _paired_weekdays(toks, items)
    # Bare day numbers need a month: leading ones from a later date, trailing ones from an earlier.
    lone_ordinal = (shape == "single" and _adjacent(toks, first.first)
                    and toks[first.first + 1].low in _ORDINALS)
    if items[0].kind == "day" and not any(it.kind == "md" for it in items) and not lone_ordinal:
        return None  # but "the 14th" alone: a day of the anchor's month (see `_pivot_day`)
    if shape == "range" and items[0].kind == "day" and items[1].kind == "day":
        return None
    return items, shape


def _paired_weekdays(toks: Sequence[_Tok], items: list[_Item]) -> list[_Item]:
    """ "Monday and Tuesday, September 15 and 16": the weekdays' days, listed after the last one's
    date, one for each weekday in turn; `items` unchanged when the counts differ."""
    last = items[-1]
    if any(it.kind != "wd" for it in items) or not last.dated or any(it.dated for it in items[:-1]):
        return items
    days = [last.day]
    j = last.nxt
    while len(days) < len(items) and (conn := _conn_at(toks, j)) is not None:
        day = _day_at(toks, conn[1])
        if day is None:
            break
        if conn[0] == "range":  # "Friday and Saturday, July 4-5": every day of the range
            if len(days) > 1 or last.day is None or day[0] - last.day != len(items) - 1:
                break
            days = list(range(last.day, day[0] + 1))
        else:
            days.append(day[0])
        j = day[1]
    if len(days) != len(items):
        return items
    return [_Item("wd", it.first, j if it is last else it.nxt, weekday=it.weekday, month=last.month, day=d,
                  year=last.year) for it, d in zip(items, days, strict=True)]


def _phrase_from(
    sentence: str, toks: Sequence[_Tok], s: int, consumed: int, *, leading_days: bool = False
) -> TimePhrase | None:
    prev = _at(toks, s - 1)
    between = prev is not None and prev.low == "between"
    parsed = _parse_seq(toks, s, between=between, leading_days=leading_days)
    if parsed is None:
        return None
    items, shape = parsed
    start = toks[s].start
    if items[0].kind == "wd" and prev is not None and prev.low in {"next", "last"}:
        start = prev.start
    end = toks[items[-1].nxt - 1].end
    if start < consumed:
        return None
    kind: PhraseKind
    if shape == "single":
        kind = "date" if items[0].dated else "weekday"
    else:
        kind = shape
    return TimePhrase(start, end, sentence[start:end], kind)


def _month_only(sentence: str, toks: Sequence[_Tok], t: int, consumed: int) -> TimePhrase | None:
    """ "in May", "early July", "late-July", "mid-July", "July 2024" (kind "month")."""
    if toks[t].low not in _FULL_MONTHS or _month_at(toks, t) is None:
        return None
    start = toks[t].start
    prev = _at(toks, t - 1)
    qualified = False
    if prev is not None and prev.text in _DASHES and prev.end == toks[t].start:
        mid = _at(toks, t - 2)
        if mid is not None and mid.low in {"mid", "early", "late"} and mid.end == prev.start:
            start, qualified = mid.start, True
    elif prev is not None and prev.low in {"early", "late", "mid"}:
        start, qualified = prev.start, True
    elif prev is not None and prev.low == "in":
        qualified = True
    year = _year_at(toks, t + 1)
    end = toks[t].end
    if year is not None:
        end, qualified = toks[t + 1].end, True
    if not qualified or start < consumed:
        return None
    return TimePhrase(start, end, sentence[start:end], "month")


def _day_ending_at(toks: Sequence[_Tok], e: int) -> int | None:
    """Index of a day number (with any ordinal suffix) that ends just before token e."""
    for cand in (e - 1, e - 2):
        if cand < 0:
            continue
        day = _day_at(toks, cand)
        if day is not None and day[1] == e:
            return cand
    return None


class _Window:
    """Tokens of a stretch of the sentence, reused across nearby triggers (keeps the scan linear
    with a small constant even when triggers are dense)."""

    def __init__(self, sentence: str) -> None:
        self.sentence = sentence
        self.lo = self.hi = -1
        self.toks: list[_Tok] = []
        self.starts: list[int] = []

    def around(self, pos: int) -> tuple[list[_Tok], int] | None:
        n = len(self.sentence)
        fits_back = self.lo == 0 or (0 <= self.lo <= pos - _BACK)
        fits_ahead = self.hi == n or pos + _AHEAD <= self.hi
        if not (fits_back and fits_ahead):
            self.lo = max(0, pos - _BACK)
            self.hi = min(n, pos + _CHUNK)
            self.toks = _tokens(self.sentence, self.lo, self.hi)
            self.starts = [tok.start for tok in self.toks]
        t = bisect_left(self.starts, pos)
        if t == len(self.starts) or self.starts[t] != pos:
            return None
        return self.toks, t


# what a person has and a day does not ("Friday's government", "Sunday's wife")
_WHAT_PEOPLE_HAVE = frozenset(
    "government cabinet administration party wife husband spokesman spokeswoman spokesperson aides".split())


def _named_after(toks: Sequence[_Tok], t: int) -> bool:
    """Whether the weekday at `t` ends someone's name: an office word before it ("Mr Friday") or
    before the given name before it ("Prime Minister Godwin Friday"), or what a person has after it
    ("Friday's government"); not in a headline in title case ("Minister Departs Sunday For Talks")."""
    after = _at(toks, t + 1)
    if after is not None and after.text in ("'", "’") and (owned := _at(toks, t + 3)) is not None and (
            owned.low in _WHAT_PEOPLE_HAVE):
        return True  # "Friday's government took office": the prime minister named Friday, not a day
    if after is not None and after.text[:1].isupper():
        return False
    for back in (1, 2):
        word = _at(toks, t - back)
        if word is None or not word.text[:1].isupper() or word.text.isupper():
            return False
        if word.low in TITLE_WORDS:
            return True
    return False


def _phrase_at(window: _Window, pos: int, consumed: int) -> TimePhrase | None:
    sentence = window.sentence
    found = window.around(pos)
    if found is None:
        return None
    toks, t = found
    tok = toks[t]
    low = tok.low
    if low in _WEEKDAYS:
        if _named_after(toks, t):
            return None  # "Prime Minister Godwin Friday": a family name
        return _phrase_from(sentence, toks, t, consumed)
    if tok.is_num:
        return _phrase_from(sentence, toks, t, consumed)
    if low in _RELATIVE_DAYS:
        if not (tok.text.islower() or _capitalised(tok.text)):
            return None
        return TimePhrase(tok.start, tok.end, tok.text, "relative")
    if low == "this" and (part := _at(toks, t + 1)) is not None and part.low in _PARTS_OF_DAY - {"night"}:
        return TimePhrase(tok.start, part.end, sentence[tok.start:part.end], "relative")  # "this morning"
    if low in _RELATIVE_SPANS:
        prev = _at(toks, t - 1)
        if prev is None or prev.low not in {"this", "next", "last"} or prev.start < consumed:
            return None
        return TimePhrase(prev.start, tok.end, sentence[prev.start : tok.end], "relative")
    month = _month_at(toks, t)
    if month is None:
        return None
    if _day_at(toks, month[1]) is not None:
        return _phrase_from(sentence, toks, t, consumed)
    # "24 July", "24th of July", and leading days: "24-26 July", "24, 25 and 26 July".
    e = t
    prev = _at(toks, e - 1)
    if prev is not None and prev.low == "of":
        e -= 1
    d = _day_ending_at(toks, e)
    if d is None:
        return _month_only(sentence, toks, t, consumed)
    s = d
    leading = False
    while True:
        back = None
        for width in (1, 2):
            conn = _conn_at(toks, s - width)
            if conn is not None and conn[1] == s:
                back = _day_ending_at(toks, s - width)
                if back is not None:
                    break
        if back is None or toks[back].start < consumed:
            break
        s, leading = back, True
    return _phrase_from(sentence, toks, s, consumed, leading_days=leading)


def find_time_phrases(sentence: str) -> list[TimePhrase]:
    """Time phrases in `sentence`, left to right, not overlapping; offsets index `sentence`."""
    return list(_time_phrases(sentence))


# The parse stages ask for the phrases of the same sentence several times: keep the latest answers.
@lru_cache(maxsize=256)
def _time_phrases(sentence: str) -> tuple[TimePhrase, ...]:
    found: list[TimePhrase] = []
    consumed = 0
    window = _Window(sentence)
    # Same matches as _TRIGGER on `sentence`, found faster.
    for match in _TRIGGER_LOWER.finditer(lower_same_length(sentence)):
        if match.start() < consumed:
            continue
        phrase = _phrase_at(window, match.start(), consumed)
        if phrase is not None:
            found.append(phrase)
            consumed = phrase.end
    if "the " in sentence:
        for day in _ORDINAL_DAY.finditer(sentence):  # "arrive in Juba on the 14th"
            if not any(p.start < day.end(1) and day.start(1) < p.end for p in found):
                found.append(TimePhrase(day.start(1), day.end(1), day.group(1), "date"))
                also = _AND_NTH.match(sentence, day.end(1))  # "spent the 4th and 5th"
                if also is not None:
                    found.append(TimePhrase(also.start(1), also.end(1), also.group(1), "date"))
        found.sort(key=lambda p: p.start)
        # "Monday the 2nd", "Friday, the 6th of March": the day number says the day; the weekday alone
        # would be read as another one
        found = [p for k, p in enumerate(found) if not (
            p.kind == "weekday" and k + 1 < len(found) and found[k + 1].kind == "date"
            and _THE_NTH_NEXT.fullmatch(sentence, p.end, found[k + 1].start))]
    return tuple(found)


_THE_NTH_NEXT = compiled(r",?\s+the\s+")
_AND_NTH = compiled(r"\s+and\s+(?:the\s+)?([0-9]{1,2}(?:st|nd|rd|th))\b(?!\s+(?:of\s+)?[A-Z])")


# "on the 14th", "until the 20th": a day of the month the article is about; not "the 14th Dalai
# Lama", "the 43rd session" (a word after it), nor "the 14th of March" (a date read above)
_ORDINAL_DAY = compiled(
    r"\b[Tt]he\s+([0-9]{1,2}(?:st|nd|rd|th))\b(?=\s*(?:[,.;:)]|$)|\s+(?:and|to|at|in|when|for|before|after|"
    r"with|where|until|as|morning|afternoon|evening|is|was|will|"  # "Thursday the 5th is a travel day"
    r"the|he|she|they)\b)"  # "On the 14th the delegation moved south to P"
)


# --------------------------------------------------------------------------------------------
# Tense

_FUTURE_WORDS = frozenset({"will", "shall", "would", "upcoming"})
# Trip verbs in the present tense, as schedules are told ("she travels to Skopje on Wednesday")
_SCHEDULE_PRESENT = frozenset({
    "travels", "flies", "heads", "arrives", "meets", "visits", "begins", "starts", "ends", "departs",
    "leaves", "returns", "holds", "tours", "attends", "wraps", "moves", "continues", "proceeds", "runs",
    "lasts", "concludes",
})
# ... and with a plural subject ("The Grand Duke and Grand Duchess leave on Tuesday"); words that
# are seldom nouns, and not after "to", a modal or "did" (which say the tense themselves)
_SCHEDULE_BASE = frozenset({"leave", "fly", "arrive", "depart", "proceed", "travel"})
_MODALS = frozenset({"will", "would", "shall", "should", "could", "can", "may", "might", "must", "to"})
_NOT_BEFORE_BASE = _MODALS | frozenset({
    "cannot", "did", "do", "does", "not", "t", "never", "on", "air", "the", "a", "an", "his", "her", "their",
    "its", "of", "for", "and", "or", "let", "make", "help", "had", "has", "have", "s", "ll",
})
_FUTURE_BEFORE_TO = frozenset({
    "scheduled", "expected", "slated", "plans", "plan", "planning", "intends", "aims",
})
_FUTURE_BE_TO = frozenset({"due", "set", "going", "is", "are", "am"})
_BE_WORDS = frozenset({"is", "are", "am", "was", "were", "s", "re", "m"})
_PRESENT_BE = _BE_WORDS - {"was", "were"}
_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "its", "their", "our"})
# Trip verbs whose present progressive tells a plan: "She is arriving in Kathmandu on Monday"
# (not "heading", "going": "the entity is heading for an early election on 23 November")
_PROGRESSIVE_TRIP = frozenset({
    "arriving", "travelling", "traveling", "visiting", "flying", "departing", "touring", "returning",
    "embarking", "leaving",
})
_TRIP_VERBS = frozenset({
    "travel", "visit", "arrive", "attend", "meet", "hold", "begin", "head", "fly", "depart",
    "leave", "return", "start", "embark", "tour", "stop",
})
_PAST_WORDS = frozenset({
    "died", "met", "said", "agreed", "announced", "arrived", "visited", "held", "was", "were",
    "had", "told", "signed", "left", "departed", "returned", "spoke", "began", "ended", "took",
    "made", "flew", "landed", "went", "came", "gave", "saw", "did", "got", "won", "lost", "sent",
    "brought", "wrote", "led", "stood", "sat", "became", "chose", "drove", "fell", "felt",
    "found", "heard", "kept", "knew", "paid", "ran", "rose", "sought", "struck", "thought",
    "been", "has", "have", "ago", "earlier", "previously", "spent",
})
_NOT_PAST_ED = frozenset({
    "need", "indeed", "speed", "seed", "feed", "bed", "red", "hundred", "sacred", "naked",
    "wicked", "scheduled", "expected", "planned", "proposed", "anticipated", "slated", "based",
    "related", "united", "limited", "advanced", "detailed", "dedicated", "concerned",
    "interested", "supposed", "alleged", "biased", "skilled", "armed", "tired", "aged",
    "so-called", "called", "needed", "embed", "shed", "proceed", "succeed", "exceed", "breed",
    "greed", "weed", "reed", "deed", "heed", "creed",
})
# "..., before flying to Q on Friday": a clause with no verb of its own, which the main verb rules
_GERUND_CLAUSE = compiled(r"\W*(?:before|after)\s+\w+ing\b", re.IGNORECASE)
_SAID = frozenset({"said", "says", "told", "added"})
# the attribution closes the sentence: "..., the officials said.", "..., the body said in a statement."
_ATTRIBUTION_TAIL = compiled(
    r"\W*(?:reporters\W*)?(?:in\s+an?\s+(?:[\w-]+\s+)?(?:statement|interview|post|release|briefing)\W*)?"
    # "..., X told a press conference.", "..., X told journalists in Tokyo."
    r"(?:(?:a|the)\s+(?:[\w-]+\s+)?(?:press\s+conference|news\s+conference|briefing)\W*|"
    r"(?:journalists|reporters|lawmakers|parliament)\W*)?$"
)
_PARTICIPLE_HOSTS = frozenset({"be", "being", "is", "are", "am", "s", "re", "get", "gets"})
_CLAUSE_BREAK = compiled(
    r";|—|–| - |--|[“”\"()]"
    r"|:(?=\s)"  # "The agency added a final stop: on Saturday he will fly to P"
    r"|, ?according\s+to\b"  # "..., before flying to P on Thursday, according to a schedule shared with"
    r"|, ?where\b|\bwhere\b|\bwhich\b|\bwho\b|\bwhom\b|, ?and\b|, ?but\b|\bafter\b|\bbefore\b"
    r"|\bwhen\b|\bwhile\b|, ?with\b|\bwhereas\b|\balthough\b|\bthough\b"
    # "flew to P after talks in Q on Saturday and will remain in P": a verb of its own after "and"
    r"|\band(?=\s+(?:will|would|is|are|was|were|has|have|had)\b)",
    re.IGNORECASE,
)
_QUOTED_TERM = compiled(r"[\"“][\w'’-]+(?:\s[\w'’-]+){0,2}[\"”]")
_WORD = compiled(r"[^\W\d_]+")


# A sentence whose subject is a leg, then a verb of planning: "A stop in P on Sunday was added"
# ... after an attribution: "According to the statement, a stop in P on Friday has been added"
_LEG_SUBJECT = compiled(r"\W*(?:according\s+to\s+[^,;]{1,60},\s*)?(?:a|an|the)\s+(?:[\w-]+\s+)?"
                        r"(?:stop|stopover|visit|leg)\s+(?:in|to)\s")
_PLANNED = frozenset("added scheduled planned confirmed announced inserted included arranged".split())
_AUXILIARIES = frozenset("was were has have had been".split())
_BEFORE_PLANNED = _PLANNED | {"been"}  # what may follow an auxiliary: "was added", "has been added"


def _cues(sentence: str) -> list[tuple[int, int, Tense]]:
    """Tense cues as (start, end, tense), in order."""
    folded = fold(sentence)
    words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(folded)]
    cues: list[tuple[int, int, Tense]] = []
    skip_until = -1
    leg_subject = _LEG_SUBJECT.match(folded) is not None
    for k, (word, start, end) in enumerate(words):
        if start < skip_until:
            continue
        if leg_subject and (word in _PLANNED or word in _AUXILIARIES and (
                k + 1 < len(words) and words[k + 1][0] in _BEFORE_PLANNED)):
            continue  # "A stop in P on Sunday was added": the stop's time is not the adding's
        before = folded[start - 1 : start] if start else ""
        nxt = words[k + 1][0] if k + 1 < len(words) else ""
        nxt_start = words[k + 1][1] if k + 1 < len(words) else -1
        prev = words[k - 1][0] if k else ""
        prev_gap = folded[words[k - 1][2] : start] if k else ""
        if before == "'" and word == "ll":
            cues.append((start - 1, end, "future"))
        elif word == "won" and nxt == "t" and folded[end : end + 1] == "'":
            cues.append((start, end + 2, "future"))
        elif before == "'" and word in {"t", "s", "re", "ve", "d", "m"}:
            continue
        elif word in _FUTURE_WORDS or word in _PROGRESSIVE_TRIP and prev in _PRESENT_BE:
            cues.append((start, end, "future"))  # "will", and "is arriving in Kathmandu on Monday"
        elif word in _SCHEDULE_PRESENT and prev not in _BE_WORDS and prev not in _DETERMINERS or (
                word in _SCHEDULE_BASE and prev and prev not in _NOT_BEFORE_BASE):
            # "On Wednesday she travels to Skopje", "The couple leave on Tuesday": a schedule
            cues.append((start, end, "future"))
        elif nxt == "to" and (
            word in _FUTURE_BEFORE_TO
            or (word in _FUTURE_BE_TO and (word in {"is", "are", "am"} or prev in _BE_WORDS))
        ):
            cues.append((start, words[k + 1][2], "future"))
            skip_until = nxt_start + 1
        elif word in {"scheduled", "slated"} and nxt == "for" or word in {"due", "expected"} and nxt in {
                "in", "at", "back"} and (prev in _BE_WORDS or prev_gap.isspace() and (
                    prev not in _NOT_BEFORE_BASE and prev not in {"been", "as"})):
            # "he is due in Stockholm", "with the minister expected in the Bangladeshi capital on Friday"
            # (not "had been due in Goma on Thursday": a plan told in the past)
            cues.append((start, words[k + 1][2], "future"))
        elif word == "to" and nxt in _TRIP_VERBS and prev not in {"due", "according", "next"}:
            # (not a purpose after a past stay's day: "was in P on Tuesday to meet X and in Q on Wednesday")
            purpose = prev in _WEEKDAY_WORDS and bool(cues) and (
                folded[cues[-1][0]:cues[-1][1]] in ("was", "were"))
            if not _RANKED_BEFORE.search(folded, max(0, start - 60), start) and not purpose:
                cues.append((start, words[k + 1][2], "future"))
            skip_until = nxt_start + 1
        elif word == "has" or word == "have":
            if nxt != "to" and prev not in _MODALS:  # not "he will have lunch on Wednesday"
                cues.append((start, end, "past"))
        elif word in _SAID and _ATTRIBUTION_TAIL.match(folded, end) and (
                "," in folded[max(0, start - 100):start]):
            continue  # "..., before spending Friday in Manama, the officials said.": not the trip's tense
        elif word in _PAST_WORDS or (
            word.endswith("ed")
            and len(word) >= 4
            and word not in _NOT_PAST_ED
            and sentence[start : start + 1].islower()
            and not word.endswith("eed")
        ):
            host = prev if prev_gap.isspace() else ""
            if word not in {"was", "were", "had", "been"} and (host in _PARTICIPLE_HOSTS or nxt == "by"):
                continue   # passive present or future: "will be held", "is based", "frigates built by"
            if (host in _DETERMINERS or prev_gap in ("-", "‐")) and word.endswith("ed"):
                # an adjective: "on a chartered aircraft on Sunday", "the planned visit", "a
                # Taiwan-funded hospital wing on Wednesday morning"
                continue
            cues.append((start, end, "past"))
    return cues


# "the most senior official to visit P since 1994", "the first minister to travel to P": a record, no plan
_RANKED_BEFORE = compiled(r"\b(?:first|last|only|latest|highest|most\s+senior|second|third|youngest|oldest)"
                          r"\s+(?:[\w'’-]+\s+){0,4}\Z")


@dataclass(frozen=True, slots=True)
class _TenseMap:
    """A sentence's tense cues and clause breaks, with their offsets sorted for bisection."""

    cues: list[tuple[int, int, Tense]]
    cue_starts: list[int]
    cue_ends: list[int]
    break_starts: list[int]
    break_ends: list[int]
    length: int


# "..., and finish in Mexico City on Friday and Saturday, his office said on Sunday.": the
# attribution's day is past, and a clause of its own that sets no tense for the days before it
_DATED_ATTRIBUTION = compiled(
    r",(?=\s*(?:[\w'’.-]+\s+){1,5}?(?:said|says|told\s+[\w-]+|added|announced)\s+(?:late\s+|early\s+)?"
    r"(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b[^,;]*$)",
    re.IGNORECASE,
)


@lru_cache(maxsize=256)
def _tense_map(sentence: str) -> _TenseMap:
    cues = _cues(sentence)
    # a short quoted term ('a "two-plus-two" dialogue') is no clause of its own
    terms = {at for m in _QUOTED_TERM.finditer(sentence) for at in (m.start(), m.end() - 1)}
    breaks = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(sentence) if m.start() not in terms]
    tail = _DATED_ATTRIBUTION.search(sentence)
    if tail is not None and not any(a <= tail.start() < b for a, b in breaks):
        breaks = sorted([*breaks, tail.span()])
    return _TenseMap(cues, [c[0] for c in cues], [c[1] for c in cues],
                     [b[0] for b in breaks], [b[1] for b in breaks], len(sentence))


def _clause(tenses: _TenseMap, offset: int) -> tuple[int, int]:
    """The clause around `offset`: from the end of the last break that ends at or before it to
    the start of the first break that starts at or after it. Breaks do not overlap and are never
    empty, so both lists are sorted."""
    k = bisect_right(tenses.break_ends, offset)
    lo = tenses.break_ends[k - 1] if k else 0
    k = bisect_left(tenses.break_starts, offset)
    hi = tenses.break_starts[k] if k < len(tenses.break_starts) else tenses.length
    return lo, hi


# A visit going on now, up to a day: that day is still to come
_ONGOING_UNTIL = compiled(r"\b(?:is|are)\s+(?:on|in|currently\s+on)\s+[^,;.]{0,60}?\b(?:through|until|till)"
                          r"\s+\Z")


# the leg that took a dropped one's place: the change's tense is not the leg's
_REPLACED_BY = compiled(r"\b(?:replaced|swapped|substituted)\s+(?:by|with|for)\s+(?:a|an)\s+(?:[\w-]+\s+)?"
                        r"(?:trip|visit|stop|stopover|leg)\s+(?:in|to)\s+[^,;.]{1,40}\Z")


def tense_at(sentence: str, offset: int) -> Tense:
    """The tense governing the phrase at `offset`: future after a visit going on now ("is on a visit
    ... through Thursday"); else the nearest cue before it in its clause, else the nearest after it in
    its clause, else the nearest before it in the sentence, else after."""
    tenses = _tense_map(sentence)
    lo, hi = _clause(tenses, offset)
    if _ONGOING_UNTIL.search(sentence, max(lo, offset - 80), offset):
        return "future"  # "The king, who is on an official visit to Japan through Thursday, toured ..."
    if _REPLACED_BY.search(sentence, max(0, offset - 100), offset):
        return "unknown"  # "the visit to Q was cancelled and replaced by a trip to P on Friday": the nearest
    cues = tenses.cues
    # Cues come in text order; their starts and their ends both rise (a cue ends at the latest at
    # the end of the word after its own, where the next cue may start).
    before = bisect_right(tenses.cue_ends, offset)  # cues[:before] end at or before offset
    after = bisect_left(tenses.cue_starts, offset)  # cues[after:] start at or after offset
    if before and cues[before - 1][0] >= lo:
        return cues[before - 1][2]
    if after < len(cues) and cues[after][1] <= hi:
        return cues[after][2]
    if cues and _GERUND_CLAUSE.match(sentence, max(0, lo - 7), hi):
        # "They will stay in P ..., before flying to Q on Friday": the main verb's; "arrived in P on
        # Wednesday and will hold talks there ... before moving to Q ... on Friday": a future one's
        # (a modal future: not the purpose of "travelled to P to tour a plant, before flying to Q")
        modal = any(c[2] == "future" and not sentence.startswith("to ", c[0]) for c in cues[:before])
        return "future" if modal else cues[0][2]
    if before:
        return cues[before - 1][2]
    if after < len(cues):
        return cues[after][2]
    return "unknown"


def sentence_tense(sentence: str) -> Tense:
    """One tense for a whole sentence: "future" if it has any future cue, else "past" if it has a
    past cue, else "unknown". Coarse: prefer tense_at() for a given phrase."""
    tenses = {c[2] for c in _cues(sentence)}
    if "future" in tenses:
        return "future"
    if "past" in tenses:
        return "past"
    return "unknown"


# --------------------------------------------------------------------------------------------
# Resolution

def _weekday_from(ref: date, weekday: int, step: int, *, inclusive: bool) -> date:
    """The `weekday` on/after (step=+1) or on/before (step=-1) ref; strictly, unless inclusive."""
    shift = 0 if inclusive else step
    result: date = ref + relativedelta(days=shift, weekday=_RD_WEEKDAYS[weekday](step))
    return result


def _pivot_weekday(weekday: int, anchor: date, tense: Tense) -> date:
    after = _weekday_from(anchor, weekday, +1, inclusive=True)
    if tense == "future":
        return after
    before = _weekday_from(anchor, weekday, -1, inclusive=True)
    if tense == "past":
        return before
    return after if (after - anchor) <= (anchor - before) else before


def _md(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _pivot_md(month: int, day: int, anchor: date, tense: Tense) -> date | None:
    here = _md(anchor.year, month, day)
    if here is None:
        # Feb 29 outside a leap year: only the neighbouring years can hold it.
        options = [d for d in (_md(anchor.year - 1, month, day), _md(anchor.year + 1, month, day))
                   if d is not None]
        return min(options, key=lambda d: abs((d - anchor).days)) if options else None
    if tense == "future":
        if here < anchor - _YEAR_SLACK:
            return _md(anchor.year + 1, month, day)
        return here
    if tense == "past":
        if here > anchor + _YEAR_SLACK:
            return _md(anchor.year - 1, month, day)
        return here
    options = [d for d in (_md(anchor.year - 1, month, day), here, _md(anchor.year + 1, month, day))
               if d is not None]
    return min(options, key=lambda d: (abs((d - anchor).days), d < anchor))


def _du_parser() -> Any:
    """dateutil's parser, imported when a written month-day is first read (it costs about 13 ms
    of start-up, which most commands never need)."""
    from dateutil import parser

    return parser


def _md_from(ref: date, month: int, day: int, step: int) -> date | None:
    """The month-day on/after (step=+1) or on/before (step=-1) ref."""
    for year in (ref.year, ref.year + step):
        found = _md(year, month, day)
        if found is not None and (found >= ref if step > 0 else found <= ref):
            return found
    return None


@dataclass(frozen=True, slots=True)
class _Spec:
    weekday: int | None
    month: int | None
    day: int | None
    year: int | None


def _specs(text: str, items: list[_Item]) -> list[_Spec] | None:
    specs: list[_Spec] = []
    for item in items:
        if item.month is not None and item.date_span is not None:
            month, day = item.month, item.day
            if item.year is None or item.kind != "md":
                # dateutil reads the month-day as written; year 2000 admits Feb 29.
                try:
                    parsed = _du_parser().parse(
                        text[item.date_span[0] : item.date_span[1]],
                        default=datetime(2000, 1, 1),
                    )
                    month, day = parsed.month, parsed.day
                except (ValueError, OverflowError):
                    return None
            specs.append(_Spec(None, month, day, item.year))
        elif item.kind == "wd" and item.day is None:
            specs.append(_Spec(item.weekday, None, None, None))
        else:  # a bare day, or a paired weekday's (see `_paired_weekdays`), whose month is known
            specs.append(_Spec(None, item.month, item.day, item.year))
    # Bare day numbers take the month of the nearest date before them, else after them.
    for k, spec in enumerate(specs):
        if spec.month is None and spec.weekday is None:
            source = next((specs[m] for m in range(k - 1, -1, -1) if specs[m].month), None)
            if source is None:
                source = next((specs[m] for m in range(k + 1, len(specs)) if specs[m].month), None)
            if source is None:
                if items[k].kind == "wd":  # "Thursday 28": no month, so the weekday on that day
                    specs[k] = _Spec(items[k].weekday, None, items[k].day, None)
                    continue
                if len(items) == 1 and spec.day is not None:  # "on the 14th": the month is the anchor's
                    continue
                return None
            specs[k] = _Spec(None, source.month, spec.day, spec.year)
    return specs


def _weekday_day(weekday: int, day: int, ref: date, steps: Sequence[int]) -> list[date]:
    """The dates with day number `day` falling on `weekday` in the months `steps` away from ref's."""
    found = []
    for k in steps:
        year, month = ref.year + (ref.month + k - 1) // 12, (ref.month + k - 1) % 12 + 1
        day_of = _md(year, month, day)
        if day_of is not None and day_of.weekday() == weekday:
            found.append(day_of)
    return found


def _place(spec: _Spec, ref: date, step: int) -> date | None:
    """Resolve `spec` as the next item after ref (step=+1) or the one before it (step=-1)."""
    if spec.weekday is not None and spec.day is not None:
        later = [d for d in _weekday_day(spec.weekday, spec.day, ref, (-2, -1, 0, 1, 2))
                 if (d - ref).days * step > 0 and abs((d - ref).days) <= _MAX_RANGE_DAYS]
        if later:
            return min(later, key=lambda d: abs((d - ref).days))
    if spec.weekday is not None:  # and no such day near: the weekday alone
        return _weekday_from(ref, spec.weekday, step, inclusive=False)
    assert spec.month is not None and spec.day is not None
    if spec.year is not None:
        return _md(spec.year, spec.month, spec.day)
    return _md_from(ref, spec.month, spec.day, step)


def _pivot(spec: _Spec, anchor: date, tense: Tense, modifier: str | None) -> date | None:
    if spec.weekday is not None and spec.day is not None:  # "Thursday 28": the nearest such day
        near = _weekday_day(spec.weekday, spec.day, anchor, (-1, 0, 1))
        if near:
            return min(near, key=lambda d: abs((d - anchor).days))
    if spec.weekday is not None:  # and no such day near: the weekday alone
        if modifier == "next":
            return _weekday_from(anchor, spec.weekday, +1, inclusive=False)
        if modifier == "last":
            return _weekday_from(anchor, spec.weekday, -1, inclusive=False)
        return _pivot_weekday(spec.weekday, anchor, tense)
    assert spec.day is not None
    if spec.month is None:
        return _pivot_day(spec.day, anchor, tense)
    if spec.year is not None:
        return _md(spec.year, spec.month, spec.day)
    return _pivot_md(spec.month, spec.day, anchor, tense)


def _pivot_day(day: int, anchor: date, tense: Tense) -> date | None:
    """A day of the month with no month written ("on the 14th"): future -> the first such day on
    or after the anchor; past -> the last on or before it; unknown -> the nearer."""
    months = [(anchor.year + (anchor.month + k - 1) // 12, (anchor.month + k - 1) % 12 + 1)
              for k in (-1, 0, 1)]
    options = [d for d in (_md(year, month, day) for year, month in months) if d is not None]
    if tense == "future":
        options = [d for d in options if d >= anchor]
    elif tense == "past":
        options = [d for d in options if d <= anchor]
    return min(options, key=lambda d: (abs((d - anchor).days), d < anchor)) if options else None


def _words(text: str) -> str:
    return " ".join(text.lower().split())


def names_one_day(phrase: TimePhrase) -> bool:
    """Whether a relative phrase names one day ("today", "this morning"), not a span ("next week")."""
    return _words(phrase.text) in _RELATIVE_DAYS


def _resolve(phrase: TimePhrase, anchor: date, tense: Tense) -> list[date]:
    text = phrase.text
    if phrase.kind in {"relative", "month"}:
        shift = _RELATIVE_DAYS.get(_words(text))
        return [] if shift is None else [anchor + relativedelta(days=shift)]
    toks = _tokens(text)
    modifier: str | None = None
    s = 0
    if toks and toks[0].low in {"next", "last"}:
        modifier, s = toks[0].low, 1
    parsed = _parse_seq(toks, s, between=phrase.kind == "range", leading_days=True)
    if parsed is None:
        return []
    items, shape = parsed
    specs = _specs(text, items)
    if not specs:
        return []
    # The pivot is resolved on its own; the others follow it in order, forwards or backwards.
    # Past weekday lists count back from their last item ("met Friday and Saturday" read on a
    # Friday means the week before); month-days count from their first item, so that a range
    # across New Year read just before it keeps its start in the anchor's year.
    p = next((k for k, sp in enumerate(specs) if sp.year is not None), None)
    if p is None:
        backwards = tense == "past" and modifier is None and specs[-1].weekday is not None
        p = len(specs) - 1 if backwards else 0
    dates: list[date | None] = [None] * len(specs)
    dates[p] = _pivot(specs[p], anchor, tense, modifier if p == 0 else None)
    for k in range(p + 1, len(specs)):
        prev = dates[k - 1]
        dates[k] = _place(specs[k], prev, +1) if prev is not None else None
    for k in range(p - 1, -1, -1):
        nxt = dates[k + 1]
        dates[k] = _place(specs[k], nxt, -1) if nxt is not None else None
    if shape == "range":
        first, last = dates[0], dates[-1]
        if first is None or last is None or last < first:
            return []
        span = (last - first).days
        if span > _MAX_RANGE_DAYS:
            return [first, last]
        return [first + relativedelta(days=k) for k in range(span + 1)]
    out: list[date] = []
    for found in dates:
        if found is not None and found not in out:
            out.append(found)
    return out


def has_day_number(phrase: TimePhrase) -> bool:
    """Whether a day number is written in the phrase ("Monday, Feb. 16", not "Monday")."""
    return any(ch.isdigit() for ch in phrase.text)


def resolve(phrase: TimePhrase, anchor: date, tense: Tense, *, day_known: bool = True) -> list[date]:
    """The calendar dates `phrase` names, read from `anchor` (the article's date) in `tense`.
    Without `day_known`, the anchor is only a day of the article's year and time, not the day it
    was written: a phrase with no day number in it ("on Tuesday", "tomorrow") -> [].

    Rules:
    * weekday: future -> on or after the anchor; past -> on or before; unknown -> the nearer
      (the anchor itself when it is that weekday). "next Tuesday" -> the first Tuesday strictly
      after the anchor, "last Tuesday" -> strictly before, whatever the tense.
    * weekday with its date beside it -> that date (the weekday is not checked).
    * month-day without a year: the anchor's year, except future and more than two calendar months
      before the anchor -> next year; past and more than two months after -> previous year;
      unknown -> whichever of the previous, same and next year lies nearest the anchor.
    * lists and ranges: one item is resolved as above (the first with a written year; else the
      last item of a past-tense weekday list or range, else the first), the rest follow in
      written order: each later weekday strictly after the one before it, each later month-day
      on or after it (the year moves forward across New Year), and backwards likewise.
    * ranges: every day, inclusive; longer than 62 days -> the two endpoints only; an end before
      its start (only possible with written years) -> [].
    * today/tonight -> anchor, tomorrow -> +1, yesterday -> -1; this/next/last week, weekend,
      month, and month-only phrases -> [].
    * a phrase holding an impossible date (Feb 30) -> [].
    Never raises.
    """
    if tense not in ("past", "future"):
        tense = "unknown"
    if not day_known and not has_day_number(phrase):
        return []
    try:
        return _resolve(phrase, anchor, tense)
    except (ValueError, OverflowError, TypeError, IndexError):
        return []


# --------------------------------------------------------------------------------------------
# The article's own date

_HEADER = compiled(
    r"[ \t]*(?:date|dated|published|updated|posted|first published|last updated)\b[ \t]*(?::|-)?",
    re.IGNORECASE,
)
_HEADER_SCAN_LINES = 12
_DATELINE_CHARS = 160
_PARAGRAPH_CHARS = 4000


def _upper_case_dateline(line: str) -> date | None:
    """The date of a dateline that opens `line` with an upper-case place ("WASHINGTON, July 22, 2024
    (AP) —"), if it has one before its dash."""
    head = line.lstrip()[:_DATELINE_CHARS]
    k = 0
    while k < min(len(head), 80) and (head[k].isupper() or head[k] in " .'/-"):
        k += 1
    opener, rest = head[:k].strip(), head[k:].lstrip()
    if len(opener) < 2 or not opener[0].isalpha() or rest[:1] not in {",", "("}:
        return None
    cut = min((head.find(d) for d in (" — ", " – ", " - ", "—", "–", " -- ") if d in head), default=len(head))
    return _line_date(head[: cut + 1])


def _first_full_date(text: str) -> date | None:
    for phrase in find_time_phrases(text):
        toks = _tokens(phrase.text)
        parsed = _parse_seq(toks, 0, between=False, leading_days=True)
        if parsed is None:
            continue
        for item in parsed[0]:
            if item.year is not None and item.month is not None and item.day is not None:
                found = _md(item.year, item.month, item.day)
                if found is not None:
                    return found
    return None


_ISO_IN_LINE = compiled(r"\b([0-9]{4})-([0-9]{2})-([0-9]{2})(?:\b|(?=T\d))")  # and "2026-03-03T09:12:00Z"
_NUMERIC_IN_LINE = compiled(r"\b([0-9]{1,2})([./-])([0-9]{1,2})\2([0-9]{4})\b")
_CLOCK = compiled(r"\b[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\s*(?:[AaPp]\.?[Mm]\.?)?")
_LETTER_WORD = compiled(r"[^\W\d_]{2,}")
_SENTENCE_ENDS = frozenset({".", "!", "?", "\u201d", '"'})
_DATE_LINE_SCAN = 8  # a date line is one of the first lines (after a title, a byline, a letterhead)
_DATE_LINE_WORDS = 5  # words besides the date a date line may hold ("Issued on", "Source: Xinhua")


# ... and "Rome, 5 February 2026 – The President ...", "Malé, 11 June 2026 –", "Vilnius, 16 April 2026
# (LRT English / BNS) –", "Addis Ababa, Ethiopia, 28 August 2025: The Commissioner ..."
_TITLE_CASE_DATELINE = compiled(
    r"\s*[A-Z](?:[^\W\d_]|[ .'/-]){1,40},\s*"
    r"(?:[A-Z][^\W\d_]+(?:\s[A-Z][^\W\d_]+){0,2}\s+[—–]\s+)?"  # "Geneva, Switzerland – 3 April 2025 –"
    r"([^()\n—–]{6,40}?)\s*"
    # ... and the agency between slashes: "Ulaanbaatar, May 29, 2024 /MONTSAME/."
    r"(?:\((?:[A-Za-z][\w ./-]{1,30})\)|/[A-Za-z][\w .-]{1,30}/|[—–]\s|-\s|:\s)"
)
_DAY_SLASH_YEAR = compiled(r"\b(\d{1,2})/(\d{4})\b")  # "Riyadh, December 2/2025 (ENA) –", as ENA writes it
# "January 22, 2026 (PORT SUDAN) – Sudan's Prime Minister ...": the date first, then the place
_DATE_FIRST_DATELINE = compiled(r"\s*([^()\n—–]{6,30}?)\s*\((?-i:[A-Z][A-Z .'/-]{1,30})\)\s*[—–-]")


def _line_date(line: str, context: str = "") -> date | None:
    """The full date a header or date line gives: ISO ("2025-11-03", "2025.10.21."), numeric day and
    month when the order is certain ("21/02/2026"; dots day first, "08.10.2025"; "07/08/2026" is not
    read), or written."""
    iso = _ISO_IN_LINE.search(line) or _YEAR_FIRST_DOTS.search(line)  # and "2025.10.21."
    if iso is not None:
        return _md(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    numeric = _NUMERIC_IN_LINE.search(line)
    if numeric is not None:
        a, b, year = int(numeric.group(1)), int(numeric.group(3)), int(numeric.group(4))
        # ... "03/03/2026" reads the same either way, and "08.10.2025": dots are written day first
        if a > 12 >= b or a == b or numeric.group(2) == "." and a <= 12 and b <= 12:
            return _md(year, b, a)
        if b > 12 >= a:
            return _md(year, a, b)
        # "12/06/2024" in an article (`context`) that names December, not June
        named = {month_number(m) for m in _MONTH_NAME.findall(context)}
        if (a in named) != (b in named):
            return _md(year, a, b) if a in named else _md(year, b, a)
        return None
    return _first_full_date(_GLUED_YEAR.sub(", ", line))  # "Jan 18,2026"


_MONTH_NAME = compiled(  # a month written out, or abbreviated before a day ("Dec. 6")
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b(?=\.?\s+\d)")
_YEAR_FIRST_DOTS = compiled(r"\b((?:19|20)\d\d)\.(\d{1,2})\.(\d{1,2})\b")
_GLUED_YEAR = compiled(r",(?=(?:19|20)\d\d\b)")


def _is_date_line(line: str, others: int = _DATE_LINE_WORDS) -> bool:
    """A line above the article that is a date and at most `others` other words (a time, a
    source): not a title that mentions a date."""
    rest = _CLOCK.sub(" ", line)
    rest = _ISO_IN_LINE.sub(" ", _NUMERIC_IN_LINE.sub(" ", rest))
    # a weekday is part of a date line ("Thursday, February 20, 2025"), not of a sentence that ends
    weekdays = frozenset() if line.rstrip().endswith(".") else _WEEKDAY_WORDS
    words = [w for w in _LETTER_WORD.findall(rest)
             if w.lower()[:3] not in _MONTH_PREFIXES and w.lower() not in weekdays]
    if others and (line.lstrip().startswith("By ") or " | " in line):
        others += 3  # a byline's or a source's words: "By Ana Silva in Nation on 16 June 2026"
    return len(words) <= others and len(line) <= 100 and any(c.isdigit() for c in line)


_PLACE_LEAD = compiled(r"\A\s*[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,2},\s")
_MONTH_PREFIXES = frozenset("jan feb mar apr may jun jul aug sep oct nov dec".split())
_WEEKDAY_WORDS = frozenset(_WEEKDAYS) | frozenset("mon tue tues wed thu thur thurs fri sat sun".split())


def is_header_line(line: str) -> bool:
    """A header ("Published: 17 February 2026") or a bare date line: the article's date."""
    return bool(_HEADER.match(line)) and len(line) <= 100 or _is_date_line(line)


# "WASHINGTON, July 22, 2024 (AP) —", "New Delhi, Feb 17 (PTI)": the article's date, not a stop's
_DATELINE = compiled(
    r"\A\s*(?:[A-Z][A-Z .'/-]{1,40},[^\n—–]{0,60}?(?:—|–(?!\d)| - | -- )"  # not "AUCKLAND, 3–6 November"
    r"|[A-Z][A-Za-z .'/-]{1,40},[^\n()]{0,40}\([A-Za-z][\w .-]{1,20}\)\s*\.?\s*(?:—|–|-{1,2})"
    r"|[A-Z][A-Za-z .'/-]{1,40}\s\([A-Za-z][A-Za-z]{1,10}\)\s*(?:—|–|-{1,2})\s"  # "Accra (dpa) - "
    r"|[A-Z][A-Z.'/-]+(?: [A-Z][A-Z.'/-]+){0,3}\s(?:—|–|-{1,2})\s"  # "MASERU - ", "PORT LOUIS — "
    r"|[A-Z][A-Z.'/-]+(?: [A-Z][A-Z.'/-]+){0,3}:\s"  # "NEW DELHI: ", as South Asian papers write it
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*:\s"  # "Kathmandu, Nov 27: "
    # "Nairobi, Kenya - ", "Nairobi - " (a single word: not "Ana Silva - the minister - left")
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2},\s+[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}\s(?:—|–|-{1,2})\s"
    r"|[A-Z][a-z]+\s(?:—|–|-{1,2})\s"
    # "Maseru, 21 October 2024 – ", "Geneva, March 3, 2025 - ": a title-case place and a full date
    # ... "Kathmandu / Dhaka, 14 October 2025 – ": places of a two-country mission
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?:\s?/\s?[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}){0,3},\s+"
    r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?)"
    r"\s+\d{4}\s*(?:—|–|-{1,2})\s"
    r"|[A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+){0,2}\.-\s"  # "Santo Domingo.- ", as Spanish-language papers write it
    r"|[A-Z][A-Za-z .'/-]{1,40},[^\n()\d]{0,12}\d{1,2}(?:,\s*\d{4})?\s*"
    r"\([A-Z][A-Za-z]{1,10}(?: [A-Z][a-z]{1,10})?\)\s*)"  # "(PTI)", "(Prensa Latina)"
)


def dateline_end(sentence: str) -> int:
    """Where the dateline that opens a sentence ends; 0 when there is none."""
    dateline = _DATELINE.match(sentence)
    return dateline.end() if dateline else 0


def find_published(text: str) -> tuple[date, str] | None:
    """The article's own date and where it came from: "header" (a "Date:"/"Published:" line near
    the top), "dateline" ("WASHINGTON, July 22, 2024 (AP) -" opening the first paragraph), or
    "first paragraph" (its first date with a year). Only dates with a year count."""
    head = text[: _PARAGRAPH_CHARS * 2]  # its months also tell the order of an ambiguous "12/06/2024"
    lines = head.splitlines()
    body_index = None
    seen = 0
    prose_seen = False  # date lines stand above the article's prose (but see below)
    prose: list[str] = []
    for k, line in enumerate(lines):
        if not line.strip():
            continue
        seen += 1
        if seen > _HEADER_SCAN_LINES:
            break
        header = _HEADER.match(line)
        if header is not None:
            found = _line_date(line[header.end() :], head)
            if found is not None:
                return found, "header"
            continue
        if seen <= _DATE_LINE_SCAN and (
            not prose_seen and _is_date_line(line)
            # below a standfirst without a date of its own, a line that is a date alone, or a place
            # and a date ("Pristina, 15 October 2025")
            or prose_seen and len(line) <= 40 and _is_date_line(_PLACE_LEAD.sub("", line, count=1), 0)
            and any(rest.strip() for rest in lines[k + 1:])
            and not any(_first_full_date(p) for p in prose)
        ):
            found = _line_date(line, head)
            if found is not None:  # "3 February 2026", "2025-11-03 16:20:41 | Source: Xinhua"
                return found, "header"
        stripped = line.strip()
        # ... not a headline above a blank line: 'Crown Prince to visit Ecuador in Sept.', '... "stronger"'
        headline = seen == 1 and k + 1 < len(lines) and not lines[k + 1].strip()
        if len(stripped) >= 200 or stripped[-1:] in _SENTENCE_ENDS and not headline:
            prose_seen = True
            prose.append(stripped)
        if body_index is None:
            body_index = k
    if body_index is None:
        return None
    for line in [ln for ln in lines[body_index:] if ln.strip()][:5]:
        # "Madrid, Sep 30, 2026 (EFE).-", "January 22, 2026 (PORT SUDAN) –"
        titled = _TITLE_CASE_DATELINE.match(line) or _DATE_FIRST_DATELINE.match(line)
        if titled is not None:
            found = _first_full_date(_DAY_SLASH_YEAR.sub(r"\1, \2", titled.group(1)))
            if found is not None:
                return found, "dateline"
    # Dateline: an upper-case place name opens the line (the first, or one below the headline), the
    # date comes before the dash: "DUSHANBE, 12.05.2025 /NIAT Khovar/."
    for first in [ln for ln in lines[body_index:] if ln.strip()][:3]:
        found = _upper_case_dateline(first)
        if found is not None:
            return found, "dateline"
    # First paragraph: blocks end at blank lines where the text has any, else each line is one.
    # A short block not ending like a sentence is taken for a title and skipped (up to three).
    has_blank = any(not line.strip() for line in lines[body_index:])
    blocks: list[str] = []
    current: list[str] = []
    for line in lines[body_index:]:
        if not line.strip() or _HEADER.match(line):
            if current:
                blocks.append("\n".join(current))
                current = []
            continue
        current.append(line)
        if not has_blank:
            blocks.append(line)
            current = []
        if len(blocks) > 4:
            break
    if current:
        blocks.append("\n".join(current))
    for block in blocks[:4]:
        stripped = block.strip()
        if len(stripped) < 80 and stripped[-1:] not in {".", "!", "?", "”", '"', "’"}:
            continue
        found = _first_full_date(stripped[:_PARAGRAPH_CHARS])
        return (found, "first paragraph") if found is not None else None
    return None


# --------------------------------------------------------------------------------------------
# --published

_ISO_OPTION = compiled(r"([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})")
_NUMERIC_OPTION = compiled(r"([0-9]{1,2})[-/.]([0-9]{1,2})[-/.]([0-9]{2}|[0-9]{4})")


def parse_date_option(value: str, *, dayfirst: bool | None = None) -> date:
    """A date given on the command line, in any form dateutil reads, with a year.

    Year-first numeric forms ("2024-07-22", "2024/07/22") are always year-month-day. Numeric
    day/month forms where both parts could be either ("07/08/2024") raise unless `dayfirst` is
    True or False. Unreadable values, and values missing a year, month or day, raise ValueError.
    """
    shown = value.strip()
    one_line = repr(shown)
    iso = _ISO_OPTION.fullmatch(shown)
    if iso is not None:
        found = _md(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        if found is None:
            raise ValueError(f"cannot read date {one_line}: no such day")
        return found
    numeric = _NUMERIC_OPTION.fullmatch(shown)
    if numeric is not None and dayfirst is None:
        a, b = int(numeric.group(1)), int(numeric.group(2))
        if a <= 12 and b <= 12 and a != b:
            raise ValueError(f"ambiguous date '{shown}': say --dayfirst or --monthfirst")
    if not shown:
        raise ValueError(f"cannot read date {one_line}")
    results = []
    for default in (datetime(2000, 1, 1), datetime(2001, 2, 2)):
        try:
            results.append(
                _du_parser().parse(shown, default=default, dayfirst=bool(dayfirst), ignoretz=True)
            )
        except (ValueError, OverflowError, TypeError) as exc:
            raise ValueError(f"cannot read date {one_line}") from exc
    first, second = results
    if (first.year, first.month, first.day) != (second.year, second.month, second.day):
        raise ValueError(f"cannot read date {one_line}: give a year, month and day")
    return date(first.year, first.month, first.day)


# --------------------------------------------------------------------------------------------
# Trip length

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
}
_TRIP_NOUNS = frozenset({
    "trip", "tour", "visit", "swing", "journey", "mission", "voyage", "trek", "stay",
    "excursion", "odyssey", "trips", "tours", "visits",
})
_LENGTH = compiled(
    r"\b(?:(?P<num>[0-9]{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)[- ]"
    r"(?P<unit>day|week|nation|country)(?:-long)?"
    r"|(?P<long>week|fortnight)-? ?long)\b"
)
_GAP_WORDS = 4


def _attached_noun_end(folded: str, end: int) -> int | None:
    """End of a trip noun within a few words after `end`, else None."""
    for count, match in enumerate(_WORD.finditer(folded, end, min(len(folded), end + 80))):
        if count >= _GAP_WORDS:
            return None
        if match.group() in _TRIP_NOUNS:
            return match.end()
    return None


def find_trip_length(text: str) -> TripLength:
    """The first trip length ("10-day trip", "week-long visit", "two-week tour") and the first
    nation count ("six-nation tour", "three-country trip") attached to a trip noun (trip, tour,
    visit, swing, journey, ...) within four words. start/end span the first accepted length
    expression through its trip noun."""
    folded = fold(text)
    days: tuple[int, str, int, int] | None = None
    nations: tuple[int, str, int, int] | None = None
    for match in _LENGTH.finditer(folded):
        noun_end = _attached_noun_end(folded, match.end())
        if noun_end is None:
            continue
        written = text[match.start() : match.end()]
        if match.group("long") is not None:
            value, unit = (7 if match.group("long") == "week" else 14), "day"
        else:
            raw = match.group("num")
            value = int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]
            unit = match.group("unit")
            if value < 1:
                continue
            if unit == "week":
                value, unit = value * 7, "day"
        if unit == "day" and days is None:
            days = (value, written, match.start(), noun_end)
        elif unit in {"nation", "country"} and nations is None:
            nations = (value, written, match.start(), noun_end)
        if days is not None and nations is not None:
            break
    spans = [x for x in (days, nations) if x is not None]
    first = min(spans, key=lambda x: x[2]) if spans else None
    return TripLength(
        days=days[0] if days else None,
        days_text=days[1] if days else None,
        nations=nations[0] if nations else None,
        nations_text=nations[1] if nations else None,
        start=first[2] if first else None,
        end=first[3] if first else None,
    )
