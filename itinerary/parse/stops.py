"""Stops: which places the traveller visits, in which order, and which sentences belong to each.

Each sentence is rewritten with its places replaced by numbered markers, so the cues of travel prose
("will visit A, B and C", "begin ... in A", "then head to B", "after a stopover in C", "In D, ...")
are short regular expressions over that masked text. Order comes from the tour list when there is
one and from the narrative otherwise, adjusted by begin, end and before/after cues.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from itinerary.parse.dates import dateline_end, is_header_line, month_number
from itinerary.parse.lexicon import CONCLUDING_TRIP
from itinerary.parse.patterns import compiled
from itinerary.parse.places import Mention, gazetteer
from itinerary.parse.text import Sentence, fold, is_headline
from itinerary.parse.towns import has_towns, state_country

_OPEN, _CLOSE = "\ue000", "\ue001"

_P = (
    r"(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|coastal|"
    r"north-?eastern|north-?western|south-?eastern|south-?western)\s+)?"
    r"(?:capital,?\s+)?"  # "staying in the capital, Yaoundé", "fly to the capital Dodoma"
    # "in the Amazon city of Belém", "the ancient Silk Road city of Samarkand"
    r"(?:(?:ancient|historic|old|holy|coastal|northern|southern|eastern|western|port|hill|border|desert|"
    r"seaside|lakeside|mountain|industrial|commercial|pilgrimage|temple)\s+)?"
    r"(?:(?-i:[A-Z][\w-]+\s+){0,2}(?:city|town|port)\s+of\s+)?"  # and "the coastal city of Mombasa"
    rf"{_OPEN}(\d+){_CLOSE}"
)
_M = rf"{_OPEN}(\d+){_CLOSE}"  # a place marker alone: patterns that start with one search fast
_MARKER = compiled(_M)
_IN_CITY = compiled(r"\bin\s+" + _M)  # "in P", a place where something is done
# the next item of a list: "A, B and C", "A (June 8-9); B (June 10-11); and C"
_NEXT_IN_LIST = compiled(
    rf"(?:\s*\([^()]{{1,30}}\))?(?:\s*[,;]\s*(?:and\s+|then\s+|or\s+)?|\s+(?:and|or)\s+(?:then\s+)?|\s*&\s*)"
    rf"(?:neighbou?ring\s+)?{_P}"  # "a visit to Sudan and neighbouring Chad"
)
_FLAGS = re.IGNORECASE


def _word_start(pattern: str) -> re.Pattern[str]:
    """`pattern`, every match of which starts a word, a place marker or the text, compiled behind a
    guard that lets the engine pass over the inside of words at once (a long alternation that
    starts with \\b is otherwise tried branch by branch at every character): about twice as fast."""
    return compiled(r"(?<!\w)(?:" + pattern + ")", _FLAGS)


_MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
# Between a motion verb and "to": "fly on Wednesday to", "continue alone to", "travel next week to".
_EN_ROUTE = (r"(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+|"
             r"(?:his|her|their)\s+(?:trip|tour|journey)\s+|"  # "continued his trip on April 13 to"
             r"(?:the\s+)?(?:following|next)\s+day\s+|"  # "travelled the following day to"
             r"on\s+\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\s+|on\s+[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?\s+|"
             r"(?:next|this|later\s+this)\s+week\s+|later\s+|alone\s+|onward\s+|on\s+|first\s+|next\s+|together\s+|"
             r"directly\s+|straight\s+|(?:(?:further|farther)\s+)?(?:north|south|east|west)(?:wards?)?\s+|inland\s+|"
             # "travel some 500 kilometres (300 miles) further south to Dakhla"
             r"(?:some\s+|about\s+|around\s+|nearly\s+)?\d[\d,]*\s+(?:kilometres|kilometers|km|miles)\s+"
             r"(?:\([^)]{1,20}\)\s+)?|"
             r"today\s+|tomorrow\s+|tonight\s+|yesterday\s+|"
             # "travelled by road to"
             # ... "travel by high-speed train to"
             r"by\s+(?:(?:a|the)\s+)?(?:[\w-]+\s+){0,2}?(?:road|car|train|rail|air|helicopter|plane|boat|sea|ferry|"
             r"motorcade|land)\s+|"
             # "travel with Mirziyoyev to", "fly with his wife to"
             r"with\s+(?:him\s+|her\s+|them\s+|(?:his|her|their)\s+[a-z]+\s+|"
             r"(?-i:[A-Z][\w'’-]+\s+)(?:(?-i:[A-Z][\w'’-]+\s+)){0,2})){0,2}")  # "by road yesterday to"
# what a traveller is called after "the": "the French leader", "the delegation"
_TRAVELLER_NOUN = (r"(?:leader|president|minister|premier|king|queen|pope|chancellor|envoy|chief|secretary|"
                   r"delegation|mission|couple|commissioner|governor|speaker|mayor|commander|general|admiral|"
                   r"cardinal|archbishop|bishop|patriarch|emir|sultan|prince|princess|monarch|chairman|chairperson)")
_TRAVEL = _word_start(
    r"\b(?:visit(?:s|ing|ed)?|visits?\s+to|tour(?:s|ing|ed)?(?:\s+of|\s+through)?|(?:trip|pilgrimage)s?\s+to|"
    r"(?:travel(?:s|led|ed|ling|ing)?|head(?:s|ed|ing)?|fl(?:y|ies|ew|ying|own)|go(?:es|ing)?|went|"
    r"dr(?:ive|ives|ove|iving)|"  # "drove north to P"
    r"mov(?:e|es|ed|ing)\s+on|(?<=will\s)move|moves|continu(?:e|es|ed|ing)|proceed(?:s|ed|ing)?|return(?:s|ed|ing)?\s+on)\s+"
    + _EN_ROUTE + r"to|"
    r"arriv(?:e|es|ed|ing)\s+(?:first\s+)?(?:in|at)|land(?:s|ed|ing)?\s+in|stop(?:s|ped|ping)?\s+(?:over\s+)?in|"
    r"stopover\s+in|swing\s+through|legs?\s+(?:in|to)|journey\s+to|en\s+route\s+to|fl(?:y|ies|ew|ying)\s+into|"
    # "lead a business mission to P", "leading a 35-member delegation of officials and investors to P"
    # "leads trade mission to Mexico", "at the head of a delegation of 90 business leaders to Mexico City"
    # ... "led a delegation of about 60 Kenyan exporters to P"
    # (not "a Kenyan-led security mission to P")
    r"(?<!-)(?:lead(?:s|ing)?|led|at\s+the\s+head\s+of)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:delegation|mission|pilgrimage)\s+"
    r"(?:of\s+(?:[\w-]+\s+|\ue000\d+\ue001\s+){1,8}?)?to|"
    # "will lead a delegation on a diamond marketing and investment mission to P"
    r"on\s+(?:an?|his|her|their)\s+(?:[\w-]+\s+){0,5}?mission\s+to|"
    # "concluded on Friday a five-day mission to A and B" (not "the UN mission to P": a body)
    r"(?:conclud(?:e|es|ed|ing)|wrap(?:s|ped|ping)?\s+up|beg(?:an|in|ins|inning)|start(?:s|ed|ing)?|"
    r"end(?:s|ed|ing)?|complet(?:e|es|ed|ing)|undert(?:ake|akes|ook|aking)|embark(?:s|ed|ing)?\s+on)\s+"
    r"(?:on\s+\w+day\s+)?(?:an?|his|her|their)\s+(?:[\w-]+\s+){0,4}?mission\s+to|"
    # "leaves on Wednesday (3) for Mexico City"
    # ... "will depart on Thursday, September 11 for Kingstown"
    # ... "before leaving again on Sunday for Abu Dhabi"
    # ... "left Piarco on Sunday morning for St George's" (an airport the gazetteer does not know)
    # ... "will leave the island on Thursday for Ankara"
    r"(?:left|leave|leaves|leaving|depart(?:s|ed|ing)?)\s+(?:again\s+|(?-i:[A-Z][\w'’-]+\s+){1,3}(?=on\s)|"
    r"the\s+(?:island|country|city|capital|kingdom|archipelago)\s+(?=on\s))?"
    r"(?:(?:today|tomorrow|tonight|later|on\s+\w+day)"
    r"(?:\s+\(\d{1,2}\)|,?\s+(?:" + _MONTH_WORD + r"\.?\s+\d{1,2}|\d{1,2}\s+" + _MONTH_WORD
    + r"))?(?:\s+(?:morning|afternoon|evening|night))?,?\s+)?for|"  # "left on Sunday morning for"
    r"departure\s+for|"  # a programme's "Wednesday 29 April - Departure for Auckland"
    r"destinations?\s+(?:include|includes|are|were|will\s+be)|"
    # "before being driven to Kampala", "will be flown to Rome"
    r"(?:driven|flown|ferried|escorted)\s+to|"
    # "will spend six days in Kazakhstan, Kyrgyzstan and Tajikistan"
    # "spent two days, Wednesday and Thursday, in Dakar"
    r"spen(?:d|ds|t|ding)\s+(?:[\w-]+\s+){0,2}?(?:days?|nights?)(?:,\s+[^,.;]{3,40},)?\s+in|"
    # "spent Monday and Tuesday in Brasilia", "spent the weekend in P"
    r"spen(?:d|ds|t|ding)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+and\s+(?:mon|tues|wednes|thurs|"
    r"fri|satur|sun)day)?|the\s+weekend)\s+in|"
    # "The first two days will be spent in the capital, Vilnius", "The weekend of March 7-8 was spent in"
    # ... "The final day, 17 August, will be spent in Lae", "Wednesday and Thursday were spent in P"
    r"(?:days?|nights?|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:\s+of\s+[^,.;]{3,20}?|,\s+[^,.;\ue000]{3,25},)?\s+"
    r"(?:will\s+be|are|were|was|is)\s+spent\s+in|"
    # "the delegation will continue its programme in Sydney"
    r"continu(?:e|es|ed|ing)\s+(?:its|his|her|their|the)\s+(?:programme|program|visit|tour|trip|mission)\s+in|"
    # "takes the high-speed train to Samarkand"
    r"(?:take|takes|took|taking|ride|rides|rode|riding)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:train|rail|"
    r"flight|plane|ferry|boat|helicopter|bus|motorcade|road)\s+(?:(?:north|south|east|west)\s+)?to|"
    # "The programme opens in Bogota, continues in Lima and ends in Santiago"
    r"(?<=,\s)(?:and\s+)?(?:then\s+)?continu(?:es|ed)\s+in|"
    # "The tour will continue tomorrow, July 7, in Kingstown"
    r"(?:tour|trip|visit|journey|programme|program|itinerary|mission)\s+(?:will\s+)?continu(?:e|es|ed)\s+"
    r"(?:(?:today|tomorrow|on\s+[\w.]+(?:\s+\d{1,2})?)(?:,\s+[^,.;\ue000]{3,25},)?\s+)?in|"
    # "tour three Eastern Caribbean allies -- A (Feb. 19-20), B ...", "visit two neighbours: A and B"
    r"(?:visit(?:s|ing|ed)?|tour(?:s|ing|ed)?)\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?"
    r"(?:two|three|four|five|six|seven|eight|\d)\s+(?:[\w-]+\s+){0,3}?(?:allies|countries|nations|states|"
    r"neighbou?rs|partners|capitals)\s*(?:--|—|–|:)|"
    r"(?:take|takes|took|taking|taken)\s+(?:him|her|them|(?-i:[A-Z][\w'’-]+)|"
    r"(?:his|her|their)\s+(?:royal\s+)?(?:majesty|majesties|highness|excellency|holiness|all-holiness)|"
    # "will take the UAE Minister of State to Yaoundé"
    r"the\s+(?:\ue000\d+\ue001\s+)?(?:minister|secretary)\s+of\s+state|"
    r"the\s+(?:\ue000\d+\ue001\s+|[\w-]+\s+)?(?:delegation|"  # "took the Cameroonian commissioner to"
    r"party|couple|royals|ministers?|president|leaders?|king|queen|pope|premier|chancellor|secretary|envoy|chief|"
    r"commissioner|governor|speaker|mayor|"
    r"general|secretary-general|patriarch|cardinal|archbishop|bishop|prince|princess|emir|sultan))"
    # "a tour that took him to neighbouring Ghana", "will take him next to San Salvador", "will take the
    # patriarch across the Tasman to Auckland"
    r"\s+(?:on\s+|next\s+|then\s+|first\s+|also\s+|across\s+the\s+(?-i:[A-Z])[\w-]+\s+)?to(?:\s+neighbou?ring)?|"
    r"touch(?:es|ed)?\s+down\s+in|visit\s+to|stay(?:s|ed|ing)?\s+in|"
    # "the solidarity visit he made to A and B"
    r"(?:visit|trip|tour|pilgrimage)\s+(?:that\s+|which\s+)?(?:he|she|they)\s+(?:has\s+|had\s+|will\s+)?"
    r"(?:made|paid|undertook|make|pay|undertake)\s+to|"
    r"(?:(?<=\bhe\s)|(?<=\bshe\s)|(?<=\bthey\s)|(?<=\bthen\s))reached|"  # "He reached Bridgetown on Sept. 21"
    r"(?:(?<=\bfirst\s)|(?<=\bwill\s)|(?<=\bthen\s))reach(?:es)?|"  # "will first reach Kuwait City"
    # "will first be in P", "is scheduled to be in P on February 10-11"
    r"(?:will|would|is\s+to|are\s+to|(?:scheduled|set|due|expected|slated)\s+to)\s+"
    r"(?:first\s+|then\s+|also\s+|next\s+)?be\s+in|"
    # "The trip, his first to the region, will cover A, B and C"
    # ... "after a six-day trip that took in A, B and C"
    r"(?:trip|tour|visit|mission|journey|itinerary)\b[^.;]{0,80}?\b(?:will\s+(?:also\s+)?(?:cover|take\s+in)|"
    r"(?:that|which)\s+(?:also\s+)?(?:took|takes)\s+in)|"
    r"(?:is|are)\s+(?:due|expected)\s+in|"
    # "Qatar is next, with the minister due in P on Friday"
    r"\bwith\s+the\s+(?:[\w-]+\s+)?" + _TRAVELLER_NOUN + r"\s+(?:due|expected)\s+in|"
    # "Bahlil was in P", "the French leader is in P"
    # ... "the Bissau-Guinean leader was in P" (a demonym's marker before the office)
    # ... not "Parliament is in Strasbourg": an institution's seat
    r"(?:\b(?:he|she|they)|(?-i:\b(?!(?:Parliament|Council|Commission|Congress|Senate|Assembly|Court|Government|"
    r"Cabinet)\b)[A-ZÀ-ÖØ-Þ][\w'’-]+)|\bthe\s+(?:[\w-]+\s+|" + _OPEN + r"\d+" + _CLOSE
    + r"[\w-]*\s+)?" + _TRAVELLER_NOUN + r")\s+(?:is|are|was|were)\s+"
    # ... "she was at the Incirlik air base in Adana"
    r"(?:at\s+the\s+(?:[\w'’-]+\s+){1,4}?(?:base|camp|headquarters|port|airport)\s+)?in|"
    # "left Freetown on Sunday and was in Rio from 3rd to 5th", "will leave P on Monday and be in Q"
    r"(?<=\band\s)(?:was|were|be)\s+(?:then\s+)?in|"
    # "flew to the so-called \"projected air base\" that France operates in Jordan": a base's country
    r"(?:flew|flies|fly|travell?ed)\s+to\s+(?:the|a|an)\s+[^.;\ue000]{0,60}?\b(?:base|camp)\b[\"”]?"
    r"(?:\s+(?:that|which)\s+[^.;]{0,40}?)?\s+in|"
    # a headline without its verb: "Haitian PM in Kingston for security talks"
    r"(?-i:PM|President|Prime\s+Minister|Premier|King|Queen|Pope|Chancellor|Emir|Sultan)\s+in"
    r"(?=\s+" + _P + r"\s+(?:for|to)\s))\s+"
    + _P
)
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# the next place, each with its own day (which orders them, not the list): "visited A on Monday,
# August 25, and B on Thursday"
_DAY_OF_MONTH = r"(?:" + _MONTH_WORD + r"\.?\s+\d{1,2}|\d{1,2}\s+" + _MONTH_WORD + r")"
_LIST_DAY = r"\s+on\s+(?:" + _WEEKDAY + r"(?:,?\s+" + _DAY_OF_MONTH + r")?|" + _MONTH_WORD + r"\.?\s+\d{1,2})"
_NEXT_DATED = compiled(_LIST_DAY + r",?\s+and\s+" + _P + r"(?=" + _LIST_DAY + r")", _FLAGS)
# "a trip to A and B, with a stop in Doha in between"
_IN_BETWEEN = compiled(r"\b(?:a\s+)?(?:stop|stopover|visit)\s+(?:in|to)\s+" + _P + r"\s+in\s+between\b",
                       _FLAGS)
# The same motion verb left out: "He will fly to Doha on Wednesday ..., and to Cairo on Thursday",
# "He will be in Funafuti on Tuesday ..., and in Tarawa on Wednesday", "..., in Suva from Aug. 11".
_AND_TO = compiled(
    # "..., and on Thursday to Huntsville"
    r"(?:,\s+(?:(?:and|then|and\s+then)\s+)?|\s+and\s+(?:then\s+)?)(?:on\s+(?:" + _WEEKDAY + r"\s+)?)?"
    r"(?:to|in)\s+" + _P
    # "visit Kuwait City on Sunday and Muscat on Monday", "Niue on 5 August, Tuvalu on 6 August"
    + r"|\s+on\s+(?:" + _WEEKDAY + r"|\d{1,2}(?:\s*(?:and|-|–)\s*\d{1,2})?\s+" + _MONTH_WORD + r"|"
    + _MONTH_WORD + r"\.?\s+\d{1,2}(?:\s*(?:and|-|–)\s*\d{1,2})?)(?:,\s+(?:and\s+)?|\s+and\s+)" + _P,
    _FLAGS,
)
# "The Uzbek leg of the tour, which included three cities, began in Tashkent": a leg's start
# (but "the second leg of an Asian tour that began in Taiwan": the tour's)
# ... not "as part of a tour he began in P": the tour's beginning
_A_LEG_BEGINS = compiled(r"\b(?:leg|(?<!\bas\s)part|stage)\b[^.;:]{0,50}(?<!\bthat\s)(?<!\bwhich\s)$", _FLAGS)
# A plan told in the past, which the trip then changed: "was supposed to begin in the capital"
_PLANNED_BEFORE = compiled(
    r"\b(?:was|were|had\s+been)\s+(?:originally\s+|initially\s+|first\s+)?(?:supposed|due|scheduled|set|"
    r"expected|meant|planned)\s+to\s+$"
    # "The ministry had initially planned to begin the tour in Qatar, but the order was switched"
    r"|\bhad\s+(?:originally\s+|initially\s+|first\s+)?(?:planned|intended|wanted|hoped)\s+to\s+$"
    # "The original programme ended in P. Instead, ..."
    r"|\b(?:original|initial|earlier|first)\s+(?:programme|program|plan|itinerary|schedule|route)\s+$",
    _FLAGS,
)
_DAYS_AFTER_COLON = compiled(
    # ... "Castries, Saint Lucia, on 14 April, where ...; Kingstown, ..., on 15 April; and ..."
    r":(?=\s*" + _P + r",?\s+on\s+(?:" + _WEEKDAY + r"|\d{1,2}\s+" + _MONTH_WORD + r"|" + _MONTH_WORD
    + r"\.?\s+\d{1,2})[^.;]*?[,;]\s+(?:and\s+)?" + _P + r",?\s+on\s)",
    _FLAGS,
)
# A programme line that names the place first: "• Astana, Kazakhstan — Tuesday 28 and Wednesday 29 April"
_PLACE_THEN_DAYS = compiled(
    # "• Astana, Kazakhstan — Tuesday 28 April", "- Saint Lucia (3-4 November): In Castries, ..."
    r"\s*(?:[-–—•*]\s*)?" + _P + r"(?:\s*,\s*" + _M + r")?\s*(?:[-–—:]{1,2}\s*(?:(?:from|on)\s+)?"
    # ... "Lusaka, Republic of Zambia: 10 to 11 February"
    r"(?:" + _WEEKDAY + r"|\d{1,2}(?:st|nd|rd|th)?(?:\s*(?:[-–]|to|and)\s*\d{1,2}(?:st|nd|rd|th)?)?\s+"
    + _MONTH_WORD + r"|" + _MONTH_WORD + r"\.?\s+\d{1,2}\b)"
    # ... not a dateline's "Geneva, Switzerland – 3 April 2025 – " nor its "GENEVA (30 January 2026) –"
    r"(?![\w.]*,?\s+\d{4}\s+[-–—])"
    r"|\(\s*(?:\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+" + _MONTH_WORD + r"|" + _MONTH_WORD + r"\.?\s+\d{1,2}"
    r"(?:\s*[-–]\s*\d{1,2})?)\s*\)\s*:"
    # ... a heading on a line of its own: "Dubai, United Arab Emirates (Friday 6 and Saturday 7 June 2025)"
    r"|\(\s*" + _WEEKDAY + r"\s+\d{1,2}(?:\s*(?:[-–]|to|and)\s*(?:" + _WEEKDAY + r"\s+)?\d{1,2})?\s+"
    + _MONTH_WORD + r"(?:\s+\d{4})?\s*\)[ \t]*(?:\n|$))",
    _FLAGS,
)
# Lines that are not the story: "Correction (13 May): An earlier version of this article said ...",
# "> Mathilde visits refugee centre in Liège", "Read more: ...", "Related: ..."
_NOT_THE_STORY = compiled(
    r"^\s*(?:>|(?:correction|clarification|read\s+more|read\s+also|also\s+read|see\s+also)\b|related\s*:)"
    r"|\ban\s+earlier\s+version\s+of\s+this\s+(?:article|story|report)\b", _FLAGS
)
_LEG_WORD = compiled(r"\b(?:stop|stopover|leg)\b", _FLAGS)
_THEN_IN = compiled(r"(?:[^:\n\ue000]{0,40}?:)?\s*(?:in|at)\s+" + _P, _FLAGS)
_ITINERARY_COLON = compiled(
    r"\b(?:itinerary|schedule|programme|program|stops|route)\b[^:.;\ue000]{0,60}:", _FLAGS
)
_BEGIN = _word_start(
    # not "whose construction started in 2021, will be the largest mosque in Kosovo"
    # nor "the talks started in Jeddah this week": talks, a war, begun there
    r"\b(?<!talks\s)(?<!negotiations\s)(?<!process\s)(?<!war\s)(?<!fighting\s)(?<!conflict\s)"
    r"(?:begin(?:s|ning)?|began|start(?:s|ed|ing)?|kick(?:s|ed|ing)?\s+off)\b(?!\s+in\s+(?:19|20)\d\d)"
    r"[^.;:]{0,60}?\bin\s+" + _P
    # "who arrived in the Bosnian capital on Monday at the start of a five-day Balkan tour"
    + r"|\barriv\w*\s+in\s+" + _P + r"(?=[^.;:]{0,30}?\bat\s+the\s+(?:start|beginning|outset)\s+of\b)"
    + r"|\b(?:open(?:s|ed|ing)?|launch(?:es|ed|ing)?)\s+(?:the\s+|his\s+|her\s+|their\s+|a\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:tour|trip|visit|journey|swing|leg)\b[^.;:]{0,40}?\bin\s+" + _P
    # "The tour opened in Bishkek", "The programme opens in Bogota", "The mission, which brought
    # together 60 exporters, opened in Riyadh"
    + r"|\b(?:tour|trip|visit|journey|swing|programme|program|itinerary|mission)(?:,[^.;]{1,120}?,)?\s+"
    r"(?:opened|opens|will\s+open)\s+in\s+" + _P
    + r"|\bfirst\s+(?:stop|leg|destination)\b[^.;:]{0,30}?\b(?:in|is|was|will\s+be|be)\s+" + _P
    + r"|\barriv\w*\s+first\s+in\s+" + _P
    + r"|\bfirst\s+(?:travel|head|fly|flie|go|stop)\w*\s+(?:on\s+)?(?:to\s+|in\s+)?" + _P
    + r"|\b(?:travel|head|fl[yi]|flew|go|went)\w*\s+first\s+to\s+" + _P  # "will travel first to Oslo"
    + r"|\bwill\s+first\s+be\s+in\s+" + _P  # "He will first be in Mexico City on Sept 8"
    # "Cardinal X to lead Martyrs Day, will stop in Juba first"
    + r"|\b(?:stop|stops|stopping|stopped)\s+(?:over\s+)?in\s+" + _P + r"(?=\s+first\b)"
    + r"|^\W*(?:A:\s*)?" + _P + r"\s+first\b\s*[.,;:]"  # "A: Colombo first. He will be there on ..."
    + r"|" + _M + r"(?=[^.;\ue000]{0,50}?\b(?:on\s+the\s+|as\s+the\s+|the\s+|his\s+|her\s+)first\s+"
    r"(?:leg|stop)\b)"
)
_FINAL_LEGS = compiled(_M + r"(?:\s*,\s*" + _M + r")*\s*,?\s+and\s+" + _M
                       + r"\s+for\s+the\s+(?:final|last)\s+(?:legs|stops)\b", _FLAGS)
_END = _word_start(
    r"\b(?<!\bthe\s)(?<!-)(?:end(?:s|ed|ing)?|conclud(?:e|es|ed|ing)|wrap(?:s|ped|ping)?\s+up|finish(?:es|ed|ing)?|"
    # not "the end of apartheid in P", "orders that end up in P", "the now-ended mission in P"
    # ... nor "the peace agreement that ended a decade-long civil war in 1998, ... in P", "will close a
    # business forum organised by the chamber in P"
    r"clos(?:e|es|ed|ing))\b(?!\s+of\b)"
    # ... nor "forged close relations with P": close as an adjective
    r"(?!\s+(?:relations|ties|links|cooperation|contacts?|friends?|friendship|allies|ally|partners?|"
    r"partnership|aides?|associates?|advisers?|advisors?|attention|collaboration|coordination|call|"
    r"to|by)\b)(?!\s+up\s+in\b)(?!\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:war|conflict|crisis|fighting|strike|standoff|dispute|blockade|insurgency|rebellion|forum|conference|"
    r"seminar|fair|exhibition|expo)\b)"
    r"[^.;:]{0,120}?\bin\s+" + _P
    # "ended a week-long tour of the Western Balkans with an unscheduled stop in Moldova"
    # ... "will extend their trade mission with an unscheduled stop in Qatar": one more at the end
    + r"|\b(?:end(?:s|ed)?|conclud(?:es|ed)|wrap(?:s|ped)?\s+up|extend(?:s|ed)?)\s+"
    r"(?:a|an|the|his|her|their)\s+[^.;:]{0,70}?\bwith\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:stop|stopover|visit|call)\s+(?:in|to)\s+" + _P
    # ... "The final point of the tour will be Bolivia"
    # (not "the final stop of a tour that began in P")
    + r"|\b(?:final|last)\s+(?:stop|leg|destination|point)\b"
    r"(?![^.;:]{0,30}?\b(?:began|begun|started|opened)\b)"
    r"[^.;:]{0,30}?\b(?:in|is|was|will\s+be|be|to)\s+"
    + _P
    + r"|\b(?:final|last)\s+(?:stop|leg|destination),\s+" + _P  # "The final stop, Paramaribo, was added"
    # "arrived in P on Thursday for talks with his Angolan counterpart X, the last stop of a tour"
    # (not "flew home from P ... and missed the final leg": someone who left early)
    + r"|" + _M + r"(?=[^.;]{0,90}?\b(?:on\s+the\s+|as\s+the\s+|"
    r"(?<!missed\s)(?<!missing\s)(?<!skipped\s)the\s+|his\s+|her\s+)(?:final|last)\s+(?:leg|stop)\b"
    # (not "crossed to Pristina, the last stop in the region, ... flew on to Sofia": a part's last)
    r"(?!\s+in\s+the\s+region\b))"
)
# "whose term as chairman of the body ends at a summit in P": an office's end, not the trip's
_TERM_ENDS = compiled(r"\b(?:term|tenure|mandate)\b[^,;.\ue000]*?\b(?:ends?|ending|expires?|conclud\w+)\b"
                      r"[^,;.\ue000]*$", _FLAGS)


def _term_ends(masked: str, place_end: int) -> bool:
    """Whether the place ending at `place_end` is where someone's term of office ends."""
    at = masked.rfind(_OPEN, 0, place_end)
    return _TERM_ENDS.search(masked, max(0, at - 120), at) is not None


