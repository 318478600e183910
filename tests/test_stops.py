"""Stop rules on short articles: which places are stops, and in which order (parse/stops.py)."""

from __future__ import annotations

from datetime import date

import pytest

from itinerary.parse import parse


def _stops(text: str, published: date | None = None) -> list[tuple[str, str | None]]:
    return [(s.code, s.city) for s in parse(text, published=published).stops]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country repeated in a tour list is one stop
        ("President Ana Silva will visit France, Spain, France and Italy.",
         [("FR", None), ("ES", None), ("IT", None)]),
        # the dateline city is a stop when the traveller "arrived here"
        ("HANOI, Dec. 8 (Yonhap) -- President Lee Jae-myung arrived here Monday, kicking off a trip "
         "that will also take him to Singapore.", [("VN", "Hanoi"), ("SG", "Singapore")]),
        # "the Lebanese capital" with no city named is the capital
        ("Pope Leo XIV landed in the Lebanese capital on Sunday.", [("LB", "Beirut")]),
        # "the second leg" places a stop
        ("WELLINGTON (AP) — President Ana Silva arrived in the New Zealand capital on Tuesday for "
         "the second leg of a tour. Silva spent three days in Australia, where she met officials.",
         [("AU", None), ("NZ", "Wellington")]),
        # ... but not a place named before the traveller arrives somewhere the gazetteer does not know
        ("Premier Ana Silva says Europe can help the province weather the trade war with the United "
         "States, as she arrived in Bavaria on Wednesday for the second leg of a six-day mission in "
         "Europe. She began the mission in Paris on Monday.", [("FR", "Paris")]),
        # a visit told in the pluperfect, its time far after the places, is another trip
        ("Minister Tom Berg will visit Liberia and Guinea from January 28. Berg had visited Nigeria and "
         "Ghana as part of his country's outreach to the region last year.", [("LR", None), ("GN", None)]),
        # the stops of another year's trip
        ("President Ana Silva will visit Fiji and Tonga in May. The visit follows her predecessor's "
         "2019 ministry in the region, which included stops in Samoa, Nauru and Fiji.",
         [("FJ", None), ("TO", None)]),
        # someone else's trip, their office a field joined by "and"
        ("Minister Tom Berg visited Dakar on Monday. While Berg was in West Africa, his superior, "
         "Industry and Trade Minister Ana Silva, led a delegation to Beijing to court battery makers.",
         [("SN", "Dakar")]),
        # "the commander was in P": an officer's office for the traveller
        ("Army commander Ana Silva visited Georgetown on Monday. On Tuesday and Wednesday, the "
         "commander was in Paramaribo.", [("GY", "Georgetown"), ("SR", "Paramaribo")]),
        # where the traveller works is no stop
        ("Regional director Ana Silva, who is based at the regional office in Cairo, landed in "
         "Damascus on Monday, where she met the health minister.", [("SY", "Damascus")]),
        # en route to X, a stopover in Y: Y comes first
        ("The Taoiseach will visit Japan and Vietnam. En route to Japan, he will make a brief "
         "stopover in Dubai.", [("AE", "Dubai"), ("JP", None), ("VN", None)]),
        # "flew to Q from P, where he ..." : P was a stop before Q
        ("Rutte flew to Nuuk from Copenhagen, where on Monday he held talks with the prime minister.",
         [("DK", "Copenhagen"), ("GL", "Nuuk")]),
        # a programme that opens in one city, continues in a second and ends in a third
        ("Minister Ana Silva will lead a delegation of 60 firms to the region next week. The programme "
         "opens in Bogota on Monday, continues in Lima on Wednesday, and ends in Santiago on Friday.",
         [("CO", "Bogotá"), ("PE", "Lima"), ("CL", "Santiago")]),
        # a place with its day after a meeting told earlier in the sentence; not a statement's place
        ("Ana Silva met Mali's leader in Bamako on Monday and Burkina Faso's Tom Berg in Ouagadougou on "
         "Tuesday. She will hold talks in Abuja next, her office said in Dakar on Tuesday.",
         [("ML", "Bamako"), ("BF", "Ouagadougou"), ("NG", "Abuja")]),
        # a train to the next city
        ("Ana Silva arrived in Kazakhstan on Friday. Early on Saturday she takes the high-speed train "
         "to Tashkent, where she will open a forum.", [("KZ", None), ("UZ", "Tashkent")]),
        # what came before: "after two days in P", "after a two-day visit to P"
        ("Ana Silva arrived in Hanoi on Tuesday after two days in Laos.", [("LA", None), ("VN", "Hanoi")]),
        ("Ana Silva arrived in Hanoi after a two-day visit to Laos.", [("LA", None), ("VN", "Hanoi")]),
        # days in a list of countries; programme lines that name the place first; landing back at the start
        ("Cardinal Tom Berg will spend six days in Kazakhstan, Kyrgyzstan and Tajikistan.",
         [("KZ", None), ("KG", None), ("TJ", None)]),
        ("Cardinal Tom Berg will travel to the region.\n\n• Bishkek, Kyrgyzstan — Tuesday 28 April\n\n"
         "• Astana, Kazakhstan — Thursday 30 April\n\nHe is due to land back in Rome late on 1 May.",
         [("KG", "Bishkek"), ("KZ", "Astana")]),
        # programme lines with the day, a comma and the place; a list of stops after "Stops:"
        ("Ana Silva is touring the region.\n\n— Monday 14 September, Tirana (done): talks.\n\n"
         "— Tuesday 15 September, Podgorica: talks.", [("AL", "Tirana"), ("ME", "Podgorica")]),
        ("Ana Silva will visit the Pacific.\n\n• Stops: Suva (3–5 August), Port Vila (6–7 August) and "
         "Honiara (8 August).", [("FJ", "Suva"), ("VU", "Port Vila"), ("SB", "Honiara")]),
        # "will cover A, B and C" said of the trip; "will first be in P"
        ("Minister Tom Berg will lead a delegation next week. The trip, his first to the region, will "
         "cover Peru and Chile.", [("PE", None), ("CL", None)]),
        ("Minister Tom Berg will lead a delegation next week. He will first be in Lima on Sept 8, where "
         "he is to meet officials. He will then travel to Santiago.", [("PE", "Lima"), ("CL", "Santiago")]),
        # a trip that "took him to the Leaders' Summit in P"
        ("Prime Minister Tom Berg returned home after a trip that took him to the Pacific Leaders' "
         "Summit in Port Vila. From Port Vila he travelled to Honiara.",
         [("VU", "Port Vila"), ("SB", "Honiara")]),
        # a delegation led "of officials and investors to" its stops; "the delegation was in P"; the
        # mission itself as the subject while someone else acts there
        ("Minister Ana Silva returned home after leading a 35-member delegation of government "
         "officials and business people to Berlin and Hamburg.", [("DE", "Berlin")]),
        ("Namibia's Minister of Trade Ana Silva says her mission to Germany and the Netherlands went well. "
         "Silva returned home on Sunday. The delegation was in Berlin on Monday. The mission ended in "
         "Rotterdam on Friday with a visit to the port, where chief executive Tom Berg and the Namibian "
         "Ports Authority signed a memorandum.", [("DE", "Berlin"), ("NL", "Rotterdam")]),
        # "proceeded directly to P"; "The final stop, P, was added"
        ("Minister Ana Silva visited Barbados. Mr Silva then proceeded directly to Castries. The final "
         "stop, Paramaribo, Suriname, was added to the itinerary later.",
         [("BB", None), ("LC", "Castries"), ("SR", "Paramaribo")]),
        # "after the summit in P" and "travelling directly from P where he took part" put P before
        ("Tom Berg arrives in Ashgabat after EU-Central Asia summit in Tashkent", [("UZ", "Tashkent"),
                                                                                 ("TM", "Ashgabat")]),
        ("President Tom Berg arrived in Ashgabat today on a state visit to Turkmenistan, his office said, "
         "travelling directly from Uzbekistan where he took part in a summit.",
         [("UZ", None), ("TM", "Ashgabat")]),
        # a Q&A's answer: "A: Colombo first."
        ("Q: Where is Ana Silva going?\n\nA: Colombo first. She will be there on Tuesday. She then flies "
         "to Dhaka.", [("LK", "Colombo"), ("BD", "Dhaka")]),
        # "before being driven to P"
        ("Cardinal Tom Berg landed in Uganda on Monday and was received by the minister before being "
         "driven to Kampala.", [("UG", "Kampala")]),
        # "From P, he crossed the sea to Q"
        ("Minister Ana Silva visited Azerbaijan. From Baku, Silva crossed the Caspian Sea to Astana.",
         [("AZ", "Baku"), ("KZ", "Astana")]),
        # "P follows on Sunday": the next stop
        ("Elder Tom Berg will be in Suva on Friday, Nov. 28, for a devotional. Tonga follows on Sunday, "
         "Nov. 30.", [("FJ", "Suva"), ("TO", None)]),
        # "From P he will travel to Q": P a stop before Q
        ("The Catholicos will arrive in Oman on April 24. From Muscat he will travel to Dubai.",
         [("OM", "Muscat"), ("AE", "Dubai")]),
        # "arrived in Q from P, the final stop of a tour that began in R": Q is the final stop
        ("Cardinal Tom Berg arrived in Suva on Saturday from Honiara, the final stop of a tour that began in "
         "Papua New Guinea. He met the bishops in Suva.",
         [("PG", None), ("SB", "Honiara"), ("FJ", "Suva")]),
        # "spoke in Q after meeting X of the Bank of Peru, a day after talks in P": P first
        ("Governor Ana Silva spoke to reporters in Lima on Wednesday after meeting the head of the Central "
         "Bank of Peru, a day after talks in Bogota with Governor Tom Berg.",
         [("CO", "Bogotá"), ("PE", "Lima")]),
        # "resumed ... in P, where the Governor met X": a stop
        ("Governor Tom Berg visited Dominica on October 31. The tour resumed on Monday, November 3, in "
         "Castries, where the Governor met the prime minister.", [("DM", None), ("LC", "Castries")]),
        # the tour "kicked off" in the city named before it, not in the dateline's
        ("SEOUL, Nov. 18 (Yonhap) -- Fisheries Minister Kim Min-su held talks in Suva on Tuesday, as he "
         "kicked off a weeklong tour of three Pacific nations that host South Korea's fishing fleets. He "
         "will fly to Apia on Wednesday.", [("FJ", "Suva"), ("WS", "Apia")]),
    ],
)
def test_stop_cues(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _stops(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # dropped or postponed legs
        "Rutte will visit Bosnia and Serbia, after a planned stop in North Macedonia was put off.",
        "Rutte will visit Bosnia and Serbia. A planned stop in North Macedonia was quietly dropped.",
        "Rutte will visit Bosnia and Serbia. The trip had been due to start in Skopje, but the Skopje "
        "program was cancelled.",
        "Rutte to visit Bosnia and Serbia; official visit to North Macedonia postponed",
        "Rutte will visit Bosnia and Serbia. Analysts welcomed the postponement of the Skopje leg.",
        "Rutte will visit Bosnia and Serbia. He was to have flown on to Skopje on Wednesday.",
        "Rutte will visit Bosnia and Serbia. A planned stop in Skopje, the North Macedonian capital, "
        "has been postponed.",
        "Rutte will visit Bosnia and Serbia. He had also been expected to visit Skopje, but the leg "
        "was postponed.",
        # other times: past visits and later trips
        "Rutte will visit Bosnia and Serbia. He visited North Macedonia last year.",
        "Rutte will visit Bosnia and Serbia. He is expected to travel to North Macedonia next month.",
        "Rutte will visit Bosnia and Serbia. Since taking office, he has visited North Macedonia.",
        "Rutte will visit Bosnia and Serbia. The trip will be followed by a visit to Skopje.",
        "Rutte will visit Bosnia and Serbia. He last visited North Macedonia in 2022.",
        "Rutte will visit Bosnia and Serbia. Since his appointment he has visited North Macedonia and "
        "Albania.",
        "Rutte will visit Bosnia and Serbia. He said he hoped to visit North Macedonia during the year.",
        "Rutte will visit Bosnia and Serbia. His earliest trips as secretary-general went to North "
        "Macedonia and Albania.",
        "Rutte will visit Bosnia and Serbia. He landed back at Skopje on Friday.",
        "Rutte will visit Bosnia and Serbia. Leaders meeting in Skopje last week endorsed the plan.",
        "Rutte will visit Bosnia and Serbia. He also visited North Macedonia and Albania in May this year.",
        "Rutte will visit Bosnia and Serbia, his second trip to the region, after a tour of North "
        "Macedonia and Albania in May 2022.",
        "Rutte will visit Bosnia and Serbia. His trip coincides with that of a delegation led by MP Ana "
        "Silva, which arrived in Belgrade after visiting North Macedonia and Albania.",
        "Rutte will visit Bosnia and Serbia. Losing the Skopje leg is no snub, aides said.",
        "Rutte will visit Bosnia and Serbia to discuss an opinion delivered in Skopje.",
        "Rutte will visit Bosnia and Serbia. Aides hope to arrange a separate visit to Skopje, possibly "
        "combined with a stop in Albania.",
        # others on the move; how a trip is seen elsewhere; a topic
        "Rutte will visit Bosnia and Serbia to discuss workers, many of whom now travel to North "
        "Macedonia.",
        "Rutte will visit Bosnia and Serbia, a trip watched closely in Skopje and Tirana.",
        "Rutte will visit Bosnia and Serbia, hoping to end the humanitarian catastrophe in North "
        "Macedonia.",
        # topics and actors
        "Rutte will visit Bosnia and Serbia. They discussed the situation in North Macedonia.",
        "Rutte will visit Bosnia and Serbia. The talks will cover North Macedonia and Albania.",
        "Rutte will visit Bosnia and Serbia. He backed the accord signed in Skopje.",
        "Rutte will visit Bosnia and Serbia to discuss the Balkans, where governments in North "
        "Macedonia have changed.",
    ],
)
def test_not_a_stop(text: str) -> None:
    assert [code for code, _ in _stops(text)] == ["BA", "RS"]


def test_a_month_outside_the_trip_is_another_time() -> None:
    text = ("President Lee will visit Australia from March 9 to 13. He visited Japan in August and "
            "will travel to France in June for the G7 summit.")
    assert [code for code, _ in _stops(text)] == ["AU"]


def test_another_time_that_is_the_whole_article_is_the_trip() -> None:
    text = "President Ana Silva will visit Japan and South Korea next month."
    assert [code for code, _ in _stops(text)] == ["JP", "KR"]


def test_a_group_of_allies_after_then_comes_next() -> None:
    # a group of allies named after a dash; "then" puts them after the stop before, not first; an
    # inspection in a city makes it a city of the stop
    trip = parse("Minister Tom Berg will first visit Guatemala City, before traveling to Belmopan, "
                 "Belize. He will then tour three Eastern Caribbean allies -- St. Lucia (May 4), Grenada "
                 "(May 5) and Dominica (May 6). The final leg will take him to Paraguay, where he will "
                 "hold talks with President Rosa Diaz in Asunción on May 8 and inspect projects in Ciudad "
                 "del Este on May 9.")
    assert [(s.code, s.cities) for s in trip.stops] == [
        ("GT", ("Guatemala City",)), ("BZ", ("Belmopan",)), ("LC", ()), ("GD", ()), ("DM", ()),
        ("PY", ("Asunción", "Ciudad del Este"))]


@pytest.mark.parametrize(
    "text",
    [
        "Rutte will visit Bosnia and Serbia. Planned stop in Skopje dropped as talks stall.",
        "Rutte will visit Bosnia and Serbia. A visit to North Macedonia will not go ahead.",
        "Rutte will visit Bosnia and Serbia. It follows the 2022 visit to Kosovo, Albania and "
        "North Macedonia by his predecessor.",
        "Rutte will visit Bosnia and Serbia. It is his first summit since the 2024 summit in Skopje.",
        "Rutte will visit Bosnia and Serbia. He did not travel to Skopje.",
        "Rutte will visit Bosnia and Serbia, where he visited Macedonian troops.",
        # a visitor is no visit: the host "handing his visitor photographs of children in P"
        "Rutte will visit Bosnia and Serbia. Footage showed the host handing his visitor photographs of "
        "children in Skopje.",
        # the place is the subject: "In P, the United States has watched ..."
        "Rutte will visit Bosnia and Serbia. In Washington, the United States has watched the talks warily.",
        "Rutte will visit Bosnia and Serbia. A stop in Skopje is not on this programme.",
        "Rutte will visit Bosnia and Serbia. He has previously attended summits in Albania and Kosovo.",
        "Rutte will visit Bosnia and Serbia. Diplomats said he was unlikely to visit Skopje.",
        "Rutte will visit Bosnia and Serbia. In Skopje, the official media barely mentioned the trip.",
        # "close" as an adjective is no end
        "Rutte will visit Bosnia and Serbia. He has forged close relations with Austria and is popular in "
        "Vienna.",
        "Rutte will visit Bosnia and Serbia. The trip comes two days after Kosovo and Serbia signed a "
        "U.S.-brokered agreement in Washington.",
    ],
)
def test_more_places_that_are_not_stops(text: str) -> None:
    assert [code for code, _ in _stops(text)] == ["BA", "RS"]


def test_the_dates_put_a_mixed_report_in_order() -> None:
    # written on Wednesday 2026-09-23: Berlin was on Monday, Madrid today, Brussels on Thursday
    text = ("Mexican minister Marcelo Ebrard heads to Madrid on Wednesday for talks. Ebrard met the "
            "economy minister in Berlin on Monday. He finishes on Thursday in Brussels.")
    assert [code for code, _ in _stops(text, date(2026, 9, 23))] == ["DE", "ES", "BE"]


def test_a_day_by_day_report_with_a_heading_per_stop() -> None:
    text = ("Ana Silva ends tour in Perth\n\nMonday 17 November 2025\n\nAna Silva flew out of Perth on "
            "Sunday.\n\nWednesday 5 November - Dubai\n\nShe broke her journey there.\n\nThursday 6 to "
            "Saturday 8 November - Sydney\n\nShe landed on Thursday.\n\nThursday 13 and Friday 14 "
            "November - Brisbane\n\nShe met the premier.\n\nSaturday 15 November - Perth\n\nShe left.")
    trip = parse(text)
    assert [(s.code, s.cities, s.dates[:1]) for s in trip.stops] == [
        ("AE", ("Dubai",), ("2025-11-05",)), ("AU", ("Sydney", "Brisbane", "Perth"), ("2025-11-06",))]


def test_second_cities_by_direction_and_by_kind() -> None:
    for text, cities in [
        ("Ana Silva will arrive in Lima on May 18 and the following day will fly south to Arequipa.",
         ("Lima", "Arequipa")),
        ("Ana Silva arrived in Mexico City on Monday. She then flew to the border city of Tijuana.",
         ("Mexico City", "Tijuana")),
    ]:
        assert [s.cities for s in parse(text).stops] == [cities]


def test_a_city_trip_left_off_the_schedule_is_no_city_of_the_stop() -> None:
    text = ("President Ana Silva will stay in Tokyo throughout her visit to Japan. A trip to the World "
            "Exposition in Osaka had been considered but was ultimately left off the schedule.")
    assert [s.cities for s in parse(text).stops] == [("Tokyo",)]


def test_cities_before_and_after_the_main_stop() -> None:
    text = ("Minister Ana Silva, who arrived in Washington on Monday after spending Sunday with the "
            "Polish-American community in Chicago, met officials. She will fly on Wednesday to Denver, "
            "and on Thursday to Boston.")
    assert [(s.code, s.cities) for s in parse(text).stops] == [
        ("US", ("Chicago", "Washington", "Denver", "Boston"))]


def test_a_return_after_another_stop_is_a_second_visit() -> None:
    text = ("AU chief Mahmoud Ali Youssouf began his mission in Kinshasa on Sunday. On Tuesday he "
            "crossed to Rwanda, where he held talks in Kigali. On his return to Kinshasa, Youssouf "
            "briefed the president.")
    assert _stops(text) == [("CD", "Kinshasa"), ("RW", "Kigali"), ("CD", "Kinshasa")]


def test_going_back_home_is_no_stop() -> None:
    text = ("Kenyan President William Ruto visited Qatar and the United Arab Emirates. He returned to "
            "Nairobi on Saturday.")
    assert [code for code, _ in _stops(text)] == ["QA", "AE"]


@pytest.mark.parametrize(
    "text",
    [
        "Rutte will visit Bosnia and Serbia. Migrants heading to Croatia and Slovenia pass through.",
        "Rutte will visit Bosnia and Serbia on May 5. He will return in November for a separate "
        "visit to North Macedonia.",
        "Rutte will visit Bosnia and Serbia on May 5. His last Balkan tour took him to Albania.",
        "Rutte will visit Bosnia and Serbia on May 5. It follows his visit to Albania in March.",
        "Rutte will visit Bosnia and Serbia on May 5. He will attend a meeting in Sweden after "
        "returning to Brussels.",
        "Rutte will visit Bosnia and Serbia on May 5, 2026. It is his second tour, after visits to "
        "Albania, Kosovo and Montenegro in May 2024.",
        "Rutte will visit Bosnia and Serbia. They discussed a truce in Ukraine.",
        # someone else, set off by commas, where they speak
        "Secretary General Mark Rutte will visit Bosnia and Serbia on May 5. The general secretary Rev. Dr "
        "Ana Silva, speaking in Vienna, thanked the host churches and said the visit was part of a "
        "pilgrimage.",
        # ... or "X's visit to P, which followed a stop in Q"
        "Secretary General Mark Rutte will visit Bosnia and Serbia on May 5. The trip was originally "
        "scheduled for April but was postponed because of Cardinal Tom Berg's visit to Croatia, which "
        "followed a stop in Slovenia.",
        # ... or "X told a press conference in P"
        'Secretary General Mark Rutte will visit Bosnia and Serbia on May 5. "Meanwhile he is travelling the '
        'world," opposition leader Ana Silva told a press conference in Vienna on Thursday.',
    ],
)
def test_other_trips_and_other_travellers(text: str) -> None:
    assert [code for code, _ in _stops(text, date(2026, 5, 1))] == ["BA", "RS"]


@pytest.mark.parametrize(
    "text",
    [
        "Rutte will visit Bosnia and Serbia. There are no plans for a stop in Montenegro.",
        "Rutte will visit Bosnia and Serbia. His schedule does not include a visit to Montenegro.",
        "Rutte will visit Bosnia and Serbia. The trip will not include any stopover in Montenegro.",
        "Rutte will visit Bosnia and Serbia. It came before the meeting planned for later this year in "
        "Montenegro.",
        "Rutte will visit Bosnia and Serbia. He said he was not planning to visit Montenegro on this trip.",
        "Parliament is in Montenegro this week, and Rutte will visit Bosnia and Serbia.",
        "Rutte will visit Bosnia and Serbia. The trip comes ahead of the summit of the European Union and "
        "the Western Balkans to be held on Nov. 9 and 10 in Podgorica, Montenegro.",
        "Rutte will visit Bosnia and Serbia. His planned visit to Serbian members of the NATO mission in "
        "Montenegro, which had been scheduled for the same week, has been postponed to December.",
        "Rutte will visit Bosnia and Serbia. He is due back in Brussels on Friday evening before travelling "
        "to Montenegro.",
        'Rutte will visit Bosnia and Serbia. "A nurse who goes to Montenegro earns more," he said.',
        "Rutte will visit Bosnia and Serbia. Before moving to Montenegro, he worked for the prime minister.",
        "Rutte will visit Bosnia and Serbia. He had originally intended to end the trip with a stop in "
        "Montenegro to meet investors.",
        "Rutte will visit Bosnia and Serbia. Under the accord that ended a long war in 1995, the result must "
        "be ratified by the national parliament in Podgorica.",
        "Rutte will visit Bosnia and Serbia. The corridor was meant to link Serbia to Europe through Bosnia, "
        "with a final leg to Montenegro.",
        "Rutte will visit Bosnia and Serbia. He praised the humanitarian aid from Serbia to Montenegro.",
        "Rutte will visit Bosnia and Serbia. Gulf states vie for stakes in mining assets from Serbia to "
        "Montenegro.",
        'Rutte will visit Bosnia and Serbia. "Otherwise the money will keep going to Montenegro," he said.',
        "Rutte will visit Bosnia and Serbia, where doctors serve in public hospitals from Nis to Podgorica.",
        "Rutte will visit Bosnia and Serbia. A stop in Montenegro, which some officials had hoped for, was "
        "never part of the plan.",
        "Rutte will visit Bosnia and Serbia. The Serbian leg was not in the original itinerary, which had "
        "envisaged a stop in Montenegro.",
        "Rutte will visit Bosnia and Serbia. He had originally planned to visit the troops serving with the "
        "force in northern Montenegro as part of the trip, but that leg was postponed.",
        "Rutte will visit Bosnia and Serbia. A stop in Montenegro had been considered but was "
        "dropped for lack of time.",
        "Rutte will visit Bosnia and Serbia. Rutte's visit to Montenegro, which had been envisaged, "
        "will take place at a later date.",
        "Rutte will visit Bosnia and Serbia. He is separately scheduled to visit Montenegro.",
        "Rutte will visit Bosnia and Serbia on May 5, 2026. In 2021 he travelled to Montenegro.",
        "Rutte will visit Bosnia and Serbia on May 5, 2026. During his March tour of Albania and Kosovo, he "
        "launched an initiative.",
        # "since <a time>, when ...": that earlier time
        "Rutte will visit Bosnia and Serbia. It will be his first trip to Serbia since October last year, "
        "when he held talks in Zagreb and also traveled to Skopje.",
    ],
)
def test_plans_that_are_not_this_trip(text: str) -> None:
    assert [code for code, _ in _stops(text, date(2026, 5, 1))] == ["BA", "RS"]


def test_home_is_where_the_traveller_returns() -> None:
    text = ("SINGAPORE - Prime Minister Lawrence Wong will visit Kuwait and Oman. Trade between "
            "Singapore and Kuwait has grown. Mr Wong is scheduled to return to Singapore on Oct 23.")
    assert [code for code, _ in _stops(text)] == ["KW", "OM"]


def test_in_a_place_someone_else_told_reporters_is_no_stop() -> None:
    text = ("Emperor Tom Berg was welcomed in Mongolia on Monday. In Tokyo, Chief Cabinet Secretary Ana "
            "Silva told a press conference the visit would deepen ties.")
    assert [code for code, _ in _stops(text)] == ["MN"]


def test_returning_home_afterwards_names_home() -> None:
    text = ("President Ana Silva will travel to Asia next week for a state visit to Japan, followed by a "
            "visit to Vietnam. Brazil will host a summit in Belém in November. She is due to remain in "
            "Vietnam until Saturday, returning to Brazil afterwards.")
    assert [code for code, _ in _stops(text)] == ["JP", "VN"]


def test_welcomed_in_a_country_is_a_visit() -> None:
    text = "Ecumenical Patriarch Bartholomew I was welcomed in Estonia on Monday."
    assert [code for code, _ in _stops(text)] == ["EE"]
    assert parse(text).traveler == "Bartholomew I"


@pytest.mark.parametrize(
    "text",
    [
        'Rutte will visit Bosnia and Serbia. "It matters ahead of the meetings in Montenegro," an '
        "analyst said.",
        "Rutte will visit Bosnia and Serbia. The tour follows President Ana Silva's visit to the "
        "region, during which she met leaders in Montenegro.",
        "Rutte will visit Bosnia and Serbia. Later this year he is expected to travel to Montenegro.",
        "Rutte will visit Bosnia and Serbia. He has since visited Montenegro.",
        "Rutte will visit Bosnia and Serbia. A stopover in Montenegro is not on the final programme.",
        # a life, not a stop; an earlier trip in a part of a year
        "Rutte will visit Bosnia and Serbia. Rutte, born Marko Silva in Montenegro, met students.",
        "Rutte will visit Bosnia and Serbia, speaking the language he learnt in two decades in Montenegro.",
        "Rutte will visit Bosnia and Serbia. His first trip took him to Montenegro in late 2025.",
        "Rutte will visit Bosnia and Serbia. He was in the region a year ago, when he made a state "
        "visit to Montenegro.",
        "Rutte will visit Bosnia and Serbia. It is his first trip there; he last traveled to the region "
        "in 2023, when he visited Montenegro.",
        "Rutte will visit Bosnia and Serbia. Montenegro had been pencilled in for the tour in April.",
        "Rutte will visit Bosnia and Serbia ahead of next month's summit in Montenegro.",
    ],
)
def test_more_that_are_not_this_trip(text: str) -> None:
    assert [code for code, _ in _stops(text)] == ["BA", "RS"]


@pytest.mark.parametrize(
    "text",
    [
        "Lavrov will visit Algeria and Tunisia. Officials denied reports that he would also stop in Libya.",
        'Lavrov will visit Algeria and Tunisia. "No visit to Libya is planned during this trip."',
        "Lavrov will visit Algeria and Tunisia. Last year he travelled to Libya.",
    ],
)
def test_denied_and_past_visits(text: str) -> None:
    assert [code for code, _ in _stops(text)] == ["DZ", "TN"]


def test_home_is_where_the_traveller_returned_after_the_trip() -> None:
    text = ("King Tomas II returned to Rome on Saturday after a state visit to Chile and Peru. He "
            "praised the Rome summit planned for November.")
    assert _stops(text) == [("CL", None), ("PE", None)]


def test_the_one_accompanied_leads_the_trip() -> None:
    text = ("The royals, accompanied by Foreign Minister Ana Silva, arrived in Santiago on Tuesday. "
            "King Tomas II returned to Rome after the state visit to Chile. Silva told reporters in "
            "Santiago that the visit was a success.")
    trip = parse(text)
    assert trip.traveler == "Tomas II"
    assert [(s.code, s.companions) for s in trip.stops] == [("CL", ("Ana Silva",))]


