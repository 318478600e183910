"""People: names with their titles, roles and affiliations, and every later reference to them.

A capitalised run of words is a person when the prose says so: a title before it ("Defence Minister
Richard Marles"), a role noun before it ("his Indian counterpart S. Jaishankar"), an appositive after
it ("Jake Sullivan, the national security adviser"), a speech verb beside it, or a verb after a
two- or three-word name. Short references ("Marles", "Prime Minister Kishida") are then
resolved to the full name that contains them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from itinerary.parse.lexicon import (
    FUNCTION_WORDS,
    MONTHS,
    NAME_PARTICLES,
    NOT_NAME_WORDS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TITLE_JOINERS,
    TITLE_MODIFIERS,
    TITLE_WORDS,
    WEEKDAYS,
)
from itinerary.parse.patterns import compiled
from itinerary.parse.places import Mention
from itinerary.parse.text import ABBREVIATIONS, HYPHENATED_RANKS, Sentence, Token, fold, tokens

# How much a role source is trusted: a formal title beats a description, which beats "counterpart".
_RANK_TITLE, _RANK_DESCRIPTION, _RANK_COUNTERPART = 3, 2, 1
_MAX_NAME_TOKENS = 5
_WEAK_AFTER = frozenset(
    "will would has had is was met meets and who arrived visited plans also could can may must "
    "received welcomed hosted traveled travelled flew went toured attended took became".split()
)
_TOLD = frozenset({"told", "tells"})
_WEAK_BEFORE = frozenset("met meet meets meeting with by and between hosted welcomed succeeded succeeding "
                         "replaced replacing defeated defeating incumbent predecessor successor".split())
_ROLE_STOP = FUNCTION_WORDS | {"of", "to", "for", "with", "by", "at", "said", "says", "beside", "alongside",
                                "behind", "near", "from", "into", "between", "among", "against"}
# Bylines and credits name the reporters, not people of the story: "By Ana Silva and Tom Wu",
# "(Reporting by Ana Silva in Dubai; Editing by Tom Wu)", "Edited by: Lina Ortiz", "SOURCE: Reuters".
_BYLINE = compiled(
    r"^[ \t]*\(?[Bb]y[ \t]+[A-Z][^\n]{0,100}$"  # "By Ana Silva", "(By Ana Silva and Tom Wu)"
    r"|\b(?:(?:Additional\s+)?[Rr]eporting|Writing|Editing|Edited|Compiled|Produced|Photos?)\s+by:?\s+[^\n;)]{0,120}"
    r"|^[ \t]*(?:SOURCE|Source)s?:[^\n]{0,100}$"
    # a correspondent in a broadcast report: "Reporting from Goma, Al Jazeera's Ana Silva said"
    r"|\bReporting\s+from\s+[A-Z][\w .'’-]{1,30},\s+(?:[A-Z][\w'’-]+\s+){1,3}?(?:[A-Z][\w'’-]+['’]s\s+)?"
    r"(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+"
    # "Associated Press writers Ana Silva in Belgrade and Tom Berg in Sarajevo contributed"
    r"|\b(?:[A-Z][\w]+\s+){1,3}(?:writers?|reporters?|correspondents?)\s+[^\n.]{0,120}?\bcontributed\b"
    # a line of reporters and where they file from: "Oliver Marsh in Tokyo and Clara Dufour in Brussels"
    r"|^[ \t]*(?:[A-Z][\w'’-]+[ \t]+){1,2}[A-Z][\w'’-]+[ \t]+in[ \t]+[A-Z][\w .'’-]{1,30}"
    r"(?:[ \t]+and[ \t]+(?:[A-Z][\w'’-]+[ \t]+){1,2}[A-Z][\w'’-]+[ \t]+in[ \t]+[A-Z][\w .'’-]{1,30})?[ \t]*$",
    re.MULTILINE,
)
_POST_NOMINALS = frozenset("TD MP MEP MSP MLA QC KC OBE MBE CBE KBE DBE PhD".split())
# Words that open a run of capitals but are no name: "The", and "Did" of "Did Silva's trip work?"
_OPENERS = FUNCTION_WORDS | frozenset("did does do can could should would is are was were has have".split())
_IRREGULAR_PAST = frozenset("held met said told made took gave sent led went came saw spoke flew".split())
_AUXILIARIES = frozenset(
    "will would is was are were has have had can could shall should may might must did does do".split()
)
# Words after a role that start what it is a role of: "a fellow at", "a lecturer in", "adviser to"
_ROLE_LINKS = frozenset("at with from for of in on to specializing specialising based working".split())
_IN_YEAR = compiled(r"\s+in\s+(?:19|20)\d\d\b")  # "the first by a pope since Benedict XVI in 2009"
_NAME_ENDS = frozenset({"Jr.", "Sr."})  # "... President Tom Berg Jr. The emir ...": the name ends there
_ROMAN = frozenset("i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi".split())


@dataclass(slots=True)
class PersonMention:
    """One place in the text where a person is named or referred to."""

    person: int
    start: int
    end: int
    sentence: int


@dataclass(slots=True)
class PersonRecord:
    """A person as the parser builds them up; `parse` turns it into a model `Person`."""

    name: str
    tokens: tuple[str, ...]  # folded name tokens, for matching short references
    role: str | None = None
    role_rank: int = 0
    affiliation: str | None = None  # ISO alpha-2
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)  # every role said of them, `role` the strongest


@dataclass(slots=True)
class People:
    """Everyone found in a text, and every mention of them in text order.

    `mentions` is final once `find_people` returns it: the lookups below index it on first use.
    """

    records: list[PersonRecord]
    mentions: list[PersonMention]
    _by_sentence: dict[int, list[PersonMention]] | None = field(default=None, repr=False, compare=False)
    _by_person: dict[int, list[PersonMention]] | None = field(default=None, repr=False, compare=False)
    _present: dict[int, list[int]] = field(default_factory=dict, repr=False, compare=False)

    def sentence_mentions(self, index: int) -> list[PersonMention]:
        """The mentions in sentence `index`, in the order of `mentions` (do not modify)."""
        if self._by_sentence is None:
            self._by_sentence = {}
            for mention in self.mentions:
                self._by_sentence.setdefault(mention.sentence, []).append(mention)
        return self._by_sentence.get(index, [])

    def person_mentions(self, person: int) -> list[PersonMention]:
        """The mentions of person `person` (an index into `records`), in the order of `mentions`
        (do not modify)."""
        if self._by_person is None:
            self._by_person = {}
            for mention in self.mentions:
                self._by_person.setdefault(mention.person, []).append(mention)
        return self._by_person.get(person, [])

    def without(self, persons: set[int]) -> People:
        """The same people with no mentions of `persons` (their records stay, so indices hold)."""
        if not persons:
            return self
        return People(self.records, [m for m in self.mentions if m.person not in persons])

    def in_sentence(self, index: int) -> list[int]:
        """Indices of the people mentioned in sentence `index`, in order of first mention there."""
        present = self._present.get(index)
        if present is None:
            present = list(dict.fromkeys(m.person for m in self.sentence_mentions(index)))
            self._present[index] = present
        return list(present)


class _Places:
    """Place mentions indexed by offset, to ask which place (if any) covers a token."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self._mentions = sorted(mentions, key=lambda m: m.start)
        self._starts = [m.start for m in self._mentions]

    def covering(self, start: int) -> Mention | None:
        i = bisect.bisect_right(self._starts, start) - 1
        if i >= 0 and self._mentions[i].start <= start < self._mentions[i].end:
            return self._mentions[i]
        return None


@dataclass(slots=True)
class _Candidate:
    name_tokens: list[Token]
    role: str | None
    rank: int
    affiliation: str | None
    sentence: int
    role_reference: bool = False  # a title with no name ("the US Secretary of State")
    unproven: bool = False  # a bare name with nothing around it that says it is a person
    place_first: bool = False  # its first word names a city too ("Santiago Ruiz")
    also: str | None = None  # a role said after the titled name: "Prince X, the 50th hereditary Imam,"
    at: int | None = None  # where a role reference starts (its mention is empty there: places inside stay)


def find_people(text: str, sentences: Sequence[Sentence], places: Sequence[Mention]) -> People:
    """Find the people of `text` and all their mentions."""
    index = _Places(places)
    candidates: list[_Candidate] = []
    sentence_tokens = [tokens(text, s.start, s.end) for s in sentences]
    bylines = [m.span() for m in _BYLINE.finditer(text)]
    # ... and an acronym's words: "MAHASAGAR (Mutual and Holistic Advancement ...)"
    bylines += [m.span(1) for m in _EXPANSION.finditer(text)]
    bylines += _spelled_out(text)  # ... and "Workforce Opportunities and Residency Cayman (WORC)"
    organisations = _organisation_aliases(text)
    first_line = text.find("\n")
    headline_end = first_line if first_line > 0 and _title_case(tokens(text, 0, first_line)) else -1
    for sentence, toks in zip(sentences, sentence_tokens, strict=True):
        if sentence.end <= headline_end:
            continue  # "Louisiana's Governor Went South for Trade": a headline's capitals say nothing
        for first, run in _runs(text, toks, index):
            if any(a <= run[0].start < b for a, b in bylines):
                continue  # "By Ana Silva and Tom Wu": the reporters, not people of the story
            candidate = _candidate(text, toks, run, first, sentence.index, index)
            if candidate is not None and " ".join(t.text for t in candidate.name_tokens) not in organisations:
                candidates.append(candidate)
    candidates = _proven(candidates, sentence_tokens)
    records, full_mentions = _merge(candidates)
    _with_leading_apostrophes(text, records, full_mentions)
    mentions = _resolve_references(text, sentences, sentence_tokens, records, full_mentions,
                                   candidates, index)
    return People(records, mentions)


def _post_nominal(letters: Sequence[Token]) -> bool:
    """Whether some words are the letters after a name: "TD", "MP", or "T.D." written with dots."""
    written = "".join(t.text for t in letters)
    dotted = all(len(t.text) == 2 and t.text[1] == "." for t in letters)
    return written.replace(".", "") in _POST_NOMINALS and (len(letters) == 1 or dotted)


def _with_leading_apostrophes(text: str, records: list[PersonRecord],
                              full: list[tuple[int, _Candidate]]) -> None:
    """A name written with the apostrophe of its first word ("Queen 'Masenate Mohato Seeiso",
    "'Aisake Eke"), not one a single quotation mark opens ("'Ana Silva is here,' he said")."""
    for person, candidate in full:
        first = candidate.name_tokens[0]
        mark = text[first.start - 1] if first.start > 0 else ""
        if mark not in ("'", "’") or first.start > 1 and not text[first.start - 2].isspace():
            continue
        written = _written(candidate.name_tokens)
        line_end = text.find("\n", first.end)
        closing = _CLOSING_QUOTE.search(text, first.end, len(text) if line_end == -1 else line_end)
        if records[person].name == written and closing is None:
            records[person].name = mark + written


_CLOSING_QUOTE = compiled(r"(?:[,.!?]|(?!s)\w)['’](?=[\s,.;:!?]|$)")  # not a plural's "ministers' "


# An acronym's words in brackets after it: no one's name
_EXPANSION = compiled(r"\b[A-Z]{3,}\s*\(([A-Z][^()]{8,150})\)")
# ... and the words before their acronym: "the Regional Payment and Settlement System (REPSS)"
_ACRONYM_AFTER = compiled(r"\(([A-Z]{3,8})\)")
_SPELLED_WORD = compiled(r"([A-Z])[\w'’-]*\s+(?:(?:and|of|for|the|&)\s+)*\Z")


def _spelled_out(text: str) -> list[tuple[int, int]]:
    """Spans of capitalised words before a bracketed acronym whose letters they begin, in order
    (some letters may stand for no word of theirs: "Regional Payment and Settlement System (REPSS)")."""
    spans = []
    for acronym in _ACRONYM_AFTER.finditer(text):
        letters, end, start = acronym.group(1), acronym.start(), acronym.start()
        matched = len(letters)
        while matched and (word := _SPELLED_WORD.search(text, max(0, start - 40), start)):
            at = letters.rfind(word.group(1), 0, matched)
            if at < 0:
                break
            matched, start = at, word.start()
        if start < end and matched == 0:
            spans.append((start, end))
    return spans


_PARENTHESISED = compiled(r"\(([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\)")


_MONTH_SHORT = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())  # "Updated Oct 17"


def _title_case(toks: list[Token]) -> bool:
    """Whether a line is written in title case (a headline): most of its longer words capitalised."""
    long = [t for t in toks if len(t.text) > 3]
    return len(long) >= 4 and sum(t.capitalised for t in long) >= 0.8 * len(long)


def _family_first(candidate: _Candidate, alone: dict[str, int]) -> int:
    """How often a short first word of the name stands alone: a family name written first ("Xi",
    "Kim", "Wang"), as Chinese, Korean and Vietnamese names are."""
    first = candidate.name_tokens[0].text
    return alone.get(first, 0) if len(first) <= _FAMILY_NAME_CHARS else 0


_FAMILY_NAME_CHARS = 4


