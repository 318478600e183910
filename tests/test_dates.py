"""Tests for itinerary.parse.dates: phrases, tense, resolution, publication date, trip length."""

from __future__ import annotations

import time
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from itinerary.parse import parse
from itinerary.parse.dates import (
    Tense,
    TimePhrase,
    TripLength,
    dateline_end,
    find_published,
    find_time_phrases,
    find_trip_length,
    parse_date_option,
    resolve,
    sentence_tense,
    tense_at,
)
from itinerary.parse.year import dateline_year, weekday_date

MON = date(2024, 7, 22)   # Monday, the seed article's date
SUN = date(2024, 7, 28)


def days(first: str, last: str) -> list[date]:
    start, end = date.fromisoformat(first), date.fromisoformat(last)
    return [start + timedelta(days=k) for k in range((end - start).days + 1)]


def only(sentence: str) -> TimePhrase:
    found = find_time_phrases(sentence)
    assert len(found) == 1, found
    return found[0]


def dates_in(sentence: str, anchor: date) -> list[list[date]]:
    """Every phrase in `sentence`, resolved with the tense at its position."""
    return [
        resolve(p, anchor, tense_at(sentence, p.start)) for p in find_time_phrases(sentence)
    ]


# ---------------------------------------------------------------------------------------------
# The seed article, anchor Monday 2024-07-22

SEED_CASES = [
    (
        "Blinken will begin his six-nation tour in the Vietnamese capital Hanoi, where he will "
        "attend the funeral of late communist leader Nguyen Phu Trong which is scheduled to begin "
        "on Thursday.",
        [[date(2024, 7, 25)]],
    ),
    (
        "In Laos, the US Secretary of State will participate on Friday and Saturday in the ASEAN "
        "ministerial meeting, where he will also meet Foreign Minister Wang.",
        [[date(2024, 7, 26), date(2024, 7, 27)]],
    ),
    (
        "Trong died on Friday at a military hospital in Hanoi “due to old age and serious "
        "illness” at the age of 80.",
        [[date(2024, 7, 19)]],
    ),
    (
        "The meeting comes after the Philippines and China agreed on Sunday to a “provisional "
        "arrangement” for resupply missions to Filipino troops stationed at Second Thomas Shoal.",
        [[date(2024, 7, 21)]],
    ),
    (
        "US Secretary of State Antony Blinken heads to Southeast Asia this week to deepen ties "
        "with his country’s strategic allies, an official said Monday, with the United States "
        "seeking to bolster its regional stance.",
        [[], [date(2024, 7, 22)]],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), SEED_CASES)
def test_seed_sentences(sentence: str, expected: list[list[date]]) -> None:
    assert dates_in(sentence, MON) == expected


def test_seed_phrase_texts_and_kinds() -> None:
    s = "the US Secretary of State will participate on Friday and Saturday in the meeting"
    p = only(s)
    assert (p.text, p.kind) == ("Friday and Saturday", "list")
    assert s[p.start : p.end] == p.text
    p = only("Trong died on Friday at a hospital")
    assert (p.text, p.kind) == ("Friday", "weekday")
    found = find_time_phrases("Blinken heads to Asia this week, an official said Monday.")
    assert [(f.text, f.kind) for f in found] == [("this week", "relative"), ("Monday", "weekday")]


# ---------------------------------------------------------------------------------------------
# Phrase finding

@pytest.mark.parametrize(
    ("sentence", "text", "kind"),
    [
        ("He arrives Thursday.", "Thursday", "weekday"),
        ("talks late on Tuesday", "Tuesday", "weekday"),
        ("talks early Tuesday", "Tuesday", "weekday"),
        ("he leaves next Tuesday", "next Tuesday", "weekday"),
        ("he left last Tuesday", "last Tuesday", "weekday"),
        ("they dine on Tuesday night", "Tuesday night", "weekday"),
        ("they meet Wednesday morning", "Wednesday morning", "weekday"),
        ("he flies this Friday", "Friday", "weekday"),
        ("Monday (Jul 22)", "Monday (Jul 22)", "date"),
        ("on Monday, July 22, he said", "Monday, July 22", "date"),
        ("Monday, July 22, 2024", "Monday, July 22, 2024", "date"),
        ("on July 24", "July 24", "date"),
        ("on 24 July", "24 July", "date"),
        ("on Jul. 24", "Jul. 24", "date"),
        ("on Sept. 3", "Sept. 3", "date"),
        ("on July 24, 2024.", "July 24, 2024", "date"),
        ("on 24 July 2024", "24 July 2024", "date"),
        ("on the 24th of July", "24th of July", "date"),
        ("on July 4th", "July 4th", "date"),
        ("published 2024-07-22.", "2024-07-22", "date"),
        ("July 24-26", "July 24-26", "range"),
        ("July 24–26", "July 24–26", "range"),
        ("July 24-Aug. 3", "July 24-Aug. 3", "range"),
        ("from July 24 to August 3", "July 24 to August 3", "range"),
        ("between July 24 and 26", "July 24 and 26", "range"),
        ("on 24-26 July", "24-26 July", "range"),
        ("from Monday to Wednesday", "Monday to Wednesday", "range"),
        ("from Saturday to Jan. 15", "Saturday to Jan. 15", "range"),  # a range in words may mix kinds
        ("July 24-26, 2024", "July 24-26, 2024", "range"),
        ("on Friday and Saturday", "Friday and Saturday", "list"),
        ("on Friday, Saturday and Sunday", "Friday, Saturday and Sunday", "list"),
        ("on Friday, Saturday, and Sunday", "Friday, Saturday, and Sunday", "list"),
        ("on July 24, 25 and 26", "July 24, 25 and 26", "list"),
        ("on July 24 and August 3", "July 24 and August 3", "list"),
        ("on 24 and 25 July", "24 and 25 July", "list"),
        ("today", "today", "relative"),
        ("Tomorrow he flies", "Tomorrow", "relative"),
        ("he said yesterday", "yesterday", "relative"),
        ("arrived early this morning to attend", "this morning", "relative"),
        ("This afternoon he met", "This afternoon", "relative"),
        ("later this week", "this week", "relative"),
        ("early next week", "next week", "relative"),
        ("he will visit in May", "May", "month"),
        ("in early May", "early May", "month"),
        ("by mid-July", "mid-July", "month"),
        ("in July 2024", "July 2024", "month"),
        ("arrive in Juba on the morning of the 14th.", "14th", "date"),
        ("she flies to Kampala on the 17th and meets", "17th", "date"),
        ("On the 14th the delegation moved south to Ho Chi Minh City.", "14th", "date"),
        ("- Tuesday, February 17: Kingston, Jamaica.", "Tuesday, February 17", "date"),  # a programme line
    ],
)
def test_phrase_forms(sentence: str, text: str, kind: str) -> None:
    p = only(sentence)
    assert (p.text, p.kind) == (text, kind)
    assert sentence[p.start : p.end] == p.text


