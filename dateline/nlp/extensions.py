"""Register the ``doc._.dl_*`` extensions every stage reads or writes (idempotent)."""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc, Token

# name -> what it holds
EXTENSIONS: dict[str, str] = {
    "dl_article": "the Article (metadata: published, source, ...)",
    "dl_header": "Header: the dateline",
    "dl_places": "list[PlaceMention]",
    "dl_times": "list[TimeMention]",
    "dl_counts": "list[CountMention]",
    "dl_sources": "list[SourceMention]",
    "dl_events": "list[EventMention]",
    "dl_actors": "list[ActorMention]",
    "dl_records": "list[EventRecord]: the fused events of the report",
    "dl_sent_spans": "list[(start_char, end_char, text)] of doc.sents (trimmed), cached by the fuse stage",
    "dl_warnings": "list[str]: problems worth telling the user (e.g. no publication date)",
    "dl_recased": "bool: the text came in capitals and is read in sentence case (dateline kept)",
}


def register() -> None:
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register()


def doc_text(doc) -> str:
    """``doc.text``, cached: spaCy rebuilds it from the tokens on every access (O(tokens)), so stages
    that slice it per mention should call this instead."""
    cached = doc.user_data.get("dl_text")
    if cached is None:
        cached = doc.text
        doc.user_data["dl_text"] = cached
    return cached


def published_day(doc):
    """The day the report was published (its Article's ``published``), or None."""
    art = doc._.dl_article
    return getattr(art, "published", None) if art is not None else None


def doc_sent_bounds(doc) -> list[tuple[int, int]]:
    """Token (start, end) of each of ``doc.sents``, cached: per-event helpers (the event's place)
    ask for them many times per report, and spaCy walks every token to find the sentences. Only
    offsets are kept in ``user_data`` (it is serialised with the Doc); ``doc[a:b]`` is the span."""
    bounds = doc.user_data.get("dl_sent_bounds")
    if bounds is None:
        bounds = [(s.start, s.end) for s in doc.sents]
        doc.user_data["dl_sent_bounds"] = bounds
    return bounds


def doc_sents(doc) -> list:
    """``list(doc.sents)`` from the cached bounds: each stage walks the sentences, and
    ``doc.sents`` makes a Token object of every word to find them anew each time."""
    return [doc[a:b] for a, b in doc_sent_bounds(doc)]


# nouns of a past deed a later act is told about ("arrested a suspect in the killing of ..."): a
# date the parser hung on the act's verb but told after such a noun is the deed's (QA round
# twenty-three; the events and dates stages)
PAST_DEED_NOUNS = frozenset({"killing", "murder", "death", "attack", "shooting", "bombing", "kidnapping",
                             "assassination", "massacre", "abduction", "stabbing", "disappearance"})


def deed_between(verb: Token, end_char: int) -> bool:
    """A past deed's noun (PAST_DEED_NOUNS) told after the verb ``verb`` and before ``end_char``, not
    the verb's own "to death" ("stabbed a refugee to death ... in August" keeps its month)."""
    return any(w.pos_ == "NOUN" and w.lemma_.lower() in PAST_DEED_NOUNS and w.idx < end_char
               and not (w.dep_ == "pobj" and w.head.lower_ == "to" and w.head.head.i == verb.i)
               for w in verb.doc[verb.i + 1:verb.sent.end])


def sent_of(doc, i: int) -> int:
    """The index of token ``i``'s sentence among the Doc's sentences (as the mentions' ``sent``
    counts them), from the cached bounds."""
    return bisect_right([a for a, _ in doc_sent_bounds(doc)], i) - 1


_LEMMA_LOWER: dict[int, str] = {}  # lemma hash -> lower-cased lemma


def lemma_lower(tok) -> str:
    """``tok.lemma_.lower()``, cached by the lemma's hash: the events and counts stages ask for
    every word of every report (spaCy builds the string anew on each access)."""
    low = _LEMMA_LOWER.get(tok.lemma)
    if low is None:
        if len(_LEMMA_LOWER) > 200_000:
            _LEMMA_LOWER.clear()
        low = _LEMMA_LOWER[tok.lemma] = tok.lemma_.lower()
    return low