def test_a_country_name_as_adjective_before_its_capital_is_one_place() -> None:
    text = "Foreign Minister Ana Silva will travel to Dar es Salaam and the Lesotho capital Maseru."
    assert _stops(text) == [("TZ", "Dar es Salaam"), ("LS", "Maseru")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title-case dateline below a headline and a date line is where "here" is
        ("Crown prince to arrive in India after Pakistan visit\n\nPublished: 17 February 2026\n\n"
         "New Delhi, Feb 17 (PTI) Crown Prince Ali bin Omar will arrive here on Wednesday. He "
         "arrived in Pakistan on Monday on the first leg of his tour.", [("PK", None), ("IN", "New Delhi")]),
        # "arrived here from P for the final leg": P came before
        ("Published: 5 March 2026\n\nROME, March 5 (Bernama) -- Prime Minister Ana Silva arrived here "
         "on Wednesday evening from Paris for the second and final leg of her visit to Europe.",
         [("FR", "Paris"), ("IT", "Rome")]),
    ],
)
def test_the_dateline_city_is_here(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _stops(text) == expected


def test_a_house_named_after_a_city_is_not_the_city() -> None:
    text = "President Ana Silva will hold talks with the prime minister at Hyderabad House in New Delhi."
    assert _stops(text) == [("IN", "New Delhi")]


def test_the_traveller_by_role_with_modifiers_and_a_trip_watched_elsewhere() -> None:
    text = ("Patriarch Ana Silva was welcomed in Estonia on Monday, a trip closely watched in Moscow. "
            "The 86-year-old patriarch arrived in Tallinn on Sunday and was received by President Alar "
            "Karis. On Wednesday, Silva is scheduled to cross the Gulf of Finland by ship to Helsinki.")
    assert _stops(text) == [("EE", "Tallinn"), ("FI", "Helsinki")]


def test_a_tour_told_day_by_day() -> None:
    text = ("What Silva's Balkan marathon achieved\n\nWhen Ana Silva stood beside Serbia's president, "
            "Marko Ilic, in Belgrade on Saturday, she ended a tour that began in Ljubljana. In Zagreb "
            "on Monday, the Croatian prime minister, Ivo Horvat, used the visit to press for a "
            "pipeline. By Tuesday, in Sarajevo, the tone had changed. On Wednesday she was in "
            "Podgorica. Albania's prime minister gave her a welcome in Tirana on Thursday, and the "
            "following day in Skopje Silva sought to ease a dispute. Silva's tour ended in Belgrade.")
    trip = parse(text)
    assert trip.traveler == "Ana Silva"
    assert [s.code for s in trip.stops] == ["SI", "HR", "BA", "ME", "AL", "MK", "RS"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the stop left for the capital, where the traveller was the day before
        ("Secretary General Ana Silva visited Stockholm on Tuesday. At last year's summit in The Hague, "
         "allies agreed to spend more. Silva arrived in the Swedish capital from Copenhagen, where on "
         "Monday he held talks.", [("DK", "Copenhagen"), ("SE", "Stockholm")]),
        # a city and its country's possessive: "Abidjan, Ivory Coast's commercial hub"
        ("IMF chief Ana Silva began the trip in Accra. On Monday she was in Abidjan, Ivory Coast's "
         "commercial hub.", [("GH", "Accra"), ("CI", "Abidjan")]),
        # a list of places the traveller is not scheduled to visit
        ("Minister Ana Silva will visit Indonesia and Vietnam. Silva is not scheduled to visit "
         "Thailand or Malaysia on this trip.", [("ID", None), ("VN", None)]),
        # "his first foreign mission since taking office" is this trip
        ("Governor Ana Silva returned home. The trip, Silva's first foreign mission since taking office "
         "in 2024, began on Monday in Guatemala City. The following day she made a stop in Belize.",
         [("GT", "Guatemala City"), ("BZ", None)]),
        # an analyst quoted at length: the end of the quotation is not the traveller's
        ('Governor Ana Silva flew to Honduras. "Factories are moving. The question is whether they come '
         'here, or whether they simply go to Mexico."', [("HN", None)]),
    ],
)
def test_more_narrative_cues(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _stops(text) == expected


def test_home_is_the_one_place_of_a_sentence_about_going_home() -> None:
    text = ("Prime Minister Ana Silva arrived in Riyadh on Monday on a visit to Saudi Arabia and Qatar. "
            "Speaking to reporters in Islamabad, a minister said the prime minister would return home "
            "on Wednesday night. The final leg will take Silva to Doha before returning home.")
    assert _stops(text) == [("SA", "Riyadh"), ("QA", "Doha")]


def test_a_visit_lobbied_for_is_no_stop() -> None:
    text = ("Pope Leo XIV landed in Lima on Wednesday. Church officials in Uruguay had lobbied for a "
            "visit to Montevideo, but the Vatican said a longer trip was not possible.")
    assert _stops(text) == [("PE", "Lima")]


def test_and_in_with_the_verb_left_out() -> None:
    text = ("Minister Ana Silva will be in Funafuti on Tuesday for talks with Tuvalu's prime minister, "
            "and in Tarawa on Wednesday, where she will meet the president.")
    assert _stops(text) == [("TV", "Funafuti"), ("KI", "South Tarawa")]


def test_a_press_releases_letterhead_is_home_and_a_next_meeting_is_no_stop() -> None:
    text = ("REPUBLIC OF TÜRKİYE\nMINISTRY OF FOREIGN AFFAIRS\n\nMinister of Foreign Affairs Ana Silva "
            "paid an official visit to Tajikistan. In Dushanbe, Minister Silva was received by the "
            "president. The parties agreed to hold the next meeting of the Joint Economic Commission "
            "in Ankara. Minister Silva then proceeded to Bishkek.")
    assert _stops(text) == [("TJ", "Dushanbe"), ("KG", "Bishkek")]


def test_a_letterhead_on_two_lines_is_home_and_a_programmes_departure_for_a_place() -> None:
    text = ("OFFICE OF THE PRIME MINISTER\nINDEPENDENT STATE OF PAPUA NEW GUINEA\n\nPrime Minister Tom Berg "
            "will visit Fiji. The Prime Minister of Papua New Guinea last visited in 2019. Papua New "
            "Guinea and Fiji will sign a pact.\n\nProgramme:\n\nMonday 8 June - Arrival in Suva.\n"
            "Wednesday 10 June - Departure for Port Moresby.\n")
    assert _stops(text) == [("FJ", "Suva")]
    text = ("Pope Tom will visit Australia and New Zealand.\n\nProgramme:\n\nMonday 27 April - Travel to "
            "Melbourne; evening prayer.\nWednesday 29 April - Departure for Auckland; reception.\n"
            "Thursday 30 April - Divine Liturgy, Auckland.\nFriday 1 May - Return to Rome.")
    assert _stops(text) == [("AU", "Melbourne"), ("NZ", "Auckland")]


def test_followed_by_a_place_on_a_day_and_a_tour_concluded_in_two_places() -> None:
    text = ("The delegation will begin its tour in London on September 14, followed by Paris on "
            "September 16, Minister Ana Silva told reporters. The team will then spend two days in Germany, "
            "before concluding the tour with meetings in Zurich and Milan.")
    assert [code for code, _ in _stops(text)] == ["GB", "FR", "DE", "CH", "IT"]


def test_a_delegation_named_by_its_country_and_a_leg_added_for_a_day_ahead() -> None:
    text = ("Thursday, March 6, 2025\n\nSaudi Minister Ana Silva arrived in Barbados last night. From "
            "Barbados, the Saudi delegation will fly to St Vincent and the Grenadines on Saturday, where "
            "Prime Minister Tom Berg is expected to showcase the new airport. A stop in Grenada on "
            "Sunday was added to the itinerary only this week. The tour is scheduled to end in Castries on "
            "Monday.")
    assert [code for code, _ in _stops(text)] == ["BB", "VC", "GD", "LC"]


def test_a_town_named_after_its_country_and_a_city_after_while() -> None:
    text = ("Vice President Ana Silva will visit Belize, Saint Lucia and St Kitts and Nevis. In Belize, "
            "Silva is to attend the opening of a wing at a hospital in Belize City. In Castries, she is to "
            "meet the prime minister, while in Basseterre she is to meet Prime Minister Tom Berg.")
    assert _stops(text) == [("BZ", "Belize City"), ("LC", "Castries"), ("KN", "Basseterre")]


def test_crossed_into_a_place() -> None:
    text = ("King Tom Berg arrived in Rome on Friday. On Saturday, the King and Queen crossed into Vatican "
            "City where they were received by the Pope. Thousands of refugees have crossed into Chad.")
    assert _stops(text) == [("IT", "Rome"), ("VA", "Vatican City")]


def test_a_place_named_by_its_segment_of_the_visit() -> None:
    text = ("Chief Executive Ana Silva will visit Portugal and Belgium. During the Lisbon segment of the "
            "visit, from 12 to 14 October, Silva will meet the Prime Minister. On 15 October, the delegation "
            "will travel to Porto, where Silva will visit a university. She will end the trip in Brussels.")
    assert [(s.code, s.cities) for s in parse(text, published=date(2026, 10, 8)).stops] == [
        ("PT", ("Lisbon", "Porto")), ("BE", ("Brussels",))]


def test_a_town_of_two_named_countries_is_the_one_named_next() -> None:
    text = ("President Ana Silva arrived in Rabat on Monday. On Wednesday and Thursday, the Bissau-Guinean "
            "leader was in Dakhla, a port city in the Moroccan-controlled part of Western Sahara, where her "
            "country opened a consulate in 2020.")
    assert _stops(text) == [("MA", "Rabat"), ("EH", "Dakhla")]


def test_travelled_by_road_yesterday_to_a_town() -> None:
    text = ("President Ana Silva, who arrived in Argentina on Saturday, travelled by road yesterday to "
            "Mercedes, some 100km west of the capital.")
    assert _stops(text) == [("AR", "Mercedes")]


def test_a_day_after_meeting_someone_in_a_place() -> None:
    text = ("President Ana Silva and Secretary Tom Berg arrived in Adre, Chad, on Tuesday, a day after "
            "meeting Chadian President Ali Musa in N'Djamena, the two organisations said.")
    assert [(s.code, s.cities) for s in parse(text).stops] == [("TD", ("N'Djamena", "Adre"))]


def test_a_state_written_with_its_country_is_no_town() -> None:
    text = ("Patriarch Tom Berg began his tour on Monday. The first leg took His Holiness to Kerala, India, "
            "where he was the guest of the Catholicos. He then travelled to Adre, Chad.")
    assert [(s.code, s.cities) for s in parse(text).stops] == [("IN", ()), ("TD", ("Adre",))]


@pytest.mark.parametrize("dateline", ["ISLAMABAD: ", "Islamabad, Pakistan - ", "Islamabad - "])
def test_a_dateline_with_a_colon_or_in_title_case_is_here(dateline: str) -> None:
    text = (f"{dateline}Visiting Uzbek Foreign Minister Ana Silva arrived here on Monday on a two-day visit. "
            "She will travel to Kabul on Wednesday.")
    assert _stops(text, date(2026, 3, 2)) == [("PK", "Islamabad"), ("AF", "Kabul")]


def test_a_hosts_letterhead_is_no_home() -> None:
    text = ("REPUBLIC OF BOTSWANA\nMINISTRY OF INTERNATIONAL RELATIONS\n\nSTATE VISIT TO BOTSWANA BY "
            "KING TOM BERG\n\nKing Tom Berg will undertake a State Visit to the Republic of Botswana from 9 "
            "to 11 June. The King will depart Botswana on 12 June for Windhoek.")
    assert [code for code, _ in _stops(text)] == ["BW", "NA"]


def test_due_in_a_leg_postponed_in_a_headline_and_a_partner_named_with_the_traveller() -> None:
    text = ("Caribbean leaders take reparations push to West Africa, but Dakar leg postponed\n\n"
            "Prime Minister Ana Silva and President Tom Wu landed in Accra on Sunday. Silva and Wu are "
            "due in Abuja on Wednesday. Jamaica's Prime Minister Ray Lee, who had been announced as part "
            "of the delegation, stayed in Kingston. The chairperson is due back in Bridgetown next week.")
    assert _stops(text) == [("GH", "Accra"), ("NG", "Abuja")]


def test_hosts_only_and_someone_elses_own_visit() -> None:
    text = ("Grand Imam Sheikh Ahmed al-Tayeb began a tour of Southeast Asia. The 80-year-old cleric "
            "arrived in the Indonesian capital on Tuesday and was received by President Budi Santoso. "
            "The order was reshuffled to avoid overlapping with Santoso's own state visit to Saudi "
            "Arabia. Al-Tayeb then flew to Kuala Lumpur.")
    trip = parse(text)
    assert trip.traveler == "Ahmed al-Tayeb"
    assert [(s.code, s.city) for s in trip.stops] == [("ID", "Jakarta"), ("MY", "Kuala Lumpur")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town the gazetteer does not know, named with its country; commitments elsewhere
        ("Governor Ana Silva will be in the South African city on Wednesday and will then travel to "
         "Basel, Switzerland, for a meeting. The absence of a minister, who said he would skip the "
         "meeting due to commitments in Washington, was noted.", [("ZA", None), ("CH", "Basel")]),
        # a month in a relative clause about someone else leaves the stops after it alone
        ("The chairperson will fly to Windhoek on Thursday for meetings with President Rosa Diaz, who "
         "was sworn in in March, and will end the tour in Pretoria.", [("NA", "Windhoek"),
                                                                       ("ZA", "Pretoria")]),
        # "Bahlil was in Abu Dhabi"
        ("Minister Bahlil Lahadalia visited Doha on Wednesday. On Thursday, Bahlil was in Abu Dhabi.",
         [("QA", "Doha"), ("AE", "Abu Dhabi")]),
    ],
)
def test_towns_months_and_was_in(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _stops(text, date(2025, 5, 12)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's word order is no travel order; a cancelled trip of someone else is no drop
        ("King to attend Chile inauguration, then visit Uruguay\n\nKing Tomas II will arrive in Chile "
         "on Tuesday, and will then make a brief visit to Uruguay on Thursday. Former Prime Minister "
         "Ana Silva had been scheduled to visit Uruguay last August, but called off the trip.",
         ["CL", "UY"]),
        # "arrived in Beirut ... from Turkey, the first leg": Turkey first
        ("Pope Leo XIV arrived in Beirut on Sunday afternoon from Turkey, the first leg of a trip that "
         "began on Thursday.", ["TR", "LB"]),
        # "travel together to", "stop over in"
        ("Prime Minister Ana Silva and President Tom Wu will travel together to Cabo Verde, Ghana and "
         "Nigeria. The two leaders will stop over in Praia on Saturday.", ["CV", "GH", "NG"]),
    ],
)
def test_order_from_the_body(text: str, expected: list[str]) -> None:
    assert [code for code, _ in _stops(text, date(2026, 3, 9))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "has also taken Guterres to A and B"; "Samoa's capital Apia"; "Tuvalu is the fourth stop"
        ("Tuvalu is the fourth stop on a Pacific tour that began on Sunday in Papua New Guinea and has "
         "also taken Guterres to Solomon Islands and Vanuatu. UN Secretary-General Antonio Guterres "
         "will fly to Suva on Friday, and will end the tour in Samoa's capital Apia on Sunday.",
         [("PG", None), ("SB", None), ("VU", None), ("TV", None), ("FJ", "Suva"), ("WS", "Apia")]),
        # a planned visit left out of the programme; a body city before a headline's
        ("Minister to visit Turkey; will attend a summit in Istanbul\n\nMinister Ana Silva will arrive "
         "in Ankara on Wednesday. A planned visit to South Korea had been left out of the program.",
         [("TR", "Ankara")]),
        # an acronym in brackets does not end the clause: "the (OIC) Council ... in P"
        ("Minister Ana Silva will attend the OIC (Islamic) Council in Istanbul on June 27.",
         [("TR", "Istanbul")]),
    ],
)
def test_more_tours(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _stops(text, date(2026, 8, 13)) == expected


def test_staying_in_the_capital_and_a_possessive_capital() -> None:
    text = ("Pope Leo will be in Cameroon from Nov. 18 to 21, staying in the capital, Yaoundé. Leo will "
            "then fly to Libreville before ending the trip in Equatorial Guinea's capital Malabo.")
    assert _stops(text) == [("CM", "Yaoundé"), ("GA", "Libreville"), ("GQ", "Malabo")]


def test_leaves_tomorrow_for_and_a_building_then_its_city() -> None:
    text = ("IMF Managing Director Ana Silva yesterday held talks with President Tom Wu at State House, "
            "Nairobi. She leaves tomorrow for the Ghanaian capital Accra.")
    assert _stops(text) == [("KE", "Nairobi"), ("GH", "Accra")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Minister Ana Silva will visit Riyadh on Wednesday. She is scheduled to visit Kuwait City on "
         "Sunday and Muscat on Monday.", ["SA", "KW", "OM"]),
        ("Premier Ana Silva will be in Port Vila on Aug. 9 and 10, in Suva from Aug. 11 to 12, in "
         "Nuku'alofa on Aug. 13 and in Apia on Aug. 14 and 15.", ["VU", "FJ", "TO", "WS"]),
    ],
)
def test_lists_with_days_between(text: str, expected: list[str]) -> None:
    assert [code for code, _ in _stops(text, date(2026, 6, 2))] == expected


def test_a_planned_third_leg_dropped() -> None:
    text = ("Chancellor Ana Silva arrived in Beijing on Saturday. A planned third leg in Hong Kong, where "
            "Silva had been due to meet regulators on Monday, had been dropped.")
    assert _stops(text) == [("CN", "Beijing")]


def test_a_leg_first_planned_first_whose_order_was_reversed_stays() -> None:
    text = ("Minister Ana Silva flew to Tbilisi on Monday. On Wednesday she flew to Yerevan for talks. She "
            "had originally been scheduled to go to Yerevan first, on 8 November, but the order was reversed "
            "after the meeting in Tbilisi was brought forward.")
    assert _stops(text) == [("GE", "Tbilisi"), ("AM", "Yerevan")]


def test_flew_in_from_a_stop_and_a_return_to_it_before_flying_home() -> None:
    text = ("UN Secretary-General Ana Silva made an unannounced visit to Mogadishu on Tuesday. Silva flew "
            "in from the Kenyan capital Nairobi, where she had spent Monday meeting UN agencies. In "
            "Mogadishu, she held talks with the president. Silva was due to return to Nairobi on "
            "Wednesday, before flying back to New York.")
    assert _stops(text) == [("KE", "Nairobi"), ("SO", "Mogadishu"), ("KE", "Nairobi")]


def _cities(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(s.code, s.cities) for s in parse(text).stops]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # cities of one country in a row are one stop, in the order of the trip
        ("President Ana Silva will arrive in Ankara on Thursday for talks. She will then travel to "
         "Istanbul, before flying to Beirut.",
         [("TR", ("Ankara", "Istanbul")), ("LB", ("Beirut",))]),
        # "in Q on Sunday after a day of talks in P": P comes first
        ("Minister Ana Silva met business leaders in Shanghai on Sunday after a day of talks in Beijing.",
         [("CN", ("Beijing", "Shanghai"))]),
        # a city of a second visit is not the first visit's
        ("Premier Ana Silva will visit Tokyo, Seoul and Osaka. She flies to Tokyo on Monday and to "
         "Seoul on Wednesday. Silva will then return to Japan on Friday to visit Osaka.",
         [("JP", ("Tokyo",)), ("KR", ("Seoul",)), ("JP", ("Osaka",))]),
        # a city's leg dropped while another city of the country stays: only the city goes
        ("President Ana Silva will arrive in Algiers on Monday for talks. A hoped-for stop in Oran was "
         "dropped from the programme. Silva will then fly to Tunis.",
         [("DZ", ("Algiers",)), ("TN", ("Tunis",))]),
        # "Delhi" after "New Delhi" is the same city
        ("The ministers landed in New Delhi on Monday. In Delhi, they agreed to relaunch talks. "
         "Silva then flew to Mumbai on Wednesday.",
         [("IN", ("New Delhi", "Mumbai"))]),
        # "heads to Saudi, UAE": a list of places, not a town "Saudi" in the UAE
        ("PM heads to Saudi, UAE\n\nBANGKOK - Prime Minister Ana Silva will visit Saudi Arabia and the "
         "United Arab Emirates. She will fly to Abu Dhabi on Friday.", [("SA", ()), ("AE", ("Abu Dhabi",))]),
    ],
)
def test_cities_of_a_stop(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert _cities(text) == expected


def test_a_stop_s_city_is_where_it_begins() -> None:
    text = "President Ana Silva will arrive in Rio de Janeiro on Monday, then travel to Brasília."
    stop = parse(text).stops[0]
    assert (stop.city, stop.cities) == ("Rio de Janeiro", ("Rio de Janeiro", "Brasília"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "arrived today in this capital" below a title-case dateline with an agency of two words
        ("Minister continues tour\n\nBridgetown, Mar 13 (Prensa Latina) Minister Ana Silva arrived today "
         "in this capital, the second stop of a tour. She visited Kingstown and will go on to Castries.",
         [("VC", ("Kingstown",)), ("BB", ("Bridgetown",)), ("LC", ("Castries",))]),
        # the lines under a headline are no travel order either; "a day after holding talks in P"
        ("Ministers see strongman in Benghazi after Tripoli talks\nMinisters to go to Tunis Thursday\n\n"
         "ROME (ANSA) - Ministers Ana Silva and Marco Rossi met the strongman in Benghazi on Wednesday, a "
         "day after holding talks in Tripoli. The mission will continue on Thursday in Tunis.",
         [("LY", ("Tripoli", "Benghazi")), ("TN", ("Tunis",))]),
        # an arrival told by a spokesperson; "spend Nov. 26-28 in P"; "a ceremony ... in P"
        ("Admiral Ana Silva will visit Mauritius and Japan. The Navy chief arrived in Port Louis on "
         "Monday, spokesperson Marco Rossi said. Silva will spend Nov. 26-28 in Japan, with a welcome "
         "ceremony at the palace in Tokyo.",
         [("MU", ("Port Louis",)), ("JP", ("Tokyo",))]),
    ],
)
def test_cities_from_more_cues(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert _cities(text) == expected


def test_towns_named_with_their_country_s_demonym() -> None:
    text = ("Minister Ana Silva will visit Poland and Chad. She travels to the southern Polish city of "
            "Kielce on Wednesday. In Adre, the dusty Chadian border town where Silva spends Friday, "
            "refugees wait. That in N'Djamena on Saturday she meets the president, aides said.")
    assert _cities(text) == [("PL", ("Kielce",)), ("TD", ("Adre", "N'Djamena"))]


def test_the_leader_is_in_a_city() -> None:
    text = "President Ana Silva will visit India. The French leader is in New Delhi for a summit."
    assert _cities(text) == [("IN", ("New Delhi",))]


def test_a_list_with_a_date_after_each_place() -> None:
    text = ("Minister Ana Silva will spend 4 August in Nuku'alofa, Tonga, before flying to Niue on 5 "
            "August, Tuvalu on 6 August and Kiribati on 7 August. Silva told a news conference in Suva "
            "that the tour ends there.")
    assert [code for code, _ in _stops(text)] == ["TO", "NU", "TV", "KI", "FJ"]


def test_a_stay_there_before_flying_home_is_no_window() -> None:
    text = ("MANILA (AP) - Pope Leo arrived on Friday, January 30, 2026, and stays in Manila until "
            "Monday, February 2, when he flies to Dili. He will spend February 2 to 4 there before "
            "flying back to the Vatican.")
    manila = parse(text).stops[0]
    assert (manila.code, manila.dates[0], manila.dates[-1]) == ("PH", "2026-01-30", "2026-02-02")


def test_a_thing_held_is_no_date_or_place() -> None:
    text = ("Pope Leo will travel to Istanbul to mark the anniversary of the council, held in 325, and will "
            "hold a prayer service with the patriarch.")
    assert parse(text).stops[0].events == ("a prayer service with the patriarch",)


def test_an_itinerary_list_with_dates_in_brackets() -> None:
    text = ("Prime Minister Ana Silva will leave the island on Sunday. The itinerary takes the delegation "
            "to Accra, Ghana (June 8-9); Abuja, Nigeria (June 10-11); and Kigali, Rwanda (June 12-13).")
    assert _stops(text) == [("GH", "Accra"), ("NG", "Abuja"), ("RW", "Kigali")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the Amazon city of P", "the Colombian Caribbean city of P"
        ("Secretary-General Ana Silva will address leaders gathering in the Amazon city of Belém, then "
         "go to the Colombian Caribbean city of Santa Marta.", [("BR", "Belém"), ("CO", "Santa Marta")]),
        # the lines of a programme
        ("Chairperson Ana Silva will visit three countries.\n12/05 – 13/05: Port Sudan, Republic of the "
         "Sudan. Talks with officials.\n14/05: Juba, Republic of South Sudan. Consultations.",
         [("SD", "Port Sudan"), ("SS", "Juba")]),
    ],
)
def test_a_city_of_a_region_and_a_programme(text: str, expected: list[tuple[str, str]]) -> None:
    assert _stops(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the place before "before returning home" is the last stop, not home
        ("PTI: Prime Minister Ana Silva will visit Qatar and Oman. On Friday, Silva will address the "
         "diaspora in Doha before returning home.", ["QA", "OM"]),
        # "arriving back in P ... after": home, not a stop; "lead a delegation to" lists the tour;
        # "spend two days in P" is a stop
        ("Prime Minister Ana Silva will lead a delegation to Samoa, Tonga and Niue. She will spend two "
         "days in Apia, then fly to Niue, arriving back in Auckland on Saturday after the last leg.",
         ["WS", "TO", "NU"]),
        # the plan before it changed is not the tour's order
        ("Prime Minister Ana Silva will fly to Samoa on Monday and to Tonga on Wednesday, then Niue. "
         "A planned stop in the Cook Islands was put off. The trip was originally pitched as a visit "
         "to Niue, Tonga and the Cook Islands.",
         ["WS", "TO", "NU"]),
        # where the trip sets out from, and the return there at its end, are not stops
        ("Pope Leo will fly from Rome to Ankara on Nov. 27. Later he will fly to Beirut. He will "
         "return to Rome on Dec. 2 after a Mass.", ["TR", "LB"]),
        # a dropped list; a brief stop studied but dropped
        ("Dr Ana Silva cut short her tour, abandoning planned visits to Rwanda and Uganda. She was in "
         "Juba on Monday and flew to Kinshasa.", ["SS", "CD"]),
        ("King Ana visits Uruguay and Paraguay. A brief stop in Buenos Aires had been studied but was "
         "dropped.", ["UY", "PY"]),
        # home is that of the one travelling with the traveller
        ("Xi held talks with Thai King Maha Silva and Queen Ana, who arrived in Beijing on Thursday. "
         "The couple will travel to Chengdu before departing for Bangkok.", ["CN"]),
        # others on the move are not the traveller
        ("Minister Ana Silva flew from Tripoli to Benghazi. Officials will help Libyans who travel to "
         "Malta for treatment.", ["LY"]),
        # a date between the verb and "to"
        ("His Highness will attend a forum in Jakarta before travelling on 23rd October to Kuala Lumpur.",
         ["ID", "MY"]),
        # the place gone back to at the end is home
        ("Patriarch Ana Silva has arrived in Damascus. On Wednesday she will celebrate mass before "
         "returning to Lebanon in the afternoon.", ["SY"]),
        # a facility named for someone is no city
        ("Mayor Ana Silva will be in Madrid on Monday to tour the Santiago Bernabéu stadium, and in Paris "
         "on Wednesday.", ["ES", "FR"]),
        ("Secretary-General Ana Silva landed at Aden Adde International Airport in Mogadishu.", ["SO"]),
        # a stop considered, but not made
        ("General Ana Silva will visit the UAE. He had originally considered adding a stop in Riyadh but "
         "decided to focus on the UAE.", ["AE"]),
        # flying back to a city arrived in earlier in the trip is not going home
        ("Secretary-General Ana Silva arrived in the Kenyan capital on Sunday. She flew to Mogadishu on "
         "Tuesday. Silva was due to fly back to Nairobi later on Tuesday, then go on to Addis Ababa.",
         ["KE", "SO", "KE", "ET"]),
        # "arrived in Q on Tuesday after spending Sunday and Monday in P": P first
        ("Imam Ana Silva arrived in Dakar on Tuesday after spending Sunday and Monday in Nouakchott, "
         "where he met the president.", ["MR", "SN"]),
        # earlier trips, wishes and plans that came to nothing, someone else's visit
        ("Queen Ana Silva will visit Italy. It will be her fourth state visit since her accession, after "
         "trips to Germany, France and Kenya.", ["IT"]),
        ("Prime Minister Ana Silva visited Iran. She had earlier visited Saudi Arabia and the United Arab "
         "Emirates in recent months.", ["IR"]),
        ("Prime Minister Ana Silva flew to Manila. She traveled to Malaysia that month for a summit.",
         ["PH"]),
        ("President Ana Silva visited Hanoi and Jakarta. Officials had floated a stop in Kuala Lumpur, but "
         "it was never confirmed.", ["VN", "ID"]),
        ("Prime Minister Ana Silva flew to Kuala Lumpur. He had explored the possibility of traveling to "
         "the United States, but no such meeting has been arranged.", ["MY"]),
        ("President Ana Silva arrived in Doha. Qatar and Egypt guaranteed the ceasefire agreement signed at "
         "a summit in Sharm el-Sheikh.", ["QA"]),
        ("Prime Minister Ana Silva will visit Japan and China. Chinese Foreign Minister Wang Yi visited New "
         "Delhi last week and held a meeting with Silva.", ["JP", "CN"]),
        # home: arriving back at the end of the trip, returning the following day
        ("Prime Minister Ana Silva will visit Manila and Canberra. She is scheduled to leave Canberra on "
         "Saturday night and arrive back in Tokyo on Sunday morning.", ["PH", "AU"]),
        ("King Ana and Queen Rosa will visit the Dominican Republic and Panama. The visit will conclude on "
         "Thursday, and the King and Queen will return to Spain the following day.", ["DO", "PA"]),
        # where the visitor comes from, and landing there at the end, is home
        ("Prime Minister Ana Silva will begin her tour in Accra. In the second leg, she will be in Buenos "
         "Aires on July 4, the first prime ministerial visit from India to Argentina in 57 years.",
         ["GH", "AR"]),
        ("President Ana Silva visited Egypt and Turkey. Her plane landed at Seoul Air Base in Seongnam, "
         "just south of Seoul, concluding her first tour of the Middle East.", ["EG", "TR"]),
        # "the P leg" is a stop of the tour
        ("Minister Ana Silva will visit Tonga and Fiji. The Cook Islands leg is expected to be the most "
         "delicate.", ["TO", "FJ", "CK"]),
        # where the trip sets out from, even when named only in a headline; "after which" orders
        ("Silva departs Abuja Saturday for Saint Lucia and Brazil\n\nPresident Ana Silva will on Saturday "
         "depart Abuja for an official visit to Saint Lucia, after which she will proceed to Brazil.",
         ["LC", "BR"]),
        # other times: a sentence opening with one, a month with "late", "the latest in a stretch of"
        ("Foreign Minister Ana Silva will visit Namibia and Chad. In January last year, Silva visited Egypt, "
         "Tunisia and Togo.", ["NA", "TD"]),
        ("Pope Leo will visit Algeria from May 6 to 9. His first trip, in late November, took him to "
         "Turkey and Lebanon.", ["DZ"]),
        ("President Ana Silva will visit Egypt and Turkey. The trip is the latest in a busy stretch of "
         "diplomacy that has included visits to Japan and Chile.", ["EG", "TR"]),
        # a plan explored but not made, with a date's abbreviation before the "but"
        ("Prime Minister Ana Silva flew to Kuala Lumpur. He had explored the possibility of traveling to "
         "the United States before the Jan. 20 inauguration, but no meeting has been arranged.", ["MY"]),
        # a maybe, and others holding talks
        ("President Ana Silva will visit Saudi Arabia and Qatar. Silva has spoken of possibly traveling on "
         "to Turkey if the talks progress.", ["SA", "QA"]),
        ("President Ana Silva will visit Saudi Arabia and Qatar. U.S. and Iranian negotiators held talks "
         "in Oman on Sunday.", ["SA", "QA"]),
        ("Commissioner Ana Silva will visit Tirana and Skopje. EU foreign ministers are due to discuss the "
         "issue at a meeting in Brussels later this month.", ["AL", "MK"]),
        # a stop that might be added, one not planned, an earlier stay
        ("Secretary-General Ana Silva will visit Nouakchott and Dakar. Asked whether she might add a stop in "
         "Bamako or Niamey, her spokesman said there were no plans.", ["MR", "SN"]),
        ("Prime Minister Ana Silva will visit Warsaw and Riga. Silva does not plan to travel to Ukraine on "
         "this trip. Silva was last in Europe in July for a summit in Ankara.", ["PL", "LV"]),
        # a final stop cancelled is dropped; a last leg pushed back to another day stays
        ("Minister Ana Silva visited Riyadh and Doha. A final stop in Kuwait City, planned for 23 January, "
         "was cancelled at short notice.", ["SA", "QA"]),
        ("President Ana Silva will visit Tirana and Skopje. The final leg in Sarajevo, originally pencilled "
         "in for Thursday morning, was pushed back to Friday.", ["AL", "MK", "BA"]),
        # a place as an adjective, a meeting held before, a stop left out or never considered
        ("Minister Ana Silva will visit Chisinau and Yerevan. Armenia has frozen its participation in the "
         "Moscow-led security bloc.", ["MD", "AM"]),
        ("Minister Ana Silva will visit Tokyo and Seoul. The two defence chiefs had previously met on the "
         "sidelines of a NATO meeting in Brussels.", ["JP", "KR"]),
        ("Chairperson Ana Silva will visit Luanda and Kigali. A stop in Port Sudan, which had been floated "
         "earlier this month, is not included in the final programme.", ["AO", "RW"]),
        ("President Ana Silva visited Cairo and Ankara. A stop in Iran was never seriously considered, one "
         "official said.", ["EG", "TR"]),
        # a question and a plan for later are not the trip
        ("Premier Ana Silva will visit Astana and Bishkek. Asked whether Silva would stop in Uzbekistan or "
         "Tajikistan, the spokeswoman said she had no information.", ["KZ", "KG"]),
        # the host acted on is no traveller; "flew into P from Q, where"; flying home from a stop
        ("Ministers press Serbia's Vucan on EU path\n\nBelgrade (AFP) - The ministers on Tuesday pressed "
         "Serbian President Marko Vucan to align with EU policy. Ana Silva and Rosa Berg flew into Belgrade "
         "from Pristina, where on Monday they urged Kosovo's leaders to talk. On Wednesday the pair heads to "
         "Sarajevo. Both ministers will fly home from the Bosnian capital on Wednesday evening.",
         ["XK", "RS", "BA"]),
        # "talks in P ..., before traveling on Friday to Q": P before Q, whatever the lede's order
        ("President Ana Silva will travel to Europe on a trip that includes talks in Madrid, an audience "
         "with the pope and meetings in Brussels. Silva will begin the trip Monday in Madrid. On Wednesday "
         "she will be received by the pope in Vatican City. The following day Silva is to hold talks in "
         "Rome with the premier, whose government has signed agreements with Quito, before traveling on "
         "Friday to Brussels.", ["ES", "VA", "IT", "BE"]),
        # a beginning planned, then changed: "flew first to P" wins
        ("Secretary-General Ana Silva finally landed in Port-au-Prince on Friday. Her trip was supposed to "
         "begin in the Haitian capital. But the airport closed, and Silva flew first to Santo Domingo, and "
         "went on to Haiti later. She ended the tour in Basseterre.", ["DO", "HT", "KN"]),
        # an itinerary laid out after a colon, "finalised days before departure"
        ("President Ana Silva returned home from a tour. The talks in Cairo went well. The itinerary, "
         "finalised only days before departure, ran as follows: Abu Dhabi on April 9, Ankara the next day, "
         "Cairo on April 12, Doha on April 14 and Amman on April 15.", ["AE", "TR", "EG", "QA", "JO"]),
        # "flew into Q on Tuesday from P", and a country suspended from a bloc is no dropped stop
        ("Imam Ana Silva flew into Tashkent on Tuesday evening from the Kazakh capital, Astana, where he had "
         "spent Monday.", ["KZ", "UZ"]),
        ("The chair Ana Silva will travel to Sudan and South Sudan. She will fly to Port Sudan on Monday. "
         "Sudan was suspended from the African Union after the coup.", ["SD", "SS"]),
        # a dateline city with a host of its country is a stop; "flew in ... from P" came before it
        ("SUVA, Jan. 10 Kyodo - Japanese Foreign Minister Ana Silva on Saturday pledged aid in talks with "
         "Fijian Prime Minister Tom Berg. Silva, who flew in earlier in the day from Port Moresby, told Berg "
         "that Japan would help. She heads to Samoa on Sunday.", ["PG", "FJ", "WS"]),
        # "the ancient Silk Road city of P"; arriving back in P the next morning: home
        ("President Ana Silva will visit Astana and Tashkent. On the final day, Silva will travel to the "
         "ancient Silk Road city of Samarkand. She is scheduled to depart Samarkand late that evening and "
         "arrive back in Seoul the next morning.", ["KZ", "UZ"]),
        # no plans to stop in P; others who combine trips to P
        ("Secretary Ana Silva will visit Tokyo and Manila. Silva has no plans to stop in China, her "
         "spokesman said.", ["JP", "PH"]),
        ("President Ana Silva will visit Tashkent. Uzbekistan is courting Malaysians who combine trips to "
         "Istanbul with holidays.", ["UZ"]),
        # "engagements in P" after a beginning; a leg that took the traveller by role to P
        ("Prime Minister Ana Silva began her official engagements in Accra on Monday. The final leg of the "
         "mission took the Prime Minister to Nairobi.", ["GH", "KE"]),
        ("Pope Leo visited Algiers and Luanda. Vatican officials are studying a visit to Peru, possibly "
         "combined with Argentina and Uruguay, for later this year.", ["DZ", "AO"]),
    ],
)
def test_stop_cues_from_the_held_out_rounds(text: str, expected: list[str]) -> None:
    """Which places are stops, and their order, for the phrasings later held-out sets showed."""
    assert [code for code, _ in _stops(text)] == expected