@pytest.mark.parametrize(
    "sentence",
    [
        "he may visit Hanoi",
        "May I ask a question?",
        "They may 5 times over",
        "March to the palace, they said",
        "the marchers march on",
        "the Sunday Times reported",
        "a 24-hour visit",
        "Mar-a-Lago",
        "on monday",  # lower-case weekdays are not taken
        "version 2024-13-45",
    ],
)
def test_not_time_phrases(sentence: str) -> None:
    assert find_time_phrases(sentence) == []


def test_may_as_month_only_with_day_or_context() -> None:
    assert [p.text for p in find_time_phrases("He may arrive on May 5.")] == ["May 5"]
    assert [p.text for p in find_time_phrases("It may happen in late May.")] == ["late May"]


def test_numbers_that_are_not_days() -> None:
    found = find_time_phrases("in July 32 people died")
    assert [(p.text, p.kind) for p in found] == [("July", "month")]
    assert find_time_phrases("July 2,000 people") == []
    assert find_time_phrases("March 3:30 pm") == []  # a clock time after a month


def test_several_phrases_in_order() -> None:
    s = "He arrived on Monday (Jul 22) and leaves on Friday, then returns July 30."
    assert [p.text for p in find_time_phrases(s)] == ["Monday (Jul 22)", "Friday", "July 30"]


# ---------------------------------------------------------------------------------------------
# Tense

@pytest.mark.parametrize(
    ("sentence", "word", "tense"),
    [
        ("Trong died on Friday at a hospital", "Friday", "past"),
        ("an official said Monday", "Monday", "past"),
        ("He will arrive on Sunday", "Sunday", "future"),
        ("He'll arrive on Sunday", "Sunday", "future"),
        ("He is to arrive on Sunday", "Sunday", "future"),
        ("He is due to arrive on Sunday", "Sunday", "future"),
        ("He is expected to arrive on Sunday", "Sunday", "future"),
        ("He plans to travel on Sunday", "Sunday", "future"),
        ("the meeting will be held on Sunday", "Sunday", "future"),
        ("the funeral, which is scheduled to begin on Thursday", "Thursday", "future"),
        ("Trong, who died on Friday, will be buried on Sunday", "Friday", "past"),
        ("Trong, who died on Friday, will be buried on Sunday", "Sunday", "future"),
        ("He arrived on Friday; he will leave on Sunday", "Sunday", "future"),
        ("He arrived on Friday; he will leave on Sunday", "Friday", "past"),
        ("On Friday, the ministers met", "Friday", "past"),
        ("Blinken heads to Hanoi on Friday", "Friday", "future"),  # a trip verb in the present: a schedule
        ("The summit on Friday", "Friday", "unknown"),
        ("The summit on Friday", "Friday", "unknown"),
        # a clause "before/after ...ing" takes the main verb's tense; "developed by" is no past
        ("They will stay in Sydney, when they visit a plan to acquire upgraded frigates, before flying to "
         "Port Moresby on Friday.", "Friday", "future"),
        ("He will inspect frigates developed by a local firm on Friday.", "Friday", "future"),
        # ... a future main verb after a past one, and not an infinitive of purpose
        ("She arrived in Delhi on Wednesday and will hold talks there before moving to Mumbai, the "
         "commercial capital, for meetings on Friday.", "Friday", "future"),
        ("On Wednesday he traveled to Ulsan to tour a plant, before flying to Tokyo for talks on Thursday.",
         "Thursday", "past"),
        # an attribution closing the sentence does not set the tense of what it reports
        ("He will fly to Muscat on Thursday, before spending Friday in Manama, the officials said.", "Friday",
         "future"),
        ("He will fly to Kigali on Wednesday, before travelling on to Luanda on Thursday to brief the "
         "chairman, the body said in a statement.", "Thursday", "future"),
        # "and" before a verb of its own ends the clause: the later "will" is not the talks' tense
        ("She flew to Suva after talks in Apia on Saturday and will remain in Fiji until Tuesday.",
         "Saturday", "past"),
        # a noun after a determiner is no verb of a schedule; "have" after a modal is no perfect
        ("Xi paid the visits from Monday to Friday at the invitation of the host.", "Monday", "past"),
        ("He will stop over in Madrid, where he will have lunch on Wednesday with the prime minister.",
         "Wednesday", "future"),
        # a hyphenated participle is an adjective, not a past verb
        ("She is scheduled to visit a solar project and a Taiwan-funded hospital wing on Wednesday morning.",
         "Wednesday", "future"),
        # a visit going on now, up to a day, told in a sentence whose verb is past
        ("The king, who is on an official visit to Japan through Thursday, toured the expo.", "Thursday",
         "future"),
        # a leg as the subject, also after an attribution: the adding's tense is not the leg's
        ("A stop in Oslo on Friday has been added to the program.", "Friday", "unknown"),
        ("According to the statement, a stop in Oslo on Friday has been added to the program.", "Friday",
         "unknown"),
        # a purpose after a past stay's day is no plan: the next day is told in the past too, but a
        # schedule's "on Wednesday to visit" stays one
        ("He was in Bissau on Tuesday to meet the president and in Conakry on Wednesday.", "Wednesday",
         "past"),
        ("She arrived on Monday, met the premier on Tuesday and is scheduled on Wednesday to visit a camp.",
         "Wednesday", "future"),
    ],
)
def test_tense_at(sentence: str, word: str, tense: Tense) -> None:
    assert tense_at(sentence, sentence.index(word)) == tense


