"""Event detection, GVA pass (issue 5, events side): shootings the lexicon missed or mistyped,
accidents, and words that made a crime report look like a market report. Own-words sentences only."""

from __future__ import annotations

import pytest

DAY = "2024-05-06"


def _ev(muc, text):
    return muc.events(text, published=DAY)


def _violent(muc, text):
    return [e for e in _ev(muc, text) if e.event_type in ("Violence against civilians", "Battles", "Riots",
                                                          "Explosions/Remote violence")
            and e.status == "occurred" and not e.generic and not e.background]


# --- shots fired -------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Someone fired several bullets at a parked van on Elm Lane late Friday.",
    "Officers said three shots were fired into an apartment on Monday night.",
    "A bail agent fired two rounds at the fleeing car on Thursday, deputies said.",
])
def test_firing_a_gun_or_rounds_is_an_attack(muc, text):
    evs = _violent(muc, text)
    assert evs and all(e.sub_event_type == "Attack" for e in evs)


@pytest.mark.parametrize("text", [
    "The company fired three managers after the audit on Monday.",
    "Crews fired up the new furnace at the plant on Tuesday.",
])
def test_firing_without_a_weapon_is_no_attack(muc, text):
    assert not _violent(muc, text)


def test_a_gunshot_wound_tells_of_a_shooting(muc):
    evs = _violent(muc, "A teenager was taken to hospital with a gunshot wound to the leg early Sunday.")
    assert [e.sub_event_type for e in evs] == ["Attack"]


def test_a_self_inflicted_wound_is_no_attack(muc):
    assert not _violent(muc, "The guard was found on Sunday with a self-inflicted gunshot wound to the head.")


def test_a_person_shot_the_parser_read_as_a_noun(muc):
    evs = _violent(muc, "Deputies found a teenager shot in the 400 block of Pine Road early Sunday.")
    assert [e.sub_event_type for e in evs] == ["Attack"]


def test_a_homicide_is_a_killing(muc):
    evs = _violent(muc, "Detectives are investigating an overnight homicide near the river, the sheriff said.")
    assert [e.sub_event_type for e in evs] == ["Attack"]


# --- street addresses are no road blocks ---------------------------------------------------------


def test_a_street_address_is_no_protest(muc):
    evs = _ev(muc, "Residents of the 900 block of Birch Road said they heard nothing on Friday.")
    assert not any(e.sub_event_type == "Peaceful protest" for e in evs)


def test_a_shooting_at_a_street_address_keeps_its_type(muc):
    evs = _violent(muc, "Police say a man fired on two neighbours in the 700 block of Cedar Road on Friday.")
    assert evs and evs[0].sub_event_type == "Attack"
    assert not any(e.sub_event_type == "Peaceful protest" for e in _ev(muc, "Police say a man fired on two "
                                                                      "neighbours in the 700 block of Cedar Road on Friday."))


def test_blocking_a_road_is_still_a_protest(muc):
    evs = _ev(muc, "Farmers blocked the main road to the capital on Monday to demand better prices.")
    assert any(e.sub_event_type == "Peaceful protest" for e in evs)


# --- accidents -----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "A hunter accidentally fired his rifle while climbing a fence on Sunday, police said.",
    "The old pistol went off while the owner was cleaning it in his kitchen on Tuesday.",
])
def test_an_accidental_discharge_is_flagged_not_political(muc, text):
    evs = [e for e in _ev(muc, text) if e.plover_type == "ASSAULT"]
    assert evs and all(not e.political for e in evs)
    assert all(e.sub_event_type != "Remote explosive/landmine/IED" for e in evs)


def test_a_bomb_that_went_off_is_still_an_explosion(muc):
    evs = _violent(muc, "The bomb went off near the market on Sunday, killing two traders.")
    assert any(e.sub_event_type == "Remote explosive/landmine/IED" and e.political for e in evs)


# --- a patient's condition is no plan --------------------------------------------------------------


def test_critical_condition_with_wounds_is_no_plan(muc):
    evs = [e for e in _ev(muc, "He was listed in critical condition with gunshot wounds to the chest on Sunday.")
           if e.sub_event_type == "Attack"]
    assert evs and all(e.status == "occurred" for e in evs)


