"""Stage ``dateline_places``: find the places a report names, resolve them, and say which is an event's.

Runs after spaCy's NER and ``dateline_header``. Writes ``doc._.dl_places`` (a list of
:class:`~dateline.nlp.types.PlaceMention`) and sets ``doc._.dl_header.country_code`` (the report's
country focus, from the dateline place).

Recognition: spaCy's GPE/LOC/FAC entities, plus gazetteer matching over capitalised words the
small model misses or mislabels ("Imam Sahib district" comes out as an ORG; "Helmand" inside the
ORG "Helmand Provincial Council"); demonyms ("Afghan forces") become ``demonym`` mentions that
give a country but are not places.

Context of each mention: ``dateline`` | ``job_title`` (a place inside a person's title:
"Helmand Provincial Council member X", "the governor of Kunduz") | ``reporting`` (where something
was said: "told reporters in Washington") | ``demonym`` (a nationality word, or a country name
modifying an actor: "US forces") | ``body`` (everything else).

:func:`event_place` picks an event's own place among them, by syntax and distance to the trigger.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass

from spacy.language import Language

from ..errors import DatelineError
from spacy.tokens import Doc, Span, Token

from ..geo.fold import GENERIC, GENERIC_ADMIN1, GENERIC_ADMIN2, GENERIC_CITY, full_key, name_key, split_generic
from ..geo.gazetteer import ADMIN1, ADMIN2, COUNTRY, FEATURE, PLACE, Gazetteer, get_gazetteer, haversine_km
from ..geo.resolve import FOCUS_INFERRED, Query, Resolution, Resolver
from . import extensions  # noqa: F401  (registers doc._.dl_*)
from .extensions import (BRACKETED_ACRONYM, DEFINED_ACRONYM, ROADS, SAY_VERBS, border_neighbour, doc_sent_bounds,
                         doc_text, gapped_segment, respective_deed, road_destination, sent_of)
from .registry import NONSTATE_ARMED_KINDS, get_registry
from .timex import MONTHS, WEEKDAYS
from .types import EventMention, Header, PlaceMention
from ..taxonomy import VIOLENT_EVENT_TYPES

log = logging.getLogger(__name__)

PLACE_LABELS = {"GPE", "LOC", "FAC"}
# entity labels whose words are never searched for place names
NEVER_PLACE_LABELS = {"PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY",
                      "WORK_OF_ART", "LAW", "LANGUAGE", "EVENT"}
LOCATIVE_PREPS = {"in", "at", "near", "from", "to", "outside", "inside", "across", "around", "into",
                  "towards", "toward", "through", "throughout", "within", "between", "of", "on", "off",
                  "via", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
# nouns naming a person's office: a place inside such a title is not where anything happened
TITLE_NOUNS = {"member", "members", "governor", "spokesman", "spokeswoman", "spokesperson", "chief",
               "commander", "councillor", "councilor", "lawmaker", "legislator", "mp", "senator",
               "representative", "deputy", "mayor", "minister", "director", "head", "administrator",
               "secretary", "chairman", "chairwoman", "chair", "president", "official", "officer",
               "elder", "envoy", "ambassador", "consul", "judge", "prosecutor", "sheriff",
               "attorney", "lieutenant", "colonel", "general", "captain", "major", "police chief",
               "mp", "delegate", "adviser", "advisor", "correspondent"}
# organisations that can carry a place in a title chain ("Helmand Provincial Council member")
ORG_CHAIN = {"council", "provincial", "district", "police", "government", "assembly", "office",
             "department", "ministry", "army", "corps", "administration", "municipality", "city",
             "county", "state", "regional", "local", "security", "national", "border", "health"}
# verbs and nouns of saying: a place attached to them is where something was said
# ("reported in X" is not among them: that is where the reported thing happened)
REPORTING_WORDS = {"tell", "say", "speak", "brief", "announce", "declare", "reporter", "journalist",
                   "briefing", "conference", "statement", "interview", "press", "remark", "comment",
                   "tweet"}
# nouns of armed/official actors: a country name modifying them gives a nationality, not a place
ACTOR_NOUNS = {"force", "forces", "troop", "troops", "soldier", "soldiers", "army", "military",
               "official", "officials", "government", "envoy", "diplomat", "diplomats", "embassy",
               "president", "leader", "leaders", "authorities", "authority", "negotiator",
               "negotiators", "military's", "navy", "air", "warplane", "warplanes", "jet", "jets",
               "drone", "drones", "delegation", "administration", "intelligence", "citizen",
               "citizens", "national", "nationals", "commander", "commanders", "special",
               "coalition", "command", "department", "ministry", "secretary", "counterpart"}
# where an actor is ("police in Kunduz"), not an event (a country before "police" is still a town:
# "Lebanon police" in a local paper)
_LOCATED_ACTORS = frozenset(ACTOR_NOUNS | {"police"})
# a capitalised word the gazetteer knows is accepted on its own only if the name is this big
# (admin units and countries always are): smaller namesakes of common capitalised words are
# too often something else. Measured on GWN/LGL recall vs spurious matches (docs/places.md).
SENT_START_COUNTRY = True  # a country's name opening a sentence, outside any entity, is the country
GOVERNOR_HINT = True  # "the Kandahar governor": the province (a soft kind hint)
MIN_POP_BARE = 100_000
MIN_POP_AFTER_PREP = 1_000
MIN_POP_MUNICIPAL = 10_000  # a town opening its own body's name ("Torrington Fire Department")
MAX_NAME_TOKENS = 6  # "Pul - i - Khumri" is five tokens
# a recognised name the gazetteer lacks takes the report's focus country (dateline or inferred);
# issue 4: GWN country .976 -> see docs/places.md (no coordinates are guessed)
UNKNOWN_IN_FOCUS = True
# the state or country after a dateline's town ("RALEIGH, N.C. (AP)") is a place mention of its own
# and the town's container (issue 4, seventh pass)
DATELINE_CONTAINER = True
# a town's name before a capitalised feature word ("Sacramento River", "Griffith Park") is no mention
# of the town (issue 4, seventh pass)
FEATURE_AFTER_TOWN = True
# a name listed with first-level units of one country is one of them when it can be ("Oregon, Idaho
# and Washington", "states like Utah or Washington": the state, not the capital)
PEER_LEVEL = True
DATELINE_UNIT_FOCUS = True  # the dateline's state steers bare names that can be it (resolve.DATELINE_UNIT)
PEER_MIN_SCORE = 0.6  # how sure each listed peer's reading must be
# with this many listed peers, a city inside the same-named unit is the unit too (a list of states)
PEER_LIST_MIN = 2
# a compass word before a name the model tagged yields the name only when it is sizeable (_sizeable)
DIRECTION_SIZEABLE = True


@dataclass
class _Cand:
    start: int  # token index
    end: int  # token index (exclusive)
    label: str  # NER label or "GAZ"
    hint: str | None = None
    context: str = "body"
    container: int | None = None  # index into the candidate list
    demonym_cc: str | None = None
    dateline: bool = False
    dropped: str | None = None  # a word left off the front of the entity to resolve it ("lower")
    dropped_tail: str | None = None  # a compass word left off its end ("Philippi East" -> Philippi)
    local: int = 0  # named as a municipality: "a Paris man", "Paris City Council" (2: not as a country)
    capital_of: str | None = None  # "the Haitian capital": the capital of this country code


def _is_cap(tok: Token) -> bool:
    t = tok.text
    return bool(t) and (t[0].isupper() or (t.isupper() and len(t) > 1)) and any(c.isalpha() for c in t)


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    while start < end and doc[start].lower_ in ("the", "a", "an") :
        start += 1
    while end > start and (doc[end - 1].text in ("'s", "'", "’s", "’") or doc[end - 1].is_punct):
        end -= 1
    return start, end


_LGA_WORDS = ["local", "government", "area"]  # a Nigerian unit, whose kind word is three words
_SUB_DISTRICT = ["sub", "-", "district"]  # "the Riyadh sub-district of Hawija" (QA round twenty-four)


def _generic_after(doc: Doc, end: int) -> str | None:
    """The kind a generic noun right after a name implies ("Kunduz province"); adjectives
    ("Helmand Provincial Council") do not count."""
    if [t.lower_ for t in doc[end:end + 3]] == _LGA_WORDS:
        return "admin2"  # "Sokoto state's Gada local government area" (QA round nineteen): Nigeria's LGA
    if [t.lower_ for t in doc[end:end + 3]] == _SUB_DISTRICT:
        return "admin2"
    if end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN"):
        w = doc[end].lower_
        if w in _ADJ_GENERIC or w in ("local", "government", "area", "republic"):
            return None
        if w in GENERIC_ADMIN1:
            return "admin1"
        if w in GENERIC_ADMIN2:
            return "admin2"
        if w in GENERIC_CITY:
            return "city"
    return None


# plural kind words that a list of names shares ("Kunduz and Baghlan provinces")
_PLURAL_GENERIC = {"provinces": "admin1", "governorates": "admin1", "states": "admin1", "regions": "admin1",
                   "oblasts": "admin1", "districts": "admin2", "counties": "admin2", "municipalities": "admin2",
                   "towns": "city", "villages": "city", "cities": "city"}


def _shared_generic_after(doc: Doc, end: int) -> str | None:
    """The kind a plural generic word gives every name of the list it closes: "Kunduz and Baghlan
    provinces", "Kunduz, Baghlan and Takhar provinces" (each is a province, not only the last)."""
    j, seen_and = end, False
    for _ in range(LIST_LOOKAHEAD):
        if j >= len(doc):
            return None
        t = doc[j]
        if t.lower_ in _PLURAL_GENERIC:
            return _PLURAL_GENERIC[t.lower_] if seen_and else None
        if t.text == ",":
            pass
        elif t.lower_ in ("and", "or", "to", "through") and not seen_and:
            seen_and = True
        elif not t.text[:1].isupper():
            return None
        j += 1
    return None


def _list_last_hint(doc: Doc, start: int, end: int) -> str | None:
    """The last name of a list closed by a plural kind word: "... Swift and Wilkin counties"."""
    if end < len(doc) and doc[end].lower_ in _PLURAL_GENERIC and start > 1 \
            and doc[start - 1].lower_ in ("and", "or", "to", "through") and doc[start - 2].text[:1].isupper():
        return _PLURAL_GENERIC[doc[end].lower_]
    return None


def _generic_after_adj(doc: Doc, end: int) -> str | None:
    """As :func:`_generic_after`, also past one lower-case adjective: "the Bajaur tribal district",
    "Marib oil-rich province". The adjective is not part of the name, so the span stays as it is."""
    hint = _generic_after(doc, end)
    if hint or end + 1 >= len(doc):
        return hint
    adj = doc[end]
    if adj.pos_ == "ADJ" and adj.text.islower() and adj.lower_ not in _ADJ_GENERIC:
        return _generic_after(doc, end + 1)
    return None


# a generic word before a name says its kind: "the city of Dnipro", "the province of Kunduz"
# adjectives that make a "district" a kind of city quarter
_QUARTER_KINDS = frozenset({"residential", "industrial", "commercial", "business", "financial", "shopping",
                            "diplomatic", "historic", "entertainment", "university", "government", "market"})


def _generic_before(doc: Doc, start: int) -> str | None:
    if start < 3 or doc[start - 1].lower_ != "of":
        return None
    g = doc[start - 2]
    if not g.text.islower() or g.lower_ not in GENERIC or g.lower_ in ("local", "government", "area"):
        return None
    if g.lower_ == "district" and doc[start - 3].lower_ in _QUARTER_KINDS:
        # "a residential district of Kharkiv" (QA round eighteen): a quarter of the city, not a
        # district unit of a province named so
        return "city"
    j = start - 3
    while j > 0 and j >= start - 5 and (doc[j].text.islower() and (doc[j].lower_ in _DIRECTIONS or doc[j].pos_ == "ADJ"
                                                                   or doc[j].pos_ == "NOUN" and doc[j].dep_ == "compound"
                                                                   and g.lower_ in ("city", "town", "village"))
                                        or doc[j].pos_ == "PROPN" and doc[j].is_title
                                        # "the southern Lebanese town of Bint Jbeil" (QA round seven)
                                        or doc[j].pos_ == "ADJ" and doc[j].ent_type_ == "NORP" and doc[j].is_title):
        # ("the southern port city of Odesa", "the mining town of Rubaya": QA round seven; not "the
        # border territory of Georgia", a GWN mention read as the US state that way)
        # "the eastern department of Arauca", "the northern Sinai town of El Arish" (QA round four)
        j -= 1
    if doc[j].lower_ not in ("the", "a", "an") and doc[j].lower_ not in LOCATIVE_PREPS:
        return None
    if g.lower_ in GENERIC_ADMIN1:
        return "admin1"
    if g.lower_ in GENERIC_ADMIN2:
        return "admin2"
    return "city"


# adjectives after a name that say which unit it is without being part of the name
# ("the Baghlan provincial council": the province)
_ADJ_GENERIC = {"provincial": "admin1", "regional": "admin1", "autonomous": None, "district-level": "admin2"}


def _hint_of_span(text: str) -> str | None:
    return split_generic(text)[1]


def _adj_hint_after(doc: Doc, end: int) -> str | None:
    return _ADJ_GENERIC.get(doc[end].lower_) if end < len(doc) else None


def _candidates_info(gaz: Gazetteer, text: str) -> tuple[list[int], str]:
    rows, _hint, how = gaz.candidates(text, allow_loose=False)
    return rows, how


_DIRECTIONS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
               "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
               "southeastern", "southwestern", "upper", "lower", "greater", "downtown", "mid", "rural",
               "metro", "metropolitan", "north-west", "north-east", "south-west", "south-east",
               "n.", "s.", "e.", "w.", "n.e.", "n.w.", "s.e.", "s.w.", "historic"}
# nouns that make a capitalised name before them a place ("a Gainesville man", "Alexandria police")
_PLACE_CUES = {"man", "men", "woman", "women", "police", "resident", "residents", "couple", "parents",
               "teen", "teenager", "boy", "girl", "family", "native", "area", "officials", "citizens",
               "mayor", "schools", "hospital", "airport", "city", "county", "town", "village",
               "governor", "mayoral", "council", "councillor", "authorities", "native", "natives",
               # a town's own people and bodies (fourth pass)
               "firefighters", "firefighter", "officers", "businesses", "voters", "homeowners", "taxpayers",
               "neighbors", "neighbours", "commissioners", "aldermen", "selectmen", "councilman",
               "councilwoman", "councilmen",
               # its courts, port and prison (fifth pass: "a Durban court"); no violent nouns, which
               # follow armed groups' names as often ("Taliban attack": Talibon, the Philippines)
               "court", "courthouse", "suburb", "suburbs", "port", "prison", "jail", "sheriff", "educator",
               "educators",
               # "the Omdurman headquarters of the state broadcaster" (QA round eighteen)
               "headquarters"}


# capitalised words that make the name before them a street's ("Georgia Street", "Virginia Ave."):
# "Court", "Square" and "Highway" are left out ("Kansas Court of Appeals", "Tahrir Square", a state's
# highway still lies in the state), and "Dr." (a title before a person's name)
# (not "Court" nor "Turnpike": "the Ohio Court", "the Ohio Turnpike" are the state's, LGL)
_STREET_WORDS = frozenset({"Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Blvd", "Drive", "Lane",
                           "Ln", "Parkway", "Pkwy", "Terrace", "Way", "Place", "Pl", "Circle", "Trail",
                           "Expressway", "Freeway", "Pike", "Alley"})


_DATE_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS) | {"christmas", "easter", "ramadan", "eid", "today",
                                                          "tomorrow", "yesterday"}


def _not_a_date_word(doc: Doc, t) -> bool:
    if not (t.is_title and t.is_alpha) or t.lower_ in _DATE_WORDS or t.i == 0:
        return False
    if doc[t.i - 1].lower_ not in ("near", "in", "at", "outside", "around", "of"):
        return False
    # alone in its date entity (not "the Eid holiday", "Monday night")
    return t.ent_iob_ == "B" and not (t.i + 1 < len(doc) and doc[t.i + 1].ent_iob_ == "I")


def _loose_quarter(gaz: Gazetteer, doc: Doc, c) -> bool:
    if c.end >= len(doc) or doc[c.end].lower_ not in _QUARTER_WORDS or c.context == "demonym":
        return False
    _rows, _hint, how = gaz.candidates(doc[c.start:c.end].text)
    return how in ("variant", "loose")


_MEMBER_NOUNS = frozenset({"militiamen", "militia", "militias", "fighters", "fighter", "spokesman", "spokesperson",
                           "rebels", "rebel", "members", "member", "commander", "commanders", "insurgents",
                           "militants", "gunmen", "forces", "leader", "leaders"})


def _defined_acronyms(gaz: Gazetteer, doc: Doc) -> set[str]:
    """Acronyms a report defines in brackets after a name ("Barisan Revolusi Nasional (BRN)") whose
    words start with the acronym's letters and which is no place's name."""
    out: set[str] = set()
    text = doc_text(doc)
    if not BRACKETED_ACRONYM.search(text):
        return out
    for m in DEFINED_ACRONYM.finditer(text):
        acr = m.group(2)
        words = [w for w in m.group(1).split() if w[:1].isupper()]
        initials = "".join(w[0] for w in words)
        name = re.sub(r"^(?:the|The)\s+", "", m.group(1))
        if acr[0] in initials and all(ch in initials for ch in acr) and not _candidates_info(gaz, name)[0] \
                and not gaz.candidates(name, allow_loose=False)[0]:
            out.add(acr)  # (not a country's own initials after its long name, as North Korea's)
    return out


_OUTLET_NOUNS = frozenset({"agency", "broadcaster", "newspaper", "daily", "channel", "outlet", "network", "television",
                           "tv", "radio", "website", "station"})


def _in_group_name(doc: Doc, c) -> bool:
    # (only a group's "province", as the Islamic State names its branches: "the Oromo Liberation Army
    # in North Shewa zone" is where the group fought)
    if c.start < 3 or doc[c.start - 1].lower_ != "in" or doc[c.end - 1].lower_ != "province":
        return False
    k = c.start - 2
    if not doc[k].text[:1].isupper():
        return False
    while k > 0 and c.start - 2 - k < 4 and doc[k - 1].text[:1].isupper() and doc[k - 1].is_alpha:
        k -= 1
    return _armed_group_name(doc[k:c.end].text)


def _armed_group_name(text: str) -> bool:
    """The actor registry knows ``text`` as a named non-state armed group."""
    actor = get_registry().lookup(text)
    return actor is not None and actor.kind in NONSTATE_ARMED_KINDS


_SQUAD_NOUNS = frozenset({"team", "teams", "officer", "officers", "unit", "units", "deputies", "agents", "squad",
                          "members", "operators", "negotiators", "personnel"})


def _street_after(doc: Doc, end: int, names: int = 0) -> bool:
    """A street word at ``end``, or after up to ``names`` more capitalised words ("on Aldine Bender
    Road" is no mention of Aldine, Texas; QA round twenty-seven)."""
    for k in range(end, min(end + 1 + names, len(doc))):
        w = doc[k].text
        if w.rstrip(".") in _STREET_WORDS and w[:1].isupper():
            return True
        if not (w[:1].isupper() and w.isalpha() and doc[k].pos_ == "PROPN"):
            return False
    return False


# capitalised words after a town's name that make the whole a natural feature or a park
_FEATURE_WORDS = {"river", "creek", "lake", "bay", "harbor", "harbour", "lagoon", "park", "valley", "falls",
                  "canyon", "dam", "reservoir", "forest", "mountains", "mountain"}


def _feature_after_town(gaz: Gazetteer, doc: Doc, c) -> bool:
    if c.end >= len(doc) or c.hint:
        return False
    w = doc[c.end]
    if w.lower_ not in _FEATURE_WORDS or not w.text[:1].isupper():
        return False
    text = doc[c.start:c.end].text
    rows, _how = _candidates_info(gaz, text)
    # the name's most populous reading decides: a town drops it, a unit called by this very name
    # ("Swat", "Helmand") keeps it ("Sacramento County" is not called "Sacramento")
    rows = [r for r in rows if gaz.kind[r] == PLACE or full_key(gaz.names[r]) == full_key(text)]
    return bool(rows) and gaz.kind[max(rows, key=lambda r: gaz.pop[r])] == PLACE


# capitalised words after a one-word name that make the whole a building or monument ("the Red
# Fort", "the Blue Mosque"): a village the first word alone could name is not meant (QA round
# twenty-two: "near the Red Fort in Delhi" was Red, a village in Maharashtra); a big town's name
# stays ("the Lahore Fort" lies in Lahore)
_BUILDING_WORDS = {"fort", "mosque", "gate", "palace", "temple", "cathedral", "church", "shrine", "tower",
                   "bridge", "stadium", "hotel", "minaret", "citadel"}


# the last word of an institution's name a small place's name may open or close ("Grant Medical
# Center", "Metro Hall": QA, sixteenth session, Grant, Minnesota and Hall County, Nebraska)
# ("the Dallas Inn motel in Pasadena", QA round forty-six: lodgings named after a far town)
_INSTITUTION_WORDS = frozenset({"center", "centre", "hospital", "hall", "clinic", "college", "university", "academy",
                                "school", "library", "arena", "mall", "inn", "motel", "hotel", "suites", "lodge",
                                "tavern", "casino"})


def _building_after_village(gaz: Gazetteer, doc: Doc, c) -> bool:
    if c.end >= len(doc) or c.end - c.start != 1 or c.hint or doc[c.start].ent_iob_ == "":
        return False
    w = doc[c.end]
    if w.lower_ not in _BUILDING_WORDS or not w.text[:1].isupper() or w.ent_iob_ != "I":
        return False
    rows, _how = _candidates_info(gaz, doc[c.start:c.end].text)
    return bool(rows) and all(gaz.kind[r] == PLACE and gaz.pop[r] < MIN_POP_BARE for r in rows)


_ROAD_WORDS = ROADS | {"expressway", "motorway", "railway", "line", "corridor"}


def _route_end(doc: Doc, c) -> bool:
    """A town named as an end of a road ("blocked the Dhaka-Mymensingh highway", QA, sixteenth session):
    where the road leads, no place of what happened on it."""
    if c.end + 2 < len(doc) and doc[c.end].text in ("-", "–") and doc[c.end + 1].text[:1].isupper() \
            and doc[c.end + 2].lower_ in _ROAD_WORDS:
        return True  # (the first end: "Dhaka" of "the Dhaka-Mymensingh highway")
    if c.end >= len(doc) or doc[c.end].lower_ not in _ROAD_WORDS:
        return False
    return c.start >= 2 and doc[c.start - 1].text in ("-", "–") and doc[c.start - 2].text[:1].isupper()


_WARNING_NOUNS = frozenset({"siren", "alert", "alarm", "warning"})


def _warned_place(doc: Doc, c) -> bool:
    """A town where a warning sounded ("setting off air-raid sirens in Tel Aviv and Jerusalem", QA,
    seventeenth session): no place of the strike warned of."""
    t = doc[c.start:c.end].root
    for _ in range(3):
        if t.dep_ == "conj":
            t = t.head
            continue
        if t.dep_ == "pobj" and t.head.lower_ in ("in", "across", "over", "throughout"):
            return t.head.head.lemma_.lower() in _WARNING_NOUNS
        return False
    return False


def _institution_name(doc: Doc, c) -> bool:
    """A name opening an institution's ("Grant Medical Center", "Princeton Community Hospital"),
    however the model split it, or a one-word name closing one ("Metro Hall"). Still resolved (the
    town is often the institution's), it is no place of an event: a victim is taken to a hospital
    after, and a county of the name may lie states away."""
    if c.end - c.start == 1 and doc[c.start].lower_ in _INSTITUTION_WORDS and c.start > 0 \
            and doc[c.start - 1].text[:1].isupper() and doc[c.start - 1].is_alpha \
            and not doc[c.start - 1].is_sent_start:
        return True
    if c.start >= 2 and doc[c.start - 1].lower_ == "of" and doc[c.start - 2].text in _OF_INSTITUTIONS:
        return True  # "near the University of South Carolina campus" (QA round forty-two)
    if c.start >= 1 and doc[c.start - 1].text in ("Hotel", "Hôtel", "Motel") and c.end - c.start <= 2:
        return True  # "outside the Hotel Kabul in Mogadishu" (QA round forty-six)
    # (a saint's name owning it too: "St. Mary's Hospital", no parish of Jamaica; QA round forty-two)
    first = c.end + 1 if c.end < len(doc) and doc[c.end].text in ("'s", "\u2019s") else c.end
    inst = next((doc[j] for j in range(first, min(first + 3, len(doc))) if not doc[j].text[:1].isupper()
                 or doc[j].lower_ in _INSTITUTION_WORDS | {"airport", "gate"}), None)
    if inst is not None and inst.lower_ in ("airport", "gate") and inst.text[:1].isupper() \
            and all(doc[j].text[:1].isupper() for j in range(first, inst.i)) \
            and (inst.lower_ == "gate" or inst.i > first + 1):
        # "near Mogadishu's Aden Adde International Airport", "ended at the Brandenburg Gate", "the Damascus Gate"
        # (QA rounds forty-four and forty-nine): a landmark named after a place, not in it
        return True
    return inst is not None and inst.lower_ in _INSTITUTION_WORDS and inst.text[:1].isupper() \
        and all(doc[j].text[:1].isupper() for j in range(first, inst.i))


_OF_INSTITUTIONS = frozenset({"University", "College", "Bank", "Museum", "Institute", "Academy", "Church", "Cathedral",
                              "Hospital", "School"})


# last words of a name that make it a landmark inside a town ("Washington Square", "Union Plaza"):
# the gazetteer may know a hamlet of that name, but news means the square, and a hamlet read so must
# not pull the report's other names to its state ("Boston" after "Washington Square" read as
# Pennsylvania's). Such a name is still resolved; it only gives the others no context.
_LANDMARK_WORDS = frozenset({"Square", "Plaza"})


def _landmark_name(doc: Doc, c) -> bool:
    return not c.dateline and c.end - c.start > 1 and doc[c.end - 1].text in _LANDMARK_WORDS


def _intext_dateline(doc: Doc, start: int, end: int) -> bool:
    """A capitals-only name opening a sentence and followed by a comma or a dash ("HARTFORD --")."""
    if not doc[start].is_sent_start and not (start > 0 and doc[start - 1].text in (".", "\n", "\n\n")):
        return False
    if not all(doc[j].text.isupper() and len(doc[j].text) >= 3 for j in range(start, end) if doc[j].is_alpha):
        return False
    nxt = doc[end].text if end < len(doc) else ""
    return nxt in (",", "--", "---", "—", "–", "-", "(")  # "ATLANTA (AP)"


# verbs whose object may be a place (an attack on a town); a name the model calls a person is a
# place there when a city this big bears it
_ATTACKED_VERBS = frozenset({"attack", "strike", "hit", "shell", "bomb", "pound", "target", "raid", "storm",
                             "capture", "seize", "besiege", "bombard", "overrun", "retake", "recapture"})
MIN_POP_TARGET = 100_000
_FUNCTION_POS = frozenset({"ADP", "DET", "PRON", "CCONJ", "SCONJ", "AUX", "PART", "ADV"})


def _surname_of_named(doc: Doc, i: int) -> bool:
    """The word is the last name of a person the report names in full elsewhere ("James Ward")."""
    w = doc[i].text
    return any(ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == w and not ent.start <= i < ent.end
               for ent in doc.ents)


_ROUTE_WORDS = frozenset({"linking", "connecting", "joining"})