def test_sentence_tense() -> None:
    assert sentence_tense("Trong died on Friday.") == "past"
    assert sentence_tense("He will travel on Friday.") == "future"
    assert sentence_tense("Blinken heads to Asia.") == "future"  # a schedule in the present
    assert sentence_tense("Blinken in Asia.") == "unknown"


# ---------------------------------------------------------------------------------------------
# Resolution

def res(text: str, anchor: date, tense: Tense) -> list[date]:
    return resolve(only(text), anchor, tense)


def test_weekday_past_future_unknown() -> None:
    # Friday from Monday 2024-07-22: back 3 days, forward 4 days.
    assert res("Friday", MON, "past") == [date(2024, 7, 19)]
    assert res("Friday", MON, "future") == [date(2024, 7, 26)]
    assert res("Friday", MON, "unknown") == [date(2024, 7, 19)]
    assert res("Wednesday", MON, "unknown") == [date(2024, 7, 24)]
    assert res("Monday", MON, "unknown") == [MON]
    assert res("Monday", MON, "past") == [MON]
    assert res("Monday", MON, "future") == [MON]


def test_sunday_anchor() -> None:
    assert dates_in("He will arrive on Sunday.", SUN) == [[SUN]]
    assert dates_in("They met on Sunday.", SUN) == [[SUN]]
    assert dates_in("They met on Saturday.", SUN) == [[date(2024, 7, 27)]]
    assert dates_in("He will leave on Monday.", SUN) == [[date(2024, 7, 29)]]


def test_next_and_last_weekday() -> None:
    assert res("next Tuesday", MON, "unknown") == [date(2024, 7, 23)]
    assert res("next Monday", MON, "past") == [date(2024, 7, 29)]
    assert res("last Monday", MON, "future") == [date(2024, 7, 15)]
    assert res("last Tuesday", MON, "unknown") == [date(2024, 7, 16)]


def test_weekday_with_explicit_date() -> None:
    assert res("Monday (Jul 22)", MON, "future") == [MON]
    assert res("Monday (Jul 22)", date(2024, 7, 25), "future") == [MON]
    assert res("Monday, July 22", date(2024, 7, 20), "past") == [MON]
    assert res("Monday, July 22, 2024", date(2025, 3, 1), "future") == [MON]


def test_lists() -> None:
    assert res("Friday and Saturday", MON, "future") == [date(2024, 7, 26), date(2024, 7, 27)]
    assert res("Friday, Saturday and Sunday", MON, "future") == days("2024-07-26", "2024-07-28")
    # Past: the last item is nearest the anchor, the others come before it.
    assert res("Friday and Saturday", SUN, "past") == [date(2024, 7, 26), date(2024, 7, 27)]
    assert res("Saturday and Sunday", SUN, "past") == [date(2024, 7, 27), SUN]
    # Future lists keep their order past the week end.
    assert res("Saturday and Monday", MON, "future") == [date(2024, 7, 27), date(2024, 7, 29)]
    assert res("July 24, 25 and 26", MON, "future") == days("2024-07-24", "2024-07-26")
    assert res("24 and 25 July", MON, "future") == days("2024-07-24", "2024-07-25")
    assert res("Friday, July 26, and Saturday, July 27", MON, "future") == [
        date(2024, 7, 26), date(2024, 7, 27)
    ]
    # weekdays, then their days: one day for each weekday in turn
    assert res("Friday and Saturday, July 26 and 27", MON, "future") == [date(2024, 7, 26), date(2024, 7, 27)]
    assert find_time_phrases("On Friday and Saturday, July 26 and 27, he was in Rome.")[0].text == (
        "Friday and Saturday, July 26 and 27")


def test_ranges() -> None:
    eleven = days("2024-07-24", "2024-08-03")
    assert len(eleven) == 11
    assert res("from July 24 to August 3", MON, "future") == eleven
    assert res("July 24-Aug. 3", MON, "future") == eleven
    assert res("July 24-Aug. 3", MON, "unknown") == eleven
    assert res("July 24-26", MON, "future") == days("2024-07-24", "2024-07-26")
    assert res("between July 24 and 26", MON, "future") == days("2024-07-24", "2024-07-26")
    assert res("24-26 July", MON, "future") == days("2024-07-24", "2024-07-26")
    assert res("July 24-26, 2024", date(2025, 1, 1), "future") == days("2024-07-24", "2024-07-26")
    assert res("from Monday to Wednesday", MON, "future") == days("2024-07-22", "2024-07-24")
    assert res("2024-07-22 to 2024-07-25", MON, "past") == days("2024-07-22", "2024-07-25")


def test_long_range_gives_endpoints() -> None:
    assert res("from July 1 to October 30", MON, "unknown") == [
        date(2024, 7, 1), date(2024, 10, 30)
    ]


