"""Bugs found by reading the thirty-ninth round of reports written in our own words (four helpers wrote
160: US local shooting pages, the Middle East and Ukraine, Latin America and South Asia, and reports whose
difficulty is time; published 2027-03-13, a Saturday). No dataset text."""

from __future__ import annotations

from qa_wire import helpers

PUB = "2027-03-13"  # a Saturday

run, records, typed, only = helpers(PUB)


# --- the one shot who died later ---------------------------------------------------------------------

def test_a_man_shot_near_two_streets_who_died_later_is_one_dead():
    # the parser gave "died" the avenue for its subject
    recs = typed("TULSA, Okla. - A man shot late Tuesday near Pine Street and Peoria Avenue died Thursday at a "
                 "hospital, Tulsa police said.")
    assert len(recs) == 1 and recs[0]["killed_best"] == 1 and recs[0]["event_date"] == "2027-03-09"


def test_a_woman_shot_in_a_robbery_at_a_store_on_a_route_who_died_is_one_dead():
    recs = typed("DOVER, Del. - A clerk shot during a holdup at a convenience store on Route 13 died Wednesday, "
                 "police said.")
    assert len(recs) == 1 and recs[0]["killed_best"] == 1


def test_a_man_who_shot_someone_and_died_is_not_read_as_shot():
    # the participle with an object is the man shooting
    recs = typed("A man shot his neighbor on Friday and died hours later in a crash while fleeing, police said.")
    assert all((r["injured_best"] or 0) <= 1 for r in recs)


def test_one_of_the_hurt_dying_days_later_is_no_second_shooting():
    recs = typed("AKRON, Ohio - The toll from Monday's shooting outside an Akron bar has risen to two, police said "
                 "Saturday. A 52-year-old man who had been in critical condition died Thursday night, police said. "
                 "One man was killed at the scene and a woman remains hospitalized in fair condition.")
    assert len(recs) == 1
    assert recs[0]["event_date"] == "2027-03-08"
    assert recs[0]["killed_best"] == 2 and recs[0]["injured_best"] == 1


def test_remains_hospitalized_has_its_own_subject():
    recs = typed("GARY, Ind. - Three men were killed in a shooting on Friday and a teenager remains hospitalized, "
                 "police said.")
    assert len(recs) == 1 and recs[0]["killed_best"] == 3 and recs[0]["injured_best"] == 1


# --- the gunman killed in his own attack's sentence ----------------------------------------------------

def test_a_gunman_shot_dead_by_police_after_his_attack_is_one_event_counting_him():
    recs = typed("MESA, Ariz. - A gunman opened fire outside a grocery store on Friday evening, killing three "
                 "people and wounding two others before he was shot dead by an officer, police said.")
    assert len(recs) == 1
    assert recs[0]["killed_best"] == 4 and recs[0]["injured_best"] == 2


def test_a_police_shooting_hours_later_elsewhere_stays_apart():
    recs = typed("A gunman killed three people at a bank on Friday. Hours later, police shot dead a man in another "
                 "neighborhood; he had robbed a store.")
    assert len(recs) == 2


# --- figures and people ----------------------------------------------------------------------------------

def test_killing_a_total_of_n_people_is_n_killed():
    recs = typed("ZAPORIZHZHIA, Ukraine - Russian rockets hit Zaporizhzhia on Thursday, killing a total of seven "
                 "people, the regional governor said.")
    assert len(recs) == 1 and recs[0]["killed_best"] == 7


def test_the_victim_s_guard_is_someone_else():
    recs = typed("QUETTA, Pakistan - Gunmen shot dead a lawyer outside a courthouse in Quetta on Friday, police said. "
                 "The lawyer's guard was wounded.")
    assert len(recs) == 1 and recs[0]["killed_best"] == 1 and recs[0]["injured_best"] == 1


# --- collecting is no gathering, and a day others told later is theirs -------------------------------------

