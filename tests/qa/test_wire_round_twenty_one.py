"""Bugs found by reading a fourteenth round of reports written in our own words (Sudan, North
Korea, Lebanon, Nigeria, Gaza and the West Bank, Myanmar, Ethiopia, Afghanistan, Iraq, Mexico and
others). No dataset text."""

from __future__ import annotations

from qa_wire import helpers

PUB = "2025-06-10"  # a Tuesday

run, records, typed, only = helpers(PUB)


# --- events ------------------------------------------------------------------------------------

def test_two_sides_exchanging_artillery_fire_are_one_clash_whose_civilian_dead_are_no_side():
    rec = only("KHARTOUM, Sudan - Sudan's army and the paramilitary Rapid Support Forces exchanged artillery fire "
               "across the Nile on Monday, killing at least 15 civilians in Omdurman, medics said.")
    assert rec["sub_event_type"] == "Armed clash"
    assert (rec["actor1"], rec["actor2"]) == ("Military Forces of Sudan", "RSF: Rapid Support Forces")
    assert rec["killed_best"] == 15 and rec["location"] == "Omdurman"
    traded = only("KHARTOUM, Sudan - The army and the Rapid Support Forces traded heavy artillery fire in Omdurman "
                  "on Monday, killing at least 15 civilians, medics said.")
    assert traded["sub_event_type"] == "Armed clash" and traded["actor2"] == "RSF: Rapid Support Forces"


def test_the_killed_men_firing_in_the_armys_account_are_the_raid_told_not_a_second_clash():
    rec = only("JERUSALEM - Israeli troops shot dead two Palestinians during a raid on the Balata refugee camp near "
               "Nablus on Thursday, the Palestinian health ministry said. The army said the men had opened fire on "
               "soldiers.")
    assert rec["actor1"] == "Military Forces of Israel" and rec["killed_best"] == 2


def test_a_capture_left_again_after_fighting_is_a_takeover_against_the_army_not_a_handover():
    rec = only("ADDIS ABABA, Ethiopia - Fano militiamen briefly captured the town of Debre Markos on Tuesday "
               "before withdrawing after heavy fighting with federal forces, residents said.")
    assert rec["sub_event_type"] == "Non-state actor overtakes territory"
    assert (rec["actor1"], rec["actor2"]) == ("Fano Militia", "Military Forces of Ethiopia")


def test_victims_trying_to_resist_their_attackers_make_no_refusal_of_their_own():
    recs = records("ABUJA, Nigeria - Gunmen kidnapped more than 80 people in a raid on a village in Zamfara state "
                   "on Saturday, residents said. The attackers came on motorcycles and shot dead two men who tried "
                   "to resist.")
    assert len(recs) == 1 and recs[0]["killed_best"] == 2


# --- actors ------------------------------------------------------------------------------------

def test_an_armed_group_member_among_the_dead_makes_his_group_the_side_struck():
    rec = only("BEIRUT - An Israeli drone strike on a motorbike in southern Lebanon killed two people on "
               "Wednesday, including a member of Hezbollah, Lebanon's health ministry said.")
    assert rec["actor2"] == "Hezbollah" and rec["killed_best"] == 2
    car = only("BEIRUT - An Israeli drone strike on a car in southern Lebanon killed three people on Wednesday, "
               "including a Hezbollah commander, a security source said.")
    assert car["actor2"] == "Hezbollah"
    children = only("GAZA - An Israeli air strike on a house in Gaza City killed 12 people, including five "
                    "children, the civil defence agency said.")
    assert children["actor2"] == "Civilians (Palestine)"


def test_a_civilian_self_defence_militia_is_a_vigilante_militia():
    rec = only("MAIDUGURI, Nigeria - Boko Haram fighters killed 12 members of a civilian self-defence militia in an "
               "ambush near the town of Konduga in Borno state on Thursday, a militia leader said.")
    assert rec["actor2"] == "Vigilante Militia (Nigeria)" and rec["killed_best"] == 12