def _after_age(doc: Doc, start: int, end: int) -> bool:
    """A name right after an age that closes its phrase is a person's: "identified as 27-year-old
    Marcus Hill." (QA round nineteen; the model called it a facility, the gazetteer has a hill in
    Missouri); "a 33-year-old Toronto man" is where he is from."""
    if not (start >= 2 and doc[start - 1].lower_ == "old" and doc[start - 2].lower_ in ("-", "year", "years")):
        return False
    # (the name closes the phrase: "a 40-year-old Dover, Del. man", "a 16-year-old Lincoln High
    # School student" go on with where they are from)
    if end >= len(doc) or doc[end].text in (".", ";", ")"):
        return True
    return doc[end].text == "," and end + 1 < len(doc) and doc[end + 1].text.islower()


# a state's bodies named by one word, which small towns share ("Congress", Arizona)
_INSTITUTIONS = frozenset({"congress", "parliament", "senate", "legislature", "kremlin", "knesset", "duma"})

# a name the model called a people's (NORP) that is no demonym and names a city this big is the city
NORP_CITY_MIN_POP = 100_000


_NUMBERED_SITES = frozenset({"camp", "block", "sector", "zone", "phase", "ward", "gate", "area", "site", "unit",
                             "section", "district", "lot", "pier", "terminal", "hangar", "building"})


def _accept_gaz(gaz: Gazetteer, doc: Doc, start: int, end: int, text: str, ent_label: str,
                known: set[str] | frozenset = frozenset()) -> tuple[bool, str | None]:
    """Is this capitalised span a place name the NER missed or mislabelled? Returns (accept, kind hint).

    ``ent_label`` is the NER label over the span's first word ("" outside entities).
    """
    if end - start == 1 and (doc[start].is_stop and doc[start].pos_ in _FUNCTION_POS or doc[start].lower_ in GENERIC):
        return False, None  # a title-case headline's "On Village": no On, Belgium, nor The Village, Okla.
    if end - start == 1 and doc[start].ent_type_ == "PERSON" and _surname_of_named(doc, start) \
            and not (start > 0 and doc[start - 1].lower_ in LOCATIVE_PREPS):
        return False, None  # "striking Jordan, who died" after "Marcus Jordan" (QA round forty-one): his surname
    if end - start == 1 and doc[start].lower_ in _INSTITUTIONS:
        # "clashed with police outside Congress in Buenos Aires" (QA round twenty-three): a
        # legislature, not Congress, Arizona, nor a quarter of the city
        return False, None
    rows, how = _candidates_info(gaz, text)
    if not rows and (_generic_before(doc, start) or _generic_after_adj(doc, end) in ("admin1", "admin2")):
        # (or a unit word after it: "Baghlan province's Dahana-i-Ghori district", QA round seven)
        # "the northern Sinai town of El Arish": after "the town of", a spelling variant is enough
        # (the article "El" before Arish; QA round four)
        rows, _hint, how = gaz.candidates(text)
        if how != "variant":
            rows = []
    if not rows:
        return False, None
    nxt_text = doc[end].text if end < len(doc) else ""
    if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
            and doc[end + 1].text[:1].isupper() and ent_label in ("ORG", "PERSON", "") \
            and not _candidates_info(gaz, doc[end + 1].text)[0]:
        # "Carrefour-Feuilles": the first part of a longer name the model did not call a place
        # (a pair of places, "Armenia-Azerbaijan talks", "Fargo-Moorhead", keeps both)
        return False, None
    hint = _generic_after_adj(doc, end) or _hint_of_span(text) or _generic_before(doc, start)
    if LIST_KIND_ACCEPTS and not hint:
        # "Becker, Clay, Douglas, Grant and Wilkin counties": each name of the list is a unit,
        # whatever the model called it (fifth pass; the hint was given only to names found)
        hint = _shared_generic_after(doc, end) or _list_last_hint(doc, start, end)
    kinds = {gaz.kind[r] for r in rows}
    big = max(gaz.pop[r] for r in rows)
    admin_or_country = bool(kinds & {COUNTRY, ADMIN1})
    prev = doc[start - 1].lower_ if start > 0 else ""
    nxt = doc[end].lower_ if end < len(doc) else ""
    # a direction between keeps the preposition's cue for a country or province ("in central Mali",
    # "across northeastern Nigeria", the model calling Mali a person); for any name it cost GWN one
    # exact match ("in eastern Ghouta" read as the Eastern Ghouta region, the gold the town)
    prep_before = prev in LOCATIVE_PREPS or (
        admin_or_country and prev in _DIRECTIONS and start >= 2 and doc[start - 2].lower_ in LOCATIVE_PREPS
        and doc[start - 2].lower_ != "of")
    # "the road linking Gao and Ansongo" (QA round nineteen, both read as persons): the ends of a
    # route are places as after a preposition
    # ("in neighbouring Pattani", QA round twenty-two, read as a person)
    prep_before = prep_before or prev in ("neighbouring", "neighboring", "nearby", "adjacent") and start >= 2 \
        and doc[start - 2].lower_ in LOCATIVE_PREPS
    prep_before = prep_before or prev in _ROUTE_WORDS or (
        prev in ("and", "to") and start >= 3 and doc[start - 3].lower_ in _ROUTE_WORDS | {"between", "from"}
        and doc[start - 2].text[:1].isupper())
    after_prep = prep_before and (admin_or_country or ADMIN2 in kinds or big >= MIN_POP_AFTER_PREP)
    if HYPHEN_CUES and end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and doc[end + 1].lower_ in ("based", "born", "area", "bound") and (admin_or_country or big >= MIN_POP_AFTER_PREP):
        return True, None  # "a Kent-based team", "Northbrook-based Crate & Barrel"
    if HYPHEN_CUES and start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ \
            and doc[start - 2].text in _PARTY_LETTERS and (admin_or_country or big >= MIN_POP_AFTER_PREP):
        return True, None  # a legislator's party and home town: "Rep. Ann Lee, R-Elbow Lake"
    if INTEXT_DATELINE_ANY_LABEL and ent_label in ("PERSON", "ORG", "NORP") and _intext_dateline(doc, start, end) \
            and (admin_or_country or big >= MIN_POP_AFTER_PREP):
        # "HARTFORD — Connecticut legislators ...", "ORLANDO, Fla. (AP)": an in-text dateline the
        # model called a person or an organisation
        return True, None
    if end - start == 1 and not hint and nxt_text == "'s" and _surname_of_named(doc, start):
        # "James Ward ... in front of Ward's home": the person again, not Ward, Ark. (possessive only:
        # any surname the model calls a person also dropped GWN's "Payette said", whose Idaho reading
        # was context another name's right reading leaned on; GWN/LGL dev unchanged this way)
        return False, None
    if _after_age(doc, start, end):
        return False, None
    if ent_label == "PERSON" and end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type_ == "PERSON" \
            and doc[start].ent_iob_ == "B" and doc[end].is_title and doc[end].lower_ not in GENERIC \
            and start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lemma_.lower() in _LED_BY_NOUNS:
        return False, None  # "the government of Daniel Ortega" (QA round twenty): a person's first name
    if ent_label == "PERSON":
        # the small model calls many town names persons; only a locative cue turns one back, or
        # the whole "person" being a province's or country's name of two words or more ("Tamil
        # Nadu", "Sierra Leone"); one word is too often a first name (Georgia, Jordan, Victoria)
        whole = end - start > 1 and doc[start].ent_iob_ == "B" and (end >= len(doc) or doc[end].ent_iob_ != "I")
        province = whole and how == "exact" and bool(kinds & {COUNTRY, ADMIN1})
        # coordinated with a name the model calls a place: "Hilversum and Almelo", "Kerala and Puducherry"
        coord = COORD_PLACE and end - start == 1 and start >= 2 and doc[start - 1].lower_ in ("and", "or") \
            and doc[start - 2].ent_type_ in ("GPE", "LOC") and (admin_or_country or big >= MIN_POP_AFTER_PREP)
        # the object of an attack that is a city ("Russian drones attacked Odesa")
        target = end - start == 1 and doc[start].dep_ == "dobj" and doc[start].head.lemma_.lower() in _ATTACKED_VERBS \
            and (admin_or_country or big >= MIN_POP_TARGET)
        # the dateline's own town named again ("BUKAVU, Congo - M23 rebels entered Bukavu", QA round
        # twenty-two)
        header = doc._.dl_header
        head_town = (getattr(header, "place_text", None) or "").split(",")[0].strip().lower()
        target = target or bool(head_town) and text.lower() == head_town and end - start == 1 \
            and doc[start].dep_ in ("dobj", "pobj")
        # "exploded in the Lashkar Gah bazaar" (QA round twenty-three, read as a person): a sizeable
        # town's market
        market = nxt in ("bazaar", "market", "marketplace") and (admin_or_country or big >= MIN_POP_AFTER_PREP)
        return (after_prep or nxt in _PLACE_CUES or bool(hint) or province or coord or target or market
                or _owned_by_its_country(gaz, doc, start, rows)), hint
    if hint:
        return True, hint
    if how == "code":
        return True, None
    if after_prep:
        return True, None
    if _owned_by_its_country(gaz, doc, start, rows):
        return True, None
    if _camp_after(doc, end):
        return True, None  # "the Nuseirat refugee camp": a camp named after its town (QA round five)
    if ent_label == "ORG" and COORD_PLACE and end - start == 1 and start >= 2 and doc[start - 1].lower_ in ("and", "or") \
            and (doc[start - 2].ent_type_ in ("GPE", "LOC")
                 # ("in Djibo and Arbinda", both read as organisations: QA, seventeenth session)
                 or doc[start - 2].dep_ == "pobj" and doc[start - 2].head.lower_ in LOCATIVE_PREPS
                 and doc[start].dep_ == "conj" and doc[start].head.i == start - 2) \
            and (end >= len(doc) or doc[end].ent_iob_ != "I") \
            and (admin_or_country or big >= MIN_POP_AFTER_PREP):
        return True, None  # "in Cordoba and Rosario" with Rosario read as an organisation (QA round four)
    if ent_label == "NORP" and _norp_big_city(gaz, text):
        return True, None  # "shelling of Omdurman" (QA round twenty-three, read as a people): a big city's name
    if ent_label in ("ORG", "NORP"):
        # "Helmand Provincial Council", "the Kentucky Department of Education": the place opens the name
        ent_start = start
        while ent_start > 0 and doc[ent_start].ent_iob_ == "I":
            ent_start -= 1
        ent_end = end
        while ent_end < len(doc) and doc[ent_end].ent_iob_ == "I":
            ent_end += 1
        opens = all(doc[j].lower_ in ("the", "a", "an") for j in range(ent_start, start))
        if opens and ent_end == end and (nxt in _PLACE_CUES or nxt in ("'s", "’s")):
            return admin_or_country or big >= MIN_POP_AFTER_PREP, None  # "Murmansk governor", "Gainesville man"
        if admin_or_country:
            return True, None  # "HSBC Malta", "the Kentucky Department of Education"
        org_word = end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].lower_ in _ORG_HEADS
        # a municipality's own body ("the Torrington Fire Department", "Paris City Council") names
        # a smaller town than a company or a club does
        need = MIN_POP_MUNICIPAL if nxt in _MUNICIPAL_BODIES else MIN_POP_BARE
        return opens and org_word and big >= need, None
    # a dateline inside the text ("... headline. COLUMBUS, Ohio (AP) -", "CHARLESTON, W.Va. -"):
    # a capitals-only name before a comma or a dash
    if end - start == 1 and doc[start].text.isupper() and len(doc[start].text) >= 4 \
            and nxt in (",", "--", "—", "–", "-") and (admin_or_country or big >= MIN_POP_AFTER_PREP):
        return True, None
    # a bare capitalised word outside any entity: only well-known names, never sentence-initial alone
    # (but a country's own name is one: "Azerbaijan puts pressure on ...")
    if not ent_label and text in known and doc[start].is_sent_start:
        return True, None  # "Moorhead asked for help" where the model tagged Moorhead a place before
    if doc[start].is_sent_start and end - start == 1 and nxt not in _PLACE_CUES \
            and not (SENT_START_COUNTRY and not ent_label and how == "exact" and COUNTRY in kinds):
        return False, None
    return admin_or_country or big >= MIN_POP_BARE or nxt in _PLACE_CUES, None


def _owned_by_its_country(gaz: Gazetteer, doc: Doc, start: int, rows: list[int]) -> bool:
    """"northern Burkina Faso's Djibo", "Mali's Gao" (QA round seven): a name owned by a country or
    a province that one of its candidates lies in."""
    if start < 2 or doc[start - 1].text not in ("'s", "’s"):
        return False
    j = start - 1
    while j > 0 and start - 1 - j < 3 and doc[j - 1].text[:1].isupper() and not doc[j - 1].is_sent_start:
        j -= 1
    if doc[j - 1].is_sent_start and doc[j - 1].text[:1].isupper():
        j -= 1
    if j >= start - 1:
        return False
    owners, _how = _candidates_info(gaz, doc[j:start - 1].text)
    owners = [o for o in owners if gaz.kind[o] in (COUNTRY, ADMIN1)]
    return any(gaz.cci[r] == gaz.cci[o] and (gaz.kind[o] == COUNTRY or gaz.a1[r] == o) for r in rows for o in owners)


# a demonym that is also a place's name is read as the nationality unless a country, a province
# or a town this big is named so (GWN/LGL: "German" the Manx parish, "Canadian" the Texas town)
DEMONYM_PLACE_POP = 100_000


def _small_namesakes(gaz: Gazetteer, text: str, units: bool = False) -> bool:
    """No country, province (unless ``units``: a small one counts as small too) or big town is named so."""
    rows, _how = _candidates_info(gaz, text)
    big = (COUNTRY,) if units else (COUNTRY, ADMIN1)
    return all(gaz.kind[r] not in big and gaz.pop[r] < DEMONYM_PLACE_POP for r in rows)


def _resolvable(gaz: Gazetteer, text: str) -> bool:
    rows, _hint, _how = gaz.candidates(text)
    return bool(rows)


# abbreviations that open a name ("St. Paul", "Mt. Vernon"; see geo.fold)
_OPENER_ABBREVS = {"st", "ste", "mt", "ft"}
# the bodies a municipality has (words after its name in an organisation's name)
_MUNICIPAL_BODIES = {"fire", "police", "city", "town", "village", "borough", "township", "council", "school",
                     "schools", "public", "library", "parks", "sheriff", "mayor"}
# lower-case words a multi-word place name may hold (anything else ends the name)
_ARTICLES_LOWER = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an"})
_NAME_CONNECTORS = {"-", ".", "and", "of", "the", "upon", "on", "de", "del", "della", "des", "du", "da", "do",
                    "dos", "das", "la", "le", "les", "los", "las", "el", "al", "ul", "e", "i", "y", "en", "sur",
                    "am", "an", "der", "di", "van", "von", "'s", "bin", "ibn", "abu"}
# words that follow a place opening an organisation's name ("Kentucky Department of Education")
_ORG_HEADS = {"council", "department", "police", "university", "college", "school", "schools", "court",
              "assembly", "government", "ministry", "office", "province", "provincial", "district",
              "state", "county", "city", "municipal", "regional", "national", "sheriff", "fire",
              "hospital", "airport", "authority", "administration", "commission", "board", "chamber",
              "legislature", "parliament", "senate", "house", "museum", "library", "zoo", "port",
              "metro", "transit", "public", "community", "high", "middle", "elementary",
              "international", "general", "memorial", "times", "post", "herald", "tribune", "news",
              "daily", "journal", "gazette", "democratic", "republican", "party", "health", "water",
              "army", "navy", "guard", "forces", "security", "emergency", "area", "region", "regional",
              "chapter", "branch", "division", "bureau", "agency", "center", "centre", "club", "fc"}
# capitalised common words that open organisation names and are also (small) town names
_NOT_ALONE = {"police", "department", "university", "college", "school", "court", "union", "office",
              "center", "centre", "bank", "home", "church", "hospital", "council", "party", "city",
              # "Metro police said" (QA round twenty-three, a NASHVILLE report): the metropolitan
              # government, not Metro, Indonesia
              "metro",
              # "Tehran's Grand Bazaar" (QA round twenty-five): an adjective opening a landmark's name
              "grand", "great", "central", "royal", "national", "holy", "main", "old", "big", "little"}
# last words of names of natural features: "Indian Ocean" is not in India
_LANDFORMS = {"ocean", "sea", "river", "lake", "gulf", "bay", "strait", "straits", "canal", "mountains",
              "mountain", "mount", "valley", "desert", "island", "islands", "peninsula", "creek", "basin",
              "coast", "plateau", "plain", "plains", "forest", "falls", "channel", "sound", "range"}


# last words of a neighbourhood's or an estate's name: the name before them is not the town
_QUARTER_TAILS = {"mound", "heights", "hill", "hills", "gardens", "grove", "ridge", "terrace", "estates", "manor",
                  "meadows", "woods", "acres", "bluff", "bluffs", "village", "commons"}


def _sizeable(gaz: Gazetteer, text: str) -> bool:
    """A name a compass word may qualify ("North Texas", "South Los Angeles", "Western Europe"): a
    country, unit or region, or a town of MIN_POP_BARE+; "West Wing", "West Side" name no village
    called Wing or town called Side."""
    if not DIRECTION_SIZEABLE:
        return True
    rows, _how = _candidates_info(gaz, text)
    return any(gaz.kind[r] != PLACE or gaz.pop[r] >= MIN_POP_BARE for r in rows)


def _abroad_only(gaz: Gazetteer, doc: Doc, text: str) -> bool:
    """A name after a compass word ("West Side") whose every reading is a small town outside the
    dateline's country: the compass word and the name are a neighbourhood's name there."""
    header = doc._.dl_header
    cc = getattr(header, "country_code", None) if header is not None else None
    if not cc and header is not None and header.place_text:
        # a bare city dateline ("CHICAGO -"): the country of the biggest town so named, if a city
        towns = [r for r in _candidates_info(gaz, header.place_text)[0] if gaz.kind[r] == PLACE]
        big = max(towns, key=lambda r: gaz.pop[r], default=None)
        cc = gaz.cc(big) if big is not None and gaz.pop[big] >= MIN_POP_BARE else None
    if not cc:
        return False
    rows, _how = _candidates_info(gaz, text)
    return bool(rows) and not _sizeable(gaz, text) and all(gaz.cc(r) != cc for r in rows)


CONTAINER_NEAR_KM = 30.0  # a town-container's place within this distance is its own, inside it or not
# a district a town is said to own ("Kherson's Dniprovskyi district") read this far from the town is
# a namesake elsewhere (Kyiv's, 450 km off; "Jammu's Reasi district" lies some 60 km from Jammu: QA
# round twenty-two)
OWNED_UNIT_FAR_KM = 150.0


def _country_told_beside(gaz: Gazetteer, doc: Doc, cands: list, qidx: dict[int, int], res: list, c) -> str | None:
    """The one country named with a preposition of place in the sentence of a name the gazetteer
    lacks ("deployed in eastern Congo"), else None."""
    me = doc[c.start:c.end].root
    if doc[c.start].ent_type_ in ("ORG", "FAC") or me.dep_ != "pobj" or me.head.lower_ not in LOCATIVE_PREPS:
        return None  # (only a name told as a place: "near Kamanyola"; not "Congress passed ...")
    sent = doc[c.start].sent
    found = set()
    for j, o in enumerate(cands):
        if o is c or j not in qidx or o.dateline or o.context == "demonym" or not (sent.start <= o.start < sent.end):
            continue
        row = res[qidx[j]].row
        if row is None or gaz.kind[row] != COUNTRY:
            continue
        root = doc[o.start:o.end].root
        if root.dep_ == "pobj" and root.head.lower_ in ("in", "inside", "into", "across", "near"):
            found.add(gaz.cc(row))
    return found.pop() if len(found) == 1 else None


def _outside_container(gaz: Gazetteer, doc: Doc, cands: list, qidx: dict[int, int], res: list, i: int, r) -> int | None:
    """The container's row when mention ``i`` names a container ("X in Y", "X, Y") that resolved
    to a town or a unit, while X's reading lies outside it (and, for a town, farther than
    CONTAINER_NEAR_KM): X is a place of Y the gazetteer lacks. Else None."""
    c = cands[i]
    if c.container is None or c.container not in qidx or r.row is None:
        return None
    owner = cands[c.container]
    if owner.end <= c.start:
        # "in Kherson's Dniprovskyi district" (QA round twenty-two): a town's own district, read as
        # a namesake unit of another city
        if doc[owner.end:c.start].text.strip().lower() not in ("'s", "\u2019s") \
                or gaz.kind[r.row] not in (PLACE, ADMIN2):
            return None
    else:
        between = doc[c.end:owner.start].text.strip().lower()
        if gaz.kind[r.row] != PLACE or between not in ("in", ", in", "in the", "in the town of", "in the city of"):
            return None  # only "X in Y" (a list "A, B, C" links its names too)
    rc = res[qidx[c.container]].row
    if rc is None or rc == r.row or gaz.kind[rc] == COUNTRY or gaz.within(r.row, rc):
        return None
    focus = next((gaz.cc(res[qidx[j]].row) for j, x in enumerate(cands)
                  if x.dateline and j in qidx and res[qidx[j]].row is not None), None)
    if focus and gaz.cc(r.row) == focus and gaz.cc(rc) != focus:
        # "rural areas of Tibu in the Catatumbo region" of a CUCUTA, Colombia report (QA, sixteenth
        # session): a container read abroad does not pull a name of the report's country out of it
        return None
    if gaz.kind[rc] == PLACE and gaz.kind[r.row] == ADMIN2 and owner.start < c.start:
        # (a district named by a town of its region stays: "Jammu's Reasi district", some 60 km off)
        la, lo = gaz.coords(r.row)
        lb, lob = gaz.coords(rc)
        far = None not in (la, lo, lb, lob) and haversine_km(la, lo, lb, lob) > OWNED_UNIT_FAR_KM
        return rc if far and not gaz.within(rc, r.row) else None
    if gaz.kind[rc] == PLACE:
        la, lo = gaz.coords(r.row)
        lb, lob = gaz.coords(rc)
        if None in (la, lo, lb, lob) or haversine_km(la, lo, lb, lob) <= CONTAINER_NEAR_KM:
            return None
    return rc


# the words a town's quarters are named with after a bearing ("the South Side", "the East End")
_BEARING_QUARTERS = frozenset({"side", "end", "shore", "loop", "bottoms"})


def _sub_span(gaz: Gazetteer, doc: Doc, s: int, e: int) -> tuple[int, int] | None:
    """An unresolvable entity may hold a resolvable name: "North Texas" -> "Texas",
    "Vancouver International Airport" -> "Vancouver", "West Virginia Democratic Party" -> "West Virginia",
    "Guernsey County Courthouse" -> "Guernsey County"."""
    s2 = s
    while s2 < e - 1 and doc[s2].lower_ in _DIRECTIONS:
        s2 += 1
    if s2 > s and e - s2 == 1 and doc[s2].lower_ in _BEARING_QUARTERS:
        return None  # "on the South Side" of a RICHMOND report (QA round twenty-five): a quarter, not Side, Turkey
    if s2 > s and _resolvable(gaz, doc[s2:e].text) and _sizeable(gaz, doc[s2:e].text):
        return s2, e
    if doc[e - 1].lower_ in _LANDFORMS:
        return None
    if _street_after(doc, e - 1) and not {gaz.kind[r] for r in _candidates_info(gaz, doc[s:e - 1].text)[0]} & {COUNTRY, ADMIN1}:
        # "the Arlington Expressway" of Jacksonville is no Arlington, Texas (QA round five); a
        # state's road lies in the state ("the Massachusetts Turnpike")
        return None
    # "Local Ireland", "Nazi Germany": a country or province closing the entity
    for k in range(s + 1, e):
        if _is_cap(doc[k]) and not doc[k - 1].is_punct:
            rows, _how = _candidates_info(gaz, doc[k:e].text)
            if rows and gaz.kind[rows[0]] in (COUNTRY, ADMIN1) and all(gaz.kind[r] in (COUNTRY, ADMIN1) for r in rows[:1]) \
                    and not gaz.demonym(doc[s:k].text.split()[-1]) and doc[k - 1].lower_ not in _DIRECTIONS:
                return k, e
    # ("in the village of Cano Jabon, Mapiripan municipality": the settlement's whole name, no Cano,
    # Portugal; QA round forty-two)
    if s >= 2 and doc[s - 1].lower_ == "of" and doc[s - 2].lower_ in ("village", "hamlet", "settlement"):
        return None
    for L in range(e - s - 1, 0, -1):
        sub = doc[s:s + L]
        if not _is_cap(sub[-1]) or sub[-1].lower_ in _DIRECTIONS:
            continue
        if doc[s + L].text == "-" and not sub[-1].whitespace_ and s + L + 1 < e and doc[s + L + 1].text[:1].islower():
            # "Qala" of "Qala-i-Zal": a part of a name joined by a connector is no name (QA round
            # seven: Malta); two names joined ("Greenbrier-Pocahontas County", LGL) keep their parts
            continue
        if doc[s + L].lower_ in _ARTICLES_AR or L == 1 and sub[0].lower_ in _NAME_PREFIXES_AR | _ARTICLES_AR:
            # "the Wadi al-Nasara area", "the Ras Isa port" (QA round twenty-two): the name goes on
            # past its first word (a village in Karnataka called Wadi, a town in Rajasthan called Ras;
            # "Al-Bukamal" no Al, Norway: QA round thirty-nine)
            continue
        if L == 1 and gaz.demonym(sub.text) and not gaz.has_name(sub.text):
            continue
        if L == 1 and (sub[0].ent_type_ == "NORP" or sub[0].lower_ in _NOT_ALONE):
            continue
        rows, _how = _candidates_info(gaz, sub.text)
        if rows and ({gaz.kind[r] for r in rows} & {COUNTRY, ADMIN1} or max(gaz.pop[r] for r in rows) >= MIN_POP_AFTER_PREP):
            return s, s + L
    return None


# Arabic articles inside a name, and the generic words Arabic place names open with ("Ras" a cape,
# "Wadi" a valley, "Deir" a monastery, "Beit" a house)
_ARTICLES_AR = frozenset({"al", "el", "ad", "as", "ash", "ar", "an", "at", "az", "ez", "es", "ed", "er", "en"})
_NAME_PREFIXES_AR = frozenset({"ras", "wadi", "jabal", "jebel", "tell", "tel", "tal", "bir", "ain", "ein", "deir",
                               "dayr", "kafr", "kfar", "beit", "bayt", "khan", "sidi", "bab", "jisr", "qasr", "umm",
                               "abu", "bani", "beni", "nahr", "marj", "hay"})


NEIGHBOUR_JOIN = True
HYPHEN_JOIN = True  # the same across a hyphen written without spaces
# the scan read a small town's whole name ("North Platte") as too small to take, then took its last
# word as a bigger namesake ("Platte"): the whole name is taken instead
WHOLE_NAME = True
# an unresolvable name that is no place name by its form (lower case, "MoD", a person's surname) is
# dropped rather than kept as an unknown place
JUNK_UNKNOWN = True
# an in-text dateline is a place whatever label the model gave it ("HARTFORD —" tagged ORG)
INTEXT_DATELINE_ANY_LABEL = True
# a list closed by a plural kind word ("... and Wilkin counties") makes each capitalised name of it
# a candidate unit; the list may run this many tokens
LIST_KIND_ACCEPTS = True
# the list's last name, tagged by the model, takes the plural kind word too ("Geauga and Medina
# counties": Medina County, not the town; the scan's names had it already)
LIST_LAST_NER = True
# "Kent-based", "London-born"; a US legislator's "R-Elbow Lake", "DFL-Chisholm": the town is a place
HYPHEN_CUES = True
# a bare capitalised word opening a sentence is a place when the model tagged the same name as one
# elsewhere in the report ("Fargo raised its goal", "Moorhead asked for help")
SENT_START_KNOWN = True
# a one-word "person" coordinated with a name the model calls a place is a place ("Hilversum and Almelo")
COORD_PLACE = True
_PARTY_LETTERS = {"R", "D", "I", "DFL", "GOP", "Ind"}
LIST_LOOKAHEAD = 24