def test_women_gathering_firewood_when_seized_are_no_protest_and_the_day_is_the_seizure_s():
    recs = typed("NIAMEY, Niger - Gunmen kidnapped about 20 women who were gathering firewood near Tillaberi on "
                 "Jan. 28, residents said, and six of them escaped on Feb. 3.")
    assert len(recs) == 1
    r = recs[0]
    assert r["sub_event_type"] == "Abduction/forced disappearance"
    assert r["event_date"] == "2027-01-28" and r["abducted_best"] == 20


def test_a_father_who_shot_his_two_sons_and_himself_is_three_dead():
    recs = typed("LUFKIN, Texas - A Lufkin man fatally shot his two daughters and then killed himself Thursday night, "
                 "the sheriff's office said.")
    assert len(recs) == 1 and recs[0]["killed_best"] == 3


# --- remembrance ----------------------------------------------------------------------------------------

def test_a_crowd_marking_a_bombing_s_anniversary_is_peaceful_and_counts_none_of_its_dead():
    recs = typed("MAIDUGURI, Nigeria - Hundreds of people gathered in Maiduguri on Saturday to mark the second "
                 "anniversary of a bomb attack on a market that killed 28 traders on March 13, 2025.")
    today = [r for r in recs if r["event_date"] == PUB]
    assert len(today) == 1
    assert today[0]["sub_event_type"] == "Peaceful protest" and not today[0]["killed_best"]


# --- places the gazetteer lacks, in the country the text names ------------------------------------------

def test_a_port_named_with_its_people_lies_in_their_country_not_the_dateline_s():
    recs = typed("DOHA, Qatar - A cargo ship was hit by a missile off the Yemeni port of Mokha on Friday, a British "
                 "maritime agency said.")
    assert recs and recs[0]["country"] == "Yemen"


def test_regions_of_a_country_named_after_them_lie_there():
    recs = typed("ANKARA, Turkey - Turkish jets killed nine militants in strikes on the Gara and Zap regions of "
                 "northern Iraq on Friday, the ministry said.")
    assert recs and recs[0]["country"] == "Iraq"


def test_an_arabic_article_alone_is_no_place():
    recs = typed("DEIR EZZOR, Syria - A drone strike killed two militia members in the town of Al-Bukamal on "
                 "Friday, a monitor said.")
    assert recs and recs[0]["country"] == "Syria" and recs[0]["location"] != "Al"


def test_a_day_s_toll_beside_the_war_s_running_toll_is_still_the_day_s():
    recs = typed("GAZA CITY - Israeli strikes across the Gaza Strip killed 27 people over the past 24 hours, the "
                 "health ministry said on Saturday, bringing the total death toll since the war began to more than "
                 "50,000.")
    assert recs and recs[0]["killed_best"] == 27


# --- when it happened, told apart from when it was found or judged ------------------------------------

def test_police_dating_the_shooting_before_the_bodies_were_found_date_the_one_record():
    recs = typed("DURHAM, N.C. - A woman and a man were found dead of gunshot wounds inside a Durham home on Thursday, "
                 "police said Saturday. Police believe the shooting happened sometime Monday.")
    violent = [r for r in recs if r["sub_event_type"] == "Attack"]
    assert len(violent) == 1
    assert violent[0]["event_date"] == "2027-03-08" and violent[0]["killed_best"] == 2


def test_a_sentence_for_a_shooting_of_an_earlier_year_is_not_dated_the_sentencing_day():
    recs = typed("NORFOLK, Va. - A Norfolk man was sentenced Friday to 30 years in prison for a 2025 drive-by "
                 "shooting that killed a teenager.")
    assert all(r["event_date"] != "2027-03-12" for r in recs if r["sub_event_type"] == "Attack")


# --- round forty (published 2027-04-05, a Monday) -----------------------------------------------------

run40, records40, typed40, only40 = helpers("2027-04-05")


