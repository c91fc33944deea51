"""Stage ``dateline_counts``: how many people were killed, injured, abducted, arrested, missing.

Writes ``doc._.dl_counts: list[CountMention]`` in text order. The stage is predicate-driven:
it finds the words that carry a category ("killed", "died", "dead", "wounded", "shot",
"abducted", "arrested", "missing", "deaths", "death toll") and reads their victim argument in
the dependency parse (passive subject, object, subject of "die", the noun a reduced relative
or adjective modifies, "left N dead"). The victim phrase gives the figure:

- digits and number words ("20", "twenty-one", "1,000"), with "at least"/"more than"/"over"
  (low = best = N), "up to"/"nearly"/"almost" (best = high = N), "about" (best = N), ranges
  ("10 to 15", "between 10 and 15": low = best = 10, high = 15);
- vague words, ACLED's conventions: "tens" 10, "dozens"/"scores" 12, "hundreds" 100,
  "several"/"a few"/"some" 3, "a couple" 2, "both" 2 (see numbers.VAGUE);
- "a soldier" / "one" / a person's name / "he" / "the victim" = 1; "no one", "nobody", "no
  injuries" = 0;
- composition: "10 soldiers and four police" = 14 (``parts`` kept), "two children and their
  mother" = 3; "six police were killed and seven wounded" gives killed 6 and injured 7.

"shot"/"stabbed" count everyone hit (``inclusive``: the killed among them
included; "five people were shot, two fatally" = killed 2, injured 3 once combined).
Perpetrators ("killing five, including the bomber"; "the gunman was also killed") are flagged.
``aggregate_hint`` marks a figure the sentence presents as a total ("in a series of attacks",
"in total", "across the province"). "43 attacks" is category ``incidents``.

Numbers that are not casualties (durations, ages, years, clock times, money, prisoners,
troops deployed) never become casualty figures: only the victim argument of a casualty word is
read, and any number inside a time expression of ``doc._.dl_times`` is ignored.

:func:`event_counts` attaches counts to an event mention; :func:`combine_counts` merges the
counts of one event without counting a victim twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from . import extensions  # noqa: F401  (registers doc._.dl_*)
from .extensions import (ARMED_GROUP_WORDS, FREEING_VERBS, PERIOD_TALLY, RUNNING_COUNT, SAY_VERBS, TOLL_UPDATE,
                         doc_sent_bounds, doc_sents, doc_text, dog_breed, freed_after, gapped_figures, later_figures,
                         lemma_lower, linked_to, listed_figure, ongoing_for, period_dead, published_day,
                         respective_deed, respective_deeds, shot_dead_misparsed, shot_down, small_clause_object, spans_years,
                         victims_misparsed_as_speaker, wanted_misparsed)
from ..taxonomy import VIOLENT_EVENT_TYPES
from .numbers import VAGUE, number_word, parse_number
from .registry import get_registry
from .timex import MONTH_NAMES, MONTHS, WEEKDAYS
from .types import CountMention, EventMention

# --- lexicon ---------------------------------------------------------------------------------
# ("Two soldiers were martyred in the exchange of fire": the Pakistani military's word, QA round eighteen)
KILL_VERBS = frozenset("kill murder slay execute assassinate behead massacre slaughter lynch neutralise "
                       "neutralize martyr".split())
DIE_VERBS = frozenset("die perish succumb".split())
# verbs of violence that kill when "to death" follows ("hacked 16 villagers to death", "were beaten
# to death", "burned five people to death"); not "sentenced/condemned to death" (a court's act)
TO_DEATH_VERBS = frozenset("""hack beat burn club stone bludgeon batter trample chop cut slash knife torture kick
    strangle choke crush bayonet axe maul stomp whip flog lynch shoot stab drown suffocate hang""".split())
INJURE_VERBS = frozenset("injure wound hurt maim hospitalize hospitalise".split())
HIT_VERBS = frozenset("shoot stab graze slash".split())  # everyone hit: killed included
ABDUCT_VERBS = frozenset("abduct kidnap kidnapped snatch".split())
ARREST_VERBS = frozenset("arrest detain apprehend nab capture".split())
DEAD_ADJ = frozenset("dead deceased".split())
INJ_ADJ = frozenset("injured wounded hurt".split())
MISSING_ADJ = frozenset("missing".split())
KILL_NOUNS = frozenset("death fatality".split())
INJ_NOUNS = frozenset("injury".split())
INCIDENT_NOUNS = frozenset(
    "attack raid strike airstrike incident shooting bombing explosion clash assault ambush blast".split())
ATTACKER_NOUNS = frozenset(
    "bomber attacker gunman gunmen assailant shooter perpetrator suspect hijacker sniper".split())
# heads of phrases that are never people (a number under them is not a casualty figure)
NON_PERSON = frozenset(
    """attack attacks minute minutes hour hours day days week weeks month months year years decade
    decades age ages time times percent dollar dollars cent cents round rounds shot shots bullet bullets
    vehicle vehicles car cars house houses home homes building buildings point points mile miles
    kilometre kilometres kilometer kilometers meter meters metre metres foot feet block blocks
    checkpoint checkpoints outpost outposts village villages province provinces district districts
    weapon weapons gun guns rifle rifles round case cases count counts charge charges warrant warrants
    search searches report reports call calls tyre tyres tire tires window windows trailer trailers
    truck trucks van vans bus buses door doors wall walls animal animals deer dog dogs cat cats horse horses
    cow cows bird birds pet pets sign signs shell shells casing casings cougar cougars bear bears wolf wolves
    coyote coyotes puppy puppies mm millimeter millimeters caliber calibre gauge magnum pistol pistols
    handgun handguns shotgun shotguns revolver revolvers attempt attempts plan plans plot plots
    bid bids try tries drone drones missile missiles rocket rockets aircraft plane planes jet jets
    helicopter helicopters warplane warplanes uav uavs projectile projectiles mortar mortars
    bomb bombs grenade grenades mine mines tank tanks boat boats ship ships vessel vessels""".split())
# a police dog, whatever name the model took it for ("A police K9 named Bruno was also shot and killed", QA
# round forty-two): no casualty
_POLICE_DOGS = frozenset({"k9", "k-9", "k9s", "canine", "canines"})
SINGULAR_PRON = frozenset("he she him her himself herself".split())
# People: victims are read only from phrases headed by one of these (or a person's name, or
# a word with a person suffix below), so "executed a search warrant" or "shot the tyre" are
# not casualties.
PERSON_NOUNS = frozenset(
    # (village heads, trades and roles QA round forty-two found missing: "killed a mukhtar and his son")
    """mukhtar mukhtars headman headmen sarpanch sarpanches councillor councillors fisherman fishermen vendor vendors
    lawyer lawyers prosecutor prosecutors legislator legislators gangster gangsters smuggler smugglers kidnapper
    kidnappers watchman watchmen
    person people persons passer-by passers-by individual individuals civilian civilians man men woman women child children
    kid kids boy boys girl girls baby babies infant infants toddler toddlers teen teens teenager teenagers
    youth youths juvenile juveniles adult adults student students pupil pupils soldier soldiers troop troops
    police policeman policemen policewoman officer officers cop cops deputy deputies trooper troopers agent
    agents guard guards militant militants fighter fighters insurgent insurgents rebel rebels gunman gunmen
    attacker attackers assailant assailants bomber bombers suspect suspects victim victims bystander
    bystanders resident residents villager villagers worshipper worshippers worshiper worshipers passenger
    passengers pedestrian pedestrians driver drivers worker workers employee employees customer customers
    clerk clerks owner owners shopkeeper homeowner homeowners tenant tenants neighbor neighbors neighbour
    neighbours friend friends relative relatives family families member members mother mothers father
    fathers dad mom son sons daughter daughters brother brothers sister sisters wife wives husband husbands
    boyfriend girlfriend partner cousin cousins uncle aunt nephew niece grandfather grandmother grandson
    granddaughter parent parents sibling siblings spouse fiance fiancee roommate teacher teachers doctor
    doctors nurse nurses journalist journalists reporter reporters official officials leader leaders
    commander commanders chief chiefs guest guests patron patrons protester protesters protestor protestors
    demonstrator demonstrators farmer farmers herder herders shepherd shepherds herdsman herdsmen nomad nomads
    miner miners trader traders pilgrim pilgrims cleric clerics imam imams priest priests pastor pastors bishop
    bishops nun nuns monk monks merchant merchants mechanic mechanics goldsmith goldsmiths blacksmith blacksmiths
    cashier cashiers chef chefs cook cooks judge judges candidate candidates poet poets surgeon surgeons elder
    elders chieftain chieftains minister ministers envoy envoys diplomat diplomats
    refugee refugees migrant migrants hostage hostages prisoner prisoners inmate inmates detainee detainees
    security personnel staff staffer staffers crew other others one ones someone anyone everyone victim
    survivor survivors male males female females gentleman lady ladies citizen citizens national nationals
    tourist tourists visitor visitors shooter shooters robber robbers intruder intruders burglar burglars
    hunter hunters jogger jogger motorist motorists cyclist cyclists rider riders occupant occupants
    militiaman militiamen policemen paramilitaries paramilitary serviceman servicemen marine marines
    sailor sailors airman airmen recruit recruits cadet cadets peacekeeper peacekeepers contractor
    contractors volunteer volunteers activist activists politician politicians lawmaker lawmakers judge
    mayor governor elder elders cleric clerics imam priest monk pastor worshipper student teen
    nun nuns priests monks bishop bishops archbishop missionary missionaries jesuit jesuits seminarian
    peasant peasants campesino campesinos inhabitant inhabitants youngster youngsters guerrilla guerrillas
    bodyguard bodyguards escort escorts magistrate magistrates judges mayors senator senators congressman
    minister ministers ambassador ambassadors diplomat diplomats candidate candidates councilor councilors
    colonel colonels captain captains lieutenant lieutenants sergeant sergeants corporal corporals
    constable constables jawan jawans havildar havildars sepoy sepoys aide aides assistant assistants
    secretary secretaries president presidents general generals
    colleague colleagues companion companions patient patients medic medics paramedic paramedics
    surgeon surgeons professor professors envoy envoys delegate delegates sheikh sheikhs emir emirs
    vigilante vigilantes bandit bandits accomplice accomplices pilot pilots widow widows orphan orphans
    grandchild grandchildren maid maids servant servants rabbi rabbis deacon deacons chaplain chaplains
    waitress waitresses cashier cashiers spy spies informant informants
    gendarme gendarmes commando commandos conscript conscripts reservist reservists guardsman guardsmen
    thief thieves scholar scholars preacher preachers principal principals""".split())
_PERSON_SUFFIX = re.compile(r"(?:man|men|woman|women|ist|ists|ian|ians|eer|eers|ee|ees)$")
# (with vessels, vehicles and things: "seized two trawlers", QA round twenty-five)
_NOT_PERSON_ER = frozenset("""center centre number order corner trailer matter power water paper letter
    counter border quarter river tower weather member dresser drawer computer freezer heater cooler locker
    container ladder meter monitor shutter window floor door mirror poster printer charger holster
    cylinder chamber trigger barrel headquarter headquarters quarters
    trawler tanker freighter steamer cruiser destroyer helicopter launcher transporter tractor
    scooter shelter bunker canister generator transformer detector sensor motor elevator reactor
    sector factor error terror tremor rumor rumour armor armour anchor harbor harbour corridor interior
    manor cover character register semester""".split()) - {"member"}
MALE = frozenset("man men boy he him himself father dad son brother husband boyfriend uncle grandfather "
                 "grandson nephew male gentleman policeman gunman".split())
FEMALE = frozenset("woman women girl she her herself mother mom daughter sister wife girlfriend aunt "
                   "grandmother granddaughter niece female lady policewoman".split())
ZERO_WORDS = frozenset("nobody noone none".split())

_MOD_BEFORE = re.compile(
    r"(?i)(?P<mod>at\s+least|no\s+fewer\s+than|no\s+less\s+than|more\s+than|over|in\s+excess\s+of|"
    r"as\s+many\s+as|up\s+to|nearly|almost|close\s+to|at\s+most|fewer\s+than|less\s+than|about|around|"
    r"some|approximately|roughly|an\s+estimated|estimated|between|from)\s*$")
_RANGE_AFTER = re.compile(
    r"^\s*(?:-|–|to|and|or)\s*(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\b", re.I)
# pieces of a toll told over months or years, shared by _AGGREGATE (a total, not one incident's) and
# _CUMULATIVE (no event's figure at all): "so far, over 900", "has already claimed the lives",
# "years of violence"
_SO_FAR = r"\bso\s+far,?\s+(?:more\s+than|over|at\s+least|some|about|nearly|almost|\d)"
_LIVES_ALREADY = r"\b(?:has|have)\s+already\s+(?:claimed|cost)\s+the\s+lives\b"
_YEARS_OF = r"\b(?:years|decades?)\s+of\s+(?:war|violence|conflict|fighting|struggle)\b"
_AGGREGATE = re.compile(
    # (not what their heads were worth, "carrying a combined bounty of 38 lakh rupees", nor a name, "died
    # at the Combined Military Hospital": QA round twenty-five)
    r"(?i)\b(in\s+a\s+(?:series|string|wave|spate)\s+of|in\s+total|in\s+all\b|altogether|"
    r"(?-i:combined)(?!\s+(?:bounty|bounties|reward|rewards|value|worth|weight|age|sentences?|experience)\b)|"
    # (not a river or a line crossed: "shelled the city of Nikopol across the Dnipro River", QA round
    # twenty-four)
    r"across\s+(?:the\s+(?:country|nation|region|province|state|city|county|district|territory|north|south|"
    r"east|west|capital|area|enclave|strip)\b|(?:several|two|three|four|five)\s+\w+)|"
    r"in\s+(?:separate|several|multiple|two|three|four|five|"
    r"a\s+number\s+of|various)\s+(?:[\w-]+\s+)?(?:attacks|incidents|clashes|raids|strikes|bombings|shootings)|"
    r"since\s+the\s+(?:start|beginning)|so\s+far\s+this\s+(?:year|month|week)|over\s+the\s+(?:past|last)\s+"
    r"(?:\w+\s+)?(?:days|weeks|months|years)|the\s+(?:overall|total)\s+(?:death\s+)?toll|"
    # a day's count of strikes on a region: "shelled Kherson and nearby settlements 47 times over the
    # past day, killing two people" (QA round twenty-six)
    r"\b\d+\s+times\s+(?:over|in|during)\s+the\s+(?:past|last|previous)\s+(?:day|24\s+hours)\b|"
    # roundups of local news: "two men were shot in separate incidents / at different locations",
    # "wounded in shootings across the city since Friday afternoon", "a pair of shootings",
    # "the weekend total" (GVA train 400: 28 injured over-counts, most of them such leads)
    r"\b(?:separate|different|unrelated|several|multiple)\s+(?:[\w-]+\s+)?(?:shootings|incidents|locations|attacks|"
    r"stabbings|scenes|areas|parts|neighbou?rhoods|sections)|\ba\s+(?:weekend|night|day|week)\s+of\s+"
    r"(?:violence|gunfire|shootings)\b|\ba\s+(?:pair|couple|handful|rash|string|spate|series)\s+of\s+(?:[\w-]+\s+)?"
    r"(?:shootings|incidents|attacks|stabbings)|\bin\s+(?:[\w-]+\s+)?shootings\s+(?:across|around|throughout|"
    r"in|on|since|over|early|late|overnight|during|this|last|that)\b|"
    r"\b(?:weekend|three-day|two-day|24-hour|holiday)\s+(?:violence\s+)?total\b|"
    # ("At least 38 people were shot across Chicago over the weekend, seven of them fatally", QA round
    # forty-two: a city's weekend)
    r"\b(?:across|around|throughout)\s+(?:[\w.-]+\s+){1,3}?(?:over|during|this|last)\s+(?:the\s+)?"
    r"(?:weekend|holiday\s+weekend|week)\b|"
    r"\b(?:two|three|four|five|six|2|3|4|5|6)\s+(?:[\w-]+\s+)?(?:shootings|stabbings|shooting\s+incidents)\b|"
    r"\bbringing\s+the\s+(?:[\w-]+\s+)?(?:total|toll|tally|count)\b|"
    # a tally of many incidents ("our count has 60 shootings that killed 15 people",
    # "82 shootings in December")
    r"\b(?:\d{2,}|seven|eight|nine|ten|eleven|twelve|dozens\s+of)\s+(?:[\w-]+\s+)?(?:shootings|stabbings|"
    r"(?:shooting\s+)?incidents|homicides|murders|shooting\s+victims)\b|"
    r"\b(?:we|the\s+project)\s+(?:have\s+)?(?:tracked|mapped|counted|recorded|logged)\b|"
    # a toll over years, not one incident's: "since 1985 some 900 members have been killed", "so far,
    # more than 2,000 residents have lost their lives", "a war that has left 70,000 dead", "years of violence"
    r"\bsince\s+(?:[\w'-]+\s+){0,8}?(?:in\s+)?(?:1[89]|20)\d\d\b|" + _SO_FAR + "|"
    r"\b(?:war|conflict|struggle|insurgency|violence|fighting)\s+(?:that|which)\s+(?:has|have)\s+"
    r"(?:already\s+)?(?:left|claimed|killed|cost)\b|" + _LIVES_ALREADY + "|" + _YEARS_OF + ")")
# another incident told in passing ("two other men were hurt in an unrelated shooting", "within
# hours of another shooting, where a man was hurt"): its victims, one person included, are no
# figure of the incident the report is about when that one has figures of its own
_OTHER_INCIDENT = re.compile(
    r"(?i)\b(?:in|during)\s+(?:a|an)\s+(?:separate|unrelated)\s+(?:[\w-]+\s+)?(?:shooting|incident|attack)\b|"
    r"\b(?:in|of|during|after)\s+another\s+(?:[\w-]+\s+)?(?:shooting|incident|attack)\b")
# A toll over months or years (ACLED codes events, and such a toll is none of them: its figure is
# not an event's): "a war that has left 70,000 dead", "since 1981 more than 200 judges have been
# killed", "since the fighting began", "so far, more than 2,000 have perished", "during October",
# "in the past three months", "for a decade"
_MONTHS = "|".join(MONTH_NAMES)
_PERFECT = r"(?:has|have)\s+(?:been\s+)?\w+"
_SINCE_START = (r"since\s+(?:the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+(?:month|year|week)\b|(?:" + _MONTHS
                + r")\b(?!\s+\d))")
_CUMULATIVE = re.compile(
    r"(?i)\b(?:war|conflict|struggle|insurgency|violence|fighting|offensive)\s+(?:that|which)\s+(?:has|have)\s+"
    r"(?:already\s+)?(?:left|claimed|killed|cost|caused)\b|" + _LIVES_ALREADY + "|"
    # "23 civilians have been killed in the region since the start of the month", "have killed or
    # injured 41 people in the province since January" (QA round twenty-four)
    # (a perfect's tally: not "despite a ceasefire in force since November")
    r"\b" + _PERFECT + r"[^.;]{0,80}?\b" + _SINCE_START + "|"
    r"\b" + _SINCE_START + r"[^.;]{0,80}?\b" + _PERFECT + "|"
    r"\bsince\s+(?:[\w'-]+\s+){0,12}?(?:in\s+)?(?:1[89]|20)\d\d\b|\bsince\s+the\s+(?:[\w-]+\s+){0,3}?(?:war|conflict|fighting|"
    r"offensive|violence|struggle|insurgency|campaign)\s+(?:began|started|broke\s+out)\b|" + _SO_FAR + "|"
    # a toll since a political event: "more than 1,200 people have been detained since the election"
    r"\b(?:has|have)\s+been\s+(?:detained|arrested|killed|abducted|kidnapped|injured)\s+since\s+the\s+"
    r"(?:[\w-]+\s+){0,2}?(?:election|vote|coup|uprising|crackdown|invasion|takeover|protests|unrest)\b|"
    + _YEARS_OF + r"|\bfor\s+(?:a|the\s+past|the\s+last)\s+decade\b|\b(?:during|throughout|in\s+the\s+month\s+of)\s+"
    r"(?:" + _MONTHS + r")\b(?!\s+\d)|"
    r"\b(?:in|over|during)\s+the\s+(?:past|last)\s+(?:few\s+|several\s+|\d+\s+|two\s+|three\s+|four\s+|six\s+)?"
    r"(?:weeks|months|years)\b|"
    # last year's figure a report compares with: "compared to this time last year, when the city
    # had two shooting deaths"
    r"\b(?:this|the\s+same)\s+(?:time|point|period)\s+(?:of\s+)?last\s+year\b|"
    # a running toll: "more than 100 people have been killed in the two provinces this month"
    r"\b(?:has|have)\s+(?:now\s+)?(?:been\s+)?(?:killed|died|perished|wounded|injured|lost\s+their\s+lives)\b"
    r"[^.;]{0,80}?\bthis\s+(?:week|month|year)\b|"
    r"\bthis\s+(?:week|month|year)\b[^.;]{0,80}?\b(?:has|have)\s+(?:now\s+)?(?:been\s+)?(?:killed|died|perished|"
    r"wounded|injured)\b|" + RUNNING_COUNT)


# the running toll of a period a figure completes: "bringing the toll from attacks in the area this
# year to more than 500", "taking the number killed since January to 73"
# (a town's abbreviation is no sentence end: "children killed by gunfire in St. Louis this year")
_NOT_END = r"(?:[^.;]|(?<=\bSt)\.|(?<=\bFt)\.|(?<=\bMt)\.|(?<=\bU)\.|(?<=\bU\.S)\.)"
_PERIOD_TOLL_TO = re.compile(
    r"(?i)\b(?:bring|brings|brought|bringing|raise[sd]?|raising|push(?:es|ed|ing)?|take[sn]?|taking|took)\s+the\s+"
    r"(?:[\w-]+\s+){0,2}?(?:toll|total|tally|count|number)\b(?=" + _NOT_END + r"{0,100}?\b(?:this\s+(?:year|month|week)|"
    r"so\s+far|since|(?:in|over)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:weeks|months|years)))" + _NOT_END +
    r"{0,100}?\bto\s+"
    r"(?:more\s+than\s+|over\s+|at\s+least\s+|nearly\s+|almost\s+|about\s+|some\s+|around\s+)?$")


def _cue_governs(doc: Doc, char: int, head: int) -> bool:
    """The cue at ``char`` speaks of the figure whose casualty word is token ``head``: it does not
    modify a noun ("the worst attack since 2015") and is not inside a relative clause that leaves
    the figure out ("the bodies of four students who had been abducted over the past two weeks
    were found today": the four were found today)."""
    tok = next((t for t in doc if t.idx <= char < t.idx + len(t) + 1), None)
    if tok is None:
        return False
    if tok.dep_ == "prep" and tok.head.pos_ in ("NOUN", "PROPN", "ADJ") and (tok.head.tag_ == "JJS" or any(
            c.tag_ in ("JJS", "RBS") or c.ent_type_ == "ORDINAL" for c in tok.head.children)):
        return False  # "the worst attack since 2015", "the deadliest month in years": a comparison
    h = doc[head]
    for a in list(tok.ancestors)[:3]:
        if a.i == h.i or a.is_ancestor(h):
            break
        if a.pos_ in ("NOUN", "PROPN") and any(c.tag_ in ("JJS", "RBS") or c.ent_type_ == "ORDINAL" for c in a.children):
            return False  # "one of the deadliest attacks since the war began": a comparison (QA round six)
    for a in (tok, *tok.ancestors):
        if a.dep_ in ("relcl", "acl") and h not in a.subtree and h.i != a.i:
            return False
        if a.i == h.i or a.is_ancestor(h):
            break
        if a.tag_ == "VBG" and a.lemma_.lower() in ("bring", "raise", "take", "push", "lift"):
            # "killed 31 people over the past 24 hours ..., bringing the total death toll since the war
            # began to more than 48,000" (QA round thirty-nine): the running toll's period, not the figure's
            return False
    return True


WOUND_NOUNS = frozenset("wound wounds injury injuries".split())
WOUND_VERBS = frozenset("sustain suffer receive treat".split())
CONDITION_ADJ = frozenset("stable critical serious fair good grave satisfactory guarded".split())
_HOSPITAL = re.compile(r"(?i)\b(hospital|medical\s+cent(?:er|re)|trauma\s+cent(?:er|re))\b")


_AGE_TAIL = re.compile(r"(?i)\b(?:\d{1,3}|[a-z]+)\s*-\s*years?\s*-\s*olds?$")


@dataclass
class _Qty:
    low: int | None
    best: int | None
    high: int | None
    start: int  # char offsets of the quantity phrase
    end: int
    who: str | None
    parts: list[tuple[int, str]]
    singular: bool = False  # from "a"/"the"/a name/a pronoun: one identifiable person
    attacker: int = 0  # how many of the figure are attackers ("the bomber")


_lemma = lemma_lower  # cached lower-cased lemma (extensions.lemma_lower)


# --- reading quantities -----------------------------------------------------------------------


def _num_run(tok: Token) -> tuple[int, int] | None:
    """Token range [i, j) of the number containing ``tok`` ("twenty - one", "1,000", "2.5 million")."""
    doc = tok.doc

    mult = ("hundred", "thousand", "million", "billion")

    def numlike(t: Token) -> bool:
        return t.like_num or t.lower_ in mult

    def kind(t: Token) -> str:
        return "m" if t.lower_ in mult else ("d" if t.text[:1].isdigit() else "w")

    def joins(a: Token, b: Token) -> bool:
        # one number: words with words ("twenty - one"), digits with a multiplier ("2.5
        # million"); never a word with digits ("Two 19-year-olds" is two people aged 19)
        ka, kb = kind(a), kind(b)
        return ka == kb or kb == "m"

    if not numlike(tok):
        return None
    i = tok.i
    while i > tok.sent.start:
        if numlike(doc[i - 1]) and joins(doc[i - 1], doc[i]):
            i -= 1
        elif doc[i - 1].text == "-" and i - 2 >= tok.sent.start and numlike(doc[i - 2]) and joins(doc[i - 2], doc[i]):
            i -= 2
        else:
            break
    j = tok.i + 1
    while j < tok.sent.end:
        if numlike(doc[j]) and joins(doc[j - 1], doc[j]):
            j += 1
        elif doc[j].text == "-" and j + 1 < tok.sent.end and numlike(doc[j + 1]) and joins(doc[j - 1], doc[j + 1]):
            j += 2
        else:
            break
    return i, j


def _article_hundred(doc: Doc, i: int, j: int) -> bool:
    """The run is "hundred"/"thousand" after "a"/"one" ("more than a hundred people", QA round forty-seven)."""
    return j - i == 1 and i > 0 and doc[i].lower_ in ("hundred", "thousand") and doc[i - 1].lower_ in ("a", "one")


def _value_of_run(doc: Doc, i: int, j: int) -> int | None:
    text = doc[i:j].text.replace("-", " ").replace("  ", " ")
    if re.fullmatch(r"\d[\d,]*", text.replace(" ", "")):
        return parse_number(text.replace(" ", ""))
    if _article_hundred(doc, i, j):
        return parse_number("a " + doc[i].lower_)
    return parse_number(text)


def _modifier(doc: Doc, start_char: int, sent: Span) -> tuple[str | None, int]:
    before = doc_text(doc)[max(sent.start_char, start_char - 30):start_char]
    m = _MOD_BEFORE.search(before)
    if not m:
        return None, start_char
    return " ".join(m.group("mod").lower().split()), start_char - (len(before) - m.start())


def _dozen_figure(doc: Doc, dozen: Token, sent) -> tuple[int | None, int | None, int | None, int]:
    """(low, best, high, start char) of "a dozen", "half a dozen", "more than a dozen" headed by
    the word ``dozen``: 12 (6 for half), with the modifier before or inside the phrase."""
    words = [x.lower_ for x in dozen.subtree if x.i < dozen.i]
    first = min(x.idx for x in dozen.subtree)
    mod, start = _modifier(doc, first, sent)
    inner = " ".join(words)
    mod = mod or next((m for m in ("at least", "more than", "over", "nearly", "almost", "up to", "about")
                       if inner.startswith(m)), None)
    # ("two dozen truck drivers", "three dozen": so many dozens, QA round forty-seven)
    times = next((number_word(x.lower_) or (int(x.text) if x.text.isdigit() else None)
                  for x in dozen.children if x.dep_ == "nummod" and x.i < dozen.i), None)
    n = 6 if "half" in words else 12 * times if times and 1 < times < 100 else 12
    return (*_apply_mod(n, mod, None), min(start, first))


def _apply_mod(n: int, mod: str | None, high: int | None) -> tuple[int | None, int | None, int | None]:
    if high is not None and high > n:
        return n, n, high
    if mod in ("at least", "no fewer than", "no less than", "more than", "over", "in excess of"):
        return n, n, None
    if mod in ("up to", "nearly", "almost", "close to", "at most", "fewer than", "less than", "as many as"):
        return None, n, n
    return n, n, n


_SOLDIER_LEMMAS = frozenset({"soldier", "troop", "serviceman", "conscript", "marine", "paratrooper", "sailor"})


def _soldiers_captured(v: Token) -> bool:
    """A passive "captured" whose subject (its own, or the verb's it is joined to) is soldiers."""
    for w in (v, v.head if v.dep_ == "conj" else None):
        if w is None:
            continue
        subj = [c for c in w.children if c.dep_ in ("nsubjpass", "nsubj")]
        if subj and subj[0].lemma_.lower() in _SOLDIER_LEMMAS and (
                w is not v or any(c.dep_ == "auxpass" for c in v.children)):
            return True
    return False


def _taken_by_armed_group(v: Token) -> bool:
    """The subject of a taking verb (up through the verbs it is joined to or completes) is a named
    group or an armed group's word, not the state's men."""
    for _ in range(5):
        subj = [c for c in v.children if c.dep_ == "nsubj"]
        if subj and subj[0].lower_ in ("it", "they") and v.dep_ == "ccomp" and v.head.lemma_.lower() in SAY_VERBS:
            v = v.head  # "The group said on Monday it had killed 25 soldiers and captured eight others"
            continue
        if subj:
            s = subj[0]
            if s.lemma_.lower() in _STATE_NOUNS or s.lower_ in ("authorities", "they", "it", "we"):
                return False
            return s.lemma_.lower() in ARMED_GROUP_WORDS | {"group", "fighter", "jihadist"} or s.ent_type_ == "ORG" \
                or (s.pos_ == "PROPN" and s.text.isupper() and len(s.text) >= 3)
        if v.dep_ not in ("conj", "xcomp", "ccomp") or v.head.i == v.i:
            return False
        v = v.head
    return False


_HEADED_UNITS = frozenset({"district", "village", "ward", "community", "clan", "household", "family", "tribal"})


def _is_person_noun(t: Token) -> bool:
    if t.lower_ in _POLICE_DOGS:
        return False
    if t.ent_type_ in ("PERSON", "NORP"):
        return True
    if t.lower_ in ("old", "olds") and _AGE_TAIL.search(doc_text(t.doc)[max(0, t.idx - 25):t.idx + len(t)]):
        return True  # "a 17-year-old"
    lw, lem = t.lower_, _lemma(t)
    if lw in NON_PERSON or lem in NON_PERSON:
        return False
    if dog_breed(t):
        return False
    if lw in PERSON_NOUNS or lem in PERSON_NOUNS:
        return True
    if lem == "head" and any(c.dep_ == "compound" and _lemma(c) in _HEADED_UNITS for c in t.children):
        return True  # "a district head and his two sons" (QA, sixteenth session): a traditional ruler
    if _PERSON_SUFFIX.search(lw):
        return True
    # "-er"/"-or" agent nouns ("driver", "officer", "protester"), minus common things
    return bool(re.search(r"(?:er|ers|or|ors)$", lw)) and lem not in _NOT_PERSON_ER and len(lw) > 4


def _indefinite(t: Token) -> bool:
    return any((c.dep_ == "det" and c.lower_ in ("a", "an")) or (c.dep_ == "nummod" and c.like_num) for c in t.children)


# plural nouns for people in general, which a list of who they are may follow
_GENERAL_PEOPLE = frozenset("other people person victim individual man woman teen teenager boy girl child "
                            "youth adult male female".split())


def _listed_as_appos(arg: Token, c: Token) -> bool:
    """"killed a senator, a police officer, and a judge": the parser hangs the second item on the
    first as an apposition (the rest as its conjuncts); two indefinite common nouns in a row, the
    second followed by "and ...", are a list, not one person named twice. A plural word for people
    in general followed by as many items is no list's first item: "the two others, a boy and a
    man" names the same two people twice ("two soldiers, a nurse and a farmer" are four)."""
    if not (c.dep_ == "appos" and c.i > arg.i and arg.pos_ == "NOUN" and c.pos_ == "NOUN"
            and _indefinite(arg) and _indefinite(c) and any(x.dep_ == "conj" for x in c.children)
            and any(x.dep_ == "cc" and x.lower_ == "and" for x in c.children)):
        return False
    if arg.tag_ in ("NNS", "NNPS"):
        n = next((number_word(x.lower_) or (int(x.text) if x.text.isdigit() else None)
                  for x in arg.children if x.dep_ == "nummod"), None)
        chain = [c] + _conj_chain(c)
        # (or items that only tell their sex and age: "Two patrons, a man of 52 and a woman of 38", QA,
        # eighteenth session)
        if n is not None and n == len(chain) and (_lemma(arg) in _GENERAL_PEOPLE or _same_force(arg, chain)
                                                  or all(_lemma(x) in _GENERAL_PEOPLE for x in chain)):
            return False
    return True


def _same_force(arg: Token, items: list[Token]) -> bool:
    """"Two soldiers, a sepoy and a naik" (QA round twenty-seven): every item a rank of the force
    the counted plural names (soldiers, police) tells the same people again."""
    reg = get_registry()
    kind = getattr(reg.lookup(arg.lemma_.lower()), "kind", None)
    return kind in ("military", "police") and all(
        getattr(reg.lookup(x.lemma_.lower()), "kind", None) == kind for x in items)


def _conj_chain(c: Token) -> list[Token]:
    """The conjuncts listed after ``c`` ("a man, a woman and a boy"), through conjunct links only:
    a list inside a modifier ("a woman with wounds on a street between Elm and Oak") is not."""
    out: list[Token] = []
    todo = [c]
    while todo:
        x = todo.pop()
        for y in x.children:
            if y.dep_ == "conj" and y.i > x.i:
                out.append(y)
                todo.append(y)
    return sorted(out, key=lambda t: t.i)


def _speakers_cut(arg: Token) -> int | None:
    """"killing dozens, a local official and a separatist group said Monday": the parser ran the
    speakers of a subjectless "said" into the victims' list; they start after its last comma (the
    token index returned; None when the list has no such tail). QA round six."""
    items = _conj_chain(arg)
    if not items:
        return None
    doc = arg.doc
    nxt = items[-1].right_edge.i + 1
    if nxt < len(doc) and doc[nxt].lemma_.lower() in SAY_VERBS \
            and not any(x.dep_ in ("nsubj", "nsubjpass") and x.i != arg.i for x in doc[nxt].children):
        # (the victims themselves may be its subject: "killed at least nine farmers ..., residents
        # and a militia leader said", QA round sixteen)
        return next((t.i for t in reversed(doc[arg.i:items[-1].i]) if t.text == ","), None)
    return None


def _doing_something_else(arg: Token, cc: Token) -> bool:
    """"saw a woman bleeding and two men fleeing the area": each item of the list has
    its own participle, and the later one's is no casualty word, so that item is no victim."""
    def participle(t: Token) -> Token | None:
        return next((x for x in t.children if x.dep_ in ("acl", "amod", "oprd") and x.i > t.i
                     and x.tag_ in ("VBN", "VBG", "JJ")), None)

    mine = participle(cc)
    first = participle(arg)
    if first is not None and (_category(first) or (None,))[0] == "killed" and any(
            p.dep_ == "prep" and p.lower_ == "with" and any(_lemma(o) in WOUND_NOUNS for o in p.children)
            for p in cc.children):
        # "found one man dead on the pavement and a second man with a gunshot wound" (QA,
        # seventeenth session): the second is the wounded, not one more dead
        return True
    return mine is not None and first is not None and _category(first) is not None and _category(mine) is None


def _age_in_time_phrase(t: Token) -> Token | None:
    """"wounded a 19-year-old Tuesday night": the parser made one time phrase of the victim and
    the time; the age adjective ("old" of "19-year-old") when ``t`` is such a phrase's head."""
    if not _timeish(t) or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
        return None
    return next((c for c in t.children if c.dep_ == "amod" and c.lower_ in ("old", "year-old") and c.i < t.i
                 and any(x.lower_ in ("year", "years") for x in c.subtree)), None)


def _quantity_of(arg: Token, in_times) -> _Qty | None:
    """Read the figure of a victim phrase headed by ``arg`` (conjuncts included)."""
    doc = arg.doc
    if (age := _age_in_time_phrase(arg)) is not None:
        det = next(c for c in arg.children if c.dep_ == "det")
        return _Qty(1, 1, 1, det.idx, age.idx + len(age), doc[age.left_edge.i:age.i + 1].text, [], True, 0)
    sent = arg.sent
    parts: list[tuple[int, str]] = []
    q_first = _quantity_one(arg, in_times)
    if q_first is None:
        return None
    if arg.lower_ == "total" and q_first.best is not None:
        return q_first  # ("A total of 30 people died: 21 soldiers and nine assailants": the parts after it)
    total_low, total_best, total_high = q_first.low, q_first.best, q_first.high
    start, end = q_first.start, q_first.end
    singular = q_first.singular
    attacker = q_first.attacker
    whos = [q_first.who] if q_first.who else []
    if q_first.best is not None:
        parts.append((q_first.best, q_first.who or ""))
    cut = _speakers_cut(arg)
    # "killing the acting minister Khalil Haqqani and five others" (QA round twenty-one): the
    # list goes on after the name the parser made the title's apposition
    named = [c for c in arg.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"
             and c.i > arg.i and arg.pos_ == "NOUN"]
    # "arrested an opposition candidate and three of his campaign staff" (QA round twenty-two): the
    # number parsed as the verb's conjunct, with people of its own after "of", is listed too
    more = [c for c in arg.head.children if arg.dep_ == "dobj" and c.dep_ == "conj" and c.like_num and c.i > arg.i
            and not any(g.dep_ in ("nsubj", "nsubjpass", "dobj", "aux") for g in c.children)
            and any(g.dep_ == "prep" and g.lower_ == "of" and any(o.dep_ == "pobj" and _is_person_noun(o)
                                                                 for o in g.children) for g in c.children)]
    # "leaving one dead and 20 injured" (QA round forty): the first figure's own state said after it, the
    # figure joined to it is another state's, no more of the same
    own_state = any(c.dep_ == "amod" and c.lower_ in _STATE_WORDS and c.i > arg.i for c in arg.children)
    for c in [*arg.children, *(x for n in named for x in n.children), *more]:
        if (c.dep_ != "conj" and not _listed_as_appos(arg, c)) or c.i < arg.i or own_state and c.like_num:
            continue
        for cc in [c, *_conj_chain(c)]:
            if _doing_something_else(arg, cc) or (cut is not None and cc.i > cut) or listed_figure(cc):
                continue  # (a figure of a list is a deed of its own: events._gapped_deeds)
            q = _quantity_one(cc, in_times, conj=True)
            if q is None:
                if cc.pos_ in ("NOUN", "PROPN") and cc.tag_ in ("NNS", "NNPS"):
                    whos.append(cc.text)  # "20 soldiers and policemen": under the same figure
                    end = max(end, cc.idx + len(cc))
                continue
            if q.best is None:
                continue
            parts.append((q.best, q.who or ""))
            whos.append(q.who or "")
            total_best = (total_best or 0) + q.best
            total_low = None if total_low is None or q.low is None else total_low + q.low
            total_high = None if total_high is None or q.high is None else total_high + q.high
            end = max(end, q.end)
            singular = False
            attacker += q.attacker
    v = arg.head
    if arg.dep_ in ("nsubjpass", "nsubj") and v.pos_ == "VERB" and v.i != arg.i:
        # "Two people were killed in Dnipro and two in Kharkiv": a number left alone after "and",
        # with a place of its own, is more of the same (the verb is not said again)
        for c in v.children:
            if c.dep_ == "conj" and c.like_num and c.i > v.i and c.ent_type_ not in ("MONEY", "PERCENT", "QUANTITY") \
                    and any(x.dep_ == "nummod" or x.like_num for x in arg.subtree) \
                    and not any(t.text in ("$", "£", "€") or t.dep_ == "quantmod" for t in c.subtree) \
                    and any(g.dep_ == "prep" and g.lower_ in ("in", "at", "near") and any(
                        o.ent_type_ in ("GPE", "LOC", "FAC")
                        or (o.pos_ == "PROPN" and o.ent_type_ not in ("ORG", "PERSON", "DATE"))
                        or o.lemma_.lower() in ("region", "province", "district", "city", "town", "village", "state")
                        for o in g.subtree) for g in c.children) \
                    and not any(g.dep_ in ("nsubj", "nsubjpass", "dobj") for g in c.children) \
                    and not listed_figure(c):
                q = _quantity_one(c, in_times, conj=True)
                if q is None or q.best is None or total_best is None:
                    continue
                parts.append((q.best, q.who or ""))
                total_best += q.best
                total_low = None if total_low is None or q.low is None else total_low + q.low
                total_high = None if total_high is None or q.high is None else total_high + q.high
                end = max(end, q.end)
                singular = False
    if total_best is None and total_low is None:
        return None
    if len(parts) >= 3 and parts[0][0] == sum(n for n, _w in parts[1:]) and (
            _lemma(arg) in _GENERAL_PEOPLE or re.match(r"^\s*(?:[-\u2013\u2014:(]|--)", doc_text(doc)[q_first.end:q_first.end + 4])):
        # "killing seven people - four police officers and three civilians" (QA round forty-seven): the
        # parts after the figure are its breakdown, no more people
        total_low, total_best, total_high = q_first.low, q_first.best, q_first.high
        parts = parts[1:]
    if len(parts) < 2:
        parts = []
    if len(parts) >= 2 and q_first.low is not None and total_low is None:
        total_low = total_best
    return _Qty(total_low, total_best, total_high, start, end, " and ".join(w for w in whos if w) or None,
                parts, singular, attacker)


_DASHES = frozenset({"-", "--", "—", "–", "---"})


def _dateline_word(doc: Doc, t: Token) -> bool:
    """Is ``t`` part of a capitalised dateline ("LITTLE ROCK, AR -", "FLINT, MI --") that the
    parser glued to the lead (GVA train 400: 2 such places counted as victims)?"""
    if not (t.text.isupper() and len(t.text) > 1):
        return False
    if len(t.text) > 2 and t.ent_type_ != "PERSON" and t.i < 12 and not any(c.dep_ == "compound" for c in t.children):
        return True  # page furniture before the lead: "EMBED >More News", "UPDATE:", "WATCH"
    for k in range(t.i + 1, min(len(doc), t.i + 8)):
        x = doc[k]
        if x.text in _DASHES or x.text.startswith("—") or x.text in ("(",):
            return True
        if not (x.is_punct or (x.text.isupper() and x.pos_ == "PROPN") or x.text in (".",)):
            return False
    return False


# after "not" before a victim phrase: "not a single farmer", "not one officer", "not even one"
_NOT_A_SINGLE = frozenset("a an one single even any".split())


_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
_ORDINAL_WORDS = frozenset(_ORDINALS)
_ORDINAL_N = {w: k + 1 for k, w in enumerate(_ORDINALS) if k}  # "second": 2 ... "tenth": 10


# the plural a group told before names its members with ("Two men were shot ... The first man")
_GROUP_PLURAL = {"man": "men", "woman": "women", "person": "(?:people|persons)", "victim": "victims", "boy": "boys",
                 "girl": "girls", "teen": "teens", "teenager": "teenagers", "child": "children"}


def _counted_members(t: Token) -> bool:
    """Members of a named group counted as people: "Twelve Maoists were killed", "Police killed two
    Naxalites", "killed a Maoist" (QA round twenty-seven: the model tags the names PROPN with no
    entity type, so they were no figure). The registry must know the name (or its plural)."""
    if t.pos_ != "PROPN" or t.ent_type_ not in ("", "NORP", "ORG") or not t.text[:1].isupper():
        return False
    if t.text.endswith("s"):
        if not any(c.dep_ == "nummod" and (c.like_num or c.pos_ == "NUM")
                   or c.dep_ == "compound" and c.like_num and c.is_alpha and c.i == t.i - 1 for c in t.children):
            return False  # (a number word after a dateline tagged a name: "RAIPUR - Twelve Maoists")
    elif not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
        return False
    reg = get_registry()
    actor = reg.lookup(t.text) or (reg.lookup(t.text + "s") if not t.text.endswith("s") else None)
    return actor is not None and actor.kind not in ("civilians",)


def _quantity_one(t: Token, in_times, conj: bool = False) -> _Qty | None:
    doc = t.doc
    sent = t.sent
    low = best = high = None
    singular = False
    who: str | None = None
    start = t.idx
    end = t.idx + len(t)
    lw = t.lower_
    attacker = 0

    def from_number(num_tok: Token) -> tuple[int | None, int | None, int | None, int, int] | None:
        run = _num_run(num_tok)
        if run is None:
            return None
        i, j = run
        if in_times(doc[i].idx):
            return None
        n = _value_of_run(doc, i, j)
        if _article_hundred(doc, i, j):
            i -= 1  # ("more than a hundred": the modifier before the article)
        if n is None:
            return None
        if j < len(doc) and doc[j].lower_ == "dozen" and n < 100:
            n, j = n * 12, j + 1  # "at least two dozen villagers" (QA round eighteen)
        s_char = doc[i].idx
        e_char = doc[j - 1].idx + len(doc[j - 1])
        mod, s2 = _modifier(doc, s_char, sent)
        hi = None
        m = _RANGE_AFTER.match(doc_text(doc)[e_char:e_char + 20])
        if m and (mod in ("between", "from") or m.group(0).strip()[:1] in "-–" or " to " in m.group(0)):
            n2 = parse_number(m.group("n").replace("-", " ")) if not m.group("n")[0].isdigit() else parse_number(m.group("n"))
            if n2 is not None and n2 > n:
                hi = n2
                e_char += m.end()
        lo, be, hh = _apply_mod(n, mod, hi)
        return lo, be, hh, s2, e_char

    if t.like_num and 0 < t.i < len(doc) - 1 and doc[t.i - 1].text == "," and doc[t.i + 1].text in (",", ".") \
            and t.i >= 2 and _is_person_noun(doc[t.i - 2]) and (t.text.isdigit() and 1 <= int(t.text) <= 110):
        return None  # "The ex-girlfriend, 29, was in serious condition" (QA round forty-seven): her age
    if lw in ZERO_WORDS or (lw == "one" and any(c.lower_ == "no" for c in t.children)):
        return _Qty(0, 0, 0, t.idx if lw != "one" else t.idx - 3, end, None, [], False, 0)
    noun = t.head if t.dep_ == "nummod" else t
    neg = next((c for x in (noun, *[n for n in noun.children if n.dep_ == "nummod"]) for c in x.children
                if c.dep_ == "neg" and c.lower_ == "not" and c.i < min(t.i, noun.i)), None)
    if neg is not None and neg.i + 1 < len(doc) and doc[neg.i + 1].lower_ in _NOT_A_SINGLE:
        return _Qty(0, 0, 0, neg.idx, end, None, [], False, 0)  # "not a single guard", "not one" = none
    if lw in ("second", "third", "fourth", "fifth") and t.dep_ in ("nsubj", "nsubjpass", "dobj") and any(
            c.dep_ == "det" and c.lower_ in ("a", "another") for c in t.children):
        # "One man was shot, and a second was grazed": one more person
        d = next(c for c in t.children if c.dep_ == "det")
        return _Qty(1, 1, 1, d.idx, end, f"{d.lower_} {lw}", [], True, 0)
    if lw == "total" and t.dep_ in ("nsubj", "nsubjpass", "dobj") and any(c.dep_ == "det" and c.lower_ == "a" for c in t.children):
        # "A total of 30 people died: 21 soldiers and nine assailants" (QA, seventeenth session): the people counted
        # (or killed: "killing a total of 10 people", QA round thirty-nine)
        of = _of_pobj(t)
        if of is not None and of.i != t.i and any(c.dep_ == "nummod" for c in of.children):
            return _quantity_one(of, in_times)
    if lw == "more" and t.dep_ in ("dobj", "nsubj", "nsubjpass"):
        # "killing seven more" (QA, seventeenth session): the figure the parser hung on "more"
        num = next((c for c in t.children if c.dep_ == "nummod" and c.like_num), None)
        r = from_number(num) if num is not None else None
        if r is not None:
            return _Qty(r[0], r[1], r[2], r[3], max(r[4], end), None, [], False, 0)
    # a bare number / vague word as the argument ("killing five", "dozens of people")
    if t.like_num or t.pos_ == "NUM":
        r = from_number(t)
        if r is None:
            return None
        low, best, high, start, end = r
        of = _of_pobj(t)
        if of is not None and (of.lower_ in NON_PERSON or _lemma(of) in NON_PERSON):
            return None  # "shot down 30 of the 35 drones": things, not people
        who = of.text if of is not None else None
        if of is not None and _lemma(of) in ATTACKER_NOUNS:
            attacker = best or 0
        return _Qty(low, best, high, start, max(end, of.idx + len(of) if of is not None else end), who, [],
                    False, attacker)
    if lw == "score" and t.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "a" for c in t.children) \
            and (of := _of_pobj(t)) is not None and _is_person_noun(of):
        # "killed a score of soldiers" (QA round forty-seven): twenty
        mod, s2 = _modifier(doc, min(x.idx for x in t.subtree), sent)
        low, best, high = _apply_mod(20, mod, None)
        return _Qty(low, best, high, s2, of.idx + len(of), of.text, [], False, 0)
    if lw == "dozen" and t.pos_ == "NOUN" and any(c.dep_ in ("quantmod", "det") and c.lower_ in ("a", "half")
                                                  for c in t.children):
        # "more than a dozen wounded", the figure the phrase's own head (QA round eighteen)
        low, best, high, start = _dozen_figure(doc, t, sent)
        of = _of_pobj(t)
        return _Qty(low, best, high, start, (of.idx + len(of)) if of is not None else end,
                    of.text if of is not None else None, [], False, 0)
    if lw in VAGUE and t.pos_ in ("NOUN", "ADJ", "PRON", "DET", "NUM"):
        v = VAGUE[lw]
        of = _of_pobj(t)
        if lw in ("some", "many", "few", "various") and of is None:
            return None
        if of is not None and (of.lower_ in NON_PERSON or _lemma(of) in NON_PERSON):
            return None  # "some of the missiles": things, not people
        who = of.text if of is not None else None
        return _Qty(v, v, None, t.idx, (of.idx + len(of)) if of is not None else end, who, [], False, 0)
    if lw in ZERO_WORDS or (lw == "one" and any(c.lower_ == "no" for c in t.children)):
        return _Qty(0, 0, 0, t.idx if lw != "one" else t.idx - 3, end, None, [], False, 0)
    if lw == "both" and t.pos_ in ("PRON", "DET") and (t.dep_ in ("nsubj", "nsubjpass") or (
            # "Officers found both dead" (QA round twenty-seven: a murder-suicide's two dead)
            t.dep_ in ("advmod", "dobj") and t.head.lower_ in ("dead", "wounded", "injured", "unharmed"))):
        return _Qty(2, 2, 2, t.idx, end, "both", [], False, 0)  # "Both were treated for injuries"
    if lw == "another" and t.dep_ == "det" and t.head.lower_ in INJ_ADJ and t.head.pos_ == "NOUN":
        return _Qty(1, 1, 1, t.idx, end, "another", [], True, 0)  # "left one man dead and another hurt"
    if lw == "another" and ((t.dep_ in ("nsubj", "nsubjpass", "det", "dobj") and t.head.pos_ == "VERB") or (
            t.dep_ == "appos" and any(c.dep_ == "acl" and c.tag_ == "VBN" for c in t.children))):
        # "and another hospitalized"; "killing a teenager and injuring another"; a headline's
        # "One man killed, another taken to a hospital" (the second clause hangs on the first)
        return _Qty(1, 1, 1, t.idx, end, "another", [], True, 0)
    if t.pos_ == "PRON":
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if lw in ("his", "her") and t.dep_ == "poss" and t.head.lower_ in ("body", "remains"):
            return _Qty(1, 1, 1, t.idx, end, lw, [], True, 0)  # "His bullet-riddled body was found"
        if lw == "her" and nxt is not None and nxt.pos_ in ("NOUN", "ADJ", "NUM", "PROPN") and nxt.head.i != t.i:
            return None  # "shot her .38 revolver": a possessive, not the one hit
        if lw in SINGULAR_PRON:
            return _Qty(1, 1, 1, t.idx, end, lw, [], True, 0)
        return None
    # "killed 18 Palestinians", "three Afghans": a counted plural people's name is a plural noun (QA round five)
    # ("One Palestinian was killed": a singular with "one", QA round seven)
    counted_people = t.pos_ == "PROPN" and t.ent_type_ == "NORP" and any(
        c.dep_ == "nummod" and (c.like_num or c.pos_ == "NUM") and (t.tag_ == "NNPS" or c.lower_ in ("one", "1"))
        for c in t.children) or (
        # "killed a 16-year-old Palestinian" (QA round seventeen): one of a people, indefinite
        t.pos_ == "PROPN" and t.ent_type_ == "NORP" and t.tag_ == "NNP"
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
        and get_registry().demonym_country(t.text) is not None) or _counted_members(t) or (
        # "two Kyrgyz servicemen": a common noun in lower case the model tagged a name after a
        # people's name (QA round twenty-seven: one man named "Kyrgyz servicemen")
        t.pos_ == "PROPN" and t.text.isalpha() and t.text.islower() and _is_person_noun(t)
        and any(c.dep_ == "nummod" and c.like_num for c in t.children))
    if (t.pos_ == "PROPN" or (t.ent_type_ == "PERSON" and t.pos_ != "NOUN")) and not counted_people:
        if (t.ent_type_ not in ("PERSON", "") and not _aged_name(t)) or t.tag_ == "NNPS":
            return None
        if _dateline_word(doc, t):
            return None  # "FLINT, MI -- A girl was shot": the dateline parsed as the subject
        if t.lower_ in STREET_WORDS:
            return None  # "Spanaway Street"
        name = " ".join(x.text for x in t.subtree if x.dep_ == "compound" or x.i == t.i)
        s = min(x.idx for x in t.subtree if x.dep_ == "compound" or x.i == t.i)
        return _Qty(1, 1, 1, s, end, name, [], True, 0)
    if lw == "old" and _AGE_TAIL.search(doc_text(doc)[max(0, t.idx - 25):t.idx + len(t)]):
        # "a 17-year-old was shot", "the 20-year-old died": one person named by age
        dets = [c for c in t.children if c.dep_ in ("det", "poss")]
        if not dets and t.dep_ == "amod" and t.head.lower_ in ("shot", "stabbed", "wounded"):
            dets = [c for c in t.head.children if c.dep_ == "det" and c.i < t.i]  # (see _reduced_relative_subject)
        if dets and (dets[0].lower_ in ("a", "an", "the", "this", "that", "another") or dets[0].dep_ == "poss"):
            s = min(dets[0].idx, t.idx)
            return _Qty(1, 1, 1, s, end, doc_text(doc)[s:end].split(" ", 1)[-1], [], True, 0)
    if t.pos_ != "NOUN" and not counted_people and not (t.dep_ in ("dobj", "nsubjpass", "nsubj", "pobj") and t.tag_ == "VBZ"
                                                         and _is_person_noun(t)):
        return None  # (a plural attacker noun the tagger took for a verb, "militants" VBZ, is a noun: QA round four)
    if t.lower_ in NON_PERSON or _lemma(t) in NON_PERSON:
        return None
    if _lemma(t) in ATTACKER_NOUNS:
        attacker = -1  # filled in below with the figure
    # a number or vague word modifying the noun (or, misparsed, the compound before it: "three
    # suspected al Qaeda militants" with "three" on "Qaeda", QA round four)
    kids = list(t.children)
    if not any(c.dep_ == "nummod" for c in kids):
        kids += [g for c in kids if c.dep_ == "compound" and c.i < t.i for g in c.children
                 if g.dep_ == "nummod" and g.i < c.i]
        # ("Two Warren County sheriff's deputies were wounded", QA, sixteenth session: a number above
        # one on a singular possessor is the possessed people's)
        poss_nums = [g for c in kids if c.dep_ == "poss" and c.tag_ == "NN" and c.i < t.i
                     for g in list(c.children) + [h for x in c.children if x.dep_ == "compound" for h in x.children]
                     if g.dep_ in ("nummod", "compound") and g.i < c.i and g.like_num and g.lower_ not in ("one", "1")]
        kids += poss_nums
    else:
        poss_nums = []
    for c in kids:
        if c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or c.lower_ in _ORDINAL_WORDS) \
                and any(d.dep_ == "det" and (d.lower_ in ("a", "an", "another") or (
                    d.lower_ == "the" and t.dep_ in ("nsubj", "nsubjpass")
                    and (re.search(rf"(?i)\ban?\s+{re.escape(c.lower_)}\s+(?:(?:was|were|is|had|has|died)\b|"
                                   rf"{re.escape(t.lower_)}\b|(?:person|victim|man|woman|boy|girl|child)\b)",
                                   doc_text(doc)[:d.idx])
                         # ("Two men were shot ... The first man, shot around noon, died at the scene": one
                         # of the group told, QA, eighteenth session)
                         # (a man hurt, then "the second victim" told with his age: one more victim, GVA train
                         # 516)
                         or t.lower_ == "victim" and c.lower_ in _ORDINAL_N
                         or t.lower_ in _GROUP_PLURAL and re.search(
                             r"(?i)\b(?:two|three|four|five|six|\d+)\s+(?:[\w-]+\s+)?" + _GROUP_PLURAL[t.lower_] + r"\b",
                             doc_text(doc)[:d.idx]))))
                for d in kids):
            # ("The third child, a 10-year-old girl, died of her wounds", QA round twenty-four: one
            # person told again by the place the report gave her)
            # "a third man was wounded": one more person, the ordinal no figure (QA round six; "the
            # second secretary of the embassy" is a rank, told of someone already met)
            continue
        if c.dep_ in ("nummod", "quantmod") or (c.dep_ in ("amod", "det") and (c.like_num or c.lower_ in VAGUE)) \
                or c in poss_nums or (c.dep_ == "compound" and c.like_num and c.is_alpha and (c.i == t.i - 1 or (
                    # ("Two District Reserve Guard personnel were killed", QA round twenty-four: the
                    # number word first of a unit's name the parse made one compound)
                    0 < t.i - c.i <= 5 and all(x.dep_ == "compound" and x.pos_ == "PROPN" and x.head.i > x.i
                                               for x in c.doc[c.i + 1:t.i])))):
            # ("PESHAWAR - Eleven soldiers ...": a number word opening the body, which the small
            # model tags a name, QA round sixteen)
            if c.like_num or c.pos_ == "NUM":
                r = from_number(c)
                if r is None:
                    return None
                low, best, high, start, _ = r
                if best is not None and best > 1 and t.tag_ == "NN" and c.is_digit and any(
                        d.dep_ == "det" and d.lower_ in ("a", "an") and d.i < c.i for d in kids):
                    return None  # "a senior 444 commander" (QA, sixteenth session): a unit's number
            elif c.lower_ in VAGUE and not (c.lower_ == "dozen" and c.dep_ == "nummod"):
                v = VAGUE[c.lower_]
                low, best, high, start = v, v, None, c.idx
                mod, s2 = _modifier(doc, c.idx, sent)
                start = s2
            elif c.lower_ == "dozen" and c.dep_ == "nummod":
                # "a dozen women", "half a dozen soldiers": the number the words make
                low, best, high, start = _dozen_figure(doc, c, sent)
            else:
                continue
            who = _noun_text(t)
            end = t.idx + len(t)
            if attacker == -1:
                attacker = best or 0
            # "One man was shot and killed": one identifiable person, like "a man" (not "at least one")
            one = low == best == high == 1 and c.lower_ == "one" and t.tag_ == "NN" and _is_person_noun(t)
            return _Qty(low, best, high, start, end, who, [], one, max(attacker, 0))
        if c.dep_ == "det" and c.lower_ == "no":
            return _Qty(0, 0, 0, c.idx, end, _noun_text(t), [], False, 0)
        if c.dep_ in ("det", "predet") and c.lower_ in ("both",):
            return _Qty(2, 2, 2, c.idx, end, _noun_text(t), [], False, 0)
    if _lemma(t) in ("family", "household") and t.tag_ == "NN":
        # "killed a family of five": the number of its members
        of = _of_pobj(t)
        if of is not None and (of.like_num or of.pos_ == "NUM") and not any(c.lower_ == "of" for c in of.children):
            r = from_number(of)
            if r is not None:
                low, best, high, _s, e = r
                d = min([c.idx for c in t.children if c.dep_ in ("det", "amod", "compound")] + [t.idx])
                return _Qty(low, best, high, d, e, "family", [], False, 0)
    if t.lower_ == "couple" and _of_pobj(t) is None and any(
            c.dep_ == "det" and c.lower_ in ("a", "an", "the", "this", "that") for c in t.children):
        # "a shooting left a married couple injured": two people
        d = min(c.idx for c in t.children if c.dep_ in ("det", "amod", "compound"))
        return _Qty(2, 2, 2, d, end, "couple", [], False, 0)
    if t.tag_ in ("NN", "NNP") and t.lower_ not in ("police", "people") and _is_person_noun(t):
        # (an article opening the story after the dateline, misread as a compound: "PHILADELPHIA - A boy was
        # grazed", QA round forty-six)
        dets = [c for c in t.children if c.dep_ in ("det", "poss")
                or c.dep_ == "compound" and c.lower_ in ("a", "an", "the") and c.i == t.i - 1]
        if dets:
            d = dets[0]
            if d.lower_ in ("a", "an", "one", "the", "this", "that", "another") or d.dep_ == "poss":
                who = _noun_text(t)
                if attacker == -1:
                    attacker = 1
                s = min(d.idx, t.idx)
                return _Qty(1, 1, 1, s, end, who, [], True, max(attacker, 0))
        elif conj and t.tag_ == "NN":
            return _Qty(1, 1, 1, t.idx, end, _noun_text(t), [], True, 0)
    return None


