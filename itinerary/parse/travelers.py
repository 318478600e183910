"""Who makes the trip, where they come home to, and which sentences are about their trip."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from itinerary.parse.dates import dateline_end
from itinerary.parse.lexicon import CONCLUDING_TRIP, LEAVING
from itinerary.parse.patterns import compiled
from itinerary.parse.people import People, PersonMention, office_of
from itinerary.parse.places import Mention
from itinerary.parse.text import Sentence, is_headline

__all__ = ["PARTY", "about_trip", "find_traveler", "home_returned_to", "letterhead", "named_with",
           "others_named", "travel_party"]

_TRAVEL_WORDS = compiled(
    r"\b(?:visit\w*|tour\w*|trip|travel\w*|head\w*|arriv\w*|begin\w*|began|end\w*|stop\w*|fl(?:y|ies|ew)|"
    r"leav\w*|left|depart\w*|journey|swing|kick\w*|conclud\w*|wrap\w*|land\w*|touch\w*|return\w*|"
    r"welcom\w*|missions?|start(?:s|ed|ing)?)\b",
    re.IGNORECASE,
)
# Who a sentence may mean by the travelling party: "the royals", "the couple", "the delegation".
PARTY = (r"\bthe\s+(?:royal\s+)?(?:couple|pair|delegation|two)\b"
         r"|\bthe\s+(?-i:[A-Z][a-z]+)\s+delegation\b"  # "the Saudi delegation will fly to P"
         r"|\bthe\s+(?:royals|monarchs?|pontiff|visitors?|visiting\s+[\w-]+|guests?\s+of\s+honou?r)\b"
         r"|\bthe\s+(?:[\w-]+\s+)?leaders?\b")  # "the Turkish leader"
# A subject that may be the traveller: a pronoun, "his/her tour" and the like, or the party ("his
# French and German colleagues" is someone else's sentence).
_SUBJECT_PRONOUN = compiled(
    r"\b(?:he|she|they|him|them)\b|\b(?:the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:trip|tour|visit|journey|"
    r"swing|leg|stop|stay)\b|" + PARTY,
    re.IGNORECASE,
)

# Named right after these, a person receives the traveller: "At the invitation of President X",
# "hosted by X", "will meet X".
_INVITING = r"invitation\s+of|hosted\s+by|guest\s+of"  # "At the invitation of President X"
_HOSTED = compiled(
    r"\b(?:" + _INVITING + r"|welcomed\s+by|received\s+by|greeted\s+by|meet(?:s|ing)?|"
    r"met|talks\s+with|with|beside|alongside|host|counterparts?,?|"
    # someone the travellers act on: "pressed Serbian President X", "urged X", "thanked X"
    r"press(?:ed|es)?|urg(?:ed|es|e)|call(?:ed|s)?\s+on|thank(?:ed|s)?|prais(?:ed|es|e)|warn(?:ed|s)?|"
    r"brief(?:ed|s)?)\s+(?:(?:the|his|her|their)\s+)?(?:[A-Z][\w.'-]*\s+){0,4}"
    # "met the President of Chad, X, and Prime Minister Y"
    r"(?:(?:(?:[A-Z][\w.'’-]*|of|for|the|and),?\s+){1,12}?)?$"
)


# "accompanied by Foreign Minister X": X goes along, the one accompanied leads.
_COMPANION_BEFORE = compiled(
    r"\b(?:accompanied|joined)\s+by\s+(?:(?:the|his|her|their)\s+)?(?:[\w.'’-]+\s+){0,5}$", re.IGNORECASE
)


# "the king toured", "the crown prince", "the Secretary-General will"
_THE_ROLE = compiled(r"\b[Tt]he\s+([\w-]+)(?:\s+([\w-]+))?")
# A courtesy said for its holder, and the offices that hold it, in the order they are looked for
_COURTESY_HOLDERS = {
    "majesty": ("king", "queen", "emperor", "empress", "sultan", "monarch"),
    "holiness": ("pope", "patriarch", "catholicos"),
    "highness": ("crown prince", "prince", "princess", "emir", "sultan", "sheikh"),
    "beatitude": ("patriarch",),
    "eminence": ("cardinal",),
}
_COURTESY = compiled(r"\b(?:His|Her)\s+(" + "|".join(k.capitalize() for k in _COURTESY_HOLDERS) + r")\b")
# "Silva told reporters that the visit ...": a speaker, whose words may be about anyone's travel
_SPEAKS = compiled(r"\s*(?:,[^,.]{0,60},\s*)?(?:said|says|told|added|stressed|noted|dismissed|denied|"
                   r"insisted|argued|explained|warned|stated|wrote)\b")


_A_YEAR = r"\bin\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b"  # "in September 2024", "in 2019"
# A deed of a year told right after the name: "where X celebrated Mass for 600,000 people in September 2024"
_OTHER_YEAR = compiled(r"\s+(?:[a-z]+ed|made|led|met|took|went|gave|held|said)\s+(?:[\w,-]+\s+){0,6}?"
                       + _A_YEAR)
_IN_A_YEAR = compiled(_A_YEAR)
# "In Zagreb, ...", "at Vienna": where the sentence is (not "a statement from his ministry in Male": home)
_IN_PLACE = compiled(r"(?<!\bministry\s)(?<!\boffice\s)(?<!\bgovernment\s)\b(?:[Ii]n|at)\s+$")
_OFFICE_OF = compiled(r"(?:[\w-]+\s+)*?(?:([\w-]+)\s+)??([\w-]+)\s+(?:of|for)\s")


def find_traveler(sentences: Sequence[Sentence], people: People,
              by_sentence: Sequence[Sequence[Mention]] = ()) -> int | None:
    """The person most often named in sentences about travel, or referred to there by a role only
    they hold ("the king"), with a point for being named in the headline; the earliest on a tie.
    Hosts (met, or of a place the sentence names), those who accompany someone and speakers do not
    count there."""
    scores: dict[int, float] = {}
    holders: dict[str, set[int]] = {}
    for n, record in enumerate(people.records):
        for role in record.roles:  # "the king", and "the crown prince" for a "Crown Prince"
            # the office, not what it is of: "the Kingdom" is no "Prime Minister of the United Kingdom"
            words = office_of(role).lower().split()
            holders.setdefault(words[-1], set()).add(n)
            holders.setdefault(" ".join(words[-2:]), set()).add(n)
            office = _OFFICE_OF.match(role)  # "the minister" for a "Minister of Foreign Trade"
            if office:  # ... and "the director general" for a "Director General of the IOM"
                holders.setdefault(office.group(2).lower(), set()).add(n)
                if office.group(1):
                    holders.setdefault(f"{office.group(1)} {office.group(2)}".lower(), set()).add(n)
    # a role word held by several people stands for the one named first ("the crown prince" for
    # the travelling one, not for a host's crown prince named later)
    first_named = {m.person: m.start for m in reversed(people.mentions)}
    headline = bool(sentences) and is_headline(sentences[0])
    # ... first in the body: a headline names whom it likes first ("President, Lukashenko sign deals")
    in_body = {m.person: m.start for m in reversed(people.mentions) if m.sentence > 0 or not headline}
    by_role = {word: min(held, key=lambda p: (in_body.get(p, 1 << 30), first_named.get(p, 1 << 30)))
               for word, held in holders.items()}
    if headline:
        # the headline's subject: "what Macron's Balkan marathon did and didn't achieve"; not
        # whom it says is met ("Royals meet Silva in Cairo")
        hosted = {m.person for m in people.sentence_mentions(0) if _hosted(sentences[0], m)}
        for person in people.in_sentence(0):
            if person not in hosted:
                scores[person] = scores.get(person, 0.0) + 1.0
    for sentence in sentences:
        if not _TRAVEL_WORDS.search(sentence.text):
            continue
        # "In Zagreb, the Croatian prime minister ... used the visit": someone of the place is a host
        local = {m.country for m in (by_sentence[sentence.index] if by_sentence else ())
                 if _IN_PLACE.search(sentence.text, max(0, m.start - sentence.start - 4),
                                     m.start - sentence.start)}
        hosts: set[int] = {p for p in people.in_sentence(sentence.index)
                           if people.records[p].affiliation in local}
        speakers: set[int] = set()
        for m in people.sentence_mentions(sentence.index):
            at = m.start - sentence.start
            if _hosted(sentence, m) or _COMPANION_BEFORE.search(sentence.text, max(0, at - 60), at) or (
                    _THEIR_OFFICE.match(sentence.text, m.end - sentence.start)) or (
                    _OTHER_YEAR.match(sentence.text, m.end - sentence.start)):
                # ... and "a statement from X's office": X's aides speak; "where X celebrated Mass ... in
                # September 2024": another year's doer
                hosts.add(m.person)
            elif (spoke := _SPEAKS.match(sentence.text, m.end - sentence.start)) and (
                    not _TRAVEL_WORDS.search(spoke.group()) or _IN_A_YEAR.search(spoke.group())):
                # but "X, who flew in from P, told Y": the traveller (not "X, who made a historic visit
                # to P in January 2023, said": a host recalling another trip)
                speakers.add(m.person)
        present = [p for p in people.in_sentence(sentence.index) if p not in hosts]
        for rank, person in enumerate(present):
            if person not in speakers:
                scores[person] = scores.get(person, 0.0) + (2.0 if rank == 0 else 1.0)
        said = {w.lower() for m in _THE_ROLE.finditer(sentence.text) for w in (m[1], f"{m[1]} {m[2]}")}
        for courtesy in _COURTESY.finditer(sentence.text):  # "His Majesty will take part": the king
            word = courtesy[1].lower()  # whoever was named with it ("His Holiness X"), else its office's
            held = next((office for office in (word, *_COURTESY_HOLDERS[word]) if office in by_role), None)
            if held is not None:
                said.add(held)
        for word in said:
            holder = by_role.get(word)
            if holder is not None and holder not in present:
                scores[holder] = scores.get(holder, 0.0) + 1.0
    if not scores:  # "The foreign ministers of A and B pledged ... during a joint visit. A's X and B's Y met
        # with ...": the people of the sentence after a travel sentence that names no one, hosts aside
        for sentence, after in zip(sentences, sentences[1:], strict=False):
            if _TRAVEL_WORDS.search(sentence.text) and not people.in_sentence(sentence.index):
                for m in people.sentence_mentions(after.index):
                    if not _hosted(after, m):
                        scores.setdefault(m.person, 1.0)
                if scores:
                    break
    if not scores:
        return None
    # "At the invitation of Chinese President X, President Y will pay a state visit": X receives
    inviters: set[int] = set()
    for sentence in sentences:
        mentions = people.sentence_mentions(sentence.index)
        for m in mentions:
            at = m.start - sentence.start
            if _INVITED_BY.search(sentence.text, max(0, at - 60), at) and not any(
                    o.person == m.person and o.start < m.start for o in mentions):
                inviters.add(m.person)  # not "Archbishop Justin will arrive at the invitation of Justin X"
            if _sends_someone(sentence, m, mentions):
                inviters.add(m.person)  # "Pope X is sending Cardinal Y as his envoy to P": Y travels
            if _receives_a_visitor(sentence, m, mentions):
                inviters.add(m.person)  # "X today received Y, who is on an official visit to P": Y travels
    if any(p not in inviters for p in scores):
        scores = {p: score for p, score in scores.items() if p not in inviters}
    return max(scores, key=lambda p: (scores[p], -first_named.get(p, 0)))


_SENDS = compiled(r"\s+(?:(?:is|has|had|will)\s+)?(?:send|sends|sending|sent|dispatch|dispatches|dispatching|"
                  r"dispatched)\s+(?:(?:his|her|their)\s+[\w-]+\s+(?:[\w-]+\s+)?)?")
_TITLES_ONLY = compiled(r"(?:[A-Z][\w.-]*\s+){0,3}")


def _sends_someone(sentence: Sentence, sender: PersonMention, mentions: Sequence[PersonMention]) -> bool:
    """Whether the sentence has `sender` send someone it names next: "X is sending Cardinal Y"."""
    sends = _SENDS.match(sentence.text, sender.end - sentence.start)
    return sends is not None and any(
        o.person != sender.person and o.start - sentence.start >= sends.end()
        and _TITLES_ONLY.fullmatch(sentence.text, sends.end(), o.start - sentence.start) for o in mentions)


_RECEIVES = compiled(r"\b(?:received|receives|welcomed|welcomes|hosted|hosts)\b")
_WHO_VISITS = compiled(r",\s+who\s+(?:is|was)\s+(?:on|paying)\s+an?\s+(?:[\w-]+\s+){0,2}?visit\s+to\b")


def _receives_a_visitor(sentence: Sentence, host: PersonMention, mentions: Sequence[PersonMention]) -> bool:
    """Whether `host` receives someone named later in the sentence as visiting: "The Minister, X,
    today received ... Y, who is on an official visit to Italy"."""
    at = host.end - sentence.start
    return any(o.person != host.person and o.start > host.start
               and _WHO_VISITS.match(sentence.text, o.end - sentence.start) is not None
               and _RECEIVES.search(sentence.text, at, o.start - sentence.start) is not None
               for o in mentions)