def test_a_toll_risen_to_two_counts_the_first_dead_and_the_one_who_died_once():
    recs = typed40("MOBILE, Ala. - The death toll from a shooting at a graduation party in Mobile's Crichton "
                   "neighborhood on Saturday night has risen to two, police said Monday. Initially, police reported one "
                   "man killed and five people wounded. One of the wounded, a 20-year-old man, died on Sunday.")
    assert len(recs) == 1 and recs[0]["killed_best"] == 2 and recs[0]["event_date"] == "2027-04-03"


def test_a_crowd_fired_into_where_it_gathered_is_the_target_not_a_protest():
    recs = typed40("MEMPHIS, Tenn. - A gunman fired dozens of rounds into a crowd gathered outside a nightclub on Sunday "
                   "night, wounding five people. Police said one of the critically wounded died on Monday.")
    assert len(recs) == 1
    assert recs[0]["sub_event_type"] == "Attack"
    assert recs[0]["killed_best"] == 1 and recs[0]["injured_best"] == 4


def test_a_night_across_two_dates_is_one_day():
    recs = typed("KYIV, Ukraine - Russian drones attacked Kharkiv on the night of March 10-11, killing three people, "
                 "the governor said.")
    assert recs and recs[0]["event_date"] == "2027-03-10" and recs[0]["time_precision"] == 1


def test_a_lower_case_agency_in_brackets_closes_the_dateline_and_one_dead_and_20_injured_are_two_figures():
    recs = typed40("RAJSHAHI, Bangladesh (bdnews24) - Supporters of two rival factions of the ruling party clashed with "
                   "sticks and machetes in Rajshahi on Sunday, leaving one dead and 25 injured, police said.")
    assert len(recs) == 1
    r = recs[0]
    assert r["killed_best"] == 1 and r["injured_best"] == 25
    assert "Military" not in (r["actor1"] or "") + (r["actor2"] or "")


def test_the_striker_s_rough_word_for_those_it_hit_is_no_more_dead():
    recs = typed40("BAMAKO, Mali - A Malian army drone strike killed at least nine people at a wedding in the village of "
                   "Dinangourou on Sunday, witnesses said. The army said the strike had hit a meeting of JNIM commanders "
                   "and neutralised several terrorists.")
    assert recs and recs[0]["killed_best"] == 9


def test_a_unit_named_as_the_dateline_town_does_not_move_the_report_abroad_and_more_bodies_raise_the_toll():
    recs = typed40("BENI, DR Congo - ADF fighters killed at least 20 civilians with machetes in the village of Kisima in "
                   "Beni territory on Friday night, local officials said. Six more bodies were found in the bush on "
                   "Sunday, bringing the toll to 26, a civil society leader said on Monday.")
    assert len(recs) == 1
    assert recs[0]["country"] == "Democratic Republic of Congo" and recs[0]["killed_best"] == 26


def test_an_armed_strike_called_by_rebels_is_no_air_strike_nor_the_killings_during_an_earlier_one():
    recs = typed40("LIMA, 5 APR 27 (EFE) -- The Shining Path declared an armed strike for Thursday in Ayacucho, "
                   "police said today. During a similar strike in January, guerrillas burned eight trucks and killed "
                   "three drivers.")
    assert not any(r["sub_event_type"] == "Air/drone strike" for r in recs)


def test_a_planned_rally_that_did_not_take_place_is_negated():
    recs = records40("KHON KAEN, Thailand - A planned student rally in Khon Kaen on Sunday did not take place after police "
                     "sealed off the campus, organisers said.")
    assert recs and all(r["status"] == "negated" for r in recs if r["event_type"] == "Protests")


def test_a_strike_suspended_is_called_off():
    recs = records40("NAIROBI, Kenya - Kenya's doctors' union on Monday suspended a nationwide strike planned for "
                     "Thursday after the health ministry agreed to talks, the union said.")
    assert all(r["status"] != "planned" for r in recs if r["event_type"] == "Protests")


def test_a_first_report_of_a_shooting_taken_back_as_fireworks_is_negated():
    recs = records40("MEMPHIS, Tenn. - Police initially reported a shooting at Overton Park on Sunday evening, but later "
                     "said no one had been shot and the sounds were fireworks.")
    assert all(r["status"] != "occurred" for r in recs if r["event_type"] in ("Violence against civilians", "Battles"))