def _aged_name(t: Token) -> bool:
    """A name the model took for an organisation that an age follows, set off by commas ("the Nov. 14
    killing of Marcus Bell, 26,": QA round twenty-five): a person."""
    if t.ent_type_ != "ORG" or t.i + 2 >= len(t.doc) or t.doc[t.i + 1].text != ",":
        return False
    age = t.doc[t.i + 2]
    return age.like_num and age.text.isdigit() and 0 < int(age.text) <= 110 and age.head.i == t.i \
        and (t.i + 3 >= len(t.doc) or t.doc[t.i + 3].is_punct)


def _noun_text(t: Token) -> str:
    mods = [c for c in t.children if c.dep_ in ("amod", "compound") and c.i < t.i and not c.like_num
            and c.lower_ not in VAGUE and "-" not in c.text and not (c.i > 0 and t.doc[c.i - 1].text == "-")]
    toks = sorted([*mods, t], key=lambda x: x.i)
    if toks and toks[-1].i - toks[0].i + 1 == len(toks):
        return " ".join(x.text for x in toks)
    return t.text


def _of_pobj(t: Token) -> Token | None:
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return None


# --- predicates ---------------------------------------------------------------------------------


def _category_words() -> tuple[frozenset[str], frozenset[str]]:
    """Every lemma and every form :func:`_category` can say yes to: any other word is no casualty
    word, and the stage asks about every word of every report (keep in step with _category)."""
    global _CATEGORY_WORDS
    if _CATEGORY_WORDS is None:
        lemmas = (KILL_VERBS | DIE_VERBS | STRIKE_VERBS | INJURE_VERBS | HIT_VERBS | WOUND_VERBS | ABDUCT_VERBS | {"seize", "grab"}
                  | ARREST_VERBS | HIT_NOUNS | KILL_EVENT_NOUNS
                  | {"pass", "gun", "hospitalize", "take", "send", "rush", "transport", "admit", "pronounce", "lose",
                     "go", "whip", "find"} | LIFE_TAKING_VERBS | TO_DEATH_VERBS)
        forms = frozenset({"injured", "wounded", "hurt", "kidnapped", "abducted", "hospitalized", "missing",
                           "suffering"}) \
            | DEAD_ADJ | INJ_ADJ | MISSING_ADJ
        _CATEGORY_WORDS = (frozenset(lemmas), forms)
    return _CATEGORY_WORDS


_CATEGORY_WORDS: tuple[frozenset[str], frozenset[str]] | None = None


