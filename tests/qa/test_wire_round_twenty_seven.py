"""Bugs found by reading a twentieth round of reports written in our own words (four helpers wrote
about 160 for it: tolls from several sources and tolls that change, Europe and the Caucasus, US local
shootings, South and Southeast Asia), and by reading GVA train errors. No dataset text."""

from __future__ import annotations

from qa_wire import helpers

PUB = "2026-03-04"  # a Wednesday

run, records, typed, only = helpers(PUB)


# --- tallies -------------------------------------------------------------------------------------

def test_a_running_count_of_the_month_is_no_incident():
    recs = typed("PHILADELPHIA - A woman was shot dead at about 6 a.m. Wednesday on Front Street in Olney, police "
                 "said. Our running count of shooting victims in the city this month now stands at 19 dead and "
                 "37 wounded.")
    assert [(r["event_date"], r["killed_best"]) for r in recs] == [("2026-03-04", 1)]


def test_so_far_this_month_is_a_tally():
    recs = typed("BALTIMORE - A man was shot and killed Tuesday afternoon on Edmondson Avenue, police said. So far "
                 "this month, nine people have been killed and 15 wounded by gunfire in the city.")
    assert [(r["event_date"], r["killed_best"]) for r in recs] == [("2026-03-03", 1)]


# --- US local news: counts -----------------------------------------------------------------------

def test_found_both_dead_counts_the_shooter_too():
    rec = only("AKRON, Ohio - A man shot his girlfriend and then turned the gun on himself in a house on the west side "
               "Monday night, police said. Officers called to the home found both dead in the kitchen.")
    assert (rec["killed_best"], rec["injured_best"]) == (2, 0)


def test_one_of_five_struck_by_gunfire_leaves_four_hurt():
    rec = only("HOUSTON - A man shot at a backyard party in north Houston on Saturday has died, relatives said "
               "Tuesday. Darnell Pike, 31, was one of five people struck by gunfire when shots rang out at a home on "
               "Aldine Bender Road early Saturday.")
    assert (rec["killed_best"], rec["injured_best"], rec["location"]) == (1, 4, "Houston")


def test_swat_officers_are_no_place_and_giving_up_to_them_no_agreement():
    recs = records("TOLEDO, Ohio - A police officer was shot in the arm while answering a domestic call on Monday night. "
                   "The suspect held out in the house for three hours before surrendering to SWAT officers early "
                   "Tuesday.")
    assert all(r["country"] == "United States" for r in recs)
    assert not any(r["sub_event_type"] == "Agreement" for r in recs)


# --- South Asia ------------------------------------------------------------------------------------

def test_members_of_a_named_group_are_counted():
    recs = typed("RAIPUR, India - Nine Maoists were killed in a gunfight with police in Kanker district on Tuesday, "
                 "officials said.")
    assert [r["killed_best"] for r in recs] == [9]
    recs = typed("RAIPUR, India - 14 Naxalites were killed in Dantewada district on Monday, police said.")
    assert [r["killed_best"] for r in recs] == [14]


def test_ranks_after_a_counted_force_name_the_same_men():
    rec = only("PESHAWAR, Pakistan - Troops killed four militants in a raid in South Waziristan on Monday, the army "
               "said. Two soldiers, a 22-year-old sepoy and a 35-year-old havildar, died in the exchange of fire.")
    assert rec["killed_best"] == 6


def test_attackers_including_the_bomber_add_to_the_soldiers():
    rec = only("DERA ISMAIL KHAN, Pakistan - A suicide bomber drove a truck into the gate of an army camp on Tuesday. "
               "Four soldiers were killed, and all five attackers, including the bomber, died in the blast and the "
               "firefight that followed, the army said.")
    assert rec["killed_best"] == 9


def test_an_assault_tried_is_an_assault_made():
    recs = records("BANNU, Pakistan - A bomber blew up a car at the wall of a police compound on Tuesday, after which "
                   "four gunmen tried to storm it, police said.")
    assert not any(r["status"] == "planned" for r in recs)