# Another group's movements told in a relative clause: "a delegation led by MP X, which arrived in"
_LED_BY_OTHER = compiled(
    r"\bled\s+by\s+[^,;.\ue000]{3,60},\s+(?:which|who)\b[^;]*$"
    # "overlaps with a regional tour by Eritrean President X, who was in Cairo last week"
    r"|\b(?:tours?|trips?|visits?|swing)\s+by\s+[^,;.\ue000]{3,60},\s+who\b[^;]*$", _FLAGS)


def _clause_before(masked: str, position: int, reach: int) -> str:
    """The clause before `position`, at most `reach` characters back: from the last comma, semicolon,
    colon or dash."""
    return re.split(r"[,;:—]", masked[max(0, position - reach):position])[-1]


_CONTINUES = compiled(r"\bcontinu\w+\b[^.;]{0,30}?\bwith\s+$", _FLAGS)
_VISIT_HERE = compiled(r"\b(?:visit|trip|tour)\s+to\s+(?:the|this|a|an)\s+(?:[\w-]+\s+){0,4}?"
                         r"(?:country|nation|republic|kingdom|state|island|archipelago)\b"
                         r"(?!\s+of\b)", _FLAGS)  # not "a visit to the Republic of P": P, named
# "BEIRUT (dpa) - X on Tuesday promised ..., on the second leg of a three-country tour": the
# dateline's place is that leg (and a stop on "the second day of a joint tour")
_NTH_LEG = r"(?:(second|third|fourth|fifth|sixth|seventh)\s+)?(?:and\s+)?((?:final|last)\s+)?"  # groups 1, 2
_OF_A_TOUR = r"\s+of\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:tour|trip|visit|swing|journey)\b"
_ON_LEG_OF = compiled(
    r"\b(?:on|during)\s+(?:the|a|an|his|her|their)\s+" + _NTH_LEG + r"(leg|stop|stage|day)" + _OF_A_TOUR,
    _FLAGS)
# "delivered a message to Cameroon's leader, the third leg of a regional tour": after no place but
# an owner's, the dateline's leg
_COMMA_LEG_OF = compiled(r",\s+the\s+" + _NTH_LEG + r"(leg|stop|stage)" + _OF_A_TOUR, _FLAGS)


def _leg_after_no_place(sentence: Sentence, mentions: Sequence[Mention], after: int) -> re.Match[str] | None:
    """ "P's leader X, the third leg of a tour" in a lede: the leg, when no place but an owner's
    ("Cameroon's") stands between the dateline (ending at text offset `after`) and it."""
    leg = _COMMA_LEG_OF.search(sentence.text, after - sentence.start)
    if leg is None or any(after <= m.start < sentence.start + leg.start() and m.kind in ("country", "city")
                          and not sentence.text.startswith(("'s", "’s"), m.end - sentence.start)
                          for m in mentions):
        return None
    return leg


# "BAKU (AP) - X pressed Azerbaijan on Tuesday ... as he began a weeklong swing ... that will also
# take him to A, B and C": the dateline's place opens the tour
_BEGAN_TOUR_HERE = compiled(
    r"\b(?:began|begins|beginning|started|starts|starting|kicked\s+off|kicks\s+off|kicking\s+off|opened|opens)\s+"
    r"(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:tour|trip|swing|visit|journey)\b", _FLAGS)
# "KINGSTON (AFP) - X pressed on with a six-nation swing ..., promising Jamaica ...": the dateline's
# place is a stop of the tour under way
_PRESSED_ON = compiled(
    r"\b(?:press(?:ed|es|ing)|push(?:ed|es|ing)|continu(?:ed|es|ing))\s+on\s+with\s+"
    r"(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:tour|trip|swing|visit|journey)\b", _FLAGS)
_ARRIVES_IN_COUNTRY = compiled(r"\b(?:arriv\w*|land\w*)\s+in\s+the\s+country\b", _FLAGS)
_WILL_MOVE = compiled(r"\b(?:will|is\s+(?:due|set|expected|scheduled)\s+to)\s+(?:\w+\s+)?$", _FLAGS)
# ... not "ended the official part of the trip in Kigali": the trip's own end
_PART_OF = compiled(r"(?<!official\s)(?<!formal\s)\b(?:part|leg|portion|segment|stage|half)\s+of\b", _FLAGS)
_ARRIVED = compiled(r"(?:arrived|landed)\b", _FLAGS)
_LAST_LEG = compiled(r"\b(?:final|last)\s+(?:leg|stop)\b", _FLAGS)
_LEG_PLACE = compiled(r"\s+(?:of\s+(?:the|his|her|their|a)\s+(?:[\w-]+\s+){0,2}?(?:trip|tour|visit|journey)"
                      r"\s+)?(?:in|to|at)\s+" + _P, _FLAGS)


def _other_place_before_last(match: re.Match[str], places: Sequence[Mention]) -> bool:
    """Whether any place but a demonym of the same country ("his Angolan counterpart") stands
    between the place `match` marks and the "last stop" after it: the last stop is that place's."""
    masked = match.string
    last = _LAST_LEG.search(masked, match.end())
    end = last.start() if last else len(masked)
    here = places[_marker(match)]
    return any(places[int(m.group(1))].country != here.country or places[int(m.group(1))].kind != "demonym"
               for m in _MARKER.finditer(masked, match.end(), end))


def _known_city(place: Mention, drafts: dict[str, StopDraft]) -> bool:
    """Whether `place` is a city of a country already made a stop."""
    return place.kind == "city" and place.country is not None and place.country in drafts


_CLAUSE_SUBJECTS = frozenset("he she they it we the his her their".split())


def _others_move(masked: str, position: int) -> bool:
    """Whether a motion at `position` is made by others: "migrants heading to Spain and Italy",
    "Libyans who travel to Malta", "workers, many of whom travel to Australia"."""
    before = masked[max(0, position - 80):position]
    aside = _ASIDE_END.search(before)  # "its exports, mainly coal and copper, go to China"
    mover = (before[:aside.start()] if aside else before)[-40:].split()
    while mover and mover[-1].lower() in _BETWEEN_MOVER:
        mover.pop()  # "ministers also travelling to P"
    if not mover:
        return False
    who = next((k for k in range(len(mover) - 1, max(0, len(mover) - 4), -1) if mover[k] in ("who", "that")),
               None)  # "Malaysians who combine trips to P"
    if who is not None and who + 1 < len(mover) and (mover[who + 1].lower() in _CLAUSE_SUBJECTS or (
            mover[who] == "that" and mover[who + 1][:1].isupper())):
        who = None  # "told reporters that she (or Silva) would fly to P": "that" opens what was told
    # "soybeans, most of which go to China"; "emigrants, many of them leaving for P"
    of_which = ("which" in mover[-4:] or "them" in mover[-3:]) and "of" in mover[-5:]
    counted = len(mover) > 1 and _COUNTED.fullmatch(mover[-2]) is not None
    if counted and (_PEOPLE_OF.match(mover[-1]) or _MARKER.fullmatch(mover[-1])):
        return True  # "some 350,000 Moroccans crossed into P", "thousands of Filipinos travel to P"
    if mover[-1].lower() in _OTHER_OFFICIALS and (len(mover) < 2 or mover[-2].lower() not in _THE_PARTY):
        return True  # "when Australian leaders go to P"; not "the two leaders flew to P"
    return mover[-1].lower() in _OTHER_MOVERS or "whom" in mover[-4:] or of_which or who is not None and (
        _PEOPLE_OF.match(mover[who - 1]) is not None or mover[who - 1].lower() in _OTHER_MOVERS
        # "A nurse who goes to Brisbane earns in a week ...": anyone of a kind
        or who >= 2 and mover[who] == "who" and mover[who - 2].lower().lstrip("\"“‘'(") in (
            "a", "an", "any", "every"))


# the way back to where the traveller's body sits: "flying to Erbil in Iraq, where the church has its seat"
_TO_ITS_SEAT = _word_start(
    r"\b(?:fl(?:y|ies|ew|ying)|head\w*|travel\w*|return\w*|go(?:es|ing)?)\s+(?:on\s+|back\s+)?to\s+" + _P
    + r"(?:\s+in\s+" + _P + r")?,\s+where\s+(?:the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?"
    # (a body of the traveller's, not "where the government is based": the host's)
    r"(?:church|patriarchate|organi[sz]ation|agency|secretariat|commission|fund|bank|union|order|federation)\s+"
    r"(?:has\s+its\s+(?:seat|headquarters|see)|(?:is|are)\s+(?:based|headquartered|seated))\b")
# a programme's item that ends with its place; not a departure or a transit ("- Departure from X, P, via Q")
_PROGRAMME_ITEM = compiled(r"\s*[-–•*]\s+(?!departure\b)(?:\d{1,2}[h:.]\d{2}\s*:?\s*)?"
                           r"(?:(?!\bvia\b)[^\n])*?,\s+" + _P + r"\s*\.?\s*", _FLAGS)
_BULLET = compiled(r"\s*[-–•*]\s")


def _under_a_day(sentences: Sequence[Sentence], index: int) -> bool:
    """Whether the item line `index` stands under a day's heading (a date line: "Friday, 17th October
    2025"), maybe after other items."""
    above = index - 1
    while above >= 0 and _BULLET.match(sentences[above].text):
        above -= 1
    return above >= 0 and is_header_line(sentences[above].text)


def _after_body(sentences: Sequence[Sentence], index: int, headlines: Collection[int]) -> bool:
    """Whether a sentence of the body (not the headline, a byline or a date line) comes before
    `index`: a diary's heading ("MELBOURNE. From Wednesday ...") follows text, a dateline
    ("KAMPALA. Prime Minister X has returned ...") opens it."""
    return any(j not in headlines and len(sentences[j].text.split()) >= _BODY_WORDS for j in range(index))


_BODY_WORDS = 8


# a headline's "X in P to do something", "X in P for talks"; not "Officials in P"
_HEADLINE_IN = compiled(r"(?<=[a-z] )(?<!officials )(?<!sources )in\s+" + _P
                        + r"(?=\s+(?:to\s+[a-z]+|for)\b|\s*$)")
_SOME_OF_THEM = compiled(r"\W*(?:most|many|some|all|few|several|half|thousands|hundreds)\s+of\s+them\b",
                         _FLAGS)


# What may stand between a subject and its verb: "X, her predecessor, visited", "X has also travelled"
_SUBJECT_GAP = compiled(
    r"(?:,[^,;.\ue000]{1,80},|,)?\s*(?:(?:has|have|had|also|will|would|is|was|are|were|be|been|then|later|"
    r"recently|previously|once|last|first|due|expected|set|scheduled|to|plans?|planned|himself|herself|"
    r"separately|already|personally|reportedly|not|never|"
    r"made|paid|undertook|an?|several)\s+)*", _FLAGS)  # "his predecessor X made visits to P"


# What makes a name before a motion its object or one of a list: "talks with Jaishankar, visit P",
# "King X, Queen Y to visit P" (after the titles before the name are set aside); but not an
# appositive: "Ms Silva's predecessor, Tom Berg, visited P"
_NOT_SUBJECT = compiled(
    r"(?:\b(?:with|and|by|met|meets?|meeting|to|for|of|from|invited|invites?)|[,&])\s*$", _FLAGS)
# ... with the joiners of an office: "met Chairman of the city People's Committee X, visited ..."
# ... "his superior, Industry and Trade Minister X, led a delegation to P": a field's "and"
_TITLES_BEFORE = compiled(r"(?:\b(?:[A-Z][\w.'’-]*|of|the|for|at|city|and(?=\s+[A-Z]))\s+)+$")


def _moved_by(masked: str, position: int, names: Sequence[str]) -> bool:
    """Whether the motion at `position` has one of `names` for its subject: "Ms Silva's
    predecessor, Tom Berg, visited P"."""
    for name in names:
        at = masked.rfind(name, 0, position) if name[:1].isupper() else -1
        if at >= 0 and (_WHO_CLAUSE.fullmatch(masked, at + len(name), position)
                        or _THEIR_TRIP_WHICH.fullmatch(masked, at + len(name), position)):
            return True  # "President X, who was returning from a visit to P"; "X's visit to P, which
            # followed a stop in Q"
        if at >= 0 and _SUBJECT_GAP.fullmatch(masked, at + len(name), position):
            before = masked[max(0, at - 80):at]
            titles = _TITLES_BEFORE.search(before)
            before = before[:titles.start()] if titles else before
            appositive = before.rstrip().endswith(",") and masked.startswith(",", at + len(name))
            if appositive or not _NOT_SUBJECT.search(before):
                return True
    return False


_WHO_CLAUSE = compiled(r",\s+who\s+(?:[\w'’-]+\s+){0,5}")
_THEIR_TRIP_WHICH = compiled(
    r"['’]s?\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour|journey)\s+to\s+" + _M
    + r",\s+which\s+(?:[\w'’-]+\s+){0,4}")


def _while_other(masked: str, position: int, names: Sequence[str]) -> bool:
    """Whether the clause of `position` is someone else's, opened by "while" or "whereas" with one of
    `names` for its subject: "..., while Foreign Minister X is representing P at a meeting in Q"; or
    by "after" or "because" when nothing in it is the traveller's: "was postponed after Foreign
    Minister X was called to a meeting in Q" (not "after President X welcomed him in Q")."""
    for name in names:
        at = masked.rfind(name, 0, position) if name[:1].isupper() else -1
        if at < 0 or not _VERB_NEXT.match(masked, at + len(name)) or _CLAUSE_MARK.search(
                masked, at, position):
            continue
        opener = _WHILE_BEFORE.search(masked, max(0, at - 60), at)
        if opener and (opener.group(1).lower() in ("while", "whereas")
                       or not _TRAVELLER_WORD.search(masked, at + len(name), position)):
            return True
    return False


_WHILE_BEFORE = compiled(r"\b((?i:while|whereas|after|because))\s+(?:[A-Z][\w.'’-]*\s+){0,4}$")
_TRAVELLER_WORD = compiled(r"\b(?:him|her|them|his|their|us|our|we)\b", _FLAGS)
_VERB_NEXT = compiled(r"\s+(?:is|was|are|were|will|would|has|had)\b")
_CLAUSE_MARK = compiled(r"[,;:]")


def _led_by_other(masked: str, position: int) -> bool:
    """Whether a cue at `position` tells another group's movements ("led by MP X, which arrived in")."""
    return _LED_BY_OTHER.search(masked, max(0, position - 160), position) is not None
# "will then visit A, B and C", "before heading to A, B and C": the next legs
# "will also visit A and B", "travel to P next week, with further stops in A and B": on from P
_GOES_ON_TO = compiled(r"\bwill\s+also\s+$|\bwith\s+(?:further|other|more|additional|onward)\s+$", _FLAGS)
_NEXT_WORDS = frozenset({"then", "next", "later", "subsequently", "before"})
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7}
_ORDINAL = _word_start(
    # not a place left: "arrived here from Havana, the second leg of a tour"
    # (places of the same country may stand between: "in Manila ... with the Philippine government,
    # the fourth stop"; see `find_stops`)
    # (nor a place before another is reached: "the trade war with P, as she arrived in Bavaria ...
    # for the second leg")
    r"(?<!\bfrom\s)" + _M + r"(?=(?:(?!\b(?:arriv\w*|landed)\s+(?:in|at)\b)[^.;]){0,100}?"
    r"\b(?:the|his|her|its|their)\s+"
    r"(second|third|fourth|fifth|sixth|seventh)\s+(?:leg|stop|destination|stage)\b)"
    r"|\b(second|third|fourth|fifth|sixth|seventh)\s+(?:leg|stop|destination)\b"
    # "In the second leg of her visit, Silva will reach Seoul"
    r"(?:\s+of\s+(?:the|his|her|their)\s+(?:[\w-]+\s+)?(?:visit|trip|tour|journey),?)?[^.;:]{0,30}?"
    r"\b(?:in|is|was|will\s+be|to|reach(?:es|ed)?)\s+" + _P
)
_THEN = _word_start(
    r"\b(?:then|afterwards|subsequently|from\s+there|next\s+stop|next\s+leg|after\s+which)\b[^.;:]{0,40}?"
    r"\b(?:to|in|for)\s+"
    + _P
    + r"|\bbefore\s+(?:travel\w*|head\w*|fly\w*|flew|mov\w*(?:\s+on)?|go\w*\s+on|leav\w*\s+for|"
    r"continu\w*|proceed\w*|arriv\w*|coming)\s+" + _EN_ROUTE + r"(?:to|in|for)\s+" + _P
    # "before spending the weekend in Nouméa"
    + r"|\bbefore\s+spending\s+(?:the\s+|a\s+|two\s+|three\s+|four\s+)?(?:[\w-]+\s+)?"
    r"(?:days?|nights?|weekend|week|hours?)\s+in\s+" + _P
    # "go on to Vientiane on Tuesday ..., followed by two days in Bangkok"
    + r"|\bfollowed\s+by\s+(?:an?\s+|(?:one|two|three|four|several)\s+)?(?:[\w-]+\s+)?"
    r"(?:days?|nights?|stops?|stopovers?|visits?|legs?)\s+(?:in|to)\s+" + _P
    # "will begin its tour in London on September 14, followed by Paris on September 16"
    + r"|\bfollowed\s+by\s+" + _P + r"(?=\s+(?:on|from|between)\b|\s*\()"
    # "Samoa follows on Tuesday, Dec. 2."
    + r"|^\W*" + _P + r"\s+follows\s+(?=on\b|next\b)"
)
_AFTER = _word_start(
    r"\bafter\s+(?:a\s+|an\s+|his\s+|her\s+|their\s+|the\s+)?(?:brief\s+|short\s+|similar\s+)?"
    r"(?:(?:a|one|two|three|four|several)\s+days?\s+of\s+)?(?:holding\s+|having\s+held\s+|attending\s+(?:the\s+)?)?"
    r"(?:[\w-]+-(?:day|night)\s+)?"  # "after a two-day visit to P"
    # "after spending Sunday with the Polish community in Chicago", "after two days in P"
    r"(?:stopover|stop|visit|talks|meetings|visiting|leaving|stay|trip|spending\s+(?:(?!deployed\b|based\b|stationed\b|serving\b|living\b)[\w,-]+\s+){0,8}?in|"
    # "two days after opening the tour in Bridgetown"
    r"(?:opening|starting|beginning)\s+(?:the|his|her|their)\s+(?:[\w-]+\s+)?(?:tour|trip|visit)\s+in|"
    r"(?:one|two|three|four|five|several|few)\s+(?:days|nights)\s+in|"
    r"(?:[\w–-]+\s+){0,3}?(?:summit|meeting|conference|forum)\s+in)\s+"  # "after EU–Central Asia summit in P"
    r"(?:in\s+|to\s+)?(?:neighbou?ring\s+)?" + _P  # "after three days in neighbouring Chad"
    # "arrived in Adre on Tuesday, a day after meeting the president in N'Djamena"
    + r"|\bafter\s+(?:meeting|holding\s+talks\s+with)\s+[^.;\ue000]{0,80}?\bin\s+" + _P
    # "arrived in Q ..., travelling directly from P where he took part in a summit"
    + r"|\b(?:travell?ing|coming|flying)\s+(?:directly\s+|straight\s+)?from\s+" + _P
    + r"(?=\s*,?\s*where\s+(?:he|she|they)\b)"
)
_LEFT_FOR = _word_start(
    r"\b(?:left|leaves|leaving|leave|depart\w*)\s+" + _P + r"[^.;,]{0,30}?\s+for\s+"
    # "depart Abuja for an official visit to Saint Lucia"
    r"(?:(?:an?|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour|summit)\s+(?:to|in)\s+)?" + _P
)
_FROM_TO = _word_start(
    # not "an oil pipeline from Basra to the Jordanian port of Aqaba", "flights from P to Q"
    r"(?<!pipeline\s)(?<!pipelines\s)(?<!railway\s)(?<!road\s)(?<!highway\s)(?<!corridor\s)(?<!flights\s)"
    r"(?<!route\s)(?<!cable\s)(?<!line\s)(?<!exports\s)(?<!trade\s)(?<!migrants\s)(?<!refugees\s)"
    r"\bfrom\s+" + _P + r"\s+to\s+" + _P
    # "From Baku, Wadephul crossed the Caspian Sea to Astana"
    + r"|^\W*from\s+" + _P + r"\s*,[^.;]{0,60}?\b(?:to|for)\s+" + _P
    # ... "From Muscat he will travel to Dubai"
    + r"|^\W*from\s+" + _P + r"\s+(?:he|she|they)\s+(?:will\s+)?(?:then\s+)?"
    r"(?:travel|fly|go|head|move|proceed|continue)\w*\s+(?:on\s+)?to\s+" + _P
    # a programme's "Fly Suva to Nuku'alofa."
    + r"|\b(?:fly|flies|flew|travel|drive|sail)\s+" + _P + r"\s+to\s+" + _P
)
# A region's extent, not a journey: "which crosses Central America from P to Q"
_EXTENT = compiled(
    r"\b(?:cross(?:es|ed|ing)?|stretch(?:es|ed|ing)?|extend(?:s|ed|ing)?|span(?:s|ned|ning)?|"
    r"relocat\w*|transfer\w*|brings?\s+together|bringing\s+together|unites|uniting)\b[^,;]{0,40}$"
    # ... things moved ("relocate some functions from P to Q"), a body's members ("brings together 22
    # conferences from P to Q", "countries from P to Q")
    r"|\b(?:countries|nations|states|members|conferences|communities|churches|governments|economies)\s+$"
    # ... or its holdings: "already active in ports from P to Q", "markets from P to Q"
    r"|\b(?:ports|terminals|airports|markets|hubs|capitals|operations)\s+$"
    # ... what is sent or spread: "humanitarian aid from P to Q", "in public hospitals from P to Q"
    r"|\b(?:aid|assistance|supplies|shipments|goods|hospitals|clinics|schools|villages|towns|cities|assets|"
    r"deposits|mines|investments)\s+$"
    # "the Nigerian section from P to Q", "a railway line from P to Q"
    r"|\b(?:section|line|link|road|railway|highway|pipeline|corridor|cable|route)\s+$"
    # "littoral states in the region, from P to Q", "across the continent, from P to Q"
    r"|\b(?:region|continent|world|globe|hemisphere)\s*,?\s+$",
    _FLAGS,
)
# "the Southern Gas Corridor, which runs across P and Q and ends in R": a route's course, not a tour's
_ROUTE_RUNS = compiled(
    r"\b(?:which|that)\s+(?:runs|ran|stretches|extends|crosses|passes|flows|winds|snakes|bypasses|links|"
    r"connects)\b[^;]{0,80}$",
    _FLAGS)
# "The corridor was meant to link India to Europe through A and B, with a final leg to Greece": a
# route's plan, no one's journey
_MEANT_TO_LINK = compiled(
    r"\b(?:meant|designed|intended|planned|set)\s+to\s+(?:link|connect)\b[^.;]{0,100}$", _FLAGS)