_INVITED_BY = compiled(r"\b(?:" + _INVITING + r")\s+(?:(?:the|his|her|their)\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}$")


_RETURN_HOME = compiled(
    r"\b(?:return\w*\s+home\s+to|(?:due|expected)\s+back\s+in|(?:scheduled|due|expected|set)\s+to\s+(?:return|fly\s+back|head\s+back)\s+to|"
    r"(?:fl(?:y|ies|ew|ying)|head\w*|travel\w*)\s+back\s+to|before\s+returning\s+(?:home\s+)?to)\s+(?:the\s+)?$"
)
_BACK_IN = r"(?:arriv|land)\w*\s+back\s+"  # "arrived back in P", "landed back home in P"
# "returned to Madrid on Saturday after a state visit to ...": the trip is over, P is home.
_RETURNED = compiled(
    r"\b(?:(?:will\s+)?return(?:s|ed|ing)?\s+(?:home\s+)?to(?:\s+(?:his|her|their)\s+(?:palace|residence|seat)\s+in)?|"
    + _BACK_IN + r"in)\s+(?:the\s+)?$"  # ... "returned to his palace in P after a visit to"
)
_ARRIVED_BACK = compiled(r"\b" + _BACK_IN + r"(?:home\s+)?in\s+(?:the\s+)?$")
_FROM_NEXT = compiled(r"[^.;,]{0,40}?\bfrom\b")
_WOULD_RETURN = compiled(r"\bwould\s+return\s+(?:home\s+)?to\s+(?:the\s+)?$")
_INTO = compiled(r"\b(?:to|for)\s+$")
_LEAVES = compiled(LEAVING + r"$")
_ON_A_VISIT = compiled(r"\s+(?:(?:today|tomorrow|tonight|on\s+\w+day)\s+)?on\s+(?:an?|his|her|their)\s+"
                       r"(?:[\w-]+\s+){0,3}?(?:visit|trip|tour|mission)\b")