def test_wounded_who_later_died_are_no_longer_hurt():
    rec = only("QUETTA, Pakistan - Gunmen stopped a bus near Kalat on Monday and shot dead eight passengers, officials "
               "said. Six were killed at the scene, and two wounded passengers later died in hospital.")
    assert rec["injured_best"] in (None, 0)


def test_his_body_found_is_a_death():
    recs = typed("SRINAGAR, India - Militants abducted an off-duty policeman from his village in Pulwama district on "
                 "Sunday, officials said. His body was found in a field on Tuesday.")
    assert any(r["killed_best"] == 1 for r in recs)


# --- tolls that change -----------------------------------------------------------------------------

def test_bringing_the_number_of_troops_killed_to_a_figure():
    rec = only("MAIDUGURI, Nigeria - Three soldiers hurt when jihadists attacked a base in Damboa, Borno State, last "
               "Friday have died, bringing the number of troops killed in the attack to eight, a military source said. "
               "The army said 15 insurgents were killed when the attack was repelled.")
    assert rec["killed_best"] == 23


def test_the_number_killed_has_risen_to():
    rec = only("JOS, Nigeria - The number of people killed in Saturday's raid by gunmen on the village of Bokkos has "
               "risen to 41, the state governor said on Tuesday. Police had earlier put the toll at 29.")
    assert rec["killed_best"] == 41


# --- Europe ----------------------------------------------------------------------------------------

def test_a_bought_weapon_is_no_attack():
    recs = typed("MUNICH, Germany - Police said on Wednesday they had arrested a 19-year-old man on Tuesday over a "
                 "plan to attack a church in Munich. Investigators said he had bought a hunting knife online.")
    assert not any(r["sub_event_type"] == "Attack" and r["status"] == "occurred" for r in recs)


def test_a_christmas_market_is_no_day():
    recs = records("ANTWERP, Belgium - Police arrested four people on Thursday over a plot to attack a Christmas market "
                   "in Antwerp, prosecutors said.")
    assert not any((r["event_date"] or "").endswith("-12-25") for r in recs)


def test_londonderry_is_derry():
    rec = only("LONDONDERRY, Northern Ireland - Youths threw petrol bombs at police in the Bogside area of Londonderry "
               "on Monday night, the police said.")
    assert (rec["country"], rec["admin1"]) == ("United Kingdom", "Northern Ireland")


def test_a_state_its_country_owns_beats_the_datelines_namesake():
    rec = only("BANGKOK - An airstrike by Myanmar's junta on a village in Myanmar's Chin state killed 12 people on "
               "Monday, an opposition group said.")
    assert (rec["country"], rec["admin1"]) == ("Myanmar", "Chin")


# --- sides and attackers ---------------------------------------------------------------------------

def test_two_peoples_sharing_one_noun_are_two_sides():
    rec = only("BISHKEK, Kyrgyzstan - Kyrgyz and Tajik border guards exchanged fire near Batken on Monday, leaving "
               "three Kyrgyz servicemen dead, the border service said.")
    assert (rec["actor1"], rec["actor2"], rec["killed_best"]) == (
        "Military Forces of Kyrgyzstan", "Military Forces of Tajikistan", 3)


def test_another_countrys_sniper_fire_is_its_forces():
    rec = only("GORIS, Armenia - A shepherd was wounded by Azerbaijani sniper fire near the village of Davit Bek on "
               "Monday, the interior ministry said.")
    assert rec["actor1"] == "Military Forces of Azerbaijan"


def test_killed_by_russian_shelling_names_the_attacker():
    rec = only("KHERSON, Ukraine - Three people were killed by Russian shelling in Kherson on Monday, the regional "
               "governor said.")
    assert rec["actor1"] == "Military Forces of Russia"


def test_an_unclaimed_strike_after_a_foreign_forces_strike_is_theirs():
    recs = typed("ZAPORIZHZHIA, Ukraine - Russian forces struck Zaporizhzhia with glide bombs on Monday, killing two "
                 "people. Hours later, artillery fire hit the town of Orikhiv, wounding an elderly man, the governor "
                 "said.")
    assert [r["actor1"] for r in recs] == ["Military Forces of Russia"] * 2