def _category(t: Token) -> tuple[str, bool] | None:
    """(category, inclusive) for a casualty word, else None."""
    lem = _lemma(t)
    low = t.lower_
    lemmas, forms = _category_words()
    if lem not in lemmas and low not in forms:
        return None
    if low in ("wounded", "injured", "hurt") and t.dep_ == "amod" and t.head.i != t.i \
            and t.head.dep_ in ("nsubj", "nsubjpass") and _lemma(t.head.head) in DIE_VERBS:
        return None  # "two wounded passengers later died" (QA round twenty-seven): dead, no longer hurt
    if low == "deceased" and t.pos_ != "NOUN":
        # "found the victim ... deceased", "was deceased"; not "his deceased wife" (died before)
        return None if t.dep_ == "amod" and t.i < t.head.i else ("killed", False)
    if t.pos_ in ("VERB", "AUX") or t.tag_ in ("VBN", "VBD", "VBG"):
        if lem in KILL_VERBS or lem in DIE_VERBS:
            return "killed", False
        if lem == "pass" and any(c.dep_ == "prt" and c.lower_ == "away" for c in t.children):
            return "killed", False
        if lem in STRIKE_VERBS and _struck_person(t):
            return ("killed", False) if _fatal_hit(t) else ("injured", True)
        if lem in INJURE_VERBS or low in ("injured", "wounded", "hurt"):
            fatal = any(c.lower_ in ("fatally", "mortally") for c in t.children)
            return ("killed", False) if fatal else ("injured", False)
        if lem in HIT_VERBS:
            if lem == "slash" and not any(c.dep_ in ("dobj", "nsubjpass") and (
                    c.pos_ == "PRON" or c.pos_ in ("NOUN", "PROPN") and _is_person_noun(c)) for c in t.children):
                return None  # (a man slashed on a platform, not jobs or prices slashed)
            if lem == "shoot" and _shot_at(t):
                return None
            if lem == "shoot" and any(c.dep_ == "prt" and c.lower_ == "down" for c in t.children):
                return None  # "air defences had shot down some of the missiles" (QA round five)
            if _fatal_hit(t):
                return "killed", False
            return "injured", True
        if lem == "treat" and any(c.dep_ == "dobj" and (c.like_num or any(x.dep_ == "nummod" for x in c.children))
                                  for c in t.children) \
                and re.search(r"(?i)\b(?:Red\s+Cross|Red\s+Crescent|hospitals?|medics|paramedics|doctors|ambulances?)\b",
                              t.sent.text):
            return "injured", True  # "The Red Cross said it treated 67 people" (QA, eighteenth session)
        if lem in WOUND_VERBS:
            w = _wound_object(t)
            if w is None:
                return None
            if any(_fatal_word(c) for c in w.children):
                return "killed", False
            return "injured", True
        if lem == "find" and _body_found(t) is not None:
            return "killed", False  # "John Doe's body was found", "a man whose body was found"
        if lem == "find" and (w := _found_with_wound(t)) is not None:
            # "deputies found a woman lying in the yard with a gunshot wound to the chest"
            return ("killed", False) if any(_fatal_word(c) for c in w.children) else ("injured", True)
        if lem in TO_DEATH_VERBS and _to_death(t):
            return "killed", False  # "hacked 16 villagers to death", "was beaten to death"
        if lem == "whip" and _pistol_before(t):
            return "injured", False  # "pistol-whipped the clerk": beaten with a gun, hurt
        if lem in ABDUCT_VERBS or low in ("kidnapped", "abducted"):
            if t.dep_ in ("amod", "acl") and t.head.dep_ in ("dobj", "nsubjpass") \
                    and lemma_lower(t.head.head) in FREEING_VERBS:
                return None  # "rescued 35 kidnapped passengers" (QA round twenty-one): freed, not taken here
            return "abducted", False
        if lem in ("seize", "grab"):
            # "gunmen seized 287 students" (QA round seven): people taken; by the state's men, held
            # (not "seized 20 kilograms of heroin")
            objs = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
            # (a name is no person seized: "M23, which seized Goma in January" with Goma tagged a
            # person, QA round twenty-four)
            if not objs or not all(_is_person_noun(o) and o.pos_ != "PROPN" for o in objs):
                return None
            subj = [c for c in t.children if c.dep_ == "nsubj"]
            return ("arrested" if any(c.lemma_.lower() in _STATE_NOUNS or c.lower_ == "authorities" for c in subj)
                    else "abducted"), False
        if lem in ARREST_VERBS:
            if lem == "capture" and any(c.dep_ in ("dobj", "nsubjpass") and not _is_person_noun(c)
                                        and c.pos_ == "NOUN" for c in t.children):
                return None  # "claimed to have captured two settlements" (QA round twenty): places taken
            if lem == "capture" and _soldiers_captured(t):
                # "At least 20 junta soldiers were killed and 35 captured, according to the TNLA" (QA,
                # sixteenth session): soldiers taken in battle by the other side, no arrest
                return "abducted", False
            if lem == "capture" and _taken_by_armed_group(t):
                # "JNIM claimed ... to have killed 30 soldiers and captured 12 others" (QA round
                # twenty-five): soldiers taken by an armed group are abducted, not arrested
                return "abducted", False
            return "arrested", False
        if lem == "gun" and any(c.lower_ == "down" for c in t.children):
            return "killed", False
        if lem == "hospitalize" or low == "hospitalized":
            return "injured", True
        if lem == "admit" and any(c.dep_ == "prep" and c.lower_ == "to" and any(
                _HOSPITAL.search(p.doc[p.left_edge.i:p.i + 1].text) for p in c.children) for c in t.children) \
                and any(c.dep_ == "nsubjpass" and _is_person_noun(c) for c in t.children):
            return "injured", False  # "Seven policemen were admitted to hospital" (QA, sixteenth session)
        if lem in ("take", "send", "rush", "transport", "admit") and _hospital_after_shooting(t):
            return "injured", True
        if lem == "take" and any(c.lower_ in ("hostage", "hostages", "captive") for c in t.children):
            return "abducted", False
        if lem == "take" and t.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in t.children) \
                and not any(c.dep_ in ("prep", "prt", "dobj", "oprd", "xcomp") for c in t.children) \
                and _ABDUCTION_WORDS.search(doc_text(t.doc)[t.doc[max(0, t.sent.start - 1)].sent.start_char:t.idx]):
            # "Armed bandits abducted dozens of people ... Police confirmed 28 people were taken" (QA
            # round twenty-seven): taken, with nowhere named, after an abduction is abducted
            return "abducted", False
        if lem == "take" and any(c.dep_ == "prep" and c.lower_ == "into" and any(
                o.dep_ == "pobj" and o.lower_ == "custody" for o in c.children) for c in t.children):
            return "arrested", False  # "A 16-year-old boy was taken into custody Saturday" (QA round twenty-four)
        if lem == "take" and any(c.dep_ == "dobj" and any(
                g.dep_ == "prep" and g.lower_ == "of" and any(
                    o.dep_ == "pobj" and o.lower_ in ("hostage", "hostages", "captive") for o in g.children)
                for g in c.children) for c in t.children):
            return "abducted", False  # "took dozens of passengers hostage", parsed "dozens of [passengers hostage]"
        # ("dead" read onto the next noun: "was pronounced dead hours later", QA round twenty)
        dead_next = t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in DEAD_ADJ
        if lem == "pronounce" and (any(c.lower_ == "dead" for c in t.children) or dead_next):
            return "killed", False
        if lem == "find" and any(c.dep_ == "nsubjpass" and c.pos_ == "PRON" or c.dep_ == "nsubjpass" and any(
                d.dep_ == "det" and d.lower_ == "the" for d in c.children) for c in t.children) and (any(
                c.lower_ in DEAD_ADJ and c.dep_ in ("oprd", "acomp", "xcomp") for c in t.children) or dead_next):
            # "The student was found dead hours later", "He was found dead" (QA round twenty): the one
            # told before died, as with "was pronounced dead" (a new "A man was found dead" is the
            # adjective's)
            return "killed", False
        if lem in ("lose",) and any(c.lower_ in ("life", "lives") for c in t.children):
            return "killed", False
        if lem == "lose" and t.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lower_ in _LIMBS for c in t.children) \
                and any(c.dep_ == "nsubj" for c in t.children):
            return "injured", False  # "A fifth child lost both legs" (QA round forty-three)
        if _lost_men(t) is not None:
            return "killed", False
        if _lives_taken(t) is not None:
            return "killed", False
        if low == "missing" or (lem == "go" and any(c.lower_ == "missing" for c in t.children)):
            return "missing", False
        return None
    if _suffering_from_wound(t):
        return "injured", True
    if t.pos_ == "NOUN" and lem in HIT_NOUNS | KILL_EVENT_NOUNS:
        # "the shooting of four people", "the fatal stabbing of a man", "the killing of two teens"
        of = _of_pobj(t)
        if of is None or not (_is_person_noun(of) or of.like_num or of.lower_ in VAGUE or of.pos_ == "PROPN"):
            return None
        if lem in _NAMED_VICTIM_ONLY_AS_EVENT and of.pos_ == "PROPN" and not (
                lem == "death" and any(c.dep_ in ("compound", "amod") and c.lower_ in ("shooting", "stabbing", "gunshot")
                                       for c in t.children)):
            # "since the assassination of <a name>": mostly a past event recalled as context; "the
            # shooting death of <a name>" is the killing a local report is about
            return None
        if any(c.lower_ in ("attempted", "alleged") and c.dep_ == "amod" for c in t.children) and lem in KILL_EVENT_NOUNS:
            return None  # "attempted murder of two people": not a death
        if lem in KILL_EVENT_NOUNS or any(c.lower_ in ("fatal", "deadly") for c in t.children):
            return "killed", False
        return "injured", True
    if t.pos_ == "ADJ" or t.tag_ == "JJ" or _hurt_read_as_noun(t):
        if low in DEAD_ADJ:
            return "killed", False
        if low in INJ_ADJ:
            return "injured", False
        if low in MISSING_ADJ:
            return "missing", False
        if low in ("hospitalized", "hospitalised") and t.dep_ in ("acomp", "oprd") and _lemma(t.head) in ("remain", "stay"):
            return "injured", True  # "Four others remain hospitalized" (QA, eighteenth session)
    return None


def _hurt_read_as_noun(t: Token) -> bool:
    """"left four dead and six hurt" (QA, sixteenth session), the second adjective tagged a noun (or
    "A 15-year-old boy was killed and a 17-year-old wounded", QA round forty-one: the gapped verb read
    as a noun the age describes)."""
    if t.pos_ != "NOUN" or t.lower_ not in INJ_ADJ or t.dep_ != "conj":
        return False
    if t.head.lower_ in DEAD_ADJ and any(c.dep_ == "nummod" for c in t.children):
        return True
    if _lemma(t.head) == "leave" and any(c.dep_ == "det" and c.lower_ in ("another", "a") for c in t.children) \
            and any(c.dep_ == "oprd" and c.lower_ in DEAD_ADJ for c in t.head.children):
        return True  # "left one man dead and another hurt" (QA round forty-nine): one more, hurt
    return _lemma(t.head) in ("kill", "shoot", "stab") and any(c.dep_ == "det" for c in t.children) \
        and any(c.dep_ == "amod" and c.lower_ in ("old", "year-old") for c in t.children)


def _suffering_from_wound(t: Token) -> bool:
    """"arrived at a hospital suffering from a gunshot wound" with "suffering" read as a noun."""
    return t.lower_ == "suffering" and (t.pos_ == "NOUN" or t.dep_ == "pobj") and any(
        p.dep_ == "prep" and p.lower_ == "from" and any(o.dep_ == "pobj" and _lemma(o) in WOUND_NOUNS for o in p.children)
        for p in t.children)


def _suffering_noun_subject(t: Token) -> list[Token]:
    """The subject of the clause that "suffering (from a wound)" read as a noun ends ("A man
    arrived at a hospital suffering from ..."): the person who suffers."""
    h = t
    for _ in range(4):
        if h.head.i == h.i:
            break
        h = h.head
        if h.pos_ in ("VERB", "AUX"):
            return [c for c in h.children if c.dep_ in ("nsubj", "nsubjpass") and
                    (c.pos_ in ("PROPN", "PRON") or _is_person_noun(c))]
    return []


def _found_with_wound(t: Token) -> Token | None:
    """The wound noun of "found <person> (lying ...) with a gunshot wound": an active "find"
    whose object is a person, and "with" a wound on the verb, the object or a participle of it."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in t.children):
        return None  # the passive ("was found with a gunshot wound") is read elsewhere
    objs = [c for c in t.children if c.dep_ == "dobj" and (c.pos_ in ("PROPN", "PRON") or _is_person_noun(c))]
    if not objs:
        return None
    holders = [t, objs[0]] + [c for c in objs[0].children if c.dep_ in ("acl", "amod")] + \
        [c for c in t.children if c.dep_ in ("advcl", "xcomp", "oprd")]
    # "found a driver in a truck with a bullet wound": the parser hangs "with" on the place
    holders += [o for h in (t, objs[0]) for p in h.children if p.dep_ == "prep" and p.lower_ != "with"
                for o in p.children if o.dep_ == "pobj"]
    for h in holders:
        for p in h.children:
            if p.dep_ == "prep" and p.lower_ == "with":
                for o in p.children:
                    if o.dep_ == "pobj" and _lemma(o) in WOUND_NOUNS:
                        return o
    return None


def _body_found(t: Token) -> Token | None:
    """Whose body the verb ``t`` ("find", "discover") says was found: "John Doe's body was found",
    "a woman whose body was found beside a creek", "found the body of a woman". The person, or None."""
    kids = list(t.children)
    body = next((c for c in kids if c.dep_ in ("nsubjpass", "dobj") and c.lower_ in ("body", "remains")), None)
    if body is None:
        return None
    poss = next((c for c in body.children if c.dep_ == "poss"), None)
    if poss is not None:
        if poss.lower_ == "whose" and t.dep_ == "relcl" and t.head.i != t.i:
            return t.head
        if poss.pos_ in ("PROPN", "NOUN") and (poss.pos_ == "PROPN" or _is_person_noun(poss)):
            return poss
        if poss.lower_ in ("his", "her"):
            return poss  # "His bullet-riddled body was found" (QA round twenty-seven)
        return None
    of = _of_pobj(body)
    if of is not None and (of.pos_ == "PROPN" or _is_person_noun(of)):
        return of
    return None


def _pistol_before(t: Token) -> bool:
    """"pistol-whipped", "pistol whipping": the word "pistol" (or "gun") right before the verb."""
    doc = t.doc
    k = t.i - 1
    if k >= 0 and doc[k].text in ("-", "–"):
        k -= 1
    return k >= 0 and doc[k].lower_ in ("pistol", "gun")


_ABDUCTION_WORDS = re.compile(r"(?i)\b(?:abduct|kidnap)\w*")
STRIKE_VERBS = frozenset("strike hit".split())
STREET_WORDS = frozenset("street st avenue ave road rd drive dr lane ln boulevard blvd way court place parkway "
                         "highway square park".split())
GUN_NOUNS = frozenset("gun guns pistol pistols handgun handguns rifle shotgun butt weapon".split())
HIT_NOUNS = frozenset("shooting stabbing".split())
# "the assassination of three judges", "the death of two nuns": a killing told as a noun with its
# victims after "of" (the victim must be people: "the death of the peace talks" is not one)
KILL_EVENT_NOUNS = frozenset("killing murder slaying homicide assassination massacre execution death".split())
# of these, a killing of one named person is more often an earlier event recalled as background than
# news: they count people only when the phrase gives a number or a class of people ("two nuns")
_NAMED_VICTIM_ONLY_AS_EVENT = frozenset("assassination massacre execution death".split())
# "struck her in the leg": a body part after a person says a bullet hit them
BODY_PARTS = frozenset("""head face neck chest back shoulder shoulders arm arms hand hands leg legs foot feet
    stomach abdomen torso side hip hips thigh thighs knee knees ankle wrist buttocks groin jaw eye cheek
    mouth elbow forearm calf shin lower upper body""".split())
PROJECTILE_NOUNS = frozenset("bullet bullets round rounds gunfire shot shots pellet pellets fire".split())


def _struck_person(t: Token) -> bool:
    """"striking her in the leg", "a bullet struck the driver", "was hit by gunfire"."""
    kids = list(t.children)
    objs = [c for c in kids if c.dep_ in ("dobj", "nsubjpass")]
    if not objs and t.dep_ == "acl" and t.tag_ == "VBN" and t.head.i != t.i:
        objs = [t.head]  # "one of five people struck by gunfire" (QA round twenty-seven)
    if t.tag_ == "VBG" and t.dep_ in ("advcl", "xcomp", "conj") \
            and t.head.lemma_.lower() in ("fire", "shoot", "return") \
            and any(o.pos_ == "PROPN" and o.lower_ not in STREET_WORDS or o.pos_ == "PRON" and o.lower_ in SINGULAR_PRON
                    or o.pos_ == "NOUN" and _is_person_noun(o) for o in objs):
        # "Two officers returned fire, striking Talbot several times" (QA round twenty-four): the
        # shots the clause it hangs on fired (a name the model took for a title too)
        return True
    if not objs or not any(o.pos_ == "PRON" and o.lower_ in SINGULAR_PRON | {"them"} or
                           (o.pos_ in ("NOUN", "PROPN") and _is_person_noun(o)) or
                           (o.pos_ == "PROPN" and o.ent_type_ in ("PERSON", "")
                            and o.lower_ not in STREET_WORDS) for o in objs):
        return False
    for c in kids:
        if c.dep_ == "prep" and c.lower_ == "in" and any(p.dep_ == "pobj" and p.lower_ in BODY_PARTS for p in c.children):
            return True
        if c.dep_ == "agent" and any(p.lower_ in PROJECTILE_NOUNS for p in c.subtree):
            return True
        if c.dep_ == "prep" and c.lower_ == "with" and any(p.dep_ == "pobj" and p.lower_ in GUN_NOUNS for p in c.children):
            return True  # "hit with a gun": pistol-whipped
        if c.dep_ == "nsubj" and (c.lower_ in PROJECTILE_NOUNS or any(p.lower_ in PROJECTILE_NOUNS for p in c.subtree)):
            return True
    return False


def _fatal_word(t: Token) -> bool:
    """"fatal", "mortal", not "non-fatal"."""
    if t.lower_ not in ("fatal", "mortal"):
        return False
    doc = t.doc
    prev = doc_text(doc)[max(0, t.idx - 5):t.idx].lower()
    return not re.search(r"non\s*-?\s*$", prev)


def _wound_object(t: Token) -> Token | None:
    """"sustained a gunshot wound", "suffering from injuries", "treated for wounds"."""
    for c in t.children:
        if c.dep_ == "dobj" and _lemma(c) in WOUND_NOUNS or c.lower_ in WOUND_NOUNS and c.dep_ == "dobj":
            return c
        if c.dep_ == "prep" and c.lower_ in ("from", "for"):
            for p in c.children:
                if p.dep_ == "pobj" and (p.lower_ in WOUND_NOUNS or _lemma(p) in WOUND_NOUNS):
                    return p
    return None


def _shot_at(t: Token) -> bool:
    """"was shot at by the officer", "shot at the car": fired at, not hit. "shot at a party" (a
    place) and "shot at 3 a.m." are hits."""
    doc = t.doc
    nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
    if nxt is None or nxt.lower_ != "at" or nxt.head.i != t.i:
        return False
    objs = [c for c in nxt.children if c.dep_ == "pobj"]
    if not objs:
        return True  # stranded: "was shot at"
    o = objs[0]
    if o.lower_ in ("other", "another"):
        return True  # "were shooting at each other / one another": an exchange of fire, no one hit told
    return o.pos_ == "PRON" or (o.pos_ in ("NOUN", "PROPN") and (_is_person_noun(o) or _lemma(o) in VEHICLE_NOUNS))


VEHICLE_NOUNS = frozenset("car vehicle truck suv van house home window trailer bus officer police".split())


def _fatal_hit(t: Token) -> bool:
    if t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "dead" and t.doc[t.i + 1].head.i != t.i:
        return True  # "shot dead 13 workers", "dead" parsed on the object (QA round six)
    for c in t.children:
        if c.lower_ in ("fatally", "mortally", "dead"):
            return True
        if c.dep_ == "prep" and c.lower_ == "to" and any(p.lower_ == "death" for p in c.children):
            return True
    return False


def _to_death(t: Token) -> bool:
    """"to death" on the verb (or, parsed loosely, on its object): "beat two men to death"."""
    objs = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
    # (or on a participle clause of the object: "A mob beat a man accused of blasphemy to death", QA,
    # eighteenth session)
    objs += [a for o in objs for a in o.children if a.dep_ == "acl" and a.tag_ == "VBN"]
    for x in (t, *objs):
        for c in x.children:
            if c.dep_ == "prep" and c.lower_ == "to" and any(p.lower_ == "death" for p in c.children):
                return True
    return False


def _where_before(t: Token) -> bool:
    """``t`` tells of a place's past in a "where" clause with a date of its own: "on the same South Side
    street where a teenager died in a drive-by last August" (QA round forty-three)."""
    for a in (t, *list(t.ancestors)[:3]):
        if a.dep_ == "relcl" and any(c.lower_ == "where" and c.dep_ == "advmod" for c in a.children):
            return any(w.ent_type_ == "DATE" and (w.lower_.rstrip(".") in MONTHS or w.lower_ in ("last", "ago", "earlier")
                                                   or re.fullmatch(r"(?:19|20)\d\d", w.text)) for w in a.subtree)
    return False


def _status(t: Token) -> str:
    if _where_before(t):
        return "cumulative"
    if t.dep_ == "pobj" and t.head.lower_ == "for" and t.head.head.lower_ == "wanted":
        return "cumulative"  # "police shot a man wanted for the murder of a jeweller" (QA round 26): his past crime
    if period_dead(t):
        return "cumulative"  # the toll of a period told by when it began, no incident's
    if _lemma(t) in ARREST_VERBS and freed_after(t):
        # "authorities freed 110 people detained during post-election protests" (QA, eighteenth session):
        # those held before, now freed, are no arrest of this event
        return "cumulative"
    if _investigated_by_someone(t):
        # "A judge who was investigating the murder of a bishop was shot dead" (QA, eighteenth session):
        # the crime the victim's work was about, no figure of the attack on him
        return "cumulative"
    for c in t.children:
        if c.dep_ == "neg":
            return "negated"
        if c.dep_ in ("aux", "auxpass") and c.lower_ in ("could", "may", "might", "would", "should", "will",
                                                       "shall", "'ll", "can", "must"):
            return "hypothetical" if c.lower_ not in ("will", "shall", "'ll") else "planned"
    toll = next((a for a in [t, *list(t.ancestors)[:2]] if a.lemma_.lower() in ("toll", "number", "figure")
                 and a.dep_ in ("nsubj", "nsubjpass")), None)
    if toll is not None and any(c.dep_ == "aux" and c.lower_ in ("could", "may", "might") for c in toll.head.children):
        # "A local Red Cross official said the toll might rise to more than 50" (QA, sixteenth session):
        # a toll feared, not told
        return "hypothetical"
    h = t
    for _ in range(2):
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in h.children):
            return "hypothetical"  # "checking whether anyone was injured"
        if h.dep_ in ("ccomp", "csubj", "xcomp", "advcl") and (_lemma(h.head) in UNCERTAIN_HEADS or any(
                c.dep_ == "acomp" and c.lower_ in UNCERTAIN_HEADS for c in h.head.children)):
            return "hypothetical"  # "it's possible a person was shot and fled"
        if h.dep_ in ("xcomp", "ccomp") and _lemma(h.head) in ("threaten", "vow", "plan", "try", "attempt",
                                                                 "want", "intend", "seek", "aim", "fear",
                                                                 "warn", "pledge", "promise"):
            return "hypothetical"
        if h.dep_ == "xcomp" and h.head.lower_ == "going":
            return "hypothetical"  # "he was going to kill himself"
        if h.dep_ == "ccomp" and _lemma(h.head) in _BELIEF_VERBS:
            if any(c.dep_ == "neg" for c in h.head.children):
                return "negated"  # "officers did not believe the clerk had been hit"
            if h.head.tag_ == "VBD" and _lemma(h.head) in ("think", "fear"):
                return "hypothetical"  # "she thought she had been shot" (and was not)
        if h.dep_ == "pcomp" and h.head.lower_ == "from" and _lemma(h.head.head) in _PREVENT_VERBS:
            return "negated"  # "officers prevented him from killing himself"
        if h.dep_ in ("ccomp", "acl") and h.head.lemma_.lower() in ("report", "claim", "rumour", "rumor") \
                and h.head.dep_ == "dobj" and h.head.head.lemma_.lower() in ("deny", "dismiss", "reject", "refute"):
            # "Police denied reports that three people had been killed" (QA, seventeenth session)
            return "negated"
        h = h.head
    return "occurred"


_PREVENT_VERBS = frozenset("prevent stop keep save deter bar block discourage dissuade restrain".split())
# a report that a belief was wrong or absent: "police do not think anyone was hit"
_BELIEF_VERBS = frozenset("believe think suspect fear".split())
UNCERTAIN_HEADS = frozenset("possible unclear unknown likely unlikely unsure uncertain".split())
FIND_VERBS = frozenset("find discover locate leave".split())
_TIME_WORDS = frozenset("""night morning afternoon evening day days week weekend month year hours hour minutes
    today yesterday tonight overnight noon midnight monday tuesday wednesday thursday friday saturday sunday
    january february march april june july august september october november december""".split())


def _neither_subject(arg: Token) -> bool:
    """"Neither the guard nor his two sons were hurt": a subject opened by "neither" names people
    the clause says were not affected (the parser hangs "neither" on the first conjunct, as a
    preconj or det, so the clause verb itself carries no negation)."""
    first = arg
    while first.dep_ in ("conj", "appos") and first.head.i < first.i:
        first = first.head  # "his two sons" is a conjunct of "the guard"
    return any(c.dep_ in ("preconj", "det", "cc") and c.lower_ == "neither" for c in first.children)


def _timeish(t: Token) -> bool:
    """"killed Monday night", "wounded Sunday": a time phrase the parser hung on the verb, not a victim."""
    return t.ent_type_ in ("DATE", "TIME") or t.lower_ in _TIME_WORDS


_SHOOTING_CAUSE = frozenset("shooting shootout stabbing gunfire gunshot shot attack gunbattle firefight".split())


def _shooting_cause(p: Token) -> bool:
    """A noun that blames a hurt on gunfire: "after a shooting", "a gunbattle", "a gun battle"."""
    return _lemma(p) in _SHOOTING_CAUSE or (_lemma(p) == "battle" and any(x.lower_ == "gun" for x in p.children))


def _hospital_after_shooting(t: Token) -> bool:
    """"another (was) taken to a hospital after a shooting", "a shooting sent one man to the
    hospital": a trip to hospital that the clause blames on a shooting (taken to hospital alone
    is not an injury: people are taken for evaluation too)."""
    kids = list(t.children)
    to_hosp = any(c.dep_ == "prep" and c.lower_ == "to" and any(
        _HOSPITAL.search(p.doc[p.left_edge.i:p.i + 1].text) for p in c.children) for c in kids)
    if not to_hosp:
        return False
    if any(c.dep_ == "nsubj" and _lemma(c) in _SHOOTING_CAUSE for c in kids):
        return _lemma(t) == "send"
    if _lemma(t) == "send" and t.dep_ == "advcl" and not any(c.dep_ == "nsubj" for c in kids) and any(
            c.dep_ == "nsubj" and _lemma(c) in _SHOOTING_CAUSE for c in t.head.children):
        return True  # "Gunfire erupted on Elm Street, sending one man to the hospital"
    if _lemma(t) != "send" and any(_lemma(w) in WOUND_NOUNS and w.head.dep_ == "prep" and
                                   (w.head.lower_ == "for" or (w.head.lower_ == "of" and _lemma(w.head.head) == "treatment"))
                                   for w in t.subtree):
        return True  # "taken to a hospital for treatment of a gunshot wound"
    # what caused the trip may hang on its second verb ("taken to a hospital and later flown to a
    # trauma center after a gunbattle")
    kids += [x for c in kids if c.dep_ == "conj" and c.pos_ == "VERB" for x in c.children]
    return _lemma(t) != "send" and any(
        c.dep_ == "prep" and c.lower_ in ("after", "following") and
        any(_shooting_cause(p) for p in c.children) for c in kids)


# "the attack claimed the lives of three judges", "cost the lives of"
LIFE_TAKING_VERBS = frozenset("claim cost".split())


# those a force "lost" in a fight are its dead ("killed 22 militants and lost three soldiers")
_LOST_MEN = frozenset({"soldier", "troop", "officer", "policeman", "fighter", "man", "member", "militant",
                       "guard", "commando", "peacekeeper"})


def _lost_men(t: Token) -> Token | None:
    """The counted men a force "lost" ("lost three soldiers in a gun battle", QA round eighteen)."""
    if _lemma(t) != "lose" or t.pos_ != "VERB":
        return None
    return next((c for c in t.children if c.dep_ == "dobj" and _lemma(c) in _LOST_MEN
                 and any(x.dep_ == "nummod" or x.like_num for x in c.children)), None)


def _lives_taken(t: Token) -> Token | None:
    """The people whose lives the verb ``t`` says were claimed ("claimed the lives of two guards":
    the guards), else None."""
    if _lemma(t) not in LIFE_TAKING_VERBS:
        return None
    for c in t.children:
        if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in ("life", "lives"):
            of = _of_pobj(c)
            if of is not None:
                return of
    return None


def _list_start(t: Token) -> Token:
    """The noun a casualty adjective after it describes: "found Jane Doe, 26, and her husband,
    John Doe, 28, dead" hangs "dead" on the last item; it tells the fate of the whole list, when
    no earlier item has a word of its own after it ("a man wounded and his wife dead")."""
    head = t.head
    if t.i < head.i:
        return head
    first = head
    while first.dep_ == "conj" and first.head.i < first.i and first.head.pos_ in ("NOUN", "PROPN"):
        first = first.head
    if first.i == head.i:
        return head
    items = [first, *_conj_chain(first)]
    if any(x.dep_ in ("amod", "acl", "oprd", "relcl") and x.i > it.i and x.pos_ in ("ADJ", "VERB")
           for it in items if it.i != head.i for x in it.children):
        return head
    return first


def _victim_args(t: Token) -> list[Token]:
    """The victim phrase heads of a casualty predicate ``t`` (with the figures of a list that goes
    on with the verb left out: events._gapped_deeds)."""
    if shot_down(t) is not None:
        return []  # "shot down 52 of them": weapons, no one hit (QA, seventeenth session)
    args = [_them_counted(t, a) or a for a in _victim_args_raw(t)]
    if args and (later := later_figures(t.sent)):
        # ("killing 30, 11 and seven people respectively": each a deed's figure, QA, seventeenth session)
        args += [t.doc[i] for i in later if t.doc[i] not in args]
    if args and args[0].i > 0 and (num := wanted_misparsed(args[0].doc[args[0].i - 1])) is not None:
        args = [num] + args[1:]  # ("14 wanted suspects were arrested", QA, seventeenth session)
    return args + [c for c in gapped_figures(t) if c not in args] if args else args


def _them_counted(t: Token, a: Token) -> Token | None:
    """"pulled off nine passengers and shot them dead", "abducted nine passengers and later killed
    them" (QA round twenty-three): "them" on a verb joined to another whose object carries a number
    is that object (the people counted), else None."""
    if a.lower_ != "them" or a.pos_ != "PRON":
        return None
    verbs = [t.head] if t.dep_ == "conj" and t.head.pos_ == "VERB" else []
    verbs += [c for c in (t.head.children if verbs else ()) if c.dep_ == "conj" and c.pos_ == "VERB" and c.i < t.i]
    for v in verbs:
        for o in v.children:
            if o.dep_ == "dobj" and o.i < a.i and (o.like_num or any(x.dep_ == "nummod" for x in o.children)):
                return o
    return None


def _victim_args_raw(t: Token) -> list[Token]:
    mis = shot_dead_misparsed(t)
    if mis is not None:
        return mis[1]  # "Gunmen on a motorbike shot dead a police constable" (QA round seven)
    said_by = victims_misparsed_as_speaker(t)
    if said_by is not None:
        return [said_by]  # "killing at least 17 people including four children, a group said"
    # "wounding up to 20" parsed as a particle "up" with the number its object (QA round four)
    up_to = [g for c in t.children if c.dep_ == "prt" and c.lower_ == "up" for g in c.children
             if g.dep_ == "pobj" and g.like_num and any(q.lower_ == "to" for q in g.children)]
    if up_to and t.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in t.children):
        return up_to
    reduced = _reduced_relative_subject(t)
    if reduced is not None:
        return [reduced]
    out = []
    for a in _victim_args_parsed(t):
        if a.lower_ == "between" and a.pos_ == "ADP":
            # "Between 20 and 30 people were injured" (QA round twenty-three): the range opening the
            # clause parsed as the subject; the people after it are the ones hurt
            a = next((o for o in a.children if o.dep_ == "pobj"), a)
        if a.pos_ == "VERB" and a.dep_ in ("nsubjpass", "nsubj") and a.tag_ in ("VBN", "VBD"):
            # "A history-sheeter wanted in 20 cases was shot dead": the parser made the reduced
            # relative the subject; the noun it hangs on is the one shot
            a = next((c for c in a.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), a)
        elif a.dep_ == "nsubjpass" and not _is_person_noun(a) and (rel := next(
                (v for v in [*t.children, t.head] if (v.dep_ in ("csubjpass", "csubj") or v.i == t.head.i and t.dep_ == "conj")
                 and v.tag_ in ("VBN", "VBD") and _lemma(v) == "want" and v.i < a.i), None)) is not None:
            # ("A history-sheeter wanted in more than 30 cases of robbery and murder was gunned down", QA
            # round forty-one: the cases parsed as the subject, the participle as a clause of its own)
            a = next((c for c in rel.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), a)
        out.append(a)
    if out and t.pos_ == "VERB":
        # "fatally shot his girlfriend and then himself", the reflexive parsed as the verb's conjunct (QA
        # round six): the shooter is among the dead too
        out += [c for c in t.children if c.dep_ == "conj" and c.lower_ in ("himself", "herself")
                and not any(x.i == c.i for x in out)]
    return out