def spans_years(tm) -> bool:
    """A time expression that spans months or years: a duration of months, years or decades ("the
    past 9 years", "the first three months"), or a past decade ("in the past decade"). The events
    stage reads a tally of such a span as generic, the counts stage as no event's toll."""
    if tm.kind == "duration" and re.search(r"(?i)month|year|decade", tm.text):
        return True
    return tm.kind == "date" and tm.granularity in ("decade", "century") \
        and bool(re.search(r"(?i)\b(?:past|last|previous)\b", tm.text))


# words by which a sentence says it tells of another incident than the one told before
_OTHER_INCIDENT = frozenset({"another", "separate", "separately", "unrelated", "earlier", "previous", "previously"})


def tells_other_incident(sent) -> bool:
    """The sentence (a Span) says it tells of something besides the incident told: "another",
    "separately", "earlier", or "also" on its verb ("one of the teens also confessed to wounding a
    driver on Feb. 3"; not "her cousin, also 15")."""
    return any(t.lower_ in _OTHER_INCIDENT or (t.lower_ == "also" and t.dep_ == "advmod" and t.head.pos_ == "VERB")
               for t in sent)


# reporting verbs (whose subject the small model may take from a casualty participle's victims; a
# body named after its place that is their subject speaks, places.py)
SAY_VERBS = frozenset({"say", "tell", "report", "add", "confirm", "state", "announce"})


def small_clause_object(t: Token) -> list[Token]:
    """The object of an active verb that the parser made the subject of a participle clause right
    after it ("killed at least seven Palestinians waiting for aid", "wounding two men standing
    outside"): that subject, when it opens the words after the verb."""
    # (or a past participle: "shot and wounded a man wanted for the murder of a jeweller", QA round 26)
    return [x for c in t.children if c.dep_ in ("advcl", "ccomp", "xcomp") and c.i > t.i
            and (c.tag_ == "VBG" or c.tag_ in ("VBN", "VBD")
                 and not any(a.dep_ in ("aux", "auxpass", "dobj") for a in c.children))
            for x in c.children if x.dep_ == "nsubj" and x.left_edge.i == t.i + 1 and x.pos_ in ("NOUN", "PROPN")]