_LINK_REACH = 130  # "meant to link" up to 100 characters before, and the verb
# "arrived in P on Saturday from ", right before the place the traveller came from
_ARRIVED_IN_FROM = compiled(r"\barriv\w*\s+(?:in|at)\s+" + _P + r"[^.;,\ue000]{0,40}?\bfrom\s+$", _FLAGS)
# When a place left was visited: "where on Monday he", "where on 27 and 28 April she", "where earlier they"
_WHERE_WHEN = r"(?:on\s+(?:\w+\s+){1,4}?|earlier\s+)?"
# "flew to Nuuk from Copenhagen, where on Monday he was received": the place left was a stop too
_FROM_WHERE = compiled(
    r"\b(?:to|for|in|into)\s+" + _P + r"\s+from\s+" + _P
    + r"(?=\s*,\s*where\s+" + _WHERE_WHEN + r"(?:he|she|they)\b)",
    _FLAGS,
)
# "arrived in Beirut on Sunday afternoon from Turkey": Turkey came before
_ARRIVED_FROM = compiled(
    r"\b(?:(?:arriv\w*|land\w*)\s+(?:in|at)|fl(?:ew|own|ies|y)\s+into)\s+" + _P
    # ... "arrived in Bishkek on Monday, 29 April, from Astana"
    + r"(?:[^.;,\ue000]{0,40}?|\s+on\s+\w+day,\s+[\w. ]{3,15}?,\s+)\bfrom\s+(?:neighbou?ring\s+)?" + _P,
    _FLAGS,
)
# "Guterres flew in from the Kenyan capital Nairobi, where he had spent Monday": a stop before this one
_FLEW_IN_FROM = compiled(
    # ... and "arrived in the Red Sea city on Wednesday from Addis Ababa, where they had spent Monday"
    # ... "returned home on Sunday from Harare, where he had spent Saturday"
    r"\b(?:fl(?:ew|ies|y|ying)|came|comes|arriv\w*|travell?ed|jetted|returned)\s+(?:in\s+|[^.;\ue000]{0,50}?\s)?"
    r"from\s+" + _P
    + r"(?=\s*,?\s*where\s+" + _WHERE_WHEN + r"(?:he|she|they)\s+(?:had\s+)?"
    r"(?:spent|held|met|visited|was|were|attended|stayed|opened|signed)\b)"
    # "Silva, who flew in earlier in the day from Port Moresby, told Berg": where the story is
    + r"|\bfl(?:ew|own)\s+in\s+(?:earlier\s+(?:in\s+the\s+day|today|on\s+\w+)\s+|on\s+\w+\s+|overnight\s+)?"
    r"from\s+" + _P,
    _FLAGS,
)
# The way home: the place "returned from" (or "flew back from") is the tour's last
_BACK_FROM = compiled(r"(?:returned|(?:jetted|flew)\s+back)\b", re.IGNORECASE)
# Before a host named by the dateline's demonym: "in talks with Fijian Prime Minister Y"
_MET_BEFORE = compiled(
    r"\b(?:with|met|meets|meeting|received\s+by|hosted\s+by|welcomed\s+by|greeted\s+by)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "En route to Japan, the Taoiseach will make a brief stopover in Dubai": Dubai comes first
_EN_ROUTE_STOP = compiled(
    r"\ben\s+route\s+to\s+" + _P + r"[^.;]{0,80}?\b(?:stopover|stop|stay|visit)\s+in\s+" + _P, _FLAGS
)
# "On his return to Kinshasa", "lands back in Israel": a stop visited again, after another one
_RETURN_TO = _word_start(
    r"\b(?:(?:(?-i:back)|(?<![\w,] )(?-i:Back))\s+(?:in|to)|return(?:s|ed|ing)?\s+to|"
    r"(?:his|her|their|the)\s+return\s+to|"
    r"(?:lands?|landed|landing|arrived|arrives?)\s+back\s+(?:in|at)|again\s+(?:in|to))\s+" + _P
    # "before heading to Germany again for the Munich Security Conference"
    + r"|\b(?:head\w*|fl(?:y|ies|ew|ying)|go(?:es|ing)?|travel\w*)\s+(?:back\s+)?to\s+" + _P
    + r"(?=\s+again\b)"
)
# "due to land back in Rome", "arriving back in London"; not "Defense Minister Ahn Gyu Back in Seoul"
_BACK_IN = compiled(r"\b(?-i:back)\s+(?:in|at)\b|^\W*(?-i:Back)\s+(?:in|at)\b", _FLAGS)
# "Barzani returns to Erbil after Rome, Vatican and Paris visits": the places of the tour, in order
_LISTED_VISITS = compiled(
    _M + r"(?:(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)" + _M + r")+\s+(?:visits|trips|tours|legs)\b")
# "Thursday will be split between Podgorica, where she meets ..., and Belgrade"
_SPLIT_BETWEEN = compiled(r"\b(?:split|divided)\s+between\s+" + _P + r"[^.;]*?\band\s+" + _P, _FLAGS)
# "The Cook Islands leg is expected to be the most delicate" (not "the P leg was dropped")
_LEG_OF = compiled(
    # ... and "The Paris leg will focus on ...", "During the Lisbon segment of the visit"
    _M + r"\s+(?:leg|stop|segment|stage)\b"
    r"(?!\s+(?:was|has|had|is)\s+(?:been\s+)?(?:dropped|cancel|scrapp|postpon|shelv))",
    _FLAGS,
)
# (not a noun: "Comorans attempting the crossing to Mayotte")
_CROSSED = compiled(r"(?<!\bthe\s)\bcross(?:es|ed|ing)?\s+(?:the\s+)?(?:[\w-]+\s+){0,6}?to\s+" + _P
                      + r"|\b(?:(?<=will\s)|(?<=then\s)|(?<=to\s))cross\s+into\s+" + _P
                      # "the King and Queen crossed into Vatican City" (not "those fleeing P had crossed
                      # into Q")
                      + r"|\b(?:he|she|they|king|queen|couple|pope|pontiff|delegation|royals|party|"
                      r"(?-i:[A-Z][\w'’-]+))\s+(?:then\s+|later\s+|also\s+)?cross(?:ed|es)\s+into\s+" + _P,
                      _FLAGS)
# a diary's heading in capitals, as a paragraph's first sentence: "MELBOURNE.", "AUCKLAND, 3–6 November."
_DIARY_HEADING = compiled(r"[A-Z][A-Z .'’-]*[A-Z](?:,\s*[^.\n]{1,30})?\.")
# a programme's line: "12/05 – 13/05: Port Sudan, ...", "Monday 8 June: Apia", "- Friday 13 March: Lima"
_SCHEDULE_LINE = compiled(
    r"\s*(?:[-–—•*]\s*)?"
    r"(?:day\s+\d{1,2}\s*[-–—:]\s*)?"  # a diary's "Day 1 - Tuesday, 27 January - Abuja"
    r"(?:\d{1,2}[/.]\d{1,2}|\d{1,2}\s+[a-z]{3,9}\.?|[a-z]{3,9}\.?\s+\d{1,2}|" + _WEEKDAY + r")"
    # "March 23 and 24 - Manila, Philippines: meetings with ...", not "March 20, 2026 - Ottawa" (a dateline)
    # "Thursday 6 to Saturday 8 November - Sydney", "— Monday 14 September, Tirana (done): Talks ..."
    r"(?:[^:\n]{0,40}:|(?![^:\n\-–—]{0,35}\d{4})[^:\n\-–—]{0,35}\s[-–—]{1,2}|[^:,\n]{0,20},"
    # ... "Tuesday 18 February (Doha)", a heading on a line of its own
    r"|[^:,\n(]{0,25}\((?=\s*" + _M + r"\s*\)[ \t]*(?:\n|$)))\s*" + _P
    + r"(?![^:\n]{0,20}\d{4})",
    _FLAGS,
)
_OPENING_IN = compiled(
    # "By Tuesday, in P", "A day later, in P"
    r"^\W*(?:(?:by|on|later|then|next|finally|earlier|from\s+there|(?:a|one|two|three)\s+days?\s+later)\b"
    # ... "On Saturday, October 11, in P"
    r"[^,.;]{0,25},\s*(?:" + _DAY_OF_MONTH + r",\s*)?)?"
    r"(?:while\s+|once\s+|when\s+|after\s+arriving\s+|upon\s+arriving\s+|on\s+arrival\s+|"
    # "During his two days in Riyadh, X held a meeting with ..."
    r"(?:during|throughout)\s+(?:his|her|their|the)\s+(?:[\w-]+\s+){0,2}?(?:days?|stay|visit|time)\s+|"
    # "Over two days in Bridgetown he held talks"
    r"over\s+(?:the\s+)?(?:two|three|four|five|\d)\s+days\s+)?"
    r"(?:in|at)\s+" + _P,
    _FLAGS,
)
# Others acting, as the sentence's subject: "U.S. and Iranian negotiators held talks in Oman"
# A sentence that says where an event is, not who goes: "That meeting takes place in P from July 6",
# "A follow-up round is due in P on Saturday"
_EVENT_THERE = compiled(
    r"\W*(?:the|that|this|a|an|its|their)\s+(?:[\w-]+\s+){0,4}?(?:meeting|summit|round|talks|conference|"
    r"session|forum|games|congress|assembly|event|ceremony|election|vote|meet)\s+"
    r"(?:(?:is|are|was|were|will\s+be)\s+(?:now\s+)?(?:due|scheduled|set|expected|planned|being\s+held|held)|"
    r"(?:takes|took|will\s+take)\s+place|opens|runs|convenes)\s+(?:to\s+(?:be\s+held|take\s+place)\s+)?"
    r"(?:in|at)\s+" + _M, _FLAGS)
_MOTION = compiled(r"\b(?:arriv\w*|travel\w*|fl(?:y|ies|ew|ying|own)|head\w*|go(?:es|ing)?|went|visit\w*|"
                   r"land\w*|continu\w*|proceed\w*|reach\w*|mov\w*|stop\w*|tour\w*|trip|leg)\b", _FLAGS)
# "drew criticism from some Western diplomats in P": where those people are, not the traveller; "from
# its headquarters in P": where a body works from
_FROM_PEOPLE_THERE = compiled(
    r"\bfrom\s+(?:[\w\ue000\ue001-]+\s+){0,3}?(?:diplomats|officials|analysts|observers|critics|residents|"
    r"lawmakers|activists|groups|businesses|investors|communit(?:y|ies)|diaspora|nationals|citizens"
    # ... "had received invitations from the Ibadan communities in the United States"
    # "who heads the body from its headquarters in P", "a team from the secretariat's headquarters in P"
    r"|headquarters|head\s+office|secretariat)\s+$", _FLAGS)
# "which officials in Paris had reportedly asked ...": the people of that place act, not the traveller
_PEOPLE_THERE_ACT = compiled(
    r"\b(?:officials|authorities|diplomats|sources|politicians|lawmakers|leaders)\s+$", _FLAGS)
_THEY_ACT = compiled(
    r"\s+(?:(?:had|have|has|were|are|was|is)\s+)?(?:reportedly\s+|also\s+)?"
    r"(?:asked|said|say|urged|insisted|warned|wanted|told|reacted|objected|feared)\b", _FLAGS)
_OPINION = compiled(
    r"\W*(?:some\s+|many\s+|other\s+)?(?:analysts|experts|observers|critics|commentators|economists|scholars)\s+"
    r"(?:say|said|believe|believed|expect|expected|note|noted|warn|warned|argue|argued)\b", _FLAGS)
_OTHERS_ACT = compiled(
    r"\W*(?:[\w.'’\ue000\ue001-]+\s+(?:and\s+)?){0,3}?(?<!\btwo\s)(?<!\bboth\s)"  # not "The two leaders"
    r"(?:negotiators|officials|diplomats|envoys|delegates|delegations|"
    r"mediators|representatives|lawmakers|legislators|rebels|militants|investigators|protesters|activists|"
    r"countries|governments|"
    r"troops|forces|ministers|leaders|chiefs|commanders|generals)\s+(?:(?:have|had|will|are|were|also)\s+)*"
    r"(?:(?:due|expected|set|scheduled)\s+to\s+)?"  # "EU foreign ministers are due to discuss ..."
    r"(?:held|met|hold|meet|gathered|signed|clashed|discuss\w*|agree\w*|adopt\w*|vote\w*|approv\w*|"
    r"submit\w*)\b",  # "Countries are due to submit climate plans before the conference in P opens"
    _FLAGS,
)
# "in Hanoi", "at State House, Nairobi" (a building, then its city)
_IN = _word_start(r"\b(?:in|at)\s+(?:(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){0,3},\s+)?" + _P)
_ACTION = _word_start(
    r"\b(?:meet(?:s|ing|ings)?|met|hold(?:s|ing)?|held|attend(?:s|ed|ing)?|participat\w+|"
    r"sign(?:s|ed|ing)?|address(?:es|ed|ing)?|lay(?:s|ing)?|laid|speak(?:s|ing)?|spoke|deliver\w*|speech|lecture|"
    r"join(?:s|ed|ing)?|accompanied|talks|summit|visit(?!or)\w*|arriv\w*|stay\w*|stopover|"
    r"(?<!\bmain\s)(?<!\bits\s)(?<!\bthe\s)(?<!\ba\s)land\w*|"  # not "its main land corridor"
    r"tour\w*|trip|welcom\w*|receiv\w*|greet\w*|conference|call(?:s|ed|ing)?\s+on|"
    r"spen(?:d|ds|t|ding)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:days?|nights?|hours?|weekend|morning|afternoon|evening)|"
    r"spen(?:d|ds|t|ding)\s+(?:[A-Z][a-z]{2,8}\.?\s+\d+|\d{1,2}\s+[A-Z][a-z]+)|"  # "spend Nov. 26-28 in P"
    r"ceremony|ceremonies|banquet|reception|mass|liturgy|inspect(?:s|ed|ing)?|inaugurat\w+|"
    r"(?:will|to)\s+take\s+place)\b",  # "talks are scheduled to take place in P", not "the attack took place"
)
# "a summit of the SADC Organ on Politics, Defence and Security Cooperation in P": the body's name may
# hold commas
_BODY_WORD = r"(?:(?-i:[A-Z])[\w'’-]*|\((?-i:[A-Z])+\)|\ue000\d+\ue001|and|on|of|for|the)"
_EVENT_OF_BODY = compiled(r"\b(?:at|attend(?:s|ed|ing)?)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:summit|conference|congress|forum|assembly)\s+of\s+(?:the\s+)?" + _BODY_WORD
                          + r"(?:,?\s+" + _BODY_WORD + r"){0,14}\s+$", _FLAGS)
# "will remain in Trinidad through Sunday": a stay (not "tensions remain in the region")
_REMAINS_UNTIL = compiled(r"\bremain(?:s|ed|ing)?\s+$", _FLAGS)
# ... or "remains in Riyadh today for business-to-business meetings"
_UNTIL_AFTER = compiled(r"(?:until|through|till|for\s+(?:two|three|four|five|\d+)\s+days|today|tomorrow|"
                        r"tonight|for\s+(?:[\w-]+\s+){0,3}?(?:talks|meetings|consultations))\b", _FLAGS)
# Where a visit is received, right before "in P": "welcomed at Istana Negara, the national palace in P"
_VENUES = r"(?:palace|presidential\s+residence|state\s+house|parliament)\s+$"
_VENUE_BEFORE = compiled(  # not "must be ratified by PNG's national parliament in P": the body acts
    r"^(?![^\n]*\bby\s+(?:[\w'’-]+\s+){0,3}" + _VENUES + r")[^\n]*\b" + _VENUES, _FLAGS)
# A day right before "in P" tells the itinerary: "and the following day in Skopje", "on Friday in Rome".
_WHEN_BEFORE = compiled(
    r"\b(?:" + _WEEKDAY + r"|(?:following|next)\s+day|morning|afternoon|evening)\s*$",
    _FLAGS,
)
# ... or right after it: "that in Juba on Thursday and Friday he heard"
_WHEN_AFTER = compiled(r"(?:on|from)\s+(?:" + _WEEKDAY + r"|" + _MONTH_WORD + r"\.?\s+\d)", _FLAGS)
# "said in Berlin on Saturday", "before returning to the headquarters in Addis Ababa on Saturday"
_SAID_OR_BACK = compiled(r"\b(?:said|says|told|tells|announced|stated|added|headquarters|return\w*\s+to)\b"
                           r"[^,;]{0,30}$", _FLAGS)
# What tells a country's state, not a visit, after "In P,": "In Syria, Christians remain anxious ..."
_STATE_ONLY = compiled(
    r",?\s*(?:[\w-]+\s+){1,3}?(?:remain|remains|is|are|has\s+been|have\s+been)\s+(?:still\s+)?"
    r"(?:anxious|divided|fragile|tense|uncertain|high|low|scarce|poor|in\s+crisis)\b", _FLAGS)
# "In P, some Catholic commentators were sharp": a reaction told where it was, no visit
_SOME_THERE = compiled(
    r",\s*(?:some|many|several|most|a\s+few)\s+(?:[\w-]+\s+){0,2}?(?:commentators|analysts|critics|observers|"
    r"experts|residents|citizens|activists|lawmakers|politicians|newspapers|editorials|columnists)\b"
    # "In Niamey, the official media barely mentioned the trip"
    r"|,\s*(?:the\s+)?(?:official|state|state-run|local|national|pro-government)\s+"
    r"(?:media|press|newspapers|television|broadcaster)\b", _FLAGS)
# "In Washington, the United States has watched the deal warily": the place is the subject (read as
# one place, "Washington, the United States"), no visit
_PLACE_HAS_DONE = compiled(r"\s+(?:has|have|had)\s+(?:long\s+|already\s+|so\s+far\s+)?\w+ed\b", _FLAGS)
# "In P, P's foreign minister X said the visit ...": the hosts' reaction, told where they are
_HOSTS_SAY = compiled(
    r",\s*(?:the\s+)?((?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+)?)\s+(?:[\w-]+\s+){0,6}?"
    r"(?:said|says|told|warned|insisted|responded|"
    r"accused|criticised|criticized|condemned|complained|protested|called)\b", _FLAGS)
# "Speaking in P on Wednesday, Foreign Minister X told ...", "Asked about the visit in P, spokesman X
# said": where someone else speaks, when a name of `others` follows
_SPEAKING_IN = compiled(
    r"^\W*(?:speaking|asked|responding|commenting|reacting|writing)\b[^,;]{0,80}?\bin\s+" + _P
    + r"[^,;]{0,40},", _FLAGS)
# "..., and X, speaking in P, thanked the hosts": someone else, set off by commas, where they speak;
# "X told a press conference in P"
_SPEAKS_THERE = compiled(
    r",\s+(?:speaking|writing|talking)\s+$|\s+(?:told|addressed|briefed)\s+(?:a\s+|the\s+)?"
    r"(?:[\w-]+\s+)?(?:press\s+conference|news\s+conference|reporters|journalists)\s+$", _FLAGS)
# "X, who got back on Saturday, was in P from Dec. 1 to 3": being there, with a time
# What a place did, in a relative clause: "taking over from Malaysia, which welcomed Timor-Leste as a
# member at the ASEAN Summit in Kuala Lumpur"
_PLACE_DID = compiled(_M + r",\s+which\b[^.;,]*\Z", _FLAGS)
_BE_BEFORE = compiled(r"\b(?:was|were|is|are|will\s+be|has\s+been|had\s+been)\s*$", _FLAGS)
_OPENS_CLAUSE = compiled(r"\b(?:that|while|when|but)\s*$", _FLAGS)
# A clause's subject and its auxiliaries before what it does: "she is to meet", "they will also"
_SUBJECT_WILL = compiled(r"(?:he|she|they)\s+(?:is|are|was|were|will|would)\s+(?:also\s+)?"
                         r"(?:(?:due|scheduled|expected|set)\s+)?(?:to\s+)?(?:also\s+)?", _FLAGS)
# A participle right before "in P" ("the accord signed in Washington") says where something was
# done, not that the traveller goes there.
_DONE_THERE = _word_start(
    r"\b(?:signed|agreed|brokered|reached|achieved|negotiated|concluded|struck|hosted|held|adopted|delivered|issued|"
    r"mediated|sponsored|facilitated|"
    # "a trip closely watched in Moscow": how it is seen there
    r"(?:(?:closely|keenly|carefully|nervously|widely|warily)\s+)?(?:watched|followed|viewed|critici[sz]ed|"
    r"condemned|debated|questioned|noted|seen|felt|reported)"
    r"(?:\s+(?:closely|keenly|carefully|nervously|widely|warily))?|"  # "watched closely in P"
    # "a step welcomed in Beijing" (not "she was welcomed in Beijing")
    r"(?:step|move|decision|offer|proposal|gesture|change|announcement)\s+(?:\w+\s+)?"
    r"(?:welcomed|praised|hailed|applauded|rejected)|"
    # "is likely to draw attention in Belgrade"
    r"(?:draw|draws|drew|drawn|drawing|attract\w*)\s+(?:\w+\s+)?(?:attention|criticism|scrutiny|concern|interest))\s+"
    r"(?:(?:between|by)\s+[^,;.]{0,40}?\s+)?"  # "the partnership signed between Jordan and the EU in P"
    # "signed at a summit in P", "the results achieved at the trilateral meeting in P"
    r"(?:at\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:summit|meeting|ceremony|conference)\s+)?"
    r"(?:in\s+\ue000\d+\ue001\s+)?(?:and\s+)?$",  # "signed in Washington and in Doha"
)
# What the trip is set beside: "The visit comes ahead of the Council's session in Geneva", "The tour
# comes as Russian forces have made gains in eastern Ukraine"
_TRIP_BESIDE = compiled(
    r"\b(?:visit|trip|tour|mission|journey)\s+(?:(?:comes|came|is|was)\s+(?:just\s+|only\s+)?"
    r"(?:[\w-]+\s+(?:days|weeks)\s+)?(?:ahead\s+of|before|after|as|amid)"
    # "The visit to Hungary coincided with the signing in P of a declaration"
    r"|(?:to\s+" + _M + r"\s+)?coincide[ds]\s+with)\b[^;\ue000]*$", _FLAGS)
# "had initially been scheduled for 22 May but was postponed": the visit's first date, since moved
_DATE_MOVED = compiled(
    r"\b(?:initially|originally|first)\s+(?:been\s+)?(?:scheduled|planned|set|due)\s+(?:for|on)\s+"
    r"(?:\d{1,2}\s+" + _MONTH_WORD + r"|" + _MONTH_WORD + r"\.?\s+\d{1,2}|" + _WEEKDAY + r")\b[^.;]{0,20}?"
    r"\bbut\s+(?:was|were|had\s+been|has\s+been)\s+(?:postponed|delayed|pushed\s+back|put\s+off|moved)\b",
    _FLAGS)
# "had been scheduled to fly on to P on Monday, but the leg has been pushed back by a day": late, not dropped
_LEG_LATE = compiled(
    r"[^.;]{0,60}?\bbut\s+(?:the\s+(?:[\w-]+\s+){0,2}?(?:leg|visit|stop|trip)|it)\s+(?:was|were|has\s+been|"
    r"had\s+been)\s+(?:postponed|delayed|pushed\s+back|put\s+off|moved)\s+(?:by\s+(?:a|one|two)\s+days?\b|"
    r"(?:to|until)\s+(?:the\s+)?(?:following\s+day|next\s+day|" + _WEEKDAY + r"))", _FLAGS)
# "had originally been scheduled to go to P first, ..., but the order was reversed": the leg stays
_ORDER_CHANGED = compiled(
    r"[^.;]{0,80}?\bbut\s+the\s+(?:order|sequence)\s+(?:of\s+the\s+\w+\s+)?(?:was|were|had\s+been|has\s+been)\s+"
    r"(?:reversed|changed|swapped|switched|inverted)\b", _FLAGS)
# "was originally pitched as a visit to A, B and C": the plan before it changed, not the tour
_OLD_PLAN = compiled(r"\b(?:originally|initially|at\s+first|first\s+planned)\b", _FLAGS)
# "born Robert Prevost in Chicago", "grew up in P": a life, not a stop
_BIOGRAPHY = compiled(  # not "U.S.-born"
    r"(?<!-)\b(?:born|raised|grew\s+up|educated|studied|lived|living)\b|\b(?:decades|years)\s+as\b|\bserved\s+as\b"
    # "who is based at the regional office in Cairo": where someone works, no stop
    r"|\b(?:is|are)\s+(?:based|stationed)\s+at\b"
    # "who holds a doctorate from the University of Oxford in Britain" (an honorary one is conferred there)
    r"|(?<!honorary\s)\b(?:doctorate|degree|graduated|alumn(?:us|a|i))\b",
    _FLAGS,
)
# An event the traveller goes to, held in P: "led a delegation to the IPU Assembly, which was held in P",
# "attended the forum held in P" (not "the talks held in P", nor "a report to the session held in P")
_ATTENDED_HELD = compiled(
    r"\b(?:attend(?:s|ed|ing)?|at|(?:delegation|visit|trip|travel\w*|went|go(?:es|ing)?|fl(?:y|ies|ew)|head\w*)"
    r"\s+to)\s+(?:the|a|an)\s+(?:[\w'’()\ue000\ue001-]+\s+){0,6}?(?:summit|assembly|conference|congress|forum|"
    r"session|games|expo|exhibition|fair|festival)\b"
    # ... "at the ninth Tokyo International Conference on African Development (TICAD 9), to be held in P"
    r"(?:\s+(?:on|of|for)\s+[^,;.\ue000]{1,60}?)?(?:\s*\([^()]{1,20}\))?"
    r"(?:,\s+(?:which\s+(?:was|is|will\s+be)|to\s+be)\s+|\s+(?:being\s+|to\s+be\s+)?)held\s+$", _FLAGS)
# "has no meetings scheduled in P": a place passed through, or left out
_NONE_THERE = compiled(
    r"\bno\s+(?:official\s+|public\s+|other\s+)?(?:meetings|engagements|events|talks|programme|program|stops?|"
    r"visits?)\s+(?:(?:are|were|is|was)\s+)?(?:scheduled|planned|foreseen)?\s*$", _FLAGS)
# A life told after the place: "in western P, where X served as governor for ten years"
_WHERE_LIFE = compiled(r"[Ww]here\s+(?:he|she|they|[A-Z][\w'’-]+)\s+(?:had\s+|once\s+)?"
                       r"(?:served\s+as|was\s+born|grew\s+up|studied|lived|was\s+raised|was\s+educated)\b")
# Someone else's life before "in P": "after the death of his father, Prince X, in Lisbon";
# "traders who arrived from Gujarat in India"
# "are still held in museums in P": things kept there, no visit
# (not "visited the Genocide Museum in Kigali": a visit)
_KEPT_IN = compiled(r"\bin\s+(?:museums|collections|archives|galleries|vaults)\s+$")
# ... "families, many of whom arrived after crossing the border at P"
_OTHERS_LIFE = compiled(
    r"\b(?:death|died|funeral|burial|buried|passed\s+away)\b|\b[a-z]+s\s+who\b|\bof\s+whom\b")
# "P, where he will ...": the traveller (a pronoun, a name, "the pope will") does something there;
# "the Sahel, where military governments ..." is about the place.
# "Abu Dhabi added to itinerary", "A stopover in Abu Dhabi on Thursday was added to the schedule"
_ADDED = compiled(
    # "Barbados has since been added to the itinerary"
    _M + r"\s+(?:(?:was|has|is|were|have)\s+(?:since\s+|now\s+|also\s+|just\s+|recently\s+)?(?:been\s+)?)?"
    r"added\s+to\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:itinerary|schedule|programme|program|tour|trip)\b"
    r"|\b(?:stop|stopover|visit|leg)\s+(?:in|to)\s+" + _P
    + r"(?=[^.;]{0,60}?\b(?:was|has|have)\s+(?:since\s+|now\s+|also\s+)?(?:been\s+)?added\s+to\s+(?:the\s+)?"
    r"(?:itinerary|schedule|programme|program|tour|trip)\b)"
    # "the programme had since been extended to include Geneva, Switzerland"
    r"|\b(?:extended|expanded)\s+to\s+(?:also\s+)?include\s+(?:a\s+(?:stop|visit)\s+(?:in|to)\s+)?" + _P,
    _FLAGS,
)
_EXTENDED_WORDS = ("extended", "expanded")
# "The most delicate stop was Belgrade on Saturday", "Next came Skopje, where ..."
_STOP_WAS = compiled(
    # ... "The longest stop after Jamaica was Port of Spain"
    r"\b(?:stop|leg|destination)\s+(?:after\s+" + _OPEN + r"\d+" + _CLOSE + r"\s+)?"
    r"(?:was|is|will\s+be)\s+" + _P
    + r"|\bnext\s+came\s+" + _P
    # "Guyana completed the visit", "Samoa rounds off the tour"
    + r"|(?<![\w,]\s)" + _M + r"\s+(?:completed|completes|will\s+complete|rounded\s+off|rounds\s+off|"
    r"closed|closes|will\s+close)\s+(?:the|his|her|their)\s+(?:visit|tour|trip|journey)\b", _FLAGS
)
# "questions about the Cook Islands, where Luxon is due to arrive on Thursday"
_WHERE_ARRIVES = compiled(
    _P + r",\s+where\s+(?:he|she|they|the\s+\w+|(?-i:[A-Z])[\w'’-]+)\s+(?:is|are|will)\s+"
    r"(?:(?:due|expected|scheduled|set)\s+to\s+)?(?:arrive|land|travel|fly|head)\b"
    # "... and Lima on February 24, where she met Peruvian Foreign Minister X": a day there
    r"|" + _P + r"\s+on\s+(?:" + _WEEKDAY + r"|" + _MONTH_WORD + r"\.?\s+\d{1,2}|\d{1,2}\s+" + _MONTH_WORD
    + r")(?:\s+and\s+\d{1,2})?,\s+where\s+(?:he|she|they)\s+(?:met|held|signed|attended|addressed|toured|"
    r"inaugurated|opened|laid|was\s+received|were\s+received)\b",
    _FLAGS,
)
# a nation's people or firms, not a person: "in P, where Emirati investors have been linked to ..."
_GROUPS = (r"(?:investors|officials|firms|companies|troops|forces|authorities|businesses|workers|soldiers|"
           r"citizens|nationals|diplomats|interests|banks|contractors|tourists|migrants|engineers|paratroopers|"
           r"peacekeepers|marines|sailors|police|experts|doctors|nurses|teachers|volunteers)\b")
_WHERE_VISIT = compiled(
    r"\b[Ww]here\s+(?:he|she|they|[A-Z][\w'’-]+(?!\s+" + _GROUPS + r")|"
    # ... "where the Governor met Prime Minister X"
    r"the\s+\w+\s+(?:will|would|is|was|has|had|also|met|held|visited|attended|signed|toured|addressed))\b"
)
# moved to another day of the trip, not dropped: "pushed back to Friday", "delayed until the last day"
# "postponed to Friday", "pushed back to the final day": moved within the trip (not "to next year")
_RESCHEDULED = (r"(?!\s+(?:by\s+(?:a|one|two)\s+days?\s+)?(?:to|until|till)\s+(?:the\s+)?"
                r"(?:final|last|end|next(?!\s+(?:year|month))|following|" + _WEEKDAY + r"|\d))")
_DROP_VERBS = (
    r"[\"“]?(?:dropped|cancell?ed|scrapped|removed|put\s+off|called\s+off|shelved|struck|axed|left\s+(?:out|off)|"
    r"taken\s+off\s+(?:the\s+)?(?:programme|program|itinerary|schedule|agenda)|"
    r"ruled\s+out|abandoned|omitted|suspended|pulled|withdrawn|"
    # "was left for a future trip"
    r"(?:left|saved|kept)\s+for\s+(?:a\s+)?(?:future|later|subsequent|another|separate)\s+"
    r"(?:trip|visit|tour|occasion|date|mission)|"
    r"(?:postponed|delayed|deferred|pushed\s+back)" + _RESCHEDULED + r"|"
    # "had already been moved to April": to another time than the trip's
    r"(?:moved|pushed|shifted|rescheduled)\s+(?:back\s+)?to\s+(?:(?:early\s+|late\s+|mid-)?next\s+(?:year|month)|"
    r"a\s+later\s+date|(?:the\s+)?(?:autumn|fall|spring|summer|winter|new\s+year)\b|"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)\b))"
)
_NOT_AHEAD = (
    r"(?:will|would|did|does)\s+not\s+(?:go\s+ahead|take\s+place)|won't\s+(?:go\s+ahead|take\s+place)|is\s+off\b|"
    r"(?:had\s+been|was)\s+(?:considered|envisaged|discussed)\b[^.;]{0,60}?\b(?:but|later\s+date)|"
    # (not "The visit to Havana, which was not included in the agenda released last week, will take place")
    r"(?<!which\s)(?:(?:is|are|was|were)\s+not|(?:has|have|had)\s+not\s+been)\s+included|"
    r"at\s+a\s+later\s+date|"
    r"(?:was|were|had\s+been)\s+never\s+(?:seriously\s+|really\s+)?(?:considered|planned|envisaged)|"
    # "A planned stop in P ... did not materialise"
    r"(?:did\s+not|didn['’]t|never)\s+materiali[sz]ed?|fell\s+through|"
    r"(?:is|was|are|were)\s+not\s+on\s+the\s+(?:final\s+|official\s+)?"
    r"(?:programme|program|schedule|itinerary|agenda)|"
    # "A trip to P ... has not been scheduled", "... but no dates had been fixed": a plan for later
    r"(?:has|have|had)\s+not\s+(?:yet\s+)?been\s+(?:scheduled|announced|fixed|set|finali[sz]ed)|"
    r"no\s+dates?\s+(?:has|have|had)\s+(?:yet\s+)?been\s+(?:fixed|set|announced|agreed)|"
    r"(?:is|are|was|were)\s+(?:being\s+)?planned\s+for\s+later\b|"
    # "A planned stop in New Zealand ... will take place early next year"
    r"will\s+(?:now\s+)?take\s+place\s+(?:early\s+|late\s+|later\s+)?(?:next\s+(?:year|month)|in\s+the\s+new\s+year)|"
    # "A visit to P, initially discussed as part of the same trip, is now expected later in the year"
    r"(?:is|are)\s+(?:now\s+)?(?:expected|planned|scheduled|due)\s+(?:to\s+take\s+place\s+)?"
    r"(?:later\s+in\s+the\s+year|later\s+this\s+year|next\s+(?:year|month)|in\s+the\s+new\s+year)"
)
# "the Tajik leg of the trip"
_OF_THE_TRIP = r"(?:of\s+(?:the|his|her|their)\s+(?:trip|tour|visit|journey)\s+)?"
# "was quietly dropped", "was ultimately left off"
_BE = (r"(?:was|were|is|are|has(?:\s+already)?\s+been|had(?:\s+already)?\s+been|have\s+been|will\s+be|"
       r"(?<=\s)be|"  # "... that the Tonga visit be postponed", as one recommends or asks it
       r"(?:had|has)\s+to\s+be)\s+"
       r"(?:now\s+|also\s+|since\s+)?"
       r"(?:quietly\s+|abruptly\s+|suddenly\s+|later\s+|eventually\s+|finally\s+|ultimately\s+)?")
