"""Bugs found by reading the twenty-eighth round of reports written in our own words (four helpers wrote
160: South Asia's police and riots, Latin America's insurgencies old and new, US local shooting pages and
Africa's raids; published 2026-12-02). No dataset text."""

from __future__ import annotations

from qa_wire import helpers

PUB = "2026-12-02"  # a Wednesday

run, records, typed, only = helpers(PUB)


# --- riots: the force the crowd fought --------------------------------------------------------------

def test_a_mob_that_clashed_with_police_has_the_police_as_its_other_side():
    recs = typed("VADODARA, India - A man was killed in Vadodara on Monday when a mob clashed with the police, "
                 "officials said.")
    assert len(recs) == 1
    assert recs[0]["actor1"] == "Rioters (India)" and recs[0]["actor2"] == "Police Forces of India"
    assert recs[0]["killed_best"] == 1


def test_rioters_who_clashed_with_police_keep_the_police_after_the_dead():
    recs = typed("SURAT, India - Two people died on Tuesday in Surat when rioters clashed with police.")
    assert recs and recs[0]["actor2"] == "Police Forces of India"


# --- deaths told as caused by violence ----------------------------------------------------------------

def test_a_death_in_violence_is_an_event():
    recs = typed("HERAT, Afghanistan - Three people were killed in violence in Herat on Tuesday.")
    assert len(recs) == 1 and recs[0]["killed_best"] == 3 and recs[0]["event_date"] == "2026-12-01"


def test_violence_as_the_killer_is_an_event():
    recs = typed("BANGUI, Central African Republic - Unrest in the capital killed four people on Monday.")
    assert len(recs) == 1 and recs[0]["killed_best"] == 4


def test_a_death_with_no_cause_told_is_still_no_event():
    assert not typed("HERAT, Afghanistan - One man was killed in Herat on Tuesday.")


# --- figures from two sides --------------------------------------------------------------------------

def test_the_same_side_s_dead_from_two_sources_is_a_rival_figure_not_more_dead():
    recs = typed("USULUTAN, El Salvador - Guerrillas attacked an army barracks in Usulutan on Monday, sparking a "
                 "four-hour battle. The army said 19 guerrillas and five soldiers died. A guerrilla spokesman "
                 "said by radio that 40 soldiers had been killed.")
    assert len(recs) == 1
    assert recs[0]["killed_best"] == 24 and recs[0]["killed_high"] == 59


# --- a victim's own work and people ---------------------------------------------------------------------

def test_the_murder_a_judge_was_investigating_is_no_figure_of_his_killing():
    recs = typed("TEGUCIGALPA, Honduras - A judge who was investigating the murder of an environmental activist was "
                 "shot dead on Sunday outside a restaurant in Tegucigalpa, police said. Gunmen on a motorbike fired "
                 "several shots at him. His bodyguard was wounded.")
    assert len(recs) == 1
    assert recs[0]["killed_best"] == 1 and recs[0]["injured_best"] == 1


def test_police_investigating_a_killing_still_count_it():
    recs = typed("MEMPHIS, Tenn. - Police are investigating the killing of a 30-year-old man who was shot on "
                 "Saturday night in Frayser.")
    assert [r["killed_best"] for r in recs] == [1]


def test_an_earlier_killing_weeks_before_elsewhere_is_not_this_one_s_dead():
    recs = typed("CULIACAN, Mexico - A prosecutor was shot dead in his car in Culiacan on Saturday, three weeks "
                 "after another prosecutor was killed in the neighbouring state of Sonora, officials said.")
    here = [r for r in recs if r["location"] == "Culiacan"]
    assert len(here) == 1 and here[0]["killed_best"] == 1


# --- a period's running toll ----------------------------------------------------------------------------

def test_a_period_s_running_toll_is_no_incident_s_figure():
    recs = typed("JOS, Nigeria - Gunmen killed 14 people in the village of Barkin Ladi on Friday and another 6 in "
                 "nearby Riyom the next day, a local official said, bringing the toll from attacks in the area "
                 "this year to more than 400.")
    got = sorted((r["location"], r["event_date"], r["killed_best"]) for r in recs)
    assert got == [("Barkin Ladi", "2026-11-27", 14), ("Riyom", "2026-11-28", 6)]


# --- figures corrected and told again -----------------------------------------------------------------

def test_a_toll_revised_down_is_the_best_figure():
    recs = typed("SAN PEDRO SULA, Honduras - At least 41 inmates were killed in a riot between rival gangs at a "
                 "prison in San Pedro Sula on Saturday, officials said. The toll was later revised to 37 after "
                 "some bodies had been counted twice.")
    assert len(recs) == 1
    assert recs[0]["killed_best"] == 37 and recs[0]["killed_high"] == 41


def test_a_wounded_figure_told_as_corrected_gives_way():
    recs = typed("TULSA, Okla. - A gunman killed two people and wounded five others at a warehouse in Tulsa on "
                 "Monday before he was shot dead by officers, police said. Police had earlier put the number of "
                 "wounded at eight but revised it after three people were found to have been hurt while running "
                 "away.")
    assert recs and recs[0]["injured_best"] == 5


def test_the_first_word_on_the_wounded_gives_way_to_those_still_in_hospital():
    recs = typed("MOBILE, Ala. - The death toll from Friday night's shooting at a birthday party in Mobile has risen "
                 "to three, police said. Initially, police reported one person killed and five wounded. A second "
                 "victim died Saturday and a third on Monday. Three others remain hospitalized.")
    assert recs and recs[0]["killed_best"] == 3 and recs[0]["injured_best"] == 3


def test_people_who_remain_hospitalized_are_hurt():
    recs = typed("DALLAS - A man was killed in a shooting in south Dallas on Monday night, police said. Two others "
                 "remain hospitalized.")
    assert recs and recs[0]["injured_best"] == 2


def test_a_plural_then_the_same_people_by_sex_and_age_is_not_a_list():
    recs = typed("MESA, Ariz. - Two customers, a 40-year-old man and a 33-year-old woman, were shot at a bar early "
                 "Sunday, police said.")
    assert recs and recs[0]["injured_best"] == 2


# --- reports nobody confirmed -------------------------------------------------------------------------

def test_unconfirmed_reports_of_a_kidnapping_are_no_kidnapping():
    recs = records("CUCUTA, Colombia - Police said on Wednesday they had not confirmed reports that the mayor of "
                   "the town of Tibu had been kidnapped by ELN rebels.")
    assert not any(r["status"] == "occurred" and r["sub_event_type"] == "Abduction/forced disappearance"
                   for r in recs)
