"""The English words the curation engine reads, each fact written once.

Every stage imports its word lists from here: reporting verbs, the "put N at" verbs, month and
weekday names, role words, pronouns, document nouns, refusals to comment, titles and country
words. A list that two stages need is never copied; a stage that needs a variant derives it
(a regular expression, a subset) from these. Stdlib only, no imports of the engine.
"""

from __future__ import annotations

import re


def wordset(words: str) -> frozenset[str]:
    """The white-space separated words of a table written in the source."""
    return frozenset(words.split())


def alternation(words: frozenset[str] | set[str] | list[str]) -> str:
    """A regular-expression alternation of ``words``, longest first, escaped."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


# --- verbs of saying ---------------------------------------------------------------------------

#: "put/placed/pegged <the number of …> at N": a statement of a figure, never a frame without
#: "at" and a number after it.
PUT_AT_VERBS: frozenset[str] = wordset("put puts putting placed places placing pegged pegs pegging")
#: Verbs that, like the "put" verbs, name what is counted before "at N" ("estimated losses at
#: 3,000"), but are frames of their own too.
ESTIMATE_AT_VERBS: frozenset[str] = wordset(
    "estimated estimates estimating assessed assesses set sets"
)
#: Every verb that names what is counted before "at N".
AT_FIGURE_VERBS: frozenset[str] = PUT_AT_VERBS | ESTIMATE_AT_VERBS
#: Reporting verbs (statements about what someone said).
REPORTING_VERBS: frozenset[str] = wordset(
    """
    said says say told tells added adds stated claimed claims estimated estimates warned warns
    denied denies reported announced announces confirmed confirms noted notes wrote writes insisted
    alleged acknowledged vowed explained stressed argued predicted assessed believes believed
    revealed
    disclosed cautioned asserted maintained concluded posted briefed projected forecast
    forecasted conceded admitted declared reiterated emphasized emphasised observed remarked
    commented testified calculated calculates expects reckons reckoned assesses informed
    clarified specified concludes complained complains lamented laments recalled recalls
    elaborated elaborates predicts anticipates anticipated foresees foresaw
    foreseen recommended recommends proposed proposes
    explains stresses insists acknowledges emphasizes emphasises concedes cautions
    asserts alleges clarifies testifies
    """
) | frozenset({"put", "puts", "placed", "places", "pegged", "pegs", "pointed out", "points out"})
#: Verbs of saying as a title-case headline writes them ("…, Coast Guard Says").
HEADLINE_SAYING_VERBS: frozenset[str] = wordset("Says Say Said Claims Claim Warns Estimates Tells")
#: Verbs that say something only with a "that" clause ("The FT mentioned that …") or as a
#: closing attribution ("…, the FT detailed."): "detailed 40 new boats" says nothing.
DETAIL_VERBS: frozenset[str] = wordset(
    "mentioned outlined outlines detailed details highlighted highlights recall recalls recalled"
    " analyzed analysed"
    # ("…, Zelensky sighed.": a manner of saying, closing what was said)
    " sighed quipped joked"
    # ("Coast guard officers assume that thousands more are waiting")
    " assume assumes assumed suspect suspects suspected"
    # ("Mediazona spotted that 3,765 …", "The institute noticed that 40 ships …")
    " spotted spots noticed notices discovered discovers detected detects"
    # ("The mayor boasted that 300 came"; not "the resort, which boasts 54 hotels": it has)
    " boasted boasts"
    # ("Fishermen recount that …", "The ministry maintains that …"; not "recount the votes")
    " recount recounts recounted maintains admits observes remarks argues"
    # ("The journalists also established that …")
    " established establishes ascertained"
    # ("Ukrainian officials fear that at least 25,000 civilians were killed")
    " fear fears feared"
) | frozenset(
    # ("The journalists also found out that 5 540 …"; "an official let slip that 48,000 …")
    {"found out", "finds out", "let slip", "lets slip"}
)
#: Base forms of verbs of saying, for plural subjects ("officials estimate", "Kyiv and Seoul
#: estimate"); never a frame after a determiner ("Seoul's estimate", "the report").
BASE_REPORTING_VERBS: frozenset[str] = wordset(
    """
    estimate believe claim report warn confirm assess deny insist note add tell allege argue
    predict reveal indicate show suggest forecast project assert maintain anticipate foresee
    expect
    """
)
#: Verbs of belief: reported inside another's statement ("Whitcombe said Washington believed
#: N"), they leave the figure to the speaker who reports them.
BELIEF_VERBS: frozenset[str] = wordset(
    """
    believe believes believed estimate estimates estimated assess assesses assessed think
    thinks thought expect expects expected suspect suspects suspected assume assumes assumed
    reckon reckons reckoned fear fears feared
    """
)
#: Verbs of counting: a count is its counter's statement of the figure ("Seoul counts 100 dead",
#: "the group documented 300 attacks"); given "in a report to parliament in March", that report
#: dates it.
COUNT_VERBS: frozenset[str] = wordset(
    """
    counts counted tallied tallies recorded logged documented documents verified verifies
    identified identifies tracked tracks registered registers lists listed
    detected detects spotted spots monitored monitors
    """
)
#: Auxiliaries: never part of a claimant's words ("The ministry, she said, had received …"),
#: and an adverb after one still leaves the subject before it ("has privately put").
AUXILIARIES: frozenset[str] = wordset(
    "had has have was were is are be been will would could should may might must did does do"
)
#: Verbs of a document or data as subject ("the report indicates", "figures showed"): frames
#: like the verbs of saying.
DOCUMENT_VERBS: frozenset[str] = wordset(
    "indicated indicates showed shows revealed reveals suggested suggests reports includes included"
    " states mentions forecasts found finds"
)
#: The first line of the test suite's fixtures, which says they are fictional: not the page.
FIXTURE_NOTICE = "TEST FIXTURE"
#: Verbs of a document handed over or put out ("a report submitted to the Assembly on
#: Monday", "figures released on Tuesday"): the day they name is the day it was stated.
HANDED_OVER_VERBS: frozenset[str] = wordset(
    "submitted presented released published issued sent delivered filed circulated"
)
#: A document's author handed it over, in a relative clause right after it: "(a report) the
#: Ministry of National Defense submitted", "(an assessment) that the agency sent". A regular
#: expression; the author is the group ``author``.
AUTHOR_HANDED_OVER = (
    r"\s+(?:that\s+|which\s+)?(?P<author>(?:the\s+)?[A-Z][\w’'.-]*"
    r"(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w’'.()-]*){0,6}"
    # "figures the agency gave lawmakers": a body named before, by a descriptor
    r"|the\s+(?:spy\s+|intelligence\s+|defen[cs]e\s+)?(?:agency|ministry|service|military"
    r"|government|department|office|committee|directorate|institute|group|organi[sz]ation))"
    rf"\s+(?:had\s+|has\s+)?"
    rf"(?:{alternation(HANDED_OVER_VERBS | {'gave', 'prepared', 'compiled'})})\b"
)
#: The nouns of a possessive estimate ("Seoul's estimate of 1,100", "the ministry's count
#: of 700"): the possessor states the figure.
ESTIMATE_NOUNS: frozenset[str] = wordset(
    "estimate estimates count counts tally tallies figure figures assessment toll calculation"
    " projection range admission claim forecast forecasts calculations projections assessments"
)
#: Nouns that name a figure a party gives ("gave lawmakers a figure of 300", "released an
#: estimate of about 4,000", "has given a far higher figure, above 4,000").
GIVEN_FIGURE_NOUNS: frozenset[str] = ESTIMATE_NOUNS | wordset("number")
#: Participles that give a figure with their agent ("put by X at N", "estimated by X at N").
FIGURE_PARTICIPLES: frozenset[str] = wordset("put estimated placed pegged assessed")
#: Participles that give data with its giver after "by" ("figures released by X", "the
#: annual snapshot … provided by the MMO"): the giver states the data.
DATA_GIVING_PARTICIPLES: frozenset[str] = wordset(
    "released published compiled issued provided gathered collected posted produced prepared"
    " emailed sent circulated distributed shared"
)
#: Verbs of saying whose subject, opening a sentence that another speaker's attribution
#: closes, is the estimating body the closing speaker relays ("The agency also told the
#: session that …, Rep. X said"), as a believer is.
RELAYED_SAYING_VERBS: frozenset[str] = wordset(
    """said says told tells estimated reported reports put puts placed confirmed confirms
    announced wrote counted assessed calculated stated"""
)
#: Heads of a counted noun that name people in general, not a force or a toll.
GENERIC_PEOPLE: frozenset[str] = wordset("men people persons individuals")
#: Words before an estimate noun that leave it the possessor's ("its previous estimate").
ESTIMATE_MODIFIERS: frozenset[str] = wordset(
    "previous latest earlier own new initial revised official last updated current public"
)
#: Verbs of a statement that is itself the claim ("he criticized world leaders").
STATEMENT_VERBS: frozenset[str] = wordset(
    """
    criticized criticised urged accused condemned praised pledged promised threatened demanded
    dismissed rejected called accuses accuse calls
    """
)
#: Legislators by what they are called ("the lawmaker", "Congressman Wi"); the titles before
#: a name add "Rep.", "Sen.", "assemblyman" and "representative".
LEGISLATOR_NOUNS: frozenset[str] = wordset(
    "lawmaker legislator congressman congresswoman senator MP parliamentarian"
)
#: Verbs of saying in the present tense ("says", "puts", "estimate" after a plural): on a live
#: page an entry's present tense reports what was said that day.
PRESENT_SAYING_VERBS: frozenset[str] = (
    frozenset(
        w
        for w in REPORTING_VERBS | DOCUMENT_VERBS | AT_FIGURE_VERBS
        if w.endswith("s") and not w.endswith("ss")
    )
    | BASE_REPORTING_VERBS
    | wordset("say counts tallies")
)
#: Verbs that introduce a statement after a colon ("A spokesman offered a lower estimate this
#: week: 8,000 to 10,000 troops"): a frame only when the colon follows within the clause.
COLON_VERBS: frozenset[str] = wordset(
    """
    offered gave gives given provided provides released releases issued issues published publishes
    presented presents shared shares cited cites produced produces circulated
    """
)
#: Those a statement is made to ("told lawmakers", "a report to parliamentarians"): an
#: audience, never the one speaking.
AUDIENCE_NOUNS: frozenset[str] = wordset(
    """reporters journalists correspondents lawmakers legislators parliamentarians parliament
    MPs senators deputies congressmen"""
)
#: Verbs whose following noun phrase is the audience, never an inverted claimant.
AUDIENCE_VERBS: frozenset[str] = wordset("told tells briefed informed")
#: Participles that open a statement after a frame ("…, vowing tangible responses").
SPEECH_PARTICIPLES: frozenset[str] = wordset(
    """
    vowing adding saying calling urging warning noting insisting claiming accusing criticizing
    criticising pledging promising threatening stressing arguing denying asserting alleging
    contending
    """
)
#: What a party dismisses, and the words it dismisses them with (for :data:`NO_COMMENT`).
_DISPUTED = r"(?:reports?|claims?|figures?|allegations?|accounts?|assessments?|estimates?)"
_DISMISSIVE = (
    r"(?:fabricat\w*|groundless|baseless|lies|fakes?|slander|hoax|rumou?rs?|speculation"
    r"|fantas(?:y|ies)|propaganda|nonsense|absurd|disinformation|provocation|false|untrue)"
)
#: A refusal to comment or confirm, stated without a reporting verb (a regular expression).
#: Not answering at all ("did not respond to a request for comment") states nothing.
NO_COMMENT = (
    # "refused on Thursday to discuss": the day between
    r"\b(?:(?:declined|refused)(?:\s+(?!to\b)[\w.]+){0,2}?\s+to\s+"
    r"(?:comment|confirm|say|discuss|elaborate)"
    r"|would\s+(?:neither\s+confirm\s+nor\s+deny|not\s+(?:comment|confirm))"
    r"|(?:did|could|would)\s+not\s+(?:immediately\s+)?comment"
    r"|had\s+no\s+(?:immediate\s+)?comment"
    # a standing refusal: "Moscow has never acknowledged …", "Pyongyang has not commented on
    # the capture", "has neither confirmed nor denied", "Neither Moscow nor Pyongyang has
    # confirmed", "has made no comment on", "still will not say"
    r"|(?:has|have)\s+(?:still\s+)?(?:never|not)\s+(?:yet\s+|once\s+)?"
    r"(?:officially\s+|publicly\s+|formally\s+)?(?:acknowledged|confirmed|commented|mentioned)"
    r"|(?:has|have)\s+neither\s+confirmed\s+nor\s+denied"
    r"|[Nn]either\s+[\w’'.-]+(?:\s+[\w’'.-]+)?\s+nor\s+[\w’'.-]+(?:\s+[\w’'.-]+)?\s+(?:has|have)\s+"
    r"(?:publicly\s+|officially\s+)?(?:confirmed|acknowledged|commented)"
    r"|(?:has|have)\s+made\s+no\s+(?:comment|mention)"
    r"|still\s+(?:will|would)\s+not\s+(?:say|confirm)"
    # "dismissed the reports as “speculation”", "dismissed the figures as “fantasies”"
    r"|dismiss(?:ed|es)\s+(?:the\s+|these\s+|such\s+|all\s+)?(?:[\w’'-]+\s+){0,2}?"
    rf"{_DISPUTED}\b[^.;]{{0,40}}?{_DISMISSIVE}"
    # "Moscow has dismissed all of it", "Moscow dismisses Western claims": dismissing them
    r"|dismiss(?:ed|es)\s+(?:all\s+of\s+(?:it|them)|(?:[A-Z][\w’'-]+\s+)?(?:claims|reports"
    r"|allegations))\b"
    # "he had no information on …", "the Kremlin had nothing to add"
    r"|(?:has|have|had)\s+[“\"]?(?:no\s+information|nothing\s+to\s+(?:add|say))"
    # "called the reports “another fabrication”", "called the South Korean figures
    # groundless", "calls the MIDD assessment “fantasies”"
    r"|call(?:ed|s)\s+(?:the\s+|these\s+|such\s+)?(?:[\w’'-]+\s+){0,2}?"
    rf"{_DISPUTED}\b[^.;]{{0,40}}?{_DISMISSIVE}"
    r")\b"
)
#: Refusals to give a number ("did not say how many"): a vague quantity, never a value.
NO_FIGURE = (
    r"(?:gave|give|gives|giving|provided|offered|disclosed|released|cited)\s+no\s+"
    r"(?:(?:specific|exact|precise|further|combined|overall|new)\s+)?"
    r"(?:figures?|numbers?|estimates?|tally|toll)"
    r"|(?:did\s+not\s+(?:give|provide|disclose|specify|offer|release)|without\s+(?:giving|"
    r"providing|citing|offering|disclosing))\s+(?:a\s+|any\s+)?"
    r"(?:(?:specific|exact|precise)\s+)?(?:figures?|numbers?|estimates?|tally|toll)"
    r"|(?:did\s+not|didn’t|didn't|would\s+not|declined\s+to|could\s+not|couldn’t|couldn't"
    r"|cannot|can’t|can't)\s+(?:yet\s+)?say\s+how\s+many"
)

#: Plural nouns a small number word before them does not count as a claim: the parties of a
#: relation and words of manner ("ties between two countries", "in three ways").
UNCOUNTED_NOUNS: frozenset[str] = wordset(
    """
    countries nations sides states parties leaders governments allies neighbours neighbors
    times ways things reasons options questions words points steps stages phases
    """
)

# --- who ---------------------------------------------------------------------------------------

#: Nouns of a collective body after its capitalised owner ("a UN panel", "an EU mission").
COLLECTIVE_BODY_NOUNS: frozenset[str] = wordset(
    "panel team group committee commission council board mission monitors"
)
#: Portfolios: "the foreign ministry" is not the defence ministry named before.
PORTFOLIO_WORDS: frozenset[str] = wordset(
    """
    foreign defence defense interior finance economy justice health trade labour labor
    education energy agriculture transport emergency emergencies culture environment home
    """
)
#: Words that make a source another than the one named before ("Another poll", "a separate
#: study"), as a regular expression.
ANOTHER = r"(?i:another|a\s+(?:separate|different|second|rival))"
#: Verbs a people counted in capitals is the subject of ("3,800 Timorese work in …").
PEOPLES_VERBS: frozenset[str] = wordset(
    "work serve live study remain stay fight hold travel return died die perished joined"
    " enlisted volunteered"
)
#: Capitalised words that open a sentence or clause and are never part of a name ("In Kyiv",
#: "Meanwhile Seoul …").
CAPITALISED_NON_NAMES: frozenset[str] = wordset(
    """
    In On At After Before But And Meanwhile However While When Since Although Though Also Last
    Earlier Later During As If Yet Still Separately Elsewhere Then There This That Those These
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Neither Nor Both Asked Speaking
    Instead Previously Now Today Yesterday So Despite Unlike Like Overall Altogether Similarly
    With Amid Among Throughout Within Following
    """
)
#: Words that head or qualify a claimant's noun phrase without being a name.
ROLE_WORDS: frozenset[str] = wordset(
    """
    authorities official officials military ministry spokesman spokeswoman spokesperson
    spokesmen spokeswomen spokespersons spokespeople
    president minister commander chief agency service services intelligence lawmakers lawmaker
    analysts analyst experts expert sources source diplomats diplomat government office forces
    army command staff adviser advisor advisers leader general top senior foreign defense defence
    policy news officer officers spy deputy vice prime secretary national security council
    presidential state media outlet observers researchers monitors group governor navy
    headquarters envoy ambassador aide aides investigators prosecutors police mission committee
    department directorate administration cabinet parliament assembly statement
    broadcaster newspaper daily think tank institute operations special forces border guard
    publication magazine
    guards unit operators agency’s ministry’s bureau coast centre center watchdog embassy
    consulate delegation authority commission board court tribunal regulator inspectorate
    observatory regulators auditors inspectors negotiators monitor prosecutor investigator agencies
    member members director directors chairman chairwoman chairperson mayor senator senators
    premier chancellor head
    force corps fleet alliance coalition union organization organisation air naval
    rebels militants insurgents militia militias guerrillas movement
    team teams rescuers medics doctors witnesses residents scientists economists volunteers
    organisers organizers league federation club company firm operator utility
    association chamber hospital university airline insurer
    correspondent reporter journalist editor columnist commentator section desk edition
    journalists correspondents columnists commentators outlets
    states countries nations governments
    channel channels blogger bloggers legislator legislators researcher bank master
    harbourmaster harbormaster coroner sheriff provider consultancy district municipality
    regiment brigade battalion insiders insider thinktank think-tank groups coastguard coastguards
    programme program politician politicians economist strategist strategists manager managers
    villagers locals eyewitness eyewitnesses witness activist activists press crew crews
    television radio website
    militaries navies armies partner partners sector parliamentarian parliamentarians branch
    negotiator commissioner commissioners ombudsman ombudswoman ombudsperson chair co-chair
    """
)
#: The document nouns that also name a body ("US intelligence", "Recent intel"): no
#: document's head of their own.
INTELLIGENCE_WORDS: frozenset[str] = wordset("intelligence intel")
#: Documents and data that state figures as a claimant would ("the report", "figures from X").
DOCUMENT_NOUNS: frozenset[str] = wordset(
    """
    report reports assessment assessments survey surveys bulletin bulletins intelligence intel data
    figure figures statistics study studies analysis estimate estimates tally count census
    document
    documents update dossier briefing memo review statement statements release results
    poll polls sheet sheets audit audits letter letters reply replies readout readouts
    transcript transcripts filing filings submission submissions communique communiqué cable
    cables note notes comments remarks accounts snapshot snapshots overview overviews notice
    notices yearbook yearbooks almanac scorecard barometer list lists investigation
    investigations inquiry probe conversation conversations recording recordings intercept
    intercepts slide slides resolution resolutions
    """
)

#: Names of sources written with digits ("38 North", "France 24", "the outlet 7x7"): a name,
#: never a count (a regular expression).
NUMBERED_NAMES = (
    r"(?:38\s+North(?!\s+Kore)|7x7|24\s+Kanal|5\s+Kanal|112\s+Ukraine|France\s+24|i24\s?NEWS"
    r"|Channel\s+(?:4|5|12|13|14)|1\+1)(?![\w+])"
)
#: Lower-case particles inside a person's name ("von der Leyen", "bin Salman", "da Silva").
NAME_PARTICLES: frozenset[str] = wordset("von van der den de da di du dos das bin ibn ben ter")
#: An Arabic surname with its article ("al-Qudra", "el-Sisi"): a name, though in lower case.
ARTICLED_SURNAME = r"(?:al|el|ad|an|ar|as|ash|at|az|ul|ud)-[A-Z][\w’'-]+"

#: Words that name the figures a source gives, not a thing counted or a document of its own
#: ("the figures stood at", "The figure includes", "the data").
DATA_NOUNS: frozenset[str] = wordset(
    """
    data figure figures estimate estimates statistics numbers count counts tally tallies
    total totals results
    """
)
#: A role word in capitals, standing for a body named before ("The Office verified …",
#: "The Institute recalled …"): a regular expression.
CAPITALISED_ROLE = alternation({w.capitalize() for w in ROLE_WORDS if w.isalpha()})
#: Adjectives for several states at once ("a senior Western intelligence official"): the
#: official they describe speaks for no one country's body.
BLOC_ADJECTIVES: frozenset[str] = wordset("western allied international")


def bloc_words(words: str) -> bool:
    """Whether the words describe a bloc of states rather than one ("Western intelligence")."""
    return any(word in BLOC_ADJECTIVES for word in words.lower().split())


#: Subject pronouns; the referring ones stand for a claimant named before.
PRONOUNS: frozenset[str] = wordset("he she it they we i")
REFERRING_PRONOUNS: frozenset[str] = wordset("it he she they")
#: Possessive determiners and the pronoun each stands for ("its estimate": what "it" estimates).
POSSESSIVE_PRONOUNS: dict[str, str] = {"its": "it", "their": "they", "his": "he", "her": "she"}
#: Sources that name no party by themselves ("reports indicate", "estimates suggest").
UNNAMED_SOURCES: frozenset[str] = frozenset(
    {"reports", "estimates", "sources", "some sources", "media reports"}
)
#: Head nouns that name a body of any kind: "Kyiv's intelligence service" is the body its
#: modifier names ("Ukraine's military intelligence agency"), whichever head the report uses.
BODY_HEADS: frozenset[str] = wordset("agency service directorate office bureau department body")
#: Source nouns that name a body, never one person: "he" or "she" never stands for them
#: ("the union told members …. '…,' he says": not the union).
BODY_NOUNS: frozenset[str] = BODY_HEADS | wordset(
    """
    administration agency airline alliance army assembly association authority board
    broadcaster cabinet center centre chamber channel club coalition command commission
    coastguard committee company consulate council court daily delegation directorate embassy
    federation firm fleet government headquarters hospital inspectorate institute insurer league
    military secretariat
    ministry mission navy newspaper observatory organisation organization outlet parliament
    police regulator team tribunal union university utility watchdog
    """
)
#: Words news uses for a body's own words: a descriptor with the first ("Seoul's spy
#: agency") names the body whose name or description has the second ("intelligence agency").
DESCRIPTOR_SYNONYMS: dict[str, str] = {
    "spy": "intelligence",
    "intel": "intelligence",
    "defence": "defense",
}
#: The occasions of a statement ("in its February briefing", "the hearing on Tuesday"), a
#: regular expression.
OCCASION_NOUNS = (
    r"(?:briefing|statement|report|assessment|update|bulletin|testimony|address|speech"
    r"|interview|post|news\s+conference|press\s+conference|hearing|session|account|remarks"
    r"|presentation|podcast|broadcast|webinar|lecture|seminar)"
)
#: A partitive naming members of a group: "one of", "two of", "several of" (a regular
#: expression; "One of them said", "one of the committee's members told reporters").
PARTITIVE_OF = r"(?i:one|two|three|each|some|several|many|most|none|either|neither)\s+of\s+"
#: Titles written with a full stop, which stays part of the word ("Lt. Col. Ana Ruiz").
TITLES: tuple[str, ...] = tuple(
    sorted(
        wordset(
            "Lt Col Gen Maj Capt Cmdr Adm Brig Sgt Cpl Pvt Gov Sen Rep Amb Mr Mrs Ms Dr Prof Jr"
            " Sr St"
        )
    )
)
#: Titles written before a surname alone ("Maj Berg", "MS. KELL"): :data:`TITLES` without
#: the suffixes and "St".
SURNAME_TITLES: frozenset[str] = frozenset(TITLES) - {"Jr", "Sr", "St"}
#: Words that name a person's role before the name ("spokeswoman Ann Lee").
PERSON_ROLES: frozenset[str] = wordset(
    """
    spokesman spokeswoman spokesperson official minister commander lawmaker chief director
    blogger analyst defector ambassador envoy adviser advisor aide general officer president
    secretary governor senator leader deputy head researcher expert journalist
    representative delegate diplomat negotiator legislator congressman congresswoman premier
    chancellor
    """
)
#: Nouns that name a person who is no official ("a drone pilot", "a former army cook"): a
#: "he" or "she" may stand for them.
PERSON_NOUNS: frozenset[str] = PERSON_ROLES | wordset(
    """
    man woman boy girl person pilot cook soldier sergeant private colonel major captain
    lieutenant resident farmer mother father son daughter wife husband brother sister cousin
    witness doctor nurse medic teacher student veteran survivor worker driver refugee baker
    trader merchant farmer fisherman priest pastor volunteer prisoner captive deserter
    rifleman gunner sniper operator fighter mercenary conscript recruit lawyer professor
    scholar historian economist writer author reporter correspondent editor columnist
    prosecutor mayor judge attorney councillor councilor sheriff coroner inspector detective
    politician statesman activist campaigner
    """
)
#: Words that end a company's or group's name, never a person's ("Geoterra Insight",
#: "Fjordsat Analytics", "Orbital Ledger Research").
ORG_NAME_WORDS: frozenset[str] = wordset(
    """analytics insight insights research group labs lab systems monitor monitors partners
    consulting consultancy capital holdings inc ltd llc corp corporation company associates
    intelligence data maritime shipping logistics trade tracker trackers watch ledger media
    news press radio television tv network institute foundation fund project initiative
    observatory lab labs technologies technology solutions services security defence defense
    strategies strategy review times post herald daily weekly journal"""
)
#: Head nouns that count people who can be sent somewhere.
PEOPLE_HEADS: frozenset[str] = wordset(
    """soldiers troops men servicemen personnel fighters officers workers specialists
    operators reinforcements recruits conscripts forces"""
)
#: Nameless lay people a page quotes ("residents", "displaced individuals"): no source of
#: their own inside a party's words, and never the place they come from.
LAY_PEOPLE_NOUNS: frozenset[str] = wordset(
    """people residents individuals witnesses survivors refugees villagers locals families
    relatives civilians evacuees inhabitants citizens"""
)
#: Head nouns that count things, not people: a figure of people harmed ("roughly 300 had
#: been killed") never takes one of these from the sentence before.
THINGS_COUNTED: frozenset[str] = wordset(
    """shells rounds missiles rockets launchers guns howitzers systems pieces containers
    wagons ships vessels tanks vehicles drones trucks trains munitions weapons tonnes tons
    barrels dollars roubles rubles won euros percent sorties launches strikes attacks visits
    flights cars buses homes houses buildings routes sailings ferries kilometres kilometers
    miles hectares posts videos images photos files pages documents reports letters words
    projectiles bombs mines grenades rifles aircraft jets helicopters boats cargoes shipments
    deliveries crates boxes pallets loads carriages railcars structures acres cages heads
    townships provinces districts regions villages towns cities countries"""
)
#: Country words and the ISO 3166-1 alpha-3 code they name (None: a body of several states).
COUNTRY_WORDS: dict[str, str | None] = {
    "south korea": "KOR", "south korean": "KOR", "south koreans": "KOR", "seoul": "KOR",
    "north korea": "PRK", "north korean": "PRK", "north koreans": "PRK", "pyongyang": "PRK",
    "the north": "PRK", "russia": "RUS", "russian": "RUS", "russians": "RUS", "kremlin": "RUS",
    "russian federation": "RUS", "republic of korea": "KOR", "rok": "KOR",
    "democratic people's republic of korea": "PRK", "dprk": "PRK",
    "moscow": "RUS", "ukraine": "UKR", "ukrainian": "UKR", "ukrainians": "UKR", "kyiv": "UKR",
    "kiev": "UKR", "american": "USA", "americans": "USA", "u.s.": "USA", "u.s": "USA",
    "united states": "USA",
    "washington": "USA", "pentagon": "USA", "white house": "USA", "china": "CHN",
    "chinese": "CHN", "beijing": "CHN", "japan": "JPN", "japanese": "JPN", "tokyo": "JPN",
    "britain": "GBR", "british": "GBR", "london": "GBR", "united kingdom": "GBR", "u.k.": "GBR",
    "poland": "POL", "polish": "POL", "warsaw": "POL", "germany": "DEU", "german": "DEU",
    "berlin": "DEU", "france": "FRA", "french": "FRA", "lithuania": "LTU",
    "lithuanian": "LTU", "vilnius": "LTU", "estonia": "EST", "estonian": "EST", "latvia": "LVA",
    "latvian": "LVA", "finland": "FIN", "finnish": "FIN", "helsinki": "FIN", "belarus": "BLR",
    "belarusian": "BLR", "minsk": "BLR", "iran": "IRN", "iranian": "IRN", "tehran": "IRN",
    # the states whose outlets and bodies report on the subject too (a capital only where it
    # names nothing else)
    "norway": "NOR", "norwegian": "NOR", "oslo": "NOR", "sweden": "SWE", "swedish": "SWE",
    "stockholm": "SWE", "denmark": "DNK", "danish": "DNK", "copenhagen": "DNK",
    "netherlands": "NLD", "dutch": "NLD", "the hague": "NLD", "amsterdam": "NLD",
    "belgium": "BEL", "belgian": "BEL", "switzerland": "CHE", "swiss": "CHE", "geneva": "CHE",
    "austria": "AUT", "austrian": "AUT", "vienna": "AUT", "italy": "ITA", "italian": "ITA",
    "rome": "ITA", "spain": "ESP", "spanish": "ESP", "madrid": "ESP", "czech": "CZE",
    "czech republic": "CZE", "prague": "CZE", "slovakia": "SVK", "slovak": "SVK",
    "hungary": "HUN", "hungarian": "HUN", "budapest": "HUN", "romania": "ROU",
    "romanian": "ROU", "bucharest": "ROU", "bulgaria": "BGR", "bulgarian": "BGR",
    "moldova": "MDA", "turkey": "TUR", "turkish": "TUR", "ankara": "TUR", "israel": "ISR",
    "israeli": "ISR", "india": "IND", "indian": "IND", "new delhi": "IND", "taiwan": "TWN",
    "taiwanese": "TWN", "taipei": "TWN", "australia": "AUS", "australian": "AUS",
    "canberra": "AUS", "new zealand": "NZL", "canada": "CAN", "canadian": "CAN",
    "ottawa": "CAN", "philippines": "PHL", "philippine": "PHL", "manila": "PHL",
    "singapore": "SGP", "malaysia": "MYS", "malaysian": "MYS", "kuala lumpur": "MYS",
    "indonesia": "IDN", "indonesian": "IDN", "jakarta": "IDN", "vietnam": "VNM",
    "vietnamese": "VNM", "hanoi": "VNM", "thailand": "THA", "bangkok": "THA",
    "ireland": "IRL", "irish": "IRL", "dublin": "IRL", "south africa": "ZAF",
    "south african": "ZAF", "pretoria": "ZAF", "kenya": "KEN", "nairobi": "KEN",
    "mongolia": "MNG", "mongolian": "MNG", "kazakhstan": "KAZ", "brazil": "BRA",
    "brazilian": "BRA", "brasilia": "BRA", "argentina": "ARG", "argentine": "ARG",
    "buenos aires": "ARG", "mexico": "MEX", "mexican": "MEX", "nigeria": "NGA",
    "nigerian": "NGA", "abuja": "NGA", "pakistan": "PAK", "pakistani": "PAK",
    "islamabad": "PAK", "bangladesh": "BGD", "bangladeshi": "BGD", "dhaka": "BGD",
    "portugal": "PRT", "portuguese": "PRT", "lisbon": "PRT", "greece": "GRC", "greek": "GRC",
    "athens": "GRC", "cyprus": "CYP", "cypriot": "CYP", "nicosia": "CYP", "egypt": "EGY",
    "egyptian": "EGY", "cairo": "EGY", "paris": "FRA", "kenyan": "KEN", "tallinn": "EST",
    "riga": "LVA", "bratislava": "SVK", "chisinau": "MDA", "moldovan": "MDA",
    "wellington": "NZL", "kazakh": "KAZ", "astana": "KAZ", "thai": "THA",
    "singaporean": "SGP", "jerusalem": "ISR", "tel aviv": "ISR", "mexico city": "MEX",
    # the rest of the world's states, so that a body of a state the page sets its sentence in
    # is never taken for one of the subject's (names that are also common words or first
    # names or surnames left out: Chad, Jordan, Guinea, Trinidad, Lima, Sofia, Victoria, Male)
    "algeria": "DZA", "algerian": "DZA", "algiers": "DZA", "angola": "AGO", "angolan": "AGO",
    "luanda": "AGO", "benin": "BEN", "botswana": "BWA", "gaborone": "BWA",
    "burkina faso": "BFA", "ouagadougou": "BFA", "burundi": "BDI", "cameroon": "CMR",
    "cameroonian": "CMR", "yaounde": "CMR", "cape verde": "CPV",
    "central african republic": "CAF", "bangui": "CAF", "chadian": "TCD", "n'djamena": "TCD",
    "democratic republic of congo": "COD", "democratic republic of the congo": "COD",
    "dr congo": "COD", "drc": "COD", "kinshasa": "COD", "republic of congo": "COG",
    "brazzaville": "COG", "djibouti": "DJI", "equatorial guinea": "GNQ", "eritrea": "ERI",
    "eritrean": "ERI", "asmara": "ERI", "eswatini": "SWZ", "ethiopia": "ETH",
    "ethiopian": "ETH", "addis ababa": "ETH", "gabon": "GAB", "libreville": "GAB",
    "gambia": "GMB", "banjul": "GMB", "ghana": "GHA", "ghanaian": "GHA", "accra": "GHA",
    "guinea-bissau": "GNB", "conakry": "GIN", "ivory coast": "CIV", "côte d'ivoire": "CIV",
    "ivorian": "CIV", "abidjan": "CIV", "lesotho": "LSO", "liberia": "LBR", "liberian": "LBR",
    "monrovia": "LBR", "libya": "LBY", "libyan": "LBY", "tripoli": "LBY", "madagascar": "MDG",
    "antananarivo": "MDG", "malawi": "MWI", "malawian": "MWI", "lilongwe": "MWI",
    "mali": "MLI", "malian": "MLI", "bamako": "MLI", "mauritania": "MRT", "nouakchott": "MRT",
    "mauritius": "MUS", "morocco": "MAR", "moroccan": "MAR", "rabat": "MAR",
    "mozambique": "MOZ", "mozambican": "MOZ", "maputo": "MOZ", "namibia": "NAM",
    "namibian": "NAM", "windhoek": "NAM", "niger": "NER", "niamey": "NER", "rwanda": "RWA",
    "rwandan": "RWA", "kigali": "RWA", "senegal": "SEN", "senegalese": "SEN", "dakar": "SEN",
    "sierra leone": "SLE", "freetown": "SLE", "somalia": "SOM", "somali": "SOM",
    "mogadishu": "SOM", "south sudan": "SSD", "juba": "SSD", "sudan": "SDN",
    "sudanese": "SDN", "khartoum": "SDN", "tanzania": "TZA", "tanzanian": "TZA",
    "dodoma": "TZA", "dar es salaam": "TZA", "togo": "TGO", "lome": "TGO", "tunisia": "TUN",
    "tunisian": "TUN", "tunis": "TUN", "uganda": "UGA", "ugandan": "UGA", "kampala": "UGA",
    "zambia": "ZMB", "zambian": "ZMB", "lusaka": "ZMB", "zimbabwe": "ZWE",
    "zimbabwean": "ZWE", "harare": "ZWE",
    "bahamas": "BHS", "barbados": "BRB", "belize": "BLZ", "bolivia": "BOL",
    "bolivian": "BOL", "la paz": "BOL", "chile": "CHL", "chilean": "CHL", "colombia": "COL",
    "colombian": "COL", "bogota": "COL", "bogotá": "COL", "costa rica": "CRI",
    "costa rican": "CRI", "cuba": "CUB", "cuban": "CUB", "havana": "CUB",
    "dominican republic": "DOM", "santo domingo": "DOM", "ecuador": "ECU",
    "ecuadorian": "ECU", "quito": "ECU", "el salvador": "SLV", "salvadoran": "SLV",
    "guatemala": "GTM", "guatemalan": "GTM", "guyana": "GUY", "guyanese": "GUY",
    "haiti": "HTI", "haitian": "HTI", "port-au-prince": "HTI", "honduras": "HND",
    "honduran": "HND", "tegucigalpa": "HND", "jamaica": "JAM", "jamaican": "JAM",
    "kingston": "JAM", "nicaragua": "NIC", "nicaraguan": "NIC", "managua": "NIC",
    "panama": "PAN", "panamanian": "PAN", "paraguay": "PRY", "paraguayan": "PRY",
    "asuncion": "PRY", "asunción": "PRY", "peru": "PER", "peruvian": "PER",
    "suriname": "SUR", "trinidad and tobago": "TTO", "uruguay": "URY",
    "uruguayan": "URY", "montevideo": "URY", "venezuela": "VEN", "venezuelan": "VEN",
    "caracas": "VEN",
    "afghanistan": "AFG", "afghan": "AFG", "kabul": "AFG", "armenia": "ARM",
    "armenian": "ARM", "yerevan": "ARM", "azerbaijan": "AZE", "azerbaijani": "AZE",
    "baku": "AZE", "bahrain": "BHR", "bahraini": "BHR", "bhutan": "BTN", "brunei": "BRN",
    "bruneian": "BRN", "bandar seri begawan": "BRN", "cambodia": "KHM", "cambodian": "KHM",
    "phnom penh": "KHM", "georgia": "GEO", "georgian": "GEO", "tbilisi": "GEO",
    "iraq": "IRQ", "iraqi": "IRQ", "baghdad": "IRQ", "jordanian": "JOR", "amman": "JOR",
    "kuwait": "KWT", "kuwaiti": "KWT", "kyrgyzstan": "KGZ", "kyrgyz": "KGZ",
    "bishkek": "KGZ", "laos": "LAO", "vientiane": "LAO", "lebanon": "LBN",
    "lebanese": "LBN", "beirut": "LBN", "maldives": "MDV", "myanmar": "MMR", "burma": "MMR",
    "burmese": "MMR", "naypyitaw": "MMR", "naypyidaw": "MMR", "nepal": "NPL",
    "nepali": "NPL", "nepalese": "NPL", "kathmandu": "NPL", "oman": "OMN", "omani": "OMN",
    "muscat": "OMN", "qatar": "QAT", "qatari": "QAT", "doha": "QAT", "saudi arabia": "SAU",
    "saudi": "SAU", "riyadh": "SAU", "sri lanka": "LKA", "sri lankan": "LKA",
    "colombo": "LKA", "syria": "SYR", "syrian": "SYR", "damascus": "SYR",
    "tajikistan": "TJK", "tajik": "TJK", "dushanbe": "TJK", "timor-leste": "TLS",
    "east timor": "TLS", "turkmenistan": "TKM", "turkmen": "TKM", "ashgabat": "TKM",
    "united arab emirates": "ARE", "uae": "ARE", "emirati": "ARE", "abu dhabi": "ARE",
    "uzbekistan": "UZB", "uzbek": "UZB", "tashkent": "UZB", "yemen": "YEM",
    "yemeni": "YEM", "sanaa": "YEM", "palestine": "PSE", "palestinian": "PSE",
    "albania": "ALB", "albanian": "ALB", "tirana": "ALB", "bosnia": "BIH",
    "bosnia and herzegovina": "BIH", "bosnian": "BIH", "sarajevo": "BIH", "croatia": "HRV",
    "croatian": "HRV", "zagreb": "HRV", "iceland": "ISL", "icelandic": "ISL",
    "reykjavik": "ISL", "luxembourg": "LUX", "malta": "MLT", "maltese": "MLT",
    "valletta": "MLT", "montenegro": "MNE", "montenegrin": "MNE", "podgorica": "MNE",
    "north macedonia": "MKD", "macedonian": "MKD", "skopje": "MKD", "serbia": "SRB",
    "serbian": "SRB", "belgrade": "SRB", "slovenia": "SVN", "slovenian": "SVN",
    "ljubljana": "SVN", "fiji": "FJI", "fijian": "FJI", "suva": "FJI",
    "papua new guinea": "PNG", "port moresby": "PNG", "samoa": "WSM", "tonga": "TON",
    "solomon islands": "SLB", "vanuatu": "VUT",
    "nato": None,
}  # fmt: skip

# --- when --------------------------------------------------------------------------------------

#: Month names and abbreviations, lower case, with their number.
MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
#: (“Sept” is an abbreviation, written with a full stop: "on Sept. 2")
MONTH_NAMES: tuple[str, ...] = tuple(
    m for m in MONTHS if (len(m) > 3 and m != "sept") or m == "may"
)
MONTH_ABBREVIATIONS: tuple[str, ...] = tuple(m for m in MONTHS if m not in MONTH_NAMES)
#: Not a weekday's or a month's name where a capitalised party or surname is wanted ("On
#: Saturday showed reporters footage", "based on March figures", "President Monday").
NOT_A_DAY_NAME = r"(?!(?:[A-Z][a-z]+day|" + "|".join(m.capitalize() for m in MONTH_NAMES) + r")\b)"
#: A month name or abbreviation (with an optional full stop), capitalised as written.
#: The words of a label naming the speaker of the quotation after it ("Quote from Shoigu:"),
#: up to the speaker's name.
QUOTE_FROM_LABEL = r"(?:Quote|Quotes|Quoted|Direct\s+speech)\s+(?:from|by|of)\s+"
MONTH_PATTERN = (
    "(?:"
    + "|".join(m.capitalize() for m in MONTH_NAMES)
    + "|"
    + "|".join(sorted((m.capitalize() for m in MONTH_ABBREVIATIONS), key=len, reverse=True))
    + r")\.?"
)
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip


# --- what is counted -------------------------------------------------------------------------

#: Nouns worth a candidate when counted with a small number word ("four brigades").
COUNT_NOUNS: frozenset[str] = wordset(
    """
    soldier soldiers troop troops personnel people person persons civilians civilian worker
    workers officer officers fighter fighters men women prisoners prisoner casualties deaths
    dead brigade brigades battalion battalions division divisions regiment regiments unit
    units company companies platoon platoons corps squad squads crew crews container
    containers shell shells round rounds munition munitions missile missiles rocket rockets
    launcher launchers howitzer howitzers gun guns tank tanks vehicle vehicles drone drones
    system systems artillery aircraft jet jets plane planes helicopter helicopters ship
    ships vessel vessels train trains wagon wagons railcar railcars truck trucks shipment
    shipments ton tons tonne tonnes weapon weapons piece pieces mine mines grenade grenades
    bomb bombs cargo flight flights delegation delegations official officials diplomat
    diplomats general generals engineer engineers specialist specialists instructor
    instructors defector defectors
    """
)
#: Words after a number that end its counted noun phrase.
UNIT_STOP_WORDS: frozenset[str] = wordset(
    """
    of in at on to from for with by into inside near across over since during who that which
    had have has were was are is be been being and or but would will could may might as than
    while when where after before per each a an the this these those it its their his her
    our they he she we there then so if not more said says say told according including
    across against toward towards under via last next now still already also only just right
    out off away back up down
    early late ago recently today yesterday tonight overnight soon tomorrow again yet too
    within without among amongst between beyond through throughout until despite amid
    aboard following
    continues remains includes means seems appears stands makes takes comes goes
    """
)
#: Words dropped from a counted noun phrase ("more", "additional", "killed").
UNIT_DROP_WORDS: frozenset[str] = wordset(
    """
    more additional new other so-called extra total estimated further fresh some such killed
    wounded injured dead captured different separate distinct individual
    """
)
#: Past participles not ending in "-ed": after a number they start a reduced relative clause
#: ("the figure of 4,000 given in February", "700 shown in the footage"), never a noun.
IRREGULAR_PARTICIPLES: frozenset[str] = wordset(
    """
    given cited shown seen made taken sent put known said told held brought found kept
    left begun drawn written heard paid quoted built bought sold stolen hidden
    """
)
#: Where a body publishes ("the ministry's Telegram channel", "the agency's website").
CHANNEL_NOUNS: frozenset[str] = wordset("channel account website site page feed blog")
#: A vague amount of something ("millions of rounds", "hundreds of troops").
VAGUE_AMOUNT = r"\b(?:dozens|hundreds|thousands|millions|tens\s+of\s+thousands)\s+of\b"
#: Adjectives used as nouns for people ("640 dead", "the wounded at 1,000").
SUBSTANTIVES: frozenset[str] = wordset(
    """
    dead wounded injured killed captured missing fallen sick
    """
)