def _reduced_relative_subject(t: Token) -> Token | None:
    """"A man shot during a fight on Sunday has died" (GVA train) parsed as the man shooting, with
    "died" its clausal object: a participle with a subject and no auxiliary, whose clause says
    someone has died, is a reduced relative; its subject was shot and died (QA round nineteen)."""
    if t.pos_ != "VERB":
        return None
    if _lemma(t) in ("die", "succumb"):
        # "A 17-year-old shot in a fight over a bicycle ... has died": "shot" read as a noun, the age its
        # modifier; the age names the one who died
        age = [a for s in t.children if s.dep_ == "nsubj" and s.lower_ in ("shot", "stabbed", "wounded")
               for a in s.children if a.dep_ == "amod" and a.lower_ == "old" and a.i < s.i]
        if age:
            return age[0]
        if (n := _shot_one_died(t)) is not None:
            return n
    v = t
    # (or its adverbial clause: "The man shot during an argument ... on Saturday has died of his
    # injuries", QA, eighteenth session)
    if _lemma(t) in ("die", "succumb") and t.dep_ in ("ccomp", "conj", "advcl") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
        v = t.head
    if v.tag_ not in ("VBN", "VBD") or _lemma(v) not in ("shoot", "stab", "wound", "injure", "hurt") \
            or any(c.dep_ in ("aux", "auxpass", "dobj") for c in v.children) \
            or not any(c.dep_ in ("ccomp", "conj", "advcl") and _lemma(c) in ("die", "succumb")
                       and any(a.dep_ == "aux" and a.lower_ in ("has", "have", "had") for a in c.children)
                       for c in v.children) \
            or v.tag_ == "VBD" and not any(c.dep_ == "advcl" and _lemma(c) in ("die", "succumb") for c in v.children):
        return None
    return next((c for c in v.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)


_INITIALLY_SAID = re.compile(r"(?i)\b(?:initially|originally|at\s+first|earlier)\s+(?:said|reported|put|gave)\b")
# a toll told as risen to a figure, however long the incident's name between ("The death toll from a
# shooting at a birthday party ... on Saturday night has risen to two")
_RISEN_TO = re.compile(r"(?i)\btoll\b[^.;]{0,120}?\b(?:has|have|had)?\s*(?:risen|rose|climbed|increased)\s+to\b")


# more dead of the incident found or dying ("Seven more bodies were found", "two more people died")
_MORE_FOUND = re.compile(r"(?i)\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|\w+teen|twenty|thirty|several)"
                         r"\s+more\s+(?:bodies|people|victims|civilians|villagers|soldiers|residents|dead)\b")
# ("Ten attackers were also killed, bringing the total death toll to 21", QA round forty-three)
_ALSO_KILLED = re.compile(r"(?i)\b(?:were|was)\s+also\s+(?:killed|shot\s+dead)\b")
_TOTAL_TOLD_TO = re.compile(r"(?i)\bbringing\s+the\s+(?:total\s+)?(?:death\s+)?(?:toll|total)\s+to\s+$")
_BRINGING_TOLL = re.compile(r"(?i)bringing\s+the\s+(?:[\w-]+\s+)?(?:total|toll|tally|count)\b")
_PERIOD_WORDS = re.compile(r"(?i)\b(?:this|last|the\s+past)\s+(?:year|month|week|weekend)\b|\bsince\b|\bso\s+far\b")
_KNIFE_ATTACKER = frozenset({"attacker", "assailant", "suspect", "knifeman", "attackers", "assailants"})
_LIMBS = frozenset({"leg", "legs", "arm", "arms", "hand", "hands", "foot", "feet", "eye", "eyes", "limb", "limbs"})
_STATE_WORDS = frozenset({"dead", "injured", "wounded", "hurt", "killed", "missing"})


_BESIDES_SELF = re.compile(r"(?i)^\s*,?\s*(?:besides|in\s+addition\s+to|apart\s+from|not\s+counting|excluding)\s+"
                           r"(themselves|himself|herself)\b")
_ATTACKERS_N = re.compile(r"(?i)\b(\d+|two|three|four|five|six)\s+(?:suicide\s+)?(?:bombers|attackers|gunmen|assailants)\b")


def _besides_themselves(doc: Doc, numeric: list[tuple[int, CountMention]]) -> int:
    """"Two suicide bombers set off their vests ..., killing 12 people besides themselves" (QA round
    forty-three): the attackers dead on top of the figure, as ACLED counts them."""
    text = doc_text(doc)
    for _, c in numeric:
        m = _BESIDES_SELF.match(text[c.end:c.end + 40])
        if m is None:
            continue
        if m.group(1).lower() in ("himself", "herself"):
            return 1
        n = _ATTACKERS_N.search(_sent_text(doc, c.sent))
        return (parse_number(n.group(1)) or 0) if n else 0
    return 0


def _objects_of_the_killer(doc: Doc | None, figures: list[tuple[int, CountMention]]) -> bool:
    """Every figure is the object of an active verb with a subject ("A man fatally shot his two sons"):
    those he hit, himself not among them."""
    if doc is None or not figures:
        return False
    for _, c in figures:
        sp = doc.char_span(c.start, c.end, alignment_mode="expand")
        if sp is None or len(sp) == 0:
            return False
        r = sp.root
        if r.dep_ != "dobj" or not any(x.dep_ == "nsubj" for x in r.head.children):
            return False
    return True


def _shot_one_died(t: Token) -> Token | None:
    """"A man shot early Monday near 31st Street and Prospect Avenue died Friday" (QA round
    thirty-nine): the parser gave "died" the street for its subject and read "A man shot" as a
    clause of its own, the man shooting. A participle of wounding with a person for subject and no
    object or auxiliary, followed in its sentence by "died" whose own subject is missing or a thing
    named inside the participle's phrase, is a reduced relative: the one shot is the one who died."""
    subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and (subj.pos_ == "PRON" or _is_person_noun(subj)):
        return None
    sent = t.sent
    for v in reversed(list(t.doc[sent.start:t.i])):
        if v.pos_ not in ("VERB", "AUX") or v.dep_ in ("aux", "auxpass") and v.head.i == t.i:
            continue  # ("has died": the auxiliary of "died")
        if _lemma(v) not in ("shoot", "stab", "wound") or v.tag_ not in ("VBD", "VBN"):
            return None  # the nearest verb before "died" is not the wounding
        if any(c.dep_ in ("aux", "auxpass", "dobj") for c in v.children) \
                or not (t.head.i == v.i or v.head.i == t.i or t.head.i == v.head.i != t.i):
            return None
        if subj is not None and not v.i < subj.i < t.i:
            return None
        n = next((c for c in v.children if c.dep_ == "nsubj" and c.i < v.i), None)
        return n if n is not None and _is_person_noun(n) else None
    return None


# verbs that raise the subject of a hedged "to have been killed" ("are believed to have been killed")
_RAISING_VERBS = frozenset({"believe", "fear", "report", "think", "say", "estimate", "understand", "presume",
                            "know", "feared", "reported", "thought", "said"})


def _told_as_gunman(n: Token) -> bool:
    """The person noun ``n`` carries a clause telling he fired ("a man who opened fire inside a store")."""
    return any(r.dep_ == "relcl" and (_lemma(r) == "open" and any(o.lower_ == "fire" for o in r.children)
                                      or _lemma(r) in ("shoot", "fire", "attack"))
               # (active: not "a male who had been shot")
               and not any(x.dep_ in ("auxpass", "nsubjpass") for x in r.children)
               for r in n.children)


def _subject_read_as_opener(t: Token) -> Token | None:
    """"In the deadliest, two brothers, 19 and 22, were shot and killed" (QA round forty-six): the parser
    made the people the object of the opening "In" and left the passive verb with no subject; they are
    its subject."""
    v = t.head if t.dep_ == "conj" and t.head.i != t.i else t
    if any(c.dep_ in ("nsubj", "nsubjpass") for x in (t, v) for c in x.children):
        return None
    for c in v.children:
        if c.dep_ in ("ccomp", "advcl") and c.i < v.i and _lemma(c) in _BELIEF_VERBS | {"identify", "describe"}:
            # ("A 20-year-old man, believed to be the intended target, was shot ...": the aside read as
            # the clause of the man, QA round forty-six)
            subj = next((x for x in c.children if x.dep_ == "nsubj" and x.i < c.i and _is_person_noun(x)), None)
            if subj is not None:
                return subj
        if c.dep_ == "prep" and c.i == c.sent.start and c.lower_ in ("in", "at"):
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None and obj.i < v.i and any(n.dep_ == "nummod" for n in obj.children) \
                    and _is_person_noun(obj) and any(doc_t.text == "," for doc_t in c.doc[c.i:obj.i]):
                return obj
    return None


_DEED_BEFORE = frozenset({"stab", "shoot", "attack", "set", "open", "hack", "slash", "ram", "bomb", "fire", "storm"})


def _victim_args_parsed(t: Token) -> list[Token]:
    if (lives := _lives_taken(t)) is not None:
        return [lives]
    if (lost := _lost_men(t)) is not None:
        return [lost]
    # (a date the parser made the object is no one killed: "A man was shot and killed Jan. 28 outside
    # a store", QA round twenty-six)
    kids = [c for c in t.children if not (c.dep_ == "dobj" and c.ent_type_ in ("DATE", "TIME")
                                          and (c.lower_.rstrip(".") in MONTHS or c.lower_ in WEEKDAYS))]
    passive = any(c.dep_ == "auxpass" for c in kids) or any(c.dep_ == "nsubjpass" for c in kids)
    if not passive and t.dep_ == "conj" and t.tag_ in ("VBN", "VBD") and t.head.i != t.i \
            and not any(c.dep_ == "dobj" for c in kids):
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in t.head.children)
    lem = _lemma(t)
    args: list[Token] = []
    if t.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids) and (between := [
            g for b in t.head.children if b.dep_ == "conj" and b.lower_ == "between" and t.head.i < b.i < t.i
            for g in b.children if g.dep_ == "pobj"]):
        # "At least one person was killed and between four and six others were hurt" (QA round forty-one):
        # the range the parser joined to the first verb is the second one's subject
        return between
    if (passive and t.tag_ == "VBN" or t.dep_ == "conj" and lem in ("die", "succumb")) \
            and (opener := _subject_read_as_opener(t)) is not None:
        return [opener]
    if t.dep_ == "oprd" and t.head.i != t.i:
        # "leaving one dead and 20 injured" (QA round forty): the number joined to the one told dead is
        # who was hurt
        other = [n for o in t.head.children if o.dep_ == "dobj" and any(
            a.dep_ == "amod" and a.lower_ in _STATE_WORDS and a.lower_ != t.lower_ and a.i > o.i for a in o.children)
            for n in o.children if n.dep_ == "conj" and n.like_num and n.i < t.i]
        if other:
            return other
    if t.tag_ == "VBN" and t.dep_ == "conj" and (t.head.dep_ == "oprd" or _lemma(t.head) == "leave") \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in kids) \
            and (num := [c for c in kids if c.dep_ == "nummod"]):
        # "leaving one person dead and at least 15 injured" (QA round twenty-six): the number the
        # parser hung on the second state is who suffered it (or on the verb's conjunct: "leaving 6
        # prisoners dead and 14 injured", QA round forty-one)
        return num
    if t.tag_ == "VBN" and t.dep_ in ("advcl", "xcomp") and t.i > 0 and t.doc[t.i - 1].like_num \
            and t.doc[t.i - 1].dep_ == "conj" and t.doc[t.i - 1].head.dep_ in ("oprd", "acomp"):
        # "left one person dead and more than 40 injured" (QA round seventeen): the number joined
        # to the first state is who was hurt
        return [t.doc[t.i - 1]]
    if t.tag_ == "VBN" and t.dep_ in ("pcomp", "advcl") and t.head.lower_ == "with" and not passive:
        # "..., residents said, with at least 20 people killed" (QA round seventeen): the
        # absolute phrase's subject suffered it
        subj = [c for c in kids if c.dep_ == "nsubj"]
        if subj:
            return subj
    if t.pos_ == "NOUN" and lem in HIT_NOUNS | KILL_EVENT_NOUNS:
        of = _of_pobj(t)
        return [of] if of is not None else []
    if lem == "find":  # "officers found a man with a gunshot wound"
        body = _body_found(t)
        if body is not None:
            return [body]
        # ("The student was found dead hours later": who was found, QA round twenty)
        return [c for c in kids if c.dep_ == "dobj"] or [c for c in kids if c.dep_ == "nsubjpass"]
    if lem == "treat" and not any(c.dep_ in ("nsubjpass", "auxpass") for c in kids) \
            and (objs := [c for c in kids if c.dep_ == "dobj" and (c.like_num or any(x.dep_ == "nummod" for x in c.children))]):
        return objs  # "The Red Cross said it treated 67 people": those treated (QA, eighteenth session)
    if lem == "hospitalize" and t.dep_ in ("acomp", "oprd") and _lemma(t.head) in ("remain", "stay"):
        # "Four others remain hospitalized" (QA, eighteenth session; "... were hit and remain
        # hospitalized": the subject of the verb it is joined to)
        return [c for c in t.head.children if c.dep_ == "nsubj"] or (
            [c for c in t.head.head.children if c.dep_ in ("nsubj", "nsubjpass")] if t.head.dep_ == "conj" else [])
    stay = [c for c in kids if c.dep_ in ("aux", "auxpass") and c.lower_ in ("remain", "remains", "stay", "stays")]
    if lem == "hospitalize" and stay \
            and (subj := [c for c in kids + list(stay[0].children) if c.dep_ in ("nsubj", "nsubjpass")]):
        # "Two men were killed at the scene and a 14-year-old boy remains hospitalized" (QA round
        # thirty-nine): "remains" parsed as the auxiliary; the boy is its own subject, not the men
        return subj
    if lem == "whip":  # "pistol whipping a resident", "was pistol-whipped"
        return [c for c in kids if c.dep_ == "dobj"] or [c for c in kids if c.dep_ == "nsubjpass"] or \
            ([t.head] if t.dep_ == "amod" and _is_person_noun(t.head) else []) or \
            ([c for c in t.head.children if c.dep_ == "nsubj"] if t.dep_ in ("acomp", "conj") and t.head.i != t.i
             and _lemma(t.head) == "be" else [])  # ("A tourist was pistol-whipped and robbed", QA round 26)
    if t.lower_ == "suffering" and (t.pos_ == "NOUN" or t.dep_ == "pobj"):
        return _suffering_noun_subject(t)
    if t.lower_.endswith("ing") and t.dep_ in ("amod", "compound", "acl") and t.head.i != t.i \
            and t.head.pos_ in ("NOUN", "PROPN") and _lemma(t.head) not in ("victim", "casualty") \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in kids):
        # an active participle on a noun names the one who acts: "a shooting suspect", "the
        # killing spree"; only "shooting victim" names the one hit
        if lem not in WOUND_VERBS and lem not in DIE_VERBS:
            return []
    if t.pos_ == "ADJ" or t.tag_ == "JJ" or _hurt_read_as_noun(t):
        own = [c for c in kids if c.dep_ in ("nsubj", "nsubjpass", "nummod")
               or c.dep_ == "det" and c.lower_ == "another" and t.pos_ == "NOUN"  # ("left one dead and another hurt")
               or c.dep_ == "advmod" and c.lower_ == "both"  # "found both dead" (QA round twenty-seven)
               # ("leaving at least 17 prisoners dead" parsed with the people on "dead"; QA, sixteenth session)
               or c.dep_ == "npadvmod" and c.i < t.i and c.pos_ == "NOUN" and _is_person_noun(c)
               # ("and a 17-year-old wounded", the age read as the gapped verb's modifier: QA round forty-one)
               or c.dep_ == "amod" and c.lower_ in ("old", "year-old") and t.pos_ == "NOUN"]
        if own:
            return own
        if t.dep_ == "amod" and t.head.i != t.i:
            return [_list_start(t)]
        if t.dep_ in ("acomp", "oprd", "xcomp", "ccomp", "advcl") and t.head.i != t.i:
            head = t.head
            for dep in ("dobj", "nsubjpass", "nsubj"):
                got = [c for c in head.children if c.dep_ == dep]
                if dep == "dobj" and t.dep_ == "oprd" and len(got) > 1:
                    # "left one man dead and at least 30 people injured": the dead are before "dead"
                    got = [c for c in got if c.i < t.i] or got
                if got:
                    return got
            if t.dep_ == "oprd" and head.dep_ == "dobj" and any(c.dep_ == "nummod" for c in head.children):
                return [head]  # ("leaving at least 11 inmates dead", "dead" hung on the people; QA, sixteenth session)
            if head.dep_ == "conj" and head.head.i != head.i and head.tag_ == "VBN" and t.dep_ == "oprd":
                # "Doe was assigned to a unit, and was found dead": the first verb's subject
                got = [c for c in head.head.children if c.dep_ in ("nsubjpass", "nsubj")]
                if got:
                    return got
        return []
    if t.dep_ in ("xcomp", "oprd", "advcl") and t.head.i != t.i and _lemma(t.head) in FIND_VERBS and \
            not any(c.dep_ == "dobj" or (c.dep_ == "nsubj" and not _timeish(c)) for c in kids):
        # "was found (fatally) shot", "police found him shot in the head": the one found
        got = [c for c in t.head.children if c.dep_ in ("nsubjpass", "dobj")]
        if got:
            return got
    if lem in DIE_VERBS or (lem in ("lose",) and t.lower_ != "lose") or lem in WOUND_VERBS or lem == "pass":
        args = [c for c in kids if c.dep_ in ("nsubj", "nsubjpass")]
        if not args and lem in DIE_VERBS and t.dep_ == "conj" and t.head.dep_ == "advcl" and t.head.tag_ == "VBG" \
                and not any(c.dep_ == "nsubj" for c in t.head.children):
            # "A man, 30, was shot several times while walking home Sunday night and later died
            # at a hospital" (QA round twenty-two): "died" joined to the "while" clause; the one shot died
            args = [c for c in t.head.head.children if c.dep_ in ("nsubj", "nsubjpass")
                    and (c.pos_ in ("PROPN", "PRON") or _is_person_noun(c))]
        if not args and t.dep_ == "acl" and t.head.i != t.i:
            args = [t.head]  # "a boy suffering from a gunshot wound"
            if lem in WOUND_VERBS and t.head.dep_ == "pobj" and t.head.pos_ == "NOUN" and not _is_person_noun(t.head):
                # "walked into a clinic suffering from a gunshot wound": the one who walked in
                verb = t.head.head.head
                args = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and
                        (c.pos_ in ("PROPN", "PRON") or _is_person_noun(c))] or args
        if not args and lem in WOUND_VERBS and t.dep_ == "pcomp" and t.head.dep_ == "prep" \
                and t.head.lower_ in ("after", "with") and t.head.head.pos_ in ("VERB", "AUX"):
            # "four people arrived at the hospital after suffering injuries": the one who arrived
            args = [c for c in t.head.head.children if c.dep_ in ("nsubj", "nsubjpass") and
                    (c.pos_ in ("PROPN", "PRON") or _is_person_noun(c))]
        if not args and lem in WOUND_VERBS and t.dep_ in ("advcl", "xcomp") and t.head.i != t.i:
            # "A man arrived at a hospital suffering from a gunshot wound": the one who arrived;
            # "officers found a man suffering from ...": the one found
            cand = [c for c in t.head.children if c.dep_ == "dobj"] or \
                [c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            args = [c for c in cand if c.pos_ in ("PROPN", "PRON") or _is_person_noun(c)]
    elif t.dep_ == "acl" and t.tag_ == "VBG" and not passive and t.head.i != t.i and \
            any(c.dep_ == "dobj" for c in kids):
        # "a teenager shooting a rifle at cans", "a masked man shooting out the lights": an active
        # participle with its own object; the noun it hangs on is the one who acts (its object
        # is not taken either: headlines glued to a lead give such parses to lists of people)
        # (a place it hangs on is no one acting: "struck a gathering ... in the region of Timbuktu,
        # killing dozens", the participle misparsed onto the place, QA round eighteen)
        # (nor a comma's consequence clause with a bare figure: "..., killing dozens", hung on the
        # quoted "terrorists" before it)
        # (a counted object after a comma, on a thing, is the consequence too: "A Russian drone attack
        # on Odesa overnight damaged port infrastructure ..., injuring three people", the participle
        # misparsed onto "attack", QA round twenty)
        # (nor one told as the gunman: "A man who opened fire inside a store ..., wounding the clerk and a
        # customer, was shot dead by officers", QA, seventeenth session)
        args = [c for c in kids if c.dep_ == "dobj"] if lem in KILL_VERBS | {"wound", "injure"} and (
            t.head.ent_type_ in ("GPE", "LOC", "FAC") or (t.i > 0 and t.doc[t.i - 1].text == "," and any(
                c.dep_ == "dobj" and ((c.like_num or c.lower_ in VAGUE) and not list(c.children)
                                      or not _is_person_noun(t.head) and _is_person_noun(c)
                                      and any(x.dep_ == "nummod" for x in c.children)
                                      or _is_person_noun(c) and _told_as_gunman(t.head)
                                      # ("A man dressed as the Joker ... stabbed and set fire to passengers
                                      # ..., injuring 17 people", QA round forty-eight: the deed told before)
                                      or _is_person_noun(c) and any(x.dep_ == "nummod" for x in c.children)
                                      and any(w.pos_ == "VERB" and w.i < t.i and _lemma(w) in _DEED_BEFORE
                                              for w in t.sent)) for c in kids))) else []
    elif t.dep_ == "acl" and t.tag_ in ("VBD", "VBN") and not passive and any(c.dep_ == "dobj" for c in kids) \
            and lem in KILL_VERBS | ABDUCT_VERBS | {"wound", "injure", "hurt"}:
        # "An air strike killed at least 30 people, ..., residents said": a past-tense main verb
        # the parser hung on its subject; its object is the one killed (or taken: "Armed bandits
        # abducted at least 35 passengers ..., police said", QA round twenty-five)
        args = [c for c in kids if c.dep_ == "dobj"]
    elif not passive and lem in KILL_VERBS | ABDUCT_VERBS | {"wound", "injure"} \
            and not any(c.dep_ == "dobj" for c in kids) and small_clause_object(t):
        # ("have abducted at least 40 women collecting firewood", QA round twenty-three)
        # "tank fire killed at least seven Palestinians waiting for aid trucks" (QA round twenty):
        # the object read as the subject of the participle after it
        args = small_clause_object(t)
    elif passive or (t.dep_ in ("acl", "amod") and not any(c.dep_ == "nsubj" for c in kids)) or lem == "pronounce":
        args = [c for c in kids if c.dep_ == "nsubjpass"]
        if not args and passive:
            # "Between 10 and 15 people were killed" (QA round eighteen): the range opening the
            # clause was parsed as a preposition
            args = [o for c in kids if c.dep_ == "prep" and c.lower_ == "between" and c.i < t.i
                    for o in c.children if o.dep_ == "pobj" and any(x.dep_ == "nummod" for x in o.children)]
        if not args and passive:
            # "A 15-year-old boy was fatally shot and a 17-year-old was wounded" (QA round
            # twenty-three): the second clause's subject parsed as a conjunct of the first verb,
            # right before this verb's "was"
            aux = next((c for c in kids if c.dep_ == "auxpass" and c.i < t.i), None)
            prev = t.doc[aux.i - 1] if aux is not None and aux.i > 0 else None
            if prev is not None and prev.dep_ in ("conj", "dep") and prev.head.i != t.i \
                    and (prev.lower_ == "old" and any(x.lower_ == "year" for x in prev.children)
                         or prev.pos_ == "NOUN" and _is_person_noun(prev)):
                args = [prev]
        if not args and passive and t.dep_ == "xcomp" and _lemma(t.head) in _RAISING_VERBS:
            # "At least 1,500 people are believed to have been killed" (QA round twenty-three): the
            # subject of the verb of belief or report is who was killed
            args = [c for c in t.head.children if c.dep_ == "nsubjpass"]
            args = [o for c in args for o in c.children if c.lower_ == "between" and o.dep_ == "pobj"] or args
        if not args and t.dep_ == "conj":
            # the conjunct's own (mislabelled) subject, as in "six police were killed and seven wounded"
            # (or a vague word of its own: "At least 5 people were killed and many injured", QA, eighteenth
            # session: not the first clause's people)
            args = [c for c in kids if c.dep_ in ("nsubj", "npadvmod") and (c.like_num or c.pos_ in ("NOUN", "PROPN")
                                                                          or c.lower_ in ("another", "many", "several",
                                                                                          "dozens", "scores", "hundreds",
                                                                                          "others", "more", "some"))
                    and not _timeish(c)]
        if not args and t.dep_ in ("acl", "amod") and t.head.i != t.i:
            args = [t.head]
        if not args and lem in ("hospitalize",) or (not args and t.lower_ in ("missing",)):
            args = [c for c in kids if c.dep_ == "nsubj"]
    else:
        args = [c for c in kids if c.dep_ == "dobj"]
        if args and lem in KILL_VERBS | INJURE_VERBS | HIT_VERBS:
            # "killed a notorious bandit leader, Halilu Sububu, and 30 of his fighters" (QA round
            # twenty): the figure after "and", read as an apposition, is more dead
            args += [c for c in args[0].children if c.dep_ == "appos" and c.like_num and c.i > args[0].i
                     and any(x.lower_ == "and" for x in t.doc[args[0].i:c.i])]
        if args and args[0].pos_ == "NOUN" and not _is_person_noun(args[0]) and not args[0].like_num \
                and args[0].lower_ not in VAGUE:
            # "detained a Chinese fishing boat and its 12 crew" (QA round twenty-one): the people
            # joined to the thing taken are who was taken
            args = [c for c in args[0].conjuncts if _is_person_noun(c)] or args
        if args and lem in KILL_VERBS | INJURE_VERBS:
            # "killed 12 people in Tangaza on Sunday and another nine in Gudu the following day" (QA,
            # sixteenth session): the figure of the same deed told again elsewhere (events._gapped_deeds)
            args += [c for c in kids if c.dep_ == "conj" and c.pos_ == "NUM" and c.i > args[0].i
                     and any(d.dep_ == "det" and d.lower_ == "another" for d in c.children)]
        if args and (args[0].pos_ == "NOUN" or args[0].lower_ in ("himself", "herself", "themselves")):
            # "killed a judge and his driver" parsed with the driver joined to the verb (QA round
            # eighteen): a person noun joined to the verb after its object is a second object
            # ("killing herself and four others", QA, seventeenth session)
            args += [c for c in kids if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > args[0].i
                     and (_is_person_noun(c) or c.lower_ == "others" and any(x.dep_ == "nummod" for x in c.children))
                     and not any(x.dep_ in ("nsubj", "dobj", "aux") for x in c.children)]
        if not args and t.tag_ in ("VBD", "VBN"):
            args = [c for c in kids if c.dep_ == "npadvmod" and _age_in_time_phrase(c) is not None]
        if not args and t.lower_ in ("missing",):
            args = [c for c in kids if c.dep_ == "nsubj"]
        if not args and any(c.lower_ == "fatally" for c in kids) and \
                not any(c.dep_ in ("aux", "auxpass") for c in kids):
            # "A 52-year-old woman fatally shot while walking her dog was named": a reduced
            # relative the parser read as the main verb; its subject is the one shot
            args = [c for c in kids if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
        if not args and lem in HIT_VERBS | {"wound", "injure"} and t.tag_ in ("VBN", "VBD") and \
                not any(c.dep_ in ("aux", "auxpass", "dobj", "prt") for c in kids) and \
                not any(c.dep_ == "prep" and c.lower_ in ("at", "into", "through", "toward", "towards") for c in kids):
            # "Four people shot in a housing complex were expected to recover": a reduced relative
            # read as the main verb; a person subject with a number (not the gunman) is the one hit
            args = [c for c in kids if c.dep_ == "nsubj" and c.pos_ == "NOUN" and _is_person_noun(c)
                    and _lemma(c) not in ATTACKER_NOUNS
                    and any(x.dep_ == "nummod" or x.like_num for x in c.children)]
        # reflexive "shot himself": the subject is the victim
        if args and args[0].lower_ in ("himself", "herself"):
            subj = [c for c in kids if c.dep_ == "nsubj"]
            if subj:
                args = subj
    if not args and t.dep_ == "conj" and t.head.i != t.i and (
            t.tag_ == "VBN" or (t.tag_ == "VBD" and not any(c.dep_ == "dobj" for c in kids))):
        # "The blast left two people dead and five wounded": the conjunct's own counted subject
        # ("..., leaving two people dead and dozens injured", read as a past tense: QA round six;
        # "leaving one policeman dead and dozens of people injured", QA round eighteen)
        args = [c for c in kids if c.dep_ in ("nsubj", "nsubjpass")
                and (c.like_num or c.pos_ == "NUM" or any(x.dep_ == "nummod" for x in c.children)
                     or ((t.tag_ == "VBD" or _lemma(t.head) == "leave") and c.lower_ in VAGUE))]
    if not args and t.dep_ == "conj" and t.head.i != t.i:
        # ("Nearly 30 people died and more than a dozen were hurt": the figure between the two verbs,
        # parsed as a conjunct of the first, is the second's subject; QA round eighteen)
        args = [c for c in t.head.children if c.dep_ == "conj" and t.head.i < c.i < t.i and c.pos_ in ("NOUN", "NUM")
                and (c.like_num or c.lower_ in VAGUE or c.lower_ == "dozen")]
    if not args and t.dep_ == "conj" and t.head.i != t.i:
        # "A man was shot and killed": the conjunct shares the subject
        head = t.head
        hk = list(head.children)
        dep = "nsubjpass" if passive else ("nsubj" if lem in DIE_VERBS else "dobj")
        args = [c for c in hk if c.dep_ == dep]
        if not args and passive:
            args = [c for c in hk if c.dep_ == "nsubj"]
        if not args and lem in DIE_VERBS:
            # "Edward was shot ... and died at the scene": the passive subject of the shooting
            args = [c for c in hk if c.dep_ == "nsubjpass"]
    if not args and passive and t.dep_ in ("pcomp", "advcl") and t.head.i != t.i:
        # "a man is in hospital after being shot": the subject of the clause it hangs on
        gov = t.head.head if t.head.dep_ == "prep" else t.head
        args = [c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN", "PRON")]
    if not args and t.dep_ == "relcl" and lem in DIE_VERBS:
        args = [c for c in kids if c.dep_ == "nsubj"]
    if not args and lem in ("hospitalize", "take", "rush", "transport") and t.dep_ == "conj":
        # "One man is dead and another hospitalized", "... and another taken to a hospital"
        args = [c for c in kids if c.dep_ in ("nsubj", "det") and c.lower_ in ("another", "one")]
    # numbers that the parser hung on the verb directly ("seven wounded")
    if not args:
        args = [c for c in kids if c.like_num and c.dep_ in ("nsubj", "npadvmod", "dobj", "attr")]
    if not args and t.tag_ == "VBN" and t.dep_ == "ROOT" and t.i > 0:
        # "Two adults were also critically injured" (QA round twenty) parsed as two roots: the
        # counted subject of the "were" just before the participle
        args = [c for c in t.sent if c.dep_ == "nsubj" and c.head.lemma_ == "be" and c.head.i < t.i
                and t.i - c.head.i <= 3 and any(x.dep_ == "nummod" or x.like_num for x in c.children)]
    if not args and not passive and _lemma(t) in KILL_VERBS | {"wound", "injure", "hurt"}:
        # "An air strike killed at least 30 people, including children, residents said": the
        # small model makes the victims the subject of "said" (the verb its ccomp, or an advcl of
        # it: "carried out air strikes ..., killing at least 40 people who had gathered ...,
        # witnesses said"); a counted noun right after the verb, before the speaker, is what it killed
        gov = t.head if t.dep_ == "ccomp" else (t.head.head if t.dep_ == "advcl" and t.head.dep_ == "ccomp"
                                                 else None)
        subj = None if gov is None or gov.i <= t.i else \
            next((c for c in gov.children if c.dep_ == "nsubj" and t.i < c.i < gov.i), None)
        if subj is not None and subj.i - t.i <= 5 and any(x.dep_ == "nummod" or x.like_num for x in subj.children):
            args = [subj]
    if args and _lemma(t) in KILL_VERBS | INJURE_VERBS | HIT_VERBS:
        # "A mayor ... was shot dead on Sunday along with his security chief" (QA round twenty): the
        # one named with the victim suffered it too
        args = args + [o for c in kids if c.dep_ == "prep" and c.lower_ in ("along", "together")
                       for w in c.children if w.dep_ == "prep" and w.lower_ == "with"
                       for o in w.children if o.dep_ == "pobj" and _is_person_noun(o)]
    return args


# --- the stage -----------------------------------------------------------------------------------


def _time_lookup(doc: Doc):
    spans = [(tm.start, tm.end) for tm in (doc._.dl_times or [])]
    spans.sort()

    def inside(ch: int) -> bool:
        for s, e in spans:
            if s <= ch < e:
                return True
            if s > ch:
                break
        return False

    return inside


@Language.component("dateline_counts", requires=["doc.sents"], assigns=["doc._.dl_counts"])
def dateline_counts(doc: Doc) -> Doc:
    doc._.dl_counts = find_counts(doc)
    return doc


def find_counts(doc: Doc) -> list[CountMention]:
    in_times = _time_lookup(doc)
    sents = doc_sents(doc)
    sent_index = {s.start: i for i, s in enumerate(sents)}
    out: list[CountMention] = []
    seen: set[tuple[int, int, str]] = set()

    def add(cm: CountMention) -> None:
        if cues and cm.category in ("killed", "injured", "arrested", "abducted") and cm.status == "occurred" and not cm.singular \
                and (cm.best or 0) > 0 and cm.head is not None and any(_cue_governs(doc, ch, cm.head) for ch in cues):
            cm.status = "cumulative"  # a toll over months or years: no one incident's figure
        if _last_word(cm.who) in _POLICE_DOGS:
            return
        if re.search(r"(?i)\bhow\s+$", full[max(0, cm.start - 5):cm.start]):
            return  # "It was not immediately clear how many people were killed" (QA, eighteenth session): a question
        refuted = _REFUTED.search(sent_text) if cm.category in ("killed", "injured") else None
        if refuted is not None and cm.status == "occurred" and cm.start - sent.start_char < refuted.start("but"):
            # "Early social media posts had claimed two students were shot, but police said those reports
            # were false" (QA, eighteenth session): a claim the sentence refutes
            cm.status = "superseded"
        if cm.status == "occurred" and cm.category in ("killed", "injured") and _SUPERSEDED.search(sent_text) \
                and not _REVISED_TO.search(full[max(sent.start_char, cm.start - 80):cm.start]):
            # "Officials had earlier put the number of wounded at nine but revised it", "Police initially
            # said a second person had been wounded, but later said that was incorrect" (QA, eighteenth
            # session): a figure told as corrected
            cm.status = "superseded"
        if cm.status == "occurred" and cm.category in ("killed", "injured") \
                and _PERIOD_TOLL_TO.search(full[max(sent.start_char, cm.start - 160):cm.start]):
            # "..., bringing the toll from attacks in the area this year to more than 500" (QA,
            # eighteenth session): the period's running toll, no incident's figure
            cm.status = "cumulative"
        if cm.status == "occurred" and cm.category in ("killed", "injured") \
                and _EARLIER_TOLL_OF.search(full[max(sent.start_char, cm.start - 60):cm.start]):
            # "killed 25 soldiers, the army said, revising down an earlier toll of 40 given by local sources"
            # (QA round forty-seven): the figure the sentence corrects
            cm.status = "superseded"
        if cm.status == "occurred" and cm.category in ("killed", "injured") and not cm.singular \
                and _YEAR_TO_DATE.search(sent_text) and _this_year_told(doc, sent_text):
            # "Through mid-December, 412 people had been shot in the city in 2027" (QA round forty-eight): the
            # year's running count, no incident's figure
            cm.status = "cumulative"
        if cm.status == "occurred" and cm.category in ("killed", "injured") and _OF_THE_PERIODS.search(cm.text):
            # "Four of the weekend's victims died" (QA round forty-six): a part of the period's tally
            cm.status = "cumulative"
        if other and cm.category in ("killed", "injured"):
            cm.aggregate_hint = True
        key = (cm.start, cm.end, cm.category)
        if key in seen:
            return
        # one span, one category: a victim phrase read twice keeps the first (clause) reading
        for o in out:
            if o.start == cm.start and o.end == cm.end and o.category == cm.category:
                return
        seen.add(key)
        out.append(cm)

    full = doc_text(doc)
    for sent in sents:
        si = sent_index[sent.start]
        sent_text = full[sent.start_char:sent.end_char]  # == sent.text, without re-joining the tokens
        other = bool(_OTHER_INCIDENT.search(sent_text))
        agg = other or bool(_AGGREGATE.search(sent_text))
        if agg and not other and (_MORE_FOUND.search(sent_text) or _ALSO_KILLED.search(sent_text)) \
                and not _PERIOD_WORDS.search(sent_text) \
                and all(_BRINGING_TOLL.match(m.group(0)) for m in _AGGREGATE.finditer(sent_text)):
            # "Seven more bodies were found in the bush on Sunday, bringing the toll to 42" (QA round
            # forty): the incident's own toll told on, no tally of several
            agg = False
        cues = [sent.start_char + m.start() for m in _CUMULATIVE.finditer(sent_text)]
        for t in sent:
            cat = _category(t)
            if cat is None:
                continue
            category, inclusive = cat
            status = _status(t)
            for arg in _victim_args(t):
                if arg.lower_ in ("who", "that", "whom") and arg.head.dep_ == "relcl":
                    arg = arg.head.head  # "a man who died after being shot": the man
                elif arg.lower_ in ("who", "that", "whom") and t.dep_ == "relcl":
                    arg = t.head
                if arg.lower_ != "who" and arg.pos_ == "NOUN" and not _is_person_noun(arg) and arg.dep_ == "pobj" \
                        and arg.head.lower_ == "of" and arg.head.head.pos_ == "NOUN" and _is_person_noun(arg.head.head) \
                        and any(x.lower_ == "who" for x in t.children):
                    arg = arg.head.head  # "the driver of a truck who was hurt": the driver, not the truck
                if arg.dep_ == "pobj" and arg.head.lower_ == "including" and arg.head.head.pos_ == "NOUN" \
                        and any(x.dep_ == "nummod" for x in arg.head.head.children) and arg.i < t.i:
                    # "rescued 31 migrants, including 8 children, who had been kidnapped" (QA, sixteenth
                    # session): the clause after the part tells of the whole
                    arg = arg.head.head
                # "one of them fatally" (npadvmod/appos of the victim) overrides the category
                q = _quantity_of(arg, in_times)
                if q is None:
                    continue
                lo = max(0, q.start - 12)
                one_of = re.search(r"(?i)\bone\s+of\s+(?:the\s+)?$", doc_text(doc)[lo:q.start]) \
                    if q.best and q.best > 1 and arg.dep_ in ("nsubj", "nsubjpass") and arg.head.i == t.i else None
                if one_of:
                    # "One of three people shot last Wednesday ... has died" (QA round forty-eight): the one,
                    # subject of the verb; the figure is that of the participle on the people
                    q = _Qty(1, 1, 1, lo + one_of.start(), q.end, q.who, [], True, 0)
                cm = _make(doc, si, q, category, t, "negated" if _neither_subject(arg) else status, agg, inclusive)
                add(cm)
                # "five people were shot, two of them fatally"
                for c in arg.children:
                    if c.dep_ in ("appos", "npadvmod") and c.like_num and any(
                            x.lower_ in ("fatally", "mortally") for x in c.children):
                        q2 = _quantity_one(c, in_times)
                        if q2 is not None:
                            add(_make(doc, si, q2, "killed", t, status, agg, False))
            if t.pos_ in ("VERB",):
                found = False
                for c in t.children:
                    if c.dep_ in ("npadvmod", "appos", "advmod", "dep") and c.like_num and any(
                            x.lower_ in ("fatally", "mortally") for x in c.children):
                        q2 = _quantity_one(c, in_times)
                        if q2 is not None:
                            found = True
                            add(_make(doc, si, q2, "killed", t, status, agg, False))
                # "Two men were shot, one fatally, on the city's West Side": the words right after
                # the verb, wherever the parser hung the number (QA round four)
                k = t.i + 1
                if not found and k + 2 < len(doc) and doc[k].text == "," and doc[k + 1].like_num:
                    j = k + 2
                    if doc[j].lower_ == "of" and j + 2 < len(doc) and doc[j + 1].lower_ == "them":
                        j += 2
                    if doc[j].lower_ in ("fatally", "mortally"):
                        q2 = _quantity_one(doc[k + 1], in_times)
                        if q2 is not None:
                            add(_make(doc, si, q2, "killed", t, status, agg, False))
        # number-led readings: "N deaths", "no injuries", "the death toll rose to N", "43 attacks",
        # "three injured" (a number with a casualty adjective), "left two dead"
        for t in sent:
            if t.pos_ != "NOUN" and not t.like_num:
                continue
            lem = _lemma(t)
            if t.pos_ == "NOUN" and lem in ("wound", "injury") and not any(c.dep_ == "nummod" for c in t.children) \
                    and any(c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") for c in t.children) \
                    and not any(_fatal_word(x) for x in t.head.subtree):
                # "the cashier's injuries were not life-threatening": the one whose wounds they are
                owner = next(c for c in t.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN"))
                q = _quantity_of(owner, in_times) if (owner.pos_ == "PROPN" or _is_person_noun(owner)) else None
                # (someone hit told in the same sentence is that person: "a man was shot ..., but
                # the owner's injuries were minor")
                if q is not None and q.best == 1 and not any(o.sent == si and o.category in ("killed", "injured")
                                                             for o in out):
                    st = _status(t.head)
                    add(_make(doc, si, q, "injured", t, "occurred" if st == "negated" else st, agg, False))
            if t.pos_ == "NOUN" and lem in ("injury", "wound") and not any(c.dep_ == "nummod" for c in t.children) \
                    and t.dep_ == "dobj" and _lemma(t.head) in ("cause", "inflict"):
                # "Three rockets struck a base ..., causing minor injuries to two American service
                # members" (QA round twenty): those the injuries were caused to
                for o in (o for p in [*t.children, *t.head.children] if p.dep_ == "prep" and p.lower_ == "to"
                          for o in p.children if o.dep_ == "pobj"):
                    q = _quantity_of(o, in_times) if _is_person_noun(o) or o.pos_ == "PROPN" else None
                    if q is not None:
                        add(_make(doc, si, q, "injured", t, _status(t.head), agg, False))
            if t.pos_ == "NOUN" and (lem in KILL_NOUNS or lem in INJ_NOUNS) and not (
                    lem in INJ_NOUNS and t.head.lower_ == "with" and not any(c.dep_ == "nummod" for c in t.children)):
                category = "killed" if lem in KILL_NOUNS else "injured"
                for c in t.children:
                    # "suffered some minor injuries" counts wounds, not people: a vague word
                    # counts deaths only
                    if c.dep_ in ("nummod",) or (c.dep_ == "det" and c.lower_ == "no") or (
                            c.dep_ in ("amod", "det") and c.lower_ in VAGUE and category == "killed"):
                        q = _quantity_one(t, in_times) if c.lower_ != "no" else _Qty(0, 0, 0, c.idx, t.idx + len(t), None, [], False, 0)
                        if q is None:
                            q = _quantity_from_token(c, t, in_times)
                        if q is not None:
                            add(_make(doc, si, q, category, t, _status(t.head), agg, False))
            elif t.pos_ == "NOUN" and lem == "body":
                of = _of_pobj(t)
                q = _quantity_of(of, in_times) if of is not None else None
                if q is None and any(c.dep_ == "nummod" for c in t.children):
                    q = _quantity_one(t, in_times)
                    if q is None:
                        q = next((_quantity_from_token(c, t, in_times) for c in t.children if c.dep_ == "nummod"), None)
                if q is not None:
                    add(_make(doc, si, q, "killed", t, _status(t.head), agg, False))
            elif t.pos_ == "NOUN" and lem in ("wound", "injury") and t.head.dep_ == "prep" and t.head.lower_ == "with":
                victim = t.head.head
                hops = 0
                while victim.pos_ in ("NOUN", "PROPN") and _HOSPITAL.search(victim.text + " " + " ".join(
                        c.text for c in victim.children if c.dep_ == "compound")) and hops < 3:
                    # "showed up at a local clinic with a bullet wound": past the place
                    victim = victim.head.head if victim.head.dep_ == "prep" else victim.head
                    hops += 1
                if victim.pos_ in ("VERB", "AUX"):
                    # "a man arrived at a hospital with a gunshot wound", "was taken to hospital
                    # with injuries", "found him with gunshot wounds": the one found, or the subject
                    # (not a distance read as the object: "was found a block away with a gunshot wound", QA round
                    # forty-nine)
                    got = [c for c in victim.children if c.dep_ == "dobj" and (c.pos_ in ("PROPN", "PRON")
                                                                            or _is_person_noun(c))] or \
                        [c for c in victim.children if c.dep_ in ("nsubj", "nsubjpass")]
                    victim = got[0] if got else victim
                    if victim.lower_ in ("who", "that") and victim.head.dep_ == "relcl":
                        victim = victim.head.head
                alone = victim.dep_ == "conj" and _doing_something_else(victim.head, victim)
                while victim.dep_ == "conj" and victim.head.pos_ in ("NOUN", "PROPN") and _is_person_noun(victim.head) \
                        and not alone:
                    victim = victim.head  # "a man and a woman with wounds": both
                if (victim.pos_ in ("NOUN", "PROPN", "ADJ") and _is_person_noun(victim)) or victim.lower_ in SINGULAR_PRON:
                    # (but "a man dead on the sidewalk and a woman with a gunshot wound": her alone)
                    q = _quantity_one(victim, in_times) if alone else _quantity_of(victim, in_times)
                    if q is not None:
                        fatal = any(_fatal_word(c) for c in t.children)
                        add(_make(doc, si, q, "killed" if fatal else "injured", t, "occurred", agg, not fatal))
            elif t.pos_ == "NOUN" and lem == "condition" and any(c.lower_ in CONDITION_ADJ for c in t.children) \
                    and t.head.dep_ == "prep" and t.head.lower_ == "in":
                h = t.head.head
                victims = [c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")] if h.pos_ in ("VERB", "AUX") else (
                    [h] if h.pos_ in ("NOUN", "PROPN", "PRON") else [])
                for v in victims:
                    q = _quantity_of(v, in_times)
                    if q is not None:
                        add(_make(doc, si, q, "injured", t, "occurred", agg, False))
            elif t.lower_ == "shot" and t.pos_ == "NOUN" and t.dep_ in ("dobj", "attr", "oprd") and any(
                    c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in t.children):
                who = [c for c in t.children if c.dep_ in ("amod", "compound") and c.lower_ in PERSON_NOUNS]
                if who:
                    w = who[0]
                    q = _Qty(1, 1, 1, min(c.idx for c in t.children if c.dep_ == "det"), w.idx + len(w), w.text, [], True, 0)
                    add(_make(doc, si, q, "injured", t, "occurred", agg, True))
            elif t.pos_ == "NOUN" and lem == "toll":
                q = _toll_figure(t, in_times)
                if q is not None:
                    category = "injured" if any(c.lower_ in ("injury", "injured") for c in t.children) else "killed"
                    after = doc_text(doc)[q.end:q.end + 12].lower()
                    if re.match(r"\s*(?:injured|wounded|hurt)\b", after):
                        category = "injured"  # "the toll rose to four injured" (QA, seventeenth session)
                    add(_make(doc, si, q, category, t, _status(t), agg, False))
            elif t.pos_ == "NOUN" and lem == "number" and (of := _number_of_casualty(t)) is not None:
                # "a spokesman put the number of wounded at nine" (QA round four): a toll by another name
                q = _toll_figure(t, in_times)
                if q is not None:
                    category, people = of
                    if people is not None and q.who is None:
                        q.who = people.text  # whose toll: "the number of troops killed" (troops)
                    add(_make(doc, si, q, category, t, "occurred", agg, False))
            elif t.pos_ == "NOUN" and lem in INCIDENT_NOUNS:
                for c in t.children:
                    if c.dep_ == "nummod" and (c.like_num or c.pos_ == "NUM"):
                        run = _num_run(c)
                        if run is None or in_times(c.idx):
                            continue
                        n = _value_of_run(doc, *run)
                        if n is None or n < 2:
                            continue
                        mod, s2 = _modifier(doc, doc[run[0]].idx, sent)
                        lo, be, hi = _apply_mod(n, mod, None)
                        q = _Qty(lo, be, hi, s2, t.idx + len(t), t.text, [], False, 0)
                        add(_make(doc, si, q, "incidents", t, "occurred", agg, False))
            elif t.like_num:
                adj = [c for c in t.children if c.dep_ in ("amod", "acomp") and (c.lower_ in INJ_ADJ or c.lower_ in DEAD_ADJ)]
                if adj:
                    q = _quantity_one(t, in_times)
                    if q is not None:
                        category = "killed" if adj[0].lower_ in DEAD_ADJ else "injured"
                        add(_make(doc, si, q, category, adj[0], "occurred", agg, False))
        # "no one was hurt" where the parser made "no one" something else
        for m in re.finditer(r"(?i)\b(no\s+one|nobody|no\s+other\s+(?:injuries|people))\s+(?:else\s+)?(?:was|were|had\s+been|has\s+been|got)\s+(?:\w+\s+)?(killed|injured|hurt|wounded|shot)",
                             sent_text):
            s = sent.start_char + m.start()
            e = sent.start_char + m.end(1)
            category = "killed" if m.group(2).lower() == "killed" else "injured"
            head = doc.char_span(sent.start_char + m.start(2), sent.start_char + m.end(2), alignment_mode="expand")
            if any(o.start <= s < o.end and o.category == category for o in out):
                continue
            add(CountMention(start=s, end=e, text=doc_text(doc)[s:e], sent=si, category=category, low=0, best=0,
                             high=0, head=head.root.i if head is not None else None, aggregate_hint=False))
        # "there were no casualties", "no casualties were reported" (QA round eighteen): none
        # killed, none hurt
        for m in _NO_CASUALTIES.finditer(sent_text):
            s = sent.start_char + m.start()
            e = sent.start_char + m.end()
            g = 1 if m.group(1) else 2
            head = doc.char_span(sent.start_char + m.start(g), sent.start_char + m.end(g), alignment_mode="expand")
            for category in ("killed", "injured"):
                if not any(o.sent == si and o.category == category for o in out):
                    add(CountMention(start=s, end=e, text=doc_text(doc)[s:e], sent=si, category=category, low=0,
                                     best=0, high=0, head=head.root.i if head is not None else None,
                                     aggregate_hint=False))
        # "before turning the gun on himself" (QA round five; GVA counts the shooter of a
        # murder-suicide among the killed): one dead, unless the report says he lived
        for m in _TURNED_GUN.finditer(sent_text):
            s = sent.start_char + m.start(1)
            e = sent.start_char + m.end(1)
            lived = _LIVED.search(doc_text(doc)) or re.search(r"(?i)\bhospital\b", doc_text(doc))
            head = doc.char_span(sent.start_char + m.start(), sent.start_char + m.start() + 4, alignment_mode="expand")
            cm = CountMention(start=s, end=e, text=m.group(1), sent=si, category="injured" if lived else "killed",
                              low=1, best=1, high=1, who=m.group(1).lower(),
                              head=head.root.i if head is not None else None, aggregate_hint=False)
            cm.singular = True
            add(cm)
    _flag_perpetrators(doc, out)
    for cm in out:
        if cm.aggregate_hint and cm.category == "killed" and _OF_THE_HURT.search(cm.text) \
                and TOLL_UPDATE.search(_sent_text(doc, cm.sent)):
            # "Two of the wounded died in hospital ..., bringing the death toll to nine" (QA round
            # twenty-five): the incident's own hurt who died, its toll updated, no tally of others
            cm.aggregate_hint = False
        elif cm.aggregate_hint and cm.category == "killed" and TOLL_UPDATE.search(_sent_text(doc, cm.sent)) \
                and any(o.sent == cm.sent and o.category == "killed" and o.singular and _ONE_MORE.match(o.text)
                        for o in out):
            # "a second protester had died of gunshot wounds ..., bringing the toll to two" (QA round
            # twenty-seven): one more of the incident's dead, its toll updated
            cm.aggregate_hint = False
    if _RISEN_TO.search(doc_text(doc)):
        # "The death toll ... has risen to three ... Four other people remain hospitalized. Police initially
        # said two people had been killed and five injured" (QA round forty-two): the first word, told as
        # such after the toll rose, gives way to the figures told for now (when there are any)
        full_text = doc_text(doc)
        cue_sents, cue_at = set(), {}  # sentences that tell a first word; where it begins (not beside the risen toll)
        for si, x in enumerate(doc_sents(doc)):
            st = full_text[x.start_char:x.end_char]
            cue = _INITIALLY_SAID.search(st)
            if cue is not None:
                cue_sents.add(si)
                if not _RISEN_TO.search(st):
                    cue_at[si] = x.start_char + cue.start()
        now = [o for o in out if o.status == "occurred" and o.sent not in cue_sents]
        for cm in out:
            at = cue_at.get(cm.sent)
            if at is not None and cm.status == "occurred" and cm.category in ("killed", "injured") \
                    and at < cm.start and ";" not in full_text[at:cm.start] \
                    and any(o.category == cm.category and o.sent != cm.sent for o in now):
                cm.status = "superseded"
    out.sort(key=lambda c: (c.start, c.category))
    return out


_NO_CASUALTIES = re.compile(r"(?i)\b(?:there\s+were|with|caused|causing|reported|but)\s+no\s+(casualties)\b"
                            r"|\bno\s+(casualties)\s+(?:were|have\s+been)\s+reported\b")
_TURNED_GUN = re.compile(r"(?i)\bturn(?:ed|ing|s)?\s+(?:the|a|his|her)\s+(?:gun|weapon|rifle|pistol|handgun|shotgun)"
                         r"\s+on\s+(himself|herself)\b")
_LIVED = re.compile(r"(?i)\b(?:survived|is\s+expected\s+to\s+survive|critical(?:ly)?|in\s+(?:stable|serious|fair|"
                    r"critical)\s+condition|was\s+(?:hospitalized|wounded|injured))\b")


def _quantity_from_token(c: Token, noun: Token, in_times) -> _Qty | None:
    if c.like_num:
        run = _num_run(c)
        if run is None or in_times(c.idx):
            return None
        n = _value_of_run(c.doc, *run)
        if n is None:
            return None
        mod, s2 = _modifier(c.doc, c.doc[run[0]].idx, c.sent)
        lo, be, hi = _apply_mod(n, mod, None)
        return _Qty(lo, be, hi, s2, noun.idx + len(noun), None, [], False, 0)
    if c.lower_ in VAGUE:
        v = VAGUE[c.lower_]
        return _Qty(v, v, None, c.idx, noun.idx + len(noun), None, [], False, 0)
    return None


_NUMBER_OF_CASUALTY = {"wounded": "injured", "injured": "injured", "dead": "killed", "killed": "killed",
                       "deaths": "killed", "fatalities": "killed", "injuries": "injured"}


def _number_of_casualty(t: Token) -> tuple[str, Token | None] | None:
    """(the casualty category, the people counted when named) of "the number of wounded", "the
    number of people killed", "the number of troops killed in the attack" (QA round twenty-seven),
    else None."""
    objs = [x for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for x in p.children if x.dep_ == "pobj"]
    people = next((x for x in objs if _is_person_noun(x)), None)
    for x in objs:
        if x.lower_ in _NUMBER_OF_CASUALTY:
            return _NUMBER_OF_CASUALTY[x.lower_], people
        if _is_person_noun(x):
            part = next((c for c in x.children if c.dep_ in ("acl", "amod") and c.lower_ in _NUMBER_OF_CASUALTY
                         and c.lower_ not in ("deaths", "fatalities", "injuries")), None)
            if part is not None:
                return _NUMBER_OF_CASUALTY[part.lower_], people
    return None


def _toll_figure(toll: Token, in_times) -> _Qty | None:
    """"the death toll rose to 12", "the toll stands at 12", "a toll of 12", "the toll is 12",
    "put the toll at 12"."""
    cands: list[Token] = []
    for p in toll.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            cands += [x for x in p.children if x.dep_ == "pobj"]
    head = toll.head
    if toll.dep_ in ("nsubj", "nsubjpass"):
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ == "from":
                # "The death toll rose from two to nine overnight" (QA, seventeenth session), "two to nine"
                # read as a clock time: the figure after "to"
                for x in c.children:
                    if x.dep_ == "pobj" and x.like_num and any(q.dep_ == "quantmod" and q.lower_ == "to"
                                                               for q in x.children):
                        k = x.i + 1  # ("... from two to five and then to nine": the last)
                        while k + 1 < x.sent.end and x.doc[k].lower_ in ("and", "then", "later", ",", "to"):
                            if x.doc[k].lower_ == "to" and x.doc[k + 1].like_num:
                                x = x.doc[k + 1]
                            k += 1
                        n = parse_number(x.text)
                        if n is not None:
                            return _Qty(n, n, n, x.idx, x.idx + len(x), None, [], False, 0)
            if c.dep_ == "prep" and c.lower_ in ("to", "at"):
                # ("rising from two to five and then to nine": the last figure it reached)
                last = [c, *(p for p in c.conjuncts if p.lower_ == "to")][-1]
                cands += [x for x in last.children if x.dep_ == "pobj"]
            if c.dep_ in ("attr", "dobj") and c.like_num:
                cands.append(c)
    elif toll.dep_ == "dobj" and head.lemma_.lower() in ("put", "place", "set", "estimate", "give", "raise", "revise",
                                                         "bring", "push", "take", "lift"):
        # "an official put the death toll at 20", "raised the toll to 31", "bringing the number of troops
        # killed in the attack to seven" (QA round twenty-seven)
        # (or on its particle: "Police later revised the death toll down to six", QA round forty-seven)
        for c in [*head.children, *(g for p in head.children if p.dep_ in ("prt", "advmod") for g in p.children)]:
            if c.dep_ == "prep" and c.lower_ in ("to", "at"):
                cands += [x for x in c.children if x.dep_ == "pobj"]
        if not any(c.like_num for c in cands):
            # (the "to seven" hung on the participle inside: "the number of troops killed ... to seven")
            cands += [x for c in toll.subtree if c.dep_ == "prep" and c.lower_ in ("to", "at") and c.head.i != toll.i
                      for x in c.children if x.dep_ == "pobj" and x.like_num]
    for c in cands:
        if c.like_num:
            q = _quantity_one(c, in_times)
            if q is not None:
                return q
    return None


_ONE_MORE = re.compile(r"(?i)(?:an?|another)\s+(?:second|third|fourth|fifth|sixth)\b|another\b")


def _make(doc: Doc, si: int, q: _Qty, category: str, head: Token, status: str, agg: bool,
          inclusive: bool) -> CountMention:
    cm = CountMention(start=q.start, end=q.end, text=doc_text(doc)[q.start:q.end], sent=si, category=category,
                      low=q.low, best=q.best, high=q.high, who=q.who, parts=list(q.parts), head=head.i,
                      aggregate_hint=agg and category != "incidents" and not q.singular, status=status)
    if q.attacker and category in ("killed", "injured"):
        cm.perpetrators_included, cm.perpetrators = True, q.attacker
    if hasattr(cm, "inclusive"):
        # ("One person was killed and more than 20 others were shot": the others are not the dead,
        # QA round twenty)
        # (nor one more counted by an ordinal: "and a third person was grazed", QA round twenty-two)
        cm.inclusive = inclusive and (q.who or "").lower() not in ("others", "other") \
            and not _ONE_MORE.match(cm.text)
    if hasattr(cm, "singular"):
        cm.singular = q.singular
    return cm


def _attacker_subject(doc: Doc, cm: CountMention) -> bool:
    """The clause that tells the killing has an attacker as its subject ("a suicide bomber
    blew himself up, killing five including himself"): a reflexive there is the attacker."""
    sent = doc[cm.head].sent
    return any(t.dep_ in ("nsubj", "nsubjpass") and (_lemma(t) in ATTACKER_NOUNS or t.lower_ in ATTACKER_NOUNS)
               for t in sent)


def _flag_perpetrators(doc: Doc, counts: list[CountMention]) -> None:
    """"killing five, including the bomber": the attackers are part of the figure."""
    for cm in counts:
        if cm.category != "killed" or cm.head is None:
            continue
        head = doc[cm.head]
        for c in head.subtree:
            if c.dep_ == "prep" and c.lower_ in ("including", "among") or (c.lower_ == "including"):
                objs = [x for x in c.children if x.dep_ == "pobj"]
                for o in objs:
                    if o.lower_ in ("himself", "herself") and _attacker_subject(doc, cm):
                        # "a suicide bomber blew himself up, killing five including himself"
                        cm.perpetrators_included, cm.perpetrators = True, max(cm.perpetrators, 1)
                        continue
                    if _lemma(o) in ATTACKER_NOUNS or o.lower_ in ATTACKER_NOUNS:
                        n = 1
                        for cc in o.children:
                            if cc.dep_ == "nummod" and cc.like_num:
                                n = _value_of_run(doc, *(_num_run(cc) or (cc.i, cc.i + 1))) or 1
                        cm.perpetrators_included, cm.perpetrators = True, max(cm.perpetrators, n)


# --- for the fusion stage --------------------------------------------------------------------------


# what a protest demands for or is over ("justice for", "accountability for", "anger over")
_DEMAND_WORDS = frozenset({"justice", "accountability", "demand", "protest", "anger", "outrage", "compensation",
                           "investigation", "probe", "inquiry", "march", "rally", "vigil"})


_HONOUR_VERBS = frozenset({"honour", "honor", "commemorate", "mourn", "remember", "mark"})
_HONOURING = frozenset({"tribute", "memory", "honour", "honor", "remembrance", "commemoration", "homage", "mourning",
                       "memorial", "anniversary", "vigil", "respect"})


_INVESTIGATE_VERBS = frozenset({"investigate", "probe", "prosecute", "handle", "examine", "solve", "document"})
_INVESTIGATIONS = frozenset({"investigation", "probe", "inquiry", "case", "trial", "prosecution"})


def _investigated_by_someone(t: Token) -> bool:
    """The casualty word is the crime a person's work is about, told in a clause that describes the
    person: "a judge who was investigating the murder of a bishop", "a prosecutor handling the
    case of the massacre" (not "Police are investigating the killing of a man": the news itself)."""
    cur = t
    for _ in range(4):
        if cur.head.i == cur.i:
            return False
        head = cur.head
        if (cur.dep_ == "dobj" and _lemma(head) in _INVESTIGATE_VERBS) or (
                cur.dep_ == "pobj" and head.lower_ in ("into", "of") and _lemma(head.head) in _INVESTIGATIONS):
            verb = head if cur.dep_ == "dobj" else head.head
            while verb.dep_ in ("dobj", "pobj", "prep") and verb.head.i != verb.i:
                verb = verb.head
            return verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN")
        cur = head
    return False


def _what_a_demand_is_for(t: Token) -> bool:
    """The casualty word lies in what a demand is for or a protest is over: "justice for a blogger
    who died", "accountability for the collapse of a canopy that killed 15"."""
    cur = t
    for _ in range(8):
        if cur.head.i == cur.i:
            return False
        if cur.dep_ == "pobj" and cur.head.lower_ in ("for", "over", "about") and _lemma(cur.head.head) in _DEMAND_WORDS:
            return True
        cur = cur.head
    return False


# PLOVER types of what is said or agreed, which no casualty figure belongs to
_WORD_ONLY_PLOVER = frozenset({"ACCUSE", "CONSULT", "AGREE", "REJECT", "REQUEST", "SUPPORT", "CONCEDE",
                               "COOPERATE", "RETREAT", "SANCTION", "AID", "MOBILIZE"})


def event_counts(doc: Doc, ev: EventMention) -> list[int]:
    """Indices into ``doc._.dl_counts`` of the figures that belong to event mention ``ev``.

    A count belongs to the trigger when it is in the same sentence and (a) its casualty word
    is the trigger, a word under the trigger in the parse ("attacked ..., killing at least 10"),
    or a conjunct clause of it ("attacked police ...: six police were killed and seven
    wounded"); or (b) no other event trigger of the sentence is closer to it in the tree.
    A count in a sentence without any trigger goes to the nearest trigger before it (or the
    first one after it): "The woman was pronounced dead at the scene.", unless its sentence
    gives its own, different date (another incident told in passing). The killed and the
    injured go to violent triggers when the report has any.
    """
    counts: list[CountMention] = list(doc._.dl_counts or [])
    all_events: list[EventMention] = [e for e in (doc._.dl_events or [])]
    if not any(e.start == ev.start and e.end == ev.end for e in all_events):
        all_events = all_events + [ev]
    # the killed and the injured belong to a violent event when the report has one ("Police
    # were called ... A man was taken to hospital with a gunshot wound": the shooting's, not
    # the call's); among those, to one that occurred and is not generic
    violent = [e for e in all_events if (e.event_type in VIOLENT_EVENT_TYPES
                                         or e.sub_event_type == "Excessive force against protesters")
               and not e.generic]  # (police firing on a crowd hurts people as violence does)
    violent_occ = [e for e in violent if e.status == "occurred"]
    # (not a statement, a blame or talks: "An explosion at a port ... killed at least 40 people ...,
    # officials said, blaming the blast on chemicals", QA round twenty-three: an accident's dead
    # are no accusation's)
    casualty_owners = violent_occ or violent or [e for e in all_events if e.plover_type not in _WORD_ONLY_PLOVER]
    out: list[int] = []
    ev_day: tuple | None = None  # computed once, on the first count from another sentence
    for i, cm in enumerate(counts):
        if cm.head is None:
            continue
        events = casualty_owners if cm.category in ("killed", "injured") else all_events
        if any(e.sent == cm.sent and e.background and linked_to(doc[e.head]) for e in events) \
                and any(e.sent == cm.sent and not e.background for e in events):
            # "killed three suspected militants linked to the blast in a raid" (QA round twenty-five):
            # the raid's dead, not the blast's told before
            events = [e for e in events if not (e.sent == cm.sent and e.background and linked_to(doc[e.head]))]
        if cm.category in ("killed", "injured") and not any(e.sent == cm.sent for e in all_events) \
                and all(e.apart for e in events if e.sent < cm.sent):
            # (the burning told beside an earlier incident, QA round twenty: see "before" below)
            events = events + [e for e in all_events if e.sent < cm.sent and not e.apart and e.status == "occurred"
                               and e.sub_event_type == "Looting/property destruction"]
        if not any(_same_mention(e, ev) for e in events):
            continue
        trig_sents = {e.sent for e in events}
        h0 = doc[cm.head]
        if h0.dep_ in ("relcl", "acl") and h0.head.i != h0.i and _lemma(h0.head) in _INCIDENT_NOUNS \
                and not any(e.head == h0.head.i for e in all_events):
            # "to mark the anniversary of the port explosion that killed more than 220 people" (QA
            # round five): the toll of an incident the report tells in passing, no event's
            continue
        if h0.dep_ in ("relcl", "acl") and h0.head.dep_ == "pobj" and h0.head.head.lower_ in ("to", "for") \
                and _lemma(h0.head.head.head) in ("response", "retaliation", "revenge", "reprisal") \
                and not any(e.head == h0.head.i for e in all_events):
            # "fired dozens of rockets ... in response to an Israeli strike that killed one of its
            # commanders earlier in the week" (QA round sixteen): the toll of what was answered
            continue
        if h0.dep_ in ("relcl", "acl") and h0.head.dep_ == "pobj" and h0.head.head.lower_ == "of" \
                and _lemma(h0.head.head.head) in ("wave", "series", "spate", "string", "spree", "campaign", "cycle"):
            # "the latest in a wave of attacks that killed more than 150 people in the area in
            # December" (QA round twenty): the toll of the wave, a tally, no event's figure
            continue
        if h0.dep_ in ("relcl", "acl") and h0.head.dep_ == "pobj" and h0.head.head.lower_ in ("to", "of", "for") \
                and _lemma(h0.head.head.head) in _HONOURING:
            # "in silent tribute to the 15 people killed when a railway station canopy collapsed ...
            # more than a year ago" (QA round twenty-five): the dead a gathering honours are not its toll
            continue
        if h0.dep_ in ("relcl", "acl") and h0.head.dep_ == "dobj" and _lemma(h0.head.head) in _HONOUR_VERBS:
            # "marched silently ... to honour the 16 people killed when a railway station canopy
            # collapsed" (QA round twenty-seven): the dead a march honours are not its toll
            continue
        if _what_a_demand_is_for(h0):
            # "marched ... to demand justice for a blogger who died in police custody", "demanding
            # accountability for the collapse of a railway station canopy that killed 15 people" (QA
            # round twenty): the death a protest is about is no figure of the protest
            continue
        if any(p.dep_ == "prep" and p.lower_ in ("in", "during") and _lemma(o) in _ACCIDENT_NOUNS
               # (not a stampede the event of the sentence set off: "killed in a stampede ... after
               # security forces fired tear gas at fans protesting", QA round twenty-one)
               and not (_lemma(o) == "stampede" and any(
                   e.sent == cm.sent and e.event_type in ("Protests", "Riots", "Battles", "Violence against civilians")
                   and not e.background for e in all_events))
               for p in h0.children for o in p.children if o.dep_ == "pobj"):
            # "Rallies calling for justice for two pupils who died in a traffic crash"
            # (CASE 2021 dev, QA round eighteen): an accident's dead are no event's toll
            continue
        if h0.dep_ == "pobj" and h0.head.lower_ in ("to", "for") \
                and _lemma(h0.head.head) in ("response", "retaliation", "revenge", "reprisal") \
                and not any(e.head == h0.i and e.event_type is not None and not e.background for e in all_events):
            # "fired dozens of rockets ... in response to the killing of one of its commanders" (QA
            # round eighteen): the killing answered is no figure of the answer
            continue
        if h0.dep_ == "relcl" and _lemma(h0.head) in ("decade", "year", "month") and h0.head.tag_ == "NNS" \
                and any(c.dep_ == "aux" and c.lower_ in ("have", "has") for c in h0.children):
            # "... waged a low-level conflict in the region for two decades in which more than 7,000
            # people have died" (QA round eight, the clause hung on the years): the period's tally
            continue
        if cm.sent != ev.sent and any(e.generic and e.sent == cm.sent
                                      and (e.event_type in VIOLENT_EVENT_TYPES or e.event_type is None and e.background)
                                      and (e.head == cm.head or doc[e.head].is_ancestor(doc[cm.head]))
                                      for e in all_events):
            # ("a low-level conflict for two decades in which more than 7,000 people have died": a
            # conflict noun with no type of its own, generic and background, QA round eight)
            # "... a campaign of violence for two decades in which more than 7,000 people have died"
            # (QA round seven): the toll of a tally no incident owns, not the bombing told before
            continue
        loose = _outside_background(doc, events, cm)
        if loose:
            # "The bodies of six men were found ..., as fighting between rival factions enters its
            # third month. ... the men appeared to have been shot" (QA round seven): the sentence's
            # only trigger is the war behind the news, which does not govern the figure; the
            # figure goes to the incident told around it, as a sentence without a trigger's does
            events = loose
            trig_sents = {e.sent for e in events}
        if cm.sent == ev.sent and not loose:
            same = [e for e in events if e.sent == cm.sent]
            if len(same) <= 1:
                out.append(i)
                continue
            best = min(same, key=lambda e: (_tree_distance(doc, e.head, cm.head), _conj_apart(doc, e.head, cm.head),
                                            abs(e.head - cm.head)))
            # (a figure that heads an event of its own: "... and another nine in Gudu district the
            # following day", events._gapped_deeds)
            # (but not the figure of a later deed inside the first's phrase: "killed seven and four people
            # ... respectively", QA, seventeenth session)
            best = next((e for e in same if cm.start <= doc[e.head].idx < cm.end and not any(
                w.like_num for w in doc[doc[e.head].sent.start:e.head] if w.idx >= cm.start)), best)
            best = _deeds_own(doc, cm, same) or best
            h = doc[cm.head]
            # (an incident, not "detained 33 people ... in an investigation into a protest": QA round
            # seventeen)
            # (not the arrested "in the bombing of a shrine": those held over it, QA round eighteen)
            inner = [e for e in same for c in h.children if c.dep_ == "prep" and c.lower_ in ("in", "during")
                     for g in c.children if g.dep_ == "pobj" and g.i == e.head and e.event_type is not None
                     and not (cm.category == "arrested" and _lemma(h) in ("arrest", "detain", "hold", "nab"))]
            if len(inner) == 1:
                best = inner[0]  # "a second man was wounded in a separate shooting": that shooting's
            if best.start == ev.start and best.end == ev.end:
                out.append(i)
            continue
        if cm.sent in trig_sents:
            continue
        if _tally_over_months(doc, cm.sent):
            # "According to the United Nations, more than 1,200 civilians were killed or wounded in
            # the first three months of the year" (QA round eight): a tally, not the attack's toll
            continue
        if PERIOD_TALLY.search(_sent_text(doc, cm.sent)):
            # "The governor said 11 people had been killed across the region in the past week", "1,050
            # Russian troops had been killed or wounded across the front in the past day" (QA, seventeenth
            # session): a figure over a period or a front, told apart from any incident, is a tally
            continue
        if ev_day is None:
            ev_day = _event_day(doc, ev)
        st = _sent_text(doc, cm.sent)
        later_death = cm.category == "killed" and cm.singular and (bool(_LATER_DEATH.search(st)) and (
            cm.text.split()[0].lower() in ("the", "he", "she", "his", "her"))
            # ("His body was found in a field on Tuesday": the one told before, found days later; QA
            # round twenty-seven)
            or cm.text.lower() in ("his", "her"))
        # ("Of the six, two died: a 40-year-old man at the scene and a 17-year-old girl at a hospital on
        # Monday", QA, seventeenth session: the dead among those told shot, whenever they died)
        later_death = later_death or cm.category == "killed" and bool(re.match(r"(?i)\s*of\s+the\s+\w+\s*,", st))
        # (nor "The third child ... died of her wounds on Saturday": the day she died, QA round
        # twenty-four)
        if ev_day and _dated_elsewhere(doc, cm.sent, ev_day[0]) and not TOLL_UPDATE.search(st) and not later_death:
            # "Terry Bosley was killed in November": another incident, told in passing (not "by
            # Monday the death toll had risen to nine", QA round twenty-four: the day of the update)
            continue
        if _ANOTHER_INCIDENT_SENT.search(st):
            continue  # "a worker was shot dead during a similar protest": not this event's toll
        if _ACCIDENT.search(st) and not _GUN_WORDS.search(st):
            continue  # "a helicopter crashed, killing all six on board": no violence's toll
        # (not an earlier incident told in a clause of the sentence before: QA round seven)
        # (nor when only such a clause is violent: "settlers set fire to homes ..., after two
        # Israelis were shot dead nearby by a Palestinian gunman. One Palestinian man was killed":
        # the burning's, QA round twenty, the burning added to the owners above)
        before = [e for e in events if e.sent < cm.sent and not e.apart] or [e for e in events if e.sent < cm.sent]
        # (not a deed told only in the background when the incident is told before it: "A man who was shot
        # on New Year's Eve has died ... had been on life support since the Dec. 31 shooting. A second man
        # wounded that night has recovered", QA, eighteenth session)
        before = [e for e in before if not e.background] or before
        if before:
            owner = max(before, key=lambda e: (e.sent, e.start))
            # every trigger of the owner's sentence shares it: fusion merges what is the same event
            if owner.sent == ev.sent and _same_mention(_nearest_in_sentence(doc, events, owner.sent, cm), ev):
                out.append(i)
        else:
            after = [e for e in events if e.sent > cm.sent]
            if after:
                owner = min(after, key=lambda e: (e.sent, e.start))
                if owner.sent == ev.sent and _same_mention(_nearest_in_sentence(doc, events, owner.sent, cm), ev):
                    out.append(i)
    return out


def _tally_over_months(doc: Doc, sent_index: int) -> bool:
    """The sentence gives a span of months or years (a duration of months or years, or dates two
    months or more apart): its figures tally a period."""
    bounds = doc_sent_bounds(doc)
    if not 0 <= sent_index < len(bounds):
        return False
    a, b = doc[bounds[sent_index][0]].idx, doc[bounds[sent_index][1] - 1].idx
    for tm in doc._.dl_times or []:
        if not a <= tm.start <= b:
            continue
        if spans_years(tm):
            return True
        if tm.kind == "date" and tm.value and tm.end_value and (tm.end_value - tm.value).days >= 60:
            return True
    return False


def _outside_background(doc: Doc, events: list[EventMention], cm: CountMention) -> list[EventMention] | None:
    """The other sentences' foreground events when every trigger of the figure's sentence is
    background, a conflict told by how long it has lasted, and none governs the figure; else None."""
    same = [e for e in events if e.sent == cm.sent]
    if not same or not all(e.background for e in same):
        return None
    h = doc[cm.head]
    if not all(ongoing_for(doc[e.head]) for e in same) or any(doc[e.head].is_ancestor(h) for e in same):
        return None  # (only a war told by how long it has gone on: "as fighting ... enters its third month")
    rest = [e for e in events if e.sent != cm.sent and not e.background]
    return rest or None


_INCIDENT_NOUNS = frozenset({"explosion", "blast", "attack", "bombing", "massacre", "shooting", "fire", "war",
                             "earthquake", "crash", "accident", "disaster", "stampede", "riot", "clash", "fighting",
                             "genocide", "uprising", "siege", "flood", "tsunami", "hurricane", "cyclone",
                             # "demanding accountability for a railway station roof collapse that
                             # killed 15 people in November" (QA round seven)
                             "collapse", "landslide", "derailment", "sinking", "blaze", "outbreak"})


# a sentence that tells of another incident: its toll is not the one of a trigger elsewhere
_ANOTHER_INCIDENT_SENT = re.compile(r"(?i)\b(?:similar|separate|separately|unrelated|elsewhere)\b|\bin another\b|"
                             r"\banother\s+(?:incident|attack|shooting|protest|clash|bombing|raid|ambush)\b")


_ACCIDENT_NOUNS = frozenset({"accident", "crash", "collision", "stampede", "landslide", "earthquake", "flood"})
# an accident told in a sentence with no trigger of its own: its dead are nobody's victims
_ACCIDENT = re.compile(r"(?i)\b(?:crash(?:ed|es)?|accident(?:al|ally)?|collision|collided|capsized|derailed|"
                       r"drowned|stampede|landslide|earthquake|flood(?:s|ing)?|lightning|heat\s*stroke)\b")


def _sent_text(doc: Doc, si: int) -> str:
    bounds = doc_sent_bounds(doc)
    if not 0 <= si < len(bounds):
        return ""
    a, b = bounds[si]
    return doc[a:b].text


def _event_day(doc: Doc, ev: EventMention) -> tuple:
    """(the date event_time gives the event, or None,) — a tuple so that "no date" is cached too."""
    from .dates import event_time

    times = doc._.dl_times or []
    ti, _ = event_time(doc, ev)
    tm = times[ti] if ti is not None else None
    return ((tm.value, tm.granularity) if tm is not None and tm.value is not None else None,)


_CARE_LEMMAS = frozenset({"treat", "release", "discharge", "hospitalize", "hospitalise", "admit"})


def _dated_elsewhere(doc: Doc, sent: int, ev_date) -> bool:
    """Does sentence ``sent`` give its own past date (a day, a month or a year) that is not the
    event's? Day against day: more than one day apart; a month: not the event's month; a year:
    one before the event's."""
    if ev_date is None:
        return False
    value, gran = ev_date
    for tm in doc._.dl_times or []:
        if tm.sent != sent or tm.kind != "date" or tm.value is None or tm.future:
            continue
        if tm.head is not None and 0 <= tm.head < len(doc) and lemma_lower(doc[tm.head]) in _CARE_LEMMAS:
            continue  # "was treated and released the same day" (QA round twenty-four): the care's day
        if tm.granularity == "day" and gran == "day" and abs((tm.value - value).days) > 1:
            return True
        if tm.granularity == "month" and (tm.value.year, tm.value.month) != (value.year, value.month):
            return True
        # "15,151 injuries from pellet guns were reported in 2012": a figure of an earlier year
        if tm.granularity == "year" and (tm.end_value or tm.value).year < value.year:
            return True
    return False


def _same_mention(a: EventMention, b: EventMention) -> bool:
    return a is b or (a.start == b.start and a.end == b.end)


def _nearest_in_sentence(doc: Doc, events: list[EventMention], sent: int, cm: CountMention) -> EventMention:
    same = [e for e in events if e.sent == sent]
    # the main (root-most) trigger of that sentence
    return min(same, key=lambda e: (_depth(doc[e.head]), e.start))


def _depth(t: Token) -> int:
    d = 0
    while t.head.i != t.i and d < 50:
        t = t.head
        d += 1
    return d


def _deeds_own(doc: Doc, cm: CountMention, same: list[EventMention]) -> EventMention | None:
    """In a "respectively" sentence, the mention of the deed whose figure opens the count ("killing 30, 11
    and seven people respectively": 30 is the first deed's), else None."""
    sp = doc.char_span(cm.start, cm.end, alignment_mode="expand")
    deeds = respective_deeds(sp.sent) if sp is not None and len(sp) else None
    if not deeds:
        return None
    first = next((w.i for w in sp if w.like_num), None)
    figs = [d[0] for d in deeds]
    if first is None or first not in figs:
        return None
    k = figs.index(first)
    return next((e for e in same if (respective_deed(doc, e.head) or (0,))[0] == k), None)


def _conj_apart(doc: Doc, a: int, b: int) -> int:
    """1 where the way from ``b`` to ``a`` in the parse goes down into a clause joined by "and" (``a``
    tells another deed: "A car bomb exploded ..., killing three soldiers, and two days later gunmen
    ambushed a convoy", QA, seventeenth session), else 0: a tie-break after the tree distance."""
    up = {b, *(t.i for t in doc[b].ancestors)}
    t = doc[a]
    while t.i not in up and t.head.i != t.i:
        if t.dep_ == "conj":
            return 1
        t = t.head
    return 0


def _tree_distance(doc: Doc, a: int, b: int) -> int:
    if a == b:
        return 0
    pa: dict[int, int] = {}
    t, d = doc[a], 0
    while True:
        pa[t.i] = d
        if t.head.i == t.i or d > 50:
            break
        t, d = t.head, d + 1
    t, d = doc[b], 0
    while True:
        if t.i in pa:
            return pa[t.i] + d
        if t.head.i == t.i or d > 50:
            break
        t, d = t.head, d + 1
    return 99


_PRONOUN_KEYS = frozenset("he she him her himself herself".split())
_GENERIC_KEYS = frozenset("victim person individual one juvenile teen teenager youth adult".split())
_NEW_MARKERS = re.compile(r"(?i)^(?:another|other|a\s+second|a\s+third|the\s+other|the\s+second|the\s+third|a\s+fourth)\b")
# one of two told apart by age ("The younger boy remains in critical condition" after a boy who died)
_OF_TWO_BY_AGE = re.compile(r"(?i)^the\s+(?:younger|older|elder)\b")


# head nouns that name the same kind of person ("a 53-year-old man" ... "an adult male")
_KEY_SAME = {"male": "man", "female": "woman", "guy": "man", "gentleman": "man", "lady": "woman",
             "teenager": "teen"}


def _victim_key(cm: CountMention) -> str:
    w = (cm.who or "").lower()
    w = re.sub(r"^(the|a|an|one|this|that|another|other)\s+", "", w)
    key = w.split()[-1] if w else ""
    return _KEY_SAME.get(key, key)


def _gender(key: str) -> str | None:
    if key in MALE:
        return "m"
    if key in FEMALE:
        return "f"
    return None


_AGE_WORD_IN = re.compile(r"(?i)\b([a-z]+(?:-[a-z]+)?)\s*-\s*years?\s*-\s*old\b")
_AGE_IN = re.compile(r"(?i)\b(\d{1,3})\s*-?\s*years?\s*-?\s*old\b")
# "Gerald Roberson, 39, was ...", "Terry Bosley, a 17-year-old student, ...", "Smith (25)"
_AGE_AFTER = re.compile(r"(?i)^\s*(?:,\s*(?:an?\s+)?|\(\s*)(\d{1,3})(?:\s*-?\s*years?\s*-?\s*old)?\b")
_AGE_BEFORE = re.compile(r"(?i)\b(\d{1,3})\s*-\s*years?\s*-\s*old\s+$")  # "30-year-old Cory Jenkins"
_NAME_STOP = frozenset("mr mrs ms dr officer deputy sgt lt det cpl the a an".split())


def _person_features(doc: Doc, c: CountMention) -> tuple[int | None, frozenset[str]]:
    """Age and name tokens of a one-person mention ("a 24-year-old man" -> 24; "Gerald Roberson,
    39," -> 39, {"gerald", "roberson"})."""
    age = None
    m = _AGE_IN.search(c.text)
    w = _AGE_WORD_IN.search(c.text)
    if m:
        age = int(m.group(1))
    elif w and number_word(w.group(1).lower()) is not None:
        age = number_word(w.group(1).lower())  # "a three-year-old child"
    else:
        text = doc_text(doc)
        m = _AGE_AFTER.match(text[c.end:c.end + 30]) or _AGE_BEFORE.search(text[max(0, c.start - 25):c.start])
        if m:
            age = int(m.group(1))
    if age is not None and not 0 < age < 110:
        age = None
    name: frozenset[str] = frozenset()
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is not None and len(span) and span.root.pos_ == "PROPN" and span.root.ent_type_ in ("PERSON", ""):
        toks = list(span)
        root = span.root
        if root.ent_type_ == "PERSON":
            # the whole name the tagger found ("Patricia (Pat) Ann Brown" for "Patricia")
            ents = [e for e in doc.ents if e.start <= root.i < e.end]
            if ents:
                toks = list(ents[0])
            nxt = root.i + 1
            while nxt < len(doc) and nxt < root.i + 6 and (doc[nxt].ent_type_ == "PERSON" or doc[nxt].text in "()"):
                toks.append(doc[nxt])
                nxt += 1
        name = frozenset(t.lower_ for t in toks if t.pos_ == "PROPN" and t.lower_ not in _NAME_STOP
                         and not t.is_upper)
    elif span is not None and len(span):
        name, age2 = _identified_as(doc, span.root)
        age = age if age is not None else age2
    return age, name


def _identified_as(doc: Doc, root: Token) -> tuple[frozenset[str], int | None]:
    """"The coroner identified a man found shot ... as Gerald Roe, 39", "The man killed was
    identified as Joe Doe, 28": the name (and age) the report gives the person it identifies."""
    verb = root.head
    if root.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() != "identify":
        return frozenset(), None
    # the parser hangs "as NAME" on the verb or anywhere in its clause ("a man found shot in
    # the neck ... in the 200 block ... as NAME")
    preps = [t for t in verb.children if t.dep_ == "prep" and t.lower_ == "as"] + \
        [t for t in verb.subtree if t.dep_ == "prep" and t.lower_ == "as" and t.i > root.i]
    for prep in preps:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ == "PROPN" and obj.ent_type_ == "PERSON":
                    ents = [e for e in doc.ents if e.start <= obj.i < e.end]
                    toks = list(ents[0]) if ents else [obj]
                    name = frozenset(t.lower_ for t in toks if t.pos_ == "PROPN" and t.lower_ not in _NAME_STOP
                                     and not t.is_upper)
                    end = toks[-1].idx + len(toks[-1].text)
                    m = _AGE_AFTER.match(doc_text(doc)[end:end + 30])
                    age = int(m.group(1)) if m and 0 < int(m.group(1)) < 110 else None
                    return name, age
    return frozenset(), None


_POLICE_TITLES = frozenset("officer deputy trooper sgt sergeant lt lieutenant detective police agent ranger "
                           "marshal sheriff cpl corporal capt captain constable".split())


def _agent_names(doc: Doc, c: CountMention) -> frozenset[str]:
    """Name tokens of whoever did the hurting in the mention's own clause: "was shot by Andy Doe",
    "Doe shot her": that one is not the person hurt, so a later "Doe" is someone else."""
    if c.head is None or not 0 <= c.head < len(doc):
        return frozenset()
    verb = doc[c.head]
    if verb.pos_ not in ("VERB", "AUX"):
        return frozenset()
    who: list[Token] = [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    if any(x.dep_ in ("nsubjpass", "auxpass") for x in verb.children):
        # "was shot while inside her car by Doe": the parser may hang the "by" on another verb
        for b in doc[verb.i + 1:min(verb.sent.end, verb.i + 10)]:
            if b.lower_ == "by" and b.dep_ in ("agent", "prep"):
                who += [p for p in b.children if p.dep_ == "pobj"]
    elif any(x.dep_ == "dobj" and c.start <= x.idx < c.end for x in verb.children):
        who += [x for x in verb.children if x.dep_ == "nsubj"]  # "Doe shot her"
    out: set[str] = set()
    for w in who:
        if any(_lemma(t) in _POLICE_TITLES for t in w.subtree):
            continue  # "shot by Officer Doe": the officer, seldom the suspect the story names
        if w.pos_ == "PROPN" and w.ent_type_ not in ("GPE", "LOC", "NORP", "FAC"):
            out |= {t.lower_ for t in w.subtree if t.pos_ == "PROPN" and t.lower_ not in _NAME_STOP and not t.is_upper}
    return frozenset(out)


def _compatible_person(p: dict, g: str | None, age: int | None, name: frozenset[str]) -> bool:
    """No clash of gender, age (both given) or name (both named, no name in common)."""
    if g and p["gender"] and g != p["gender"]:
        return False
    if age is not None and p["ages"] and age not in p["ages"]:
        return False
    if name and p["names"] and not (name & p["names"]):
        return False
    return True


_YOUNG_KEYS = frozenset("boy boys girl girls child children toddler baby infant teen teens juvenile "
                        "youth student schoolboy schoolgirl".split())
_CALL_NOUNS = frozenset({"report", "call", "calls", "reports", "complaint", "tip"})


def _bare_headline_noun(text: str, key: str) -> bool:
    """"Man", "× Teen": one capitalised person noun with no determiner, as headlines write it."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return len(words) == 1 and words[0][:1].isupper() and words[0].lower() == key and (
        key in MALE or key in FEMALE or key in _HEADLINE_PEOPLE or _PERSON_SUFFIX.search(key) is not None
        or key.endswith("er"))


_HEADLINE_PEOPLE = frozenset("person teen teenager child toddler baby student officer deputy driver victim".split())


def _called_in(doc: Doc | None, c: CountMention) -> bool:
    """Is the mention the person a call to the police was about ("a call about a man who had
    been hit by gunfire", "calls about a man down")? Callers do not know who the victim is, so the
    indefinite tells again someone the report has named, not someone new."""
    if doc is None:
        return False
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ in ("of", "about", "regarding", "for") and prep.head.lower_ in _CALL_NOUNS


def _deaths_first(sel: list[tuple[int, CountMention]]) -> list[tuple[int, CountMention]]:
    """The mentions in order, except that a death told of the same words as a wound comes first
    ("John Doe, 30, was found shot in a car and later declared dead"): the person's fate
    is known before the name is matched with the people told so far."""
    deaths = {(c.start, c.end): (i, c) for i, c in sel if c.category == "killed"}
    out: list[tuple[int, CountMention]] = []
    done: set[int] = set()
    for i, c in sel:
        first = deaths.get((c.start, c.end))
        if first is not None and first[0] not in done and c.category == "injured":
            out.append(first)
            done.add(first[0])
        if i not in done:
            out.append((i, c))
            done.add(i)
    return out


_OFFICER_KEYS = frozenset({"officer", "officers", "policeman", "policewoman", "deputy", "trooper", "cop", "agent",
                           "sergeant", "constable", "patrolman", "detective", "lieutenant", "corporal"})


def _pronoun_is_attacker(doc: Doc | None, c: CountMention) -> bool:
    """"A gunman opened fire ..., killing one man ... before he was shot dead by a passer-by" (QA
    round seventeen): a pronoun told killed in a clause on a verb whose subject is the attacker
    is the attacker."""
    if doc is None or c.head is None or not 0 <= c.head < len(doc):
        return False
    pred = doc[c.head]
    if pred.dep_ in ("oprd", "acomp") and pred.head.i != pred.i:
        pred = pred.head  # "before he was shot dead by off-duty soldiers" (QA round eighteen)
    # (or the shooter's reflexive: "A man shot his girlfriend and her son before killing himself", QA,
    # eighteenth session)
    reflexive = c.text.strip().lower() in ("himself", "herself") and any(
        x.dep_ == "dobj" and x.lower_ in ("himself", "herself") for x in pred.children)
    if not reflexive and not any(x.dep_ in ("nsubjpass", "nsubj") and x.lower_ in ("he", "she") for x in pred.children):
        return False
    v, k = pred, 0
    while v.dep_ in ("advcl", "conj", "pcomp", "prep") and v.head.i != v.i and k < 4:
        v, k = v.head, k + 1
        if v.dep_ == "prep" or v.pos_ == "ADP":
            continue  # ("before killing himself": past the preposition)
        subj = next((x for x in v.children if x.dep_ == "nsubj"), None)
        if subj is not None:
            # (or whoever did the violence: "A man stabbed five people ... before he was shot dead
            # by a security guard", QA round twenty)
            return subj.lemma_.lower() in ATTACKER_NOUNS or subj.lower_ in ATTACKER_NOUNS or (
                v.lemma_.lower() in KILL_VERBS | HIT_VERBS | {"attack"} and any(x.dep_ == "dobj" for x in v.children))
    return False


def _killed_next(doc: Doc | None, numeric: list[tuple[int, CountMention]]) -> int:
    """"A gunman killed 22 children and two teachers at a nursery ... before killing his wife and
    child and then himself" (QA round twenty): the dead of a killing told as coming before or after
    another, by the same hand, are more dead (the figures of the killing it hangs on beside them)."""
    if doc is None or len(numeric) < 2:
        return 0
    heads = {c.head: c for _, c in numeric if c.head is not None and 0 <= c.head < len(doc)}
    more = 0
    for h, c in heads.items():
        v = doc[h]
        prep = v.head if v.dep_ == "pcomp" else None
        if v.lemma_.lower() not in KILL_VERBS or prep is None or prep.lower_ not in ("before", "after") \
                or prep.head.i not in heads or prep.head.i == h or doc[prep.head.i].lemma_.lower() not in KILL_VERBS:
            continue
        if any(x.dep_ == "nsubj" for x in v.children):
            continue  # (its own subject: another hand)
        more += c.best or 0
    return more


# the state's men, one by one ("a District Reserve Guard jawan was killed")
_STATE_MAN = frozenset({"jawan", "soldier", "policeman", "officer", "trooper", "constable", "commando", "gendarme",
                        "guardsman", "sepoy", "ranger", "serviceman", "personnel", "troop"})


def _group_claim(doc: Doc, c: CountMention) -> bool:
    """The figure is an armed group's word on what it did: "Fano said on Tuesday it had killed more
    than 100 federal troops", "Al-Shabaab claimed responsibility, saying it had killed 40 soldiers"."""
    if c.head is None or not 0 <= c.head < len(doc):
        return False
    v = doc[c.head]
    if v.lemma_.lower() not in KILL_VERBS or not any(x.dep_ == "aux" and x.lower_ == "had" for x in v.children):
        return False
    say = v.head
    for _ in range(3):
        if say.lemma_.lower() in SAY_VERBS | {"claim"}:
            subj = [x for x in say.children if x.dep_ == "nsubj"]
            if subj:
                s = subj[0]
                return s.lemma_.lower() not in _STATE_NOUNS and s.lower_ not in ("officials", "official", "police") \
                    and (s.lemma_.lower() in ARMED_GROUP_WORDS | {"group"} or s.ent_type_ in ("ORG", "NORP")
                         or s.pos_ == "PROPN")
        if say.head.i == say.i:
            return False
        say = say.head
    return False


def _state_men_apart(doc: Doc, numeric: list[tuple[int, CountMention]], people: list[dict]) -> int:
    """The officers or soldiers, one each, told in sentences of their own apart from the figures' (not "a
    soldier was among the dead")."""
    sents = {c.sent for _, c in numeric}
    return sum(1 for p in people if p["sent"] not in sents and p["keys"] & _STATE_MAN and len(p["keys"]) == 1
               and not _AMONG.search(_sent_text(doc, p["sent"])))


def _own_side_lost(doc: Doc | None, numeric: list[tuple[int, CountMention]], people: list[dict]) -> int:
    """"Security forces killed 12 Maoist insurgents ... in a gunfight ... A District Reserve Guard
    jawan was killed" (QA round twenty-five): the fighters the state's men killed and a man of
    theirs told dead in a sentence of his own are two sides' dead, added (the jawans told apart)."""
    if doc is None or not numeric or not people:
        return 0
    for _, c in numeric:
        if _who_class(c.who) != "attackers" or c.head is None or not 0 <= c.head < len(doc):
            return 0
        v = doc[c.head]
        if v.lemma_.lower() not in KILL_VERBS or not any(
                x.dep_ == "nsubj" and x.lemma_.lower() in _STATE_NOUNS for x in v.children):
            return 0
    return _state_men_apart(doc, numeric, people)


def _officer_hurt_too(doc: Doc | None, numeric: list[tuple[int, CountMention]], people: list[dict]) -> int:
    """"..., wounding the clerk and a customer, was shot dead by responding officers ... One officer was
    grazed in the leg during the exchange of gunfire" (QA, seventeenth session): an officer or soldier told
    hurt in a sentence of his own, beside figures that name no state's men, is one more."""
    if doc is None or not numeric or any(_who_class(c.who) == "state" for _, c in numeric):
        return 0
    return _state_men_apart(doc, numeric, people)


def _killed_before_being_killed(doc: Doc | None, numeric: list[tuple[int, CountMention]]) -> bool:
    """"A Palestinian gunman opened fire ..., killing seven people before being shot dead" (QA
    round nineteen): the attacker, the unspoken subject of "being shot dead" (or of "taking his
    own life"), died too."""
    if doc is None:
        return False
    for _, c in numeric:
        if c.head is None or not 0 <= c.head < len(doc):
            continue
        for t in doc[c.head].sent:
            if t.lemma_.lower() == "take" and t.dep_ in ("pcomp", "advcl") and any(
                    x.dep_ == "dobj" and x.lemma_.lower() == "life"
                    and any(y.lower_ == "own" for y in x.children) for x in t.children):
                # "... killing two children and wounding 17 other people before taking his own life"
                # (QA round twenty): the shooter dead by his own hand (GVA and ACLED count him)
                v = t
            elif t.lower_ != "being" or t.i + 1 >= len(doc) \
                    or doc[t.i + 1].lemma_.lower() not in ("shoot", "kill", "gun"):
                continue
            else:
                v = doc[t.i + 1]
            if not (v.dep_ in ("pcomp", "advcl") and v.head.lower_ in ("before", "after", "until")
                    or v.dep_ == "advcl") or any(x.dep_ in ("nsubj", "nsubjpass") for x in v.children):
                continue
            if v.lemma_.lower() == "shoot" and not any(x.lower_ in ("dead", "death") for x in v.subtree) \
                    and not any(x.lemma_.lower() == "kill" for x in v.conjuncts):
                continue  # (shot, not said to have died)
            g, k = v, 0
            while g.head.i != g.i and k < 4:
                g, k = g.head, k + 1
                subj = next((x for x in g.children if x.dep_ == "nsubj"), None)
                if subj is not None:
                    if subj.lemma_.lower() in ATTACKER_NOUNS or subj.lower_ in ATTACKER_NOUNS:
                        return True
                    break
    return False


def _by_force(doc: Doc, c: CountMention) -> bool:
    """The figure's verb has a "by" phrase naming police ("was fatally shot by officers")."""
    if c.head is None:
        return False
    v = doc[c.head]
    verbs = [v] + [x for x in v.conjuncts]
    return any(a.dep_ == "agent" and any(o.lower_ in _OFFICER_KEYS or o.lower_ in ("police", "deputies", "troopers")
                                         for o in a.subtree) for x in verbs for a in x.children)


# the people who go with someone ("his driver", "her bodyguard"): never that someone
_RETINUE = frozenset({"driver", "bodyguard", "bodyguards", "escort", "escorts", "guard", "guards", "aide", "aides",
                      "assistant", "secretary", "chauffeur", "companion", "colleague", "passenger"})


def _people(sel: list[tuple[int, CountMention]], doc: Doc | None = None) -> list[dict]:
    """Group one-person mentions into people, in text order (a small coreference for victims).

    A mention refers to an earlier person when nothing clashes: gender, age ("a 24-year-old
    man" is not "the 30-year-old") and name (two different names are two people). The same
    name or the same head noun is the same person ("a man" ... "the man"); a pronoun, "the
    victim", another definite description or a name refers to the latest person it can (not
    in the same sentence as that person, pronouns and "the victim" apart); an indefinite ("a
    woman") or "another"/"the other" brings in someone new. Victims and attackers are one pool
    ("the suspect was shot ... he died"); the arrested and the abducted are kept apart."""
    persons: list[dict] = []
    for i, c in _deaths_first(sel):
        if not (c.singular and c.best == 1):
            continue
        key = _victim_key(c)
        pool = "arrested" if c.category == "arrested" else ("abducted" if c.category == "abducted" else "victim")
        attacker = key in ATTACKER_NOUNS
        gunman = not attacker and doc is not None \
            and (sp := doc.char_span(c.start, c.end, alignment_mode="expand")) is not None \
            and len(sp) > 0 and _told_as_gunman(sp.root)
        # ("A man who opened fire on customers ... was shot and killed by officers", QA, seventeenth session: the
        # gunman, no victim a later "a 42-year-old man died" tells again)
        attacker = attacker or gunman
        g = _gender(key)
        age, name = _person_features(doc, c) if doc is not None else (None, frozenset())
        if name == {key} and _bare_headline_noun(c.text, key):
            name = frozenset()  # "Rapper shot dead ...": a headline's capitalised noun is no name
        det = c.text.strip().split()[0].lower() if c.text.strip() else ""
        # "A 58-year-old woman was hurt as well": someone else
        also = doc is not None and c.head is not None and det in ("a", "an") and any(
            x.lower_ in ("also", "too") and x.dep_ == "advmod" for x in doc[c.head].children)
        target = None
        weak = False  # linked only by an indefinite's sex or age
        agents = _agent_names(doc, c) if doc is not None and c.category in ("killed", "injured") else frozenset()
        if key in _PRONOUN_KEYS and c.category == "killed" and _pronoun_is_attacker(doc, c):
            attacker = True
            key = "attacker"  # (a person of its own: the attacker, not the one he killed)
        cands = [p for p in persons if p["pool"] == pool and _compatible_person(p, g, age, name)
                 and not (name and name & p["agents"])
                 # "Jane Doe was shot by Joe Roe": Jane is not "the suspect" told so far
                 and not (agents - name and p["attacker"] and not attacker)
                 # "A police officer was shot and wounded ... The suspect was fatally shot by
                 # other officers" (QA round sixteen): the suspect is not the officer
                 and not (attacker and p["keys"] & _OFFICER_KEYS and not p["attacker"])
                 and not (key in _OFFICER_KEYS and p["attacker"] and not p["keys"] & _OFFICER_KEYS)
                 # "A man shot his girlfriend and her son before killing himself ... Her son was shot
                 # twice" (QA, eighteenth session): someone's own person told hurt is not the shooter
                 and not (det in ("his", "her", "their") and p["attacker"] and not attacker)
                 # ("shot dead a Shia scholar ... The scholar's driver was wounded", QA round thirty-nine:
                 # the one whose driver he is, not him)
                 and not (det.endswith(("'s", "\u2019s")) and det[:-2] in p["keys"])
                 # ("killed one person and wounded four others ... Police officers shot the attacker dead",
                 # QA round forty-one: the attacker is not the one he killed)
                 and not (key in ("attacker", "assailant", "attackers", "assailants") and not p["attacker"])
                 # ("A sheriff's deputy was shot ... Another deputy returned fire, killing the 66-year-old
                 # homeowner": a role of its own is not the officer told before)
                 and not (p["keys"] & _OFFICER_KEYS and key not in _OFFICER_KEYS | _PRONOUN_KEYS | _GENERIC_KEYS
                          | _GENERAL_PEOPLE and det == "the")]
        # "Two children were killed and a third was badly injured ... The third child ... died of her
        # wounds" (QA round twenty-four): the same ordinal, the same person
        words = c.text.lower().split()
        ordinal = words[1] if len(words) > 1 and words[0] == "the" and words[1] in _ORDINAL_WORDS else None
        same_rank = [p for p in cands if ordinal and any(t.split()[:2] in (["a", ordinal], ["an", ordinal])
                                                         for t in p["texts"])]
        if not same_rank and c.category == "killed" and doc is not None and c.head is not None \
                and det in ("the", "he", "she") and (_DIED_OF_WOUNDS.search(doc[c.head].sent.text) or (
                    # "accidentally shot his 10-year-old cousin ..., and the younger boy died Wednesday
                    # morning" (QA round twenty-seven): the one shot in the sentence, then dead
                    doc[c.head].lemma_.lower() in ("die", "succumb")
                    and any(p["sent"] == c.sent for p in cands))):
            # ("The girl died of her wounds on Saturday": the one person told hurt and not dead)
            hurt_only = [p for p in cands if "injured" in p["cats"] and "killed" not in p["cats"]]
            same_rank = hurt_only if len(hurt_only) == 1 else []
        if c.category == "killed":
            # "One man is dead and another hospitalized": "another" is set apart from the dead,
            # so a later death ("Jonathan Doe died") is not that person's
            cands = [p for p in cands if not (p["contrast"] and "killed" not in p["cats"])]
        norm = " ".join(c.text.lower().split())
        again = [p for p in cands if norm in p["texts"]] or same_rank
        named = [p for p in cands if name and (name & p["names"])]
        if again:
            target = again[-1]  # the lead repeating the headline ("another man was shot")
            weak = det in ("a", "an", "one")
        elif named:
            target = named[-1]
        elif ordinal in _ORDINAL_N and key in _GENERIC_KEYS and len([p for p in cands if p["sent"] < c.sent]) \
                >= _ORDINAL_N[ordinal]:
            # a man dead and a passenger hurt told, then "the second victim" (GVA train 114): the rank of those
            # told, not one more
            target = [p for p in cands if p["sent"] < c.sent][_ORDINAL_N[ordinal] - 1]
        elif _NEW_MARKERS.match(c.text.strip()) and not also and any(
                p["new"] and p["sent"] != c.sent and c.category in p["cats"] for p in cands):
            # "killing one man and injuring another ... a second man at the house had been grazed":
            # the second one told again, not a third
            target = [p for p in cands if p["new"] and p["sent"] != c.sent and c.category in p["cats"]][-1]
            weak = True
        elif not _NEW_MARKERS.match(c.text.strip()) and not also:
            # (an indefinite victim is not the gunman told before: "A man who opened fire ... a 42-year-old
            # man died at a hospital", QA, seventeenth session)
            same = [p for p in cands if key in p["keys"] and not (det in ("a", "an") and p["gunman"] and not attacker)]
            other_by_age = bool(_OF_TWO_BY_AGE.match(c.text.strip())) and c.category == "injured" \
                and any(key in p["keys"] for p in cands) \
                and all("killed" in p["cats"] for p in cands if key in p["keys"])
            if other_by_age:
                # ("The younger boy remains in critical condition" after a boy who died: the other one, QA,
                # seventeenth session; "killing the younger child" is the child told dead)
                same = []
            if not same and det in ("a", "an") and g is not None:
                # "A driver was hurt when another driver shot him. A man driving home was shot":
                # an indefinite of the same sex and age group as someone told in an earlier
                # sentence tells that person again (a second one is "another", "also")
                young = key in _YOUNG_KEYS
                same = [p for p in cands if p["gender"] == g and p["sent"] != c.sent
                        and bool(p["keys"] & _YOUNG_KEYS) == young and not (p["gunman"] and not attacker)]
            if not same and det in ("a", "an", "one"):
                # "One person was shot ... police said one man suffered a gunshot wound": the
                # figure "one" told first is the person a later indefinite describes
                same = [p for p in cands if p.get("one") and p["sent"] != c.sent and p["gender"] in (None, g)
                        and len(p["texts"]) == 1]
            if not same and det in ("a", "an") and c.category in ("killed", "injured"):
                # "One person was killed and another was wounded ... Officers found a man dead on the sidewalk
                # and a woman with a gunshot wound" (QA, eighteenth session): "another", told with no sex,
                # is the indefinite of the same fate told next
                same = [p for p in cands if p["new"] and p["gender"] is None and p["sent"] != c.sent
                        and set(p["cats"]) == {c.category} and len(p["texts"]) == 1
                        and not any(q is not p and q["sent"] > p["sent"] and c.category in q["cats"] for q in cands)]
            if not same and det in ("a", "an", "one") and cands and cands[-1]["keys"] <= {"himself", "herself"} \
                    and cands[-1]["gender"] in (None, g):
                # a headline's "... after shooting himself" glued to the lead "A 20-year-old man
                # accidentally shot himself": the reflexive had no subject to name the man
                same = [cands[-1]]
            if not same and det in ("a", "an") and age is not None:
                # "A 34-year-old was wounded at a bus shelter ... deputies found a 34-year-old
                # woman at a clinic": an indefinite with the age of someone told in an earlier
                # sentence is that person
                same = [p for p in cands if age in p["ages"] and p["sent"] != c.sent]
            if same:
                target = same[-1]
                weak = det in ("a", "an", "one")
            elif not other_by_age and (key in _PRONOUN_KEYS or key in _GENERIC_KEYS
                                       or det not in ("a", "an", "one")) or (
                    age is not None and any(not p["ages"] and p["sent"] != c.sent for p in cands[-1:])) or (
                    _called_in(doc, c)):
                # an indefinite that adds an age restates the latest person told without one
                # ("A man was shot ... The shooting wounded a 27-year-old")
                for p in reversed(cands):
                    if p["gunman"] and not attacker and det in ("a", "an"):
                        continue  # (an indefinite victim restates no gunman)
                    if det in ("his", "her", "their") and key in _RETINUE and key not in p["keys"]:
                        # "A judge was shot dead ... His driver was wounded" (QA, eighteenth session): the
                        # one someone's driver or bodyguard is, is not he (a relative may be: "a woman ...
                        # his wife", GVA train)
                        continue
                    if p["sent"] == c.sent and key not in _PRONOUN_KEYS and key not in _GENERIC_KEYS \
                            and not (p["bare"] and p["sent"] == p["intro"]):
                        break
                    if key in _OFFICER_KEYS and not p["keys"] & _OFFICER_KEYS and doc is not None and any(
                            _by_force(doc, x) for j, x in sel for js in p["cats"].values() if j in js):
                        # "A man ... was fatally shot by officers ... hitting the officer in the arm"
                        # (QA round twenty-four): the officer is none of those the officers shot
                        continue
                    target = p
                    # a name given to an attacker told so far without one ("the suspect ... Jane
                    # Doe was shot"), or another noun ("a man ... the boy"), may be someone else
                    weak = (bool(name) and not p["names"] and p["attacker"]) or (
                        not name and key not in _PRONOUN_KEYS and key not in _GENERIC_KEYS and key not in p["keys"])
                    break
                if target is not None and key not in _PRONOUN_KEYS and c.category in ("killed", "injured") \
                        and c.category not in target["cats"]:
                    # "A professor was injured and her husband killed. Marcia Doe is in serious
                    # condition": of the people told together, the one with the same fate
                    fellow = [p for p in cands if p is not target and p["intro"] == target["intro"]
                              and c.category in p["cats"] and p["sent"] != c.sent]
                    if fellow:
                        target = fellow[-1]
        if target is not None and det == "the" and c.category == "killed" and "killed" not in target["cats"] \
                and not name and key not in _PRONOUN_KEYS:
            # "Police have not yet named the man who was killed": the definite told
            # dead is the one already told dead, not the latest one told hurt
            dead = [p for p in cands if p is not target and "killed" in p["cats"] and p["sent"] != c.sent]
            if dead:
                target = dead[-1]
        if target is None:
            new = also or bool(_NEW_MARKERS.match(c.text.strip()))
            target = {"keys": set(), "gender": g, "sent": c.sent, "cats": {}, "pool": pool, "texts": set(),
                      "ages": set(), "names": set(), "attacker": False, "gunman": False, "new": new, "intro": c.sent,
                      "agents": set(), "one": det == "one",
                      "weak": False,
                      # a headline's bare noun glued to the lead ("Man critically injured in shooting
                      # ... police say a woman shot her boyfriend"): the lead may name it again
                      "bare": _bare_headline_noun(c.text, key),
                      "contrast": new and c.category != "killed" and any(
                          x.category == "killed" and x.sent == c.sent and x.start < c.start for _, x in sel)}
            persons.append(target)
        target["weak"] = target["weak"] or weak
        target["keys"].add(key)
        target["texts"].add(norm)
        target["gender"] = target["gender"] or g
        target["sent"] = c.sent
        target["attacker"] = target["attacker"] or attacker
        target["gunman"] = target["gunman"] or gunman
        if age is not None:
            target["ages"].add(age)
        target["names"] |= name
        target["agents"] |= agents - target["names"]
        target["cats"].setdefault(c.category, []).append(i)
    for p in persons:
        if p["pool"] == "victim" and p["attacker"]:
            p["pool"] = "attacker"
    return persons


def _inclusive_copy(c: CountMention) -> CountMention:
    import copy

    d = copy.copy(c)
    d.inclusive = True
    return d


_GUN_WORDS = re.compile(r"(?i)\b(?:shot|shots|shoot\w*|gun\w*|bullets?|fired|firing|pistol\w*|rifles?|shotguns?|"
                        r"handguns?|revolvers?)\b")
# words that tell a person was hit by gunfire (not "a gunfight", "gunmen": QA round sixteen, "Three
# militants were killed in a gunfight ... An army soldier was also injured" lost the soldier)
_SHOT_PERSON = re.compile(r"(?i)\b(?:shot|shots|shooting|gunshots?|bullets?|fired|firing)\b")
_NOT_GUN_WORDS = re.compile(r"(?i)\b(?:stab|stabs|stabbed|stabbing|knife|knives|machete|beat|beaten|beating|punched|"
                            r"kicked|bat|hammer|crash|crashed|collision|glass)\b")


# hurt told as not done by the gun: "none of those injuries were from gunfire", "hurt while fleeing",
# "injured as they rushed out" (QA round forty-six)
_HURT_NOT_BY_GUN = re.compile(r"(?i)\b(?:none|not|no)\b[^.;]{0,40}\b(?:from|by|caused\s+by)\s+(?:gunfire|bullets?|gunshots?)\b|"
                              r"\b(?:hurt|injured|injuries)\s+(?:while|as|when)\s+(?:they\s+|he\s+|she\s+|people\s+)?"
                              r"(?:fled|fleeing|ran|running|rushed|rushing|escaping|escaped|scrambled|scrambling|"
                              r"tried\s+to\s+(?:flee|escape)|trying\s+to\s+(?:flee|escape))\b")


def _not_by_gunfire(doc: Doc, c: CountMention) -> bool:
    """Is the hurt a mention tells done without a gun ("was stabbed", "hit him with a baseball
    bat", "was hurt in the crash")? A stabbing verb, or a sentence with such words and none of
    guns or shooting."""
    if c.head is not None and 0 <= c.head < len(doc) and _lemma(doc[c.head]) == "stab":
        return True
    sent = doc[c.head].sent.text if c.head is not None and 0 <= c.head < len(doc) else ""
    # (not when only some of a figure were: "eight patients, some of them hurt while running away")
    if sent and any(not re.search(r"(?i)\b(?:some|several|many|few|one|two)\s+(?:of\s+(?:them|those)\s+)?(?:were\s+)?$",
                                  sent[max(0, m.start() - 24):m.start()])
                    for m in _HURT_NOT_BY_GUN.finditer(sent)):
        return True
    return bool(sent) and bool(_NOT_GUN_WORDS.search(sent)) and not _GUN_WORDS.search(sent)


# words of a sentence that tell or imply a gunshot wound, beyond _GUN_WORDS
_SHOT_HINTS = re.compile(r"(?i)\b(?:wound\w*|fire|gunfire|drive-by|struck|hit|grazed?|round|rounds|"
                         r"shooting|shootings|shooter|gunman|gunmen|critical|fatal\w*)\b")


_HURT_WORDS = re.compile(r"(?i)\b(?:injur\w*|hurt)\b")


def _hurt_unsaid_how(doc: Doc, c: CountMention) -> bool:
    """"She got treatment for injuries at the scene", "the victim suffered minor injuries": one
    person told hurt in a sentence that says nothing of a gun, a shot or a wound. In a report
    about gunfire such a person is only counted when told shot elsewhere (same person, another
    mention): a passenger roughed up or a driver hurt in the chase is not a gunshot victim."""
    if not c.singular or c.head is None or not 0 <= c.head < len(doc):
        return False
    sent = doc[c.head].sent.text
    return bool(_HURT_WORDS.search(sent)) and not _GUN_WORDS.search(sent) and not _SHOT_HINTS.search(sent)


def _gun_report(doc: Doc) -> bool:
    return doc is not None and bool(_GUN_WORDS.search(doc_text(doc)))


def _died_elsewhere(doc: Doc, counts: list[CountMention], sel: list[tuple[int, CountMention]],
                    person_cat: dict[str, list[dict]]) -> None:
    """People of one event told only as hurt whose death the report tells in a sentence fusion
    gave another event ("Police found a man shot in a van. ... He was pronounced dead at the
    scene"): over all the report's victims, the person is killed, so the event counts him killed,
    not injured. Only links a name, a pronoun or a definite description makes count (an
    indefinite brings in someone new)."""
    hurt = [p for p in person_cat.get("injured", []) if p["pool"] in ("victim", "attacker")]
    if not hurt or doc is None or any(c.category == "killed" or (c.category == "injured" and not c.singular)
                                      for _, c in sel):
        # an event that tells deaths of its own, or a number of hurt, keeps its hurt apart
        return
    mine = {i for i, _ in sel}
    every = [(i, c) for i, c in enumerate(counts) if c.status == "occurred"]
    if len(every) == len(sel):
        return
    dead_people = [p for p in _people(every, doc) if "killed" in p["cats"] and "injured" in p["cats"]
                   and not p["weak"] and p["pool"] in ("victim", "attacker")]
    if not dead_people:
        return
    for p in hurt:
        own = set(p["cats"]["injured"])
        dp = next((d for d in dead_people if own <= set(d["cats"]["injured"])), None)
        if dp is None or not set(dp["cats"]["killed"]) - mine:
            continue
        person_cat["injured"].remove(p)
        person_cat.setdefault("killed", []).append(p)
        p["cats"].setdefault("killed", []).extend(p["cats"]["injured"])


_ORDINAL_AFTER = {n - 1: w for w, n in _ORDINAL_N.items() if n <= 6}  # 1: "second" ... 5: "sixth"


def _also_more(doc: Doc | None, numeric: list[tuple[int, CountMention]]) -> int:
    """People a later figure adds with "also" or "too" ("Four attackers were also killed") to
    the largest figure told before it of another group ("killing 10 soldiers"): their number, else 0.
    The same group told again ("ten soldiers were also killed", a repeated toll) adds nothing."""
    if doc is None or len(numeric) < 2:
        return 0
    top_i, top = max(numeric, key=lambda ic: (ic[1].best or 0, -ic[0]))
    extra = 0
    if top.head is not None and not top.aggregate_hint and any(
            x.dep_ == "advmod" and x.lower_ in ("also", "too") for x in doc[top.head].children):
        # "killing at least four civilians ... M23 said 11 of its fighters were also killed" (QA round
        # twenty-four): the largest figure is the one added, to the figure of another group before it
        before = [c for i, c in numeric if i < top_i and c.best and not c.aggregate_hint
                  and _victim_key(c) and _victim_key(c) != _victim_key(top)]
        if before:
            return max(c.best for c in before)
    for i, c in numeric:
        if i <= top_i or c.head is None or not c.best or c.aggregate_hint:
            continue
        h = doc[c.head]
        if c.singular and c.best == 1 and re.match(r"(?i)an?\s+(?:second|third|fourth|fifth|sixth)\b", c.text) \
                and top.best is not None and c.text.split()[1].lower() == _ORDINAL_AFTER.get(top.best):
            # "Two teenagers were wounded ..., and a third person was grazed" (QA round twenty-two):
            # the ordinal after the figure counts one more
            extra += 1
            continue
        # (or just before it, the parse broken: "Two adults were also critically injured", QA round twenty)
        if not any(x.dep_ == "advmod" and x.lower_ in ("also", "too") for x in h.children) and not any(
                x.lower_ == "also" and 0 < h.i - x.i <= 2 for x in h.sent):
            continue
        if top.best is not None and c.best < top.best and (_last_word(top.who) in ("people", "persons", "victims") \
                and top.head is not None and "including" in doc[top.head].sent.text
                # ("wounded 11 people, among them two drivers", QA round forty-one)
                or c.sent == top.sent and c.start > top.end and _AMONG.search(doc_text(doc)[top.end:c.start])):
            # "Three people were hurt, among them an elderly woman ... Two young men were also hurt" (a GVA
            # train page told so): the rest of those people, named
            continue
        if _victim_key(c) and _victim_key(c) != _victim_key(top) and (top.who or "").strip():
            extra += c.best
    return extra


# words that make a later figure an update of an earlier one, not a rival claim
_CONTRAST = re.compile(r"(?i)\b(?:while|whereas)\b")
_UPDATE_WORDS = re.compile(r"(?i)\b(?:rose|risen|rise|rising|climbed|climb|increased|jumped|mounted|reached|"
                           r"later|updated|revised|now|since|further|more(?!\s+than)|also|other|others|another)\b")


def _who_class(who: str | None) -> str | None:
    """The victim class a figure's noun names, for telling two groups from two claims: the
    attackers, the state's men, or None (people, civilians, anyone else)."""
    if not who:
        return None
    w = set(re.findall(r"[a-z]+", who.lower()))
    # (and "guerrillas": "The army said 23 guerrillas and eight soldiers were killed", QA, eighteenth session)
    armed = bool(w & ATTACKER_NOUNS or w & {"attackers", "militants", "insurgents", "rebels", "assailants", "gunmen",
                                          "fighters", "terrorists", "guerrilla", "guerrillas", "jihadists",
                                          "bandits"})
    state = bool(w & {"soldier", "soldiers", "police", "policemen", "policeman", "officers", "troops", "guards",
                      "personnel"})
    if armed and state:
        return None  # both sides in one toll ("11 soldiers and three resistance fighters", QA round twenty-five)
    if state and len(re.split(r"\s+and\s+|,\s*", who.strip())) > 1 \
            and not all(w & _STATE_WHO_WORDS for w in (set(re.findall(r"[a-z]+", p.lower()))
                                                        for p in re.split(r"\s+and\s+|,\s*", who.strip()) if p)):
        # (nor the state's men beside others: "Three protesters and one policeman were killed", QA,
        # eighteenth session)
        return None
    return "attackers" if armed else "state" if state else None


_STATE_WHO_WORDS = frozenset({"soldier", "soldiers", "police", "policemen", "policeman", "officers", "officer", "troops",
                              "guards", "guard", "personnel", "gendarmes", "paramilitaries"})


# nouns for anyone: a figure of them may be a rival claim of a figure of soldiers or police
_ANYONE = frozenset({"people", "persons", "person", "victims", "dead", "casualties", "others", "bodies", "individuals",
                     "killed", "injured", "wounded"})

# "two of them", "one of the people shot": a part of a group told; not "dozens of soldiers", a
# number told with its noun (QA round seven: that rival claim was skipped as a part)
# (not a group's own: "five of their members died", QA, eighteenth session)
_PARTITIVE = re.compile(r"(?i)\b(?:of\s+(?:the|them|those|these|their|whom|us|his|her)\b(?<!their)(?<!its)|"
                        r"of\s+their\b(?!\s+(?:own\s+)?(?:members|supporters|fighters|men|activists|comrades))|among\b)")


def _count_source(doc: Doc, c: CountMention) -> str | None:
    """Who gives the figure: the attribution of its own sentence whose speech verb governs it
    ("the ministry said 14 ..., while a local official said 20": two), else the sentence's
    only attribution, else one covering the sentence from elsewhere."""
    # (the toll noun itself, or one the figure hangs in: "gave a lower toll of 9 dead", QA, sixteenth session)
    toll = next((a for a in ([doc[c.head], *list(doc[c.head].ancestors)[:3]] if c.head is not None else [])
                 if a.lemma_.lower() in ("toll", "number") and a.dep_ == "dobj"
                 and a.head.lemma_.lower() in _GIVE_FIGURE_VERBS), None)
    if toll is not None:
        # "..., a rights group said, while police gave a provisional toll of 10" (QA round
        # twenty-seven): who gave or put the toll is its source
        giver = next((x for x in toll.head.children if x.dep_ == "nsubj" and x.pos_ in ("NOUN", "PROPN")), None)
        if giver is not None:
            return re.sub(r"(?i)^(?:the|a|an)\s+", "", doc[giver.left_edge.i:giver.i + 1].text).strip().lower()
    srcs = [s for s in (doc._.dl_sources or []) if c.sent in s.covers]
    if not srcs or c.head is None:
        return None
    own = [s for s in srcs if s.sent == c.sent]
    if len(own) > 1:
        chain = [doc[c.head].i] + [a.i for a in doc[c.head].ancestors]  # nearest governing verb first
        gov = sorted((chain.index(s.speech_verb), k) for k, s in enumerate(own) if s.speech_verb in chain)
        own = [own[gov[0][1]]] if gov else own[:1]
    pick = (own or srcs)[0]
    return re.sub(r"(?i)^(?:the|a|an)\s+", "", pick.name or pick.text).strip().lower() or None


_GIVE_FIGURE_VERBS = frozenset({"give", "put", "place", "set", "estimate"})
_POLICE_SOURCES = frozenset({"police", "officers", "officer", "deputies", "deputy", "investigators", "detectives",
                             "troopers", "sheriff", "sheriff's"})
_ONE_OF_THEM = frozenset({"officer", "official", "source", "sources", "commander", "soldier", "member"})
# "an army officer" is the army's man, not the police
_MILITARY_SOURCES = frozenset({"army", "military", "navy", "air", "defence", "defense", "militia"})


_AMONG = re.compile(r"(?i)\b(?:including|among|of whom|of them)\b")


def _attackers_apart(doc: Doc | None, numeric: list[tuple[int, CountMention]]
                     ) -> tuple[list[tuple[int, CountMention]], list[tuple[int, CountMention]]] | None:
    """The dead of both sides told as separate figures ("killing nine soldiers ... 15 assailants
    were neutralised"): (the victims' figures, the attackers') when figures naming the attackers
    stand beside figures naming someone else, else None. ACLED's fatalities count both sides. An
    attackers' figure told as part of a toll ("including three attackers") stays inside it."""
    if doc is None or len(numeric) < 2:
        return None
    att, rest = [], []
    text = doc_text(doc)
    for i, c in numeric:
        (att if _who_class(c.who) == "attackers" or _members_of_armed(text, c) else rest).append((i, c))
    if not att or not any((c.who or "").strip() for _, c in rest):
        return None
    for _, c in att:
        # (an "including" that tells more of the attackers' own figure, "all six attackers, including
        # the bomber, died" beside "Three soldiers were killed", leaves them apart: QA round twenty-seven)
        if not c.best or c.aggregate_hint or c.head is None \
                or _AMONG.search(doc_text(doc)[max(doc[c.head].sent.start_char, c.start - 40):c.end]):
            return None
    if _claimed_apart(doc, att, rest):
        return None
    if all(_ROUGH_FIGURE.match(c.text) and all(c.sent > r.sent for _, r in rest) for _, c in att):
        # "... killing at least 15 people, Taliban officials said ... Pakistan's military said it had
        # targeted hideouts and killed 'dozens of terrorists'" (QA, sixteenth session): the striker's
        # rough word for those it hit, no second toll
        return None
    if any(any(_last_word(w) in _ARMED_WHO for _, w in r.parts) for _, r in rest) \
            and all(all(r.sent != c.sent for _, r in rest) for _, c in att):
        # "At least 11 soldiers and three resistance fighters were killed, they said. The junta said
        # ... its troops had killed 20 terrorists" (QA round twenty-five): a toll of both sides told
        # first; the other side's later word for the fighters' dead is a rival figure, not more dead
        return None
    if any(_OWN_MEN.search(r.text) and r.head is not None and r.start >= 5
           and re.search(r"(?i)\b(?:only|just|merely)\s*$", doc_text(doc)[r.start - 8:r.start]) for _, r in rest):
        # "Nearly 30 al-Shabaab fighters were killed in a U.S. air strike ... Al-Shabaab said only two
        # of its members died" (QA round twenty-three): the group's own, smaller word for its dead
        return None
    if all(c.best in {r.best for _, r in rest} and all(r.sent != c.sent for _, r in rest) and (
            _OWN_MEN.search(c.text) or all(_last_word(r.who) in _ARMED_WHO for _, r in rest)) for _, c in att):
        # "... killed two Hezbollah members. The Iran-backed group later announced the deaths of two
        # of its fighters" (QA round nineteen): the group's own word for the same dead; "killing
        # three fighters ... Turkey's defence ministry said it had neutralised three PKK/YPG
        # terrorists": each side's word for the same three
        return None
    return rest, att


_MEMBERS_OF_ARMED = re.compile(r"(?i)^\s+of\s+(?:a|an|the)\s+(?:[\w'-]+\s+){0,3}?(?:militia|armed\s+group|faction|gang|"
                               r"cell|brigade|insurgent\s+group|rebel\s+group|jihadist\s+group)\b")


def _members_of_armed(text: str, c: CountMention) -> bool:
    """"three members of a militia affiliated with the PKK" (QA, eighteenth session): the armed side's men."""
    return _last_word(c.who) in ("members", "member", "men") and bool(_MEMBERS_OF_ARMED.match(text[c.end:c.end + 60]))


_ARMED_WHO = frozenset({"terrorist", "terrorists", "militant", "militants", "insurgent", "insurgents", "fighter",
                        "fighters", "rebel", "rebels", "jihadist", "jihadists", "members", "member", "guerrilla",
                        "guerrillas"})


def _last_word(text: str | None) -> str:
    words = re.findall(r"[\w-]+", (text or "").lower())
    return words[-1] if words else ""


_OWN_MEN = re.compile(r"(?i)\b(?:its|their)\s+(?:own\s+)?[\w-]+$")


def _claimed_apart(doc: Doc, att: list[tuple[int, CountMention]], rest: list[tuple[int, CountMention]]) -> bool:
    """"Jets struck militant hideouts, killing 15 militants, officials said. The Taliban said the
    strikes killed eight civilians" (QA round seven): each side names the dead its own way, two
    claims about the same dead, not two groups; true when every figure has a source, the
    militants' figures none of the civilians' sources, and the other figure names civilians."""
    # (or people told beside the civilians: "killed at least 12 civilians at a weekly market ... The army
    # said ... it had killed several JNIM fighters. A local youth association said 21 people had been
    # killed", QA round twenty-five)
    if not any(_civilian_who(c.who) for _, c in rest) \
            or not all(_civilian_who(c.who) or _last_word(c.who) in _ANYONE for _, c in rest):
        return False
    if any(c.head is not None and _COLLATERAL.search(doc[c.head].sent.text) for _, c in rest):
        # "... killed dozens of assailants. Residents said several civilians were killed by stray
        # bullets" (QA round nineteen): others hit beside the fight, not the same dead told again
        return False
    a_src = {_count_source(doc, c) for _, c in att}
    r_src = {_count_source(doc, c) for _, c in rest}
    return None not in a_src and None not in r_src and not (a_src & r_src)


_COLLATERAL = re.compile(r"(?i)\b(?:stray\s+(?:bullets?|rounds?|shells?|fire)|cross-?fire|caught\s+in\s+the)\b")


def _civilian_who(who: str | None) -> bool:
    return bool(who) and bool(set(re.findall(r"[a-z]+", who.lower())) & {"civilian", "civilians"})


_STATE_NOUNS = frozenset({"police", "policeman", "policemen", "officer", "officers", "force", "forces", "troops",
                          "troop", "soldier", "soldiers", "army", "military", "guard", "guards", "gendarme",
                          "gendarmes", "paramilitary"})


def _hurt_by_state(doc: Doc | None, c: CountMention) -> bool:
    """The figure's people were hurt by the state's men: "Police fired tear gas ... injuring at least
    20 people" (QA round seven), "20 people were hurt by police". They are not among the officers
    hurt by the crowd, so the two figures are two groups, not rival claims."""
    if doc is None or c.head is None:
        return False
    h = doc[c.head]
    if any(a.dep_ == "agent" and any(o.lemma_.lower() in _STATE_NOUNS for o in a.children) for a in h.children):
        return True
    v = h.head if h.dep_ in ("advcl", "xcomp", "conj") and h.tag_ == "VBG" else None
    while v is not None and v.dep_ in ("conj", "xcomp", "advcl") and not any(x.dep_ == "nsubj" for x in v.children) \
            and v.head.i != v.i:
        v = v.head
    return v is not None and any(x.dep_ == "nsubj" and x.lemma_.lower() in _STATE_NOUNS for x in v.children)


def _some_group(c: CountMention) -> bool:
    """A figure that names a group of people other than the attackers or the state's men
    ("25 workers"), not anyone at all ("people", "victims": those may be a total)."""
    return _who_class(c.who) is None and bool(c.who) and c.who.lower().split()[-1] not in _ANYONE


def _state_apart(doc: Doc | None, numeric: list[tuple[int, CountMention]]
                 ) -> tuple[list[tuple[int, CountMention]], list[tuple[int, CountMention]]] | None:
    """The hurt of a crowd and of the force that met it told as separate figures ("injuring at
    least 25 workers ... 12 officers were hurt": QA round five): (the crowd's figures, the
    force's) when figures naming soldiers or police stand beside figures naming another group of
    people (not "people", "victims": those may be a total), else None."""
    if doc is None or len(numeric) < 2:
        return None
    state = [(i, c) for i, c in numeric if _who_class(c.who) == "state"]
    rest = [(i, c) for i, c in numeric if _who_class(c.who) is None]
    if not state or not rest or len(state) + len(rest) != len(numeric) \
            or not all(_some_group(c) or _hurt_by_state(doc, c) for _, c in rest):
        return None
    for _, c in state + rest:
        if not c.best or c.aggregate_hint or c.head is None or _AMONG.search(doc[c.head].sent.text):
            return None
    if all(_group_claim(doc, c) for _, c in state):
        # "killing at least 17 recruits ... Al-Shabaab claimed responsibility ..., saying it had killed 45
        # soldiers" (QA, sixteenth session): the attackers' word on the same dead, no second group
        return None
    return rest, state


def _rival_figures(doc: Doc | None, numeric: list[tuple[int, CountMention]]) -> tuple[int, int, str, str] | None:
    """Figures for one category from two or more sources that disagree ("the ministry said 14
    soldiers were killed ... a local official said 20"): (the smallest source's figure, the
    largest, and who gave each), as ACLED takes the most conservative credible figure for best. A figure told as
    an update ("the toll rose to 20", "later said") is no rival: None, and the largest stands."""
    if doc is None or len(numeric) < 2:
        return None
    by_src: dict[str, int] = {}
    whos = {_who_class(c.who) for _, c in numeric if c.best is not None and c.best >= 2}
    if len(whos - {None}) > 1:
        return None  # "seven policemen ... four attackers": two groups of victims, not two claims
    if "state" in whos and any((_some_group(c) or _hurt_by_state(doc, c)) and c.best is not None and c.best >= 2
                               for _, c in numeric):
        return None  # "injuring at least 25 workers ... 12 officers were hurt" (QA round five): two groups
    for _, c in numeric:
        if c.best is None or c.best < 2 or _PARTITIVE.search(c.text):
            continue  # "one of the people shot", "two of them": a part, not a rival total
        stext = doc[c.head].sent.text if c.head is not None else c.text
        if c.head is not None:
            # (not the word of another category's figure: "put the toll at 22, and said 40 others were
            # wounded", QA round twenty-three)
            s0 = doc[c.head].sent.start_char
            for x in doc._.dl_counts or []:
                if x.category != c.category and x.sent == c.sent and s0 <= x.start and x.end - s0 <= len(stext):
                    stext = stext[:x.start - s0] + " " * (x.end - x.start) + stext[x.end - s0:]
        if _UPDATE_WORDS.search(stext) and not (_CONTRAST.search(stext) and len({
                _count_source(doc, x) for _, x in numeric if x.head is not None and c.head is not None
                and doc[x.head].sent.start == doc[c.head].sent.start} - {None}) > 1):
            # (not "officials said 15 others were wounded, while a spokesman put the number at
            # nine": two sources set against each other in one sentence; QA round four)
            return None
        key = _count_source(doc, c)
        if key is None:
            return None  # an unattributed figure may be the reporter's own update
        words = set(key.split())
        if words & _POLICE_SOURCES and not words & _MILITARY_SOURCES:
            key, words = "police", {"police"}  # "police said", "officers found", "deputies said": one source
        # "police" and "Modesto police" are one source; "the army" and "an army officer" two (a
        # body and one of its people)
        same = next((k for k in by_src if (set(k.split()) <= words or words <= set(k.split()))
                     and not (set(k.split()) ^ words) & _ONE_OF_THEM), None)
        key = same or key
        by_src[key] = max(by_src.get(key, 0), c.best)
    if len(by_src) < 2 or len(set(by_src.values())) < 2:
        return None
    # (a vague word is no conservative figure beside numbers: "killed several JNIM fighters", the
    # army's word for a strike locals said killed at least 12 civilians; QA round twenty-five)
    vague_src = {_count_source(doc, c) for _, c in numeric if c.best and _VAGUE_FIGURE.search(c.text)}
    # (nor is ACLED's 12 for "dozens" beside a larger figure told outright: "abducted dozens of people ...
    # Police confirmed 28 people were taken", QA round twenty-seven; or a floor told first, "killing at
    # least 15 people ... the army said it had killed 'dozens of terrorists'", QA, sixteenth session)
    rough_sents = [c.sent for _, c in numeric if c.best and _ROUGH_FIGURE.search(c.text)]
    exact_top = max((c.best for _, c in numeric if c.best and not _ROUGH_FIGURE.search(c.text)
                     and not _VAGUE_FIGURE.search(c.text) and c.low == c.best
                     and (c.high == c.best or all(c.sent < r for r in rough_sents))), default=0)
    vague_src |= {_count_source(doc, c) for _, c in numeric if c.best and _ROUGH_FIGURE.search(c.text)
                  and exact_top > c.best}
    exact = {k: v for k, v in by_src.items() if k not in vague_src} or by_src
    lo = min(exact, key=lambda k: exact[k])
    hi = max(by_src, key=lambda k: by_src[k])
    return by_src[lo], by_src[hi], lo, hi


_VAGUE_FIGURE = re.compile(r"(?i)^(?:several|some|a\s+few|few)\b")  # (not "dozens": ACLED's 12 is a figure)
_ROUGH_FIGURE = re.compile(r"(?i)^(?:dozens|scores|hundreds|thousands|several|many|numerous|a\s+number)\b")


# a death told after the incident, of someone told hurt in it
_LATER_DEATH = re.compile(r"(?i)\b(?:later|of\s+(?:his|her|their|the)\s+(?:wounds|injuries)|succumb\w*|in\s+hospital|"
                          r"at\s+(?:a|the)\s+hospital|where\s+(?:he|she)\s+died|"
                          r"died\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b")


_ONE_OF_THE_HURT_FIGURE = re.compile(r"(?i)\b(?:was|is)\s+one\s+of\s+(?:the\s+)?$")
_EARLIER_TOLL_OF = re.compile(r"(?i)\b(?:an?|the|its|their)\s+(?:earlier|initial|previous|first|preliminary)\s+"
                              r"(?:death\s+)?(?:toll|figure|count|tally)\s+of\s+(?:about\s+|at\s+least\s+|some\s+)?$")
_YEAR_TO_DATE = re.compile(r"(?i)\b(?:had|have|has)\s+been\s+(?:shot|killed|wounded|injured|slain|murdered)\b[^.;]*"
                           r"\b(?:in|during|so\s+far\s+in|through(?:out)?)\s+(?:(?:19|20)\d\d|the\s+year)\b|"
                           r"\bthrough\s+(?:mid-?|early\s+|late\s+)?(?:january|february|march|april|may|june|july|august|"
                           r"september|october|november|december)\b")


def _this_year_told(doc: Doc, sent_text: str) -> bool:
    """The sentence counts over the publication's year ("in 2027", "through mid-December", "the year")."""
    published = published_day(doc)
    years = [int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", sent_text)]
    if years:
        return published is not None and all(y == published.year for y in years)
    return True


_OF_THE_PERIODS = re.compile(r"(?i)\bof\s+(?:the|this|last)\s+(?:weekend|week|month|year)(?:'s|\u2019s)\s")
_OF_THEM = re.compile(r"(?i)\bof\s+(?:them|those|whom|the\s+(?:(?:critically|seriously|gravely|badly)\s+)?(?:wounded|injured|victims))\b")  # "One of them later died"
_OF_THE_N = re.compile(r"(?i)\bof\s+the\s+(?P<n>[\w,-]+)(?:\s+\w+)?$")
_HURT_AFTER = re.compile(r"(?i)^\s+(?:\w+\s+)?(?:injured|wounded|shot|hurt)\b")  # ("One of the three men shot ... has died", QA, eighteenth session)


def _the_others(doc: Doc | None, c: CountMention) -> bool:
    """The figure tells the others than those told before ("the other two", "the remaining three")."""
    return doc is not None and bool(re.search(r"(?i)\b(?:other|others|remaining|rest\s+of\s+the)\s+$|\bthe\s+other\s*$",
                                              doc_text(doc)[max(0, c.start - 20):c.start])) \
        or bool(re.match(r"(?i)^(?:the\s+)?(?:other|remaining)\b", c.text.strip()))


def _of_the_n_hurt(doc: Doc | None, c: CountMention) -> int | None:
    """The figure of the hurt a part of the dead is told from ("three of the 14 wounded"), else None."""
    m = _OF_THE_N.search(c.text) if doc is not None else None
    if m is None or not _HURT_AFTER.match(doc_text(doc)[c.end:c.end + 24]):
        return None
    return parse_number(m.group("n"))


def _hurt_inside_partitive(doc: Doc | None, sel: list[tuple[int, CountMention]], out: dict[str, dict]) -> None:
    """"The toll rose to eight on Tuesday after three of the 14 wounded died" (QA round twenty-six):
    the figure of the hurt told only inside the part who died; the rest of them are the hurt."""
    if doc is None or ("injured" in out and out["injured"].get("best")):
        return
    for i, c in sel:
        if c.category != "killed" or not c.best:
            continue
        n = _of_the_n_hurt(doc, c)
        if n is not None and n > c.best:
            out["injured"] = {"low": n - c.best, "best": n - c.best, "high": n - c.best, "evidence": [i],
                              "perpetrators": 0, "inclusive": False}
            return


def _add_later_deaths(doc: Doc | None, counts: list[CountMention], sel: list[tuple[int, CountMention]],
                      person_cat: dict[str, list[dict]], out: dict[str, dict]) -> None:
    """"Two District Reserve Guard personnel were killed and one was seriously injured ... The
    injured jawan was airlifted to Raipur, where he died on Tuesday" (QA round twenty-four):
    someone told hurt whose death a later sentence tells is one more than the dead told before
    that sentence, and one fewer of the hurt told before it."""
    if doc is None or "killed" not in out:
        return
    later = []
    for p in person_cat.get("killed", []):
        if p["pool"] not in ("victim", "attacker") or "injured" not in p["cats"] \
                or any(counts[j].inclusive for j in p["cats"]["injured"]):
            continue  # (told hurt, not only "shot": "a man shot his wife, then himself")
        hurt = min(counts[j].start for j in p["cats"]["injured"])
        dead = min(p["cats"]["killed"], key=lambda j: counts[j].start)
        if counts[dead].start > hurt and _LATER_DEATH.search(_sent_text(doc, counts[dead].sent)):
            later.append(counts[dead].sent)
    if not later:
        return
    first = min(later)
    told = [c for _, c in sel if c.category == "killed" and not c.singular and c.best and not c.aggregate_hint]
    if not told or any(c.sent >= first for c in told):
        return  # (a toll told after the death counts it already)
    if not any(c.category == "injured" and not c.inclusive and c.best
               and any(c.sent == k.sent for k in told) for _, c in sel):
        # the dead and the hurt told apart in one sentence first ("two were killed and one was
        # hurt"); not a lead's toll that counts everyone ("Two people died following a shooting
        # ... Another man was taken to hospital, where he later died", GVA train)
        return
    k = out["killed"]
    k["best"] = max(k["best"] or 0, max(c.best for c in told) + len(later))
    k["low"] = k["best"] if k["low"] is None else max(k["low"], k["best"])
    if k["high"] is not None and k["high"] < k["best"]:
        k["high"] = k["best"]
    hurt_told = [c for _, c in sel if c.category == "injured" and not c.singular and c.best and not c.inclusive
                 and c.sent < first]
    if "injured" in out and hurt_told and not any(c.category == "injured" and not c.singular and c.sent >= first
                                                   for _, c in sel):
        inj = out["injured"]
        inj["best"] = max(max(c.best for c in hurt_told) - len(later), len(person_cat.get("injured", [])), 0)
        inj["low"] = min(inj["low"], inj["best"]) if inj["low"] is not None else None


_TOLL_ROSE = re.compile(r"(?i)\btoll\b[^.;]{0,90}?\b(?:rose|risen|climbed|increased|jumped|reached|mounted)\b")
_DIED_SINCE = re.compile(r"(?i)\b(?:died|succumbed|passed\s+away)\b")


def _hurt_who_died_since(doc: Doc | None, sel: list[tuple[int, CountMention]], out: dict[str, dict]) -> None:
    """"The death toll from Saturday's shooting ... has risen to three after a 17-year-old girl died at
    [a hospital] on Tuesday ... Two people were killed at the scene and five others were wounded" (QA,
    eighteenth session): the dead a risen toll adds to those told killed beside the wounded came from
    among those wounded: 4 wounded, not 5."""
    if doc is None or "killed" not in out or "injured" not in out:
        return
    risen = [c for _, c in sel if c.category == "killed" and c.best and not c.singular
             and _TOLL_ROSE.search(_sent_text(doc, c.sent)) and _DIED_SINCE.search(_sent_text(doc, c.sent))]
    if len(risen) != 1:
        return
    top = risen[0].best
    pairs = [(k, h) for _, k in sel for _, h in sel if k.category == "killed" and h.category == "injured"
             and k.sent == h.sent != risen[0].sent and k.best and h.best and not h.inclusive and not k.singular
             and not h.singular and k.best < top]
    if len(pairs) != 1 or any(c.category == "injured" and c.best and c.sent != pairs[0][1].sent and not c.singular
                              for _, c in sel):
        return
    k, h = pairs[0]
    inj = out["injured"]
    if inj.get("best") == h.best and out["killed"].get("best") == top:
        inj["best"] = max(h.best - (top - k.best), 0)
        inj["low"] = min(inj["low"], inj["best"]) if inj.get("low") is not None else None


def _survivors_of_the_shot(doc: Doc | None, sel: list[tuple[int, CountMention]], out: dict[str, dict]) -> None:
    """"Five people were shot ... a man of 24, hit in the chest, who died at University Hospitals; ...
    The four survivors are in stable condition" (QA round forty-seven): of a figure of everyone hit, the
    survivors told after it are the hurt, and the rest died, when the report tells a death."""
    if doc is None or "injured" not in out:
        return
    surv = [c for _, c in sel if c.category == "injured" and c.best and re.search(r"(?i)\bsurvivors?\b", c.text)]
    hit = [c for _, c in sel if c.category == "injured" and c.best and c.inclusive and not c.singular
           and not re.search(r"(?i)\bsurvivors?\b", c.text)]
    if len(surv) != 1 or not hit or not re.search(r"(?i)\b(?:died|dead|killed|fatally)\b", doc_text(doc)):
        return
    n, m = max(c.best for c in hit), surv[0].best
    if m >= n or any(c.sent > surv[0].sent for c in hit):
        return
    k = out.setdefault("killed", {"low": None, "best": None, "high": None, "evidence": [], "perpetrators": 0})
    if (k.get("best") or 0) < n - m:
        k["best"] = n - m
        k["low"] = n - m if k.get("low") is None else max(k["low"], n - m)
        k["high"] = n - m if k.get("high") is None else max(k["high"], n - m)
    out["injured"]["best"] = m
    out["injured"]["low"] = min(out["injured"]["low"], m) if out["injured"].get("low") is not None else m
    out["injured"]["high"] = m


def _named_hurt_died(doc: Doc | None, sel: list[tuple[int, CountMention]], out: dict[str, dict]) -> None:
    """"A man was killed and a woman and a teenage boy were wounded ... The woman later died at University
    Medical Center" (QA round forty-six): one of a figure of the hurt, named again as dead, is no longer hurt."""
    if doc is None or "killed" not in out or "injured" not in out or not out["injured"].get("best"):
        return
    inj = out["injured"]
    for _, k in sel:
        m = re.match(r"(?i)^the\s+([a-z-]+)$", k.text.strip()) if k.category == "killed" and k.singular else None
        if m is None or not _LATER_DEATH.search(_sent_text(doc, k.sent)):
            continue
        noun = re.escape(m.group(1).lower())
        hurt = [h for _, h in sel if h.category == "injured" and h.sent < k.sent and (h.best or 0) > 1
                and not h.inclusive and re.search(rf"(?i)\ban?\s+(?:[a-z-]+\s+)?{noun}\b", h.text)]
        if len(hurt) == 1 and inj["best"] == hurt[0].best:
            inj["best"] -= 1
            inj["low"] = min(inj["low"], inj["best"]) if inj.get("low") is not None else None
            if inj.get("high") is not None:
                inj["high"] = max(inj["best"], inj["high"] - 1)
            return


_DIED_OF_WOUNDS = re.compile(r"(?i)\b(?:died|succumbed)\s+(?:later\s+)?(?:of|from|to)\s+(?:his|her|their)\s+"
                             r"(?:wounds|injuries)\b")
_EARLIER_FIGURE = re.compile(r"(?i)\b(?:earlier|initial|first|previous)\s+(?:death\s+)?(?:count|toll|figure|tally)\b"
                             r"|\bup\s+from\s+(?:an?\s+)?(?:earlier\s+)?[\d,]+"
                             # ("Police had initially reported three people dead ...; one of the wounded ... died
                             # Tuesday", QA, seventeenth session)
                             r"|\b(?:initially|first|earlier)\s+(?:reported|said|put|gave)\b")
# a figure corrected downwards: "the toll was later revised to 62", "lowered the number of wounded to seven"
_REVISED_TO = re.compile(r"(?i)\b(?:revised|lowered|corrected|reduced|adjusted|downgraded|cut)\s+(?:down(?:wards?)?\s+)?"
                         r"(?:(?:the|its|their)\s+(?:\w+\s+){0,3}?)?(?:down(?:wards?)?\s+)?to\s+(?:about\s+|at\s+least\s+|some\s+)?$")
# a sentence that tells a figure was corrected: "Officials had earlier put the number of wounded at nine
# but revised it"
_SUPERSEDED = re.compile(r"(?i)\b(?:(?:earlier|initially|first)\s+(?:put|reported|said|gave)|(?:initial|early|first|"
                         r"preliminary)\s+reports?\s+(?:said|put|gave|had))\b[^.;]*\b(?:but|before)\s+(?:\w+\s+){0,2}?"
                         r"(?:later\s+)?(?:revised|lowered|corrected|reduced|cut|said\s+(?:that|this)\s+was\s+"
                         r"(?:incorrect|wrong|false|not\s+the\s+case))\b")


_REFUTED = re.compile(r"(?i)\b(?:claimed|reported|said|posted|rumou?red|alleged)\b[^.;]*?\b(?P<but>but)\b[^.;]*?\b(?:reports?|"
                      r"claims?|posts?|rumou?rs?|that|it|this)\s+(?:was|were|is|are|had\s+been|proved|turned\s+out\s+to\s+be)"
                      r"\s+(?:false|untrue|unfounded|incorrect|wrong|baseless|not\s+true)\b")
_FIRST_WORD = re.compile(r"(?i)\b(?:initially|at\s+first)\b[^.;]{0,30}?\b(?:reported|said|put|gave|listed)\b|"
                         r"\b(?:first|initial|earlier|preliminary)\s+reports?\s+(?:said|put|gave|listed)\b")


def _revisions(doc: Doc | None, numeric: list[tuple[int, CountMention]]
               ) -> tuple[list[tuple[int, CountMention]], CountMention | None]:
    """Figures corrected downwards (QA, eighteenth session): drop the figures a sentence tells were
    corrected ("had earlier put the number of wounded at nine but revised it") when others are told,
    and return the last figure told as the revision ("the toll was later revised to 62"), if any."""
    if doc is None or len(numeric) < 2:
        return numeric, None
    text = doc_text(doc)
    gone: list[tuple[int, CountMention]] = []  # (a figure told as corrected is no figure: find_counts)
    # ("Initially, police reported one person killed and six wounded ... Four others remain hospitalized":
    # the first word on a figure, told again later)
    # (or told after a larger toll, the first word on it: "Three people are dead ... Police initially said two men
    # had been killed, but ... later confirmed that a woman ... had also died", QA, eighteenth session)
    gone += [(i, c) for i, c in numeric if (i, c) not in gone and _FIRST_WORD.search(_sent_text(doc, c.sent))
             and any((x.sent > c.sent or x.sent < c.sent and (x.best or 0) > (c.best or 0)) and x.best
                     for _, x in numeric)]
    if gone and len(gone) < len(numeric):
        numeric = [x for x in numeric if x not in gone]
    rev = [c for _, c in numeric if c.best and _REVISED_TO.search(text[max(0, c.start - 80):c.start])]
    last = max(rev, key=lambda c: c.start) if rev else None
    if last is None or last.start < max(c.start for _, c in numeric):
        return numeric, None
    return numeric, last


# (or "one of whom later died" told of a figure of the wounded: a death from among the hurt, QA round forty-six)
_OF_THE_HURT = re.compile(r"(?i)\bof\s+the\s+(?:\w+\s+)?(?:injured|wounded)\b|\bof\s+whom\b")
_ORDINAL_ONE = re.compile(r"(?i)^an?\s+(" + "|".join(_ORDINAL_N) + r")\s+(\w+)")


def _singular_noun(w: str) -> str:
    w = w.lower()
    return w[:-3] + "man" if w.endswith("men") else w[:-1] if w.endswith("s") else w


_BODY_ORDINAL = re.compile(r"(?i)\b(?:a|the)\s+(?P<o>" + "|".join(_ORDINAL_N) + r")\s+"
                           r"(?:body|victim)\s+(?:had\s+|has\s+)?(?:been\s+|was\s+)?(?:pulled|recovered|found|"
                           r"retrieved|discovered|dug)\b")


def _next_body(doc: Doc | None, numeric: list[tuple[int, CountMention]], best: int) -> int:
    """"... killed four workers ... on Monday Fedorov said a fifth body had been pulled from the
    rubble" (QA round twenty-six): one more dead, when the ordinal follows the figure it adds to."""
    if doc is None or not numeric or not _BODY_ORDINAL.search(doc_text(doc)):
        return best
    first = max(max(c.sent for _, c in numeric), min(c.sent for _, c in numeric) + 1)
    for si in range(first, len(doc_sent_bounds(doc))):
        m = _BODY_ORDINAL.search(_sent_text(doc, si))
        if m is not None and _ORDINAL_N.get(m.group("o").lower()) == best + 1:
            return best + 1
    return best


# the sentence's subject told as the next of a group ("The second was taken to Denver Health, where he later died")
_THE_NTH_SUBJECT = re.compile(r"(?i)^\s*the\s+(" + "|".join(_ORDINAL_N) + r")\b(?:\s+(?:man|woman|victim|person|one))?\s+"
                              r"(?:was|is|had|has|died|later)\b")


def _ordinal_dead(items: list[tuple[int, CountMention]], numeric: list[tuple[int, CountMention]], best: int,
                  added: bool, doc: Doc | None = None) -> tuple[int, int]:
    """"A third person has died after a shooting ..." (QA round twenty-four): an indefinite
    ordinal among the dead says there are at least that many; "Two policemen and six attackers
    were killed ... A third policeman died of his wounds": one more than the group of the
    figure told before it that it follows (the figure's own total when the ordinal follows
    that, as _also_more counts it)."""
    floor = 0
    for _, c in items:
        m = _ORDINAL_ONE.match(c.text.strip()) if c.singular and c.best == 1 else None
        if m is None and doc is not None and c.best == 1 and (c.who or "").lower() in ("he", "she"):
            # ("They found two men with gunshot wounds. One ... died where he lay. The
            # second was taken to Denver Health, where he later died", QA round forty-six)
            nth = _THE_NTH_SUBJECT.match(_sent_text(doc, c.sent))
            if nth is not None:
                n = _ORDINAL_N[nth.group(1).lower()]
                best, floor = max(best, n), max(floor, n)
            continue
        if m is None:
            continue
        n, noun = _ORDINAL_N[m.group(1).lower()], _singular_noun(m.group(2))
        best, floor = max(best, n), max(floor, n)
        if not added and any(part == n - 1 and _singular_noun(word) == noun and f.sent < c.sent
                             and f.best != n - 1 for _, f in numeric for part, word in f.parts):
            best += 1
    return best, floor


def _tally_with_a_part(sel: list[tuple[int, CountMention]], items: list[tuple[int, CountMention]], cat: str) -> bool:
    """"a weekend of violence left four people dead and at least nine wounded in at least seven
    shootings ... two men were killed outside a bar" (QA, sixteenth session): where the other toll of a
    tally is told apart for this incident, smaller, the tally's figure of this category is the whole
    tally's, not the incident's."""
    other = "injured" if cat == "killed" else "killed"
    tally = [c for _, c in sel if c.category == other and c.aggregate_hint and c.best]
    part = [c for _, c in sel if c.category == other and not c.aggregate_hint and c.best]
    return bool(tally and part and all(c.sent in {t.sent for t in tally} for _, c in items)
                and max(c.best for c in part) < max(c.best for c in tally)
                and all(c.sent not in {t.sent for t in tally} for c in part))


def combine_counts(doc: Doc, indices: list[int]) -> dict[str, dict]:
    """Merge the figures of one event (indices into ``doc._.dl_counts``) without counting a victim twice.

    Per category: the largest numeric figure (reports repeat and update a toll: the largest
    best is the most complete; ``low``/``high`` the largest low/high). One-person mentions ("a
    man", "the woman", a name, "he") are grouped into people (:func:`_people`); a person reported
    both hurt and killed counts once, as killed. The category's figure is the larger of the
    numeric figure and the number of people. Figures that count everyone hit ("shot") lose the
    killed among them ("five people were shot, two fatally": injured 3). An aggregate ("at
    least 20 in a series of attacks") is used only when nothing else gives the category.
    Returns ``{category: {"low", "best", "high", "evidence": [indices], "perpetrators": n}}``.
    """
    counts: list[CountMention] = list(doc._.dl_counts or [])
    sel = [(i, counts[i]) for i in sorted(set(indices)) if 0 <= i < len(counts) and counts[i].status == "occurred"]
    gone: set[int] = set()
    if any(c.category in ("killed", "injured") and not c.aggregate_hint for _, c in sel):
        # one person of another incident told in passing is not this event's, nor is what a
        # later sentence tells of that person by name ("In an unrelated case, John Roe was found
        # critically hurt ... Roe died")
        sel = [(i, c) for i, c in sel if not (c.singular and c.aggregate_hint and c.category in ("killed", "injured"))]
        every = [(i, c) for i, c in enumerate(counts) if c.status == "occurred"]
        passing = {i for i, c in every if c.singular and c.aggregate_hint and c.category in ("killed", "injured")}
        if passing and doc is not None:
            gone = {j for p in _people(every, doc) if p["names"] and not p["weak"]
                    and any(j in passing for js in p["cats"].values() for j in js)
                    for js in p["cats"].values() for j in js}
            sel = [(i, c) for i, c in sel if i not in gone]
    persons = _people(sel, doc)
    person_cat: dict[str, list[dict]] = {}
    for p in persons:
        cats = p["cats"]
        if p["pool"] in ("victim", "attacker"):
            if "killed" in cats:
                person_cat.setdefault("killed", []).append(p)
            elif "injured" in cats:
                person_cat.setdefault("injured", []).append(p)
            for other in cats:
                if other not in ("killed", "injured"):
                    person_cat.setdefault(other, []).append(p)
        else:
            for other in cats:
                person_cat.setdefault(other, []).append(p)
    _died_elsewhere(doc, counts, sel, person_cat)
    # a report about gunfire counts the hurt by gunfire: someone only told stabbed, beaten or
    # hurt in a crash is not among the event's injured (a stabbing report keeps its own)
    not_gun: set[int] = set()
    if doc is not None and any(c.category == "injured" for _, c in sel) and _gun_report(doc):
        not_gun = {i for i, c in sel if c.category == "injured" and _not_by_gunfire(doc, c)}
        # (or named so: "Police officers shot the attacker dead at the scene", QA round forty-one)
        shot_attacker = [i for i, c in sel if c.category == "killed" and (c.who or "").lower() in ("he", "she")
                         and _pronoun_is_attacker(doc, c)
                         or c.category in ("killed", "injured") and _last_word(c.who) in _KNIFE_ATTACKER]
        if not_gun and shot_attacker and not any(c.category in ("killed", "injured") and i not in not_gun
                                                 and i not in shot_attacker and c.head is not None
                                                 and _GUN_WORDS.search(doc[c.head].sent.text) for i, c in sel):
            # "A man stabbed five people ... before he was shot dead by a security guard" (QA round
            # twenty): the only one shot is the attacker; the stabbed are the event's hurt
            not_gun = set()
        unsaid = {i for i, c in sel if c.category == "injured" and i not in not_gun and _hurt_unsaid_how(doc, c)}
        if unsaid and any(c.category in ("killed", "injured") and i not in unsaid and i not in not_gun
                          and c.head is not None and _SHOT_PERSON.search(doc[c.head].sent.text) for i, c in sel):
            # only beside someone told shot: a lone victim's "injuries" are the gunshot's
            not_gun |= unsaid
    if not_gun:
        def by_gun(j: int) -> bool:
            c = counts[j]
            return j not in not_gun and c.head is not None and bool(_GUN_WORDS.search(doc[c.head].sent.text))
        for p in list(person_cat.get("injured", [])):
            js = p["cats"]["injured"]
            if any(j in not_gun for j in js) and not any(by_gun(j) for j in js):
                person_cat["injured"].remove(p)
    # "A man shot his wife and then himself. The two were pronounced dead": people only said
    # to be shot (hit, fate untold) are among the dead when the report's death toll covers them
    counts_by_i = dict(sel)
    k_numeric = max([c.best or 0 for _, c in sel if c.category == "killed" and not c.aggregate_hint
                     and not (c.singular and c.best == 1)] + [0])
    hit_only = [p for p in person_cat.get("injured", []) if not p.get("new") and p["pool"] in ("victim", "attacker")
                and all(counts_by_i[j].inclusive for j in p["cats"]["injured"])
                # (not one told to have lived: "The official survived with minor injuries", QA round eight)
                and not any(counts_by_i[j].head is not None and _LIVED.search(doc[counts_by_i[j].head].sent.text)
                            for j in p["cats"]["injured"])
                # (nor one told hit beside the dead's own figure: "Both men died at the scene, and a
                # passenger in the pickup was grazed by a bullet", QA round twenty-six)
                and not any(c.category == "killed" and not c.singular and c.sent == counts_by_i[j].sent
                            for j in p["cats"]["injured"] for _, c in sel)]
    if hit_only and k_numeric >= len(person_cat.get("killed", [])) + len(hit_only):
        for p in hit_only:
            person_cat["injured"].remove(p)
            person_cat.setdefault("killed", []).append(p)
            p["cats"].setdefault("killed", []).extend(p["cats"]["injured"])
    out: dict[str, dict] = {}
    tallied: list[str] = []  # categories told only by a tally (the incident's own figure untold)
    cats = sorted({c.category for _, c in sel} | set(person_cat))
    for cat in cats:
        items = [(i, c) for i, c in sel if c.category == cat]
        non_agg = [(i, c) for i, c in items if not c.aggregate_hint]
        if non_agg:
            items = non_agg
        elif items and cat in ("killed", "injured") and _tally_with_a_part(sel, items, cat):
            tallied.append(cat)
            continue
        numeric = [(i, c) for i, c in items if not (c.singular and c.best == 1) and c.best is not None
                   and i not in not_gun]
        before_rev = {c.sent for _, c in numeric}
        numeric, revised = _revisions(doc, numeric)
        # (the sentences whose first word on a figure gave way: who they tell "also" died is in the toll)
        first_word_sents = before_rev - {c.sent for _, c in numeric}
        people = person_cat.get(cat, [])
        n_people = len(people)
        every_numeric = numeric
        capped = None  # a total told for all the figures of the category ("bringing the total death toll to 21")
        apart = _attackers_apart(doc, numeric) if cat == "killed" else None
        if apart is None and cat in ("killed", "injured"):
            apart = _state_apart(doc, numeric)
        if apart is not None:
            numeric = apart[0]  # the victims' figures; the attackers' are added below
        best = max([c.best for _, c in numeric] + [n_people, 0])
        # (not a shooter told dead by his own hand, "the woman shot her son before killing herself", after a
        # figure that counts her: "A woman and her son were found shot to death", QA, eighteenth session)
        # (but the shooter's victims told as his verb's object leave him out: "fatally shot his two teenage
        # sons and then killed himself", QA round thirty-nine)
        shot_back = [p for p in people if "attacker" in p["keys"] and (
            not p["texts"] & {"himself", "herself"} or _objects_of_the_killer(doc, numeric))] \
            if cat == "killed" and numeric else []
        # ("killing one detainee ... before taking his own life", QA round twenty-two: one person,
        # no figure)
        told = numeric or [(i, c) for i, c in items if c.category == cat and c.singular and c.best == 1]
        if not shot_back and cat == "killed" and told and not any(c.perpetrators_included for _, c in told) \
                and _killed_before_being_killed(doc, told):
            shot_back = [{"keys": {"attacker"}}]  # "killing seven people before being shot dead"
        if shot_back and not any(c.perpetrators_included for _, c in numeric):
            # "killing three Israelis before he was shot dead by off-duty soldiers" (QA round
            # eighteen): the attacker's own death on top of his victims' figure
            best = max(best, max(c.best for _, c in numeric) + len(shot_back) if numeric else n_people + 1)
        bounded = [c.best for _, c in numeric if c.low is None and c.high is not None and c.best == c.high]
        exact = [c.best for _, c in numeric if c.low is not None and c.low == c.best and c.best]
        if bounded and exact and max(exact) < min(bounded) and best == max(bounded):
            # "as many as nine others hurt ... police said seven people were wounded" (QA, sixteenth
            # session): a bound ("up to", "as many as") over an exact figure is the high, the exact the best
            best = max(max(exact), n_people)
        rival = _rival_figures(doc, numeric)
        if rival is not None:
            best = max(rival[0], n_people)  # sources disagree: the most conservative figure
        claims = [c for _, c in numeric if doc is not None and c.best and _group_claim(doc, c)] \
            if cat == "killed" and rival is None else []
        told = [c for _, c in numeric if c not in claims and c.best]
        if claims and told and all(c.sent > min(x.sent for x in told) for c in claims):
            # (QA round twenty-six) a group's later word on what it did, beside a figure told before:
            # the most conservative credible figure stands, the claim is the high
            best = max([c.best for c in told] + [n_people])
            first = max(told, key=lambda c: c.best)
            top = max(claims, key=lambda c: c.best)
            rival = (best, top.best, _count_source(doc, first) or "the report",
                     _count_source(doc, top) or "the group's claim")
        extra = _also_more(doc, numeric)
        if cat == "killed" and not extra and rival is None:
            extra = _killed_next(doc, numeric) or _own_side_lost(doc, numeric, people)
        if cat == "injured" and not extra and rival is None:
            extra = _officer_hurt_too(doc, numeric, people)
        if cat == "killed" and not extra and rival is None and people and any(
                re.match(r"^[\d,]+ of (?:his|her|their|its) ", c.text) and any(
                    p["sent"] == c.sent for p in people) for _, c in numeric):
            # "killed a notorious bandit leader, Halilu Sububu, and 30 of his fighters" (QA round
            # twenty): the leader and his men, one more than the men's figure
            extra = sum(1 for p in people if any(p["sent"] == c.sent for _, c in numeric))
        top_sent = max(numeric, key=lambda ic: ic[1].best or 0)[1].sent if numeric else None
        refl = [p for p in people if p["keys"] & {"himself", "herself"} and p["sent"] == top_sent] \
            if cat == "killed" else []
        if refl and numeric and not any(c.perpetrators_included for _, c in numeric) \
                and max(c.best for _, c in numeric) >= n_people - len(refl) \
                and not any((c.who or "").lower() in ("himself", "herself") for _, c in numeric):
            # "shot and killed his wife and her mother before killing himself" (QA round five): the
            # shooter dead by his own hand, on top of those he killed (GVA and ACLED count him)
            extra += len(refl)
        if numeric and not extra and max(c.best for _, c in numeric) >= n_people:
            # "killed 28 people in a raid ... One police officer was also killed" (QA round five):
            # one more person of another group, told with "also"
            extra = _also_more(doc, numeric + [(i, c) for i, c in items if c.singular and c.best == 1
                                                and i not in not_gun and (i, c) not in numeric
                                                and c.sent not in first_word_sents])
        if apart is not None and not extra:
            # "killing nine soldiers ... 15 assailants were neutralised": 24
            extra = max(c.best for _, c in apart[1])
            anyone = [c.best for _, c in numeric if _last_word(c.who) in _ANYONE and c.best]
            sides = [c.best for _, c in numeric if _who_class(c.who) is not None and c.best]
            if anyone and sides and max(anyone) >= max(sides) + extra:
                # "Clashes ... left at least 31 people dead ... the army said it had lost six soldiers and
                # killed 25 rebels" (QA round twenty-four): the sides' figures are inside the toll of
                # everyone told before them
                extra = 0
        if cat == "killed" and not extra and doc is not None:
            extra = _besides_themselves(doc, numeric)
        if extra:
            best += extra  # "killing 10 soldiers ... Four attackers were also killed": 14
            # (but a total told for them all is that total: "killing 11 civilians ... Ten attackers were also
            # killed, bringing the total death toll to 21", QA round forty-three)
            told_total = [c.best for _, c in every_numeric if c.best and doc is not None
                          and _TOTAL_TOLD_TO.search(doc_text(doc)[max(0, c.start - 50):c.start])]
            if told_total and max(told_total) < best:
                best = capped = max(told_total)
        if cat == "killed" and rival is None:
            best, floor = _ordinal_dead(items, numeric, best, bool(extra), doc)
            best = _next_body(doc, numeric, best)
            # "killing the driver and injuring seven passengers ... One of the injured women died in
            # hospital" (QA round twenty-four): the dead from among the hurt are none of the dead
            # told before them
            # (not those a new toll told in their sentence counts: "The death toll rose to eight ...
            # after two of the injured died", QA round twenty-five)
            toll_sents = {c.sent for _, c in numeric if not _OF_THE_HURT.search(c.text) and c.best
                          and doc is not None and TOLL_UPDATE.search(_sent_text(doc, c.sent))}
            # (nor those a sentence tells as the rise from an earlier figure: "An earlier count had put the
            # dead at 10, but two of the wounded later died", QA, sixteenth session)
            among_hurt = [c for _, c in numeric if _OF_THE_HURT.search(c.text) and c.sent not in toll_sents
                          and not (doc is not None and _EARLIER_FIGURE.search(_sent_text(doc, c.sent)))]
            risen_sents = {c.sent for _, c in numeric if not _OF_THE_HURT.search(c.text) and c.best
                           and doc is not None and _RISEN_TO.search(_sent_text(doc, c.sent))}
            if among_hurt and risen_sents:
                # (nor those a risen toll told in another sentence counts: "The death toll from a shooting at
                # a birthday party ... has risen to two ... Initially, police reported one man killed ... One of
                # the injured ... died", QA round thirty-nine: one and the one who died are the two)
                risen = max(c.best for _, c in numeric if c.sent in risen_sents)
                before = [c.best for _, c in numeric if c.sent not in risen_sents and not _OF_THE_HURT.search(c.text)] \
                    + ([n_people] if n_people else [])
                if before and max(before) + sum(c.best for c in among_hurt) <= risen:
                    among_hurt = []
            if among_hurt and not extra:
                rest = [c.best for _, c in numeric if not _OF_THE_HURT.search(c.text)]
                best = max(best, max(rest + [n_people]) + sum(c.best for c in among_hurt))
        lows = [c.low for _, c in numeric if c.low is not None] + ([n_people] if people else []) + (
            [floor] if cat == "killed" and rival is None and floor else [])
        highs = [c.high for _, c in numeric if c.high is not None]
        low = max(lows) if lows else None
        high = max(highs) if highs else None
        if extra:
            # the added group raises the bounds too (three soldiers exactly, two rebels exactly: 5)
            low = low + extra if low is not None else None
            high = high + extra if high is not None else None
            if capped is not None:
                low = min(low, capped) if low is not None else None
                high = min(high, capped) if high is not None else None
        if rival is not None:
            low = best if low is None else min(low, best)
            high = max(high or 0, rival[1] + extra)
        if revised is not None and not extra:
            # "The toll was later revised to 62 after some bodies were found to have been counted
            # twice" (QA, eighteenth session): the revision stands, whatever was told before it
            high = max(high or 0, best) if high is not None or best != revised.best else high
            best = low = revised.best
        ev_idx = [i for i, _ in every_numeric] + [p["cats"][cat][0] for p in people]
        perps = max([c.perpetrators for _, c in items] + [sum(1 for p in people if p["pool"] == "attacker")] + [0])
        out[cat] = {"low": low, "best": best, "high": high if high is None or high >= best else best,
                    "evidence": sorted(ev_idx), "perpetrators": perps,
                    "inclusive": any(c.inclusive for _, c in numeric)}
        if rival is not None:
            out[cat]["rival"] = {"best": rival[0], "best_source": rival[2], "high": rival[1], "high_source": rival[3]}
    _add_later_deaths(doc, counts, sel, person_cat, out)
    _hurt_who_died_since(doc, sel, out)
    _named_hurt_died(doc, sel, out)
    _survivors_of_the_shot(doc, sel, out)
    # "Two women were wounded. One of them later died": the dead are among the wounded
    partitive = any(c.category == "killed" and (_OF_THEM.search(c.text) or _of_the_n_hurt(doc, c) is not None)
                    for _, c in sel)
    # "A man of 19, shot ... has died ... The teen was one of two people wounded in the Oct. 17
    # shooting" (QA round forty-six): the one who died is one of the figure of the hurt
    partitive = partitive or (doc is not None and "killed" in out and "injured" in out
                              and (out["killed"]["best"] or 0) < (out["injured"]["best"] or 0) and any(
        c.category == "injured" and not c.singular
        and _ONE_OF_THE_HURT_FIGURE.search(doc_text(doc)[max(0, c.start - 24):c.start]) for _, c in sel))
    # (only the dead from among the hurt come off a figure of the hurt that does not count
    # everyone hit: "killing the driver and injuring seven ... One of the injured women died"; "two
    # of the 12 wounded died", QA round twenty-six)
    # ("nine others were wounded, one of whom later died", QA round forty-five: one of those nine)
    k_among = sum(c.best or 0 for _, c in sel if c.category == "killed"
                  and (_OF_THE_HURT.search(c.text) or _of_the_n_hurt(doc, c) is not None)) \
        if "injured" in out and partitive and not out["injured"]["inclusive"] else None
    if "injured" in out and partitive:
        out["injured"]["inclusive"] = True
        # (not "The other two are in stable condition": the others than the dead, QA, eighteenth session)
        sel = [(i, c) if not (c.category == "injured" and not c.singular) or _the_others(doc, c)
               else (i, _inclusive_copy(c)) for i, c in sel]
    if "injured" in out and out["injured"]["inclusive"] and "killed" in out:
        # "five were shot" counts the two who died
        inc = [c.best or 0 for _, c in sel if c.category == "injured" and c.inclusive and not c.singular]
        exclusive = [c.best or 0 for _, c in sel if c.category == "injured" and not c.inclusive and not c.singular]
        k = out["killed"]["best"] or 0
        if k_among:
            k = min(k, k_among)
        # (not the attacker shot dead after: "A man stabbed five people ... before he was shot dead
        # by a security guard", QA round twenty: five hurt, the attacker not among them)
        k = max(0, k - sum(1 for _, c in sel if c.category == "killed" and (c.who or "").lower() in ("he", "she")
                           and _pronoun_is_attacker(doc, c)))
        # (nor the gunman dead by his own hand: "A man shot his estranged wife and her mother and
        # then himself ... The wife died ... her mother was taken to hospital", QA round
        # twenty-six: two shot, one of them dead)
        k = max(0, k - (out["killed"].get("perpetrators") or 0))
        inj = out["injured"]
        inj["best"] = max([max(inc) - k if inc else 0] + exclusive + [len(person_cat.get("injured", []))] + [0])
        inj["low"] = min(inj["low"], inj["best"]) if inj["low"] is not None else None
    _hurt_inside_partitive(doc, sel, out)
    for cat in list(out):
        out[cat].pop("inclusive", None)
        if not out[cat]["evidence"] and not out[cat]["best"]:
            # every mention of the category was someone counted elsewhere ("a man was shot ...
            # he died": injured 0, not unknown): keep the category at 0 with those mentions
            absorbed = [i for i, c in sel if c.category == cat]
            if cat in ("injured", "killed") and absorbed:
                out[cat]["evidence"] = absorbed
                out[cat]["low"] = out[cat]["high"] = out[cat]["best"] = 0
            else:
                del out[cat]
    for cat in ("killed", "injured"):
        told_elsewhere = [i for i in sorted(gone) if i in set(indices) and counts[i].category == cat]
        if cat not in out and told_elsewhere:
            # all the category's mentions were the other incident's person: none here (not a
            # fallback to the raw figure)
            out[cat] = {"low": 0, "best": 0, "high": 0, "evidence": told_elsewhere, "perpetrators": 0}
    # "the victim was not injured", "it is possible someone was hurt": the report says none
    # (or does not say so): 0, so that nothing falls back on the unasserted figure
    for cat in ("killed", "injured"):
        unasserted = [i for i in sorted(set(indices)) if 0 <= i < len(counts) and counts[i].category == cat
                      and counts[i].status in ("negated", "hypothetical", "cumulative")]
        if cat not in out and unasserted:
            out[cat] = {"low": 0, "best": 0, "high": 0, "evidence": unasserted, "perpetrators": 0}
    for cat in tallied:
        out.setdefault(cat, {"low": None, "best": None, "high": None, "evidence": [], "perpetrators": 0,
                             "tally": True})
    return out