# --- domains ---------------------------------------------------------------------------------------


def test_bail_bond_said_again_is_no_market_report(muc):
    text = ("Three men shot a shop owner twice on Friday night, police said. "
            "A judge set bond at 50,000 dollars for the first man. "
            "The second man remains held without bond. "
            "Bond for the third man has not been set, and his lawyer asked for a lower bond.")
    evs = _violent(muc, text)
    assert any(e.sub_event_type == "Attack" for e in evs)


# --- status: what the sentence doubts or denies is not the incident --------------------------------


@pytest.mark.parametrize("text", [
    "Police did not say what prompted the shooting on Friday.",
    "Officers did not specify where the man was wounded.",
    "She was expected to recover from the gunshot injuries, police said.",
    "A quarrel over money might have caused the deadly shooting of a cook on Sunday.",
])
def test_incidents_under_questions_causes_and_recovery_occurred(muc, text):
    evs = [e for e in _ev(muc, text) if e.sub_event_type == "Attack"]
    assert evs and all(e.status == "occurred" for e in evs)


@pytest.mark.parametrize("text,status", [
    ("Investigators ruled out an attack on the plant.", "negated"),
    ("The dispute could lead to more attacks, the mayor warned.", "hypothetical"),
    ("Nobody knew yet whether it had been a drive-by shooting.", "hypothetical"),
])
def test_denials_and_open_questions_keep_their_status(muc, text, status):
    evs = [e for e in _ev(muc, text) if e.sub_event_type == "Attack"]
    assert evs and all(e.status == status for e in evs)


# --- things carried out ---------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Detectives executed a search warrant at a warehouse on Quarry Road on Tuesday.",
    "A search warrant was executed on Wednesday at the house.",
])
def test_executing_a_warrant_is_no_killing(muc, text):
    assert not _violent(muc, text)


def test_executing_prisoners_is_a_killing(muc):
    assert [e.sub_event_type for e in _violent(muc, "Rebels executed three prisoners near the border on Monday.")] \
        == ["Attack"]


# --- recovering is not retaking ground ----------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Two guns were recovered by police on Friday.",
    "A man was recovering on Saturday after being shot near the park.",
])
def test_recovering_things_or_health_is_no_regained_territory(muc, text):
    assert not any(e.sub_event_type == "Government regains territory" for e in _ev(muc, text))


def test_recovering_a_town_is_regained_territory(muc):
    evs = _ev(muc, "Government troops recovered the town of Palma from the insurgents on Monday.")
    assert any(e.sub_event_type == "Government regains territory" for e in evs)


# --- offences named in a charge ------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The driver faces three counts of shooting deadly missiles into an occupied dwelling.",
    "She was booked on two counts of firing a weapon into a building.",
])
def test_an_offence_named_in_a_count_is_no_news(muc, text):
    assert not _violent(muc, text)


def test_a_charge_list_does_not_retype_the_shooting(muc):
    from dateline.nlp.pipeline import extract

    recs = extract("A gunman fired at a pickup on Birch Road in Ocala on Tuesday, wounding two men. "
                  "Deputies arrested a suspect on Saturday. He faces attempted murder and a count of "
                  "shooting deadly missiles at the pickup.", published=DAY)
    types = {r.sub_event_type for r in recs if r.event_type}
    assert "Attack" in types and "Shelling/artillery/missile attack" not in types


# --- a private person who shoots ---------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "A man shot his neighbour in a row over a fence in Dayton on Sunday.",
    "A teenager fired a pistol at a bus driver in Toledo on Friday, police said.",
])
def test_a_person_who_shoots_is_an_armed_actor_not_a_mob(muc, text):
    recs = [r for r in muc.records(text) if r.event_type]
    assert recs and recs[0].sub_event_type == "Attack", [(r.sub_event_type, r.actor1) for r in recs]
    assert recs[0].actor1.startswith("Unidentified Armed Group")