_DROPPED = _word_start(
    r"\b(?:instead\s+of|rather\s+than)\s+" + _P
    # not "Sudan was suspended from the African Union"; "Kenya was dropped from the itinerary" is
    # ... "the Antigua leg, scheduled for Thursday, had been deferred"
    + r"|" + _M + r"\s+(?:(?:leg|stop|visit|program|programme|portion|segment)(?:,[^,.;]{1,40},)?\s+"
    + _OF_THE_TRIP + r")?" + _BE + _DROP_VERBS
    + r"(?!\s+from\s+(?!(?:the\s+|his\s+|her\s+|their\s+)?(?:itinerary|tour|trip|programme|program|schedule|"
    r"visit|agenda|list)))"
    # "A fourth leg, to Berlin, where she was due on Feb. 15, was postponed": the leg's place in commas
    + r"|\b(?:leg|stop|visit|stopover)\s*,\s*(?:to|in)\s+" + _M + r"\s*,[^;]{0,120}?,\s+" + _BE + _DROP_VERBS
    # ... "A planned stop in Brussels, which had been pencilled in for the Monday ..., has been postponed"
    + r"|\b(?:leg|stop|visit|stopover)\s+(?:to|in)\s+" + _M
    + r"\s*,\s*(?:which|that|where|originally|initially|once|scheduled|planned)\b[^;]{0,200}?,\s+"
    + _BE + _DROP_VERBS
    # "the Guam leg is a transit only": a change of planes, no stop
    + r"|" + _M + r"\s+(?:leg|stop|stopover)\s+(?:is|was|will\s+be)\s+(?:only\s+)?(?:a\s+|an\s+)?(?:mere\s+)?"
    r"(?:transit|refuell?ing\s+stop|technical\s+stop)\b"
    # "An earlier plan to include a stop in Perth was never finalised"
    + r"|\b(?:earlier|original|initial|previous)\s+plans?\s+to\s+"
    r"(?:include|add|make)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:stop|visit|leg|stopover)\s+(?:in|to)\s+" + _P
    # "will continue without its Saudi Arabia leg"
    + r"|\bwithout\s+(?:its|the|his|her|their|a)\s+" + _M + r"\s+(?:leg|stop|visit|stopover)\b"
    # "Uganda is not on the itinerary", "A stop in P that had been mentioned in earlier reports is no
    # longer on the schedule"
    # ... "A visit to Tallinn, initially discussed for Wednesday, is not on this week's schedule", "a stop
    # in Doha is not on this programme"
    + r"|" + _M + r"(?=(?:\s+that\s+[^.;,\ue000]{0,60}?|,[^.;,\ue000]{1,50},)?\s+(?:is|was|are|were)\s+"
    r"(?:not|no\s+longer)\s+(?:on|part\s+of|included\s+in)\s+(?:the|this(?:\s+week['’]s)?|his|her|their|its)\s+"
    r"(?:final\s+)?(?:itinerary|programme|program|schedule|tour)\b)"
    # "had originally considered adding a stop in Riyadh but decided to focus on the UAE"
    + r"|\b(?:considered|floated|mooted)\s+(?:adding\s+|making\s+)?(?:a\s+|an\s+)?(?:[\w-]+\s+)?"
    r"(?:stop|visit|leg|trip)\s+(?:in|to)\s+" + _P + r"(?=[^.;]{0,80}?\bbut\b)"
    # "had explored the possibility of traveling to P ..., but no such meeting has been arranged"
    + r"|\bhad\s+(?:explored|considered|weighed)\s+(?:the\s+(?:possibility|idea)\s+of\s+)?"
    r"(?:travell?ing|visiting|going|flying)\s+to\s+" + _P + r"(?=(?:[^.;]|\.(?=\s+\d)){0,120}?\bbut\b)"
    # "Boko had been due in Luanda on Thursday": a leg that did not happen (not "had initially been
    # expected in P on Monday ... but the meetings were moved": an order changed)
    + r"|\bhad\s+(?:also\s+)?been\s+(?:due|expected)\s+in\s+" + _P
    # "Israel had been pencilled in for this tour": the plan before, not the trip
    + r"|" + _M + r"\s+had\s+(?:also\s+|once\s+)?been\s+(?:pencill?ed\s+in|slated|earmarked)\b"
    + r"|\b(?:cancel\w*|scrap\w*|drop\w*|postpon\w*|skip\w*|call\w*\s+off|put\w*\s+off|axed|"
    r"shelv(?:e|ed|ing)\b|"  # not "the shelves in P"
    # "abandoning planned visits to P", not "would not abandon Taiwan" (an ally)
    r"abandon\w*(?=\s+(?:\w+\s+){0,2}?(?:stops?|visits?|legs?|trips?)\b))"
    r"\s+(?:a\s+|the\s+|his\s+|her\s+|their\s+)?(?:planned\s+|scheduled\s+)?(?:stops?|visits?|legs?|trips?)?\s*"
    r"(?:in\s+|to\s+)?" + _P
    + r"|\bno\s+longer\s+(?:visit|travel\s+to|stop\s+in|go\s+to|include)\s+" + _P
    + r"|\b(?:had\s+(?:also\s+|originally\s+|initially\s+)?(?:hoped|planned|intended)|"
    r"had\s+(?:also\s+|originally\s+|initially\s+)?been\s+(?:due|expected|scheduled|set)|"
    r"(?:was|were)\s+(?:also\s+)?(?:originally\s+|initially\s+)?(?:due|supposed|scheduled|expected|set))\s+to\s+"
    # "had originally planned to fly directly from Aruba to the Dominican Republic"
    r"(?:\w+\s+){0,4}?(?:visit|(?:fly|travel|go|head|continue|proceed)\s+(?:on\s+|directly\s+)?"
    r"(?:from\s+(?:the\s+)?\ue000\d+\ue001\s+)?to|stop\s+in|"
    # "had been due to end the trip in Dakar" (a dropped last leg; "had planned to start in P" is an
    # order that changed, not a dropped stop)
    # ... "had originally intended to end the trip with a stop in Miami"
    r"(?:end|conclude|wrap\s+up)\s+(?:the|his|her|their)\s+(?:trip|tour|visit)\s+"
    r"(?:with\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:stop|visit|stopover)\s+)?in)\s+" + _P
    # "a planned stop in P, the ... capital, has been postponed"; "A visit to P, where ..., was dropped"
    + r"|(?:\b(?:a|an|the|his|her|their)|[A-Z][\w-]*['’]s|\b(?:the|a)\s+[a-z]+['’]s)\s+"
    r"(?:planned\s+|scheduled\s+|proposed\s+|expected\s+|possible\s+|hoped[\s-]for\s+|brief\s+|short\s+|"
    r"final\s+|last\s+|additional\s+|extra\s+|rescheduled\s+)?"
    r"(?:(?:second|third|fourth|fifth|sixth)\s+)?"  # "a planned third leg in Hong Kong"
    r"(?:(?:day|state|official|working|pastoral|side|one-day|two-day)\s+)?"  # "Plans for a day trip to P"
    r"(?:stop|stopover|visit|leg|trip)\s+(?:in|to)\s+"
    # "A trip to the World Exposition in Osaka", "visit to Croatian members of the KFOR mission in Kosovo"
    # (not "a visit to the diocese in northern P": a part of a country visited anyway)
    r"(?:the\s+(?-i:[A-Z][\w'’-]*\s+){1,4}in\s+|[^.;,\ue000]{1,60}?\sin\s+(?!(?:north|south|east|west|central)\w*\s))?"
    + _P
    # ... up to its verb, past no other place ("added a stop in P after a planned visit to Q was postponed")
    + r"(?=(?:(?!(?:visit|stop|trip|leg|stopover|tour)s?\s+(?:in|to)\s+(?:the\s+)?\ue000)[^.;]"
    r"|\.(?=\s+\d)){0,120}?"
    r"\b(?:" + _BE + _DROP_VERBS + r"|" + _NOT_AHEAD + r"))"  # "Sept. 1"
    # a headline: "Planned stop in Jamaica dropped as island rebuilds", "but Dakar leg postponed"
    + r"|\b(?:planned|scheduled|proposed)\s+(?:stop|stopover|visit|leg|trip)\s+(?:in|to)\s+" + _P + r"\s+"
    + _DROP_VERBS + r"\b"
    # "P leg postponed", "forces P leg to be scrapped"
    + r"|" + _M + r"\s+(?:leg|stop|stopover|visit)\s+(?:to\s+be\s+)?" + _DROP_VERBS + r"\b"
    # "The postponed mission to Santo Domingo was meant to ..."
    + r"|\b(?:postponed|cancell?ed|scrapped|dropped|shelved|aborted)\s+(?:[\w-]+\s+)?"
    r"(?:mission|visit|trip|stop|leg|tour)\s+(?:to|in)\s+" + _P
    # "official visit to Austria postponed" (a headline)
    + r"|\b(?:visit|stop|leg|trip)\s+(?:in|to)\s+" + _P + r"\s+" + _DROP_VERBS + r"\b"
    # "the postponement of the Vienna leg", "forced the cancellation of his visit to Vanuatu"
    + r"|\b(?:postponement|cancell?ation|scrapping|dropping)\s+of\s+(?:the\s+|his\s+|her\s+|their\s+|a\s+)?"
    r"(?:planned\s+|scheduled\s+)?(?:(?:visit|trip|stop|leg)\s+(?:to|in)\s+" + _P + r"|" + _M
    + r"\s+(?:leg|stop|visit|trip|program|programme))"
    # "Losing the Nepal leg is not a snub"
    + r"|\blos(?:e|es|ing|t)\s+(?:the\s+)?" + _M + r"\s+(?:leg|stop|visit)\b"
    # "his itinerary, which had originally included a stop in Antigua", "which had envisaged a stop in P"
    + r"|\b(?:had|has)\s+(?:(?:originally|initially)\s+(?:included|featured|listed|envisaged)|envisaged)\s+"
    r"(?:an?\s+(?:[\w-]+\s+)?(?:stop|visit|leg|stopover)\s+(?:in|to)\s+)?" + _P
    # "had originally planned to visit the troops serving with the UN force in southern Lebanon ..., but"
    + r"|\bhad\s+(?:originally|initially)\s+(?:planned|hoped|intended)\s+to\s+visit\s+[^.;\ue000]{0,80}?"
    r"\bin\s+(?:[a-z]+\s+)?" + _P + r"(?=[^.;]{0,160}?\bbut\b)"
    # "Originally the royal couple was to fly to Ushuaia on Nov. 28"
    + r"|\b(?:originally|initially)\b[^.;]{0,60}?\b(?:was|were)\s+to\s+"
    r"(?:fly|travel|go|head|continue|stop)\s+(?:on\s+)?(?:to|in)\s+" + _P
    # "The delegation was to have flown on to Port Vila on Wednesday"
    + r"|\b(?:was|were)\s+to\s+have\s+(?:\w+\s+){0,2}?(?:flown|travell?ed|gone|visited|headed|continued|"
    r"stopped)\s+(?:on\s+)?(?:to\s+|in\s+)?" + _P
)
_POSSESSIVE_AFTER = compiled(r"^['’]s\b")
_PLURAL_POSSESSIVE = compiled(r"['’]\s+[a-z]")
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")
_ELSEWHEN = (  # "next month" but not "next month's summit" (about the summit)
    # ... nor "known as Nur-Sultan until last year" (a name's, not a visit's)
    r"(?<!until\s)(?<!till\s)(?:last|next)\s+(?:year|month|summer|winter|spring|autumn|fall|" + _MONTH
    + r")(?!['’]s)|"
    r"(?:later|earlier)\s+(?:this|in\s+the|next)\s+(?:week|month|year)|in\s+the\s+coming\s+(?:weeks|months|year)|"
    r"later\s+in\s+" + _MONTH + r"|"  # "before flying to Senegal later in October"
    r"in\s+(?:recent|previous|past|earlier|former)\s+(?:weeks|months|years)|"
    r"in\s+the\s+(?:summer|winter|spring|autumn|fall)|"
    r"that\s+(?:month|year|" + _MONTH + r")|"
    r"(?:in|since)\s+(?:(?:early|mid|late)[\s-]+)?(?:19|20)\d\d|"  # "in late 2025"
    r"(?:years?|months?|weeks)\s+ago|previously|in\s+the\s+past|after\s+returning|on\s+(?:his|her|their)\s+return|"
    # "has also visited Singapore and Brunei during previous Asian tours"
    r"during\s+(?:(?:his|her|their)\s+)?(?:previous|earlier|past)\s+(?:[\w-]+\s+)?(?:tours?|trips?|visits?)|"
    # "travelled to Mexico and Brazil during his first term"
    r"(?:during|in)\s+(?:his|her|their)\s+(?:first|previous|earlier|former|last)\s+"
    r"(?:term|mandate|presidency|tenure|administration)|"
    # "toured Kenya and Uganda in his first year in office"
    r"in\s+(?:his|her|their)\s+(?:first|second|previous|last)\s+(?:year|months?|weeks)\s+(?:in\s+office|as\b)|"
    # "with stops in Japan and the Philippines under consideration": a plan not made
    r"(?:under|being\s+given)\s+consideration|"
    # "has made pastoral visits to P since his election", "has visited P more than 50 times"
    r"since\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:inauguration|election|swearing-in|enthronement|appointment|"
    r"accession|coronation|investiture|installation)|"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|dozens\s+of|several|many|numerous|multiple)"
    r"\s+times"
)
# A character of the clause a place is in: a relative clause after it ("P, which joined NATO in
# 2017") is about the place, not about the visit.
_SAME_CLAUSE = r"(?:(?!,\s*(?:which|who|whose|where|when)\b)[^.;])"
# Places that a cue names but that are not stops of this trip: the way home, other visits.
# "the 2022 visit to Belize, Jamaica and the Bahamas" (kept apart from _NOT_THIS_TRIP: its hints differ)
_DATED_TRIP = _word_start(
    r"\b(?:19|20)\d\d\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour|summit|meeting|talks|conference|games)\s+"
    r"(?:to|in|of|through)\s+" + _P
    # "a 2001 pledge made in Abuja", "the 2015 accord signed in Paris"
    + r"|\b(?:19|20)\d\d\s+(?:[\w-]+\s+){1,3}?(?:made|held|signed|agreed|adopted|reached|struck|launched|"
    r"issued)\s+in\s+" + _P
    # "the summit held last November in P", "a deal signed last year in P"
    + r"|\b(?:made|held|signed|agreed|adopted|reached|struck|launched|issued)\s+(?:last|earlier\s+this)\s+"
    r"(?:year|month|" + _MONTH + r")\s+in\s+" + _P
    # "X's 2019 ministry in the South Pacific, which included stops in A, B and C"
    + r"|\b(?:19|20)\d\d\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour|ministry|mission|journey|swing)\b"
    r"[^.;]{0,60}?,\s+which\s+(?:included|took\s+in|featured)\s+(?:stops|visits)\s+(?:in|to)\s+" + _P
)
# "after visiting P", "after taking part in a forum in P", "after a two-day visit to P"
_AFTER_DOING = _word_start(
    r"\bafter\s+(?:(?:visiting|touring|attending|leaving|(?:taking|having\s+taken)\s+part\s+in|participating\s+in|"
    r"(?:holding|having\s+held)\s+talks\s+in)\s+|(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:visit|stop|stopover|trip|stay)\s+(?:to|in)\s+|(?:[\w-]+\s+)?(?:days|nights|weeks)\s+in\s+)"
    r"(?:[^.;:,\ue000]{0,60}?\s(?:in|at)\s+)?" + _P)
