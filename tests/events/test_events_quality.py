"""Event detection and typing, second pass (issue 6 follow-up): own-words reports only."""

from __future__ import annotations

import pytest

from dateline.nlp.events import countable, main_event, refine_type, refine_type_codes
from dateline.nlp.types import EventMention
from dateline.taxonomy import ACLED_SUB_EVENT_TYPES, ACLED_TO_PLOVER, VIOLENT_EVENT_TYPES


def events(analyse, text, published="2021-06-10"):
    return analyse(text, published=published)._.dl_events


def main(analyse, text):
    ev = main_event([e for e in events(analyse, text) if countable(e) and e.sub_event_type])
    return ev.sub_event_type if ev else None


def find(evs, word):
    out = [e for e in evs if word in e.text]
    assert out, [(e.text, e.sub_event_type, e.status) for e in evs]
    return out[0]


# --- status --------------------------------------------------------------------------------


@pytest.mark.parametrize("text,word,status", [
    # BE + to-infinitive: scheduled or obliged, not done
    ("Under the accord, foreign troops are to leave the country within ten months.", "leave", "planned"),
    # the content of an agreement / a purpose infinitive is not an occurred event
    ("The two sides signed an accord on Monday to withdraw their forces from the border town.", "withdraw", "planned"),
    ("The army sent reinforcements to retake the village.", "retake", "planned"),
    # ... but a police dispersal stated as the purpose of tear gas happened
    ("Police fired tear gas to disperse the crowd of protesters.", "protesters", "occurred"),
    # a wish to stop violence is not violence
    ("The elders said they want to end the fighting and would like to cease hostilities.", "hostilities", "negated"),
    # reporting a finding is not planning: "determined that ... carried out"
    ("Inspectors have determined that the air force carried out a chemical attack on the town.", "chemical", "occurred"),
    # "committed rape" asserts the act ("commit" is a planning verb only with "to")
    ("Witnesses said the soldiers committed rape in the village last week.", "rape", "occurred"),
    # a time word of the evening does not make a past-tense attack planned
    ("Militants tonight carried out a grenade attack on a police post, injuring two officers.", "grenade", "occurred"),
    # a participle clause keeps its own status: "people detained under the law will ..."
    ("People detained under the emergency law will never get compensation, the lawyer said.", "detained", "occurred"),
])
def test_status_second_pass(analyse, text, word, status):
    ev = find(events(analyse, text), word)
    assert ev.status == status, (ev.text, ev.status, ev.status_cue)


# --- plural / incident count -----------------------------------------------------------------


@pytest.mark.parametrize("text,word", [
    ("Warplanes carried out airstrikes on a rebel depot near the dam on Friday.", "airstrikes"),
    ("Two suicide bombers blew themselves up at the gate of the ministry.", "suicide bombers"),
    ("Hundreds of angry protesters were out in the capital on Saturday.", "protesters"),
    ("Police said the arrests were made near the station.", "arrests"),
])
def test_bare_plurals_and_people_are_one_event(analyse, text, word):
    ev = find(events(analyse, text), word)
    assert not ev.plural and ev.incident_count is None


def test_counted_and_summarised_attacks_stay_plural(analyse):
    evs = events(analyse, "The rebels carried out 12 attacks on army posts in the east on Sunday.")
    assert find(evs, "attacks").plural and find(evs, "attacks").incident_count == 12
    evs = events(analyse, "The news of the attacks reached the capital late on Tuesday.")
    assert find(evs, "attacks").plural


# --- typing ----------------------------------------------------------------------------------


@pytest.mark.parametrize("text,expected", [
    # victims who died at a protest: force against protesters, not a violent demonstration
    ("Five protesters died from gunfire during a sit-in outside the governor's office.",
     "Excessive force against protesters"),
    # clashes between demonstrators and police: the demonstrators' violence
    ("Clashes broke out between police and demonstrators marching against the new tax.", "Violent demonstration"),
    # a clash stays a clash even when its dead are named as people
    ("Army troops and tribal fighters clashed in the northern town, killing and wounding several people.",
     "Armed clash"),
    # the attackers killed do not make the attack a clash
    ("Armed men attacked a hotel in the port city, and three of the assailants were killed.", "Attack"),
    # an unarmed official is a civilian target
    ("Guerrillas shot dead the mayor of a small mountain town on Monday.", "Attack"),
    # withdrawal and handover
    ("The army withdrew from the hilltop base on Sunday and handed control of it to a local militia.",
     "Non-violent transfer of territory"),
    # bases (lemmatised "basis" by the tagger)
    ("Foreign troops have set up two new bases in the valley.", "Headquarters or base established"),
    ("Customs officers intercepted 40 smuggled rifles at the border crossing.", "Disrupted weapons use"),
])
def test_typing_second_pass(analyse, text, expected):
    assert main(analyse, text) == expected


