"""Towns below the main gazetteer's size (parse/towns.py): read only where their country is named,
where a place is written, and never inside a person's name."""

from __future__ import annotations

from datetime import date

import pytest

from itinerary.parse import parse
from itinerary.parse.places import gazetteer, package_data
from itinerary.parse.towns import find_towns, town_keys, with_state_towns


def _towns(text: str, names: frozenset[str] = frozenset()) -> list[tuple[str, str | None]]:
    places = gazetteer().scan(text)
    named = {m.country for m in places if m.country}
    return [(m.text, m.country) for m in find_towns(text, named, places, names)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a preposition, described after a comma, after "the town of", with its country
        ("In Chad, the envoy will travel to Moundou.", [("Moundou", "TD")]),
        ("Chad's leader went on to Abeche, a market town near the border.", [("Abeche", "TD")]),
        ("She toured Chad, including the market town of Sarh.", [("Sarh", "TD")]),
        ("He spoke in Chad. Moundou, Chad, is the second city.", [("Moundou", "TD")]),
        # its country not named: not read; a month, an area, "the": not towns
        ("The envoy will travel to Moundou.", []),
        ("Kyrgyzstan will vote in March.", []),
        ("He met Kyrgyzstan's leader in Karakol province.", []),
        ("Kyrgyzstan sent a letter to the Karakol.", []),
        # a town's name with nothing around it that says it is a place
        ("Kyrgyzstan said Karakol was calm.", []),
        # an acronym that is also a town's name ("Un", India)
        ("India sent officers who shared their experience of participating in UN peacekeeping missions in "
         "Lebanon.", []),
        # an Arabic town's name without its article ("Al Jubail")
        ("In Saudi Arabia, the admiral travelled to Jubail.", [("Jubail", "SA")]),
    ],
)
def test_towns_are_read_where_a_place_is_written(text: str, expected: list[tuple[str, str]]) -> None:
    assert _towns(text) == expected


def test_a_town_placed_in_another_country_is_not_its_namesake() -> None:
    text = ("KURCHATOV, Kazakhstan (Kazinform) — The envoy laid flowers at the test site, which Russia "
            "inherited. She arrived in the former closed town of Kurchatov early on Friday.")
    assert _towns(text) == []


def test_a_word_of_a_persons_name_is_no_town() -> None:
    assert _towns("Kyrgyzstan's envoy flew to Karakol.", frozenset({"karakol"})) == []


def test_a_town_is_a_city_of_its_stop() -> None:
    trip = parse("Ana Silva will visit Chad next week. She will meet the president in N'Djamena before "
                 "travelling to Abeche, a town that hosts refugees, and then fly to Nigeria.")
    assert [(s.code, s.cities) for s in trip.stops] == [("TD", ("N'Djamena", "Abeche")), ("NG", ())]


def test_a_city_with_its_country_after_a_comma_takes_the_days_said_after_it() -> None:
    trip = parse("TOKYO, Feb 21 (Reuters) - Governor Tom Berg will attend a meeting in Cape Town next week. "
                 "Berg will be in the South African city on Wednesday and Thursday, and will then travel "
                 "to Geneva, Switzerland, to attend a meeting of central bankers on March 2 and 3, the "
                 "bank said.", published=date(2025, 2, 21))
    assert [(s.code, s.dates) for s in trip.stops] == [
        ("ZA", ("2025-02-26", "2025-02-27")), ("CH", ("2025-03-02", "2025-03-03"))]


def test_a_bare_name_that_is_a_town_is_the_town() -> None:
    # "Am Timan" is no one: with nothing but a name around it, a run that is a town is the town
    text = ("Ana Silva will visit Chad. Critics say she has gone soft on N'Djamena and Am Timan.\n\n"
            "— Tuesday 22 September, Am Timan: talks on refugees.")
    trip = parse(text)
    assert [(s.code, s.cities) for s in trip.stops] == [("TD", ("Am Timan",))]
    assert [p.name for p in trip.people] == ["Ana Silva"]


def test_a_towns_airport_places_the_country_but_names_no_city() -> None:
    trip = parse("Queen Ana Silva landed at Ezeiza international airport outside the capital on Wednesday "
                 "for a state visit to Argentina.", published=date(2026, 11, 5))
    assert [(s.code, s.cities, s.dates) for s in trip.stops] == [("AR", (), ("2026-11-04",))]