def test_no_one_hurt_when_a_man_fired_keeps_the_day():
    recs = typed40("BANGOR, Maine - No one was injured Sunday night when a man fired a pistol into the air outside a bar "
                   "downtown, police said.")
    assert recs and recs[0]["event_date"] == "2027-04-04" and recs[0]["time_precision"] == 1


def test_a_state_s_bureau_is_no_place_of_the_shooting_and_the_man_who_fired_at_police_is_their_other_side():
    recs = typed40("MACON, Ga. - Macon police shot and wounded a man who shot at officers during a traffic stop "
                   "Saturday afternoon. Officers had pulled over a car on Pio Nono Avenue when the passenger fired at "
                   "them, police said. The Georgia Bureau of Investigation is reviewing the shooting.")
    assert len(recs) == 1
    assert recs[0]["location"] == "Macon" and recs[0]["actor1"] != recs[0]["actor2"]


# --- round forty-one (published 2027-05-06, a Thursday) ------------------------------------------------

run41, records41, typed41, only41 = helpers("2027-05-06")


def test_a_knife_attacker_shot_dead_by_police_keeps_his_victims_hurt_and_counts_himself():
    recs = typed41("NANTES, France - A man armed with a knife killed one person and wounded three others outside a "
                   "train station in Nantes on Wednesday, prosecutors said. Police officers shot the attacker dead at "
                   "the scene.")
    assert len(recs) == 1 and recs[0]["killed_best"] == 2 and recs[0]["injured_best"] == 3


def test_stabbed_worshippers_stay_hurt_when_only_the_suspect_was_shot():
    recs = typed41("LEEDS, England - A man attacked worshippers with a knife outside a mosque in Leeds on Thursday "
                   "morning, injuring two people. Armed officers shot the suspect, who later died in hospital.")
    assert recs and recs[0]["injured_best"] == 2


def test_a_city_s_running_count_of_the_year_is_no_figure_of_the_shooting():
    recs = typed41("ST. LOUIS (KSDK) - A 14-year-old boy was killed when someone opened fire on his family's home in "
                   "north St. Louis about 4 a.m. Thursday, police said. The shooting brings the number of children "
                   "killed by gunfire in St. Louis this year to nine.")
    assert recs and recs[0]["killed_best"] == 1


def test_a_range_of_hurt_joined_to_the_dead_is_the_hurt():
    recs = typed41("MOBILE, Ala. - At least one person was killed and between three and five others were hurt when "
                   "gunfire broke out at a house party about 11 p.m. Saturday, police said.")
    assert recs and recs[0]["killed_best"] == 1 and recs[0]["injured_best"] == 3 and recs[0]["injured_high"] == 5


def test_a_killing_in_a_clause_of_its_own_day_is_no_toll_of_the_next_clause_s_bombing():
    recs = typed41("MAIDUGURI, Nigeria - Boko Haram fighters killed five farmers in Konduga on Friday, and on Sunday a "
                   "suicide bomber blew herself up at a market in Gwoza, killing nine people, officials said.")
    assert len(recs) == 2
    by_day = {r["event_date"]: r for r in recs}
    assert by_day["2027-04-30"]["killed_best"] == 5 and by_day["2027-05-02"]["killed_best"] == 9


def test_three_days_after_another_attack_dates_that_attack_not_this_one():
    recs = typed41("PESHAWAR, Pakistan - Three days after a bombing killed 12 people at a market in Bajaur, gunmen shot "
                   "dead two police officers in Bannu on Thursday, officials said.")
    bannu = [r for r in recs if r["location"] == "Bannu"]
    assert bannu and bannu[0]["event_date"] == "2027-05-06"


def test_quarters_of_a_metropolis_the_gazetteer_lacks_stay_in_its_state():
    recs = typed41("AHMEDABAD, India - Police fired tear gas to control rioting mobs in Dariapur on Thursday, officials "
                   "said. Two persons were killed in the police firing.")
    assert recs and all(r["admin1"] == "Gujarat" for r in recs)