def test_year_boundaries() -> None:
    dec30 = date(2024, 12, 30)
    assert dates_in("He will travel on January 3.", dec30) == [[date(2025, 1, 3)]]
    crossing = days("2024-12-28", "2025-01-03")
    assert res("from Dec. 28 to Jan. 3", dec30, "future") == crossing
    assert res("from Dec. 28 to Jan. 3", dec30, "past") == crossing
    assert res("from Dec. 28 to Jan. 3", dec30, "unknown") == crossing
    assert res("Dec. 28-Jan. 3", date(2025, 1, 10), "past") == crossing
    assert dates_in("They met on December 30.", date(2025, 1, 2)) == [[date(2024, 12, 30)]]
    assert res("December 30 and January 2", date(2025, 1, 5), "past") == [
        date(2024, 12, 30), date(2025, 1, 2)
    ]


def test_month_day_year_rule() -> None:
    # Within two months on the wrong side of the anchor: same year.
    assert res("July 1", MON, "future") == [date(2024, 7, 1)]
    assert res("September 15", MON, "past") == [date(2024, 9, 15)]
    # Beyond two months: the year moves.
    assert res("May 1", MON, "future") == [date(2025, 5, 1)]
    assert res("October 1", MON, "past") == [date(2023, 10, 1)]
    # Unknown: the nearest of the three years.
    assert res("January 10", MON, "unknown") == [date(2025, 1, 10)]   # 172 days on, not 194 back
    assert res("February 10", MON, "unknown") == [date(2024, 2, 10)]  # 163 back, not 203 on
    assert res("February 10", date(2024, 11, 20), "unknown") == [date(2025, 2, 10)]
    # A written year wins.
    assert res("July 24, 2019", MON, "future") == [date(2019, 7, 24)]


def test_relative() -> None:
    assert res("today", MON, "past") == [MON]
    assert res("tomorrow", MON, "past") == [date(2024, 7, 23)]
    assert res("yesterday", MON, "future") == [date(2024, 7, 21)]
    assert res("this morning", MON, "past") == [MON]
    assert res("this evening", MON, "future") == [MON]
    assert res("this week", MON, "future") == []
    assert res("next week", MON, "future") == []
    assert res("in May", MON, "future") == []


def test_impossible_and_odd() -> None:
    assert res("Feb 30", MON, "future") == []
    assert res("February 29", date(2023, 6, 1), "future") == [date(2024, 2, 29)]
    assert resolve(TimePhrase(0, 3, "xyz", "date"), MON, "future") == []
    assert resolve(TimePhrase(0, 0, "", "list"), MON, "past") == []
    assert resolve(only("Saturday"), date.max, "future") == []   # date.max is a Friday
    assert resolve(only("tomorrow"), date.max, "future") == []
    assert resolve(only("Friday"), MON, "sometime") == [date(2024, 7, 19)]  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------
# Published date

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WASHINGTON, July 22, 2024 (AP) — Secretary Blinken will travel on Friday.",
         (date(2024, 7, 22), "dateline")),
        ("HANOI, Vietnam (Reuters) July 22, 2024 - Blinken arrived on Friday.",
         (date(2024, 7, 22), "dateline")),
        ("TOKYO, 22 July 2024 (AFP) - Ministers met on Sunday.",
         (date(2024, 7, 22), "dateline")),
        ("Title here\nDate: 2024-07-22\n\nBlinken heads to Asia.",
         (date(2024, 7, 22), "header")),
        ("Published: July 22, 2024\nBlinken heads to Asia.", (date(2024, 7, 22), "header")),
        ("Some headline\nPublished 22 Jul 2024 08:15 GMT\n\nBlinken heads to Asia on Monday.",
         (date(2024, 7, 22), "header")),
        ("Blinken said on July 22, 2024 that he would travel.\nOn July 30, 2024 he left.",
         (date(2024, 7, 22), "first paragraph")),
        ("Title\nBlinken said on Monday, July 22, 2024, that he would go.\nJuly 30, 2025.",
         (date(2024, 7, 22), "first paragraph")),
        ("Headline\n\nBlinken said on Monday, July 22, 2024, that he would go.\n\nJuly 30, 2025.",
         (date(2024, 7, 22), "first paragraph")),
        # a dateline in title case, its date ended by a dash, then a sentence that names an earlier year
        ("Headline\n\nRome, 5 February 2026 – The head of the fund, in office since 2022, has ended a tour.",
         (date(2026, 2, 5), "dateline")),
        ("Headline\n\nMalé, 11 June 2026 – The President returned late on Wednesday.",
         (date(2026, 6, 11), "dateline")),
        # ... with the country, set off by a dash, as a press release writes it
        ("Headline\n\nGeneva, Switzerland – 3 April 2025 – The Director will travel to Nepal.",
         (date(2025, 4, 3), "dateline")),
        ("Headline\n\nVilnius, 16 April 2026 (LRT English / BNS) – The ministers will travel.",
         (date(2026, 4, 16), "dateline")),
        ("AFRICAN UNION\nPRESS RELEASE N° 147/2025\n\nCommissioner to visit seven states\n\nAddis Ababa, "
         "Ethiopia, 28 August 2025: The Commissioner will visit.", (date(2025, 8, 28), "dateline")),
        ("Headline\n\nJanuary 22, 2026 (PORT SUDAN) – The Prime Minister will embark on a tour.",
         (date(2026, 1, 22), "dateline")),
        ("Headline\n\nRiyadh, December 2/2025 (ENA) – The Minister opened a roadshow on Monday.",
         (date(2025, 12, 2), "dateline")),
        # a date line under a headline that ends like a sentence; bylines with a date
        ('Minister back, says ties "stronger than the headlines"\n\nNewsday Reporter | Saturday 14 March '
         "2026\n\nThe Minister returned on Thursday.", (date(2026, 3, 14), "header")),
        ("Headline\n\nBy Ana Silva in Nation on 16 June 2026\n\nThe presidents agreed.",
         (date(2026, 6, 16), "header")),
        ("Headline\n\nBy JT - Jan 18,2026\n\nThe King received the Patriarch on Sunday.",
         (date(2026, 1, 18), "header")),
        # an upper-case dateline below the headline, its date in dots and no dash after it
        ("Prime Minister arrives in Tehran\n\nDUSHANBE, 12.05.2025 /NIAT Khovar/. On 12 May, the Prime "
         "Minister arrived.", (date(2025, 5, 12), "dateline")),
        # an ambiguous numeric date whose order the months the text names tell ("Dec. 6", no June)
        ("Headline\n\n12/06/2024 09:58 AM\n\nTaipei, Dec. 6 (CNA) President Lai returned late Thursday.",
         (date(2024, 12, 6), "header")),
        # a date line below a letterhead and a title of several lines
        ("DEPARTMENT OF FOREIGN AFFAIRS\nRepublic of the Philippines\n\nJOINT COMMUNIQUE\nON THE STATE VISIT "
         "OF THE PRESIDENT OF PALAU,\nTO THE PHILIPPINES\nMANILA\n\n10 March 2026\n\n1. At the invitation of "
         "the President, the President of Palau paid a state visit.", (date(2026, 3, 10), "header")),
        # a numeric date that reads the same either way, and an ISO time stamp
        ("Headline\n\n03/03/2026\n\nThe minister will visit Kyiv on Thursday.", (date(2026, 3, 3), "header")),
        ("Headline\n\n2026-03-03T09:12:00Z\n\nThe minister will visit Kyiv on Thursday.",
         (date(2026, 3, 3), "header")),
        # dots are written day first ("08.10.2025") or year first ("2025.10.21.")
        ("Headline\nPress release | 08.10.2025\n\nThe Minister will visit Japan.",
         (date(2025, 10, 8), "header")),
        ("HEADLINE\n\nHungary Today | Politics | 2025.10.21. 13:58\n\nHungary will open a trade house.",
         (date(2025, 10, 21), "header")),
    ],
)
def test_find_published(text: str, expected: tuple[date, str]) -> None:
    assert find_published(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Blinken heads to Southeast Asia this week, an official said Monday.",
        "WASHINGTON (AP) — Blinken will travel on July 24.",
        "First paragraph without a year on July 22.\nSecond paragraph on July 23, 2024.",
        # an ambiguous numeric date, in an article whose months do not tell its order
        "Headline\n\nPublished on: 03/06/2025 - 11:20\n\nMacron came home from his tour in May.",
    ],
)
def test_find_published_absent(text: str) -> None:
    assert find_published(text) is None


