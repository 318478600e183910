"""People rules on short texts (parse/people.py): names, roles and affiliations."""

from __future__ import annotations

import pytest

from itinerary.parse import parse


def _people(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.role, p.affiliation_code) for p in parse(text).people]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # words between title words belong to the title
        ('"We share values," Chief Cabinet Secretary Minoru Kihara told reporters.',
         [("Minoru Kihara", "Chief Cabinet Secretary", None)]),
        ("He will meet Commerce and Industry Minister Piyush Goyal in Delhi.",
         [("Piyush Goyal", "Commerce and Industry Minister", "IN")]),  # the place of the sentence
        # a long title with a field joined on, and a possessive country before it
        ("Talks were held with Kenya's Minister of Foreign Affairs and International Relations Amina "
         "Odhiambo on Monday.",
         [("Amina Odhiambo", "Minister of Foreign Affairs and International Relations", "KE")]),
        ("He thanked Ugandan Minister of Trade and East African Cooperation Peter Okello.",
         [("Peter Okello", "Minister of Trade and East African Cooperation", "UG")]),
        # a title's fields listed with several commas, and a three-word name after a known field word
        ("AU Commissioner for Economic Development, Trade, Tourism, Industry and Minerals Ana Maria Berg "
         "concluded a tour.",
         [("Ana Maria Berg",
           "AU Commissioner for Economic Development, Trade, Tourism, Industry and Minerals", None)]),
        # ... and a name that starts before "bin", after a field of two words
        ("He met the Minister of Commerce, Industry and Investment Promotion Ali bin Omar Al Said on Monday.",
         [("Ali bin Omar Al Said", "Minister of Commerce, Industry and Investment Promotion", None)]),
        # a city before a form of address says where, not whose: no affiliation
        ("From Port Vila Mr Tom Berg travelled on Friday to Honiara.", [("Tom Berg", "Mr", None)]),
        # a field word ending a title after "for"
        ("EU Commissioner for International Partnerships Ana Silva will visit Uzbekistan.",
         [("Ana Silva", "EU Commissioner for International Partnerships", None)]),
        # fields listed with a comma inside a title; a comma before a name still ends the title
        ("Talks were held with Minister of Foreign Affairs, Trade and Sami Affairs Ana Silva. The "
         "Minister of Health, Tom Berg, attended.",
         [("Ana Silva", "Minister of Foreign Affairs, Trade and Sami Affairs", None),
          ("Tom Berg", "Minister of Health", None)]),
        # a family name that reads as a pronoun, known by its appositive; an academy is no person
        ("He Lin, a senior research fellow at the Chinese Academy of Social Sciences, told us.",
         [("He Lin", "senior research fellow", "CN")]),
        # an organisation named before a title, with a place in its name
        ("Talks followed with African Union Commission Chairperson Ana Silva Mendes.",
         [("Ana Silva Mendes", "African Union Commission Chairperson", None)]),
        # an appositive whose role noun comes after a field
        ("Tom Wu, Horn of Africa project director at the International Crisis Group, said it helps.",
         [("Tom Wu", "Horn of Africa project director", None)]),
        # an age in the appositive; a listener told is no person; travel verbs after a name
        ('Rosa Diaz, a 34-year-old mother of five, said she walked. "We are hungry," she told Radio '
         "Sol. It was the first visit since Kenji Sato traveled there in 2014.",
         [("Rosa Diaz", "mother of five", None), ("Kenji Sato", None, None)]),
        # an organisation's other name in brackets
        ("The Ministry of Foreign Affairs (Wisma Lima) said the trip is set. Wisma Lima said more.",
         []),
        # an envoy's posting
        ("Former Indian ambassador to Saudi Arabia Ravi Kumar said the visit matters.",
         [("Ravi Kumar", "Former ambassador to Saudi Arabia", "IN")]),
        # a name with nothing around it is a person when the family name comes back alone;
        # a role before a comma starts at its owner ("Serbia's president")
        ("When Ana Silva stood beside the party's president, Marko Ilic, she smiled. Silva met "
         "students. Silva's speech was long. Updated Oct 17.",
         [("Ana Silva", None, None), ("Marko Ilic", "party president", None)]),
        # a title-case headline and a lower-case byline name no one
        ("Governor Ana Silva Went South for Trade and Came Back\n\nby Mari Yoshida\n\nGov. Ana Silva "
         "returned on Friday.", [("Ana Silva", "Gov", None)]),
        # a formal title with its field before a comma; a field joined by "and the"
        ("She will be accompanied by the Minister for Pacific Island Affairs, Tom Wu, and Minister for "
         "Sustainability and the Environment Rosa Diaz.",
         [("Tom Wu", "Minister for Pacific Island Affairs", None),
          ("Rosa Diaz", "Minister for Sustainability and the Environment", None)]),
        # one field word after "for", then a two-word name
        ("She will be accompanied by Minister for Enterprise Tom Wu and a delegation.",
         [("Tom Wu", "Minister for Enterprise", None)]),
        # the older style's rank between given and family name; a styled courtesy after an office; "Fr."
        ("Archbishop of Colombo His Eminence Tom Cardinal Berg will leave tomorrow. Cardinal Berg will "
         "meet the pope. Bishop of Kandy His Excellency Ana Silva said so, as did Rev. Fr. Ken Wu.",
         [("Tom Berg", "Archbishop of Colombo, Cardinal", None), ("Ana Silva", "Bishop of Kandy", None),
          ("Ken Wu", None, None)]),
        # a role noun before a courtesy; a verb's subject is no part of the role before the name
        ("Church spokesperson Fr Tom Berg said so. It came after an uprising ousted prime minister Ana "
         "Silva.",
         [("Tom Berg", "Church spokesperson", None), ("Ana Silva", "ousted prime minister", None)]),
        ("The council has nominated former president Tom Berg for the post.",
         [("Tom Berg", "former president", None)]),
        # a country's formal name inside the title, then a courtesy
        ("He was received by HE Prime Minister of the Republic of Rwanda Dr Tom Berg.",
         [("Tom Berg", "Prime Minister", "RW")]),
        ("He met President of the United Arab Emirates His Highness Sheikh Tom Berg Al Nahyan.",
         [("Tom Berg Al Nahyan", "President", "AE")]),
        # a church's members are no one
        ("A senior leader of The Church of Jesus Christ of Latter-day Saints will tour the region. Elder "
         "Tom Berg leaves this week.", [("Tom Berg", "Elder", None)]),
        # a family name without its Arabic article is the same person
        ("Gen Tom al-Berg returned to Juba on Wednesday. Gen Berg met the president.",
         [("Tom al-Berg", "Gen", None)]),
        # an envoy's brief is a country, then a two-word name
        ("UN Special Envoy for Syria Tom Wu arrived in Amman on Monday.",
         [("Tom Wu", "UN Special Envoy for Syria", None)]),
        # a city or a region before a title; an honorific in capitals; a councillor
        ("She will meet Osaka Governor Ken Mori, Pacific Peoples Minister Tom Wu, Minister of Finance "
         "HE Ali Kuwari and Swiss Federal Councillor Rosa Diaz.",
         [("Ken Mori", "Osaka Governor", "JP"), ("Tom Wu", "Pacific Peoples Minister", None),
          ("Ali Kuwari", "Minister of Finance", None), ("Rosa Diaz", "Federal Councillor", "CH")]),
        # a line of reporters and where they file from; organisations
        ("Leaders head to Asia\n\nOliver Marsh in Tokyo and Clara Dufour in Brussels\n\nRosa Diaz, a "
         "researcher with Human Rights Watch, said so. Samsung Electronics Co said more.",
         [("Rosa Diaz", "researcher", None)]),
        # a family name written first is how the article goes on: "Xi will hold talks"
        ("At the invitation of the king, Xi Jinping will visit Vietnam. During his stay in Hanoi, Xi "
         "will hold talks. In Kuala Lumpur, Xi will meet the prime minister.",
         [("Xi Jinping", None, None)]),
        # a role and a comma before the name
        ("Peru's foreign minister, Hugo de Zela, called the visit a gesture.",
         [("Hugo de Zela", "foreign minister", "PE")]),
        ("He met its president, Sidi Ould Tah, to discuss financing.",
         [("Sidi Ould Tah", "president", None)]),
        # an appositive role at an institution
        ('"It works," Dana Hallaq, a fellow at the Middle East Institute in Washington, told us.',
         [("Dana Hallaq", "fellow", "US")]),
        # role nouns of commentators, with the nationality as affiliation
        ('"It is good," said South African trade analyst Thandiwe Mokoena.',
         [("Thandiwe Mokoena", "trade analyst", "ZA")]),
        # particles in pairs
        ("Ursula von der Leyen said the deal was historic.", [("Ursula von der Leyen", None, None)]),
        # accented names are not function words
        ("He will meet General Secretary Tô Lâm in Hanoi.", [("Tô Lâm", "General Secretary", "VN")]),
        # post-nominal letters, and an office before a comma
        ("The Taoiseach, Micheál Martin TD, will travel to Japan.",
         [("Micheál Martin", "Taoiseach", None)]),
        # an honorific title
        ("He held talks with his counterpart, Sayyid Badr bin Hamad Al Busaidi, in the capital.",
         [("Badr bin Hamad Al Busaidi", "Sayyid", None)]),
        # an office of a country, then the name
        ("The trip is at the invitation of President of the Kyrgyz Republic Sadyr Japarov, Lin said.",
         [("Sadyr Japarov", "President", "KG")]),
        # a courtesy before the title and one that goes with the name are not the role
        ("His Highness the Amir Sheikh Omar bin Khalid Al-Silva opened the forum on Tuesday.",
         [("Omar bin Khalid Al-Silva", "Amir", None)]),
        # a field between the country and the title; "To" opens a titled name
        ("He will meet Saudi Investment Minister Khalid Al-Silva in Riyadh.",
         [("Khalid Al-Silva", "Investment Minister", "SA")]),
        ("On the same day, Party General Secretary To Lam received the delegation.",
         [("To Lam", "Party General Secretary", None)]),
        # an office "of the" something, then the name
        ("His sister and Secretary-General of the Presidency Karina Silva stayed behind.",
         [("Karina Silva", "Secretary-General of the Presidency", None)]),
        # a scholar's field, and "emeritus" after the role noun
        # a hyphenated rank with its full stop
        ("The minister held talks with Belarusian Defence Minister Lt-Gen. Viktor Berg.",
         [("Viktor Berg", "Defence Minister Lt-Gen", "BY")]),
        # a family name that is a city, after a role noun
        ("Political analyst Fernando Lima told reporters that the visits mattered.",
         [("Fernando Lima", "Political analyst", None)]),
        ("Tom Berg, the archaeologist who has directed the dig, said it would help.",
         [("Tom Berg", "archaeologist", None)]),
        ("Tom Berg, professor emeritus of politics at the national university, said it would help.",
         [("Tom Berg", "professor emeritus", None)]),
    ],
)
def test_people(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _people(text) == expected


def test_long_particle_names_fields_then_a_country_and_people_replaced() -> None:
    text = ("Foreign Minister Sayyid Ana bin Tom bin Lee Silva arrived in Dakar. He met Minister of African "
            "Integration and Foreign Affairs of Senegal Omar Berg, and later Metropolitan Joanikije. Silva "
            "was appointed in July, replacing Enrique Manalo.")
    assert _people(text) == [("Ana bin Tom bin Lee Silva", "Foreign Minister", None),
                             ("Omar Berg", "Minister of African Integration and Foreign Affairs", "SN"),
                             ("Joanikije", "Metropolitan", "SN"), ("Enrique Manalo", None, None)]


def test_a_state_before_the_office_gives_its_country_and_a_state_is_no_person() -> None:
    text = ("Tamil Nadu Chief Minister Ana Silva arrived in Berlin. Tamil Nadu has signed deals worth "
            "billions, and Tamil Nadu said more would come.")
    assert _people(text) == [("Ana Silva", "Tamil Nadu Chief Minister", "IN")]


def test_malay_honorifics_company_names_and_a_province() -> None:
    text = ("Defence Minister Datuk Seri Ana Silva met executives of Toyota Motor and Kone Oyj. Fighting "
            "in North Kivu has displaced thousands.")
    assert _people(text) == [("Ana Silva", "Defence Minister", None)]


def test_a_short_given_name_with_its_dot_is_part_of_the_name() -> None:
    text = "Trade Secretary Ma. Ana Silva arrived in Riyadh. Silva met investors."
    assert _people(text) == [("Ma. Ana Silva", "Trade Secretary", None)]


def test_an_abbreviated_title_gives_way_to_the_full_one() -> None:
    text = ("DG Ana Silva to visit Kazakhstan\n\nDirector-General Ana Silva will travel to Astana. In "
            "Astana, DG Silva will meet officials.")
    assert _people(text) == [("Ana Silva", "Director-General", None)]


def test_middle_initials_courtesies_and_a_country_after_the_office() -> None:
    text = ("At the invitation of His Excellency Ferdinand R. Marcos Jr., President of the Republic of "
            "the Philippines, His Excellency Tom S. Berg, President of the Republic of Palau, is "
            "undertaking a State Visit. Minister of Foreign Affairs of Ukraine Ana Silva joined them.")
    assert _people(text) == [("Ferdinand R. Marcos Jr.", "President", "PH"),
                             ("Tom S. Berg", "President", "PW"),
                             ("Ana Silva", "Minister of Foreign Affairs", "UA")]


@pytest.mark.parametrize(
    "text",
    [
        "He spoke at the Council on Foreign Relations in New York.",  # a field is not a title
        "Prabowo Heads to Europe to Seal EU Trade Deal as Talks Drag On.",
        "Trade talks\n\nBy Rieka Santoso and Hugo Mercier\n\nThe talks resumed on Monday.",  # byline
        "The talks resumed. (Reporting by Nadia Haddad in Dubai; Editing by Alison Marsh)",
        "The talks resumed.\n\nEdited by: Lina Ortiz",
        "It followed the Prince and Princess of Wales's visit.",  # an office, no name
        "The Fifth Fleet said it would patrol the Gulf.",  # a fleet
        "The Chief Executive said on Wednesday that the stop would be rescheduled.",  # an office
        "He is the chairman of the Executive Affairs Authority.",  # a body
        "It was announced by the Director General of National Export Development.",  # a field, no name
        "Executives of Volvo Cars and Atlas Motors joined the delegation.",  # companies
        "The commandos of the Royal Marines trained with Cook Islanders.",  # a corps, a people
        # bodies, firms and events
        "Ports operator DP World and the Sasakawa Peace Foundation signed up.",
        "The Investment Unit and Refugee Relief officials met on Monday.",
        "A statement from Casa Presidencial said the Umhlanga Reed Dance would go ahead.",
        "Their Royal Highnesses will leave for Manama on Tuesday.",  # a courtesy, plural
        "The Executive Yuan said the Episcopal Diocese and the Observatory of Organized Crime agreed.",
        "Expect Berg to praise the city. The National Service for Animal Quality and Health said so.",
        "Quick Impact Projects in Bonaire, Sint Eustatius and Saba were funded by Tata Sons.",
        "She toured the Museum of Anatolian Civilizations and a plant of Lotte Chemical.",
        "Curitiba is the seat of the Metropolitan Archeparchy. Amerindian Heritage Month ends on Sunday.",
        "It comes weeks after the Bureau of Emigration and Overseas Employment reported a decline.",
        "The talks will be held at São Bento, as well as the foreign ministry.",  # "as well as" is no role
    ],
)
def test_not_people(text: str) -> None:
    assert _people(text) == []


def test_a_title_case_headline_is_no_name() -> None:
    text = ("PRESS RELEASE\n\nGovernor Antoine Concludes Outreach Tour of ECCU Member Territories\n\n"
            "Governor Tom Berg visited Dominica on Monday. Berg met officials.")
    assert [(p.name, p.role) for p in parse(text).people] == [("Tom Berg", "Governor")]


def test_the_host_is_not_the_traveller() -> None:
    text = ("At the invitation of President John Dramani Mahama, King Willem-Alexander and Queen Máxima "
            "will pay a state visit to Ghana on 6 and 7 October. Subsequently the King and Queen will "
            "travel to Côte d'Ivoire.")
    trip = parse(text)
    assert trip.traveler != "John Dramani Mahama"
    assert [s.code for s in trip.stops] == ["GH", "CI"]


def test_a_verb_after_a_comma_is_no_role() -> None:
    text = ("The President of the Republic of Cuba, Miguel Díaz-Canel Bermúdez, will begin on Wednesday "
            "an official tour of Angola.")
    [person] = parse(text).people
    assert (person.name, person.role, person.affiliation_code) == (
        "Miguel Díaz-Canel Bermúdez", "President of the Republic of Cuba", "CU")


def test_an_office_is_not_a_person() -> None:
    text = "Carney will visit Australia, the Prime Minister's Office said in a statement."
    assert [p.name for p in parse(text).people] == []


def test_a_father_s_name_after_bin_is_another_person() -> None:
    text = ("Crown Prince Omar bin Khalid arrived in Cairo on Monday. The tour was made on the directives "
            "of King Khalid. The crown prince will travel to Amman for talks with Crown Prince Hussein.")
    trip = parse(text)
    assert [p.name for p in trip.people][:2] == ["Omar bin Khalid", "Khalid"]
    assert trip.traveler == "Omar bin Khalid"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office after a courtesy title, of a city: the city's country
        ("Sheikh Rashid bin Ali, Crown Prince of Abu Dhabi, held talks in New Delhi on Monday.",
         ("Rashid bin Ali", "Crown Prince", "AE")),
        # a country after several words of a long office
        ("Li Wen, member of the Political Bureau of the Communist Party of China, will visit Chad.",
         ("Li Wen", "member of the Political Bureau of the Communist Party", "CN")),
    ],
)
def test_an_office_of_a_place_after_the_name(text: str, expected: tuple[str, str, str]) -> None:
    assert _people(text)[0] == expected


