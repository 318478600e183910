"""Which time phrase dates which stop (parse/timing.py), through `parse()` on short articles."""

from __future__ import annotations

from datetime import date

import pytest

from itinerary.parse import parse
from itinerary.parse.timing import StopTime, date_order


def _dates(text: str, anchor: date | None = None) -> dict[str, list[str]]:
    return {s.country: list(s.dates) for s in parse(text, published=anchor).stops}


def _coded_days(text: str, published: date) -> list[tuple[str, list[str]]]:
    """Each stop's country code and days, in trip order."""
    return [(s.code, [str(d) for d in s.dates]) for s in parse(text, published=published).stops]


def test_a_weekday_beside_its_date_gives_the_year_only() -> None:
    # No date of writing: "Monday, February 16" fell on a Monday in 2026 only (of the years around
    # the reading day), so "March 2" is 2026's; "on Wednesday" needs the writing day and stays undated.
    text = ("Foreign Minister Ana Silva will begin the tour in Lima on Monday, February 16. She will "
            "travel to Quito on Wednesday and end the tour in Bogota on March 2.")
    trip = parse(text, today=date(2026, 11, 27))
    assert [(s.country, s.when, list(s.dates)) for s in trip.stops] == [
        ("Peru", "Monday, February 16", ["2026-02-16"]), ("Ecuador", "Wednesday", []),
        ("Colombia", "March 2", ["2026-03-02"])]
    assert (trip.published, trip.published_from) == (None, "year of 'Monday, February 16'")


def test_weekday_moves_into_the_stated_window() -> None:
    # Anchor Friday 2026-01-02: the next Saturday is Jan 3, but the trip runs Jan 5 to 10.
    text = ("Foreign Minister Ana Silva will visit Kenya and Ghana from Jan. 5 to 10, the ministry "
            "said on Friday. Silva will begin the tour in Nairobi on Monday. She will end her tour "
            "in Ghana on Saturday.")
    assert _dates(text, date(2026, 1, 2)) == {"Kenya": ["2026-01-05"], "Ghana": ["2026-01-10"]}


def test_phrase_belongs_to_the_nearest_stop() -> None:
    text = ("President Ana Silva will travel to Peru and Chile. Silva will arrive in Lima on May 18 "
            "and spend three days in Peru before travelling on May 21 to Santiago.")
    assert _dates(text, date(2026, 4, 13)) == {"Peru": ["2026-05-18"], "Chile": ["2026-05-21"]}


def test_a_day_a_countrys_leader_was_met_is_that_countrys() -> None:
    # "met Algeria's President X on Sunday, capping a week of talks in Tunisia and Libya": not Tunisia's
    text = ("Envoy Ana Silva met Algeria's President Tom Berg on Sunday, capping a week of talks in Tunisia "
            "and Libya. Algiers was the last leg of a trip that began on Tuesday in Tunis. On Wednesday she "
            "flew to Tripoli.")
    assert _coded_days(text, date(2025, 7, 28))[:2] == [("TN", ["2025-07-22"]), ("LY", ["2025-07-23"])]


def test_today_inside_a_quotation_over_several_sentences_is_the_speakers() -> None:
    text = ('Vice-President Ana Silva was in Barbados from June 29 to July 1, 2023, before travelling to '
            'Grenada.\n\n"The ocean separated our peoples. Yet today it is easier to send goods to Europe '
            'than to Bridgetown. That must change," Silva said.')
    assert _coded_days(text, date(2023, 7, 5)) == [("BB", ["2023-06-29", "2023-06-30", "2023-07-01"]),
                                                   ("GD", [])]


def test_a_stop_arrived_at_two_days_before_the_next_has_the_day_between() -> None:
    text = ("Minister Ana Silva arrived in Baghdad on Monday, August 11, 2025, for talks. She arrived in "
            "Beirut on Wednesday, August 13.")
    assert _coded_days(text, date(2025, 8, 20)) == [("IQ", ["2025-08-11", "2025-08-12"]),
                                                    ("LB", ["2025-08-13"])]
    # ... but not when a leg dropped from the route may have been that day
    dropped = ("Minister Ana Silva arrived in Baghdad on Monday, August 11, 2025, for talks. A stop in Amman "
               "planned for Tuesday was dropped. She arrived in Beirut on Wednesday, August 13.")
    assert _coded_days(dropped, date(2025, 8, 20)) == [("IQ", ["2025-08-11"]), ("LB", ["2025-08-13"])]


def test_dateline_and_statement_dates_date_no_stop() -> None:
    text = ("LONDON, Aug 4, 2025 (Reuters) - Foreign Minister Ana Silva will travel to Montevideo on "
            "Wednesday, the ministry said on Monday. She will then head to Buenos Aires on Thursday.")
    assert _dates(text) == {"Uruguay": ["2025-08-06"], "Argentina": ["2025-08-07"]}


def test_the_following_day_adds_a_day() -> None:
    text = ("Pope Leo will visit Peru and Bolivia. He will arrive in Lima on May 18 and the following "
            "day will fly north to Chiclayo. He will end the trip in La Paz on May 22.")
    assert _dates(text, date(2026, 4, 13)) == {"Peru": ["2026-05-18", "2026-05-19"],
                                                "Bolivia": ["2026-05-22"]}


def test_a_later_weekday_is_after_the_stop_before() -> None:
    # Anchor Wednesday 2026-03-04: "On Wednesday" after a Monday stop is March 11, not March 4.
    text = ("Pope Leo will travel to Kazakhstan and Kyrgyzstan next week. The pope will arrive on "
            "Monday in Astana. On Wednesday the pope flies to Bishkek.")
    assert _dates(text, date(2026, 3, 4)) == {"Kazakhstan": ["2026-03-09"],
                                               "Kyrgyzstan": ["2026-03-11"]}


def test_a_bare_weekday_between_stated_days_is_the_week_between() -> None:
    # Anchor Friday 2026-03-13: "Wednesday and Thursday", told between March 3 and March 6, are
    # March 4 and 5, not the days just before the anchor.
    text = ("Foreign Minister Ana Silva has completed a tour of Africa. On March 3, she held talks in "
            "Mauritania. Silva then spent two days, Wednesday and Thursday, in Dakar. On Friday, March "
            "6, she was in Abidjan.")
    assert _dates(text, date(2026, 3, 13)) == {"Mauritania": ["2026-03-03"],
                                                "Senegal": ["2026-03-04", "2026-03-05"],
                                                "Ivory Coast": ["2026-03-06"]}


def test_without_anchor_phrases_stay_as_written() -> None:
    text = "Prime Minister Ana Silva will visit Japan. She will arrive in Tokyo on Thursday."
    [stop] = parse(text).stops
    assert (stop.when, stop.dates) == ("Thursday", ())


def test_a_stated_stay_fills_its_days() -> None:
    text = ("President Lee Jae-myung will visit Vietnam and Singapore. He will arrive in Hanoi on "
            "Monday for a three-day state visit. He will then fly to Singapore on Thursday.")
    assert _dates(text, date(2025, 12, 8)) == {
        "Vietnam": ["2025-12-08", "2025-12-09", "2025-12-10"], "Singapore": ["2025-12-11"]}


def test_a_stay_at_the_end_of_a_stated_span() -> None:
    text = ("President Prabowo will visit the United Arab Emirates and France from May 6 to 9. He "
            "will stop over in Abu Dhabi on Wednesday. The trip ends with two days in Paris.")
    assert _dates(text, date(2026, 5, 4)) == {
        "United Arab Emirates": ["2026-05-06"], "France": ["2026-05-08", "2026-05-09"]}


def test_phrases_of_several_sentences_about_one_stop_add_up() -> None:
    text = ("BISHKEK, April 28, 2026 (AFP) - Defence Minister Rajnath Singh on Tuesday attended a "
            "meeting in the Kyrgyz capital. Singh, who arrived in Bishkek on Monday evening, met his "
            "counterpart.")
    assert _dates(text) == {"Kyrgyzstan": ["2026-04-27", "2026-04-28"]}


def test_a_visit_told_in_the_past_goes_on_in_sentences_naming_no_place() -> None:
    text = ("ROME, June 6, 2026 (AP) - King Tomas II returned to Rome on Saturday after visits to Chile "
            "and Peru. The king arrived in Santiago on Monday, where he was received by President Rosa "
            "Vidal. On Tuesday, the king addressed the Chilean Senate. On Wednesday, the royals flew "
            "to Lima, where President Luis Prado hosted a dinner. On Thursday, the king toured the "
            "Inca ruins.")
    assert _dates(text) == {"Chile": ["2026-06-01", "2026-06-02"],
                            "Peru": ["2026-06-03", "2026-06-04"]}


def test_a_past_day_in_a_sentence_naming_another_place_is_not_the_stops() -> None:
    text = ("ROME, June 6, 2026 (AP) - President Ana Silva arrived in Santiago on Monday. On "
            "Tuesday, the United States praised her visit.")
    assert _dates(text) == {"Chile": ["2026-06-01"]}


def test_one_stops_span_is_not_the_trips_window() -> None:
    # Saturday 2026-11-21: the span of Argentina must not pull Monday back into its week.
    text = ("MONTEVIDEO (AP) -- Pope Leo arrived in Uruguay on Saturday after three days in Argentina. "
            "The pope had spent Wednesday through Friday in Argentina. On Monday, Leo flies to Lima "
            "for the final leg of the trip. He is due to remain in Peru until Wednesday.")
    assert _dates(text, date(2026, 11, 21)) == {
        "Argentina": ["2026-11-18", "2026-11-19", "2026-11-20"],
        "Uruguay": ["2026-11-21", "2026-11-22"],  # arrived on Saturday, on to Lima on Monday
        "Peru": ["2026-11-23", "2026-11-24", "2026-11-25"],
    }


def test_a_shuttle_dates_each_visit_and_not_the_departure_from_home() -> None:
    # Monday 2026-07-20. Cairo is reached by "and to", the verb left out.
    text = ("WASHINGTON, July 20, 2026 (Reuters) - Secretary of State Ana Silva will travel to Israel, "
            "Qatar and Egypt and then return to Israel. Silva will depart Washington on Monday evening "
            "and hold talks in Jerusalem on Tuesday. She will then fly to Doha on Wednesday for talks, "
            "and to Cairo on Thursday. Silva will return to Jerusalem on Friday before flying home.")
    trip = parse(text)
    assert [(s.code, s.city, list(s.dates)) for s in trip.stops] == [
        ("IL", "Jerusalem", ["2026-07-21"]),
        ("QA", "Doha", ["2026-07-22"]),
        ("EG", "Cairo", ["2026-07-23"]),
        ("IL", "Jerusalem", ["2026-07-24"]),
    ]


