"""The trip model from `parse()`: orders, evidence spans, JSON round trips."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from itinerary.model import Evidence, Trip
from itinerary.parse import parse
from itinerary.render import to_json


def evidence_of(trip: Trip) -> Iterator[tuple[str, Evidence]]:
    """Every Evidence in the model, with where it sits."""
    for stop in trip.stops:
        for e in stop.evidence:
            yield f"stop {stop.order}", e
    for person in trip.people:
        for e in person.evidence:
            yield f"person {person.name}", e
        for quote in person.quotes:
            yield f"quote of {person.name}", quote.evidence
    for topic in trip.topics:
        if topic.evidence is not None:
            yield f"topic {topic.text}", topic.evidence
    for event in trip.events:
        if event.evidence is not None:
            yield f"event {event.text}", event.evidence
    for change in trip.changes:
        yield f"change {change.text}", change.evidence


def check_invariants(trip: Trip, text: str) -> None:
    assert [s.order for s in trip.stops] == list(range(1, len(trip.stops) + 1))
    for where, e in evidence_of(trip):
        assert 0 <= e.start <= e.end <= len(text), where
        assert text[e.start:e.end] == e.sentence, where
    for topic in trip.topics:
        assert topic.kind in ("event", "theme")
        if topic.stop is not None:
            assert 1 <= topic.stop <= len(trip.stops)
    orders = {s.order for s in trip.stops}
    for person in trip.people:
        assert set(person.stops) <= orders, person
    data = trip.to_dict()
    assert json.loads(to_json(data)) == data


@pytest.fixture(scope="module")
def trip(article_text: str) -> Trip:
    return parse(article_text, source="article.txt")


def test_stop_orders(trip: Trip) -> None:
    assert [s.order for s in trip.stops] == [1, 2, 3, 4, 5, 6]
    assert [s.code for s in trip.stops] == ["VN", "LA", "JP", "PH", "SG", "MN"]


def test_every_stop_has_evidence(trip: Trip) -> None:
    for stop in trip.stops:
        assert stop.evidence, stop


def test_every_evidence_slices_back(trip: Trip, article_text: str) -> None:
    found = list(evidence_of(trip))
    assert len(found) > 20
    for where, e in found:
        assert article_text[e.start:e.end] == e.sentence, where


def test_quotes_are_in_their_sentences(trip: Trip) -> None:
    quotes = [(p.name, q) for p in trip.people for q in p.quotes]
    assert [name for name, _ in quotes] == ["Daniel Kritenbrink", "Daniel Kritenbrink"]
    for _, quote in quotes:
        assert quote.text.rstrip(",.") in quote.evidence.sentence


def test_topics_belong_to_stops(trip: Trip) -> None:
    countries = {s.order: s.country for s in trip.stops}
    for topic in trip.topics:
        if topic.stop is None:
            assert topic.country is None
        else:
            assert topic.country == countries[topic.stop]


def test_mentioned_not_stops(trip: Trip) -> None:
    assert set(trip.mentioned) == {"United States", "China", "Australia", "India"}
    assert not set(trip.mentioned) & {s.country for s in trip.stops}


def test_json_round_trip(trip: Trip, article_text: str) -> None:
    data = trip.to_dict()
    assert json.loads(to_json(data)) == data
    assert data["source"] == "article.txt"
    assert list(data["stops"][0]) == ["order", "country", "code", "city", "cities", "when", "dates",
                                      "events", "companions", "evidence"]
    check_invariants(trip, article_text)


def test_parse_is_deterministic(article_text: str, trip: Trip) -> None:
    assert parse(article_text, source="article.txt") == trip


def test_empty_text() -> None:
    trip = parse("")
    assert trip.stops == () and trip.people == ()
    check_invariants(trip, "")


def _sentences(text: str) -> list[str]:
    from itinerary.parse.text import split_sentences

    return [s.text for s in split_sentences(text)]


MUTATIONS = ["drop", "shuffle", "duplicate", "upper", "lower", "truncate", "join"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(mutation=st.sampled_from(MUTATIONS), seed=st.integers(0, 2**32 - 1))
def test_mutated_article_keeps_invariants(article_text: str, mutation: str, seed: int) -> None:
    rng = random.Random(seed)
    sentences = _sentences(article_text)
    if mutation == "drop":
        sentences = [s for s in sentences if rng.random() > 0.4]
        text = "\n".join(sentences)
    elif mutation == "shuffle":
        rng.shuffle(sentences)
        text = " ".join(sentences)
    elif mutation == "duplicate":
        text = "\n".join(s for s in sentences for _ in range(rng.randint(1, 3)))
    elif mutation == "upper":
        text = article_text.upper()
    elif mutation == "lower":
        text = article_text.lower()
    elif mutation == "truncate":
        text = article_text[: rng.randint(0, len(article_text))]
    else:
        text = "".join(sentences)
    check_invariants(parse(text), text)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_text_keeps_invariants(text: str) -> None:
    check_invariants(parse(text), text)
