"""Event detection, fourth pass (issue 6, MUC-4 errors read on DEV): own-words sentences only."""

from __future__ import annotations

import pytest


# --- words of a group's name are no events -----------------------------------------------------


def test_liberation_in_a_group_name_is_no_event(muc):
    evs = muc.events("Officials said a unit of the army of national liberation burned three buses near the town.")
    assert not [e for e in evs if e.sub_event_type == "Government regains territory"]
    assert [e for e in evs if e.sub_event_type == "Looting/property destruction"]


def test_the_group_named_with_of_is_the_attacker(analyse):
    doc = analyse("Four police officers kidnapped last week by the so-called army of national liberation were "
                  "freed on Tuesday.", published="1989-05-03")
    abd = [r for r in doc._.dl_records if r.sub_event_type == "Abduction/forced disappearance"]
    assert abd and abd[0].actor1 == "ELN: National Liberation Army" and abd[0].inter1 == 2


# --- bombs and arson ---------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The newspaper's offices, which were dynamited by a drug gang on Saturday, reopened today.",
    "A party office in the suburb was completely destroyed by a bomb explosion, a spokesman said.",
])
def test_bombings_told_with_dynamite_or_destroyed_by(muc, text):
    assert any(sub == "Remote explosive/landmine/IED" for _, sub in muc.violent(text)), muc.events(text)


def test_destroyed_bombs_are_still_disrupted_weapons(muc):
    evs = muc.events("Army engineers destroyed two bombs found under the bridge.")
    assert [e for e in evs if e.sub_event_type == "Disrupted weapons use"]


def test_burned_vehicles_are_property_destruction(muc):
    evs = muc.events("Armed men stopped the convoy and burned four trucks on the highway.")
    assert [e for e in evs if e.sub_event_type == "Looting/property destruction"]
    assert not [e for e in muc.events("She burned her hand on the stove while cooking.") if e.sub_event_type]


# --- talk about violence, not an incident -----------------------------------------------------


@pytest.mark.parametrize("text", [
    "The minister said nothing can justify the use of kidnapping as a political weapon.",
    "What do you think about kidnappings?",
    "Kidnapping is one of the most profitable industries in the region, the report said.",
    "Smuggling, drug trafficking and kidnappings thrive along the border, the governor said.",
    "His cabinet is still hostage to the generals, the columnist wrote.",
    "He denied that the town had been shut down and was being held hostage.",
    "Documents about the arms deal disappeared from the files of the commission.",
])
def test_talk_about_violence_is_no_incident(muc, text):
    assert muc.violent(text) == [], muc.events(text)


@pytest.mark.parametrize("text,sub", [
    ("Gunmen kidnapped two engineers on Monday in the northern province.", "Abduction/forced disappearance"),
    ("The kidnapping of the two engineers on Monday shocked the town.", "Abduction/forced disappearance"),
    ("Rebels held the consul hostage for two days.", "Abduction/forced disappearance"),
    ("Three students disappeared after soldiers detained them on Monday.", "Abduction/forced disappearance"),
])
def test_incidents_stay(muc, text, sub):
    assert any(s == sub for _, s in muc.violent(text)), muc.events(text)


# --- a month in lower case is no march ---------------------------------------------------------


def test_lower_case_month_is_no_protest(muc):
    text = "The senator was kidnapped on 27 march near his home by the cartel's gunmen."
    evs = muc.events(text, published="1990-04-05")
    assert not [e for e in evs if e.sub_event_type == "Peaceful protest"]
    assert [e for e in evs if e.sub_event_type == "Abduction/forced disappearance"]


# --- statistics and accidents ----------------------------------------------------------------


def test_a_count_of_many_clashes_is_a_statistic(muc):
    text = "The colonel said 250 rebels were killed in more than 400 clashes this year."
    assert muc.violent(text) == [], muc.events(text)


def test_many_attacks_on_one_day_stay(muc):
    text = "Rebels carried out 12 attacks on police posts on Monday in the northern province, killing 20 officers."
    assert muc.violent(text), muc.events(text)


def test_a_dynamite_charge_makes_a_derailment_an_attack(muc):
    text = ("A goods train was derailed before dawn today after running over a dynamite charge. "
            "A railway worker died in the explosion.")
    assert any(sub == "Remote explosive/landmine/IED" for _, sub in muc.violent(text)), muc.events(text)