def test_a_header_line_dates_no_stop_and_a_change_of_tense_leaves_the_stop() -> None:
    text = ("Crown prince to arrive in India\n\nPublished: 17 February 2026\n\nNew Delhi, Feb 17 (PTI) "
            "Crown Prince Ali bin Omar will arrive here on Wednesday on a two-day state visit. He "
            "arrived in Pakistan on Monday on the first leg of his tour. He held talks in Islamabad on "
            "Tuesday. The crown prince will be welcomed at the presidential palace on Thursday.")
    assert _dates(text) == {"Pakistan": ["2026-02-16", "2026-02-17"],
                            "India": ["2026-02-18", "2026-02-19"]}


def test_the_day_of_going_home_dates_no_stop() -> None:
    text = ("SEOUL, May 27, 2026 (Yonhap) -- President Ana Silva will wrap up the trip in Turkmenistan, "
            "where she will meet the president in Ashgabat on June 12. Silva will return home on June 13.")
    assert _dates(text) == {"Turkmenistan": ["2026-06-12"]}


def test_the_span_of_a_one_stop_trip_is_the_stops() -> None:
    text = ("OSLO, June 9, 2026 - President Ana Silva began a state visit to Norway. Silva's state visit "
            "runs from June 8 to 11. On Wednesday, she will tour the harbour.")
    assert _dates(text) == {"Norway": ["2026-06-08", "2026-06-09", "2026-06-10", "2026-06-11"]}


def test_the_following_day_belongs_to_the_stop_it_names() -> None:
    text = ("PARIS, Oct 17, 2026 - President Ana Silva began in Zagreb on Monday. The following day she "
            "made a brief stop in Belize. Rama welcomed her in Tirana on Thursday, and the following "
            "day in Skopje Silva sought to ease a dispute.")
    assert _dates(text) == {"Croatia": ["2026-10-12"], "Belize": ["2026-10-13"],
                            "Albania": ["2026-10-15"], "North Macedonia": ["2026-10-16"]}


def test_a_stops_next_sentence_opening_with_the_following_day_and_a_stops_own_range() -> None:
    text = ("TOKYO, Feb 3, 2026 - Minister Ana Silva will visit the Philippines and Vietnam. She will "
            "travel to Manila, arriving on Feb. 10 for talks. The following day she will co-chair a "
            "forum there. The trip wraps up in Ho Chi Minh City on Feb. 12-13.")
    assert _dates(text) == {"Philippines": ["2026-02-10", "2026-02-11"],
                            "Vietnam": ["2026-02-12", "2026-02-13"]}


def test_a_schedule_in_the_present_and_a_leg_pushed_back() -> None:
    # Monday 2026-10-19
    text = ("Published on 19/10/2026\n\nPresident Ana Silva will tour the region this week. She starts "
            "her tour in Tirana on Tuesday 20 October. On Wednesday she travels to Skopje for talks "
            "with a government that remains locked in a dispute. Thursday will be split between "
            "Podgorica, where she meets the prime minister, and Belgrade. The final leg in Sarajevo, "
            "originally pencilled in for Thursday morning, was pushed back to Friday 23 October.")
    trip = parse(text)
    assert [(s.code, list(s.dates)) for s in trip.stops] == [
        ("AL", ["2026-10-20"]), ("MK", ["2026-10-21"]), ("ME", ["2026-10-22"]), ("RS", []),
        ("BA", ["2026-10-23"]),
    ]


def test_a_second_visit_its_city_and_days_told_in_the_present() -> None:
    # Saturday 2026-04-11
    text = ("Sat Apr 11 2026 - 05:00\n\nTaoiseach Ana Silva will travel to Japan and South Korea next "
            "week. Silva will fly to Tokyo on Monday, where a presidency begins on 1 July. On Wednesday, "
            "the Taoiseach travels on to Seoul, where she will meet the president on Thursday and "
            "address a forum organised by Enterprise Ireland. Silva will then return to Japan on "
            "Friday to visit Osaka.")
    trip = parse(text)
    assert [(s.code, s.city, list(s.dates)) for s in trip.stops] == [
        ("JP", "Tokyo", ["2026-04-13"]), ("KR", "Seoul", ["2026-04-15", "2026-04-16"]),
        ("JP", "Osaka", ["2026-04-17"]),
    ]


def test_ranges_beside_their_stops_are_theirs() -> None:
    text = ("Minister of Foreign Affairs Ana Silva paid an official visit to the Republic of Tajikistan "
            "on 23-24 February 2026 and a working visit to the Kyrgyz Republic on 25 February 2026.")
    assert _dates(text) == {"Tajikistan": ["2026-02-23", "2026-02-24"], "Kyrgyzstan": ["2026-02-25"]}


def test_a_day_before_a_new_motion_belongs_to_the_place_left() -> None:
    text = ("HANOI, March 10, 2026 - Prime Minister Ana Silva arrived in Hanoi on March 9. Silva wraps "
            "up the Vietnam leg on the evening of March 10 and flies to Vientiane on Wednesday.")
    assert _dates(text) == {"Vietnam": ["2026-03-09", "2026-03-10"], "Laos": ["2026-03-11"]}


def test_yesterday_today_tomorrow_and_a_stay_spent() -> None:
    text = ("Wednesday, February 11, 2026\n\nIMF Managing Director Ana Silva, who jetted into Kenya on "
            "Monday night, yesterday held talks with President Tom Wu at State House, Nairobi. Today, "
            "she is scheduled to meet the central bank governor. She leaves tomorrow for the Ghanaian "
            "capital Accra, where she will spend two days meeting officials.")
    assert _dates(text) == {"Kenya": ["2026-02-09", "2026-02-10"], "Ghana": ["2026-02-12", "2026-02-13"]}


def test_the_korean_capital_owns_its_day() -> None:
    text = ("Published: October 26, 2026 - 11:40\n\nCrown Prince Ana Silva arrived in the South Korean "
            "capital on Sunday on the first leg of an Asian tour that will also take her to Japan. She "
            "arrived in the Omani capital on Tuesday evening, before meeting the sultan on Wednesday, "
            "Iran's state news agency reported.")
    assert _dates(text) == {"South Korea": ["2026-10-25"], "Japan": [], "Oman": ["2026-10-20", "2026-10-21"]}


def test_a_range_in_a_stops_where_clause_is_the_stops() -> None:
    # Thursday 2026-01-29: "from 31 January to 2 February" is Nauru's stay, not the trip's window.
    text = ("Prime Minister Ana Silva is in Kiribati this week, on a tour that began in Tuvalu. Silva, who "
            "flew out early on Monday, spent two days in Funafuti. She arrived in Tarawa on Wednesday. Silva "
            "remains in Kiribati until Friday, before travelling to Nauru, where she is scheduled to stay "
            "from 31 January to 2 February.")
    assert _dates(text, date(2026, 1, 29))["Tuvalu"] == ["2026-01-26", "2026-01-27"]


def test_an_undated_stop_moves_with_the_dated_stop_before_it() -> None:
    # Thursday 2026-05-21, mid-tour in Luanda: Abuja (Tuesday) and the undated Luanda after it come
    # after Dakar (Sunday), told later; the undated last stop stays last.
    text = ("LUANDA, May 21 (Reuters) - President Ana Silva signed deals in Luanda. Silva arrived in the "
            "Angolan capital from Abuja, where she met the Nigerian president on Tuesday. The tour began on "
            "Saturday in Praia, and continued to Dakar, where she spent Sunday and Monday. The tour ends in "
            "Maputo.")
    assert [s.country for s in parse(text, published=date(2026, 5, 21)).stops] == [
        "Cape Verde", "Senegal", "Nigeria", "Angola", "Mozambique"]


def test_a_day_right_after_a_place_and_on_is_that_places() -> None:
    text = ("President Ana Silva returned home from a tour. The itinerary ran as follows: Abu Dhabi on April "
            "9, Ankara on April 10, Cairo on April 12 and Doha on April 14.")
    assert _dates(text, date(2026, 4, 20)) == {
        "United Arab Emirates": ["2026-04-09"], "Turkey": ["2026-04-10"], "Egypt": ["2026-04-12"],
        "Qatar": ["2026-04-14"]}


def test_a_stop_holds_every_day_between_its_first_and_last() -> None:
    text = ("Foreign Minister Ana Silva will arrive in Lima on Wednesday for talks. She will leave Peru on "
            "Friday for Quito, where she will spend Saturday.")
    assert _dates(text, date(2026, 3, 2)) == {"Peru": ["2026-03-04", "2026-03-05", "2026-03-06"],
                                               "Ecuador": ["2026-03-07"]}


def test_a_stay_that_ended_on_a_day_counts_back() -> None:
    text = ("BUENOS AIRES (AFP) - President Ana Silva wrapped up a two-day visit to Argentina on Friday, "
            "her first trip abroad.")
    assert _dates(text, date(2026, 3, 28)) == {"Argentina": ["2026-03-26", "2026-03-27"]}


def test_the_day_a_statement_was_made_late_on_dates_no_stop() -> None:
    text = ("Managing Director Ana Silva met officials in Kingston on Monday. A spokesperson said late on "
            "Sunday that Silva had added a stop in the Dominican Republic, where she will meet the president "
            "in Santo Domingo on Thursday.")
    assert _dates(text, date(2025, 12, 8)) == {"Jamaica": ["2025-12-08"],
                                                "Dominican Republic": ["2025-12-11"]}


def test_arrived_here_dates_the_datelines_stop() -> None:
    text = ("HANOI, Dec. 10 (Yonhap) -- President Tom Berg, who arrived here on Tuesday, met Laos leaders "
            "in Vientiane on Monday.")
    assert _dates(text, date(2025, 12, 10)) == {"Laos": ["2025-12-08"], "Vietnam": ["2025-12-09"]}


