"""Bugs found by reading the forty-fourth to forty-sixth rounds of reports written in our own words (twelve
helpers wrote about 480: US local shooting pages, South and Southeast Asia, Latin America, the Middle East,
Europe, MUC-4-style wire copy, protest snippets, reports with several incidents, actors, places; published
2027-08-24, a Tuesday, 2027-09-30, a Thursday, and 2027-10-26, a Tuesday). No dataset text."""

from __future__ import annotations

from qa_wire import helpers

run44, records44, typed44, only44 = helpers("2027-08-24")  # a Tuesday
run45, records45, typed45, only45 = helpers("2027-09-30")  # a Thursday
run46, records46, typed46, only46 = helpers("2027-10-26")  # a Tuesday


# --- dates -------------------------------------------------------------------------------------------

def test_an_undated_lead_is_not_the_shooting_of_last_month_told_after_it():
    recs = typed44("PHILADELPHIA, Pa. - Police say a man was shot several times on Kensington Avenue at 3:50 a.m. "
                   "and died later at a hospital. Last month, two people were killed on the same block in a double "
                   "shooting.")
    lead = [r for r in recs if r["killed_best"] == 1]
    assert len(lead) == 1 and lead[0]["event_date"] == "2027-08-24"
    assert all(r["event_date"] != "2027-08-24" for r in recs if r["killed_best"] == 2)


def test_a_time_after_a_day_the_story_has_not_told_is_no_time_after_publication():
    recs = typed46("Teen dies a week after Omaha shooting\nOMAHA, Neb. (WOWT) - A 17-year-old who was shot near 24th "
                   "and Lake last week has died, police said Monday. The teen was one of two people wounded in the "
                   "Oct. 17 shooting. He died Friday at a hospital.")
    assert all(r["status"] == "occurred" for r in recs)
    assert len(recs) == 1
    r = recs[0]
    assert r["event_date"] == "2027-10-17" and r["killed_best"] == 1 and r["injured_best"] == 1


def test_a_narrative_offset_is_no_statement_day_and_no_day_after_publication():
    r = only46("NASHVILLE, Tenn. (WSMV) - Police said a man was found dead in a truck behind a Dickerson Pike "
               "motel Monday morning, three days after neighbors reported hearing shots there late Friday. "
               "Detectives believe he was killed the night the shots were heard.")
    assert r["event_date"] == "2027-10-22"


def test_a_holiday_party_is_no_date():
    recs = typed46("CHARLOTTE, N.C. (WBTV) - Two people were killed and three hurt in a shooting at a Halloween "
                   "party late Saturday, police said.")
    assert recs and all(r["event_date"].startswith("2027-10") for r in recs)


def test_the_day_a_victim_died_hung_below_the_shooting_is_not_its_day():
    recs = typed46("JACKSONVILLE, Fla. - A man shot during an argument at a gas station on Interstate 10 earlier "
                   "this month died Sunday, the sheriff's office said. The 38-year-old was hit in the chest on "
                   "Oct. 7 after a man walked up to his car and fired twice.")
    shootings = [r for r in recs if r["sub_event_type"] != "Arrests"]
    assert len(shootings) == 1 and shootings[0]["event_date"] == "2027-10-07"


def test_a_shooting_named_after_following_keeps_its_own_day():
    recs = typed46("HOUSTON, Texas - The body of a man was found Tuesday morning in a ditch off Aldine Road, days "
                   "after relatives reported him missing following a shooting, police said. Witnesses said the "
                   "31-year-old had been shot during a fight at an apartment complex on Friday night.")
    assert len(recs) == 1 and recs[0]["event_date"] == "2027-10-22" and recs[0]["killed_best"] == 1


# --- counts --------------------------------------------------------------------------------------------

def test_one_of_whom_later_died_comes_off_the_wounded():
    recs = typed45("COLUMBIA, S.C. - Three people died at the scene and eight others were wounded, one of whom later "
                   "died, in a shooting at a shopping center on Sunday, officials said.")
    shootings = [r for r in recs if r["sub_event_type"] != "Arrests"]
    assert len(shootings) == 1 and (shootings[0]["killed_best"], shootings[0]["injured_best"]) == (4, 7)


def test_a_named_wounded_who_later_died_is_no_longer_hurt():
    r = only46("EL PASO, Texas - A man died and a woman and a girl of 15 were hurt by gunfire at a "
               "birthday party around 10 p.m. Saturday, police said. The woman later died at a hospital.")
    assert (r["killed_best"], r["injured_best"]) == (2, 1)