def victims_misparsed_as_speaker(verb):
    """"... bombed a monastery, killing at least 17 people including four children, a local group
    and residents said on Saturday" (QA round eight): the small model makes the victims the subject
    of the reporting verb, itself a clausal complement of "killing". For a casualty participle with
    no object: that subject when it carries a number, else None."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return None
    if verb.tag_ == "VBD" and verb.dep_ == "ccomp" and verb.head.i > verb.i and lemma_lower(verb.head) in SAY_VERBS \
            and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        # "Suspected jihadists killed at least nine farmers ..., residents and a militia leader
        # said" (QA round sixteen): the same, the killing itself the reporting verb's complement
        for subj in verb.head.children:
            if subj.dep_ == "nsubj" and verb.i < subj.i and any(n.dep_ == "nummod" for n in subj.children):
                return subj
        return None
    if verb.tag_ != "VBG":
        return None
    for c in verb.children:
        if c.dep_ == "ccomp" and c.i > verb.i and lemma_lower(c) in SAY_VERBS:
            for subj in c.children:
                if subj.dep_ == "nsubj" and verb.i < subj.i < c.i \
                        and (subj.like_num or any(n.dep_ == "nummod" for n in subj.children)):
                    return subj
    return None


FREEING_VERBS = frozenset({"rescue", "free", "liberate", "release"})


def linked_to(t) -> bool:
    """"killed three suspected militants linked to the blast in a raid" (QA round twenty-five): a deed
    named as what people are tied to is told of them; it heads no event of the clause. Only a definite
    one: an indefinite deed told first so, a suspect tied to "a shooting in January", is the report's
    incident (GVA train)."""
    return t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ in ("to", "with") \
        and t.head.head.tag_ == "VBN" \
        and lemma_lower(t.head.head) in ("link", "connect", "tie", "relate", "implicate") \
        and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in t.children)


def freed_by_rescue(t) -> bool:
    """``t`` is a participle telling who a rescue freed, and how they were taken before ("troops
    rescued 42 people kidnapped by bandits": the kidnapping is not the rescue's)."""
    return t.dep_ == "acl" and t.head.dep_ in ("dobj", "nsubjpass") and lemma_lower(t.head.head) in FREEING_VERBS


def dog_breed(tok) -> bool:
    """"a German shepherd": a dog, not a herdsman (GVA train: an officer who shot a dog)."""
    return lemma_lower(tok) == "shepherd" and any(c.lower_ in ("german", "australian", "anatolian")
                                                   for c in tok.children)


def shot_dead_misparsed(dead) -> tuple[list, list] | None:
    """"Gunmen on a motorbike shot dead a police constable": the small model reads "motorbike shot"
    as a noun and hangs "dead" and the victim anywhere (QA round seven). For the token "dead" after
    a non-verb "shot"/"gunned": (the attackers, the victims) read from the words around it (the
    noun the phrase holding "shot" hangs on; the head noun of the phrase after "dead"), else None."""
    doc = dead.doc
    if dead.lower_ != "dead" or dead.i == 0 or doc[dead.i - 1].lower_ not in ("shot", "gunned"):
        return None
    shot = doc[dead.i - 1]
    if shot.pos_ == "VERB":
        # "An Islamic State sniper shot dead a shepherd", "dead" read as a preposition with the
        # victim its object (QA round seventeen)
        obj = [c for c in dead.children if c.dep_ in ("dobj", "pobj") and c.pos_ in ("NOUN", "PROPN", "NUM")]
        if dead.dep_ != "prep" or not obj or any(c.dep_ == "dobj" for c in shot.children):
            return None
        return [c for c in shot.children if c.dep_ == "nsubj"], obj[:1]
    victims = []
    for t in doc[dead.i + 1:min(len(doc), dead.i + 7)]:
        if t.is_punct or t.pos_ in ("VERB", "ADP", "AUX"):
            break
        if t.pos_ in ("NOUN", "PROPN", "NUM") and t.dep_ not in ("compound", "amod", "nmod", "nummod", "det"):
            victims = [t]
            break
    if not victims:
        return None
    attackers = []
    h = shot
    for _ in range(3):
        if h.head.i == h.i:
            break
        h = h.head
        if h.pos_ in ("NOUN", "PROPN") and h.i < shot.i:
            attackers = [h]
            break
    return attackers, victims


_BORDER_WITH = re.compile(r"(?i)\b(?:border|frontier)\s+with\s+(?:the\s+)?$")


def border_neighbour(doc, p) -> bool:
    """A country place named as the other side of a border ("deployed troops to the border with
    Colombia", "a post near the border with Burkina Faso"): neither the event's place nor its
    actors' country (QA round seven)."""
    return p.feature == "country" and bool(_BORDER_WITH.search(doc_text(doc)[max(0, p.start - 30):p.start]))


_SPANS_OF_TIME = frozenset({"day", "week", "month", "year"})


def ongoing_for(t) -> bool:
    """"as fighting between rival factions enters its third month", "the war, now in its second
    year" (QA round seven): a conflict told by how long it has gone on, the frame of the news, no
    one incident."""
    def spans(n) -> bool:
        return n.lemma_.lower() in _SPANS_OF_TIME and any(
            c.dep_ == "poss" and c.lower_ in ("its", "their") for c in n.children)
    if t.dep_ == "nsubj" and t.head.lemma_.lower() in ("enter", "reach", "drag", "stretch", "approach", "near") \
            and any(c.dep_ in ("dobj", "npadvmod") and spans(c) for c in t.head.children):
        return True
    for x in (t, t.head if t.dep_ == "nsubj" else None):
        for c in (x.children if x is not None else ()):
            if c.dep_ == "prep" and c.lower_ == "in" and any(p.dep_ == "pobj" and spans(p) for p in c.children):
                return True
    return False


AIR_WEAPONS = frozenset({"drone", "uav", "aircraft", "plane", "jet", "helicopter", "warplane", "balloon"})
# verbs of going after someone ("soldiers pursued the attackers and killed 10 of them")
PURSUIT_VERBS = frozenset({"pursue", "chase", "track", "hunt"})
ROADS = frozenset({"road", "highway", "route"})


def road_destination(t: Token) -> bool:
    """``t`` names where a road leads: "a bridge on the road to Senegal" (QA round twenty-two), the
    "to" phrase on the road or, as the parser often hangs it, on the verb right after the road."""
    return t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.i > 0 and (
        t.head.head.lemma_.lower() in ROADS or t.doc[t.head.i - 1].lemma_.lower() in ROADS)


# words for an armed group that no name gives ("gang strongholds", "militant hideouts", "a raid on
# rebel camps"): the events stage types a raid on their places a clash, the actors stage makes them
# the side struck (QA round twenty-two)
ARMED_GROUP_WORDS = frozenset({"gang", "cartel", "militant", "rebel", "insurgent", "jihadist", "militia", "bandit",
                               "terrorist", "guerrilla", "criminal"})
# aircraft with a crew: one brought down is its force's loss in a fight, not a strike it made
MANNED_AIRCRAFT = frozenset({"aircraft", "plane", "airplane", "jet", "helicopter", "warplane"})
# a person's guns (what "went off", what one "pointed at officers")
GUN_WORDS = frozenset({"gun", "handgun", "pistol", "rifle", "shotgun", "revolver", "firearm", "weapon"})
MISSILE_WEAPONS = frozenset({"missile", "rocket", "projectile", "shell"})


def shot_down(t):
    """The weapons object of "shot down"/"intercepted"/"downed" ("shot down 42 of the 50 drones"),
    else None."""
    if lemma_lower(t) == "shoot" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in t.children) \
            or lemma_lower(t) in ("intercept", "down"):
        for o in (c for c in t.children if c.dep_ in ("dobj", "nsubjpass")):
            w = _of_object(o)
            if lemma_lower(w) in AIR_WEAPONS | MISSILE_WEAPONS:
                return w
            if w.lower_ in ("them", "it"):
                # "Russia launched 60 drones ..., adding that air defences shot down 52 of them" (QA,
                # seventeenth session): the weapons the pronoun stands for, told before in the sentence
                before = [x for x in t.doc[t.sent.start:t.i] if x.pos_ == "NOUN"
                          and lemma_lower(x) in AIR_WEAPONS | MISSILE_WEAPONS]
                if before:
                    return before[-1]
        # (the small model may lose the object: "shot down 42 of the 50 drones Russia launched")
        for w in t.doc[t.i + 1:min(t.i + 9, t.sent.end)]:
            if w.pos_ == "VERB":
                break
            if w.pos_ == "NOUN" and lemma_lower(w) in AIR_WEAPONS | MISSILE_WEAPONS:
                return w
    return None