def test_a_bare_weekday_at_a_stop_with_stated_days_is_that_stays() -> None:
    # Read on Tuesday 2026-06-02: "on Tuesday" is the stay's Tuesday (May 26), not the day of writing.
    text = ("Defence Minister Ana Silva returned home on Tuesday after a trip to Japan and Singapore. The "
            "trip began in Tokyo, where Silva spent 26-27 May. She held talks with Japanese officials on "
            "Tuesday. From 29 May to 1 June she was in Singapore.")
    assert _dates(text, date(2026, 6, 2)) == {
        "Japan": ["2026-05-26", "2026-05-27"],
        "Singapore": ["2026-05-29", "2026-05-30", "2026-05-31", "2026-06-01"]}


def test_a_weekday_that_is_a_family_name_dates_nothing() -> None:
    text = ("President Ana Silva will arrive in Kingstown on June 4. In Kingstown, she will meet Prime "
            "Minister Tom Friday.")
    assert _dates(text, date(2026, 6, 1)) == {"Saint Vincent and the Grenadines": ["2026-06-04"]}


def test_a_leg_that_replaced_a_dropped_one_is_dated_as_the_nearest_day() -> None:
    # Read on Wednesday 2026-05-13: the change is past, the Friday of the new leg still to come.
    text = ("President Ana Silva is in Lima today. The programme was changed last week: the visit to "
            "Cusco was cancelled and replaced by a trip to Quito on Friday, where she will meet students.")
    assert _dates(text, date(2026, 5, 13)) == {"Ecuador": ["2026-05-15"], "Peru": ["2026-05-13"]}


def test_everyone_down_a_list_of_people_met_is_a_host() -> None:
    # the sentence stays the traveller's: the third name is far from "met with"
    text = ("Envoy Tom Berg visited the Kyrgyz Republic from 5 to 9 June 2023. In Bishkek on 5 and 6 June, "
            "the EUSR met with Minister of Foreign Affairs Ana Silva, Chairman of the Cabinet of Ministers "
            "Tom Wu and the Ombudsperson, Eva Lund. On 7 June, the EUSR travelled to Osh.")
    trip = parse(text, published=date(2023, 6, 12))
    assert [(s.code, list(s.cities)) for s in trip.stops] == [("KG", ["Bishkek", "Osh"])]


def test_a_weekday_with_a_persons_government_is_a_name() -> None:
    text = ("President Ana Silva was in Kingstown on Wednesday, June 3, where she met Prime Minister Tom "
            "Friday. Friday's government took office in January.")
    assert _dates(text, date(2026, 6, 8)) == {"Saint Vincent and the Grenadines": ["2026-06-03"]}


def test_a_day_of_a_plan_given_up_dates_nothing() -> None:
    text = ("Secretary-General Ana Silva arrived in Suva on June 1 for a Pacific tour. She was originally "
            "due to begin the tour in Vanuatu on May 31, but ash closed the airport. She is now scheduled "
            "to fly to Port Vila on June 9.")
    trip = parse(text, published=date(2026, 6, 2))
    assert [(s.country, list(s.dates)) for s in trip.stops] == [
        ("Fiji", ["2026-06-01"]), ("Vanuatu", ["2026-06-09"])]


def test_a_day_of_a_schedule_given_up_dates_nothing() -> None:
    text = ("Secretary-General Ana Silva arrived in Phnom Penh on Monday. On Wednesday she travels to Siem "
            "Reap. She had been scheduled to fly back to Paris from Siem Reap on Friday. Instead she will go "
            "on to Vientiane on Thursday.")
    trip = parse(text, published=date(2026, 1, 27))
    assert [(s.country, list(s.dates)) for s in trip.stops] == [
        ("Cambodia", ["2026-01-26", "2026-01-27", "2026-01-28"]), ("Laos", ["2026-01-29"])]


def test_the_morning_after_leaving_is_no_day_of_the_stop() -> None:
    text = ("TOKYO, March 6 (Kyodo) -- Prince Tom will visit Sri Lanka. He will arrive in Colombo on March "
            "24. He will leave Sri Lanka on the night of March 27 and return to Japan the following "
            "morning.")
    assert _dates(text, date(2026, 3, 6)) == {"Sri Lanka": ["2026-03-24", "2026-03-25", "2026-03-26",
                                                           "2026-03-27"]}


def test_the_day_someone_spoke_at_home_dates_no_stop() -> None:
    text = ("Minister Ana Silva ended her tour in Addis Ababa on February 12 and 13. Speaking at a press "
            "conference at the ministry yesterday, Silva said she had returned with more than handshakes.")
    assert _dates(text, date(2025, 2, 20)) == {"Ethiopia": ["2025-02-12", "2025-02-13"]}


def test_the_day_of_a_release_dates_no_stop() -> None:
    text = ("President Ana Silva will visit Ghana next week. In a release yesterday, the "
            "Office of the President said Silva would travel via London and arrive in Accra on Tuesday, July "
            "28. She will spend three days in the Ghanaian capital.")
    assert _dates(text, date(2026, 7, 24)) == {"Ghana": ["2026-07-28", "2026-07-29", "2026-07-30"]}


@pytest.mark.parametrize("home", ["the country", "the Federation"])
def test_the_day_of_returning_to_the_country_dates_no_stop(home: str) -> None:
    text = (f"Foreign Minister Ana Silva returned to {home} on Wednesday after a ten-day tour of Asia "
            "that took her to Taiwan and Japan, and during which she reaffirmed relations with Taipei. Silva "
            "arrived in Taipei on Monday, July 14, for a four-day visit. She was in Tokyo from July 18.")
    assert _dates(text, date(2025, 7, 24)) == {
        "Taiwan": ["2025-07-14", "2025-07-15", "2025-07-16", "2025-07-17"], "Japan": ["2025-07-18"]}


def test_the_day_of_arriving_from_a_place_is_the_place_arrived_in() -> None:
    text = ("Minister Ana Silva held talks in Jakarta on Monday. Silva, who arrived in Bangkok from Jakarta "
            "on Tuesday evening, met the prime minister.")
    assert _dates(text, date(2025, 2, 12)) == {"Indonesia": ["2025-02-10"], "Thailand": ["2025-02-11"]}


def test_there_opening_a_sentence_is_the_place_just_gone_to() -> None:
    text = ("Ana Silva, head of the relief agency, visited Chad on February 23. From Chad she flew to Port "
            "Sudan, where the government is based. There, on February 26 and 27, she held talks with the "
            "army chief.")
    assert _dates(text, date(2026, 3, 4)) == {"Chad": ["2026-02-23"], "Sudan": ["2026-02-26", "2026-02-27"]}


def test_a_day_before_where_the_trip_continues_is_not_that_places() -> None:
    text = ("Prime Minister Ana Silva held talks with Faroese Prime Minister Tom Berg yesterday, the first "
            "day of a trip that continues in Greenland over the weekend. She arrived in Torshavn on "
            "Thursday. On Saturday she flies to Nuuk.")
    trip = parse(text, published=date(2026, 6, 12))
    assert [(s.country, list(s.dates)) for s in trip.stops] == [  # (Friday too: still there)
        ("Faroe Islands", ["2026-06-11", "2026-06-12"]), ("Greenland", ["2026-06-13"])]


def test_the_day_the_traveller_flies_out_is_no_stops() -> None:
    text = ("Prime Minister Ana Silva flies out on Sunday and is due in Oranjestad on Monday, 8 September. "
            "She will spend two days on Aruba.")
    assert _dates(text, date(2025, 9, 5)) == {"Aruba": ["2025-09-08", "2025-09-09"]}


def test_a_stop_added_on_a_day_is_dated_that_day() -> None:
    text = ("Chief Minister Ana Silva arrived in Tokyo on April 18 after a visit to Seoul. Officials said on "
            "Saturday that a one-day stop in Singapore had been added on April 21 for meetings with funds.")
    trip = parse(text, published=date(2026, 4, 19))
    assert [(s.country, list(s.dates)) for s in trip.stops][-1] == ("Singapore", ["2026-04-21"])


def test_the_day_a_programme_was_announced_and_the_day_home_date_no_stop() -> None:
    text = ("Foreign Minister Ana Silva visited Chile on Monday, August 25. She was in Paraguay on Thursday, "
            "August 28. The visit to Asuncion was added to the programme announced by the Foreign Ministry "
            "on August 22. She came home on Saturday.")
    assert _dates(text, date(2025, 8, 30)) == {"Chile": ["2025-08-25"], "Paraguay": ["2025-08-28"]}


@pytest.mark.parametrize("host", ["the UAE president", "United Arab Emirates President Tom Berg"])
def test_days_before_flying_on_to_a_place_are_the_stop_before(host: str) -> None:
    text = (f"President Ana Silva arrived in Abu Dhabi on Sunday. She will hold talks with {host} on "
            "Sunday and Monday before flying to Doha on Tuesday.")
    assert _dates(text, date(2026, 4, 19)) == {
        "United Arab Emirates": ["2026-04-19", "2026-04-20"], "Qatar": ["2026-04-21"]}


def test_two_places_each_with_its_day_in_one_sentence() -> None:
    text = ("Foreign Minister Ana Silva visited Chile on Monday, August 25, and Paraguay on Thursday, "
            "August 28. She came home on Saturday.")
    assert _dates(text, date(2025, 8, 30)) == {"Chile": ["2025-08-25"], "Paraguay": ["2025-08-28"]}


def test_the_day_between_the_place_arrived_in_and_the_place_left_is_the_arrival() -> None:
    text = ("President Ana Silva held talks in Zanzibar on Tuesday. Silva arrived in the Kenyan capital on "
            "Wednesday from Zanzibar. She met the president in Nairobi on Thursday.")
    assert _dates(text, date(2026, 11, 12)) == {"Tanzania": ["2026-11-10"],
                                               "Kenya": ["2026-11-11", "2026-11-12"]}


def test_a_range_after_the_tours_last_place_is_that_stops_and_a_second_visits() -> None:
    text = ("The tour began in Astana on April 8, where envoy Ana Silva held talks. On April 10, Silva "
            "arrived in Dushanbe. Silva wrapped up the tour in Almaty on April 16-17, where she met "
            "officials.")
    stops = [(s.code, list(s.dates)) for s in parse(text, published=date(2026, 4, 20)).stops]
    assert stops == [("KZ", ["2026-04-08"]), ("TJ", ["2026-04-10"]), ("KZ", ["2026-04-16", "2026-04-17"])]