def test_a_style_stands_for_the_travelling_patriarch() -> None:
    """ "His All-Holiness will be flown to Tallinn", with another cleric named beside: his city."""
    text = ("Ecumenical Patriarch Bartholomew will visit Lithuania and Estonia. He will be received in "
            "Vilnius. On Sunday, His All-Holiness will be flown to Tallinn, in the presence of Metropolitan "
            "Stephanos.")
    assert _stops(text) == [("LT", "Vilnius"), ("EE", "Tallinn")]


def test_will_move_to_a_city_is_travel_and_others_moving_are_not() -> None:
    text = ("Minister Ana Silva arrived in Warsaw on Monday. On Wednesday, Silva will move to Bucharest to "
            "meet her counterpart. Up to 280 Tuvaluans a year can move to Australia, and children were "
            "forcibly moved to Russia.")
    assert _stops(text) == [("PL", "Warsaw"), ("RO", "Bucharest")]


def test_an_earlier_trip_is_no_stop_nor_a_second_visit() -> None:
    text = ("Prime Minister Ana Silva began the trip on Tuesday in Nouakchott, then flew to Dakar and "
            "Banjul. In February 2024 she visited Nouakchott, and she returned to Mauritania and Senegal "
            "that August. She was in Baghdad last week for talks.")
    assert [code for code, _ in _stops(text, date(2026, 5, 8))] == ["MR", "SN", "GM"]


def test_a_list_of_places_with_their_days_ranges_included() -> None:
    text = ("Foreign Minister Ana Silva will tour the North Pacific. She visits Nauru on 2 May, the Marshall "
            "Islands capital Majuro on 3 and 4 May, and Palikir, on the island of Pohnpei, on 5 May.")
    assert _stops(text) == [("NR", None), ("MH", "Majuro"), ("FM", "Palikir")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place joined to another by a hyphen is an adjective
        ("Deputy Prime Minister Ana Silva will visit Colombo and Male. Silva will deliver the keynote at the "
         "Singapore-Sri Lanka Business Forum.", ["LK", "MV"]),
        # the past year, someone else's meeting last week, previous tours
        ("Commissioner Ana Silva will visit Mexico City and Brasilia. Silva has spent much of the past year "
         "in talks with officials in Washington.", ["MX", "BR"]),
        ("President Ana Silva will visit Berlin and Paris. An envoy met the Russian leader in Moscow last "
         "week.", ["DE", "FR"]),
        ("The imam Ana Silva toured Jakarta and Kuala Lumpur. She has also visited Singapore and Brunei "
         "during previous Asian tours.", ["ID", "MY"]),
    ],
)
def test_more_places_of_other_times_and_other_words(text: str, expected: list[str]) -> None:
    assert [code for code, _ in _stops(text)] == expected


def test_calling_on_a_host_in_a_city_is_being_there() -> None:
    text = ("Minister Ana Silva will visit Jamaica and Guyana. Silva will be in Guyana, where she is "
            "scheduled this week to call on Guyanese President Mohamed Tom Berg in Georgetown and review the "
            "agreements.")
    assert _stops(text)[-1] == ("GY", "Georgetown")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # someone else's death or journey before "in P"; developments in P are a topic
        ("Imam Ana Silva will visit Nairobi and Kampala. She became Imam after the death of her father, "
         "Prince Tom Berg, in Lisbon, Portugal, on February 4.", [("KE", "Nairobi"), ("UG", "Kampala")]),
        ("Imam Ana Silva will visit Nairobi and Kampala. The community dates back to traders who arrived "
         "from Gujarat in India in the 19th century.", [("KE", "Nairobi"), ("UG", "Kampala")]),
        ("King Omar visited Brussels and Berlin. Talks also covered developments in Syria and Lebanon.",
         [("BE", "Brussels"), ("DE", "Berlin")]),
    ],
)
def test_other_lives_topics_and_towns(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _stops(text) == expected


def test_a_town_named_with_in_and_its_country_is_a_city_of_the_stop() -> None:
    text = ("Deputy Secretary-General Ana Silva will visit N'Djamena. On 2 December she will travel to Adré, "
            "in eastern Chad, near the border.")
    assert [s.cities for s in parse(text).stops] == [("N'Djamena", "Adré")]


def test_a_visit_that_takes_his_majesty_to_places() -> None:
    text = ("King Omar arrived in Brussels on Monday, in the first leg of a visit that will also take His "
            "Majesty to Strasbourg on Wednesday and Berlin on Thursday.")
    assert [code for code, _ in _stops(text)] == ["BE", "FR", "DE"]


def test_a_programme_of_dated_lines_and_a_mission_led_to_a_list() -> None:
    # "will lead a Team X trade mission to A, B and C"; "March 23 and 24 - Manila, Philippines:" is
    # a programme line; "March 20, 2026 - Ottawa, Ontario -" is the release's dateline, no stop
    text = ("March 20, 2026 - Ottawa, Ontario - Ministry of Trade\n\n"
            "Today, the Honourable Ana Silva, Minister of Trade, announced that she will lead a Team "
            "Atlantic trade mission to Kenya and Ghana.\n\nThe program will include:\n\n"
            "March 23 and 24 - Nairobi, Kenya: meetings with officials.\n\n"
            "March 25 - Accra, Ghana: a business forum.")
    assert _stops(text) == [("KE", "Nairobi"), ("GH", "Accra")]


def test_a_sentence_opening_with_separately_is_another_story() -> None:
    text = ("Prime Minister Ana Silva arrived in Santiago on Monday. Separately, the environment "
            "secretary is leading a trade mission to Mexico this week.")
    assert _stops(text) == [("CL", "Santiago")]


def test_a_programme_in_bullets() -> None:
    text = ("KINGSTON, 11 March (AFP) - Commissioner Ana Silva held talks in Kingston on Wednesday. The rest "
            "of the tour runs as follows:\n\n- Thursday 12 March: Bridgetown, Barbados, talks with officials."
            "\n- Friday 13 March: Port of Spain, Trinidad and Tobago, meeting executives.")
    assert [code for code, _ in _stops(text)] == ["JM", "BB", "TT"]


def test_abandoning_an_ally_is_no_dropped_stop() -> None:
    text = ("TAIPEI, May 12 (Reuters) - President Ana Silva said on Tuesday her country would not abandon "
            "Taiwan. Silva, who arrived in Taipei on Monday, will fly to Tokyo on Thursday.")
    assert [code for code, _ in _stops(text)] == ["TW", "JP"]


def test_from_one_place_to_another_inside_a_quotation_is_no_journey() -> None:
    text = ('Patriarch Ana Silva arrived in Amman on Saturday. "At a time when Christians in the region, '
            'from Syria to Palestine, are under pressure, the visit sends a message," Tom Berg said.')
    assert [code for code, _ in _stops(text)] == ["JO"]


def test_a_country_named_like_its_capital_gives_the_city() -> None:
    text = ("Prime Minister Ana Silva arrived in Luanda on Monday. She will travel to Sao Tome on Wednesday "
            "and to Maputo on Friday.")
    assert [s.cities for s in parse(text).stops] == [("Luanda",), ("São Tomé",), ("Maputo",)]


def test_a_meeting_ahead_of_which_the_traveller_returns_home_is_after_the_trip() -> None:
    text = ("Defence Secretary Ana Silva visited Tallinn on Monday and Riga on Tuesday. She will return to "
            "London on Friday ahead of a meeting of defence ministers in Brussels the following week.")
    assert [code for code, _ in _stops(text)] == ["EE", "LV"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the Imam" is the traveller: a role said after the titled name counts too
        ("Prince Tom Berg, the 50th hereditary Imam of the community, arrived in Dushanbe on Friday. On "
         "Monday the Imam was received in Bishkek by Kyrgyz President Ana Silva.",
         [("TJ", "Dushanbe"), ("KG", "Bishkek")]),
    ],
)
def test_the_traveller_by_any_of_their_roles(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _stops(text) == expected


def test_two_offices_written_with_a_slash_are_one_title() -> None:
    text = "High Representative/Vice-President Ana Silva will travel to Astana on Tuesday."
    people = [(p.name, p.role) for p in parse(text).people]
    assert people == [("Ana Silva", "High Representative Vice-President")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the end of apartheid in P" is no tour ending there
        ("Foreign Minister Ana Silva arrived in Havana on Monday. Cuba's support contributed to the end of "
         "apartheid in South Africa, she said.", ["CU"]),
        # an accord signed between two parties in P, before the trip
        ("King Omar visited Brussels and Berlin. He noted the partnership signed between Jordan and the EU "
         "in Amman in January 2025.", ["BE", "DE"]),
        # a quotation that goes on into the next sentence
        ("Minister Ana Silva arrived in Suva on Monday. \"Everybody is turning up now, from Washington to "
         "Tokyo to Beijing. For Pacific leaders that is a chance,\" Tom Berg said.", ["FJ"]),
        # what the traveller did last month
        ("King Omar arrived in Tokyo on Monday. The King last month took part in a peace summit in Egypt.",
         ["JP"]),
    ],
)
def test_endings_accords_quotations_and_last_month(text: str, expected: list[str]) -> None:
    assert [code for code, _ in _stops(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("King Omar will visit Santo Domingo and San Jose. A planned stop in Panama, which had been "
         "discussed at an early stage, will not take place, the palace said.", ["DO", "CR"]),
        ("Prime Minister Ana Silva arrived in Riyadh on Monday. Asked whether the prime minister would stop "
         "over in the United Arab Emirates on his way back, the spokesman said no.", ["SA"]),
        ("President Ana Silva arrived in Sierra Leone on Tuesday and goes on to Abidjan. She had been due "
         "to end the trip in Dakar on Saturday.", ["SL", "CI"]),
    ],
)
def test_stops_that_will_not_take_place(text: str, expected: list[str]) -> None:
    assert [code for code, _ in _stops(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dateline's city is the city of its country's stop when the text names no other
        ("LIMA, Oct 14 (AFP) - President Ana Silva began a state visit to Peru on Monday, the first by a "
         "leader of her country.", [("PE", "Lima")]),
        # "the two leaders" include the traveller: no others acting
        ("President Ana Silva arrived in Sierra Leone on Tuesday. The two leaders are due to hold talks in "
         "Freetown on Wednesday.", [("SL", "Freetown")]),
    ],
)
def test_the_dateline_city_and_the_two_leaders(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _stops(text) == expected


def test_a_title_case_dateline_without_a_comma() -> None:
    text = ("Buenos Aires (AFP) - President Ana Silva wrapped up a two-day visit to Argentina on Friday, "
            "her first trip abroad.")
    assert _stops(text) == [("AR", "Buenos Aires")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("President Ana Silva will fly to Uzbekistan on Monday. Talks with Uzbek President Tom Berg and his "
         "ministers are scheduled to take place in Samarkand.", [("UZ", "Samarkand")]),
        ("The emir arrived in Malaysia on Tuesday. The emir was welcomed on Wednesday at Istana Negara, the "
         "national palace in Kuala Lumpur.", [("MY", "Kuala Lumpur")]),
    ],
)
def test_talks_taking_place_and_a_palace_in_a_city(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _stops(text) == expected


def test_a_comma_item_that_and_joins_to_no_place_ends_no_list() -> None:
    text = ("Pope Leo will land in Ankara next Thursday on a six-day trip that will take him to two Turkish "
            "cities before he flies on to Lebanon, the Vatican and Turkish officials have said.")
    assert [code for code, _ in _stops(text)] == ["TR", "LB"]


def test_heading_to_a_country_again_is_a_second_visit() -> None:
    text = ("President Ana Silva held talks in Berlin on Monday. On Tuesday she met officials in Paris. She "
            "will travel on to Rome on Thursday, before heading to Germany again for the Munich Security "
            "Conference.")
    assert [(s.code, s.cities) for s in parse(text).stops] == [
        ("DE", ("Berlin",)), ("FR", ("Paris",)), ("IT", ("Rome",)), ("DE", ("Munich",))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("President Ana Silva arrived in Male on Monday. He previously visited India, China, the United Arab "
         "Emirates and Japan on official visits.", ["MV"]),
        ("President Ana Silva will visit Doha and Riyadh. She has already visited China and Turkey since "
         "taking office.", ["QA", "SA"]),
        ("King Omar arrived in Suva on Monday. He had not made a state visit within the Pacific since 2019, "
         "when he travelled to Papua New Guinea.", ["FJ"]),
    ],
)
def test_visits_before_this_trip(text: str, expected: list[str]) -> None:
    assert [code for code, _ in _stops(text)] == expected


def test_a_journey_home_outweighs_the_country_of_someone_named_with_the_traveller() -> None:
    text = ("Defense Secretary Ana Silva arrived in Canberra on Tuesday to meet Australian Defence Minister "
            "Tom Berg. Silva and Berg co-chaired the ministerial meeting during the visit. Silva will return "
            "to Manila on Saturday after the trip.")
    assert _stops(text) == [("AU", "Canberra")]


def test_pastoral_visits_made_before() -> None:
    text = ("Pope Tawadros arrived in Nairobi on Monday. He has previously made pastoral visits to "
            "Australia, Canada and the United States.")
    assert _stops(text) == [("KE", "Nairobi")]


def test_the_minister_is_the_minister_of_foreign_trade_named_first() -> None:
    text = ("Peru's Minister of Foreign Trade and Tourism, Ana Silva, began a tour of Asia on Monday. The "
            "tour began in Singapore, where the minister met officials. The minister then travelled to "
            "Jakarta. There, Silva and Indonesian Trade Minister Tom Berg agreed to set up a working group. "
            "The minister ended the tour in Manila, where Berg's counterpart hosted a business forum.")
    trip = parse(text)
    assert trip.traveler == "Ana Silva"
    assert [code for code, _ in _stops(text)] == ["SG", "ID", "PH"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name of a corridor is no place visited
        ("Vice-President Ana Silva will on Monday depart for Luanda, the Angolan capital, where she will "
         "represent the president at the Lobito Corridor Investment Summit.", [("AO", ("Luanda",))]),
        # "travel with X to P"
        ("President Ana Silva arrived in Tashkent on Monday. On Tuesday she will travel with Tom Berg to the "
         "ancient Silk Road city of Samarkand.", [("UZ", ("Tashkent", "Samarkand"))]),
    ],
)
def test_a_corridor_and_travelling_with_someone(
    text: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    assert [(s.code, s.cities) for s in parse(text).stops] == expected


def test_where_someone_else_spoke_is_no_stop() -> None:
    text = ("Prime Minister Ana Silva arrived in Port Vila on Wednesday. Speaking in Suva yesterday, Mr Tom "
            "Berg said the tour would open new markets.")
    assert _stops(text) == [("VU", "Port Vila")]


def test_a_place_joined_to_a_region_by_a_hyphen_names_a_forum() -> None:
    text = ("Minister Ana Silva arrived in Lima on Monday. She will also deliver a keynote address at the "
            "Singapore-Latin America Business Forum.")
    assert _stops(text) == [("PE", "Lima")]


def test_a_host_travelling_with_the_traveller_gives_no_home() -> None:
    text = ("Prime Minister Ana Silva will travel to Japan on August 29 to meet Japanese Prime Minister Tom "
            "Berg. On August 30, Silva and Berg will travel together to Sendai to visit a plant.")
    assert _stops(text) == [("JP", "Sendai")]


def test_a_group_led_by_someone_else_is_another_story() -> None:
    text = ("Trade Minister Ana Silva arrived in Santiago on Monday. The visit comes after Chile's new "
            "government, led by President Tom Berg, signalled it wanted closer ties with Asia, and ahead of "
            "the leaders' meeting in Shenzhen, China, in November.")
    assert [code for code, _ in _stops(text)] == ["CL"]


def test_places_with_their_days_after_a_colon_are_stops_in_text_order() -> None:
    text = ("Minister Ana Silva began the tour in Port Moresby on Monday. He spent the rest of the week "
            "hopping across the region: Suva on Tuesday, Nuku'alofa on Wednesday, and Apia on Thursday. The "
            "tour ended in Funafuti on Friday.")
    assert [code for code, _ in _stops(text)] == ["PG", "FJ", "TO", "WS", "TV"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prime Minister Ana Silva arrived in Saudi Arabia on Monday. During his two days in Riyadh, Silva "
         "held a meeting with the crown prince.", [("SA", "Riyadh")]),
        ("King Omar arrived in New Delhi on Monday. The visit will also see discussions on Bhutan's access "
         "to ports in Bangladesh, officials said.", [("IN", "New Delhi")]),
    ],
)
def test_days_spent_in_a_city_and_ports_as_a_topic(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _stops(text) == expected


def test_a_place_where_the_traveller_is_due_to_arrive() -> None:
    text = ("Prime Minister Ana Silva arrived in Apia on Tuesday. The trip has been dogged by questions "
            "about the Cook Islands, where Silva is due to arrive on Thursday.")
    assert [code for code, _ in _stops(text)] == ["WS", "CK"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a leg's start is no tour's start; "the tour opened in P" is
        ("Secretary-General Ana Silva wrapped up a tour of Kyrgyzstan, Tajikistan and Uzbekistan. The tour "
         "opened in Bishkek on 15 September. The Uzbek leg of the tour, which included two cities, began in "
         "Tashkent on 19 September.", ["KG", "TJ", "UZ"]),
        # "the second leg of an Asian tour that began in Taiwan": the tour's start
        ("President Ana Silva arrived in Tokyo on Monday, the second leg of an Asian tour that began in "
         "Taiwan.", ["TW", "JP"]),
    ],
)
def test_where_a_leg_and_where_the_tour_began(text: str, expected: list[str]) -> None:
    assert [code for code, _ in _stops(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Foreign Minister Ana Silva arrived in Pristina on Thursday. Next came Skopje, where she discussed "
         "rail links. The most delicate stop was Belgrade on Saturday.", ["XK", "MK", "RS"]),
        ("Secretary General Ana Silva arrived in Funafuti on Monday. The last leg would take the Secretary "
         "General to Majuro on Friday.", ["TV", "MH"]),
    ],
)
def test_next_came_the_stop_was_and_taking_the_secretary_general(text: str, expected: list[str]) -> None:
    assert [code for code, _ in _stops(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("King Omar and Queen Ana arrived in Mombasa on Thursday. This morning they flew from Nairobi to the "
         "coastal city of Mombasa.", [("KE", ("Nairobi", "Mombasa"))]),
        ("King Omar concluded his state visit to Vietnam in Ho Chi Minh City. The three-day visit began on "
         "Tuesday in Hanoi with a welcome ceremony.", [("VN", ("Hanoi", "Ho Chi Minh City"))]),
    ],
)
def test_the_order_of_a_visits_cities(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert [(s.code, s.cities) for s in parse(text).stops] == expected


def test_a_stop_added_to_the_schedule() -> None:
    text = ("Prime Minister Ana Silva leaves for Riyadh on Tuesday. A stopover in Abu Dhabi on Thursday was "
            "added to the schedule late on Saturday after the UAE President, Tom Berg, invited her.")
    assert [code for code, _ in _stops(text)] == ["SA", "AE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("President Ana Silva arrived in Dar es Salaam on Monday. She will fly to the capital Dodoma on "
         "Wednesday for talks.", [("TZ", ("Dar es Salaam", "Dodoma"))]),
    ],
)
def test_a_city_reached_in_more_words(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert [(s.code, s.cities) for s in parse(text).stops] == expected


def test_a_trip_told_afterwards_falls_in_the_months_it_names() -> None:
    text = ("BRUSSELS, Feb 13 (Reuters) - Commissioner Ana Silva wrapped up a regional tour in Damascus this "
            "week. Silva began the trip in Amman on Feb. 9. Her office said she would visit Cairo and Tunis "
            "in March.")
    assert [code for code, _ in _stops(text)] == ["JO", "SY"]


def test_boats_crossing_to_a_place_are_not_the_traveller() -> None:
    text = ("Director-General Ana Silva visited Djibouti on Monday. She added a stop in Bosaso, a port in "
            "Somalia. Bosaso is another embarkation point for boats crossing to Yemen.")
    assert [code for code, _ in _stops(text)] == ["DJ", "SO"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # named only in its airport's name: the country
        ("King Tom Berg landed at Taoyuan International Airport on Sunday. He will meet leaders in Taipei "
         "and then travel to Kaohsiung.", [("TW", ("Taipei", "Kaohsiung"))]),
        # named in the city too: the city
        ("Prime Minister Ana Silva landed at Dubai International Airport on Sunday. In Dubai she met "
         "investors.", [("AE", ("Dubai",))]),
    ],
)
def test_a_city_named_in_an_airport(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert [(s.code, s.cities) for s in parse(text).stops] == expected


def test_arriving_back_where_the_trip_set_out_from_is_no_stop() -> None:
    text = ("Archbishop Ana Silva will arrive in Juba on the 14th and fly to Kampala on the 17th. She will "
            "leave Kampala on the 18th, arriving back in London on the 20th.")
    assert [code for code, _ in _stops(text)] == ["SS", "UG"]


def test_a_family_name_back_is_no_return() -> None:
    text = ("Minister Ana Silva will visit Japan. He will then travel to South Korea, where he will hold "
            "talks with Defense Minister Ahn Gyu Back in Seoul on Thursday.")
    assert [(s.code, s.cities) for s in parse(text).stops] == [("JP", ()), ("KR", ("Seoul",))]


def test_the_second_leg_of_a_visit_reaches_a_city() -> None:
    text = ("Finance Minister Ana Silva will visit Japan and South Korea from May 11 to 15. She will be in "
            "Tokyo first. In the second leg of her visit, Silva will reach Seoul on the 14th.")
    assert [(s.code, s.cities) for s in parse(text).stops] == [("JP", ("Tokyo",)), ("KR", ("Seoul",))]


def test_a_tour_ended_with_a_stop_somewhere() -> None:
    text = ("Commissioner Ana Silva ended a week-long tour of the Western Balkans with an unscheduled stop "
            "in Moldova on Sunday. Silva began the tour in Tirana on Monday and went on to Podgorica.")
    assert [code for code, _ in _stops(text)] == ["AL", "ME", "MD"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dateline's place, where the article says the tour wraps up: its last stop
        ("SKOPJE (AFP) - Commissioner Ana Silva on Thursday urged North Macedonia to act, wrapping up a "
         "four-day Balkans tour. Silva arrived in Tirana on Monday and went on to Podgorica.",
         ["AL", "ME", "MK"]),
        # ... not where the traveller returned home after it
        ("SEPANG, Aug 9 (Bernama) -- King Tom Berg returned home this morning after concluding a state visit "
         "to Russia. He was in Moscow and Kazan.", ["RU"]),
        # an earlier trip "since 2017, when"
        ("Mayor Ana Silva will visit India next week. It will be her first visit to India since 2017, when a "
         "South Asia tour also took her to Pakistan.", ["IN"]),
        # things that go somewhere
        ("Minister Ana Silva will visit Brazil and Paraguay. Brazil exports soybeans, most of which go to "
         "China.", ["BR", "PY"]),
    ],
)
def test_a_tour_wrapped_up_where_the_dateline_is_and_others_going(text: str, expected: list[str]) -> None:
    assert [code for code, _ in _stops(text)] == expected