_AFTER_DAYS_IN = compiled(r"after\s+(?:[\w-]+\s+)?(?:days|nights|weeks)\s+in\b", _FLAGS)
# Places of another trip, a wish or a maybe, or no visit at all; each with the words one of which
# a sentence must hold for it to be tried (see `_scan`).
# "through V.C. Bird International in ", "at Faleolo airport in ": a named spot of the place after it
_AT_A_SPOT_IN = r"(?:[^;,\ue000]{0,40}?\s(?:in|at)\s+)?"
_NOT_THIS_TRIP_CUES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"\b(?:back|home|return\w*)\s+(?:home\s+)?to\s+" + _P
     # "will then return to UNDP headquarters in New York", "heads back to SPC's base in Noumea"
     + r"|\b(?:back|return\w*)\s+to\s+(?:[\w'’-]+\s+){0,3}?(?:headquarters|base|seat|offices?)\s+in\s+" + _P,
     ("back", "home", "return")),
    (r"\bseparate\s+(?:[\w-]+\s+){0,2}?(?:visits?|trips?|tours?|missions?)\s+to\s+" + _P
     + r"|\bseparately\s+(?:[\w-]+\s+){0,3}?(?:visit|travel\s+to|go\s+to|fly\s+to)\s+" + _P
     + r"|" + _M + r"(?=\s+separately\b)", ("separate",)),
    # "He has since also visited diaspora communities in Sweden and Germany": trips after another one
    (r"\b(?:has|have|had)\s+since\s+(?:also\s+|then\s+)?(?:visited|travell?ed\s+to|been\s+to|toured)\s+"
     r"(?:[^.;\ue000]{0,60}?\s(?:in|to)\s+)?" + _P, ("since",)),
    # "a direct air link between Johannesburg and the Caribbean with a stop in Accra": a route's stop
    (r"\b(?:links?|routes?|flights?|connections?|services?|corridors?)\s+between\b[^.;]{0,80}?"
     r"\b(?:stops?|stopovers?)\s+in\s+" + _P, ("between",)),
    # "to avoid overlapping with Muizzu's own state visit to Saudi Arabia": someone else's trip
    (r"\bown\s+(?:[\w-]+\s+){0,2}?(?:visits?|trips?|tours?)\s+to\s+" + _P, ("own",)),
    (r"\bno\s+plans?\s+(?:for\s+(?:a\s+)?(?:stop|visit|trip)|to\s+(?:stop|visit|travel|go|fly))\s+"
     r"(?:in\s+|to\s+)?" + _P
     + r"|\bno\s+(?:visit|stop|trip)\s+(?:in|to)\s+" + _P, ("no ",)),
    # "She has not ruled out further visits to Ankara and Abu Dhabi": a maybe
    (r"\b(?:has|have|had|did|does|do)\s*(?:not|n['’]t)\s+rul(?:ed|e)\s+out\s+(?:[\w-]+\s+){0,2}?"
     r"(?:visits?|trips?|stops?|travel)\s+(?:to|in)\s+" + _P, ("ruled out", "rule out")),
    # "The tour coincided with the Pacific Islands Forum Leaders Meeting held this week in P": an event
    # elsewhere at that time
    (r"\bcoincid(?:es|ed|ing)\s+with\s+(?:the\s+|a\s+)?[^.;,\ue000]{0,80}?\b(?:held|taking\s+place|"
     r"hosted|under\s+way|underway)\s+(?:[\w-]+\s+){0,3}?in\s+" + _P, ("coincid",)),
    # "travels to Rome regularly for meetings of the organisation": a habit, not this trip
    (r"\b(?:regularly|often|frequently|routinely)\s+(?:travels?|visits?|goes|flies)\s+(?:to\s+)?" + _P
     + r"|\b(?:travels|visits|goes|flies)\s+(?:to\s+)?" + _P + r"(?=\s+(?:regularly|often|frequently|"
     r"routinely|every\s+(?:year|month)|each\s+(?:year|month))\b)",
     ("regularly", "often", "frequently", "routinely", "every year", "every month", "each year",
      "each month")),
    # "He has not visited Washington since the sanctions": no visit at all
    (r"\b(?:(?:has|have|had)\s*(?:not|n['’]t)\s+(?:yet\s+|since\s+)?|never\s+)"
     # ... "has not made a comparable trip to France"
     r"(?:visited|been\s+to|travell?ed\s+to|gone\s+to|made\s+(?:a|an|any)\s+(?:[\w-]+\s+)?(?:trip|visit)\s+to)\s+"
     + _P, ("not", "n't", "n’t", "never")),
    # "Asked whether Silva would stop in Uzbekistan or Tajikistan", "did not say whether X would
    # visit P": a question, not the plan
    (r"\b(?:asked|say|confirm(?:ed)?|unclear|clear|known|decided)\s+(?:whether|if)\b[^.;]{0,60}?"
     r"\b(?:visit|stop|travel|go|fly|head|trip|tour)\w*\s+(?:on\s+|over\s+)?(?:in\s+|to\s+)?" + _P,
     ("asked", "whether")),
    # "a visit to Brasilia was being prepared for the coming months": a plan for later
    (r"\b(?:visit|trip|tour)\s+to\s+" + _P + r"(?=\s+(?:is|was|are|were)\s+being\s+(?:prepared|planned|"
     r"organi[sz]ed|discussed|considered|studied)\b)", ("being",)),
    # "officials are studying a visit to Peru": a plan for later
    # "was also considering a stop in Paramaribo": a maybe
    (r"\b(?:studying|considering|weighing|exploring|mulling|eyeing)\s+(?:a\s+|an\s+)?"
     r"(?:possible\s+|future\s+)?(?:(?:visit|trip|tour)\s+to|(?:stop|stopover|leg)\s+in|stopping\s+in)\s+"
     + _P,
     ("studying", "considering", "weighing", "exploring", "mulling", "eyeing")),
    # "whether the secretary-general might add a stop in Bamako or Niamey"
    (r"\b(?:might|may|could|would)\s+(?:also\s+)?add\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:stop|visit|leg)\s+"
     r"(?:in|to)\s+" + _P, ("add",)),
    # "He was in Baghdad last week for talks": an earlier trip (not "a stop ... was dropped last week")
    (r"\b(?:was|were|visited|travell?ed\s+to|went\s+to|flew\s+to|met\b[^.;\ue000]{0,60}?\bin|"
     r"meeting\s+in)\s+(?:in\s+)?" + _P + r"(?=[^.;]{0,30}?\blast\s+week\b)", ("last week",)),
    # "has spoken of possibly traveling on to Turkey if there is progress": a maybe; "possibly
    # combined with a stop in Azerbaijan"
    (r"\b(?:possibly|potentially|perhaps)\s+(?:travel|go|fly|head|visit|stop|continu|proceed)\w*\s+"
     r"(?:on\s+)?(?:to\s+|in\s+)?" + _P
     + r"|\b(?:possibly|potentially|perhaps)\s+(?:[\w-]+\s+){1,3}?(?:a\s+|an\s+)?(?:stop|visit|trip|leg)\s+"
     r"(?:in|to)\s+" + _P, ("possibl", "potential", "perhaps")),
    # "agreed to hold the next meeting of the commission in Ankara": a later meeting
    (r"\bnext\s+(?:[\w-]+\s+){0,6}?(?:meeting|session|round|summit|talks|edition)\b[^.;]{0,60}?\bin\s+" + _P,
     ("next",)),
    # "his second trip to the region, after a tour of Senegal and Niger in May 2022": an earlier one
    (r"\bafter\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:tour|trip|visit|swing)\s+"
     r"(?:of|to|through)\s+" + _P + r"(?=[^.;]{0,80}?\bin\s+" + _MONTH_WORD + r"\.?\s+(?:19|20)\d\d\b)",
     ("after",)),
    # "He also visited Ethiopia and Kenya in May this year": another trip, whenever this one is
    (r"\b(?:also|previously|already)\s+(?:visited|travell?ed\s+to|went\s+to|toured)\s+" + _P
     + r"(?=[^.;]{0,60}?\bin\s+(?:early\s+|mid-?|late\s+)?" + _MONTH_WORD + r"\b(?!\.?\s+\d))",
     ("also", "previously", "already")),
    # "used the summit to invite Mr X on an official visit to PNG": someone else's visit
    (r"\binvit\w*\s+[^.;\ue000]{0,40}?\b(?:on|for|to\s+(?:make|pay))\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
     r"(?:visit|trip)\s+to\s+" + _P
     # "renewed the invitation for Pope Leo to visit Jordan": someone else's visit
     + r"|\binvitation\s+(?:for|to)\s+[^.;\ue000]{0,40}?\bto\s+(?:visit|come\s+to|travel\s+to)\s+" + _P,
     ("invit",)),
    # "He has also travelled to Australia and New Zealand this year": earlier trips
    (r"\b(?:has|have)\s+(?:also\s+|already\s+|previously\s+)?(?:visited|travell?ed\s+to|been\s+to|"
     r"made\s+(?:[\w-]+\s+){0,2}?visits?\s+to)\s+" + _P
     + r"(?=[^.;]{0,60}?\b(?:this|last|earlier\s+this)\s+(?:year|month)\b)", ("this year", "this month",
                                                                                "last year", "last month")),
    # "Since then, he has visited the United States, Germany and Hungary": the trips of his term so far
    (r"\bsince\s+(?:then|taking\s+office|(?:his|her|their)\s+(?:election|inauguration|appointment|"
     r"swearing-in)|(?:" + _MONTH_WORD + r"\s+)?(?:19|20)\d\d)\b[^.;\ue000]{0,40}?\b(?:has|have)\s+"
     r"(?:also\s+|already\s+)?(?:visited|travell?ed\s+to|been\s+to|made\s+(?:[\w-]+\s+){0,2}?"
     r"(?:visits?|trips?)\s+to)\s+" + _P, ("since",)),
    # "has cancelled several trips on medical advice, including a planned visit to Cyprus": others
    (r"\b(?:cancel\w*|postpon\w*|call\w*\s+off)\s+(?:several|many|some|other|a\s+number\s+of|two|three)\s+"
     r"(?:[\w-]+\s+)?(?:trips|visits|engagements|tours)\b[^.;\ue000]{0,60}?\bincluding\s+(?:a\s+|an\s+)?"
     r"(?:planned\s+|scheduled\s+)?(?:visit|trip|tour)\s+to\s+" + _P, ("cancel", "postpon", "call")),
    # "Speaking to journalists in Alexandria upon his return": home
    (r"\bin\s+" + _P + r"(?=\s+(?:upon|on|after)\s+(?:his|her|their)\s+return\b)", ("return",)),
    # "left Cali for the United States, where they live in Montecito": home
    (_M + r"(?=,?\s+where\s+(?:he|she|they|the\s+couple)\s+(?:now\s+)?(?:live|lives|lived|reside|resides)\b)"
     r"|\bwhere\s+(?:he|she|they|the\s+couple)\s+(?:now\s+)?(?:live|lives|lived|reside|resides)\s+"
     r"(?:[^.;,\ue000]{0,30}?\s)?in\s+" + _P, ("where",)),
    # "told reporters in Addis Ababa, where the agency is headquartered": the body's seat
    (_M + r"(?=,?\s+where\s+(?:it|(?:the|its|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?(?:agency|organi[sz]ation|"
     r"body|bank|fund|commission|union|bloc|secretariat|institution|alliance|council|court))\s+"
     r"(?:is|are)\s+(?:headquartered|based)\b)", ("headquartered", "based")),
    # "John X, whose see is in Damascus": where someone is based
    (r"\bwhose\s+(?:[\w-]+\s+)?(?:see|seat|headquarters|base|residence|home)\s+is\s+in\s+" + _P, ("whose",)),
    # "No programme has been planned in Saudi Arabia", "A stop in Washington on the way back, floated
    # by some media, was not planned"
    (r"\bno\s+(?:[\w-]+\s+)?(?:programme|program|events?|engagements?|visits?|stops?)\s+(?:has|have|had|is|are|was|"
     r"were)\s+(?:been\s+)?(?:planned|scheduled|foreseen)\s+(?:in|to|for)\s+" + _P
     + r"|\b(?:stop|stopover|visit|leg)\s+(?:in|to)\s+" + _P
     + r"(?=[^.;]{0,80}?\b(?:is|was|are|were)\s+not\s+(?:planned|scheduled|foreseen|"
     r"on\s+the\s+(?:agenda|itinerary|programme|program))\b)",
     ("no ", "not")),
    # "Commander X will not be part of the delegation as he will be attending a conference in Fiji"
    (r"\bnot\s+(?:be\s+)?(?:part\s+of|join\w*|accompany\w*)\s+(?:the|his|her|their)\s+(?:[\w-]+\s+)?"
     r"(?:delegation|trip|visit|party|tour|entourage)\b[^.;]{0,120}?\bin\s+" + _P, ("not",)),
    # "Going to P or Q first would have sent a loud signal": what did not happen
    (r"\b(?:go|going|travell?ing|flying|heading|visiting)\s+(?:first\s+)?(?:on\s+)?(?:to\s+)?" + _P
     + r"(?=[^.;]{0,60}?\bwould\s+have\b)", ("would have",)),
    # "has also been invited to visit Ankara, but no date has been set", "has asked to visit the
    # capital Naypyitaw ..., but the junta has not responded": asked, not granted
    (r"\b(?:been\s+invited|asked|requested|sought\s+permission)\s+to\s+(?:visit|travel\s+to|go\s+to)\s+"
     r"(?:the\s+(?:[\w-]+\s+){0,2}?)?" + _P + r"(?=[^.;]{0,120}?\b(?:but|no\s+date)\b)",
     ("invited", "asked", "requested", "sought")),
    # "the ministerial meeting planned for later this year in Luxembourg": another event
    (r"\b(?:planned|scheduled|due|set|expected)\s+(?:to\s+(?:take\s+place|be\s+held)\s+)?(?:for\s+)?later\s+"
     r"(?:this|next|in\s+the)\s+(?:year|month|autumn|spring|summer|winter)\s+in\s+" + _P, ("later",)),
    # "He is due back in Brussels on Wednesday evening before travelling to Strasbourg": after the trip
    (r"\b(?:due|expected|scheduled\s+to\s+be)\s+back\s+in\s+[^.;]{0,60}?\bbefore\s+(?:travell?ing|flying|heading|"
     r"going)\s+(?:on\s+)?to\s+" + _P, ("back in",)),
    # "The trip comes ahead of the summit ... to be held on Nov. 9 and 10 in Santa Marta": a later event
    (r"\bahead\s+of\s+(?:the|a|an|next\s+\w+['’]s)\s+[^.;]{0,120}?\bto\s+be\s+held\s+"
     r"(?:(?:[^.;\ue000]|\.(?=\s+\d)){0,40}?\s)?in\s+" + _P, ("ahead of",)),
    # "Before moving to Brussels, he worked for the prime minister": a career, not the trip
    (r"\bbefore\s+(?:moving|relocating)\s+to\s+" + _P + r"(?=\s*,\s+(?:he|she|they)\s+(?:\w+\s+)?"
     r"(?:worked|served|was|were|had|spent|taught|studied)\b)", ("moving", "relocating")),
    # "he hoped to visit the United States during the year": a wish, not the plan
    (r"\bhop(?:e|es|ed|ing)\s+to\s+(?:visit|travel\s+to|go\s+to)\s+" + _P, ("hop",)),
    # "has been keen on an official visit to New Delhi": a wish
    (r"\b(?:keen|eager|anxious)\s+(?:on|for|to\s+(?:make|pay))\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?"
     r"(?:visit|trip)\s+to\s+" + _P, ("keen", "eager", "anxious")),
    # "had lobbied for a visit to Montevideo": a wish, not the plan
    (r"\b(?:lobbied|lobbying|pressed|pressing|pushed|pushing|campaigned|appealed|asked|calls?|called)"
     r"\s+for\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:visit|stop|trip|stopover)\s+(?:in|to)\s+" + _P,
     ("lobb", "press", "push", "campaign", "appeal", "asked", "call")),
    (r"\bden(?:ied|ies|y)\b[^.;]{0,80}?\b(?:visit|stop|travel|go|fly)\w*\s+(?:in\s+|to\s+)?" + _P
     # "dismissing reports of a stopover in P"
     + r"|\b(?:dismiss|den[iy]|reject)\w*\s+(?:[\w-]+\s+){0,2}?(?:reports?|rumou?rs?|claims?|speculation)\s+"
     r"(?:of|about)\s+(?:a|an|any)\s+(?:[\w-]+\s+)?(?:visit|stop|stopover|trip)\s+(?:in|to)\s+" + _P,
     ("denied", "denies", "deny", "dismiss", "reject")),
    # "will not include any stopover in P"
    (r"\b(?:does|do|did|will|would)\s+not\s+include\s+(?:a\s+|any\s+)?(?:stop|stopover|visit|trip|transit)s?"
     r"\s+(?:in|to|through)\s+" + _P
     # ... "He will not, however, visit Buenos Aires on this occasion"
     + r"|\b(?:did\s+not|didn't|will\s+not|won't|would\s+not|does\s+not|is\s+not|isn't|are\s+not|aren't|"
     r"was\s+not|wasn't|were\s+not|weren't)"
     r"(?:,\s+(?:however|though|therefore),)?\s+"
     r"(?:\w+\s+)?(?:(?:scheduled|expected|due|set|planning|planned|plan|intend|intending)\s+to\s+)?"
     r"(?:travel|go|fly|visit|stop|stay|head|cross)\w*\s+(?:on\s+|over\s+)?(?:to\s+|in\s+|into\s+)?" + _P
     # ... "will not attend the climate summit that opens in Baku"
     + r"|\b(?:did\s+not|didn't|will\s+not|won't|would\s+not|does\s+not|is\s+not|isn't)\s+(?:\w+\s+)?"
     r"(?:attend|join|take\s+part\s+in)\s+(?:the|a|an)\s+[^.;,\ue000]{0,60}?\b(?:in|at)\s+" + _P,
     ("not", "n't")),
    # "the facilitators were unlikely to visit Goma"
    (r"\b(?:unlikely|not\s+likely)\s+to\s+(?:travel|go|fly|visit|stop|stay|head)\w*\s+(?:on\s+)?(?:to\s+|in\s+)?"
     + _P, ("unlikely", "not likely")),
    # "departs for Auckland on the first stage of the long journey back to the Caribbean": a transit home
    (r"\b(?:depart\w*|leav\w*|left|fl(?:y|ies|ew)|head\w*)\s+(?:\w+\s+){0,2}?(?:for|to)\s+" + _P
     + r"(?=[^.;]{0,60}?\bjourney\s+(?:back|home)\b)", ("journey back", "journey home")),
    # "after connecting through V.C. Bird International in Antigua", "an overnight transit in
    # Honolulu", "transiting through Nadi": a change of planes, no stop
    # ... "after changing planes in Addis Ababa"
    (r"\b(?:connect(?:ing|ed|s)?\s+(?:flights?\s+)?(?:through|via|in)|(?:a|an)\s+connection\s+in|"
     r"chang(?:e|es|ed|ing)\s+planes?\s+(?:in|at)|(?:a|an)\s+change\s+of\s+planes?\s+(?:in|at)|"
     r"transit(?:s|ed|ing)?\s+(?:through|in|via|at)|(?:a|an|overnight|brief|short)\s+transit\s+"
     r"(?:stop\s+)?(?:in|through|at|via))\s+" + _AT_A_SPOT_IN + _P,
     ("connect", "transit", "plane")),
    # "a brief refuelling stop in Guam" (not "... in Praia, where President X came out to greet him")
    (r"\brefuel(?:l?ing)?\s+stop\s+(?:in|at)\s+" + _AT_A_SPOT_IN + _P + r"(?![^.;]{0,60}?\bwhere\b)",
     ("refuel",)),
    # "was unable to visit the troops deployed in Iraq, Somalia and ...", "could not travel to P"
    (r"\b(?:unable\s+to|could\s+not|couldn['’]t)\s+(?:visit|travel\s+to|go\s+to|fly\s+to|stop\s+in)\s+"
     r"(?:[^.;,\ue000]{0,40}?\b(?:in|to)\s+)?" + _P, ("unable", "could not", "couldn")),
)
_NOT_THIS_TRIP = tuple(_word_start(source) for source, _ in _NOT_THIS_TRIP_CUES)
# "is expected to return to Colombia for the Santa Marta meeting, but that is not part of next
# week's trip": no stop, nor a second visit
_NOT_PART_OF = _word_start(
    # ... "a stop in P, which some had hoped for, was never part of the plan"
    _P + r"(?=[^.;]{0,120}?\b(?:is|are|was|were)\s+(?:not|never)\s+part\s+of\s+(?:the|this|his|her|their|"
    # ... not "which was not part of the original programme, was added"
    r"(?:this|next)\s+week['’]s)\s+(?!original\b|initial\b)(?:[\w-]+\s+)?"
    r"(?:trip|tour|visit|itinerary|programme|program|schedule|plan)\b)"
    # a reason a host could not receive the traveller: "because Prime Minister X would be away at a
    # meeting in London"
    r"|\b(?:because|since)\s[^.;]{0,60}?\b(?:would|will|was|is)\s+(?:be\s+)?away\b[^.;]{0,40}?"
    r"\bin\s+" + _P
    # "coincides with the climate conference in Belem, in the Brazilian Amazon, but X is not attending"
    + r"|\b(?:conference|summit|meeting|forum|talks|games)\s+in\s+" + _P
    + r"(?=[^.;]{0,60}?\bbut\s+(?:he|she|they|(?-i:[A-Z])[\w'’-]+)\s+(?:is|are|was|were|will)\s+not\s+"
    r"(?:be\s+)?(?:attending|attend|going)\b)"
    # "The trip has not gone unnoticed in Beijing": where others watch
    r"|\b(?:unnoticed|noticed|(?:closely|keenly)\s+watched|watched\s+(?:closely|keenly))\s+in\s+" + _P
    # "Hurricane Beryl also caused extensive damage in P": a disaster's, not a visit
    + r"|\b(?:caused|causing|left|leaving|wrought|did)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:damage|destruction|devastation)\s+(?:in|on|across)\s+" + _P
    # "most of the LNG cargoes go to China and Japan": goods, not the traveller
    + r"|\b(?:cargoes|cargo|shipments|exports|imports|goods|products|crude|oil|gas|LNG|grain)\s+(?:mostly\s+|"
    r"mainly\s+)?(?:go|goes|went|flow|flows|head|heads|are\s+shipped|is\s+shipped)\s+to\s+" + _P)
# What is not a visit although a visit verb names it: "visited U.S. troops stationed in Poland".
_ADJECTIVE_PLACE = compiled(
    r"\s+(?:troops|forces|soldiers|base|bases|embassy|personnel|officials|companies|firms|investors|"
    r"citizens|nationals|diplomats|businesses|workers|students|veterans|ships|warships|marines|nationals|"
    # "mediators in the Gaza negotiations"
    r"negotiations|ceasefire|truce|conflict|crisis|war|peace\s+process|"
    r"foreign\s+aid|aid|funding|sanctions|tariffs|"
    # "Pago Pago, American Samoa, a U.S. territory"
    r"(?:overseas\s+|unincorporated\s+|external\s+)?(?:territory|territories|dependency|possession|colony))\b"
    # "the Moscow-led bloc", "the Singapore-Sri Lanka Business Forum"
    r"|-(?:led|based|backed|brokered|born|made|bound|run|funded|controlled|owned|centred|centered|"
    r"headquartered)\b"
    r"|-(?:\ue000|(?-i:[A-Z]))"  # "the Singapore-Latin America Business Forum"
    # "at the Lobito Corridor Investment Summit", "the Paris Agreement": a name, not the place
    r"|(?-i:\s+(?:Corridor|Agreement|Accords?|Declaration|Process|Format|Protocol|Principles))\b"
    # "maritime security in the Mozambique Channel": a body of water named after the country
    r"|(?-i:\s+(?:Channel|Strait|Straits|Sea|Basin|Trench|Current|Shelf))\b",
    _FLAGS,
)
# ... past an appositive: "visited Port Sudan, the army's wartime seat, last year"
_ELSEWHEN_AFTER = compiled(
    # (not "Ashgabat, Turkmenistan, an observer state of the Organization since 2021": the place's story)
    _M + r"(?!,\s+(?:the|a|an)\s+[^,.;\ue000]{1,60}?\bsince\s+(?:19|20)\d\d)"
    r"(?=(?:,\s+(?:the|a|an)\s+[^,.;\ue000]{1,50},)?" + _SAME_CLAUSE + r"{0,40}?\b(?:" + _ELSEWHEN
    + r")\b)"
    # "had visited A and B as part of the country's outreach to the region last year": a visit before
    + r"|\bhad\s+(?:also\s+)?(?:visited|toured)\s+" + _M + r"(?=" + _SAME_CLAUSE + r"{0,100}?\b(?:"
    + _ELSEWHEN + r")\b)", _FLAGS
)
# "visited Japan in August": a month named without a day is another time unless it is the trip's.
_MONTH_YEAR = (r"\b(?:in|for)\s+(?:(?:early|mid|late)[\s-]+)?(" + _MONTH + r")(?:\s+((?:19|20)\d\d))?"
               r"(?![\w.]*\s*\d{1,2}\b)")
_IN_MONTH = compiled(_M + r"(?=" + _SAME_CLAUSE + r"{0,40}?" + _MONTH_YEAR + r")", _FLAGS)
_MONTH_ALONE = compiled(_MONTH_YEAR, _FLAGS)
# "During his June tour of A, B and C": a tour of a named month, and its places
_MONTHS_TOUR = compiled(
    r"\b(?:his|her|their|a|the)\s+(" + _MONTH + r")(?:\s+((?:19|20)\d\d))?\s+(?:[\w-]+\s+)?"
    r"(?:tour|trip|visit|journey|swing)\s+(?:of|to|through)\b", _FLAGS)
# "travel to Basel, Switzerland": a town the gazetteer does not know, named with its country
_TOWN_BEFORE = compiled(  # ... and "travel to Adré, in eastern Chad"
    r"\b(?:to|in|at|from|visit\w*)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),\s+"
    r"(?:in\s+(?:(?:north|south|east|west)(?:ern)?\s+|central\s+)?)?(?:the\s+)?$"
)
_RELATIVE = compiled(r"\s*(?:who|whose|which|where|whom)\b", _FLAGS)
# ... "X, a pro-French loyalist elected to head the government in January, ..."
_WHO_BECAME = compiled(r"^\s*(?:an?|the)\s+[^,;]{0,60}?\b(?:who|whose|which|elected|appointed|named|sworn|"
                       r"chosen|installed)\b", _FLAGS)
_IN_YEAR = compiled(r"\b(?:in|during\s+the)\s+((?:19|20)\d\d)\b(?![-–/]\d)")
_WHEN_THEN = compiled(r",\s+when\b")
_CLAUSE_END = compiled(r"[,;.]")
# A sentence opening with a thing's history: "Launched in 2009 and revived in 2022 with the signing of
# a memorandum in P, the pipeline ...", "Founded in 1990 in P, the bank ..." (whatever the trip's year)
_HISTORY_FIRST = compiled(r"\W*[A-Z][a-z]+ed\s+in\s+(?:19|20)\d\d\b[^,;]*")
_YEAR_FIRST = compiled(  # "In 2021 he travelled to Kyiv", "In February 2025 he made a state visit to P"
    r"\W*(?:in|since|back\s+in|during)\s+(?:(?:early|mid|late)[\s-]+)?(?:" + _MONTH + r"\s+)?"
    r"((?:19|20)\d\d)\b",
    _FLAGS,
)
# After these, every place of the sentence belongs to another time ("since taking office, visiting
# A, B and C"; "comes months after X and Y signed an accord in P").
_WHO_DID = compiled(r"\b(?:who|whose)\s+(?:had\s+)?(?:led|served|worked|lived|spent|was|were|held|ran|"
                    r"headed)\b[^.;,]{0,60}$", _FLAGS)
_A_YEAR = compiled(r"\b(?:19|20)\d\d\b")
_ELSEWHEN_BEFORE = _word_start(
    r"\bsince\s+(?:taking|(?:he|she|they)\s+took)\s+office\b"
    # "his first visit to India since 2017, when a South Asia tour also took him to Pakistan"
    # ... "since February, when", "since October last year, when"
    r"|\bsince\s+(?:(?:19|20)\d\d|" + _MONTH + r"(?:\s+(?:19|20)\d\d|\s+last\s+year)?),?\s+when\b"
    # "Since her inauguration she has visited A and B": earlier trips
    # "a similar mission to West Africa last year, which included stops in Nigeria and Senegal"
    r"|\b(?:last|previous)\s+(?:year|month|week)\s*,\s*(?:which|with)\b"
    # "In the five months since, he has traveled to Washington and to Rio de Janeiro"
    r"|\bin\s+the\s+(?:[\w-]+\s+)?(?:days|weeks|months|years)\s+since\b"
    # "In previous years she also visited staff officers in Cyprus"
    r"|\bin\s+(?:previous|past|earlier|former)\s+years\b"
    # "His first, in late 2024, took him to A, B and C"
    r"|\b(?:in|during)\s+(?:(?:early|mid|late)[\s-]+)?(?:19|20)\d\d\s*,?\s+(?:took|brought|led)\s+"
    r"(?:him|her|them)\s+to\b"
    # "Since acceding to the throne, X has made state visits to A and B"
    r"|\bsince\s+(?:acceding|ascending|succeeding|coming\s+to\s+power|assuming\s+(?:office|the\s+throne)|"
    r"taking\s+the\s+throne|becoming\s+(?:king|queen|emperor|pope|president|prime\s+minister))\b"
    r"|\bsince\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:inauguration|election|swearing-in|enthronement|"
    r"appointment|accession|coronation|investiture|installation)\b"
    # "two weeks before", "days after"; not "a day after holding talks in P" nor "two days after opening
    # the tour in P", which are the trip's
    r"|\b(?:(?:a|one|two|three|several|few)\s+(?:weeks?|months?|years?)|"
    r"(?<!two\s)(?<!three\s)(?<!four\s)(?<!five\s)(?<!\d\s)days|weeks|months|years)\s+(?:after|before)\b"
    # not "finalised only days before departure": the trip itself
    r"(?!\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:departure|arrival|trip|visit|tour)\b)"
    r"|\b(?:be|been|is|was|will\s+be)\s+followed\s+by\b"
    # "which she first visited in 2015 on her first trip as Queen, a tour that also took her to P"
    r"|\b(?:19|20)\d\d\b[^.;]{0,80}?,\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:tour|trip|visit|journey)\s+(?:that|which)\s+"
    r"(?:also\s+)?(?:took|included|brought)\b"
    r"|\blast\s+(?:visited|travell?ed|went|toured|was\s+in|paid|made)\b|\b(?:was|were)\s+last\s+in\b"
    # "and last month he was in Lisbon to coordinate with ..."
    r"|\b(?:last|previous)\s+(?:week|month|year)\s*,?\s+(?:he|she|they)\s+(?:was|were|visited|travell?ed|went)\b"
    # ... "who had earlier this year visited Morocco"
    r"|\bhad\s+(?:earlier|previously|already)\s+(?:this\s+(?:year|month)\s+)?(?:visited|met|held|travell?ed|been)\b"
    r"|\bafter\s+(?:(?:his|her|their|earlier|previous)\s+)?(?:trips|visits|tours)\s+to\b"  # earlier trips
    r"|\b(?:a|one|two|three|four|five|several|few)\s+(?:years?|months?|weeks?)\s+ago\b"  # "a year ago, when"
    r"|\b(?:last|previous)\s+(?:[\w-]+\s+)?(?:tours?|trips?|visits?|journeys?|missions?)\b"
    r"|\b(?:earliest|earlier|previous|past)\s+(?:[\w-]+\s+)?(?:tours|trips|visits|journeys)\b"
    r"|\b(?:last|next)\s+(?:year|month)['’]s\b"
    r"|\bduring\s+which\b|\bhas\s+since\s+visited\b"
    # "has spent much of the past year in talks with officials in Washington"
    r"|\b(?:much\s+of\s+)?the\s+past\s+(?:year|months|weeks|decade)\b"
    r"|^\W*(?:later|earlier)\s+this\s+(?:year|month)\b|^\W*next\s+(?:year|month)\b"
    r"|^\W*last\s+(?:year|month|week|summer|winter|spring|autumn|fall|" + _MONTH + r")\b"
    # "In January last year"
    r"|^\W*(?:in\s+)?(?:(?:early|mid|late)[\s-]+)?" + _MONTH + r"\s+(?:last|next)\s+year\b"
    # "the latest in a busy stretch of summit diplomacy that has included visits to A and B"
    r"|\blatest\s+in\s+an?\s+(?:[\w-]+\s+){0,3}?(?:string|series|stretch|run|round|flurry|spate|line)\s+of\b"
    r"|\bfollows\s+(?:(?:his|her|their|a|an|the)\s+)?(?:[\w'’.-]+\s+){0,5}?(?:visits?|trips?|tours?)\b"
    # "The trip follows the signing in Doha on Nov. 15 of a framework agreement"
    r"|\b(?:follows|comes\s+after|came\s+after)\s+(?:the\s+)?(?:signing|conclusion|adoption|collapse)\b"
    # "The trip comes two days after A and B signed a peace agreement in P": the countries' deed
    r"|\b(?:trip|visit|tour)\s+(?:comes|came)\s+(?:[\w-]+\s+){0,3}?after\s+(?:the\s+)?" + _M
    + r"(?:\s+and\s+(?:the\s+)?" + _M + r")?\s+(?:signed|agreed|concluded|reached|struck)\b"
    # "He previously visited India, China and Japan", "has previously attended events in A and B"; "has
    # already visited China and Turkey since taking office" (not "has already visited Japan and the
    # Philippines" on this tour)
    r"|\bpreviously\s+(?:visited|travell?ed\s+to|been\s+to|toured|attended|"
    r"(?:made|paid)\s+(?:[\w-]+\s+){0,2}?(?:visits?|trips?|tours?)\s+to)\b"
    r"|\b(?:has|have|had)\s+(?:already\s+|also\s+)?(?:visited|been\s+to)\b"
    r"(?=[^.;]{0,80}?\bsince\s+(?:taking|(?:he|she|they)\s+took)\s+office\b)"
    # "He has in recent years travelled to A, where ..., and to B": earlier trips; "and in 2018 he
    # travelled to P"
    # "In recent months Minister X has also made working visits to A, B and C"
    r"|\b(?:in|over)\s+(?:recent\s+|the\s+past\s+(?:few\s+)?)(?:years|months)\s*,?\s+"
    r"(?:(?:he|she|they)\s+|(?-i:[A-Z])[\w'’.-]+\s+(?:(?-i:[A-Z])[\w'’.-]+\s+){0,2})?"
    r"(?:(?:has|have|had)\s+)?(?:also\s+)?(?:visited|travell?ed|been\s+to|toured|gone|made|paid)\b"
    r"|\b(?:in|during)\s+(?:(?:early|mid|late)[\s-]+)?(?:19|20)\d\d\s*,?\s+(?:he|she|they)\s+(?:also\s+)?"
    r"(?:visited|travell?ed|went|flew|toured|made|paid)\b"
    # "... since 2019, when he travelled to Papua New Guinea"
    r"|\b(?:in|since)\s+(?:(?:early|mid|late)[\s-]+)?(?:19|20)\d\d\s*,\s*when\b"
    # "The King last month took part in the ... Summit in Egypt": what they did before this trip
    r"|\blast\s+(?:month|year)\s+(?:\w+\s+){0,2}?(?:took\s+part|visited|attended|went|travell?ed|flew|"
    r"held|hosted|made|paid)\b"
    # "will return to London on Friday ahead of a meeting of ministers in Brussels": after the trip
    r"|\b(?:return\w*|fl(?:y|ies|ew|ying)|head\w*)\s+(?:back\s+)?(?:home\b|to\s+" + _M + r")"
    r"[^.;]{0,40}?\bahead\s+of\b"
)
# Who else may travel in a sentence: "migrants heading to Spain", "exports going to China".
_OTHER_MOVERS = frozenset(
    "migrants refugees people tourists troops soldiers ships vessels flights exports imports goods "
    "oil gas aid weapons arms investors students workers fighters rebels boats ferries trucks "
    "convoys shipments cargo route routes corridor pipeline pipelines railway railways highway road "
    "government governments money funds cash".split()
)
_ASIDE_END = compiled(r",[^,;.\ue000]{1,40},\s*$")
_BETWEEN_MOVER = frozenset("also will would are were be then now later has have had keep keeps kept".split())
# Others in office, on the move unless they are the travelling party ("the two leaders", "the pilgrims")
_OTHER_OFFICIALS = frozenset(
    "leaders officials diplomats envoys presidents ministers lawmakers pilgrims".split())
