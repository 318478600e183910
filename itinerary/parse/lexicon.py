"""Word lists of English news prose that the parse stages share: titles, role nouns, speech verbs.

These describe how wire copy is written, not any article: no names or places live here. Words are
written as `text.fold` gives them (lower case, no accents: "universite"), since that is how they are
looked up.
"""

from __future__ import annotations

# Capitalised words that make up a formal title before a name ("UK Foreign Secretary David Lammy").
TITLE_WORDS = frozenset(
    """
    president vice prime minister secretary foreign defense defence state chancellor king queen prince
    princess crown pope emperor empress sheikh sheika emir amir sultan premier chairman chairwoman chair
    general gen admiral adm ambassador envoy senator sen representative rep governor gov mayor deputy
    chief director commissioner speaker leader commander colonel col brigadier brigadier-general commodore
    lieutenant lt major maj captain capt dr mr mrs ms mme madam madame miss sir dame lord lady
    minister-president his her holiness majesty
    highness excellency cardinal
    archbishop bishop father fr rev reverend supreme national security adviser advisor trade finance
    economy economic interior home affairs external commerce energy health justice attorney
    secretary-general under-secretary spokesman spokeswoman spokesperson special high first grand duke
    duchess saint treasury agriculture education environment climate labour labor transport
    development cooperation international european federal vice-president co-chair director-general
    undersecretary assistant senior marshal field air sergeant sgt ayatollah mullah imam mufti rabbi patriarch
    crown-prince taoiseach president-elect prime-minister sayyid sayed shaikh sheikha tanaiste
    chairperson councillor councilor hon honourable honorable shri smt policy pm dpm vp executive
    professor prof revd datuk dato dasho lyonpo lyonchhen lyonchhoen governor-general elder dg sg metropolitan
    rais akim hokim rector consul moderator mp mep mla oba ooni alaafin kabaka asantehene litunga head
    cm maj-gen lt-gen brig-gen major-general lieutenant-general cdr mantri ceo khokim
    vice-chancellor vice-chair vice-chairman vice-chairwoman vice-premier vice-governor vice-rector
    baroness baron viscount viscountess earl countess marquess coordinator humanitarian inspector
    ombudsman ombudsperson ombudswoman
    inspector-general
    """.split()
)

# Words that join title words ("Secretary of State", "Minister for Foreign Affairs").
TITLE_JOINERS = frozenset({"of", "for", "the", "and", "on"})

# Lower-case nouns that end a role description ("late communist leader", "his Chinese counterpart").
ROLE_NOUNS = frozenset(
    """
    president minister secretary chancellor king queen prince princess pope premier leader counterpart
    official officials adviser advisor spokesman spokeswoman spokesperson envoy ambassador chief
    diplomat general admiral head negotiator aide lawmaker senator governor mayor commander emir amir sultan
    parliamentarian legislator congressman congresswoman
    sheikh monarch ruler strongman dictator chairman chairwoman chair director commissioner
    secretary-general representative deputy diplomat executive counsellor councillor foreign-minister
    wife husband lady spouse president-elect premier-elect envoy-designate successor predecessor
    analyst analysts researcher expert fellow economist professor scholar academic journalist
    activist correspondent editor founder officer strategist consultant specialist historian
    observer commentator lecturer director-general patriarch cardinal archbishop bishop cleric imam
    rabbi mufti businessman businesswoman entrepreneur ceo chairperson scientist priest pastor member
    lawyer attorney candidate separatist poet writer author rector dean monk nun owner heir son
    daughter widow singer artist mp mep worker teacher student farmer nurse doctor physician engineer
    resident pilgrim survivor athlete runner player coach footballer musician filmmaker photographer
    volunteer speaker host columnist manager sister brother cousin nephew niece grandson granddaughter
    khokim hokim akim
    archaeologist archeologist anthropologist sociologist psychologist demographer geographer linguist
    theologian philosopher coordinator inspector inspector-general laureate
    vice-chancellor vice-president vice-chair vice-chairman vice-chairwoman vice-rector
    """.split()
)