def _proven(candidates: list[_Candidate], sentence_tokens: list[list[Token]]) -> list[_Candidate]:
    """The candidates, with an unproven name ("When Emmanuel Macron stood beside") kept only when
    its last or first word stands alone elsewhere at least twice ("Macron met", "Macron's veto";
    "Xi will hold talks" for a family name written first): the way news refers to a person after
    naming them."""
    if not any(c.unproven for c in candidates):
        return candidates
    needed = {t.text for c in candidates if c.unproven for t in (c.name_tokens[0], c.name_tokens[-1])}
    alone: dict[str, int] = {}
    nouns: dict[str, int] = {}
    for toks in sentence_tokens:
        for i, token in enumerate(toks):
            if token.text not in needed:
                continue
            left = toks[i - 1] if i > 0 else None
            right = toks[i + 1] if i + 1 < len(toks) else None
            joined_before = left is not None and left.capitalised and left.end + 1 == token.start \
                and _plain(left) not in FUNCTION_WORDS  # "What Silva's", "When Silva"
            joined_after = right is not None and right.capitalised and token.end + 1 == right.start
            if token.capitalised and not joined_before and not joined_after:
                alone[token.text] = alone.get(token.text, 0) + 1
                if left is not None and _plain(left) == "the":  # "the Patriarchate": no person
                    nouns[token.text] = nouns.get(token.text, 0) + 1
    # a family name another name has too: "In Skopje Dupont said" is no "Skopje Dupont"
    given: dict[str, set[str]] = {}
    for c in candidates:
        if c.name_tokens:
            given.setdefault(c.name_tokens[-1].text, set()).add(c.name_tokens[0].text)
    return [c for c in candidates if not c.unproven or (
        max(alone.get(c.name_tokens[-1].text, 0), 0 if c.place_first else _family_first(c, alone)) >= 2
        and not (c.place_first and (len(given[c.name_tokens[-1].text]) > 1
                                    or nouns.get(c.name_tokens[-1].text)))
        # each word (and each part of "Siljanovska-Davkova") a capital, then small letters
        and all(all(part[1:].islower() for part in t.text.split("-")) and t.text.lower() not in _MONTH_SHORT
                for t in c.name_tokens))]


def _organisation_aliases(text: str) -> set[str]:
    """Names given in brackets after an organisation's: "The Ministry of Foreign Affairs (Wisma
    Putra)" makes "Wisma Putra" the ministry, not a person."""
    aliases: set[str] = set()
    for match in _PARENTHESISED.finditer(text):
        before = text[max(0, match.start() - 60):match.start()].split()
        if any(w[:1].isupper() and w.lower().strip(",.") in NOT_NAME_WORDS for w in before[-5:]):
            aliases.add(match.group(1))
    return aliases


def _written(name: Sequence[Token]) -> str:
    """A name's tokens as written: spaced, but for initials written together ("S.C. Ralhan")."""
    return "".join(("" if n == 0 or token.start == name[n - 1].end else " ") + token.text
                   for n, token in enumerate(name))


def _adjacent(text: str, left: Token, right: Token) -> bool:
    gap = text[left.end:right.start]
    if gap == ". ":  # "Gov. Jeff Landry", "Dr. Ana Silva"
        return left.text.lower() in _ABBREVIATED_TITLES
    if gap in ("' ", "’ "):  # "Dato' Seri Anwar Ibrahim": the Malay courtesy written with its apostrophe
        return left.text in ("Dato", "Datuk")
    if gap in (" '", " ’"):  # "Queen 'Masenate Mohato Seeiso": a name's own apostrophe after a title
        return right.capitalised and fold(left.text) in TITLE_WORDS
    if gap == "/":  # "High Representative/Vice-President Ana Silva": two offices held at once
        return fold(right.text) in TITLE_WORDS
    if not gap and len(left.text) == len(right.text) == 2 and left.text[1] == right.text[1] == "." and (
            f"{left.text}{right.text[0]}".lower() not in ABBREVIATIONS):
        return True  # dotted initials: "S.C. Ralhan", "M.A. Yusuff Ali"; not "U.N."
    if not gap and len(left.text) == 2 and left.text[1] == "." and left.text[0].isupper() and (
            len(right.text) > 2 and right.text[0].isupper() and right.text[1:2].islower()):
        return True  # an initial written onto the name: "L.Oyun-Erdene", "B.Battsetseg"
    return gap.isspace() and "\n" not in gap and len(gap) <= 2


# "Prime Minister of Malaysia Dato' Seri Anwar Ibrahim": courtesies, neither office nor name
_MALAY_COURTESY = frozenset("dato datuk seri tengku tunku tun".split())
_PILGRIM_COURTESY = frozenset("alhaji alhaja alhajji hajia hajiya haji hajji".split())
_FORMS_OF_ADDRESS = frozenset("mr mrs ms miss mme dr sir dame madam madame".split())
_ABBREVIATED_TITLES = HYPHENATED_RANKS | frozenset(
    "gov sen rep gen lt col maj capt adm dr mr mrs ms prof rev fr sgt cmdr hon rt".split())


def _runs(text: str, toks: list[Token], places: _Places | None = None) -> list[tuple[int, list[Token]]]:
    """Maximal runs of capitalised words (with joiners and particles inside) in a sentence, each
    with the index of its first token; a place's name is not cut at its "and" ("Saint Kitts and
    Nevis")."""
    runs: list[tuple[int, list[Token]]] = []
    i, n = 0, len(toks)
    while i < n:
        if not toks[i].capitalised:
            i += 1
            continue
        run = [toks[i]]
        j = i
        in_field = False
        while not toks[j].possessive and toks[j].text not in _NAME_ENDS and j + 1 < n:
            if not _adjacent(text, toks[j], toks[j + 1]):
                if j + 2 < n and _NICKNAME.fullmatch(text, toks[j].end, toks[j + 2].start) and (
                        toks[j + 2].capitalised and toks[j + 1].capitalised):
                    run.append(toks[j + 2])  # 'Joko "Jokowi" Widodo': the nickname aside
                    j += 2
                    continue
                glossed = _glossed_title(text, toks, j)
                if glossed is None and places is not None:
                    glossed = _abbreviated_body(text, toks, j, run, places)
                if glossed is not None:  # "Taoiseach (Irish prime minister) Ana Silva"
                    run.append(toks[glossed])
                    j = glossed
                    continue
                joined = _comma_field(text, toks, j) if in_field else None
                if joined is None:
                    break
                run.extend(toks[j + 1:joined + 1])  # "of Foreign Affairs, Emigration and ..."
                j = joined
                continue
            nxt = toks[j + 1]
            if nxt.capitalised:
                run.append(nxt)
                j += 1
                continue
            word = fold(nxt.text)
            place = places.covering(toks[j].start) if places is not None and word == "and" else None
            if place is not None and j + 2 < n and place.end >= toks[j + 2].end:
                run.extend(toks[j + 1:j + 3])  # "Prime Minister of Saint Kitts and Nevis X Y"
                j += 2
                continue
            # "Minister for Sustainability and the Environment", "of International Relations and
            # Cooperation" (a field word on both sides: not "... Trade Daniel Koh and Senior Minister")
            field_and = in_field and word == "and" and j + 2 < n and (
                # ... not "of the Republic of Armenia X Y and the President of ...": another office
                fold(toks[j + 2].text) == "the" and not any(_office(t) for t in toks[j + 3:j + 5])
                or _field_word(toks[j]) and _field_word(toks[j + 2])
                # "Minister of Science and Technology X": the field's first word, then "and"
                or j > 0 and fold(toks[j - 1].text) in ("of", "for") and not _office(toks[j + 2])
                # "for Overseas Pakistanis and Human Resource Development X Y": a field that ends in a
                # field word, then the name
                or j > 1 and any(fold(t.text) in ("of", "for") for t in toks[j - 2:j])
                and _field_then_name(text, toks, j + 2)
                # "for Social Rights and Skills, Quality Jobs and Preparedness": a list of fields goes on
                or toks[j + 2].capitalised and _comma_field(text, toks, j + 2) is not None)
            joiner = word in TITLE_JOINERS and (fold(toks[j].text) in TITLE_WORDS or field_and
                                                # "of the Republic of Korea", "of the Commission for Trade"
                                                or in_field and word in ("of", "for"))
            particle = word in NAME_PARTICLES and fold(toks[j].text) not in TITLE_WORDS
            # particles may come in pairs: "Ursula von der Leyen", "Ahmed bin al-Sabah"; so may
            # joiners in a title: "Minister for Sustainability and the Environment"
            m = j + 2
            the_field = joiner and word in ("of", "for") and m + 1 < n and fold(toks[m].text) == "the" and (
                fold(toks[m + 1].text) in _THE_FIELDS
                # "President of the Republic of Korea Lee Jae-myung"
                # ... and "President of the Union of the Comoros Azali Assoumani": "of the" again
                or word == "of" and (fold(toks[j].text) in TITLE_WORDS or in_field)
                and toks[m + 1].capitalised)
            # ... but "Commerce and Industry of Kuwait" joins the field word after "and" (not an office:
            # "President of the Senate Tom Sen and Speaker of the House" is two people)
            passed = field_and and (fold(toks[m].text) == "the" or _office(toks[m]))
            if (particle and m + 1 < n and fold(toks[m].text) in NAME_PARTICLES or passed or the_field) and (
                    _adjacent(text, nxt, toks[m])):
                m += 1  # "Secretary-General of the Presidency", "Minister for the Environment"
            if (joiner or particle) and m < n and toks[m].capitalised and _adjacent(
                text, toks[m - 1], toks[m]
            ):
                # "Minister for Sustainability ...": the words after "for" name a field
                in_field = in_field or joiner and word in ("for", "of")
                run.extend(toks[j + 1:m + 1])
                j = m
                continue
            break
        runs.append((i, run))
        i = j + 1
    return runs


_NICKNAME = compiled(r" [\"“][A-Z][\w'’-]+[\"”] ")
_GLOSS = compiled(r" \([^()]{2,40}\) (?=[A-Z])")


def _glossed_title(text: str, toks: list[Token], j: int) -> int | None:
    """The index of the name after an office word glossed in brackets: "Taoiseach (Irish Prime
    Minister) Micheál Martin"; None when no gloss follows `toks[j]`."""
    gloss = _GLOSS.match(text, toks[j].end) if _office(toks[j]) else None
    if gloss is None:
        return None
    k = next((k for k in range(j + 1, len(toks)) if toks[k].start >= gloss.end()), None)
    return k if k is not None and toks[k].start == gloss.end() and toks[k].capitalised else None


def _abbreviated_body(text: str, toks: list[Token], j: int, run: list[Token],
                         places: _Places) -> int | None:
    """The index of the name after an office's country or body and its abbreviation in brackets:
    "President of the Central African Republic (CAR) Ana Silva", "Secretary-General of the Gulf
    Cooperation Council (GCC) Ana Silva"; None otherwise."""
    bracket = _ABBREVIATION.match(text, toks[j].end)
    place = places.covering(toks[j].start) if bracket is not None else None
    named = place is not None and place.kind == "country" or _bare(toks[j]) in _BODIES
    if bracket is None or not named or not any(_office(t) for t in run):
        return None
    k = j + 2
    return k if k < len(toks) and toks[k].start == bracket.end() and toks[k].capitalised else None


_ABBREVIATION = compiled(r" \([A-Z]{2,6}\) ")


def _comma_field(text: str, toks: list[Token], j: int) -> int | None:
    """Where a title's list of fields goes on after a comma: "Minister of Foreign Affairs,
    Emigration and Egyptian Expatriates Ana Silva" (fields of one or two words, after one comma or
    more, then "and" and a word that is no office) gives the index of the word after "and"; None
    when the comma ends the title."""
    while j + 3 < len(toks) and text[toks[j].end:toks[j + 1].start] == ", ":
        # "..., Emigration and ...", "Commissioner for Climate, Net Zero and Clean Growth X"
        for width in (1, 2):
            if j + 2 + width >= len(toks):
                return None
            fields, joiner, after = toks[j + 1:j + 1 + width], toks[j + 1 + width], toks[j + 2 + width]
            if not all(f.capitalised and not _office(f) and f.text not in _HONORIFICS for f in fields) or (
                    not all(_adjacent(text, a, b) for a, b in zip(fields, fields[1:], strict=False))):
                continue
            if _plain(joiner) == "and" and after.capitalised and not _office(after) and _adjacent(
                    text, fields[-1], joiner) and _adjacent(text, joiner, after):
                return j + 2 + width
            if text[fields[-1].end:joiner.start] == ", ":  # "for Economic Development, Trade, Tourism, ..."
                j += width
                break
        else:
            return None
    return None


def _office(token: Token) -> bool:
    """Whether a word names an office ("Minister", "President"), not a field ("Trade")."""
    return _bare(token) in TITLE_WORDS and _bare(token) not in TITLE_MODIFIERS


@lru_cache(maxsize=8192)
def _bare_word(word: str) -> str:
    return fold(word).rstrip(".")


