"""Event detection and typing: own-words reports (no dataset text)."""

from __future__ import annotations

import pytest

from dateline.nlp.events import countable, lexicon, main_event, parse_triggers, refine_type
from dateline.nlp.types import EventMention
from dateline.taxonomy import ACLED_SUB_EVENT_TYPES, VIOLENT_EVENT_TYPES


def events(analyse, text, published="2021-06-10"):
    return analyse(text, published=published)._.dl_events


def main(analyse, text):
    evs = [e for e in events(analyse, text) if countable(e) and e.sub_event_type]
    ev = main_event(evs)
    return ev.sub_event_type if ev else None


# One report per ACLED sub-event type, in our own words.
SUBTYPE_CASES = [
    ("Rebel fighters and army troops clashed for hours near the river crossing on Monday.", "Armed clash"),
    ("Government troops recaptured the town of Marda from the rebels on Sunday.", "Government regains territory"),
    ("Insurgents captured the district headquarters after a night of fighting, residents said.",
     "Non-state actor overtakes territory"),
    ("Doctors said the victims showed signs of exposure to chlorine gas used in the attack on the suburb.",
     "Chemical weapon"),
    ("A drone strike hit a vehicle carrying militants on the highway, killing three.", "Air/drone strike"),
    ("A suicide bomber blew himself up at a checkpoint, killing four guards.", "Suicide bomb"),
    ("Mortar shells fired by militants landed in a market, wounding six people.", "Shelling/artillery/missile attack"),
    ("A roadside bomb exploded under a police truck, killing two officers.", "Remote explosive/landmine/IED"),
    ("Unknown attackers threw a grenade into a crowded bus station, injuring nine.", "Grenade"),
    ("Soldiers raped two women in the village, a rights group said.", "Sexual violence"),
    ("Gunmen shot dead a village elder outside his home on Tuesday.", "Attack"),
    ("Armed men abducted five aid workers on the road to the camp.", "Abduction/forced disappearance"),
    ("Thousands of teachers marched peacefully through the capital to demand higher pay.", "Peaceful protest"),
    ("Police fired tear gas to disperse hundreds of students protesting against the fee increase.",
     "Protest with intervention"),
    ("Security forces opened fire on peaceful protesters in the square, killing three of them.",
     "Excessive force against protesters"),
    ("Protesters threw stones at police and torched two cars during the demonstration.", "Violent demonstration"),
    ("An angry mob beat a man to death after accusing him of theft.", "Mob violence"),
    ("The two factions signed a ceasefire agreement in the capital on Friday.", "Agreement"),
    ("Police arrested twelve opposition activists in dawn raids on Wednesday.", "Arrests"),
    ("More than 200 soldiers defected to the rebel side last week, officers said.", "Change to group/activity"),
    ("Army engineers defused a large bomb found under a bridge near the airport.", "Disrupted weapons use"),
    ("The army set up a new military base on the outskirts of the town.", "Headquarters or base established"),
    ("Militiamen looted shops and set houses ablaze in the abandoned village overnight.",
     "Looting/property destruction"),
    ("Government forces withdrew from the border town, and rebel fighters took control of it without resistance.",
     "Non-violent transfer of territory"),
    ("Investigators found a mass grave containing dozens of bodies outside the town.", "Other"),
]


def test_cases_cover_every_acled_subtype():
    assert {sub for _, sub in SUBTYPE_CASES} == set(ACLED_SUB_EVENT_TYPES)


@pytest.mark.parametrize("text,expected", SUBTYPE_CASES, ids=[s for _, s in SUBTYPE_CASES])
def test_subtype(analyse, text, expected):
    assert main(analyse, text) == expected


def test_plover_and_modes(analyse):
    evs = events(analyse, "A drone strike hit a vehicle carrying militants on the highway, killing three.")
    air = [e for e in evs if e.sub_event_type == "Air/drone strike"]
    assert air and air[0].plover_type == "ASSAULT" and air[0].plover_mode == "aerial"
    assert air[0].event_type == "Explosions/Remote violence"


@pytest.mark.parametrize("text,plover", [
    ("The two presidents spoke on the telephone for an hour on Tuesday.", "CONSULT"),
    ("The prime minister has refused to release the detained opposition leaders.", "REJECT"),
    ("The rebel commander threatened to attack the capital.", "THREATEN"),
])
def test_non_acled_plover_events(analyse, text, plover):
    evs = [e for e in events(analyse, text) if e.plover_type == plover]
    assert evs, [(e.text, e.plover_type) for e in events(analyse, text)]
    assert all(e.event_type is None for e in evs)


