"""Quotations and who said them: a named speaker beside a speech verb, or "he said" after one."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from itinerary.parse.lexicon import SPEECH_VERBS
from itinerary.parse.patterns import compiled
from itinerary.parse.people import People
from itinerary.parse.text import Sentence

_QUOTATION = compiled(r"[“\"]([^”\"]{1,2000})[”\"]")
_WORD = compiled(r"[\w’'-]+")
_PRONOUN_SPEECH = compiled(
    r"\b(?:he|she|they)\s+(?:" + "|".join(sorted(SPEECH_VERBS)) + r")\b"
    r"|\b(?:" + "|".join(sorted(SPEECH_VERBS)) + r")\s+(?:he|she|they)\b",
    re.IGNORECASE,
)
# Every match of _PRONOUN_SPEECH holds one of these as a whole word: a cheap test to run first.
_PRONOUN = compiled(r"\b(?:he|she|they)\b", re.IGNORECASE)
_MIN_WORDS = 4
_LOOKBACK = 3  # sentences a pronoun may reach back for its speaker


@dataclass(frozen=True, slots=True)
class QuoteFound:
    """A quotation, its person (index into People.records) and its sentence."""

    person: int
    text: str
    sentence: int


def find_quotes(sentences: Sequence[Sentence], people: People) -> list[QuoteFound]:
    """Quotations of four words or more, attributed to a speaker when the prose names one."""
    found: list[QuoteFound] = []
    last_speaker: tuple[int, int] | None = None  # (person, sentence)
    for sentence in sentences:
        speaker = _named_speaker(sentence, people)
        if (
            speaker is None
            and last_speaker
            and sentence.index - last_speaker[1] <= _LOOKBACK
            and _PRONOUN.search(sentence.text)
            and _PRONOUN_SPEECH.search(sentence.text)
        ):
            speaker = last_speaker[0]
        if speaker is None:
            continue
        last_speaker = (speaker, sentence.index)
        for match in _QUOTATION.finditer(sentence.text):
            words = _WORD.findall(match.group(1))
            if len(words) >= _MIN_WORDS:
                found.append(QuoteFound(speaker, match.group(1).strip().rstrip(",;:"), sentence.index))
    return found


def _named_speaker(sentence: Sentence, people: People) -> int | None:
    """A person named right before or after a speech verb ("X said", "said X", "according to X")."""
    text = sentence.text
    for mention in people.sentence_mentions(sentence.index):
        if mention.end <= mention.start:
            continue
        start, end = mention.start - sentence.start, mention.end - sentence.start
        after = _WORD.findall(text[end:end + 40])
        before = _WORD.findall(text[max(0, start - 40):start])
        after_word = after[0].lower() if after else ""
        if after_word in ("’s", "'s") and len(after) > 1:
            after_word = after[1].lower()
        if after_word in SPEECH_VERBS or (before and before[-1].lower() in SPEECH_VERBS):
            return mention.person
        if len(before) >= 2 and [w.lower() for w in before[-2:]] == ["according", "to"]:
            return mention.person
        if text[end:end + 2] == ", " and _appositive_then_speech(text[end + 2:end + 160]):
            return mention.person
    return None


def _appositive_then_speech(rest: str) -> bool:
    """ "X, a senior official, said" — the speech verb after a short appositive."""
    comma = rest.find(",")
    if comma == -1 or comma > 120:
        return False
    words = _WORD.findall(rest[comma:comma + 20])
    return bool(words) and words[0].lower() in SPEECH_VERBS