# ---------------------------------------------------------------------------------------------
# --published

@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-07-22", date(2024, 7, 22)),
        ("July 22, 2024", date(2024, 7, 22)),
        ("22 Jul 2024", date(2024, 7, 22)),
        ("2024/07/08", date(2024, 7, 8)),
        ("22/07/2024", date(2024, 7, 22)),
        ("07/22/2024", date(2024, 7, 22)),
        ("07/07/2024", date(2024, 7, 7)),
        ("2024-07-22 08:15 ICT", date(2024, 7, 22)),
    ],
)
def test_parse_date_option(value: str, expected: date) -> None:
    assert parse_date_option(value) == expected


def test_parse_date_option_iso_ignores_dayfirst() -> None:
    assert parse_date_option("2024-07-08", dayfirst=True) == date(2024, 7, 8)
    assert parse_date_option("2024-07-08", dayfirst=False) == date(2024, 7, 8)


def test_parse_date_option_ambiguous() -> None:
    with pytest.raises(ValueError) as err:
        parse_date_option("07/08/2024")
    assert str(err.value) == "ambiguous date '07/08/2024': say --dayfirst or --monthfirst"
    assert parse_date_option("07/08/2024", dayfirst=True) == date(2024, 8, 7)
    assert parse_date_option("07/08/2024", dayfirst=False) == date(2024, 7, 8)
    with pytest.raises(ValueError, match="ambiguous"):
        parse_date_option("07.08.24")


@pytest.mark.parametrize("value", ["", "not a date", "July 22", "July 2024", "2024-02-30",
                                   "line\nbreak 2024"])
def test_parse_date_option_unreadable(value: str) -> None:
    with pytest.raises(ValueError) as err:
        parse_date_option(value)
    message = str(err.value)
    assert "\n" not in message
    assert repr(value.strip()) in message


# ---------------------------------------------------------------------------------------------
# Trip length

@pytest.mark.parametrize(
    ("text", "days", "days_text", "nations", "nations_text"),
    [
        ("On a 10-day trip that will see him visit Vietnam", 10, "10-day", None, None),
        ("an eight-day tour of Asia", 8, "eight-day", None, None),
        ("a week-long visit to Japan", 7, "week-long", None, None),
        ("a weeklong visit to Japan", 7, "weeklong", None, None),
        ("a two-week tour", 14, "two-week", None, None),
        ("Blinken will begin his six-nation tour in Hanoi", None, None, 6, "six-nation"),
        ("a three-country trip", None, None, 3, "three-country"),
        ("a two-nation swing through Asia", None, None, 2, "two-nation"),
        ("a 10-day, six-nation Asian tour", 10, "10-day", 6, "six-nation"),
        ("his Six-Nation Tour", None, None, 6, "Six-Nation"),
        ("a five-day state visit", 5, "five-day", None, None),
        ("a 24-hour ceasefire and ten-day talks", None, None, None, None),
        ("spent three days in Hanoi", None, None, None, None),
    ],
)
def test_find_trip_length(
    text: str, days: int | None, days_text: str | None, nations: int | None,
    nations_text: str | None,
) -> None:
    found = find_trip_length(text)
    assert (found.days, found.days_text, found.nations, found.nations_text) == (
        days, days_text, nations, nations_text
    )