def test_people_killed_while_sheltering_are_the_strikes_civilian_victims():
    rec = only("YANGON, Myanmar - A military air strike on a monastery in Sagaing region killed at least 23 people "
               "sheltering there, including children, a resistance group said.")
    assert rec["actor2"] == "Civilians (Myanmar)" and rec["killed_best"] == 23


# --- places ------------------------------------------------------------------------------------

def test_missiles_fired_into_the_sea_are_placed_in_the_country_that_fired_them():
    rec = only("SEOUL - North Korea fired several short-range ballistic missiles into the sea off its east coast on "
               "Tuesday, South Korea's military said.")
    assert rec["country"] == "North Korea"


def test_a_part_of_a_town_the_gazetteer_lacks_is_at_its_towns_point():
    rec = only("BAGHDAD - A rocket hit near the US embassy in Baghdad's Green Zone late on Friday, causing no "
               "casualties, Iraqi security officials said.")
    assert rec["location"] == "Green Zone" and rec["admin1"] == "Baghdad"
    assert rec["geo_precision"] == 2 and rec["latitude"] is not None


def test_a_mayor_killed_with_no_place_told_is_placed_in_his_town_not_the_state_it_is_capital_of():
    rec = only("MEXICO CITY - Gunmen killed the mayor of Chilpancingo, the capital of Guerrero state, a week after "
               "he took office, state authorities said on Monday.")
    assert rec["location"] == "Chilpancingo" and rec["admin1"] == "Guerrero"


# --- counts ------------------------------------------------------------------------------------

def test_others_listed_after_a_named_victim_are_counted_with_him():
    rec = only("KABUL - A suicide bomber blew himself up inside the ministry of refugees in Kabul on Wednesday, "
               "killing the acting minister Khalil Haqqani and five others, Taliban officials said.")
    assert rec["killed_best"] == 6


def test_a_second_man_slashed_elsewhere_hours_later_is_an_incident_of_his_own():
    recs = typed("NEW YORK - A subway rider was stabbed to death on a train in Manhattan early Monday, and a second "
                 "man was slashed on a platform in Brooklyn hours later, police said.")
    assert [(r["location"], r["killed_best"], r["injured_best"]) for r in recs] == [
        ("Manhattan", 1, None), ("Brooklyn", None, 1)]
    assert records("The company slashed 300 jobs and cut prices by a fifth, officials said on Monday.") == []


def test_a_region_named_by_its_english_name_is_the_region_and_the_week_told_dates_the_strikes():
    rec = only("BAMAKO, Mali - The army said on Friday it had killed more than 80 terrorists in air strikes on their "
               "hideouts in the Timbuktu region this week.")
    assert (rec["location"], rec["geo_precision"]) == ("Tombouctou", 3)
    assert (rec["event_date"], rec["time_precision"]) == ("2025-06-02", 2)
    town = only("BAMAKO, Mali - Jihadists attacked an army camp in Timbuktu on Friday, officials said.")
    assert (town["location"], town["geo_precision"]) == ("Timbuktu", 1)


def test_a_release_under_a_pardon_is_one_act():
    recs = records("CAIRO - Egyptian authorities have released 16 political prisoners, including a prominent "
                   "activist, under a presidential pardon, a lawyer said on Wednesday.")
    assert len(recs) == 1


def test_herders_who_attack_farming_villages_in_nigeria_are_the_fulani_militia():
    rec = only("ABUJA, Nigeria - Herders attacked three farming communities in Benue state over the weekend, killing "
               "at least 42 people, a local government chairman said on Monday.")
    assert rec["actor1"] == "Fulani Ethnic Militia" and rec["actor2"] == "Civilians (Nigeria)"
    victims = only("ABUJA, Nigeria - Gunmen killed five herders in Plateau state on Sunday, police said.")
    assert victims["actor2"] == "Civilians (Nigeria)"


def test_police_officers_among_the_dead_make_the_police_the_side_attacked():
    rec = only("LAGOS, Nigeria - Armed robbers attacked a bank in Ondo state on Tuesday, killing four people, "
               "including two police officers guarding the building, police said.")
    assert rec["actor2"] == "Police Forces of Nigeria" and rec["killed_best"] == 4


