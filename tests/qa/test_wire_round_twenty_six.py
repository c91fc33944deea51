"""Bugs found by reading a nineteenth round of reports written in our own words (four helpers wrote
about 160 for it: the Middle East and the war in Ukraine, Africa, US local shootings told with hard
dates and counts, Asia-Pacific politics). No dataset text."""

from __future__ import annotations

from qa_wire import helpers

PUB = "2026-02-11"  # a Wednesday

run, records, typed, only = helpers(PUB)


# --- US local news: dates ------------------------------------------------------------------------

def test_a_month_right_after_killed_is_no_victim():
    rec = only("CAMDEN, N.J. - A man was shot and killed Jan. 27 outside a laundromat on Federal Street, police "
               "said.")
    assert (rec["event_date"], rec["killed_best"], rec["injured_best"]) == ("2026-01-27", 1, 0)


def test_a_week_after_he_was_shot_is_seven_days_before():
    rec = only("GARY, Ind. - A 51-year-old man died Monday, a week after he was shot in a holdup outside his "
               "home, the coroner said.")
    assert (rec["event_date"], rec["time_precision"]) == ("2026-02-02", 1)


def test_a_day_told_outright_beats_an_offset_from_another_day():
    rec = only("CHICAGO - The medical examiner on Tuesday ruled the death of a 70-year-old man a homicide, more than "
               "two weeks after he was shot while walking his dog in the Austin neighborhood on Jan. 23.")
    assert rec["event_date"] == "2026-01-23"


def test_a_day_inside_the_week_told_before_is_that_week():
    rec = only("HOUSTON - A man who was shot outside an apartment complex in southwest Houston last week has died, "
               "police said. The 31-year-old died Tuesday, four days after he was shot in the parking lot.")
    assert (rec["event_date"], rec["killed_best"]) == ("2026-02-06", 1)


def test_a_prosecutors_office_that_tells_it_is_no_court_frame():
    rec = only("NEWARK, N.J. - A 33-year-old was shot and killed on Jan. 26 outside a bodega on Bergen Street, and police "
               "are still hunting the shooter, the Essex County Prosecutor's Office said Tuesday.")
    assert (rec["event_date"], rec["killed_best"]) == ("2026-01-26", 1)


def test_in_custody_after_a_shooting_the_shooting_is_the_incident():
    recs = typed("JACKSONVILLE, Fla. - A man is in custody after a shooting last Thursday that left a woman dead "
                 "and her teenage son injured at an apartment on Moncrief Road, the sheriff's office said. Deputies "
                 "arrested the suspect on Saturday at a motel in Orange Park. He is charged with murder and "
                 "attempted murder.")
    shots = [r for r in recs if r["sub_event_type"] == "Attack"]
    assert len(shots) == 1
    assert (shots[0]["killed_best"], shots[0]["injured_best"], shots[0]["location"]) == (1, 1, "Jacksonville")


# --- US local news: counts -----------------------------------------------------------------------

def test_a_murder_suicide_keeps_the_wounded_victim():
    rec = only("LOUISVILLE, Ky. - A man shot his wife and her sister and then shot himself Friday night "
               "at a home in Okolona, police said. The wife died at the scene, and her sister was taken to a "
               "hospital with serious injuries. The gunman was found dead inside the home.")
    assert (rec["killed_best"], rec["injured_best"]) == (2, 1)


def test_one_grazed_beside_the_dead_is_hurt():
    rec = only("HOUSTON - A road-rage confrontation on the North Freeway early Sunday left two drivers dead, police "
               "said. Both men died at the scene, and a passenger in one of the cars was grazed by a bullet.")
    assert (rec["killed_best"], rec["injured_best"]) == (2, 1)


def test_it_went_off_after_a_pistol_is_a_shot():
    rec = typed("SAN ANTONIO - A 5-year-old boy was killed Saturday when his brother found a loaded pistol in a "
                "closet and it went off, the sheriff's office said.")[0]
    assert rec["sub_event_type"] == "Attack"


# --- claims --------------------------------------------------------------------------------------

def test_a_groups_later_word_on_its_kill_is_the_high_figure():
    recs = typed("ADDIS ABABA - Fano fighters attacked an army convoy near Debre Markos on Monday, residents said. "
                 "A hospital worker said it had received the bodies of 7 soldiers. Fano said on Tuesday it had "
                 "killed more than 80 federal troops.")
    assert len(recs) == 1
    assert (recs[0]["killed_best"], recs[0]["killed_high"]) == (7, 80)