# the connectors inside a Romance name that the model's entity may stop before ("Valle del Cauca")
_JOIN_CONNECTORS = frozenset({"de", "del", "do", "da", "dos", "das", "di", "du", "des", "la", "las", "los"})


# first words of Arabic place names that are no place alone ("Ain al-Hilweh", "Sheikh Zuweid", "Beit Jinn")
_ARABIC_NAME_HEADS = frozenset({"ain", "ein", "sheikh", "shaykh", "ras", "tell", "tal", "tel", "kafr", "kfar", "beit",
                                "bayt", "deir", "dayr", "jabal", "jebel", "wadi", "bir", "umm", "abu", "khan", "qasr",
                                "khirbet", "marj", "bab", "jisr", "hay", "hayy", "maarat", "maaret", "tall"})


def _join_neighbour(gaz: Gazetteer, doc: Doc, s: int, e: int, taken: list[bool], head_tok: int) -> tuple[int, int]:
    """The model tagged part of a town's name ("Charleston" of South Charleston, "Rock" of Rock Hill,
    "GREEN" of BOWLING GREEN): a capitalised word next to the entity joins it when the whole is
    a place's own name."""
    if e + 3 < len(doc) and doc[e].text == "-" and doc[e + 1].lower_ in ("i", "e", "ye", "yi", "ul", "al", "el", "ud")\
            and doc[e + 2].text == "-" and _is_cap(doc[e + 3]) and not any(taken[j] for j in range(e, e + 4)) \
            and not any(doc[j].whitespace_ for j in range(e - 1, e + 3)):
        # "Dahana" + "-i-Ghori" (QA round eight: the model's "Dahana" was Dahanu, India): a Persian
        # or Arabic connector between hyphens joins the next word to the name
        rows, how = _candidates_info(gaz, doc[s:e + 4].text)
        if not rows:
            rows, _hint, how = gaz.candidates(doc[s:e + 4].text)
        if rows and how in ("exact", "variant"):
            return s, e + 4
    if e + 1 < len(doc) and doc[e].lower_ in _JOIN_CONNECTORS and doc[e].text.islower() and not taken[e]:
        # "Valle" + "del Cauca", "Norte" + "de Santander" (QA round eight: the model's "Valle" was
        # Valle, Honduras): a lower-case connector and one or two capitalised words complete it
        for e2 in (e + 3, e + 2):
            if e2 <= len(doc) and all(_is_cap(doc[j]) and not taken[j] and not doc[j].is_punct for j in range(e + 1, e2)) \
                    and _candidates_info(gaz, doc[s:e2].text)[1] == "exact":
                return s, e2
    for s2, e2 in ((s, e + 2), (s - 1, e), (s, e + 1)):  # "U.S." + "Virgin Islands"
        if s2 < head_tok or e2 > len(doc):
            continue
        new = list(range(s2, s)) + list(range(e, e2))
        if HYPHEN_JOIN and e2 == e + 2 and s2 == s and doc[e].text == "-" and not doc[e - 1].whitespace_ \
                and not doc[e].whitespace_ and not taken[e] and not taken[e + 1] and _is_cap(doc[e + 1]):
            # "Batesburg-Leesville", "Miami-Dade": a hyphenated name the model tagged half of
            rows, how = _candidates_info(gaz, doc[s:e2].text)
            if how == "exact" and rows:
                return s, e2
        if any(taken[j] or not _is_cap(doc[j]) or doc[j].is_punct or doc[j].lower_ in GENERIC
               or doc[j].lower_ in ("the", "a", "an")
               or (doc[j].ent_type_ and doc[j].ent_type_ not in PLACE_LABELS
                   and doc[j].ent_type_ not in ("PERSON", "NORP", "LANGUAGE"))
               for j in new):
            continue
        rows, how = _candidates_info(gaz, doc[s2:e2].text)
        if how == "exact" and rows and any(doc[j].ent_type_ in ("NORP", "LANGUAGE") for j in new) \
                and not any(gaz.kind[r] == PLACE and gaz.pop[r] >= MIN_POP_BARE for r in rows):
            continue  # (a people's name joins only a town's name it opens: "Spanish" + "Town", QA, sixteenth session)
        if how == "exact" and rows:  # a name or alias of its own (no generic word was joined)
            return s2, e2
    return s, e


def recognise(doc: Doc, gaz: Gazetteer, header: Header | None = None) -> list[_Cand]:
    cands: list[_Cand] = []
    taken = [False] * len(doc)
    head_end = 0
    if header is not None and header.place_text and header.end > header.start:
        head_end = header.end
        span = _find_text(doc, header.place_text.split(",")[0], header.start, header.end)
        if span is not None:
            cands.append(_Cand(span.start, span.end, "DATELINE", context="dateline", dateline=True))
            for i in range(span.start, span.end):
                taken[i] = True
            extra = header.place_text.split(",")[1].strip() if DATELINE_CONTAINER and "," in header.place_text else ""
            ext = _find_text(doc, extra, span.end_char, header.end) if extra and _resolvable(gaz, extra) else None
            if ext is not None and not any(taken[i] for i in range(ext.start, ext.end)):
                # "RALEIGH, N.C. (AP)", "Baku, Azerbaijan": the dateline's state or country is a place
                # named too, and the dateline town's container
                cands[-1].container = len(cands)
                cands.append(_Cand(ext.start, ext.end, "DATELINE", context="dateline"))
                for i in range(ext.start, ext.end):
                    taken[i] = True
    head_tok = 0
    if head_end:
        while head_tok < len(doc) and doc[head_tok].idx < head_end:
            taken[head_tok] = True
            head_tok += 1

    # 0. a country or province named "A and B" ("Trinidad and Tobago", "Newfoundland and Labrador"):
    # the model tags the parts apart (or one of them as an ORG); the whole name is the place
    toks_all = list(doc)  # token objects made once (spaCy builds one per access)
    for k in range(max(head_tok + 1, 1), len(doc) - 1):
        if toks_all[k].lower_ != "and" or not _is_cap(doc[k - 1]) or not _is_cap(doc[k + 1]) or taken[k - 1]:
            continue
        hit = None
        for s0 in range(k - 1, max(head_tok, k - 4) - 1, -1):
            if not _is_cap(doc[s0]) or taken[s0]:
                break
            for e0 in range(min(len(doc), k + 5), k + 1, -1):
                if not _is_cap(doc[e0 - 1]) or any(t.is_punct for t in doc[k + 1:e0]):
                    continue
                rows, how = _candidates_info(gaz, doc[s0:e0].text)
                if how == "exact" and any(gaz.kind[r] in (COUNTRY, ADMIN1, ADMIN2) for r in rows):
                    hit = (s0, e0)
                    break
            if hit:
                break
        if hit:
            cands.append(_Cand(hit[0], hit[1], "GAZ"))
            for i in range(hit[0], hit[1]):
                taken[i] = True

    # 0b. "Pakistani-administered Kashmir", "Indian-administered Kashmir" (QA round twenty-two): a
    # people's hold on a region, named as one place in the gazetteer's aliases
    for k in range(max(head_tok + 1, 1), len(doc) - 2):
        if toks_all[k].text != "-" or toks_all[k + 1].lower_ not in ("administered", "controlled", "held") \
                or not _is_cap(doc[k - 1]) or taken[k - 1] or not _is_cap(doc[k + 2]):
            continue
        for e0 in range(min(len(doc), k + 5), k + 2, -1):
            if not all(_is_cap(t) for t in doc[k + 2:e0]):
                continue
            rows, how = _candidates_info(gaz, doc[k - 1:e0].text)
            if how == "exact" and any(gaz.kind[r] in (COUNTRY, ADMIN1, ADMIN2) for r in rows):
                cands.append(_Cand(k - 1, e0, "GAZ"))
                for i in range(k - 1, e0):
                    taken[i] = True
                break

    # 1. NER place entities (and demonyms); an entity "X, Y" ("Thruxton, Hampshire") is two names
    recased = bool(doc._.dl_recased)
    ents = []
    for ent in doc.ents:
        commas = [t.i for t in ent if t.text == ","] if ent.label_ in PLACE_LABELS else []
        if commas and not _resolvable(gaz, ent.text):
            a = ent.start
            for c in commas + [ent.end]:
                if c > a:
                    ents.append(Span(doc, a, c, label=ent.label_))
                a = c + 1
        else:
            ents.append(ent)
    for ent in ents:
        if ent.start < head_tok or any(taken[i] for i in range(ent.start, ent.end)):
            continue
        # ("the Palestinian village of Deir Istiya", QA round twenty-two: a name the model called a
        # people's, told as a settlement's, is the settlement)
        settlement = ent.start >= 2 and doc[ent.start - 1].lower_ == "of" \
            and doc[ent.start - 2].lower_ in ("village", "town", "city", "hamlet", "district", "camp") \
            and not gaz.demonym(ent.text)
        if ent.label_ == "NORP" and ent.end < len(doc) and not taken[ent.end] and doc[ent.end].is_title \
                and doc[ent.end].is_alpha:
            # "Spanish Town", "Mexican Springs" (QA, sixteenth session: "Spanish" and "Town" read
            # apart): a people's name opening a town's own name, when the gazetteer has a town so named
            rows, how = _candidates_info(gaz, doc[ent.start:ent.end + 1].text)
            if how == "exact" and any(gaz.kind[r] == PLACE and gaz.pop[r] >= MIN_POP_BARE for r in rows):
                ent, settlement = Span(doc, ent.start, ent.end + 1, label="GPE"), True
        if ent.label_ == "NORP" and not settlement:
            cc = gaz.demonym(ent.text)
            if cc:
                cands.append(_Cand(ent.start, ent.end, "NORP", context="demonym", demonym_cc=cc))
                for i in range(ent.start, ent.end):
                    taken[i] = True
            continue
        if settlement and ent.label_ not in PLACE_LABELS:
            ent = Span(doc, ent.start, ent.end, label="GPE")
        if ent.label_ not in PLACE_LABELS:
            continue
        s, e = _trim(doc, ent.start, ent.end)
        if s >= e or _after_age(doc, s, e):
            continue
        if e - s == 1 and doc[s].lower_ in _NOT_ALONE and e < len(doc) and doc[e].lower_ in ("police", "council"):
            continue  # "Metro police said" (QA round twenty-three): a body's name, no place
        text = doc[s:e].text
        if NEIGHBOUR_JOIN:
            s, e = _join_neighbour(gaz, doc, s, e, taken, head_tok)
            text = doc[s:e].text
        if e - s == 1 and text.lower() in _OPENER_ABBREVS and e + 1 < len(doc) and doc[e].text == ".":
            # "ST. JOHN'S", "ST. PARIS" in capitals: the tokenizer split "St." and the model tagged "ST"
            for e2 in range(min(len(doc), e + 4), e + 1, -1):
                if all(_is_cap(doc[j]) and not taken[j] for j in range(e + 1, e2)) and _resolvable(gaz, doc[s:e2].text):
                    e, text = e2, doc[s:e2].text
                    break
        elif s >= 2 and doc[s - 1].text == "." and doc[s - 2].text.lower() in _OPENER_ABBREVS and not taken[s - 2] \
                and _resolvable(gaz, doc[s - 2:e].text):
            s, text = s - 2, doc[s - 2:e].text  # the model tagged "PARIS" and left the "ST." before it
        if recased:
            # a teletype in capitals, read in sentence case: the model's entity may stop short of the
            # name the gazetteer has ("san pedro" of "san pedro sula": QA round five)
            for e2 in (e + 2, e + 1):
                if e2 <= len(doc) and all(doc[j].is_alpha and not taken[j] for j in range(e, e2)) \
                        and _candidates_info(gaz, doc[s:e2].text)[1] == "exact":
                    e, text = e2, doc[s:e2].text
                    break
        # an entity that is only a demonym ("Afghan" tagged GPE; "German", "Canadian": a parish of
        # the Isle of Man and a Texas town are named so, but the word is the nationality)
        if gaz.demonym(text) and (not gaz.has_name(text) or _small_namesakes(gaz, text)):
            cands.append(_Cand(s, e, "NORP", context="demonym", demonym_cc=gaz.demonym(text)))
            for i in range(s, e):
                taken[i] = True
            continue
        dropped = tail = None
        if not _candidates_info(gaz, text)[0]:
            # the model split a name into two entities ("Boa" GPE + "Vista" ORG): the name is whole
            for extra in (1, 2):
                e2 = e + extra
                if e2 > len(doc) or any(taken[j] or not _is_cap(doc[j]) or doc[j].is_punct for j in range(e, e2)):
                    break
                if _candidates_info(gaz, doc[s:e2].text)[1] == "exact":
                    e, text = e2, doc[s:e2].text
                    for j in range(s, e):
                        taken[j] = True
                    break
        if e < len(doc) and doc[e].text == "." and not _resolvable(gaz, text) and _resolvable(gaz, text + "."):
            e += 1  # "Burlington, Vt." at a sentence's end: the tokenizer took the abbreviation's dot
            text = doc[s:e].text
        if e - s >= 3 and doc[e - 2].text == "-" and doc[e - 1].lower_ in ("area", "based", "born", "bound") \
                and not doc[e - 3].whitespace_:
            e -= 2  # "a Houston-area church" (QA round five): the name, read as the dateline's Houston
            text = doc[s:e].text
        if e - s > 1 and not _resolvable(gaz, text) and gaz.demonym(doc[s].text) \
                and doc[e - 1].lower_ not in _LANDFORMS and _small_namesakes(gaz, doc[s].text, units=True):
            # "Canadian Lottery", "Russian Embassy" tagged as places: the nationality word, not the
            # Texas town named Canadian
            cands.append(_Cand(s, s + 1, "NORP", context="demonym", demonym_cc=gaz.demonym(doc[s].text)))
            for i in range(s, e):
                taken[i] = True
            continue
        if e - s > 1 and not _resolvable(gaz, text):
            # (not a part of a quarter's name: "the Park Heights area" is no Park County, QA round seven)
            sub = _sub_span(gaz, doc, s, e)
            if e < len(doc) and doc[e].lower_ in _QUARTER_WORDS and any(
                    doc[j].text == "-" and not doc[j].whitespace_ and not doc[j - 1].whitespace_
                    and doc[j - 1].is_title and doc[j + 1].is_title for j in range(s + 1, e - 1)):
                # "the Cooper-Young area" of a Memphis report (QA round eighteen): a quarter's joined
                # name, neither half a town (Young, Arizona), nor for the word scan below
                for i in range(s, e):
                    taken[i] = True
                continue
            if sub is not None and e < len(doc) and doc[e].lower_ in _QUARTER_WORDS \
                    and not _names_a_town(gaz, doc[sub[0]:sub[1]].text):
                sub = None
            if sub is not None:
                if sub[0] > s:
                    dropped = doc[s].lower_
                tail = doc[e - 1].lower_ if sub[1] < e and doc[e - 1].lower_ in _TAIL_COMPASS else None
                s, e = sub
                text = doc[s:e].text
            elif ent.label_ != "GPE":
                continue  # an unknown facility/landform ("Francis Street"): not a place we can place
        hint = _generic_after(doc, e)
        if hint and e < len(doc) and not doc[e].ent_type_:
            # "Imam Sahib district": keep the generic word with the name ("sub-district": three tokens)
            e += 3 if [t.lower_ for t in doc[e:e + 3]] == _SUB_DISTRICT else 1
        hint = hint or _generic_after_adj(doc, e) or _shared_generic_after(doc, e) or _hint_of_span(text) \
            or _adj_hint_after(doc, e) or _generic_before(doc, s) or (_list_last_hint(doc, s, e) if LIST_LAST_NER else None)
        cands.append(_Cand(s, e, ent.label_, hint=hint, dropped=dropped, dropped_tail=tail))
        for i in range(s, e):
            taken[i] = True

    if recased:
        # a teletype read in sentence case leaves names in lower case, which neither the model nor
        # the capitalised-word scan below takes: after "the department of", "the town of" a name the
        # gazetteer has exactly is the place ("in the central department of junin"; QA round six)
        for i in range(head_tok, len(doc)):
            kind = _named_after_kind(doc, i)
            if kind is None and i >= 2 and doc[i - 1].lower_ == "the" and doc[i - 2].lower_ in ("in", "near", "around"):
                kind = "area"  # "in the huancayo area" (QA round seven): a name before "area"/"region"
            if kind is None or taken[i] or not doc[i].is_alpha or not doc[i].is_lower:
                continue
            for L in (3, 2, 1):
                e = i + L
                if e > len(doc) or any(taken[j] or not doc[j].is_alpha for j in range(i, e)):
                    continue
                if kind == "area" and not (e < len(doc) and doc[e].lower_ in ("area", "region", "zone", "sector")):
                    continue
                if _candidates_info(gaz, doc[i:e].text)[1] == "exact":
                    cands.append(_Cand(i, e, "GAZ", hint="city" if kind == "area" else _kind_word(kind)))
                    for j in range(i, e):
                        taken[j] = True
                    break

    # the names the model tagged as places: the same word opening a sentence elsewhere is the place
    known = {doc[c.start:c.end].text for c in cands if c.label in PLACE_LABELS} if SENT_START_KNOWN else set()

    # 2. gazetteer matching over capitalised words the NER did not tag as places (token
    # attributes read once: spaCy's per-token access dominated this loop's profile)
    i = head_tok
    n = len(doc)
    caps = [_is_cap(t) for t in toks_all]
    for k in range(len(toks_all) - 2):
        # "in the al-Jazirah state", "el-Fasher": a lower-case Arabic article opens the name (QA round seven)
        if toks_all[k].lower_ in _ARTICLES_LOWER and toks_all[k].text.islower() and toks_all[k + 1].text == "-" \
                and not toks_all[k].whitespace_ and not toks_all[k + 1].whitespace_ and caps[k + 2] \
                and (k == 0 or not caps[k - 1]):  # (not inside a name: "Kafr al-Zuhur")
            caps[k] = True
    never = [t.ent_type_ in NEVER_PLACE_LABELS and t.ent_type_ != "PERSON"
             # "the town of Myawaddy on the Thai border" read as a work of art (QA round four),
             # "the southern city of Odesa" as a language (round seven)
             and not (t.ent_type_ in ("WORK_OF_ART", "EVENT", "LAW", "LANGUAGE") and _generic_before(doc, t.i) is not None)
             # "the bar association's headquarters in Tunis" read as a language (QA round nineteen):
             # a one-word "language" after a locative preposition is a place name to test
             and not (t.ent_type_ == "LANGUAGE" and t.ent_iob_ == "B" and t.i > 0
                      and doc[t.i - 1].lower_ in ("in", "at", "near", "outside") and not gaz.demonym(t.text)
                      and _sizeable(gaz, t.text)
                      and (t.i + 1 >= len(doc) or doc[t.i + 1].ent_iob_ != "I"))
             # "near Manbij" tagged a date (QA round sixteen): a lone capitalised name after a
             # locative preposition that no date word spells
             and not (t.ent_type_ == "DATE" and _not_a_date_word(doc, t))
             for t in toks_all]
    bad_punct = [t.is_punct and t.text not in ("-", ".") for t in toks_all]
    # a lower-case word inside a name is a connector ("Mazar-e Sharif", "Newcastle upon Tyne")
    inner_ok = [c or t.lower_ in _NAME_CONNECTORS for c, t in zip(caps, toks_all)]
    text = doc_text(doc)
    idx = [t.idx for t in toks_all]
    ends = [t.idx + len(t.text) for t in toks_all]
    whole: tuple[int, int] | None = None  # a rejected multi-word exact name the scan is inside
    while i < n:
        if never[i] and not taken[i] and toks_all[i].ent_type_ == "MONEY" and i + 1 < n \
                and toks_all[i + 1].lower_ in _CURRENCY_WORDS:
            # "one million US dollars", "50 Canadian dollars": the currency's country, as a demonym
            rows, how = _candidates_info(gaz, toks_all[i].text)
            cc = gaz.demonym(toks_all[i].text) or (gaz.cc(rows[0]) if how == "code" and rows
                                                   and gaz.kind[rows[0]] == COUNTRY else None)
            if cc:
                cands.append(_Cand(i, i + 1, "NORP", context="demonym", demonym_cc=cc))
                taken[i] = True
        if taken[i] or not caps[i] or never[i] or toks_all[i].is_punct:
            i += 1
            continue
        tok = toks_all[i]
        if tok.ent_type_ == "NORP" and not _norp_place_cue(doc, i) and not _norp_big_city(gaz, tok.text):
            i += 1
            continue
        if i >= 3 and toks_all[i - 1].text == "-" and toks_all[i - 3].text == "-" and toks_all[i - 2].text.islower() \
                and not any(toks_all[j].whitespace_ for j in range(i - 4 if i >= 4 else 0, i)):
            # "Barchi" of "Dasht-e-Barchi" (QA round sixteen: Barchi, Italy placed a Kabul bombing):
            # the tail of a name joined by a connector is no name alone
            i += 1
            continue
        # demonym outside NORP ("Afghan forces" when the NER missed it)
        # inside an organisation's name too when the word names no sizeable place ("the
        # Association of German Chambers": Germany, not the Manx parish named German)
        if i + 1 < n and not taken[i + 1] and tok.lower_ in _DIRECTIONS and caps[i + 1] \
                and gaz.demonym(f"{tok.text} {toks_all[i + 1].text}"):
            # "the North American Free Trade Agreement": the continent, not "American"
            cands.append(_Cand(i, i + 2, "NORP", context="demonym",
                               demonym_cc=gaz.demonym(f"{tok.text} {toks_all[i + 1].text}")))
            taken[i] = taken[i + 1] = True
            i += 2
            continue
        org_demonym = tok.ent_type_ == "ORG" and tok.ent_iob_ == "I" and bool(gaz.demonym(tok.text)) \
            and _small_namesakes(gaz, tok.text, units=True)
        if tok.ent_type_ not in ("ORG", "PERSON") or tok.ent_iob_ == "B" or org_demonym:
            # "Canadian Press": a demonym, although a town in Texas is called Canadian
            prev = doc[i - 1].lower_ if i > 0 else ""
            cc = gaz.demonym(tok.text) if prev not in LOCATIVE_PREPS or org_demonym else None
            if cc:
                cands.append(_Cand(i, i + 1, "NORP", context="demonym", demonym_cc=cc))
                taken[i] = True
                i += 1
                continue
        matched = False
        if whole is not None and i >= whole[1]:
            whole = None
        # the longest run a name may span: untaken, no other entity's words, no punctuation but
        # "-" and ".", lower-case words only as connectors
        run = 0
        while run < MAX_NAME_TOKENS and i + run < n and not taken[i + run] and not never[i + run] \
                and not bad_punct[i + run] and inner_ok[i + run]:
            run += 1
        for L in range(run, 0, -1):
            last = i + L - 1
            if not caps[last]:
                continue
            if L > 1 and toks_all[last].lower_ in GENERIC:
                continue  # the generic word is added after the match ("Helmand Provincial Council")
            if L == 1 and (tok.lower_ in _DIRECTIONS or tok.lower_ in _NOT_ALONE) \
                    and not (tok.lower_ in ("northwest", "northeast", "southwest", "southeast") and tok.is_title
                             and _generic_after(doc, i + 1) in ("admin1", "admin2")):
                # "North", "West", "Police" alone are not the places named so (but "the Northwest
                # region" of Cameroon is one: QA round eight)
                continue
            if L < run and caps[i + L] and toks_all[i + L].lower_ not in GENERIC and _generic_before(doc, i) == "city":
                continue  # "the village of Dan Ali": the whole name, not Dan in Israel (QA round six)
            if L < run and i + run < n and toks_all[i + run].lower_ in _QUARTER_WORDS and all(caps[i:i + run]) \
                    and i > 0 and toks_all[i - 1].lower_ == "the" and not _names_a_town(gaz, text[idx[i]:ends[last]]):
                # "the Park Heights area": a quarter's whole name, not Park County (QA round seven); a
                # town's own quarter keeps the town ("the St. Louis Hills area", GWN)
                continue
            if L == 1 and run > 1 and tok.lower_ in _ARABIC_NAME_HEADS \
                    and (caps[i + 1] or toks_all[i + 1].lower_ in _ARTICLES_AR):
                # "the Ain al-Hilweh camp", "near Sheikh Zuweid" (QA round twenty-four): the first word
                # of a longer Arabic name is no place alone (Ain in France, Sheikh in Somalia)
                continue
            if L == 1 and tok.lower_ in _LANDFORMS and i > 0 and caps[i - 1]:
                continue  # the end of a longer name ("Miami Valley Hospital"): no town called Valley (QA round six)
            if i > 0 and toks_all[i - 1].lower_ in _DIRECTIONS and toks_all[i - 1].is_title \
                    and (_abroad_only(gaz, doc, text[idx[i]:ends[last]]) or L == 1 and tok.lower_ in _BEARING_QUARTERS):
                # (nor a namesake at home: "the South Side" of a RICHMOND report, QA round twenty-five)
                continue  # "Chicago's West Side" (QA round four): not Side, a small town in Turkey
            ok, hint = _accept_gaz(gaz, doc, i, i + L, text[idx[i]:ends[last]], tok.ent_type_, known)
            if not ok and WHOLE_NAME and L > 1 and whole is None and tok.lower_ not in ("the", "a", "an") \
                    and _candidates_info(gaz, text[idx[i]:ends[last]])[1] == "exact":
                whole = (i, i + L)  # "North Platte", "NEW MIAMI", "Ridge Farm": too small to take alone
            if ok:
                e = i + L
                if whole is not None and whole[0] <= i and e <= whole[1] \
                        and not any(taken[j] for j in range(whole[0], whole[1])):
                    # a part of a longer name that is a place's own name: the whole name, not the
                    # bigger namesake its last word happens to be ("Platte", "MIAMI", "Ridge")
                    i, e, hint = whole[0], whole[1], None
                if _generic_after(doc, e) and e < n:
                    e += 3 if [t.lower_ for t in doc[e:e + 3]] in (_LGA_WORDS, _SUB_DISTRICT) else 1
                s0 = i + 1 if L > 1 and toks_all[i].lower_ in ("the", "a", "an") else i  # "The Torrington Fire ..."
                cands.append(_Cand(s0, e, "GAZ", hint=hint or _shared_generic_after(doc, e) or _adj_hint_after(doc, e)
                                   or _generic_before(doc, i)))
                for j in range(i, e):
                    taken[j] = True
                i = e
                matched = True
                break
        if not matched:
            unk = _unknown_unit(gaz, doc, i, taken)
            if unk is not None:
                cands.append(unk)
                for j in range(unk.start, unk.end):
                    taken[j] = True
                i = unk.end
            else:
                i += 1

    if JUNK_UNKNOWN:
        cands = [c for c in cands if not _junk_unknown(gaz, doc, c)]
    # "Georgia Street", "Virginia Ave.", "Texas Road": a street named after a place is not the place
    cands = [c for c in cands if c.dateline or not _street_after(doc, c.end, names=1)]
    # "a Marathon station on Dixie Highway", "on the Atlanta Highway" of an Athens report (QA round
    # forty-five): a road named after a town or county; a state's highway still lies in the state
    cands = [c for c in cands if c.dateline or not (
        c.end < len(doc) and doc[c.end].text.rstrip(".") in ("Highway", "Hwy")
        and not {gaz.kind[r] for r in _candidates_info(gaz, doc[c.start:c.end].text)[0]} & {COUNTRY, ADMIN1})]
    # "Fano militiamen", "A Fano spokesman", "40 Fano fighters" (QA round twenty-seven: Fano, Italy): a
    # group the actor registry names, told before its members' noun, is no place
    cands = [c for c in cands if c.dateline or not (c.end < len(doc) and doc[c.end].lower_ in _MEMBER_NOUNS
                                                    and _armed_group_name(doc[c.start:c.end].text))]
    # "the hallmarks of the Barisan Revolusi Nasional (BRN) ... talks between the BRN and the Thai
    # government" (QA, sixteenth session: Brunei's code): an acronym the report defines after a name
    # that is no place is that name's, wherever it recurs
    defined = _defined_acronyms(gaz, doc)
    cands = [c for c in cands if c.dateline or doc[c.start:c.end].text not in defined]
    # "The Islamic State in Khorasan Province claimed the bombing" (QA, sixteenth session): a place the
    # registry's group name ends in, after its "in", names the group
    cands = [c for c in cands if c.dateline or not _in_group_name(doc, c)]
    # "The state news agency SANA said ..." (QA, eighteenth session): a news outlet's name, no place
    cands = [c for c in cands if c.dateline or not (c.start > 0 and doc[c.start - 1].lower_ in _OUTLET_NOUNS
                                                    and c.end - c.start == 1 and doc[c.start].is_upper)]
    # "surrendering to SWAT officers" (QA round twenty-seven: Swat, Pakistan): a capitalised acronym
    # before a unit's noun names a squad, not a place
    cands = [c for c in cands if c.dateline or not (
        c.end - c.start == 1 and len(doc[c.start]) > 2 and doc[c.start].text.isupper() and c.end < len(doc)
        and doc[c.end].lower_ in _SQUAD_NOUNS)]
    # "the Little Village neighborhood" of Chicago (QA round sixteen: read as Lytle, Texas, by the
    # spelling of "Little"): a quarter's name matched only loosely is no town of that name
    cands = [c for c in cands if c.dateline or not _loose_quarter(gaz, doc, c)]
    # "in the Hickory Hill area" of a Memphis report (QA round twenty): the quarter's tail word is
    # part of the name before it (read as "Hickory Hill"), not a place called Hill of its own
    # "missiles into the sea off its east coast" (QA round twenty): a name in lower case after a
    # possessive is its owner's coast or border, not the region of that name (the US East Coast)
    cands = [c for c in cands if c.dateline or not (c.start > 0 and doc[c.start - 1].lower_ in ("its", "their", "his", "her", "our")
                                                    and all(x.is_lower for x in doc[c.start:c.end]))]
    ends = {c.end for c in cands}
    cands = [c for c in cands if not (c.end - c.start == 1 and c.start in ends and doc[c.start].lower_ in _QUARTER_TAILS
                                      and doc[c.start].is_title and doc[c.start].ent_iob_ == "I")]
    if FEATURE_AFTER_TOWN:
        # "Sacramento River", "Griffith Park", "Boston Harbor": a natural feature or park named after
        # a town is not the town (a unit's stays: "Swat Valley", "Helmand River" name the district)
        cands = [c for c in cands if c.dateline or c.context == "demonym" or not _feature_after_town(gaz, doc, c)]
    cands = [c for c in cands if c.dateline or c.context == "demonym" or not _building_after_village(gaz, doc, c)]
    # "rallied in Bamako's Independence Square" (QA, sixteenth session: Independence, Missouri): a name
    # the model cut off its square's word names the square, not a town
    cands = [c for c in cands if c.dateline or not (c.end < len(doc) and doc[c.end].text in _LANDMARK_WORDS
                                                    and c.start > 0 and doc[c.start - 1].lower_ in ("'s", "\u2019s"))]
    for c in cands:
        if not c.dateline and c.context == "body" and _institution_name(doc, c):
            c.context = "institution"
        elif not c.dateline and c.context == "body" and _route_end(doc, c):
            c.context = "route"
        elif not c.dateline and c.context == "body" and _warned_place(doc, c):
            c.context = "warning"
    # "inside Camp 15 in Ukhiya" (QA round twenty-five): a numbered camp or block, not Camp County
    cands = [c for c in cands if not (c.end - c.start == 1 and doc[c.start].lower_ in _NUMBERED_SITES
                                      and c.end < len(doc) and doc[c.end].like_num)]
    cands.sort(key=lambda c: c.start)
    _link_containers(doc, cands)
    for c in cands:
        if c.context == "body":
            c.context = _context(doc, c, gaz)
        c.local = _local_cue(doc, c)
    return cands


