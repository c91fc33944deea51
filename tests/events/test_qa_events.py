"""Bugs from the QA pass (docs/qa.md, item 4, and the lead's list): own-words reports only."""

from __future__ import annotations

from dateline.nlp.events import countable


def events(analyse, text, published="2021-06-10"):
    return analyse(text, published=published)._.dl_events


def counted(analyse, text, published="2021-06-10"):
    return [e for e in events(analyse, text, published) if countable(e) and e.sub_event_type]


def subs(analyse, text, published="2021-06-10"):
    return [e.sub_event_type for e in counted(analyse, text, published)]


VIOLENT = {"Attack", "Armed clash", "Violent demonstration", "Mob violence", "Looting/property destruction",
           "Shelling/artillery/missile attack", "Air/drone strike", "Remote explosive/landmine/IED", "Grenade"}


def test_football_metaphors_are_not_attacks(analyse):
    text = ("The visitors attacked relentlessly in the second half and Moreno killed the game off with a "
            "header in the 80th minute. United won 3-0 at home on Saturday, and the coach praised his defence.")
    assert not VIOLENT & set(subs(analyse, text))
    short = "The visitors attacked relentlessly from the first whistle, and a late goal from the captain killed the game off."
    assert not VIOLENT & set(subs(analyse, short))
    # a conflict report with an attack is still one
    assert "Attack" in subs(analyse, "Gunmen attacked a bus carrying football fans near the stadium, killing three.")


def test_riot_report_is_a_riot_with_its_dead(analyse):
    from dateline import extract

    text = ("Crowds looted shops and set fire to cars in the northern city of Kano on Monday after a disputed "
            "vote. Six people were killed, police said.")
    got = subs(analyse, text)
    assert got and set(got) <= {"Violent demonstration", "Mob violence"}, got
    recs = [r for r in extract(text, published="2021-06-10") if r.sub_event_type]
    assert [r.sub_event_type for r in recs] in (["Mob violence"], ["Violent demonstration"]), recs
    assert recs[0].fatalities == 6


def test_prosecutors_as_source_do_not_make_a_court_case(analyse):
    text = ("A 25-year-old police officer was shot dead by suspected cartel gunmen on Sunday in Michoacan state, "
            "prosecutors said. The officer was on patrol when the attackers opened fire from a pickup truck. "
            "Violence linked to drug cartels has claimed thousands of lives in the state since 2006.")
    shot = [e for e in events(analyse, text, None) if "shot" in e.text]
    assert shot and not shot[0].background
    # a trial is still background
    trial = "A court in Lagos on Monday convicted two men of the killing of a journalist, the judge said."
    assert not counted(analyse, trial)


def test_no_arrests_keeps_a_protest_peaceful(analyse):
    text = ("Thousands of teachers marched through the capital on Tuesday to demand higher pay. The protest "
            "ended peacefully and there were no arrests, police said.")
    assert set(subs(analyse, text)) == {"Peaceful protest"}
    assert "Protest with intervention" in subs(
        analyse, "Hundreds of students protested outside parliament and police arrested twelve of them.")


def test_background_clauses_are_not_events(analyse):
    text = ("Gunmen killed four soldiers at a checkpoint in North Darfur on Monday. The group has carried out "
            "similar attacks in the region. It has fought for more than a decade, and rebels control much of Darfur.")
    got = counted(analyse, text)
    assert len(got) == 1 and got[0].sent == 0, [(e.text, e.sub_event_type) for e in got]
    # a capture that happened is still an event
    assert "Non-state actor overtakes territory" in subs(
        analyse, "Rebels seized control of the town of Kutum on Friday after government troops fled.")


def test_attackers_seizing_weapons_is_part_of_the_attack(analyse):
    text = ("Militants stormed an army post in Borno state on Friday, killing three soldiers, and the attackers "
            "seized weapons and ammunition before fleeing.")
    assert "Disrupted weapons use" not in subs(analyse, text)
    # the police seizing weapons is a disruption
    assert "Disrupted weapons use" in subs(analyse, "Police seized weapons and ammunition in a raid on a warehouse.")


def test_police_raid_without_fighting_is_not_a_clash(analyse):
    text = "Police raided a house in the south of the city on Wednesday and arrested five suspected members of the gang."
    assert set(subs(analyse, text)) == {"Arrests"}
    text2 = "Security forces raided a militant hideout in the hills on Tuesday and detained three suspects."
    assert "Armed clash" not in subs(analyse, text2)
    # a raid with an exchange of fire is a clash
    fight = "Troops raided a militant hideout on Tuesday and killed four fighters in a gunfight that lasted an hour."
    assert "Armed clash" in subs(analyse, fight)


def test_damage_in_shelling_is_part_of_the_shelling(analyse):
    text = "Government forces shelled the town on Thursday, killing two children, and a school was damaged in the shelling."
    assert subs(analyse, text) == ["Shelling/artillery/missile attack"]
    text2 = ("Government forces shelled the town on Thursday, killing two children. A school was damaged "
             "in the shelling, residents said.")
    assert set(subs(analyse, text2)) == {"Shelling/artillery/missile attack"}
    from dateline import extract

    recs = [r.sub_event_type for r in extract(text2, published="2021-06-10") if r.sub_event_type]
    assert recs == ["Shelling/artillery/missile attack"]


# --- third pass: CASE/MUC-4 error analysis (general rules, own-words reports) -----------------


def main_sub(analyse, text):
    from dateline.nlp.events import main_event

    ev = main_event(counted(analyse, text))
    return ev.sub_event_type if ev else None


