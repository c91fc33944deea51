"""Bugs found by reading an eighteenth round of reports written in our own words (four helpers
wrote about 160 for it: South Asia and Myanmar, Latin America and the Sahel, protests and riots
worldwide, US local shootings). No dataset text."""

from __future__ import annotations

from qa_wire import helpers

PUB = "2026-01-15"  # a Thursday

run, records, typed, only = helpers(PUB)


# --- counts ----------------------------------------------------------------------------------------

def test_a_rare_soldier_noun_closing_a_list_is_counted():
    rec = only("CAIRO - A roadside device went off under an army vehicle near Arish on Friday, killing a lieutenant "
               "and a conscript, security officials said.")
    assert rec["killed_best"] == 2


def test_the_hurt_who_died_are_inside_the_new_toll_of_their_sentence():
    rec = only("PESHAWAR, Pakistan - A suicide attacker drove a car packed with explosives into a police post in "
               "Lakki Marwat district on Tuesday, killing five policemen and wounding ten, officials said. The toll "
               "rose to seven on Wednesday after two of the wounded died in hospital in Peshawar.")
    assert (rec["killed_best"], rec["injured_best"]) == (7, 8)
    assert rec["location"] != "Peshawar"


def test_bringing_the_toll_to_a_figure_updates_the_incident():
    rec = only("LEON, Mexico - Gunmen burst into a family gathering in the municipality of Celaya, Guanajuato, late "
               "Saturday, killing six and wounding four, prosecutors said. Two of the wounded died on Sunday, "
               "bringing the death toll to eight.")
    assert (rec["killed_best"], rec["injured_best"]) == (8, 2)


def test_a_proper_name_is_no_aggregate_cue():
    rec = only("PESHAWAR, Pakistan - Gunmen ambushed a police van in Bannu district on Monday, killing four "
               "officers, police said. The toll rose to five on Tuesday after one of the injured died at the "
               "Combined Military Hospital.")
    assert rec["killed_best"] == 5


def test_what_rebels_were_worth_is_no_total():
    rec = only("RAIPUR, India - Security forces killed nine Maoist rebels, including three commanders carrying a "
               "combined reward of 20 lakh rupees, in a gunfight in Sukma district of Chhattisgarh on Monday, "
               "police said.")
    assert rec["killed_best"] == 9


def test_a_state_mans_death_is_added_to_the_fighters_the_state_killed():
    rec = only("RAIPUR, India - Security forces killed 10 Maoist insurgents in a day-long gunfight in the forests of "
               "Narayanpur district in Chhattisgarh on Monday, police said. A commando was killed and three others "
               "were injured.")
    assert (rec["killed_best"], rec["injured_best"]) == (11, 3)


def test_vessels_seized_are_no_people_taken():
    recs = typed("COLOMBO, Sri Lanka - The Sri Lankan navy arrested nine Indian fishermen on Tuesday for fishing "
                 "illegally off Mannar island and seized two trawlers, officials said.")
    assert all(r["abducted_best"] is None for r in recs)
    assert recs[0]["arrested_best"] == 9


def test_soldiers_captured_by_an_armed_group_are_abducted():
    recs = typed("BAMAKO - JNIM fighters stormed an army post near Tessit on Sunday. The group said on Monday it had "
                 "killed 25 soldiers and captured eight others.")
    rec = next(r for r in recs if r["killed_best"])
    assert rec["abducted_best"] == 8
    assert rec["arrested_best"] is None


def test_an_abduction_verb_misread_as_a_participle_keeps_its_figure():
    rec = only("ABUJA, Nigeria - Armed bandits abducted at least 40 passengers from two buses in Katsina state on "
               "Friday, police said.")
    assert rec["abducted_best"] == 40


def test_the_dead_a_gathering_honours_are_not_its_toll():
    rec = only("BELGRADE, Serbia - Thousands of students blocked a bridge in Belgrade for 15 minutes on Thursday in "
               "tribute to the 16 people killed when a station roof collapsed in Novi Sad more than a year ago.")
    assert rec["sub_event_type"] == "Peaceful protest"
    assert rec["killed_best"] is None


def test_a_year_long_tally_is_no_event():
    recs = typed("DHAKA, Bangladesh - At least 140 people were killed in mob attacks in Bangladesh in 2025, a rights "
                 "group said in its annual report released on Tuesday.")
    assert not [r for r in recs if r["killed_best"]]


