"""Text primitives shared by the parse stages: folding for comparison, and sentences with offsets."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from itinerary.parse.patterns import compiled

# Letters that Unicode does not decompose into an ASCII base letter plus marks.
_SPECIAL = {
    "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l",
    "ı": "i", "ß": "s", "æ": "a", "Æ": "a", "œ": "o", "Œ": "o", "þ": "t", "Þ": "t",
    "’": "'", "‘": "'", "ʼ": "'", "ʻ": "'", "`": "'", "´": "'",
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-",
}


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    if char in _SPECIAL:
        return _SPECIAL[char]
    if char.isascii():
        return char.lower()
    base = unicodedata.normalize("NFKD", char)[:1]
    if base.isascii() and base.isalpha():
        return base.lower()
    return char.lower()[:1] or char


class _FoldTable(dict[int, str]):
    """`str.translate` table: code point -> its folded character, filled in on first sight."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        if len(self) < 65536:
            self[code] = folded
        return folded


_FOLD_TABLE = _FoldTable()
# What fold() maps other than by ASCII lower-casing: non-ASCII characters and the backtick.
_NOT_PLAIN_ASCII = compiled(r"[^\x00-\x5f\x61-\x7f]+")


def _fold_run(match: re.Match[str]) -> str:
    return match.group().translate(_FOLD_TABLE)


def fold(text: str) -> str:
    """Lower-case `text` and strip accents, keeping its length so offsets still point into it.

    >>> fold("Nguyễn Phú Trọng")
    'nguyen phu trong'
    """
    if text.isascii():
        return text.lower()
    # Character by character this is _fold_char; the runs that are not plain ASCII are mapped
    # first, and lower-casing the rest changes nothing else: every folded character is its own
    # lower case (and none is a capital sigma, the one letter whose lower case looks at context).
    return _NOT_PLAIN_ASCII.sub(_fold_run, text).lower()


# re.IGNORECASE equates these with ASCII letters, and str.lower() does not (or, for "İ", gives
# two characters): mapped first, lower-casing keeps offsets and matches what re.IGNORECASE does.
_CASE_FIXES = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def lower_same_length(text: str) -> str:
    """`text` lower-cased without changing its length, so offsets into it index `text`.

    A pattern whose letters are all lower case, compiled without re.IGNORECASE and run on this,
    matches exactly where it matches `text` with re.IGNORECASE (and much faster).
    """
    return text.lower() if text.isascii() else text.translate(_CASE_FIXES).lower()