def _field_then_name(text: str, toks: list[Token], start: int) -> bool:
    """Whether capitalised words at `start` end in a field word within three words, no office among
    them, and two capitalised words follow: "Social Development Ahmed Silva" (or a name's particle second:
    "Social Development Ahmed bin Sulaiman Al-Rajhi")."""
    for end in range(start, min(start + 3, len(toks) - 2)):
        words = toks[start:end + 3]
        named = all(w.capitalised or k == len(words) - 1 and _bare(w) in NAME_PARTICLES
                    for k, w in enumerate(words))
        if not named or any(map(_office, words)) or not all(
                _adjacent(text, a, b) for a, b in zip(words, words[1:], strict=False)):
            return False
        if _bare(toks[end]) in _FIELD_ENDS:
            return True
    return False


def _field_word(token: Token) -> bool:
    return _bare(token) in TITLE_WORDS or _bare(token) in _FIELD_ENDS


def _bare(token: Token) -> str:
    return _bare_word(token.text)


def _plain(token: Token) -> str:
    """Lower case with the accents kept: "Tô" is a name, "To" a function word."""
    return token.text.lower().rstrip(".")


_DAY_BEFORE = compiled(r"\b\d{1,2}\s+$")


def _candidate(
    text: str, toks: list[Token], run: list[Token], first: int, sentence: int, places: _Places
) -> _Candidate | None:
    """A candidate from the run of capitalised words that starts at token `first`."""
    skip = 0
    while skip < len(run) and _plain(run[skip]) in _OPENERS and _bare(run[skip]) not in TITLE_WORDS:
        skip += 1  # "The", and "Did" of "Did Silva's trip change anything?"
    # "Tomorrow and Wednesday Mr Silva will lead ..." (not "The Governor, Monday Okpebholo,": a name)
    while skip < len(run) - 1 and _bare(run[skip]) in WEEKDAYS and not text.endswith(
            ", ", 0, run[skip].start):
        skip += 1
    if skip < len(run) - 3 and run[skip].text in ("His", "Her") and run[skip + 1].text == "Grace":
        skip += 2  # "His Grace Mar Meelis Zaia": a bishop's or a duke's courtesy
    if skip < len(run) - 1 and _bare(run[skip]) in MONTHS and _DAY_BEFORE.search(text, 0, run[skip].start):
        skip += 1  # "On 27 February Cardinal Silva crossed the border"
    excellency = skip < len(run) and run[skip].text in ("E.", "H.", "M.") and text.endswith(
        "H.", 0, run[skip].start)
    if excellency:
        skip += 1  # "H.E. Omar Ali Hassan": the rest of a courtesy spelled with dots, which says a person
    # ... not "In Rio, Argentina's President X, ...": a preposition opens the sentence
    pronoun_name = skip == 1 and len(run) == 2 and _plain(run[0]) not in _PREPOSITIONS and _appositive(
        text, run[-1], places) is not None
    if pronoun_name:
        skip = 0  # "He Wenping, a senior research fellow at ...": a family name like a pronoun
    run = run[skip:]
    first += skip
    if not run:
        return None
    if _bare(run[0]) in _SAINTLY and not any(_bare(t) in TITLE_WORDS for t in run[1:]):
        return None  # "the Church of Saint George", "St Mary's": a saint's name, no one in the story
    if first > 0 and not toks[first - 1].capitalised and _bare(toks[first - 1]) in _COMPANY_NOUNS and (
            text[toks[first - 1].end:run[0].start].isspace()):
        return None  # "Ukrainian missile maker Fire Point": a firm, no one (not "for companies, Minister X")
    if first > 1 and _bare(toks[first - 1]) == "for" and toks[first - 2].capitalised and _bare(
            toks[first - 2]) in NOT_NAME_WORDS and not any(_bare(t) in TITLE_WORDS for t in run):
        return None  # "the Central Commission for Discipline Inspection": the body's field, no one
    if len(run) == 2 and _bare(run[0]) in _BIBLICAL:
        return None  # "the Apostle Mark": scripture (a pastor has a full name: "Apostle Ana Silva")
    if len(run) >= 2 and _bare(run[0]) in _PLACE_OPENERS and _bare(run[1]) in TITLE_WORDS:
        return None  # "the Fort King George heritage site": a place named after a king
    if first > 0 and toks[first - 1].possessive and _bare(toks[first - 1]) in _ROYAL and (
            first < 2 or not toks[first - 2].capitalised):
        return None  # "the Queen's Park Savannah", "King's College": a place, not a person
    opening = _bare(run[0])
    if len(run) >= 2 and opening.endswith("s") and opening[:-1] in TITLE_WORDS and opening not in TITLE_WORDS:
        run, first = run[1:], first + 1  # "with Commissioners Silva and Berg": the plural office
    lead = None  # "Analyst Ana Silva said ...": a role noun that opens the sentence, capitalised there
    if first == 0 and len(run) >= 3 and _bare(run[0]) in ROLE_NOUNS and _bare(run[0]) not in TITLE_WORDS:
        lead, run, first = run[0].text, run[1:], first + 1
    # "Micheál Martin TD", "Keir Starmer MP", "Micheál Martin T.D."
    while trailing := next((n for n in (1, 2, 3) if len(run) > n + 1 and _post_nominal(run[-n:])), 0):
        run = run[:-trailing]
    title, affiliation, k = _split_title(text, run, places)
    title = _without_courtesy(title)
    name = run[k:]
    if title and len(name) > 2 and name[0].text in _STYLES and title.endswith((" His", " Her", " Their")):
        # "Archbishop of X His Eminence Tom Berg": the courtesy's two words, split by the office's end
        name, title = name[1:], title.rsplit(" ", 1)[0]
    if title and len(name) == 1 and k >= 2 and _bare(run[k - 1]) == "cardinal" and not _title_word(
            run[k - 2], places) and run[k - 2].text[1:].islower():
        # "Malcolm Cardinal Ranjith": the older style puts the rank between the given and family names
        name = [run[k - 2], run[k]]
        rank_before = _without_courtesy(title.removesuffix(f"{run[k - 2].text} {run[k - 1].text}").rstrip())
        title = f"{rank_before}, Cardinal" if rank_before else "Cardinal"
    if not title and len(name) == 2 and name[-1].text == "I" and _PRONOUN_I_NEXT.match(text, name[-1].end):
        return None  # "In Cox's Bazar I met young people": the speaker, after a place
    if title and "," in text[run[0].end:run[-1].start] and (_NAMED_NEXT.match(text, run[-1].end) or (
            title.endswith((" and", " &")) and _ANOTHER_NAME.match(text, run[-1].end))):
        # "Minister of Energy, Mines and Renewable Energies, Mr. X", "Minister for Tourism, Culture and
        # Creative Arts, Ana Silva": the office, the person is named next
        return None
    # a courtesy between office and name ("President of the Kyrgyz Republic HE X"), and a pilgrim's
    # before any name ("The Sultan of Sokoto, Alhaji Muhammad Sa'ad Abubakar III")
    while len(name) > 2 and (_bare(name[0]) in _PILGRIM_COURTESY or title and (
            name[0].text in _HONORIFICS or _bare(name[0]) in _MALAY_COURTESY)):
        name = name[1:]
    if len(name) > _MAX_NAME_TOKENS and _bare(name[-1]) in _ROMAN:
        name = name[-2:]  # "Omo N'Oba N'Edo Uku Akpolokpolo Ewuare II": praise names, then the regnal name
    if len(name) == 1 and len(name[0].text) == 1:
        return None  # "the Gen Z protests": a letter, no name
    if name and _bare(name[0]) in TITLE_JOINERS:
        # "the Prince and Princess of Wales": an office, no name; "the President of the Republic of
        # Angola": an office of that country, no one else's
        of_country = next((p for t in name if _is_country(p := places.covering(t.start))), None)
        affiliation = affiliation or (of_country.country if of_country else None)
        name = []
    if title and not name:
        described = _family_title_described(text, toks, first, run, places) if k == len(run) == 2 else None
        if described:  # "the veteran envoy Julie Bishop": a family name spelled like a title
            return _Candidate(run, described[0], described[1], described[2], sentence)
        return _Candidate([], title, _RANK_TITLE, affiliation, sentence, role_reference=True, at=run[0].start)
    if not title:
        office = _office_of_place(text, run, places, sentence) or _envoy_to(
            text, toks, first, run, places, sentence)
        if office is not None:
            return office
    # ... not "flew from Prince George", a town
    royal = title is not None and title.split()[-1].lower() in _ROYAL and not (
        first > 0 and _bare(toks[first - 1]) in ("in", "at", "from", "near", "into", "via")) and not (
        first + len(run) < len(toks) and _bare(toks[first + len(run)]) in NOT_NAME_WORDS)
    if not name or not (_name_like(name, places, titled=bool(title), royal=royal)
                        or pronoun_name and _name_like(name[1:], places, titled=True)):
        listed = (_after_listed_fields(text, run, places) or _after_body_fields(text, run, places)
                  ) if not title else None
        if listed is not None:  # "Minister of Development, Industry, Trade and Services Geraldo Alckmin"
            return _Candidate(listed[1], listed[0], _RANK_TITLE, affiliation, sentence)
        weekday_given = len(name) in (2, 3) and _bare(name[0]) in WEEKDAYS and _name_like(
            name[1:], places, titled=True)
        if not title and (_title_as_family_name(name, places) or weekday_given or len(name) == 2 and (
                _bare(name[-1]) in _FAMILY_WORDS or _town_as_family_name(name, places)) and _name_like(
                name, places, titled=True)):
            # "the Governor, Harriet Cross,": a family name like a word; "Mwila Chanda, an economist":
            # one like a town; "The Edo State Governor, Monday Okpebholo,": a given name like a day;
            # "Political analyst Fernando Lima told Lusa": a role noun before
            described = _described_after_or_comma(text, toks, first, run, places) or _role_before(
                text, toks, first, places)
            if described:
                return _Candidate(name, described[0], described[1], described[2], sentence)
        return None
    position = first
    courtesy = _COURTESY_ALONE.match(title or "")
    # the office after the name ("Sheikh Rashid ..., Crown Prince of Abu Dhabi,") or before it ("The
    # Secretary-General of ASEAN, Dr. Ana Silva,"), not the courtesy; but "his counterpart, Sayyid X"
    # keeps the courtesy (no office)
    # ... or a role noun right before it: "Church spokesperson Fr X"
    described = (_appositive(text, run[-1], places) or _role_before(text, toks, position, places)
                 if courtesy else None)
    # ... with "the" before the courtesy: "The Archbishop of Canterbury, the Most Revd X"
    styled = position
    while courtesy and styled > max(0, position - 3) and toks[styled - 1].text in _STYLE_LEADS:
        styled -= 1
    before = None if described or not courtesy else _role_before_comma(
        text, toks, styled, len(run) + position - styled, places)
    if before and any(_office_word(word) for word in fold(before[0]).split()):
        described = before
    if described:
        role, rank, affiliation = described
        return _Candidate(name, role, max(rank, _RANK_TITLE), affiliation, sentence)
    if courtesy:  # "Sheikh Rashid" alone: weaker than any office said elsewhere; "the Hon X": no office
        return _Candidate(name, None if courtesy.group(1) else title, _RANK_COUNTERPART, affiliation,
                          sentence)
    if title:
        if affiliation is None and position > 0 and toks[position - 1].possessive:
            place = places.covering(toks[position - 1].start)
            if place is not None and place.kind in ("country", "demonym"):
                affiliation = place.country
        of_place = _OF_COUNTRY.match(text, run[-1].end)  # "Queen Máxima of the Netherlands"
        place = places.covering(of_place.end()) if of_place else None
        if affiliation is None and place is not None and place.kind == "country":
            affiliation = place.country
        also = _appositive(text, run[-1], places)
        affiliation = affiliation or (also[2] if also else None)  # "General X, the head of the British Army,"
        # "DG Okonjo-Iweala": an abbreviated title gives way to the full one said elsewhere
        rank = _RANK_DESCRIPTION if title.isupper() and len(title) <= 3 else _RANK_TITLE
        return _Candidate(name, title, rank, affiliation, sentence, also=also[0] if also else None)
    if len(name) == 1:
        return None
    if lead is not None:
        return _Candidate(name, lead, _RANK_DESCRIPTION, None, sentence)
    described = (_role_before(text, toks, position, places) or _appositive(text, run[-1], places)
                 or _role_before_comma(text, toks, position, len(run), places)
                 or _formal_right_before(text, toks, position, places))
    if described:
        role, rank, affiliation = described
        return _Candidate(name, role, rank, affiliation, sentence)
    aged = _AGED.match(text, run[-1].end)  # "Amna Ibrahim, a 34-year-old mother of five, ..."
    if aged:
        return _Candidate(name, aged.group(1), 1, None, sentence)
    if position > 0 and _bare(toks[position - 1]) in ("in", "at") and _bare(name[-1]) in _PLACE_LAST:
        return None  # "a new altar at St Hurmizd Cathedral in Greenfield Park": a suburb, a park
    # "Santiago Ruiz", "the Moscow Patriarchate"; "In Chernihiv Silva met ...": after an opening "In",
    # maybe a town the gazetteer lacks, then a family name
    place_first = places.covering(name[0].start) is not None or position > 0 and toks[
        position - 1].text in _PLACE_PREPOSITIONS and text[toks[position - 1].end:name[0].start] == " "
    earlier = position > 0 and _bare(toks[position - 1]) == "since" and _IN_YEAR.match(text, run[-1].end)
    if not place_first and (_spoken(toks, position, position + len(run) - 1) or earlier
                            or _weak_person(toks, position, len(run), places)):
        return _Candidate(name, None, 0, None, sentence)
    # "Ursula von der Leyen's second Commission": a name's own particles (not "bin": "Mohammed bin
    # Rashid" is often the start of a longer name, "the Khalid bin Walid base" a thing named after one)
    particled = len(name) <= 5 and any(_bare(t) in _PERSON_PARTICLES for t in name[1:-1])
    # "Ewuare II", "Nana Konadu Yiadom III": a regnal numeral says a monarch's name
    regnal = len(name[-1].text) >= 2 and name[-1].text.isupper() and _bare(name[-1]) in _ROMAN
    if _WORKS_AFTER.match(text, run[-1].end):
        # "the Inga I and Inga II hydropower plants", "the Sulaiman al-Halabi pumping station": works
        # named after someone
        return None
    city = places.covering(name[0].start)
    if regnal and len(name) == 2 and city is not None and city.kind == "city":
        return None  # "the University of Yaounde II": a city's numbered body, no monarch
    if 2 <= len(name) <= 3 + regnal or particled:  # a person if the family name comes back (find_people)
        # "since the fall of Bashar al-Assad": a family name with the Arabic article says a person
        # (not "Makkah Al-Mukarramah", a city's epithet, nor "al-Dai al-Mutlaq", a title)
        arabic = len(name) == 2 and _ARABIC_FAMILY.match(name[-1].text) is not None and not (
            _ARABIC_FAMILY.match(name[0].text) or places.covering(name[0].start))
        return _Candidate(name, None, 0, None, sentence,
                          unproven=not (excellency or particled or regnal or arabic), place_first=place_first)
    return None


