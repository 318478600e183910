"""The article's date when its dateline leaves out the year ("VILNIUS, Sept 9 (Reuters) - ... said
on Tuesday"): the dateline's day fell on that weekday in only one recent year.

Only recent years are tried (the two years up to the reader's `today`), so an article read long
after it was written stays undated unless `--published` is given.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from itinerary.parse.dates import month_number, tense_at

_MONTHS = r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|" \
          r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
# "TASHKENT, Nov 1 (Reuters) -", "New Delhi, Feb 9 (PTI)", "BEIJING, Jan. 2 (Xinhua) --"
_DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Za-z .'/-]{1,40},[ \t]*(?:[A-Z][A-Za-z ]{1,20},[ \t]*)?" + _MONTHS + r"[ \t]+(\d{1,2})\b"
    r"(?![ \t]*,?[ \t]*\d{4})[ \t]*(?:\([^)\n]{1,25}\)|[A-Z][a-z]+)?[ \t]*(?:—|–|-{1,2}|:)?"
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<![A-Z][a-z])(?<![A-Z])[.!?](?=\s+[A-Z\"“]|\s*$)")
_LINES = 6  # the dateline opens one of the first lines (after a headline and a byline, say)
_RECENT = timedelta(days=730)


def dateline_year(text: str, today: date) -> tuple[date, str] | None:
    """The dateline's date and the weekday phrase that gave its year, when the first sentence says
    what happened on a weekday ("urged Uzbekistan on Saturday") and that weekday matches the
    dateline's day in exactly one year of the two up to `today`."""
    for line in [ln for ln in text.splitlines() if ln.strip()][:_LINES]:
        dateline = _DATELINE.match(line)
        if dateline is None:
            continue
        month, day = month_number(dateline.group(1)), int(dateline.group(2))
        end = _SENTENCE_END.search(line, dateline.end())
        sentence = line[: end.end() if end else len(line)]
        for weekday in _WEEKDAY.finditer(sentence, dateline.end()):
            if tense_at(sentence, weekday.start()) != "past":
                continue  # "will travel on Tuesday": a later day, not the dateline's
            wanted = _WEEKDAYS.index(weekday.group(1).lower())
            years = [y for y in range(today.year - 2, today.year + 1) if _recent(y, month, day, today)
                     and date(y, month, day).weekday() == wanted]
            if len(years) == 1:
                return date(years[0], month, day), weekday.group(1)
            return None
        return None
    return None


def _recent(year: int, month: int, day: int, today: date) -> bool:
    try:
        when = date(year, month, day)
    except ValueError:
        return False
    return today - _RECENT <= when <= today + timedelta(days=1)