def test_the_day_a_trip_was_announced_here_is_no_stops() -> None:
    text = ("BEIJING, March 9 (Xinhua) -- At the invitation of the Chilean government, Vice President Ana "
            "Silva will attend the inauguration of the Chilean president in Valparaiso on March 11, and "
            "pay an official visit to Uruguay from March 12 to 14, a spokesperson announced here on Monday.")
    assert _dates(text, date(2026, 3, 9)) == {"Chile": ["2026-03-11"],
                                              "Uruguay": ["2026-03-12", "2026-03-13", "2026-03-14"]}


def test_the_day_sources_told_an_agency_dates_no_stop_and_a_visit_not_made_however() -> None:
    text = ("Madrid, Mar 4 (EFE).- Prime Minister Ana Silva has added a stop in Brazil to the tour he will "
            "make next week, which will now take him to Mexico, Brazil and Uruguay, sources told EFE on "
            "Wednesday. Silva will begin the tour in Mexico City on March 9 and 10. On March 11, he will "
            "travel to Brasilia. The last stop will be Montevideo, on March 12 and 13. He will not, however, "
            "visit Buenos Aires on this occasion.")
    assert _dates(text, date(2026, 3, 4)) == {
        "Mexico": ["2026-03-09", "2026-03-10"], "Brazil": ["2026-03-11"],
        "Uruguay": ["2026-03-12", "2026-03-13"]}


def test_a_headlines_weekday_no_day_dates_does_not_hide_the_date_of_the_lede() -> None:
    text = ("Silva in Kyiv on anniversary, heads to Chernihiv on Wednesday\n\nPrime Minister Ana Silva "
            "(New Unity) arrived in Kyiv by overnight train early on Tuesday, February 24, to mark the "
            "anniversary.")
    trip = parse(text, today=date(2026, 11, 27))
    assert [(s.country, list(s.dates)) for s in trip.stops] == [("Ukraine", ["2026-02-24"])]


def test_the_first_day_of_a_range_is_not_paired_with_the_weekday_before_it() -> None:
    # "Thursday (November 26-27)": Thursday is the 27th, so November 26 says nothing of the year
    text = ("Prince Tom arrived in Hanoi on Monday. On Wednesday and Thursday (November 26-27) he will be "
            "in Hue.")
    assert parse(text, today=date(2026, 11, 27)).published_from is None


def test_a_day_before_a_place_that_is_no_stop_stays_where_the_story_is() -> None:
    text = ("The final leg took the couple to Sint Maarten on Saturday. In Philipsburg they were received by "
            "the prime minister. On Sunday they laid a wreath at the monument marking the treaty that split "
            "the island with Saint-Martin, the French side, before flying home.")
    assert _dates(text, date(2026, 11, 2)) == {"Sint Maarten": ["2026-10-31", "2026-11-01"]}


@pytest.mark.parametrize("opening", ["The visit, which took place", "Her tour of the region, which ran"])
def test_the_visits_span_in_a_clause_of_its_first_stop_is_the_trips(opening: str) -> None:
    text = (f"{opening} from April 28 to May 5, began in Kingston, Jamaica, where on April 28 and 29 Ana "
            "Silva met ministers. On April 30, Silva travelled to Bridgetown, Barbados, for talks.")
    assert _dates(text, date(2025, 5, 6)) == {"Jamaica": ["2025-04-28", "2025-04-29"],
                                              "Barbados": ["2025-04-30"]}


def test_the_day_someone_told_a_named_outlet_by_phone_dates_no_stop() -> None:
    text = ("Minister Ana Silva has returned from a trip to Kenya and Rwanda. The delegation held talks in "
            "Nairobi on Monday and Tuesday. \"In Kenya we are not starting from zero,\" Silva told ERR "
            "News by phone on Friday. Silva was in Kigali on Wednesday and Thursday.")
    assert _dates(text, date(2025, 11, 15)) == {"Kenya": ["2025-11-10", "2025-11-11"],
                                                "Rwanda": ["2025-11-12", "2025-11-13"]}


def test_a_day_left_from_home_is_the_arrivals_the_same_afternoon() -> None:
    text = ("Archbishop Tom Berg will travel to Egypt next week.\n\nAccording to a statement issued on "
            "Thursday, the Archbishop will depart from Athens on Monday, November 3, and will arrive in "
            "Cairo the same afternoon.\n\nOn Wednesday, November 5, the delegation will travel to "
            "Alexandria.")
    trip = parse(text, today=date(2026, 11, 27))
    assert ([(s.country, s.cities, list(s.dates)) for s in trip.stops], trip.published_from) == (
        [("Egypt", ("Cairo", "Alexandria"), ["2025-11-03", "2025-11-04", "2025-11-05"])],
        "year of 'Monday, November 3'")


def test_the_nth_day_of_an_n_day_stay_gives_the_whole_stay() -> None:
    text = ("TOKYO, Oct. 1 Kyodo - King Tom II met the Emperor at the Imperial Palace in Tokyo on "
            "Wednesday, the third day of their five-day stay in Japan.")
    assert _dates(text, date(2025, 10, 1)) == {
        "Japan": ["2025-09-29", "2025-09-30", "2025-10-01", "2025-10-02", "2025-10-03"]}


def test_an_events_run_is_not_the_stay() -> None:
    text = ("King Tom II arrived in Osaka on Wednesday to visit the Expo. The Expo, which opened in April, "
            "runs through Oct. 13.")
    assert _dates(text, date(2025, 10, 1)) == {"Japan": ["2025-10-01"]}


def test_days_of_a_placeless_sentence_are_no_window_and_a_departure_days_arrival_is_the_next() -> None:
    text = ("The King departed Maseru on Saturday, 11 October, and arrived in Rome, Italy, the following "
            "day. From 13 to 16 October he took part in the World Food Forum at FAO headquarters. His "
            "Majesty then travelled to Geneva, Switzerland, where on 17 and 18 October he held talks.")
    assert _dates(text, date(2025, 10, 23)) == {
        "Italy": ["2025-10-12", "2025-10-13", "2025-10-14", "2025-10-15", "2025-10-16"],
        "Switzerland": ["2025-10-17", "2025-10-18"]}


def test_a_range_beside_a_town_is_the_towns_days_not_the_trips() -> None:
    # the town is found after the gazetteer's places; its sentence names one place all the same
    text = ("Minister Ana Silva arrived in Lisbon on June 7. From June 11 to 12, the delegation will visit "
            "the northern town of Braga. She will fly to Brazil on June 13 for talks in Brasilia.")
    assert _dates(text, date(2026, 6, 1)) == {
        "Portugal": ["2026-06-07", "2026-06-08", "2026-06-09", "2026-06-10", "2026-06-11", "2026-06-12"],
        "Brazil": ["2026-06-13"]}


def test_days_spent_are_past_and_stay_with_the_stop_left_after_them() -> None:
    text = ("Minister Ana Silva will be in Doha on Thursday. The minister began in Kuwait City on April 8. "
            "Silva spent April 9 meeting the Kuwait Fund before flying on to Manama.")
    assert _dates(text, date(2024, 4, 12))["Kuwait"] == ["2024-04-08", "2024-04-09"]
    assert _dates("The delegation spent Monday and Tuesday in Nairobi.", date(2025, 11, 15)) == {
        "Kenya": ["2025-11-10", "2025-11-11"]}


def test_a_stay_through_a_day_before_returning_home_ends_that_day() -> None:
    text = ("She arrived in Buenos Aires on Tuesday, July 8. She will fly to Montevideo on Wednesday for "
            "meetings with officials through Thursday, before returning to Brussels.")
    assert _dates(text, date(2025, 7, 8)) == {"Argentina": ["2025-07-08"],
                                              "Uruguay": ["2025-07-09", "2025-07-10"]}


def test_the_evening_of_the_return_home_is_the_last_stops_day_too() -> None:
    text = ("The prime minister will travel to Doha on Tuesday, where he is expected to be received by the "
            "Emir of Qatar, before returning to Port Sudan on Wednesday evening, a spokesman said.")
    assert _dates(text, date(2026, 1, 22)) == {"Qatar": ["2026-01-27", "2026-01-28"]}


def test_a_later_weekday_of_the_same_sentence_comes_after_the_earlier_one() -> None:
    # written on a Saturday: "Saturday evening" is the Saturday after Friday, not that day
    text = ("On Friday he will fly on to Santo Domingo, where he will spend two days and hold talks with the "
            "president before returning to the Vatican on Saturday evening.")
    assert _dates(text, date(2026, 4, 18)) == {"Dominican Republic": ["2026-04-24", "2026-04-25"]}


def test_a_currency_is_no_other_place_in_a_dated_sentence() -> None:
    # "US$" names no place: the Tuesday is Copenhagen's, not a day somewhere else
    text = ("Defence Minister Ana Silva returned home on Friday after a four-day trip that took him to "
            "Denmark and Belgium. On Tuesday, at the Danish Defence Ministry in Copenhagen, he signed a "
            "contract for 24 jets for around US$300 million. On Thursday, Silva was in Brussels, where he "
            "met NATO officials.")
    assert _dates(text, date(2024, 4, 19)) == {"Denmark": ["2024-04-16"], "Belgium": ["2024-04-18"]}


def test_the_days_of_a_where_clause_with_a_comma_are_that_places() -> None:
    text = ("18 September 2024\n\nEnvoy Ana Silva held talks in Kigali on Wednesday. She arrived in the "
            "Rwandan capital on Monday from Kinshasa, where she had spent three days, from 14 to 16 "
            "September, in consultations. The envoy will then travel on Saturday to Luanda.")
    assert _dates(text, date(2024, 9, 18)) == {
        "Democratic Republic of the Congo": ["2024-09-14", "2024-09-15", "2024-09-16"],
        "Rwanda": ["2024-09-16", "2024-09-17", "2024-09-18"], "Angola": ["2024-09-21"]}


def test_this_morning_is_the_articles_day() -> None:
    text = "President Ana Silva arrived in Apia, Samoa, this morning to attend the summit."
    assert _dates(text, date(2024, 10, 22)) == {"Samoa": ["2024-10-22"]}


def test_the_day_a_changed_plan_had_is_no_stops_day() -> None:
    text = ("Minister Ana Silva arrived in New Delhi on Tuesday on a three-day visit. On Thursday, the last "
            "day of the visit, she is scheduled to call on the Prime Minister. A visit to Mumbai, which had "
            "earlier been proposed for Thursday, will no longer take place.")
    assert _dates(text, date(2025, 9, 24)) == {"India": ["2025-09-23", "2025-09-24", "2025-09-25"]}


