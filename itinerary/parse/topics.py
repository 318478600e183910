"""Agenda items: what the traveller does at a stop (events) and what is discussed (themes).

Both come from the verbs of trip prose: "will attend X", "will meet X", "for a meeting of X",
"to focus on X", "with X likely to be high on the agenda", "aiming to strengthen X". Each phrase is
cut at the end of its clause and kept short, the way a reader would note it in a briefing.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from itinerary.parse.patterns import compiled
from itinerary.parse.text import fold

_FLAGS = re.IGNORECASE
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# (?<!\s): a match starts where a run of white space starts, never inside one, so the pattern is
# tried once per run, not once per character of it (a match inside would be the same match).
_TIME_ADVERBIAL = compiled(
    rf"(?<!\s)\s+(?:on|this|next|late\s+on|early\s+on)\s+{_DAY}(?:\s*(?:,|and|or)\s*{_DAY})*"
    rf"(?:\s+(?:morning|afternoon|evening|night))?",
    _FLAGS,
)
# Where a phrase ends: punctuation or a word that opens another clause.
_BOUNDARY = compiled(
    r"\s*(?:[,;:.!?]|—|–|\s-\s)|\s+(?:which|where|who|whom|while|when|according\s+to|said|says|"
    r"as\s+well\s+as|before|after|amid|ahead\s+of|because|so\s+that|and\s+(?:will|to|would|is|are|"
    r"was|were|has|had|also)|but|with\s+\S+\s+(?:likely|expected|set))\b",
    _FLAGS,
)
# Where _BOUNDARY may match, each place tried once: not inside a run of white space (where it
# matches just as at the run's start, or not at all).
_BOUNDARY_AT = compiled(r"(?:(?<!\s)|(?!\s))(?=(?:" + _BOUNDARY.pattern + "))", _FLAGS)
_TRAILING = compiled(
    r"\s+(?:on\s+the\s+sidelines(?:\s+of\s+.*)?|there|as\s+well|too|in\s+(?:the\s+)?[A-Z][\w’'-]*)$"
)
_QUOTES = str.maketrans("", "", "“”\"")
_ACRONYM = compiled(r"\b((?:[A-Z][\w’'-]+\s+)(?:(?:of|and|the|for|[A-Z][\w’'-]+)\s+){1,8})\(([A-Z]{2,})\)")
_MAX_WORDS = 16
# The first _MAX_WORDS words (white-space separated, quotation marks not counted) from a position.
_FIRST_WORDS = compiled(rf"(?>(?:[\s“”\"]*+[^\s“”\"]\S*+){{{_MAX_WORDS}}})")
# Acronyms: "(ASEAN)"; the long form is the run of words before it (_ACRONYM).
_ACRONYM_END = compiled(r"\(([A-Z]{2,})\)")
_ACRONYM_WORD = compiled(r"[\w’'-]+")
_CAPITAL_AFTER_BREAK = compiled(r"(?<!\w)[A-Z]")


@dataclass(frozen=True, slots=True)
class Phrase:
    """An agenda phrase and where in the sentence it starts."""

    text: str
    kind: str  # "event" or "theme"
    offset: int
    person_hint: str = ""  # text right after "meet": who the meeting is with


_EVENTS: list[tuple[re.Pattern[str], str]] = [
    (compiled(r"\battend(?:s|ed|ing)?\s+", _FLAGS), "{}"),
    (compiled(r"\b(?:participat(?:e|es|ed|ing)|participation|take\s+part|takes\s+part|took\s+part|"
                r"taking\s+part)\s+in\s+", _FLAGS), "{}"),
    (compiled(r"\b(?:meet(?:s|ing)?|met)\s+(?:with\s+)?(?=[A-Z]|his\s|her\s|their\s|the\s|leaders"
                r"|officials|representatives|members)", re.UNICODE), "meeting with {}"),
    (compiled(r"\b(?:hold(?:s|ing)?|held)\s+", _FLAGS), "{}"),
    (compiled(r"\b(?:sign(?:s|ed|ing)?)\s+(?=an?\s|the\s)", _FLAGS), "signing of {}"),
    (compiled(r"\b(?:address(?:es|ed|ing)?)\s+(?=an?\s|the\s)", _FLAGS), "address to {}"),
    (compiled(r"\b(?:lay(?:s|ing)?|laid)\s+(?:a\s+)?wreaths?\s+at\s+", _FLAGS), "wreath-laying at {}"),
    (compiled(r"\b(?:deliver(?:s|ed|ing)?|give(?:s)?|gave)\s+(?=an?\s+(?:speech|address|lecture))",
                _FLAGS), "{}"),
    (compiled(r"\b(?:co-)?chair(?:s|ed|ing)?\s+(?=an?\s|the\s)", _FLAGS), "{}"),
    (compiled(r"\bfor\s+(?=(?:an?\s+|the\s+)?(?:\w+\s+){0,3}(?:meeting|meetings|talks|summit|"
                r"conference|ceremony|funeral|celebrations?|inauguration|forum|dialogue|session)\b)",
                _FLAGS), "{}"),
    (compiled(r"\bstopover\s+(?:in|at)\s+", _FLAGS), "stopover"),
]
_THEMES: list[re.Pattern[str]] = [
    compiled(r"\bfocus(?:ed|es|ing)?\s+on\s+", _FLAGS),
    compiled(r"\bagenda\s+(?:includes?|included|will\s+include|is\s+expected\s+to\s+include)\s+",
               _FLAGS),
    compiled(r"\b(?:discuss(?:es|ed|ing)?|talks\s+(?:on|about|over)|discussions?\s+(?:on|about))\s+",
               _FLAGS),
    compiled(r"\bagreed\s+(?:on\s+\w+\s+)?(?:to|on)\s+(?=an?\s|the\s)", _FLAGS),
    compiled(r"\bmessage\s+of\s+", _FLAGS),
    compiled(
        r"\b(?:to|aiming\s+to|aims\s+to|seeking\s+to|seeks\s+to|hoping\s+to|looking\s+to|"
        r"in\s+a\s+bid\s+to|effort\s+to)\s+(?=(?:deepen|bolster|strengthen|boost|expand|reaffirm|"
        r"shore\s+up|promote|secure|advance|improve|repair|mend|build|restore|enhance|cement|"
        r"reinforce|revive|press|counter|rally|drum\s+up|attract|finali[sz]e|negotiate|reassure|"
        r"ease|defuse|calm|deepening|bolstering|strengthening|broaden|renew|forge|seal|clinch)\b)",
        _FLAGS,
    ),
]
_AGENDA = compiled(
    r"(?:^|[,;:—]\s*)with\s+([^,;:—]{3,160}?)\s+(?:likely|expected|set|certain|sure|due)\s+to\s+(?:be\s+|feature\s+|"
    r"top\s+)?(?:high\s+|top\s+|also\s+|firmly\s+|prominently\s+)?(?:on\s+the\s+agenda|the\s+agenda)",
    _FLAGS,
)


# Words each pattern cannot match without (lower case): a pattern runs only on sentences that hold
# one of them. Patterns with re.IGNORECASE also match "İ", "ı" (i), "ſ" (s) and "K" (Kelvin, k),
# so those are mapped before the test; nothing else that is not ASCII matches an ASCII letter.
_EVENT_WORDS: list[tuple[str, ...]] = [
    ("attend",), ("part",), ("meet", "met"), ("hold", "held"), ("sign",), ("address",), ("wreath",),
    ("deliver", "give", "gave"), ("chair",), ("for",), ("stopover",),
]
_THEME_WORDS: list[tuple[str, ...]] = [
    ("focus",), ("agenda",), ("discuss", "talks"), ("agreed",), ("message",), ("to",),
]
_CASE_FIXES = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
# A held thing does not start with these: "the council, held in 325" holds nothing
_PREPOSITIONS = frozenset("in on at by since during for until under over through from".split())
# (pattern, template, words it needs, whether it is case-sensitive: then the words are looked for
# as written)
_EVENT_PLAN = [
    (pattern, template, words, not pattern.flags & re.IGNORECASE)
    for (pattern, template), words in zip(_EVENTS, _EVENT_WORDS, strict=True)
]
_THEME_PLAN = list(zip(_THEMES, _THEME_WORDS, strict=True))


def _lowered(text: str) -> str:
    """`text` in lower case for a quick "may this pattern match" test (not for offsets)."""
    return text.lower() if text.isascii() else text.translate(_CASE_FIXES).lower()


def acronyms(text: str) -> dict[str, str]:
    """Long forms defined in the text with their acronym: "Association of ... Nations (ASEAN)"."""
    return {m.group(1).strip() + f" ({m.group(2)})": m.group(2) for m in _acronym_matches(text)}


def _acronym_matches(text: str) -> list[re.Match[str]]:
    """What `_ACRONYM.finditer(text)` finds, in time linear in the text.

    A match ends at "(XY)" and before that holds only words ([\\w’'-]) and white space. So each
    "(XY)" has at most one match, starting in the stretch of such characters before it. Within a
    word the match may start at any capital after a break ("Sino-American"), but from every such
    start the first word runs to the end of the word, and the rest of the match is the same: only
    the first start of each word needs trying (the regex engine would try them all, each reading
    the rest of the word).
    """
    found: list[re.Match[str]] = []
    previous = 0
    for end in _ACRONYM_END.finditer(text):
        stretch = end.start()
        while stretch > previous and (text[stretch - 1].isspace() or text[stretch - 1] in "’'-"
                                      or _is_word_char(text[stretch - 1])):
            stretch -= 1
        previous = end.end()
        for word in _ACRONYM_WORD.finditer(text, stretch, end.start()):
            first = _CAPITAL_AFTER_BREAK.search(text, word.start(), word.end() - 1)
            if first is None:
                continue
            match = _ACRONYM.match(text, first.start(), end.end())
            if match is not None:
                found.append(match)
                break
    return found


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # exactly what \\w matches


def find_phrases(sentence: str, short_forms: dict[str, str]) -> list[Phrase]:
    """Events and themes in one sentence, in text order. Quotations are not read for agenda."""
    text = _without_quotations(sentence)
    for long_form, short in short_forms.items():
        text = text.replace(long_form, short)
    # Blanking time adverbials and quotations adds no letters: `lowered` still holds every word
    # that a pattern may need.
    lowered = _lowered(text)
    if "day" in lowered:
        text = _TIME_ADVERBIAL.sub(lambda m: " " * len(m.group()), text)
    found: list[Phrase] = []
    boundaries = _Boundaries(text)
    for pattern, template, needs, exact in _EVENT_PLAN:
        within = text if exact else lowered
        for word in needs:
            if word in within:
                break
        else:
            continue
        for match in pattern.finditer(text):
            if template == "stopover":
                found.append(Phrase("stopover", "event", match.end()))
                continue
            body = _clause(text, match.end(), boundaries)
            if body and template == "{}" and body.split()[0].lower() in _PREPOSITIONS:
                continue  # "the council, held in 325": no thing held
            if body:
                hint = body if template.startswith("meeting") else ""
                found.append(Phrase(template.format(body), "event", match.start(), hint))
    for pattern, needs in _THEME_PLAN:
        for word in needs:
            if word in lowered:
                break
        else:
            continue
        for match in pattern.finditer(text):
            body = _clause(text, match.end(), boundaries)
            if body:
                found.append(Phrase(body, "theme", match.start()))
    for match in _AGENDA.finditer(text) if "agenda" in lowered else ():
        body = _clause(match.group(1), 0)
        if body:
            found.append(Phrase(body, "theme", match.start()))
    found.sort(key=lambda p: p.offset)
    return _distinct(found)


def _without_quotations(sentence: str) -> str:
    """Blank out quotations of four words or more (someone's words, not the agenda); keep scare
    quotes' words."""
    def blank(match: re.Match[str]) -> str:
        inner = match.group(1)
        return " " * len(match.group()) if len(inner.split()) >= 4 else " " + inner + " "

    return re.sub(r"[“\"]([^”\"]{0,600})[”\"]", blank, sentence)


class _Boundaries:
    """Where clauses of one text end: `after(start)` is where `_BOUNDARY.search(text, start)`
    matches (or the end of the text), from one scan of the text rather than one per phrase."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: list[int] | None = None

    def after(self, start: int) -> int:
        text = self.text
        if 0 < start < len(text) and text[start].isspace() and text[start - 1].isspace():
            match = _BOUNDARY.search(text, start)  # inside a run of white space: search as such
            return match.start() if match else len(text)
        if self._starts is None:
            self._starts = [m.start() for m in _BOUNDARY_AT.finditer(text)]
        k = bisect_left(self._starts, start)
        return self._starts[k] if k < len(self._starts) else len(text)


def _clause(text: str, start: int, boundaries: _Boundaries | None = None) -> str:
    if boundaries is None:
        match = _BOUNDARY.search(text, start)
        end = match.start() if match else len(text)
    else:
        end = boundaries.after(start)
    # Only the first _MAX_WORDS words count: read no further than them.
    first = _FIRST_WORDS.match(text, start)
    if first is not None and first.end() < end:
        end = first.end()
    words = text[start:end].translate(_QUOTES).split()
    phrase = " ".join(words[:_MAX_WORDS])
    phrase = _TRAILING.sub("", phrase).strip()
    return phrase if len(phrase) > 2 else ""


def _distinct(phrases: list[Phrase]) -> list[Phrase]:
    seen: set[str] = set()
    result: list[Phrase] = []
    for phrase in phrases:
        key = key_of(phrase.text)
        if key and key not in seen:
            seen.add(key)
            result.append(phrase)
    return result


def key_of(text: str) -> str:
    """A comparison key for agenda phrases: folded, without articles and punctuation."""
    words = re.findall(r"\w+", fold(text))
    return " ".join(w for w in words if w not in ("a", "an", "the"))