# words after a town's name that make it a municipality a local paper writes about ("a Paris man",
# "Dublin City Council", "Athens Police Department", "Mansfield residents", "Jordan High School")
_LOCAL_NEXT = {"man", "men", "woman", "women", "resident", "residents", "couple", "teen", "teenager",
               "teens", "boy", "girl", "family", "native", "natives", "police", "policeman", "policemen",
               "firefighters", "firemen", "fire", "mayor", "council", "city", "town", "township", "village",
               "school", "schools", "high", "elementary", "middle", "library", "elks", "rotary", "kiwanis",
               "chamber", "junior", "area", "borough"}
# a municipality's possessions: "Dublin's city manager", "Dublin's boards and commissions"
_LOCAL_POSS = {"city", "town", "mayor", "council", "police", "boards", "board", "schools", "school", "residents",
               "downtown", "village", "borough"}


# words after a name that a country's name does not take ("a Jordan man" is from Jordan,
# Minnesota; a Jordanian is "a Jordanian man"): the country reading is levelled too
_MUNICIPAL_ONLY = {"man", "men", "woman", "women", "resident", "residents", "high", "middle", "elementary",
                   "school", "schools", "city", "town", "township", "village", "borough", "mayor", "library",
                   "junior"}


def _local_cue(doc: Doc, c: _Cand) -> int:
    """Is the place written as a municipality ("a Paris man", "the City of Oxford")? Such a name is
    the paper's own town more often than the famous namesake (LGL: Paris TN, Dublin OH, Athens TX);
    the resolver then lets the report's country, not the namesake's size, decide."""
    if c.label in ("NORP", "DATELINE") or c.hint in ("admin1", "admin2"):
        return 0
    e = c.end
    if e < len(doc):
        w = doc[e].lower_
        if w in _LOCAL_NEXT and doc[e].pos_ in ("NOUN", "PROPN", "ADJ"):
            return 2 if w in _MUNICIPAL_ONLY else 1
        if w in ("'s", "’s") and e + 1 < len(doc) and doc[e + 1].lower_ in _LOCAL_POSS:
            return True
    if c.start >= 2 and doc[c.start - 1].lower_ == "of" and doc[c.start - 2].lower_ in ("city", "town", "village",
                                                                                         "borough", "township"):
        return True
    return False


def _norp_big_city(gaz: Gazetteer, text: str) -> bool:
    """A word the model calls a people's that is no demonym but a big city's exact name
    ("shelling of Omdurman", QA round twenty-three; see NORP_CITY_MIN_POP)."""
    if gaz.demonym(text):
        return False
    rows, how = _candidates_info(gaz, text)
    return how == "exact" and any(gaz.kind[r] == PLACE and gaz.pop[r] >= NORP_CITY_MIN_POP for r in rows)


def _norp_place_cue(doc: Doc, i: int) -> bool:
    """A word the model calls a nationality/group that a unit word follows ("Herat province")
    or a locative preposition precedes: the scan may read it as a place."""
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type_ == "NORP":
        end += 1
    return bool(_generic_after_adj(doc, end)) or (i > 0 and doc[i - 1].lower_ in _STRONG_PREPS
                                                   and doc[i - 1].pos_ == "ADP") \
        or (i > 0 and doc[i - 1].lower_ in ("to", "from") and doc[i - 1].dep_ == "prep"
            and doc[i - 1].head.lemma_.lower() in _MOTION_VERBS) \
        or (end < len(doc) and doc[end].lower_ in _NORP_TOWN_CUES) \
        or (i > 1 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in _NORP_UNIT_BEFORE) \
        or (HYPHEN_CUES and end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
            and doc[end + 1].lower_ in ("based", "born"))  # "a Lahore-based charity"


# verbs whose "to X" / "from X" is a place ("deployed troops to Kidal", "fled from Kidal")
_MOTION_VERBS = frozenset({"deploy", "send", "dispatch", "move", "flee", "travel", "return", "head", "march",
                           "rush", "transfer", "evacuate", "relocate", "advance", "airlift", "fly", "drive",
                           "withdraw", "retreat", "redeploy", "displace"})

# words after a name that only a place's name takes ("the Sochi mayoral election", "Alexandria
# police"): a name the model calls a group is read as a place before them (a nationality is not)
# "the town of Chilapa" (QA round sixteen: the model called it a nationality): a settlement word
# and "of" before a name make it a place
# ("the western state of Michoacan", QA round twenty)
_NORP_UNIT_BEFORE = {"town", "city", "village", "hamlet", "municipality", "district", "province", "region", "state",
                     "county", "governorate", "department", "prefecture", "territory", "commune"}
# ("the Omdurman headquarters of the state broadcaster": QA round eighteen)
_NORP_TOWN_CUES = {"mayoral", "mayor", "police", "city", "county", "residents", "firefighters", "council",
                   "headquarters"}


# prepositions that make a following name a place on their own ("of", "to", "on" do not:
# "the principle of Arab solidarity")
_STRONG_PREPS = {"in", "at", "near", "outside", "inside", "across", "around", "into", "towards", "toward",
                 "through", "throughout", "within"}


# unit words after a name we cannot resolve that still make it a place ("the Zorbat Khel tribal
# district"); "area" and "town" too ("the Gulran Bala area of Herat")
_UNKNOWN_UNIT_WORDS = {"district", "province", "region", "county", "governorate", "area", "village", "town",
                       "municipality", "subdistrict", "locality", "neighbourhood", "neighborhood", "suburb",
                       "state", "oblast", "raion", "prefecture", "department", "commune", "tehsil", "woreda", "upazila"}
MAX_UNKNOWN_TOKENS = 4  # "Zorbat Khel", "Qarabagh Kalan", "Dera Ismail Khan": unit names are short


def _actor_noun(word: str) -> bool:
    """A common noun for people who act ("gunmen", "soldiers", "villagers"): the actor registry's
    class heads."""
    from .registry import get_registry

    return word.lower() in get_registry().heads


def _named_group(text: str) -> bool:
    """A name the actor registry knows as a named (non-state) group ("M23", "Hamas", "ISWAP")."""
    from .registry import get_registry

    try:
        a = get_registry().lookup(text)
    except DatelineError as exc:  # a broken user registry (E008): no group is known
        log.warning("actor registry unavailable: %s", exc)
        return False
    return a is not None and a.origin != "generated" and not a.is_state


def _junk_unknown(gaz: Gazetteer, doc: Doc, c: _Cand) -> bool:
    """A name the gazetteer lacks that is no place name by its form: a lower-case word the model
    tagged ("meth", "veranda"), a mixed-case acronym ("MoD", "UConn", "IoTX"), or the surname of a
    person the report names in full ("Saakashvili" after "Mikheil Saakashvili"). A name written
    with a kind word ("Torkula village", "Flat Creek") and the dateline are kept."""
    if c.dateline or c.context == "demonym":
        return False
    if c.end - c.start == 1 and (doc[c.start].like_num or doc[c.start].pos_ == "NUM"):
        return True  # "CHICAGO - One man was shot" (QA round twenty-two): a number opening a sentence
    if c.label in ("NORP", "DATELINE", "UNK"):
        return False
    lo = c.start
    while lo > 0 and c.start - lo < 4 and doc[lo - 1].text[:1].isupper() and not doc[lo - 1].is_sent_start:
        lo -= 1
        if _named_group(doc[lo:c.end].text):
            return True  # "Islamic State West Africa Province": the end of a group's name (QA round five)
    if c.hint:
        return False
    span = doc[c.start:c.end]
    if len(span) > 1 and span[-1].text in _STREET_WORDS:
        return True  # "near North 35th Street and West Center Street" (QA round nineteen): a street
    if span[-1].lower_ in _LANDFORMS or span[-1].lower_ in GENERIC or _resolvable(gaz, span.text):
        return False
    first = span[0].text
    if first[:1].islower():
        return True
    if len(span) == 1 and _actor_noun(first):
        return True  # "Gunmen raided ...": a sentence's first word the model took for a place
    if _named_group(span.text):
        return True  # "M23 rebels", "Hamas" tagged GPE: an armed group the actor registry knows (QA round four)

    if len(span) == 1 and any(ch.isupper() for ch in first[1:]) and any(ch.islower() for ch in first[1:]):
        return True  # "MoD", "UConn": not "McAllen" (lower case after the inner capital only in Mc/Mac)
    if len(span) == 1:
        for ent in doc.ents:
            if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == first and ent.start != c.start:
                return True
    return False


def _name_end(gaz: Gazetteer, doc: Doc, i: int, taken: list[bool], skip_ents: tuple[str, ...] = ()) -> int:
    """Where a capitalised name opening at ``i`` ends: "Maarat al-Numan", "Dar es Salaam", particles and
    hyphens inside it (no demonym, no generic word, no word of ``skip_ents``)."""
    e = i
    while e < len(doc) and e - i < MAX_UNKNOWN_TOKENS + 2 and not taken[e] and (
            (_is_cap(doc[e]) and doc[e].is_alpha and doc[e].ent_type_ not in skip_ents
             and not gaz.demonym(doc[e].text) and doc[e].lower_ not in GENERIC)
            or (e > i and (doc[e].lower_ in _NAME_PARTICLES or doc[e].text == "-") and e + 1 < len(doc)
                and (_is_cap(doc[e + 1]) or doc[e + 1].text == "-"))):
        e += 1
    return e


def _unknown_unit(gaz: Gazetteer, doc: Doc, i: int, taken: list[bool]) -> _Cand | None:
    """A capitalised name the gazetteer lacks, written as a unit after a locative preposition:
    "in the remote Zorbat Khel tribal district", "in Qarabagh Kalan district". It becomes an
    unresolved place (raw text kept), so the event's place is the name the text gives, never the
    dateline (issue 4 QA). Anything else unknown stays unrecognised."""
    kind = _named_after_kind(doc, i)
    if kind is not None and _is_cap(doc[i]):
        e = _name_end(gaz, doc, i, taken, ("NORP", "DATE", "TIME"))
        if e > i:
            return _Cand(i, e, "UNK", hint=_kind_word(kind))
    if i >= 1 and doc[i - 1].lower_ in LOCATIVE_PREPS and _is_cap(doc[i]) \
            and doc[i].ent_type_ not in ("NORP", "DATE", "TIME"):
        # "found on Tuesday in Wad al-Noura, a village in Gezira state" (QA round twenty-six): the name
        # its apposition calls a village or town is a place the gazetteer may lack
        e = _name_end(gaz, doc, i, taken)
        if e > i and e + 2 < len(doc) and doc[e].text == "," and doc[e + 1].lower_ in ("a", "an", "the") \
                and doc[e + 2].lower_ in _KIND_OF_WORDS:
            return _Cand(i, e, "UNK", hint=_kind_word(doc[e + 2].lower_))
    if i >= 2 and doc[i - 1].lower_ == "nearby" and doc[i - 2].lower_ in LOCATIVE_PREPS and _is_cap(doc[i]) \
            and doc[i].ent_type_ not in ("PERSON", "NORP", "DATE", "TIME"):
        # "Seven people were killed hours later in nearby Yargoje" (QA round six): a town by its name
        e = i
        while e < len(doc) and e - i < MAX_UNKNOWN_TOKENS and _is_cap(doc[e]) and doc[e].is_alpha and not taken[e] \
                and doc[e].lower_ not in GENERIC and not gaz.demonym(doc[e].text):
            e += 1
        if e > i:
            return _Cand(i, e, "UNK", hint="city")
    # the left edge: a locative preposition, then "the" and lower-case adjectives at most
    j = i - 1
    while j >= 0 and (doc[j].lower_ in ("the", "a") or (doc[j].pos_ == "ADJ" and doc[j].text.islower())
                      or doc[j].lower_ in _DIRECTIONS):
        j -= 1
    if j < 0 or j == i - 1 - 4 or doc[j].lower_ not in LOCATIVE_PREPS or doc[j].pos_ != "ADP":
        return None
    e = i
    while e < len(doc) and e - i < MAX_UNKNOWN_TOKENS and _is_cap(doc[e]) and doc[e].is_alpha and not taken[e] \
            and not (doc[e].ent_type_ in NEVER_PLACE_LABELS and doc[e].ent_type_ != "PERSON") \
            and doc[e].ent_type_ != "ORG" and not gaz.demonym(doc[e].text) and doc[e].lower_ not in GENERIC:
        e += 1
    if e == i or e >= len(doc):
        return None
    g = e
    if doc[g].pos_ == "ADJ" and doc[g].text.islower() and g + 1 < len(doc):
        g += 1  # "tribal"
    if not (doc[g].text.islower() and doc[g].lower_ in _UNKNOWN_UNIT_WORDS):
        return None
    hint = _generic_after(doc, g) if g == e else None
    hint = hint or _kind_word(doc[g].lower_)  # "admin1", "admin2", "city" or None
    end = g + 1 if g == e else e  # the unit word stays with the name when it follows it directly
    return _Cand(i, end, "UNK", hint=hint)


# kind words that name the place after "of" ("near the town of Boni", "the village of Kwall"):
# a name so introduced is a place even when the model reads it as a person or an organisation
_KIND_OF_WORDS = {"town", "village", "city", "hamlet", "settlement", "locality", "commune", "district",
                  "province", "region", "municipality", "governorate", "county", "township", "borough",
                  # ("the Yemeni port of Mokha", QA round thirty-nine)
                  "port", "island", "oblast", "prefecture"}


_NAME_PARTICLES = {"al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ul", "bin", "ibn", "de", "del", "di", "da",
                   "es", "la", "le", "van", "von"}


def _named_after_kind(doc: Doc, i: int) -> str | None:
    """The kind word of "(in/near) the town of <i>", else None."""
    if i < 3 or doc[i - 1].lower_ != "of" or doc[i - 2].lower_ not in _KIND_OF_WORDS \
            or not doc[i - 2].text.islower():
        return None
    j = i - 3
    while j >= max(0, i - 7) and doc[j].lower_ not in ("the", "a") and (
            doc[j].text == "-" or (doc[j].text.islower() and doc[j].pos_ in ("ADJ", "VERB", "NOUN", "ADV"))
            or (doc[j].ent_type_ == "NORP" and doc[j].is_title)):
        j -= 1  # "the small town of", "the rebel-held town of", "the northern Nigerian town of" (QA round seven)
    return doc[i - 2].lower_ if j >= 0 and doc[j].lower_ in ("the", "a") else None


def _kind_word(w: str) -> str | None:
    if w in GENERIC_ADMIN1:
        return "admin1"
    if w in GENERIC_ADMIN2:
        return "admin2"
    if w in GENERIC_CITY or w in ("locality", "neighbourhood", "neighborhood", "suburb"):
        return "city"
    return None


def _find_text(doc: Doc, text: str, start: int, end: int) -> Span | None:
    hay = doc_text(doc)[start:end].lower()
    k = hay.find(text.strip().lower())
    if k < 0:
        return None
    a = start + k
    return doc.char_span(a, a + len(text.strip()), alignment_mode="expand")


_CAMP_KINDS = frozenset({"refugee", "refugees", "displacement", "idp", "displaced", "transit"})


def _camp_after(doc: Doc, end: int) -> bool:
    """"X camp", "X refugee camp", "X displacement camp" follow the name."""
    k = end
    if k < len(doc) and doc[k].lower_ in _CAMP_KINDS:
        k += 1
    return k < len(doc) and doc[k].lower_ in ("camp", "camps")


_SUBURB_OF = ("suburb of", "suburbs of", "outskirts of")
# "X in the southern state of Y", "X in the province of Y": Y is the unit X lies in
_UNIT_OF_BETWEEN = re.compile(r"^,? ?in the (?:(?:far )?(?:north|south|east|west|central|north-?east|north-?west|"
                              r"south-?east|south-?west)(?:ern)? )?(?:state|province|region|department|district|"
                              r"county|governorate|prefecture) of$")


def _link_containers(doc: Doc, cands: list[_Cand]) -> None:
    """"X, Y" / "X in Y" / "X district of Y" / "X (Y)": Y contains X."""
    for a, b in zip(range(len(cands)), range(1, len(cands))):
        ca, cb = cands[a], cands[b]
        if ca.context == "demonym" or cb.context == "demonym":
            continue
        between = doc[ca.end:cb.start]
        words = [t.lower_ for t in between]
        if _UNIT_OF_BETWEEN.match(" ".join(words)):
            # "the town of Chilapa in the southern state of Guerrero" (QA round twenty-one)
            ca.container = b
            continue
        if len(words) > 4:
            continue
        joined = " ".join(words)
        if joined in _SUBURB_OF:
            # "the Paris suburb of Nanterre" (QA round nineteen): the town named after the kind word
            # is the suburb, inside the city named before it
            cb.container = a
            continue
        if joined in (", the capital of", ", capital of", ", the provincial capital of", ", the state capital of",
                      ", a town in", ", a village in", ", a city in", ", a district of", ", a town of"):
            ca.container = b  # "Nyala, the capital of South Darfur" (QA round twenty-six)
            continue
        if joined in (",", "(", "in", ", in", "of", "in the", "of the", "in the province of",
                      "province of", "district of", "in the district of", ", a district of",
                      "district in", "district of the", "province in", "in northern", "in southern",
                      "in eastern", "in western", "in central", "in northern of", "county ,", ", in the"):
            ca.container = b
        elif words and words[0] in GENERIC and len(words) <= 3 and words[-1] in ("of", "in"):
            ca.container = b
        elif words in (["'s"], ["\u2019s"]) and cb.end - cb.start >= 1 and (
                cb.hint in ("admin1", "admin2", "city") or (cb.end < len(doc) and doc[cb.end].lower_ in GENERIC)):
            # "Baghlan province's Dahana-i-Ghori district" (QA round seven): the owner contains the unit
            cb.container = a
        elif len(words) == 2 and words[0] in ("'s", "\u2019s") and between[1].is_title and cb.end < len(doc) \
                and doc[cb.end].lower_ in GENERIC:
            # "North Waziristan's Mir Ali area" (QA round twenty-five): the name's first word not
            # taken with it, the owner still contains the unit
            cb.container = a
        if ca.container == b and b + 1 < len(cands) and cb.end < len(doc) and doc[cb.end].lower_ in ("'s", "\u2019s") \
                and cands[b + 1].start == cb.end + 1:
            # "the town of Pont-Sonde in Haiti's Artibonite department" (QA round five): the unit
            # the country owns is the container
            ca.container = b + 1


def _title_chain_after(doc: Doc, tok_end: int) -> bool:
    """Words right after the place form a person's title ("Provincial Council member", "police chief"),
    or name a body a person is a title of ("a member of the Baghlan provincial council")."""
    j = tok_end
    seen = 0
    while j < len(doc) and seen < 5:
        w = doc[j].lower_
        if w in TITLE_NOUNS:
            return True
        if w in ORG_CHAIN or (doc[j].pos_ in ("PROPN", "NOUN", "ADJ") and doc[j].dep_ in ("compound", "amod")):
            j += 1
            seen += 1
            continue
        break
    if seen:
        last = doc[j - 1]
        if last.lower_ in ORG_CHAIN and last.dep_ == "pobj" and last.head.lower_ in ("of", "for") \
                and last.head.head.lower_ in TITLE_NOUNS:
            return True
    return False


_UNIT_NAME_WORDS = frozenset({"rifles", "regiment", "brigade", "battalion", "division", "corps", "scouts",
                              "constabulary", "fusiliers", "lancers", "dragoons", "hussars"})


# bodies that speak in news reports, named after the place they serve
_SPEAKING_BODIES = frozenset({"patrol", "police", "department", "office", "ministry", "agency", "service",
                              "bureau", "commission", "council", "authority", "sheriff", "examiner", "coroner"})


# what a place's name before a hyphen makes of a group: the side it is on ("Iran-backed")
_SIDE_WORDS = frozenset({"backed", "aligned", "allied", "linked", "funded", "sponsored", "supported", "affiliated",
                         "armed", "trained", "led"})
# officers named after the county they serve ("the Lake County coroner said")
_COUNTY_OFFICERS = frozenset({"coroner", "sheriff", "examiner", "prosecutor", "attorney", "medic", "medics"})


# what is done to a journalist who is then no one reporting from the place
_HARMED_VERBS = frozenset({"arrest", "detain", "kill", "shoot", "attack", "beat", "abduct", "kidnap", "injure",
                           "wound", "assault", "harass", "threaten", "expel", "deport", "hold", "jail", "murder"})


def _office_town(t: Token) -> bool:
    """``t`` names the place of a title: "the mayor of Chilpancingo", "the governor of Helmand"."""
    return t.dep_ == "pobj" and t.head.lower_ in ("of", "for") and t.head.head.lower_ in TITLE_NOUNS


_OFFICE_TITLES = frozenset({"Examiner", "Coroner", "Prosecutor", "Commissioner"})
_TAKEN_TO = frozenset({"airlift", "evacuate", "fly", "rush", "transfer", "transport", "medevac", "helicopter"})
_AGENCY_HEADS = frozenset({"Bureau", "Department", "Division", "Office", "Agency", "Highway", "State"})
_MINISTRY_WORDS = frozenset({"ministry", "ministries", "minister"})  # (not "the department of Antioquia")