def test_a_verb_after_the_name_is_no_role() -> None:
    text = ("The two ministers, Ana Silva and Rosa Berg, held talks with Syria's new leader, Omar Haddad, in "
            "Damascus on Friday. Berg said it was a start. During her absence, Deputy Prime Minister Maria "
            "Costa acted as Prime Minister.")
    assert [(name, role) for name, role, _ in _people(text)] == [
        ("Ana Silva", None), ("Rosa Berg", None), ("Omar Haddad", "new leader"),
        ("Maria Costa", "Deputy Prime Minister")]


def test_a_place_after_other_words_is_no_office() -> None:
    text = ("Prime Minister Ana Silva toured Thyssenkrupp Marine Systems, as well as talks with the United "
            "States. She studied at Royal Holloway, University of London.")
    assert _people(text) == [("Ana Silva", "Prime Minister", None)]


def test_a_given_name_that_is_also_a_city() -> None:
    text = ("Paraguayan president Santiago Ruiz arrived in Taipei on Sunday. Ruiz met business leaders. "
            "Ruiz will fly on to Tokyo. The Moscow Patriarchate objected; the Patriarchate said so twice. "
            "In Skopje Dupont spoke. Marie Dupont and Dupont's aides left. Dupont said no.")
    assert [(name, role) for name, role, _ in _people(text)] == [
        ("Santiago Ruiz", "president"), ("Marie Dupont", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a courtesy spelled with dots, a question's auxiliary
        ("The chair of the commission, H.E. Omar Ali Hassan, will embark on a tour on Monday. Hassan will "
         "visit Luanda.", [("Omar Ali Hassan", None)]),
        ("Analysis: Did Ruiz's Caribbean trip change anything?\n\nUN chief Ana Ruiz visited Haiti. Ruiz "
         "said so.", [("Ana Ruiz", "UN chief")]),
        # "the Hon", "Shri": courtesies, no office (the office is before the comma); a field word after a
        # title is no name
        ("The Minister for Defence, the Hon Tom Berg MP, will travel to New Delhi to meet Indian Minister of "
         "Defence Shri Arjun Rao. The Minister for Defence Industry, the Hon Ken Lowe, will act.",
         [("Tom Berg", "Minister for Defence"), ("Arjun Rao", "Minister of Defence"),
          ("Ken Lowe", "Minister for Defence Industry")]),
        # regions are not people: after "the", or listed with a place
        ("Envoy Ana Ruiz will tour Great Lakes and East Africa. She warned that the Great Lakes and the Horn "
         "of Africa feed on one another.", [("Ana Ruiz", "Envoy")]),
    ],
)
def test_courtesies_questions_and_regions(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(name, role) for name, role, _ in _people(text)] == expected


def test_bylines_storms_and_institutions_are_not_people() -> None:
    text = ("President Ana Silva met Tom Berg in Taipei on Monday. Berg said the Western Naval Command and "
            "the Sacred Synod would help after Hurricane Melissa. Silva thanked Berg.\n"
            "(By Joseph Yeh and Teng Pei-ju)")
    assert [name for name, _, _ in _people(text)] == ["Ana Silva", "Tom Berg"]