def test_a_visits_cities_in_the_order_of_their_days() -> None:
    text = ("LAGOS, March 5, 2026 (Reuters) - Prime Minister Ana Silva met industrialists in Lagos on "
            "Thursday on the third day of a visit to Nigeria. Silva arrived in Abuja on Tuesday and held "
            "talks with the president. She is due to travel on Friday to Port Harcourt.")
    assert [(s.code, s.cities) for s in parse(text).stops] == [("NG", ("Abuja", "Lagos", "Port Harcourt"))]


def test_a_visits_dated_cities_in_the_order_of_their_days_around_an_undated_one() -> None:
    text = ("SHANGHAI, Nov. 6 (Xinhua) -- Vice President Ana Silva spoke at an expo in Shanghai on Thursday. "
            "Silva arrived in Beijing on Sunday and spent three days in the Chinese capital. She travelled "
            "to Shanghai on Wednesday. She will also visit Shenzhen.")
    stops = parse(text, published=date(2025, 11, 6)).stops
    assert [(s.code, s.cities) for s in stops] == [("CN", ("Beijing", "Shanghai", "Shenzhen"))]


def test_a_day_trip_shelved_after_a_long_clause() -> None:
    text = ("Archbishop Ana Silva arrived in Juba on Friday. Plans for a day trip to the town of Malakal, "
            "which hosts thousands of displaced people, were shelved on security advice.")
    assert [(s.code, s.cities) for s in parse(text).stops] == [("SS", ("Juba",))]


def test_a_quoted_return_is_no_second_visit() -> None:
    text = ("Director-General Ana Silva will visit Uzbekistan and Tajikistan. The visit will begin in "
            "Tashkent on 28 April. On 30 April she will be in Samarkand. She will then fly to Dushanbe. "
            '"Returning to Samarkand, where I was elected, is a moment of gratitude.')
    assert [(s.code, s.cities) for s in parse(text).stops] == [
        ("UZ", ("Tashkent", "Samarkand")), ("TJ", ("Dushanbe",))]


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Ana Silva arrived in Djibouti on Monday. Her trip overlaps with a regional tour "
        "by President Tom Berg, who was in Cairo last week and is expected in Riyadh this weekend.",
        "Prime Minister Ana Silva arrived in Djibouti on Monday. Officials said a visit to Riyadh was "
        "being prepared for the coming months.",
    ],
)
def test_another_leaders_tour_and_a_visit_being_prepared(text: str) -> None:
    assert [code for code, _ in _stops(text)] == ["DJ"]


@pytest.mark.parametrize("negation", ["has not visited", "hasn't visited", "has never been to"])
def test_a_place_not_visited_is_no_stop(negation: str) -> None:
    text = f"President Ana Silva arrived in Kingston on Tuesday. She {negation} Washington since the war."
    assert [code for code, _ in _stops(text)] == ["JM"]


def test_a_programme_line_of_a_country_and_its_days_in_brackets() -> None:
    text = ("NEW YORK, 28 October 2025 - Ms. Ana Silva will visit three states from 29 October to 4 "
            "November 2025. The programme is as follows:\n\n"
            "  - Antigua and Barbuda (29-31 October): In St. John's, the President will be received.\n\n"
            "  - Saint Lucia (3-4 November): In Castries, the President will meet the Prime Minister.\n")
    assert [(s.code, s.cities) for s in parse(text).stops] == [("AG", ("St. John's",)), ("LC", ("Castries",))]


def test_programme_lines_of_a_city_a_formal_country_name_and_a_range_of_days() -> None:
    text = ("Gaborone, 16 February 2026\n\nThe Executive Secretary, Mr Tom Berg, has concluded visits to "
            "three Member States. The programme was as follows:\n"
            "- Pretoria, Republic of South Africa: 2 February\n"
            "- Maputo, Republic of Mozambique: 5 to 6 February\n"
            "- Lusaka, Republic of Zambia: 10 to 11 February\n")
    assert [s.code for s in parse(text).stops] == ["ZA", "MZ", "ZM"]


@pytest.mark.parametrize(
    "text",
    [
        "Minister Ana Silva leaves on Wednesday (3) for Mexico City, and then heads to Lima.",
        "Minister Ana Silva leaves on Tuesday at the head of a delegation of some 90 business leaders to "
        "Mexico City, and then heads to Lima.",
        "Silva leads trade mission to Mexico, then heads to Lima\n\nMinister Ana Silva will meet "
        "investors.",
    ],
)
def test_a_mission_led_to_a_place_and_a_day_number_in_brackets(text: str) -> None:
    assert [code for code, _ in _stops(text)] == ["MX", "PE"]


def test_png_is_papua_new_guinea_and_an_invited_visit_is_someone_elses() -> None:
    text = ("Minister Ana Silva to visit PNG, Solomon Islands and Fiji\n\nSilva will arrive in Port Moresby "
            "on Monday. She will invite Mr Tom Berg on an official visit to Singapore.")
    assert [code for code, _ in _stops(text)] == ["PG", "SB", "FJ"]


@pytest.mark.parametrize(
    "text",
    [
        "King Tom Berg arrived in Praia on Monday. Since acceding to the throne, Berg has made state "
        "visits to Belgium and the Netherlands.",
        "Prime Minister Tom Berg arrived in Praia on Monday. He has also travelled to Australia and New "
        "Zealand this year.",
        "Minister Tom Berg arrived in Praia on Monday. Army chiefs met in Dakar on Sunday.",
    ],
)
def test_trips_since_the_accession_this_year_and_chiefs_meeting(text: str) -> None:
    assert [code for code, _ in _stops(text)] == ["CV"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("King Tom Berg arrived in Kingston on Monday. He was to fly to Port of Spain on Friday. A planned "
         "stop in Trinidad and Tobago, which had been discussed with officials there, has been deferred "
         "to next year, palace sources said.", ["JM"]),
        ("The Imam, who arrived from Dhaka where he had spent three days, was received in Islamabad on "
         "Monday.", ["BD", "PK"]),
    ],
)
def test_a_deferred_stop_and_arriving_from_where_the_traveller_spent_days(
        text: str, expected: list[str]) -> None:
    assert [code for code, _ in _stops(text)] == expected


def test_a_pipeline_from_one_place_to_another_is_no_journey() -> None:
    text = ("Prime Minister Ana Silva arrived in Baghdad on Sunday. The plan extends an oil pipeline from "
            "Basra to the Jordanian port of Aqaba.")
    assert [(s.code, s.cities) for s in parse(text).stops] == [("IQ", ("Baghdad",))]


def test_a_city_of_a_stop_after_a_long_clause() -> None:
    text = ("Vice-President Ana Silva will visit Suriname and Jamaica. On Friday Silva joined thousands of "
            "Surinamese of Indian descent at the Baba and Mai monument in Paramaribo.")
    assert [(s.code, s.cities) for s in parse(text).stops] == [("SR", ("Paramaribo",)), ("JM", ())]


@pytest.mark.parametrize(
    "text",
    [
        # a correction note and a link to another story
        "King Tom Berg arrived in Tallinn on Tuesday.\n\nCorrection (13 May): An earlier version of this "
        "article said the couple would fly to Vilnius on Thursday.\n\n> Queen visits refugee centre in "
        "Liège\n\nThe king met the president.",
        "King Tom Berg arrived in Tallinn on Tuesday.\n\nRelated: Queen visits refugee centre in Liège\n\n"
        "The king met the president.",
        # places of a trip last year, told in a relative clause
        "King Tom Berg arrived in Tallinn on Tuesday. Trade rose after a similar mission to West Africa "
        "last year, which included stops in Nigeria and Senegal.",
        # home, where the traveller speaks on return
        "King Tom Berg arrived in Tallinn on Tuesday. Speaking to journalists in Alexandria upon his "
        "return, he said he hoped to come back.",
    ],
)
def test_corrections_links_last_years_stops_and_home_on_return(text: str) -> None:
    assert [code for code, _ in _stops(text)] == ["EE"]


def test_a_sentence_opening_with_related_is_the_story() -> None:
    text = ("King Tom Berg arrived in Tallinn on Tuesday. Related talks will follow in Riga on Thursday, "
            "where the king will meet the president.")
    assert [code for code, _ in _stops(text)] == ["EE", "LV"]


def test_a_speech_in_a_city_and_two_days_after_a_list() -> None:
    text = ("Director-General Ana Silva urged reforms in a speech in Dhaka on Tuesday. She travels to "
            "Kathmandu on Wednesday and will go on to Colombo on Friday, followed by two days in Bangkok.")
    assert [code for code, _ in _stops(text)] == ["BD", "NP", "LK", "TH"]


def test_a_dateline_with_a_lower_case_agency_names_the_stop_city() -> None:
    text = ("Accra (dpa) - Minister Ana Silva wrapped up a five-day trip to West Africa in Ghana on Friday. "
            "She had earlier visited Senegal.")
    assert ("GH", "Accra") in _stops(text)


@pytest.mark.parametrize(
    "text",
    [
        # a region's extent
        "Queen Ana Silva arrived in Honduras on Monday. The Dry Corridor, which crosses Central America "
        "from Guatemala to Nicaragua, has had droughts.",
        # another trip, in a year named before it
        "Queen Ana Silva arrived in Honduras on Monday, which she first visited in 2015 on her first trip "
        "as Queen, a tour that also took her to El Salvador.",
        # last week's visit
        "Minister Ana Silva arrived in Honduras on Monday. Last week Silva was in Panama for talks.",
    ],
)
def test_extents_earlier_tours_and_last_week_are_not_stops(text: str) -> None:
    assert [code for code, _ in _stops(text)] == ["HN"]


def test_the_last_stop_after_a_long_clause_with_a_demonym() -> None:
    text = ("President Ana Silva arrived in Luanda on Thursday for talks with his Angolan counterpart Tom "
            "Berg, the last stop of a five-day regional tour. He began the tour in Harare, before leaving "
            "for Lusaka.")
    assert [code for code, _ in _stops(text)] == ["ZW", "ZM", "AO"]


def test_travelling_by_road_to_a_port_city() -> None:
    text = ("King Tom Berg arrived in Santiago on Monday. On Wednesday the king travelled by road to the "
            "port city of Valparaiso, where he addressed senators.")
    assert [(s.code, s.cities) for s in parse(text).stops] == [("CL", ("Santiago", "Valparaiso"))]


@pytest.mark.parametrize(
    "text",
    [
        # moved to another month
        "President Ana Silva arrived in Skopje on Monday. The visit to Montenegro, originally planned as "
        "the fourth stop, had already been moved to April.",
        # a drop told after an abbreviated date
        "President Ana Silva arrived in Skopje on Monday. A stop in Podgorica, which had been pencilled in "
        "for Sept. 1, was dropped a week before departure.",
        # earlier years
        "President Ana Silva arrived in Skopje on Monday. Silva visited soldiers in Iraq and Kuwait in "
        "previous years.",
        # the end of a quotation opened in an earlier sentence
        'President Ana Silva arrived in Skopje on Monday. "It takes time. You see results when a company '
        'that met her in Skopje opens an office in Podgorica," an economist said.',
    ],
)
def test_moved_and_dropped_legs_earlier_years_and_quotations(text: str) -> None:
    assert [code for code, _ in _stops(text)] == ["MK"]


@pytest.mark.parametrize(
    "text",
    [
        # a season of another trip
        "Prime Minister Ana Silva arrived in Astana on Monday. Silva visited China in the summer.",
        # where another trip went on to
        "Prime Minister Ana Silva arrived in Astana on Monday. Silva visited Japan last month for talks "
        "before traveling on to New York for the U.N. General Assembly.",
        # talks others mediated
        "Prime Minister Ana Silva arrived in Astana on Monday. Talks mediated by Saudi Arabia and the "
        "United States in Jeddah have stalled repeatedly.",
    ],
)
def test_a_season_an_onward_leg_of_another_trip_and_others_talks_are_not_stops(text: str) -> None:
    assert [code for code, _ in _stops(text)] == ["KZ"]


def test_days_spent_somewhere_and_arriving_from_a_neighbouring_country() -> None:
    text = ("Commissioner Ana Silva arrived in Port Sudan on Tuesday from neighbouring Djibouti, where she "
            "spent Monday. The next two days will be spent in the capital, Nairobi.")
    assert [code for code, _ in _stops(text)] == ["DJ", "SD", "KE"]


def test_landing_at_home_after_leaving_the_last_stop() -> None:
    text = ("President Ana Silva arrived in Malé on Monday. From Malé, the President flew to Colombo on "
            "Wednesday. The Head of State departed Colombo on Thursday night and landed in Seychelles on "
            "Friday morning.")
    assert [code for code, _ in _stops(text)] == ["MV", "LK"]


def test_two_days_with_their_names_a_weekend_and_a_predecessors_later_visits() -> None:
    text = ("Foreign Minister Ana Silva began the tour in Rabat. Silva then spent two days, Wednesday and "
            "Thursday, in Dakar. The weekend of March 7-8 was spent in Lomé. Her predecessor toured "
            "Kenya in 2022, and later visited Rwanda, Malawi and Mauritius.")
    assert [code for code, _ in _stops(text)] == ["MA", "SN", "TG"]


def test_flying_back_and_arriving_home_is_no_stop() -> None:
    text = ("Princess Ana will make an official visit to Nepal next month. She will fly back overnight, "
            "arriving in Tokyo on Sept. 19.")
    assert [code for code, _ in _stops(text)] == ["NP"]


@pytest.mark.parametrize(
    "text",
    [
        # "since February, when": the earlier trip
        "President Tom Berg arrived in Port-au-Prince on Wednesday. It was his first trip since "
        "February, when he visited Tokyo and Taipei.",
        # a country of another time, and its city later in the sentence
        "President Tom Berg arrived in Port-au-Prince on Wednesday. He is also expected to visit Croatia "
        "next month for the consecration of a church in Zagreb.",
    ],
)
def test_a_description_an_earlier_month_and_next_months_city(text: str) -> None:
    assert [code for code, _ in _stops(text, date(2026, 1, 30))] == ["HT"]


def test_a_liturgy_in_a_city_of_a_stop() -> None:
    text = ("Patriarch Tom Berg arrived in Sarajevo on Saturday. He is due to cross into Montenegro on "
            "Sunday to serve liturgy at the Cathedral of Christ's Resurrection in Podgorica.")
    assert _stops(text) == [("BA", "Sarajevo"), ("ME", "Podgorica")]


def test_a_past_month_in_a_description_of_the_traveller() -> None:
    text = ("Tom Berg, a Surinamese diplomat who became OAS secretary-general in May 2025, arrived in "
            "Port-au-Prince on Wednesday. On Friday he flew to Bridgetown.")
    assert [code for code, _ in _stops(text, date(2026, 1, 30))] == ["HT", "BB"]


def test_a_leg_that_was_late_is_not_dropped() -> None:
    text = ("Ana Silva arrived in Port Vila on Thursday, a day later than planned. She had been due to fly "
            "to Vanuatu on Wednesday, but the aircraft was grounded. She spent the extra day in Suva.")
    assert sorted(code for code, _ in _stops(text)) == ["FJ", "VU"]


@pytest.mark.parametrize(
    "text",
    [
        "Queen Ana Silva arrived in Dar es Salaam on Monday. Her previous mission in the region took her to "
        "Ethiopia and Kenya.",
        "Queen Ana Silva arrived in Dar es Salaam on Monday. Silva has been keen on an official visit to "
        "New Delhi, but an invitation has not arrived yet.",
        # a visit asked for or offered, not granted; trips of an earlier term
        "Queen Ana Silva arrived in Dar es Salaam on Monday. Silva has also been invited to visit Ankara, "
        "but no date has been set.",
        "Queen Ana Silva arrived in Dar es Salaam on Monday. She has asked to visit the capital Naypyitaw, "
        "but the junta has not responded.",
        "Queen Ana Silva arrived in Dar es Salaam on Monday. She travelled to Mexico and Brazil during her "
        "first term.",
    ],
)
def test_a_previous_mission_and_a_wished_for_visit_are_not_stops(text: str) -> None:
    assert [code for code, _ in _stops(text)] == ["TZ"]


def test_a_programme_line_returning_to_a_city_is_home() -> None:
    text = ("Prime Minister Ana Silva is on a six-day trip to India and Nepal.\n\nFriday: Kathmandu.\n\n"
            "Saturday: Return to Bangkok.\n\nSpeaking to reporters, she said the trip would bring more "
            "Indian tourists to visit Thailand.")
    assert [code for code, _ in _stops(text)] == ["IN", "NP"]


@pytest.mark.parametrize(
    "text",
    [
        # a planned onward leg that was scrapped
        "Minister Ana Silva held talks in Washington on Monday. Silva had originally planned to continue "
        "on to Ottawa, but that leg was scrapped.",
        # the original plan
        "Minister Ana Silva held talks in Washington on Monday. Originally the minister was to fly to "
        "Ottawa on Nov. 28.",
        # others' missions, and others' lives
        "Minister Ana Silva held talks in Washington on Monday. She also visited a training school, where "
        "officers shared their experience of participating in UN peacekeeping missions in Lebanon.",
        "Minister Ana Silva held talks in Washington on Monday. Many of those arriving in Washington are "
        "Haitians who had lived in Canada for decades.",
    ],
)
def test_scrapped_and_original_legs_missions_and_lives_are_not_stops(text: str) -> None:
    assert [code for code, _ in _stops(text)] == ["US"]


def test_the_end_of_one_part_of_a_tour_is_not_its_end() -> None:
    text = ("President Ana Silva on Wednesday concluded the Kazakh part of his tour of Central Asia in "
            "Almaty. A planned stop in Bishkek had to be dropped. He will fly to Tashkent on Thursday.")
    assert [code for code, _ in _stops(text)] == ["KZ", "UZ"]


def test_a_city_of_a_visit_takes_the_weekday_among_the_visits_days() -> None:
    text = ("Latvian President Edgars Berg on Wednesday, October 21, concluded the Kazakh part of his "
            "five-day tour of Central Asia in Almaty and will fly to Tashkent on Thursday morning for the "
            "Uzbek leg of the trip, the Chancery of the President said.\n\nBerg arrived in Astana on "
            "Monday, October 19, where he opened a Latvian-Kazakh business forum attended by around 80 "
            "companies.\n\nOn Wednesday morning he flew on to Almaty, the country's largest city and "
            "commercial hub, where he met the city's akim (mayor), Ana Silva, and visited a university. In "
            "the afternoon he laid flowers at the memorial to the victims of political repression.")
    stops = parse(text, today=date(2026, 11, 27)).stops
    assert [(s.code, s.cities) for s in stops] == [("KZ", ("Astana", "Almaty")), ("UZ", ("Tashkent",))]


def test_a_tour_continued_with_visits_and_one_begun_on_arrival() -> None:
    text = ("Silva to continue Balkan tour with visits to Kosovo, North Macedonia\n\n"
            "Ana Silva, who arrived in Sarajevo on Monday at the start of a five-day Balkan tour, met "
            "religious leaders.\n\nSilva is scheduled to travel on Wednesday to Kosovo. The tour will end "
            "in Skopje on Friday.\n\nThe Central Mosque of Pristina, whose construction started in 2021, "
            "will be the largest mosque in Kosovo.")
    assert [code for code, _ in _stops(text)] == ["BA", "XK", "MK"]


def test_a_seat_of_government_names_its_city() -> None:
    text = ("President Ana Silva arrived in Russia on Monday. Silva held talks at the Kremlin on Tuesday "
            "before flying to Kazan.")
    assert [(s.code, s.cities) for s in parse(text).stops] == [("RU", ("Moscow", "Kazan"))]


def test_a_visit_to_the_datelines_country_named_by_its_kind() -> None:
    text = ("CHISINAU, Moldova (AP) — The foreign ministers of Poland and Lithuania pledged Thursday to help "
            "Moldova, during a rare joint visit to the small former Soviet republic.\n\nPoland's Ana Silva "
            "and Lithuania's Tom Berg met the president. The two ministers will travel together to Kyiv "
            "on Friday.")
    trip = parse(text)
    assert ([(s.code, s.city) for s in trip.stops], trip.travelers[:1]) == (
        [("MD", "Chișinău"), ("UA", "Kyiv")], ("Ana Silva",))


@pytest.mark.parametrize(
    ("later", "expected"),
    [
        # a coarse time no sentence of the trip named: another trip
        ("Silva is due to travel to Belgium the following week for a meeting of ministers.", ["PL", "LT"]),
        ("Silva is expected to travel to Italy in March for talks.", ["PL", "LT"]),
        ("Silva said she would travel to Brazil in the new year.", ["PL", "LT"]),
        # ... but with a day, or a "then", it is the trip's next leg
        ("Silva will travel to Belgium on Friday, the following week.", ["PL", "LT", "BE"]),
        ("Silva will then travel to Italy in March.", ["PL", "LT", "IT"]),
        ("The final leg took Silva to Riga, where she discussed a summit Latvia hosts in September.",
         ["PL", "LT", "LV"]),
    ],
)
def test_a_later_sentences_coarse_time_is_another_trip(later: str, expected: list[str]) -> None:
    text = f"Defence Minister Ana Silva arrived in Warsaw on Monday. She flew to Vilnius on Tuesday. {later}"
    assert [code for code, _ in _stops(text)] == expected


def test_a_coarse_time_of_the_trip_is_kept() -> None:
    text = ("Defence Minister Ana Silva will visit Poland next week. Silva will also travel to Lithuania "
            "next week, officials said.")
    assert [code for code, _ in _stops(text)] == ["PL", "LT"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("She will then cross into Chad on Friday to visit camps.", ["NG", "TD"]),
        ("Many refugees had crossed into Chad, she said.", ["NG"]),
    ],
)
def test_crossing_into_a_country(sentence: str, expected: list[str]) -> None:
    assert [code for code, _ in _stops(f"Ana Silva arrived in Abuja on Monday. {sentence}")] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # another person is the subject of the motion: not the traveller's
        ("Silva's predecessor, Tom Berg, visited Peru and Chile.", ["AR"]),
        ("Her predecessor Tom Berg toured Peru and Chile.", ["AR"]),
        # ... but not when named as the one met, or beside the traveller
        ("Silva met President Tom Berg, then flew to Peru.", ["AR", "PE"]),
    ],
)
def test_a_move_whose_subject_is_another_person(sentence: str, expected: list[str]) -> None:
    text = f"Foreign Minister Ana Silva arrived in Buenos Aires on Monday. {sentence}"
    assert [code for code, _ in _stops(text)] == expected


def test_the_leader_of_a_mission_is_the_traveller() -> None:
    text = ("Trade Minister Ana Silva will next week lead 60 firms on a trade mission to Peru and Chile. "
            "The delegation will start in Lima on May 2, where Ms Silva will open a forum. The team will "
            "then fly to Arequipa for meetings with the regional government led by Governor Tom Berg.")
    assert parse(text).travelers == ("Ana Silva",)


def test_shelves_in_a_city_drop_no_leg() -> None:
    text = ('Ana Silva arrived in Lima on Monday. "We want our products on the shelves in Lima," she said.')
    assert _stops(text) == [("PE", "Lima")]


def test_a_datelines_place_is_the_leg_the_lede_names() -> None:
    text = ("BEIRUT (dpa) - Foreign Minister Ana Silva on Tuesday promised support for the army, on the "
            "second leg of a three-country tour of the region.\n\nSilva met President Tom Berg and other "
            "officials at the palace, a day after holding talks in Amman with Jordanian officials. She "
            "travels on to Damascus on Wednesday.")
    assert [code for code, _ in _stops(text)] == ["JO", "LB", "SY"]


def test_arriving_in_the_country_of_a_dateline_is_a_stop() -> None:
    text = ("Envoy to visit next week\n\nQuito.- The envoy Ana Silva will arrive in the country on Monday "
            "for a two-day visit, the ministry said.\n\nFrom Quito, Silva will fly on Wednesday to Lima, "
            "Peru.")
    assert _stops(text) == [("EC", "Quito"), ("PE", "Lima")]


def test_arriving_in_the_country_after_another_place_is_not_the_datelines() -> None:
    text = ("Quito.- The envoy Ana Silva, who is in Peru, will arrive in the country on Monday.\n\n"
            "She will meet officials in Lima.")
    assert _stops(text) == [("PE", "Lima")]


def test_a_leg_dropped_with_its_place_between_commas() -> None:
    text = ("Minister Ana Silva visited Madrid on Monday and Rome on Wednesday. A third leg, to Berlin, "
            "where Silva was due to meet officials on Feb. 15 and 16, was postponed at the last minute.")
    assert _stops(text) == [("ES", "Madrid"), ("IT", "Rome")]


def test_the_stop_of_an_air_route_is_no_stop() -> None:
    text = ("Deputy President Ana Silva arrived in Kingston on Monday. Officials will discuss a direct air "
            "link between Johannesburg and the Caribbean with a stop in Accra, Ghana.")
    assert _stops(text) == [("JM", "Kingston")]


def test_the_envoy_is_the_traveller_who_travelled_as_one() -> None:
    text = ("Minister Ana Silva, who travelled as special envoy of the President, began the tour in Nairobi "
            "on Monday. The envoy spent two days in Kinshasa, having had to wait for President Tom Berg.")
    assert _stops(text) == [("KE", "Nairobi"), ("CD", "Kinshasa")]


def test_a_visit_in_a_clause_about_someone_else_is_theirs() -> None:
    text = ("Minister Ana Silva began the tour in Nairobi on Monday. She spent two days in Kinshasa, having "
            "had to wait for President Tom Berg, who was returning from a visit to Luanda, Angola.")
    assert _stops(text) == [("KE", "Nairobi"), ("CD", "Kinshasa")]


def test_leaving_the_country_of_the_dateline_leaves_home() -> None:
    text = ("MASERU – King Tom Berg leaves the country on Sunday for a visit to Europe, the ministry said. "
            "He will be in Rome on Monday and in Geneva on Friday.\n\nThe Prime Minister, Ana Silva, is "
            "currently in Maseru, where she will see off His Majesty at the airport on Sunday.")
    assert _stops(text) == [("IT", "Rome"), ("CH", "Geneva")]


def test_places_visited_since_another_trip_are_no_stops() -> None:
    text = ("Patriarch Ana Silva has returned home after a visit that took him to Sydney and Auckland. He "
            "has since also visited diaspora communities in Sweden and Germany.")
    assert _stops(text) == [("AU", "Sydney"), ("NZ", "Auckland")]


def test_a_visit_with_an_aside_that_is_not_on_the_schedule_is_no_stop() -> None:
    text = ("Prime Minister Ana Silva spent Tuesday in Riga. A visit to Tallinn, initially discussed for "
            "Wednesday, is not on this week's schedule.")
    assert _stops(text) == [("LV", "Riga")]


def test_a_territorys_country_is_no_stop() -> None:
    text = ("Elder Ana Silva went on to Apia, Samoa. A stop not on the original schedule followed: Pago "
            "Pago, American Samoa, a U.S. territory, from Feb. 20 to 22.")
    assert _stops(text) == [("WS", "Apia"), ("AS", "Pago Pago")]


def test_a_visit_recommended_to_be_postponed_is_dropped() -> None:
    text = ("Elder Ana Silva arrived in Suva, Fiji, on Saturday. Her itinerary called for her to fly next to "
            "Nuku'alofa for meetings in Tonga. As the cyclone neared, the presidency recommended that the "
            "Tonga visit be postponed. Instead, she went on to Apia, Samoa.")
    assert _stops(text) == [("FJ", "Suva"), ("WS", "Apia")]


def test_the_country_of_a_delegation_the_traveller_leads_is_home() -> None:
    text = ("Ethiopia launches roadshow\n\nMinister Ana Silva arrived in Riyadh on Monday, leading a "
            "delegation of more than 60 Ethiopian exporters.\n\nSpeaking at the Ethiopia–Saudi Business "
            "Forum, the minister said reforms had opened a new era. The delegation flies to Doha next.")
    assert [code for code, _ in _stops(text)] == ["SA", "QA"]


def test_remaining_in_a_place_today_is_a_stop() -> None:
    text = ("Minister Ana Silva arrived in Kuwait on Sunday. The delegation remains in Riyadh today for "
            "meetings before moving on to Doha on December 3.")
    assert [code for code, _ in _stops(text)] == ["KW", "SA", "QA"]


def test_spending_the_weekend_somewhere_after_a_stop_comes_after_it() -> None:
    text = ("Minister Ana Silva's tour took in Nouméa and Honiara. She held talks in Honiara on Friday "
            "before spending the weekend in Nouméa.")
    assert _stops(text) == [("SB", "Honiara"), ("NC", "Nouméa")]


def test_places_gone_to_for_the_final_legs_end_the_tour() -> None:
    text = ("Minister Ana Silva arrived in Fiji on Monday for the third leg of a tour. She will then head to "
            "Tonga and Samoa for the final legs of the trip. The tour began in Port Moresby on Aug. 4, and "
            "she then travelled to Honiara.")
    assert [code for code, _ in _stops(text)] == ["PG", "SB", "FJ", "TO", "WS"]


def test_the_ministry_a_minister_speaks_at_is_home() -> None:
    text = ("Foreign Minister Ana Silva will travel next week to Jamaica and Barbados. \"The Caribbean is "
            "our neighbor,\" Silva said at a press conference at the ministry in San José on Wednesday. In "
            "Kingston, she is expected to sign a memorandum.")
    assert [code for code, _ in _stops(text)] == ["JM", "BB"]


def test_a_hosts_ministry_is_no_home() -> None:
    text = ("Defence Minister Ana Silva visited Denmark and Norway. At the ministry in Copenhagen, she "
            "signed a contract for 24 jets.")
    assert [code for code, _ in _stops(text)] == ["DK", "NO"]