def _context(doc: Doc, c: _Cand, gaz: Gazetteer) -> str:
    span = doc[c.start:c.end]
    root = span.root
    # "Helmand Provincial Council member X", "Kunduz police spokesman"
    if _title_chain_after(doc, c.end):
        return "job_title"
    # "the paramilitary Assam Rifles" in Manipur, "the Punjab Regiment" (QA round six): a unit's name
    if c.end < len(doc) and doc[c.end].lower_ in _UNIT_NAME_WORDS and doc[c.end].text[:1].isupper():
        return "job_title"
    # "The Summit County Medical Examiner has identified the woman" (QA round forty-three): an office's
    # name, no place of the event
    for k in range(c.end, min(c.end + 3, len(doc))):
        if not doc[k].text[:1].isupper():
            break
        if doc[k].text in _OFFICE_TITLES:
            return "job_title"
    # "as Tanya Brooks, 44, of Barberton" (QA round forty-three): where a person lives, told after the name
    # or the age, is no place of the event
    if c.start >= 3 and doc[c.start - 1].lower_ == "of" and doc[c.start - 2].text == "," and (
            doc[c.start - 3].like_num or doc[c.start - 3].ent_type_ == "PERSON"):
        return "reporting"
    # "Two other officers were wounded and airlifted to Nairobi" (QA round forty-three): where the hurt were
    # taken, no place of the event
    if c.start >= 2 and doc[c.start - 1].lower_ == "to" and doc[c.start - 2].lemma_.lower() in _TAKEN_TO:
        return "reporting"
    # "at around 1 a.m. Thursday local time, or 6 p.m. Wednesday in Washington" (QA round forty-one):
    # the clock of another place, no place of the event
    if c.start >= 3 and doc[c.start - 1].lower_ == "in" and re.search(
            r"(?i)\b\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?\s+(?:\w+day\s+)?$",
            doc_text(doc)[max(0, doc[c.start - 1].idx - 30):doc[c.start - 1].idx]):
        return "reporting"
    # "The Georgia Bureau of Investigation is reviewing the shooting" (QA round forty): a state's
    # agency, no place of the event
    if c.end + 1 < len(doc) and doc[c.end].text in _AGENCY_HEADS and doc[c.end + 1].text in ("of", "Patrol", "Police"):
        return "job_title"
    # "outside the Ministry of Urban Development in central Kabul" (QA round twenty-five): a word of
    # a ministry's name is no place the event is at
    if c.start >= 2 and doc[c.start - 1].lower_ == "of" and doc[c.start - 2].lower_ in _MINISTRY_WORDS:
        return "job_title"
    # "according to a Norway-based rights group" (QA round twenty-five): where a body sits or
    # someone was born tells of them, not where anything happened
    hyphened = doc[c.end + 1].lower_ if c.end + 1 < len(doc) and doc[c.end].text == "-" \
        and not doc[c.end - 1].whitespace_ else None
    if hyphened in ("based", "born", "headquartered"):
        return "reporting"
    # "Gunmen from an Israel-backed militia", "Iran-aligned militias" (QA round twenty-seven): whose
    # side a group is on, no place anything happened
    if hyphened in _SIDE_WORDS:
        return "demonym"
    # "Helmand's governor"
    if c.end < len(doc) and doc[c.end].text in ("'s", "’s") and c.end + 1 < len(doc) and \
            doc[c.end + 1].lower_ in TITLE_NOUNS:
        return "job_title"
    head = root.head
    # "the governor of Helmand", "a spokesman for the Kunduz governor" (not "the governor of
    # Baghlan province, where the attack took place": QA round eight)
    if root.dep_ == "pobj" and head.lower_ in ("of", "for") and head.head.lower_ in TITLE_NOUNS \
            and not any(c.dep_ == "relcl" and any(w.lower_ == "where" for w in c.children) for c in root.children):
        return "job_title"
    # "the mayor of Chilpancingo, the capital of Guerrero state" (QA round twenty-one): what the
    # title's town is told to be belongs to the title too
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ == "appos" \
            and head.head.lemma_.lower() in ("capital", "city", "town", "seat") and (
                _office_town(head.head.head) or head.head.head.lower_ in TITLE_NOUNS and any(
                    c.dep_ == "prep" and c.lower_ == "of" and any(_office_town(o) for o in c.children)
                    for c in head.head.head.children)):
        return "job_title"
    # "told reporters in Washington", "speaking in Doha"
    if root.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("in", "from", "at"):
        gov = head.head
        # (not a journalist something was done to: "police arrested a journalist in Addis Ababa",
        # QA round twenty-one)
        done_to = gov.dep_ in ("dobj", "nsubjpass") and gov.head.lemma_.lower() in _HARMED_VERBS
        if gov.lemma_.lower() in REPORTING_WORDS and not done_to:
            return "reporting"
        if gov.dep_ in ("dobj", "pobj", "nsubj") and gov.lemma_.lower() in ("reporter", "journalist", "medium") \
                and not done_to:
            return "reporting"
    # "the Tennessee Highway Patrol said" (QA round eight): the place opens the name of the body
    # that speaks, which tells where its authority runs, not where anything happened
    if root.dep_ == "compound" and not c.dateline:
        h = head
        for _ in range(5):
            # ("the Milwaukee County Medical Examiner's Office said": through the possessive too,
            # QA round sixteen)
            if h.dep_ not in ("compound", "poss") or h.head.i == h.i:
                break
            h = h.head
        if h.dep_ == "nsubj" and h.head.lemma_.lower() in SAY_VERBS and h.i > root.i \
                and (h.ent_type_ == "ORG" or h.lemma_.lower() in _SPEAKING_BODIES) \
                and all(doc[j].text[:1].isupper() or doc[j].text in ("'s", "’s") for j in range(c.end, h.i + 1)):
            return "job_title"
        if h.lemma_.lower() in _COUNTY_OFFICERS and h.i == c.end and (
                # (or does an officer's work: "the Lake County coroner ruled the death a homicide", QA,
                # sixteenth session)
                h.dep_ == "nsubj" and (h.head.lemma_.lower() in SAY_VERBS or h.head.pos_ == "VERB")
                or h.dep_ == "pobj" and h.head.lower_ in ("to", "by")
                and h.head.head.lower_ in ("according", "identified")):
            # "later died, according to the Lake County coroner" of a GARY, Ind. report (QA round
            # twenty-five): the county an officer serves, not where it happened
            return "job_title"
    # "US forces", "US officials": a country name used as a nationality
    if root.dep_ in ("compound", "amod", "nmod", "poss") and head.lower_ in ACTOR_NOUNS:
        rows, _h, _how = gaz.candidates(span.text, allow_loose=False)
        if rows and gaz.kind[rows[0]] == COUNTRY and all(gaz.kind[r] == COUNTRY for r in rows[:1]):
            c.demonym_cc = gaz.cc(rows[0])
            return "demonym"
    return "body"


# ----------------------------------------------------------------------------------------------
# resolution and the stage
# ----------------------------------------------------------------------------------------------

# a region (a continent, a sea, Darfur) is as coarse as a country for ACLED and UCDP
_ACLED_PREC = {"populated place": 1, "admin2": 2, "admin1": 3, "country": 3, "region": 3, "other": 2}
_UCDP_PREC = {"populated place": 1, "admin2": 3, "admin1": 4, "country": 6, "region": 6, "other": 2}


def country_name(code: str | None, gaz: Gazetteer | None = None) -> str | None:
    """One name per country, as ACLED writes it and as fusion names a record's country ("Turkey",
    "Democratic Republic of Congo", "Russia"): the actor registry's country list
    (:meth:`dateline.nlp.registry.Registry.country_name`), else the gazetteer's (GeoNames) name."""
    if not code:
        return None
    name = None
    try:
        from .registry import get_registry

        name = get_registry().country_name(code)
    except DatelineError as exc:  # a broken user registry (E008): GeoNames' names
        log.warning("actor registry unavailable for country names: %s", exc)
    return name or (gaz or get_gazetteer()).country_name(code)


# words that open a region's own name ("Lower Shabelle", "Upper Nile", "Middle Juba"), unlike
# "North"/"Southern" which often only say where in a place ("North Texas")
_NAME_QUALIFIERS = {"lower", "upper", "middle"}
# a compass word that ends a name is part of it ("Philippi East", a Cape Town township; "Kampala
# Central"): the rest of the name found only abroad is not the place (QA round eighteen)
_TAIL_COMPASS = {"east", "west", "north", "south", "central"}


# a US legislator's party and home town: "(D-Iowa City)", "(R-Texas)"
_PARTY_PREFIX = re.compile(r"^[DRI]\s*-\s*(?=[A-Z])")


_ERA_WORDS = {"BC", "AD", "BCE", "CE"}
_CURRENCY_WORDS = {"dollar", "dollars", "pound", "pounds", "euro", "euros", "peso", "pesos", "rupee", "rupees",
                   "yen", "yuan", "franc", "francs", "shilling", "shillings", "rand", "naira", "dinar", "dinars"}


def _era(doc: Doc, c: _Cand) -> bool:
    """"500 B.C.", "AD 70": an era, not British Columbia."""
    if doc[c.start:c.end].text.replace(".", "").upper() not in _ERA_WORDS:
        return False
    return (c.start > 0 and doc[c.start - 1].like_num) or (c.end < len(doc) and doc[c.end].like_num)


_GOVERNOR_WORDS = {"governor", "governors", "gubernatorial", "governorship"}


def _governor_hint(doc: Doc, start: int, end: int) -> str | None:
    """A province or state has a governor, a town a mayor: "the Kandahar governor", "Helmand's
    governor", "the governor of Kunduz" read the name as an admin1 (a soft hint: dropped when no
    candidate is a unit)."""
    if not GOVERNOR_HINT:
        return None
    j = end + 1 if end < len(doc) and doc[end].text in ("'s", "’s") else end
    if j < len(doc) and doc[j].lower_ in _GOVERNOR_WORDS:
        return "admin1"
    if start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in _GOVERNOR_WORDS:
        return "admin1"
    return None


def _peer_level(doc: Doc, gaz: Gazetteer, cands: list[_Cand], qidx: dict[int, int], queries: list[Query],
                res: list[Resolution]) -> None:
    """A town reading of a name coordinated with first-level units of its country becomes that
    country's unit of the same name, when the name has one among its candidates."""
    root_of = {doc[c.end - 1].i: i for i, c in enumerate(cands) if i in qidx}
    for i, c in enumerate(cands):
        if i not in qidx:
            continue
        q, r = queries[qidx[i]], res[qidx[i]]
        if r.row is None or gaz.kind[r.row] != PLACE or q.kind_hint == "city" or q.local or c.dateline \
                or c.container is not None or q.container is not None:
            continue  # ("Washington, D.C.": the name says which it is)
        root = doc[c.end - 1]
        peers = [root_of[t.i] for t in root.conjuncts if t.i in root_of and root_of[t.i] != i]
        if not peers:
            continue
        rows = [res[qidx[j]] for j in peers]
        cc = gaz.cc(r.row)
        if not all(p.row is not None and gaz.kind[p.row] == ADMIN1 and gaz.cc(p.row) == cc
                   and p.score >= PEER_MIN_SCORE for p in rows):
            continue
        unit = [k for k in r.candidates if gaz.kind[k] == ADMIN1 and gaz.cc(k) == cc]
        if len(unit) == 1 and (gaz.place(r.row).admin1 != gaz.names[unit[0]] or len(peers) >= PEER_LIST_MIN):
            # (a city inside the unit named after it, "Beirut and Mount Lebanon", "the West Bank and
            # Gaza", stays the city: LGL files those under the city; in a longer list of units,
            # "Tamil Nadu, Kerala, Karnataka and Puducherry", it is the unit too)
            res[qidx[i]] = Resolution(unit[0], r.score, r.how, r.candidates,
                                      "listed with first-level units of its country: the unit of that name")


# words after a name that make it a part of a town ("the Dariapur area", "Shahpur locality")
_QUARTER_WORDS = frozenset({"area", "locality", "colony", "neighbourhood", "neighborhood", "quarter", "mohalla",
                            "suburb", "sector"})
_NEIGHBOURHOOD_WORDS = frozenset({"neighborhood", "neighbourhood"})
_AREA_WORDS = _NEIGHBOURHOOD_WORDS | {"area", "section", "district"}


def _area_of_town(doc: Doc, c, town: str) -> bool:
    """"the Mason Square area of Springfield": the area is told to be the town's."""
    k = next((j for j in range(c.end, min(c.end + 3, len(doc))) if doc[j].lower_ in _AREA_WORDS), None)
    return k is not None and k + 2 < len(doc) and doc[k + 1].lower_ == "of" and doc[k + 2].text.lower() == town.lower()


# a dateline town this big: a stray name in its report is one of its quarters (a city's local news
# names its neighbourhoods; a small town's report, villages around it)
STRAY_CITY_POP = 100_000
QUARTER_FAR_KM = 150.0  # further than this from the dateline's town: not the quarter's namesake
QUARTER_MAX_POP = 50_000  # a namesake this big is a town the reporter could mean
# a name told as a "neighborhood" with a namesake this near the dateline's town is that one (QA
# round twenty-three: Glenville, 8 km from Cleveland, not Glenville, N.Y.)
NEIGHBORHOOD_KM = 30.0


# "the town of X" in a report datelined abroad (see places_of): a namesake this small, this far
# from the dateline town, in a country the report names nowhere else, is not taken (QA round eighteen)
FOREIGN_TOWN_MAX_POP = 100_000
FOREIGN_TOWN_KM = 300.0
# ... and a bare name ("in Whitehaven", a Memphis quarter, in a MEMPHIS, Tenn. report): a namesake
# this small and this far (QA round nineteen)
FOREIGN_BARE_MAX_POP = 50_000
FOREIGN_BARE_KM = 1_200.0
# ... but a first-level unit named with its kind word this near the dateline's town is the
# neighbour's ("Rakhine state" in a BANGKOK report, 1,000 km; the Khartoum report's Indian
# "Karari district" lay 4,900 km off; QA round twenty-five)
FOREIGN_UNIT_KM = 1_500.0


def _km(gaz: Gazetteer, a: int, b: int) -> float:
    """Distance between two gazetteer rows in km (0 when either has no point)."""
    la, lo = gaz.coords(a)
    lb, lob = gaz.coords(b)
    return haversine_km(la, lo, lb, lob) if None not in (la, lo, lb, lob) else 0.0


# a town named bare in a report datelined in a first-level unit ("NASHVILLE, Tenn."), whose
# gazetteer namesakes all lie in other units of the country, this far from the dateline's town and
# this small, is a place of the dateline's unit the gazetteer lacks (QA round eighteen)
STRAY_FAR_KM = 500.0
# a dateline town this big lends its first-level unit outside the US too (its quarters are many and
# the gazetteer lacks most of them)
STRAY_METROPOLIS_POP = 2_000_000
STRAY_METROPOLIS_KM = 900.0  # (Kupiansk is some 500 km from Kyiv; Shahpur, Bihar some 1,500 from Ahmedabad)
STRAY_MAX_POP = 150_000
# ... or this far when the namesake is a hamlet ("in Midtown" of an ATLANTA report, QA round
# twenty-three: a Tennessee hamlet of 1,360 people 237 km away)
STRAY_SMALL_POP = 5_000
STRAY_SMALL_KM = 150.0


def _stray_from_state(gaz: Gazetteer, doc: Doc, c, r: Resolution, focus_unit: int | None,
                      dl_town: int | None) -> int | None:
    """The dateline's first-level unit when ``c`` is such a stray reading (see STRAY_FAR_KM), else None."""
    if focus_unit is None and dl_town is not None and gaz.a1[dl_town] >= 0 and (
            gaz.cc(dl_town) == "US" or gaz.pop[dl_town] >= STRAY_METROPOLIS_POP
            and not _other_unit_named(gaz, doc, gaz.a1[dl_town])):
        # a US dateline town named alone ("DALLAS - ... at a Pleasant Grove apartment complex", QA
        # round twenty): the state is the town's
        # (or a metropolis's: "AHMEDABAD - ... rioting mobs in Shahpur and Dariapur", two of its old
        # city's quarters, not villages of Bihar; QA round forty-one)
        focus_unit = gaz.a1[dl_town]
    rows = r.candidates or ([r.row] if r.row is not None else [])
    if focus_unit is not None and dl_town is not None and gaz.cc(dl_town) == "US" and gaz.cc(focus_unit) == "US" \
            and rows and not c.dateline and c.container is None and c.context != "demonym" \
            and all(gaz.cc(x) != "US" and gaz.kind[x] == PLACE and gaz.pop[x] < STRAY_MAX_POP for x in rows) \
            and not any(_abroad_named(gaz, doc, gaz.cc(x)) for x in rows):
        # "MEMPHIS, Tenn. - ... a man died of gunshot wounds in Whitehaven" (QA round forty-eight): a town's quarter
        # the gazetteer lacks, read as a small town abroad in a local report that names no other country
        return focus_unit
    if focus_unit is None or dl_town is None or r.row is None or c.dateline or c.container is not None \
            or c.context == "demonym" or gaz.kind[r.row] != PLACE:
        return None
    if gaz.a1[r.row] == focus_unit or gaz.cc(r.row) != gaz.cc(focus_unit) or gaz.pop[r.row] >= STRAY_MAX_POP:
        return None
    if c.end + 1 < len(doc) and doc[c.end].text == "," and doc[c.end + 1].ent_type_ == "GPE" \
            and name_key(doc[c.end + 1].text) != name_key(gaz.names[dl_town]):
        # "Antioch, Calif.": the state is given (not the dateline's town: "outside a restaurant in
        # Midtown, Atlanta police said", QA round twenty-four)
        return None
    # (a county of the name in another state is as stray: "in Pratt City" of a BIRMINGHAM, Ala.
    # report was Pratt, Kansas, QA, sixteenth session)
    if any(gaz.a1[x] == focus_unit or gaz.kind[x] not in (PLACE, ADMIN2) for x in r.candidates):
        return None
    # (a country's big city reports its provinces too: outside the US only a namesake very far)
    far = STRAY_METROPOLIS_KM if gaz.cc(dl_town) != "US" else \
        STRAY_FAR_KM if gaz.pop[r.row] >= STRAY_SMALL_POP else STRAY_SMALL_KM
    return focus_unit if _km(gaz, r.row, dl_town) > far else None


_UNIT_WORDS = re.compile(r"\b([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+(?:region|state|province|division|district|territory)\b")


def _abroad_named(gaz: Gazetteer, doc: Doc, cc: str) -> bool:
    """The report names the country ``cc`` or a people of it ("England", "British")."""
    text = doc_text(doc)
    name = gaz.country_name(cc)
    if name and re.search(rf"(?i)\b{re.escape(name)}\b", text):
        return True
    return any(t.ent_type_ in ("GPE", "NORP") and gaz.demonym(t.text) == cc for t in doc)


def _other_unit_named(gaz: Gazetteer, doc: Doc, unit: int) -> bool:
    """The report names a first-level unit other than ``unit`` ("in the Sagaing region" of a YANGON
    report): its places may lie anywhere, not in the dateline town's unit (read once per report)."""
    key = f"dl_other_unit_{unit}"
    if key not in doc.user_data:
        doc.user_data[key] = any(gaz.kind[r] == ADMIN1 and r != unit for m in _UNIT_WORDS.finditer(doc_text(doc))
                                 for r in _candidates_info(gaz, m.group(1))[0])
    return doc.user_data[key]


def _quarter_tail(doc: Doc, i: int) -> bool:
    """``doc[i]`` ends a quarter's name begun by the place word before it: a tail word ("Orange
    Mound", "Hickory Hill"), or any capitalised word of the same name before "neighborhood"
    ("the Beverly Crest neighborhood" of a Los Angeles report, QA round twenty)."""
    if i >= len(doc) or not doc[i].is_title or doc[i].ent_iob_ != "I":
        return False
    return doc[i].lower_ in _QUARTER_TAILS or i + 1 < len(doc) and doc[i + 1].lower_ in (
        "neighborhood", "neighbourhood")


_COMPASS_QUARTER = re.compile(r"^(?:North|South|East|West)(?:\s+|-)?(?:End|Side)$")


def _far_namesake_of_quarter(gaz: Gazetteer, doc: Doc, c, dl_town: int | None) -> float | None:
    """The distance in km to the nearest reading when a name written as a part of a town ("the X
    area") can only be small places far from the dateline's town (in its country or nowhere), else None."""
    if dl_town is None or c.dateline or c.end >= len(doc):
        return None
    # "Orange Mound" of a Memphis report, read as Orange: a neighbourhood's name, whatever the size
    # of the far namesake (QA round five)
    if c.start > 0 and doc[c.start - 1].lower_ == "the" and _COMPASS_QUARTER.match(doc[c.start:c.end].text):
        # "a string of shootings in the East End" of a BRIDGEPORT report (QA, sixteenth session: East
        # End, Arkansas): a town's compass quarter, unless the gazetteer has one near the dateline's town
        rows, _how = _candidates_info(gaz, doc[c.start:c.end].text)
        lb, lob = gaz.coords(dl_town)
        near = [r for r in rows if None not in (*gaz.coords(r), lb, lob)
                and haversine_km(*gaz.coords(r), lb, lob) <= QUARTER_FAR_KM]
        return None if near else QUARTER_FAR_KM + 1.0
    tail = _quarter_tail(doc, c.end)
    if doc[c.end].lower_ not in _QUARTER_WORDS and not tail:
        return None
    if tail and doc[c.end].lower_ not in _QUARTER_TAILS and dl_town is not None:
        # "the Rainier Beach neighborhood" of a Seattle report (QA round twenty): a longer name told
        # as a neighbourhood is no namesake of its first word, however near
        return QUARTER_FAR_KM + 1.0
    rows, _how = _candidates_info(gaz, doc[c.start:c.end].text)
    if not rows:
        return None
    lb, lob = gaz.coords(dl_town)
    of_town = c.end + 2 < len(doc) and doc[c.end + 1].lower_ == "of" \
        and name_key(doc[c.end + 2].text) == name_key(gaz.names[dl_town])
    if (doc[c.end].lower_ in ("neighborhood", "neighbourhood", "quarter", "mohalla") or of_town) \
            and all(gaz.cc(r) != gaz.cc(dl_town) for r in rows) and gaz.cc(dl_town):
        # ("the Eastleigh area of Nairobi", QA round eighteen: the dateline town named after it)
        # "in the San Miguelito neighborhood" of a San Salvador report (QA round six): a quarter of
        # the dateline's town, not a town of another country
        return QUARTER_FAR_KM + 1.0
    # "the Austin neighborhood on the city's West Side" of a Chicago report (QA round seven): a
    # neighbourhood named so is a quarter whatever the size of a far namesake (not "the X area")
    strong = doc[c.end].lower_ in ("neighborhood", "neighbourhood", "quarter", "mohalla")
    near = float("inf")
    for row in rows:
        if gaz.cc(row) != gaz.cc(dl_town):
            continue
        if (tail or strong) and gaz.kind[row] != PLACE:
            continue
        if gaz.kind[row] != PLACE or (gaz.pop[row] >= QUARTER_MAX_POP and not tail and not strong):
            return None
        la, lo = gaz.coords(row)
        if None in (la, lo, lb, lob):
            return None
        near = min(near, haversine_km(la, lo, lb, lob))
    return near if QUARTER_FAR_KM < near < float("inf") else None


def _capital_row(gaz: Gazetteer, cc: str) -> int | None:
    """The gazetteer row of a country's national capital, if it has one."""
    rows = [r for r in gaz.capitals if gaz.cc(r) == cc]
    return max(rows, key=lambda r: gaz.pop[r]) if rows else None


_NUMBERED_STREET = re.compile(r"^\d+(?:st|nd|rd|th)$", re.I)


# books that share a name with a village ("desecrating the Koran": Koran, Bosnia; QA round seventeen)
_SCRIPTURES = frozenset({"koran", "quran", "qur'an", "bible", "torah", "talmud", "gospel", "gospels"})


def _describes_next(gaz: Gazetteer, doc: Doc, c) -> bool:
    """"near the Caribbean port of Turbo" (QA round seventeen): a name the gazetteer lacks, before
    a kind word and "of" another name, describes that place; it is none itself."""
    e = c.end
    return e + 2 < len(doc) and (doc[e].lower_ in _KIND_OF_WORDS or doc[e].lower_ in ("port", "capital")) \
        and doc[e + 1].lower_ == "of" and doc[e + 2].is_title and not c.dateline \
        and c.context != "demonym" and c.label != "NORP" \
        and not _candidates_info(gaz, doc[c.start:c.end].text)[0]


def _intersection(doc: Doc, c) -> bool:
    """"near 27th and Burleigh", "at Center and 35th": a street of an intersection named by a numbered
    street, no town (QA round six: Burleigh, New Jersey)."""
    s, e = c.start, c.end
    if s >= 2 and doc[s - 1].lower_ in ("and", "&") and _NUMBERED_STREET.match(doc[s - 2].text):
        return True
    return e + 1 < len(doc) and doc[e].lower_ in ("and", "&") and bool(_NUMBERED_STREET.match(doc[e + 1].text))


def _dateline_name(text: str) -> str:
    """A dateline's town in capitals, as datelines write it; three letters or fewer read as a name
    ("GAO, Mali", QA round nineteen), not as the abbreviation short capitals are in a text."""
    return text.title() if text.isalpha() and text.isupper() and len(text) <= 3 else text