def test_its_forces_of_a_named_general_staff():
    recs = typed("ST PETERSBURG, Russia - A drone hit a fuel depot in the Leningrad region early on Sunday, the "
                 "governor said. Ukraine's General Staff later said its forces had struck the depot.")
    assert recs and all(r["actor1"] == "Military Forces of Ukraine" for r in recs)


# --- tolls from several sources ------------------------------------------------------------------

def test_one_more_death_updates_the_toll_and_a_larger_claim_is_the_high():
    rec = only("LAGOS, Nigeria - Police said on Wednesday that a second protester had died of gunshot wounds from "
               "Friday's protest in Ikeja, bringing the toll to two. Amnesty International said at least six "
               "protesters had been killed.")
    assert (rec["killed_best"], rec["killed_high"]) == (2, 6)


def test_a_toll_given_by_police_rivals_a_rights_groups_figure():
    rec = only("PORT-AU-PRINCE, Haiti - Gang members killed at least 18 people in an attack on the Carrefour-Feuilles "
               "area overnight into Tuesday, a rights group said, while police gave a provisional toll of 12.")
    assert (rec["killed_best"], rec["killed_high"]) == (12, 18)


def test_a_ninth_soldier_who_died_later_is_the_same_attack():
    recs = typed("MEDELLIN, Colombia - Eight soldiers were killed on Sunday when their helicopter was downed in a "
                 "drone attack in Anori, Antioquia, the army said. A ninth soldier died in hospital in Medellin on "
                 "Tuesday.")
    assert [r["killed_best"] for r in recs if r["sub_event_type"] != "Arrests"] == [9]


def test_the_killing_of_the_dead_found_is_dated_on_its_day():
    recs = typed("TIJUANA, Mexico - Prosecutors said on Wednesday that the two bodies found in a ravine near Tecate on "
                 "Saturday were those of missing hikers. Investigators believe the two were killed on February 21 "
                 "during an attempted robbery.")
    assert [(r["sub_event_type"], r["event_date"], r["killed_best"]) for r in recs] == [("Attack", "2026-02-21", 2)]


def test_the_nth_police_shooting_of_the_year_is_no_second_incident():
    recs = typed("PHOENIX - A police officer shot and killed a man who pointed a rifle at officers outside a "
                 "convenience store late Monday, police said. It was the fifth police shooting in Phoenix this year.")
    assert len(recs) == 1


def test_a_wave_across_a_region_keeps_the_residual_beside_its_places():
    recs = typed("BELGOROD, Russia - Ukrainian drones attacked 10 villages across the Belgorod region on Monday, "
                 "killing four people in total, the governor said. In the village of Bezymeno, a drone hit a car, "
                 "killing its driver. A woman was also killed in the town of Grayvoron when a drone struck her house.")
    assert sorted(r["killed_best"] for r in recs) == [1, 1, 2]
    assert all(r["actor1"] == "Military Forces of Ukraine" for r in recs)


# --- a twenty-first round (published 2026-04-15) --------------------------------------------------

def test_an_acronym_the_report_spells_as_its_own_group():
    recs = typed("RANGAMATI, Bangladesh - Gunmen killed two members of the United People's Democratic Front (UPDF) "
                 "in Baghaichhari upazila on Monday, police said.", published="2026-04-15")
    assert [r["actor2"] for r in recs] == ["UPDF: United People's Democratic Front"]


def test_a_dateline_town_abroad_is_not_taken_against_the_datelines_country():
    recs = typed("TAWILA, Sudan - RSF fighters abducted at least 20 men from a village near Tawila in North Darfur "
                 "on Saturday, displaced people said.", published="2026-04-15")
    assert recs and all(r["country"] == "Sudan" for r in recs)


def test_a_groups_name_before_its_members_is_no_place():
    recs = typed("ADDIS ABABA, Ethiopia - Clashes between Fano fighters and federal troops near the town of Dembecha "
                 "in Amhara region killed 14 people on Monday, residents said.", published="2026-04-15")
    assert recs and all(r["country"] == "Ethiopia" for r in recs)


def test_the_day_a_victim_died_is_not_the_day_he_was_shot():
    rec = only("OAKLAND, Calif. - A man who was shot last week while sitting in his car in East Oakland has died, "
               "police said Tuesday. He died at a hospital on Sunday.", published="2026-04-15")
    assert (rec["event_date"], rec["time_precision"], rec["killed_best"]) == ("2026-04-06", 2, 1)