def test_bodies_found_in_clandestine_graves_are_a_discovery():
    rec = only("MEXICO CITY - Authorities found 17 bodies in clandestine graves in the western state of Jalisco, "
               "the state prosecutor's office said on Tuesday.")
    assert rec["sub_event_type"] == "Other" and rec["admin1"] == "Jalisco"


def test_the_crowd_told_again_blocking_a_road_is_the_same_protest():
    rec = only("DHAKA, Bangladesh - At least 50 people were injured as garment workers demanding unpaid wages "
               "clashed with police in Gazipur on Monday, police said. The workers blocked a highway for several "
               "hours.")
    assert rec["sub_event_type"] == "Violent demonstration" and rec["injured_best"] == 50


def test_inmates_fighting_each_other_are_a_riot_with_rioters_on_both_sides():
    rec = only("QUITO, Ecuador - Inmates at a prison in Guayaquil fought each other with guns and knives on Tuesday, "
               "leaving at least 31 prisoners dead, the prison authority said.")
    assert rec["sub_event_type"] == "Mob violence" and rec["killed_best"] == 31
    assert (rec["actor1"], rec["actor2"]) == ("Rioters (Ecuador)", "Rioters (Ecuador)")


def test_a_crewed_plane_shot_down_is_the_shooters_fight_with_its_force_and_drones_stay_the_strike():
    rec = only("KHARTOUM, Sudan - The RSF said on Tuesday it had shot down an army Antonov plane over South "
               "Kordofan. The army did not comment.")
    assert rec["sub_event_type"] == "Armed clash"
    assert (rec["actor1"], rec["actor2"]) == ("RSF: Rapid Support Forces", "Military Forces of Sudan")
    drone = only("KHARTOUM - The army said it had shot down an RSF drone over Port Sudan on Monday.")
    assert drone["sub_event_type"] == "Air/drone strike" and drone["actor1"] == "RSF: Rapid Support Forces"


def test_troops_advancing_into_a_village_to_detain_men_make_an_arrest_not_a_takeover():
    rec = only("DAMASCUS, Syria - Israeli forces advanced into a village in Quneitra province on Wednesday and "
               "detained four men, residents said.")
    assert rec["sub_event_type"] == "Arrests" and rec["arrested_best"] == 4


def test_attacks_in_the_north_of_the_country_are_not_placed_at_the_capitals_dateline():
    rec = only("COTONOU, Benin - Jihadists killed 54 soldiers in attacks on two military positions in the north of "
               "the country last week, the government spokesman said on Tuesday.")
    assert (rec["location"], rec["geo_precision"]) == ("Benin", 3) and rec["killed_best"] == 54


def test_those_arrested_for_looting_during_protests_are_arrests_and_protesters_burning_parliament_riot():
    recs = typed("NAIROBI, Kenya - Police in Kenya arrested 37 people suspected of involvement in looting during "
                 "anti-tax protests, the interior ministry said on Monday. Protesters had set part of parliament on "
                 "fire last week.")
    assert [r["sub_event_type"] for r in recs] == ["Arrests", "Violent demonstration"]
    assert recs[0]["arrested_best"] == 37 and recs[1]["time_precision"] == 2


def test_a_missile_fired_from_yemen_and_intercepted_over_israel_is_placed_in_israel_and_claimed_by_the_houthis():
    rec = only("TEL AVIV - Sirens sounded across central Israel on Friday as a missile fired from Yemen was "
               "intercepted, the military said. There were no reports of injuries. The Houthis claimed the launch.")
    assert rec["country"] == "Israel" and rec["actor1"] == "Houthis"


def test_arrests_made_as_an_opposition_called_for_protests_are_arrests_of_their_own():
    recs = typed("LOME, Togo - Security forces arrested dozens of people on Monday as the opposition called for "
                 "protests against constitutional changes that would let the president stay in power, opposition "
                 "leaders said. No protest took place in the capital.")
    arrests = [r for r in recs if r["sub_event_type"] == "Arrests"]
    assert len(arrests) == 1 and arrests[0]["arrested_best"] == 12 and arrests[0]["status"] == "occurred"