def test_a_weekday_before_a_courtesy_is_no_role() -> None:
    text = ("Ana Silva, the Prime Minister, arrived in Chile. Tomorrow and Wednesday Mr Silva will lead "
            "a trade mission in Brazil.")
    assert _people(text)[0][:2] == ("Ana Silva", "Prime Minister")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a long formal title before the name, through "of the" and a country
        ("President of the Republic of Korea Tom Berg arrived in Astana.",
         [("Tom Berg", "President", "KR")]),
        ("She met President of the European Council Tom Berg on Monday.",
         [("Tom Berg", "President of the European Council", None)]),
        ("He was met by Chairman of the Cabinet of Ministers Tom Berg at the airport.",
         [("Tom Berg", "Chairman of the Cabinet of Ministers", None)]),
        # a body after "of the" is no person, nor is the end of a country's name
        ("She will call on the Chairman of the Grand Khural Assembly (the parliament) in the morning.", []),
        ("Sheikh Omar Said, Vice President and Prime Minister of the United Arab Emirates and Ruler of "
         "Dubai, attended.", [("Omar Said", "Vice President and Prime Minister and Ruler", "AE")]),
    ],
)
def test_long_formal_titles(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _people(text) == expected


def test_an_office_of_another_country_is_no_reference_to_a_holder_of_that_title() -> None:
    # "the President of the Republic of Angola" is Angola's, not President Tom Berg named before
    text = ("Minister Ana Silva will tour Africa, President Tom Berg said. In Luanda, she will be received "
            "by the President of the Republic of Angola, Jose Ramos. In Maputo, she will meet the President "
            "of the Republic of Mozambique, Eva Dias.")
    mentions = {p.name: p.mentions for p in parse(text).people}
    assert mentions == {"Ana Silva": 1, "Tom Berg": 1, "Jose Ramos": 1, "Eva Dias": 1}


def test_a_name_with_bin_said_twice_is_one_person() -> None:
    text = ("Sheikh Omar bin Khalid Al Noor will sign deals. Qatar's Emir Sheikh Omar bin Khalid Al Noor "
            "arrived in Malaysia on Tuesday.")
    assert _people(text) == [("Omar bin Khalid Al Noor", "Emir", "QA")]


def test_a_titled_name_of_a_country_takes_its_affiliation() -> None:
    assert _people("Queen Ana Silva of the Netherlands will arrive in Kenya on Tuesday.") == [
        ("Ana Silva", "Queen", "NL")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ana Silva, a lecturer in religious studies at Tartu University, said the visit mattered.",
         [("Ana Silva", "lecturer", None)]),
        ("Tom Berg, Secretary General of the GCC, said last week that the visit mattered.",
         [("Tom Berg", "Secretary General", None)]),
        ("Tom Berg, adviser to the prime minister and spokesman for the ministry, said the visit mattered.",
         [("Tom Berg", "adviser", None)]),
        ("Tom Berg, a Saudi analyst specializing in the Gulf, said the visit mattered.",
         [("Tom Berg", "analyst", "SA")]),
    ],
)
def test_an_office_before_a_link_word_is_the_role(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _people(text) == expected


def test_a_name_ending_in_jr_ends_before_the_next_sentence() -> None:
    text = "She held talks in Manila with President Tom Berg Jr. The emir is due to travel on Friday."
    assert _people(text) == [("Tom Berg Jr.", "President", "PH")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # correspondents and contributors are no people of the story
        ("Reporting from Goma, Al Jazeera's Ana Silva said residents were sceptical.", []),
        ("Associated Press writers Ana Silva in Belgrade and Tom Berg in Sarajevo contributed to this "
         "report.", []),
        # "PM", "DPM" and "VP" are titles
        ("DPM Tom Berg will be in Mexico City from Monday.", [("Tom Berg", "DPM", "MX")]),
    ],
)
def test_correspondents_and_short_titles(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _people(text) == expected


def test_an_earlier_visitor_named_with_since_and_a_year() -> None:
    assert _people("She was the first president to visit Angola since Tom Berg in 2009.") == [
        ("Tom Berg", None, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He met Namibian Minister of International Relations and Cooperation Ana Silva on Monday.",
         [("Ana Silva", "Minister of International Relations and Cooperation", "NA")]),
        # "and" between a name and the next title joins no field
        ("He is accompanied by Minister for Trade and Industry Tom Berg and Senior Minister of State Ana "
         "Silva.", [("Tom Berg", "Minister for Trade and Industry", None),
                    ("Ana Silva", "Senior Minister of State", None)]),
    ],
)
def test_a_field_joined_by_and(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They also met the foreign minister of the transitional government, Tom Berg.",
         [("Tom Berg", "foreign minister", None)]),
        ("He will also be received by the Governor-General, Tom Berg.",
         [("Tom Berg", "Governor-General", None)]),
    ],
)
def test_a_role_of_something_before_a_comma_and_a_name(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _people(text) == expected


def test_a_name_after_al_is_referred_to_without_it() -> None:
    text = ("Sheikh Omar al-Rashid will visit Kenya next week. Rashid, 80, will arrive in Nairobi on "
            "Monday, and Rashid will then fly to Kampala.")
    [person] = parse(text).people
    assert (person.name, person.mentions) == ("Omar al-Rashid", 3)


@pytest.mark.parametrize(
    "text",
    [
        # the one met in the headline is no subject of it
        "Royals meet Silva in Nairobi on Kenya state visit\n\nOn a state visit, King Tom Berg held talks "
        "with President Ana Silva in Nairobi on Wednesday. Silva's visit to Oslo last year led to a trade "
        "deal. The king will travel on to Mombasa on Thursday.",
        # nor is the one who greets the visitors
        "King Tom Berg landed in Nairobi on Tuesday. He held talks in the city, where President Ana Silva "
        "and her husband greeted him, on the first day of the visit. Silva's visit to Oslo last year "
        "followed a trade deal.",
    ],
)
def test_hosts_in_a_headline_and_greeting_the_visitors(text: str) -> None:
    assert parse(text).traveler == "Tom Berg"


def test_a_religion_is_no_family_name() -> None:
    text = ("The head of Sunni Islam's oldest seat of learning, Sheikh Omar Rashid, will visit Kenya. "
            "He said violence had nothing to do with Islam.")
    assert [p.name for p in parse(text).people] == ["Omar Rashid"]


def test_a_family_name_spelled_like_a_title_with_its_role() -> None:
    text = ("The Director General of the International Organization for Migration (IOM), Ana Bishop, has "
            "called on donors to act. The Transitional President, head of the military council, said aid "
            "was welcome.")
    assert _people(text) == [
        ("Ana Bishop", "Director General of the International Organization for Migration", None)]


def test_every_host_met_and_the_traveller_by_a_two_word_office() -> None:
    text = ("The Director General of the International Organization for Migration, Ana Silva, has called on "
            "donors to act. The Director General began her mission in N'Djamena on Saturday, where she met "
            "the President of Chad, Tom Berg Idriss, and Prime Minister Omar Halina. On Sunday she travelled "
            "to Abeche.")
    assert parse(text).traveler == "Ana Silva"


def test_an_office_whose_fields_are_listed_with_commas() -> None:
    text = ("Vice President and Minister of Development, Industry, Trade and Services Ana Silva leaves "
            "on Tuesday.")
    assert _people(text) == [
        ("Ana Silva", "Vice President and Minister of Development, Industry, Trade and Services", None)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The king was welcomed by Governor-General Sam Mostyn on Monday.", "Sam Mostyn"),
        ("Chief Adviser Professor Ana Silva received the envoy.", "Ana Silva"),
        ("The sermon was given by the Most Revd Tom Berg on Sunday.", "Tom Berg"),
        ("He met Datuk Ana Silva, the minister, on Friday.", "Ana Silva"),
        ("Lyonpo Tom Berg, the foreign minister, said the talks went well.", "Tom Berg"),
    ],
)
def test_forms_of_address_are_no_part_of_the_name(text: str, name: str) -> None:
    assert [p.name for p in parse(text).people] == [name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("FIEO president S.C. Ralhan said in a statement.", [("S.C. Ralhan", "FIEO president")]),
        ("Opposition leader V.D. Tom Berg said in Kochi that the trip was a waste.",
         [("V.D. Tom Berg", "Opposition leader")]),
    ],
)
def test_dotted_initials_written_together(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.name, p.role) for p in parse(text).people] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Leader of the Opposition Tom Berg said in Kochi.", [("Tom Berg", "Leader of the Opposition")]),
        ("Minister for the Environment Tom Berg said so.", [("Tom Berg", "Minister for the Environment")]),
        # a weekday as a family name after a given name and a title
        ("Prime Minister Godwin Friday returned on Friday.", [("Godwin Friday", "Prime Minister")]),
    ],
)
def test_offices_of_the_and_weekday_family_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.name, p.role) for p in parse(text).people] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ana Silva, an energy analyst with ATB Capital Markets, said it was unrealistic.",
        "Chancellor Tom Berg's Christian Democrats backed the trip, Ana Silva said.",
        "Talks at the level of Chief Negotiators resumed, Ana Silva said.",
        '"Everyone I met wanted gas," Ana Silva said.',
        "Ana Silva will meet members of the community, according to Istana Negara.",
    ],
)
def test_bodies_and_plural_offices_are_no_people(text: str) -> None:
    assert [p.name for p in parse(text).people if p.name != "Tom Berg"] == ["Ana Silva"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Melkite Greek Catholic Patriarch Tom Berg will leave early next month.",
         [("Tom Berg", "Melkite Greek Catholic Patriarch")]),
        ("Syriac Orthodox Patriarch Tom Berg said.", [("Tom Berg", "Syriac Orthodox Patriarch")]),
    ],
)
def test_a_churchs_name_with_a_demonym_before_the_office(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.name, p.role) for p in parse(text).people] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He met H.E. John Dramani Mahama in Accra.", ["John Dramani Mahama"]),
        ("He will be accompanied by the Minister of Foreign Affairs, Hon. Ana Silva; the Minister of "
         "Finance, Hon. Tom Berg; and others.", ["Ana Silva", "Tom Berg"]),
        # a pilgrim's courtesy before the name is no part of it
        ("The Sultan of Sokoto, Alhaji Ana Maria Silva III, arrived in Rabat on Sunday.",
         ["Ana Maria Silva III"]),
    ],
)
def test_a_courtesy_says_a_person(text: str, expected: list[str]) -> None:
    assert [p.name for p in parse(text).people] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A deal had been in the works since the previous government of Tom Berg.", [("Tom Berg", None)]),
        ("He will hold talks with Kosovo's Grand Mufti Tom Berg.", [("Tom Berg", "Grand Mufti")]),
    ],
)
def test_a_government_of_a_name_and_a_grand_mufti(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(p.name, p.role) for p in parse(text).people] == expected


def test_regions_and_towns_are_no_people() -> None:
    text = "Ana Silva said aid groups in North Darfur, the Far North and El Fasher needed fuel."
    assert [p.name for p in parse(text).people] == ["Ana Silva"]


