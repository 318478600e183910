"""Text primitives: sentences with offsets, tokens, length-preserving folding."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from itinerary.parse.text import fold, split_sentences, tokens


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_abbreviations_do_not_split() -> None:
    text = (
        "The U.S. envoy met Mr. Smith and Dr. Jones in Washington, D.C. on Monday. "
        "Indian Foreign Minister S. Jaishankar arrived later. He left at 5 p.m. Tuesday. "
        "Prime Minister the Hon. Ana Silva returned."
    )
    assert texts(text) == [
        "The U.S. envoy met Mr. Smith and Dr. Jones in Washington, D.C. on Monday.",
        "Indian Foreign Minister S. Jaishankar arrived later.",
        "He left at 5 p.m. Tuesday.",
        "Prime Minister the Hon. Ana Silva returned.",
    ]


def test_sentence_ends() -> None:
    text = "Will he go? Yes! “We are ready,” he said. (It was late.) Then he left."
    assert texts(text) == ["Will he go?", "Yes!", "“We are ready,” he said.", "(It was late.)",
                           "Then he left."]


def test_closing_quote_after_full_stop() -> None:
    text = "He said the trip was “historic.” The minister agreed."
    assert texts(text) == ["He said the trip was “historic.”", "The minister agreed."]


def test_lower_case_after_dot_does_not_split() -> None:
    assert texts("The talks ended at approx. noon on Friday.") == [
        "The talks ended at approx. noon on Friday."
    ]


def test_paragraphs() -> None:
    sentences = split_sentences("First line. Second sentence.\n\nNew paragraph")
    assert [(s.text, s.paragraph) for s in sentences] == [
        ("First line.", 0), ("Second sentence.", 0), ("New paragraph", 1)
    ]
    assert [s.index for s in sentences] == [0, 1, 2]


def test_offsets_slice_back(article_text: str) -> None:
    sentences = split_sentences(article_text)
    assert len(sentences) == 18
    for s in sentences:
        assert article_text[s.start:s.end] == s.text
        assert s.text == s.text.strip()


@given(st.text(alphabet=st.sampled_from(list("Ab. ?!\n“”\"'()U.S")), max_size=200))
def test_offsets_slice_back_any_text(text: str) -> None:
    previous_end = 0
    for s in split_sentences(text):
        assert text[s.start:s.end] == s.text
        assert s.text and s.text == s.text.strip()
        assert s.start >= previous_end
        previous_end = s.end


def test_tokens() -> None:
    text = "Blinken’s trip with S. Jaishankar and people-to-people ties in 2024"
    found = tokens(text)
    assert [t.text for t in found] == ["Blinken", "trip", "with", "S.", "Jaishankar", "and",
                                       "people-to-people", "ties", "in"]
    assert found[0].possessive and not found[1].possessive
    assert found[0].capitalised and not found[1].capitalised
    for t in found:
        assert text[t.start:t.end] == t.text


def test_tokens_window() -> None:
    text = "Hanoi and Tokyo and Manila"
    assert [t.text for t in tokens(text, 6, 15)] == ["and", "Tokyo"]


@given(st.text(max_size=200))
def test_token_offsets_any_text(text: str) -> None:
    for t in tokens(text):
        assert text[t.start:t.end] == t.text


def test_fold() -> None:
    assert fold("Nguyễn Phú Trọng") == "nguyen phu trong"
    assert fold("Hà Nội") == "ha noi"
    assert fold("Đà Nẵng") == "da nang"
    assert fold("Blinken’s") == "blinken's"
    assert fold("São Paulo") == "sao paulo"
    assert fold("ASEAN") == "asean"


@given(st.text())
def test_fold_keeps_length(text: str) -> None:
    assert len(fold(text)) == len(text)


def test_fold_keeps_length_of_awkward_characters() -> None:
    for text in ("İstanbul", "Straße", "ﬁnance", "e\u0301", "Œuvre", "Æ", "ǅ"):
        assert len(fold(text)) == len(text), text


def test_a_short_given_name_with_its_dot_ends_no_sentence() -> None:
    text = "Trade Secretary Ma. Ana Silva arrived in Riyadh. Adviser Md. Tom Berg met her."
    assert [s.text for s in split_sentences(text)] == ["Trade Secretary Ma. Ana Silva arrived in Riyadh.",
                                                        "Adviser Md. Tom Berg met her."]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("FIEO president S.C. Ralhan said so.", 1),  # initials before a name
        ("He met the C.E.O. The talks went well.", 2),  # a sentence's first word after them
        ("He flew to the U.S. Ralhan stayed.", 1),  # a known acronym never ends one (as before)
    ],
)
def test_dotted_initials_end_no_sentence(text: str, count: int) -> None:
    assert len(split_sentences(text)) == count