def test_the_clock_of_another_city_is_no_place_of_the_strike():
    recs = typed41("WASHINGTON - An Israeli air strike hit a house in Rafah in the southern Gaza Strip, killing five "
                   "members of one family, health officials said. The strike took place at around 2 a.m. Thursday local "
                   "time, or 7 p.m. Wednesday in Washington.")
    assert len(recs) == 1 and recs[0]["location"] != "Washington"


def test_a_wanted_man_gunned_down_by_a_police_cell_is_one_dead_by_the_police():
    recs = typed41("DELHI, India - A history-sheeter wanted in more than 20 cases of robbery and extortion was gunned "
                   "down by the Delhi Police special cell in Rohini on Monday.")
    assert recs and recs[0]["killed_best"] == 1 and recs[0]["actor1"] == "Police Forces of India"


def test_a_city_that_was_the_scene_of_an_old_attack_lends_today_none_of_its_dead():
    recs = typed41("SOLINGEN, Germany - A man stabbed two passers-by at a tram stop in Solingen on Tuesday evening before "
                   "fleeing, police said. Both were in hospital with serious injuries. The city was the "
                   "scene of a deadly knife attack at a festival in August 2024 in which three people were killed.")
    today = [r for r in recs if r["event_date"] == "2027-05-04"]
    assert len(today) == 1 and not today[0]["killed_best"] and today[0]["injured_best"] == 2


def test_a_teen_killed_and_another_wounded_are_one_each():
    recs = typed41("PALERMO, Italy - A 16-year-old boy was killed and a 19-year-old wounded when gunmen on a motorbike "
                   "opened fire on them in Palermo on Sunday night, police said.")
    assert recs and recs[0]["killed_best"] == 1 and recs[0]["injured_best"] == 1


def test_leaving_prisoners_dead_and_others_injured_are_two_figures():
    recs = typed41("HERMOSILLO, Mexico - Inmates rioted at the state prison in Nogales on Tuesday, leaving 5 prisoners "
                   "dead and 12 injured, state authorities said.")
    assert recs and recs[0]["killed_best"] == 5 and recs[0]["injured_best"] == 12


def test_those_among_the_wounded_are_no_more_wounded():
    recs = typed41("KHARKIV, Ukraine - A Russian missile struck a bus depot in Kharkiv on Tuesday, killing three civilians. "
                   "The strike also wounded nine people, among them two drivers aged 61 and 57, prosecutors said.")
    assert recs and recs[0]["injured_best"] == 9


def test_the_surname_of_a_man_named_in_full_is_no_country():
    recs = typed41("MEMPHIS, Tenn. - Officers were conducting a traffic stop around 10 p.m. Wednesday when the driver, "
                   "later identified as 31-year-old Andre Jordan, opened fire, police said. Officers returned fire, "
                   "striking Jordan, who died at a hospital.")
    assert all(r["country"] == "United States" for r in recs)


# --- round forty-two (published 2027-06-14, a Monday) ---------------------------------------------------

run42, records42, typed42, only42 = helpers("2027-06-14")


def test_a_city_s_weekend_tally_is_no_part_of_the_porch_shooting_nor_its_day():
    recs = typed42("CHICAGO - Four people were shot, one fatally, when gunmen opened fire on a group gathered on a porch "
                   "in the Englewood neighborhood early Sunday, police said. At least 31 people were shot across Chicago "
                   "over the weekend, six of them fatally.")
    porch = [r for r in recs if r["location"] == "Englewood"]
    assert porch and porch[0]["event_date"] == "2027-06-13" and porch[0]["killed_best"] == 1


def test_an_hour_opening_with_and_begins_the_next_shooting_of_the_page():
    recs = typed42("LITTLE ROCK, Ark. - Police responded to three separate shootings overnight into Sunday. Just after "
                   "11 p.m. Saturday, a man was wounded on Asher Avenue. At about 1:15 a.m. Sunday, two women were shot, "
                   "one fatally, on West 65th Street. And around 3 a.m., a man was found dead from a gunshot wound on "
                   "Geyer Springs Road.")
    assert sum(r["killed_best"] or 0 for r in recs) == 2