def test_a_ruler_known_by_one_name_is_not_a_family_names_bearer() -> None:
    text = ("Ana Silva met Prime Minister Tom Ibrahim in Kuala Lumpur. She was received by Malaysia's King "
            "Sultan Ibrahim at the palace. Pope Leo XIV sent greetings; Pope Leo will visit in May.")
    assert [(p.name, p.role) for p in parse(text).people] == [
        ("Ana Silva", None), ("Tom Ibrahim", "Prime Minister"), ("Ibrahim", "King Sultan"),
        ("Leo XIV", "Pope")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ana Silva met Prime Minister Tom Manet, the son of Tom Sen, in Phnom Penh.",
         [("Ana Silva", None), ("Tom Manet", "Prime Minister"), ("Tom Sen", None)]),
        ("He met President of the Senate Tom Sen and Speaker of the House Ana Silva.",
         [("Tom Sen", "President of the Senate"), ("Ana Silva", "Speaker of the House")]),
    ],
)
def test_a_family_name_like_a_title_and_offices_of_a_chamber(
        text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(p.name, p.role) for p in parse(text).people] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He later paid tribute at the memorial to Tom Berg.", ["Tom Berg"]),
        ("He will also unveil a bust of Ana Silva at a cultural centre.", ["Ana Silva"]),
        ("The memorial to Second World War dead stands there.", []),
    ],
)
def test_a_memorial_or_bust_of_a_person(text: str, expected: list[str]) -> None:
    assert [p.name for p in parse(text).people] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Tom Berg, a researcher on Oceania at the Pacific Institute, said the trip mattered.",
         ("Tom Berg", "researcher", None)),
        ("Tom Berg, a political scientist at the national university, said the trip mattered.",
         ("Tom Berg", "political scientist", None)),
        ("Tom Berg, a Chaldean priest who serves in the suburbs, said the trip mattered.",
         ("Tom Berg", "Chaldean priest", None)),
        # a family name spelled like a pronoun, after a title
        ("Chinese Vice Premier He Lifeng will also attend.", ("He Lifeng", "Vice Premier", "CN")),
    ],
)
def test_appositive_roles_and_a_family_name_like_a_pronoun(
        sentence: str, expected: tuple[str, str, str | None]) -> None:
    people = _people(f"President Ana Silva arrived in Suva on Monday. {sentence}")
    assert people[1:] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a title whose fields are joined by "and", then "of" a country
        ("She will meet Minister of Commerce and Industry of Kuwait Tom Berg on Tuesday.",
         ("Tom Berg", "Minister of Commerce and Industry", "KW")),
        # a role noun that opens the sentence, capitalised there
        ("Analyst Tom Berg said the trip mattered.", ("Tom Berg", "Analyst", None)),
        # an office held then
        ("The killings were recognised in 2021 under then-President Tom Berg.",
         ("Tom Berg", "then-President", None)),
        # the name in its own script, in brackets, before the appositive
        ("Wang Hung-jen (王宏仁), a political scientist at the national university, said the trip mattered.",
         ("Wang Hung-jen", "political scientist", None)),
    ],
)
def test_long_titles_leading_roles_and_native_spellings(
        sentence: str, expected: tuple[str, str, str | None]) -> None:
    people = _people(f"President Ana Silva arrived in Suva on Monday. {sentence}")
    assert people[1:] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a saint's name is no one in the story
        ("She prayed at the Church of Saint George and at St Mary's Cathedral.", []),
        # a letter is no name
        ('"The Gen Z protests changed the mood," she said.', []),
        # a plural office before two names
        ("She travelled with Commissioners Tom Berg and Ann Lund.",
         [("Tom Berg", None, None), ("Ann Lund", None, None)]),
        # "Mrs" is no plural of "Mr"
        ("She was hosted by Mrs Ann Lund.", [("Ann Lund", "Mrs", None)]),
        # an office glossed in brackets before the name
        ("She met Taoiseach (Irish Prime Minister) Tom Berg.", [("Tom Berg", "Taoiseach", "IE")]),
    ],
)
def test_saints_letters_plural_offices_and_glossed_titles(
        sentence: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    people = _people(f"President Ana Silva arrived in Suva on Monday. {sentence}")
    assert people[1:] == expected


def test_an_office_of_a_people_in_the_plural_gives_the_country() -> None:
    people = _people("President Ana Silva arrived in Suva on Monday. She met Tom Berg, Supreme Patriarch and "
                     "Catholicos of All Armenians, and Jan Lund, King of the Belgians.")
    assert sorted(people[1:]) == [
        ("Jan Lund", "King", "BE"), ("Tom Berg", "Supreme Patriarch and Catholicos", "AM")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("She met Minister of Science and Technology Tom Berg on Monday.",
         ("Tom Berg", "Minister of Science and Technology", None)),
        ("She met Minister for Skills and Training Tom Berg.",
         ("Tom Berg", "Minister for Skills and Training", None)),
        ("She met Cabinet Secretary for Interior and National Administration Tom Berg.",
         ("Tom Berg", "Cabinet Secretary for Interior and National Administration", None)),
        ("She met Minister of Labor and Social Policies Tom Berg on Nov. 6.",
         ("Tom Berg", "Minister of Labor and Social Policies", None)),
    ],
)
def test_a_title_with_two_fields_joined_by_and(sentence: str, expected: tuple[str, str, str | None]) -> None:
    people = _people(f"President Ana Silva arrived in Suva on Monday. {sentence}")
    assert people[1:] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("She was received by Tanzania's ambassador to Saudi Arabia, Tom Berg.",
         ("Tom Berg", "ambassador", "TZ")),
        ("She was greeted by the secretary general of the Latin American Integration Association (ALADI), "
         "Tom Berg.", ("Tom Berg", "secretary general", None)),
    ],
)
def test_a_lower_case_office_of_a_named_body_or_to_a_country_before_a_comma(
        sentence: str, expected: tuple[str, str, str | None]) -> None:
    people = _people(f"President Ana Silva arrived in Suva on Monday. {sentence}")
    assert people[1:] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("She was received by Rais of Tatarstan Tom Berg.", ("Tom Berg", "Rais of Tatarstan", None)),
        ("She met Almaty Akim Tom Berg.", ("Tom Berg", "Almaty Akim", "KZ")),
        ("She was received by UGM Rector Tom Berg, who said it went well.", ("Tom Berg", "UGM Rector", None)),
    ],
)
def test_regional_and_academic_offices_before_a_name(
        sentence: str, expected: tuple[str, str, str | None]) -> None:
    people = _people(f"President Ana Silva arrived in Suva on Monday. {sentence}")
    assert people[1:] == [expected]


def test_a_formal_title_of_a_unit_in_lower_case_before_a_comma() -> None:
    people = _people("President Ana Silva arrived in Sydney on Monday. She will meet the Premier of the "
                     "state, Tom Berg.")
    assert people[1:] == [("Tom Berg", "Premier of the state", None)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Tom Berg, a Suva-based lawyer, said it mattered.", ("Tom Berg", "Suva-based lawyer", "FJ")),
        ("He defeated the left-wing candidate Tom Berg in the run-off.",
         ("Tom Berg", "left-wing candidate", None)),
        # the verb before a role is no part of it
        ("She met communist leader Tom Berg.", ("Tom Berg", "communist leader", None)),
    ],
)
def test_more_role_nouns_and_no_verb_in_a_role(sentence: str, expected: tuple[str, str, str | None]) -> None:
    people = _people(f"President Ana Silva arrived in Suva on Monday. {sentence}")
    assert people[1:] == [expected]


@pytest.mark.parametrize(
    ("sentence", "word"),
    [("Tom Berg, a Social Democrat, said it mattered.", "Social Democrat"),
     ("She met the Chief Executive Officer of the council on Tuesday.", "Officer")],
)
def test_a_party_member_or_an_office_word_is_no_name(sentence: str, word: str) -> None:
    people = _people(f"President Ana Silva arrived in Suva on Monday. {sentence}")
    assert word not in [name for name, _, _ in people]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a member of parliament
        ("Opposition MP Tom Berg, who did not travel, questioned the cost.",
         ("Tom Berg", "Opposition MP", None)),
        # a courtesy between an office and the name
        ("She was received by President of the Kyrgyz Republic HE Tom Berg.",
         ("Tom Berg", "President", "KG")),
        ("She met Minister of Foreign Affairs HE Tom Berg.",
         ("Tom Berg", "Minister of Foreign Affairs", None)),
        # a family name spelled like a feature or a city
        ("Trade Minister Tom Hill says exporters are ready.", ("Tom Hill", "Trade Minister", None)),
        ("Tom Simoes Pereira, leader of the opposition, said so.", ("Tom Simoes Pereira", "leader", None)),
    ],
)
def test_members_courtesies_and_family_names_like_places(
        sentence: str, expected: tuple[str, str, str | None]) -> None:
    people = _people(f"President Ana Silva arrived in Suva on Monday. {sentence}")
    assert people[1:] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "The heads of the International Federation of Red Cross and Red Crescent Societies toured camps.",
        "Tom Berg, also Minister for Trade, Micro, Small and Medium Enterprises, will go too.",
        "She will open the Morija Arts and Cultural Festival.",
        "Officials of the Shipping Corporation of India and Cochin Shipyard will accompany the minister.",
        "The Initiative for Multi-Sectoral Technical and Economic Cooperation groups seven countries.",
    ],
)
def test_bodies_events_and_titles_of_honour_are_no_people(sentence: str) -> None:
    people = _people(f"President Ana Silva arrived in Suva on Monday. {sentence}")
    assert [name for name, _, _ in people if name not in ("Ana Silva", "Tom Berg")] == []


def test_a_double_barrelled_name_that_comes_back_alone_is_a_person() -> None:
    text = ("ANALYSIS: Berg-Lindqvist goes looking for friends\n\nSKOPJE – Ana Berg-Lindqvist came home on "
            "Friday from a tour of Ljubljana and Vienna. On Tuesday, Berg-Lindqvist addressed a round table.")
    assert _people(text) == [("Ana Berg-Lindqvist", None, None)]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [("It came as part of Tom van der Berg's second Commission.", "Tom van der Berg"),
     ("He met Ana Lena von Berg's envoy.", "Ana Lena von Berg")],
)
def test_a_name_with_its_own_particles_is_a_person(sentence: str, name: str) -> None:
    people = _people(f"President Ana Silva arrived in Suva on Monday. {sentence}")
    assert people[1:] == [(name, None, None)]


def test_a_formal_title_with_its_unit_in_lower_case_right_before_the_name() -> None:
    people = _people("President Ana Silva arrived in Suva on Monday. She will meet the President of the New "
                     "Caledonian government Tom Berg, leaders of the parties and others.")
    assert people[1:] == [("Tom Berg", "President of the New Caledonian government", "NC")]


def test_a_title_in_capitals_opening_a_paragraph_is_written_as_a_title() -> None:
    people = _people("PRESIDENT Tom Berg yesterday held official talks with his counterpart.")
    assert people == [("Tom Berg", "President", None)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("She held talks with President of the Union of the Comoros Tom Berg on Monday.",
      ("Tom Berg", "President", "KM")),
     ("She met the Minister of Foreign Affairs of the Republic of the Congo Tom Berg.",
      ("Tom Berg", "Minister of Foreign Affairs", "CG"))],
)
def test_a_formal_title_with_of_the_twice_before_the_name(
        sentence: str, expected: tuple[str, str, str]) -> None:
    people = _people(f"President Ana Silva arrived in Suva on Monday. {sentence}")
    assert people[1:] == [expected]


def test_an_office_before_the_comma_outranks_a_courtesy_before_the_name() -> None:
    people = _people("The Secretary-General of the Forum, Dr. Tom Berg, will visit Fiji and Samoa.")
    assert people == [("Tom Berg", "Secretary-General of the Forum", None)]


def test_a_name_and_a_city_written_with_an_okina() -> None:
    trip = parse("Fiji's Prime Minister, Hon. Dr ʻAisake Berg, arrived in Nukuʻalofa on Monday.")
    assert [(p.name, p.role, p.affiliation_code) for p in trip.people] == [
        ("ʻAisake Berg", "Prime Minister", "FJ")]
    assert [(s.code, s.city) for s in trip.stops] == [("TO", "Nuku'alofa")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a document is no appositive role
        ("The visit is on behalf of the President of the Republic, Mr. Tom Berg, a communique of the "
         "Prime Minister's Services said Thursday.", [("Tom Berg", "President of the Republic", None)]),
        # a title whose fields run on after a comma, then a courtesy and the name: no one in the fields
        ("The section was well advanced, the Minister of Energy, Mines and Renewable Energies, Mr. Tom "
         "Berg, said.", [("Tom Berg", "Minister of Energy Mines and Renewable Energies", None)]),
        # Malay courtesies between the office and the name, one written with its apostrophe
        ("The summit was chaired by Prime Minister of Malaysia Dato' Seri Tom Berg on Monday.",
         [("Tom Berg", "Prime Minister", "MY")]),
        ("He was joined by Trade Minister Tengku Datuk Seri Tom Berg Abdul Aziz.",
         [("Tom Berg Abdul Aziz", "Trade Minister", None)]),
    ],
)
def test_documents_fields_and_courtesies_are_not_names(
        text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _people(text) == expected


def test_a_retired_rank_glossed_in_brackets() -> None:
    assert _people("Prime Minister Brigadier (Ret'd) Tom Berg will travel to Grenada today.") == [
        ("Tom Berg", "Prime Minister Brigadier", None)]


def test_a_regnal_name_after_praise_names_and_not_an_article_number() -> None:
    people = _people("The Oba of Benin, Omo N'Oba N'Edo Uku Akpolokpolo Tom II, will travel to Germany. The "
                     "IMF concluded its Article IV consultation.")
    assert people == [("Tom II", "Oba of Benin", "BJ")]


def test_a_family_name_like_a_word_after_a_role_and_a_clause_that_is_no_role() -> None:
    people = _people("In Brades, the duke was welcomed by the Governor, Harriet Cross, and the Premier, "
                     "Tom Berg.")
    assert people == [("Harriet Cross", "Governor", None), ("Tom Berg", "Premier", None)]


@pytest.mark.parametrize(
    "sentence",
    ["Nineteen Catholic religious, among them seven monks, were killed in the 1990s.",
     "Whether Berg will stop in Rome is unclear.", '"Every Christmas she visits the troops," he said.',
     "Ten Nepali students were killed in the attack."],
)
def test_a_number_or_a_conjunction_opening_a_sentence_is_no_name(sentence: str) -> None:
    people = _people(f"President Tom Berg arrived in Suva on Monday. {sentence}")
    assert people == [("Tom Berg", "President", None)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("He toured the refinery with its owner, Ana Silva.", ("Ana Silva", "owner", None)),
     ("Ana Silva, the singer, greeted him.", ("Ana Silva", "singer", None))],
)
def test_an_owner_and_a_singer_are_roles(sentence: str, expected: tuple[str, str, None]) -> None:
    assert _people(f"President Tom Berg arrived in Suva on Monday. {sentence}")[1:] == [expected]