def _of_object(o):
    """"42 of the 50 drones": the drones."""
    if o.like_num or o.lower_ in ("most", "all", "some", "many"):
        return next((p for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                     if p.dep_ == "pobj"), o)
    return o


# a running count of victims over a period ("the paper's running tally of shooting victims this month
# stands at 19 dead"): a tally, neither an incident (events) nor its figure (counts)
# (GVA train 844, a tracker's monthly tally recorded as a 24-dead attack)
RUNNING_COUNT = (r"\b(?:count|tally|total|number)\s+of\s+(?:[\w-]+\s+){0,2}?(?:victims|shootings|homicides|"
                 r"killings|murders)\s+(?:[\w-]+\s+){0,3}?(?:this\s+(?:week|month|year)|so\s+far)\b")


# a toll's update ("the death toll had risen to nine", "raising the toll to three"): the counts
# stage keeps its figure to the incident before it, fusion keeps its day and town out of the incident
TOLL_UPDATE = re.compile(r"(?i)\btoll\b[^.;]{0,40}?\b(?:rose|risen|climbed|increased|jumped|reached|mounted|"
                         r"(?:was|were|been)\s+(?:later\s+)?(?:raised|revised\s+up\w*))\b|"
                         r"\b(?:rais|bring|brought|push|lift)\w*\s+the\s+(?:\w+\s+){0,2}toll\b")


# a sentence opening with its hour ("At 8:15 p.m., ...", "Around 1:20 a.m. Saturday, ..."): on a city's
# page of shootings, the next incident (events: its consequence is an event; fusion: a new incident)
# ("And around 3 a.m., a man was found dead from a gunshot wound", QA round forty-two: the list goes on)
HOUR_OPENING = (r"\s*(?:(?:and|then)\s+)?(?:at|around|about|shortly\s+(?:after|before)|just\s+(?:after|before))\s+"
                r"(?:about\s+)?\d{1,2}(?::\d\d)?\s*(?:[ap]\.?\s?m\.?)")