_ONWARD = compiled(r"\b(?:before|then)\b[^.;]{0,80}?\b(?:fl(?:y|ying|ies)|head\w*|return\w*|travel\w*)\s+"
                     r"(?:back\s+)?(?:home|to)\b", re.IGNORECASE)
_ONWARD_REACH = 200
# "is expected to return to Colombia for the Santa Marta meeting itself": back for an event, not home
_FOR_EVENT = compiled(r"\s+(?:later\s+)?for\s+(?:the|a|an|next\s+\w+['’]s)\s+(?:[\w'’-]+\s+){0,4}?"
                      r"(?:meeting|summit|conference|ceremony|games|forum|session|talks|festival|event)\b",
                      re.IGNORECASE)
# "the first prime ministerial visit from India to Argentina": where the visitor comes from
_VISIT_FROM = compiled(r"\b(?:visit|trip|delegation|mission)\s+from\s+(?:the\s+)?$", re.IGNORECASE)
# "landed at Seoul Air Base ..., concluding his first tour of the Middle East": back home
_LANDED_AT = compiled(r"\b(?:landed|touched\s+down|arrived)\s+(?:back\s+)?(?:at|in)\s+$", re.IGNORECASE)
_CONCLUDING = compiled(r"[^.;]{0,80}?" + CONCLUDING_TRIP, re.IGNORECASE)
_TRIP_NOUN = r"(?:shuttle|tour|trip|visit|journey|swing|mission)"
_ARRIVED_IN = compiled(r"\b(?:arriv\w*|landed)\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$"
                       # "began the shuttle in the Syrian capital": the trip's first stop, no home
                       # ... "a tour that began earlier this week in P", "began his journey on Monday in P"
                       r"|\b(?:(?:beg[ia]n|start(?:ed)?)\s+(?:the|his|her|their)\s+(?:[\w-]+\s+)?"
                       + _TRIP_NOUN
                       + r"|" + _TRIP_NOUN + r"\s+(?:that|which)\s+(?:beg[ia]n|start(?:ed)?))\b[^.;]{0,30}?"
                       r"\bin\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_REACHED = compiled(r"\b(?:arriv\w*\s+in|landed\s+in|(?:fl(?:y|ies|ew)|travel\w*|went|head\w*)\s+to)\s+"
                      r"(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# a programme's last line: "Saturday: Return to Bangkok." (the place ends it)
_RETURN_LINE = compiled(
    r"\W*(?:\w+day\s*:\s*)?(?:return|fly\s+back|depart\w*\s+for)\s+(?:home\s+)?to\s+$", re.IGNORECASE
)
# "will fly back overnight, arriving in Tokyo on Sept. 19"
_BACK_ARRIVING = compiled(r"\b(?:fl(?:y|ies|ew|ying)|head\w*|return\w*)\s+(?:back|home)\b[^.;]{0,60}?"
                            # ... "fly home from P on Saturday and arrive at Incheon International Airport"
                            r"\b(?:arriv\w*|land\w*)\s+(?:back\s+)?(?:in|at)\s+(?:the\s+)?$"
                            # "arrived back at Kenneth Kaunda International Airport in Lusaka"
                            r"|\b(?:arriv\w*|land\w*)\s+back\s+at\s+[^.;,]{0,60}?\bin\s+(?:the\s+)?$",
                            re.IGNORECASE)
_LEFT_STOP = compiled(r"\b(?:left|departed)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_GOES_HOME = compiled(r"\b(?:return\w*|fl(?:y|ies|ew)|head\w*)\s+(?:home|to\s+the\s+country)\b",
                      re.IGNORECASE)
_LEAVES_COUNTRY = compiled(LEAVING + r"the\s+country\b",
                           re.IGNORECASE)
# "MASERU - King X returned home yesterday after a visit to Rome": the report is filed at home
_CAME_HOME = compiled(r"(?:returned|flew|headed)\s", re.IGNORECASE)
_WELCOMED_AT_AIRPORT = compiled(r"\b(?:welcomed|received|met|greeted)\s+(?:back\s+)?at\s+(?:the\s+)?"
                                r"(?:[\w-]+\s+){0,3}?airport\s+in\s+$", re.IGNORECASE)
# "will fly home from the Bosnian capital": the place left, no home; nor "flew home via Singapore"
_LEFT_FROM = compiled(r"\b(?:from|via|through)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_THEN_HOME = compiled(r"\b(?:before|then)\s+$", re.IGNORECASE)
_AFTER_TRIP = compiled(
    # "returned to P on Tuesday morning after a week-long trip", "returned to Dakar late Friday after"
    r"\s+(?:(?:late\s+(?:on\s+)?|(?:late\s+)?(?:on|last|this)\s+)\w+\.?(?:\s+\d{1,2})?"
    # ... "returned to P on Thursday night (3) from": a Brazilian paper's day of the month after it
    r"(?:\s+(?:morning|afternoon|evening|night))?(?:\s+\(\d{1,2}\))?\s+)?(?:after|from|following)\b"
    r"|\s+afterwards?\b"  # "..., returning to Brazil afterwards"
    # "returned to P on Wednesday to a colourful welcome at the airport after an eight-day visit to"
    r"|[^.;]{0,100}?\bafter\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:visit|tour|trip|journey)\b"
    # "will return to Spain the following day.", "returned to Vienna late on Sunday evening."
    r"|\s+(?:the\s+(?:following|next)\s+(?:day|morning|afternoon|evening)|(?:late\s+)?(?:on\s+)?(?:the\s+\w+\s+of\s+)?(?:(?i:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)(?:\s+(?:morning|afternoon|evening|night))?)\s*[.;,]"
)


def home_returned_to(sentences: Sequence[Sentence], by_sentence: Sequence[Sequence[Mention]],
                      about: Sequence[bool]) -> str | None:
    """The traveller's country when no title says it: where the trip ends with a return ("is
    scheduled to return to Singapore on Oct 23", "returned to Madrid after a visit to"), or the
    one place of a sentence saying the traveller goes home."""
    arrived: set[str] = set()  # countries the traveller is said to have arrived in so far
    # per sentence about the trip, where it says the traveller goes home
    goes_home = {s.index: _GOES_HOME.search(s.text) for s in sentences if about[s.index]}
    home_said = any(goes_home.values())  # "has returned to the country after a mission to"
    reached: set[str] = set()  # ... or gone to
    for sentence in sentences:
        if not about[sentence.index]:
            continue
        for mention in by_sentence[sentence.index]:
            before = sentence.text[max(0, mention.start - sentence.start - 30):mention.start - sentence.start]
            if not mention.country or mention.kind not in ("country", "city"):
                continue
            after = mention.end - sentence.start
            at = mention.start - sentence.start
            returned = _RETURN_HOME.search(before) or _VISIT_FROM.search(before) or _BACK_ARRIVING.search(
                sentence.text, max(0, at - 90), at) or (
                _RETURN_LINE.match(sentence.text, 0, at) and not sentence.text[after:].strip(" .")) or (
                _RETURNED.search(before) and _AFTER_TRIP.match(sentence.text, after)) or (
                # reported speech: "the ministry said the minister would return to P on December 5"
                _WOULD_RETURN.search(before) and _ON_DAY.match(sentence.text, after)) or (
                _LANDED_AT.search(before) and (_CONCLUDING.search(sentence.text, after) or any(
                    # "departed Colombo on Thursday night and landed in Seychelles": the last stop left
                    left.country in reached and left.country != mention.country and left.start < mention.start
                    and _LEFT_STOP.search(sentence.text, 0, left.start - sentence.start)
                    for left in by_sentence[sentence.index])))
            # "The Obi arrived back in Lagos on Saturday and was welcomed at his palace" (not "arrived back in
            # P from Q": a base of the trip)
            returned = returned or home_said and _ARRIVED_BACK.search(before) and not _FROM_NEXT.match(
                sentence.text, after)
            # ... or the place set out from: "X and his wife leave Trinidad tomorrow on an official visit to"
            returned = returned or _LEAVES.search(before) and _ON_A_VISIT.match(sentence.text, after)
            # not "due to return to Nairobi ..., before flying back to New York": a stop again; nor
            # "was due to fly back to Nairobi" after "arrived in the Kenyan capital": a base of the trip
            if returned and mention.country not in arrived and not _ONWARD.search(
                    sentence.text, after, after + _ONWARD_REACH) and not _FOR_EVENT.match(
                    sentence.text, after):
                return mention.country
            if _ARRIVED_IN.search(sentence.text, max(0, at - 90), at):
                arrived.add(mention.country)
            if _REACHED.search(before):
                reached.add(mention.country)
    for sentence in sentences:  # "Speaking in Islamabad, X said the prime minister would return home"
        if about[sentence.index] and _LEAVES_COUNTRY.search(sentence.text) and (
                dateline := _dateline_home(sentence, by_sentence[sentence.index])):
            return dateline  # "MASERU - King X leaves the country on Sunday for a visit to Europe"
        home = goes_home.get(sentence.index)
        if home is not None and _CAME_HOME.match(home.group()) and (
                back_in := _where_back(sentences, by_sentence, sentence.index)):
            return back_in
        if home is None or _TRAVEL_WORDS.search(sentence.text[:home.start()] + sentence.text[home.end():]):
            continue  # not "The final leg will take Lee to Bishkek ... before returning home"
        if _THEN_HOME.search(sentence.text, max(0, home.start() - 16), home.start()):
            continue  # "will address the diaspora in Doha before returning home": the last stop
        places = [m for m in by_sentence[sentence.index] if m.country and m.kind in ("country", "city")
                  and not _LEFT_FROM.search(sentence.text, 0, m.start - sentence.start)]
        if len({m.country for m in places}) == 1 and not any(
                _INTO.search(sentence.text, max(0, m.start - sentence.start - 4), m.start - sentence.start)
                for m in places):  # a place gone to is no home
            return places[0].country
    return None


def _where_back(sentences: Sequence[Sentence], by_sentence: Sequence[Sequence[Mention]], index: int
                ) -> str | None:
    """Where a sentence saying the traveller came home was written or goes on: its dateline's country,
    or that of a dateline just before it in its paragraph ("GUATEMALA CITY, Oct. 16 (AGN). X returned
    to the country on Wednesday"), or the airport's city of the next sentence ("... The President was
    welcomed at the airport in Harare by ...")."""
    sentence = sentences[index]
    dateline = _dateline_home(sentence, by_sentence[index])
    if dateline is None and index > 0 and sentences[index - 1].paragraph == sentence.paragraph:
        dateline = _dateline_home(sentences[index - 1], by_sentence[index - 1])
    if dateline is not None or index + 1 >= len(sentences):
        return dateline
    following = sentences[index + 1]
    return next((m.country for m in by_sentence[index + 1] if m.kind == "city" and m.country
                 and _WELCOMED_AT_AIRPORT.search(following.text, 0, m.start - following.start)), None)


def _dateline_home(sentence: Sentence, mentions: Sequence[Mention]) -> str | None:
    """The country of a sentence's dateline, unless the sentence also names it as a place left
    ("ROME - ... returned home from Rome")."""
    end = dateline_end(sentence.text)
    places = [m for m in mentions if m.country and m.kind in ("country", "city")]
    if not end or not places or places[0].start - sentence.start >= end:
        return None
    home, text, at = places[0].country, sentence.text, sentence.start
    # (not "drawing sharp criticism from Chisinau": no one left it)
    left = any(m.country == home and _LEFT_FROM.search(text, 0, m.start - at) and _TRAVEL_WORDS.search(
        text, max(0, m.start - at - 40), m.start - at) for m in places[1:])
    return None if left else home


# ... and up to two more lines in capitals: "OFFICE OF THE PRIME MINISTER / INDEPENDENT STATE OF P"
_LETTERHEAD = compiled(
    r"\A\s*(?:REPUBLIC|KINGDOM|GOVERNMENT|STATE|EMBASSY|MINISTRY|OFFICE)\b[^\n]*(?:\n[^a-z\n]*){0,2}")


def letterhead(text: str, places: Sequence[Mention]) -> str | None:
    """The issuer's country, from a press release's letterhead ("REPUBLIC OF TÜRKİYE / MINISTRY OF
    FOREIGN AFFAIRS"): whoever issues it is the traveller's government."""
    head = _LETTERHEAD.match(text)
    if head is None:
        return None
    issuer = next((m.country for m in places if m.start < head.end() and m.kind == "country"), None)
    if any(m.country == issuer and _VISIT_TO.search(text, max(0, m.start - 60), m.start) for m in places):
        return None  # "REPUBLIC OF BOTSWANA ... STATE VISIT TO BOTSWANA BY ...": the host's release
    return issuer


# A leader's office after a demonym: "a Moroccan sovereign", "The Georgian president"
_LEADER_WORDS = (r"\s+(?:head\s+of\s+(?:state|government)|sovereign|monarch|king|queen|president|"
                 r"prime\s+minister|premier|chancellor|leader|foreign\s+minister)")
# "The Georgian president, whose legitimacy is disputed, spent four days in P": the traveller's own
_OPENING_THE = compiled(r"\W*The\s+")
_LEADER_MOVES = compiled(_LEADER_WORDS + r"(?:,[^,;.]{1,120},)?\s+(?:also\s+)?(?:spent|arrived|flew|"
                         r"travell?ed|toured|left|headed|landed|wrapped\s+up|concluded)\b")


def delegation_home(sentences: Sequence[Sentence], by_sentence: Sequence[Sequence[Mention]]) -> str | None:
    """The country of the delegation that travels: "the Kyrgyz delegation stayed in Thimphu" (not
    "the Bhutanese side", the host, nor a delegation met where it is at home), or of the kind of leader
    whose visit it is: "the first ever visit by a Moroccan sovereign to East Africa", or of the
    ambassador who greets the traveller: "was received upon arrival by ... the Ambassador of the State
    of Qatar to Rwanda"."""
    for sentence in sentences:
        mentions = by_sentence[sentence.index]
        if _RECEIVED.search(sentence.text):
            for m, host in zip(mentions, mentions[1:], strict=False):
                at, after = m.start - sentence.start, m.end - sentence.start
                envoy = m.kind == host.kind == "country" and m.country and m.country != host.country
                if envoy and _AMBASSADOR_OF.search(sentence.text, max(0, at - 40), at) and _TO_NEXT.fullmatch(
                        sentence.text, after, host.start - sentence.start):
                    return m.country
        for m in mentions:
            if m.kind != "demonym" or not m.country:
                continue
            at, after = m.start - sentence.start, m.end - sentence.start
            moved = _DELEGATION_MOVES.match(sentence.text, after) or (
                _VISIT_BY.search(sentence.text, max(0, at - 40), at) and _LEADER.match(sentence.text, after)
            ) or _LEADS_DELEGATION_OF.search(sentence.text, max(0, at - 80), at)
            if moved and all(other.country != m.country for other in mentions
                             if other.kind in ("country", "city")):
                return m.country
            led = _LEADS_A.search(sentence.text, max(0, at - 30), at)
            if led and _DELEGATION.match(sentence.text, after) and all(
                    other.country != m.country for other in mentions
                    if other.kind in ("country", "city") and other.start > m.start):
                return m.country  # "X will lead a Lao government delegation on visits to Q and R"
            opens = _OPENING_THE.fullmatch(sentence.text, 0, at)
            leader = _LEADER_MOVES.match(sentence.text, after) if opens else None
            if leader and all(other.country != m.country for other in mentions
                              if other.kind in ("country", "city")
                              and leader.end() <= other.start - sentence.start < leader.end() + 60):
                return m.country  # (but not "The Kenyan president flew to Mombasa": a trip at home)
    return None


# "... Kyrgyz delegation stayed in", "... Malaysian trade delegation arrived in"
_KIND_OF_DELEGATION = (
    r"\s+(?:(?:government|official|business|trade|ministerial|high-level|parliamentary)\s+)?delegation")
_DELEGATION_MOVES = compiled(_KIND_OF_DELEGATION + (
    r"\s+(?:also\s+)?(?:stayed|arrived|travell?ed|flew|left|moved\s+on|proceeded|was\s+in|visited)\b"))


def office_home(sentences: Sequence[Sentence], by_sentence: Sequence[Sequence[Mention]],
                about: Sequence[bool]) -> str | None:
    """The country of the traveller's own office: "said at a press conference at the ministry in San
    José on Wednesday" (a minister speaks at home before or after the trip)."""
    for sentence in sentences:
        if not about[sentence.index]:
            continue
        for m in by_sentence[sentence.index]:
            if m.country and m.kind in ("country", "city") and _AT_OWN_OFFICE.search(
                    sentence.text, max(0, m.start - sentence.start - 40), m.start - sentence.start):
                return m.country
    return None


_AT_OWN_OFFICE = compiled(  # not "At the ministry in Copenhagen, he signed a contract": a host's
    r"\b(?:(?:press|news)\s+conference|briefing)\s+at\s+the\s+(?:foreign\s+)?(?:ministry|office)\s+in\s+$"
    r"|\bat\s+(?:his|her|their)\s+(?:ministry|office)\s+in\s+$", re.IGNORECASE)
# "was received ... by the Ambassador of the State of Qatar to Rwanda": the traveller's own envoy
_RECEIVED = compiled(r"\b(?:received|welcomed|greeted|seen\s+off|bid\s+farewell)\b", re.IGNORECASE)
_AMBASSADOR_OF = compiled(
    r"\bAmbassador\s+of\s+(?:the\s+)?(?:(?:State|Kingdom|Republic|Sultanate)\s+of\s+)?$")
_TO_NEXT = compiled(r"\s+to\s+(?:the\s+)?(?:(?:State|Kingdom|Republic)\s+of\s+)?")
_LEADS = r"\b(?:lead(?:s|ing)?|led|head(?:s|ed|ing)?)\s+"
# "will lead a Lao government delegation": the demonym right after "lead a"
_LEADS_A = compiled(_LEADS + r"(?:an?|the)\s+$", re.IGNORECASE)
_DELEGATION = compiled(_KIND_OF_DELEGATION + r"\b")
# "leading a delegation of more than 60 Ethiopian exporters"
_LEADS_DELEGATION_OF = compiled(
    _LEADS + r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?delegation\s+of\s+"
    r"(?:(?:more\s+than|over|some|about|nearly|around|almost)\s+)?(?:\d+\s+)?$", re.IGNORECASE)
# "the first visit by a Japanese prime minister", "the first time a Moroccan monarch has"
_VISIT_BY = compiled(r"\b(?:visit|trip|tour)\s+by\s+an?\s+$|\bfirst\s+time\s+an?\s+$", re.IGNORECASE)
_LEADER = compiled(_LEADER_WORDS + r"\b", re.IGNORECASE)


_VISIT_TO = compiled(
    r"\b(?:visit|trip|tour)\s+to\s+(?:the\s+)?(?:(?:republic|kingdom|state|sultanate|federation)\s+of\s+)?$",
    re.IGNORECASE)


def about_trip(sentences: Sequence[Sentence], people: People, traveler: int | None, party: set[int],
               by_sentence: Sequence[Sequence[Mention]] = ()) -> list[bool]:
    """Per sentence: may it be about the traveller's trip? Not when it names other people only and
    has no pronoun or "the <traveller's role>" ("the pope", "the premier") as a possible subject,
    unless they are all of the place and day it opens with ("In Hanoi on June 16, Vietnam's
    minister X signed ..."). `party` is `travel_party`'s."""
    if traveler is None:
        return [True] * len(sentences)  # no traveller to tell their sentences from others'
    # any office word of any role said of them: "the emir" for an "Emir Sheikh", "the pope" for a
    # "Pope", "the Imam" for "Prince X, the 50th hereditary Imam of ..."
    roles = people.records[traveler].roles
    role_words = {w.lower() for role in roles for w in role.split()
                  if len(w) > 2 and w.lower() not in _ROLE_GLUE}
    # ... and the part played on this trip: "X, who travelled as the President's special envoy" (then
    # "The envoy spent two days in P")
    role_words.update(m.group(1).lower() for sentence in sentences
                      if traveler in people.in_sentence(sentence.index)
                      for m in _SENT_AS.finditer(sentence.text))
    courtly = bool(role_words & _STYLED_ROLES)
    about: list[bool] = []
    for sentence in sentences:
        present = people.in_sentence(sentence.index)
        by_role = bool(role_words) and any(  # "the pope", "the King and Queen", "the 86-year-old patriarch"
            w.lower() in role_words for m in _THE_WORDS.finditer(sentence.text) for w in m.group(1).split()
        ) or _THE_GUEST.search(sentence.text) is not None  # "the guest will travel to Lahore, where X"
        styled = courtly and _STYLED.search(sentence.text) is not None  # "His All-Holiness will be flown to"
        opener = _first_mention(sentence, people)
        own = people.records[traveler].affiliation
        if opener is not None and opener.person not in party and _opens_with_other(sentence, people) \
                and people.records[opener.person].affiliation not in (None, own) \
                and _THEIR_TRIP.match(sentence.text, opener.end - sentence.start):
            about.append(False)  # "Foreign Minister Ana Silva visited the capital ... with the premier"
        elif party & set(present) or present and _all_hosts(sentence, people):
            about.append(True)  # "..., arrived on Tuesday and was received by President X"
        elif _TRIP_SUBJECT.match(sentence.text):
            about.append(True)  # "The mission ended in Rotterdam, where chief executive X signed ..."
        elif _SEPARATELY.match(sentence.text) and not (_SUBJECT_PRONOUN.search(sentence.text) or by_role):
            about.append(False)  # "Separately, the trade minister is leading a mission to P": another story
        elif present and _LED_BY.search(sentence.text) and not _PRONOUN_OPENS.match(sentence.text):
            about.append(False)  # "One of them, led by MP X, began its tour in Guyana": another group
        elif present and _SPEAKING.match(sentence.text):
            about.append(False)  # "Speaking in Suva yesterday, Mr X said the tour ...": where X spoke
        elif present and by_sentence and _locals_of_opening(sentence, people, by_sentence[sentence.index]):
            about.append(True)  # "In Hanoi on June 16 and 17, Vietnam's Minister X signed a protocol"
        elif present and _all_attributed(sentence, people):
            about.append(True)  # "The Navy chief arrived in Port Louis ..., spokesperson X said."
        elif present and (not _SUBJECT_PRONOUN.search(sentence.text) or _opens_with_other(sentence, people))\
                and not by_role and not styled:
            about.append(False)  # "Jamaica's Prime Minister X, who ..., stayed in Kingston"
        else:
            about.append(True)
    return about


_SENT_AS = compiled(r"\bas\s+(?:(?:the|a|an|his|her|their|[A-Z][\w-]+['’]s?)\s+)?(?:[\w-]+\s+){0,2}?"
                    r"(envoy|emissary)\b", re.IGNORECASE)
_OPENS_WITH_IN = compiled(r"\W*In\s+(?:the\s+)?$")
_ON_DAY = compiled(r"\s+on\s+(?:[A-Z][a-z]+day\b|[A-Z][a-z]{2,8}\.?\s+\d)")


def _locals_of_opening(sentence: Sentence, people: People, places: Sequence[Mention]) -> bool:
    """Whether the sentence opens with a place and a day ("In Hanoi on June 16, ...") and names
    only people of that place's country."""
    first = places[0] if places else None
    if first is None or first.country is None:
        return False
    at, end = first.start - sentence.start, first.end - sentence.start
    if not _OPENS_WITH_IN.match(sentence.text[:at]) or not _ON_DAY.match(sentence.text, end):
        return False
    return all(people.records[p].affiliation == first.country for p in people.in_sentence(sentence.index))


_ROLE_GLUE = frozenset({"of", "the", "and", "for"})
# A sentence whose subject is the trip itself: "The mission ended in Rotterdam", "The delegation then ..."
_TRIP_SUBJECT = compiled(
    r"\W*(?:The|This|Her|His|Their)\s+(?:[\w-]+\s+){0,2}?(?:mission|delegation|trip|tour|visit|journey)\s+"
    r"(?:then\s+|also\s+|later\s+)?(?:began|begins|started|starts|ended|ends|concluded|concludes|opened|opens|"
    r"closed|closes|moved|moves|"
    r"continued|continues|travell?ed|travels|went|goes|was\s+in|is\s+in|arrived|arrives|wrapped|wraps)\b"
)
# A style that stands for a monarch or a religious leader who travels: "His Majesty", "His All-Holiness"
_STYLED = compiled(
    r"\b(?:His|Her|Their)\s+(?:Royal\s+)?(?:Majesty|Majesties|Highness|Holiness|All-Holiness|Beatitude|Eminence)\b"
)
_STYLED_ROLES = frozenset("king queen emir amir sultan pope patriarch prince princess pontiff all-holiness "
                          "holiness majesty highness beatitude".split())
# what a host's story calls the visitor
_THE_GUEST = compiled(r"\b[Tt]he\s+(?:(?:distinguished|visiting|royal|state|foreign|high-level|honou?red)"
                      r"\s+)?(?:guests?|visitors?)\b")
# "the" and up to three words, but not the next "the": "the Sultan and the Archbishop" is both
_THE_WORDS = compiled(r"\b[Tt]he\s+((?:(?![Tt]he\b)[\w-]+\s+){0,2}(?![Tt]he\b)[\w-]+)")


def _hosted(sentence: Sentence, mention: PersonMention) -> bool:
    """Whether the person is named as a host: met, received by, welcomed by, or greeting the
    visitors ("where Silva and his wife greeted them")."""
    at, end = mention.start - sentence.start, mention.end - sentence.start
    if _WHO_CAME.match(sentence.text, end):
        return False  # "talks with King X and Queen Y, who arrived in Beijing on Thursday": the visitors
    return _HOSTED.search(sentence.text, max(0, at - _HOST_REACH), at) is not None or \
        _GREETS.match(sentence.text, end) is not None


_THEIR_OFFICE = compiled(r"['’]s\s+(?:office|spokes(?:man|woman|person)|press\s+(?:office|service)|aides?)\b")
_WHO_CAME = compiled(
    r"(?:\s+and\s+[^,.;]{1,40}?)?,\s+who\s+(?:\w+\s+){0,2}?"
    r"(?:arriv|land|fl[ye]w?|travel|came|(?:is|are|were|was)\s+(?:on\s+)?(?:a\s+|an\s+)?(?:\w+\s+)?visit"
    # "his counterpart, X, who will pay a working visit to the Kingdom"
    r"|(?:pays?|paid|paying|make|makes|made|undertak\w+)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?visit)"
)


_GREETS = compiled(
    r"(?:\s+and\s+[^,.;]{1,40}?)?\s+(?:greeted|welcomed|received|hosted|greets|welcomes|receives|hosts)\s+"
    r"(?:them|him|her|the\s+(?:royal\s+)?(?:couple|visitors?|guests?|delegation))\b"
    # "X, will receive on Monday, May 18, his Panamanian counterpart"
    r"|,?\s+(?:will\s+)?(?:receive|receives|received|host|hosts|hosted|welcome|welcomes|welcomed)\s+"
    r"(?:on\s+[^.;]{1,30}?,\s+)?(?:his|her|their)\s+(?:[\w-]+\s+)?counterparts?\b"
)


_HOST_REACH = 80


def _all_hosts(sentence: Sentence, people: People) -> bool:
    """Whether everyone the sentence names is a host, also further down a list of them ("met with
    Foreign Minister X, Chairman of the Cabinet of Ministers Y and the Ombudsperson, Z")."""
    hosted = False
    previous_end = 0
    for m in people.sentence_mentions(sentence.index):
        if m.end <= m.start:
            continue
        listed = hosted and _NEXT_IN_LIST.fullmatch(sentence.text, previous_end - sentence.start,
                                                    m.start - sentence.start) is not None
        hosted = listed or _hosted(sentence, m)
        if not hosted:
            return False
        previous_end = m.end
    return True


# the gap to the next name of a list: ", Chairman of the Cabinet of Ministers ", " and the Ombudsperson, "
_NEXT_IN_LIST = compiled(r"(?:,|,?\s+and)\s+(?:(?!(?:who|which|where|while|said|told)\b)[\w'’-]+,?\s+){0,8}")


def _all_attributed(sentence: Sentence, people: People) -> bool:
    """Whether everyone the sentence names is the one it is attributed to at its end (", X said.")."""
    mentions = [m for m in people.sentence_mentions(sentence.index) if m.end > m.start]
    return bool(mentions) and all(
        _SAID_AT_END.match(sentence.text, m.end - sentence.start)
        and "," in sentence.text[max(0, m.start - sentence.start - 60):m.start - sentence.start]
        for m in mentions)


_SAID_AT_END = compiled(r"\s+(?:said|says|told\s+\w+|added)\W*$")


def home_of_partner(sentences: Sequence[Sentence], people: People, traveler: int | None,
                    by_sentence: Sequence[Sequence[Mention]] = ()) -> str | None:
    """The country of someone who travels with the traveller ("Thai King X and Queen Y, who arrived
    in Beijing"), not of a host named with them ("X and his host Y agreed", "X and Y will travel
    together to Sendai", a city of Y's country)."""
    if traveler is None:
        return None
    for sentence in sentences:
        if _TRAVEL_WORDS.search(sentence.text):
            here = {m.country for m in (by_sentence[sentence.index] if by_sentence else ())
                    if m.kind in ("country", "city")}  # places, not "Thai King X"
            for partner in named_with(sentence, people, traveler):
                if people.records[partner].affiliation and people.records[partner].affiliation not in here:
                    return people.records[partner].affiliation
    return None


def others_named(text: str, sentences: Sequence[Sentence], people: People, party: Collection[int]
                 ) -> list[tuple[str, ...]]:
    """Per sentence: the names, as written, of the people in it outside the travelling `party`
    (none without a party)."""
    if not party:
        return [() for _ in sentences]
    return [tuple(text[m.start:m.end] for m in people.sentence_mentions(s.index) if m.person not in party)
            for s in sentences]


def travel_party(sentences: Sequence[Sentence], people: People, traveler: int | None) -> set[int]:
    """The traveller and who travels with them: named with them anywhere ("King Frederik X and
    Queen Mary are to make state visits"); empty without a traveller."""
    if traveler is None:
        return set()
    partners = {partner for sentence in sentences for partner in named_with(sentence, people, traveler)}
    return {traveler} | partners


def named_with(sentence: Sentence, people: People, traveler: int) -> list[int]:
    """The people named with the traveller in a sentence, "T and X" or "X and T", in text order."""
    mentions = [m for m in people.sentence_mentions(sentence.index) if m.end > m.start]
    return [right.person if left.person == traveler else left.person
            for left, right in zip(mentions, mentions[1:], strict=False)
            if traveler in (left.person, right.person)
            and _AND_TITLE.fullmatch(sentence.text[left.end - sentence.start:right.start - sentence.start])]


# "X and Y", "X and Queen Y"
_AND_TITLE = compiled(r"\s*and\s+(?:(?:King|Queen|Prince|Princess|President|First\s+Lady)\s+)?")


_LED_BY = compiled(r"\bled\s+by\s+(?:[\w-]+\s+){0,3}?[A-Z]")
# "She will travel to P, where she will meet the government led by X": the traveller's sentence
_PRONOUN_OPENS = compiled(r"\W*(?:He|She|They)\s+(?!said\b|says\b|added\b|told\b)")
# "Speaking in Suva, Mr X said", "In Tokyo, Chief Cabinet Secretary X told a press conference": where
# someone else spoke
_SPEAKING = compiled(
    r"\W*(?:speaking\b|(?-i:In\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?,\s+(?:[A-Z][\w'’.-]*\s+){1,6}"
    r"(?:told|said|says|tells|stated)\b))",
    re.IGNORECASE,
)
_SEPARATELY = compiled(r"\W*(?:separately|elsewhere|in\s+other\s+news)\b", re.IGNORECASE)
_THEIR_TRIP = compiled(r"(?:,[^,]{0,60},)?\s+(?:\w+\s+)?(?:visited|travell?ed|flew|toured|went)\b")


def _first_mention(sentence: Sentence, people: People) -> PersonMention | None:
    """The first name of the sentence."""
    return next((m for m in people.sentence_mentions(sentence.index) if m.end > m.start), None)


def _opens_with_other(sentence: Sentence, people: People) -> bool:
    """Whether the sentence opens with someone named as its subject ("Jamaica's Prime Minister
    Andrew Holness, who had been announced as part of the delegation, stayed in Kingston")."""
    first = _first_mention(sentence, people)
    if first is None:
        return False
    before = sentence.text[:first.start - sentence.start]
    return len(before) <= _SUBJECT_REACH and "," not in before and not _LOWER_WORD.search(before)


_SUBJECT_REACH = 60
_LOWER_WORD = compiled(r"(?<![\w'’])(?!(?:of|the|and)\b)[a-z]+\b")  # a verb or a preposition before it