# Capitalised words that mark an organisation, place or event, never a person's name.
NOT_NAME_WORDS = frozenset(
    """
    association information nations union council department ministry house hill shoal sea ocean gulf society
    posted updated complex shrine stadium stability reform talks mass khural institution chamber
    visitation curia agents agencia
    knesset sejm storting riksdag folketing majlis shura senedd oireachtas saeima seimas
    countries governance change staff directorate bureau assistance madrasa ulama buddha panel
    wisma perdana istana dewan
    diocese archdiocese crime quality projects catholic sons sint expect
    archeparchy eparchy exarchate vicariate patriarchate month civilizations civilisations chemical chemicals
    concludes begins wraps arrives visits tour tours outreach published democratic vision employment
    diplomacy stream rover mt cerro town gurdwara global
    strait bay article chapter phase stage annex pillar section consultation consultations passports visas
    requirements waiver wall
    river island islands mountain mount lake party summit forum bank fund organization organisation
    agency office court congress parliament assembly army navy force forces group company corp inc
    airport palace square hall street avenue road bridge university college school institute centre
    center treaty treaties accord accords agreement agreements pact pacts alliance dialogue conference
    committee commission coalition
    movement front republic kingdom state states province region city county district territory
    airlines airline times post journal news press agency reuters church cathedral mosque temple
    museum memorial cemetery hospital base camp station port harbour harbor peninsula valley desert
    coast canal channel reef atoll shoals games cup olympics war day week plaza tower building
    embassy consulate government administration cabinet senate secretariat quad brics asean nato
    g7 g20 un eu who imf opec initiative plan programme program project corridor fund exchange
    declaration charter convention protocol act law bill resolution strategy doctrine zone
    monday tuesday wednesday thursday friday saturday sunday january february march april june july
    august september october november december mr mrs household institutes studies relations
    diwan route christians muslims catholics jews buddhists hindus protestants sunnis shiites saints
    orthodox evangelicals sunni christianity judaism buddhism hinduism catholicism
    academy academies sciences watch electronics co ltd llc plc holdings industries
    hurricane typhoon cyclone storm command synod vespers liturgy advisory aerospace fleet authority
    cars motors electric contractors airways steel petroleum banco league gateway mission census science
    barracks offices village republika religions summits regions abroad marines islanders guineans
    motor oyj asa gmbh inc corp corporation harvest kivu
    service services markets municipality economics democrats republicans sovereignty advisers advisors
    strasse strase platz management people beach year boulevard library facility promotion decree transit
    control research unity guidance territories shipping specialist correspondent officers delegate
    plenipotentiary confederation sangha relic breeding zero presidency
    negotiators previous everyone istana world foundation unit relief casa dance business audience nuncio
    highnesses majesties excellencies mansion aviation protection technology train democrat officer
    champion cross crescent societies reduction nutrition munition munitions enterprises festival technical
    patriarchate shipyard muslim invest
    mausoleum monastery convent abbey municipalities prize online archaeology mosques liga
    adha al-adha fitr al-fitr ramadan christmas diwali hanukkah fort
    universidad universidade universite universitat expo neft consciousness prosperity puerto ins hms uss hmas
    operation operations title meeting meetings cities lent easter advent pentecost copper visit
    """.split()
)

# Title words that name a field, not an office: a title needs an office word too ("Foreign
# Minister", not "Foreign Relations" or "Trade Deal").
TITLE_MODIFIERS = frozenset(
    """
    foreign defense defence state national security trade finance economy economic interior home
    affairs external commerce energy health justice vice deputy crown supreme special high first
    grand treasury agriculture education environment climate labour labor transport development
    cooperation international european federal senior assistant field air his her policy
    """.split()
)

# Capitalised words that start sentences or clauses and are never part of a name.
FUNCTION_WORDS = frozenset(
    """
    the a an in on at after before he she it they we i you but and or nor neither both this that these
    those with for from to by as while when where during under over meanwhile however also then there
    his her their our its last next earlier later since until if though although because so yet not
    no one all some many most several other another such what which who whom whose how why about
    among between into through across against without within upon like unlike despite following
    according asked speaking addressing separately further first second third finally instead
    together only even still just already now today tomorrow yesterday tonight mr mrs ms dr sir
    whether every each two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty hundred
    """.split()
)

# Particles that may stand inside a name ("Luiz Inácio Lula da Silva", "Mohammed bin Salman").
NAME_PARTICLES = frozenset(
    "da de di do dos das del della van von der den bin bint ibn al el la le du ter y".split()
)

# Verbs that introduce reported speech.
SPEECH_VERBS = frozenset(
    """
    said says say told tells added adds stated states noted notes declared declares announced
    announces stressed stresses warned warns wrote writes tweeted posted explained explains insisted
    insists urged urges acknowledged acknowledges confirmed confirms remarked remarks argued argues
    """.split()
)

MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())

PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "his", "their"})

# A trip being finished, as a pattern for both stops.py and travelers.py: "wrapping up a four-day
# Balkans tour", "concluding his first tour of the Middle East".
CONCLUDING_TRIP = (r"\b(?:concluding|wrapping\s+up|ending|rounding\s+off|capping)\s+"
                   r"(?:his|her|their|a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:tour|trip|visit|swing|journey|mission)s?\b")
# Leaving a place, as a pattern for both travelers.py and timing.py: "leave Trinidad", "departed"
LEAVING = r"\b(?:leav(?:e|es|ing)|left|depart(?:s|ed|ing)?)\s+"