def test_trip_length_offsets() -> None:
    text = "On a 10-day trip that will see him visit six nations, on his six-nation tour"
    found = find_trip_length(text)
    assert found == TripLength(10, "10-day", 6, "six-nation", 5, 16)
    assert text[found.start : found.end] == "10-day trip"
    assert find_trip_length("") == TripLength(None, None, None, None, None, None)


# ---------------------------------------------------------------------------------------------
# Robustness

@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            list("0123456789 ,.-–()&")
            + ["Monday", "Friday", "July", "Jul.", "May", "Dec", "and", "to", "between", "from",
               "next", "last", "in", "mid", "th", "of", "2024", "today", "week", "this", "24",
               "31", "Sunday Times", "will", "died", "é", "\n"]
        ),
        max_size=40,
    ).map("".join),
    st.dates(),
    st.sampled_from(["past", "future", "unknown"]),
)
def test_never_raises_and_offsets_slice(text: str, anchor: date, tense: Tense) -> None:
    phrases = find_time_phrases(text)
    last_end = 0
    for p in phrases:
        assert text[p.start : p.end] == p.text
        assert p.start >= last_end and p.end > p.start
        last_end = p.end
        for got in resolve(p, anchor, tense):
            assert isinstance(got, date)
        tense_at(text, p.start)
    sentence_tense(text)
    find_trip_length(text)
    find_published(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80), st.dates())
def test_never_raises_on_any_text(text: str, anchor: date) -> None:
    for p in find_time_phrases(text):
        assert text[p.start : p.end] == p.text
        resolve(p, anchor, "unknown")
    find_published(text)
    find_trip_length(text)


JUNK = {
    "weekday lists": "Monday, " * 130_000,
    "ranges": "July 24-" * 130_000,
    "months": "in May " * 150_000,
    "iso-like": "2024-07-22-" * 91_000,
    "digits": "9" * 1_000_000,
    "dashes": "-" * 1_000_000,
    "mixed": "ab 1-,.July Monday will 12 " * 40_000,
}


@pytest.mark.parametrize("name", sorted(JUNK))
def test_one_megabyte_line_is_fast(name: str) -> None:
    line = JUNK[name]
    assert len(line) >= 1_000_000
    started = time.perf_counter()
    find_time_phrases(line)
    sentence_tense(line)
    tense_at(line, len(line) // 2)
    find_trip_length(line)
    find_published(line)
    assert time.perf_counter() - started < 8.0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cooper to visit India\n\n3 February 2026\n\nForeign Secretary Yvette Cooper will travel.",
         date(2026, 2, 3)),
        ("Title of the story\n\nIssued on: 21/02/2026 - 17:42\n\nParis (AFP) - The ministers met.",
         date(2026, 2, 21)),
        ("2025-11-03 16:20:41 | Source: Xinhua\n\nChinese premier to visit Qatar\n\nBEIJING, Nov. 3 -- "
         "Li Qiang will visit.", date(2025, 11, 3)),
        ("Headline here\n\nBy Ana Silva and Tom Wu\nMay 4, 2026 at 7:00 AM GMT+7\n\nThe president will "
         "travel.", date(2026, 5, 4)),
        ("KYODO NEWS - May 26, 2026 - 19:05 | All, Japan, World\n\nTOKYO, May 26 Kyodo - The minister "
         "will visit.", date(2026, 5, 26)),
        ("Date: 23.05.2026\n\nThe minister returned on Saturday.", date(2026, 5, 23)),
        ("King and Queen to visit Mexico\n\nMadrid, Sep 30, 2026 (EFE).- The king will visit Mexico.",
         date(2026, 9, 30)),
        # two places and a lower-case agency name
        ("Minister ends tour\n\nBerlin/Tallinn, April 24, 2026 (dpa) - The minister wrapped up a tour.",
         date(2026, 4, 24)),
    ],
)
def test_find_published_date_lines(text: str, expected: date) -> None:
    found = find_published(text)
    assert found is not None and found[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Title\n\nIssued on: 07/08/2026\n\nThe minister will travel.",  # day or month first: unknown
        "TOKYO, Jan. 6 (Kyodo) -- Foreign Minister Motegi will visit Fiji.",  # no year: not guessed
    ],
)
def test_find_published_does_not_guess(text: str) -> None:
    assert find_published(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on Monday 16 and Tuesday 17 November", ["2026-11-16", "2026-11-17"]),
        ("on Monday 9 and Tuesday 10 February", ["2027-02-09", "2027-02-10"]),
        ("on Friday 13 and Saturday", ["2026-11-13", "2026-11-14"]),  # no month: the weekdays
    ],
)
def test_weekday_with_day_and_a_later_month(text: str, expected: list[str]) -> None:
    [phrase] = find_time_phrases(text)
    assert [d.isoformat() for d in resolve(phrase, date(2026, 11, 9), "future")] == expected


def test_weekday_with_its_day_number_alone() -> None:
    # Anchor Wednesday 2025-08-20: "Thursday 28" is August 28, not the next Thursday (August 21)
    [phrase] = find_time_phrases("will continue on Thursday 28 to Paramaribo")
    assert (phrase.text, resolve(phrase, date(2025, 8, 20), "future")) == ("Thursday 28", [date(2025, 8, 28)])
    # no Friday 13 near the anchor: the weekdays alone
    [phrase] = find_time_phrases("on Friday 13 and Saturday")
    assert resolve(phrase, date(2025, 8, 20), "future") == [date(2025, 8, 22), date(2025, 8, 23)]