# verbs whose figure a list goes on telling elsewhere or later with the verb left out
GAPPED_VERBS = frozenset({"kill", "wound", "injure"})
_GAP_PREPS = frozenset({"in", "at", "near"})
_GAP_QUANT = frozenset({"at", "least", "more", "than", "about", "some", "nearly", "almost", "over", "around", "another",
                        "up", "to"})


def _names_place(doc, i: int) -> bool:
    """A preposition of place at ``i`` followed, within three words, by a capitalised name."""
    return doc[i].lower_ in _GAP_PREPS and any(
        w.pos_ == "PROPN" and w.text[:1].isupper() for w in doc[i + 1:min(i + 4, len(doc))])


def _own_place_after(doc, i: int) -> bool:
    """A figure ending at ``i - 1`` goes on with a place of its own, its day perhaps before it ("12 in
    Bama", "another 22 on Sunday in Bahir Dar")."""
    k = i
    while k < len(doc) and k - i < 4 and (doc[k].lower_ in ("on", "the", "early", "late")
                                          or doc[k].ent_type_ in ("DATE", "TIME")):
        k += 1
    return k < len(doc) and _names_place(doc, k)


def _list_joint_before(doc, i: int) -> Token | None:
    """The "," or "and" before the figure at ``i``, over "another", "at least" and the like."""
    k = i - 1
    while k >= 0 and i - k <= 3 and doc[k].lower_ in _GAP_QUANT:
        k -= 1
    return doc[k] if k >= 0 and doc[k].lower_ in (",", "and") else None


def gapped_figures(verb: Token) -> list[Token]:
    """"Jihadists killed 48 people in Solenzo on Monday, 12 in Dafinso on Tuesday and 9 in Koro on
    Wednesday" (QA, seventeenth session): figures after the verb's own figure and its place or day,
    each with a place of its own ("12 in Dafinso"), tell the same deed again elsewhere with the verb
    left out (events._gapped_deeds). Read from the words: the parser hangs such figures on the days,
    the verb or each other. Not the parts of the first figure ("killed 10 people in Zamfara, four in
    Maru and six in Anka": they add up to it), nor a figure after "including"."""
    from .numbers import parse_number

    if verb.pos_ != "VERB" or lemma_lower(verb) not in GAPPED_VERBS:
        return []
    first, passive = None, False
    for o in verb.children:
        if o.dep_ in ("dobj", "nsubjpass"):
            first = o if o.like_num else next((n for n in o.children if n.dep_ == "nummod" and n.like_num), None)
            if first is not None:
                passive = o.dep_ == "nsubjpass"
                break
    if first is None:
        return []
    doc, sent = verb.doc, verb.sent
    own, found, another = False, [], False
    for t in doc[max(first.i, verb.i) + 1:sent.end]:
        if t.pos_ in ("VERB", "AUX") or t.lower_ in (";", "including", "among"):
            break
        if t.like_num and t.pos_ == "NUM" and t.ent_type_ not in ("DATE", "TIME") and _own_place_after(doc, t.i + 1):
            if (own or found) and _list_joint_before(doc, t.i) is not None:
                found.append(t)
                another = another or any(w.lower_ == "another" for w in doc[max(0, t.i - 3):t.i])
            continue
        if not found and (t.ent_type_ == "DATE" or _names_place(doc, t.i)):
            own = True
    if not found or another:
        return found
    if len(found) < 2:
        # (one more told after a passive, "Eleven people were killed in Ogossagou and five in Sobane", is
        # the counts stage's parts of one toll, which fusion parts by place)
        return [] if passive else found
    total, parts = parse_number(first.text), [parse_number(t.text) for t in found]
    if total is None or None in parts or sum(parts) == total:
        return []
    return found


def killing_verb(tok: Token) -> Token:
    """The verb whose subject the event noun ``tok`` is, where that verb tells its toll ("Russian strikes
    killed four people", "Fighting between ... killed 16 people"), else ``tok``."""
    if (tok.pos_ == "NOUN" or tok.tag_ == "VBG") and tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" \
            and lemma_lower(tok.head) in GAPPED_VERBS:
        return tok.head
    return tok


