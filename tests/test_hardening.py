"""Hardening: `parse()` never raises on any text, its output keeps its invariants, and its running
time grows linearly with the input, also on inputs built to make a parser backtrack or rescan.

Invariants of every `Trip`: stop orders are 1..n; every evidence span lies inside the text and
`text[start:end]` is the evidence's sentence; quotes and topics point at valid stops and sentences;
`to_dict()` survives a JSON round trip unchanged.

Linearity is asserted without wall-clock limits: the parse time at size 4n over the time at size n
(best of two runs) must stay under 8, where linear work gives about 4 and quadratic work 16.
"""

from __future__ import annotations

import json
import random
import re
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from itinerary.model import Evidence, Trip
from itinerary.parse import dates as _dates
from itinerary.parse import parse
from itinerary.parse.people import find_people
from itinerary.parse.places import gazetteer
from itinerary.parse.quotes import find_quotes
from itinerary.parse.text import split_sentences
from itinerary.parse.topics import acronyms, find_phrases

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "corpus").glob("*.txt"))
TEXTS = [p.read_text("utf-8") for p in ARTICLES]
_SENTENCE_BREAK = re.compile(r"(?<=[.!?”\"])\s+|\n+")
VOCABULARY = sorted({w for t in TEXTS for w in t.split()})

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# --------------------------------------------------------------------------------------------
# Invariants


def _evidence(trip: Trip) -> Iterator[Evidence]:
    for stop in trip.stops:
        yield from stop.evidence
    for person in trip.people:
        yield from person.evidence
        for quote in person.quotes:
            yield quote.evidence
    for topic in trip.topics:
        if topic.evidence is not None:
            yield topic.evidence
    for event in trip.events:
        if event.evidence is not None:
            yield event.evidence
    for change in trip.changes:
        yield change.evidence


def check_invariants(text: str, trip: Trip) -> None:
    orders = [stop.order for stop in trip.stops]
    assert orders == list(range(1, len(orders) + 1))
    for evidence in _evidence(trip):
        assert 0 <= evidence.start <= evidence.end <= len(text), evidence
        assert text[evidence.start:evidence.end] == evidence.sentence, evidence
    known = set(orders)
    for person in trip.people:
        assert set(person.stops) <= known, (person.name, person.stops, orders)
        assert person.mentions >= 1
        for quote in person.quotes:
            assert quote.text in quote.evidence.sentence, quote
    for topic in trip.topics:
        assert topic.kind in ("event", "theme")
        assert topic.stop is None or topic.stop in known, topic
    for event in trip.events:
        assert event.phrase, event
    as_dict = trip.to_dict()
    assert json.loads(json.dumps(as_dict)) == as_dict


def parse_checked(text: str, published: date | None = None) -> Trip:
    trip = parse(text, published=published)
    check_invariants(text, trip)
    return trip


# --------------------------------------------------------------------------------------------
# Property tests


def test_real_articles_keep_the_invariants() -> None:
    assert len(ARTICLES) >= 2
    for text in TEXTS:
        trip = parse_checked(text)
        assert trip.stops, "a real article has stops"
        parse_checked(text, date(2024, 7, 22))


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", ".", "“", "\"", "Mr.", "U.S.", "—", "\u2028",
                                  "A. B. C.", "In.", "Visit", "visit France", "France."])
def test_tiny_inputs(text: str) -> None:
    parse_checked(text)


@FUZZ
@given(st.text(), st.none() | st.dates(min_value=date(1901, 1, 1), max_value=date(2099, 12, 31)))
def test_arbitrary_text_never_raises(text: str, published: date | None) -> None:
    parse_checked(text, published)


_PUNCTUATION = st.sampled_from([".", ",", ";", ":", "!", "?", "-", "—", "'", '"', "“", "”", "‘",
                                "’", "(", ")", "\n", "\n\n", " ", "  ", "\t", "Mr.", "U.S.", "s"])


@FUZZ
@given(st.lists(st.sampled_from(VOCABULARY) | _PUNCTUATION, max_size=300))
def test_article_words_in_any_order(words: list[str]) -> None:
    parse_checked(" ".join(words))


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_BREAK.split(text) if s]


_MUTATIONS = ("drop", "shuffle", "duplicate", "upper", "lower", "truncate", "no_spaces", "no_newlines")