# --- status --------------------------------------------------------------------------------------

def test_the_weapons_of_a_plotted_attack_are_no_strike():
    recs = typed("AMMAN, Jordan - Intelligence officers arrested 12 people suspected of plotting attacks using "
                 "drones and rockets, the government said on Tuesday. The plot was foiled before any attack took "
                 "place.")
    assert not [r for r in recs if r["status"] == "occurred" and r["sub_event_type"] in ("Air/drone strike", "Attack")]


def test_an_announced_protest_for_next_week_is_planned():
    recs = records("KATHMANDU, Nepal - Royalist protesters clashed with police in Kathmandu on Tuesday, leaving 20 "
                   "people injured. The group announced another protest for next week.")
    planned = [r for r in recs if r["sub_event_type"] == "Peaceful protest"]
    assert planned and all(r["status"] == "planned" for r in planned)
    assert planned[0]["event_date"] == "2026-01-19"


def test_denying_being_behind_a_bombing_does_not_deny_the_bombing():
    recs = typed("BOGOTA - The ELN denied on Wednesday that it was behind a car bomb that exploded outside a police "
                 "station in Tame, in Arauca province, on Monday, wounding five officers.")
    bomb = next(r for r in recs if r["sub_event_type"] == "Remote explosive/landmine/IED")
    assert bomb["status"] == "occurred"
    assert bomb["injured_best"] == 5


def test_watching_without_intervening_is_no_intervention():
    rec = only("TEHRAN - Hundreds of traders closed their shops and chanted slogans in Tehran's Grand Bazaar on "
               "Wednesday over the fall of the rial, while police watched without intervening.")
    assert rec["sub_event_type"] == "Peaceful protest"
    assert rec["location"] == "Tehran"


# --- dates ---------------------------------------------------------------------------------------

def test_a_day_something_is_set_for_is_to_come():
    recs = records("CULIACAN, Mexico - A march by families of the disappeared planned for Friday in Culiacan has "
                   "been postponed over security concerns.")
    assert recs[0]["event_date"] == "2026-01-16"


def test_the_previous_afternoon():
    recs = typed("MIAMI - A 50-year-old man was arrested Tuesday after he fired at a driver on the Palmetto "
                 "Expressway the previous afternoon, the highway patrol said. Nobody was hurt.")
    shot = next(r for r in recs if r["sub_event_type"] != "Arrests")
    assert shot["event_date"] == "2026-01-12"


def test_turning_violent_the_following_day():
    recs = typed("LIMA, Peru - A peaceful march by farmers in the capital on Monday turned violent the following day "
                 "in Cusco, where protesters burned tyres and threw stones at police.")
    riot = next(r for r in recs if r["sub_event_type"] == "Violent demonstration")
    assert riot["event_date"] == "2026-01-13"


def test_a_sentencing_for_an_old_killing_dates_the_killing():
    recs = typed("INDIANAPOLIS - A judge sentenced a 27-year-old man to 55 years in prison Tuesday for the 2024 killing "
                 "of a gas station clerk, who was shot during a robbery on the city's west side in May 2024. "
                 "Prosecutors said the man fired three times.")
    assert len(recs) == 1
    assert recs[0]["event_date"].startswith("2024-05")
    assert recs[0]["killed_best"] == 1


def test_a_year_told_for_an_old_shooting_dates_it():
    recs = typed("DENVER - A man was sentenced on Friday to 22 years for a 2023 road-rage shooting on Interstate "
                 "70. Prosecutors said he fired four shots into the other car.")
    assert [r["event_date"][:4] for r in recs] == ["2023"]


# --- fusion --------------------------------------------------------------------------------------

def test_a_separate_incident_is_its_own_record():
    recs = typed("BOGOTA - A car bomb exploded outside an army base in Saravena, in Arauca province, on Monday, "
                 "wounding six soldiers. In a separate incident, the army said it killed four rebels in a bombing "
                 "raid in Norte de Santander on Tuesday.")
    assert len(recs) == 2
    assert [r["injured_best"] for r in recs][0] == 6


def test_militants_linked_to_the_blast_killed_in_a_raid_are_a_new_incident():
    recs = typed("QUETTA, Pakistan - A bomb planted on a motorcycle exploded in a market in Mastung on Thursday, "
                 "killing three people, police said. Hours later, security forces said they had killed two militants "
                 "linked to the blast in a raid in the nearby Dasht area.")
    assert sorted(r["killed_best"] for r in recs) == [2, 3]
    assert all(r["country"] == "Pakistan" for r in recs)