_THE_PARTY = frozenset("the two both three all these".split())
# "Libyans who travel", "tourists who fly" (no comma: not "Silva, who flew"): others on the move
_PEOPLE_OF = compiled(r"^[A-Za-z]+s$")
_COUNTED = compiled(r"\d(?:[\d,.]*\d)?|of|many|some|few|several|(?:hundred|thousand|million)s?", _FLAGS)
# Words before "in PLACE" that make it a topic, not a visit ("the war in Ukraine").
_TOPIC_BEFORE_IN = frozenset(
    "war wars fighting conflict conflicts crisis violence clashes interest interests influence "
    "invasion presence troops forces embassy investment investments stake stakes elections "
    "election unrest protests attack attacks offensive ceasefire operations born based situation "
    "tensions turmoil instability insurgency famine drought government governments junta juntas "
    "regime truce peace dispute disputes standoff commitments obligations duties "
    "years decades concern concerns alarm anger worry worries unease debate criticism developments "
    "ports port access landfall "  # "Bhutan's access to ports in Bangladesh", "made landfall in P"
    "supplier suppliers producer producers manufacturer manufacturers "  # "a single supplier in South Korea"
    "catastrophe catastrophes disaster disasters emergency suffering bloodshed missions peacekeepers".split()
)
# ... but not after a visit to them: "visited Austrian troops in Lebanon", "met the peacekeepers in P"
_VISITED_THEM = compiled(
    r"\b(?:visit\w*|met|meet\w*|inspect\w*|address\w*|review\w*|greet\w*|thank\w*)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:troops|forces|soldiers|peacekeepers|embassy|missions?|contingents?)\s*$", _FLAGS)
_SETTLEMENT = compiled(  # "the Colombian Caribbean city of": a region's name may come first
    r"^,?\s+(?:(?-i:[A-Z][\w-]+)\s+)?(?:capital|city|port\s+city|port|town|resort(?:\s+town|\s+city)?|coastal\s+city|"
    r"commercial\s+(?:hub|capital)|financial\s+(?:hub|capital)|southern\s+city|northern\s+city|"
    r"eastern\s+city|western\s+city|central\s+city|second\s+city|largest\s+city|biggest\s+city)"
    r"(?:\s+of)?,?\s+$",
    _FLAGS,
)
_PLACE_KINDS = ("country", "city")
_OPENS_TRIP = compiled(
    r"\b(?:kick(?:s|ed|ing)?\s+off|begin\w*|began|start(?:s|ed|ing)?|first\s+(?:leg|stop))\b", _FLAGS
)
_HERE = compiled(  # "arrived here", "arrived today in this capital", "held talks here on Wednesday"
    r"\b(?:arriv\w*|land\w*|touch\w*\s+down|visit\w*|(?:held|hold|holds|holding)\s+talks)\s+(?:here|(?:\w+\s+){0,2}?in\s+this\s+(?:capital|city))\b",
    _FLAGS,
)
_WRAPS_UP = compiled(CONCLUDING_TRIP, _FLAGS)
_LEAVES = compiled(r"\b(?:left|leav\w*|depart\w*|return\w*|home|back)\b", _FLAGS)
_HEADLINES = 3  # a headline and up to two lines under it
_CAME_FROM = compiled(r"[^.;,]{0,30}?\bfrom\s+" + _P, _FLAGS)
_ARRIVED_IN_THE = compiled(r"\b(?:arriv\w+|landed)\s+(?:in|on)\s+the\s+(?:island|country)\b", _FLAGS)
_LEG_HERE = compiled(
    r"[^.;]{0,60}?\b(?:the|his|her|their)\s+(?:(second|third|fourth|fifth|sixth|seventh)\s+)?"
    r"(?:and\s+)?((?:final|last)\s+)?(?:leg|stop)\b",
    _FLAGS,
)
_BARE_CAPITAL = compiled(r"\s+capital\b(?!\s*,?\s*(?:city\s+)?(?:of\b|[A-Z]))")
_CITY_COUNTRY_GAP = compiled(
    r"^,\s+(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|"
    r"north-?western|south-?eastern|south-?western|coastal|rural)\s+)?(?:the\s+)?$",
    _FLAGS,
)


@dataclass(slots=True)
class StopDraft:
    """A stop as the parser assembles it."""

    code: str
    sentences: list[int] = field(default_factory=list)
    first_cue: tuple[int, int] = (1 << 30, 0)
    cities: dict[str, tuple[int, int]] = field(default_factory=dict)  # each city, where it was first read
    city_pairs: list[tuple[str, str]] = field(default_factory=list)  # "left P for Q": (P, Q)
    begin: bool = False
    end: bool = False
    first_city: str | None = None  # "The visit began on Tuesday in Hanoi": the visit's first city
    city_days: dict[str, date] = field(default_factory=dict)  # a city's first day named beside it

    def date_city(self, city: str, day: date) -> None:
        """Note a day the article names beside one of this visit's cities."""
        known = self._known(city)
        if known and (known not in self.city_days or day < self.city_days[known]):
            self.city_days[known] = day

    def add_city(self, city: str, where: tuple[int, int]) -> None:
        """Note a city of this visit read at `where` (sentence, offset). A name that ends another
        ("Delhi", "New Delhi") is taken for the same city."""
        city = self._known(city) or city
        if where < self.cities.get(city, (1 << 30, 0)):
            self.cities[city] = where

    def _known(self, city: str) -> str | None:
        """The name this visit has for `city` already, if any."""
        for known in self.cities:
            if known == city or known.endswith(" " + city) or city.endswith(" " + known):
                return known
        return None

    def city_order(self) -> tuple[str, ...]:
        """Every city of the visit in travel order: the order they were read, then moved so each
        city said to come before another does."""
        order = sorted(self.cities, key=self.cities.__getitem__)
        days = [self.city_days.get(city) for city in order]
        if all(days) and len(set(days)) == len(days):
            # every city has its own day ("arrived in Abuja on Tuesday ... in Lagos on Thursday")
            return tuple(sorted(order, key=self.city_days.__getitem__))
        dated = [n for n, day in enumerate(days) if day]
        if len(dated) >= 2 and len({days[n] for n in dated}) == len(dated) and not self.city_pairs:
            # some cities have their own days: those take their places among them in the order of
            # their days (a dateline's city, read first, may be the second of the visit)
            by_day = sorted((order[n] for n in dated), key=self.city_days.__getitem__)
            for n, city in zip(dated, by_day, strict=True):
                order[n] = city
        first = self._known(self.first_city) if self.first_city else None
        if first:
            order.remove(first)
            order.insert(0, first)
        pairs = [(a, b) for a, b in ((self._known(x), self._known(y)) for x, y in self.city_pairs) if a and b]
        for _ in range(len(pairs)):
            moved = False
            for before, after in pairs:
                if before != after and order.index(after) < order.index(before):
                    order.remove(after)
                    order.insert(order.index(before) + 1, after)
                    moved = True
            if not moved:
                break
        return tuple(order)


class Taken(NamedTuple):
    """A place read as a stop: the stop's key ("JP", "JP#2" for a second visit) and the city named."""

    code: str
    city: str | None

    @property
    def country(self) -> str:
        """The country of the stop, a second visit's too."""
        return self.code.split("#")[0]


@dataclass(slots=True)
class StopsFound:
    """The ordered stops, which sentence belongs to which stop, and the route changes."""

    stops: list[StopDraft]
    sentence_stop: list[int | None]  # per sentence: index into stops, or None for the whole trip
    changes: list[int]  # sentences that say the route changed
    cue_sentences: set[int]
    # per sentence: "arrived here" as a mention of the dateline's place, for dating it
    here: dict[int, Mention] = field(default_factory=dict)


@dataclass(slots=True)
class _Cues:
    places: list[Mention]  # markers' places, by marker number
    masked: str
    positions: list[int]  # where each marker starts in `masked`