@st.composite
def mutated_articles(draw: st.DrawFn) -> str:
    """A real article with sentences dropped, shuffled, duplicated, cased, truncated, joined."""
    text = draw(st.sampled_from(TEXTS))
    sentences = _sentences(text)
    rng = random.Random(draw(st.integers(0, 2**32 - 1)))
    separator = " "
    for mutation in draw(st.lists(st.sampled_from(_MUTATIONS), min_size=1, max_size=4)):
        if not sentences:
            break
        pick = rng.randrange(len(sentences))
        if mutation == "drop":
            keep = draw(st.floats(0.1, 0.9))
            sentences = [s for s in sentences if rng.random() < keep]
        elif mutation == "shuffle":
            rng.shuffle(sentences)
        elif mutation == "duplicate":
            sentences[pick:pick] = [sentences[pick]] * rng.randint(1, 4)
        elif mutation == "upper":
            sentences[pick] = sentences[pick].upper()
        elif mutation == "lower":
            sentences = [s.lower() for s in sentences]
        elif mutation == "truncate":
            joined = separator.join(sentences)
            cut = draw(st.integers(0, len(joined)))
            sentences = [joined[:cut]]
        elif mutation == "no_spaces":
            separator = ""
        elif mutation == "no_newlines":
            sentences = [s.replace("\n", " ") for s in sentences]
    return separator.join(sentences)


@FUZZ
@given(mutated_articles(), st.none() | st.just(date(2024, 7, 22)))
def test_mutated_articles_never_raise(text: str, published: date | None) -> None:
    parse_checked(text, published)


@FUZZ
@given(st.sampled_from(TEXTS), st.integers(0, 10_000), st.integers(0, 10_000))
def test_any_slice_of_an_article(text: str, a: int, b: int) -> None:
    start, end = sorted((a % (len(text) + 1), b % (len(text) + 1)))
    parse_checked(text[start:end])


def test_article_without_spaces_or_in_capitals() -> None:
    for text in TEXTS[:6]:
        parse_checked(text.replace(" ", ""))
        parse_checked(text.upper())
        parse_checked(text.lower())
        parse_checked("".join(_sentences(text)))


# --------------------------------------------------------------------------------------------
# Linearity: adversarial inputs at size n and 4n

LINEAR = 8.0  # the bound on t(4n) / t(n): linear work gives about 4, quadratic work 16


def _best(run: Callable[[], object], times: int) -> float:
    best = float("inf")
    for _ in range(times):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return best


def growth(make: Callable[[int], str], n: int, stage: Callable[[str], object] = parse) -> float:
    """t(4n) / t(n) for `stage` on `make(n)`, best of two runs each (the large input once more
    only if the first figure is over the bound: a slow run from a busy machine gets a retry)."""
    small, large = make(n), make(4 * n)
    stage(small)  # warm up: the gazetteer, compiled patterns
    t_small = _best(lambda: stage(small), 2)
    t_large = _best(lambda: stage(large), 1)
    if t_large / t_small >= LINEAR:
        t_small = min(t_small, _best(lambda: stage(small), 1))
        t_large = min(t_large, _best(lambda: stage(large), 2))
    return t_large / t_small


def own_stages(text: str) -> None:
    """The stages below the pipeline, stops and timing, as `parse` calls them: sentences, places,
    people, quotes, agenda phrases, time phrases with their tense, trip length, article date (so
    that a regression there shows apart from the rest of `parse`)."""
    sentences = split_sentences(text)
    places = gazetteer().scan(text)
    people = find_people(text, sentences, places)
    find_quotes(sentences, people)
    short_forms = acronyms(text)
    for sentence in sentences:
        people.in_sentence(sentence.index)
        find_phrases(sentence.text, short_forms)
        for phrase in _dates.find_time_phrases(sentence.text):
            _dates.tense_at(sentence.text, phrase.start)
    _dates.find_trip_length(text)
    _dates.find_published(text)


def _words(rng: random.Random, count: int) -> list[str]:
    consonants, vowels = "BCDFGHJKLMNPRSTVWZ", "aeiounrstl"
    return [rng.choice(consonants) + "".join(rng.choice(vowels) for _ in range(rng.randint(2, 7)))
            for _ in range(count)]


def capitalised_words(n: int) -> str:
    """n random capitalised words, no punctuation: one sentence that is one run of would-be names."""
    return " ".join(_words(random.Random(n), n))


def punctuation(n: int) -> str:
    rng = random.Random(n)
    return "".join(rng.choice(".,;:!?-—'\"") for _ in range(n))