def test_the_day_of_arriving_back_in_the_state_is_no_stops() -> None:
    text = ("Governor Ana Silva has returned home after a visit to Peru. The governor, who arrived back in "
            "the state on Sunday, spent two days in Lima, where she met officials.")
    assert _dates(text, date(2025, 11, 25)) == {"Peru": []}


@pytest.mark.parametrize(
    "where",
    [
        # a where-clause of up to 100 characters
        "where she attended a regional meeting of housing and urban development ministers from Feb. 12 "
        "to 14.",
        # ... though a place named after the range is nearer to it
        "where she attended a meeting of ministers from Feb. 12 to 14, as part of a tour that will also "
        "take her to Guatemala and Costa Rica.",
    ],
)
def test_the_days_of_a_long_where_clause_are_that_places_not_the_trips(where: str) -> None:
    text = ("TEGUCIGALPA, Feb. 17 (Xinhua) -- Envoy Ana Silva met President Tom Berg on Monday.\n\nSilva "
            f"arrived in Tegucigalpa on Sunday from Panama City, {where}\n\nShe will conclude the tour in "
            "San Jose, Costa Rica, on Friday.")
    assert _dates(text, date(2026, 2, 17))["Costa Rica"] == ["2026-02-20"]


def test_a_past_weekday_told_as_then_follows_the_previous_stop() -> None:
    text = ("Minister Ana Silva flew to Honiara on Saturday 15 August for talks. He then spent Sunday and "
            "Monday in Port Vila, where he met the prime minister.")
    assert _dates(text, date(2026, 8, 24)) == {
        "Solomon Islands": ["2026-08-15"], "Vanuatu": ["2026-08-16", "2026-08-17"]}


def test_the_weekday_a_stop_was_added_on_is_no_day_of_it() -> None:
    text = ("Chairperson Ana Silva was in Juba on Tuesday. Instead, she will travel to Nairobi, where she is "
            "scheduled to spend Wednesday and Thursday. The Nairobi stop, which was added to the programme "
            "on Monday, is expected to focus on the region.")
    assert _dates(text, date(2025, 6, 17)) == {
        "South Sudan": ["2025-06-17"], "Kenya": ["2025-06-18", "2025-06-19"]}


def test_the_day_expected_back_in_the_kingdom_is_no_stops() -> None:
    text = ("King Tom Berg will be in Rome from Monday, 13 October. On Friday, 17 October, he will be "
            "received at the Vatican. The delegation is expected back in the Kingdom on Saturday, 18 "
            "October 2025.")
    assert _dates(text, date(2025, 10, 11))["Vatican City"] == ["2025-10-17"]


def test_a_quoted_today_is_the_speakers_day_not_the_articles() -> None:
    text = ("Defence Minister Ana Silva returned home on Friday after a trip that took him to Denmark. "
            "At the ministry in Copenhagen, he signed a contract for 24 jets. \"Today we are recovering our "
            "capacity to defend our airspace,\" Silva said at the ceremony.")
    assert _dates(text, date(2024, 4, 19)) == {"Denmark": []}


def test_a_placeless_day_after_a_visit_told_in_the_past_is_that_visits() -> None:
    text = ("Energy Secretary Ana Silva arrived in Doha for a visit, officials said on Wednesday in a "
            "statement issued in the capital. The talks focused on gas. Silva also met the energy "
            "minister on Oct. 13 and discussed long-term supply contracts.")
    assert _dates(text, date(2025, 10, 15)) == {"Qatar": ["2025-10-13"]}


def test_a_dateline_with_the_agency_between_slashes() -> None:
    text = ("Ulaanbaatar, May 29, 2024 /MONTSAME/. Prime Minister Ana Silva will pay official visits to "
            "Kazakhstan on June 3-4 and Uzbekistan on June 5-7.")
    trip = parse(text, today=date(2026, 11, 27))
    assert (trip.published, trip.published_from) == ("2024-05-29", "dateline")
    assert {s.country: list(s.dates) for s in trip.stops} == {
        "Kazakhstan": ["2024-06-03", "2024-06-04"], "Uzbekistan": ["2024-06-05", "2024-06-06", "2024-06-07"]}


def test_a_weekday_heading_takes_the_tense_of_the_paragraph_it_heads() -> None:
    # written on Sunday 12 October: "Monday and Tuesday" above a past paragraph is the week before
    text = ("President Ana Silva returned home on Saturday night, concluding a six-day European tour.\n\n"
            "Monday and Tuesday – Rome\n"
            "President Silva arrived in Rome on Monday afternoon and was received on Tuesday by the prime "
            "minister.\n\n"
            "Thursday to Saturday – Paris\n"
            "In Paris, Silva held talks with the French president.")
    assert _dates(text, date(2025, 10, 12)) == {
        "Italy": ["2025-10-06", "2025-10-07"], "France": ["2025-10-09", "2025-10-10", "2025-10-11"]}


def test_a_today_in_a_quotation_opened_in_the_sentence_before() -> None:
    text = ("Foreign Minister Ana Silva said on Monday that his tour had been a success. He began the tour "
            "in Addis Ababa, where on March 3 and 4 he held talks with the foreign minister. \"Ethiopia is "
            "an ancient state. Our relations today have a new momentum,\" Silva said.")
    assert _dates(text, date(2025, 3, 10)) == {"Ethiopia": ["2025-03-03", "2025-03-04"]}


def test_a_weekday_with_its_ordinal_day_and_two_ordinal_days() -> None:
    # written on Monday 9 March: "Monday the 2nd" is the 2nd, not the day of writing
    text = ("Director General Ana Silva left home on the morning of Monday the 2nd and landed in Montserrat "
            "that afternoon, where she met the premier. She then flew to Anguilla, where she spent the "
            "4th and 5th.")
    assert _dates(text, date(2026, 3, 9)) == {"Montserrat": ["2026-03-02"],
                                               "Anguilla": ["2026-03-04", "2026-03-05"]}


def test_a_quoted_weekday_name_is_no_day_of_the_trip() -> None:
    # written on Monday 9 March: the 'Monday demonstrations' of 1989 are no Monday of the visit
    text = ("Minister Ana Silva will arrive in Berlin on Wednesday and hold talks on Thursday. On Friday, "
            "Silva will visit Leipzig, where the peaceful \"Monday demonstrations\" of 1989 began. She "
            "will then arrive in Geneva on Saturday.")
    assert _dates(text, date(2026, 3, 9)) == {"Germany": ["2026-03-11", "2026-03-12", "2026-03-13"],
                                               "Switzerland": ["2026-03-14"]}


def test_the_day_someone_returned_home_is_no_stops_day() -> None:
    text = ("Defence Minister Ana Silva returned to Buenos Aires on Friday after a visit to Chile. In "
            "Santiago he held talks with his counterpart on Tuesday.")
    assert _dates(text, date(2026, 2, 14)) == {"Chile": ["2026-02-10"]}


def test_the_tense_of_the_day_not_of_an_infinitive_says_where_the_story_is() -> None:
    # "to head" is no future: the Monday is told in the past, as the arrival before it
    text = ("Minister Ana Silva arrived in Washington on Sunday for talks. Silva, the first officer to "
            "head the ministry since 1983, was received on Monday at the Pentagon.")
    assert _dates(text, date(2026, 2, 14)) == {"United States": ["2026-02-08", "2026-02-09"]}


def test_a_stay_runs_from_the_first_day_named_there_to_the_last() -> None:
    text = ("CAIRO, Nov 14, 2025 - Pope Ana Silva returned to Cairo on Thursday. The Pope arrived in "
            "Sydney on 2 November and spent some days there. He then travelled to Melbourne, where from 7 to "
            "10 November he was hosted by the bishop. The tour concluded in Auckland, where on 11 and 12 "
            "November the Pope laid a foundation stone.")
    assert _dates(text) == {"Australia": [f"2025-11-{d:02}" for d in range(2, 11)],
                            "New Zealand": ["2025-11-11", "2025-11-12"]}


@pytest.mark.parametrize("sentence", [
    "The agency added a final stop: on Saturday he will fly to Castries.",
    # the day the stop was announced is no day of it
    "On Tuesday the agency added a final stop: on Saturday he will fly to Castries.",
])
def test_a_day_after_a_colon_and_the_day_of_an_announcement(sentence: str) -> None:
    text = f"Director Ana Silva will arrive in Kingston on Thursday. {sentence}"
    assert _dates(text, date(2026, 4, 15)) == {  # (Friday too: still in Kingston)
        "Jamaica": ["2026-04-16", "2026-04-17"], "Saint Lucia": ["2026-04-18"]}


def test_a_weekday_and_its_day_number_before_a_verb() -> None:
    # the travel day is counted with the stop it leads to, not read as the Thursday before
    text = ("MAJURO - Foreign Minister Tom Berg will lead a delegation on a trip next month to Micronesia "
            "and Palau.\n\nBerg departs Majuro on Monday the 2nd for Pohnpei. In Pohnpei, the delegation "
            "will meet at Palikir on the 3rd and the 4th.\n\nThursday the 5th is a travel day, with the "
            "delegation arriving in Koror in the early hours of the 6th.")
    assert _dates(text, date(2026, 2, 27)) == {"Micronesia": ["2026-03-03", "2026-03-04"],
                                               "Palau": ["2026-03-05", "2026-03-06"]}


def test_an_attribution_gives_no_tense_to_the_days_before_it() -> None:
    text = ("Ana Silva, director general of the health agency, will arrive in Lilongwe on Tuesday for two "
            "days of talks, before flying to Lusaka on Thursday, according to a schedule shared with AFP.")
    assert _dates(text, date(2026, 2, 15)) == {"Malawi": ["2026-02-17", "2026-02-18"],
                                               "Zambia": ["2026-02-19"]}


def _days(first: int, last: int) -> tuple[date, ...]:
    return tuple(date(2025, 11, d) for d in range(first, last + 1))


def test_days_in_order_reorder_the_stops_but_overlapping_days_do_not() -> None:
    assert date_order([StopTime(dates=_days(20, 21)), StopTime(dates=_days(17, 19))]) == [1, 0]
    # a stop given the whole week tells nothing about which came first
    assert date_order([StopTime(dates=_days(17, 21)), StopTime(dates=_days(14, 21))]) == [0, 1]