def test_a_man_shot_in_a_city_s_district_who_died_later_is_one_record():
    recs = typed42("KANSAS CITY, Mo. - A man who was shot Thursday night in Kansas City's Westport district died of his "
                   "injuries on Sunday, police said.")
    violent = [r for r in recs if r["sub_event_type"] == "Attack"]
    assert len(violent) == 1 and violent[0]["killed_best"] == 1 and violent[0]["event_date"] == "2027-06-10"


def test_a_police_dog_shot_is_nobody_hurt():
    recs = typed42("NEWARK, N.J. - Two deputies were wounded and a suspect was killed Friday when gunfire broke out as a "
                   "sheriff's team served a warrant. A police K9 named Rex was also shot and killed.")
    assert recs and recs[0]["injured_best"] == 2


def test_a_day_and_a_month_s_three_letters_are_a_date():
    recs = typed42("San Salvador, 14 Jun 27 (diario latino) -- The national police reported that on 9 Jun urban "
                   "commandos threw two contact bombs at the residence of a deputy in Santa Tecla, wounding a "
                   "domestic employee.")
    assert recs and recs[0]["event_date"] == "2027-06-09"


def test_a_massacre_a_group_denies_on_its_day_is_the_report_s_incident_with_its_dead():
    recs = typed42("Villavicencio, 14 Jun 27 (rcn radio) -- The FARC today denied any responsibility for the massacre of "
                   "9 peasants on Friday in the village of Cano Jabon, Mapiripan municipality, Meta department. "
                   "According to survivors, armed men arrived at dawn and shot the victims in the town square.")
    assert len(recs) == 1
    r = recs[0]
    assert r["killed_best"] == 9 and r["event_date"] == "2027-06-11" and r["country"] == "Colombia"


def test_an_explosion_caused_by_a_transformer_is_no_attack():
    recs = records42("Bogota, 14 Jun 27 (el espectador) -- The national police today denied reports that a bomb had "
                     "exploded on Sunday night at a police station. A police spokesman said the loud explosion heard by "
                     "residents was caused by the failure of an electrical transformer, and that nobody was hurt.")
    assert all(r["status"] != "occurred" for r in recs if r["event_type"] == "Explosions/Remote violence")


def test_a_village_head_and_his_son_are_two_dead():
    recs = typed42("BAGHDAD - Gunmen killed a mukhtar and his son in Muqdadiyah on Sunday, mourners said.")
    assert recs and recs[0]["killed_best"] == 2


def test_the_first_word_on_the_hurt_told_after_the_toll_rose_is_superseded():
    recs = typed42("ATLANTA - The death toll from a shooting at an Atlanta nightclub has risen to three, police said "
                   "Monday. Two men died at the scene around 2 a.m. Sunday, and a woman who was critically wounded died "
                   "on Monday morning. Four other people remain hospitalized. Police initially said two people had been "
                   "killed and five injured.")
    assert recs and recs[0]["killed_best"] == 3 and recs[0]["injured_best"] == 4


def test_a_hospital_named_for_a_saint_and_a_state_s_university_are_no_places_of_the_shooting():
    recs = typed42("COLUMBIA, S.C. - A man was killed and two others wounded in a shooting near the University of South "
                   "Carolina campus just after midnight Saturday, police said. The wounded were taken to St. Mary's "
                   "Hospital.")
    assert recs and recs[0]["location"] == "Columbia" and recs[0]["actor2"] == "Civilians (United States)"


def test_students_blocking_a_hyphenated_highway_protest_and_a_bus_that_killed_is_no_attack():
    recs = typed42("DHAKA, Bangladesh - Students blocked the Dhaka-Sylhet highway at Narsingdi for two hours on Sunday "
                   "after a speeding bus killed a classmate, police said.")
    assert recs and recs[0]["sub_event_type"] == "Peaceful protest"
    assert not any(r["sub_event_type"] == "Attack" for r in recs)