_PERSON_PARTICLES = frozenset({"von", "van"})
_TIMES_OF_DAY = frozenset("morning afternoon evening night".split())
_NOT_A_ROLE_FIRST = frozenset("and or but where when which who whose whom".split())
_PREPOSITIONS = frozenset(  # not "To Lam"
    "in at on from for with of into after before during since under like unlike despite".split())
_ACRONYM_WORDS = frozenset({"un", "eu", "imf", "nato", "opec", "asean", "brics", "quad"})
_PLACE_LAST = frozenset({"park", "heights", "hills", "gardens", "springs", "beach", "valley", "creek"})
_PRONOUN_I_NEXT = compiled(r" (?:[a-z]+ed|met|saw|was|am|have|had|will|would|think|believe|told|said|went)\b")
_WORKS_AFTER = compiled(
    r"(?:\s+(?:and|or)\s+[A-Z][\w-]*\s+[IVX]{1,4})?\s+"
    r"(?:(?:hydropower|hydroelectric|power|nuclear|gas|oil|solar|pumping|water|treatment)\s+)?"
    r"(?:plants?|dams?|projects?|developments?|reactors?|units?|fields?|mines?|stations?|complex|sites?|phases?|"
    r"schemes?)\b")
# The Arabic and Hebrew words that open place names: house, gate, hill, valley, mountain, monastery,
# village, mosque, headland, spring, well, inlet, palace ("Beit Jala", "Bab Touma", "Deir ez-Zor",
# "Dar al-Ifta", "Khor al-Zubair", "Qasr al-Watan")
_PLACE_FIRST_WORDS = frozenset(
    {"beit", "bab", "tel", "tell", "wadi", "jabal", "jebel", "deir", "kafr", "kfar", "khirbet", "dar",
     "masjid", "ras", "ain", "bir", "khor", "qasr"})
_ARABIC_FAMILY = compiled(r"(?:al|el|Al|El)-[A-Z]\w+$")
_PLACE_PREPOSITIONS = frozenset({"In", "At", "From"})


_SAINTLY = frozenset({"saint", "st", "ste", "sainte"})
_PLACE_OPENERS = frozenset({"fort", "port", "mount", "cape", "lake", "camp"})
_PLACE_LAST_WORDS = frozenset({"park", "heights", "gardens"})
_ROYAL = frozenset({"queen", "king", "prince", "princess", "duke", "duchess"})
_BIBLICAL = frozenset({"apostle", "prophet", "evangelist"})
# nouns for a firm, the name after them a firm's ("missile maker", "defence group", "Emirati developer");
# not nouns as often said of a person ("film producer", "veteran broadcaster", "tour operator")
_COMPANY_NOUNS = frozenset(
    """maker makers manufacturer manufacturers carmaker automaker chipmaker shipbuilder planemaker
    firm firms company companies conglomerate giant giants group lender insurer carrier airline
    startup start-up developer miner""".split())
_AGED = compiled(
    r",\s+(?:a|an)\s+\d{1,3}-year-old\s+([a-z][a-z -]{0,40}?)(?=\s+(?:who|from|in|at|with)\b|[,.;])"
)


_OFFICE_OF = compiled(r"((?:[A-Z][\w'-]*\s+){0,3}[A-Z][\w'-]*)\s+of\s+(?:the\s+)?$")
_STATE_WORDS = frozenset("republic kingdom federation state states emirates union islands".split())


def _office_of_place(
    text: str, run: list[Token], places: _Places, sentence: int
) -> _Candidate | None:
    """ "President of the Kyrgyz Republic Sadyr Japarov": an office of a country before the run,
    the country's name at its start, the person's name after it."""
    before = text[max(0, run[0].start - 8):run[0].start]
    if not (before.endswith("of ") or before.endswith("of the ")):
        return None
    office = _OFFICE_OF.search(text, max(0, run[0].start - 80), run[0].start)
    if office is None or _bare_word(office.group(1).split()[-1]) not in TITLE_WORDS:
        return None
    affiliation = None
    k = 0
    while k < len(run):
        place = places.covering(run[k].start)
        if place is not None and place.kind in ("country", "demonym"):
            affiliation = affiliation or place.country
            while k < len(run) and run[k].start < place.end:
                k += 1
        elif _bare(run[k]) in _STATE_WORDS:
            k += 1
        else:
            break
    name = run[k:]
    if affiliation is None or len(name) < 2 or not _name_like(name, places, titled=True):
        return None
    return _Candidate(name, office.group(1), _RANK_TITLE, affiliation, sentence)


# Last words of a field in a long title ("... and International Relations").
_FIELD_ENDS = frozenset("relations integration planning investment industry tourism culture affairs "
                        "presidency cabinet government council commission partnerships partnership "
                        "enlargement neighbourhood neighborhood migration infrastructure innovation "
                        "technology fisheries mining equality youth sport sports housing welfare "
                        "diaspora expatriates emigration reconciliation communications resources "
                        "administration science sciences communication information media mines works "
                        "lands water women family children rights refugees disarmament peacekeeping "
                        "operations policies policy minerals agriculture agribusiness energy health "
                        "education finance transport commerce development security environment trade "
                        "economy aviation petroleum protection promotion heritage transformation safety "
                        "logistics telecommunications police".split())


# Offices named after "of the", "for the" in a title: "Secretary-General of the Presidency"
_THE_FIELDS = _FIELD_ENDS | frozenset(
    "interior environment treasury economy navy army exchequer opposition senate house parliament "
    "assembly republic".split())

_ENVOYS = frozenset("ambassador ambassadors envoy envoys representative consul high-commissioner".split())


def _envoy_to(
    text: str, toks: list[Token], position: int, run: list[Token], places: _Places, sentence: int
) -> _Candidate | None:
    """ "Former Indian ambassador to Saudi Arabia Talmiz Ahmad", "Ambassador of the Netherlands to Kenya
    Ellen Berends", "UN Resident Coordinator in Bangladesh Gwyn Lewis": a posting, then the name."""
    if position < 2 or _bare(toks[position - 1]) not in ("to", "in"):
        return None
    formal = _formal_envoy(toks, position - 1)
    if formal is None and (_bare(toks[position - 1]) != "to" or _bare(toks[position - 2]) not in _ENVOYS):
        return None
    place = places.covering(run[0].start)
    if place is None or place.kind != "country":
        return None
    k = 0
    while k < len(run) and run[k].start < place.end:
        k += 1
    name = run[k:]
    if len(name) < 2 or not _name_like(name, places, titled=True):
        return None
    if formal is not None:  # the office's own country, if it names one, is the affiliation
        owners = (places.covering(t.start) for t in toks[formal:position - 1])
        owner = next((p.country for p in owners if p is not None and _is_country(p)), None)
        role = f"{text[toks[formal].start:toks[position - 2].end]} {toks[position - 1].text} {place.text}"
        return _Candidate(name, role, _RANK_TITLE, owner, sentence)
    described = _role_before(text, toks, position - 1, places)
    if described is None:
        return None
    role, rank, affiliation = described
    return _Candidate(name, f"{role} to {place.text}", rank, affiliation, sentence)


def _formal_envoy(toks: list[Token], before: int) -> int | None:
    """Where a capitalised envoy's office starts that ends right before token `before` ("Ambassador of
    the State of Qatar", "UN Resident Coordinator"), if one does."""
    for i in range(before - 1, max(-1, before - 9), -1):
        bare = _bare(toks[i])
        if bare in _ENVOYS or bare == "coordinator":
            return i if toks[i].capitalised else None
        if not (toks[i].capitalised or bare in ("of", "the")):
            return None
    return None


_HONORIFICS = frozenset({"HE", "HH", "HRH", "HM"})  # His Excellency, His Highness, ...
# "His Highness the", "HE": a courtesy before a title, not part of it
_STYLES = frozenset({"Highness", "Majesty", "Excellency", "Holiness", "Eminence", "Beatitude"})
_STYLE_WORDS = "|".join(sorted(_STYLES))
_COURTESY_BEFORE = compiled(
    rf"^(?:(?:His|Her|Their)\s+(?:Royal\s+)?(?:{_STYLE_WORDS})"
    r"(?:\s+the)?|HE|HH|HRH|HM)\s+"
)
# "Amir Sheikh", "Prime Minister Dr": a courtesy that goes with the name, not the office
_COURTESIES = (r"Sheikh|Sheikha|Shaikh|Sayyid|Sayed|(?:Datuk|Dato)(?:\s+S(?:er)?i)?|"
               r"Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Sir|Dame")
# A courtesy and a name after a comma: "..., Mr. Mohamed Arkab", "..., Dr Ana Silva"
_ANOTHER_NAME = compiled(r",\s+[A-Z]")
_NAMED_NEXT = compiled(rf",\s+(?:{_COURTESIES}|Hon\.?|H\.E\.?|HE)\s+[A-Z]")
# ... and "Archbishop of Colombo His Eminence X": the styled courtesy between office and name
# ... and "Prime Minister the Rt Hon X", "Rt. Hon. Dame X"
_HONOURABLE = r"(?:[Tt]he\s+)?(?:(?:Rt\.?|Right)\s+)?(?:Hon\.?|Honou?rable)"
_COURTESY_AFTER = compiled(rf"(?:\s+(?:{_COURTESIES}|Shri|Smt\.?|(?:His|Her|Their)\s+(?:Royal\s+)?"
                           rf"(?:{_STYLE_WORDS}))|(?:^|\s+){_HONOURABLE})$")
# a courtesy as the whole title; the group: one that is no form of address in an office ("the Hon X")
_COURTESY_ALONE = compiled(
    rf"(?:{_COURTESIES}|(?:His|Her|Their)\s+(?:Royal\s+)?(?:Highness|Majesty|Holiness|Eminence|Beatitude)"
    rf"|((?:(?:His|Her)\s+Excellency\s+)?{_HONOURABLE}(?:\s+(?:{_COURTESIES}))?"  # "the Rt Hon Dame X"
    r"|Shri|Smt\.?|(?:His|Her)\s+Excellency"  # "His Excellency X": no office
    # "the Most Revd X", "Rev. Fr. X", "Fr X": a cleric's style
    r"|(?:(?:Most|Rt\.?|Right|Very)\s+)?(?:Revd|Rev\.?|Reverend)(?:\s+Fr\.?)?|Fr\.?))$"
)


_STYLE_LEADS = frozenset({"the", "Most", "Rt", "Rt.", "Right", "Very"})  # "the Most Revd", "the Rt Hon"


def _without_courtesy(title: str | None) -> str | None:
    """ "His Highness the Amir Sheikh" -> "Amir"; a courtesy alone ("Sheikh", "His Majesty") stays."""
    if title is None:
        return None
    tidy = _COURTESY_BEFORE.sub("", title)
    while (shorter := _COURTESY_AFTER.sub("", tidy)) != tidy:  # "... His Highness Sheikh": both
        tidy = shorter
    return tidy or title