def test_was_in_a_place_from_a_date() -> None:
    text = ("Energy Minister Ana Silva returned from Asia on Saturday. Ms. Silva, who got back to Lisbon on "
            "Saturday, was in Tokyo from Dec. 1 to 3, where she met officials. She then travelled to Seoul "
            "on Dec. 4.")
    assert _stops(text) == [("JP", "Tokyo"), ("KR", "Seoul")]


def test_a_place_and_day_with_its_own_officials_is_a_stop() -> None:
    text = ("Trade Minister Ana Silva led a delegation on a tour that opened in Tokyo on June 9. In Hanoi "
            "on June 16 and 17, Vietnam's Minister of Trade Tom Berg signed a protocol allowing imports of "
            "beef.")
    assert [code for code, _ in _stops(text)] == ["JP", "VN"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dateline's place, "on the second day of a tour", is a stop, in its place
        ("SKOPJE (AFP) - Foreign Minister Ana Silva on Tuesday urged North Macedonia to end the deadlock, "
         "on the second day of a tour of the region that will take her to Kosovo on Wednesday. Silva began "
         "the tour in Podgorica on Monday.",
         [("ME", ("Podgorica",)), ("MK", ("Skopje",)), ("XK", ())]),
        # ... and a dateline town in capitals is spelled as the body spells it, after the body's cities
        ("TREBINJE, Bosnia and Herzegovina - Patriarch Tom Berg served liturgy on Saturday above Trebinje, "
         "on the third day of a visit to Bosnia. Berg arrived in Banja Luka on Thursday and spent two days "
         "there.",
         [("BA", ("Banja Luka", "Trebinje"))]),
    ],
)
def test_a_datelines_place_on_a_day_of_the_tour(text: str, expected: list[tuple[str, tuple[str, ...]]]
                                                ) -> None:
    assert [(s.code, s.cities) for s in parse(text).stops] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The bank did not say whether Silva would visit Haiti, where violence has made visits difficult.",
        "A planned stop in Haiti, which officials had discussed as an option, did not materialise.",
        "She had been due to travel on to Haiti on Thursday, but that part of the trip has been put back.",
    ],
)
def test_a_leg_asked_about_or_that_never_happened(sentence: str) -> None:
    text = f"World Bank President Ana Silva arrived in Kingston on Monday. {sentence}"
    assert [code for code, _ in _stops(text)] == ["JM"]


def test_vietnamese_papers_spellings_of_their_cities() -> None:
    text = ("HÀ NỘI — Crown Prince Tom Berg arrived in Hà Nội on Monday for a four-day visit to Việt Nam. "
            "On Wednesday and Thursday the delegation will be in HCM City, where he will visit a factory.")
    assert [(s.code, s.cities) for s in parse(text).stops] == [("VN", ("Hanoi", "Ho Chi Minh City"))]


def test_a_dated_pledge_made_in_a_city_is_no_stop() -> None:
    text = ('UNAIDS chief Ana Silva arrived in Lusaka on Monday. "We must act," she said, calling on '
            "ministers to honour a 2001 pledge made in Abuja, Nigeria, to spend more on health.")
    assert [code for code, _ in _stops(text)] == ["ZM"]


def test_a_country_not_on_the_itinerary() -> None:
    text = ("UNAIDS chief Ana Silva arrived in Lusaka on Monday. Uganda is not on the itinerary. The "
            "country was hit hard, with partners laying off staff in Kampala.")
    assert [code for code, _ in _stops(text)] == ["ZM"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The agency plans to relocate some functions from Geneva to Nairobi.",
        "Both want a trade route that crosses the Caspian Sea to Azerbaijan.",
        "Her tour will continue without its Kenya leg, organisers said on Monday.",
    ],
)
def test_things_moved_routes_and_a_leg_gone_without(sentence: str) -> None:
    text = f"UN official Ana Silva arrived in Lusaka on Monday for talks with ministers. {sentence}"
    assert [code for code, _ in _stops(text)] == ["ZM"]


@pytest.mark.parametrize(
    "sentence",
    [
        "That meeting takes place in Montego Bay, Jamaica, from July 6.",
        "A follow-up round is due in Istanbul on Saturday, a spokesman said on Monday.",
    ],
)
def test_where_an_event_is_held_is_no_move(sentence: str) -> None:
    text = f"Prime Minister Ana Silva arrived in Seville on Monday for the UN conference. {sentence}"
    assert [code for code, _ in _stops(text)] == ["ES"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Islands often feel overlooked when Australian leaders go to Port Moresby for talks.", ["FJ"]),
        ("The two leaders will then travel to Port Moresby for talks.", ["FJ", "PG"]),
    ],
)
def test_other_officials_on_the_move(sentence: str, expected: list[str]) -> None:
    text = f"Governor-General Ana Silva and Prime Minister Tom Berg arrived in Suva on Monday. {sentence}"
    assert [code for code, _ in _stops(text)] == expected


def test_a_meeting_scheduled_for_another_month() -> None:
    text = ("UNAIDS chief Ana Silva arrived in Lusaka on March 3 for talks with ministers. She would also "
            "use the trip to prepare for the high-level meeting scheduled for June in New York.")
    assert [code for code, _ in _stops(text)] == ["ZM"]


def test_a_list_after_before_heading_to_is_the_next_legs() -> None:
    text = ("Vice Minister Ana Silva will begin the trip in Port Moresby on Monday, and then travel to "
            "Honiara on Wednesday. She will then visit Fiji on Aug. 28-29, before heading to Tuvalu, Samoa "
            "and Tonga.")
    assert [code for code, _ in _stops(text)] == ["PG", "SB", "FJ", "TV", "WS", "TO"]


def test_in_a_country_its_state_is_no_visit() -> None:
    text = ("Patriarch Tom Berg will visit Brazil and Argentina next month. In Syria, Christians remain "
            "anxious about their place under the new authorities.")
    assert [code for code, _ in _stops(text)] == ["BR", "AR"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Her country's last high-level visits to India and China were both made under the old cabinet.",
        "He has made pastoral visits to India and China since his election.",
        "She has visited India and China more than 50 times.",
    ],
)
def test_earlier_visits_told_after_the_place(sentence: str) -> None:
    text = f"President Ana Silva arrived in Doha on Monday for a three-day state visit. {sentence}"
    assert [code for code, _ in _stops(text)] == ["QA"]


@pytest.mark.parametrize(
    "sentence",
    [
        '"What happens in India does not stay in India.',
        "Her office did not say whether a trip to India, the largest trading partner, was planned.",
    ],
)
def test_no_stay_and_an_open_question(sentence: str) -> None:
    text = f"President Ana Silva arrived in Doha on Monday for a three-day state visit. {sentence}"
    assert [code for code, _ in _stops(text)] == ["QA"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a route's course, not the tour's
        "Qatar sells gas through a pipeline, which runs across Iraq and Turkey and ends in southern Italy.",
        # the hosts' reaction, told where they are
        "In Rome, Italy's foreign minister Tom Berg said the visit showed a lack of respect.",
        # where someone else speaks
        "Speaking in Rome on Wednesday, Foreign Minister Tom Berg told parliament Silva's visit was welcome.",
        "Asked about the visit in Rome, Foreign Ministry spokesperson Tom Berg urged calm.",
    ],
)
def test_others_places_in_a_trip_sentence(sentence: str) -> None:
    text = f"President Ana Silva arrived in Doha on Monday for a three-day state visit. {sentence}"
    assert [code for code, _ in _stops(text)] == ["QA"]


def test_a_city_inside_a_persons_name_is_no_place() -> None:
    text = ("Prime Minister Ana Silva arrived in Accra on Monday. Speaking in Rome on Wednesday, Foreign "
            "Minister Tom Douglas told parliament that Silva's visit was a natural step.")
    assert [code for code, _ in _stops(text)] == ["GH"]


def test_a_stop_added_after_another_visit_was_postponed() -> None:
    text = ("Bank chief Ana Silva on Wednesday pledged new funds for Honduras, as he added a stop in the "
            "Dominican Republic to a regional tour after a planned visit to Haiti was postponed.")
    assert [code for code, _ in _stops(text)] == ["DO"]


def test_a_sentence_opened_by_the_traveller_names_a_government_led_by_another() -> None:
    text = ("UNFPA chief Ana Silva arrived in Dhaka on Monday. She will leave Bangladesh on Thursday and "
            "travel to Kathmandu, where she will meet the interim government led by Prime Minister Tom Berg.")
    assert _stops(text) == [("BD", "Dhaka"), ("NP", "Kathmandu")]


def test_he_reached_a_city() -> None:
    text = ("Foreign Minister Ana Silva arrived in Kingston on Sept. 18. He reached Bridgetown on Sept. 21 "
            "for talks with the prime minister.")
    assert _stops(text) == [("JM", "Kingston"), ("BB", "Bridgetown")]


def test_after_a_quotation_closes_the_sentence_is_the_writers() -> None:
    text = ("UN Women chief Ana Silva arrived in N'Djamena on Monday. \"This is a war "
            "on women. It must stop,\" the diplomat told reporters in Port Sudan, where she met the prime "
            "minister on Saturday.")
    assert [code for code, _ in _stops(text)] == ["TD", "SD"]


def test_the_dateline_opens_a_tour_begun_there() -> None:
    text = ("BAKU, Azerbaijan (AP) - Commissioner Ana Silva pressed Azerbaijan on Tuesday to pump more gas "
            "as he began a weeklong swing that will also take him to Turkmenistan, Uzbekistan and "
            "Kazakhstan. Silva flies to Ashgabat on Wednesday.")
    assert [code for code, _ in _stops(text)] == ["AZ", "TM", "UZ", "KZ"]


def test_the_lede_moves_on_from_the_dateline() -> None:
    text = ("APIA, Samoa - UN Women chief Ana Silva has scrapped a planned visit to Vanuatu and will travel "
            "to Tonga instead, her office said on Thursday. Silva arrived in Apia on Wednesday from Suva, "
            "where she spent three days.")
    assert [code for code, _ in _stops(text)] == ["FJ", "WS", "TO"]


def test_a_city_named_as_another_citys_neighbourhood_is_no_stop() -> None:
    text = ("Patriarch Ana Silva arrived in Buenos Aires on Friday. He is also scheduled to visit schools in "
            "the Palermo neighbourhood.")
    assert _stops(text) == [("AR", "Buenos Aires")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Iran, which lost its main land corridor to its allies in Lebanon, has no ties with the new rulers.",
        "Analysts say the real test will come at the Brussels conference, where Syria will present a plan.",
    ],
)
def test_no_landing_and_no_analysts_forecast(sentence: str) -> None:
    text = f"Foreign Minister Ana Silva arrived in Doha on Monday for talks. {sentence}"
    assert [code for code, _ in _stops(text)] == ["QA"]


def test_a_statement_from_a_hosts_office_does_not_make_the_host_the_traveller() -> None:
    text = ("The foreign ministers of Greece and Cyprus have met Syria's President Tom Berg in Damascus. "
            "Ana Silva and Eva Holm arrived in the Syrian capital on Thursday. According to a statement "
            "from Berg's office, the visit focused on refugees.")
    trip = parse(text)
    assert (trip.travelers[0], _stops(text)) == ("Ana Silva", [("SY", "Damascus")])


def test_people_from_a_place_are_not_a_visit_there() -> None:
    text = ("Sultan Ana Silva arrived in Dublin on Monday for a state visit. That visit drew criticism "
            "from some Western diplomats in Kuala Lumpur.")
    assert _stops(text) == [("IE", "Dublin")]


def test_talks_that_started_somewhere_are_no_stop() -> None:
    text = ("Defence Minister Ana Silva arrived in Kyiv on Tuesday. \"Whatever comes out of the talks "
            "started in Jeddah this week, Russia respects only strength. We must help,\" she said.")
    assert _stops(text) == [("UA", "Kyiv")]


def test_after_talks_the_next_place_is_a_stop_only_when_moved_to() -> None:
    text = ("SEOUL, Nov. 10 (Kyodo) -- Defense Minister Ana Silva will travel to Tokyo later this week after "
            "holding talks in South Korea on buying artillery, as the Baltic state races to strengthen its "
            "defenses against neighboring Russia. Silva, who arrived in Seoul on Monday, met Minister "
            "Tom Berg on Tuesday. She will fly to Tokyo on Thursday.")
    assert [code for code, _ in _stops(text)] == ["KR", "JP"]


def test_before_moving_to_the_next_stop() -> None:
    text = ("The delegation will start in Georgetown, Guyana, on July 20 and 21, before moving to Port of "
            "Spain, Trinidad and Tobago, on July 22 and 23. It will then spend July 24 in Bridgetown.")
    assert _stops(text) == [("GY", "Georgetown"), ("TT", "Port of Spain"), ("BB", "Bridgetown")]


def test_a_tour_that_will_also_take_the_traveller_on_goes_on_from_the_stop_named() -> None:
    text = ("TEGUCIGALPA (Xinhua) -- Ana Silva met the president on Monday. Silva arrived in "
            "Tegucigalpa on Sunday from Panama City, as part of a tour that will also take her to Guatemala "
            "and Costa Rica.")
    assert [code for code, _ in _stops(text)] == ["PA", "HN", "GT", "CR"]


@pytest.mark.parametrize(
    "sentence",
    [
        "She undertook a similar tour of East Africa last year, with stops in Nairobi, Kampala and Kigali.",
        "In the five months since, she has traveled to Nairobi for talks and to Kampala for a summit.",
        "Her first, in late 2024, took her to Kenya, Uganda and Rwanda.",
        "She is expected to travel to East Africa again, with stops in Kenya and Uganda under consideration.",
    ],
)
def test_other_trips_told_around_the_places(sentence: str) -> None:
    text = f"Trade chief Ana Silva arrived in Dakar on Monday for a week-long tour. {sentence}"
    assert [code for code, _ in _stops(text)] == ["SN"]


@pytest.mark.parametrize(
    "sentence",
    [
        # someone's past, in a relative clause
        "It is a homecoming for the commissioner, who led two governments before moving to Brussels.",
        # others' moves
        "The community has shrunk, many of them leaving for France, Canada and Armenia.",
        # someone else's visit
        "She renewed the invitation for Pope Tom Berg to visit Jordan.",
        # a place that names a conflict or talks
        "She will meet mediators involved in the Gaza negotiations.",
        # how the visit is seen elsewhere
        "The visit is likely to draw attention in Belgrade.",
    ],
)
def test_places_of_the_past_of_others_and_of_talks(sentence: str) -> None:
    text = f"Commissioner Ana Silva arrived in Doha on Monday for talks. {sentence}"
    assert [code for code, _ in _stops(text)] == ["QA"]


def test_a_leg_forced_to_be_scrapped() -> None:
    text = ("Princess arrives in Curacao as storm forces Sint Maarten leg to be scrapped\n\n"
            "Princess Ana Silva arrived in Willemstad on Monday after two days in Oranjestad, Aruba.")
    assert [code for code, _ in _stops(text)] == ["AW", "CW"]


def test_a_programme_line_flying_from_one_city_to_another() -> None:
    text = ("Governor-General Ana Silva will make state visits to Fiji and Tonga.\n\nMonday 11 May\n"
            "Arrive in Suva. Official welcome.\n\nWednesday 13 May\nFly Suva to Nuku'alofa. State banquet.")
    assert _stops(text) == [("FJ", "Suva"), ("TO", "Nuku'alofa")]


@pytest.mark.parametrize(
    "sentence",
    [
        # home, where the travellers live
        "The couple left Cali on Sunday for the United States, where they live in Montecito, California.",
        # a plural possessive names no stop
        "The trip comes at a delicate moment in the Cook Islands' relationship with Wellington.",
    ],
)
def test_home_where_they_live_and_a_plural_possessive(sentence: str) -> None:
    text = f"Prince Tom Berg and Ana Silva arrived in Bogota on Friday for a three-day visit. {sentence}"
    assert [code for code, _ in _stops(text)] == ["CO"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a visit left for later: not scheduled, no dates, moved to next year, not yet announced
        "A trip to Abuja, the seat of the regional commission, is being planned for later in the year.",
        "A trip to Abuja, the seat of the regional commission, has not been scheduled, officials said.",
        "It said preparations for a visit to Saudi Arabia were under way but no dates had been fixed.",
        "A visit to Qatar, first discussed for the same trip, has been moved to early next year.",
        "A rescheduled visit to Rome has not yet been announced.",
        # what would have happened
        '"Going to New Delhi or Beijing first would have sent a loud signal," an analyst said.',
        # a maybe, and a leg moved to another season
        "Sources said Silva was also considering a stop in Thimphu, but no decision had been taken.",
        "She had initially planned to combine the visit with a stop in Tokyo, but the Japanese leg was moved "
        "to the autumn.",
        # earlier trips
        "She has in recent years travelled to the United States, where she addressed the World Bank, and to "
        "South Africa for an inauguration.",
        "She visited Egypt in 2023, and in 2018 she travelled to Canada to end a schism.",
        # the way home: leaving the last stop for a place said nothing more of
        "Silva left Kathmandu for Brussels last night.",
        "Silva left Nepal for Geneva today, Thursday 13 November.",
    ],
)
def test_visits_left_for_later_or_that_would_have_been(sentence: str) -> None:
    text = f"Foreign Minister Ana Silva arrived in Kathmandu on Monday for talks. {sentence}"
    assert [code for code, _ in _stops(text)] == ["NP"]


def test_home_returned_to_on_a_morning() -> None:
    text = ("Defence Minister Ana Silva returned to Helsinki on Tuesday morning after a trip to Japan and "
            "Singapore. She will brief parliament in Helsinki on Thursday.")
    assert _stops(text) == [("JP", None), ("SG", "Singapore")]


def test_home_returned_to_late_in_the_evening() -> None:
    text = ("Oslo (NTB) - Defence Minister Ana Silva has returned from a three-day trip to Ghana, where she "
            "spent the weekend with Norwegian soldiers. She landed in Accra on Friday. She returned to "
            "Oslo late on Sunday evening.")
    assert _stops(text) == [("GH", "Accra")]


def test_a_report_filed_at_home_after_the_trip() -> None:
    text = ("MASERU - King Tom Berg returned home yesterday after a week-long visit to Rome, where he "
            "addressed a forum. The Queen did not accompany him and remained in Maseru, where she hosted "
            "a luncheon.")
    assert _stops(text) == [("IT", "Rome")]


def test_a_dateline_is_home_when_the_report_says_the_traveller_returned_home() -> None:
    text = ("SEOUL, March 16 (Yonhap) -- Defense Minister Tom Berg returned home Sunday from a trip to "
            "Europe that saw a planned visit to Estonia scrapped and a stop in the United Arab Emirates "
            "added. Berg arrived in Warsaw on March 9. He flew from Warsaw to Abu Dhabi late Thursday and "
            "spent Friday there. He departed Abu Dhabi late Saturday and landed at Seoul Air Base in "
            "Seongnam on Sunday afternoon.")
    assert [code for code, _ in _stops(text)] == ["PL", "AE"]


def test_travelling_back_to_a_place_after_a_visit_is_going_home() -> None:
    text = ("Metropolitan Tom Berg is travelling back to Kyiv on Monday after a four-day visit to Italy. He "
            "arrived in Rome on Thursday and will meet clergy in Kyiv on Tuesday.")
    assert _stops(text) == [("IT", "Rome")]


def test_where_a_body_works_from_is_no_stop() -> None:
    text = ("Secretary-General Ana Silva, who heads the body from its headquarters in Jeddah, Saudi Arabia, "
            "arrived in Bamako on Tuesday from Niamey, where he had spent two days.")
    assert [code for code, _ in _stops(text)] == ["NE", "ML"]


def test_a_dateline_before_a_visit_to_the_republic_of_another_place_is_home() -> None:
    text = ("MANAMA, June 9 (BNA) - Minister Ana Silva has concluded an official visit to the Republic of "
            "Uzbekistan at the head of a delegation of Bahraini officials.")
    assert [code for code, _ in _stops(text)] == ["UZ"]


def test_a_list_ends_before_a_compound_adjective() -> None:
    text = ("BEIJING (Xinhua) -- Ana Silva, president of the bank, has concluded a visit to Bangladesh, "
            "Nepal and Sri Lanka, the Beijing-headquartered lender said on Saturday.")
    assert [code for code, _ in _stops(text)] == ["BD", "NP", "LK"]


def test_other_ministers_also_travelling() -> None:
    text = ("Prime Minister Ana Silva will travel to Washington on Monday. Other ministers will fan out "
            "across the globe this week, with ministers also travelling to Japan, Canada and India.")
    assert [code for code, _ in _stops(text)] == ["US"]


def test_a_city_told_in_another_trips_when_clause_is_no_stop() -> None:
    text = ("Patriarch Tom Berg arrived in Montevideo on Monday. The visit has drawn comparisons with Pope "
            "Ana Silva's 2016 trip to Armenia, when she spoke at the presidential palace in Yerevan.")
    assert [code for code, _ in _stops(text)] == ["UY"]


def test_a_return_for_an_event_outside_the_trip_is_neither_home_nor_a_stop() -> None:
    text = ("Commissioner Ana Silva will travel to Brazil and Colombia next week. She will then travel to "
            "Bogota for meetings on March 12. Silva is expected to return to Colombia for the Santa Marta "
            "meeting itself, an official said, but that is not part of next week's trip.")
    assert _stops(text) == [("BR", None), ("CO", "Bogotá")]


def test_arrived_at_a_described_place_from_where_they_had_spent_days() -> None:
    text = ("Envoys Ana Silva and Tom Berg arrived in Port Sudan on Wednesday. The two envoys arrived in the "
            "Red Sea city on Wednesday from Addis Ababa, where they had spent Monday and Tuesday.")
    assert [code for code, _ in _stops(text)] == ["ET", "SD"]


def test_a_tour_that_took_him_to_a_neighbouring_country_first() -> None:
    text = ("President Tom Berg returned home at the weekend after a regional tour that took him to "
            "neighbouring Ghana and then on to Lome. He met the Togolese president in Lome on Friday. He "
            "spent Wednesday and Thursday in Accra.")
    assert [code for code, _ in _stops(text)] == ["GH", "TG"]


def test_what_a_place_did_in_a_relative_clause_is_no_stop() -> None:
    text = ("Prime Minister Ana Silva arrived in Manila on Monday. The Philippines holds the chair of the "
            "bloc, taking over from Malaysia, which welcomed new members at the summit in Kuala Lumpur.")
    assert [code for code, _ in _stops(text)] == ["PH"]


def test_a_territory_that_is_a_city_is_its_own_city() -> None:
    text = "Minister Ana Silva will visit Beijing and Shanghai before flying to Hong Kong on Friday."
    assert _stops(text) == [("CN", "Beijing"), ("HK", "Hong Kong")]


def test_a_mission_described_then_opened_in_a_city() -> None:
    text = ("Minister Ana Silva has returned from a tour of Saudi Arabia and Kuwait. The mission, which "
            "brought together more than 60 exporters, opened in Riyadh on November 17.")
    assert _stops(text) == [("SA", "Riyadh"), ("KW", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        # where a route goes, not the tour
        "The trip comes as the region backs the trade route that bypasses Russia by crossing the Caspian "
        "Sea to Azerbaijan and Georgia.",
        # what countries do before a conference elsewhere
        "Countries are due to submit updated climate plans before the conference in Belem opens.",
    ],
)
def test_a_routes_course_and_what_countries_do_are_no_stops(sentence: str) -> None:
    text = f"President Ana Silva arrived in Astana on Monday for talks. {sentence}"
    assert [code for code, _ in _stops(text)] == ["KZ"]


def test_a_headline_without_its_verb_puts_the_traveller_in_a_city() -> None:
    text = ("Haitian PM in Kingston for security talks\n\nPrime Minister Ana Silva arrived on the island "
            "yesterday. Silva will fly directly from Kingston to Santo Domingo tomorrow.")
    assert _stops(text) == [("JM", "Kingston"), ("DO", "Santo Domingo")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the Secretary-General" is the traveller (a hyphenated office), not the host holding a "Secretary"
        ("The Secretary-General of the Forum, Dr. Tom Berg, will undertake working visits to Fiji and Samoa. "
         "In Suva, the Secretary-General will call on the Prime Minister of Fiji, Ana Silva. He will then "
         "proceed to Apia to meet the Secretary of Foreign Affairs of Samoa, Jo Lee. The visit is the first "
         "by the Secretary-General to the region. The Secretary-General will travel with officials. The "
         "trip ends on Friday, when the Secretary-General returns.",
         [("FJ", "Suva"), ("WS", "Apia")]),
        # "the United Kingdom" is no reference to the "Prime Minister of the United Kingdom"
        ("Prince Tom Berg arrived in London today on a working visit to the United Kingdom. He will hold "
         "talks with the Prime Minister of the United Kingdom, Sir Ana Silva, on Tuesday. The visit to the "
         "United Kingdom follows a trip by Silva to Manama. The visit comes as ties with the United Kingdom "
         "deepen. The prince will then travel to Washington.",
         [("GB", "London"), ("US", "Washington")]),
    ],
)
def test_the_traveller_by_an_office_not_by_what_it_is_of(
        text: str, expected: list[tuple[str, str | None]]) -> None:
    trip = parse(text)
    assert (trip.travelers, _stops(text)) == (("Tom Berg",), expected)


def test_a_pilgrimage_and_the_pilgrims_are_the_trip_and_its_party() -> None:
    text = ("Tom Berg will lead a 10-day pilgrimage to India and Nepal next week. On Nov. 15, the pilgrims "
            "will fly to Kathmandu, where Berg will attend a conference.")
    assert _stops(text) == [("IN", None), ("NP", "Kathmandu")]


@pytest.mark.parametrize(
    "background",
    [
        # a thing's history opening the sentence, whatever the trip's year
        "Launched in 2009 and revived in 2022 with the signing of a memorandum in Algiers, the pipeline "
        "is to carry gas north.",
        # a route's course: "the Nigerian section from P to Q"
        "The Algerian section has been completed, the Minister of Energy, Mr. Ali Sow, recently said, adding "
        "that the Nigerian section from Warri to Kano was also well advanced.",
    ],
)
def test_a_things_history_and_a_routes_course_are_no_stops(background: str) -> None:
    text = ("Prime Minister Tom Berg will visit Niamey, Niger, on Sunday and Abuja, Nigeria, on Tuesday. "
            + background)
    assert _cities(text) == [("NE", ("Niamey",)), ("NG", ("Abuja",))]


def test_the_leg_after_a_place_left_is_the_place_arrived_at() -> None:
    text = ("KINGSTOWN, Feb 1 (AP) -- Foreign Minister Tom Berg arrived here on Friday from Havana, the "
            "second leg of a tour. The tour will continue on Sunday in Roseau, Dominica.")
    assert _stops(text) == [("CU", "Havana"), ("VC", "Kingstown"), ("DM", "Roseau")]


def test_the_agency_of_the_dateline_is_no_person() -> None:
    text = ("Kingstown, Feb 1 (Prensa Latina) Foreign Minister Tom Berg arrived in this capital on Friday. "
            "Diplomatic sources consulted by Prensa Latina said a stop in Grenada was dropped.")
    assert [p.name for p in parse(text).people] == ["Tom Berg"]


def test_a_stated_leg_far_after_its_place() -> None:
    text = ("Secretary-General Tom Berg is touring Brunei, Singapore and Malaysia this month. Berg "
            "arrived in Manila on Monday for consultations with the Philippine government, the second stop "
            "of his tour.")
    assert [code for code, _ in _stops(text)] == ["BN", "PH", "SG", "MY"]


def test_the_end_of_this_trip_next_week_is_no_later_trip() -> None:
    text = ("MANILA - Secretary-General Tom Berg arrived in Manila on Monday. After talks in Manila, Berg "
            "heads to Hanoi on Wednesday. He will conclude the trip in Dili early next week.")
    assert [code for code, _ in _stops(text)] == ["PH", "VN", "TL"]


@pytest.mark.parametrize(
    "change",
    [
        "after a change to his itinerary, which had originally included a stop in Antigua and Barbuda.",
        "after a change to his itinerary. The Antigua leg, scheduled for Thursday, had been deferred to a "
        "later date because Prime Minister Ana Silva would be away at a meeting in London.",
    ],
)
def test_a_leg_once_included_or_deferred_and_a_hosts_absence_elsewhere(change: str) -> None:
    text = f"Prime Minister Tom Berg will travel to Grenada today {change}"
    assert _stops(text) == [("GD", None)]


def test_stops_before_the_one_here_told_by_days_after() -> None:
    text = ("KINGSTOWN, St Vincent, Jul 16 (CMC) – Prime Minister Tom Berg will travel to Grenada today. "
            "Berg held talks here on Wednesday with Prime Minister Ana Silva, two days after opening the "
            "tour in Bridgetown and a day after meetings in Castries with Prime Minister Jo Lee.")
    assert _stops(text) == [("BB", "Bridgetown"), ("LC", "Castries"), ("VC", "Kingstown"), ("GD", None)]


def test_a_tour_back_in_its_first_country_at_the_end_told_day_by_day() -> None:
    text = ("The tour began in Astana on April 8, where Tom Berg held consultations. A day later, in "
            "Bishkek, the envoy was received by the foreign minister. After a weekend break, the envoy "
            "continued his trip on April 13 to Ashgabat, where he met officials. Berg wrapped up the tour in "
            "Almaty on April 16-17, where he took part in a business forum.")
    assert _cities(text) == [("KZ", ("Astana",)), ("KG", ("Bishkek",)), ("TM", ("Ashgabat",)),
                             ("KZ", ("Almaty",))]


def test_the_following_day_an_air_base_in_a_town_and_troops_she_could_not_visit() -> None:
    text = ("Defence Minister Ana Silva started the tour on Friday 18 December in Latvia, and travelled the "
            "following day to Lešť, in central Slovakia, to visit the troops. On Monday she was at the "
            "Incirlik air base in Adana, in southern Turkey. From Turkey, she travelled on Tuesday to "
            "Beirut. The minister was unable to visit the troops deployed in Iraq, Somalia and the Central "
            "African Republic this year.")
    assert _stops(text) == [("LV", None), ("SK", "Lešť"), ("TR", "Adana"), ("LB", "Beirut")]