def test_landless_families_occupying_a_plantation_protest():
    recs = typed42("PETROLINA, Brazil - About 200 families of the Landless Workers Movement occupied a farm near "
                   "Petrolina on Sunday to demand land reform.")
    assert recs and recs[0]["sub_event_type"] == "Peaceful protest"


# --- round forty-three (published 2027-07-21, a Wednesday) ---------------------------------------------

run43, records43, typed43, only43 = helpers("2027-07-21")


def test_an_animal_s_attack_is_no_violence():
    assert not typed43("PERTH, Australia - A swimmer was killed in a shark attack off Cottesloe beach on Tuesday, "
                       "police said.")
    assert not typed43("NAIROBI, Kenya - A lion mauled a herder to death near Kajiado on Monday, wildlife officials said.")


def test_a_game_s_attack_is_no_violence():
    assert not typed43("DETROIT - The Pistons launched a fourth-quarter attack on Tuesday night and beat the Bulls "
                       "104-98 in the league opener. Cunningham scored 31 points. 'We killed them,' the coach said.")


def test_a_killing_of_a_street_s_past_in_a_where_clause_is_no_death_today():
    recs = typed43("YOUNGSTOWN, Ohio - A man was wounded by gunfire Tuesday night on the same street where a "
                   "teenager died in a drive-by last August, police said.")
    assert recs and not recs[0]["killed_best"] and recs[0]["injured_best"] == 1


def test_a_man_who_died_after_midnight_was_shot_the_day_the_police_were_called():
    recs = typed43("LANSING, Mich. - A man, 30, died early Wednesday after being shot in a parking lot, police "
                   "said. Officers were called at 11:58 p.m. Tuesday and found the man with several gunshot wounds.")
    assert len(recs) == 1 and recs[0]["event_date"] == "2027-07-20" and recs[0]["killed_best"] == 1


def test_attackers_also_killed_bringing_the_total_to_a_figure_is_that_total():
    recs = typed43("MOGADISHU, Somalia - Gunmen stormed a hotel in Mogadishu on Tuesday, killing nine civilians, police "
                   "said. Six attackers were also killed, bringing the total death toll to 15.")
    assert recs and recs[0]["killed_best"] == 15


def test_killing_people_besides_themselves_counts_the_bombers():
    recs = typed43("MAIDUGURI, Nigeria - Two suicide bombers set off their vests at a market in Maiduguri on Tuesday, "
                   "killing 10 people besides themselves, police said.")
    assert recs and recs[0]["killed_best"] == 12


def test_the_city_the_wounded_were_airlifted_to_is_no_second_event():
    recs = typed43("MOMBASA, Kenya - Suspected al Shabaab militants ambushed a police vehicle with an improvised "
                   "explosive device near Mandera town on Tuesday, killing three officers, a security official said. "
                   "Two other officers were wounded and airlifted to Nairobi.")
    assert len(recs) == 1 and recs[0]["location"] == "Mandera" and recs[0]["injured_best"] == 2


def test_where_a_victim_lives_and_the_examiner_s_county_are_no_places_of_the_shooting():
    recs = typed43("AKRON, Ohio - The Summit County Medical Examiner has identified the woman who died on Tuesday, five "
                   "days after she was shot while driving on Interstate 76, as Jane Roe, 41, of Barberton.")
    violent = [r for r in recs if r["sub_event_type"] == "Attack"]
    assert violent and violent[0]["location"] == "Akron" and violent[0]["event_date"] == "2027-07-15"


def test_a_child_who_lost_both_legs_is_hurt():
    recs = typed43("KANDAHAR, Afghanistan - A landmine exploded in the Arghandab district on Wednesday, killing three "
                   "children who were playing nearby, a spokesman said. A fourth child lost both legs.")
    assert recs and recs[0]["killed_best"] == 3 and recs[0]["injured_best"] == 1