def _of_country(run: list[Token], k: int, places: _Places) -> tuple[str | None, int]:
    """The country named after "of" at `run[k]` ("of the Republic of Korea") when a name of two
    words or more follows it, and where that name starts; else (None, k)."""
    named = next((p for i in range(len(run) - 3, k, -1) if _is_country(p := places.covering(run[i].start))),
                 None)
    end = max((i for i in range(k, len(run)) if named and run[i].start < named.end), default=len(run))
    if named is None or end >= len(run) - 2:
        return None, k
    return named.country, end + 1


def _is_country(place: Mention | None) -> bool:
    return place is not None and place.kind in ("country", "demonym")


def _in_country_name(token: Token, places: _Places) -> bool:
    return _is_country(places.covering(token.start))


def _title_word(token: Token, places: _Places) -> bool:
    """A word of an office, not of a country's name: not the "Saint" of "Prime Minister of Saint Lucia"."""
    return _bare(token) in TITLE_WORDS and not _in_country_name(token, places)


_OF_COUNTRY = compiled(r"\s+of\s+(?:the\s+)?(?=\S)")


def _body_of_office(run: list[Token], k: int, places: _Places) -> int | None:
    """Where a body an office is "of the" ends, when a name of two or three words follows it, maybe
    after its country: "Speaker of the National Assembly of Kenya X Y", "Vice Chairman of the NPC
    Standing Committee X Y"."""
    if k + 2 >= len(run) or _bare(run[k]) not in ("of", "for") or _bare(run[k + 1]) != "the":
        return None
    # "Speaker of the Sejm X Y": a body of one word (not "the Federal Senate X Y")
    if len(run) - k - 3 in (2, 3) and places.covering(run[k + 2].start) is None and not any(
            _bare(t) in NOT_NAME_WORDS or _bare(t) in _BODIES or _bare(t) in TITLE_JOINERS
            for t in run[k + 2:]):
        return k + 2
    for end in range(len(run) - 3, k + 1, -1):
        # ... not "President of the Union of the Comoros X Y": a country's formal name
        if _bare(run[end]) in _BODIES and places.covering(run[end].start) is None:
            rest = len(run) - end - 1
            if 2 <= rest <= 3 or rest >= 4 and _bare(run[end + 1]) == "of":
                return end
    # "Director-General of the Department of International Trade Promotion X Y": a body's last word
    # that is no name's, then the name
    last = next((end for end in range(len(run) - 3, k + 1, -1) if _bare(run[end]) in NOT_NAME_WORDS), None)
    if last is None or not 2 <= len(run) - last - 1 <= 3 or places.covering(run[last].start) is not None:
        return None
    named = not any(_bare(t) in NOT_NAME_WORDS or _bare(t) in TITLE_JOINERS or places.covering(t.start)
                    for t in run[last + 1:])  # not "... of the Coptic Orthodox Diocese of Melbourne"
    return last if named else None


_BODIES = frozenset(
    "assembly committee council parliament senate congress commission court party bank authority agency "
    "secretariat union organisation organization federation board chamber house".split())
_BODY_FIRST = frozenset({"bank", "banco", "banque", "central", "reserve"})


def _split_title(text: str, run: list[Token], places: _Places) -> tuple[str | None, str | None, int]:
    """Split "UK Foreign Secretary David Lammy" (a run of `text`) into its title, the title's
    country, and where the name starts."""
    words: list[str] = []
    affiliation: str | None = None
    saw_title = False
    k = 0
    # An organisation's name may stand before the title ("United Nations Secretary-General").
    first_title = next((i for i, t in enumerate(run[:5]) if _bare(t) in TITLE_WORDS), None)
    if first_title and _bare(run[first_title]) in _FORMS_OF_ADDRESS and any(
            places.covering(t.start) for t in run[:first_title]):
        first_title = None  # "From Port Vila Mr X": a place, then a form of address; no body's name
    # ... "African Union Commission", and a bank named with its country ("Bank Negara Malaysia Governor")
    bank = first_title is not None and first_title > 1 and _bare(run[0]) in _BODY_FIRST
    if first_title and (not any(_is_country(places.covering(t.start)) for t in run[:first_title])
                        or _bare(run[first_title - 1]) in NOT_NAME_WORDS or bank):
        words = [_word(text, t) for t in run[:first_title]]
        k = first_title
        prefix = [places.covering(t.start) for t in run[:k]]
        city = next((p for p in prefix if p is not None and p.kind in ("city", "country")), None)
        affiliation = city.country if city else None  # "Osaka Governor"
    while k < len(run):
        token = run[k]
        bare = _bare(token)
        place = places.covering(token.start)
        if place is not None and place.kind in ("country", "demonym", "city") and not saw_title:
            while k < len(run) and run[k].start < place.end:
                k += 1
            # "Japanese Foreign Minister", "Osaka Governor"; not "From Port Vila Mr X": where, not whose
            if k >= len(run) or _bare(run[k]) not in _FORMS_OF_ADDRESS:
                affiliation = place.country
            continue
        if (_title_word(token, places) or token.text in _HONORIFICS) and not (saw_title and token.possessive):
            if token.text not in _HONORIFICS or not saw_title:  # "President of P HE X": no part of the role
                words.append(_word(text, token))
            saw_title = True
            k += 1
            if bare in ("datuk", "dato") and k < len(run) - 1 and _bare(run[k]) in ("seri", "sri"):
                words.append(_word(text, run[k]))  # "Datuk Seri Anwar Ibrahim"
                k += 1
            if token.possessive:
                break
            continue
        ahead = next((i for i in range(k + 1, min(k + 3, len(run) - 2)) if _bare(run[i]) in TITLE_WORDS),
                     None)
        if not saw_title and affiliation and ahead is not None and not any(
                places.covering(t.start) for t in run[k:ahead]):
            # "Saudi Investment Minister": a field, then the title
            words += [_word(text, t) for t in run[k:ahead]]
            k = ahead
            continue
        office = next((i for i in range(k + 1, min(k + 4, len(run) - 1)) if _bare(run[i]) in TITLE_WORDS),
                      None)
        if not saw_title and k == 0 and office is not None and any(
                (p := places.covering(t.start)) is not None and p.kind == "demonym" for t in run[1:office]):
            # "Melkite Greek Catholic Patriarch X": a church's or body's name with a demonym in it
            words += [_word(text, t) for t in run[:office]]
            k = office
            continue
        if saw_title and bare in TITLE_JOINERS and k + 1 < len(run) and _title_word(run[k + 1], places):
            words.append(_word(text, token))
            k += 1
            continue
        if saw_title and bare in ("of", "for") and k + 3 < len(run) and _bare(run[k + 1]) == "the" and (
                _bare(run[k + 2]) in _THE_FIELDS) and _bare(run[k + 3]) != "of":
            # "Leader of the Opposition", "Minister for the Economy", "President of the Republic X"
            # (not "of the Republic of Korea": a country)
            words += [_word(text, t) for t in run[k:k + 3]]
            k += 3
            continue
        if saw_title and bare in _FIELD_ENDS and k < len(run) - 2:  # "... and International Relations"
            words.append(_word(text, token))
            k += 1
            continue
        break
    if not saw_title:
        return None, None, 0
    body = _body_of_office(run, k, places)
    if body is not None:  # "Speaker of the National Assembly of Kenya X Y"
        words += [_word(text, t) for t in run[k:body + 1]]
        k = body + 1
        if _bare(run[k]) == "of":
            country, k = _of_country(run, k, places)
            affiliation = affiliation or country
    # Words between title words belong to the title: "Chief Cabinet Secretary", "Commerce and
    # Industry Minister", "European Council President" (the name follows the last office word).
    last = max((i for i in range(k, len(run) - 1) if _title_word(run[i], places)
                and _bare(run[i]) not in TITLE_MODIFIERS and _bare(run[i]) not in _MALAY_COURTESY),
               default=None)
    if last is not None:
        for token in run[k:last + 1]:
            place = places.covering(token.start)
            if place is not None and place.kind in ("country", "demonym"):
                affiliation = affiliation or place.country
                while place.start == token.start and words and _bare_word(words[-1]) in ("of", "the"):
                    words.pop()  # "Prime Minister of the Republic of Rwanda Dr X": no "of the" left over
            else:
                words.append(_word(text, token))
        k = last + 1
    if 0 < k < len(run) - 2 and any(text.startswith(",", t.end) for t in run[max(0, k - 2):-2]):
        # "Minister of Foreign Affairs, Emigration and Egyptian Expatriates Ana Silva": the fields
        # run on after the comma, and the last two words are the name; or three after a known field word
        # ("for Economic Development, Trade, Industry and Minerals Francisca Tatchouop Belobe")
        end = len(run) - 2
        if _bare(run[end - 3]) == "and" and _bare(run[end - 2]) in _FIELD_ENDS and not (
                _field_word(run[end - 1])):
            end -= 1
        # ... or from the given name before "bin": "and Investment Promotion Qais bin Mohammed Al Yousef"
        end = next((i - 1 for i in range(k + 2, end) if _bare(run[i]) in _PATRONYMIC), end)
        words.append(text[run[k - 1].end:run[end - 1].end].lstrip(", "))
        k = end
    # "Minister of Foreign Affairs and East African Cooperation Mahmoud Kombo": a field joined on
    # ends at its last field word; at least two words are left for the name.
    if k < len(run) - 2 and _bare(run[k]) in TITLE_JOINERS:
        field = max((i for i in range(k + 1, len(run) - 2)  # "Cabinet of Ministers": a plural office too
                     if (_bare(run[i]) in TITLE_WORDS or _bare(run[i]) in _FIELD_ENDS
                         or _bare(run[i]).removesuffix("s") in TITLE_WORDS)
                     and _bare(run[i]) not in _MALAY_COURTESY and not _in_country_name(run[i], places)),
                    default=None)
        # "President of the Republic of Korea Lee Jae-myung", "Minister of Foreign Affairs of Ukraine X"
        country, k = _of_country(run, k, places) if field is None and _bare(run[k]) == "of" else (None, k)
        affiliation = affiliation or country  # the country is the affiliation, not the role
        # "Minister for Enterprise Peter Burke": one field word, a two-word name (not "Prime Minister
        # of Papua New Guinea": a country)
        if field is None and country is None and _bare(run[k]) in ("for", "of", "and") and (
                len(run) - k == 4 and not _is_country(places.covering(run[k + 1].start))):
            field = k + 1
        town = places.covering(run[k + 1].start) if field is None and country is None and _bare(
            run[k]) == "of" else None
        if town is not None and town.kind == "city":  # "Sultan of Sokoto Muhammadu Sa'ad Abubakar III"
            field = max(i for i in range(k + 1, len(run)) if run[i].start < town.end)
            affiliation = affiliation or town.country
            field = field if field < len(run) - 2 else None
        brief = places.covering(run[k + 1].start) if field is None and country is None and _bare(
            run[k]) == "for" else None
        if brief is not None and brief.kind == "country":  # "Special Envoy for Syria X Y": the brief
            field = max(i for i in range(k + 1, len(run)) if run[i].start < brief.end)
            field = field if field < len(run) - 2 else None
        if field is not None and field + 1 < len(run) - 2 and _bare(run[field + 1]) == "and" or (
                field is None and country is None and k + 2 < len(run) - 2 and _bare(run[k + 2]) == "and"):
            # "for Interior and National Administration X Y", "for Skills and Training X Y": the
            # field runs on to the name's two words
            field = len(run) - 3
        if field is not None:
            words += [_word(text, t) for t in run[k:field + 1]]
            k = field + 1
            if k < len(run) - 2 and _bare(run[k]) == "of":  # "... Foreign Affairs of Senegal Cheikh Niang"
                country, k = _of_country(run, k, places)
                affiliation = affiliation or country
    if all(_bare_word(w) in TITLE_MODIFIERS for w in words if _bare_word(w) in TITLE_WORDS) or (
            [_bare_word(w) for w in words] == ["executive"]):
        return None, None, 0  # a field alone is no title: "Foreign Relations", "Trade Deal", "Executive Yuan"
    if words and _bare_word(words[-1]) in TITLE_JOINERS:
        return None, None, 0  # "Chairman of the Halk Maslahaty": a body's name after "of the", no person
    return " ".join(words), affiliation, k


def _word(text: str, token: Token) -> str:
    """A word of a title as written, with the comma after it: the only commas inside a run are
    those of a title's fields ("Foreign Affairs, Trade and ..."). A title word in capitals that opens
    a paragraph ("PRESIDENT Emmerson Mnangagwa yesterday ...") is written as a title."""
    word = token.text
    if len(word) > 3 and word.isupper() and _bare(token) in TITLE_WORDS:
        word = word.capitalize()
    return word + "," if text.startswith(",", token.end) else word


# Family names spelled like function words, read as such only after a title: "Vice Premier He Lifeng"
_FAMILY_FUNCTION_WORDS = frozenset({"To", "He", "An", "Do", "So"})


# Words that name no one on their own but are family names after a title and a given name
_FAMILY_WORDS = frozenset({"hill", "church", "cross"})
# ... and a given name spelled like one, before a family name: "Defence Minister Bill Blair"
_GIVEN_WORDS = frozenset({"bill"})