def test_weekday_with_its_day_number_in_brackets() -> None:
    # Anchor Friday 2025-10-24: "from Thursday (30) to Sunday (2)" runs across the month's end
    [phrase] = find_time_phrases("will remain from Thursday (30) to Sunday (2).")
    assert phrase.text == "Thursday (30) to Sunday (2)"
    days = resolve(phrase, date(2025, 10, 24), "future")
    assert days == [date(2025, 10, 30) + timedelta(days=k) for k in range(4)]


def test_weekday_then_a_number_that_is_not_a_day() -> None:
    [phrase] = find_time_phrases("on Monday 16 people died")
    assert phrase.text == "Monday"


def test_a_date_line_below_a_standfirst() -> None:
    text = ("NATO chief presses allies\n\nThe secretary general urged allies to buy more.\n\n"
            "March 10, 2026\n\nThe secretary general visited Stockholm on Tuesday.")
    assert find_published(text) == (date(2026, 3, 10), "header")


def test_a_place_and_date_line_below_a_standfirst() -> None:
    text = ("NATO deputy in Pristina\n\nThe deputy secretary general arrived in Kosovo on Wednesday.\n\n"
            "Pristina, 15 October 2025\n\nShe landed in Pristina on Wednesday morning.")
    assert find_published(text) == (date(2025, 10, 15), "header")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first sentence says what happened on a weekday: the dateline's day fell on it
        ("VILNIUS, Sept 9 (Reuters) - Ana Silva said on Tuesday she would stay.",
         (date(2025, 9, 9), "Tuesday")),
        ("A headline\n\nNew Delhi, Feb 9 (PTI) Silva will travel on Thursday, officials announced on Monday.",
         (date(2026, 2, 9), "Monday")),
        # the country in brackets after the place, as ANI writes it
        ("New Delhi [India], September 24 (ANI): India and Oman on Wednesday agreed to expand exercises.",
         (date(2025, 9, 24), "Wednesday")),
        # the latest weekday of the lede is the dateline's day ("on Tuesday" was the day before)
        ("DOHA, Feb 4 (AFP) - Ana Silva held talks on Tuesday.\n\nSilva, who arrived on Monday evening, "
         "left Qatar on Wednesday morning for Kuwait.", (date(2026, 2, 4), "Wednesday")),
        # a weekday with its own date is not the dateline's day
        ("ROME, Oct 13 (Reuters) - Ana Silva will visit Peru, the office said on Tuesday. She lands "
         "on Thursday, Nov. 26.", (date(2026, 10, 13), "Tuesday")),
        # a weekday of the future is a later day, not the dateline's
        ("VILNIUS, Sept 9 (Reuters) - Ana Silva will travel on Tuesday.", None),
        # no recent year had that weekday on that day
        ("VILNIUS, Sept 9 (Reuters) - Ana Silva said on Monday she would stay.", None),
        # a dateline with its year is find_published's, and no dateline at all gives nothing
        ("VILNIUS, Sept 9, 2025 (Reuters) - Ana Silva said on Tuesday she would stay.", None),
        ("Ana Silva said on Tuesday she would stay.", None),
    ],
)
def test_dateline_year(text: str, expected: tuple[date, str] | None) -> None:
    assert dateline_year(text, date(2026, 11, 27)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She lands in Lima on Monday, February 16, and leaves on Wednesday.",
         (date(2026, 2, 16), "Monday, February 16")),
        ("talks on Tuesday 3 March", (date(2026, 3, 3), "Tuesday 3 March")),
        ("a summit on Friday, the 6th of March", (date(2026, 3, 6), "Friday, the 6th of March")),
        ("the ministry said on Saturday (May 9)", (date(2026, 5, 9), "Saturday (May 9)")),
        # Feb 16 fell on no Wednesday from 2024-11-27 to 2027-11-28: the next pair gives the year
        ("on Wednesday, February 16 or Thursday, March 5", (date(2026, 3, 5), "Thursday, March 5")),
        # a year written beside it is the phrase's own; a weekday alone gives nothing
        ("on Monday, February 16, 2026", None),
        ("She lands in Lima on Monday.", None),
    ],
)
def test_weekday_date(text: str, expected: tuple[date, str] | None) -> None:
    assert weekday_date(text, date(2026, 11, 27)) == expected


def test_without_the_writing_day_only_day_numbers_resolve() -> None:
    anchor = date(2026, 2, 16)
    day, weekday = find_time_phrases("from Feb. 18 to 20")[0], find_time_phrases("on Wednesday")[0]
    assert resolve(day, anchor, "future", day_known=False) == [date(2026, 2, d) for d in (18, 19, 20)]
    assert resolve(weekday, anchor, "future", day_known=False) == []
    assert resolve(weekday, anchor, "future") == [date(2026, 2, 18)]


def test_a_dated_attribution_sets_no_tense_for_the_days_before_it() -> None:
    s = ("Ana Silva will begin the tour in Lima on Monday, travel to Quito on Wednesday, and finish in "
         "Bogota on Friday and Saturday, her office said on Sunday.")
    tenses = [tense_at(s, s.find(day)) for day in ("Monday", "Friday", "Sunday")]
    assert tenses == ["future", "future", "past"]


def test_a_long_attribution_sets_no_tense_either() -> None:
    s = ("On Thursday Ana Silva is due to travel to Samarkand, where she will meet students, before flying "
         "on Friday to Ashgabat for talks, the Federal President's Office in Berlin said.")
    assert tense_at(s, s.find("Friday")) == "future"


@pytest.mark.parametrize("sentence", ["the 14th Dalai Lama spoke", "at the 43rd session of the body",
                                      "victims of the 2019 Easter Sunday bombings", "since Good Friday"])