def gapped_segment(doc, head: int) -> tuple[int, int] | None:
    """The characters of a listed deed's own part of the sentence: for a figure of
    :func:`gapped_figures`, from it to the next one (or the end of the list); for the verb that
    heads the list, from the sentence's start to the first. Its day and place are told there
    ("48 people in Solenzo on Monday, 12 in Dafinso on Tuesday"); None where ``head`` heads no list."""
    if not (0 <= head < len(doc)):
        return None
    tok = killing_verb(doc[head])
    if tok.pos_ == "VERB":
        listed = gapped_figures(tok)
        return (tok.sent.start_char, listed[0].idx) if listed else None
    verb = list_verb(tok)
    if verb is None:
        return None
    listed = gapped_figures(verb)
    k = listed.index(tok)
    if k + 1 < len(listed):
        return tok.idx, listed[k + 1].idx
    end = next((w.idx for w in doc[tok.i + 1:tok.sent.end]
                if w.pos_ in ("VERB", "AUX") or w.lower_ in (";", "including", "among")), tok.sent.end_char)
    return tok.idx, end


def list_verb(tok: Token) -> Token | None:
    """The verb whose :func:`gapped_figures` ``tok`` (a number) is one of, or None."""
    if tok.pos_ != "NUM" or not _own_place_after(tok.doc, tok.i + 1):
        return None
    for v in tok.sent:
        if v.i >= tok.i:
            break
        if v.pos_ == "VERB" and tok in gapped_figures(v):
            return v
    return None


def listed_figure(tok: Token) -> bool:
    """``tok`` is a figure of :func:`gapped_figures` or a later figure of a "respectively" list
    (:func:`later_figures`): a deed of its own, not more of the figure before it."""
    return list_verb(tok) is not None or tok.i in later_figures(tok.sent)


def wanted_misparsed(t: Token) -> Token | None:
    """"14 wanted suspects were arrested" parsed as "14 wanted [that] suspects were arrested" (QA,
    seventeenth session): for "wanted" so read, the number before it (the figure of the people
    after it), else None."""
    if t.lower_ != "wanted" or t.tag_ != "VBD" or t.i == 0 or t.i + 1 >= len(t.doc):
        return None
    num, noun = t.doc[t.i - 1], t.doc[t.i + 1]
    if not (num.like_num and num.dep_ == "nsubj" and num.head.i == t.i and noun.tag_ == "NNS"
            and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.head.i == t.i):
        return None
    return num


# a figure told over a period or a front ("in the past week", "over the past 24 hours", "across the front")
_PAST_PERIOD = r"\b(?:over|in|during|within)\s+the\s+(?:past|last|previous)\s+(?:\w+\s+)?"
PERIOD_TALLY = re.compile(r"(?i)" + _PAST_PERIOD + r"(?:days?|weeks?|months?|24\s+hours|48\s+hours)\b|"
                          r"\bacross\s+the\s+(?:front(?:\s+line)?|region|country|province|oblast|state)\b")
# a toll over a period of days or more across a whole country or front (not "across the region")
_PERIOD_OF_DAYS = re.compile(r"(?i)" + _PAST_PERIOD + r"(?:days?|weeks?|months?)\b")
_ACROSS_WHOLE = re.compile(r"(?i)\bacross\s+the\s+(?:country|nation|front)\b")
# (not arrests: a hundred people held across several districts over a day is ACLED's arrests event, CASE
# 2021 dev)
_TALLY_VERBS = frozenset({"kill", "wound", "injure", "die", "neutralise", "neutralize"})


def period_tally(t: Token) -> bool:
    """"Ukraine's General Staff said 1,050 Russian troops had been killed or wounded across the front in the
    past day" (QA, seventeenth session): a casualty verb in a sentence telling its figure over a period or a
    front, and no day of its own, tallies many incidents (events: no incident; fusion: no incident's figure)."""
    if t.pos_ != "VERB" or lemma_lower(t) not in _TALLY_VERBS or not PERIOD_TALLY.search(t.sent.text):
        return False
    # (the day of the statement is no day of the deeds: "Nigeria's military said on Wednesday that troops had
    # killed 74 terrorists and arrested 112 suspects across the country over the past week", QA, eighteenth
    # session)
    # (only for a toll across the whole country or front over a period: "killed dozens of militants in
    # operations in the Tillaberi region over the past week", said on Sunday, stays the week's operations: QA
    # round eleven; nor arrests made "in raids across the country" told on Sunday: QA round seventeen)
    across = bool(_ACROSS_WHOLE.search(t.sent.text)) and bool(_PERIOD_OF_DAYS.search(t.sent.text))
    return not any(w.lower_ in _WEEKDAY_WORDS and not (across and _said_on(w)) for w in t.sent)