def _spaced_initial(name: list[Token], position: int) -> bool:
    """Whether the token at `position` is one of two or more initials written apart before a name:
    the "A" of "A F M Khalid Hossain"."""
    letters = 0
    while letters < len(name) and len(name[letters].text) == 1 and name[letters].text.isupper():
        letters += 1
    return position < letters and letters >= 2 and len(name) - letters >= 1


def _name_like(name: list[Token], places: _Places, *, titled: bool, royal: bool = False) -> bool:
    """Whether `name` may be a person's name; `titled` when a title goes before it, `royal` when that
    is a royal one, which may stand before a given name spelled like a city ("Princess Sofia")."""
    # "Badr bin Hamad bin Hamood Albusaidi": particles aside
    if sum(_bare(t) not in NAME_PARTICLES for t in name) > _MAX_NAME_TOKENS or all(
            _bare(t) in TITLE_WORDS for t in name):
        return False  # "the Prime Minister's Office": titles, no name
    if len(name) > 1 and (_bare(name[-1]) in TITLE_MODIFIERS or _bare(name[-1]) in _FIELD_ENDS):
        return False  # "... of National Export Development": a field ends a title, never a name
    if len(name) > 1 and not titled and _bare(name[-1]) in _PLACE_LAST_WORDS:
        return False  # "Bossley Park": a suburb (but "Park Jin" is a name: the word ends it here)
    for position, token in enumerate(name):
        bare = _bare(token)
        if position == 0 and len(name) > 1 and (bare in _COMPASS or bare == "el" and len(name) == 2
                                                or bare in _PLACE_FIRST_WORDS):
            return False  # a region or a town: "North Darfur", "Far North", "El Fasher", "Beit Jala"
        # "Prime Minister Godwin Friday": a weekday as the family name after a given name; "Air Marshal
        # Sunday Aneke": one as the given name, after a title
        family_weekday = titled and bare in WEEKDAYS and (position == len(name) - 1 == 1 or (
            position == 0 and len(name) == 2 and _bare(name[1]) not in WEEKDAYS
            and _bare(name[1]) not in MONTHS and _bare(name[1]) not in _TIMES_OF_DAY))
        # "Trade Minister Tom Hill": a family name like a feature, after a title and a given name
        family_word = titled and 0 < position == len(name) - 1 and bare in _FAMILY_WORDS or (
            position == 0 and len(name) > 1 and bare in _GIVEN_WORDS and _bare(name[1]) not in NOT_NAME_WORDS)
        # ... and the "Un" of "Kim Jong Un" is no UN: an acronym's word counts in capitals only
        not_name = bare in NOT_NAME_WORDS and not (bare in _ACRONYM_WORDS and not token.text.isupper())
        if (not_name and not family_word or bare in WEEKDAYS) and not family_weekday or (
                len(name) == 1 and (bare in MONTHS or bare in _FIELD_ENDS)):
            return False  # not "January", nor the "Industry" of "Minister for Defence Industry"
        if (_plain(token) in FUNCTION_WORDS and not (position > 0 and bare in _ROMAN)
                and not (titled and position == 0 and len(name) == 2 and token.text in _FAMILY_FUNCTION_WORDS)
                and not _spaced_initial(name, position)
                # "Chief Minister A Revanth Reddy": an initial spelled like an article, after a title
                and not (titled and position == 0 and len(name) >= 3 and token.text in ("A", "I"))
                # ... and a middle initial with its dot: "Peter A. Comensoli"
                and not (0 < position < len(name) - 1 and token.text in ("A.", "I."))
                or bare in TITLE_WORDS and not titled and not (
                    0 < position == len(name) - 1 and bare in _ABBREVIATED_TITLES)):
            # "To", but not "Tô" (Tô Lâm), "Party chief To Lam", "Vice Premier He Lifeng" nor the "I"
            # of "Bartholomew I"; and a family name spelled like an abbreviated title is a name:
            # "Hun Sen", "Amartya Sen"
            return False
        # "A.B. Silva", and a middle initial: "Joseph R. Biden"
        initials = len(name) > 1 and (position == 0 and len(token.text) <= 3 or len(token.text) == 2
                                      and token.text[1] == "." and 0 < position < len(name) - 1)
        if token.text.isupper() and len(token.text) > 1 and not (
            position > 0 and bare in _ROMAN
        ) and not initials:
            return False
        place = places.covering(token.start)
        given = (position == 0 and len(name) > 1 and place is not None and place.kind == "city"
                 and place.end <= name[1].start)
        # "Domingos Simoes Pereira": a family name like a city, after given names that name no place
        family = (len(name) >= 3 and position == len(name) - 1 and place is not None and place.kind == "city"
                  and place.start >= token.start and all(places.covering(t.start) is None for t in name[:-1])
                  and not any(_bare(t) in NAME_PARTICLES for t in name))
        if place is not None and (place.kind in ("region", "feature") or len(name) == 1 and not (
                royal and place.kind == "city" and place.start == token.start) or not titled
                                  and not given and not family):
            return False  # but "Santiago Ruiz": a given name like a city, before a family name
    return True


# An office whose fields are listed with commas before the name: "Minister of Development,
# Industry, Trade and Services Geraldo Alckmin" (the run is "Trade and Services Geraldo Alckmin")
_OFFICE_OF_FIELDS = compiled(
    r"\b((?:[A-Z][\w'’-]*\s+){0,3}?(?:Minister|Secretary|Commissioner|Director|Chair|Chairman|Chairwoman)\s+"
    r"(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]*,\s+){1,6})$"
)


def _after_listed_fields(text: str, run: list[Token], places: _Places) -> tuple[str, list[Token]] | None:
    """(title, name) of a run that ends an office's list of fields: "Trade and Services" ends the
    title begun before it, a two- or three-word name follows."""
    joiner = next((i for i in range(len(run) - 1, -1, -1) if _bare(run[i]) in ("and", "&")), None)
    if joiner is None or not 2 <= len(run) - joiner - 2 <= 3 or not text.endswith(", ", 0, run[0].start):
        return None
    office = _OFFICE_OF_FIELDS.search(text, max(0, run[0].start - 120), run[0].start)
    if office is None:
        return None
    name = run[joiner + 2:]
    if not _name_like(name, places, titled=True):
        return None
    return text[office.start(1):run[joiner + 1].end], name


def _town_as_family_name(name: list[Token], places: _Places) -> bool:
    """Whether the last of two words is a town's name, the first no place's ("Mwila Chanda")."""
    town = places.covering(name[-1].start)
    return town is not None and town.kind == "city" and town.start == name[-1].start and (
        town.end == name[-1].end and places.covering(name[0].start) is None
        and not name[0].text.isupper())  # not "IIT Bombay"


def _after_body_fields(text: str, run: list[Token], places: _Places) -> tuple[str, list[Token]] | None:
    """(role, name) of a run that ends a body's fields after a lower-case role: "spokesperson of the
    Coordinating Ministry for Economic Affairs Haryo Limanseto"."""
    role = _ROLE_OF_BODY.search(text, max(0, run[0].start - 120), run[0].start)
    if role is None:
        return None
    fields = 0
    while fields < len(run) and (_field_word(run[fields]) or _bare(run[fields]) in _BODIES
                                 or _bare(run[fields]) in ("and", "&")):
        fields += 1
    name = run[fields:]
    if not fields or not 2 <= len(name) <= 3 or not name[0].capitalised or not _name_like(
            name, places, titled=True):
        return None
    return text[role.start(1):run[fields - 1].end], name


# "spokesperson of the Coordinating Ministry for ", "head of the Department of"
# ... "Minister of State at the Ministry of ", "Chairman of the city People's ", "member of the "
_ROLE_OF_BODY = compiled(
    r"\b((?:spokes(?:man|woman|person)|head|director|chief|secretary|adviser|advisor|official|member|"
    r"Chairman|Chairwoman|Chair|Minister(?:\s+of\s+State)?)\s+(?:of|at|for)\s+"
    r"the\s+(?:(?:[A-Z][\w-]*\s+){1,5}(?:for|of)\s+|city\s+[A-Z][\w'’-]*\s+)?)$")


def _described_after_or_comma(text: str, toks: list[Token], first: int, run: list[Token], places: _Places
                              ) -> tuple[str, int, str | None] | None:
    """The role the text gives a name it would not take alone: after it ("Amy Pope, director general
    of ..."), or before it with a comma ("the Governor, Harriet Cross,")."""
    return _appositive(text, run[-1], places) or _role_before_comma(text, toks, first, len(run), places)


def _family_title_described(text: str, toks: list[Token], first: int, run: list[Token], places: _Places
                            ) -> tuple[str, int, str | None] | None:
    """The role of a given name and a family name spelled like a title ("Amy Pope", "Julie Bishop"),
    given after it, before it with a comma, or right before it in lower case ("UN envoy Julie Bishop")."""
    if not _title_as_family_name(run, places):
        return None
    return (_described_after_or_comma(text, toks, first, run, places)
            or _role_before(text, toks, first, places))


def _title_as_family_name(name: list[Token], places: _Places) -> bool:
    """A given name and a family name that is also a title word ("Amy Pope", "Ana Bishop")."""
    if len(name) != 2:
        return False
    given = _bare(name[0])
    return (_bare(name[1]) in TITLE_WORDS and _bare(name[1]) not in TITLE_MODIFIERS
            and not name[1].possessive and given not in TITLE_WORDS and given not in _OFFICE_ADJECTIVES
            and not given.endswith(("ical", "ional", "ary", "ive", "ing"))  # "Ecumenical Patriarch"
            and _name_like(name[:1], places, titled=True))


_OFFICE_ADJECTIVES = frozenset(
    "interim acting former late emeritus outgoing incoming new elected ceremonial then current".split()
)


def _role_before(
    text: str, toks: list[Token], position: int, places: _Places
) -> tuple[str, int, str | None] | None:
    """A lower-case role description right before a name: "late communist leader", "his Chinese
    counterpart"."""
    words: list[Token] = []
    i = position - 1
    while i >= 0 and _adjacent(text, toks[i], toks[i + 1] if i + 1 < position else toks[position]):
        token = toks[i]
        bare = _bare(token)
        if bare in _ROLE_STOP or bare in SPEECH_VERBS or token.possessive and not places.covering(
            token.start
        ) or bare in _WEAK_BEFORE and bare not in ROLE_NOUNS:  # not "met communist leader X"
            break
        if not words and bare.removeprefix("then-").removeprefix("ex-") not in ROLE_NOUNS:
            return None  # and "under then-President X"
        words.insert(0, token)
        i -= 1
        if bare.endswith("ed") and token.text.islower() and i >= 0 and not _bare(toks[i]).endswith("ly") and (
                _bare(toks[i]) not in _ROLE_STOP):
            if _bare(toks[i]) in _AUXILIARIES:
                words.pop(0)  # "has nominated former president X": the verb is no part of the role
            break  # "an uprising ousted prime minister X": the verb's subject is not the role's
    if not words:
        return None
    return _describe(words, places)


def _role_before_comma(
    text: str, toks: list[Token], position: int, length: int, places: _Places
) -> tuple[str, int, str | None] | None:
    """ "Peru's foreign minister, Hugo de Zela," / "its president, Sidi Ould Tah,": a lower-case
    role and a comma before the name, and the name closed by a comma or the sentence's end."""
    if position < 1 or text[toks[position - 1].end:toks[position].start].strip() not in (",", "),"):
        return None  # "..., Amy Pope," and "... for Migration (IOM), Amy Pope,"
    last = position + length - 1
    while following := next((n for n in (1, 2, 3) if last + n < len(toks) and _post_nominal(
            toks[last + 1:last + 1 + n])), 0):
        last += following
    end = toks[last].end
    if native := _NATIVE_SPELLING.match(text, end):
        end = native.end()  # "The director, Wang Kuang-tzu (王光慈), declined": the name in its own script
    if text[end:end + 1] not in {",", ".", ";", ""}:
        return None
    acronym = text[toks[position - 1].end:toks[position].start].strip() == ")," and text.endswith(
        "(", 0, toks[position - 1].start)  # "... for Migration (IOM), Amy Pope": the title ends before it
    formal = _formal_title_before(toks, position - 1 if acronym else position)
    if formal is not None:  # "The President of the Republic of Cuba, Miguel Díaz-Canel"
        role, rank, owner = _formal_role(formal, places)
        before = (position - 1 if acronym else position) - len(formal) - 1
        if owner is None and before >= 0 and toks[before].possessive and (
                (place := places.covering(toks[before].start)) is not None and place.kind == "country"):
            owner = place.country  # "Seychelles' Minister for Foreign Affairs and Tourism, X"
        return role, rank, owner
    words: list[Token] = []
    titled = False  # whether a capitalised word is in the role
    i = _office_of_what(toks, position)
    while i >= 0 and len(words) < 5:
        token = toks[i]
        bare = _bare(token)
        office = _office_word(bare)  # "The Taoiseach, Micheál Martin", "the Governor-General, X"
        if not words and bare not in ROLE_NOUNS and not office:
            return None
        if words and not (_adjacent(text, token, words[0]) or token.possessive):
            break
        if bare in _ROLE_STOP or bare in SPEECH_VERBS or not (
            token.text.islower() and not titled or places.covering(token.start) or office
            or words and bare in TITLE_WORDS  # "Kenya's Foreign Minister, X"
        ):
            break  # ... not "the international community's High Representative, X"
        titled = titled or not token.text.islower()
        words.insert(0, token)
        i -= 1
        if token.possessive:
            break  # "Serbia's president, X": the role starts at its owner
    if len(words) > 1 and _bare(words[0]) == "state" and i >= 0 and toks[i].capitalised and (
            _bare(toks[i]) not in ("the", "a") and _adjacent(text, toks[i], words[0])):
        del words[0]  # "The Edo State Governor, X": "State" is the state's name, not the office's
    return _describe(words, places) if words else None