def test_students_pressing_a_demand_met_by_police_fire_are_the_protesters():
    rec = only("DHAKA, Bangladesh - Police fired rubber bullets and tear gas at students demanding an end to quotas "
               "for government jobs on Sunday, as clashes spread to several cities. At least 39 people died, most "
               "of them students, according to hospital records.")
    assert rec["sub_event_type"] == "Excessive force against protesters"
    assert (rec["actor1"], rec["actor2"]) == ("Protesters (Bangladesh)", "Police Forces of Bangladesh")


def test_a_boats_crew_detained_with_it_are_counted_and_belong_to_the_boats_country():
    rec = only("HANOI - Vietnam's coast guard said on Thursday it had detained a Chinese fishing boat and its 12 "
               "crew for fishing illegally near the Paracel Islands.")
    assert rec["actor2"] == "Civilians (China)" and rec["arrested_best"] == 12


def test_more_bombers_striking_other_places_after_a_suicide_bombing_are_another_incident():
    recs = typed("MAIDUGURI, Nigeria - A female suicide bomber blew herself up at a wedding in Gwoza on Thursday, "
                 "killing 18 people, and two more bombers struck a hospital and a funeral shortly after, officials "
                 "said.")
    assert [r["sub_event_type"] for r in recs] == ["Suicide bomb", "Suicide bomb"]
    assert recs[0]["killed_best"] == 18


def test_a_convoy_that_hit_a_landmine_is_its_target():
    rec = only("GAO, Mali - A convoy of the UN peacekeeping mission hit a landmine near Tessalit in the Kidal region "
               "on Sunday, wounding four Chadian peacekeepers, the mission said.")
    assert rec["actor2"] == "United Nations" and rec["injured_best"] == 4


def test_a_bombing_of_another_day_in_another_province_is_no_part_of_the_first_ones_toll():
    recs = typed("KABUL - Two explosions hit a Shiite mosque in the northern city of Mazar-i-Sharif during Friday "
                 "prayers, killing at least 10 worshippers, police said. A day earlier, a bomb in Kunduz killed a "
                 "local cleric.")
    assert [(r["admin1"], r["killed_best"]) for r in recs] == [("Balkh", 10), ("Kunduz", 1)]


def test_forces_striking_a_city_with_missiles_are_the_strikes_side():
    rec = only("KYIV, Ukraine - Russian forces struck the city of Sumy with two ballistic missiles on Sunday morning, "
               "killing 35 people, including two children, Ukrainian officials said.")
    assert rec["actor1"] == "Military Forces of Russia" and rec["killed_best"] == 35


def test_a_town_in_the_southern_state_of_a_province_is_placed_at_the_town():
    rec = only("MEXICO CITY - The bodies of six men were found on Saturday in the town of Chilapa in the southern "
               "state of Guerrero, a day after they were kidnapped, the state prosecutor said.")
    assert rec["admin1"] == "Guerrero" and rec["geo_precision"] == 1 and rec["location"].startswith("Chilapa")


def test_a_tradesman_shot_dead_by_gunmen_is_a_civilian_killed_even_when_the_parse_misreads_the_shooting():
    for text in ("PESHAWAR, Pakistan - Gunmen on a motorcycle shot dead a Sikh goldsmith in Peshawar on Sunday, "
                 "police said.",
                 "PESHAWAR, Pakistan - Gunmen on a motorcycle shot dead a Sikh shopkeeper in Peshawar on Sunday, "
                 "police said. The city's small Sikh community has suffered a string of such attacks."):
        rec = only(text)
        assert rec["sub_event_type"] == "Attack" and rec["actor2"] == "Civilians (Pakistan)"
        assert rec["killed_best"] == 1


def test_a_bishop_arrested_is_a_civilian():
    rec = only("MANAGUA - Nicaraguan police arrested a Catholic bishop on Saturday after he criticised the government "
               "in a sermon, church officials said.")
    assert rec["actor2"] == "Civilians (Nicaragua)" and rec["arrested_best"] == 1