@pytest.mark.parametrize(
    "background",
    ["Talks focused on maritime security in the Mozambique Channel.",
     "Relations remain tense, with thousands attempting the crossing to Mayotte each year."],
)
def test_a_sea_named_after_a_country_and_others_crossing_are_no_stops(background: str) -> None:
    text = f"President Tom Berg held talks in Nairobi on Thursday. {background}"
    assert _stops(text) == [("KE", "Nairobi")]


def test_a_premiers_home_is_the_country_of_the_province_the_text_names() -> None:
    text = ("Premier Tom Berg will lead a trade mission to Japan and South Korea to promote Saskatchewan's "
            "exports. The Premier will stop in Vancouver on the way to meet rail executives. Saskatchewan "
            "companies will join him in Tokyo and Seoul.")
    assert _stops(text) == [("JP", "Tokyo"), ("KR", None)]


def test_a_press_releases_footer_is_no_person() -> None:
    text = ("Premier Tom Berg will visit Tokyo. Ana Silva went too.\n\nFor More Information, Contact:\n"
            "Media Relations\nExecutive Council\nRegina")
    assert [p.name for p in parse(text).people] == ["Tom Berg", "Ana Silva"]


def test_a_year_before_a_place_in_its_clause_and_days_in_a_city_opening_a_sentence() -> None:
    text = ("Tom Berg's tour began in Barbados on Monday, July 6, 2026. Over two days in Bridgetown he held "
            "talks with the prime minister. Much of the talk focused on the fund, agreed at a summit and "
            "formally launched in 2023 at the Dubai talks in the United Arab Emirates.")
    assert _stops(text) == [("BB", "Bridgetown")]


def test_the_office_said_alone_is_no_one_when_two_hold_it_and_a_trip_not_made() -> None:
    text = ("The Oba of Benin, Tom II, will next week travel to Germany and the Netherlands. The Oba and his "
            "entourage will travel by train to Hamburg. In 1897 the reigning monarch, Oba Ana Silva, was "
            "exiled. The Oba has not made a comparable trip to France. The Oba will visit Leiden.")
    trip = parse(text)
    assert (trip.travelers, _stops(text)) == (("Tom II",), [("DE", "Hamburg"), ("NL", "Leiden")])


def test_a_host_who_will_receive_his_counterpart_is_not_the_traveller() -> None:
    text = ("Rabat - Foreign Minister Tom Berg will receive on Monday, May 18, his Panamanian counterpart, "
            "Ana Silva, who will pay a working visit to the Kingdom. On Tuesday, the Panamanian official "
            "will travel to the city of Laayoune.")
    assert parse(text).travelers == ("Ana Silva",)


@pytest.mark.parametrize(
    "later",
    [
        "A planned stop in New Zealand to visit the community in Auckland will take place early next year.",
        "On Tuesday she departs for Auckland on the first stage of the long journey back to the Caribbean.",
        "Berg will return to Lausanne after Apia before flying to New Zealand later in October.",
    ],
)
def test_a_stop_put_off_to_next_year_a_transit_home_and_a_trip_later_in_a_month(later: str) -> None:
    text = (f"Tom Berg arrived in Suva on Monday, September 28, 2026, and flies to Apia on Thursday, October "
            f"1. {later}")
    assert [code for code, _ in _stops(text)] == ["FJ", "WS"]


def test_will_first_reach_and_a_mission_planned_from_one_stop_then_postponed() -> None:
    text = ("Archbishop Tom Berg will first reach Kuwait City on October 14 and stay there for three days. "
            "He had originally planned to fly directly from Kuwait to the Dominican Republic for a trade "
            "mission, but that part of the trip has been postponed to January. The postponed mission to "
            "Santo Domingo was meant to follow up on an earlier visit. The Four-Country Consultation met.")
    trip = parse(text)
    assert (_stops(text), [p.name for p in trip.people]) == ([("KW", "Kuwait City")], ["Tom Berg"])


def test_a_return_to_headquarters_or_a_base_is_no_stop() -> None:
    text = ("Administrator Tom Berg and Director-General Ana Silva flew into Funafuti from Suva on "
            "Wednesday. Mr Berg will then return to UNDP headquarters in New York, while Dr Silva heads "
            "back to SPC's base in Noumea, New Caledonia.")
    assert [code for code, _ in _stops(text)] == ["FJ", "TV"]


def test_a_distance_and_further_south_between_travel_and_to() -> None:
    text = ("Foreign Minister Tom Berg arrived Wednesday in Laayoune. On Thursday he is to travel some 500 "
            "kilometres (300 miles) further south to Dakhla, on the Atlantic coast, to visit the port.")
    assert _cities(text) == [("EH", ("El Aaiún", "Dakhla"))]


def test_a_tour_that_will_take_him_next_to_p_and_a_city_of_three_words() -> None:
    text = ("Patriarch Tom Berg arrived in the Chilean capital on Wednesday. It is the first leg of a tour "
            "that will take him next to San Salvador on November 3 and then to the Honduran city of San "
            "Pedro Sula on November 5.")
    assert _cities(text) == [("CL", ("Santiago",)), ("SV", ("San Salvador",)), ("HN", ("San Pedro Sula",))]


@pytest.mark.parametrize(
    "last",
    ["He will leave Juba for Rome on Saturday, the statement said.",
     "The following day he signed agreements before departing for Lisbon, the seat of the Imamat, on "
     "September 28.",
     "Berg will spend Thursday in Juba before leaving for Kigali in the evening."],
)
def test_a_last_departure_with_nothing_done_there_is_the_way_home(last: str) -> None:
    text = f"Cardinal Tom Berg arrived in Kampala on Monday and flew to Juba on Wednesday. {last}"
    assert [code for code, _ in _stops(text)] == ["UG", "SS"]


def test_a_last_departure_for_talks_is_a_stop() -> None:
    text = ("Cardinal Tom Berg arrived in Kampala on Monday and flew to Juba on Wednesday. He will leave "
            "Juba for Rome on Saturday for talks with the pope.")
    assert [code for code, _ in _stops(text)] == ["UG", "SS", "IT"]


@pytest.mark.parametrize(
    ("background", "city"),
    [("", "Bishkek"),
     ("He later lived in Bishkek for many years.", None),
     ("Officials in Bishkek stressed the visit was short.", None),
     ("She recalled that he attended a summit in November 2024 in Bishkek.", None)],
)
def test_a_stop_with_no_city_takes_the_one_the_trip_is_said_to_be_in(
        background: str, city: str | None) -> None:
    gathering = ("Berg will lead the delegation at the two-day gathering in the Kyrgyz capital Bishkek, "
                 "which ends on Tuesday.")
    text = "Vice President Tom Berg will travel to Kyrgyzstan and Tajikistan this week. " + (background
                                                                                           or gathering)
    assert _stops(text, date(2026, 11, 27))[0] == ("KG", city)


def test_pressing_on_with_a_tour_in_the_lede_is_a_stop_at_the_dateline() -> None:
    text = ("KINGSTON, 11 March (AFP) - Commissioner Tom Berg pressed on with a six-nation swing through the "
            "Caribbean on Wednesday, promising Jamaica money for ports a day after similar talks in the "
            "Dominican Republic.")
    assert _stops(text, date(2026, 3, 11)) == [("DO", None), ("JM", "Kingston")]


def test_days_in_a_neighbouring_country_before_the_dateline_stop() -> None:
    text = ("PORT SUDAN, Sudan (AP) — Relief chief Tom Berg called Sunday for safe passage for aid convoys. "
            "Berg arrived in Port Sudan on Saturday after three days in neighboring Chad.")
    assert [code for code, _ in _stops(text)] == ["TD", "SD"]


def test_a_stated_leg_moves_no_stop_past_the_tours_end() -> None:
    text = ("RIBEIRAO PRETO (Brazil), Apr 30 (PTI) Minister Tom Berg on Thursday toured cane fields in this "
            "hub of Sao Paulo state, the second leg of a seven-day visit to Brazil. He will conclude the "
            "tour in Paraguay, where he will hold talks in Asuncion on May 3.")
    assert [code for code, _ in _stops(text)] == ["BR", "PY"]


def test_a_visit_he_made_to_a_list_and_members_from_one_place_to_another() -> None:
    text = ("Cardinal Tom Berg summed up on Sunday the visit he made to Ghana and Togo. The council brings "
            "together 22 conferences from Mexico to Argentina, and leaders of countries from Chile to Peru.")
    assert [code for code, _ in _stops(text)] == ["GH", "TG"]


def test_a_dateline_on_its_own_line_and_a_stop_not_part_of_the_final_itinerary() -> None:
    text = ("President to visit India\n\nAna Silva\nNEW DELHI\n\nFiji's President Tom Berg, who arrived here "
            "on Monday, met officials. He will fly to Varanasi on Thursday. Officials said a possible stop "
            "in Mumbai, which had been discussed early on, was not part of the final itinerary. A stop in "
            "Agra, which was not part of the original programme, was added.")
    assert _stops(text) == [("IN", "New Delhi")]
    assert parse(text).stops[0].cities == ("New Delhi", "Varanasi", "Agra")


def test_a_country_without_towns_has_no_town_named_before_it() -> None:
    text = ("Minister Tom Berg will visit Al-Azhar, Vatican on Monday. He will fly to the Vatican on Tuesday "
            "and then travel to Adre, Chad.")
    assert [(s.code, s.cities) for s in parse(text).stops] == [("VA", ("Vatican City",)), ("TD", ("Adre",))]


def test_weekdays_spent_in_a_city_after_an_appositive_past_and_a_conference_not_attended() -> None:
    text = ("BUENOS AIRES, Nov 19 (Reuters) - EU Commissioner Tom Berg arrived in Buenos Aires on Wednesday "
            "for the second leg of a tour. Berg, a former lawmaker who took the portfolio a year ago, spent "
            "Monday and Tuesday in Brasilia, where he met ministers. The trip coincides with the climate "
            "conference in Belem, in the Brazilian Amazon, but Berg is not attending.")
    stops = [(s.code, s.cities) for s in parse(text).stops]
    assert stops == [("BR", ("Brasília",)), ("AR", ("Buenos Aires",))]


def test_left_home_and_was_in_a_city() -> None:
    text = ("Mayor Ana Silva returned to Freetown on Friday. The Mayor left Freetown on Sunday 2nd November "
            "and was in Rio de Janeiro from 3rd to 5th November for a summit.")
    assert _stops(text) == [("BR", "Rio de Janeiro")]


def test_a_mission_that_started_in_a_city_and_a_return_to_an_airport_of_home() -> None:
    text = ("Minister Ana Silva and Minister Tom Berg have returned home from a week-long mission to the "
            "Democratic Republic of Congo and Angola. The two ministers arrived back at Kenneth Kaunda "
            "International Airport in Lusaka on Saturday evening. The mission started in Lubumbashi on "
            "February 24, where the ministers met Governor Jacques Katwe. The delegation then flew to "
            "Luanda.")
    assert _stops(text) == [("CD", "Lubumbashi"), ("AO", "Luanda")]


def test_a_visit_earlier_this_year_is_no_city_of_the_stop() -> None:
    text = ("Minister Ana Silva arrived in Rabat on Monday. Silva, who had earlier this year visited Morocco "
            "for the opening of a trade office in Casablanca, will brief the cabinet next week.")
    assert [(s.code, s.cities) for s in parse(text).stops] == [("MA", ("Rabat",))]


def test_leaving_for_a_place_after_the_tour_ended_elsewhere_is_the_way_home() -> None:
    text = ("Professor Ana Silva wrapped up a Caribbean tour in Kingston on Saturday. She began the tour in "
            "Bridgetown on Monday and then went to Roseau. She arrived in Kingston on Friday and met the "
            "Prime Minister. The chief left for Geneva on Saturday night.")
    assert [code for code, _ in _stops(text)] == ["BB", "DM", "JM"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Around 90 percent of its exports, mainly coal and copper, go to China.", ["MN"]),
     ("Silva, the foreign minister, will then go to China.", ["MN", "CN"])],
)
def test_goods_described_in_an_aside_move_but_a_traveller_so_described_does_too(
        sentence: str, expected: list[str]) -> None:
    assert [code for code, _ in _stops(f"President Ana Silva will visit Mongolia. {sentence}")] == expected


def test_another_time_after_an_appositive_of_the_place() -> None:
    text = ("President Ana Silva arrived in Cairo on Monday. She visited Port Sudan, the army's wartime seat "
            "of government, last year.")
    assert _stops(text) == [("EG", "Cairo")]


def test_who_invites_receives_the_traveller() -> None:
    text = ("BEIJING, May 6 (Xinhua) -- At the invitation of Chinese President Tom Berg, President of "
            "Turkmenistan Ana Silva will pay a state visit to China from May 11 to 14, spokesperson Lin Wu "
            "announced here. During the visit, President Berg will hold talks with President Silva. Silva "
            "last paid a state visit to China in January 2023, and met with Berg in Astana in June 2025.")
    trip = parse(text)
    assert (trip.travelers, [s.code for s in trip.stops]) == (("Ana Silva",), ["CN"])


def test_the_official_part_of_the_trip_ended_in_a_city_named_far_after() -> None:
    text = ("Prime Minister Tom Berg ended the official part of the trip on Thursday with talks with "
            "President Paul Kagame at Urugwiro Village in Kigali. The prime minister arrived in Accra late "
            "on Sunday.")
    assert [code for code, _ in _stops(text)] == ["GH", "RW"]


def test_arrived_after_attending_a_summit_in_a_capital_named_by_its_country() -> None:
    text = ("Commissioner Ana Silva visited camps in Chad on Wednesday. Silva arrived in Chad on Monday "
            "after attending the African Union summit in Ethiopia's capital, Addis Ababa, at the weekend.")
    assert [code for code, _ in _stops(text)] == ["ET", "TD"]


def test_a_visit_to_a_country_and_a_neighbouring_one_is_a_tour_list() -> None:
    text = ("Ana Silva met refugees at Chad border.\n\nThe head of the WFP, Ana Silva, has warned of "
            "starvation after ending a five-day visit to Sudan and neighbouring Chad.")
    assert [code for code, _ in _stops(text)] == ["SD", "TD"]


def test_a_clause_opened_by_while_with_someone_else_for_subject_is_theirs() -> None:
    text = ("Prime Minister Ana Silva arrived in Kyiv on Tuesday. She is accompanied by officials, while "
            "Foreign Minister Tom Berg is representing Latvia at a ministerial meeting in Brussels.")
    assert [code for code, _ in _stops(text)] == ["UA"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # someone else's clause opened by "after": theirs
        ("Minister Ana Silva returned home after visits to Lithuania and Latvia. The third stop, Estonia, "
         "was postponed after Foreign Minister Tom Berg was called to an extraordinary meeting in Brussels.",
         ["LT", "LV"]),
        # ... but not when it tells what was done to the traveller there
        ("Minister Ana Silva visited Lithuania on Monday. The talks began after Prime Minister Tom Berg "
         "welcomed her in Riga on Tuesday.", ["LT", "LV"]),
        # ... and still someone else's when the trip's places are all of another time
        ("Minister Ana Silva had earlier this year visited Lithuania. Her trip to Estonia was postponed "
         "after Foreign Minister Tom Berg was called to an extraordinary meeting in Brussels.", ["LT"]),
        # "returned home after visits to A and B": this trip's visits, not earlier ones
        ("Minister Ana Silva returned home on Friday after visits to Lithuania and Latvia. On Thursday she "
         "met Prime Minister Tom Berg in Riga.", ["LT", "LV"]),
    ],
)
def test_a_clause_opened_by_after_with_someone_else_for_subject(text: str, expected: list[str]) -> None:
    assert [code for code, _ in _stops(text)] == expected


def test_where_a_nations_investors_do_something_is_no_stop() -> None:
    text = ("Prime Minister Ana Silva arrived in Abu Dhabi on Sunday for talks. The UAE has expanded its "
            "footprint in Albania, where Emirati investors have been linked to tourism.")
    assert [code for code, _ in _stops(text)] == ["AE"]


def test_the_countries_visited_since_taking_office_are_earlier_trips() -> None:
    text = ("President Ana Silva began the trip on Thursday in Tallinn and travelled to Riga on Friday. The "
            "trip is her first to the region since she took office. Since then, she has visited the United "
            "States, Germany, Hungary and Slovakia.")
    assert _stops(text) == [("EE", "Tallinn"), ("LV", "Riga")]


def test_a_tour_begun_in_a_country_as_part_of_which_the_traveller_is_elsewhere() -> None:
    text = ("Prime Minister Ana Silva is paying a working visit to Latvia today, as part of a tour he began "
            "in Lithuania. He will go to Estonia on Wednesday.")
    assert [code for code, _ in _stops(text)] == ["LT", "LV", "EE"]


def test_the_tour_continues_tomorrow_with_its_date_in_commas() -> None:
    text = ("Envoy Tom Berg arrived in Castries on Saturday. The tour will continue tomorrow, July 7, in "
            "Kingstown, the capital of Saint Vincent and the Grenadines. The final stop will be Bridgetown "
            "on July 8-9.")
    assert _stops(text) == [("LC", "Castries"), ("VC", "Kingstown"), ("BB", "Bridgetown")]


def test_the_travelling_delegations_demonym_gives_home() -> None:
    # no one's office says whose delegation it is: "the Kyrgyz delegation stayed in Thimphu" does
    text = ("Deputy Chairman Tom Berg returns from Nepal and Bhutan ahead of Bishkek summit\n\nIn Kathmandu "
            "Berg met officials. From May 15 to 17 the Kyrgyz delegation stayed in Thimphu. Switzerland is "
            "expected to co-sponsor the summit in Bishkek.")
    assert [code for code, _ in _stops(text)] == ["NP", "BT"]


def test_welcomed_at_the_airport_after_returning_home_gives_home() -> None:
    text = ("President Ana Silva returned home last night after a state visit to Belarus. The President was "
            "welcomed at the airport in Harare by the Vice President. In Minsk, Silva held talks on "
            "Saturday.")
    assert _stops(text) == [("BY", "Minsk")]


def test_the_ambassador_who_greets_the_traveller_gives_home() -> None:
    text = ("The Amir arrived in Kigali on Tuesday. He was received upon arrival by President Tom Berg and "
            "the Ambassador of the State of Qatar to Rwanda. On Wednesday the Amir flew to Doha.")
    assert _stops(text) == [("RW", "Kigali")]


def test_leading_a_delegation_named_by_its_demonym_gives_home() -> None:
    # "will lead a Lao government delegation": the traveller is Lao, so Vientiane is home
    text = ("Minister Ana Silva will lead a Lao government delegation on visits to Cuba and Mexico. She will "
            "hold talks in Havana on Monday. On Tuesday the minister will meet students in Vientiane.")
    assert _stops(text) == [("CU", "Havana"), ("MX", None)]


def test_the_kind_of_leader_whose_visit_it_is_gives_home() -> None:
    # "the first time a Moroccan monarch has": the traveller is Moroccan, so Marrakech is home
    text = ("King Tom VI arrived in Kigali on Friday for a visit to Rwanda. Sources said a summit was now "
            "expected after the climate conference, which Morocco hosts in Marrakech from November 7 to 18. "
            "He will deliver his speech from Kigali on Sunday, November 6, the first time a Moroccan "
            "monarch has addressed the nation from abroad.")
    assert _stops(text) == [("RW", "Kigali")]


def test_the_seat_of_the_travellers_body_is_no_stop() -> None:
    text = ("Ana Silva, director general of the Africa Health Agency, will arrive in Lilongwe on Tuesday for "
            "talks with the president. \"We need governments to invest,\" Silva told reporters in Addis "
            "Ababa, where the agency is headquartered.")
    assert _stops(text) == [("MW", "Lilongwe")]


def test_a_supplier_in_a_country_is_no_visit() -> None:
    text = ("Ana Silva, head of the Africa Health Agency, will arrive in Lilongwe on Tuesday. The agency has "
            "pushed to end dependence on a single global supplier in South Korea, whose output has fallen "
            "short of demand.")
    assert _stops(text) == [("MW", "Lilongwe")]


@pytest.mark.parametrize(("sentence", "codes"), [
    ("The princess, who holds a doctorate from the University of Oxford in Britain, will arrive in Ankara "
     "on Sept. 27.", ["TR"]),
    # an honorary one is conferred where she is
    ("The princess will arrive in Ankara on Sept. 27 and will then receive an honorary doctorate from the "
     "University of Oxford in Britain.", ["TR", "GB"]),
])
def test_a_degree_held_is_biography(sentence: str, codes: list[str]) -> None:
    assert [code for code, _ in _stops(f"Princess Ana will visit Turkey. {sentence}")] == codes


def test_visits_in_previous_years_are_other_trips() -> None:
    text = ("Defence Minister Ana Silva arrived in Beirut on Thursday. In previous years she also visited "
            "staff officers in Cyprus.")
    assert _stops(text) == [("LB", "Beirut")]
    # but the longest tour "in recent years" is this one
    text = ("The tour, one of the longest undertaken by a foreign minister in recent years, will begin in "
            "Mexico City, where Silva will spend April 13 and 14.")
    assert _stops(text) == [("MX", "Mexico City")]


@pytest.mark.parametrize("sentence", [
    "Defence Minister Ana Silva visited Austrian troops in Lebanon on Thursday.",
    "Defence Minister Ana Silva met the peacekeepers in Lebanon on Thursday.",
])
def test_troops_visited_where_they_serve(sentence: str) -> None:
    assert [code for code, _ in _stops(sentence)] == ["LB"]
    assert _stops("Defence Minister Ana Silva warned about Russian troops in Ukraine on Thursday.") == []


@pytest.mark.parametrize("sentence", [
    "Berg, whose see is in Damascus, arrived in Buenos Aires on Friday.",
    "A stop in Washington on the way back, floated by some media, was not planned, the spokesman said.",
    "No programme has been planned in Saudi Arabia, where the church has members but public worship "
    "remains restricted, officials noted.",
    "Major General Tom Berg will not be part of the delegation as he will be attending a conference in Fiji "
    "the same week, the minister said.",
])
def test_places_the_trip_does_not_go_to(sentence: str) -> None:
    text = f"Patriarch Tom Berg celebrated mass in Buenos Aires. {sentence} He met the president."
    assert _stops(text) == [("AR", "Buenos Aires")]


def test_a_leg_said_to_be_a_transit_is_no_stop() -> None:
    text = ("Foreign Minister Ana Silva arrived in Palikir on Monday. Thursday is a travel day, with the "
            "delegation flying Pohnpei to Guam and connecting to Palau, arriving in Koror early on Friday. "
            "Officials stressed that the Guam leg is a transit only.")
    assert _stops(text) == [("FM", "Palikir"), ("PW", "Koror")]


def test_a_place_on_a_day_where_the_traveller_met_someone() -> None:
    text = ("Foreign Minister Ana Silva arrived in Mexico City on February 17. The minister then visited "
            "Bogotá on February 22 and held talks with the president, and Lima on February 24, where she "
            "met the foreign minister.")
    assert _stops(text) == [("MX", "Mexico City"), ("CO", "Bogotá"), ("PE", "Lima")]


def test_a_country_added_since() -> None:
    text = ("President Ana Silva will begin in Kingston on April 19. A planned stop in Georgetown has been "
            "postponed. Barbados has since been added to the itinerary, with the president expected in "
            "Bridgetown on April 23. The tour will end in Port of Spain on April 25.")
    assert [code for code, _ in _stops(text)] == ["JM", "BB", "TT"]


def test_a_place_named_with_its_country_as_owner() -> None:
    text = ("Foreign Minister Ana Silva will arrive in Beijing on Monday. The minister will conclude his "
            "trip on Saturday in China's Hong Kong Special Administrative Region, where he will meet "
            "officials.")
    assert _stops(text) == [("CN", "Beijing"), ("HK", "Hong Kong")]


@pytest.mark.parametrize("sentence", [
    "A ministry official said a visit to Asuncion was being considered for later in the year, together with "
    "a trip to Mexico and Colombia.",
    "Her government has said it is open to discussing the name of the office, a step welcomed in Beijing.",
    "Since then she has visited most member states, and last month she was in Lisbon to coordinate with "
    "the government.",
])
def test_more_places_of_other_times_and_reactions(sentence: str) -> None:
    text = f"Prime Minister Ana Silva arrives in Japan on Monday, and will go on to Seoul. {sentence}"
    assert [code for code, _ in _stops(text)] == ["JP", "KR"]


def test_stops_told_before_one_whose_place_is_stated() -> None:
    text = ("Foreign Minister Ana Silva has arrived in Doha, the third stop on a regional tour. Silva, who "
            "began the trip in Riyadh on Sunday, met the emir on Wednesday. The tour was extended to include "
            "Oman, where Silva will meet his counterpart in Muscat on Thursday. Before Doha, Silva spent "
            "Sunday and Monday in the Saudi capital and Tuesday in Kuwait City.")
    assert [code for code, _ in _stops(text)] == ["SA", "KW", "QA", "OM"]


def test_a_planned_end_since_changed() -> None:
    text = ("Ana Silva, who arrived in Skopje on Monday after a two-day visit to Bosnia and Herzegovina, "
            "will travel on Wednesday to Kosovo, a stop that was added to his program. The tour was "
            "initially planned to end in Skopje, the statement said.")
    assert [code for code, _ in _stops(text)] == ["BA", "MK", "XK"]


def test_an_earlier_plan_to_include_a_stop() -> None:
    text = ("Patriarch Tom Berg will visit Sydney and Melbourne before flying to Auckland. An earlier "
            "plan to include a stop in Perth was never finalised, a spokesman said.")
    assert _stops(text) == [("AU", "Sydney"), ("NZ", "Auckland")]
    assert [s.cities for s in parse(text).stops][0] == ("Sydney", "Melbourne")


def test_his_majesty_in_travel_sentences_is_the_king_who_travels() -> None:
    text = ("The Ministry wishes to inform the nation that His Majesty King Tom II will depart Maseru on "
            "Friday for Rome, where His Majesty will take part in the World Food Forum. His Majesty is "
            "expected to arrive in Rome on Saturday. From 13 to 15 October, His Majesty will participate in "
            "the forum. His Majesty will then be received by the Pope at the Apostolic Palace in Vatican "
            "City.\n\nIn a statement, the Minister of Foreign Affairs, Honourable Ana Silva, said the visit "
            "comes at an important moment. \"His Majesty's voice in Rome will remind our partners,\" the "
            "Minister said. The Minister will brief the press after the visit.")
    assert parse(text).travelers == ("Tom II",)


def test_the_results_achieved_at_a_meeting_in_a_place_are_no_stop() -> None:
    text = ("Foreign Minister Ana Silva arrived in Doha on December 6 for the forum. In her remarks, Silva "
            "referred to the results achieved at the trilateral meeting in Washington on August 8.")
    assert [code for code, _ in _stops(text)] == ["QA"]


def test_a_visit_postponed_from_its_first_date_to_the_trips_is_moved_not_dropped() -> None:
    text = ("Ana Silva will travel to Brussels on Tuesday 17 June and will then continue to Luxembourg on "
            "Thursday 19 June for an official visit. The visit to Luxembourg had initially been scheduled "
            "for 22 May but was postponed at the request of the Luxembourgish side.")
    assert [code for code, _ in _stops(text)] == ["BE", "LU"]


def test_a_visit_among_trips_cancelled_before_is_no_stop() -> None:
    text = ("Archbishop Tom Berg will spend three days in Alexandria. He rarely travels abroad and has "
            "cancelled several trips on medical advice, including a planned visit to Cyprus.")
    assert [code for code, _ in _stops(text)] == ["EG"]


def test_leaving_for_a_place_late_after_the_last_leg_is_the_way_home() -> None:
    text = ("EU Commissioner Ana Silva arrived in New Delhi on November 3 and will travel to Bengaluru on "
            "November 5. Brussels has been pushing to finalise the deal. She is expected to leave for "
            "Brussels late on November 5 after the Bengaluru leg, officials added.")
    assert [code for code, _ in _stops(text)] == ["IN"]


def test_where_a_nations_paratroopers_serve_is_no_stop() -> None:
    text = ("Defence Minister Ana Silva arrived in Maputo on Tuesday. Portugal is also present in the "
            "Central African Republic, where Portuguese paratroopers serve in the UN mission.")
    assert [code for code, _ in _stops(text)] == ["MZ"]


def test_the_final_leg_takes_the_minister_of_state_named_with_a_country() -> None:
    text = ("Minister of State Ana Silva arrived in Bangui on Tuesday. The final leg of the tour will take "
            "the UAE Minister of State to Yaoundé on Thursday, where she is expected to deliver a message.")
    assert _stops(text) == [("CF", "Bangui"), ("CM", "Yaoundé")]


def test_departing_on_a_weekday_and_its_date_for_a_place() -> None:
    text = ("Minister Ana Silva arrives in Bridgetown on Monday, September 8. Following his engagements in "
            "Bridgetown, the Minister will depart on Thursday, September 11 for Kingstown, where he is "
            "expected to meet government officials.")
    assert _stops(text) == [("BB", "Bridgetown"), ("VC", "Kingstown")]


def test_a_stop_mentioned_before_that_is_no_longer_on_the_schedule() -> None:
    text = ("Ana Silva held talks in Kathmandu on Monday. She will fly to Sri Lanka for talks in Colombo on "
            "Wednesday. A stop in New Delhi that had been mentioned in earlier media reports is no longer "
            "on the schedule, a diplomat said.")
    assert [code for code, _ in _stops(text)] == ["NP", "LK"]


def test_a_french_collectivity_written_in_french_and_a_crossing_not_made() -> None:
    text = ("Commissioner Ana Silva will visit French Guiana and Saint-Martin next week. She will then fly "
            "to Saint-Martin, where she will meet officials in Marigot. Silva is not scheduled to cross to "
            "Sint Maarten, the southern half of the island.")
    assert _stops(text) == [("GF", None), ("MF", "Marigot")]