def test_the_second_of_two_shot_who_later_died_is_a_second_dead():
    r = only46("DENVER - Officers found two men with gunshot wounds outside a bar on Sunday night. One, 41, died "
               "where he lay. The second was rushed to a hospital, where he died later.")
    assert (r["killed_best"], r["injured_best"]) == (2, 0)


def test_the_period_s_victims_are_no_incident_s_toll():
    r = only46("CHICAGO - A boy of 16 was fatally shot Saturday in the Austin neighborhood, one of at "
               "least 19 people shot across the city over the weekend, police said. Three of the weekend's victims "
               "died, according to police.")
    assert r["killed_best"] == 1


def test_a_residual_tally_takes_the_wounded_told_off_too():
    recs = typed46("SAN ANTONIO - One man was killed and two people were wounded in a shooting at a house party early "
                   "Sunday, police said. It was one of four shootings across the city over the weekend that left a "
                   "total of three people dead and eight wounded.")
    residual = [r for r in recs if r["killed_best"] == 2]
    assert residual and residual[0]["injured_best"] == 6


def test_people_read_as_the_object_of_an_opening_in_are_the_victims():
    r = only46("PORTLAND, Ore. - Police said there were six shootings over the weekend. In the deadliest, two "
               "cousins, 20 and 24, were shot and killed outside a home around 11 p.m. Saturday.")
    assert r["killed_best"] == 2


def test_an_aside_on_a_passive_victim_keeps_him_the_victim():
    r = only46("PHILADELPHIA - A boy, 12, was grazed in the arm by a stray bullet on Monday, police said. A man of 22, "
               "believed to be the intended target, was shot three times and died at a hospital.")
    assert (r["killed_best"], r["injured_best"]) == (1, 1)


def test_hurt_while_fleeing_or_not_by_gunfire_is_no_gunshot_hurt():
    r = only46("NEW ORLEANS - Gunfire on a crowded street early Sunday grazed one man, police said. Four other "
               "people were hurt while fleeing, police said, and none of those injuries were from gunfire.")
    assert r["injured_best"] == 1


def test_a_graze_wound_from_bullets_tearing_through_a_home_is_a_shooting():
    r = only46("FRESNO, Calif. - A 4-year-old boy suffered a graze wound to his shoulder when bullets tore through "
               "his family's home early today, police said.")
    assert r["sub_event_type"] == "Attack" and r["injured_best"] == 1


def test_succumbing_to_his_injuries_is_the_shooting_s_death():
    r = only46("MEMPHIS, Tenn. - A man who was shot outside a store last Wednesday has succumbed to his injuries, "
               "police said Tuesday. Officers found him with gunshot wounds on Oct. 20.")
    assert (r["killed_best"], r["injured_best"], r["event_date"]) == (1, 0, "2027-10-20")


# --- events -----------------------------------------------------------------------------------------------

def test_a_patrol_that_came_under_fire_is_the_target():
    r = only45("ZVECAN, Kosovo - A police patrol came under fire near the village of Banjska on Monday night, and "
               "officers returned fire, police said. No one was hurt.")
    assert r["actor2"] == "Police Forces of Kosovo" and r["event_date"] == "2027-09-27"


def test_returned_fire_is_the_answer_to_the_shots_told():
    recs = typed46("MESA, Ariz. - A driver fired at an officer during a traffic stop late Friday, hitting him in the "
                   "arm. Two officers returned fire. The driver died at the scene.")
    assert len(recs) == 1


def test_a_court_in_a_person_s_title_is_no_court_case():
    r = only45("San Salvador, 30 Sep 27 (AFP) -- Six people died on Tuesday when guerrillas attacked the home of "
               "Supreme Court President Jose Ramirez in the Escalon neighborhood, police said.")
    assert r["killed_best"] == 6


def test_an_attack_blamed_on_a_group_with_its_own_toll_is_news():
    r = only45("MANAGUA, Nicaragua (Radio) - A statement from the presidency blames death squads for the September "
               "27 attack in which a bomb went off at a union's offices, killing nine people.")
    assert r["killed_best"] == 9 and r["event_date"] == "2027-09-27"


def test_an_attack_claimed_with_a_toll_further_down_its_phrase_is_news():
    r = only46("QUETTA, Pakistan - The Balochistan Liberation Army said it carried out an attack on a "
               "paramilitary checkpoint in Kech district on Monday that killed four soldiers.")
    assert r["killed_best"] == 4 and r["event_date"] == "2027-10-25"