def test_killings_over_the_past_three_days_are_dated_by_that_stretch_and_so_is_the_story_told_on():
    recs = typed("GOMA, Congo - Fighting between M23 rebels and the Congolese army around the town of Sake killed "
                 "at least 15 civilians over the past three days, a civil society group said on Wednesday. The army "
                 "said it had pushed the rebels back from the hills overlooking the town.",
                 published="2025-06-11")
    clash = recs[0]
    assert clash["sub_event_type"] == "Armed clash" and clash["killed_best"] == 15
    assert (clash["event_date"], clash["event_date_end"], clash["time_precision"]) == ("2025-06-09", "2025-06-11", 2)
    assert all(r["event_date"] == "2025-06-09" for r in recs)


def test_a_stampede_set_off_by_tear_gas_fired_at_protesting_fans_keeps_its_dead():
    rec = only("CONAKRY, Guinea - At least 56 people were killed in a stampede at a football match in Nzerekore on "
               "Sunday after security forces fired tear gas at fans protesting a referee's decision, the government "
               "said.")
    assert rec["event_type"] == "Protests" and rec["killed_best"] == 56
    assert typed("ABUJA - A stampede at a charity food handout in Abuja on Saturday left at least 30 people dead, "
                 "police said.") == []


def test_the_troops_a_town_was_taken_from_are_the_takeovers_other_side():
    rec = only("YANGON, Myanmar - The Arakan Army said on Monday it had captured the town of Paletwa in Chin state "
               "after months of fighting, driving out the last junta troops.")
    assert (rec["actor1"], rec["actor2"]) == ("Arakan Army", "Military Forces of Myanmar")


def test_a_journalist_arrested_in_a_town_was_arrested_there():
    rec = only("ADDIS ABABA - Ethiopian federal police arrested a journalist in Addis Ababa on Wednesday over a "
               "report on the conflict in Amhara, his employer said. He was later released on bail.")
    assert rec["location"] == "Addis Ababa" and rec["geo_precision"] == 1


def test_militants_who_crossed_from_a_country_are_not_placed_there_nor_are_they_the_group_accusing_the_army():
    rec = only("LAHORE, Pakistan - Pakistani forces said on Thursday they had killed 10 militants who crossed from "
               "Afghanistan, a day after the Taliban accused Pakistan of air strikes on its territory.")
    assert rec["sub_event_type"] == "Armed clash" and rec["killed_best"] == 10
    assert rec["country"] == "Pakistan" and rec["geo_precision"] == 3
    assert rec["actor2"] != "Taliban"


def test_a_ship_set_on_fire_by_the_attack_is_the_attacks_damage():
    recs = typed("SANAA - Houthi rebels said on Friday they had attacked a commercial ship in the Red Sea with drones "
                 "and a missile, setting it on fire. The crew were evacuated.")
    assert [r["sub_event_type"] for r in recs] == ["Air/drone strike"] and recs[0]["actor1"] == "Houthis"


def test_protesting_women_beaten_in_the_next_sentence_are_the_intervention_told_on():
    rec = only("KABUL - Taliban security forces fired into the air to disperse dozens of women protesting outside "
               "the education ministry in Kabul on Wednesday, witnesses said. Several women were beaten.")
    assert rec["event_type"] == "Protests" and rec["actor2"] == "Taliban"


def test_strikes_killing_commanders_at_military_sites_struck_the_countrys_military():
    rec = only("TEHRAN - Israeli air strikes hit military sites and nuclear facilities across Iran early Friday, "
               "killing several senior commanders and nuclear scientists, Iranian state media said.")
    assert (rec["actor1"], rec["actor2"]) == ("Military Forces of Israel", "Military Forces of Iran")


def test_the_armys_denial_after_a_bombing_is_no_incident_of_its_own():
    rec = only("KHARTOUM - Sudanese army warplanes bombed a market in Tora, North Darfur, on Monday, killing more "
               "than 40 people, local activists said. The army denied targeting civilians.")
    assert rec["sub_event_type"] == "Air/drone strike" and rec["killed_best"] == 40