def places_of(doc: Doc, gaz: Gazetteer | None = None, header: Header | None = None) -> list[PlaceMention]:
    gaz = gaz or get_gazetteer()
    found = recognise(doc, gaz, header)
    kept = [i for i, c in enumerate(found) if not _era(doc, c) and not _intersection(doc, c)
            and doc[c.start:c.end].text.lower() not in _SCRIPTURES and not _describes_next(gaz, doc, c)]
    # candidates name their containers by index: renumber them for the kept list (a container
    # dropped above is no container; GVA bench report 564 pointed past the list's end)
    new_index = {old: new for new, old in enumerate(kept)}
    cands = [found[i] for i in kept]
    for c in cands:
        if c.container is not None:
            c.container = new_index.get(c.container)
    for c in list(cands):
        if c.context == "demonym" and c.demonym_cc and c.end < len(doc) and doc[c.end].lower_ == "capital" \
                and c.start > 0 and doc[c.start - 1].lower_ == "the" and _capital_row(gaz, c.demonym_cc) is not None:
            # "the Haitian capital", "the Afghan capital": the word "capital" names the country's
            # capital, a place of the story (the demonym still names the country)
            # (appended: candidates refer to their containers by index)
            cands.append(_Cand(c.end, c.end + 1, "CAPITAL", context="body", capital_of=c.demonym_cc))
        elif c.context != "demonym" and c.end + 1 < len(doc) and doc[c.end].lower_ in ("'s", "\u2019s") \
                and doc[c.end + 1].lower_ == "capital" and not (c.end + 2 < len(doc) and doc[c.end + 2].pos_ == "PROPN"):
            # "in Somalia's capital", "Nepal's capital" (QA round six): the capital city (not "Somalia's
            # capital Mogadishu", whose name is its own mention)
            rows = [r for r in _candidates_info(gaz, doc[c.start:c.end].text)[0] if gaz.kind[r] == COUNTRY]
            if rows and _capital_row(gaz, gaz.cc(rows[0])) is not None:
                cands.append(_Cand(c.end + 1, c.end + 2, "CAPITAL", context="body", capital_of=gaz.cc(rows[0])))
    # "a rare protest against the plan in the capital" of a BAMAKO report (QA round seven): the
    # dateline country's capital
    bare_capitals = [t for t in doc if t.lower_ == "capital" and t.text.islower() and t.dep_ == "pobj"
                     and t.i >= 2 and doc[t.i - 1].lower_ == "the" and doc[t.i - 2].lower_ in LOCATIVE_PREPS
                     and not any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)]
    hdr = header if header is not None else doc._.dl_header
    if bare_capitals and hdr is not None:
        hcc = getattr(hdr, "country_code", None)
        if hcc is None and getattr(hdr, "place_text", None):
            # (the town of "OUAGADOUGOU, Burkina Faso", else what follows it: QA round seventeen)
            rows = next((rs for part in hdr.place_text.split(",")[:2] if (rs := gaz.candidates(part.strip())[0])), [])
            hcc = gaz.cc(max(rows, key=lambda r: gaz.pop[r])) if rows else None  # the dateline town's country
        if hcc and _capital_row(gaz, hcc) is not None:
            covered = {k for c in cands for k in range(c.start, c.end)}
            cands += [_Cand(t.i, t.i + 1, "CAPITAL", context="body", capital_of=hcc)
                      for t in bare_capitals if t.i not in covered]
    sent_starts = [a for a, _ in doc_sent_bounds(doc)]
    import bisect

    def sent_of(tok_i: int) -> int:
        return max(0, bisect.bisect_right(sent_starts, tok_i) - 1)

    # the dateline first: its country is the focus for the rest
    focus = None
    focus_unit = None
    dl_town: int | None = None  # the dateline's town, when it names one
    quarter_km: dict[int, float | None] = {}
    citys_own: set[int] = set()  # names written as the dateline town's own ("the city's X")
    dl = [i for i, c in enumerate(cands) if c.dateline]
    dl_abroad = False  # the dateline's town read only abroad, outside the country it names
    resolver = Resolver(gaz)
    if dl:
        text = _dateline_name(doc[cands[dl[0]].start:cands[dl[0]].end].text)
        extra = None
        if header is not None and header.place_text and "," in header.place_text:
            extra = header.place_text.split(",", 1)[1].strip()
        qs = [Query(text, dateline=True)]
        if extra:
            qs = [Query(text, dateline=True, container=1), Query(extra)]
        rs = resolver.resolve(qs)
        r = rs[0]
        if r.row is not None and extra and rs[1].row is not None and gaz.kind[rs[1].row] == COUNTRY \
                and gaz.cc(r.row) != gaz.cc(rs[1].row):
            # "TAWILA, Sudan" (QA round twenty-seven: a loose match in Italy): the town the gazetteer
            # lacks lies in the country the dateline names, not abroad
            r = rs[0] = Resolution(None, 0.0, "", [], "not in the dateline's country")
            focus = gaz.cc(rs[1].row)
            dl_abroad = True
        if r.row is not None:
            focus = gaz.cc(r.row)
            dl_town = r.row if gaz.kind[r.row] == PLACE else None
        if extra and rs[1].row is not None and gaz.kind[rs[1].row] == ADMIN1 \
                and (r.row is None or gaz.within(r.row, rs[1].row)) \
                and name_key(text) != name_key(gaz.names[rs[1].row]):
            # "CAMP MURRAY, Wash.": the state is the report's focus too (and its country when the
            # town is not in the gazetteer); not when the town is named like it ("NEW YORK, N.Y.":
            # the bare "New York"s of that report are the city the dateline names)
            focus_unit = rs[1].row
            focus = focus or gaz.cc(focus_unit)
    queries: list[Query] = []
    qidx: dict[int, int] = {}
    for i, c in enumerate(cands):
        if (c.context == "demonym" and c.label == "NORP") or c.capital_of:
            continue  # (a capital named by its country is known already, and no query's context)
        qidx[i] = len(queries)
        quarter_km[i] = _far_namesake_of_quarter(gaz, doc, c, dl_town)
        if dl_town is not None and not c.dateline and c.start >= 2 and doc[c.start - 1].lower_ in ("'s", "\u2019s") \
                and doc[c.start - 2].lower_ in ("city", "town") and c.label != "NORP":
            citys_own.add(i)  # "on the city's East Side" (QA round five): a part of the dateline's town
        hint = c.hint or _governor_hint(doc, c.start, c.end)
        qtext = _PARTY_PREFIX.sub("", doc[c.start:c.end].text)
        queries.append(Query(_dateline_name(qtext) if c.dateline else qtext, kind_hint=hint, dateline=c.dateline,
                             weight=0.0 if _landmark_name(doc, c) or quarter_km[i] or i in citys_own else
                             0.5 if c.context in ("job_title", "reporting", "demonym", "institution") else 1.0,
                             unit=hint in ("admin1", "admin2") or c.dropped in _NAME_QUALIFIERS,
                             local=c.local))
    for i, c in enumerate(cands):
        if i in qidx and c.container is not None and c.container in qidx:
            queries[qidx[i]].container = qidx[c.container]
    dateline_focus = focus
    if focus is None:
        # no dateline: the country most of the report's places sit in (demonyms count half)
        register = _register_country(doc_text(doc))
        focus, res = _majority_country(gaz, resolver, queries, cands, register)
        if focus is not None:  # else the vote's own resolution (no focus) is the answer
            res = resolver.resolve(queries, focus=focus,
                                   focus_weight=REGISTER_FOCUS if focus == register else FOCUS_INFERRED)
    else:
        res = resolver.resolve(queries, focus=focus, focus_unit=focus_unit if DATELINE_UNIT_FOCUS else None) if queries else []
    if PEER_LEVEL and res:
        _peer_level(doc, gaz, cands, qidx, queries, res)
    # "BANGKOK - Myanmar's military carried out air strikes on a village in the Sagaing region ...
    # The jets bombed a monastery in Myinmu township" (QA round twenty-four): a bureau's dateline,
    # with every place the body resolves in one other country, lends that country, not its own, to
    # the names the gazetteer lacks
    unknown_cc = focus
    if dateline_focus and focus == dateline_focus:
        # (not a unit named as the dateline's town is: "BENI, DR Congo - ... in Beni territory", QA round
        # forty, read first as Beni, Bolivia)
        dl_names = {doc[c.start:c.end].text.lower() for c in cands if c.context == "dateline"}
        rows = [res[qidx[i]].row for i, c in enumerate(cands)
                if i in qidx and c.context == "body" and res[qidx[i]].row is not None and gaz.cc(res[qidx[i]].row)
                and doc[c.start].text.lower() not in dl_names]
        body = Counter(gaz.cc(r) for r in rows)
        # (a dateline that names its town only, and a body placed by a unit or two places: not "CAPE
        # TOWN, South Africa - ... in the township of Philippi East" with one namesake abroad)
        town_only = sum(1 for c in cands if c.context == "dateline") == 1
        # (or the other country or one of its provinces named in the body: "BANGKOK, Thailand - ... near
        # Kawkareik in Myanmar's Kayin state ... the nearby village of Kyondoe", QA round twenty-five)
        named_other = any(gaz.kind[r] in (COUNTRY, ADMIN1) for r in rows)
        if (town_only or named_other) and body and not body.get(dateline_focus) and len(body) == 1 \
                and (len(rows) >= 2 or any(gaz.kind[r] in (ADMIN1, ADMIN2) for r in rows)):
            unknown_cc = next(iter(body))

    out: list[PlaceMention] = []
    for i, c in enumerate(cands):
        span = doc[c.start:c.end]
        pm = PlaceMention(start=span.start_char, end=span.end_char, text=span.text, sent=sent_of(c.start),
                          context=c.context)
        if i not in qidx and not c.capital_of:  # demonym
            region = gaz.demonym_row(c.demonym_cc)
            if region is not None:  # "European": the continent
                p = gaz.place(region)
                pm.feature, pm.name, pm.geonames_id = p.feature, p.name, p.geonames_id
                pm.latitude, pm.longitude = p.latitude, p.longitude
                pm.country_code = p.country_code or None  # "South Ossetian": Georgia; a continent: none
                pm.score, pm.reason = 0.9, "demonym"
                pm.geo_precision, pm.where_prec = _ACLED_PREC["region"], _UCDP_PREC["region"]
                out.append(pm)
                continue
            pm.feature = "country"
            pm.country_code = c.demonym_cc
            pm.country = country_name(c.demonym_cc, gaz)
            pm.name = pm.country
            row = gaz.country_row.get(c.demonym_cc or "")
            if row is not None:
                pm.geonames_id = gaz.gid[row] or None
                pm.latitude, pm.longitude = gaz.coords(row)
            pm.score = 0.9
            pm.reason = "demonym"
            pm.geo_precision, pm.where_prec = 3, 6
            out.append(pm)
            continue
        if c.capital_of:
            r = Resolution(_capital_row(gaz, c.capital_of), 0.9, "capital", [], f"the capital of {c.capital_of}")
        else:
            r = res[qidx[i]]
        if r.row is not None and (c.dropped in _NAME_QUALIFIERS or c.dropped_tail) and dateline_focus \
                and gaz.cc(r.row) != focus:
            # "Lower Shabelle" not found, "Shabelle" only abroad: the qualifier is part of a name we
            # lack, in the dateline's country; the raw name beats a namesake in another country
            r = Resolution(None, 0.0, "", [], f"'{c.dropped or c.dropped_tail}' + name not in gazetteer; "
                           f"the rest only outside {focus}")
        elif r.row is not None and i in qidx and queries[qidx[i]].unit and focus and gaz.cc(r.row) != focus \
                and gaz.kind[r.row] in (ADMIN1, ADMIN2) and not c.dateline \
                and not (c.container in qidx and res[qidx[c.container]].row is not None
                         and gaz.cc(res[qidx[c.container]].row) == gaz.cc(r.row)):
            # (not a unit its named owner holds: "Myanmar's Chin state" in a BANGKOK report, QA round
            # twenty-seven, read as Thailand's Amphoe Wang Chin)
            # "the Shabelle region" in a Mogadishu report: no Somali unit is named so, but Lower and
            # Middle Shabelle are; the report means one of them, not Ethiopia's Shabelle zone
            home = gaz.units_containing(focus, doc[c.start:c.end].text)
            if len(home) == 1:
                r = Resolution(home[0], 0.5, "partial", [home[0]], f"the one unit of {focus} named with it")
            elif home:
                r = Resolution(None, 0.0, "", [], f"{len(home)} units of {focus} are named with it; "
                               f"the namesake outside {focus} is not taken")

        if r.row is not None and i in qidx and (queries[qidx[i]].unit or split_generic(span.text)[1] in ("admin1", "admin2")) \
                and dateline_focus and gaz.cc(r.row) != dateline_focus and not c.dateline \
                and not any(j != qidx[i] and x.row is not None and gaz.cc(x.row) == gaz.cc(r.row) for j, x in enumerate(res)) \
                and not any(cd.context == "demonym" and cd.demonym_cc == gaz.cc(r.row) for cd in cands) \
                and not (gaz.kind[r.row] == ADMIN1 and dl_town is not None
                         and 0.0 < _km(gaz, r.row, dl_town) <= FOREIGN_UNIT_KM):
            # (not a province of the region a bureau covers: "Rakhine state" in a BANGKOK report, QA
            # round twenty-five)
            # (a people's word names the country too: "Ituri province ... a joint offensive with
            # Congolese forces", QA round twenty-four)
            # "the Karari district" of Omdurman in a Khartoum report: the gazetteer lacks it, and no
            # other name of the report lies in the country of the namesake it has (India): a unit of
            # the dateline's country, its raw name kept (QA round four)
            r = Resolution(None, 0.0, "", [], f"a unit the gazetteer lacks; the namesake in {gaz.cc(r.row)}, "
                           "a country the report names nowhere else, is not taken")
        held_in = res[qidx[c.container]] if c.container is not None and c.container in qidx else None
        if r.row is not None and held_in is not None and held_in.row is not None and not c.dateline \
                and gaz.kind[r.row] != COUNTRY \
                and gaz.cc(held_in.row) == dateline_focus and gaz.cc(r.row) and gaz.cc(r.row) != dateline_focus:
            # "the Jebel Moya area south of Sennar" (QA round twenty): a name the text places by a
            # place of the dateline's country is no namesake in another (Moya, Comoros); its raw
            # name is kept (not "Florida Department of Law": a container abroad may be misread)
            r = Resolution(None, 0.0, "", [], f"the text places it by {gaz.names[held_in.row]}; the namesake in "
                           f"{gaz.cc(r.row)} is not taken")
        named_town = i in qidx and queries[qidx[i]].kind_hint == "city"
        if r.row is not None and i in qidx and gaz.kind[r.row] == PLACE \
                and dateline_focus and dl_town is not None and gaz.cc(r.row) != dateline_focus and not c.dateline \
                and c.container is None \
                and gaz.pop[r.row] < (FOREIGN_TOWN_MAX_POP if named_town else FOREIGN_BARE_MAX_POP) \
                and not any(j != qidx[i] and x.row is not None and gaz.cc(x.row) == gaz.cc(r.row) for j, x in enumerate(res)) \
                and not any(o.demonym_cc == gaz.cc(r.row) for o in cands) \
                and (_km(gaz, r.row, dl_town) > (FOREIGN_TOWN_KM if named_town else FOREIGN_BARE_KM)
                     # ("a raid in the nearby Dasht area" of a Quetta report: near what the report
                     # told, not a namesake in Iran; QA round twenty-five)
                     or any(doc[k].lower_ == "nearby" for k in range(max(0, c.start - 2), c.start))):
            # (a bare name too when the namesake is small and an ocean away: "outside a convenience
            # store in Whitehaven" of a MEMPHIS, Tenn. report is no town in England, QA round nineteen)
            # "LUSAKA - ... fought with machetes in the town of Kanyama" (QA round eighteen): a
            # small town the gazetteer has only in a country the report names nowhere else, far
            # from the dateline, is a town of the dateline's country it lacks (raw name kept)
            r = Resolution(None, 0.0, "", r.candidates, f"a town the gazetteer lacks; the namesake in {gaz.cc(r.row)}, "
                           "a country the report names nowhere else, is not taken")
        if r.row is not None and dl_town is not None and not c.dateline and c.end < len(doc) \
                and doc[c.end].lower_ in ("neighborhood", "neighbourhood") and r.candidates:
            # "in the Glenville neighborhood" of a CLEVELAND report (QA round twenty-three): the
            # namesake at the dateline's town (a quarter the gazetteer has), not a bigger one a state away
            near = [x for x in r.candidates if gaz.kind[x] == PLACE and 0.0 < _km(gaz, x, dl_town) <= NEIGHBORHOOD_KM]
            if near and r.row not in near:
                x = min(near, key=lambda x: _km(gaz, x, dl_town))
                r = Resolution(x, r.score, r.how, r.candidates, f"the namesake {_km(gaz, x, dl_town):.0f} km from "
                               f"the dateline's {gaz.names[dl_town]}, told as a neighbourhood")
        quarter = quarter_km.get(i)
        outside = _outside_container(gaz, doc, cands, qidx, res, i, r)
        as_quarter = quarter is not None or outside is not None or i in citys_own  # the text's name, a town's units
        if outside is not None:
            # "the village of Trinidad in Guihulngan City": no Trinidad lies there, the one the
            # gazetteer has is 100 km away; the village is the container's, not that namesake
            # (QA round four; placed as a quarter of the container)
            r = Resolution(outside, 0.5, "inside", [], f"inside {gaz.names[outside]} (the namesake outside it not taken)")
        elif i in citys_own:
            r = Resolution(dl_town, 0.5, "quarter", [], f"the city's own: a part of the dateline's {gaz.names[dl_town]}")
        elif quarter is not None:
            # "in the Dariapur area" of an Ahmedabad report: a quarter of the dateline's town the
            # gazetteer lacks, not the Bihar village of that name 1,400 km away (the town's units and
            # coordinates, the text's name; see below)
            r = Resolution(dl_town, 0.5, "quarter", [], f"a quarter of the dateline's {gaz.names[dl_town]} "
                           f"(the namesake {quarter:.0f} km away not taken)")
        elif dl_town is not None and not c.dateline and c.context == "body" and (r.row is None and (
                doc[c.end - 1].lower_ in _NEIGHBOURHOOD_WORDS
                or c.end < len(doc) and doc[c.end].lower_ in _NEIGHBOURHOOD_WORDS)
                # ("outside a corner store in the city's South Ward", QA, sixteenth session)
                or "city 's" in " ".join(x.lower_ for x in doc[max(0, c.start - 4):c.start]).replace("\u2019", "'")
                and (r.row is None or _km(gaz, r.row, dl_town) > QUARTER_FAR_KM)
                # ("a chase that ended in the Arlington area" of a JACKSONVILLE report, QA, seventeenth session:
                # Arlington, Texas): a named area of a big city whose namesake lies in another state, far away
                or r.row is not None and c.end + 1 < len(doc) and (
                    doc[c.end].lower_ in _AREA_WORDS
                    # ("in the Mason Square area of Springfield": Mason, New Hampshire)
                    or doc[c.end].text[:1].isupper() and doc[c.end + 1].lower_ in _AREA_WORDS)
                and c.start > 0 and doc[c.start - 1].lower_ == "the" and gaz.pop[dl_town] >= STRAY_CITY_POP
                and gaz.cc(dl_town) == "US" and gaz.a1[r.row] != gaz.a1[dl_town]
                and (_km(gaz, r.row, dl_town) > QUARTER_FAR_KM or _area_of_town(doc, c, gaz.names[dl_town]))):
            # (US local news names its city's areas so; "in the Huancayo area" of a LIMA report is the city)
            # "in the Shawnee neighborhood" of a LOUISVILLE report (QA, sixteenth session): a
            # neighbourhood the gazetteer lacks is one of the dateline's town, not a place of the
            # country at large
            r = Resolution(dl_town, 0.5, "quarter", [], f"a neighbourhood of the dateline's {gaz.names[dl_town]} "
                           "the gazetteer lacks")
            as_quarter = True
        if c.dateline and dl_abroad and r.row is not None and gaz.cc(r.row) != focus:
            # "SANTA CRUZ, Colombia" (QA, sixteenth session: Santa Cruz, Bolivia): the dateline's town
            # read abroad above is no such place in the mention either (the raw name is kept)
            r = Resolution(None, 0.0, "", [], "not in the dateline's country")
        said_cc = _kind_demonym(doc, gaz, c) or _in_country_after(doc, gaz, cands, c)
        if said_cc and r.row is not None and gaz.cc(r.row) != said_cc:
            # "the Haitian town of Petite-Riviere de l'Artibonite" (QA round seven): the text says
            # which country; a namesake elsewhere (Mauritius) is not it
            r = Resolution(None, 0.0, "", [], f"the text places it in {said_cc}; no such place there in the gazetteer")
        stray_in = _stray_from_state(gaz, doc, c, r, focus_unit, dl_town)
        if stray_in is None and r.row is not None and c.container is not None and c.container in qidx \
                and dl_town is not None and res[qidx[c.container]].row == dl_town and gaz.kind[r.row] == PLACE \
                and gaz.a1[dl_town] >= 0 and not any(gaz.a1[x] == gaz.a1[dl_town] for x in r.candidates) \
                and gaz.pop[r.row] < STRAY_MAX_POP:
            # "outside a restaurant in Midtown, Atlanta police said" (QA round twenty-four): a part of
            # the dateline's town named with it, whose namesakes all lie in other states, is a
            # quarter of that town the gazetteer lacks
            stray_in = gaz.a1[dl_town]
        if stray_in is not None and dl_town is not None and gaz.a1[dl_town] == stray_in \
                and gaz.pop[dl_town] >= STRAY_CITY_POP and c.context == "body":
            # "who was shot July 18 in Avondale" of a CINCINNATI report (QA, sixteenth session): in a
            # city's report such a name is most likely one of its neighbourhoods (the text's name, the
            # city's units and coordinates)
            r = Resolution(dl_town, 0.5, "quarter", [], f"only namesakes in other states, far from the dateline; "
                           f"a quarter of the dateline's {gaz.names[dl_town]} the gazetteer lacks")
            as_quarter, stray_in = True, None
        if stray_in is not None:
            # "NASHVILLE, Tenn. - ... at their home in Antioch" (QA round eighteen): a small town
            # the gazetteer has only in other states, far away, is a place of the dateline's state
            # we lack (its raw name kept, in that state), not Antioch, California
            r = Resolution(None, 0.0, "", [], f"only namesakes in other states, far from the dateline; "
                           f"a place of {gaz.names[stray_in]} the gazetteer lacks")
        if r.row is None:
            pm.name = span.text
            pm.feature = "unknown"
            pm.score = 0.1
            pm.reason = r.reason or "not in gazetteer"
            if stray_in is not None:
                pm.admin1 = gaz.names[stray_in]
            told_cc = _country_told_beside(gaz, doc, cands, qidx, res, c) if not said_cc and stray_in is None else None
            if said_cc:
                pm.country_code, pm.country = said_cc, country_name(said_cc, gaz)
            elif told_cc:
                # "Burundian soldiers deployed in eastern Congo clashed with M23 rebels near Kamanyola"
                # (QA round twenty-two): the one country the sentence places things in, not the dateline's
                pm.country_code, pm.country = told_cc, country_name(told_cc, gaz)
                pm.reason += f"; country from the sentence's {told_cc}"
            elif unknown_cc and UNKNOWN_IN_FOCUS:
                # a village, a neighbourhood or a hill the gazetteer lacks, in a report about one
                # country, most likely lies in that country (no coordinates are guessed)
                pm.country_code, pm.country = unknown_cc, country_name(unknown_cc, gaz)
                pm.reason += f"; country from the report's focus {unknown_cc}"
        else:
            p = gaz.place(r.row)
            pm.name, pm.feature = p.name, p.feature
            pm.country_code, pm.country = p.country_code, country_name(p.country_code, gaz) or p.country
            if p.feature == "country":
                pm.name = pm.country or p.name  # "Turkey", not GeoNames' "Turkiye"
            pm.admin1, pm.admin2 = p.admin1, p.admin2
            pm.latitude, pm.longitude = p.latitude, p.longitude
            pm.geonames_id = p.geonames_id
            pm.score = r.score
            pm.reason = r.reason
            pm.geo_precision = _ACLED_PREC.get(p.feature)
            pm.where_prec = _UCDP_PREC.get(p.feature)
            if as_quarter:
                pm.name, pm.feature, pm.geonames_id = span.text, "other", None
                pm.geo_precision, pm.where_prec = 2, 2
                if c.end < len(doc) and (doc[c.end].lower_ in _QUARTER_TAILS and doc[c.end].ent_iob_ == "I"
                                         or _quarter_tail(doc, c.end)):
                    pm.name = doc[c.start:c.end + 1].text  # "Orange Mound", the quarter's whole name
            if c.demonym_cc is None and c.context == "demonym":
                c.demonym_cc = p.country_code
        if pm.name and pm.name == span.text and pm.name.islower() and doc._.dl_recased:
            pm.name = _name_case(pm.name)  # teletype: "san miguelito", written "San Miguelito" (QA round seven)
        out.append(pm)
    # explicit containers become parents
    for i, c in enumerate(cands):
        if c.container is not None:
            out[i].parent = c.container
            par = out[c.container]
            if out[i].admin1 is None and par.feature == "admin1" and par.country_code == out[i].country_code:
                out[i].admin1 = par.name
            elif out[i].feature == "unknown" and par.feature == "admin2" and par.country_code == out[i].country_code:
                # "the village of Ntoyo in North Kivu's Lubero territory" (QA round twenty-three): a
                # village the gazetteer lacks lies in the district named as its container
                out[i].admin2, out[i].admin1 = par.name, par.admin1 or out[i].admin1
    return out


# Register cues: how a report is written says which country's press wrote it, when no dateline
# does. A local paper names its home town bare ("the Springfield council"), and the bare name's
# famous namesake abroad must not win. Each cue is a (pattern, weight) of one country's usage;
# a report's register is the country whose cues sum to REGISTER_MIN and lead every other by it.
# Only read when no dateline sets the focus.
# Issue 4, sixth pass: LGL country .976 -> .980, exact .873 -> .876, GWN unchanged (full sets).
# Session thirteen (a time zone after "a.m.", "MoD", more British ranks without a full stop):
# GWN exact .9191 -> .9200, acc@161 .9665 -> .9674, country .9847 -> .9856; LGL and GVA train identical.
REGISTER = True
REGISTER_MIN = 1.5  # 1.0: LGL +8 -4 (Canadian reports with dollars and a mayor read as the US)
REGISTER_VOTE = 3.0  # votes added to that country in the focus vote (a demonym is 0.5; 2.0: one Paris fewer)
# the focus weight when the focus vote agrees with the register (else FOCUS_INFERRED): 1.0 / 2.0
# gave LGL country .977 / .978
REGISTER_FOCUS = 2.5
_REGISTER_CUES: dict[str, list[tuple[re.Pattern, float]]] = {
    "US": [
        (re.compile(r"\(\d{3}\) ?\d{3}-\d{4}\b|\b\d{3}-\d{3}-\d{4}\b"), 1.0),  # a North American phone number
        (re.compile(r"\b[A-Z]{2} \d{5}(?:-\d{4})?\b"), 1.0),  # a ZIP code after a state's postal code
        (re.compile(r"\b[Ss]heriff"), 1.0),
        (re.compile(r"\b(?:Interstate \d|I-\d{1,3}\b|U\.S\. (?:Route|Highway)|(?:State )?Route \d)"), 1.0),
        (re.compile(r"\b\d{1,5} (?:[NSEW]\. )?(?:[A-Z][a-z]+ ){1,2}(?:St|Ave|Blvd|Rd|Dr|Pkwy)\.(?!\w)"), 1.0),
        (re.compile(r"\b(?:Gov|Sen|Rep)\. [A-Z]|\([RD]-[A-Z]"), 1.0),
        (re.compile(r"\b(?:[Ss]uperintendent|[Ss]chool [Bb]oard|[Ss]chool [Dd]istrict|[Tt]ownship)\b"), 1.0),
        # offices and schools of American usage (a British or Canadian paper writes "councillor")
        (re.compile(r"\b(?:[Cc]ouncil(?:wo)?m[ae]n|[Cc]ity [Mm]anager|[Jj]unior [Cc]ollege|[Vv]arsity"
                    r"|[Ee]lementary [Ss]chools?|[Mm]iddle [Ss]chools?)\b"), 1.0),
        (re.compile(r"\$\d"), 0.5),  # dollars: also Canada's, Australia's
        (re.compile(r"\b\d{1,2}(?::\d\d)? [ap]\.m\."), 0.5),
        (re.compile(r"\b[ap]\.m\. (?:[ECMP][SD]?T|Eastern|Central|Mountain|Pacific)\b"), 1.0),  # "7 a.m. CT"
        (re.compile(r"\b(?:Police|Fire) Chief\b|\b[Mm]ayor\b"), 0.5),
    ],
    "GB": [
        (re.compile(r"£ ?\d"), 1.5),
        # a title without its full stop (issue 4: "Sgt" and "MoD" of a British soldier's obituary)
        (re.compile(r"\b(?:Mr|Mrs|Dr|Insp|Supt|Det|Sgt|Cpl|Pte|Lt|Capt|Maj|Col) [A-Z][a-z]"), 0.5),
        (re.compile(r"\b(?:Crown|Magistrates'?) Court\b|\bBorough Council\b|\bCounty Council\b"), 1.0),
        (re.compile(r"\b[Cc]ouncillors?\b"), 0.5),  # also Canada's
        (re.compile(r"\bMoD\b|\bMinistry of Defence\b"), 1.0),  # the American press writes "Pentagon"
        (re.compile(r"\b\d{1,2}\.\d\d ?[ap]m\b"), 1.0),  # "11.15pm"
        (re.compile(r"\b0(?:800|845\d|20|1\d{2,3}) ?\d{3} ?\d{3,4}\b"), 1.0),  # a British phone number
        (re.compile(r"\b(?:litres?|metres?|fortnight(?:ly)?|whilst|[Mm]ums?)\b"), 0.5),
    ],
}


def _register_country(text: str) -> str | None:
    """The country whose press usage the report's text shows (see _REGISTER_CUES), or None."""
    if not REGISTER:
        return None
    sums = {cc: sum(w for pat, w in cues if pat.search(text)) for cc, cues in _REGISTER_CUES.items()}
    best = max(sums, key=sums.__getitem__)
    rest = max((v for cc, v in sums.items() if cc != best), default=0.0)
    return best if sums[best] >= REGISTER_MIN and sums[best] - rest >= REGISTER_MIN else None


def _majority_country(gaz: Gazetteer, resolver: Resolver, queries: list[Query],
                      cands: list[_Cand], register: str | None = None) -> tuple[str | None, list[Resolution]]:
    """The report's inferred focus country (or None), and the focus-free resolution it was read from."""
    from collections import Counter

    votes: Counter = Counter()
    if register:
        votes[register] += REGISTER_VOTE
    res: list[Resolution] = []
    for c in cands:
        if c.context == "demonym" and c.demonym_cc:
            row = gaz.demonym_row(c.demonym_cc)
            cc = c.demonym_cc if row is None else gaz.cc(row)  # "English": GB; "European": none
            if cc:
                votes[cc] += 0.5
    if queries:
        # one vote per name (a town named eight times is one piece of evidence), by the country its
        # readings agree on ("Henry County": several counties, one country); a municipality's name
        # ("a Paris man") does not vote: the focus is what decides which Paris it is
        seen: dict[str, float] = {}
        res = resolver.resolve(queries)
        for i, q in enumerate(queries):
            cc, p = resolver.country_of(i)
            if cc is None or p < 0.5 or q.local:
                continue
            k = f"{name_key(q.text)}|{cc}"
            if q.weight > seen.get(k, 0.0):
                votes[cc] += q.weight - seen.get(k, 0.0)
                seen[k] = q.weight
    if not votes:
        return None, res
    cc, v = votes.most_common(1)[0]
    # a focus needs a clear lead: half the votes (measured: below this, the focus misleads more
    # than it helps on LGL's multi-state reports)
    return (cc if v >= 0.5 * sum(votes.values()) else None), res


@Language.component("dateline_places", requires=["doc.ents", "doc.sents", "doc._.dl_header"],
                    assigns=["doc._.dl_places", "doc._.dl_header"])