def test_a_nickname_in_quotes_inside_a_name_is_set_aside() -> None:
    people = _people('President Tom Berg arrived in Suva. He is the son of former president Ana "Nana" '
                     'Silva.')
    assert people[1:] == [("Ana Silva", "former president", None)]


@pytest.mark.parametrize(
    "text",
    ["UN envoy Ana Bishop will travel to Fiji next week.",
     "The special envoy on Myanmar, Ana Bishop, will travel to Fiji next week."],
)
def test_a_family_name_like_a_title_after_a_role(text: str) -> None:
    assert [name for name, _, _ in _people(text)] == ["Ana Bishop"]


def test_a_family_name_like_a_title_alone_refers_to_its_person_but_not_as_a_title() -> None:
    trip = parse("SUVA, Feb 16 (Reuters) - The special envoy on the Pacific, Ana Bishop, met Prime Minister "
                 "Tom Berg in Suva on Monday. Bishop flew to Suva after talks in Apia on Saturday with "
                 "Samoan Foreign Minister Ana Silva, spokesperson Tom Hale said. The Bishop of Apia, who "
                 "led the Mass, spoke.")
    assert trip.travelers == ("Ana Bishop",)
    assert [(s.code, s.cities) for s in trip.stops] == [("WS", ("Apia",)), ("FJ", ("Suva",))]


def test_a_month_after_its_day_is_no_part_of_a_title() -> None:
    assert _people("On 27 February Cardinal Berg crossed the border.") == [("Berg", "Cardinal", None)]


def test_a_country_of_several_words_after_an_office_is_no_name() -> None:
    assert _people("He met the Prime Minister of Papua New Guinea and Akim of Almaty Tom Berg.") == [
        ("Tom Berg", "Akim of Almaty", None)]


def test_rites_sites_fields_and_meetings_are_no_one() -> None:
    text = ("Bishop Tom Berg celebrated Holy Mass, toured the Imam Al-Bukhari Complex and met the "
            "Ministry of Water and Land Reform, the State Great Khural and Two Samoas Talks delegates.")
    assert _people(text) == [("Tom Berg", "Bishop", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("He will be hosted by Archbishop Tom A. Berg on Monday.", [("Tom A. Berg", "Archbishop", None)]),
     # the name in its own script between the name and the comma
     ("The foundation's director, Tom Berg (湯姆), declined to say.",
      [("Tom Berg", "foundation director", None)])],
)
def test_a_middle_initial_like_an_article_and_a_name_in_its_own_script(
        text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _people(text) == expected


def test_an_ombudsperson_is_an_office_and_an_institution_no_one() -> None:
    text = "She held talks with the Ombudsperson, Ana Silva, and visited the Ombudsperson Institution."
    assert _people(text) == [("Ana Silva", "Ombudsperson", None)]


def test_words_before_their_acronym_are_no_one() -> None:
    text = ("More than 13,000 hold permits, according to Workforce Opportunities and Residency Cayman "
            "(WORC). The Regional Payment and Settlement System (REPSS) works, Ana Silva said.")
    assert _people(text) == [("Ana Silva", None, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("He met Mozambique's Minister of Transport and Logistics Ana Silva.",
      [("Ana Silva", "Minister of Transport and Logistics", "MZ")]),
     ("He met Bank Negara Malaysia Governor Ana Silva.",
      [("Ana Silva", "Bank Negara Malaysia Governor", "MY")]),
     ("He came at the invitation of His Grace Mar Tom Berg, Metropolitan of the Archdiocese of Australia.",
      [("Mar Tom Berg", "Metropolitan of the Archdiocese", "AU")]),
     ("It is part of the MAHASAGAR (Mutual and Holistic Advancement for Security) vision, Ana Silva said. "
      "She visited the Barbados Museum and Historical Society.", [("Ana Silva", None, None)])],
)
def test_fields_joined_a_bank_named_with_its_country_a_bishops_courtesy_and_an_acronyms_words(
        text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Zhao held talks with Speaker of the National Assembly of Kenya Ana Odhiambo in Beijing.",
      [("Ana Odhiambo", "Speaker of the National Assembly", "KE")]),
     ("Vice Chairman of the NPC Standing Committee Tom Berg was present at the talks.",
      [("Tom Berg", "Vice Chairman of the NPC Standing Committee", None)])],
)
def test_an_office_of_a_body_then_the_name(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _people(text) == expected


def test_madam_is_a_form_of_address() -> None:
    people = _people("The Mayor of Freetown, Ana Aki-Silva, returned on Friday. From Rio, Madam Aki-Silva "
                     "flew to Medellín, Colombia.")
    assert people == [("Ana Aki-Silva", "Mayor of Freetown", None)]


def test_developing_countries_are_no_one() -> None:
    people = _people("Minister Ana Silva met the UN High Representative for the Least Developed Countries, "
                     "Landlocked Developing Countries and Small Island Developing States, Tom Berg.")
    assert [name for name, _, _ in people] == ["Ana Silva", "Tom Berg"]


@pytest.mark.parametrize(
    "sentence",
    ["They met at Wisma Putra and then at Perdana Putra.", "He will visit the birthplace of the Lord Buddha.",
     "The Federal Minister for Climate Change spoke.", "He called on the Chief of General Staff.",
     "It signed the Protocol on Democracy and Good Governance."],
)
def test_institution_words_name_no_one(sentence: str) -> None:
    people = _people(f"President Tom Berg arrived in Suva on Monday. {sentence}")
    assert people == [("Tom Berg", "President", None)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Ambassador of the Netherlands to Kenya Ana Silva said the visit was a success.",
      ("Ana Silva", "Ambassador of the Netherlands to Kenya", "NL")),
     ("He met UN Resident Coordinator in Bangladesh Ana Silva.",
      ("Ana Silva", "Coordinator in Bangladesh", "BD"))],
)
def test_an_envoys_formal_office_and_posting_then_the_name(
        sentence: str, expected: tuple[str, str, str | None]) -> None:
    # (the posting's country stands for the coordinator: the sentence's one country, as for any office)
    assert _people(f"President Tom Berg arrived in Suva on Monday. {sentence}")[1:] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("He will meet Speaker of the Sejm Ana Silva.", [("Ana Silva", "Speaker of the Sejm", None)]),
     ("He will call on North Rhine-Westphalia Minister-President Ana Silva.",
      [("Ana Silva", "North Rhine-Westphalia Minister-President", None)]),
     ("He met the Chairperson of the AU High-Level Panel on Sudan, Dr. Tom Wu.",
      [("Tom Wu", "Chairperson of the AU High-Level Panel on Sudan", "SD")])],
)
def test_an_office_of_a_one_word_body_and_a_hyphenated_office(
        sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _people(f"President Tom Berg arrived in Suva on Monday. {sentence}")[1:] == expected


def test_an_opening_in_and_a_town_before_a_family_name_is_no_name() -> None:
    text = ("Prime Minister Ana Silva arrived in Kyiv on Tuesday. On Wednesday the prime minister will "
            "travel north to Chernihiv. In Chernihiv Silva is expected to meet the regional governor. Silva "
            "returns to Riga on Wednesday night.")
    trip = parse(text)
    assert ([p.name for p in trip.people], [(s.code, s.cities) for s in trip.stops]) == (
        ["Ana Silva"], [("UA", ("Kyiv", "Chernihiv"))])


def test_and_the_next_office_after_a_name_starts_another_person() -> None:
    text = ("The minister recalled the meeting where the President of the Republic of Armenia Tom Berg and "
            "the Prime Minister of the Republic of Azerbaijan Ali Khan initialled the text.")
    assert _people(text) == [("Tom Berg", "President", "AM"), ("Ali Khan", "Prime Minister", "AZ")]


def test_an_apostle_with_one_name_is_a_figure_of_scripture() -> None:
    text = ("Archbishop Tom Berg will be the guest of Patriarch Ali Khan, whose see traces its origins to "
            "the Apostle Mark, the Holy Synod of the Church of Greece said in a statement.")
    assert [name for name, _, _ in _people(text)] == ["Tom Berg", "Ali Khan"]


def test_the_words_of_an_agreements_title_are_no_name() -> None:
    text = ("The two Ministers are expected to sign a Memorandum of Understanding on Political Consultations "
            "and an Agreement on the Waiver of Visa Requirements for Holders of Diplomatic and Official "
            "Passports.")
    assert _people(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He held talks with Prime Minister of Saint Kitts and Nevis Terrance Drew on Monday.",
         [("Terrance Drew", "Prime Minister", "KN")]),
        ("He held talks with Prime Minister of Saint Lucia Tom Berg on Monday.",
         [("Tom Berg", "Prime Minister", "LC")]),
        # place names opened by "house", "gate", "hill"; a wall named like a person
        ("He walked through Beit Jala and Bab Touma and Tel Tamer with Ana Silva. Silva said it helped.",
         [("Ana Silva", None, None)]),
        ("UN chief warns Great Green Wall 'running out of time' after tour\n\nBonn (AFP) - Ana Silva "
         "warned Tuesday that Africa's Great Green Wall risked becoming a line of dead saplings. Silva met "
         "officials of the Great Green Wall agency.", [("Ana Silva", None, None)]),
    ],
)
def test_a_country_named_with_saint_or_and_and_place_names_that_are_no_names(
        text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _people(text) == expected


def test_head_of_state_is_an_office() -> None:
    text = ("He told his counterpart about the reforms initiated by Head of State Kassym-Jomart Tokayev, "
            "including the ongoing work on the parliament.")
    assert _people(text) == [("Kassym-Jomart Tokayev", "Head of State", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a regnal numeral after a three-word name still says a person
        ("The queen mother, Nana Ama Berg III, received the royal couple at the palace on Sunday.",
         [("Nana Ama Berg III", None, None)]),
        # ... but not a numbered project
        ("She will visit the site of the proposed Tana III development on Tuesday.", []),
        # a list of fields with a comma: the office runs to the name
        ("Minister for Tourism, Culture and Creative Arts, Ama Berg, said the visit would help.",
         [("Ama Berg", "Minister for Tourism Culture and Creative Arts", None)]),
        # a country's abbreviation in brackets inside the office
        ("President of the Central African Republic (CAR) Jean-Paul Berg will pay a state visit to China.",
         [("Jean-Paul Berg", "President", "CF")]),
    ],
)
def test_monarchs_offices_and_descriptions(text: str, expected: list[tuple[str, str | None, str | None]]
                                           ) -> None:
    assert _people(text) == expected


def test_the_role_named_first_in_the_body_is_the_travellers() -> None:
    # the headline names the host first; "The President, who arrived here" is the one the body opens with
    text = ("President, Berg sign 11 agreements\n\n"
            "PRESIDENT Ana Silva yesterday held official talks with his counterpart, President Tom Berg, "
            "witnessing the signing of 11 agreements.\n\n"
            "The President, who arrived here on Wednesday evening for a four-day State visit, was accorded "
            "a full ceremonial welcome.\n\n"
            "President Berg, who made a historic visit to Zimbabwe in January 2023, said Belarus was ready "
            "to assemble tractors.\n\n"
            "Today, President Silva is expected to tour the tractor works.")
    assert parse(text).travelers == ("Ana Silva",)


def test_a_relative_clause_after_a_name_is_no_description_of_the_person() -> None:
    text = ("He also held talks with the FLNKS president, Ana Berg, a meeting which officials in Paris had "
            "reportedly asked the government to keep low-key.")
    assert [p.role for p in parse(text).people] == ["president"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office of a city, before a name with a regnal numeral
        ("The Sultan of Sokoto Muhammadu Ana Berg III began a week-long visit to Morocco on Monday.",
         [("Muhammadu Ana Berg III", "Sultan of Sokoto", "NG")]),
        # fields listed after a comma, the last of two words
        ("Minister of Foreign Affairs, Migration and Citizens Abroad Ana Silva said so.",
         [("Ana Silva", "Minister of Foreign Affairs, Migration and Citizens Abroad", None)]),
        # "of the Republic" with no country after it belongs to the office
        ("The visit follows the directives of President of the Republic Ana Silva.",
         [("Ana Silva", "President of the Republic", None)]),
    ],
)
def test_offices_of_a_city_a_listed_field_and_the_republic(
        text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _people(text) == expected


def test_a_body_named_after_a_person_is_no_mention_of_them() -> None:
    # the king's name in an institute's name does not put him in the travel sentence
    text = ("The Sultan of Sokoto Ana Berg III began a visit to Morocco on Monday. The sultan was received "
            "in Rabat and is due to tour the Mohammed VI Institute for the Training of Imams. He will then "
            "travel to Fez to attend a session of the Mohammed VI Foundation of African Ulema. He is also "
            "expected to convey a message to King Mohammed VI.")
    trip = parse(text)
    assert trip.travelers == ("Ana Berg III",)
    assert [(p.name, p.mentions) for p in trip.people if p.name == "Mohammed VI"] == [("Mohammed VI", 1)]
    assert [(s.code, s.cities) for s in trip.stops] == [("MA", ("Rabat", "Fes"))]


def test_a_role_reference_counts_where_it_is_written() -> None:
    # "the Pope's envoy" comes after the envoy's name: the envoy is named first in the headline
    text = ("Cardinal Berg to lead Martyrs Day as Pope's envoy, will stop in Juba first\n\n"
            "By Daily Monitor reporter\n\n"
            "KAMPALA. Pope Leo XIV has appointed Ghanaian Cardinal Tomas Berg as his special envoy to this "
            "year's Uganda Martyrs Day celebrations at Namugongo, the Uganda Episcopal Conference has "
            "announced.\n\n"
            "Cardinal Berg, the Chancellor of the Pontifical Academy of Sciences and a former Archbishop "
            "of Cape Coast in Ghana, will arrive at Entebbe International Airport on June 1 and stay at "
            "the Apostolic Nunciature in Kampala until June 4, according to a programme released by the "
            "conference on Tuesday.")
    assert parse(text).travelers == ("Tomas Berg",)


@pytest.mark.parametrize(
    "text",
    [
        "The procession leaves the village at the Queen's Park Savannah and winds through the town.",
        "The king would visit the Fort King George heritage site and a primary school.",
    ],
)
def test_places_named_after_royals_are_no_people(text: str) -> None:
    assert _people(text) == []


def test_an_office_of_a_people_before_a_comma_and_the_name() -> None:
    text = "The King of the Ashanti people of Ghana, Ana Berg II, will be the special guest."
    assert _people(text) == [("Ana Berg II", "King of the Ashanti people of Ghana", "GH")]


def test_an_initial_written_onto_the_family_name() -> None:
    # Mongolian style: "L.Oyun-Erdene"; "O.Berg" is the Olzhas Berg named before
    text = ("At the invitation of Prime Minister of Kazakhstan Olzhas Berg, Prime Minister of Mongolia "
            "L.Oyun-Erdene will pay an official visit to Kazakhstan. The Prime Minister will hold talks "
            "with his counterpart O.Berg in Astana, Minister of Foreign Affairs B.Battsetseg said.")
    assert [(p.name, p.role) for p in parse(text).people] == [
        ("Olzhas Berg", "Prime Minister"), ("L.Oyun-Erdene", "Prime Minister"),
        ("B.Battsetseg", "Minister of Foreign Affairs")]


def test_the_pronoun_i_after_a_place_is_no_regnal_numeral() -> None:
    text = "\"In Cox's Bazar I met young people who want to go home,\" she said."
    assert _people(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Over the weekend he consecrated a new altar at St Hurmizd Cathedral in Greenfield Park and on "
        "Sunday celebrated the liturgy.",
        "On August 1, Emancipation Day, he was the special guest at a ceremony at Emancipation Park and "
        "poured libation in memory of the millions of Africans.",
    ],
)
def test_a_park_or_suburb_after_in_or_at_is_no_person(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "He will also visit the Berlin Wall Memorial on Bernauer Strasse and meet members of the Korean "
        "community living in the German capital, it said.",
        "The board would brief partners on the reopening of properties along the south coast, particularly "
        "in Negril and Treasure Beach, which were among the hardest hit.",
        "The bishop will visit Macau on January 19, the Episcopal Commission for the Pastoral Care of "
        "Migrants and Itinerant People said in a statement.",
    ],
)
def test_words_of_streets_and_beaches_are_no_names(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "They will visit the Sultan Murad Mausoleum, before returning to Ankara on Friday.",
        "The talks covered the formation of the Association of Serb-majority Municipalities, and the "
        "situation in the north.",
        "The former president and Nobel Peace Prize laureate arrived in Quito on Monday.",
        "She will visit the Japanese Institute of Anatolian Archaeology and the excavation site.",
        "He will meet La Liga president to discuss football.",
        "It was undertaken under the directives of the Custodian of the Two Holy Mosques and the Crown "
        "Prince.",
        "He received his counterpart at the Carmelite Monastery, the seat of the Prime Minister's Office, "
        "with military honours.",
        "Eid al-Adha; public holiday in much of the region. Markets closed.",
        "She will visit the restored Fort Zoutman and attend a concert.",
        "He will deliver a keynote address at the Energy Conference and Supply Chain Expo and hold talks.",
        "He toured a refinery run by Gazprom Neft.",
        "He will travel to Mombasa, where Indian Navy ship INS Sunayna is scheduled to make a port call.",
        "They discussed the proposed ferry link between the eastern Caribbean and Puerto Plata.",
        "She joined celebrations of the National Day of Zumbi and Black Consciousness.",
        'The trip, dubbed "Journey of Peace and Sustainable Prosperity" by the office, began on Saturday.',
        "States have brought 1,000 women and children home, with Kazakhstan's Operation Zhusan and "
        "Uzbekistan's Operation Mehr among the largest such programmes.",
    ],
)
def test_words_of_shrines_prizes_and_bodies_are_no_names(text: str) -> None:
    assert _people(text) == []