def find_stops(
    sentences: Sequence[Sentence],
    places_by_sentence: Sequence[Sequence[Mention]],
    *,
    home: str | None,
    about_trip: Sequence[bool],
    trip_months: frozenset[int] = frozenset(),
    trip_year: int | None = None,
    other_times: bool = True,
    others: Sequence[Sequence[str]] = (),
) -> StopsFound:
    """Find the stops. `home` is the traveller's own country (never a stop); `about_trip[i]` says
    whether sentence i is about the traveller (names them, or a pronoun or title for them);
    `trip_months` are the months the trip may fall in (a place "in August" outside them is not a
    stop of this trip), empty when unknown. With `other_times`, places tied to another time ("last
    year", "in August") are not stops, unless that leaves no stop at all: then the article is about
    that other time."""
    drafts: dict[str, StopDraft] = {}
    tour_list: list[str] = []
    relations: list[tuple[str, str]] = []  # (before, after) between stops
    positions: dict[str, int] = {}  # "the second leg" -> 2
    dropped: dict[str, int] = {}
    arrivals: dict[str, int] = {}  # stop -> first sentence saying the traveller arrived there
    departures: dict[str, set[int]] = {}  # stop -> sentences naming it only as left ("from P to Q")
    dropped_cities: dict[str, set[str]] = {}  # country -> its cities whose legs were dropped
    demoted: set[str] = set()
    changes: list[int] = []
    cue_sentences: set[int] = set()
    here_mentions: dict[int, Mention] = {}
    current: Taken | None = None
    headline_here: Mention | None = None  # the place of a headline's "X in P to ..."

    moves_on: set[str] = set()  # stops the lede says the traveller will move on to from the dateline's
    ignored: set[int] = set()  # start offsets of place mentions that are not stops
    trip_times: set[str] = set()  # the coarse times ("next week") of sentences that gave stops
    extended: list[str] = []  # stops a tour was extended to include
    headline_list = False  # whether `tour_list` is a headline's
    elsewhen_ignored = 0

    def cue(place: Mention, sentence: int, position: int, *, late: bool = False) -> Taken | None:
        """Make `place` a stop; `late` when the sentence tells no order of its country's cities (a
        dateline's "on the third day of a visit"): its city comes after those the body names, as a
        headline's does."""
        code = place.country
        if code is None or code == home or place.start in ignored:
            return None
        again = drafts.get(f"{code}#2")
        if again is not None and sentence in again.sentences:
            code = f"{code}#2"  # "return to Japan on Friday to visit Osaka": the second visit's city
        draft = drafts.setdefault(code, StopDraft(code))
        order = (1 << 29 if late or sentence in headlines else sentence, place.start)  # the body's city first
        city = place.city if place.kind == "city" else _capital_named(place)
        if city:
            draft.add_city(city, order)
        if not draft.sentences or draft.sentences[-1] != sentence:  # sentences come in order
            draft.sentences.append(sentence)
        if sentence not in headlines:  # a headline's word order is no travel order
            draft.first_cue = min(draft.first_cue, (sentence, position))
        cue_sentences.add(sentence)
        return Taken(code, city)

    def relate(before: Taken | None, after: Taken | None) -> None:
        """Note that one stop, or one city of a stop, comes before another."""
        if not before or not after:
            return
        if before.code != after.code:
            relations.append((before.code, after.code))
        elif before.city and after.city and before.city != after.city:
            drafts[before.code].city_pairs.append((before.city, after.city))

    def as_leg(taken: Taken, ordinal: str | None, last: str | None) -> None:
        """Note a stop's place in the tour: "the second leg", "the final leg"."""
        if last:
            drafts[taken.code].end = True
        elif ordinal and ordinal.lower() in _ORDINALS:
            positions.setdefault(taken.code, _ORDINALS[ordinal.lower()])

    dateline = _dateline_place(sentences, places_by_sentence)
    # the headline and the lines under it ("Ministers to go to Tunis Thursday") that open the text
    headlines: set[int] = set()
    for top in sentences[:_HEADLINES] if len(sentences) > 1 else ():
        if not is_headline(top):
            break
        headlines.add(top.index)
    for sentence, mentions in zip(sentences, places_by_sentence, strict=True):
        if _NOT_THE_STORY.search(sentence.text):
            continue  # a correction note or a link to another story
        cues = _mask(sentence, mentions)
        there: Taken | None = None  # the dateline's stop, when the sentence says "here", and where
        here_at = 0
        if dateline is not None and about_trip[sentence.index]:
            in_lede = sentence.start <= dateline.start < sentence.end  # the sentence the dateline opens
            here = _HERE.search(cues.masked)
            if here:  # "HANOI, Dec. 8 (Yonhap) -- President Lee arrived here Monday"
                there, here_at = cue(dateline, sentence.index, here.start()), here.start()
                written = _HERE.search(sentence.text)
                if there and written:
                    start, end = sentence.start + written.start(), sentence.start + written.end()
                    here_mentions[sentence.index] = Mention(start, end, written.group(), dateline.kind,
                                                            dateline.country, dateline.city)
                if there and _OPENS_TRIP.search(sentence.text):
                    drafts[there.code].begin = True
                after = cues.masked[here.end():here.end() + 80]
                came = _CAME_FROM.match(after)  # "arrived here from Paris"
                if there and came:
                    relate(cue(cues.places[int(came.group(1))], sentence.index, here.start() - 1), there)
                leg = _LEG_HERE.match(after)  # "... for the second and final leg"
                if there and leg:
                    as_leg(there, leg.group(1), leg.group(2))
            elif in_lede and _WRAPS_UP.search(sentence.text) and not _LEAVES.search(sentence.text):
                # "SKOPJE (AFP) - X on Thursday urged ..., wrapping up a four-day Balkans tour"; not
                # "SEPANG - X returned home after concluding a state visit", "X left Harbin, concluding"
                current = cue(dateline, sentence.index, dateline.start - sentence.start) or current
                if current:
                    drafts[current.code].end = True
            elif in_lede and any(
                    m.kind == "demonym" and m.country == dateline.country and _MET_BEFORE.search(
                        sentence.text, 0, m.start - sentence.start) for m in mentions):
                # "SUVA, Jan. 10 Kyodo - X on Saturday pledged aid in talks with Fijian Prime Minister Y"
                current = cue(dateline, sentence.index, dateline.start - sentence.start) or current
            elif in_lede and (leg := _ON_LEG_OF.search(sentence.text) or _leg_after_no_place(
                    sentence, mentions, dateline.end)):
                day = leg.group(3).lower() == "day"  # "on the third day of a visit": a stop, not the third
                current = cue(dateline, sentence.index, dateline.start - sentence.start, late=day) or current
                if current and not day:
                    as_leg(current, leg.group(1), leg.group(2))
            elif in_lede and (began := _BEGAN_TOUR_HERE.search(sentence.text)) and any(
                    m.country == dateline.country and m.start > dateline.start for m in mentions) and not any(
                    m.kind == "city" and m.country != dateline.country
                    and dateline.end < m.start < sentence.start + began.start() for m in mentions):
                # (not "SEOUL (Yonhap) -- X held talks in Suva on Tuesday, as he kicked off a tour of
                # nations that host South Korea's fleets": the tour began in the city named first)
                current = cue(dateline, sentence.index, dateline.start - sentence.start) or current
                if current:
                    drafts[current.code].begin = True
            elif in_lede and (_VISIT_HERE.search(sentence.text) or _PRESSED_ON.search(sentence.text)) and (
                    any(m.country == dateline.country and m.start > dateline.start for m in mentions)):
                # "CHISINAU, Moldova (AP) - ... pledged to help Moldova ..., during a rare joint visit to
                # the small former Soviet republic": the dateline's country is the visit's
                there = cue(dateline, sentence.index, dateline.start - sentence.start)
                current = there or current
            elif in_lede and (arrives := _ARRIVES_IN_COUNTRY.search(sentence.text)) and not any(
                    m.kind in ("country", "city") and m.start > dateline.start
                    and m.start < sentence.start + arrives.start() for m in mentions):
                # "Santo Domingo.- X will arrive in the country on Monday": the dateline's country, when
                # no other place stands before it
                there = cue(dateline, sentence.index, arrives.start())
                current = there or current
        if not cues.places:
            continue
        masked = cues.masked
        low = masked.lower()
        i = sentence.index
        elsewhere = _other_times(masked, low, cues.places, trip_months, trip_year) if other_times else set()
        if other_times and drafts:
            elsewhere |= _later_trip(masked, cues.places, drafts, trip_times)
        for match in _scan(_NOT_PART_OF, masked, low):  # ... and the list it opens: "go to A and B"
            elsewhere |= {_marker(match), *_list_after(masked, match.end())}
        if about_trip[i]:
            for match in _scan(_RETURN_TO, masked, low):
                place = cues.places[_marker(match)]
                if _marker(match) in elsewhere:
                    continue  # "In February 2024 he visited P, and he returned to Q that August"
                if _BACK_IN.search(match.group()) and place.country not in drafts:
                    ignored.add(place.start)  # "due to land back in Rome": where the trip set out from
                elif any(a <= match.start() < b for a, b in _quoted_spans(masked, _continued_quote(masked))):
                    continue  # '"Returning to Samarkand, where ... trust in me, is a moment of gratitude'
                elif _revisit(drafts, place, home, i, match.start()):
                    ignored.add(place.start)  # counted as the second visit, not the first
                    cue_sentences.add(i)
                    again = drafts[f"{place.country}#2"]
                    for named in cues.places:  # "return to Türkiye to attend a session in Istanbul"
                        if named.start > place.start and named.kind == "city" and named.city and (
                                named.country == place.country):
                            again.add_city(named.city, (i, named.start))
        for pattern in (_DATED_TRIP, *_NOT_THIS_TRIP):
            for match in _scan(pattern, masked, low):
                # "the 2022 visit to Belize, Jamaica and the Bahamas": the whole list
                for item in (_marker(match), *_list_after(masked, match.end())):
                    # ... and "... trip to Armenia, when she spoke ... in Yerevan": its cities too
                    ignored.update(cues.places[k].start for k in (item, *_later_cities(cues.places, item)))
        for match in _scan(_TO_ITS_SEAT, masked, low):  # "before flying to Erbil in Iraq, where the church
            ignored.update(cues.places[int(n)].start for n in _MARKER.findall(match.group()))  # has its seat"
        ignored.update(cues.places[n].start for n in elsewhere)
        elsewhen_ignored += len(elsewhere)
        for match in _scan(_DROPPED, masked, low):
            if cues.places[_marker(match)].start in ignored:
                continue  # "had been scheduled to visit Kazakhstan last August": another trip's
            if not about_trip[i] and not _LEG_WORD.search(match.group()):
                continue  # but "A planned stop in P has been deferred": the itinerary, whoever is named
            if _DATE_MOVED.search(masked, match.start(), match.end() + 200) or _ORDER_CHANGED.match(
                    masked, match.end()) or _LEG_LATE.match(masked, match.end()):
                continue  # "The visit to P had initially been scheduled for 22 May but was postponed": moved
            instead = "instead" in match.group().lower() or "rather" in match.group().lower()
            # "abandoning planned visits to Rwanda and Uganda": the whole list
            whole_list = not instead and match.group().endswith(_CLOSE)  # not "P leg postponed, Q added"
            for item in (_marker(match), *(_list_after(masked, match.end()) if whole_list else ())):
                place = cues.places[item]
                code = place.country
                if not code:
                    continue
                if instead:
                    demoted.add(code)
                elif place.kind == "city" and place.city:
                    dropped_cities.setdefault(code, set()).add(place.city)
                else:
                    dropped.setdefault(code, i)
                if i not in changes:
                    changes.append(i)
        in_sentence: list[Taken] = []  # the stops this sentence names, one place each

        def take(
            match: re.Match[str],
            group: int | None = None,
            *,
            index: int | None = None,
            _i: int = i,
            _masked: str = masked,
            _places: list[Mention] = cues.places,
            _positions: list[int] = cues.positions,
            _seen: list[Taken] = in_sentence,
        ) -> Taken | None:
            if index is None:
                index = _marker(match) if group is None else int(match.group(group))
            if _topic_place(_masked, _positions[index]) or _ADJECTIVE_PLACE.match(
                _masked, _masked.find(_CLOSE, _positions[index]) + 1
            ):
                return None
            taken = cue(_places[index], _i, match.start())
            if taken and all(t.code != taken.code for t in _seen):
                _seen.append(taken)
            return taken

        for match in _scan(_ADDED, masked, low):  # the itinerary itself, whoever else the sentence names
            added = take(match)
            if added and match.group().lower().startswith(_EXTENDED_WORDS):
                extended.append(added.code)  # "the tour has been extended to include Jamaica": after its end
        if i > 0 and sentence.paragraph > sentences[i - 1].paragraph > 0 and _DIARY_HEADING.fullmatch(
                sentence.text) and _after_body(sentences, i, headlines) and (
                heading := _MARKER.match(masked)):
            take(heading)  # "MELBOURNE.", "AUCKLAND, 3–6 November." opening a paragraph of a diary
        if (line := _PROGRAMME_ITEM.fullmatch(masked)) and _under_a_day(sentences, i):
            take(line)  # under "Friday, 17th October 2025": "- 10h00: Private audience ..., Vatican City"
        if i == 0 and i in headlines and (headline_in := _HEADLINE_IN.search(masked)):
            # "Envoy in Suva to reaffirm ties" (the headline, not a byline: "X in Suva and Y in P")
            if take(headline_in):
                headline_here = cues.places[_marker(headline_in)]
        # not "Most of them reach Europe via Libya and arrive in Italy": a group's doings
        if about_trip[i] and not _SOME_OF_THEM.match(masked):
            if headline_here is not None and (in_the := _ARRIVED_IN_THE.search(masked)) and (
                    flown_from := _CAME_FROM.match(masked, in_the.end())):
                # "AU chief in Kingston to ...", then "arrived in the island on Monday from Barbados"
                relate(take(flown_from, 1), cue(headline_here, i, in_the.start()))
            event = _EVENT_THERE.match(masked)
            continued = _continued_quote(masked)
            quoted = _quoted_spans(masked, continued)
            travelled: int | None = None  # where the first motion of the sentence ends
            for match in _TRAVEL.finditer(masked):
                if continued and continued[0] <= match.start() < continued[1]:
                    continue  # '... or whether they simply go to Mexico."' (an analyst, quoted at length)
                if _led_by_other(masked, match.start()) or _others_move(masked, match.start()) or (
                        others and _moved_by(masked, match.start(), others[i])) or (
                        event and match.start() < event.end()) or (
                        _MEANT_TO_LINK.search(masked, max(0, match.start() - _LINK_REACH), match.start())):
                    continue  # "a delegation led by MP X, which arrived in P after visiting Q and R"
                mover = masked[max(0, match.start() - 40):match.start()].split()
                before_it = in_sentence[-1] if in_sentence else None  # a stop this sentence named before
                listed = [take(match)]
                if listed[0] and _ARRIVED.match(match.group()):
                    arrivals.setdefault(listed[0].code, i)
                if dated := _NEXT_DATED.match(masked, match.end()):
                    take(dated)
                for item in _list_after(masked, match.end()):
                    listed.append(cue(cues.places[item], i, match.end()))
                codes = [c.code for c in listed if c]
                if dateline is not None and sentence.start <= dateline.start < sentence.end and (
                        _WILL_MOVE.search(masked, max(0, match.start() - 40), match.start())):
                    # "APIA - X ... will travel to Tonga instead, her office said": on from where she is
                    moves_on.update(code for code in codes if code != dateline.country)
                in_sentence.extend(c for c in listed if c and all(t.code != c.code for t in in_sentence))
                # "He will then tour three allies -- A, B and C", "to continue Balkan tour with visits to
                # A, B": the next legs, in that order
                on_from = before_it is not None and bool(
                    _GOES_ON_TO.search(masked, max(0, match.start() - 25), match.start()))
                if len(codes) > 1 and (mover and mover[-1].lower() in _NEXT_WORDS or _CONTINUES.search(
                        masked, max(0, match.start() - 40), match.start()) or on_from):
                    # ... and "arrived in P ..., on a tour that will also take her to A and B": on from P
                    for leg_before, leg_after in zip([before_it if on_from else current, *listed], listed,
                                                     strict=False):
                        relate(leg_before, leg_after)
                elif (len(codes) > max(1, len(tour_list)) or headline_list and i not in headlines and len(
                        codes) > 1 and set(codes) == set(tour_list)) and not _OLD_PLAN.search(
                        masked, max(0, match.start() - 40), match.start()):  # a list, not one place
                    # (the body's order over a headline's: "after visiting Malawi, Zambia and Rwanda")
                    tour_list, headline_list = codes, i in headlines
                travelled = match.end() if travelled is None else travelled
            if travelled is not None:
                for also in _AND_TO.finditer(masked, travelled):  # "fly to Doha ..., and to Cairo"
                    take(also)
                between = _IN_BETWEEN.search(masked, travelled)
                middle = take(between) if between else None
                ends = [t for t in in_sentence if middle and t.code != middle.code]
                if middle and len(ends) == 2:  # "a trip to A and B, with a stop in Doha in between"
                    relate(ends[0], middle)
                    relate(middle, ends[1])
            for match in _scan(_BEGIN, masked, low):
                if (taken := take(match)) and not _PLANNED_BEFORE.search(masked, 0, match.start()) \
                        and not _A_LEG_BEGINS.search(masked, 0, match.start()):
                    drafts[taken.code].begin = True  # not "was supposed to begin in P. But ..."
                    if taken.city:
                        drafts[taken.code].first_city = drafts[taken.code].first_city or taken.city
            for match in _scan(_FINAL_LEGS, masked, low):  # "head to Tonga and Samoa for the final legs"
                for marked in _MARKER.finditer(match.group()):
                    if (last := take(match, None, index=int(marked.group(1)))) is not None:
                        drafts[last.code].end = True
            for match in _scan(_END, masked, low):
                if match.group().startswith(_OPEN) and _other_place_before_last(match, cues.places) or (
                        _ROUTE_RUNS.search(masked, 0, match.start())) or _term_ends(masked, match.end()) or (
                        _MEANT_TO_LINK.search(masked, max(0, match.start() - _LINK_REACH), match.start())):
                    continue  # "in P and Q, the last stop": Q's
                leg = _LAST_LEG.search(masked, match.end()) if match.group().startswith(_OPEN) else None
                if leg and _LEG_PLACE.match(masked, leg.end()):
                    continue  # "criticism from China over the final leg of the trip in Taiwan": Taiwan's
                came = _ARRIVED_IN_FROM.search(masked, max(0, match.start() - 120), match.start()) if (
                    match.group().startswith(_OPEN)) else None
                # "arrived in Suva on Saturday from Honiara, the final stop of a tour": Suva's
                taken = take(came) if came else take(match)
                if taken and not match.group().startswith(_OPEN):  # "concluding the tour in A and B": B last
                    for item in _list_after(masked, match.end()):
                        listed_after = take(match, None, index=item)
                        relate(taken, listed_after)
                        taken = listed_after or taken
                # ... not "The tour was initially planned to end in Skopje": a plan since changed
                # ("the last leg of the tour took X to P" is the whole tour's end)
                lead = _LAST_LEG.match(match.group())
                if taken and not _PART_OF.search(match.group(), lead.end() if lead else 0) and not (
                        _PLANNED_BEFORE.search(masked, 0, match.start())):
                    opened, place = drafts[taken.code], cues.places[_marker(match)]
                    city = taken.city if taken.city == place.city else None
                    if city and opened.begin and opened.first_city not in (None, city) and _revisit(
                            drafts, place, home, i, match.start()):
                        # "The tour began in Astana ... wrapped up the tour in Almaty": back at the end
                        drafts[f"{taken.code}#2"].end = True
                        if i in opened.sentences:  # the sentence, and its days, are the second visit's
                            opened.sentences.remove(i)
                    else:
                        drafts[taken.code].end = True  # not "concluded the Kazakh part of his tour in P"
            for match in _scan(_ORDINAL, masked, low):
                if match.group(1) and any(
                        cues.places[k].country != cues.places[int(match.group(1))].country
                        for k in map(int, _MARKER.findall(masked, match.end(), match.start(2)))):
                    continue  # "visited Paris and Rome, the second stop": the nearest place's
                if match.group(1) and dateline is not None and dateline.country in drafts and (
                        sentence.start <= dateline.start < sentence.end) and _ON_LEG_OF.search(sentence.text):
                    continue  # "BISHKEK - X pressed ... re-exports to Russia, on the second stop of a tour"
                marker = match.group(1) or match.group(4)
                word = (match.group(2) or match.group(3)).lower()
                taken = take(match, 1 if match.group(1) else 4)
                if taken and marker:
                    positions.setdefault(taken.code, _ORDINALS[word])
            for match in _scan(_AFTER, masked, low):
                if _led_by_other(masked, match.start()):
                    continue  # another group's earlier stops
                taken = take(match)
                said = cues.places[_marker(match) - 1] if _marker(match) > 0 else None
                later = _first_marker_after(masked, match.end(), moved=True)
                arrived = next((t for t in in_sentence if said and t.country == said.country), None)
                if taken and taken.city and said and said.kind == "city" and said.city and (
                        said.country == taken.country):
                    relate(taken, Taken(taken.code, said.city))  # "in Q on Sunday, after talks in P"
                elif taken and there and match.start() > here_at:  # "held talks here, days after ... in P"
                    relate(taken, there)
                elif taken and said and arrived:  # "arrived in Q on Tuesday after spending Monday in P"
                    relate(taken, arrived)
                elif taken and later is not None:  # "after a stopover in P, will arrive in Q"
                    relate(taken, cue(cues.places[later], i, match.end()))
                elif taken and (spoke_in := _city_in_before(
                        masked, cues.places, match.start(), taken.country)) is not None:
                    # "spoke to reporters in Q after meeting X, a day after talks in P"
                    relate(taken, take(match, index=spoke_in))
            for pattern in (_LEFT_FOR, _FROM_TO):
                for match in _scan(pattern, masked, low):
                    if any(a <= match.start() < b for a, b in quoted):
                        continue  # '"... from Syria to Palestine, are under pressure," he said'
                    if _EXTENT.search(masked, max(0, match.start() - 50), match.start()):
                        continue  # "the Dry Corridor, which crosses Central America from P to Q"
                    first, second = [int(g) for g in match.groups() if g is not None]
                    left = take(match, None, index=first)
                    relate(left, take(match, None, index=second))
                    if left:
                        departures.setdefault(left.code, set()).add(i)
            for pattern in (_FROM_WHERE, _ARRIVED_FROM):
                for match in _scan(pattern, masked, low):
                    to, left = take(match, 1), take(match, 2)
                    relate(left, to)
            for match in _scan(_FLEW_IN_FROM, masked, low):  # "flew in from Nairobi, where he had spent"
                if not (others and _moved_by(masked, match.start(), others[i])):
                    came_from = take(match)  # (not "called on X, who flew in from P": the host's)
                    relate(came_from, current)
                    if came_from and _BACK_FROM.match(match.group()):
                        drafts[came_from.code].end = True  # "returned home from P, where he had spent"
            for match in _scan(_EN_ROUTE_STOP, masked, low):
                onward, stopover = take(match, 1), take(match, 2)
                relate(stopover, onward)
            for pattern in (_CROSSED, _LEG_OF, _WHERE_ARRIVES, _STOP_WAS):
                for match in _scan(pattern, masked, low):
                    # (the mover of "350,000 Moroccans crossed into P" is before the verb, not the name)
                    mover_at = low.find("cross", match.start()) if pattern is _CROSSED else match.start()
                    if not _others_move(masked, mover_at) and not (  # not "boats crossing to P"
                            pattern is _CROSSED and _ROUTE_RUNS.search(masked, 0, match.start())):
                        take(match)  # nor "the trade route that bypasses P by crossing the Caspian to Q"
            for match in _scan(_SPLIT_BETWEEN, masked, low):
                one, other = take(match, 1), take(match, 2)
                relate(one, other)
            for match in _scan(_LISTED_VISITS, masked, low):  # "after Rome, Vatican and Paris visits"
                listed = [take(match, None, index=int(m.group(1))) for m in _MARKER.finditer(match.group())]
                for one, other in zip(listed, listed[1:], strict=False):
                    relate(one, other)
            opening = (_OPENING_IN.match(masked) or _SCHEDULE_LINE.match(masked)
                       or _PLACE_THEN_DAYS.match(masked))
            hosts = _HOSTS_SAY.match(masked, opening.end()) if opening else None
            if opening and hosts and getattr(gazetteer().find_country(hosts.group(1)), "code", None) != (
                    cues.places[_marker(opening)].country):
                hosts = None
            if opening and not hosts and not (
                    opening.re is _OPENING_IN and (_STATE_ONLY.match(masked, opening.end())
                                                   or _SOME_THERE.match(masked, opening.end())
                                                   or _PLACE_HAS_DONE.match(masked, opening.end()))):
                # "In P, ...", "12/05 – 13/05: Port Sudan, ..."; not "In P, Christians remain anxious",
                # "In P, some commentators were sharp" nor "In P, P's foreign minister X said ..."
                take(opening)
                then_in = _THEN_IN.match(masked, opening.end()) if opening.re is _PLACE_THEN_DAYS else None
                if then_in:  # "- Saint Lucia (3-4 November): In Castries, the President will meet ..."
                    take(then_in)
            laid_out = _ITINERARY_COLON.search(masked)
            if laid_out:  # "The itinerary ran as follows: Abu Dhabi on April 9, Ankara the next day, ..."
                listed = [take(m) for m in _MARKER.finditer(masked, laid_out.end())]
                codes = list(dict.fromkeys(t.code for t in listed if t))
                if len(codes) > max(1, len(tour_list)):
                    tour_list = codes
            elif days_listed := _DAYS_AFTER_COLON.search(masked):
                # "... hopping across the region: Suva on Tuesday, Nuku'alofa on Wednesday, and Apia on
                # Thursday": stops in text order, which need not be the whole tour's
                for m in _MARKER.finditer(masked, days_listed.end()):
                    take(m)
            speaker = _SPEAKING_IN.match(masked)
            if speaker and others and any(
                    name in masked[speaker.end():speaker.end() + 100] for name in others[i]):
                ignored.add(cues.places[_marker(speaker)].start)
            for match in () if _OTHERS_ACT.match(masked) or _OPINION.match(masked) or event \
                    else _IN.finditer(masked):
                if any(a <= match.start() < b for a, b in quoted):
                    continue  # "... ahead of the meetings in China," the analyst said
                before = masked[max(0, match.start() - 60):match.start()]
                clause = _clause_before(masked, match.start(), 60)
                words = clause.split()
                if words and words[-1].lower() in _TOPIC_BEFORE_IN and not _VISITED_THEM.search(clause) or (
                        others and _while_other(masked, match.start(), others[i])):
                    continue
                spoke = _SPEAKS_THERE.search(masked, max(0, match.start() - 50), match.start())
                if spoke and others and any(
                        masked.endswith(name, 0, spoke.start()) for name in others[i]):
                    continue
                after = masked[match.end():match.end() + 40].lstrip(", ")
                done_there = _DONE_THERE.search(clause) and not _ATTENDED_HELD.search(
                    masked, max(0, match.start() - 150), match.start())
                if (done_there or _BIOGRAPHY.search(clause) or _OTHERS_LIFE.search(before)
                        or _NONE_THERE.search(clause)
                        or _WHERE_LIFE.match(after) or _TRIP_BESIDE.search(masked, 0, match.start())
                        or _term_ends(masked, match.end()) or _KEPT_IN.search(clause)
                        or _FROM_PEOPLE_THERE.search(before) or _PLACE_DID.search(masked, 0, match.start())
                        or _PEOPLE_THERE_ACT.search(before) and _THEY_ACT.match(masked, match.end())):
                    # "the commitments signed in Washington", "born Robert Prevost in Chicago", "a
                    # meeting which officials in Paris had asked to keep low-key"
                    continue
                opens = not clause.strip() or _OPENS_CLAUSE.search(clause)
                # "..., while in Basseterre she is to meet the prime minister"
                subject = _SUBJECT_WILL.match(after)
                acts = subject is not None and _ACTION.match(after, subject.end()) is not None
                if (_ACTION.search(clause) or _WHERE_VISIT.search(clause) or _ACTION.match(after)
                        or _VENUE_BEFORE.search(clause) or _EVENT_OF_BODY.search(masked, 0, match.start())
                        or _REMAINS_UNTIL.search(clause) and _UNTIL_AFTER.match(after)
                        or _WHERE_VISIT.match(after) or _WHEN_BEFORE.search(clause)
                        or (opens or _BE_BEFORE.search(clause)) and _WHEN_AFTER.match(after)
                        or opens and acts
                        # "met A in Bamako on Monday and B in Ouagadougou on Tuesday"
                        or _WHEN_AFTER.match(after) and _ACTION.search(masked, 0, match.start())
                        and not _SAID_OR_BACK.search(clause)):
                    in_first = take(match)
                    first_code = in_first.code if in_first else None
                    for item in _list_after(masked, match.end()) if first_code else ():
                        # "held meetings in Makkah and Madinah": the other cities of the same country
                        if cues.places[item].country == first_code and cues.places[item].kind == "city":
                            take(match, None, index=item)
                elif _known_city(cues.places[_marker(match)], drafts) and _ACTION.search(
                        _clause_before(masked, match.start(), 100)):
                    # a city of a stop already made, after a longer clause: "joined thousands of
                    # Surinamese of Indian descent at the Baba and Mai monument in Paramaribo"
                    take(match)
            for match in _scan(_THEN, masked, low):
                # "visit P, after which he will proceed to Q", "talks in P ..., before traveling on
                # Friday to Q": from the stop just named (cued above), if any; not someone's past
                # ("the former prime minister, who led two governments before moving to Brussels")
                if _WHO_DID.search(masked, max(0, match.start() - 80), match.start()):
                    continue
                named_before = [cues.places[n].country for n in _markers_before(masked, match.start())]
                came_from = next(
                    (t for code in reversed(named_before) for t in in_sentence if t.country == code), None)
                # ... or from the stop before (not '"Going to Vizag and then on to P ...," he said': a
                # quotation that leaves from no place known)
                if came_from is None and (named_before or not any(a <= match.start() < b for a, b in quoted)):
                    came_from = current
                relate(came_from, take(match))
            first_named = _BEFORE_FIRST.match(masked)
            if first_named:  # "Before Doha, X spent Sunday in the Saudi capital and Tuesday in Kuwait City"
                that_stop = take(first_named)
                for told in in_sentence:
                    if that_stop and told.code != that_stop.code:
                        relate(told, that_stop)
            for match in _scan(_AFTER_DOING, masked, low):
                # "arrived in Tashkent on Friday after taking part in a forum in Kazakhstan": before it
                # (not "a delegation led by MP X, which arrived in P after visiting Q": others')
                if _led_by_other(masked, match.start()) or _others_move(masked, match.start()) or (
                        others and _moved_by(masked, match.start(), others[i])):
                    continue
                told_first = {cues.places[n].country for n in _markers_before(masked, match.start())}
                done_first = take(match)
                for told in in_sentence:
                    if done_first and told.code != done_first.code and told.code in told_first:
                        relate(done_first, told)
                if not told_first and current is not None and _AFTER_DAYS_IN.match(match.group()):
                    relate(done_first, current)  # "landed at Tullamarine on Friday after eight days in P"
        if in_sentence:
            current = in_sentence[-1]
            trip_times.update(_coarse_times(masked))

    for code, at in dropped.items():
        # not "arrived in Port Vila on Thursday, a day later than planned. She had been due to fly to
        # Vanuatu on Wednesday, but the aircraft was grounded": late, not dropped
        if arrivals.get(code, at) >= at:
            drafts.pop(code, None)
    for code, cities in dropped_cities.items():
        draft = drafts.get(code)
        if draft is not None and set(draft.cities) - cities:
            for city in cities:  # "a hoped-for stop in Annaba was dropped": another city stays a stop
                draft.cities.pop(city, None)
        else:
            drafts.pop(code, None)
    for key, again in drafts.items():
        earlier = drafts.get(again.code) if key != again.code else None
        if earlier is not None and set(earlier.cities) - set(again.cities):
            for city in again.cities:  # "Tokyo, Seoul and Osaka", then "return to Japan to visit Osaka"
                earlier.cities.pop(city, None)
    if not drafts and elsewhen_ignored:
        return find_stops(sentences, places_by_sentence, home=home, about_trip=about_trip,
                          trip_months=trip_months, trip_year=trip_year, other_times=False, others=others)
    for code in demoted:
        if code in drafts:
            drafts[code].begin = False
    _cities_said_in(drafts, sentences, places_by_sentence, about_trip, ignored)
    if dateline is not None and dateline.kind == "city" and dateline.city:
        at_dateline = drafts.get(dateline.country or "")
        if at_dateline is not None and not at_dateline.cities:  # "LIMA (AFP) - ... a visit to Peru"
            at_dateline.add_city(dateline.city, (dateline.start, dateline.start))
    if dateline is not None and dateline.country in drafts:
        relations.extend((dateline.country, code) for code in moves_on if code in drafts)
    ordered = _order(drafts, tour_list, relations, positions)
    ordered = [d for d in ordered if d.code not in extended] + [d for d in ordered if d.code in extended]
    origin = next((d for d in ordered if set(d.sentences) <= departures.get(d.code, set())
                   and not any(after == d.code for _, after in relations)), None)
    if len(ordered) > 1 and origin is not None:
        # "will fly from Rome to Ankara": where the trip sets out from, and "return to Rome" at its end
        ordered = [d for d in ordered if d is not origin and not (d is ordered[-1] and d.code == origin.code)]
    if len(ordered) > 1 and _only_left_for(ordered[-1], sentences, places_by_sentence):
        ordered = ordered[:-1]  # "... before departing for Seoul later in the day": the way home
    told_last = [d for d in ordered if d.sentences and all(
        min(d.sentences) > max(o.sentences, default=-1) for o in ordered if o is not d)]
    if len(ordered) > 1 and told_last and _only_left_for(told_last[0], sentences, places_by_sentence):
        ordered.remove(told_last[0])  # "The WMO chief left for Geneva on Saturday night." after the tour
    return StopsFound(
        ordered,
        _assign(sentences, places_by_sentence, ordered, cue_sentences),
        changes,
        cue_sentences,
        here_mentions,
    )


# "in Bishkek", "in the Kyrgyz capital Bishkek"; not "Officials in P", "lived in P"
_IN_BEFORE = compiled(r"(?<!\b[Oo]fficials\s)(?<!\b[Ss]ources\s)(?<!\blived\s)(?<!\bbased\s)(?<!\bliving\s)"
                      r"\bin\s+(?:the\s+(?:[\w-]+\s+){0,2}?(?:capital|city|port)\s+)?$")


def _cities_said_in(drafts: dict[str, StopDraft], sentences: Sequence[Sentence],
                    places_by_sentence: Sequence[Sequence[Mention]], about_trip: Sequence[bool],
                    ignored: set[int]) -> None:
    """A stop no city was read for takes the first city of its country that a sentence about the
    trip puts something "in" ("at the two-day gathering in the Kyrgyz capital Bishkek"), unless
    the city is tied to another time (`ignored`: "attended the APEC meeting in 2024 in Lima")."""
    bare = {code for code, draft in drafts.items() if not draft.cities and "#" not in code}
    for sentence, mentions in zip(sentences, places_by_sentence, strict=True):
        if not bare or not about_trip[sentence.index]:
            continue
        for m in mentions:
            at = m.start - sentence.start
            if m.kind == "city" and m.city and m.country in bare and m.start not in ignored and (
                    _IN_BEFORE.search(sentence.text, max(0, at - 40), at)):
                drafts[m.country].add_city(m.city, (sentence.index, at))
                bare.discard(m.country)


# "will leave Juba for Rome on Saturday", "left for Geneva on Saturday night", "before departing for
# Lisbon, the seat of the Imamat, on September 28": a departure and a time, nothing done there
_LEFT_FOR_BEFORE = compiled(
    r"\b(?:depart(?:s|ed|ing|ure)?|leav(?:e|es|ing)|left)\s+(?:[A-Z][\w'’-]+\s+){0,2}for\s+$")
_LEFT_FOR_AFTER = compiled(
    r"(?:,\s+(?:the|its|his|her|their)\s+[^,.;]{1,50},)?"
    # "... late on November 5 after the Bengaluru leg, officials added."
    # (no purpose after it: not "leave Juba for Rome on Saturday for talks with the pope")
    r"(?:\s+(?:on|in|at|late|early|later|this|that|tonight|tomorrow|today|yesterday|overnight|last|the\s+same)\b"
    r"(?:(?!\b(?:for|to|where)\b)[^.;,]){0,50})?"
    r"(?:,\s+(?i:mon|tues|wednes|thurs|fri|satur|sun)day\b[^.;,]{0,20})?"  # "today, Thursday 13 November."
    r"\s*(?:[.;|]|,\s+(?:(?:the|an?|his|her)\s+)?[\w\s]{1,30}\s+(?:said|added)|$)")  # "|": a table's cell


def _only_left_for(draft: StopDraft, sentences: Sequence[Sentence],
                   places_by_sentence: Sequence[Sequence[Mention]]) -> bool:
    """Whether every sentence that names the stop says only that the traveller leaves for it."""
    if draft.begin or not draft.sentences:
        return False
    for s in set(draft.sentences):
        text, at = sentences[s].text, sentences[s].start
        named = [m for m in places_by_sentence[s] if m.country == draft.code]
        if not named or not all(_LEFT_FOR_BEFORE.search(text, max(0, m.start - at - 40), m.start - at)
                                and _LEFT_FOR_AFTER.match(text, m.end - at) for m in named):
            return False
    return True


_MONTH_HINTS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# Words one of which a sentence must hold for a pattern to be tried: a substring test is far
# cheaper than a failed search of a long pattern, and most sentences hold none of them.
_HINTS: dict[re.Pattern[str], tuple[str, ...]] = {
    _DATED_TRIP: ("19", "20", "last", "earlier"),
    _AFTER_DOING: ("after",),
    _TO_ITS_SEAT: ("seat", "headquarter", "based", "see"),
    _NOT_PART_OF: ("not part of", "never part of", "away", "not attend", "not be attend", "not going",
                   "noticed", "watched", " go to", " goes to", " went to", "flow", " head to", " heads to",
                   "shipped", "damage", "destruction", "devastation"),
    **{pattern: hints for pattern, (_, hints) in zip(_NOT_THIS_TRIP, _NOT_THIS_TRIP_CUES, strict=True)},
    _DROPPED: ("instead", "rather", "drop", "cancel", "scrap", "remov", "postpon", "off", "shelv", "left out",
               "ruled out", "abandon", "floated", "mooted", "explored", "weighed", "withdrawn",
               "omit", "struck", "axed", "delay", "suspend", "pull", "longer", "hoped", "planned", "due",
               "suppos", "schedul", "expect", "set", "ahead", "pushed", "consider", "envisag",
               "included", "later date", "discussed", "not on the", "not on this", "pencil", "slated",
               "earmark",
               "to have", "los", "moved", "shifted", "originally", "initially", "without", "materiali",
               "fell through", "part of", "not been", "not yet been", "no date", "transit", "refuel",
               "technical stop", "plan"),
    _BEGIN: ("begin", "began", "start", "kick", "open", "launch", "first", "outset"),
    _END: ("end", "conclud", "wrap", "finish", "clos", "final", "last"),
    _FINAL_LEGS: ("final", "last"),
    _ORDINAL: ("second", "third", "fourth", "fifth", "sixth", "seventh"),
    _THEN: ("then", "afterward", "subsequent", "from there", "next", "before", "after which", "followed by",
            "follows"),
    _AFTER: ("after", "from"),
    _LEFT_FOR: ("left", "leav", "depart"),
    _FROM_TO: ("from", "fly", "flies", "flew", "travel", "drive", "sail"),
    _FROM_WHERE: ("where",),
    _ARRIVED_FROM: ("from",),
    _FLEW_IN_FROM: ("from",),
    _EN_ROUTE_STOP: ("en route",),
    _CROSSED: ("cross",),
    _LEG_OF: ("leg", "stop", "segment", "stage"),
    _WHERE_ARRIVES: ("where",),
    _STOP_WAS: ("stop", "leg", "destination", "came", "complete", "round", "close"),
    _ADDED: ("added", "include"),
    _SPLIT_BETWEEN: ("between",),
    _LISTED_VISITS: ("visits", "trips", "tours", "legs"),
    _RETURN_TO: ("back", "return", "again"),
    _ELSEWHEN_AFTER: ("last", "next", "later", "earlier", "19", "20", "ago", "previous", "past", "coming",
                      "recent", "that", "former", "the summer", "the winter", "the spring", "the autumn",
                      "the fall",
                      "return", "during", "since", "times", "consideration", "first year", "first month",
                      "first week", "second year"),
    _ELSEWHEN_BEFORE: ("office", "after", "before", "followed", "last", "previous", "during", "since",
                       "later", "earlier", "next", "follows", "ago", "had", "trips", "visits", "tours",
                       "latest", "past", "ahead of", "visited", "been to", ", when", "tour that",
                       "trip that", "visit that", "journey that", "tour which", "trip which", "visit which",
                       "journey which", "took", "brought", "led", "recent years", "recent months",
                       *(f"{who} {did}" for who in ("he", "she", "they")
                         for did in ("travel", "went", "flew", "toured", "made", "paid"))),
    _IN_MONTH: _MONTH_HINTS,
    _MONTH_ALONE: _MONTH_HINTS,
}
# looked up by identity: hashing a compiled pattern hashes its whole program (microseconds each)
_HINTS_BY_ID = {id(pattern): hints for pattern, hints in _HINTS.items()}