def test_a_claim_of_responsibility_with_a_toll_is_no_second_fight():
    recs = typed("MOGADISHU - A suicide bomber blew himself up outside a police training centre in Mogadishu on "
                 "Tuesday, killing nine people and wounding 20, police said. Al-Shabaab claimed responsibility, "
                 "saying it had killed 30 soldiers.")
    assert len(recs) == 1
    assert (recs[0]["killed_best"], recs[0]["killed_high"]) == (9, 30)
    assert recs[0]["actor1"] == "al-Shabaab"


def test_both_sides_toll_and_the_others_word_for_the_fighters_are_rivals():
    rec = only("CHIANG MAI, Thailand - Resistance fighters attacked a junta outpost near Loikaw in Myanmar's Kayah "
               "state on Saturday. At least nine soldiers and two resistance fighters were killed, the groups "
               "said. The junta said its troops had repelled the assault and killed 15 terrorists.")
    assert rec["killed_best"] == 11


def test_a_vague_word_is_no_conservative_figure():
    rec = only("MOPTI, Mali - A Malian army drone strike killed at least 10 civilians at a weekly market in the "
               "village of Diafarabe on Monday, local officials said. The army said on Tuesday it had targeted a "
               "terrorist hub and killed several JNIM fighters.")
    assert rec["killed_best"] == 10


# --- Asia, Africa, the Middle East -----------------------------------------------------------------

def test_the_crime_a_man_is_wanted_for_is_no_toll_of_his_shooting():
    rec = typed("LUCKNOW, India - Police shot and wounded a man wanted for the murder of a shopkeeper in Meerut on "
                "Monday night, officials said.")[0]
    assert (rec["killed_best"] or 0, rec["injured_best"]) == (0, 1)


def test_dead_and_injured_told_as_states_after_leaving():
    rec = typed("NEW DELHI - Clashes broke out in Nuh district of Haryana on Sunday, leaving one person dead and at "
                "least 12 injured, police said.")[0]
    assert (rec["killed_best"], rec["injured_best"]) == (1, 12)


def test_clashes_between_faith_groups_are_a_communal_riot():
    rec = typed("NEW DELHI - Clashes broke out between Hindu and Muslim groups during a procession in Nuh district "
                "of Haryana on Sunday, leaving one person dead, police said.")[0]
    assert rec["sub_event_type"] == "Mob violence"
    assert rec["actor1"] == rec["actor2"] == "Rioters (India)"


def test_the_hurt_told_inside_the_part_who_died():
    rec = only("IDLIB, Syria - A bomb exploded in a crowded market in Idlib on Monday evening, killing at least four "
               "people. The toll rose to six on Tuesday after two of the 12 wounded died in hospital.")
    assert (rec["killed_best"], rec["injured_best"]) == (6, 10)


def test_a_next_body_pulled_from_the_rubble():
    rec = typed("ZAPORIZHZHIA, Ukraine - A Russian missile strike on a factory in Zaporizhzhia on Sunday killed three "
                "workers, the governor said. On Monday he said a fourth body had been pulled from the rubble.")[0]
    assert rec["killed_best"] == 4


def test_the_town_an_apposition_places_in_its_province():
    rec = only("NYALA, Sudan - Police in Nyala, the capital of South Darfur, arrested nine activists on Tuesday, a "
               "rights group said.")
    assert rec["location"] == "Nyala"


def test_a_village_the_gazetteer_lacks_inside_its_state():
    rec = only("KHARTOUM - The bodies of 19 villagers were found on Tuesday in Wad al-Noura, a village in Gezira "
               "state, after an attack by RSF fighters last Saturday, residents said.")
    assert (rec["location"], rec["admin1"]) == ("Wad al-Noura", "Gezira")


def test_overnight_into_a_weekday_is_that_weekday():
    recs = typed("AMMAN, Jordan - U.S. forces killed a senior Islamic State leader in a helicopter raid in Syria's "
                 "Deir ez-Zor province overnight into Saturday, the U.S. military said.")
    assert recs[0]["event_date"] == "2026-02-07"


def test_a_day_something_is_ahead_of_is_no_story_day():
    recs = typed("BAMENDA, Cameroon - Suspected separatists shot dead two gendarmes at a checkpoint in Bamenda on "
                 "Tuesday, a day after they enforced a lockdown across the region ahead of a national holiday on "
                 "Wednesday. Authorities said troops later killed three separatist fighters.")
    assert [r["event_date"] for r in recs if r["killed_best"] == 3] == ["2026-02-10"]


def test_one_pistol_whipped_beside_one_shot_is_hurt():
    rec = typed("NEW ORLEANS - A visitor was pistol-whipped and robbed late Saturday in the French Quarter, and a "
                "second man was shot in the hand when he tried to help, police said.")[0]
    assert rec["injured_best"] == 2