def test_the_armed_person_is_named_in_a_warning(muc):
    recs = [r for r in muc.records("A man shot his wife in their home in Camden early Wednesday.") if r.event_type]
    assert recs and any(w.startswith("actor1 'A man'") for w in recs[0].warnings), [r.warnings for r in recs]


def test_a_crowd_that_beats_someone_stays_mob_violence(muc):
    recs = [r for r in muc.records("A mob of villagers beat a suspected cattle thief to death in Gaya on Monday.")
            if r.event_type]
    assert recs and recs[0].sub_event_type == "Mob violence", [(r.sub_event_type, r.actor1) for r in recs]


def test_a_crowd_that_beats_someone_with_no_protest_is_rioters(muc):
    # "crowd" alone names no demonstration: mob violence, done by rioters
    recs = [r for r in muc.records("A crowd of villagers beat a suspected cattle thief to death in Gaya on Monday.")
            if r.event_type]
    assert recs and recs[0].sub_event_type == "Mob violence", [(r.sub_event_type, r.actor1) for r in recs]
    assert recs[0].actor1.startswith("Rioters") and recs[0].inter1 == 5


def test_protesters_who_turn_violent_stay_a_violent_demonstration(muc):
    recs = [r for r in muc.records("Protesters threw stones at police and set fire to a bus in Srinagar on Monday.")
            if r.event_type]
    assert recs and recs[0].sub_event_type == "Violent demonstration", [(r.sub_event_type, r.actor1) for r in recs]


# --- figures of speech and parts of things --------------------------------------------------------


@pytest.mark.parametrize("text", [
    "A charity raised money on Monday for families facing cancer battles.",
    "The couple began a bitter custody fight in family court on Tuesday.",
    "The mayor lost a long legal battle over the zoning plan on Friday.",
])
def test_a_battle_against_an_illness_or_in_court_is_no_clash(muc, text):
    assert not _violent(muc, text)


def test_the_front_of_a_house_is_no_armed_front(muc):
    recs = [r for r in muc.records("Bullets struck the front of a house on Pine Street late Tuesday, police said.")
            if r.event_type]
    assert all(r.sub_event_type != "Armed clash" for r in recs), [(r.sub_event_type, r.actor2) for r in recs]


def test_fighting_for_ones_life_is_a_condition_not_a_clash(muc):
    recs = [r for r in muc.records("A cab driver is fighting for his life; police say two gunmen shot him in "
                                   "Gary on Sunday.") if r.event_type]
    assert recs and all(r.sub_event_type == "Attack" for r in recs), [(r.sub_event_type, r.actor1) for r in recs]


def test_the_verb_is_names_no_armed_group(muc):
    # "is" matched the Islamic State's acronym in the cue look-up, making police + "is" a clash
    recs = [r for r in muc.records("The county sheriff's office is looking into a shooting in Taylors, South "
                                   "Carolina.", published="2024-05-06") if r.event_type]
    assert recs and all(r.sub_event_type == "Attack" for r in recs), [(r.sub_event_type, r.actor1) for r in recs]


def test_the_group_is_still_an_armed_group(muc):
    recs = [r for r in muc.records("IS fighters stormed an army checkpoint near Kirkuk on Monday, killing four "
                                   "soldiers.", published="2024-05-06") if r.event_type]
    assert recs and recs[0].actor1.startswith("Islamic State"), [(r.sub_event_type, r.actor1) for r in recs]


def test_a_drug_raid_is_a_police_operation_not_a_clash(muc):
    recs = [r for r in muc.records("Officers arrested two men during a drug raid at a house on Elm Street in Erie "
                                   "on Thursday.", published="2024-05-06") if r.event_type]
    assert recs and {r.sub_event_type for r in recs} == {"Arrests"}, [(r.sub_event_type, r.actor1) for r in recs]


def test_falling_to_the_ground_takes_no_territory(muc):
    evs = [e for e in muc.events("An officer fired at the man on Sunday in Waco, causing him to fall to the ground.",
                                 published=DAY) if e.event_type]
    assert evs and not any(e.event_type == "Strategic developments" or "territory" in (e.sub_event_type or "")
                           for e in evs), [(e.text, e.sub_event_type) for e in evs]