def test_a_bomb_near_an_air_base_is_no_air_strike():
    rec = only("BOGOTA - A bomb exploded near an air base in the city of Cali on Thursday, killing six people and "
               "injuring more than 60, the mayor said. Authorities blamed FARC dissidents.")
    assert rec["sub_event_type"] == "Remote explosive/landmine/IED" and rec["actor1"] == "FARC Dissidents"


def test_a_priest_killed_and_another_abducted_is_an_attack_counting_both():
    rec = only("ABUJA - Gunmen killed a Catholic priest and abducted another in Edo state on Friday, the diocese said.")
    assert rec["sub_event_type"] == "Attack" and rec["actor2"] == "Civilians (Nigeria)"
    assert (rec["killed_best"], rec["abducted_best"]) == (1, 1)


def test_clashes_between_protesters_and_police_have_the_police_as_the_riots_other_side():
    rec = only("KATHMANDU, Nepal - Police arrested 105 people after clashes between pro-monarchy protesters and "
               "police in Kathmandu on Friday left two people dead, including a journalist, officials said.")
    assert rec["sub_event_type"] == "Violent demonstration"
    assert (rec["actor1"], rec["actor2"]) == ("Rioters (Nepal)", "Police Forces of Nepal")
    assert (rec["killed_best"], rec["arrested_best"]) == (2, 105)


def test_the_first_of_two_countries_forces_named_together_leads_even_before_a_named_force():
    rec = only("MOGADISHU - Somali and US forces killed 14 al-Shabaab fighters in a joint raid on a militant "
               "hideout in Lower Shabelle on Saturday, the government said.")
    assert (rec["actor1"], rec["actor2"]) == ("Military Forces of Somalia", "al-Shabaab")
    alone = only("MOGADISHU - US forces killed 14 al-Shabaab fighters in an air strike in Lower Shabelle on "
                 "Saturday, the government said.")
    assert alone["actor1"] == "Military Forces of the United States"


def test_soldiers_rescuing_hostages_and_killing_their_abductors_fought_the_abductors():
    rec = only("ABUJA - Soldiers rescued 35 kidnapped passengers and killed three of their abductors in a forest in "
               "Kogi state on Friday, the army said.")
    assert rec["sub_event_type"] == "Armed clash"
    assert (rec["actor1"], rec["actor2"]) == ("Military Forces of Nigeria", "Unidentified Armed Group (Nigeria)")
    assert (rec["killed_best"], rec["abducted_best"]) == (3, None)


def test_prisoners_expelled_to_another_country_are_not_placed_there():
    rec = only("MANAGUA, Nicaragua - Nicaraguan authorities stripped 135 political prisoners of their citizenship "
               "and expelled them to Guatemala on Thursday, the foreign ministry said.")
    assert rec["country"] == "Nicaragua"


def test_soldiers_pursuing_the_attackers_and_killing_some_fought_a_clash_of_their_own():
    recs = typed("NIAMEY, Niger - Suspected jihadists shot dead 22 villagers in a raid on a settlement close to the "
                 "border with Mali on Saturday, the defence ministry said, adding that soldiers had pursued the attackers "
                 "and killed 10 of them.")
    assert [(r["sub_event_type"], r["killed_best"]) for r in recs] == [("Attack", 22), ("Armed clash", 10)]
    assert (recs[1]["actor1"], recs[1]["actor2"]) == ("Military Forces of Niger", "Unidentified Armed Group (Niger)")


def test_arrests_over_a_killing_during_a_protest_are_arrests_not_force_on_that_protest():
    recs = typed("LAGOS - Police in Lagos said on Wednesday they had arrested 16 suspects over the killing of a "
                 "police officer during a protest last month.")
    arrests = [r for r in recs if r["sub_event_type"] == "Arrests"]
    assert len(arrests) == 1 and arrests[0]["arrested_best"] == 16
    assert not any(r["event_type"] == "Protests" for r in recs)