def test_a_towns_named_airport_is_the_country_too() -> None:
    trip = parse("Cardinal Tom Berg arrived at Moundou International Airport on Monday. Chadian officials "
                 "met him there.")
    assert [(s.code, s.cities) for s in trip.stops] == [("TD", ())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # written with its state: a city of the state's country, whatever else the name means
        ("He will head to Georgetown, Kentucky, home to a car plant.", [("Georgetown", "US", "city")]),
        ("In Columbus, Ohio, she met the governor.", [("Columbus", "US", "city")]),
        ("The delegation moves on to Pune, Maharashtra, on Friday.", [("Pune", "IN", "city")]),
        # a list of states, or a country before a state, is no town; nor a person and a party
        ("Storms hit Texas, Ohio and Utah.", []),
        ("Rep. Tom Berg, Ohio Republican, objected.", []),
        ("Exports from Mexico, Louisiana and Texas rose.", [("Mexico", "MX", "country")]),
    ],
)
def test_a_place_written_with_its_state(text: str, expected: list[tuple[str, str, str]]) -> None:
    places = with_state_towns(text, gazetteer().scan(text))
    assert [(m.text, m.country, m.kind) for m in places] == expected


def test_a_big_city_whose_name_is_also_a_given_name_is_a_town_beside_its_country() -> None:
    # "Salvador" is no place on its own (Salvador Nasralla), but Salvador, Bahia has 2.7 million people
    assert _towns("The governor spent four days in Salvador, in Brazil's north-east.") == [("Salvador", "BR")]
    assert _towns("Salvador Nasralla spoke in Brazil.", frozenset({"salvador", "nasralla"})) == []


def test_a_town_of_two_named_countries_is_the_far_bigger_ones() -> None:
    # Hobart, Australia (250,000 people) and Hobart, Indiana (28,000)
    text = "The Australia visit ends in Hobart, after talks on US tariffs."
    assert _towns(text) == [("Hobart", "AU")]


def test_the_town_table_has_one_line_per_country_of_keys_and_populations() -> None:
    # _towns_of reads a country's line as folded name, population, folded name, population, ...
    lines = [line for line in package_data("towns.tsv").splitlines() if line and not line.startswith("#")]
    codes = [line.split("\t", 1)[0] for line in lines]
    assert len(codes) == len(set(codes)) and all(len(code) == 2 and code.isupper() for code in codes)
    for line in lines:
        fields = line.split("\t")[1:]
        assert len(fields) % 2 == 0 and all(p.isdigit() for p in fields[1::2])
        assert all(k == k.lower() and k.strip() == k for k in fields[0::2])


def test_a_towns_keys_are_its_folded_names_and_each_without_an_arabic_article() -> None:
    assert town_keys("Al Jubail", ["Al-Jubayl", "Jubail"]) == ["al jubail", "jubail", "al-jubayl", "jubayl",
                                                               "jubail"]
    assert town_keys("Adré", []) == ["adre"]


def test_a_town_heading_a_programme_day() -> None:
    text = ("Programme of the state visit of President Ana Silva to Canada\n\nFriday 2 October – Winnipeg\n"
            "The President travels to Winnipeg in the morning.\n\nSaturday 3 October – Brandon\nThe "
            "President lays a wreath and meets farmers.")
    assert [(s.code, s.cities) for s in parse(text).stops] == [("CA", ("Winnipeg", "Brandon"))]


def test_a_capital_whose_name_is_a_common_name_is_read_beside_its_country() -> None:
    text = ("President Tom Berg held talks in Port Louis on Friday before ending the tour in Victoria on "
            "Saturday with a visit to Seychelles President Ana Silva.")
    assert [(s.code, s.cities) for s in parse(text).stops] == [("MU", ("Port Louis",)), ("SC", ("Victoria",))]


def test_a_small_countrys_towns_under_fifteen_thousand_people() -> None:
    text = ("Minister Tom Berg held talks in Suva on Monday and flew to Koror on Wednesday to meet Palau's "
            "president.")
    assert [(s.code, s.cities) for s in parse(text).stops] == [("FJ", ("Suva",)), ("PW", ("Koror",))]


def test_a_town_named_with_its_article() -> None:
    text = ("Minister Tom Berg flew to Saba, where he met the island governor in The Bottom. Saba and "
            "Bonaire are special municipalities.")
    assert _towns(text) == [("The Bottom", "BQ")]