def dateline_places(doc):
    header = doc._.dl_header
    try:
        gaz = get_gazetteer()
    except Exception:  # noqa: BLE001 - a broken gazetteer must not lose the report: places stay empty
        log.exception("gazetteer unavailable; no places for this report")
        doc._.dl_places = []
        if doc._.dl_warnings is not None:
            doc._.dl_warnings.append("gazetteer unavailable: places not resolved")
        return doc
    places = places_of(doc, gaz, header)
    doc._.dl_places = places
    if header is not None:
        dl = next((p for p in places if p.context == "dateline"), None)
        if dl is not None and dl.country_code:
            header.country_code = dl.country_code
            if dl.feature == "admin1":
                header.admin1 = dl.name
            elif dl.admin1:
                header.admin1 = dl.admin1
    return doc


# ----------------------------------------------------------------------------------------------
# the event's place
# ----------------------------------------------------------------------------------------------

_EVENT_CONTEXTS = {"body"}
# words of a place name left in lower case inside it ("San Pedro de Macoris", "Valle del Cauca")
_CASE_PARTICLES = frozenset({"de", "del", "la", "las", "los", "el", "y", "of", "the", "da", "do", "dos", "das", "di"})


def _name_case(name: str) -> str:
    """A place name read in recased teletype, in a name's capitals."""
    words = name.split(" ")
    return " ".join(w if (k and w in _CASE_PARTICLES) else w[:1].upper() + w[1:] for k, w in enumerate(words))


_SPECIFICITY = {"populated place": 3, "admin2": 2, "other": 2, "admin1": 1, "country": 0, "region": 0, "unknown": 1}
# event place step 2b (issue 4 QA): the only event of a sentence takes a place from another of
# its clauses before the sentences around it
SAME_SENTENCE_ANY_CLAUSE = True

_EVENT_PREPS = {"in", "at", "near", "outside", "inside", "across", "around", "into", "on", "within",
                "throughout", "from", "of", "north", "south", "east", "west"}


def _bearing_of_place(doc: Doc, places: list[PlaceMention], pool: list[int], k: int, prep: Token) -> bool:
    """"in the industrial district of Gazipur outside Dhaka" (QA round seventeen): the town another
    named place is told to lie outside or near is a bearing, not where it happened. ``prep`` is the
    "outside"/"near" governing place ``k``; true when it hangs on another place of the pool, or on
    the kind word ("district of X") of one."""
    g = prep.head
    for j in pool:
        q = _tok_span(doc, places[j]) if j != k else None
        if q is None:
            continue
        if q.start <= g.i < q.end:
            return True
        if g.lower_ in _KIND_OF_WORDS and q.start > g.i and q.root.dep_ == "pobj" and q.root.head.head.i == g.i:
            return True
    return False


def _placed_under(doc: Doc, p: PlaceMention, trig: Token) -> bool:
    """Place ``p`` hangs on ``trig`` through a locative preposition ("a drone strike in the
    province of X")."""
    sp = _tok_span(doc, p)
    path = _path_to(sp.root, trig) if sp is not None else None
    preps = [t for t in path or [] if t.dep_ == "prep"]
    return bool(preps) and preps[0].lower_ in _EVENT_PREPS


# nouns a person's name follows with "of" ("the government of Daniel Ortega")
_LED_BY_NOUNS = frozenset({"government", "regime", "administration", "supporter", "loyalist", "ally", "opponent",
                           "rule", "presidency", "cabinet", "party", "family", "son", "daughter", "wife", "husband"})
_CONTINENTS = frozenset({"Europe", "Africa", "Asia", "North America", "South America", "Oceania", "Antarctica"})
_CROSSING_VERBS = frozenset({"cross", "infiltrate", "enter", "come", "sneak", "arrive", "return", "flee", "travel",
                             "move", "head", "fire", "launch", "shoot", "lob"})


_SENT_AWAY_VERBS = frozenset({"expel", "deport", "exile", "extradite", "banish"})


def _came_from(doc: Doc, p: PlaceMention) -> bool:
    """The place is where someone moved from ("trying to cross into the country from Afghanistan")
    or a weapon was fired from ("a missile fired from Yemen was intercepted" over central Israel,
    QA round twenty-one)."""
    sp = _tok_span(doc, p)
    if sp is None:
        return False
    r = sp.root
    if r.dep_ == "pobj" and r.head.lower_ == "to" and r.head.head.lemma_.lower() in _SENT_AWAY_VERBS:
        return True  # (or where people were sent: "expelled them to Guatemala", QA round twenty-one)
    if road_destination(r):
        return True  # (or where a road leads: "blew up a bridge on the road to Senegal", QA round twenty-two)
    return r.dep_ == "pobj" and r.head.lower_ == "from" and r.head.head.lemma_.lower() in _CROSSING_VERBS


def _tok_span(doc: Doc, p: PlaceMention) -> Span | None:
    return doc.char_span(p.start, p.end, alignment_mode="expand")


# words that tie a person to what he did elsewhere: "a commander responsible for rocket launches
# towards northern Israel", "a militant accused of attacks in Kabul", "the man behind the bombing"
_DEED_GOVERNORS = frozenset({"responsible", "accuse", "blame", "behind", "involve", "mastermind", "orchestrate",
                             "wanted", "suspect", "convict", "charge"})


def _anothers_deed(doc: Doc, p: PlaceMention, trig: Token) -> bool:
    """The place of what the target is said to have done, told in a phrase on it, not where the
    event happened (QA round seven: an Israeli strike on a commander "responsible for rocket
    launches towards northern Israel" was placed in Israel)."""
    sp = _tok_span(doc, p)
    if sp is None:
        return False
    path = _path_to(sp.root, trig, limit=8)
    if not path:
        return False
    return any(t.lemma_.lower() in _DEED_GOVERNORS or t.lower_ in _DEED_GOVERNORS for t in path[:-1])


def _path_to(tok: Token, target: Token, limit: int = 6) -> list[Token] | None:
    """Ancestors of tok up to target (exclusive of tok), or None if target is not an ancestor."""
    path = []
    cur = tok
    for _ in range(limit):
        if cur.head is cur:
            return None
        cur = cur.head
        path.append(cur)
        if cur is target or cur.i == target.i:
            return path
    return None


def _per_place(doc: Doc, p: PlaceMention, test) -> bool:
    """``test(doc, p)``, asked once per place of a report: what a place is (a hospital the wounded
    were taken to, a state acting) does not depend on the event asking, and every event asks."""
    memo = doc.user_data.setdefault("dl_place_tests", {})
    key = (test.__name__, p.start, p.end, p.feature, p.geonames_id, p.geo_precision)
    if key not in memo:
        memo[key] = test(doc, p)
    return memo[key]


def _between(doc: Doc, a: PlaceMention, b: PlaceMention) -> str:
    """The words between place ``a`` and the place ``b`` told after it, lower-cased ("'s", "suburb of")."""
    return doc_text(doc)[a.end:b.start].strip().lower()


# prepositions that give what talks, protests or statements are about
_TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})
# words by which a crowd tells what it gathers for (its places are the cause's, not the crowd's)
_CAUSE_WORDS = frozenset({"solidarity", "support", "sympathy", "denounce", "condemn", "protest", "mourn", "demand",
                          "commemorate", "honour", "honor", "against"})


def town_institution(doc: Doc, p: PlaceMention) -> bool:
    """An institution named from the dateline's own town ("Cairo University" of a CAIRO report): where a crowd
    gathers there, the town is the protest's (not "Metro Hall" of a NASHVILLE report: Hall County)."""
    return p.context == "institution" and bool(p.geonames_id) and any(
        q.context == "dateline" and q.geonames_id == p.geonames_id for q in doc._.dl_places or [])


def _cause_place(doc: Doc, p: PlaceMention, trig: Token) -> bool:
    """The place hangs under a word of the crowd's cause between it and the trigger."""
    sp = _tok_span(doc, p)
    if sp is None:
        return False
    if any(w.lower_ in ("solidarity", "sympathy") for w in doc[max(0, sp.start - 3):sp.start]):
        return True  # ("in solidarity with Gaza", the "with" hung on the verb)
    path = _path_to(sp.root, trig)
    return path is not None and any(t.lemma_.lower() in _CAUSE_WORDS or t.lower_ in _CAUSE_WORDS for t in path[:-1])


def event_place(doc: Doc, ev: EventMention, _depth: int = 0) -> tuple[int | None, str]:
    """Index into ``doc._.dl_places`` of the place where ``ev`` happened, and why (or None, why not).

    Order of preference: a place syntactically attached to the trigger ("pobj of 'in' under
    trigger", or in the trigger's clause); then the nearest place in the trigger's sentence; then,
    when the sentence goes on with the story ("The militants also seized weapons", "They then
    torched ..."), the place of the event told before it (reason "story continues ..."); then
    the nearest place in the two sentences before it (a report names the place, then tells what
    happened there); then the dateline place, only when the text names no place near the
    trigger. A sentence opening a new story ("Elsewhere, ...") gets no place from the others.
    Never a job_title / reporting / demonym mention.
    Among places that denote the same spot the most specific wins ("Imam Sahib district of
    Kunduz" -> Imam Sahib, admin1 Kunduz).
    """
    places: list[PlaceMention] = doc._.dl_places or []
    if not places:
        return None, "no places in report"
    try:
        trig = doc[ev.head]
    except IndexError:
        trig = doc.char_span(ev.start, ev.end, alignment_mode="expand")
        trig = trig.root if trig is not None else None
    if trig is None:
        return None, "trigger not found"
    if _depth < 3 and trig.tag_ == "VBG" and trig.dep_ == "advcl" and trig.lemma_.lower() in _TOLL_VERBS:
        # "settlers set fire to homes in the village of Al-Mughayyir near Ramallah ..., killing one
        # Palestinian" (QA round nineteen): the toll of the act it hangs on happened where that did
        host = next((e for e in doc._.dl_events or [] if e.head == trig.head.i), None)
        if host is not None:
            k, why = event_place(doc, host, _depth + 1)
            if k is not None:
                return k, f"where the act it is the toll of happened ({why})"
    sent = trig.sent
    crowd = ev.event_type in ("Protests", "Riots")
    # (a crowd gathers at an institution, "demonstrated at Cairo University": its town is the protest's)
    pool = [k for k, p in enumerate(places) if (p.context in _EVENT_CONTEXTS or crowd and town_institution(doc, p))
            and not _per_place(doc, p, _care_place)]
    pool = [k for k in pool if not _per_place(doc, places[k], border_neighbour)]
    if crowd:
        # "demonstrated ... in solidarity with Gaza", "rallied in Sanaa to denounce Israeli strikes in Lebanon" (QA,
        # seventeenth session): the cause's place is not the crowd's
        pool = [k for k in pool if not _cause_place(doc, places[k], trig)] or pool
    if any(p.context == "dateline" for p in places):
        # (a continent named by an organisation or its people, "as EU leaders met", is no place of
        # an event the dateline places: QA round twenty)
        pool = [k for k in pool if not (places[k].feature == "region" and places[k].name in _CONTINENTS)]
    origin = [k for k in pool if _per_place(doc, places[k], _came_from)]
    if origin and (len(origin) < len(pool) or any(p.context == "dateline" for p in places)):
        # "10 militants who crossed from Afghanistan", "a missile fired from Yemen" (QA round
        # twenty-one): where they came from is no place of the event; the dateline's before it
        pool = [k for k in pool if k not in origin]
    home = [k for k in pool if _per_place(doc, places[k], _home_of_people)]
    if home and len(home) < len(pool):
        pool = [k for k in pool if k not in home]  # (a report naming only where they came from keeps it)
    # "Gunmen killed the mayor of Chilpancingo" (QA round twenty-one): with no place told for the
    # deed, the town a victim holds office in is where it most likely happened
    def office() -> list[int]:
        return [k for k, p in enumerate(places) if p.context == "job_title" and p.feature == "populated place"
                and p.sent == ev.sent and (sp := _tok_span(doc, p)) is not None and _office_town(sp.root)
                and sp.root.head.head.dep_ in ("dobj", "nsubjpass") and sp.root.head.head.head.i == trig.i]

    speakers = [k for k in pool if places[k].sent == ev.sent and _per_place(doc, places[k], _speakers_place)]
    if speakers and not any(places[k].sent == ev.sent for k in pool if k not in speakers) and (held := office()):
        # "The mayor of Uruapan ... was shot dead ... in the city, officials in Michoacan state said"
        # (QA round twenty-two): where those telling of it sit comes after the victim's office town
        return held[0], "the town the victim held office in"
    if not pool:
        if (held := office()):
            return held[0], "the town the victim held office in"
        dl = [k for k, p in enumerate(places) if p.context == "dateline"]
        return (dl[0], "dateline (no other place in report)") if dl else (None, "only job-title/reporting/demonym places")

    def best(ks: list[int]) -> int:
        return _most_specific(places, ks)

    free = [k for k in pool if not _per_place(doc, places[k], _actorlike)]
    if not free and ev.event_type in VIOLENT_EVENT_TYPES:
        # every place is a state acting or acted on ("US strikes against Iraq"): violence happens
        # where it is aimed, so the country attacked before the one attacking
        free = [k for k in pool if _aimed_at(doc, places[k], trig)]
    if not free:
        # every place acts: a subject, agent or owner ("the drones Russia launched", "Kenya's
        # troops") is where no violence of this event is placed; the dateline decides instead
        free = [k for k in pool if not _acting_place(doc, places[k])]
    pool = free or pool
    # a feature of no one country ("a dam on the Euphrates east of Aleppo": QA round five) is where
    # the event is only when the report names no place in a country
    pool = [k for k in pool if places[k].country_code] or pool

    deed = respective_deed(doc, ev.head)
    if deed is not None and deed[1][1] is not None:
        # "in Djibo and Arbinda ... killed 17 and nine soldiers respectively" (QA, seventeenth session)
        at = doc[deed[1][1]].idx
        mine = [k for k in pool if places[k].start <= at < places[k].end]
        if mine:
            return mine[0], "the place told in its part of a list"
        if deed[0]:
            return None, "its place in the list is unknown to the gazetteer"  # (not the first deed's)
    seg = gapped_segment(doc, ev.head)
    if seg is not None:
        # a deed of a list told with its own place ("killed 48 people in Solenzo on Monday, 12 in
        # Dafinso on Tuesday", QA, seventeenth session): the place in its own part of the sentence
        mine = [k for k in pool if places[k].sent == ev.sent and seg[0] <= places[k].start < seg[1]
                and places[k].context != "dateline"]
        if mine:
            return best(mine), "the place told in its part of a list"
    # 0. "where the attack took place in Dahana-i-Ghori district" (QA round eight): the trigger is
    # the subject of take place / happen / occur, whose locative phrase places it
    if trig.dep_ in ("nsubj", "nsubjpass") and (trig.head.lemma_.lower() in ("happen", "occur") or (
            trig.head.lemma_.lower() == "take" and any(c.lower_ == "place" for c in trig.head.children))):
        placed = [k for k in pool if (sp := _tok_span(doc, places[k])) is not None and sp.root.dep_ == "pobj"
                  and sp.root.head.lower_ in ("in", "at", "near") and sp.root.head.head.i == trig.head.i]
        if placed:
            return best(placed), "the place the incident 'took place' in"
    # "after gunmen killed four people ... in a drive-by shooting there on Sunday night" (QA, sixteenth
    # session): "there" on the trigger, or on the verb it hangs on, is the place last named before it
    there = [t for x in (trig, trig.head) for t in x.children if t.lower_ == "there" and t.dep_ == "advmod"]
    before = [k for k in pool if places[k].context != "dateline" and places[k].start < ev.start]
    if there and before:
        last = max(places[k].sent for k in before)
        return best([k for k in before if places[k].sent == last]), "the place 'there' points back to"
    # 1. syntax: a place whose head chain reaches the trigger through a locative preposition
    attached: list[tuple[int, int, str]] = []
    actor_loc: set[int] = set()
    other_heads = {e.head for e in doc._.dl_events or [] if e.head != ev.head}  # (another event's verb keeps its place)
    for k in pool:
        p = places[k]
        if p.sent != ev.sent and not (sent.start_char <= p.start < sent.end_char):
            continue
        sp = _tok_span(doc, p)
        if sp is None:
            continue
        root = sp.root
        path = _path_to(root, trig)
        if path is None:
            continue
        preps = [t for t in path if t.dep_ == "prep"]
        if any((t.lemma_.lower() in _LOCATED_ACTORS or t.lower_ in _LOCATED_ACTORS)
               # (not the one the act was done to: "A mayor in the western state of Michoacan was shot
               # dead", QA round twenty, was where he was shot)
               and not (t.head.i == trig.i and (t.dep_ == "nsubjpass" or t.dep_ == "dobj" and trig.pos_ == "VERB"))
               # (nor the passive's agent: "was shot down by a drone in Antioquia department", QA round
               # twenty-two)
               and not (t.dep_ == "pobj" and t.head.dep_ == "agent" and t.head.head.i == trig.i)
               for t in path[:-1] if t.pos_ in ("NOUN", "PROPN")):
            actor_loc.add(k)
            continue  # "the government in Kabul", "police in Kunduz": where an actor is, not the event
        if any(t.lemma_.lower() in _DEED_GOVERNORS or t.lower_ in _DEED_GOVERNORS for t in path[:-1]):
            # "struck a Hezbollah operative responsible for attacks on northern Israel" (QA round
            # sixteen): what the target did, elsewhere, under the trigger's object
            continue
        if preps and preps[0].lower_ in ("outside", "near") and _bearing_of_place(doc, places, pool, k, preps[0]):
            continue
        if trig.pos_ == "NOUN" and ev.event_type not in VIOLENT_EVENT_TYPES and any(
                t.dep_ == "prep" and t.lower_ in _TOPIC_PREPS and t.head.i == trig.i for t in path):
            continue  # "talks on the Gaza ceasefire" (QA round twenty-three): the topic's place, not the talks'
        if preps and preps[0].lower_ in _EVENT_PREPS:
            # ("killed while working on their fields near X": a participle telling what the victims
            # were doing there keeps the place, QA round four)
            # (nor does a verb coordinated with the trigger's: "shot dead two protesters and wounded
            # several others in the town of Kisumu")
            mods = [t for t in path[:-1] if t.pos_ in ("VERB",) and not (t.tag_ == "VBG" and t.dep_ in ("advcl", "acl"))
                    and not (t.dep_ == "conj" and t.head.i in (trig.i, trig.head.i) and t.i not in other_heads
                             # (a clause of its own is not: "..., and a truck bomb exploded near an air
                             # base in Cali", QA round twenty-two)
                             and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children))
                    # "clashes between herders that left nine people dead in Baringo county" (QA
                    # round five): the trigger's own toll, told in a relative clause on it
                    and not (t.dep_ == "relcl" and t.lemma_.lower() in _TOLL_RELCL and t.i not in other_heads
                             and trig.is_ancestor(t))]
            if mods:
                continue  # attached to another verb inside the trigger's clause ("said in X")
            attached.append((len(path), k, f"pobj of '{preps[0].lower_}' under trigger"))
        elif root.dep_ in ("compound", "nmod", "amod") and len(path) == 1:
            attached.append((1, k, "modifier of trigger"))
    for k in pool:
        # "clashed with police in the city of Juliaca, where at least 17 people were killed" (QA
        # round seven): the place the sentence's toll is told at
        p = places[k]
        sp = _tok_span(doc, p) if sent.start_char <= p.start < sent.end_char else None
        if sp is not None and ev.event_type in VIOLENT_EVENT_TYPES | {"Riots", "Protests"} and any(
                c.dep_ == "relcl" and c.lemma_.lower() in _TOLL_VERBS and any(
                    w.dep_ == "advmod" and w.lower_ == "where" for w in c.children) for c in sp.root.children):
            attached.append((1, k, "where the toll was"))
    if not attached and trig.pos_ == "NOUN" and trig.dep_ == "pobj" and trig.head.lower_ == "for" \
            and trig.head.head.pos_ == "VERB":
        # "Hamas negotiators arrived in Doha on Tuesday for talks on the second phase of the Gaza
        # ceasefire" (QA round twenty-three): what people came or gathered for happens where they
        # came ("in Doha"), not at a place its topic names
        verb = trig.head.head
        for k in pool:
            sp = _tok_span(doc, places[k]) if sent.start_char <= places[k].start < sent.end_char else None
            if sp is not None and sp.root.dep_ == "pobj" and sp.root.head.lower_ in ("in", "at", "to") \
                    and sp.root.head.head.i == verb.i:
                attached.append((2, k, f"where they {verb.lower_} for it"))
    if not attached and trig.pos_ == "NOUN" and trig.dep_ == "nsubj" and trig.head.pos_ == "VERB" \
            and trig.head.lemma_.lower() in _TOLL_OR_HIT_VERBS:
        # "In the Kherson region, Russian shelling killed a man in the village of Bilozerka" (QA round
        # twenty-four): the weapon's noun is the subject; where its toll was is where it fell
        verb = trig.head
        for k in pool:
            sp = _tok_span(doc, places[k]) if sent.start_char <= places[k].start < sent.end_char else None
            path = _path_to(sp.root, verb) if sp is not None else None
            if path and path[0].dep_ == "prep" and path[0].lower_ in _EVENT_PREPS \
                    and not any(t.pos_ == "VERB" for t in path[:-1]):
                attached.append((len(path) + 1, k, f"pobj of '{path[0].lower_}' under the verb of its toll"))
    if attached:
        attached.sort()
        ks = [k for d, k, _ in attached if d == attached[0][0]] + [k for _, k, _ in attached]
        # "in Jammu's Reasi district" (QA round nineteen): a town named as the container of a unit
        # is its region there, not the town; the unit is where it happened
        # ("in the Paris suburb of Nanterre": the suburb, QA round nineteen)
        def owned(j: int) -> bool:
            owner = places[places[j].parent]
            between = _between(doc, owner, places[j])
            return owner.feature == "populated place" and (
                places[j].feature in ("admin1", "admin2") and between in ("'s", "\u2019s") or between in _SUBURB_OF)
        owners = {places[j].parent for j in ks if places[j].parent is not None and owned(j)}
        ks = [k for k in ks if k not in owners] or ks
        k = _expand_specific(places, best(ks), pool)
        why = next(r for _, kk, r in attached if kk == ks[0])
        town = _toll_town(doc, places, pool, k, trig) if ev.event_type in VIOLENT_EVENT_TYPES else None
        if town is not None:
            return town, why + ", the town of its toll inside it"
        return k, why
    # 2. same sentence, nearest to the trigger (ties: after the trigger, then more specific)
    deeds = {k for k in pool if sent.start_char <= places[k].start < sent.end_char and _anothers_deed(doc, places[k], trig)}
    if ev.sub_event_type == "Arrests":
        # "arrested 12 people accused of spying for Israel in the western province of Kermanshah"
        # (QA round twenty): those arrested are held where they are said to have acted, when that
        # is inside the country the report is told from (not "accused of plotting attacks in India")
        home = {p.country_code for p in places if p.context == "dateline"}
        # (a province or a district: not "accused of overseeing the killing of detainees at the
        # Sednaya prison during the civil war", a deed's own spot long before)
        held = [k for k in deeds if places[k].feature in ("admin1", "admin2") and places[k].country_code in home]
        deeds -= set(held)
    else:
        held = []
    same = [k for k in pool if sent.start_char <= places[k].start < sent.end_char and _same_clause(doc, places[k], trig)
            and k not in deeds] or held
    said = [(x.start, x.end) for x in doc._.dl_sources or []]

    def in_speaker(k: int) -> bool:
        """The place is inside who tells it ("the Gaza civil defence agency said")."""
        return any(a <= places[k].start < b for a, b in said)
    if same and all(in_speaker(k) for k in same):
        # "An Israeli air strike on a school ... in the Nuseirat refugee camp killed at least 33
        # people, the Gaza civil defence agency said" (QA round nineteen): the body that tells it
        # names its domain; a place of another clause of the sentence is where it happened
        other = [k for k in pool if sent.start_char <= places[k].start < sent.end_char and k not in deeds
                 and k not in same and not in_speaker(k)]
        same = [] if other else same
    if same:
        k = min(same, key=lambda k: (_dist(places[k], trig), -_SPECIFICITY.get(places[k].feature, 0)))
        sub = [j for j in same if places[j].parent == k and _between(doc, places[k], places[j]) in _SUBURB_OF]
        if sub:
            # "in the Tripoli suburb of Tajoura" (QA round twenty-three): the suburb, not the city
            # named as its container
            k = sub[0]
        actor_loc |= {j for j in same if _where_an_actor_is(doc, places[j])}
        rest = [j for j in pool if j not in actor_loc and sent.start_char <= places[j].start < sent.end_char]
        if k in actor_loc and rest:
            # "Police in Nepal shot dead two protesters when demonstrators tried to storm a
            # barricade in Kathmandu" (QA round five): where the police are is not where it happened
            # (unless the other place is only bigger: "Police in RSF-controlled Nyala, the capital of
            # South Darfur, arrested 12 activists", QA round twenty-six)
            j = min(rest, key=lambda j: (_dist(places[j], trig), -_SPECIFICITY.get(places[j].feature, 0)))
            if _SPECIFICITY.get(places[j].feature, 0) >= _SPECIFICITY.get(places[k].feature, 0):
                return _expand_specific(places, j, pool), "same sentence, not where an actor is"
        return _expand_specific(places, k, pool), "same sentence, nearest"
    # 2b. the sentence's only event, a place in another of its clauses ("fired tear gas at workers
    # demanding wages in an industrial belt outside Dhaka"): nearer than any other sentence's
    only_event = _only_event_of_sentence(doc, ev)
    # (and an earlier incident told in a clause of the sentence, "shot dead by a gunman nearby":
    # QA round seven; unless its own clause names its unit by anaphor, "in the same province")
    if SAME_SENTENCE_ANY_CLAUSE and (only_event or ev.apart) \
            and not (ev.apart and _unit_anaphor(trig, only_event) not in (None, "area")):
        # (not a country naming who said it: "the United States and Saudi Arabia said in a joint
        # statement", QA round eighteen; a town's police who tell it, "Farmington police say", are
        # where it happened: GVA train)
        other = [k for k in pool if sent.start_char <= places[k].start < sent.end_char and k not in deeds
                 and not (places[k].feature == "country" and in_speaker(k))]
        # (not where they came from: "killed 30 militants trying to cross into the country from
        # Afghanistan in North Waziristan", QA round twenty)
        other = [k for k in other if not _came_from(doc, places[k])] or other
        if other:
            k = min(other, key=lambda k: (_dist(places[k], trig), -_SPECIFICITY.get(places[k].feature, 0)))
            return _expand_specific(places, k, pool), "same sentence, another clause"
    # 2c. "in the province", "across the region": the unit of that kind named last before
    bounds = doc_sent_bounds(doc)
    si = sent_of(doc, trig.i)
    unit = _unit_anaphor(trig, only_event)
    if unit == "area" and _depth < 3:
        # "protests broke out in the area after the gunfight": where the story's last event was
        prev = _previous_event(doc, ev, si)
        if prev is not None:
            k, why = event_place(doc, prev, _depth=_depth + 1)
            if k is not None and places[k].context != "dateline":
                return k, f"'the area': the place of the event in sentence {prev.sent + 1} ({why})"
    elif unit is not None:
        kinds = ("admin1",) if unit in _ANAPHOR_ADMIN1 else ("admin2",)
        before = [k for k in pool if places[k].feature in kinds and places[k].end <= sent.start_char]
        if before:
            k = max(before, key=lambda k: places[k].start)
            return k, f"'the {unit}': the one named before"
        after = [k for k in pool if places[k].feature in kinds and places[k].start >= sent.end_char
                 and places[k].sent <= si + 3]
        if after and any(w.lower_ == "same" for w in trig.sent):
            # "a day after a roadside bomb killed three civilians in the same province" (QA round
            # eight): the province of the story, named after it
            k = min(after, key=lambda k: places[k].start)
            return k, f"'the same {unit}': the one named next"
    # 2d. "took several journalists hostage in Guayaquil ..., before police stormed the building and
    # arrested 13 suspects" (QA round sixteen): a clause hanging on another event of the sentence,
    # with no place of its own, happened where that event did
    if _depth < 2:
        for e in doc._.dl_events or []:
            if e.sent != ev.sent or e.head == ev.head or not 0 <= e.head < len(doc) or e.event_type is None \
                    or e.background or not _clauses_linked(doc[e.head], trig):
                continue
            k, why = event_place(doc, e, _depth=_depth + 1)
            if k is not None and places[k].context != "dateline" and sent.start_char <= places[k].start < sent.end_char:
                return k, f"the place of '{e.text}', whose clause it hangs on ({why})"
    # 3. the story goes on ("The militants also seized weapons"): the place of the event told
    # before; a new story ("Elsewhere, ...") has no place of its own here
    if _new_story(sent):
        dl = [k for k, p in enumerate(places) if p.context == "dateline" and p.feature == "populated place"]
        if dl and sent[0].lower_ == "in" and (places[dl[0]].country_code or "") == "US":
            # "In an unrelated shooting on Tuesday a teenager was hurt" on a JACKSON, Miss. page (QA,
            # sixteenth session): a local page's other incident, in its town
            return dl[0], "dateline (another incident of the town's page, no place of its own)"
        return None, "a new story ('elsewhere', 'separately') names no place"
    if _depth < 3 and _continues_story(trig, sent):
        prev = _previous_event(doc, ev, si)
        if prev is not None:
            k, why = event_place(doc, prev, _depth=_depth + 1)
            if k is not None and places[k].context != "dateline":
                return k, f"story continues from the event in sentence {prev.sent + 1} ({why})"
    # 4. the previous sentences (nearest first), at most two back
    for back in (1, 2):
        if si - back < 0:
            break
        s = doc[bounds[si - back][0]:bounds[si - back][1]]
        evs = [e for e in doc._.dl_events or [] if e.sent == si - back]
        if evs and all(e.background for e in evs):
            continue  # history told in passing ("In 2019 a car bomb killed 22 in Bogota"): not here
        prev = [k for k in pool if s.start_char <= places[k].start < s.end_char]
        if prev:
            k = max(prev, key=lambda k: (places[k].start, _SPECIFICITY.get(places[k].feature, 0)))
            return _expand_specific(places, k, pool), f"{back} sentence(s) before, nearest"
    # 5. "Nigeria's president will travel to Borno state next week to meet families of the 43
    # farmers killed by Boko Haram militants last Saturday" (QA round seventeen): a place in
    # another clause of the trigger's own sentence is nearer than the dateline
    # (not a place of another event typed in the sentence: in the seed report, the deal signed in
    # a sentence that also tells of an airstrike in a southern province is not placed there)
    typed = [doc[e.head] for e in doc._.dl_events or [] if e.sent == ev.sent and e.head != ev.head
             and e.event_type is not None and 0 <= e.head < len(doc)]
    other = [k for k in pool if sent.start_char <= places[k].start < sent.end_char and k not in deeds
             and k not in actor_loc and places[k].context == "body"
             and not in_speaker(k)  # (not a speaker's name: "the UN mission in X said")
             and not any(_placed_under(doc, places[k], x) for x in typed)] \
        if ev.event_type in VIOLENT_EVENT_TYPES | {"Riots", "Protests"} else []
    if other:
        k = min(other, key=lambda k: (_dist(places[k], trig), -_SPECIFICITY.get(places[k].feature, 0)))
        return _expand_specific(places, k, pool), "same sentence, another clause (nothing nearer)"
    dl = [k for k, p in enumerate(places) if p.context == "dateline"]
    if dl:
        return dl[0], "dateline (no place near the trigger)"
    return None, "no place near the trigger"