def test_taken_after_an_abduction_is_abducted_and_beats_dozens():
    rec = only("GUSAU, Nigeria - Bandits abducted dozens of villagers in a raid on Kairu in Zamfara state on Sunday, "
               "residents said. Police confirmed 31 people were taken.", published="2026-04-15")
    assert rec["abducted_best"] == 31


def test_a_country_backing_a_group_is_no_place():
    rec = only("GAZA CITY - Gunmen from an Israel-backed militia clashed with Hamas police in the Shejaiya district of "
               "Gaza City on Sunday, leaving four dead, residents said.", published="2026-04-15")
    assert rec["country"] == "Palestine"


def test_a_force_that_says_it_struck_in_the_next_sentence_is_the_attacker():
    rec = only("GAZA CITY - At least five people were killed on Tuesday when an air strike hit a house in the Tuffah "
               "neighbourhood of Gaza City, the civil defence agency said. The Israeli military said it had targeted "
               "a Hamas militant.", published="2026-04-15")
    assert rec["actor1"] == "Military Forces of Israel"


def test_what_will_start_on_a_weekday_starts_after_the_report():
    recs = records("MENDOZA, Argentina - Public school teachers in Mendoza province will hold a 72-hour strike "
                   "starting on Thursday to demand higher pay, their union said on Wednesday.", published="2026-04-15")
    assert any(r["status"] == "planned" and r["event_date"] == "2026-04-16" for r in recs)


def test_a_protest_announced_for_a_weekday_is_planned_for_it():
    recs = records("DHAKA, Bangladesh - Three people were killed on Wednesday when rival party supporters clashed in "
                   "Faridpur, police said. The student party has announced a nationwide protest for Thursday.",
                   published="2026-04-15")
    assert any(r["status"] == "planned" and r["event_date"] == "2026-04-16" for r in recs)


def test_the_one_shot_who_died_in_the_same_sentence_is_no_longer_hurt():
    rec = only("GALLATIN, Tenn. - An 11-year-old boy accidentally shot his 9-year-old cousin with a shotgun Tuesday "
               "evening at a home near Gallatin, and the younger boy died Wednesday morning, the sheriff's office "
               "said.", published="2026-04-15")
    assert (rec["killed_best"], rec["injured_best"]) == (1, 0)


def test_arrests_by_the_force_that_met_a_protest_are_the_protests():
    rec = only("NAIROBI, Kenya - Police fired tear gas on Tuesday to break up several hundred young demonstrators "
               "marching toward parliament against a proposed tax bill. Officers detained 14 people near Moi "
               "Avenue, a police spokesman said.", published="2026-04-15")
    assert (rec["sub_event_type"], rec["arrested_best"]) == ("Protest with intervention", 14)


def test_attacks_a_commander_directed_are_his_record_not_the_strikes_type():
    rec = only("JERUSALEM - The Israeli military said on Wednesday that it had killed a senior Hamas commander in a "
               "strike in Gaza City on Tuesday. The military said he had violated the ceasefire by directing "
               "attacks on troops.", published="2026-04-15")
    assert rec["sub_event_type"] == "Air/drone strike"


def test_the_dead_a_march_honours_are_not_its_toll():
    recs = typed("NOVI SAD, Serbia - Thousands of students marched silently through Novi Sad on Saturday to honour the "
                 "16 people killed when a railway station canopy collapsed in 2024, police said.",
                 published="2026-04-15")
    assert recs and all(not r["killed_best"] for r in recs)


def test_a_toll_another_source_puts_in_a_sentence_of_its_own_is_a_rival_figure():
    rec = only("OUAGADOUGOU, Burkina Faso - Jihadists killed at least 19 civilians when they raided a farming "
               "village of Yatenga province on Sunday, local sources said. The gunmen burned the market and shot men "
               "who tried to flee, a resident said. A local security official put the toll at 27.",
               published="2026-04-15")
    assert (rec["killed_best"], rec["killed_high"]) == (19, 27)