# --- places --------------------------------------------------------------------------------------

def test_a_word_of_a_ministrys_name_is_no_place():
    rec = only("KABUL, Afghanistan - A suicide bomber blew himself up outside the Ministry of Urban Development in "
               "central Kabul on Monday, killing four people.")
    assert (rec["location"], rec["country"]) == ("Kabul", "Afghanistan")


def test_where_a_rights_group_is_based_is_no_place():
    recs = typed("TEHRAN - Security forces fired on protesters in Kermanshah late Wednesday, killing three people, "
                 "a Norway-based rights group said. State media said rioters had attacked a police station.")
    assert all(r["country"] == "Iran" for r in recs)


def test_a_numbered_camp_is_no_county():
    recs = typed("COX'S BAZAR, Bangladesh - Two armed Rohingya groups fought a gunbattle inside Camp 13 in Ukhiya on "
                 "Tuesday night, killing three men, police said.")
    assert all(r["country"] == "Bangladesh" for r in recs)


def test_a_unit_named_as_an_upazila_of_a_district():
    recs = typed("CHITTAGONG, Bangladesh - Gunmen ambushed an army patrol in Ruma upazila of Bandarban district on "
                 "Sunday, killing a soldier, the military said.")
    assert recs[0]["country"] == "Bangladesh"


def test_a_place_of_the_districts_owner_is_inside_it():
    rec = only("ISLAMABAD, Pakistan - Security forces killed eight militants in North Waziristan's Mir Ali area "
               "overnight, the military said on Thursday.")
    assert rec["country"] == "Pakistan"


def test_a_bureau_datelines_neighbour_lends_its_country():
    recs = typed("BANGKOK, Thailand - The Arakan Army said on Monday it had captured an army base in Kyaukphyu "
                 "township in Rakhine state. Residents said at least four civilians were killed by junta shelling in "
                 "Kyaukphyu town on Sunday.")
    assert recs and all(r["country"] == "Myanmar" for r in recs)


# --- US local news -------------------------------------------------------------------------------

def test_a_place_in_a_citys_tally_is_no_incident():
    recs = typed("OMAHA, Neb. - A 30-year-old man who was shot outside a bar in north Omaha on Dec. 18 died of his "
                 "injuries Monday, police said, making his case the city's first homicide of the year. The man was "
                 "shot in the bar's parking lot. No arrests have been made.")
    assert len(recs) == 1
    assert (recs[0]["event_date"], recs[0]["killed_best"]) == ("2025-12-18", 1)


def test_a_named_victim_the_model_calls_an_organisation():
    recs = typed("BALTIMORE - Detectives arrested a 24-year-old on Tuesday over a deadly shooting in West "
                 "Baltimore last November. He was charged with murder in the Nov. 12 killing of Darnell Hayes, 31, "
                 "who was shot on West North Avenue.")
    shot = next(r for r in recs if r["sub_event_type"] != "Arrests")
    assert (shot["event_date"], shot["killed_best"]) == ("2025-11-12", 1)


def test_a_county_officer_is_no_place():
    recs = typed("GARY, Ind. - A woman shot her husband during an argument at their home Saturday, police said. He "
                 "died hours later, according to the Lake County coroner.")
    assert recs[0]["location"] == "Gary"


def test_a_bearing_quarter_of_the_dateline_town():
    rec = only("RICHMOND, Va. - A man was found shot dead inside a car on the South Side early Wednesday, police "
               "said.")
    assert rec["location"] == "Richmond"


def test_a_road_named_after_a_town_is_no_town():
    rec = only("NASHVILLE, Tenn. - A gunman robbed a store on Nolensville Pike on Monday night and shot a customer "
               "who tried to stop him, police said.")
    assert rec["location"] == "Nashville"


def test_a_title_county_is_no_place_of_a_second_clause():
    rec = only("ALBUQUERQUE, N.M. - A Bernalillo County sheriff's deputy was wounded and a suspect was killed in "
               "an exchange of gunfire Thursday morning in the South Valley. A man inside a home opened fire, "
               "striking the deputy in the leg. Deputies returned fire, killing the man.")
    assert (rec["killed_best"], rec["injured_best"]) == (1, 1)