def test_shots_going_off_are_gunfire_not_a_bomb(muc):
    evs = [e for e in muc.events("Neighbours heard gunshots going off inside a trailer in Waco late Sunday.",
                                 published=DAY) if e.event_type]
    assert evs and all(e.sub_event_type == "Attack" for e in evs), [(e.text, e.sub_event_type) for e in evs]


def test_police_investigating_an_armed_robbery_is_no_clash(muc):
    recs = [r for r in muc.records("Detectives are investigating a shooting on Monday and two armed robberies in "
                                   "Tulsa, the police department said.", published=DAY) if r.event_type]
    assert recs and all(r.sub_event_type != "Armed clash" for r in recs), [(r.sub_event_type, r.actor1) for r in recs]


@pytest.mark.parametrize("text", [
    "Smith was captured in Ohio on Monday and will be sent back to Utah.",
    "A deputy took control of the rifle on Monday and the man was led away.",
    "Officers gained control of him on Monday after a brief struggle in the lobby.",
])
def test_a_person_or_a_gun_taken_is_no_territory(muc, text):
    evs = [e for e in muc.events(text, published=DAY) if e.event_type]
    assert not any("territory" in (e.sub_event_type or "") for e in evs), [(e.text, e.sub_event_type) for e in evs]


def test_handguns_seized_with_drugs_are_a_weapons_seizure(muc):
    evs = [e for e in muc.events("Deputies seized heroin and two handguns from a van in Provo on Sunday.",
                                 published=DAY) if e.event_type]
    assert [e.sub_event_type for e in evs] == ["Disrupted weapons use"], [(e.text, e.sub_event_type) for e in evs]


def test_rebels_taking_a_town_still_take_territory(muc):
    evs = [e for e in muc.events("Rebels took control of the town of Kidal on Monday.", published=DAY) if e.event_type]
    assert [e.sub_event_type for e in evs] == ["Non-state actor overtakes territory"], [(e.text, e.sub_event_type)
                                                                                         for e in evs]


@pytest.mark.parametrize("text", [
    "A gunman went on a shooting rampage at a mall in Omaha on Tuesday, killing eight people.",
    "A quiet Sunday evening turned violent in Dayton, with two men shot on Elm Street.",
])
def test_a_rampage_or_a_night_turning_violent_without_a_crowd_is_no_riot(muc, text):
    recs = [r for r in muc.records(text, published=DAY) if r.event_type]
    assert recs and all(r.sub_event_type == "Attack" for r in recs), [(r.sub_event_type, r.actor1) for r in recs]


def test_a_protest_that_turned_violent_is_a_violent_demonstration(muc):
    recs = [r for r in muc.records("The march turned violent when protesters threw stones at a bank in Lima on "
                                   "Tuesday.", published=DAY) if r.event_type]
    assert recs and recs[0].sub_event_type == "Violent demonstration", [(r.sub_event_type, r.actor1) for r in recs]


def test_victims_who_tried_to_flee_are_no_displacement(muc):
    recs = [r for r in muc.records("Gunmen shot dead two herders who tried to flee near Jos on Monday.",
                                   published=DAY) if r.event_type or r.plover_type]
    assert recs and all(r.sub_event_type != "Other" for r in recs), [(r.sub_event_type, r.status) for r in recs]


def test_families_who_fled_their_villages_are_displaced(muc):
    recs = [r for r in muc.records("Thousands of families fled their villages in Ituri after the attacks on Monday.",
                                   published=DAY) if r.event_type]
    assert any(r.sub_event_type == "Other" for r in recs), [(r.sub_event_type, r.status) for r in recs]


def test_firing_into_a_house_is_an_attack(muc):
    evs = _violent(muc, "Someone fired into a house on Elm Street in Toledo late Sunday, police said.")
    assert [e.sub_event_type for e in evs] == ["Attack"], [(e.text, e.sub_event_type) for e in evs]


def test_firing_into_action_is_no_shot(muc):
    assert not _violent(muc, "The new coach fired his team into action on Sunday.")