@pytest.mark.parametrize("text,word,status", [
    ("Peace talks between the two sides are due to begin next week.", "talks", "planned"),
    ("The rebels will attack the town tomorrow, a commander said.", "attack", "planned"),
    ("The government plans to deploy troops to the border.", "deploy", "planned"),
    ("The militants did not attack the convoy, officials said.", "attack", "negated"),
    ("The group denied carrying out the bombing of the market.", "bombing", "negated"),
    ("Analysts said the militants could attack the pipeline.", "attack", "hypothetical"),
    ("If the army attacks the city, the rebels will fight back.", "attacks", "hypothetical"),
    ("Gunmen attacked a police post on Monday night.", "attacked", "occurred"),
])
def test_status(analyse, text, word, status):
    evs = [e for e in events(analyse, text) if word in e.text]
    assert evs, [(e.text, e.status) for e in events(analyse, text)]
    assert evs[0].status == status, (evs[0].text, evs[0].status, evs[0].status_cue)


def test_status_threatened_attack_is_not_occurred(analyse):
    evs = events(analyse, "The rebel commander threatened to attack the capital.")
    assert not [e for e in evs if e.sub_event_type and e.status == "occurred"]


@pytest.mark.parametrize("text,word", [
    ("Thousands have died since the war began in 2001.", "war"),
    ("Officials marked the anniversary of the 2015 bombing of the central station.", "bombing"),
    ("Villagers still remember the massacre of 1998 in the valley.", "massacre"),
])
def test_background(analyse, text, word):
    evs = [e for e in events(analyse, text) if word in e.text]
    assert evs and not countable(evs[0]), [(e.text, e.background, e.generic) for e in evs]


def test_background_does_not_swallow_recent_since(analyse):
    evs = events(analyse, "Police have arrested forty protesters since Wednesday evening.")
    assert any(e.sub_event_type in ("Arrests", "Protest with intervention") and countable(e) for e in evs)


def test_generic(analyse):
    evs = events(analyse, "Insurgents have stepped up violence across the province in recent weeks.")
    v = [e for e in evs if e.text == "violence"]
    assert v and v[0].generic
    assert not [e for e in evs if countable(e) and e.event_type in VIOLENT_EVENT_TYPES]


def test_plural_with_count(analyse):
    evs = events(analyse, "The militants carried out 27 attacks on army posts in the north on Sunday.")
    a = [e for e in evs if e.text == "attacks"]
    assert a and a[0].plural and a[0].incident_count == 27


def test_series_of_attacks_is_plural(analyse):
    evs = events(analyse, "Militants killed at least 12 soldiers in a wave of attacks overnight.")
    a = [e for e in evs if "attacks" in e.text]
    assert a and a[0].plural and a[0].incident_count is None


@pytest.mark.parametrize("text", [
    "The striker shot twice in the first half and the visitors attacked relentlessly, but the match ended goalless "
    "in the league tournament as the goalkeeper kept a clean sheet.",
    "Shares were hammered on Monday as investors fled the stock market; the benchmark index lost 4 percent while "
    "bond yields rose and traders braced for another sell-off.",
    "The storm battered the coast overnight, the weather service said, with heavy rain and gusts of wind; "
    "forecasters expect temperatures to drop and more rainfall tomorrow.",
    "A court sentenced two men to life in prison on Thursday for the 2016 bombing of a railway station; "
    "the judge said the verdict could be appealed.",
])
def test_off_topic_reports_yield_no_violent_event(analyse, text):
    evs = events(analyse, text)
    assert not [e for e in evs if countable(e) and e.event_type in VIOLENT_EVENT_TYPES], \
        [(e.text, e.sub_event_type, e.status, e.background) for e in evs]


def test_disaster_deaths_are_not_violence(analyse):
    evs = events(analyse, "At least 30 people died when floods swept through three villages after torrential rain.")
    assert not [e for e in evs if e.event_type in VIOLENT_EVENT_TYPES]


def test_crime_is_kept_but_flagged(analyse):
    evs = events(analyse, "Robbers shot dead a shopkeeper during a robbery at his store in the market on Friday.")
    v = [e for e in evs if e.event_type in VIOLENT_EVENT_TYPES]
    assert v and not v[0].political