def test_muc4_sentence_case_capitalises_months():
    from dateline.eval import muc4

    out = muc4.sentence_case("THE PRIESTS WERE KILLED ON 16 NOVEMBER. THEY MAY MARCH ON 3 MAY OR IN MARCH 1989.")
    assert out == "The priests were killed on 16 November. They may march on 3 May or in March 1989."


def test_an_inquiry_promised_into_a_murder_leaves_the_murder_done(muc):
    evs = muc.events("The minister promised on Friday to investigate the murder of two teachers.")
    assert find_status(evs, "murder") == "occurred"
    evs = muc.events("The rebels plan to carry out an attack on the capital.")
    assert find_status(evs, "attack") == "planned"


def find_status(evs, word):
    out = [e.status for e in evs if word in e.text]
    assert out, [(e.text, e.sub_event_type, e.status) for e in evs]
    return out[0]


# --- unnamed attackers --------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The officer was murdered last night by four unidentified people in a park in the northern district.",
    "A shopkeeper was shot dead on Monday by masked men in the old town.",
])
def test_unidentified_people_who_kill_are_an_armed_group(muc, text):
    recs = [r for r in muc.records(text) if r.event_type and r.fatalities]
    assert recs and recs[0].actor1.startswith("Unidentified Armed Group"), [(r.sub_event_type, r.actor1) for r in recs]
    assert recs[0].sub_event_type != "Mob violence"


# --- fusion: one side does not attack itself -----------------------------------------------------


def _cluster_record(analyse, text, word, a1s, a2):
    from dateline.fuse.within import _Args, _Cluster, _record
    from dateline.nlp.types import ActorMention

    doc = analyse(text, published="1989-11-13")
    ev = next(e for e in doc._.dl_events if e.text == word)
    def am(name, role, inter):
        return ActorMention(start=0, end=1, text=name, sent=ev.sent, event=0, role=role, canonical=name, inter=inter)
    actors = [am(n, "actor1", i) for n, i in a1s] + [am(a2[0], "actor2", a2[1])]
    return _record(doc, _Cluster(members=[_Args(idx=0, ev=ev, actors=actors)]), None, 0)


def test_an_attack_does_not_have_one_actor_on_both_sides(analyse):
    text = "The brigade's barracks in the eastern city was attacked at dawn on Monday, the army said."
    army = ("Military Forces of El Salvador", 1)
    rec = _cluster_record(analyse, text, "attacked", [army], army)
    # (the misread initiator is dropped; since QA round seven an armed clash with the state's men by
    # nobody named has ACLED's unidentified armed group as actor1)
    assert rec.actor1 != army[0] and rec.actor1 in (None, "Unidentified Armed Group") and rec.actor2 == army[0]
    rec = _cluster_record(analyse, text, "attacked", [army, ("FMLN: Farabundo Marti National Liberation Front", 2)], army)
    assert rec.actor1.startswith("FMLN") and rec.inter1 == 2


def test_infighting_keeps_one_actor_on_both_sides(analyse):
    text = "Two factions of the militia clashed on Monday near the checkpoint in the eastern city."
    side = ("Unidentified Armed Group (Syria)", 3)
    rec = _cluster_record(analyse, text, "clashed", [side], side)
    assert rec.actor1 == side[0]


def test_muc4_sentence_case_restores_group_acronyms():
    from dateline.eval import muc4

    out = muc4.sentence_case("THE ELN AND FMLN UNITS ATTACKED. LET IT BE. IT IS OVER.")
    assert out == "The ELN and FMLN units attacked. Let it be. It is over."


@pytest.mark.parametrize("text", [
    "Over the past six years more than 200 people have disappeared and 80 have been killed, the group said.",
    "Between February and October the army killed 300 rebels, a colonel said.",
])
def test_a_tally_over_months_or_years_is_no_incident(muc, text):
    assert muc.violent(text) == [], muc.events(text)


def test_a_dated_incident_beside_a_span_stays(muc):
    text = "Gunmen killed three farmers on Monday in the deadliest attack in two years."
    assert muc.violent(text), muc.events(text)