def test_a_case_not_related_to_a_shooting_leaves_the_shooting_told():
    recs = typed44("HOUSTON, Texas - A woman was found dead with a gunshot wound in a parked car on Tuesday morning. "
                   "Police said the case did not appear to be related to a shooting at a gas station on Sunday night "
                   "in which a clerk was wounded.")
    assert all(r["status"] == "occurred" for r in recs)
    assert any(r["event_date"] == "2027-08-22" and r["injured_best"] == 1 for r in recs)


def test_a_clerk_or_a_cashier_is_a_civilian():
    r = only44("HOUSTON, Texas - A cashier was shot and wounded at a gas station on Sunday night.")
    assert r["sub_event_type"] == "Attack" and r["actor2"] == "Civilians (United States)"


def test_a_man_who_entered_a_store_is_no_territory_taken():
    recs = typed45("LOUISVILLE, Ky. - A store clerk was shot around 9:40 p.m. Wednesday. Police said a masked man "
                   "entered the store, fired one shot and fled on foot without taking anything.")
    assert len(recs) == 1 and recs[0]["sub_event_type"] == "Attack"


def test_people_held_for_questioning_and_released_are_not_arrested():
    recs = typed46("MEMPHIS, Tenn. - A man was shot and wounded outside a bar on Sunday, police said. Two people were "
                   "detained for questioning and later released.")
    assert all(r["sub_event_type"] != "Arrests" for r in recs)


def test_the_victims_alleged_deed_gives_no_figure():
    recs = typed46("PUEBLA, Mexico - Residents of a village lynched two men accused of kidnapping a girl on Sunday, "
                   "officials said.")
    assert recs and all(r["abducted_best"] is None for r in recs)
    assert any(r["killed_best"] == 2 for r in recs)


# --- places ------------------------------------------------------------------------------------------------

def test_a_town_in_the_us_state_of_georgia_is_not_in_the_country():
    r = only44("DUBLIN, Georgia (WMAZ) - A man was shot dead on Saturday near Telfair Street, police said.")
    assert r["country"] == "United States" and r["admin1"] == "Georgia"


def test_the_hospital_where_a_victim_lay_is_no_event_place():
    recs = typed44("DUBLIN, Georgia (WMAZ) - A man died Saturday, a week after he was shot in Dublin, police said. "
                   "The 30-year-old had been shot in the chest on Aug. 14 and had been on life support at a Macon "
                   "hospital.")
    assert all(r["location"] != "Macon" for r in recs)


def test_a_headline_above_the_dateline_and_a_highway_named_after_a_county():
    r = only45("Clerk shot at gas station on Dixie Highway\nLOUISVILLE, Ky. (WLKY) - A gas station clerk was shot "
               "around 9:40 p.m. Wednesday at a station on Dixie Highway, police said.")
    assert r["admin1"] == "Kentucky" and r["location"] == "Louisville"


def test_a_medical_center_named_after_a_county_is_no_event_place():
    recs = typed46("TUCSON, Ariz. - Officers found a wounded man near Grant Road this afternoon; he was "
                   "taken to Banner-University Medical Center, police said.")
    assert recs and all(r["admin1"] == "Arizona" for r in recs)


def test_a_district_of_a_city_is_at_the_city_s_point():
    r = only46("MOGADISHU, Somalia - A car bomb exploded outside a hotel in the Hodan district of Mogadishu on Monday, "
               "killing five people, police said.")
    assert r["location"].startswith("Mogadishu") and r["geo_precision"] == 2


def test_a_motel_named_after_a_far_city_is_no_place_of_the_shooting():
    r = only46("PASADENA, Texas - A man was shot dead at the Dallas Inn motel in Pasadena on Monday, police said.")
    assert r["location"] == "Pasadena"


def test_near_a_town_is_near_it():
    r = only46("GOMA, Congo - M23 rebels clashed with the army near Sake on Monday, killing four soldiers, officials "
               "said.")
    assert r["location"] == "Sake" and r["geo_precision"] == 2


# --- rounds forty-seven and forty-eight (published 2027-11-18, a Thursday, and 2027-12-20, a Monday) ------------

run47, records47, typed47, only47 = helpers("2027-11-18")
run48, records48, typed48, only48 = helpers("2027-12-20")


def test_a_day_earlier_is_told_from_the_statement_s_day():
    r = only47("BAMAKO, Mali - The army said on Thursday it had repelled an attack on a post near Boni a day earlier, "
               "killing nine assailants.")
    assert r["event_date"] == "2027-11-17"