def test_political_violence_stays_political(analyse):
    evs = events(analyse, "Militants shot dead a village elder outside his home on Tuesday.")
    v = [e for e in evs if e.event_type in VIOLENT_EVENT_TYPES]
    assert v and v[0].political


def test_seized_weapons_are_not_an_attack(analyse):
    evs = events(analyse, "Police seized rifles, grenades and ammunition from a house in the town.")
    assert not [e for e in evs if e.event_type in VIOLENT_EVENT_TYPES]
    assert any(e.sub_event_type == "Disrupted weapons use" for e in evs)


def test_weapon_trade_is_not_an_attack(analyse):
    evs = events(analyse, "The company sold missiles and bombs to three governments last decade.")
    assert not [e for e in evs if e.event_type in VIOLENT_EVENT_TYPES and countable(e)]


def test_consequence_folds_into_the_attack(analyse):
    evs = events(analyse, "Militants attacked an army post in the hills, killing seven soldiers.")
    violent = [e for e in evs if e.event_type in VIOLENT_EVENT_TYPES]
    assert len(violent) == 1 and violent[0].sub_event_type == "Armed clash"


def test_attack_on_civilians_is_violence_against_civilians(analyse):
    assert main(analyse, "Militants attacked a wedding party in the village, killing eleven civilians.") == "Attack"


def test_offsets_point_at_the_trigger(analyse):
    text = "On Monday a car bomb exploded near the ministry."
    doc = analyse(text)
    for e in doc._.dl_events:
        assert text[e.start:e.end] == e.text
        assert 0 <= e.head < len(doc)
        assert 0 <= e.confidence <= 1


def test_month_march_is_not_a_protest(analyse):
    evs = events(analyse, "Gunmen killed two farmers in the village on 3 March, police said.")
    assert not [e for e in evs if e.event_type == "Protests"]


# --- refine_type ----------------------------------------------------------------------------


def _ev(sub):
    from dateline.taxonomy import ACLED_TO_PLOVER

    p, m = ACLED_TO_PLOVER[sub]
    return EventMention(0, 1, "x", 0, 0, event_type=ACLED_SUB_EVENT_TYPES[sub], sub_event_type=sub,
                        plover_type=p, plover_mode=m)


@pytest.mark.parametrize("sub,i1,i2,kind,expected", [
    ("Attack", 2, 1, None, "Armed clash"),  # rebels vs state forces
    ("Attack", 3, 4, None, "Armed clash"),  # two armed groups
    ("Armed clash", 2, 7, "civilians", "Attack"),  # armed group vs civilians
    ("Armed clash", 1, 6, "protesters", "Excessive force against protesters"),
    ("Attack", 5, 7, "civilians", "Mob violence"),
    ("Attack", 6, 1, None, "Violent demonstration"),
    ("Non-state actor overtakes territory", 1, 2, None, "Government regains territory"),
    ("Government regains territory", 2, 1, None, "Non-state actor overtakes territory"),
    ("Arrests", 2, 7, "civilians", "Abduction/forced disappearance"),
    ("Air/drone strike", 1, 7, "civilians", "Air/drone strike"),  # weapon types never change
    ("Remote explosive/landmine/IED", 2, 1, None, "Remote explosive/landmine/IED"),
])
def test_refine_type(sub, i1, i2, kind, expected):
    et, st, pt, pm = refine_type(_ev(sub), i1, i2, kind)
    assert st == expected
    assert et == ACLED_SUB_EVENT_TYPES[expected]
    assert pt is not None


def test_refine_type_keeps_weapon_mode():
    ev = _ev("Air/drone strike")
    assert refine_type(ev, 1, 2, None) == (ev.event_type, ev.sub_event_type, "ASSAULT", "aerial")


# --- lexicon ----------------------------------------------------------------------------


def test_lexicon_loads_and_covers_all_types():
    lex = lexicon()
    subs = {t.sub for t in lex.triggers if t.sub}
    assert subs == set(ACLED_SUB_EVENT_TYPES)
    assert {"CONSULT", "REJECT", "THREATEN", "AGREE", "SANCTION"} <= {t.plover for t in lex.triggers}


def test_lexicon_rejects_unknown_type():
    with pytest.raises(ValueError):
        parse_triggers("bombard\tCarpet bombing\tASSAULT\taerial\t3\t-\n")
    with pytest.raises(ValueError):
        parse_triggers("only two\tcolumns\n")