def test_a_day_inside_an_according_to_clause_is_the_sources() -> None:
    text = ("Prime Minister Ana Silva is expected to arrive in Accra on Sunday afternoon, according to a "
            "release from the Office of the Prime Minister yesterday.")
    assert _dates(text, date(2026, 5, 22)) == {"Ghana": ["2026-05-24"]}


def test_a_present_progressive_trip_verb_is_a_plan() -> None:
    text = ("Foreign Minister Ana Silva is arriving in Kathmandu on Monday on a two-day official visit, the "
            "ministry said on Friday.")
    assert _dates(text, date(2025, 8, 2)) == {"Nepal": ["2025-08-04", "2025-08-05"]}


def test_a_participle_after_a_determiner_is_an_adjective_not_a_past_tense() -> None:
    text = ("President Ana Silva is leaving for Doha on Sunday on a state visit to Qatar. The President and "
            "his delegation will fly to Doha on a chartered aircraft on Sunday afternoon.")
    assert _dates(text, date(2025, 5, 23)) == {"Qatar": ["2025-05-25"]}


def test_a_short_quoted_term_is_no_clause_of_its_own() -> None:
    text = ('The two ministers will hold a "two-plus-two" security dialogue with their counterparts in '
            "Sydney on Wednesday, Chief Cabinet Secretary Tom Berg told a press conference.")
    assert _dates(text, date(2026, 1, 9)) == {"Australia": ["2026-01-14"]}


@pytest.mark.parametrize(("text", "anchor", "expected"), [
    ("Bank president Tom Berg, who took office on September 1, met the finance minister in Pretoria and is "
     "due to address business leaders there on Tuesday, the bank said.", date(2025, 10, 20),
     {"South Africa": ["2025-10-21"]}),
    ("The spokesperson said in a statement yesterday that the King would arrive in Taipei on Tuesday, "
     "April 28.", date(2026, 4, 24), {"Taiwan": ["2026-04-28"]}),
    ("A statement from the Government Communications Unit yesterday said the delegation will travel on "
     "Sunday the 25th, transiting through Nadi in Fiji, and will arrive in Nuku'alofa on Monday the 26th.",
     date(2024, 8, 24),
     {"Tonga": ["2024-08-26"]}),
    ("Prime Minister Ana Silva leaves Apia on Tuesday morning and is due in Wellington that afternoon, his "
     "office confirmed in a statement released on Sunday night.", date(2026, 2, 16),
     {"New Zealand": ["2026-02-17"]}),
])
def test_days_of_a_persons_life_and_of_a_statement(text: str, anchor: date,
                                                   expected: dict[str, list[str]]) -> None:
    assert _dates(text, anchor) == expected


def test_the_span_of_a_tour_named_a_few_words_back_is_the_trips() -> None:
    text = ("DOHA, Feb 10 (Bernama) -- Prime Minister Ana Silva arrived here this evening for a two-day "
            "official visit to Qatar, the second leg of his working tour of three Gulf countries from Feb 8 "
            "to 12. He was in Riyadh on Feb 8 and 9, and will fly to Kuwait on Feb 12.")
    dates = _dates(text, date(2026, 2, 10))
    assert dates["Saudi Arabia"] == ["2026-02-08", "2026-02-09"]
    assert "2026-02-08" not in dates["Qatar"]  # not the whole tour's days


def test_expected_in_a_place_after_a_noun_is_a_plan() -> None:
    text = ("Foreign Minister Ana Silva will hold talks in Colombo on Wednesday and Thursday. The ministry "
            "said on Thursday that "
            "Dhaka had been added to the tour, with the minister expected in the Bangladeshi capital on "
            "Friday before she returns home.")
    assert _dates(text, date(2025, 8, 2)) == {"Sri Lanka": ["2025-08-06", "2025-08-07"],
                                              "Bangladesh": ["2025-08-08"]}


@pytest.mark.parametrize("end", [
    "The state visit will conclude on Thursday, Oct. 22, and the King and Queen will return to Spain the "
    "following day.",
    "The King will end his visit on Thursday, Oct. 22.",
    "The King will wrap up the tour on Thursday, Oct. 22.",
])
def test_the_last_stop_runs_to_the_day_the_trip_concludes(end: str) -> None:
    text = ("Madrid, Oct 6 (EFE).- King Tom Berg and Queen Ana will make state visits to the Dominican "
            "Republic and Panama later this month, the Royal Household announced Tuesday.\n\nOn Monday, Oct. "
            "19, the royals will arrive in Santo Domingo for two days of talks.\n\nOn Wednesday, Oct. 21, "
            "the royals will travel to Panama City, where they will be welcomed by the president. The "
            "program includes a visit to the expanded Panama Canal and a meeting with the Spanish "
            f"community. {end}")
    assert _dates(text, date(2026, 10, 6))["Panama"] == ["2026-10-21", "2026-10-22"]


def test_a_night_departure_for_the_stop_is_the_journeys() -> None:
    text = ("The Prime Minister will leave for Rome on Monday night and begin his official visit to Italy on "
            "Tuesday (July 1) at the invitation of the Italian prime minister.")
    assert _dates(text, date(2025, 6, 28)) == {"Italy": ["2025-07-01"]}
    # ... but leaving a stop on a night is its last day there
    text = ("Ana Silva will hold talks in Manila on Thursday and fly to Canberra, arriving Friday morning. "
            "She is scheduled to leave Canberra on Saturday night and arrive back home on Sunday morning.")
    assert _dates(text, date(2026, 5, 12))["Australia"] == ["2026-05-15", "2026-05-16"]


def test_the_following_day_opening_a_later_sentence_adds_a_day_there() -> None:
    text = ("Sofia, Sept 22 - President Ana Berg came home from Central Asia on Friday.\n\n"
            "Berg arrived in Astana on September 15 and held talks there.\n\n"
            "From Astana the president flew on September 17 to Tashkent, where President Tom Silva received "
            "her. The talks produced a roadmap for trade. The following day the two presidents travelled "
            "together to Samarkand, where they toured the old city.")
    assert _coded_days(text, date(2025, 9, 22)) == [  # (the 16th too: still in Astana)
        ("KZ", ["2025-09-15", "2025-09-16"]), ("UZ", ["2025-09-17", "2025-09-18"])]


@pytest.mark.parametrize("onward", ["before continuing to Brussels", "and will continue to Brussels"])
def test_the_following_day_after_moving_on_to_a_place_is_that_place_s(onward: str) -> None:
    text = (f"VADUZ, Nov 14 - Prime Minister Ana Berg will travel to Paris on Monday for talks {onward} the "
            "following day, the government said on Friday.")
    assert _coded_days(text, date(2025, 11, 14)) == [
        ("FR", ["2025-11-17"]), ("BE", ["2025-11-18"])]


def test_returning_home_the_day_after_a_stop_is_no_day_of_it() -> None:
    text = ("Prishtina, 12 May 2024 - Prime Minister Ana Berg will travel to Kuwait City on Thursday for "
            "talks with the foreign minister, before returning to Prishtina on Friday.")
    assert _coded_days(text, date(2024, 5, 12)) == [("KW", ["2024-05-16"])]


def test_arriving_after_two_days_of_meetings_in_a_place_dates_those_days_there() -> None:
    text = ("March 11, 2026 - Envoy Ana Berg arrived in the Kyrgyz capital, Bishkek, on Wednesday after two "
            "days of meetings in Astana, where she was received by the president.")
    assert _coded_days(text, date(2026, 3, 11)) == [
        ("KZ", ["2026-03-09", "2026-03-10"]), ("KG", ["2026-03-11"])]


def test_a_host_receiving_the_second_of_two_travellers_named_by_their_offices_is_the_trip_s_day() -> None:
    text = ("The Catholic Archbishop of Abuja, Ana Silva, and the Sultan of Sokoto, Tom Berg, will next week "
            "lead a joint delegation on a peace mission to the Vatican.\n\n"
            "The delegation will then leave for the Vatican on Wednesday morning. Pope Leo XIV is expected "
            "to receive the Sultan and the Archbishop in a private audience on Thursday.")
    assert _coded_days(text, date(2026, 5, 8)) == [("VA", ["2026-05-13", "2026-05-14"])]


def test_a_day_that_names_an_election_is_no_day_of_the_stop() -> None:
    text = ("DAKAR, Jan 3 (AFP) - Minister Tom Berg returned to Dakar late Friday after seeing troops "
            "abroad, his ministry said on Saturday.\n\n"
            "He flew to Bangui, where he landed on the morning of January 1. He was received on Friday by "
            "President Ana Silva, whose bid for a third term in the December 28 elections is being watched.")
    assert _coded_days(text, date(2026, 1, 3)) == [("CF", ["2026-01-01", "2026-01-02"])]


def test_the_first_stop_stayed_in_until_a_day_starts_with_the_trip() -> None:
    text = ("State Councilor Ana Berg will pay official visits to Jamaica and Barbados from Sunday to May "
            "15, the spokeswoman announced on Friday.\n\n"
            "Berg will begin the tour in Jamaica, where she will stay until May 12 and meet the prime "
            "minister. She will then fly to Bridgetown on May 13 for three days of meetings.")
    assert _coded_days(text, date(2026, 5, 8)) == [
        ("JM", ["2026-05-10", "2026-05-11", "2026-05-12"]),
        ("BB", ["2026-05-13", "2026-05-14", "2026-05-15"])]


def test_the_travellers_own_country_named_beside_a_day_does_not_take_the_day_away() -> None:
    text = ("Liechtenstein's Prime Minister Ana Berg has used her first official visit to Vienna to press "
            "for rail links.\n\n"
            "Berg was received with honours at the Federal Chancellery on Monday by the chancellor.\n\n"
            "On Tuesday morning Berg was received by the president before meeting Liechtenstein companies "
            "active in the market.")
    assert _coded_days(text, date(2026, 2, 10)) == [("AT", ["2026-02-09", "2026-02-10"])]