def test_an_ordinal_before_a_word_and_a_named_day_are_no_days(sentence: str) -> None:
    assert find_time_phrases(sentence) == []


@pytest.mark.parametrize(
    ("tense", "expected"),
    [("future", date(2026, 5, 14)), ("past", date(2026, 4, 14)), ("unknown", date(2026, 4, 14))],
)
def test_a_day_of_the_month_alone_is_the_nearest_one_in_the_tense(tense: Tense, expected: date) -> None:
    [phrase] = find_time_phrases("She arrives on the 14th.")
    assert resolve(phrase, date(2026, 4, 24), tense) == [expected]


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        ("The Grand Duke and Grand Duchess leave on Tuesday for a state visit, the first since he "
         "succeeded his father in October.", "future"),
        ("They did not leave on Tuesday.", "past"),  # "did" says the tense
        ("He arrived on Sunday for an official visit that runs until Tuesday.", "future"),
    ],
)
def test_a_plural_subjects_schedule_in_the_present(sentence: str, tense: Tense) -> None:
    assert tense_at(sentence, sentence.index("Tuesday")) == tense


def test_a_stay_said_right_after_one_of_two_stops() -> None:
    text = ("Trade Minister Ana Silva met officials in Sao Paulo on Monday and Tuesday and arrived in "
            "Buenos Aires on Wednesday for two days of talks with exporters, the ministry said.")
    trip = parse(text, published=date(2025, 9, 18))
    assert [(s.code, s.dates) for s in trip.stops] == [
        ("BR", ("2025-09-15", "2025-09-16")), ("AR", ("2025-09-17", "2025-09-18"))]


def test_each_range_right_after_its_country() -> None:
    text = ("BEIJING, Oct. 25 (Xinhua) -- Vice Premier Ana Silva paid official visits to Kazakhstan from "
            "Oct. 20 to 22 and Kyrgyzstan from Oct. 22 to 24 at the invitation of the two countries. In "
            "Astana, Silva met the president. In Bishkek, Silva met the president.")
    trip = parse(text, published=date(2025, 10, 25))
    assert [(s.code, s.dates) for s in trip.stops] == [
        ("KZ", ("2025-10-20", "2025-10-21", "2025-10-22")),
        ("KG", ("2025-10-22", "2025-10-23", "2025-10-24"))]


def test_a_day_before_moving_on_to_a_dated_stop_is_the_stop_before() -> None:
    text = ("ABIDJAN, March 11 (Reuters) - Bank president Ana Silva arrived in Abidjan on Wednesday. She "
            "will meet President Tom Berg on Thursday before travelling to Accra on Friday, the final leg.")
    trip = parse(text, published=date(2026, 3, 11))
    assert [(s.code, s.dates) for s in trip.stops] == [
        ("CI", ("2026-03-11", "2026-03-12")), ("GH", ("2026-03-13",))]


@pytest.mark.parametrize(
    ("sentence", "end"),
    [
        ("MASERU - King Tom Berg returned home.", 9),
        ("PORT LOUIS — Ana Silva left.", 13),
        ("KYIV, 1 June 2026 – Ana Silva left.", 19),
        ("Accra (dpa) - Ana Silva left.", 14),
        ("NEW DELHI: Ana Silva left.", 11),
        ("Kathmandu, Nov 27: Ana Silva left.", 19),
        ("Nairobi, Kenya - Ana Silva left.", 17),
        ("Nairobi - Ana Silva left.", 10),
        ("Santo Domingo.- Ana Silva left.", 16),
        ("San José.- Ana Silva left.", 11),
        ("Kathmandu / Dhaka, 14 October 2025 – Ana Silva left.", 37),  # two places of one mission
        ("A - b", 0),  # a lone capital is no place
        ("Ana Silva - the minister - left.", 0),
        ("AUCKLAND, 3–6 November.", 0),  # a diary's heading: a dash between days is no dateline's
    ],
)
def test_where_a_dateline_ends(sentence: str, end: int) -> None:
    assert dateline_end(sentence) == end


def test_two_weekdays_with_a_range_of_their_dates() -> None:
    [phrase] = find_time_phrases("he is expected on Friday and Saturday, July 4-5, and is due")
    assert (phrase.text, resolve(phrase, date(2025, 6, 27), "future")) == (
        "Friday and Saturday, July 4-5", [date(2025, 7, 4), date(2025, 7, 5)])


def test_a_long_attribution_after_the_day_does_not_set_its_tense() -> None:
    text = ("Secretary General Ana Silva will spend Monday and Tuesday in Abuja before flying to Malabo on "
            "Wednesday, the Vienna-based Organization of the Petroleum Exporting Countries said in a "
            "statement.")
    assert [(p.text, tense_at(text, p.start)) for p in find_time_phrases(text)] == [
        ("Monday and Tuesday", "future"), ("Wednesday", "future")]


def test_a_dateline_is_dated_by_another_past_weekday_of_the_lede_when_the_likeliest_fits_no_year() -> None:
    # Monday and Friday are both told in the past: Monday before the longer gap is tried first, and
    # fits no recent year for Aug. 7; Friday does (2026)
    text = ("Taipei, Aug. 7 (CNA) Prime Minister Tom Berg on Friday concluded a five-day visit to Taiwan.\n\n"
            "On Monday, Berg was received by the president at the Presidential Office.")
    assert dateline_year(text, date(2026, 11, 27)) == (date(2026, 8, 7), "Friday")


def test_a_line_of_prose_with_a_comma_before_its_date_is_no_dateline() -> None:
    # not "Place, June 8": the line's date is a day of the trip, not the day the article was written
    text = ("Minister returns from Europe\n\nThe delegation left for Geneva on Monday, June 8, and met the "
            "director-general there on Monday afternoon.")
    assert dateline_year(text, date(2026, 11, 27)) is None