def _said_on(w: Token) -> bool:
    """The day ``w`` is told on: the day of a statement ("said on Wednesday")."""
    g = w.head.head if w.head.dep_ == "prep" else w.head
    return lemma_lower(g) in SAY_VERBS


# nouns for a conflict as a whole, whose perfect-tense deeds are its toll over the years
# (not "fighting", "violence", "unrest": "Fighting has killed 20 people since Monday" is the news)
WAR_NOUNS = frozenset({"insurgency", "war", "conflict", "rebellion", "uprising", "occupation"})


_PERIOD_VIOLENCE = frozenset({"unrest", "violence", "crackdown", "conflict", "war", "fighting", "insurgency", "turmoil"})
_YEAR_WORD = re.compile(r"(?:19|20)\d\d")


def period_dead(t: Token) -> bool:
    """"At least 300 people were killed in the unrest that followed the October 2024 election" (QA,
    eighteenth session): the dead of a period told by the dated event it followed, no incident (events)
    and no incident's figure (counts)."""
    return any(c.dep_ == "prep" and c.lower_ in ("in", "during") and any(
        o.dep_ == "pobj" and lemma_lower(o) in _PERIOD_VIOLENCE
        and any(x.dep_ in ("relcl", "acl") and any(w.ent_type_ == "DATE" and _YEAR_WORD.fullmatch(w.text)
                                                    for w in x.subtree) for x in o.children)
        for o in c.children) for c in t.children)


def freed_after(v: Token, freeing: frozenset[str] = FREEING_VERBS | {"pardon"}) -> bool:
    """``v`` is a clause on people a freeing verb frees ("freed 110 people detained during post-election
    protests", QA, eighteenth session): what it tells came before the freeing. (The events stage asks only
    of releases, ``RELEASING_VERBS``: a rescue of people held is an event of its own there.)"""
    return v.dep_ in ("acl", "relcl") and v.head.dep_ in ("dobj", "nsubjpass") \
        and lemma_lower(v.head.head) in freeing


RELEASING_VERBS = frozenset({"free", "release", "pardon"})


def era_toll(t: Token) -> bool:
    """``t`` tells what a war has done over its years ("The communist insurgency, which began in 1969, has
    killed an estimated 40,000 people"): a toll of the era, no incident (events) nor a figure of one
    (fusion: "The war ... has killed tens of thousands" beside a strike's nine dead, QA, seventeenth session)."""
    return t.pos_ == "VERB" and any(c.dep_ == "aux" and lemma_lower(c) == "have" and c.tag_ in ("VBZ", "VBP")
                                    for c in t.children) \
        and any(c.dep_ == "nsubj" and lemma_lower(c) in WAR_NOUNS for c in t.children)


_WEEKDAY_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_NOT_FIGURES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})


def _speech_verb_above(t: Token) -> bool:
    v = t.head
    for _ in range(4):
        if v.pos_ in ("VERB", "AUX"):
            return lemma_lower(v) in SAY_VERBS
        if v.head.i == v.i:
            return False
        v = v.head
    return False


def _respective_lists(sent) -> tuple[list[int], list[int], list[int]]:
    doc = sent.doc
    figures = [t.i for t in sent if t.like_num and t.pos_ == "NUM" and (
        t.ent_type_ not in _NOT_FIGURES or t.dep_ in ("dobj", "conj", "nummod") and t.ent_type_ == "DATE"
        and not any(w.lower_ in _WEEKDAY_WORDS or w.is_alpha and w.is_title for w in t.head.subtree
                    if w.ent_type_ == "DATE" and w.i != t.i))]
    days = [t.i for t in sent if t.lower_ in _WEEKDAY_WORDS and t.ent_type_ == "DATE" and not _speech_verb_above(t)]
    roots = []
    for p in doc._.dl_places or []:
        if p.context == "body" and sent.start_char <= p.start < sent.end_char and p.feature not in ("country", "admin1"):
            sp = doc.char_span(p.start, p.end, alignment_mode="expand")
            if sp is not None:
                roots.append(sp.root)
    places = sorted({t.i for r in roots for t in [r, *r.conjuncts] if t.pos_ == "PROPN"})
    return figures, places, days