def test_a_fronted_day_after_the_strike_is_the_day_after():
    recs = typed47("BEIRUT - An Israeli strike hit a house in Khiam on Monday, killing two people. A day after the strike, "
                   "Israeli artillery shelled the outskirts of the town.")
    assert any(r["event_date"] == "2027-11-16" for r in recs)
    assert all(r["event_date"] >= "2027-11-15" for r in recs)


def test_a_toll_revised_down_keeps_the_revision():
    recs = typed47("MOGADISHU - A car bomb exploded near a checkpoint on Thursday, killing at least nine people, police "
                   "said. Police later revised the death toll down to seven.")
    assert recs[0]["killed_best"] == 7


def test_an_earlier_toll_corrected_is_no_best_figure():
    r = only47("OUAGADOUGOU - An attack on an army post on Saturday killed 22 soldiers, the army said on Thursday, "
               "revising down an earlier toll of 35 given by local sources.")
    assert r["killed_best"] == 22


def test_a_breakdown_after_a_dash_is_no_more_people():
    r = only47("KANDAHAR - Gunmen attacked a checkpoint overnight, killing six people - four police officers and two "
               "civilians - officials said.")
    assert r["killed_best"] == 6


def test_two_dozen_and_a_score_and_a_hundred():
    assert only47("ABUJA - Bandits seized two dozen travellers on a highway on Tuesday, police said.")["abducted_best"] == 24
    assert only47("BOGOTA - Rebels killed a score of soldiers in an ambush on Sunday, the army said.")["killed_best"] == 20


def test_a_month_s_tally_in_attacks_is_no_event():
    recs = typed47("KANDAHAR - Gunmen attacked a police post overnight, killing three officers, officials said. A total "
                   "of 31 people had been killed or hurt in attacks across the province over the past month.")
    assert len(recs) == 1 and recs[0]["killed_best"] == 3


def test_deputies_called_for_a_report_of_a_shooting_are_no_plan():
    recs = typed47("BATON ROUGE, La. - Deputies were called to a house at about 1 a.m. Monday for a report of a shooting "
                   "and found a man dead in the yard.")
    assert all(r["status"] == "occurred" for r in recs if r["sub_event_type"])


def test_a_gunshot_detection_alert_seizes_no_weapon():
    recs = typed47("ROCKFORD, Ill. - Police were called to Kilburn Avenue at 1 a.m. Saturday after a ShotSpotter alert "
                   "detected nine rounds. A man was found shot and died at a hospital.")
    assert all(r["sub_event_type"] != "Disrupted weapons use" for r in recs)


def test_the_dead_found_then_the_killing_on_its_own_day():
    recs = typed47("NEW ORLEANS - Two people were discovered dead in a house on Wednesday in what police are calling a "
                   "murder-suicide. Investigators believe the man shot the woman before shooting himself sometime on "
                   "Monday.")
    assert len(recs) == 1 and recs[0]["event_date"] == "2027-11-15" and recs[0]["killed_best"] == 2


def test_a_list_of_the_wounded_is_the_shooting_told():
    recs = typed47("BIRMINGHAM, Ala. - Three people were wounded and a man was killed in a shooting Tuesday evening, "
                   "police said. The wounded were a man of 20, hit in the leg, a girl of 16, hit "
                   "in the hand, and a woman of 40 with a graze wound to the arm.")
    assert len(recs) == 1 and (recs[0]["killed_best"], recs[0]["injured_best"]) == (1, 3)


def test_the_survivors_of_everyone_shot_are_the_hurt():
    r = only47("CLEVELAND - Five people were shot early Sunday outside a bar, police said. One of them, a 26-year-old "
               "man, died at a hospital. The four survivors are in stable condition.")
    assert (r["killed_best"], r["injured_best"]) == (1, 4)


def test_a_plan_told_in_reported_speech_is_planned_and_a_call_gives_its_day():
    r = [x for x in records47("PARIS - Unions said they would hold a nationwide march on November 25.")
         if x["sub_event_type"]]
    assert r and r[0]["status"] == "planned" and r[0]["event_date"] == "2027-11-25"
    r = [x for x in records47("CARACAS - Opposition leaders called for nationwide protests next Tuesday.")
         if x["sub_event_type"] == "Peaceful protest"]
    assert r and r[0]["status"] == "planned" and r[0]["event_date"] == "2027-11-23"


