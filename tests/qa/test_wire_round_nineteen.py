"""Bugs found by reading a twelfth round of reports written in our own words (Congo, South Sudan,
Nigeria, Pakistan, Lebanon, El Salvador, Bangladesh, Afghanistan, Iraq, Ethiopia, Libya, Myanmar,
Venezuela, Mexico, Ukraine, Niger, India, Yemen, Somalia, Gaza, Turkey, Papua New Guinea, Colombia,
Mali, Central African Republic, Sudan, Syria, Peru, Zimbabwe, Uganda, the Philippines, US local
shootings). No dataset text."""

from __future__ import annotations

from qa_wire import helpers

PUB = "2024-06-15"  # a Saturday

run, records, typed, only = helpers(PUB)


# --- fusion: one incident told twice ---------------------------------------------------------

def test_a_group_announcing_its_own_dead_is_the_strike_that_killed_them():
    rec = only("BEIRUT - An Israeli drone strike on a car near the southern Lebanese town of Nabatieh killed two "
               "Hezbollah members on Friday, a security source said. The Iran-backed group later announced the "
               "deaths of two of its fighters without saying where they were killed.")
    assert rec["sub_event_type"] == "Air/drone strike" and rec["killed_best"] == 2


def test_a_base_retaken_by_troops_was_taken_from_the_group_that_stormed_it():
    recs = typed("MAIDUGURI, Nigeria - Boko Haram fighters stormed a military base in Borno state's Marte town "
                 "before dawn on Friday, killing four soldiers and carting away weapons, two military sources said. "
                 "Troops later recaptured the base, they said.")
    back = [r for r in recs if r["sub_event_type"] == "Government regains territory"]
    assert back and back[0]["actor1"] == "Military Forces of Nigeria"
    assert back[0]["actor2"].startswith("Boko Haram")


def test_unnamed_armed_groups_fighting_each_other_are_both_sides():
    rec = only("TRIPOLI, Libya - Armed groups fought with heavy weapons in the Tajoura district east of the "
               "capital overnight, killing three civilians, the health ministry said on Sunday.")
    assert rec["sub_event_type"] == "Armed clash"
    assert rec["actor1"] == rec["actor2"] == "Unidentified Armed Group (Libya)"
    assert rec["location"] != "Tripoli" and rec["admin1"] == "Tarabulus"


def test_no_officers_hurt_is_a_zero_not_a_denied_incident():
    recs = typed("ATLANTA - An Atlanta police officer shot and killed a man who pointed a rifle at officers in "
                 "southwest Atlanta on Thursday night, the state investigators said. No officers were hurt.")
    assert len(recs) == 1 and recs[0]["killed_best"] == 1


# --- actors ------------------------------------------------------------------------------------

def test_a_candidate_killed_is_a_civilian():
    rec = only("MEXICO CITY - Gunmen killed a mayoral candidate while she was campaigning in the southern state of "
               "Guerrero on Friday, state prosecutors said.")
    assert rec["actor2"] == "Civilians (Mexico)"


# --- events ------------------------------------------------------------------------------------

def test_young_people_arrested_as_they_tried_to_march_is_a_protest_met_by_force():
    rec = only("KAMPALA, Uganda - Ugandan police arrested dozens of young people who tried to march on parliament "
               "on Tuesday to protest against corruption, a witness said.")
    assert rec["sub_event_type"] == "Protest with intervention" and rec["event_date"] == "2024-06-11"


def test_a_shooting_where_people_gathered_for_a_party_is_no_riot():
    rec = only("LOUISVILLE, Ky. - Three people were killed and two others hurt in a shooting at a park where people "
               "had gathered for a birthday party on Saturday night, the police chief said early Sunday.")
    assert rec["sub_event_type"] == "Attack" and rec["killed_best"] == 3 and rec["injured_best"] == 2


# --- places ------------------------------------------------------------------------------------

def test_a_district_owned_by_a_town_name_is_the_district():
    rec = only("SRINAGAR, India - Suspected militants opened fire on a bus carrying Hindu pilgrims in Jammu's Reasi "
               "district on Sunday evening, killing nine people, police said.")
    assert rec["location"] == "Reasi" and rec["geo_precision"] == 2


def test_the_body_that_tells_it_does_not_place_it():
    rec = only("GAZA - An Israeli air strike on a school sheltering displaced families in the Nuseirat refugee camp "
               "killed at least 33 people on Thursday, the Gaza civil defence agency said.")
    assert rec["location"] == "An Nusayrat"


def test_a_nigerian_local_government_area_after_its_state():
    rec = only("ABUJA, Nigeria - Bandits kidnapped at least 15 students from an Islamic school in Sokoto state's "
               "Gada local government area on Saturday, a local lawmaker said.")
    assert rec["location"] == "Gada" and rec["admin1"] == "Sokoto" and rec["geo_precision"] == 2


def test_a_bare_name_whose_only_namesake_is_an_ocean_away_is_not_taken():
    rec = only("MEMPHIS, Tenn. - A 19-year-old man who was shot last Thursday outside a convenience store in "
               "Whitehaven died of his injuries on Monday, police said.")
    assert rec["country"] == "United States"


def test_a_name_after_an_age_is_a_person_and_the_quarter_is_the_towns():
    rec = only("ST. LOUIS - Two men were shot, one fatally, early Sunday in the Dutchtown neighborhood, police said. "
               "The dead man was identified Monday as 27-year-old Marcus Hill.")
    assert rec["admin2"] == "City of Saint Louis" and rec["geo_precision"] == 2


# --- dates -------------------------------------------------------------------------------------

def test_a_report_released_on_a_day_does_not_date_what_it_tells():
    rec = only("BAMAKO, Mali - The army and foreign fighters killed dozens of civilians during an operation in the "
               "village of Moura in central Mali, a U.N. report released on Friday said. The killings took place "
               "over five days in March 2022.")
    assert rec["event_date"].startswith("2022-03") and rec["time_precision"] == 3


def test_last_thursday_before_a_death_on_monday_is_the_week_before():
    rec = only("MEMPHIS, Tenn. - A 19-year-old man who was shot last Thursday outside a store died of his injuries "
               "on Monday, police said.")
    assert rec["event_date"] == "2024-06-06"