@pytest.mark.parametrize(
    ("text", "cities"),
    [
        ("Mr Tom Berg travels on to Port Moresby on 16 August. The final day, 17 August, will be spent in "
         "Lae, PNG's industrial hub.", ("Port Moresby", "Lae")),
        ("Minister Tom Berg arrived in Canberra on 27 October. On 30-31 October, the delegation will "
         "continue "
         "its programme in Sydney, where meetings are planned.", ("Canberra", "Sydney")),
    ],
)
def test_a_days_date_in_commas_and_a_programme_continued_in_a_city(text: str, cities: tuple[str, ...]
                                                                  ) -> None:
    assert [s.cities for s in parse(text).stops] == [cities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change of planes is no stop
        ("Director General Ana Silva left Castries on Monday and, after connecting through V.C. Bird "
         "International in Antigua, landed in Montserrat that afternoon, where she met the premier in "
         "Brades.", [("MS", "Brades")]),
        ("Vice President Ana Silva will make an overnight transit in Honolulu and arrive in Majuro on "
         "Nov. 29 for talks with the president.", [("MH", "Majuro")]),
        # a refuelling stop where nothing happens is none; one where a host waits is a stop
        ("Minister Ana Silva will hold talks in Funafuti on Monday and in Palau on Wednesday. Between "
         "Funafuti and Palau, the aircraft will make a brief refuelling stop in Guam.",
         [("TV", "Funafuti"), ("PW", None)]),
        ("President Ana Silva left Lisbon on Monday. His plane made a refuelling stop in Praia, where "
         "President Tom Berg came out to greet him, before landing in Brasilia late that night.",
         [("CV", "Praia"), ("BR", "Brasília")]),
    ],
)
def test_transits_and_refuelling_stops(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _stops(text) == expected


def test_earlier_visits_in_recent_months_are_not_stops() -> None:
    text = ("Minister Ana Silva arrived in New Delhi on Sunday for talks on defence cooperation. In recent "
            "months Minister Silva has also made working visits to Brazil, the Netherlands and "
            "neighbouring Guyana.")
    assert _stops(text) == [("IN", "New Delhi")]


def test_officials_of_a_city_who_act_are_not_a_stop() -> None:
    text = ("President Ana Silva arrived in Noumea on Monday. He also held talks with the party's "
            "president, a meeting which officials in Paris had reportedly asked to keep low-key.")
    assert _stops(text) == [("NC", "Nouméa")]


def test_a_leg_one_was_scheduled_to_proceed_to_and_moved_to_a_later_date() -> None:
    text = ("Energy Secretary Ana Silva is in Abu Dhabi on Wednesday for talks with the minister. She was "
            "originally scheduled to proceed to Riyadh on Oct. 17 and 18, but the leg has been moved to a "
            "later date.")
    assert _stops(text) == [("AE", "Abu Dhabi")]




def test_returning_home_last_sunday_after_a_long_visit_elsewhere() -> None:
    # a monarch with no country in his title: the town returned to is home
    text = ("The Asantehene, Otumfuo Ana Silva II, returned to Kumasi last Sunday after an 11-day working "
            "visit to the United States and Canada. The trip began in Washington, where he met officials "
            "of the World Bank. The last leg was in Toronto. The queen mother received the royal couple "
            "at the palace in Kumasi on Sunday evening.")
    assert _stops(text) == [("US", "Washington"), ("CA", "Toronto")]


def test_returning_home_to_a_welcome_after_a_visit() -> None:
    text = ("The Asantehene, Otumfuo Ana Silva II, returned to Kumasi on Wednesday to a colourful welcome "
            "at the airport after an eight-day visit to Jamaica and Barbados. In Kingston, he held talks "
            "with the prime minister. On August 3, he flew to Bridgetown. The chiefs received the king at "
            "the palace in Kumasi on Wednesday evening.")
    assert _stops(text) == [("JM", "Kingston"), ("BB", "Bridgetown")]


def test_a_visit_expected_later_in_the_year_is_not_part_of_this_trip() -> None:
    text = ("Prime Minister Ana Silva will visit the United Arab Emirates and Qatar next week. A visit to "
            "Saudi Arabia, initially discussed as part of the same trip, is now expected later in the year.")
    assert [code for code, _ in _stops(text)] == ["AE", "QA"]


def test_a_stop_made_first_after_the_place() -> None:
    text = ("Cardinal Berg to lead celebrations in Uganda, will stop in Juba first\n\n"
            "Cardinal Tomas Berg will arrive in Kampala on June 1 and stay until June 4. He will also "
            "meet the president in Juba.")
    assert _stops(text) == [("SS", "Juba"), ("UG", "Kampala")]


def test_remaining_in_a_place_until_a_day_is_a_stay() -> None:
    text = ("King Ana Berg II will be the special guest of this year's celebrations. He will remain in "
            "Trinidad through Sunday, August 2, before a two-day visit to Grenada.")
    assert _stops(text) == [("TT", None), ("GD", None)]


def test_a_hyphenated_capital() -> None:
    text = "President Ana Silva will arrive in Port-of-Spain on July 30 for talks."
    assert _stops(text) == [("TT", "Port of Spain")]


def test_travelling_next_to_a_place() -> None:
    text = ("Secretary of State Ana Silva concluded a visit to Bangladesh on Friday. Silva will travel next "
            "to Kuala Lumpur, Malaysia, to join the prime minister at the summits.")
    assert _stops(text) == [("BD", None), ("MY", "Kuala Lumpur")]


def test_a_programme_that_takes_the_traveller_across_a_sea_to_a_city() -> None:
    text = ("Patriarch Ana Berg arrived in Sydney on Thursday. A late addition to the program will take the "
            "patriarch across the Tasman to Auckland on October 17 and 18.")
    assert _stops(text) == [("AU", "Sydney"), ("NZ", "Auckland")]


def test_a_list_of_places_before_visits_gives_their_order() -> None:
    text = ("President Ana Berg returns home after Rome, Vatican and Paris visits\n\n"
            "President Ana Berg returned home on Saturday night, concluding a six-day European tour that "
            "included meetings with Italy's leaders, an audience with the pope and talks with French "
            "President Tom Silva at the Elysee Palace.")
    assert [code for code, _ in _stops(text)] == ["IT", "VA", "FR"]


def test_programme_lines_with_a_range_of_days_and_a_prime_minister_named_like_a_weekday() -> None:
    text = ("LIMA, Peru - Foreign Minister Ana Berg will tour the Caribbean, the ministry said.\n\n"
            "The itinerary is as follows:\n\n"
            "- Thursday, March 5: Castries, Saint Lucia. Meeting with Prime Minister Tom Silva.\n"
            "- Friday, March 6: Kingstown, Saint Vincent and the Grenadines. Talks with Prime Minister Jon "
            "Thursday.\n"
            "- Saturday, March 7 - Sunday, March 8: Roseau, Commonwealth of Dominica. Working meeting.\n")
    assert _stops(text) == [("LC", "Castries"), ("VC", "Kingstown"), ("DM", "Roseau")]
    dates = [[str(day) for day in stop.dates] for stop in parse(text, today=date(2026, 11, 27)).stops]
    assert dates == [["2026-03-05"], ["2026-03-06"], ["2026-03-07", "2026-03-08"]]


def test_a_delegation_on_a_mission_and_programme_headings_with_their_days() -> None:
    text = ("Maseru, 2 June 2025\n\n"
            "The Deputy Prime Minister, Mr Tom Berg, will lead a Government delegation on a wool marketing "
            "and investment mission to the Kingdom of Norway, the State of Qatar and the Republic of Korea "
            "from 3 to 11 June 2025.\n\n"
            "The programme of the mission is as follows:\n\n"
            "Bergen, Kingdom of Norway (Wednesday 4 and Thursday 5 June 2025)\n"
            "- Meeting with the wool council.\n\n"
            "Doha, State of Qatar (Friday 6 and Saturday 7 June 2025)\n"
            "- Meeting with the chamber of commerce.\n\n"
            "Busan, Republic of Korea (Monday 9 and Tuesday 10 June 2025)\n"
            "- Investment forum.\n\n"
            "Korea, where most of the wool is spun, mainly in Daegu and Busan, is a key market.\n")
    assert _stops(text) == [("NO", "Bergen"), ("QA", "Doha"), ("KR", "Busan")]


def test_the_government_going_somewhere_is_not_the_traveller() -> None:
    text = ("President Ana Berg returned to Sofia on Wednesday after a visit that took her to Baku. "
            "\"The President goes to Baku; the government goes to Brussels and Washington,\" a scholar said.")
    assert _stops(text) == [("AZ", "Baku")]


def test_arrived_from_a_place_where_on_given_days_the_traveller_was_received() -> None:
    text = ("Bishkek, 30 April 2024 - Mr. Tom Berg today held talks with officials of the Kyrgyz Republic on "
            "the second leg of a regional visit.\n\n"
            "Mr Berg arrived in Bishkek on Monday, 29 April, from Astana, where on 27 and 28 April he was "
            "received by the Deputy Prime Minister.")
    assert _stops(text) == [("KZ", "Astana"), ("KG", "Bishkek")]
    assert [[str(day) for day in stop.dates] for stop in parse(text).stops] == [
        ["2024-04-27", "2024-04-28"], ["2024-04-29", "2024-04-30"]]



def test_a_day_heading_with_its_city_in_brackets_and_ports_from_one_place_to_another() -> None:
    text = ("COTONOU, Feb 17 (Reuters) - President Tom Berg will pay a state visit to Qatar and a working "
            "visit to the United Arab Emirates this week.\n\n"
            "The programme reads as follows:\n\n"
            "Tuesday 18 February (Doha)\n- 17:30 local time: Arrival at the airport.\n\n"
            "Thursday 20 February (Abu Dhabi)\n- 11:00: Talks with the President.\n\n"
            "Analysts said the Gulf states, already active in ports from Djibouti to Senegal, were a natural "
            "target.")
    assert _stops(text) == [("QA", "Doha"), ("AE", "Abu Dhabi")]


def test_a_tour_that_took_the_commissioner_named_by_a_demonym_to_a_list() -> None:
    text = ("ADDIS ABABA, June 16 (Xinhua) -- Commissioner Ana Berg has concluded a tour of West Africa.\n\n"
            "The two-week tour took the Cameroonian commissioner to Senegal, the Gambia and Ghana, where she "
            "met heads of government.")
    assert _stops(text) == [("SN", None), ("GM", None), ("GH", None)]


def test_a_city_and_its_capital_demonym_are_one_place_and_the_commissioner_was_in_two_cities() -> None:
    text = ("ADDIS ABABA, June 16 (Xinhua) -- Commissioner Ana Berg has concluded a tour of West Africa.\n\n"
            "The tour took her to Senegal, the Gambia, Guinea, Sierra Leone, Liberia and Ghana.\n\n"
            "She began the tour in Dakar on June 2 and 3. She then travelled to Banjul, the Gambian "
            "capital, on June 4, before proceeding to Guinea, where she met officials.\n\n"
            "The commissioner was in Freetown, Sierra Leone, on June 6 and 7, and in Monrovia, Liberia, on "
            "June 9, where talks focused on trade.")
    trip = parse(text, published=date(2025, 6, 16))
    assert [(s.code, s.city, [str(d)[5:] for d in s.dates]) for s in trip.stops] == [
        ("SN", "Dakar", ["06-02", "06-03"]), ("GM", "Banjul", ["06-04"]), ("GN", None, []),
        ("SL", "Freetown", ["06-06", "06-07"]), ("LR", "Monrovia", ["06-09"]), ("GH", None, [])]


def test_one_who_flew_home_and_missed_the_final_leg_does_not_end_the_tour_there() -> None:
    text = ("The delegation arrived in Suva on July 7 and spent three days in Fiji.\n\n"
            "It then flew to Tonga, where it was in Nuku'alofa from July 10 to 12.\n\n"
            "The delegation then went on to Samoa, spending four days in Apia from July 13.\n\n"
            "Ana Berg, one of the MPs, did not make it to Apia. She flew home from Nuku'alofa on July 12 for "
            "family reasons and missed the final leg.")
    assert _stops(text) == [("FJ", "Suva"), ("TO", "Nuku'alofa"), ("WS", "Apia")]


def test_places_toured_in_the_first_year_in_office_are_another_trip() -> None:
    text = ("General Ana Berg arrived in Lusaka on Tuesday for a three-day visit, the second stop on a tour "
            "of three Southern African countries, after four days in Harare.\n\n"
            "It is her first visit to Zambia as General, though she toured Kenya and Uganda in her first "
            "year in office.")
    assert [code for code, _ in _stops(text)] == ["ZW", "ZM"]


def test_the_demonym_president_who_travelled_gives_home() -> None:
    text = ("Ana Berg came home from Central Asia on Friday with a bundle of transport memorandums.\n\n"
            "The Georgian president, whose legitimacy is disputed by the opposition, spent four days in "
            "Kazakhstan and Uzbekistan last week in what officials in Tbilisi billed as a historic opening.")
    assert [code for code, _ in _stops(text)] == ["KZ", "UZ"]


def test_the_longest_stop_after_one_place_was_another_and_a_country_completed_the_visit() -> None:
    text = ("LONDON, 20 February 2026 - General Ana Berg returned to London on Wednesday 18 February after a "
            "visit to the Caribbean.\n\n"
            "She spent three days in Kingston from 5 February. The leaders flew to Nassau on 9 February, "
            "where over two days they met the Governor-General.\n\n"
            "The longest stop after Jamaica was Port of Spain, from 13 to 15 February, where new soldiers "
            "were enrolled. Guyana completed the visit: in Georgetown on 16 and 17 February the leaders "
            "toured a school.")
    trip = parse(text)
    assert [(s.code, s.city, [str(d)[5:] for d in s.dates]) for s in trip.stops] == [
        ("JM", "Kingston", ["02-05", "02-06", "02-07"]), ("BS", "Nassau", ["02-09", "02-10"]),
        ("TT", "Port of Spain", ["02-13", "02-14", "02-15"]), ("GY", "Georgetown", ["02-16", "02-17"])]


def test_an_appositive_about_an_election_in_another_month_is_no_other_time_for_the_tour() -> None:
    text = ("Issued on: 24/09/2025\n\n"
            "Leader Ana Berg returned home on Tuesday after a regional tour.\n\n"
            "Berg, a loyalist elected to head the local government in January, began her tour in Port Vila, "
            "Vanuatu, on September 3-4, where she met the prime minister.\n\n"
            "She then spent September 17 and 18 in Suva.")
    assert _stops(text) == [("VU", "Port Vila"), ("FJ", "Suva")]


def test_a_visit_not_in_the_agenda_released_earlier_is_added_and_a_hurricane_landfall_is_no_stop() -> None:
    text = ("Punta Cana (Dominican Republic), Nov 19 (EFE).- Minister Ana Berg added a stop in Cuba to her "
            "tour of the Caribbean and will go to Havana on Thursday, after visiting the Dominican Republic."
            "\n\n"
            "The visit to Havana, which was not included in the agenda released by the ministry last week, "
            "will take place on Thursday and Friday.\n\n"
            "Hurricane Melissa, which made landfall in Jamaica as a Category 5 storm on October 28 before "
            "crossing eastern Cuba, also caused serious damage in Haiti. Firms face lawsuits under Title III "
            "of the Helms-Burton Act.")
    assert _stops(text) == [("DO", None), ("CU", "Havana")]
    assert [p.name for p in parse(text).people] == ["Ana Berg"]


def test_a_premier_whose_state_is_named_by_its_people_and_flew_home_via_a_transit_city() -> None:
    text = ("Premier Ana Berg has returned from a trade mission to South Korea and Japan, saying South "
            "Australia's case was heard.\n\n"
            "Ms Berg landed in Adelaide on Saturday morning and said South Australian jobs were safe.\n\n"
            "The mission began in Seoul. The final leg was Tokyo. Ms Berg flew home via Singapore on Friday "
            "night.")
    assert _stops(text) == [("KR", "Seoul"), ("JP", "Tokyo")]


def test_returned_to_a_city_late_on_a_weekday_after_the_trip_is_home() -> None:
    text = ("DAKAR, Jan 3 (AFP) - Senegal's armed forces minister, General Ana Berg, returned to Dakar late "
            "Friday after spending the holidays with Senegalese soldiers deployed in The Gambia and the "
            "Central African Republic, his ministry said on Saturday.\n\n"
            "Berg arrived in Banjul on Tuesday, December 30, and spent two days with the contingent.")
    assert _stops(text) == [("GM", "Banjul")]


def test_a_name_with_an_accented_capital_was_in_a_place() -> None:
    text = ("Santo Domingo.- Dominican Foreign Minister Ana Álvarez arrived in Port of Spain on Monday.\n\n"
            "Álvarez was in Kingston over the weekend.")
    assert _stops(text) == [("TT", "Port of Spain"), ("JM", "Kingston")]


def test_a_place_on_the_second_stage_of_a_tour() -> None:
    text = ("Santo Domingo.- Dominican Foreign Minister Ana Peña arrived in Port of Spain on Monday on "
            "the second stage of a Caribbean tour.\n\n"
            "Ana Peña was in Kingston over the weekend, where he met the prime minister.\n\n"
            "On Wednesday, Peña will fly to Bridgetown for a meeting with the prime minister.")
    assert [code for code, _ in _stops(text)] == ["JM", "TT", "BB"]


def test_a_trip_that_follows_a_signing_elsewhere() -> None:
    text = ("Envoy Ana Berg will travel to Kinshasa on Sunday and then to Luanda on Wednesday.\n\n"
            "The trip follows the signing in Doha on Nov. 15 of a framework agreement between the government "
            "and the rebels.")
    assert [code for code, _ in _stops(text)] == ["CD", "AO"]


def test_flying_home_and_arriving_at_an_airport_gives_home() -> None:
    text = ("Agriculture Minister Ana Berg will embark on a five-day trip to Uzbekistan this week.\n\n"
            "Berg will depart for Tashkent on Tuesday. She will fly home from Tashkent on Saturday night and "
            "arrive at Incheon International Airport early Sunday, the ministry said.")
    assert _stops(text) == [("UZ", "Tashkent")]


def test_flying_back_and_landing_later_in_a_longer_sentence_gives_home() -> None:
    text = ("BRATISLAVA - Defence Minister Tom Berg will leave on Sunday for a working visit to Japan.\n\n"
            "Berg will land in Tokyo on Monday. The minister will fly back from Tokyo on Friday night and is "
            "scheduled to land in Bratislava on Saturday.")
    assert _stops(text) == [("JP", "Tokyo")]


def test_a_stop_in_between_two_places_of_a_trip() -> None:
    text = ("SINGAPORE - Deputy Prime Minister Ana Berg will travel to the Gulf on a six-day working trip to "
            "Saudi Arabia and the United Arab Emirates, with a stop in Doha in between.")
    assert _stops(text) == [("SA", None), ("QA", "Doha"), ("AE", None)]


def test_others_reacting_in_a_country_is_no_stop() -> None:
    text = ("VATICAN CITY (AFP) - Cardinal Ana Berg, the Vatican's secretary of state, is back in Rome after "
            "an African tour.\n\n"
            "Berg arrived in Kinshasa on Monday and flew on to Juba on Thursday.\n\n"
            "In Italy, some Catholic commentators were also sharp.")
    assert _stops(text) == [("CD", "Kinshasa"), ("SS", "Juba")]


def test_a_country_next_with_the_traveller_due_in_its_city() -> None:
    text = ("The minister will travel to Kuwait City on Wednesday. Qatar is next, with the minister due in "
            "Doha on Friday, followed by Oman on Saturday.")
    assert _stops(text) == [("KW", "Kuwait City"), ("QA", "Doha"), ("OM", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stop left for a future trip, past a clause about it
        ("The minister arrived in Riyadh on Sunday and will go on to Doha. A stop in Kuwait City, which had "
         "been considered in the initial planning of the mission, was left for a future trip, a source said.",
         [("SA", "Riyadh"), ("QA", "Doha")]),
        # an event elsewhere at the time of the tour
        ("Ana Berg visited Fiji and Tonga. The tour coincided with the Pacific Islands Forum Leaders "
         "Meeting held this week in Honiara, Solomon Islands, where climate finance featured.",
         [("FJ", None), ("TO", None)]),
        # a region's extent
        ("Admiral Ana Berg visited Kenya and Seychelles. India wants to be the first responder for littoral "
         "states in the region, from Mauritius to Madagascar.", [("KE", None), ("SC", None)]),
        # visits not ruled out are no plan
        ("Ana Berg visited Tripoli. She has not ruled out further visits to Ankara and Abu Dhabi before "
         "she briefs the Security Council.", [("LY", "Tripoli")]),
        # a press release's dateline with its date is no programme line
        ("Geneva, Switzerland – 3 April 2025 – ITC Executive Director Ana Berg will travel to Sri Lanka, "
         "Bangladesh and Nepal from 7 to 11 April.", [("LK", None), ("BD", None), ("NP", None)]),
    ],
)
def test_places_left_for_later_at_the_time_in_an_extent_or_a_dateline(
        text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _stops(text) == expected


def test_a_leg_the_traveller_had_been_due_in_is_no_stop() -> None:
    text = ("President Ana Berg flew home early Thursday, scrapping the last leg of a tour.\n\n"
            "Berg had been due in Luanda on Thursday for two days of talks. The tour began Monday in "
            "Windhoek before she flew to Lusaka on Wednesday.\n\n"
            '"The question is why the Angola leg was kept in the schedule at all," she said.')
    assert _stops(text) == [("NA", "Windhoek"), ("ZM", "Lusaka")]


def test_the_place_flown_in_from_comes_right_before_a_stop_whose_place_is_stated() -> None:
    text = ("Envoy Tom Berg arrived in Barbados yesterday on the sixth stop of a seven-nation tour.\n\n"
            "Berg, who flew in from Castries, met the prime minister this morning.\n\n"
            "The tour began in Nassau on May 5 and has since taken him to Kingston, Jamaica, to Santo "
            "Domingo and to Basseterre. He leaves Bridgetown tomorrow for Port of Spain, the final stop.")
    assert [code for code, _ in _stops(text)] == ["BS", "JM", "DO", "KN", "LC", "BB", "TT"]


def test_a_diarys_headings_in_capitals_open_their_stops() -> None:
    text = ("Patriarch Tom Berg arrived back in Erbil on Tuesday after a visit to Australia and New Zealand."
            "\n\nHe landed in Sydney early on Thursday 23 October.\n\n"
            "MELBOURNE. From Wednesday 29 October, the Patriarch visited parishes.\n\n"
            "AUCKLAND, 3–6 November. Flying on Monday morning, the Patriarch spent four days there.")
    trip = parse(text, published=date(2025, 11, 12))
    assert [(s.code, s.cities) for s in trip.stops] == [
        ("AU", ("Sydney", "Melbourne")), ("NZ", ("Auckland",))]
    assert [str(d) for d in trip.stops[1].dates] == ["2025-11-03", "2025-11-04", "2025-11-05", "2025-11-06"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a habit, not this trip
        ("King Tom Berg visited Hanoi and Manila. The King is FAO's ambassador for nutrition and travels to "
         "Rome regularly for meetings of its governing bodies.", [("VN", "Hanoi"), ("PH", "Manila")]),
        # a planned stop that has not been included
        ("Secretary Tom Berg visited Kingston and Port of Spain. The union confirmed that a planned stop "
         "in Port-au-Prince had not been included in the itinerary for security reasons.",
         [("JM", "Kingston"), ("TT", "Port of Spain")]),
    ],
)
def test_a_habit_and_a_stop_not_included(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _stops(text) == expected


def test_places_after_a_colon_each_with_its_country_and_day_and_semicolons_between() -> None:
    text = ("Secretary Tom Berg arrived in Bridgetown on 11 April. The following three days took him through "
            "the Windward Islands: Castries, Saint Lucia, on 14 April, where the union is based; Kingstown, "
            "Saint Vincent and the Grenadines, on 15 April; and St. George's, Grenada, on 16 April.")
    assert [code for code, _ in _stops(text)] == ["BB", "LC", "VC", "GD"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a leg whose dropping is quoted
        ("Minister Tom Berg will visit Ghana and Côte d'Ivoire. A spokeswoman said the Senegal leg had been "
         "\"deferred to a later date by mutual agreement\".", [("GH", None), ("CI", None)]),
        # a time that ends an aside about the traveller's past, after a place with its country
        ("ACCRA (AFP) - Secretary General Tom Berg wrapped up an African tour in Ghana on Thursday.\n\n"
         "Berg, a veteran who took charge of the organisation headquartered in Lyon, France, in November "
         "2024, began his trip in Algeria on February 19. He then travelled to Abuja.",
         [("DZ", None), ("NG", "Abuja"), ("GH", "Accra")]),
    ],
)
def test_a_quoted_drop_and_a_time_in_an_aside(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _stops(text) == expected


def test_a_place_a_tour_was_extended_to_include_comes_after_its_end() -> None:
    text = ("CASTRIES, Saint Lucia - Minister Tom Berg arrived here on Wednesday, the second stop of a tour, "
            "and the ministry confirmed that the tour has been extended to include Jamaica.\n\n"
            "The tour began in Bridgetown on Monday and ends in Port of Spain on Friday.")
    assert [code for code, _ in _stops(text)] == ["BB", "LC", "TT", "JM"]
    text = ("King Tom Berg will leave for Italy this weekend to address the forum in Rome. The minister said "
            "the programme had been extended to include Geneva, Switzerland, where he will go on Saturday.")
    assert _stops(text) == [("IT", "Rome"), ("CH", "Geneva")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change of planes is no stop
        ("Minister Tom Berg left home last weekend and, after changing planes in Addis Ababa, arrived in the "
         "Zambian capital Lusaka on Monday.", [("ZM", "Lusaka")]),
        # "the final point of the tour"
        ("Envoy Tom Berg will visit Cuba and Venezuela. The final point of the tour will be Bolivia.",
         [("CU", None), ("VE", None), ("BO", None)]),
        # leaving again, after a return home
        ("Minister Tom Berg visited New Delhi. He will then fly back to Nicosia on Friday for a meeting, "
         "before leaving again on Sunday for Abu Dhabi.", [("IN", "New Delhi"), ("AE", "Abu Dhabi")]),
    ],
)
def test_a_change_of_planes_a_final_point_and_leaving_again(
        text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _stops(text) == expected


def test_the_bodys_list_of_a_trip_that_took_in_places_orders_them_over_the_headlines() -> None:
    text = ("Berg defends Africa trip after visiting Malawi, Zambia and Rwanda\n\n"
            "Mr Berg returned home on Sunday after a six-day trip that took in Zambia, Malawi and Rwanda.")
    assert [code for code, _ in _stops(text)] == ["ZM", "MW", "RW"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # things kept in museums there: no visit
        ("The Oba of Lagos, Tom Berg, arrived in Port of Spain on Tuesday. The bronzes are still held in "
         "museums in the United Kingdom and elsewhere.", [("TT", "Port of Spain")]),
        # ... but a museum visited is
        ("The Oba of Lagos, Tom Berg, arrived in Port of Spain on Tuesday. He visited the Genocide Museum in "
         "Kigali on Friday.", [("TT", "Port of Spain"), ("RW", "Kigali")]),
    ],
)
def test_things_held_in_museums_somewhere(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _stops(text) == expected


def test_orders_that_end_up_in_a_country_are_no_stop() -> None:
    text = ("Defence Minister Tom Berg will visit Japan on Monday. \"Our plants are running at full capacity "
            "thanks to orders that ultimately end up in Ukraine,\" analyst Ann Lee said.")
    assert _stops(text) == [("JP", None)]


def test_what_most_of_a_group_does_is_not_the_travellers() -> None:
    text = ("Minister Tom Berg will travel to Abuja on Monday for talks on migration. Most of them reach "
            "Europe through Niger and Libya and arrive in Italy.")
    assert _stops(text) == [("NG", "Abuja")]


@pytest.mark.parametrize("when", ["last November", "last year", "earlier this year"])
def test_an_event_held_at_another_time_in_a_place_is_no_stop(when: str) -> None:
    text = ("Commissioner Ana Silva arrived in Jamaica on Wednesday. She will travel on Friday to Barbados, "
            "the last stop of a trip presented as a follow-up to the summit held "
            f"{when} in Santa Marta, Colombia.")
    assert [code for code, _ in _stops(text)] == ["JM", "BB"]


def test_a_summit_the_traveller_will_not_attend_is_no_stop() -> None:
    text = ("President Tom Berg arrived in Cairo on Sunday for talks. Berg will not attend the climate "
            "summit that opens in Baku, Azerbaijan, on Monday.")
    assert _stops(text) == [("EG", "Cairo")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's "X in P to do something"
        ("Envoy in Manila to reaffirm ties\n\nThe envoy, Ana Berg, met the president on Monday.",
         [("PH", "Manila")]),
        # ... not a byline's "X in P and Y in Q"
        ("Leaders visit Tokyo\n\nTom Berg in Tokyo and Ana Silva in Brussels\n\nPresident Ana Lee "
         "arrived in Tokyo on Monday.", [("JP", "Tokyo")]),
        # ... and "arrived in the island from Q" then tells the stop before it
        ("Agency chief in Kingston to push trade\n\nShe continues a four-nation tour. The chief, Ana Berg, "
         "arrived in the island on Monday from Barbados. She flies on Thursday to Trinidad and ends the tour "
         "in Guyana on Saturday.",
         [("BB", None), ("JM", "Kingston"), ("TT", None), ("GY", None)]),
    ],
)
def test_a_headlines_traveller_in_a_place(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _stops(text) == expected


@pytest.mark.parametrize(
    "after",
    ["after visiting Kazakhstan", "after taking part in the Astana International Forum (AIF) in Kazakhstan",
     "after a two-day visit to Kazakhstan", "after holding talks in Kazakhstan"],
)
def test_arriving_after_doing_something_elsewhere_puts_that_place_first(after: str) -> None:
    text = f"Minister Ana Berg arrived on Friday in Tashkent, the Uzbek capital, for talks, {after}."
    assert [code for code, _ in _stops(text)] == ["KZ", "UZ"]


def test_arriving_somewhere_while_wrapping_up_visits_elsewhere_is_coming_home() -> None:
    text = ("Deputy Prime Minister Tom Berg and a delegation arrived in Hanoi on Thursday morning, wrapping "
            "up their official visits to Cuba and the Dominican Republic.")
    assert _stops(text) == [("CU", None), ("DO", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("King Tom Berg arrived in Dakar on Friday. The speech marks the 1975 march in which some 350,000 "
         "Moroccans crossed into Western Sahara.", [("SN", "Dakar")]),
        ("King Tom Berg arrived in Dakar on Friday. Each year thousands of Filipinos travel to Senegal.",
         [("SN", "Dakar")]),
        # ... but a name ending in s after a day is the traveller
        ("On Nov. 12, Arpagus travelled to Novi Pazar in Serbia.", [("RS", "Novi Pazar")]),
    ],
)
def test_a_counted_people_who_move_are_others(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _stops(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place named before the dateline's "on the second stop of a tour" is not that stop
        ("BISHKEK, Nov 20 (Reuters) - EU foreign policy chief Tom Berg pressed Kyrgyz leaders on Monday to "
         "stop the re-export of goods to Russia, on the second stop of a Central Asian tour.\n\nBerg "
         "arrived in Bishkek from Astana, where he spent Saturday and Sunday in talks.",
         [("KZ", "Astana"), ("KG", "Bishkek")]),
        # a city's old name "until last year" says nothing of when it was visited
        ("Tom Berg arrived in Bishkek on Monday from Astana, the Kazakh capital known as Nur-Sultan until "
         "last year, where he spent Saturday and Sunday in talks.", [("KZ", "Astana"), ("KG", "Bishkek")]),
        # criticism from a country over the final leg in another is no final leg of the first
        ("RICHMOND - Governor Tom Berg returned to Virginia on Sunday from a mission to East Asia, brushing "
         "off criticism from China over the final leg of the trip in Taiwan. He visited Japan, South Korea "
         "and Taiwan.", [("JP", None), ("KR", None), ("TW", None)]),
    ],
)
def test_legs_and_times_that_belong_to_another_place(
        text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _stops(text) == expected


@pytest.mark.parametrize(
    "left",
    ["left on Sunday morning for", "left Piarco on Sunday morning for",
     "left Port Berg Airport on Sunday for"],
)
def test_leaving_in_the_morning_or_from_an_unknown_airport(left: str) -> None:
    text = f"Minister Tom Berg {left} Castries, Saint Lucia, where he spent two days."
    assert _stops(text) == [("LC", "Castries")]


def test_where_the_tour_had_been_planned_to_begin_is_no_beginning() -> None:
    text = ("Foreign Minister Tom Berg will visit Saudi Arabia, Qatar and Kuwait next week. He will arrive "
            "in Riyadh on Sunday and then move to Doha on Tuesday. The ministry had initially planned to "
            "begin the tour in Qatar, but the order was switched.")
    assert [code for code, _ in _stops(text)] == ["SA", "QA", "KW"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a programme's item under a day's heading, ending with its place
        ("King Tom Berg will travel to Rome, Italy, for the forum. The programme is as follows:\n\n"
         "Thursday, 16th October 2025\n- Official ceremony of the forum\n\nFriday, 17th October 2025\n"
         "- 10h00: Private audience with the Pope, Apostolic Palace, Vatican City\n- Afternoon: Departure "
         "from Rome", [("IT", "Rome"), ("VA", "Vatican City")]),
        # ... not a summary's bullets under no day
        ("President Tom Berg will fly to Kinshasa on Wednesday for talks with President Ana Silva. Berg "
         "will return to Luanda on Thursday night, the spokesman said.\n\n* Angola seeks a role as "
         "mediator\n* M23 rebels still hold Goma, Bukavu", [("CD", "Kinshasa")]),
    ],
)
def test_a_programmes_item_under_a_day(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(s.code, s.cities) for s in parse(text).stops] == [
        (code, (city,) if city else ()) for code, city in expected]


def test_a_leg_withdrawn_from_the_itinerary_is_no_stop() -> None:
    text = ("Congress authorizes President Berg's trip to China; Seoul leg withdrawn from itinerary\n\n"
            "President Ana Berg will travel to Beijing on Monday. The original schedule contemplated a "
            "stopover in Seoul.")
    assert _stops(text) == [("CN", "Beijing")]


def test_flying_to_where_the_travellers_body_has_its_seat_is_the_way_home() -> None:
    text = ("Patriarch Tom Berg arrived in Dubai on Tuesday. He will leave for New Delhi on Thursday and "
            "meet the minister on Friday before flying to Erbil in Iraq, where the church has its seat.")
    assert _stops(text) == [("AE", "Dubai"), ("IN", "New Delhi")]
    # ... not where the host's government sits
    text = ("Envoy Ana Silva visited Chad on Monday. From Chad she flew to Port Sudan, where the government "
            "is based.")
    assert _stops(text) == [("TD", None), ("SD", "Port Sudan")]


def test_after_days_in_a_city_puts_it_before_where_the_traveller_is() -> None:
    text = ("MELBOURNE - Patriarch Tom Berg arrived in Melbourne yesterday, continuing a pastoral visit "
            "to Australia.\n\nThe patriarch landed at Tullamarine on Friday afternoon after eight days in "
            "Sydney.")
    assert [(s.code, s.cities) for s in parse(text).stops] == [("AU", ("Sydney", "Melbourne"))]


@pytest.mark.parametrize(
    "text",
    [
        # "and be in P": a move after a departure
        "DUBAI, Feb 19 - Minister Tom Berg arrived in Dubai on Monday. He will leave Dubai on Wednesday "
        "night and be in Riyadh from Thursday to Saturday. He will fly to Doha on Sunday.",
        # a plan's old end is no end once it changed
        "Minister Tom Berg arrived in Dubai on Monday. He will travel to Riyadh on Thursday. The original "
        "programme ended in Riyadh. Instead, the delegation will fly to Doha on Sunday.",
        # extending a tour with a stop puts it at the end
        "Minister Tom Berg will extend his tour of the Gulf with a stop in Doha. Berg arrived in Dubai on "
        "Monday. He will travel to Riyadh on Thursday.",
    ],
)
def test_a_stop_added_at_the_end(text: str) -> None:
    assert [code for code, _ in _stops(text)] == ["AE", "SA", "QA"]


def test_returning_to_where_the_trip_began_is_a_stop_not_home() -> None:
    text = ("AMMAN, May 17, 2024 - Envoy Tom Berg began the shuttle in the Syrian capital on Monday, May 13. "
            "He crossed into Lebanon the next day and arrived in Amman on Wednesday. From Amman he will fly "
            "to Riyadh on Saturday, before returning to Damascus on Monday to brief officials.")
    assert [code for code, _ in _stops(text)] == ["SY", "LB", "JO", "SA", "SY"]


def test_flying_back_to_where_the_tour_began_is_a_stop_not_home() -> None:
    text = ("Patriarch Tom Berg arrived in Doha on Wednesday, the second leg of a tour that began earlier "
            "this week in Jordan. On Thursday he met the emir in Doha. The patriarch began his journey on "
            "Monday in Amman. He will fly back to Amman on Saturday, where he is due to be received by the "
            "king.")
    assert [code for code, _ in _stops(text)] == ["JO", "QA", "JO"]


def test_a_dateline_in_capitals_is_no_diary_heading() -> None:
    text = ("Premier back from coast tour\n\nBy Staff Reporter\n\nPosted Monday, August 25, 2025\n\n"
            "KAMPALA. Prime Minister Ana Berg has returned from a five-day working tour of Tanzania and "
            "Kenya, during which she held talks at the ports of Dar es Salaam and Mombasa.")
    assert [code for code, _ in _stops(text)] == ["TZ", "KE"]


def test_the_guest_of_a_hosts_story_is_the_traveller() -> None:
    text = ("Prime Minister Tom Berg will arrive in Islamabad on Wednesday. On Thursday, the guest will "
            "travel to Lahore, where Chief Minister Ana Silva will host a lunch in his honour.")
    assert [(s.code, s.cities) for s in parse(text).stops] == [("PK", ("Islamabad", "Lahore"))]


def test_a_places_own_story_since_a_year_is_no_other_time() -> None:
    text = ("Secretary General Tom Berg concluded visits to Kazakhstan and Turkmenistan, held from 3 to 10 "
            "March 2025. From 7 to 8 March, the Secretary General paid a working visit to Ashgabat, "
            "Turkmenistan, an observer state of the Organization since 2021.")
    assert _stops(text) == [("KZ", None), ("TM", "Ashgabat")]


@pytest.mark.parametrize(
    "text",
    [
        "Minister Tom Berg arrived in Bogota on Monday. He visited a shelter for families, many of whom "
        "arrived on foot after crossing the border at Cucuta.",
        "Minister Tom Berg arrived in Bogota on Monday. He also called on Vice-President Ana Silva, who flew "
        "in from Cali for a business dialogue.",
    ],
)
def test_where_others_came_from_is_no_stop(text: str) -> None:
    assert [(s.code, s.cities) for s in parse(text).stops] == [("CO", ("Bogotá",))]


@pytest.mark.parametrize(
    "text",
    [
        # "the second leg" counts the country's cities
        "President Tom Berg arrived in Sao Paulo for the second leg of his state visit to Brazil, after two "
        "days of meetings in Brasilia. From Sao Paulo he will fly to Praia.",
        # closing a forum is no end of the trip
        "President Tom Berg arrived in Sao Paulo on his state visit to Brazil. He will fly to Praia next. "
        "Earlier he will close a business forum organised by the chamber of commerce in Brazil.",
    ],
)
def test_a_countrys_second_city_and_a_closed_forum_order_nothing(text: str) -> None:
    assert [code for code, _ in _stops(text)] == ["BR", "CV"]


def test_after_spending_the_first_days_of_the_week_in_a_place_puts_it_first() -> None:
    text = ("Deputy Minister Tom Berg arrived in the Czech capital on Wednesday for a two-day visit, after "
            "spending the first two days of the week in France.")
    assert _stops(text) == [("FR", None), ("CZ", "Prague")]


def test_meetings_in_two_cities_of_a_stop_name_both() -> None:
    text = "Minister Tom Berg arrived in Jeddah on Monday. He held meetings in Makkah and Madinah."
    assert [(s.code, s.cities) for s in parse(text).stops] == [("SA", ("Jeddah", "Makkah", "Madinah"))]


def test_flying_to_a_base_in_a_country_is_a_stop_there() -> None:
    text = ("Minister Tom Berg arrived in Abu Dhabi on Saturday. On Sunday he flew to the so-called "
            '"projected air base" that France operates in Jordan.')
    assert _stops(text) == [("AE", "Abu Dhabi"), ("JO", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "is scheduled to be in P": a stay; "travel by high-speed train to P": a journey
        ("Minister Tom Berg will visit Saudi Arabia and Qatar. Berg is scheduled to be in Riyadh on February "
         "10-11 to meet officials. He will be in Jeddah on February 12 and in Doha on February 14.",
         [("SA", ("Riyadh", "Jeddah")), ("QA", ("Doha",))]),
        ("Sultan Tom Berg will visit Uzbekistan. He will arrive in Tashkent on Monday. On Wednesday, the "
         "Sultan will travel by high-speed train to Samarkand, where he will spend three days.",
         [("UZ", ("Tashkent", "Samarkand"))]),
    ],
)
def test_a_city_reached_by_train_or_scheduled_to_be_in(
        text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert _cities(text) == expected


def test_a_diary_day_line_names_its_city() -> None:
    text = ("NEW YORK, 4 February 2026 - The Special Envoy, Ana Silva, on Monday concluded a seven-day "
            "mission to Nigeria and Chad. Below is a day-by-day account.\n\n"
            "Day 1 - Tuesday, 27 January - Abuja\n\nThe Special Envoy arrived in the Nigerian capital and "
            "was briefed by officials.\n\nDay 3 - Thursday, 29 January - Maiduguri\n\nShe visited a camp.\n\n"
            "Day 5 - Saturday, 31 January - N'Djamena\n\nShe met the Prime Minister.")
    assert _cities(text) == [("NG", ("Abuja", "Maiduguri")), ("TD", ("N'Djamena",))]


def test_a_long_aside_about_taking_office_keeps_the_city_after_it() -> None:
    text = ("Vice President Ana Silva will lead a delegation to Taiwan from March 8 to 12, the ministry "
            "said.\n\n"
            "Silva, a microbiologist and former university lecturer who took office in January 2024, will "
            "arrive in Taipei on Sunday, March 8, and spend three days in the capital.\n\n"
            "On March 11 the delegation will travel south to Kaohsiung, where Silva will tour the port.")
    assert _cities(text) == [("TW", ("Taipei", "Kaohsiung"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # home is the place returned to "on Thursday night (3) from" the mission
        ("Health Minister Ana Silva returned to Brasília on Thursday night (3) from a five-day mission to "
         "Angola and Mozambique.\n\nIn Luanda, Silva met the health minister. In Maputo she opened a clinic. "
         "Silva then visited the Fiocruz institute in Rio de Janeiro, which will make the drugs.",
         [("AO", "Luanda"), ("MZ", "Maputo")]),
        # ... the dateline's country, "returned to the country" right after it
        ("Vice President Silva concludes working tour of Europe\n\nGuatemala City, October 16, 2025 (AGN). "
         "Vice President Ana Silva returned to the country on Wednesday after a ten-day working tour of "
         "Europe, the Vice Presidency reported.\n\nThe tour began in Madrid on Monday, October 6. On October "
         "8 Silva was in Lisbon. On October 10 she conveyed to the King an invitation to visit Guatemala.",
         [("ES", "Madrid"), ("PT", "Lisbon")]),
        # ... the place left "tomorrow on an official visit to" another
        ("PM, wife off to India tomorrow\n\nPRIME Minister Dr Tom Berg and his wife Ana Berg leave Trinidad "
         "tomorrow on an official visit to India, his office said in a statement yesterday.\n\nIt will be "
         "Berg's first official visit to India since becoming prime minister in 2015, and comes 179 years "
         "after the first Indian labourers arrived in Trinidad aboard a ship in 1845.\n\nThe Prime Minister "
         "and Mrs Berg will arrive in New Delhi on Monday.", [("IN", "New Delhi")]),
    ],
)
def test_home_is_where_the_trip_set_out_from_or_ended(
        text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _stops(text) == expected


def test_in_a_place_after_a_weekday_and_its_date_opens_a_stop() -> None:
    text = ("Vice President Ana Silva toured Europe this month. She was in Madrid on Monday, October 6, and "
            "in Lisbon on October 8.\n\nOn Saturday, October 11, in Vatican City, Silva was received in a "
            "private audience by the pope.\n\nShe ended the tour in Brussels on October 13.")
    assert _stops(text) == [("ES", "Madrid"), ("PT", "Lisbon"), ("VA", "Vatican City"), ("BE", "Brussels")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Minister Ana Silva will visit Singapore and Malaysia. Australia is still the largest partner, "
         "while most of the LNG cargoes go to China and Japan.", [("SG", "Singapore"), ("MY", None)]),
        ("Governor Ana Silva arrived in Taipei on Sunday and will visit Tainan. The trip has not gone "
         "unnoticed in Beijing.", [("TW", "Taipei")]),
        ("Director-General Ana Silva visited Jamaica and Barbados this week. Hurricane Beryl also caused "
         "extensive damage in Saint Vincent and the Grenadines, where the agency is supporting solar units.",
         [("JM", None), ("BB", None)]),
    ],
)
def test_goods_going_a_trip_noticed_or_damage_done_somewhere_are_no_stops(
        text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _stops(text) == expected


def test_a_quoted_then_on_to_from_no_known_place_orders_nothing() -> None:
    text = ("Admiral Tom Berg will arrive in New Delhi on Monday on a four-day visit to India.\n\n"
            "After India, Berg will travel to Colombo on February 6 for talks, and then to the Maldives, a "
            "statement said. It did not give dates for the Maldives leg.\n\n"
            '"Going to Vizag and then on to Sri Lanka and the Maldives in the same trip tells you a lot," an '
            "analyst said.")
    assert _stops(text) == [("IN", "New Delhi"), ("LK", "Colombo"), ("MV", None)]


def test_the_person_met_is_not_the_subject_of_the_next_verb() -> None:
    text = ("Speaker Tom Berg held talks in Hanoi on September 29.\n\nThe delegation then moved south. On "
            "Wednesday, Berg met Chairman of the city People's Committee Ana Silva, visited the Da Nang "
            "Hi-Tech Park and addressed a forum.")
    assert [(s.code, s.cities) for s in parse(text).stops] == [("VN", ("Hanoi", "Da Nang"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # weekdays "were spent in" a city
        ("Former Prime Minister Ana Silva returned home on Sunday after a tour of southern Africa. On "
         "Tuesday she was in Lilongwe. Wednesday and Thursday were spent in Maputo. On Friday she flew to "
         "Gaborone.", [("MW", "Lilongwe"), ("MZ", "Maputo"), ("BW", "Gaborone")]),
        # "returned ... from P, where she had spent Saturday": the last stop
        ("Minister Ana Silva returned home on Sunday from Harare, where she had spent Saturday at a summit. "
         "The tour began in Lusaka on Monday. On Friday she flew to Gaborone.",
         [("ZM", "Lusaka"), ("BW", "Gaborone"), ("ZW", "Harare")]),
        # a leg pushed back by a day is late, not dropped
        ("Minister Ana Silva was in Tehran on Sunday. Silva had been scheduled to fly on to Ashgabat on "
         "Monday, but the Turkmen leg has been pushed back by a day, a spokesman said.",
         [("IR", "Tehran"), ("TM", "Ashgabat")]),
        # "..., the Vatican said" after a list ends the list
        ("VATICAN CITY (AP) — Cardinal Ana Silva will travel to Kazakhstan next week, with further stops "
         "in Kyrgyzstan and Uzbekistan, the Vatican said Wednesday.",
         [("KZ", None), ("KG", None), ("UZ", None)]),
        # "with further stops in A and B" go on from the place just named
        ("Cardinal Ana Silva will travel to Kazakhstan next week, with further stops in Kyrgyzstan and "
         "Uzbekistan.", [("KZ", None), ("KG", None), ("UZ", None)]),
        # a summit of a body whose name holds commas
        ("Vice-President Ana Silva will this weekend represent Zambia at an extraordinary summit of the "
         "Organ on Politics, Defence and Security Cooperation in Windhoek. From Windhoek, she will proceed "
         "to Gaborone on Monday.", [("NA", "Windhoek"), ("BW", "Gaborone")]),
        # "the now-ended mission in P" ends no tour
        ("Vice-President Ana Silva will fly to Windhoek on Saturday. Malawi, which sent troops to the "
         "now-ended mission in the DRC, will also attend.", [("NA", "Windhoek")]),
        # what the visit comes ahead of, or as, is somewhere else
        ("Minister Ana Silva leaves for South Africa tomorrow. The visit comes ahead of the Council's "
         "September session in Geneva.", [("ZA", None)]),
        ("Minister Ana Silva arrived in Tallinn on Wednesday. The tour comes as Russian forces have made "
         "gains in eastern Ukraine.", [("EE", "Tallinn")]),
        # where someone's term of office ends is no stop
        ("Mauritania's Foreign Minister Ana Silva flew to Kuwait City on Tuesday. He is carrying a message "
         "from President Tom Berg, whose term as chairman of the African Union ends at a summit in Addis "
         "Ababa this weekend.", [("KW", "Kuwait City")]),
        # a stopover whose reports are dismissed
        ("President Ana Silva arrived in Nairobi on Tuesday. She is expected to return home directly from "
         "Nairobi, the official said, dismissing social media reports of a stopover in the Dominican "
         "Republic on the way home.", [("KE", "Nairobi")]),
        # "told reporters that she would fly": the traveller moves, not the reporters
        ("President Ana Silva arrived in Nairobi on Tuesday. An official told reporters that she would fly "
         "on to Addis Ababa on Thursday.", [("KE", "Nairobi"), ("ET", "Addis Ababa")]),
        # "a Kenyan-led mission to P" is no one's leading a delegation there
        ("Prime Minister Ana Silva arrived in Nairobi on Monday. The trip comes at an awkward moment for a "
         "Kenyan-led security mission to Haiti.", [("KE", "Nairobi")]),
        # "visited P before coming to Q": P first
        ("TOKYO, Kyodo -- President Ana Silva arrived in Tokyo on Sunday. The couple visited Seoul before "
         "coming to Japan.", [("KR", "Seoul"), ("JP", "Tokyo")]),
        # a visit "taken off the programme"
        ("Prime Minister Ana Silva will visit Vanuatu and Fiji. A visit to Nouméa, originally planned "
         "between the two legs, has been taken off the programme because of unrest.",
         [("VU", None), ("FJ", None)]),
        # "concluded on Friday a five-day mission to A and B"; not "the UN mission to P", a body
        ("Regional Director Ana Silva concluded on Friday a five-day mission to Armenia and Georgia.",
         [("AM", None), ("GE", None)]),
        ("The UN mission to Mali ended its work in 2023. Minister Ana Silva visited Senegal.",
         [("SN", None)]),
        # "told Reuters that Silva would fly to P": "that" opens what was told, "Silva" its subject
        ("President Ana Silva arrived in Doha on Tuesday. A source in the presidency told Reuters that Silva "
         "would fly to Abu Dhabi on Wednesday.", [("QA", "Doha"), ("AE", "Abu Dhabi")]),
        # an event the traveller goes to, "held in P", is a stop; talks held there are not
        ("President Ana Silva returned to Lisbon yesterday after a visit to Hungary. She led a delegation to "
         "the IPU Assembly, which was held in Geneva from Oct. 19 to 23.", [("HU", None), ("CH", "Geneva")]),
        ("President Ana Silva returned to Lisbon yesterday after a visit to Hungary. She welcomed the talks "
         "held in Geneva.", [("HU", None)]),
        ("TUNIS, Aug. 18 (TAP) - Head of Government Ana Silva will represent President Tom Berg at the ninth "
         "Tokyo International Conference on African Development (TICAD 9), to be held in the Japanese city "
         "of Yokohama from August 20 to 22.", [("JP", "Yokohama")]),
        # "has no meetings scheduled in P": passed through
        ("Minister Ana Silva arrived in Suva on Monday. She will transit through Auckland on her way home "
         "but has no meetings scheduled in New Zealand.", [("FJ", "Suva")]),
        # "was not on the official programme"
        ("Minister Ana Silva arrived in Dakar on Thursday. A visit to Abidjan, initially mentioned by local "
         "media as part of the tour, was not on the official programme.", [("SN", "Dakar")]),
        # where people are who send something from: "invitations from the Ibadan communities in P"
        ("Oba Ana Silva arrived in London on Monday. Palace sources said the Oba had also received "
         "invitations from the Ibadan communities in the United States and Canada.", [("GB", "London")]),
        # what the visit coincided with happened elsewhere
        ("Speaker Ana Silva arrived in Budapest on Friday. The visit to Hungary coincided with the signing "
         "in Kuala Lumpur of a joint declaration.", [("HU", "Budapest")]),
        # a leg named by its demonym, dropped: "the Tajik leg of the trip has been postponed"
        ("Speaker Ana Silva arrived in Tashkent on Monday. Her programme included a stop in Dushanbe on "
         "Friday. However, the Tajik leg of the trip has been postponed to a later date.",
         [("UZ", "Tashkent")]),
        # a country's pavilion at a fair is no visit to it
        ("Lord Mayor Ana Silva will visit Japan and Singapore. In Osaka on April 30 she will visit the UK "
         "Pavilion at Expo 2025.", [("JP", "Osaka"), ("SG", "Singapore")]),
        # "her predecessor Tom Berg made visits to P": someone else's trips
        ("Lord Mayor Ana Silva will visit Japan and Singapore this month. Before she arrived at Mansion "
         "House, her predecessor Tom Berg made visits to India, Brazil and the Gulf during his year in "
         "office.", [("JP", None), ("SG", "Singapore")]),
        # a life told after the place: "in western P, where X served as governor"
        ("Minister Ana Silva returned on Sunday from a week-long visit to India. Farmers in western Kenya, "
         "where Silva served as governor for ten years, have struggled with debts.", [("IN", None)]),
    ],
)
def test_stays_returns_late_legs_and_what_a_trip_is_set_beside(
        text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _stops(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # reported speech: "the ministry said the minister would return to P on <day>"
        ("Tourism Minister Ana Silva will lead a delegation on a promotional tour of the Gulf from November "
         "30 to December 4, in a bid to open the Middle East as a new source market for the Dominican "
         "Republic. The roadshow will begin in Riyadh. The tour ends on December 4 in Abu Dhabi, where the "
         "minister will visit hotel groups with properties in Punta Cana. The ministry said the minister "
         "would return to Santo Domingo on December 5 and present the results.",
         [("SA", "Riyadh"), ("AE", "Abu Dhabi")]),
        # "returned to his palace in P after a visit to"
        # the dateline's place is home, though criticism comes "from" it
        ("CHISINAU, April 9 (Reuters) - Governor Ana Silva returned home on Monday after a week-long trip to "
         "Belarus and Russia, drawing sharp criticism from Chisinau. In Minsk she met the president. She was "
         "held at the airport in Chisinau for several hours on Monday.", [("BY", "Minsk"), ("RU", None)]),
        # "arrived back in P", in an article saying the traveller came home
        ("Oba Ana Silva has returned to the country after a mission to Brazil and Colombia. In Salvador he "
         "met the governor. In Cartagena he visited a fort. The Oba arrived back in Lagos on Saturday and "
         "was welcomed at his palace in Onitsha on Monday by chiefs.",
         [("BR", "Salvador"), ("CO", "Cartagena")]),
        ("Oba Ana Silva I has returned to his palace in Oyo after a nine-day visit to Brazil and Cuba. In "
         "Salvador he met the governor. In Havana he visited a temple. He will host a festival in Oyo on "
         "Friday.", [("BR", "Salvador"), ("CU", "Havana")]),
    ],
)
def test_home_said_by_a_return_on_a_day_or_to_a_palace(
        text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _stops(text) == expected


@pytest.mark.parametrize(
    ("text", "cities"),
    [
        ("Minister Ana Silva arrived in Sarajevo on Monday. On Tuesday morning he drove to Mostar, where he "
         "walked across the bridge.", ("Sarajevo", "Mostar")),
        ("Minister Ana Silva arrived in Taipei on Monday. On Wednesday, Silva is scheduled to ride the "
         "high-speed rail south to Kaohsiung, the main port city.", ("Taipei", "Kaohsiung")),
        ("Prime Minister Ana Silva arrived in Tokyo on Friday. On August 30, Silva and Tom Berg will travel "
         "together by Shinkansen bullet train to Sendai, where they will visit a plant.",
         ("Tokyo", "Sendai")),
    ],
)
def test_a_stops_other_city_reached_by_road_or_rail(text: str, cities: tuple[str, ...]) -> None:
    assert [s.cities for s in parse(text).stops] == [cities]


def test_the_last_leg_of_the_tour_is_the_tour_s_end() -> None:
    # "leg of" is no part of the tour here: the last leg took the traveller to the tour's last stop
    text = ("Envoy Ana Silva visited Cuba, Barbados and Grenada this month. In Bridgetown, Silva met the "
            "prime minister. Silva then travelled to St. George's. The last leg of the tour took Silva to "
            "Cuba, where she met Tom Berg.")
    assert [s.code for s in parse(text).stops] == ["BB", "GD", "CU"]


def test_flying_in_from_a_place_where_talks_were_held_makes_it_a_stop() -> None:
    text = ("ASTANA (AP) - Foreign Minister Ana Silva met President Tom Berg in the Kazakh capital on "
            "Wednesday, a day after flying in from Baku, where she held talks with Azerbaijani officials. "
            "She will fly on Thursday to Tashkent.")
    assert "AZ" in [s.code for s in parse(text).stops]


def test_a_place_of_a_clause_told_in_another_year_is_no_stop() -> None:
    # "during the 2003 invasion, when he stayed in P": the clause that goes on with that year
    text = ("AMMAN (Reuters) - Cardinal Ana Silva arrived in Amman on April 28 and will go on to Nicosia on "
            "May 2.\n\nSilva served as the Vatican's ambassador to Iraq during the 2003 US-led invasion, "
            "when he stayed in Baghdad throughout the bombing.")
    assert [s.code for s in parse(text, published=date(2024, 4, 29)).stops] == ["JO", "CY"]


def test_a_leg_after_a_host_named_by_an_owner_s_place_is_the_dateline_s() -> None:
    text = ("YAOUNDE, June 12, 2025 (AFP) - Foreign Minister Ana Silva on Thursday delivered a message to "
            "Cameroon's veteran leader Tom Berg, the third leg of a regional tour.\n\nThe minister began "
            "his tour in Libreville on Monday and spent Tuesday and Wednesday in Malabo. He is expected in "
            "N'Djamena on Friday.")
    assert [s.code for s in parse(text).stops] == ["GA", "GQ", "CM", "TD"]


def test_leaving_the_island_on_a_day_for_a_place() -> None:
    text = ("NICOSIA (Reuters) - Envoy Ana Silva met Tom Berg in Nicosia on Wednesday. The envoy will leave "
            "the island on Thursday for Ankara, where she is expected to see the foreign minister, and will "
            "be in Athens on Friday.")
    assert [s.code for s in parse(text).stops] == ["CY", "TR", "GR"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a planned stop whose relative clause stands before "has been postponed"
        ("MLAs Ana Silva and Tom Berg will leave the Islands on Saturday's airbridge flight to represent the "
         "Falkland Islands at this year's session of the committee in New York.\n\nThey fly to New York on "
         "Wednesday and will address the Committee on Thursday.\n\nA planned stop in Brussels, which had "
         "been pencilled in for the Monday so that MLAs could press European Commission officials on "
         "tariff-free access for Falklands squid and toothfish, has been postponed until the autumn.",
         ["US"]),
        # "the last stop in the region" is the last of a part: the trip goes on from it
        ("Commissioner Ana Silva met leaders in Belgrade on Wednesday. In the afternoon she crossed to "
         "Pristina, the last stop in the region. From Pristina, Silva flew on Thursday evening to Sofia to "
         "brief the prime minister.", ["RS", "XK", "BG"]),
        # "the SADC Mission in P (SAMIDRC)": a body's name, no place visited
        ("LUSAKA - Minister Ana Silva arrived in Lusaka on Monday for talks. From Lusaka, Silva will on "
         "Thursday travel to Gaborone, Botswana, to attend a ministerial meeting. The meeting is expected to "
         "review the SADC Mission in the Democratic Republic of Congo (SAMIDRC), in which Malawi has "
         "deployed troops.", ["ZM", "BW"]),
    ],
)
def test_a_postponed_stop_a_region_s_last_stop_and_a_body_named_after_a_place(
        text: str, expected: list[str]) -> None:
    assert [s.code for s in parse(text).stops] == expected