def test_days_in_the_travellers_own_capital_are_no_stops() -> None:
    text = ("Albanian Prime Minister Ana Berg arrived in Pristina on the morning of Monday, February 9, and "
            "flew back to Tirana on Monday evening. On Tuesday and Wednesday, she stayed in the Albanian "
            "capital, where parliament approved a reform.\n\n"
            "On Thursday, February 12, Berg travelled by road to Skopje.")
    assert _coded_days(text, date(2026, 2, 13)) == [("XK", ["2026-02-09"]), ("MK", ["2026-02-12"])]


def test_the_day_of_a_return_to_the_bodys_headquarters_is_no_stops() -> None:
    text = ("The Secretary-General of the association, Ana Berg, returned to the organisation's headquarters "
            "in Port of Spain on Saturday after a tour, from Santo Domingo to Panama City.\n\n"
            "The tour began on June 2 in Santo Domingo, where she spent two days. She ended it in Panama "
            "City on June 12.")
    assert _coded_days(text, date(2025, 6, 16)) == [
        ("DO", ["2025-06-02", "2025-06-03"]), ("PA", ["2025-06-12"])]


def test_a_future_weekday_that_is_the_articles_day_after_later_days_of_the_stop_is_the_next_week() -> None:
    text = ("TBILISI — President Ana Berg will travel to Kazakhstan and Uzbekistan next week, the "
            "administration said on Friday.\n\n"
            "Berg will fly to Astana on Monday. He will then travel on Wednesday to Tashkent, where he is to "
            "be received by the president on Thursday.\n\n"
            "On Friday, Berg will go to Samarkand, and on Saturday he will visit Bukhara.")
    assert _coded_days(text, date(2026, 5, 22)) == [
        ("KZ", ["2026-05-25"]), ("UZ", ["2026-05-27", "2026-05-28", "2026-05-29", "2026-05-30"])]


def test_an_official_visit_which_runs_from_one_day_to_another_is_the_stops_span() -> None:
    text = ("Tashkent, 30 March (ONA) --- Deputy Prime Minister Tom Berg arrived in Tashkent today on an "
            "official visit to the Republic of Uzbekistan which runs from 30 March to 1 April 2026.\n\n"
            "At the conclusion of the Uzbekistan leg, he will proceed on 2 April to Astana.")
    assert _coded_days(text, date(2026, 3, 30)) == [
        ("UZ", ["2026-03-30", "2026-03-31", "2026-04-01"]), ("KZ", ["2026-04-02"])]


def test_a_day_after_arriving_dates_the_arrival_too() -> None:
    text = ("Envoy Ana Berg met the commission's chairperson in Addis Ababa on Wednesday, a day after "
            "arriving in the Ethiopian capital.")
    assert _coded_days(text, date(2025, 11, 13)) == [("ET", ["2025-11-11", "2025-11-12"])]


def test_a_stay_until_a_day_keeps_the_next_day_in_another_city_of_the_country() -> None:
    text = ("TOKYO - Party leader Tetsuo Berg will visit China from Tuesday, officials said Saturday.\n\n"
            "Berg will hold talks in Beijing through Thursday and is expected to meet officials.\n\n"
            "He will then travel to Shanghai on Friday to visit Japanese companies.")
    assert _coded_days(text, date(2026, 1, 10)) == [
        ("CN", ["2026-01-13", "2026-01-14", "2026-01-15", "2026-01-16"])]


def test_a_stay_until_a_day_runs_on_through_the_days_right_after_it_in_another_city() -> None:
    text = ("Prime Minister Tom Berg will arrive in Beijing on Sunday for an official visit to China. He "
            "will remain in the Chinese capital until Wednesday before traveling to Shenzhen, where he will "
            "stay from Thursday to Saturday.")
    assert _coded_days(text, date(2026, 7, 10)) == [
        ("CN", ["2026-07-12", "2026-07-13", "2026-07-14", "2026-07-15", "2026-07-16", "2026-07-17",
                "2026-07-18"])]


def test_the_day_flown_in_from_a_place_is_the_next_stops() -> None:
    text = ("HANOI, May 28 (Reuters) - Prime Minister Tom Berg pressed Vietnam on Wednesday to open up."
            "\n\nIn Manila on Monday and Tuesday, Berg met the president.\n\n"
            "Berg, who flew in from Manila on Wednesday morning, held talks with his counterpart.")
    assert _coded_days(text, date(2025, 5, 28))[0] == ("PH", ["2025-05-26", "2025-05-27"])


def test_a_title_case_dateline_with_a_full_date_under_a_letterhead_dates_no_stop() -> None:
    text = ("GOVERNMENT OF LESOTHO\nMINISTRY OF FOREIGN AFFAIRS\n\nPRESS STATEMENT\n\n"
            "Maseru, 21 October 2024 – King Tom Berg returned home on Saturday, 19 October 2024, after a "
            "working visit to the Italian Republic.\n\nHe arrived in Rome on Monday, 14 October 2024.")
    assert _coded_days(text, date(2024, 10, 21)) == [("IT", ["2024-10-14"])]


def test_returning_to_a_place_the_gazetteer_does_not_know_is_the_day_home() -> None:
    text = ("Kenya's Foreign Minister, Ann Berg, returned to Mahé on Tuesday evening after a two-week "
            "mission to the Pacific that took her to Fiji and to the summit in Samoa.\n\nOn Saturday October "
            "19, Berg flew to Apia.")
    assert _coded_days(text, date(2024, 10, 30)) == [("FJ", []), ("WS", ["2024-10-19"])]


@pytest.mark.parametrize("told", ["a press conference", "reporters", "journalists"])
def test_an_attribution_to_a_press_conference_sets_no_tense(told: str) -> None:
    text = ("TOKYO, Jan. 9 (Kyodo) -- Envoy Tom Berg will be in Koror, Palau, on Sunday and Monday before "
            "traveling to Palikir for talks on Tuesday and Wednesday, Chief Cabinet Secretary Ana Silva "
            f"told {told}.")
    assert _coded_days(text, date(2026, 1, 9)) == [
        ("PW", ["2026-01-11", "2026-01-12"]), ("FM", ["2026-01-13", "2026-01-14"])]


def test_the_day_before_flying_to_a_place_that_is_no_stop_is_the_stop_befores() -> None:
    text = ("Patriarch Tom Berg will leave for New Delhi on Tuesday and is expected to call on Union "
            "Minister of Minority Affairs Ana Silva on Wednesday before flying to Erbil in Iraq, where the "
            "church has its seat.")
    assert _coded_days(text, date(2024, 11, 11)) == [("IN", ["2024-11-12", "2024-11-13"])]


@pytest.mark.parametrize("ribbon", [
    "Berg, the most senior official to visit Turkmenistan since 1994, cut the ribbon",
    "Berg opened the mission",
])
def test_returning_from_a_trip_dates_no_stop_and_a_record_is_no_plan(ribbon: str) -> None:
    text = ("JERUSALEM, April 21 (Reuters) - Foreign Minister Tom Berg returned on Friday from a two-day "
            "trip to Azerbaijan and Turkmenistan, during which he opened an embassy in Ashgabat. "
            f"{ribbon} in Ashgabat on Thursday. Before arriving in Ashgabat, Berg spent Wednesday in Baku.")
    assert _coded_days(text, date(2023, 4, 21)) == [("AZ", ["2023-04-19"]), ("TM", ["2023-04-20"])]


def test_the_day_before_leaving_for_a_stop_is_the_stop_befores() -> None:
    text = ("BEIRUT, Aug 13 - Envoy Tom Berg arrived in the Lebanese capital on Wednesday, wrapping up a "
            "tour that began in Iraq. He flew into the Iraqi capital on Monday. On Tuesday he met the prime "
            "minister, before leaving for Beirut.")
    assert _coded_days(text, date(2025, 8, 13)) == [("IQ", ["2025-08-11"]), ("LB", ["2025-08-13"])]


def test_over_three_days_after_a_stops_first_day_is_its_stay() -> None:
    text = ("Minister Tom Berg has returned from a mission to Ghana and Nigeria.\n\nThe mission began in "
            "Accra on September 8. Over three days, the ministers met Ghana's Minister for Foreign Affairs, "
            "Ana Silva, and the Secretary-General of the African Continental Free Trade Area (AfCFTA) "
            "Secretariat, Ken Wu.\n\nOn September 11 and 12 the delegation was in Lagos.")
    assert _coded_days(text, date(2025, 9, 18)) == [
        ("GH", ["2025-09-08", "2025-09-09", "2025-09-10"]), ("NG", ["2025-09-11", "2025-09-12"])]


def test_a_stop_reached_the_same_evening_starts_on_the_last_day_of_the_one_before() -> None:
    text = ("ISLAMABAD: Minister Tom Berg returned home on Saturday after a visit to Turkmenistan and "
            "Uzbekistan.\n\nOn Wednesday, Mr Berg was flown to Mary, the regional centre closest to the gas "
            "field. From Mary he flew directly to Tashkent the same evening.\n\nIn the Uzbek capital, the "
            "minister met the energy minister on Thursday.")
    assert _coded_days(text, date(2026, 5, 17)) == [
        ("TM", ["2026-05-13"]), ("UZ", ["2026-05-13", "2026-05-14"])]


def test_the_day_left_home_before_an_arrival_day_is_no_stops() -> None:
    text = ("King Tom Berg departed Moshoeshoe I International Airport on Sunday, 15 September, travelling "
            "through O.R. Tambo International Airport in Johannesburg, and arrived in Kuwait City on the "
            "morning of Monday, 16 September.")
    assert _coded_days(text, date(2024, 9, 23)) == [("KW", ["2024-09-16"])]


def test_the_day_of_leaving_home_dates_no_stop() -> None:
    text = ("Trinidad and Tobago Prime Minister Tom Berg leaves Port of Spain tomorrow on an official visit "
            "to India, his office said on Friday. Berg will arrive in New Delhi on Monday and remain in the "
            "Indian capital until October 3.")
    assert _dates(text, date(2024, 9, 27)) == {
        "India": ["2024-09-30", "2024-10-01", "2024-10-02", "2024-10-03"]}


def test_a_later_day_at_the_last_stop_counts_past_a_place_passed_through() -> None:
    text = ("President Ana Silva spent three days in Buenos Aires from Monday 3 November.\n\n"
            "On Thursday 6 November Silva crossed the river by ferry to Montevideo, where she met the "
            "president.\n\nOn Friday she announced a health agreement, before flying home overnight from "
            "Montevideo via Madrid.")
    assert _dates(text, date(2025, 11, 8)) == {
        "Argentina": ["2025-11-03", "2025-11-04", "2025-11-05"], "Uruguay": ["2025-11-06", "2025-11-07"]}