def one_line(n: int) -> str:
    """n characters of article prose (all the bundled and corpus articles) with no newline."""
    line = " ".join(t.replace("\n", " ") for t in TEXTS)
    return (line * (n // len(line) + 1))[:n]


def abbreviations(n: int) -> str:
    rng = random.Random(n)
    return " ".join(rng.choice(["Mr.", "U.S.", "Mrs.", "Dr.", "U.N.", "Gen."]) for _ in range(n))


_COUNTRIES = ["France", "Spain", "Portugal", "Germany", "Poland", "Austria", "Hungary", "Greece"]


def country_lists(n: int) -> str:
    """n sentences, each a tour list of nine countries."""
    return " ".join([f"The minister will visit {', '.join(_COUNTRIES)} and Italy."] * n)


def one_long_list(n: int) -> str:
    """One sentence listing n country names."""
    rng = random.Random(n)
    return "He will visit " + ", ".join(rng.choice(_COUNTRIES) for _ in range(n)) + " and Italy."


def quotations(n: int) -> str:
    """n quotations, with named and pronoun speakers."""
    lines = [
        "“We will work together on this,” Secretary of State Antony Blinken said.",
        "Blinken said: “It has never been stronger than today.”",
        "“It is a good day for both,” he said.",
    ]
    return " ".join(lines[k % 3] for k in range(n))


def open_quotations(n: int) -> str:
    """Opening quotation marks that never close."""
    return " ".join(["“We will", "visit Japan", "\"and", "Blinken said"] * (n // 4))


def dates_everywhere(n: int) -> str:
    """n sentences, each with a visit and a time phrase."""
    parts = ["on Monday, July 22, 2024", "from July 24 to Aug. 3", "24, 25 and 26 July", "next week",
             "Friday and Saturday", "between 3 and 5 May"]
    return " ".join(f"He will visit Japan {parts[k % len(parts)]}." for k in range(n))


def one_sentence_of_dates(n: int) -> str:
    """One sentence of n weekdays and dates: many time phrases in one clause."""
    days = ["Monday", "July 24", "Friday", "Aug. 3"]
    return "He will meet leaders on " + ", ".join(days[k % 4] for k in range(n)) + "."


def many_people(n: int) -> str:
    """n people, each named in full with a title and then by surname."""
    rng = random.Random(n)
    firsts, lasts = _words(rng, n), _words(rng, n)
    return " ".join(
        f"Foreign Minister {first} {last} met Blinken in Tokyo. {last} said the talks went well."
        for first, last in zip(firsts, lasts, strict=True)
    )


def clause_chain(n: int) -> str:
    """One sentence of n agenda verbs and no punctuation: every phrase's clause runs to its end."""
    return "He will " + "attend the meeting and meet Prime Minister Kishida and " * n + "leave."


def hyphen_chain(n: int) -> str:
    """One word of n capitalised parts joined by hyphens, before an acronym."""
    return "-".join(["Ab"] * n) + " Council of Nations (ACN) and the Sino-Arab Forum (SAF) met."


def the_run(n: int) -> str:
    """n capitalised function words in a row: one run of capitalised words to strip."""
    return "The " * n + "Minister visited Japan."


def white_space_runs(n: int) -> str:
    """Long runs of spaces and tabs inside sentences, between agenda verbs and time phrases."""
    gap = " \t" * n
    return f"Blinken will attend the{gap}summit on{gap}Monday, and meet{gap}leaders in Japan{gap}."


def meetings(n: int) -> str:
    """n titled names, each met: many "meet" phrases naming people in one sentence."""
    return " ".join(["Prime Minister Fumio Kishida", "met"] * n) + " Blinken."


ADVERSARIAL: list[tuple[Callable[[int], str], int]] = [
    (capitalised_words, 25_000),  # 100,000 capitalised words at 4n
    (punctuation, 50_000),  # 200,000 marks at 4n
    (one_line, 250_000),  # a 1 MB single line at 4n
    (abbreviations, 15_000),  # 60,000 "Mr." / "U.S." at 4n
    (country_lists, 600),  # 2,400 "will visit France, ... and Italy" sentences at 4n
    (one_long_list, 2_500),  # 10,000 countries in one list at 4n
    (quotations, 6_000),  # 24,000 quotations at 4n
    (open_quotations, 6_000),
    (dates_everywhere, 1_500),
    (one_sentence_of_dates, 4_000),
    (many_people, 600),
    (clause_chain, 1_000),
    (hyphen_chain, 10_000),
    (the_run, 20_000),
    (white_space_runs, 20_000),
    (meetings, 2_000),
]
@pytest.mark.parametrize(("make", "n"), [pytest.param(m, n, id=m.__name__) for m, n in ADVERSARIAL])
def test_parse_is_linear(make: Callable[[int], str], n: int) -> None:
    ratio = growth(make, n)
    assert ratio < LINEAR, f"{make.__name__}: t(4n)/t(n) = {ratio:.1f}"


@pytest.mark.parametrize(("make", "n"), [pytest.param(m, n, id=m.__name__) for m, n in ADVERSARIAL])
def test_own_stages_are_linear(make: Callable[[int], str], n: int) -> None:
    ratio = growth(make, n, own_stages)
    assert ratio < LINEAR, f"{make.__name__}: t(4n)/t(n) = {ratio:.1f}"


@pytest.mark.parametrize(("make", "n"), [pytest.param(m, n, id=m.__name__) for m, n in ADVERSARIAL])
def test_adversarial_inputs_keep_the_invariants(make: Callable[[int], str], n: int) -> None:
    parse_checked(make(min(n, 500)))