def test_web_furniture_above_the_dateline_is_no_date_and_hides_no_dateline():
    r = only48("Man killed, another hurt in Whitehaven shooting\nPosted: Dec 19, 2027 / 11:42 PM CST\nUpdated 6 hours ago\n"
               "MEMPHIS, Tenn. - A man died of gunshot wounds in Whitehaven on Sunday night, police said.")
    assert r["event_date"] == "2027-12-19" and r["country"] == "United States" and r["admin1"] == "Tennessee"


def test_one_of_three_people_shot_who_died_is_one_dead():
    r = only48("One of three people shot last Wednesday at a Little Rock convenience store has died, police said Monday.")
    assert r["killed_best"] == 1 and r["injured_best"] == 2


def test_a_year_s_running_count_is_no_incident_s_figure():
    r = only48("A man of 31 was fatally shot in north St. Louis on Friday. Through mid-December, 409 people had "
               "been shot in the city in 2027, according to department figures.")
    assert r["killed_best"] == 1 and not r["injured_best"]


def test_an_attack_remembered_and_retold_is_no_news():
    recs = typed48("OSLO - Norway on Monday commemorated the victims of the attacks carried out by a far-right extremist "
                   "who killed 77 people in 2011. He first detonated a car bomb outside government buildings, killing "
                   "eight, and then shot dead 69 people at a youth camp.")
    assert all(r["event_date"] != "2027-12-20" for r in recs)


def test_a_bomber_dead_in_his_own_blast_makes_a_suicide_bomb():
    r = only48("BRUSSELS - A bomb exploded at a tram stop on Sunday, killing two passers-by. The bomber also died in the "
               "blast, prosecutors said.")
    assert r["sub_event_type"] == "Suicide bomb" and r["killed_best"] == 3


def test_the_police_of_an_encounter_are_its_other_side():
    r = only48("LUCKNOW - Two wanted criminals were killed in an encounter with the Uttar Pradesh police in Meerut district "
               "on Sunday, officials said.")
    assert "Police Forces of India" in (r["actor1"], r["actor2"])


def test_a_participle_s_victims_after_the_deed_told():
    r = only48("TOKYO - A man in a costume stabbed passengers on a commuter train on Sunday night, injuring 14 people, "
               "police said.")
    assert r["injured_best"] == 14


def test_a_clash_whose_other_side_is_civilians_is_an_attack():
    r = only48("DENVER - A gunman opened fire on concertgoers at a music festival on Saturday night, killing three people "
               "and wounding nine before he was shot dead by police officers, authorities said. Officers killed him in "
               "an exchange of gunfire.")
    assert r["sub_event_type"] == "Attack" and r["actor2"] == "Civilians (United States)"


# --- round forty-nine (published 2028-01-25, a Tuesday) ------------------------------------------------------

run49, records49, typed49, only49 = helpers("2028-01-25")


def test_a_distance_read_as_the_object_hides_no_wounded():
    r = only49("BIRMINGHAM, Ala. - A shooting early Tuesday left one man dead and another hurt, police said. A "
               "second man, 33, turned up two blocks away with a bullet wound to the foot.")
    assert (r["killed_best"], r["injured_best"]) == (1, 1)


def test_the_second_of_two_wounded_told_minutes_later_is_the_same_shooting():
    recs = typed49("TOLEDO, Ohio - Two men were hurt by gunfire on the east side Monday evening, police said. The first "
                   "was found on Woodville Road with a wound to the chest. About 15 minutes later, a second man, 27, "
                   "drove himself to a hospital with a wound to his hand.")
    assert len(recs) == 1 and recs[0]["injured_best"] == 2


def test_a_victim_named_with_the_day_he_died_is_the_shooting_s_dead():
    recs = typed49("BALTIMORE - A man has died days after he was shot outside a store, police said. The shooting "
                   "happened Thursday night. Police identified him Monday as Leon Grant, 61, who died Sunday.")
    assert len(recs) == 1 and recs[0]["event_date"] == "2028-01-20" and recs[0]["killed_best"] == 1


def test_landmarks_named_after_places_are_not_those_places():
    r = only49("MOGADISHU, Somalia - Mortar shells landed near Aden Adde International Airport on Monday, wounding "
               "one person, police said.")
    assert r["country"] == "Somalia"
    recs = typed49("BERLIN, Germany - Thousands of people marched through central Berlin on Saturday. The march ended "
                   "at the Brandenburg Gate.")
    assert len(recs) == 1 and recs[0]["location"] == "Berlin"