def _office_word(bare: str) -> bool:
    return any(part in TITLE_WORDS and part not in TITLE_MODIFIERS for part in (bare, *bare.split("-")))


def _office_of_what(toks: list[Token], position: int) -> int:
    """Where a lower-case role before "<comma> Name" ends: right before the comma, or before what
    it is the office of ("the foreign minister of the transitional government, X", "the secretary
    general of the Latin American Integration Association (ALADI), X", "Tanzania's ambassador to
    Saudi Arabia, X")."""
    for i in range(position - 2, max(-1, position - 10), -1):
        if toks[i].text.islower() and _bare(toks[i + 1]) in ("of", "for", "to", "on") and (
                _bare(toks[i]) in ROLE_NOUNS):
            return i
        if toks[i].possessive and not toks[i].text.islower() or _bare(toks[i]) in SPEECH_VERBS:
            break  # an owner ("Peru's"), not "commissioner for children's rights"
    return position - 1


# What an office may be of, written in lower case: "the Premier of the state, X"
_UNITS = frozenset(
    "state region province territory island islands country republic kingdom government people".split())


def _formal_right_before(text: str, toks: list[Token], position: int, places: _Places
                         ) -> tuple[str, int, str | None] | None:
    """ "the President of the New Caledonian government Tom Berg": a formal title whose unit is in
    lower case, right before the name (no comma between)."""
    if position < 3 or toks[position - 1].capitalised or _bare(toks[position - 1]) not in _UNITS or not (
            _adjacent(text, toks[position - 1], toks[position])):
        return None
    formal = _formal_title_before(toks, position)
    return None if formal is None else _formal_role(formal, places)


def _formal_role(formal: list[Token], places: _Places) -> tuple[str, int, str | None]:
    """A formal title as a role, its country the first country or demonym in it (not the posting of
    "High Commissioner to the UK": an envoy's country is not where they serve)."""
    posted = next((n for n, t in enumerate(formal) if _bare(t) == "to"), len(formal))
    owner = next((p for p in map(places.covering, (t.start for t in formal[:posted]))
                  if p is not None and p.kind in ("country", "demonym")), None)
    return " ".join(t.text for t in formal), _RANK_TITLE, owner.country if owner else None


def _formal_title_before(toks: list[Token], position: int) -> list[Token] | None:
    """ "the Minister for Pacific Island Affairs, Pat Conroy": a capitalised title with its field,
    an office word first, right before the comma and the name."""
    i = position - 1
    while i >= 0 and position - i <= 10 and (toks[i].capitalised or _bare(toks[i]) in TITLE_JOINERS
                                             or _bare(toks[i]) in _UNITS or _bare(toks[i]) == "to"
                                             or _in_charge_of(toks, i)):
        bare = _bare(toks[i])
        # ... "the Uganda High Commissioner to the UK, X": an envoy's posting
        if bare in TITLE_WORDS and bare not in TITLE_MODIFIERS and i < position - 1 \
                and _bare(toks[i + 1]) in ("for", "of", "to"):
            while i > 0 and toks[i - 1].capitalised and _bare(toks[i - 1]) in TITLE_WORDS:
                i -= 1  # "Director General of ...", "Deputy Secretary of ..."
            return toks[i:position]
        i -= 1
    return None


def _in_charge_of(toks: list[Token], i: int) -> bool:
    """Whether token i is a word of "in charge of" inside a title: "the Prime Minister of the
    Government in charge of Administrative Coordination"."""
    words = [_bare(t) for t in toks[max(0, i - 1):i + 3]]
    return "in charge of" in " ".join(words) and _bare(toks[i]) in ("in", "charge")


_FINITE_BE = frozenset("was were is are".split())
_DOCUMENTS = frozenset(
    "communique communiqué statement release letter report decree note announcement".split())
_NATIVE_SPELLING = compiled(r"\s*\([^\x00-\u024f()]{1,20}\)")  # no Latin letters inside


def _appositive(text: str, last: Token, places: _Places) -> tuple[str, int, str | None] | None:
    """ "Name, a senior US State Department official," -> that description."""
    start = last.end
    native = _NATIVE_SPELLING.match(text, start)
    if native:  # "Wang Hung-jen (王宏仁), a political scientist": the name in its own script first
        start = native.end()
    rest = text[start:start + 160]
    if not rest.startswith(", "):
        return None
    clause_end = len(rest)
    for stop in (",", ".", ";", "(", "—", " who ", " which ", " that ", " said", "“", '"'):
        found = rest.find(stop, 2)
        if found != -1:
            clause_end = min(clause_end, found)
    words = tokens(text, start + 2, start + clause_end)
    if words and (_bare(words[0]) in _AUXILIARIES or _bare(words[0]) in _NOT_A_ROLE_FIRST):
        return None  # "Name, will begin on Wednesday an official tour": a verb; ", where he met": a clause
    if len(words) > 2 and _bare(words[0]) == "as" and _bare(words[1]) == "well" and _bare(words[2]) == "as":
        return None  # "met X at São Bento, as well as the foreign minister": another item
    if any(_bare(w) in _FINITE_BE for w in words):
        return None  # "In Brades, the duke was welcomed by the Governor": a clause, not a role
    verb = words[0].text.endswith("ed") or words[0].text in _IRREGULAR_PAST if words else False
    if len(words) > 1 and words[0].text.islower() and verb and (
            _bare(words[1]) not in ROLE_NOUNS and _bare(words[1]) != "as"):
        return None  # "Name, held talks with Syria's new leader": a verb, not "retired general", "acted as"
    while words and _bare(words[0]) in ("a", "an", "the", "his", "her", "their", "its"):
        words = words[1:]
    if len(words) > 2 and _bare(words[0]) in _DOCUMENTS and _bare(words[1]) == "of":
        return None  # "Name, a communique of the Prime Minister's Services said": a thing, not a role
    # "Minister of Foreign Affairs of the Republic of Türkiye": the country is the affiliation
    tail_place = places.covering(words[-1].start) if words else None
    # ... and "Crown Prince of Abu Dhabi", "Governor of Lagos": the city's country
    # ... and "Catholicos of All Armenians", "King of the Belgians": a people in the plural
    plural = tail_place is not None and tail_place.kind == "demonym" and tail_place.text.endswith("s")
    if tail_place is not None and (tail_place.kind in ("country", "city") or plural) and tail_place.country:
        named = len(words) - 1
        while named > 0 and words[named - 1].start >= tail_place.start:
            named -= 1  # "Abu Dhabi": every word of the place
        cut = named
        while cut > 0 and (_bare(words[cut - 1]) in ("of", "the", "all") or (
                _bare(words[cut - 1]) in _STATE_WORDS)):
            cut -= 1
        # "... of P", not "..., as well as cooperation with the United States"; an office of a city,
        # not "Royal Holloway, University of London"
        of_place = any(_bare(w) == "of" for w in words[cut:named])
        if of_place and (tail_place.kind == "country" or plural or any(
                _bare(w) in ROLE_NOUNS for w in words[:cut])):
            role = _describe(words[:cut], places)
            if role is not None:
                return role[0], role[1], role[2] or tail_place.country
    # "a fellow at the Middle East Institute", "an analyst with X", "a lecturer in religious studies at
    # Y", "Secretary General of the GCC": the office, up to the last role word before such a link
    head = next((i for i in range(min(6, len(words) - 1) - 1, -1, -1)
                 if _bare(words[i]) in ROLE_NOUNS and _bare(words[i + 1]) in _ROLE_LINKS), None)
    if head is None and len(words) > 3 and _bare(words[0]) in ROLE_NOUNS and (
            _bare(words[1]) == "emeritus" and _bare(words[2]) in _ROLE_LINKS):
        head = 1  # "professor emeritus of politics at the University of X"
    body = None  # "the head of the British Army": the body's people are the affiliation
    if head is not None:
        after = head + 2 + (head + 2 < len(words) and _bare(words[head + 2]) == "the")
        body = places.covering(words[after].start) if after < len(words) - 1 and _bare(
            words[head + 1]) == "of" and _bare(words[head]) not in _KIN else None  # not "the grandson of
        # Palestinian migrants": whose child, not whose official
        words = words[:head + 1]
    if not words or len(words) > 8 or not any(_bare(w) in ROLE_NOUNS for w in words):
        return None
    if _bare(words[-1]) not in ROLE_NOUNS and not any(
        _bare(w) in ROLE_NOUNS and i >= len(words) - 3 for i, w in enumerate(words)
    ):
        return None
    described = _describe(words, places)
    if described and body is not None and body.kind == "demonym" and described[2] is None:
        return described[0], described[1], body.country
    return described


def _describe(words: list[Token], places: _Places) -> tuple[str, int, str | None] | None:
    """Turn role words into (role, rank, affiliation): place words become the affiliation."""
    affiliation: str | None = None
    kept: list[str] = []
    for token in words:
        place = places.covering(token.start)
        if place is not None and place.kind in ("country", "demonym"):
            affiliation = affiliation or place.country
            if place.start == token.start:
                while kept and _bare_word(kept[-1]) in ("of", "the"):
                    kept.pop()  # "Prime Minister of the United Arab Emirates and Ruler of Dubai"
            continue
        if token.possessive and token.capitalised:
            continue
        kept.append(token.text)
    if not kept:
        return None
    role = " ".join(kept)
    rank = _RANK_COUNTERPART if fold(role) in ("counterpart", "counterparts") else _RANK_DESCRIPTION
    return role, rank, affiliation


_ASIDES = frozenset("however meanwhile too though also moreover instead".split())


def _spoken(toks: list[Token], first: int, last: int) -> bool:
    before = _bare(toks[first - 1]) if first > 0 else ""
    next_word = last + 1
    while next_word < len(toks) and _bare(toks[next_word]) in _ASIDES:
        next_word += 1  # "X, however, said"
    after = _bare(toks[next_word]) if next_word < len(toks) else ""
    according = first > 1 and _bare(toks[first - 2]) == "according" and before == "to"
    # "she told Al Jazeera": who is told is a listener, often an outlet
    return before in SPEECH_VERBS and before not in _TOLD or after in SPEECH_VERBS or according


def _weak_person(toks: list[Token], position: int, length: int, places: _Places) -> bool:
    """A two- or three-word name (particles aside: "Fouad Ali El Himma") followed by a verb, or after
    "met"/"with": likely a person."""
    if length < 2 or sum(_bare(t) not in NAME_PARTICLES for t in toks[position:position + length]) > 3:
        return False
    end = position + length
    after = _bare(toks[end]) if end < len(toks) else ""
    before = _bare(toks[position - 1]) if position > 0 else ""
    following = places.covering(toks[end + 1].start) if after == "and" and end + 1 < len(toks) else None
    listed = following is not None and following.kind != "demonym" and not toks[end + 1].possessive
    if before == "the" or listed or before in _FIRMS:
        # "the Great Lakes and the Horn of Africa", "tour of Great Lakes and East Africa", "laser
        # manufacturers Light Conversion and Ekspla"
        return False
    owner = _bare(toks[position - 2]) if before in ("of", "to") and position > 1 else ""
    if before == "of" and owner in _OF_A_FIRM:
        return False  # "the plants of Hyundai Rotem and Hanwha Aerospace", "the port of Fernão Dias"
    # "the previous government of Alberto Fernández", "the son of Hun Sen", "the memorial to X"
    governed = owner in _OF_A_PERSON
    return (after in _WEAK_AFTER or before in _WEAK_BEFORE or governed
            or toks[position + length - 1].possessive)


# Plural nouns of businesses and bodies, which name no people after them
_FIRMS = frozenset("companies firms manufacturers makers producers brands suppliers exporters lenders banks "
                   "carriers airlines operators developers retailers startups start-ups broadcasters "
                   "newspapers clubs automakers carmakers chipmakers insurers conglomerates".split())
# What a business or place has, not a person: "the plants of X", "the port of X"
_OF_A_FIRM = frozenset("plants plant factories factory shipyards shipyard subsidiary subsidiaries shares "
                       "port headquarters".split())


# Titles of a ruler known by one name, which is no one else's family name: "Sultan Ibrahim", "King Abdullah"
_REGNAL = frozenset("king queen sultan emir amir emperor empress pope".split())