def test_arrests_a_protest_is_about_are_no_intervention(analyse):
    text = "Dozens of students rallied in the capital on Friday and demanded the release of activists detained last month."
    assert main_sub(analyse, text) == "Peaceful protest"
    text2 = "Hundreds marched in the city on Sunday in protest over the arrest of a local journalist."
    assert main_sub(analyse, text2) == "Peaceful protest"


def test_escalated_protest_outranks_a_later_rally(analyse):
    text = ("Stone-throwing youths fought running battles with police in the city centre on Monday. "
            "Later, thousands gathered for a rally in the main square.")
    assert main_sub(analyse, text) == "Violent demonstration"


def test_peace_talks_are_an_agreement_for_acled_coders(analyse):
    assert main_sub(analyse, "The government and the rebel alliance opened peace talks in Oslo on Monday.") == "Agreement"
    # talks in general stay PLOVER-only
    evs = events(analyse, "The two foreign ministers held talks in Geneva on Monday.")
    assert all(e.sub_event_type is None for e in evs) and any(e.plover_type == "CONSULT" for e in evs)


def test_attackers_killed_are_not_a_clash(analyse):
    text = "Gunmen attacked a guest house in the capital on Monday, and four of the attackers were killed, officials said."
    assert main_sub(analyse, text) == "Attack"


def test_muc4_bombings_qualify_whoever_is_actor1():
    from dateline.eval.muc4 import qualifying
    from dateline.record import EventRecord

    bomb = EventRecord(sub_event_type="Remote explosive/landmine/IED", inter1=1, inter2=None)
    op = EventRecord(sub_event_type="Armed clash", inter1=1, inter2=2)
    assert qualifying([bomb]) == [bomb]
    assert qualifying([op]) == []


def test_violence_a_protest_is_against_is_not_protester_violence(analyse):
    assert main_sub(analyse, "Thousands marched through the city on Saturday against gun violence.") == "Peaceful protest"
    # violence the protesters did still counts
    assert main_sub(analyse, "Protesters turned violent and smashed shop windows in the city on Saturday.") \
        == "Violent demonstration"


def test_arrests_of_people_who_protest_are_arrests(analyse):
    text = "Police detained dozens of people who took part in the demonstrations in the capital on Monday."
    assert main_sub(analyse, text) == "Arrests"


def test_withdrawal_that_let_others_take_a_place_is_nonviolent(analyse):
    text = "Militants took over the border town of Kutum on Friday after government troops pulled out."
    assert main_sub(analyse, text) == "Non-violent transfer of territory"
    text2 = "Soldiers abandoned the crossing on Sunday, which allowed the rebels to seize it without resistance."
    ev = [e for e in events(analyse, text2) if "seize" in e.text]
    assert ev and ev[0].status == "occurred"


def test_explosives_that_kill_their_bearer_are_a_suicide_bomb(analyse):
    text = "A militant detonated a car bomb at the gate of the base on Monday, killing himself and three guards."
    assert main_sub(analyse, text) == "Suicide bomb"


def test_force_on_protesters_with_unattributed_injuries(analyse):
    text = ("A young man was killed and 40 others injured as a result of army attacks against peaceful "
            "protesters at the border march on Friday.")
    assert main_sub(analyse, text) == "Excessive force against protesters"


def test_muc4_state_attack_without_named_target_qualifies():
    from dateline.eval.muc4 import qualifying
    from dateline.record import EventRecord

    att = EventRecord(sub_event_type="Attack", inter1=1, inter2=None)
    on_rebels = EventRecord(sub_event_type="Attack", inter1=1, inter2=2)
    assert qualifying([att]) == [att]
    assert qualifying([on_rebels]) == []


def test_event_words_naming_groups_cases_and_figures_of_speech(analyse):
    text = "The judge released five members of a kidnapping ring on Friday, angering the victims' families."
    assert "Abduction/forced disappearance" not in subs(analyse, text)
    text2 = "Economists warn that youth unemployment is a social time bomb for the region."
    assert not subs(analyse, text2)
    # a kidnapping that happened is still one
    assert "Abduction/forced disappearance" in subs(analyse, "Gunmen kidnapped two engineers on the road to the mine.")


def test_police_chasing_or_violently_dispersing_protesters_is_intervention(analyse):
    assert main_sub(analyse, "Riot police chased demonstrators through the old town during the protest on Friday.") \
        == "Protest with intervention"
    text = "Soldiers carried out a violent dispersal of the sit-in outside the ministry on Monday."
    assert main_sub(analyse, text) != "Violent demonstration"


def test_expected_wave_of_protests_is_planned(analyse):
    evs = events(analyse, "The army kept control of the city ahead of an expected wave of protests against new taxes.")
    ev = [e for e in evs if "protests" in e.text]
    assert ev and ev[0].status == "planned"
    # a wave of protests that happened stays occurred
    evs = events(analyse, "A wave of protests swept the country on Sunday.")
    assert [e.status for e in evs if "protests" in e.text] == ["occurred"]


def test_lists_of_ills_and_statistics_are_generic(analyse):
    text = "The minister said the rebels respond with kidnappings, extortion and terrorism in the countryside."
    assert not [e for e in counted(analyse, text) if e.sub_event_type == "Abduction/forced disappearance"]
    text2 = "The war has left 70,000 people who have been killed and 8,000 who have been kidnapped, the report says."
    assert not [e for e in counted(analyse, text2) if e.sub_event_type == "Abduction/forced disappearance"]
    # violence and clashes of a given day stay specific
    text3 = "Insurgents fired rockets to shoot down a military helicopter during the violence and clashes on Friday."
    assert VIOLENT & set(subs(analyse, text3))