# --- grenades built not to kill ------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Deputies tossed a flash-bang grenade through the window before they went in on Friday.",
    "Soldiers threw smoke grenades to screen their retreat across the bridge on Friday.",
    "Officers used two stun grenades when they served the warrant at the farmhouse on Friday.",
])
def test_stun_flash_and_smoke_grenades_are_no_grenade_attack(muc, text):
    assert not [e for e in _ev(muc, text) if e.sub_event_type == "Grenade"]


@pytest.mark.parametrize("text", [
    "Gunmen hurled a hand grenade into the crowded tea shop on Friday, wounding four men.",
    "A grenade thrown at the checkpoint on Friday killed one guard.",
])
def test_a_real_grenade_is_still_a_grenade_attack(muc, text):
    assert any(e.sub_event_type == "Grenade" for e in _violent(muc, text))


@pytest.mark.parametrize("text", [
    "The gunmen fled on foot after the shooting on Friday, deputies said.",
    "The suspect fled in a grey pickup toward the river on Friday.",
])
def test_a_getaway_is_no_displacement(muc, text):
    assert not [e for e in _ev(muc, text) if e.sub_event_type == "Other"]


def test_people_fleeing_fighting_are_still_displaced(muc):
    evs = _ev(muc, "Thousands of villagers fled their homes after the fighting on Friday, aid workers said.")
    assert any(e.sub_event_type == "Other" for e in evs)


# --- gunfire heard or reported (sixth round) ---------------------------------------------------


@pytest.mark.parametrize("text", [
    "Deputies were sent to a farmhouse on Creek Road after a report of shots fired Thursday afternoon.",
    "Shots rang out near a gas station on Route 9 late Saturday.",
    "Neighbors heard several gunshots outside the duplex on Friday night, police said.",
    "Gunfire erupted outside a tavern on Main Street early Sunday.",
    "Two shots were heard behind the motel late Thursday, a clerk said.",
    "Callers described the sound of gunfire in the alley on Friday night.",
    "Officers answering reports of shots being fired at 2:10 a.m. Sunday found a man on the porch.",
])
def test_gunfire_heard_or_reported_is_an_attack(muc, text):
    evs = _violent(muc, text)
    assert evs and all(e.sub_event_type == "Attack" for e in evs)


@pytest.mark.parametrize("text", [
    "No shots fired, officers said after the standoff ended on Tuesday.",
    "The winger took a shot at the title on Saturday.",
    "The clinic gave flu shots to 300 residents on Monday.",
    "The photographer took shots of the parade on Sunday.",
    "The team fired three shots on goal in the second half on Sunday.",
])
def test_no_gunfire_no_attack(muc, text):
    assert not _violent(muc, text)


def test_a_roundup_total_beside_one_victim_is_not_the_incident():
    # the scorer's rule (dateline/eval/gva.py): a record whose figure is a roundup's total is
    # no single incident, even when the total's sentence also names a victim of its own
    from types import SimpleNamespace

    from dateline.eval.gva import aggregate_only, primary_record

    def cnt(cat, best, start, agg):
        return SimpleNamespace(category=cat, best=best, start=start, aggregate_hint=agg)

    doc = SimpleNamespace(_=SimpleNamespace(dl_counts=[
        cnt("killed", 1, 0, False), cnt("injured", 1, 30, False), cnt("injured", 4, 80, True),
        cnt("killed", 1, 200, False), cnt("injured", 2, 260, False)]))
    ev = [{"field": "injured", "start": 0, "end": 150}]
    total = {"event_type": "Violence against civilians", "killed_best": None, "injured_best": 4, "evidence": ev}
    one = {"event_type": "Violence against civilians", "killed_best": 1, "injured_best": 1,
           "evidence": [{"field": "fatalities", "start": 0, "end": 150}, {"field": "injured", "start": 0, "end": 150}]}
    told = {"event_type": "Violence against civilians", "killed_best": 1, "injured_best": 2,
            "evidence": [{"field": "fatalities", "start": 180, "end": 250}, {"field": "injured", "start": 250, "end": 300}]}
    assert aggregate_only(doc, total)
    assert not aggregate_only(doc, one) and not aggregate_only(doc, told)
    assert primary_record([total, one, told], doc) is told