def respective_deeds(sent) -> list[tuple[int | None, int | None, int | None]] | None:
    """"Attacks on army posts in Djibo and Arbinda on Friday and Saturday killed 17 and nine soldiers
    respectively" (QA, seventeenth session): a sentence pairing lists with "respectively" tells one deed
    per item. Per deed, the token indices of (its figure, its place, its day), an item told once being
    every deed's; None where the sentence has no "respectively" or its lists do not pair. Places are the
    names the places stage found (not the countries or provinces holding them) and the names joined to
    them. The first deed is the one the sentence's event mentions tell; :func:`deed_heads` heads the
    others."""
    doc = sent.doc
    cache = doc.user_data.setdefault("dl_respective", {})
    if sent.start in cache:
        return cache[sent.start]
    out = None
    if any(t.lower_ == "respectively" for t in sent):
        lists = _respective_lists(sent)
        long = [x for x in lists if len(x) >= 2]
        n = len(long[0]) if long else 0
        if n >= 2 and all(len(x) == n for x in long):
            out = [tuple(x[k] if len(x) == n else (x[0] if len(x) == 1 else None) for x in lists) for k in range(n)]
    cache[sent.start] = out
    return out


def respective_deed(doc, head: int) -> tuple[int, tuple[int | None, int | None, int | None]] | None:
    """(k, the deed) of :func:`respective_deeds` that the event mention headed at ``head`` tells: the
    one headed at ``head`` (:func:`deed_heads`), else the first."""
    if not (0 <= head < len(doc)):
        return None
    deeds = respective_deeds(doc[head].sent)
    if not deeds:
        return None
    heads = deed_heads(deeds)
    return (heads.index(head), deeds[heads.index(head)]) if head in heads[1:] else (0, deeds[0])


def later_figures(sent) -> list[int]:
    """The figures of the deeds of :func:`respective_deeds` after the first (each a figure of its own deed)."""
    deeds = respective_deeds(sent) or []
    figs = [d[0] for d in deeds]
    return figs[1:] if len(set(figs)) == len(figs) and None not in figs else []


def deed_heads(deeds: list[tuple[int | None, int | None, int | None]]) -> list[int | None]:
    """The token each deed of :func:`respective_deeds` is headed at: its own figure, else its own place,
    else its own day (an item not shared with the other deeds)."""
    out = []
    for d in deeds:
        own = [x for slot, x in enumerate(d) if x is not None and sum(e[slot] == x for e in deeds) == 1]
        out.append(own[0] if own else None)
    return out


# a sentence opening by moving the clock ("Hours earlier, ...", "About two hours later, ..."): fusion keeps it
# apart from the incident before (events' narrower _HOURS_LATER makes its consequence an incident)
TIME_SHIFT = re.compile(r"(?i)\s*(?:(?:about|some|nearly|roughly|almost|less\s+than|more\s+than|just)\s+)?"
                        r"(?:(?:(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|several|few|\d+)\s+)?"
                        r"(?:hours?|minutes?|days?|moments|shortly|a day|a week|the day|the night|weeks?)\s+)?"
                        r"(?:earlier|later|before)\b")

# a name a report spells out with its acronym in brackets after it ("the Barisan Revolusi Nasional
# (BRN)"): group 1 the name, group 2 the acronym; BRACKETED_ACRONYM, a cheap look for any first
DEFINED_ACRONYM = re.compile(r"((?:[A-Z][\w'\u2019-]*\s+)(?:(?:of|the|for|and|de|du|des|[A-Z][\w'\u2019-]*)\s+){0,6}"
                             r"[A-Z][\w'\u2019-]*)\s+\(([A-Z]{2,7})\)")
BRACKETED_ACRONYM = re.compile(r"\([A-Z]{2,7}\)")