def _regnal(role: str | None) -> bool:
    """Whether a role is a ruler's title ("King", "Pope", "King Sultan")."""
    return role is not None and role.split()[-1].lower() in _REGNAL


_COMPASS = frozenset(  # ... and "New England", "New Caledonia": no one's given name
    "north south east west far central upper lower northern southern eastern western new".split())
_CLOSE_KIN = frozenset(
    "son daughter father mother wife husband widow brother sister grandson granddaughter".split())
# Family: "the son of X" tells whose child someone is, not whom they serve
_KIN = _CLOSE_KIN | frozenset("child grandchild descendant nephew niece cousin".split())
# What only a person can be the "of" or "to" of: "the government of X", "the son of X", "a bust of X"
_OF_A_PERSON = _CLOSE_KIN | frozenset("government administration presidency premiership tenure reign era "
                                      "inauguration resignation funeral assassination memorial bust statue "
                                      "tribute tomb mausoleum portrait".split())


def _merge(candidates: list[_Candidate]) -> tuple[list[PersonRecord], list[tuple[int, _Candidate]]]:
    """Group candidates into people: a shorter name whose words all appear in a longer one is the
    same person ("Prime Minister Kishida" is "Fumio Kishida")."""
    named = [c for c in candidates if c.name_tokens]
    order = sorted(range(len(named)), key=lambda i: -len(named[i].name_tokens))
    records: list[PersonRecord] = []
    index = _RecordIndex()
    owner: dict[int, int] = {}
    held: dict[int, set[str | None]] = {}  # record -> the roles its candidates came with
    named_at: dict[int, int] = {}  # record -> where it is first named
    short: dict[tuple[str, ...], int] = {}  # a one-word name -> the record it was first taken for
    for i in order:
        candidate = named[i]
        folded = tuple(_bare(t) for t in candidate.name_tokens)
        match = index.find(folded)
        if match is not None and len(folded) == 1 and _regnal(candidate.role) and not any(
                _regnal(role) for role in held[match]):
            match = index.exact(folded)  # "Sultan Ibrahim" is not Prime Minister Anwar Ibrahim
        if match is not None and len(folded) == 1 and index.exact(folded) is None:
            # the same short name is the same person all through the article
            match = short.setdefault(folded, _named_before(index.holders(folded[0]), candidate, named_at))
        if match is None:
            text = _written(candidate.name_tokens)
            records.append(PersonRecord(text, folded))
            match = len(records) - 1
            index.add(match, folded)
        owner[i] = match
        at = candidate.name_tokens[0].start
        named_at[match] = min(named_at.get(match, at), at)
        held.setdefault(match, set()).add(candidate.role)
    result: list[tuple[int, _Candidate]] = []
    aliases: dict[int, set[str]] = {}
    for i, candidate in enumerate(named):
        record = records[owner[i]]
        alias = _written(candidate.name_tokens)
        known = aliases.setdefault(owner[i], set())
        if alias != record.name and alias not in known:
            known.add(alias)
            record.aliases.append(alias)
        if candidate.role and candidate.rank > record.role_rank:
            record.role, record.role_rank = candidate.role, candidate.rank
        for role in (candidate.role, candidate.also):
            if role and role not in record.roles:
                record.roles.append(role)
        if candidate.affiliation and (record.affiliation is None or candidate.rank >= _RANK_TITLE):
            record.affiliation = candidate.affiliation
        result.append((owner[i], candidate))
    return records, result


def _named_before(holders: Sequence[int], candidate: _Candidate, named_at: dict[int, int]) -> int:
    """Of the people a one-word name may be, the first already named by then ("Archbishop Justin"
    after "the Most Revd Justin Welby" is he, though another Justin is named later), else the first."""
    at = candidate.name_tokens[0].start
    return next((r for r in holders if named_at[r] < at), holders[0])


class _RecordIndex:
    """Records by their name words, to find the first record a name belongs to without a scan of
    them all: its tokens are the record's, or its words (particles aside) are among the record's."""

    def __init__(self) -> None:
        self._exact: dict[tuple[str, ...], int] = {}
        self._word_sets: list[frozenset[str]] = []
        self._with_word: dict[str, list[int]] = {}  # word -> records holding it, in order

    def add(self, record: int, folded: tuple[str, ...]) -> None:
        self._exact.setdefault(folded, record)
        words = _own_words(folded)
        # "Gen Burhan" is "Abdel Fattah al-Burhan": a family name without its Arabic article
        words |= {w[a.end():] for w in words if (a := _ARTICLE_PREFIX.match(w)) and len(w) - a.end() > 2}
        self._word_sets.append(words)
        for word in words:
            self._with_word.setdefault(word, []).append(record)

    def holders(self, word: str) -> list[int]:
        """The records holding `word`, in order."""
        return self._with_word.get(word, [])

    def exact(self, folded: tuple[str, ...]) -> int | None:
        """The record with just these name tokens, if any."""
        return self._exact.get(folded)

    def find(self, folded: tuple[str, ...]) -> int | None:
        if folded in self._exact:
            return self._exact[folded]  # the same name again ("Tamim bin Hamad Al Thani")
        # an initial stands for a word of the record: "O.Bektenov" is Olzhas Bektenov
        initials = {t for t in folded if len(t) == 1}
        wanted = {t for t in folded if t not in NAME_PARTICLES and t not in initials}
        if not wanted:
            return None
        # A record whose tokens equal `folded` also holds all of `wanted`: one test covers both.
        postings = []
        for word in wanted:
            holders = self._with_word.get(word)
            if holders is None:
                return None
            postings.append(holders)
        for record in min(postings, key=len):
            if wanted <= self._word_sets[record] and all(
                    any(word[0] == initial for word in self._word_sets[record]) for initial in initials):
                return record
        return None


_PATRONYMIC = frozenset({"bin", "ibn", "bint", "binti"})


def _own_words(folded: tuple[str, ...]) -> frozenset[str]:
    """A name's words without the father's name after "bin": "Al Hussein bin Abdullah II" is not
    the "King Abdullah" of the same article."""
    return frozenset(w for n, w in enumerate(folded) if n == 0 or folded[n - 1] not in _PATRONYMIC)


_ARTICLE_PREFIX = compiled(r"(?:al|el)-")
# What a person does after their name, not a place: "Holguín told", "Holguín, a former minister,"
_ACTS_AFTER = compiled(r"\s+(?:said|says|told|tells|met|meets|arrived|arrives|will|would|has|had|was|is|"
                       r"added|hears|heard|urged|thanked|stressed|called|visited|visits|noted)\b"
                       r"|,\s+(?:a|an)\s+[a-z]")
_PLACE_BEFORE = compiled(r"\b(?:in|to|from|at|of|near|via|into|the)\s+\Z", re.IGNORECASE)
# After a weekday or month: a date goes on ("Friday, February 20", "May 4", "Friday 20 February")
_AS_DATE = compiled(r",?\s*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)",
                    re.IGNORECASE)


def _named_after(text: str, toks: list[Token], n: int, words: list[str]) -> bool:
    """Whether the name at `toks[n]` is part of a body's or place's name: "the Mohammed VI
    Foundation", "Nelson Mandela Bay"."""
    k = n
    while k + 1 < len(toks) and _bare(toks[k + 1]) in words and _adjacent(text, toks[k], toks[k + 1]):
        k += 1
    after = toks[k + 1] if k + 1 < len(toks) else None
    return after is not None and after.capitalised and _adjacent(text, toks[k], after) and (
        _bare(after) in NOT_NAME_WORDS)


def _resolve_references(
    text: str,
    sentences: Sequence[Sentence],
    sentence_tokens: list[list[Token]],
    records: list[PersonRecord],
    full: list[tuple[int, _Candidate]],
    candidates: list[_Candidate],
    places: _Places,
) -> list[PersonMention]:
    """Every mention: full names, single-word references, and titles standing for a known person."""
    by_token: dict[str, list[int]] = {}
    titled: set[str] = set()  # family names spelled like a title: "Bishop" of "Julie Bishop"
    for i, record in enumerate(records):
        given, family = record.tokens if len(record.tokens) == 2 else ("", "")
        if family in TITLE_WORDS and given not in TITLE_WORDS:
            titled.add(family)
            by_token.setdefault(family, []).append(i)
        for word in _own_words(tuple(record.tokens)):
            if word not in NAME_PARTICLES and len(word) > 1 and word not in TITLE_WORDS \
                    and word not in FUNCTION_WORDS:  # "He" alone is a pronoun, not He Wenping
                by_token.setdefault(word, []).append(i)
                article = _ARTICLE_PREFIX.match(word)  # "Rai" for "Bechara Boutros al-Rai"
                if article and len(word) - article.end() > 2:
                    by_token.setdefault(word[article.end():], []).append(i)
    covered: set[int] = set()
    mentions: list[PersonMention] = []
    for person, candidate in full:
        start, end = candidate.name_tokens[0].start, candidate.name_tokens[-1].end
        mentions.append(PersonMention(person, start, end, candidate.sentence))
        covered.update(t.start for t in candidate.name_tokens)
    # A word shared by several people refers to the one named most recently (else the first
    # record): `latest[word]` keeps that person as the text is read.
    latest = {word: owners[0] for word, owners in by_token.items()}
    words_of: dict[int, list[str]] = {}
    for word, owners in by_token.items():
        for person in dict.fromkeys(owners):
            words_of.setdefault(person, []).append(word)
    for sentence, toks in zip(sentences, sentence_tokens, strict=True):
        for n, token in enumerate(toks):
            if token.start in covered or not token.capitalised:
                continue
            word = _bare(token)
            if word not in latest or places.covering(token.start) is not None and not (
                    _ACTS_AFTER.match(text, token.end) and not _PLACE_BEFORE.search(
                        text, max(0, token.start - 12), token.start)):
                continue  # (but "Holguín told reporters": the envoy, though a Cuban city is so called)
            if word in titled and _as_title(text, token):
                continue  # "Pope Leo", "the Bishop": the title, not Amy Pope or Julie Bishop
            person = latest[word]
            if n > 0 and _bare(toks[n - 1]) in words_of[person] and toks[n - 1].capitalised:
                continue  # the second word of a name already counted
            if _named_after(text, toks, n, words_of[person]):
                continue  # "the Mohammed VI Institute": a body named after the person
            if (word in WEEKDAYS or word in MONTHS) and _AS_DATE.match(text, token.end):
                continue  # "Friday, February 20: Castries" is a day, though Godwin Friday is named
            mentions.append(PersonMention(person, token.start, token.end, sentence.index))
            for own in words_of[person]:
                latest[own] = person
    roles = _Roles(records)
    for candidate in candidates:
        if candidate.role_reference and candidate.role:
            referred = roles.only(candidate.role, candidate.affiliation)
            if referred is not None:
                at = sentences[candidate.sentence].start if candidate.at is None else candidate.at
                mentions.append(PersonMention(referred, at, at, candidate.sentence))
    mentions.sort(key=lambda m: (m.start, m.person))
    return mentions


_OF_WHAT = compiled(r"\s+(?:of|for|to)\s.*")  # ... and where an envoy is posted: "Ambassador to the UK"
_TITLE_USE_BEFORE = compiled(r"(?:\b(?i:the|an?)|['’]s|\w+\s+(?:of|and))\s+$")
_TITLE_USE_AFTER = compiled(r"\s+(?:[A-Z]|of\b|and\s+[A-Z])")


def _as_title(text: str, token: Token) -> bool:
    """Whether a title word is used as one: before a name or "of", or after an article or owner."""
    return bool(_TITLE_USE_AFTER.match(text, token.end)
                or _TITLE_USE_BEFORE.search(text, max(0, token.start - 20), token.start))


def office_of(role: str) -> str:
    """The office a role names, without what it is of: "Prime Minister of the United Kingdom" ->
    "Prime Minister", "Oba of Benin" -> "Oba", "Ambassador to the UK" -> "Ambassador"."""
    return _OF_WHAT.sub("", role)


class _Roles:
    """Records by role: the one person holding a role ("the Foreign Minister"), if only one does."""

    def __init__(self, records: list[PersonRecord]) -> None:
        self._holders: dict[tuple[str, str | None], list[int]] = {}
        self._offices: dict[tuple[str, str | None], set[int]] = {}  # "Oba" for an "Oba of Benin"
        for i, record in enumerate(records):
            if record.role:
                role = fold(record.role)
                self._holders.setdefault((role, None), []).append(i)
                self._offices.setdefault((office_of(role), None), set()).add(i)
                if record.affiliation is not None:
                    self._holders.setdefault((role, record.affiliation), []).append(i)
                    self._offices.setdefault((office_of(role), record.affiliation), set()).add(i)

    def only(self, role: str, affiliation: str | None) -> int | None:
        """The one record whose role is `role` (and whose affiliation is `affiliation`, if given)."""
        matches = self._holders.get((fold(role), affiliation), [])
        # not when another holds that office of something: "the Oba" with an "Oba of Benin" named
        return matches[0] if len(matches) == 1 and self._offices.get((fold(role), affiliation), set()) <= {
            matches[0]} else None