# openers of a sentence that tells of another incident, somewhere else
_NEW_STORY = {"elsewhere", "separately", "meanwhile", "in another", "in a separate", "in separate",
              "in other", "in an unrelated"}
# words that say a sentence goes on with the incident told before
_GO_ON = {"also", "then", "later", "afterwards", "afterward", "subsequently", "thereafter", "too", "before",
          "after", "further", "additionally", "again"}
_PRONOUN_SUBJ = {"they", "he", "she", "it", "who", "which", "them"}
# nouns for the attackers of a story, named again with "the"
_BACK_PEOPLE = {"group", "attacker", "assailant", "gunman", "gunmen", "militant", "rebel", "insurgent", "raider",
                "kidnapper", "abductor", "captor", "bomber", "shooter"}  # ("a gunfight with the abductors", QA round eight)
EVENT_BACK_SENTENCES = 3  # how far back the event a sentence goes on from may be (a quote between)


_TOLL_RELCL = frozenset({"leave", "kill", "claim", "wound", "injure", "cost"})


def _where_an_actor_is(doc: Doc, p: PlaceMention) -> bool:
    """"Police in Nepal", "the government in Kabul": the place says where an actor is."""
    sp = _tok_span(doc, p)
    if sp is None:
        return False
    r = sp.root
    holder = r.head.head
    if holder.lemma_.lower() in ("embassy", "consulate", "mission", "headquarters", "office") \
            and holder.dep_ not in ("nsubj", "nsubjpass"):
        return False  # "set fire to the Swedish embassy in Baghdad" (QA round eight): the target's place
    return r.dep_ == "pobj" and r.head.dep_ == "prep" and r.head.lower_ in ("in", "of") \
        and (holder.lemma_.lower() in _LOCATED_ACTORS or holder.lower_ in _LOCATED_ACTORS)


def _only_event_of_sentence(doc: Doc, ev: EventMention) -> bool:
    """No other event mention of the sentence, but ``ev``'s own words, could own its places."""
    return not any(e.sent == ev.sent and e.head != ev.head and not e.background
                   for e in doc._.dl_events or [])


def _new_story(sent: Span) -> bool:
    words = [t.lower_ for t in sent[:4] if not t.is_punct]
    return bool(words) and (words[0] in _NEW_STORY or " ".join(words[:2]) in _NEW_STORY
                            or " ".join(words[:3]) in _NEW_STORY)


def _continues_story(trig: Token, sent: Span) -> bool:
    """The trigger's clause goes on with the story: "also"/"then"/"later" in it, "before fleeing",
    or a pronoun or definite common noun as its subject ("They", "the militants")."""
    head = _clause_head(trig)
    if trig.pos_ == "NOUN" and any(d.dep_ in ("det", "poss") and d.lower_ in ("the", "this", "that", "its")
                                   for d in trig.children):
        return True  # "the president condemned the attack": the attack told before
    for t in (trig, head):
        for c in t.children:
            if c.lower_ in _GO_ON and c.dep_ in ("advmod", "prep", "mark", "cc", "npadvmod"):
                return True
            # "... exchanged fire with the group": the attackers told before
            objs = [c] if c.dep_ == "dobj" else (
                [o for o in c.children if o.dep_ == "pobj"] if c.dep_ == "prep" else [])
            if any(o.lemma_.lower() in _BACK_PEOPLE and any(d.dep_ == "det" and d.lower_ == "the" for d in o.children)
                   for o in objs):
                return True
            if c.dep_ in ("nsubj", "nsubjpass"):
                if c.lower_ in _PRONOUN_SUBJ:
                    return True
                if c.pos_ == "NOUN" and not c.ent_type_ and any(d.dep_ == "det" and d.lower_ in ("the", "these", "those")
                                                             for d in c.children):
                    return True
    first = next((t for t in sent if not t.is_punct), None)
    return first is not None and first.lower_ in ("then", "later", "afterwards", "after", "also")


def _previous_event(doc: Doc, ev: EventMention, si: int) -> EventMention | None:
    """The latest event mention in the few sentences before ``ev``'s (not background, not generic)."""
    best = None
    for e in doc._.dl_events or []:
        if e is ev or e.sent >= ev.sent or ev.sent - e.sent > EVENT_BACK_SENTENCES:
            continue
        if getattr(e, "background", False) or getattr(e, "generic", False):
            continue
        if best is None or (e.sent, e.head) > (best.sent, best.head):
            best = e
    return best


def _acting_place(doc: Doc, p: PlaceMention) -> bool:
    sp = _tok_span(doc, p)
    return sp is not None and sp.root.dep_ in ("nsubj", "nsubjpass", "agent", "poss")


def _aimed_at(doc: Doc, p: PlaceMention, trig: Token) -> bool:
    """The place is what the violence of ``trig`` is aimed at: object of "against/on/at/into"
    under the trigger or its verb ("strikes against Iraq", "launched attacks on Syria"), or the
    trigger verb's direct object ("shelled Ukraine")."""
    sp = _tok_span(doc, p)
    if sp is None:
        return False
    root = sp.root
    near = {trig.i, trig.head.i}
    if root.dep_ == "dobj" and root.head.i == trig.i:
        return True
    return root.dep_ == "pobj" and root.head.lower_ in ("against", "on", "at", "into") and root.head.head.i in near


_CARE_NOUNS = frozenset({"hospital", "clinic", "morgue", "mortuary", "infirmary"})
_CARE_VERBS = frozenset({"evacuate", "take", "rush", "transfer", "airlift", "fly", "admit", "treat", "carry",
                         "bring", "move", "send", "transport", "refer",
                         # "died two days later at Miami Valley Hospital" (QA round six)
                         "die", "succumb", "pronounce", "hospitalize", "hospitalise", "recover"})


def _care_place(doc: Doc, p: PlaceMention) -> bool:
    """Where the wounded or the dead were taken, not where they were hit: "evacuated to a military
    hospital in Srinagar", "treated at a clinic in Kabul", "taken to the morgue in Kano"."""
    sp = _tok_span(doc, p)
    if sp is None:
        return False
    t = sp.root
    for _ in range(3):
        if t.head is t:
            return False
        t = t.head
        if t.lemma_.lower() in _CARE_NOUNS or t.lower_ in ("center", "centre") and any(
                c.dep_ == "compound" and c.lower_ in ("medical", "trauma", "health", "burn", "hospital")
                for c in t.children):
            # ("taken to Banner-University Medical Center", QA round forty-six)
            prep = t.head if t.dep_ == "pobj" else None
            verb = prep.head if prep is not None and prep.dep_ in ("prep", "dative") else None
            if verb is not None and verb.lemma_.lower() in _STAY_VERBS and prep.lower_ in ("at", "in"):
                # "had been on life support at a Macon hospital", "remains in a hospital in Kano" (QA
                # round forty-four): where a person lies, unless the incident is the subject ("the
                # blast was at a hospital")
                subj = next((c for x in (verb, verb.head if verb.dep_ == "conj" else verb) for c in x.children
                             if c.dep_ in ("nsubj", "nsubjpass")), None)
                return subj is not None and (subj.pos_ == "PRON" or subj.ent_type_ == "PERSON"
                                             or subj.lemma_.lower() in _PERSON_SUBJECTS)
            return verb is not None and verb.lemma_.lower() in _CARE_VERBS
    return False


_STAY_VERBS = frozenset({"be", "remain", "stay", "lie"})
_PERSON_SUBJECTS = frozenset({"man", "woman", "boy", "girl", "child", "teen", "teenager", "victim", "person", "people",
                              "officer", "soldier", "survivor", "patient", "wounded", "injured", "driver", "student",
                              "resident", "passenger", "son", "daughter", "father", "mother", "husband", "wife",
                              "brother", "sister", "suspect", "gunman", "shooter", "year", "old"})


# people named by where they come from: "23 men from Punjab province", "pilgrims from Kerala"
_PEOPLE_FROM = frozenset({"man", "men", "woman", "women", "people", "worker", "workers", "labourer", "labourers",
                          "laborer", "laborers", "traveller", "travellers", "traveler", "travelers", "passenger",
                          "passengers", "pilgrim", "pilgrims", "migrant", "migrants", "student", "students",
                          "tourist", "tourists", "youth", "youths", "family", "families", "fisherman", "fishermen",
                          "trader", "traders", "trucker", "truckers", "driver", "drivers", "national", "nationals",
                          "resident", "residents", "native", "natives", "settler", "settlers", "civilian", "civilians",
                          # "after mediation by elders from Misrata" (QA round twenty-five): who came to talk
                          "elder", "elders", "leader", "leaders", "delegate", "delegates", "delegation",
                          "mediator", "mediators", "negotiator", "negotiators", "envoy", "envoys",
                          # "The gunman, a 21-year-old from Lexington, was taken into custody outside the
                          # mall" (QA round forty-five): where he lives
                          "old", "suspect", "suspects", "gunman", "gunmen", "shooter", "victim", "victims",
                          "teen", "teens", "teenager", "teenagers", "boy", "boys", "girl", "girls"})


_PART_WORDS = frozenset({"most", "many", "some", "all", "both", "several", "majority", "half", "none"})


_SPEAKER_NOUNS = frozenset({"official", "officials", "authority", "authorities", "prosecutor", "prosecutors",
                            "spokesman", "spokeswoman", "spokesperson"})


def _speakers_place(doc: Doc, p: PlaceMention) -> bool:
    """Where those telling of it sit: "officials in Michoacan state said" (QA round twenty-two: the
    mayor of Uruapan shot "in the city" was placed in Michoacan). A place of the deed the report names
    comes first, then the victim's office town, then this."""
    g = _governor_through(doc, p, "in")
    return g is not None and g.lower_ in _SPEAKER_NOUNS and g.dep_ == "nsubj" and g.head.lemma_.lower() in SAY_VERBS


def _governor_through(doc: Doc, p: PlaceMention, prep: str) -> Token | None:
    """The word a place hangs on through ``prep`` ("officials [in] Michoacan": officials), else None."""
    sp = _tok_span(doc, p)
    if sp is None or sp.root.dep_ != "pobj" or sp.root.head.lower_ != prep:
        return None
    return sp.root.head.head


def _home_of_people(doc: Doc, p: PlaceMention) -> bool:
    """Where the victims come from, not where they were hit: "shot dead 23 men from Punjab
    province" on a Balochistan highway, "who hailed from Punjab" (QA round seven)."""
    g = _governor_through(doc, p, "from")
    if g is None:
        return False
    t = _tok_span(doc, p).root
    if g.lemma_.lower() in ("hail", "belong"):
        return True
    if g.pos_ == "VERB":
        # "shot dead 23 men from Punjab province": the phrase hung on the verb, right after its object
        objs = [c for c in g.children if c.dep_ == "dobj" and c.i == t.head.i - 1]
        # "shot dead 23 people, most of them from Punjab province" (QA round seventeen): the part
        # of the object's people told after it
        part = next((c for c in g.children if c.dep_ in ("dobj", "appos") and c.lower_ in _PART_WORDS
                     and any(x.dep_ == "pobj" and x.i == t.head.i - 1 for p in c.children if p.lower_ == "of"
                             for x in p.children)), None)
        if part is not None:
            return True
        if not objs:
            return False
        g, verb = objs[0], g
    else:
        verb = g.head if g.dep_ in ("dobj", "nsubjpass", "nsubj") else None
    # (taken from somewhere, that is where it happened: "abducted 20 students from Kuriga")
    return g.lower_ in _PEOPLE_FROM and not (verb is not None and verb.lemma_.lower() in _TAKEN_FROM)


_TOLL_VERBS = frozenset({"kill", "die", "wound", "injure", "hurt", "massacre", "slay"})
_TOLL_OR_HIT_VERBS = _TOLL_VERBS | {"hit", "strike", "destroy", "damage"}


def _kind_demonym(doc: Doc, gaz: Gazetteer, c) -> str | None:
    """The country a demonym before the kind word names: "the Haitian town of X", "the southern
    Lebanese town of X" (else None)."""
    if c.start < 3 or doc[c.start - 1].lower_ != "of" or doc[c.start - 2].lower_ not in _KIND_OF_WORDS:
        return None
    for t in reversed(list(doc[max(0, c.start - 6):c.start - 2])):
        if t.lower_ in ("the", "a", "an"):
            break
        if t.is_title and t.ent_type_ == "NORP":
            if t.i + 1 < len(doc) and doc[t.i + 1].text == "-":
                return None  # "the Russian-occupied city of Luhansk" (QA round seventeen): whose hold, not where
            return gaz.demonym(t.text)
    # "the West Bank village of Turmus Ayya" (QA round twenty-three): a unit named before the kind
    # word gives the country (one country's units only)
    j = c.start - 3
    while j >= 0 and doc[j].is_title and doc[j].lower_ not in ("the", "a", "an") and c.start - 3 - j < 3:
        j -= 1
    if j + 1 <= c.start - 3:
        rows, _hint, how = gaz.candidates(doc[j + 1:c.start - 2].text, allow_loose=False)
        ccs = {gaz.cc(r) for r in rows if gaz.kind[r] in (COUNTRY, ADMIN1, ADMIN2)} - {None, ""}
        if how == "exact" and len(ccs) == 1:
            return ccs.pop()
    return None


def _in_country_after(doc: Doc, gaz: Gazetteer, cands: list, c) -> str | None:
    """The country a name is told to lie in right after it: "the town of Lere in central Mali"
    (QA round seventeen: not Lere, Nigeria, the only one the gazetteer has)."""
    j = c.end
    # (or the kind word after the names, then the country: "on the Gara and Hakurk regions of northern
    # Iraq", QA round thirty-nine)
    k = j
    while k + 1 < len(doc) and doc[k].lower_ == "and" and _is_cap(doc[k + 1]):
        k += 2
        while k < len(doc) and _is_cap(doc[k]):
            k += 1
    if k + 1 < len(doc) and (doc[k].lower_ in _KIND_OF_WORDS or doc[k].lower_.rstrip("s") in _KIND_OF_WORDS
                             or doc[k].lower_ in ("areas", "area", "mountains")) and doc[k + 1].lower_ == "of" \
            and not (c.start > 0 and doc[c.start - 1].lower_ == "of"):
        j = k + 1
    elif j >= len(doc) or doc[j].lower_ != "in" or c.start < 2 or doc[c.start - 1].lower_ != "of" \
            or doc[c.start - 2].lower_ not in _KIND_OF_WORDS:
        return None  # (a town named as one: "the town of X in Y"; not "the US in Syria")
    j += 1
    while j < len(doc) and doc[j].lower_ in _DIRECTIONS and doc[j].is_lower:
        j += 1  # ("northwestern", not the "Central" of the Central African Republic)
    def countries(text: str) -> list[int]:
        rows = _candidates_info(gaz, text)[0]
        return rows if rows and gaz.kind[rows[0]] == COUNTRY else []

    d = next((x for x in cands if x.start == j and x.context != "demonym"), None)
    rows = countries(doc[d.start:d.end].text) if d is not None else []
    if not rows:
        # (a country the model did not tag as a place: "in northwestern Central African Republic")
        k = j
        while k < len(doc) and k - j < 4 and doc[k].is_title:
            k += 1
        rows = next((rs for e in range(k, j, -1) if (rs := countries(doc[j:e].text))), [])
    if not rows or any(gaz.kind[r] == COUNTRY and gaz.cc(r) != gaz.cc(rows[0]) for r in rows):
        return None  # (no country, or one of two: "eastern Congo")
    return gaz.cc(rows[0])


def _names_a_town(gaz: Gazetteer, text: str) -> bool:
    rows, _how = _candidates_info(gaz, text)
    return any(gaz.kind[r] == PLACE for r in rows)


_TAKEN_FROM = frozenset({"abduct", "kidnap", "take", "seize", "snatch", "evacuate", "rescue", "free", "release",
                         "remove", "drag", "pull", "grab", "expel", "deport", "displace", "flee", "evict",
                         "abduction", "carry", "lead", "march", "force", "round"})


_PROVINCE_FORCES = frozenset({"force", "forces", "militia", "militias", "police", "troop", "troops", "fighter",
                              "fighters", "army", "guard", "guards", "government", "administration", "authorities"})


# sites a weapon is fired at, named by their country ("Israel's main airport")
_AIMED_SITES = frozenset({"airport", "port", "city", "capital", "territory", "coast", "border", "embassy", "base",
                          "facility", "refinery", "plant", "town", "village", "south", "north", "east", "west"})


# verbs whose object is a government addressed or blamed, when a capital or country stands for it
_ADDRESSED_VERBS = frozenset({"accuse", "blame", "urge", "warn", "condemn", "criticise", "criticize", "pressure",
                              "pressurise", "pressurize", "petition", "thank", "praise", "denounce"})


def _actorlike(doc: Doc, p: PlaceMention) -> bool:
    """A country or capital standing for its government: "The US carried out", "US airstrike",
    "talks between Kabul and the Taliban", "Washington signed"."""
    if p.feature in ("admin1", "admin2"):
        # a province's own forces: "Amhara regional forces", "the Oromia police", "Jubaland troops"
        sp = _tok_span(doc, p)
        if sp is None or sp.root.dep_ not in ("compound", "amod", "nmod"):
            return False
        head = sp.root.head
        while head.dep_ in ("compound", "amod", "nmod") and head.i < head.head.i and head.head.i - sp.root.i <= 3:
            head = head.head
        return head.lemma_.lower() in _PROVINCE_FORCES
    if p.feature not in ("country", "populated place", "region"):
        return False
    if p.feature == "populated place" and p.geo_precision == 1:
        gaz = get_gazetteer()
        row = gaz.lookup_gid(p.geonames_id) if p.geonames_id else None
        if row is None or row not in gaz.capitals:
            return False
    sp = _tok_span(doc, p)
    if sp is None:
        return False
    root = sp.root
    if root.dep_ == "poss" and root.head.dep_ == "pobj" and root.head.head.lower_ in ("at", "on", "into", "toward",
                                                                                     "towards") \
            and root.head.lemma_.lower() in _AIMED_SITES:
        return False  # "fired a ballistic missile at Israel's main airport" (QA round twenty-two): the target's
    if root.dep_ in ("nsubj", "nsubjpass", "agent", "poss"):
        return True
    if p.feature in ("country", "region") and root.dep_ in ("compound", "amod", "nmod"):
        return True
    if root.dep_ == "pobj" and root.head.lower_ in ("between", "with", "against", "by"):
        return True
    if root.dep_ == "dobj" and root.head.lemma_.lower() in _ADDRESSED_VERBS:
        return True  # "accused Kinshasa of violating a truce" (QA, seventeenth session): the government
    if root.dep_ == "conj" or any(c.dep_ == "conj" and c.ent_type_ in ("ORG", "NORP", "PERSON") for c in root.children):
        return any(c.ent_type_ in ("ORG", "NORP", "PERSON") for c in root.children if c.dep_ == "conj") \
            or (root.dep_ == "conj" and root.head.ent_type_ in ("ORG", "NORP", "PERSON"))
    return False


# a place this many tokens from the trigger counts as near even in another clause (measured on our
# own-words tests: "attacks in Helmand and Kunduz, where police ..." stays within 8 tokens)
NEAR_TOKENS = 8


def _clause_head(tok: Token) -> Token:
    cur = tok
    for _ in range(12):
        if cur.tag_ == "VBG" and cur.dep_ in ("nsubj", "nsubjpass", "csubj") and cur.head is not cur:
            cur = cur.head  # a gerund subject ("Fighting between clans killed seven") is in its verb's clause
            continue
        if cur.pos_ in ("VERB", "AUX") or cur.dep_ == "ROOT" or cur.head is cur:
            return cur
        cur = cur.head
    return cur


_ANAPHOR_ADMIN1 = {"province", "region", "state", "governorate", "department", "oblast"}
_ANAPHOR_ADMIN2 = {"district", "county", "territory", "zone"}


def _unit_anaphor(trig: Token, only_event: bool) -> str | None:
    """"in the province" in the trigger's clause, naming no unit: the kind of unit it refers back to."""
    head = _clause_head(trig)
    if head.dep_ in ("advcl", "pcomp", "acl") and only_event:
        head = trig.sent.root  # "protests broke out in the area, with residents throwing stones"
    for t in head.subtree:
        if t.dep_ == "pobj" and t.head.lower_ in _EVENT_PREPS \
                and t.lower_ in _ANAPHOR_ADMIN1 | _ANAPHOR_ADMIN2 | {"area"} \
                and (_clause_head(t).i == head.i or head.dep_ == "ROOT") \
                and any(d.dep_ == "det" and d.lower_ in ("the", "that", "this") for d in t.children) \
                and not any(d.dep_ in ("compound", "prep") or d.dep_ == "amod" and d.lower_ != "same"
                            for d in t.children):
            return t.lower_  # ("in the same province", QA round eight)
    return None


def _clauses_linked(a: Token, b: Token) -> bool:
    """One trigger's clause hangs on the other's through subordinate or coordinated verbs (at most
    three steps up from either)."""
    for x, y in ((a, b), (b, a)):
        cur, k = y, 0
        while cur.dep_ in ("advcl", "conj", "xcomp") and cur.head.i != cur.i and k < 3:
            cur, k = cur.head, k + 1
            if cur.i == x.i:
                return True
    return False


def _same_clause(doc: Doc, p: PlaceMention, trig: Token) -> bool:
    sp = _tok_span(doc, p)
    if sp is None:
        return False
    if min(abs(sp.start - trig.i), abs(sp.end - 1 - trig.i)) <= NEAR_TOKENS:
        return True
    return _clause_head(sp.root).i == _clause_head(trig).i


def _dist(p: PlaceMention, trig: Token) -> int:
    a = trig.idx
    return abs(p.start - a) if p.start >= a else abs(a - p.end) + 1


def _most_specific(places: list[PlaceMention], ks: list[int]) -> int:
    return max(ks[:1] + ks, key=lambda k: (_SPECIFICITY.get(places[k].feature, 0), -ks.index(k)))


def _toll_town(doc: Doc, places: list[PlaceMention], pool: list[int], k: int, trig: Token) -> int | None:
    """"air strikes on rebel-held areas of Idlib province ..., killing at least eight civilians in
    the town of Ariha" (QA round eighteen): the one town inside the province the trigger is placed
    in where the sentence's toll ("killing ... in X", on the trigger's verb) was told."""
    unit = places[k]
    if unit.feature not in ("admin1", "admin2") or not unit.name:
        return None
    verb = trig if trig.pos_ == "VERB" else trig.head
    found = []
    for j in pool:
        p = places[j]
        if p.feature != "populated place" or p.country_code != unit.country_code \
                or (p.admin1 if unit.feature == "admin1" else p.admin2) != unit.name:
            continue
        sp = _tok_span(doc, p)
        if sp is None or sp.sent.start != trig.sent.start:
            continue
        root = sp.root
        while root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in GENERIC_CITY:
            root = root.head.head  # "in the town of Ariha"
        if root.dep_ != "pobj" or root.head.lower_ not in ("in", "at"):
            continue
        toll = root.head.head
        if toll.dep_ == "dobj":
            toll = toll.head  # "killing at least eight civilians in the town of X"
        if toll.tag_ == "VBG" and toll.lemma_.lower() in _TOLL_VERBS and toll.head.i == verb.i:
            found.append(j)
    return found[0] if len(found) == 1 else None


def _expand_specific(places: list[PlaceMention], k: int, pool: list[int]) -> int:
    """If another mention is explicitly inside the chosen one ("Imam Sahib district of Kunduz"), take it."""
    for j in pool:
        if places[j].parent == k and (_SPECIFICITY.get(places[j].feature, 0) > _SPECIFICITY.get(places[k].feature, 0)
                                      # (a village the gazetteer lacks, told inside the province: "Wad
                                      # al-Noura, a village in Gezira state", QA round twenty-six)
                                      or places[j].feature == "unknown" and places[k].feature in ("admin1", "admin2")):
            return j
    return k


__all__ = ["dateline_places", "event_place", "places_of", "recognise", "FEATURE", "PLACE", "ADMIN1",
           "ADMIN2", "name_key"]