def test_the_day_a_stop_is_left_counts_after_the_day_it_was_reached() -> None:
    text = ("ST JOHN'S, Antigua, Jul 8, CMC - The fund on Tuesday signed a loan with the Antigua and Barbuda "
            "government, as its chief, Ana Silva, continued a regional tour that has already taken her to "
            "Barbados.\n\nSilva, who arrived in St John's on Tuesday and leaves on Wednesday, said the "
            "portfolio had grown.\n\nThe delegation began the tour in Bridgetown on July 2 and 3, where "
            "Silva met the prime minister.")
    assert _dates(text, date(2026, 7, 8)) == {
        "Barbados": ["2026-07-02", "2026-07-03"], "Antigua and Barbuda": ["2026-07-07", "2026-07-08"]}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the one date right after "in <a place no stop> on" is that place's
        ("The UN rights chief, Ana Silva, has ended a three-day visit to Venezuela. She is due to present a "
         "report on Venezuela to the Council in Geneva on 5 July.", date(2019, 6, 22), [("VE", [])]),
        # "The tour, which began on 23rd February": the first stop's first day
        ("ABU DHABI, 7th March, 2026 (WAM) -- Dr. Ana Silva has concluded a tour that took him to Panama "
         "and Jamaica. The tour, which began on 23rd February, comes within the framework of partnerships "
         "signed with Colombia and Chile. In Panama City, where he spent two days, Dr. Silva was received by "
         "the president. In Kingston on 25th February he met the prime minister.", date(2026, 3, 7),
         [("PA", ["2026-02-23", "2026-02-24"]), ("JM", ["2026-02-25"])]),
        # "led a delegation of about 60 Kenyan exporters to Riyadh on Monday and Tuesday"
        ("NAIROBI, Nov 21 (Reuters) - Kenya secured market access in Saudi Arabia and the United Arab "
         "Emirates during a trade mission, Minister Ana Silva said on Friday. Silva led a delegation of "
         "about 60 Kenyan exporters to Riyadh on Monday and Tuesday and then to Dubai on Wednesday and "
         "Thursday.", date(2025, 11, 21),
         [("SA", ["2025-11-17", "2025-11-18"]), ("AE", ["2025-11-19", "2025-11-20"])]),
    ],
)
def test_a_date_after_a_place_no_stop_a_tour_begun_on_a_day_and_a_delegation_led(
        text: str, published: date, expected: list[tuple[str, list[str]]]) -> None:
    assert _coded_days(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stay begun first ends the day before the next stop's first day
        ("Minister Ana Silva will visit Hong Kong and the Philippines. She will be in Hong Kong from Jan. 19 "
         "to Jan. 23 for talks. She arrives in Manila on Jan. 21 and flies home on Jan. 25.",
         [("HK", ["2026-01-19", "2026-01-20"]), ("PH", ["2026-01-21"])]),
        # of two stays begun on one day, the second starts after the first's last
        ("Premier Ana Silva heads to Japan, South Korea and Hong Kong. Her office said Friday the premier "
         "will be in Tokyo from Sunday to Tuesday (Jan. 11-13), in Seoul on Jan. 14 and 15, and in Hong "
         "Kong on Jan. 16 and 17 before flying home.",
         [("JP", ["2026-01-11", "2026-01-12", "2026-01-13"]), ("KR", ["2026-01-14", "2026-01-15"]),
          ("HK", ["2026-01-16", "2026-01-17"])]),
    ],
)
def test_stays_do_not_run_into_the_next_stop(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _coded_days(text, date(2026, 1, 9)) == expected


def test_a_weekday_told_before_the_next_stops_day_is_not_pushed_a_week_on() -> None:
    text = ("DOHA, Feb 10 (Reuters) - President Ana Silva arrived in Doha on Tuesday, the second stop on a "
            "Gulf tour, after a planned visit to Kuwait was postponed and a stop in Bahrain was added to his "
            "schedule.\n\nHe had spent Sunday and Monday in Riyadh, where the crown prince hosted him.\n\n"
            "A source in the presidency told Reuters that Silva would fly to Abu Dhabi on Wednesday for "
            "talks.\n\nHours later, Bahrain's state news agency said King Tom Berg would receive Silva in "
            "Manama on Thursday.")
    assert _coded_days(text, date(2026, 2, 10)) == [
        ("SA", ["2026-02-08", "2026-02-09"]), ("QA", ["2026-02-10"]), ("AE", ["2026-02-11"]),
        ("BH", ["2026-02-12"])]


def test_the_days_of_a_route_from_the_first_stop_to_the_last_are_the_trip_s() -> None:
    text = ("LIMA, Dec. 8 (Xinhua) -- Envoy Ana Silva concluded on Sunday a visit to three countries that "
            "took her from Bolivia to Peru between Nov. 24 and Dec. 7.\n\nDuring her visit to Bolivia from "
            "Nov. 24 to 26, Silva met officials in La Paz.\n\nIn Santiago on Nov. 28 and 29, she held talks "
            "with Tom Berg.\n\nThe last leg of the tour took Silva to Peru from Dec. 5 to 7.")
    assert _coded_days(text, date(2025, 12, 8)) == [
        ("BO", ["2025-11-24", "2025-11-25", "2025-11-26"]), ("CL", ["2025-11-28", "2025-11-29"]),
        ("PE", ["2025-12-05", "2025-12-06", "2025-12-07"])]


def test_a_day_in_a_lede_that_names_the_dateline_s_country_again_is_that_stop_s() -> None:
    # "urged Kazakhstan on Wednesday" under an Astana dateline, though the sentence names other countries
    text = ("ASTANA, Kazakhstan (AP) — Georgia's prime minister urged Kazakhstan on Wednesday to ship more "
            "grain west, as Russia's war in Ukraine drags on.\n\nPrime Minister Ana Silva met President Tom "
            "Berg in the Kazakh capital a day after flying in from Baku, where she held talks on Monday and "
            "Tuesday.\n\nSilva will fly on Thursday to Tashkent.")
    assert _coded_days(text, date(2023, 10, 4)) == [
        ("AZ", ["2023-10-02", "2023-10-03"]), ("KZ", ["2023-10-04"]), ("UZ", ["2023-10-05"])]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the day a stop was added to the route is no day of it
        ("Foreign Minister Ana Silva will be in Kuwait on Tuesday, Jan. 8, and in Doha on Jan. 9.\n\nA stop "
         "in Manama on Jan. 11 was added late on Saturday at the invitation of his counterpart Tom Berg.",
         date(2013, 1, 6), [("KW", ["2013-01-08"]), ("QA", ["2013-01-09"]), ("BH", ["2013-01-11"])]),
        # "through Thursday" after "arrived on Monday": the Thursday after that Monday
        ("SEOUL, Oct. 22 (Yonhap) -- Defense Minister Ana Silva held talks with Tom Berg on Tuesday.\n\n"
         "Silva arrived in Seoul on Monday for a four-day visit through Thursday.", date(2024, 10, 22),
         [("KR", ["2024-10-21", "2024-10-22", "2024-10-23", "2024-10-24"])]),
        # "departed on Tuesday and would arrive in Havana on Thursday": the day left home is no stop's
        ("Prime Minister Ana Silva has left for Cuba, where he will attend a summit.\n\nA statement said the "
         "Prime Minister departed on Tuesday and would arrive in Havana on Thursday, ahead of the summit on "
         "Friday and Saturday.", date(2023, 9, 13),
         [("CU", ["2023-09-14", "2023-09-15", "2023-09-16"])]),
    ],
)
def test_a_day_added_a_range_through_a_weekday_and_a_day_left_home(
        text: str, published: date, expected: list[tuple[str, list[str]]]) -> None:
    assert _coded_days(text, published) == expected


def test_a_span_that_a_stop_s_own_dates_fall_well_outside_is_no_trip_span() -> None:
    # "in Tokyo from March 12 to 15" was read as the trip's span, which dropped Tokyo's own dates;
    # Kuala Lumpur's February days show it is one stop's
    text = ("JAKARTA (AFP) - King Ana Silva flew to Bali on Saturday to begin a break, after talks in "
            "Jakarta.\n\nThe tour began with four days in Kuala Lumpur from February 26 to March "
            "1.\n\nAfter Bali, the king is due in Tokyo for talks with Prime Minister Tom Berg from March "
            "12 to 15, and will then fly to Beijing on March 16 for a two-day state visit.")
    days = dict(_coded_days(text, date(2017, 3, 4)))
    assert (days["MY"][0], days["JP"], days["CN"][0]) == (
        "2017-02-26", ["2017-03-12", "2017-03-13", "2017-03-14", "2017-03-15"], "2017-03-16")


def test_a_stated_span_a_day_from_a_stop_is_no_trip_span_unless_the_stop_is_on_the_way() -> None:
    # the forum's days are Tonga's, not the trip's: Noumea's own days fall outside them
    text = ("Prime Minister Ana Silva returned to Port Vila on Saturday after more than a week away.\n\nThe "
            "Prime Minister left on Thursday, August 22. In Noumea on Thursday and Friday he met the "
            "President of the Government, Tom Berg.\n\nFrom Noumea, the PM flew to Nuku'alofa, arriving on "
            "Sunday, August 25, ahead of the Forum Leaders Meeting which ran from August 26 to August 30.")
    days = _coded_days(text, date(2024, 8, 31))
    assert ([code for code, _ in days], days[1][1]) == (
        ["NC", "TO"], ["2024-08-25", "2024-08-26", "2024-08-27", "2024-08-28", "2024-08-29", "2024-08-30"])
    # ... but a stopover the day before the stated visits is on the way to them
    text = ("Premier Ana Silva will pay official visits to Fiji and Samoa from Aug. 9 to 15. En route, "
            "Silva will make a stopover in Port Moresby on Aug. 8. She will be in Suva on Aug. 9 and 10 and "
            "in Apia from Aug. 11 to 15.")
    assert _coded_days(text, date(2026, 8, 3)) == [
        ("PG", ["2026-08-08"]), ("FJ", ["2026-08-09", "2026-08-10"]),
        ("WS", ["2026-08-11", "2026-08-12", "2026-08-13", "2026-08-14", "2026-08-15"])]