def test_riot_police_is_not_a_riot(analyse):
    evs = events(analyse, "Riot police stood guard outside the ministry on Tuesday.")
    assert not [e for e in evs if e.sub_event_type == "Violent demonstration"]


def test_two_weapons_in_different_clauses_are_two_events(analyse):
    evs = events(analyse, "Jets launched airstrikes on a camp of the group it accused of a chlorine attack "
                          "on a village last week.")
    assert any(e.sub_event_type == "Air/drone strike" and countable(e) for e in evs)


def test_cause_of_sanctions_is_background(analyse):
    evs = events(analyse, "The union imposed sanctions on the regime in response to its gas attack on the city.")
    chem = [e for e in evs if e.sub_event_type == "Chemical weapon"]
    assert chem and not countable(chem[0])


def test_accident_report_has_no_violence(analyse):
    text = ("A gas leak at a fertiliser factory caused a fire late on Monday. "
            "The explosion that followed killed four workers, firefighters said.")
    evs = events(analyse, text)
    assert not [e for e in evs if countable(e) and e.event_type in VIOLENT_EVENT_TYPES]


def test_arrests_for_rioting_are_arrests(analyse):
    evs = events(analyse, "Police have arrested eleven men in connection with last week's riots in the old city.")
    arr = [e for e in evs if e.sub_event_type == "Arrests" and countable(e)]
    assert arr
    assert not [e for e in evs if e.sub_event_type == "Violent demonstration" and countable(e)]


def test_police_firing_is_an_attack(analyse):
    evs = events(analyse, "Two men were killed in police firing at the market on Friday.")
    assert main_event([e for e in evs if countable(e)]).sub_event_type == "Attack"


def test_diplomatic_protest_is_an_accusation(analyse):
    evs = events(analyse, "The foreign ministry lodged an official protest with the neighbouring country.")
    assert find(evs, "protest").plover_type == "ACCUSE" and find(evs, "protest").event_type is None


def test_governing_plover_act_is_the_sentence_event(analyse):
    evs = events(analyse, "The government blamed the rebels for the bombing of the railway line.")
    ev = main_event([e for e in evs if e.plover_type])
    assert ev.plover_type == "ACCUSE"


# --- refine_type -----------------------------------------------------------------------------


def _ev(sub, lemma="attack"):
    p, m = ACLED_TO_PLOVER[sub]
    return EventMention(0, 1, "x", 0, 0, lemma=lemma, event_type=ACLED_SUB_EVENT_TYPES[sub], sub_event_type=sub,
                        plover_type=p, plover_mode=m)


def test_refine_type_clash_is_reciprocal():
    assert refine_type(_ev("Armed clash", "clash"), 1, 7, "civilians")[1] == "Armed clash"
    assert refine_type(_ev("Armed clash", "attack"), 2, 7, "civilians")[1] == "Attack"
    assert refine_type_codes("Armed clash", 6, 1, None, reciprocal=True)[1] == "Violent demonstration"


def test_refine_type_government_target_is_civilian():
    assert refine_type(_ev("Attack"), 2, 1, "government")[1] == "Attack"
    assert refine_type(_ev("Attack"), 2, 1, "military")[1] == "Armed clash"


# --- third pass: a reaction's time frame -------------------------------------------------------


@pytest.mark.parametrize("text,word,background", [
    # the news is the reaction; the violence only dates it
    ("The minister dismissed the accusations against his country after attacks on two oil refineries.", "attacks", True),
    ("The president condemned the rebels after the attack on the convoy.", "attack", True),
    # a consequence or an arrest after an attack does not make the attack background
    ("Two people died after the attack on the market.", "attack", False),
    ("Police arrested three men after the bombing of the bus station.", "bombing", False),
])
def test_violence_as_the_time_frame_of_a_reaction(analyse, text, word, background):
    assert find(events(analyse, text), word).background is background


@pytest.mark.parametrize("text,sub", [
    # dynamite and explosives are explosive weapons when used: as a passive's agent, hurled, in attacks
    ("Seven bank branches were shaken by explosives on Sunday, causing heavy damage.", "Remote explosive/landmine/IED"),
    ("Ten men hurled dynamite sticks at the embassy building, causing serious damage.", "Remote explosive/landmine/IED"),
    ("The rebels have staged several dynamite attacks against oil installations.", "Remote explosive/landmine/IED"),
    # ... not when seized or defused, nor the adjective
    ("Explosives experts defused the device near the market.", "Disrupted weapons use"),
    ("The situation in the city remains explosive.", None),
])
def test_dynamite_and_explosives(analyse, text, sub):
    assert main(analyse, text) == sub