def test_a_university_is_no_one() -> None:
    text = "Ana Silva, a professor at the Universidad del Rosario, said the tour reflected a pragmatic turn."
    assert [p.name for p in parse(text).people] == ["Ana Silva"]


@pytest.mark.parametrize(
    "text",
    [
        "The delegation includes laser manufacturers Light Conversion and Ekspla.",
        "He will visit the plants of Hyundai Rotem and Hanwha Aerospace.",
        "The talks focused on the port of Fernão Dias and tourism.",
    ],
)
def test_firms_and_what_they_own_are_no_people(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prince Tom Berg and Princess Sofia will make an official visit to Indonesia.",
         [("Tom Berg", "Prince", None), ("Sofia", "Princess", None)]),
        # not a place named after a king, nor a town
        ("South Korea's King Sejong station lies a few kilometres away.", []),
    ],
)
def test_a_royal_given_name_spelled_like_a_city(text: str, expected: list[tuple[str, str, None]]) -> None:
    assert _people(text) == expected


def test_initials_written_apart() -> None:
    assert _people("Dr. A F M Tom Berg said the talks went well.") == [("A F M Tom Berg", "Dr", None)]


def test_a_bare_name_with_a_particle_among_three_others() -> None:
    text = "The delegation included Fouad Ali El Himma and Tom Berg."
    assert _people(text) == [("Fouad Ali El Himma", None, None), ("Tom Berg", None, None)]


def test_a_season_is_no_name() -> None:
    text = "Prime Minister Tom Berg, in his New Year's message, described the recovery as central."
    assert _people(text) == [("Tom Berg", "Prime Minister", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Commander Maj-Gen Ana Berg said the troops were ready.", [("Ana Berg", "Commander Maj-Gen", None)]),
        ("CM Ana Berg met investors in the capital.", [("Ana Berg", "CM", None)]),
    ],
)
def test_abbreviated_titles(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _people(text) == expected


def test_a_body_whose_last_word_is_no_name_before_the_name() -> None:
    text = ("The delegation would include Director-General of the Department of International Trade "
            "Promotion Ana Berg and others.")
    assert _people(text) == [
        ("Ana Berg", "Director-General of the Department of International Trade Promotion", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Our reporters along Roxas Boulevard met pilgrims who had travelled from Vietnam to catch a glimpse "
        "of him.",
        "On Sunday they will visit the Chengdu Research Base of Giant Panda Breeding and a technology park.",
        "In January, he hosted the Conference of Speakers and Presiding Officers of the Commonwealth in New "
        "Delhi.",
        "The delegation included officials from the Seoul Metropolitan Rapid Transit and the housing "
        "corporation.",
    ],
)
def test_more_words_that_are_no_names(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name's own apostrophe, after a title too
        ("Queen 'Masenate Berg Seeiso will visit Rome. 'Masenate will meet the pope.",
         [("'Masenate Berg Seeiso", "Queen", None)]),
        ("Deputy Prime Minister 'Aisake Valu Berg arrived in Suva.",
         [("'Aisake Valu Berg", "Deputy Prime Minister", None)]),
        # ... not the mark that opens a quotation
        ("'Ana Silva is here,' he said of the minister Ana Silva.", [("Ana Silva", "minister", None)]),
    ],
)
def test_names_written_with_a_leading_apostrophe(text: str, expected: list[tuple[str, str | None, str | None]]
                                                 ) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a family name with the Arabic article says a person, named once and with no title
        ("Donors have paid public salaries since the fall of Ali al-Berg in December 2024.",
         [("Ali al-Berg", None, None)]),
        # ... not a city's epithet, a title, a house of learning or works named after someone
        ("Pilgrims travelled on to Makkah Al-Mukarramah after the visit.", []),
        ("The mufti of Dar al-Ifta received the delegation on Monday.", []),
        ("She spoke after touring the Ali al-Berg pumping station, which the agency repaired.", []),
    ],
)
def test_arabic_family_names(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ministry's field in the singular, before a name of three words
        ("Minister of Communication Ana Maria Berg dismissed the criticism.",
         [("Ana Maria Berg", "Minister of Communication", None)]),
        # descriptions of people who are not officials
        ("Ana Berg, the MP who leads the party, said on social media that it was wrong.",
         [("Ana Berg", "MP", None)]),
        ("Ana Berg, a domestic worker who has lived in the city for 17 years, said she cried.",
         [("Ana Berg", "domestic worker", None)]),
        # the last part of a Korean name is no acronym
        ("The talks stalled after leader Kim Jong Un declared the South hostile.",
         [("Kim Jong Un", "leader", None)]),
    ],
)
def test_fields_descriptions_and_name_parts(text: str, expected: list[tuple[str, str | None, str | None]]
                                            ) -> None:
    assert _people(text) == expected