def _scan(pattern: re.Pattern[str], masked: str, low: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(masked)`, or nothing when `low` (the sentence lower-cased) holds none of
    the pattern's hints."""
    for hint in _HINTS_BY_ID[id(pattern)]:
        if hint in low:
            return pattern.finditer(masked)
    return iter(())


_QUOTE = compiled(r"“[^”]*”|\"[^\"]*\"")


def _quoted_spans(masked: str, continued: tuple[int, int] | None) -> list[tuple[int, int]]:
    """Where quotations stand in a sentence (someone else's words), with `continued`, the part
    before a closing quotation mark whose opening one is in an earlier sentence, and the part after
    an opening one that closes in a later sentence."""
    spans = [m.span() for m in _QUOTE.finditer(masked)]
    opened = max(masked.rfind("“"), masked.rfind('"') if masked.count('"') % 2 else -1)
    inside = any(a <= opened < b for a, b in spans) or continued is not None and opened <= continued[1]
    if opened != -1 and not inside:
        spans.append((opened, len(masked)))  # '"Everybody is turning up, from Washington to Tokyo.' (goes on)
    return spans + [continued] if continued else spans


def _continued_quote(masked: str) -> tuple[int, int] | None:
    """The part of a sentence before a closing quotation mark whose opening one is in an earlier
    sentence: the middle of a longer quotation, often an analyst's."""
    close = masked.find("”")
    opened = masked.find("“")
    if close != -1 and (opened == -1 or close < opened):
        return 0, close
    if masked.count('"') % 2 == 1:
        first = masked.find('"')
        if first > 0 and masked[first - 1] in ",.?!":  # '... opens an office in P," Kumar said.'
            return 0, first
        if masked.rstrip().endswith('"'):
            return 0, len(masked)
    return None


def _revisit(drafts: dict[str, StopDraft], place: Mention, home: str | None, sentence: int,
             position: int) -> bool:
    """Record a return to a stop already visited, after another stop ("On his return to Kinshasa"),
    as a stop of its own; whether it was one."""
    code = place.country
    first = drafts.get(code or "")
    if code is None or code == home or first is None or first.first_cue[0] >= sentence:
        return False
    if not any(d.code != code and any(first.first_cue[0] < s < sentence for s in d.sentences)
               for d in drafts.values()):
        return False  # no other stop between: still the same visit
    again = drafts.setdefault(f"{code}#2", StopDraft(code))
    if not again.sentences or again.sentences[-1] != sentence:
        again.sentences.append(sentence)
    again.first_cue = min(again.first_cue, (sentence, position))
    if place.kind == "city" and place.city and not again.cities:
        again.add_city(place.city, (sentence, position))
    return True


def _other_times(masked: str, low: str, places: Sequence[Mention], trip_months: frozenset[int],
                 trip_year: int | None = None) -> set[int]:
    """Markers of places tied to another time than the trip's: "P last year", "visited P in
    August" or "in April 2024" (a month outside `trip_months`, a year not `trip_year`), everything
    after "since taking office" or such a month, the lists those places stand in, where that trip
    went on to, and the cities named later of such a country ("visit Croatia next month for the
    consecration of a church in Zagreb"). `places` are the marked places, by marker number."""

    def other(month: str, year: str | None) -> bool:
        if year and trip_year and int(year) != trip_year:
            return True
        return bool(trip_months) and month_number(month) not in trip_months

    found = {_marker(m) for m in _scan(_ELSEWHEN_AFTER, masked, low)}
    year_first = _YEAR_FIRST.match(masked)  # "In 2021 he travelled to Kyiv"
    if year_first and trip_year and int(year_first.group(1)) != trip_year:
        found.update(int(n) for n in _MARKER.findall(masked))
    history = _HISTORY_FIRST.match(masked)  # "Launched in 2009 and revived in 2022 with a deal signed in P,"
    if history:
        found.update(int(n) for n in _MARKER.findall(history.group()))
    for year in _IN_YEAR.finditer(masked) if trip_year else ():
        if int(year.group(1)) != trip_year:  # "formally launched in 2023 at the Dubai talks in P"
            found.update(_markers_in_clause(masked, year.end()))
            # ... "during the 2003 invasion, when he stayed in P": the clause that goes on with that time
            if (when := _WHEN_THEN.match(masked, _clause_end(masked, year.end()))) is not None:
                found.update(_markers_in_clause(masked, when.end()))
    elsewhen = next(_scan(_ELSEWHEN_BEFORE, masked, low), None)
    before = masked[max(0, elsewhen.start() - 40):elsewhen.start()].split(";")[-1] if elsewhen else ""
    if elsewhen and re.search(r"\bfirst\b", before) and not elsewhen.group().lower().endswith("when") and (
            not _A_YEAR.search(elsewhen.group())):
        elsewhen = None  # "his first foreign mission since taking office": this trip (not "in 2024")
    if elsewhen and (_WHO_BECAME.search(masked[:elsewhen.start()].rsplit(",", 1)[-1])
                     or _in_an_aside(masked, elsewhen.start())):
        elsewhen = None  # "X, a lawmaker who took the portfolio a year ago, spent Monday in P"
    if elsewhen and _RETURNED_AFTER.search(masked, max(0, elsewhen.start() - 50), elsewhen.end()):
        elsewhen = None  # "returned home on Friday after visits to A and B": this trip's
    if trip_months or trip_year:
        found.update(_marker(m) for m in _scan(_IN_MONTH, masked, low) if other(m.group(2), m.group(3)))
        for told in _MONTHS_TOUR.finditer(masked):  # "During his June tour of A, B and C"
            if other(told.group(1), told.group(2)):
                found.update(_markers_in_clause(masked, told.end()))
        for month in _scan(_MONTH_ALONE, masked, low):  # "in November for a separate visit to P"
            if _about_someones_past(masked[:month.start()].rsplit(",", 1)[-1]) or _in_an_aside(
                    masked, month.start()):
                continue
            if other(month.group(1), month.group(2)):
                elsewhen = month if elsewhen is None or month.start() < elsewhen.start() else elsewhen
                break
    if elsewhen:
        found.update(int(n) for n in _MARKER.findall(masked, elsewhen.end()))
    for item in list(found):  # "visits to the Philippines, Bangladesh and Nepal in April 2024"
        found.update(_list_around(masked, item))
    for item in list(found):  # "visited Japan last month ... before traveling on to New York"
        after = masked.find(f"{_OPEN}{item}{_CLOSE}")
        onward = _THEN.search(masked, after) or _LATER_TOO.search(masked, after)
        if onward:  # ... "toured A and B in 2022, and later visited C, D and E"
            found.update(int(n) for n in _MARKER.findall(onward.group()))
            found.update(_list_after(masked, onward.end()))
    for item in list(found):
        found.update(_later_cities(places, item))
    return found


def _markers_in_clause(masked: str, start: int) -> list[int]:
    """The markers from `start` to the end of its clause (the next comma, semicolon or full stop)."""
    return [int(n) for n in _MARKER.findall(masked, start, _clause_end(masked, start))]


def _clause_end(masked: str, start: int) -> int:
    """Where the clause holding `start` ends: its next comma, semicolon or full stop."""
    end = _CLAUSE_END.search(masked, start)
    return end.start() if end else len(masked)


_RETURNED_AFTER = compiled(r"\breturned\s+(?:home|to\s+[^\s,;.]+)\s+(?:on\s+\w+\s+)?after\s+visits\s+to$",
                           _FLAGS)


def _in_an_aside(masked: str, at: int) -> bool:
    """Whether a time at `at` ends an aside about someone's past after another comma: "X, a veteran
    who took charge of the body headquartered in P, in November 2024, began ..."."""
    pieces = masked[:at].split(",")
    return len(pieces) >= 3 and _TIME_LEAD.fullmatch(pieces[-1]) is not None and bool(
        _WHO_BECAME.search(pieces[-2]))


_TIME_LEAD = compiled(r"\s*(?:in|on|since|from|until|by)?\s*", _FLAGS)


def _about_someones_past(clause: str) -> bool:
    """Whether a clause set off by a comma is about someone's past, not the trip: "President X, who
    was sworn in in March, ...", "X, a diplomat who became OAS secretary-general in May 2025, ..."."""
    return bool(_RELATIVE.match(clause) or _WHO_BECAME.search(clause))


def _later_cities(places: Sequence[Mention], item: int) -> list[int]:
    """When place `item` is a country, the places after it that are its cities ("visit Croatia next
    month for the consecration of a church in Zagreb"); otherwise none."""
    if places[item].kind != "country":
        return []
    return [k for k in range(item + 1, len(places))
            if places[k].kind == "city" and places[k].country == places[item].country]


# A time no finer than a week, which a later sentence may give another trip: "is due to travel to P
# the following week", "expected to travel to P in March", "would travel to P in the new year".
_COARSE_TIME = compiled(
    r"\b(?:next|the\s+following|the\s+coming)\s+(?:week|weekend)\b|\bthe\s+week\s+after\b"
    r"|\bin\s+the\s+new\s+year\b|\bin\s+the\s+(?:first|second|latter)\s+half\s+of\b"
    r"|" + _MONTH_YEAR, _FLAGS)
# What ties a sentence to the trip told before it: "then", "from there", "after that"
# ... or a day, which is finer: "will fly to P on Thursday", "ends in P on 17 February"
_LINKED = compiled(
    r"\b(?:then|from\s+there|afterwards|after\s+that|before\s+that|next\s+stop|today|tomorrow|tonight|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:final|last|first|second|third)\s+(?:leg|stop))\b"
    # ... or this trip's end: "He will conclude the trip in Dili early next week"
    r"|\b(?:conclud\w*|end|ends|ending|wrap\w*\s+up)\s+(?:the|his|her|their)\s+(?:[\w-]+\s+)?(?:trip|tour|visit)\b"
    r"|\b" + _MONTH + r"\s+\d{1,2}\b|\b\d{1,2}\s+" + _MONTH, _FLAGS)


def _coarse_times(masked: str) -> set[str]:
    """The coarse times a sentence names, lower-cased: {"next week", "in march"}."""
    return {" ".join(m.group().lower().split()) for m in _COARSE_TIME.finditer(masked)}


def _later_trip(masked: str, places: Sequence[Mention], drafts: dict[str, StopDraft],
                trip_times: set[str]) -> set[int]:
    """Markers of the new places of a sentence that names a coarse time none of the sentences
    that gave stops named: another trip ("Jonson is due to travel to P the following week"); not
    when it names a stop already found, a "then", a day or a leg ("The final leg took him to P, where
    he discussed the meeting Q hosts in September")."""
    times = _coarse_times(masked)
    if not times or times <= trip_times or _LINKED.search(masked):
        return set()
    if any(p.country in drafts for p in places):
        return set()
    return set(range(len(places)))


# "Before Doha, X spent ... in P": the stops the sentence names came before that one
_BEFORE_FIRST = compiled(
    r"\W*before\s+(?:(?:arriving|landing)\s+in\s+|(?:reaching|visiting|(?:coming|flying|heading|travell?ing)\s+to)\s+)?"
    + _P + r"\s*,", _FLAGS)
_LATER_TOO = compiled(
    r"\b(?:later|then|afterwards|subsequently)\s+(?:visited|toured|travell?ed\s+to|went\s+to|flew\s+to)\s+"
    + _P
    # "a visit to Asuncion was being considered for later in the year, together with a trip to Mexico"
    + r"|\b(?:together|along|combined|coupled)\s+with\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:trip|visit|tour|stop)\s+"
    r"(?:to|in)\s+" + _P,
    _FLAGS,
)

# What stands between the items of a list of places: "A, B and the C".
LIST_GLUE = frozenset({",", "and", ", and", "&", ", the", "and the", ", and the"})


def listed_mentions(sentence: Sentence, named: Sequence[Mention]) -> set[Mention]:
    """Mentions that stand in a list ("A, B and C"): they name the tour, not one stop."""
    listed: set[Mention] = set()
    for left, right in zip(named, named[1:], strict=False):
        glue = sentence.text[left.end - sentence.start:right.start - sentence.start].strip()
        if glue in (",", ", the") and left.kind == "city" and left.country == right.country and (
                right.kind == "country" or right.kind == "demonym"):
            continue  # "Geneva, Switzerland", "Banjul, the Gambian capital": one place
        if glue in LIST_GLUE:
            listed.update((left, right))
    return listed


def _list_around(masked: str, marker: int) -> set[int]:
    """The markers of the list ("A, B and C") that `marker` stands in."""
    spans = [(int(m.group(1)), m.start(), m.end()) for m in _MARKER.finditer(masked)]
    k = next((n for n, (number, _, _) in enumerate(spans) if number == marker), None)
    if k is None:
        return set()
    members = {marker}
    for step in (-1, 1):
        n = k
        while 0 <= n + step < len(spans):
            left, right = (spans[n + step], spans[n]) if step < 0 else (spans[n], spans[n + step])
            if masked[left[2]:right[1]].strip() not in LIST_GLUE:
                break
            members.add(spans[n + step][0])
            n += step
    return members


def _dateline_place(sentences: Sequence[Sentence],
                    places_by_sentence: Sequence[Sequence[Mention]]) -> Mention | None:
    """The place of a dateline that opens the article, below its headline if any ("HANOI, Dec. 8
    (Yonhap) --", "LIMA, Peru (AP) —", "New Delhi, Feb 17 (PTI)"): the city where "here" is."""
    for sentence, mentions in list(zip(sentences, places_by_sentence, strict=True))[:_DATELINE_SENTENCES]:
        if not mentions:
            continue
        first, text = mentions[0], sentence.text
        offset = first.start - sentence.start
        if first.kind in _PLACE_KINDS and not text[:offset].strip() and (
            first.text.isupper() and re.match(r"\s*[,(]", text[offset + len(first.text):])
            or first.text.isupper() and not text[offset + len(first.text):].strip()  # "NEW DELHI" on its line
            or dateline_end(text) > 0
        ):
            return first
    return None


_DATELINE_SENTENCES = 4  # a headline and a date line may stand above the dateline


_OWNER_GAP = compiled(r"['’]s?\s+")


def _mask(sentence: Sentence, mentions: Sequence[Mention]) -> _Cues:
    """Replace the sentence's countries and cities with markers; fold "the Vietnamese capital
    Hanoi" and "Da Nang, Vietnam" into one place."""
    text = sentence.text
    kept: list[Mention] = []
    pieces: list[str] = []
    positions: list[int] = []
    length = 0  # of the masked text so far
    cursor = 0
    usable = [m for m in mentions if m.kind in _PLACE_KINDS or m.kind == "demonym"]
    skip: set[int] = set()
    for n, mention in enumerate(usable):
        if n in skip:
            continue
        start, end = mention.start - sentence.start, mention.end - sentence.start
        nxt = usable[n + 1] if n + 1 < len(usable) else None
        town = _TOWN_BEFORE.search(text, max(cursor, start - 40), start) if mention.kind == "country" \
            else None
        if town is not None and mention.country is not None and not has_towns(mention.country):
            town = None  # "visit Al-Azhar, Vatican": a country without towns
        if town is not None and n and usable[n - 1].end - sentence.start > town.start(1):
            town = None  # "heads to Saudi, UAE": a list of places, the first no town
        if town is not None:  # "to Adre, Chad": a town; "to Kerala, India": the country, by its state
            start = town.start(1)
            state = state_country(town.group(1)) == mention.country
            mention = Mention(sentence.start + start, mention.end, text[start:end], "country" if state
                              else "city", mention.country, None if state else town.group(1))
        if mention.kind == "country" and text.startswith(("'s capital", "’s capital"), end):
            end += 2  # "Samoa's capital Apia", "Tuvalu's capital": as "the Samoan capital"
        capital = _BARE_CAPITAL.match(text, end) if mention.kind in ("demonym", "country") else None
        if capital and mention.country and not (nxt and nxt.kind == "city" and _SETTLEMENT.match(
                text[end:nxt.start - sentence.start])):
            # "landed in the Lebanese capital on Sunday": the capital, named by its country
            name = gazetteer().country(mention.country).capital
            if name:
                mention = Mention(mention.start, sentence.start + capital.end(), text[start:capital.end()],
                                  "city", mention.country, name)
                end = capital.end()
        named = _named_town(text, mention, start, end, cursor)
        if named is not None:  # "the southern Polish city of Kielce", "Adre, the Chadian border town"
            start, end = named[0], named[1]
            mention = Mention(sentence.start + start, sentence.start + end, text[start:end], "city",
                              mention.country, named[2])
        settlement = nxt is not None and nxt.kind == "city" and bool(
            _SETTLEMENT.match(text[end:nxt.start - sentence.start]))
        dropped_leg = mention.kind == "demonym" and _LEG_AFTER.match(text, end) is not None  # "the Tajik leg"
        capital_of = (mention.kind == "country" and settlement and nxt is not None
                      and nxt.country == mention.country)
        if mention.kind == "demonym" and not dropped_leg or capital_of:
            # "the Vietnamese capital Hanoi", "the Lesotho capital Maseru": the city stands for both
            if settlement and nxt is not None:
                pieces.append(text[cursor:start])
                length += start - cursor
                cursor = nxt.start - sentence.start
            continue
        if (
            mention.kind == "city"
            and nxt is not None
            and nxt.kind == "country"
            and nxt.country in (mention.country, *mention.alternatives)
            and _CITY_COUNTRY_GAP.match(text[end:nxt.start - sentence.start])
            and not _POSSESSIVE_AFTER.match(text[nxt.end - sentence.start:])  # "Abidjan, Ivory Coast's hub"
        ):
            skip.add(n + 1)
            end_all = nxt.end - sentence.start
            if nxt.country != mention.country:
                mention = Mention(mention.start, mention.end, mention.text, "city", nxt.country,
                                  mention.city, mention.alternatives)
        else:
            end_all = end
        if _POSSESSIVE_AFTER.match(text[end_all:]) or mention.text.endswith("s") and _PLURAL_POSSESSIVE.match(
                text, end_all):
            if mention.kind == "country" and nxt is not None and nxt.kind in _PLACE_KINDS and (
                    _OWNER_GAP.fullmatch(text, end_all, nxt.start - sentence.start)):
                # "in China's Hong Kong": in Hong Kong (not "in Tokyo's Setagaya Ward", a city's part)
                pieces.append(text[cursor:start])
                length += start - cursor
                cursor = nxt.start - sentence.start
            continue  # "Samoa's", and "the Cook Islands' relationship with Wellington"
        pieces.append(text[cursor:start])
        length += start - cursor
        positions.append(length)
        marker = f"{_OPEN}{len(kept)}{_CLOSE}"
        pieces.append(marker)
        length += len(marker)
        kept.append(mention)
        cursor = end_all
    pieces.append(text[cursor:])
    return _Cues(kept, "".join(pieces), positions)


# "the Tajik leg of the trip has been postponed": a demonym's leg dropped (not "the Turkmen leg has been
# pushed back by a day", nor "the French leg was added")
_LEG_AFTER = compiled(r"\s+(?:leg|stop|stopover|visit)\s+" + _OF_THE_TRIP + _BE
                      + r"(?:postponed|dropped|cancell?ed|scrapped|called\s+off|shelved|axed)\b(?!\s+by\b)")


def _named_town(text: str, mention: Mention, start: int, end: int,
                cursor: int) -> tuple[int, int, str] | None:
    """A town the gazetteer lacks, named with its country's demonym: "the southern Polish city of
    Kielce", "in Adre, the dusty Chadian border town": (start, end, name) in the sentence."""
    if mention.kind != "demonym" or mention.country is None:
        return None
    after = _TOWN_OF.match(text, end)
    if after is not None:
        return start, after.end(), after.group(1)
    kind = _TOWN_NOUN.match(text, end)
    before = _TOWN_APPOSITIVE.search(text, max(cursor, start - 60), start) if kind else None
    if kind is not None and before is not None:
        return before.start(1), kind.end(), before.group(1)
    return None


_TOWN_NAME = r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
_TOWN_KIND = r"(?:border\s+|port\s+|coastal\s+|garrison\s+|market\s+)?(?:town|city|village|port)"
# "the Honduran city of San Pedro Sula": up to three words
_TOWN_OF = compiled(r"\s+" + _TOWN_KIND + r"\s+of\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")
_TOWN_NOUN = compiled(r"\s+" + _TOWN_KIND + r"\b")
_TOWN_APPOSITIVE = compiled(
    r"\b(?i:to|in|at|from|visit\w*)\s+" + _TOWN_NAME + r",\s+(?:the|a)\s+(?:[\w-]+\s+){0,3}?$"
)


def _capital_named(place: Mention) -> str | None:
    """The capital a country's name stands for when it is the capital's name too ("Sao Tome" of
    São Tomé and Príncipe, "Djibouti")."""
    if place.kind != "country" or place.country is None:
        return None
    capital = gazetteer().country(place.country).capital
    return capital if capital and fold(capital) == fold(place.text.removeprefix("the ")) else None


def _topic_place(masked: str, position: int) -> bool:
    """ "the war in P", "interest in P": the place is what something is about, not a visit (but
    "visited Austrian troops in P" is one)."""
    before = masked[max(0, position - 80):position]
    words = before[-40:].split()
    if len(words) >= 2 and words[-1].lower() == "the":
        words = words[:-1]
    if len(words) >= 2 and words[-1] == "in" and words[-2] in _NAMED_BODY_WORDS and _ACRONYM_NEXT.match(
            masked, masked.find(_CLOSE, position) + 1):
        return True  # "the SADC Mission in the Democratic Republic of Congo (SAMIDRC)": a body's name
    return len(words) >= 2 and words[-1].lower() == "in" and words[-2].lower() in _TOPIC_BEFORE_IN and (
        not _VISITED_THEM.search(before[:before.rfind(" in ")]))


_NAMED_BODY_WORDS = frozenset({"Mission", "Office", "Force", "Operation", "Delegation", "Embassy"})
_ACRONYM_NEXT = compiled(r"\s*\([A-Z][A-Z-]{2,}\)")


def _marker(match: re.Match[str]) -> int:
    return int(next(g for g in match.groups() if g is not None))


def _list_after(masked: str, position: int) -> list[int]:
    """The markers that go on a list after `position` ("..., B and C"); not an item joined by a
    bare comma that "and" then joins to something other than a place ("flies on to Lebanon, the
    Vatican and Turkish officials have said")."""
    items: list[int] = []
    bare = False
    while True:
        match = _NEXT_IN_LIST.match(masked, position)
        if match is None or _COMPOUND.match(masked, match.end()) or (
                items and _SAYS_AFTER.match(masked, match.end())):
            break  # not "... and Sri Lanka, the Beijing-headquartered lender said", "..., the Vatican said"
        items.append(int(match.group(1)))
        bare = not _JOINED.search(masked, match.start(), match.start(1))
        position = match.end()
    if items and bare and _AND_AFTER.match(masked, position):
        items.pop()
    return items


_JOINED = compiled(r"\b(?:and|or|then)\b|[;&]")
_COMPOUND = compiled(r"-[a-z]")
_SAYS_AFTER = compiled(r"\s+(?:has\s+|have\s+)?(?:said|says|announced|confirmed|reported|stated)\b")
_AND_AFTER = compiled(r"\s+(?:and|or)\s+(?!\ue000)", _FLAGS)


def _city_in_before(masked: str, places: Sequence[Mention], position: int, country: str) -> int | None:
    """The last city of another country than `country` said with "in" before `position`, if any."""
    for match in reversed(list(_IN_CITY.finditer(masked, 0, position))):
        place = places[int(match.group(1))]
        if place.kind == "city" and place.country and place.country != country:
            return int(match.group(1))
    return None


def _markers_before(masked: str, position: int) -> list[int]:
    return [int(m.group(1)) for m in _MARKER.finditer(masked, 0, position)]


def _first_marker_after(masked: str, position: int, *, moved: bool = False) -> int | None:
    """The next place after `position`; with `moved`, only one a motion leads to ("..., will arrive in
    Q"), not "..., as the Baltic state races to strengthen its defences against Q"."""
    found = masked.find(_OPEN, position)
    if found == -1 or moved and not _MOTION.search(masked, position, found):
        return None
    close = masked.find(_CLOSE, found)
    return int(masked[found + 1:close])


def _order(
    drafts: dict[str, StopDraft], tour_list: list[str], relations: list[tuple[str, str]],
    positions: dict[str, int],
) -> list[StopDraft]:
    """Tour-list order (or narrative order), then first and last cues, then before/after pairs,
    then stated positions ("the second leg")."""
    narrative = sorted(drafts, key=lambda c: drafts[c].first_cue)
    order = list(dict.fromkeys(c for c in tour_list if c in drafts))
    for code in narrative:
        if code not in order:
            order.append(code)
    order = _ends_outside(order, drafts)
    for _ in range(len(relations)):
        changed = False
        for before, after in relations:
            if before in order and after in order and order.index(after) < order.index(before):
                if drafts[after].begin or drafts[before].end:
                    continue
                if before not in tour_list and after in tour_list or (
                        after in positions and before not in positions):
                    # a stop the tour list leaves out ("a stopover in Dubai en route to Japan")
                    # goes just before the listed stop it precedes, as one goes before a stop whose
                    # place is stated ("Doha, the third stop")
                    order.remove(before)
                    order.insert(order.index(after), before)
                else:
                    order.remove(after)
                    order.insert(order.index(before) + 1, after)
                changed = True
        if not changed:
            break
    for code, position in sorted(positions.items(), key=lambda item: item[1]):
        if code in drafts and drafts[code].city_pairs and len(drafts[code].cities) >= position:
            continue  # "arrived in Sao Paulo for the second leg of his visit to Brazil": the country's cities
        if code in order and position <= len(order) and not drafts[code].begin and not drafts[code].end:
            order.remove(code)
            order.insert(position - 1, code)
    # "arrived in P on the sixth stop ..., who flew in from Q": Q is the fifth
    for before, after in relations:
        if after in positions and before not in positions and before in order and after in order and not (
                drafts[before].begin or drafts[before].end) and order.index(before) < order.index(after) - 1:
            order.remove(before)
            order.insert(order.index(after), before)
    # a stated leg puts no stop before the first or after the last ("the second leg" of a two-stop
    # tour that "will conclude in Paraguay" may be a second city of the first country)
    return [drafts[c] for c in _ends_outside(order, drafts)]


def _ends_outside(order: list[str], drafts: dict[str, StopDraft]) -> list[str]:
    """`order` with the stops cued as the first moved to its front and those cued as the last to
    its end, each group in its own order."""
    firsts = [c for c in order if drafts[c].begin and not drafts[c].end]
    lasts = [c for c in order if drafts[c].end and not drafts[c].begin]
    return firsts + [c for c in order if c not in firsts and c not in lasts] + lasts


def _assign(
    sentences: Sequence[Sentence],
    places_by_sentence: Sequence[Sequence[Mention]],
    stops: list[StopDraft],
    cue_sentences: set[int],
) -> list[int | None]:
    """Which stop each sentence is about: the one stop it names, else the previous sentence's stop
    when it names no place at all, else the whole trip."""
    index: dict[str, int] = {}
    for n, draft in enumerate(stops):
        index.setdefault(draft.code, n)
    cued: dict[int, set[int]] = {}
    for n, draft in enumerate(stops):
        for s in draft.sentences:
            cued.setdefault(s, set()).add(n)
    result: list[int | None] = []
    previous: int | None = None
    for sentence, mentions in zip(sentences, places_by_sentence, strict=True):
        named = {index[m.country] for m in mentions if m.country in index}
        here = cued.get(sentence.index, set())
        if len(here) == 1:
            chosen: int | None = next(iter(here))
        elif len(here) > 1:
            chosen = None
        elif len(named) == 1:
            chosen = next(iter(named))
        elif not mentions:
            chosen = previous
        else:
            chosen = None
        result.append(chosen)
        previous = chosen
    return result