def without_ignorecase(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` without re.IGNORECASE, to run on `lower_same_length()` text: its source must have
    no capital letters (outside escapes such as \\S, which keep their meaning)."""
    assert not re.search(r"[A-Z]", re.sub(r"\\.", "", pattern.pattern)), pattern.pattern
    return compiled(pattern.pattern, pattern.flags & ~re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence with its span in the source: `source[start:end] == text`."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int


# Hyphenated military ranks, written with a full stop that ends no sentence: "Lt-Gen. X"
HYPHENATED_RANKS = frozenset("lt-gen maj-gen brig-gen lt-col rear-adm vice-adm".split())
# Words that end in a full stop without ending a sentence.
ABBREVIATIONS = HYPHENATED_RANKS | {rank.replace("-", ".-") for rank in HYPHENATED_RANKS} | frozenset(
    "mr mrs ms dr gen lt col sen rep gov st jr sr prof capt adm sgt maj cmdr rev fr no vs etc hon rt amb "
    "jan feb mar apr jun jul aug sep sept oct nov dec mt ft inc corp co ltd dept est approx "
    "u.s u.k u.n e.u u.s.a d.c p.m a.m h.e "
    "ma md mohd muhd".split()  # given names: "Ma. Theresa Lazaro" (Maria), "Md. Touhid Hossain" (Mohammad)
)
# A candidate end: terminal punctuation, closing quotes or brackets, then white space.
_END = compiled(r"[.!?][\"'”’)\]]*(?=\s)")
_PARAGRAPH = compiled(r"[^\n]+")
_OPENER = compiled(r"\s+[\"“‘'(\[]*[A-Z0-9\u00C0-\u024F]")


def _ends_sentence(text: str, dot: int, after: int) -> bool:
    """Whether the punctuation at `dot` closes a sentence, given the text that follows at `after`."""
    if not _OPENER.match(text, after):
        return False
    if text[dot] != ".":
        return True
    word_start = dot
    while word_start > 0 and not text[word_start - 1].isspace() and text[word_start - 1] not in "(\"“":
        word_start -= 1
    word = text[word_start:dot].lower()
    if word in ABBREVIATIONS:
        return False
    # An initial ("S. Jaishankar") or a dotted acronym ("U.S") is not a sentence end; nor are dotted
    # initials before a name ("FIEO president S.C. Ralhan said"), unless a sentence's first word follows.
    if _INITIALS.fullmatch(word):
        follower = _NEXT_WORD.match(text, after)
        return follower is not None and follower.group(1).lower() in _STARTERS
    return not (len(word) == 1 and word.isalpha())


_INITIALS = compiled(r"(?:[^\W\d_]\.){1,3}[^\W\d_]")
_NEXT_WORD = compiled(r"\s+[\"“‘'(\[]*(\w+)")
# Words that open sentences but not names: after "U.K." or "S.C.", they tell a new sentence.
_STARTERS = frozenset(
    "the a an he she it they we i this that these those his her its their in on at for but and or so "
    "yet as if when while after before since during there here however meanwhile also".split())


def split_sentences(text: str) -> list[Sentence]:
    """Paragraphs (lines) and sentences within them, each with character offsets into `text`."""
    sentences: list[Sentence] = []
    for paragraph, line in enumerate(_PARAGRAPH.finditer(text)):
        cursor = line.start()
        for match in _END.finditer(text, line.start(), line.end()):
            if _ends_sentence(text, match.start(), match.end()):
                _add(sentences, text, cursor, match.end(), paragraph)
                cursor = match.end()
        _add(sentences, text, cursor, line.end(), paragraph)
    return sentences


def _add(sentences: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        sentences.append(Sentence(len(sentences), start, end, text[start:end], paragraph))


def is_headline(sentence: Sentence) -> bool:
    """Whether a text's first sentence is a headline: it does not end as a sentence does."""
    return sentence.text.rstrip()[-1:] not in _SENTENCE_END


_SENTENCE_END = frozenset('.!?"”')


@dataclass(slots=True, unsafe_hash=True)
class Token:
    """A word with its span in the source; `possessive` when it ended in 's (stripped from text) or
    is a plural's "s'".

    Not frozen only because frozen instances are slow to build and there is one per word: treat it
    as immutable (it hashes by value).
    """

    start: int
    end: int
    text: str
    possessive: bool = False
    capitalised: bool = False  # upper-case initial, or a particle joined to one: "al-Tayeb", "el-Sisi"


_JOINED_PARTICLE = compiled(r"(?:al|el|ad|as|at|ash|an|ar|az|bin|ibn|abu|ben)-[A-Z]")
_GLOTTAL = frozenset("ʻʼ")
_WORD = compiled(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")


# Words that keep their dot: "Jr.", and given names written short ("Ma." for Maria, "Md." for Mohammad)
_DOTTED_WORDS = frozenset({"Jr", "Sr", "Ma", "Md", "Mohd", "Muhd"})


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Words of `text[start:end]` with offsets; a single letter, or one of `_DOTTED_WORDS`, followed by
    '.' keeps the dot."""
    stop = len(text) if end is None else end
    result: list[Token] = []
    append = result.append
    # A word ends in a letter, so "'s" / "’s" (any case) at its end is a possessive.
    for match in _WORD.finditer(text, start, stop):
        word = match.group()
        s, e = match.span()
        capital = word[0].isupper() or "-" in word[:5] and _JOINED_PARTICLE.match(word) is not None or (
            word[0] in _GLOTTAL and word[1:2].isupper())  # "ʻAisake": the ʻokina is a letter
        if len(word) > 2 and word[-1] in "sS" and word[-2] in "'’":
            append(Token(s, e - 2, word[:-2], True, capital))
        elif len(word) > 2 and word[-1] in "sS" and e < stop and text[e] in "'’" and (
                e + 1 == stop or text[e + 1].isspace()):
            append(Token(s, e, word, True, capital))  # "Seychelles' minister", "the Philippines' envoy"
        elif (len(word) == 1 or word in _DOTTED_WORDS) and e < stop and text[e] == ".":
            append(Token(s, e + 1, word + ".", False, capital))
        else:
            append(Token(s, e, word, False, capital))
    return result