def test_a_spokesperson_who_dismissed_criticism_is_no_traveller() -> None:
    text = ("President Ana Berg on Monday left Yaoundé for Geneva on what the Civil Cabinet of the Presidency"
            ' described as "a short private stay", barely four months after he was sworn in for an eighth '
            "term of office.\n\n"
            "The Head of State, who was accompanied by First Lady Maria Berg, boarded the presidential jet at"
            " the Yaoundé-Nsimalen International Airport at about 11 a.m., a communiqué signed by the "
            "Minister, Director of the Civil Cabinet, Samuel Mvondo Ayolo, said. The plane landed in Geneva "
            "in the evening, according to sources close to the delegation.\n\n"
            "The couple were seen off at the airport by the Prime Minister, Head of Government, Joseph Dion "
            "Ngute, the President of the Senate, Marcel Niat Njifenji, the Speaker of the National Assembly, "
            "Cavaye Yeguie Djibril, and the Minister of State, Secretary General at the Presidency, Ferdinand"
            " Ngoh Ngoh, among other officials.\n\n"
            "Government spokesperson and Minister of Communication Tom Silva Ndong dismissed the criticism, "
            'saying the Head of State "remains in full control of the affairs of the nation wherever he is."')
    assert parse(text).travelers == ("Ana Berg",)


def test_a_name_after_a_bodys_fields_and_a_lower_case_role() -> None:
    text = ("\"The focus is on trade,\" spokesperson of the Coordinating Ministry for Economic Affairs Ana "
            "Berg said here on Tuesday.")
    role = "spokesperson of the Coordinating Ministry for Economic Affairs"
    assert _people(text) == [("Ana Berg", role, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence that opens with a preposition and a place, then the person's office and name
        ("In Rio, Argentina's President Tom Berg, a vocal critic of the plan, had a cordial meeting with Xi.",
         [("Tom Berg", "President", "AR")]),
        # two words of a field after the comma
        ("European Commissioner for Climate, Net Zero and Clean Growth Ana Berg will travel to the Pacific.",
         [("Ana Berg", "European Commissioner for Climate, Net Zero and Clean Growth", None)]),
        ("\"The visit underscores the commitment,\" Cdr Vivek Berg said.", [("Vivek Berg", "Cdr", None)]),
        # a region named "New ..." is no one
        ("Its larger proposal would require new transmission lines to New England, officials said.", []),
    ],
)
def test_openers_fields_and_regions(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a family name spelled like a town, with a description
        ("\"Every door is open,\" said Mwila Chanda, an economist at the university.",
         [("Mwila Chanda", "economist", None)]),
        # ... not an institute named after its city
        ("He will interact with students at IIT Bombay, a state government official said.", []),
        # an office "for Human Rights"
        ("UN High Commissioner for Human Rights Ana Berg will undertake an official mission.",
         [("Ana Berg", "UN High Commissioner for Human Rights", None)]),
    ],
)
def test_town_family_names_and_rights(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("President Ana Silva will meet parliament speaker Tom Berg, one of the sources said.",
         [("Ana Silva", "President", None), ("Tom Berg", "parliament speaker", None)]),
        ("Acme Rotem CEO Lee Yong-min is expected to brief him on the production schedule.",
         [("Lee Yong-min", "Acme Rotem CEO", None)]),
        ("Anwar will hold bilateral meetings, including with the summit's host, Tom Silva Berg, he added.",
         [("Tom Silva Berg", "summit host", None)]),
        # a given name like a day, with its office before the comma
        ("The Edo State Governor, Monday Berg, who did not travel with the monarch, praised the visit.",
         [("Monday Berg", "Governor", None)]),
        # a clause after a place's name describes no one
        ("On Tuesday, the monarch visited the Legislative Yuan, where he met Speaker Ana Berg.",
         [("Ana Berg", "Speaker", None)]),
    ],
)
def test_speakers_hosts_chief_executives_and_weekday_names(
        text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lucia Berg, a columnist, wrote that the trip repeated the pattern of 2023.",
         [("Lucia Berg", "columnist", None)]),
        ("Laura Berg, general manager of the export promotion agency, said exports had grown.",
         [("Laura Berg", "general manager", None)]),
        ("Her elder sister, Mako Berg, lost her royal status when she married a commoner.",
         [("Mako Berg", "elder sister", None)]),
        # post-nominal letters written with dots
        ("The Taoiseach, Ana Berg T.D., today announced that she will lead a trade mission.",
         [("Ana Berg", "Taoiseach", None)]),
    ],
)
def test_more_descriptions_and_dotted_post_nominals(
        text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a given name like a weekday, after a title
        ("The Chief of the Air Staff, Air Marshal Sunday Berg, told journalists the force was ready.",
         [("Sunday Berg", "Air Marshal", None)]),
        # a regional governor's title in Central Asia
        ("She was received by regional khokim Erkin Berg on Saturday.",
         [("Erkin Berg", "regional khokim", None)]),
    ],
)
def test_weekday_given_names_and_khokims(text: str, expected: list[tuple[str, str | None, str | None]]
                                        ) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the body a head leads is named by its people: the affiliation
        ("General Sir Tom Berg, the head of the Canadian Army, called on the prime minister on Tuesday.",
         [("Tom Berg", "General", "CA")]),
        # a cleric's style between the office and the name is no office
        ("The Archbishop of Canterbury, the Most Revd Tom Berg, will visit Ghana next week.",
         [("Tom Berg", "Archbishop of Canterbury", None)]),
    ],
)
def test_the_body_a_head_leads_and_a_clerics_style(
        text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _people(text) == expected


def test_a_short_name_is_someone_already_named_and_stays_so() -> None:
    text = ("The Archbishop of Canterbury, the Most Revd Tom Berg, will visit Ghana and Kenya.\n\n"
            "Archbishop Tom will arrive in Accra on Friday at the invitation of the Most Revd Tom Silva "
            "Osei, Archbishop of the Province of West Africa.\n\n"
            "From Ghana, Archbishop Tom will travel to Nairobi on Tuesday.")
    trip = parse(text)
    assert trip.travelers == ("Tom Berg",)
    assert [(s.code, s.cities) for s in trip.stops] == [("GH", ("Accra",)), ("KE", ("Nairobi",))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a field of a demonym and words, then "and" and a field that ends in a field word
        ("Minister for Overseas Ruritanians and Human Resource Development Ana Silva Berg will travel.",
         [("Ana Silva Berg", "Minister for Overseas Ruritanians and Human Resource Development", None)]),
        ("He will meet Saudi Minister of Human Resources and Social Development Tom Berg on Monday.",
         [("Tom Berg", "Minister of Human Resources and Social Development", "SA")]),
    ],
)
def test_a_field_joined_by_and_that_ends_in_a_field_word(
        text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _people(text) == expected


def test_an_initial_spelled_like_an_article_after_a_title() -> None:
    assert _people("He will meet Telangana Chief Minister A Revanth Berg on Monday.") == [
        ("A Revanth Berg", "Telangana Chief Minister", "IN")]


@pytest.mark.parametrize(
    "text",
    [
        # a byline's time stamp
        "Posted Wed 13 May 2026 at 6:12pm\n\nThe summit opened.",
        # a preposition before a family name with a description is no given name
        "Under Berg-Silva, a former trade minister who took office in 2021, the bank doubled its capital.",
    ],
)
def test_a_time_stamp_and_a_preposition_before_a_family_name_are_no_people(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vice-Chancellor Hilary Berg said the talks went well.", [("Hilary Berg", "Vice-Chancellor", None)]),
        ("The minister spoke at the university, alongside vice-chancellor Hilary Berg.",
         [("Hilary Berg", "vice-chancellor", None)]),
    ],
)
def test_a_hyphenated_vice_title(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Commissioner for Social Rights and Skills, Quality Jobs and Preparedness Roxana Berg arrived.",
         [("Roxana Berg", "Commissioner for Social Rights and Skills, Quality Jobs and Preparedness", None)]),
        ("The Vice-President of the Commission for Social Rights and Skills, Quality Jobs and Preparedness, "
         "Roxana Berg, arrived.", [("Roxana Berg", None, None)]),
    ],
)
def test_a_list_of_fields_after_and_goes_on_after_a_comma(
        text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural's possessive gives the country
        ("Seychelles' Foreign Minister Ann Berg returned on Tuesday.",
         [("Ann Berg", "Foreign Minister", "SC")]),
        # ... so does a possessive before a formal title and a comma
        ("Seychelles' Minister for Foreign Affairs and Tourism, Ann Berg, returned on Tuesday.",
         [("Ann Berg", "Minister for Foreign Affairs and Tourism", "SC")]),
        ("Kenya's Minister for Foreign Affairs, Ann Berg, returned on Tuesday.",
         [("Ann Berg", "Minister for Foreign Affairs", "KE")]),
        # capitalised title words before the office, before a comma
        ("Kenya's Deputy Prime Minister, Ann Berg, returned on Tuesday.",
         [("Ann Berg", "Deputy Prime Minister", "KE")]),
        # ... not an owner in lower case before them
        ("Ana Silva met the bloc's Deputy Secretary General, Tom Berg, on Monday.",
         [("Ana Silva", None, None), ("Tom Berg", "Deputy Secretary General", None)]),
    ],
)
def test_an_owner_and_title_words_before_a_title_and_a_comma(
        text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _people(text) == expected


def test_a_peers_title_with_a_family_name_is_the_person_named_before() -> None:
    text = "Secretary-General Ana Silva arrived in Tonga on Monday. Baroness Silva met the king."
    assert _people(text) == [("Ana Silva", "Secretary-General", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Defence Minister Bill Berg returned to Ottawa on Friday.",
         [("Bill Berg", "Defence Minister", None)]),
        # ... but a bill of a parliament's is no one
        ("The Finance Bill Committee met on Friday.", []),
    ],
)
def test_a_given_name_spelled_like_a_word(
        text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _people(text) == expected


def test_the_travellers_own_ministry_at_home_makes_no_host_of_them() -> None:
    text = ("Maldives Finance Minister Tom Berg held talks with Indian officials on Tuesday. Berg, who "
            "arrived in the Indian capital on Monday, met Finance Minister Ana Silva, according to a "
            "statement from his ministry in Male.\n\nPresident Ken Wu made China the destination of his "
            "first state visit, signing deals in Beijing.")
    assert parse(text).travelers == ("Tom Berg",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Rt." ends no sentence and is no one's name; "Rt Hon" and "Hon." are styles, not offices
        ("Her Excellency Rt. Hon. Dame Ana Silva, Governor-General of Belize, arrived in Taipei on Sunday.",
         [("Ana Silva", "Governor-General", "BZ")]),
        ("The Rt Hon Ana Silva, Governor-General of Belize, arrived in Taipei on Sunday.",
         [("Ana Silva", "Governor-General", "BZ")]),
        ("Prime Minister Hon. Tom Berg met the visitors in Belmopan.",
         [("Tom Berg", "Prime Minister", None)]),
        ("Senator the Hon Tom Berg met the visitors in Belmopan.", [("Tom Berg", "Senator", None)]),
        ("Prime Minister the Rt Hon Tom Berg met the visitors in Belmopan.",
         [("Tom Berg", "Prime Minister", None)]),
    ],
)
def test_the_right_honourable_style(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("With the UN Resident and Humanitarian Coordinator, Ana Silva, she visited a school.",
         [("Ana Silva", "Humanitarian Coordinator", None)]),
        ("UN Resident Coordinator Ana Silva met him on Monday.",
         [("Ana Silva", "UN Resident Coordinator", None)]),
        ("Tom Berg, the parish coordinator, said the church was full.",
         [("Tom Berg", "parish coordinator", None)]),
    ],
)
def test_a_coordinator_is_an_office(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian missile maker Tom Berg announced this year it would build a plant in Kigali.",
        "Mining giant Rio Verde will expand the port, the minister said.",
        "Emirati developer Eagle Crest will build the new district, the minister said.",
    ],
)
def test_the_name_after_a_word_for_a_firm_is_no_one(text: str) -> None:
    assert _people(text) == []


def test_a_word_for_firms_before_a_comma_leaves_the_next_name_a_person() -> None:
    text = "It opens markets for local companies, Trade Minister Ana Silva said on Friday."
    assert _people(text) == [("Ana Silva", "Trade Minister", None)]


@pytest.mark.parametrize(
    "text",
    [
        # a suburb's "Park" ends the name; a treaty's plural is no one's
        "She visited the parishes of the diocese in Greenvale, Ashby Park and Tennant Heights on Monday.",
        "Berg returns from Kazakhstan after first presidential visit to Rutte Accords' newest member",
    ],
)
def test_suburbs_and_accords_are_no_one(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a field joined by "and", then a name with a particle
        ("He met Minister of Human Resources and Social Development Tom bin Sulaiman Berg on Monday.",
         [("Tom bin Sulaiman Berg", "Minister of Human Resources and Social Development", None)]),
        # ... a field that ends in "Protection", and a body's abbreviation in brackets before the name
        ("Minister of Migrant Workers Protection Ana Silva will travel to the Gulf this week.",
         [("Ana Silva", "Minister of Migrant Workers Protection", None)]),
        ("He met Secretary-General of the Gulf Cooperation Council (GCC) Ana Silva at the secretariat.",
         [("Ana Silva", "Secretary-General of the Gulf Cooperation Council", None)]),
        # ... an inspector-general of police, with a Malay courtesy too; a laureate
        ("He met the Inspector-General of Police, Tom Berg.",
         [("Tom Berg", "Inspector-General of Police", None)]),
        ("He was greeted by Inspector-General of Police Datuk Seri Tom Berg on Monday.",
         [("Tom Berg", "Inspector-General of Police", None)]),
        ("The interim government led by Nobel laureate Ana Silva estimates the loss.",
         [("Ana Silva", "Nobel laureate", None)]),
    ],
)
def test_long_offices_before_a_name(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office of a body, told with lower-case words between: the fields, then the name
        ("He held talks with Qatari Minister of State at the Ministry of Foreign Affairs Ana Silva, who "
         "briefed him.", [("Ana Silva", "Minister of State at the Ministry of Foreign Affairs", "QA")]),
        ("Berg met Chairman of the city People's Committee Ana Silva on Monday.",
         [("Ana Silva", "Chairman of the city People's Committee", None)]),
        ("The trip was criticised by Serb member of the Presidency Ana Silva, who said it was wrong.",
         [("Ana Silva", "member of the Presidency", None)]),
        # ... not "of Kuwait" after "head of the State"
        ("He met the head of the State of Kuwait on Monday.", []),
    ],
)
def test_an_office_of_a_body_before_a_name(
        text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # ... but a noun as often said of a person leaves the person
        ("Veteran broadcaster Tom Berg said the visit mattered.", "Tom Berg"),
        ("Tour operator Ana Silva said bookings rose after the visit.", "Ana Silva"),
        ("Film producer Ana Silva met the minister in Lagos.", "Ana Silva"),
    ],
)
def test_a_person_after_a_trade_noun_is_still_a_person(text: str, name: str) -> None:
    assert [p.name for p in parse(text).people] == [name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # whose grandson someone is says no affiliation
        ("Santiago's Archbishop Ana Silva, the grandson of Palestinian migrants, says the visit was a "
         "message.", [("Ana Silva", "Archbishop", None)]),
        # Arabic words for an inlet and a palace open place names
        ("A regasification unit is being installed at Khor al-Zubair port near Basra.", []),
        ("The talks were held at Qasr al-Watan on Monday.", []),
        # a parliamentarian is a role
        ("Former parliamentarian Ana Silva said the trip could be useful.",
         [("Ana Silva", "Former parliamentarian", None)]),
        # "X took over", "the inauguration of X": a person
        ("Zimbabwe's Ana Silva took over the chairmanship.", [("Ana Silva", None, "ZW")]),
        ("Asked about the inauguration of Tomas Berg for a third term, he said no.",
         [("Tomas Berg", None, None)]),
        # a chamber is no one, and a city's numbered university no monarch
        ("She met the Hong Kong General Chamber of Commerce.", []),
        # a visitation, a curia and agents are no one either
        ("The patriarch returned to Erbil on Saturday, having concluded a two-week Apostolic and Pastoral "
         "Visitation to the Archdiocese of Australia.", []),
        ('"We are there," said Fr Tom Berg, public relations officer of the Major Archiepiscopal Curia.',
         [("Tom Berg", "public relations officer", None)]),
        ("The governor will be in Tokyo for meetings with the Japan Association of Travel Agents and with "
         "airline representatives.", []),
        # a parliament's name and a news agency are no one
        ("Speaker of Milli Majlis Sahra Gafarli to visit Kazakhstan\n\nChair of the Milli Majlis Sahra "
         "Gafarli will pay an official visit to Kazakhstan on 19-21 May, the Press Department of the Milli "
         "Majlis told reporters.", [("Sahra Gafarli", "Chair of the Milli Majlis", None)]),
        ("Minister visits Angola\n\nPublished on 27/08/2026 - 17:42 By Agência Brasil - Brasília\n\n"
         "Minister Tom Berg will visit Angola on Monday.", [("Tom Berg", "Minister", None)]),
        ("Ana Silva, a lecturer at the University of Yaounde II, said so.",
         [("Ana Silva", "lecturer", "CM")]),
        # "X, however, said": the speaker past an aside
        ("Ana Silva, however, said the trip could be useful.", [("Ana Silva", None, None)]),
    ],
)
def test_kin_place_words_office_words_and_asides(
        text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the one sent as envoy travels, not the one who sends them
        "Pope sends envoy to Central Asia\n\nVATICAN CITY (AP) — Pope Tom Berg is sending Cardinal Ana "
        "Silva as his personal envoy to a congress in Kazakhstan next week, with further stops in "
        "Kyrgyzstan. The cardinal will be in Astana from Sept. 16 to 18. He will read a message from the "
        "pope.",
        # a deed of a named year right after a name does not make its doer the traveller
        "Port Moresby, Papua New Guinea, Aug 12, 2025\n\nPope Tom Berg has appointed Cardinal Ana Silva "
        "as his special envoy to the congress, to be held in Dili from Aug. 15 to 17. Cardinal Silva "
        "will arrive in the Timorese capital on Aug. 14 and preside at the closing Mass at Tasitolu, "
        "where Pope Pedro Costa celebrated Mass for 600,000 people in September 2024. Pope Pedro Costa's "
        "September 2024 journey also took him to Indonesia and Singapore.",
    ],
)
def test_the_envoy_travels_not_the_sender_nor_a_doer_of_another_year(text: str) -> None:
    assert parse(text).travelers == ("Ana Silva",)


def test_the_word_lists_are_written_as_they_are_looked_up() -> None:
    from itinerary.parse import lexicon
    from itinerary.parse.text import fold

    unfolded = {name: sorted(w for w in words if fold(w) != w) for name, words in vars(lexicon).items()
                if isinstance(words, frozenset)}
    assert {name: words for name, words in unfolded.items() if words} == {}


def test_an_accented_university_is_no_person() -> None:
    text = ("Minister Tom Berg arrived in Ottawa on Monday. Ana Silva, a trade economist at the Université "
            "de Moncton, said the talks went well.")
    assert [p.name for p in parse(text).people] == ["Tom Berg", "Ana Silva"]


def test_the_field_of_a_body_for_something_is_no_person() -> None:
    text = ("Ana Silva, secretary of the Central Commission for Discipline Inspection, arrived in Kathmandu "
            "on Monday. She visited the Center for Genetic Engineering with Minister Tom Berg.")
    assert [p.name for p in parse(text).people] == ["Ana Silva", "Tom Berg"]


def test_a_high_commissioner_to_a_country_before_the_name() -> None:
    text = ("President Tom Berg arrived in London on Monday on a working visit to the United Kingdom. He "
            "held talks with the Uganda High Commissioner to the UK, Ana Silva, on tourism.")
    trip = parse(text)
    assert [(p.name, p.role, p.affiliation) for p in trip.people] == [
        ("Tom Berg", "President", None), ("Ana Silva", "High Commissioner to the UK", None)]
    assert trip.traveler == "Tom Berg"  # "the United Kingdom" of the visit is no "Ambassador to the UK"


@pytest.mark.parametrize(("role", "office"), [
    ("Prime Minister of the United Kingdom", "Prime Minister"),
    ("Minister for Pacific Island Affairs", "Minister"),
    ("Ambassador to the United Kingdom", "Ambassador"),  # not "the United Kingdom", named as a place
])
def test_the_office_of_a_role(role: str, office: str) -> None:
    from itinerary.parse.people import office_of

    assert office_of(role) == office


def test_a_family_name_that_is_also_a_city_refers_to_the_person_when_they_act() -> None:
    # "Lima told reporters": Tom Lima, not Peru's capital; "in Lima" would stay the city
    text = ("NICOSIA (Reuters) - The United Nations envoy on Cyprus, Tom Lima, met Turkish Cypriot leader "
            "Tom Berg on Wednesday, a day after talks with President Ana Silva.\n\nLima, a former Colombian "
            "foreign minister, arrived on the island on Monday. \"We had a frank discussion,\" Lima told "
            "reporters. The envoy will leave the island on Thursday for Ankara.")
    trip = parse(text)
    assert [(p.name, p.mentions) for p in trip.people if p.name == "Tom Lima"] == [("Tom Lima", 3)]
    assert "PE" not in [s.code for s in trip.stops]


def test_a_host_who_receives_someone_on_an_official_visit_is_not_the_traveller() -> None:
    text = ("MINISTRY OF DEFENCE - PRESS OFFICE\n\nMinister Berg receives Tunisian Minister Ana Silva\n\n14 "
            "October 2025\n\nThe Minister of Defence, Tom Berg, today received at the Palazzo, seat of the "
            "Ministry, the Minister of National Defence of Tunisia, Ana Silva, who is on an official visit "
            "to Italy at the Minister's invitation.\n\n\"Tunisia is a friend,\" Minister Berg said. "
            "Minister Berg thanked the delegation. Minister Silva thanked Italy for its support.")
    trip = parse(text)
    assert (trip.travelers, [s.code for s in trip.stops]) == (("Ana Silva",), ["IT"])


def test_a_formal_title_with_in_charge_of_before_the_name() -> None:
    text = ("MALABO, 17 August 2025 (OIP) - The Prime Minister of the Government in charge of Administrative "
            "Coordination, Her Excellency Ana Silva, will leave Malabo on Monday for Tokyo.")
    assert _people(text) == [
        ("Ana Silva", "Prime Minister of the Government in charge of Administrative Coordination", None)]


@pytest.mark.parametrize(
    "text",
    [
        "DEFENCE NEWS RELEASE\n\nMinister for Defence Makes Official Visit to India\n\nMinister for "
        "Defence Ana Silva arrived in New Delhi on Monday.",
        "Several projects, including one owned by BHP and McEwen Copper's Los Azules, have applied, Governor "
        "Ana Silva said.",
        "The forum carries the theme \"Local Actions for Sustainable Cities and Communities\", Minister Ana "
        "Silva said.",
    ],
)
def test_visits_companies_and_themes_are_not_people(text: str) -> None:
    assert [p[0] for p in _people(text)] == ["Ana Silva"]
