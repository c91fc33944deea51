"""Bugs found by reading a fifteenth round of reports written in our own words (Pakistan, Nigeria,
Mali, Venezuela, the Philippines, India, Mexico, Burundi, Morocco, Peru, Yemen, Thailand and
Cambodia, Cameroon, Sudan, US local shootings and others). No dataset text."""

from __future__ import annotations

from qa_wire import helpers

PUB = "2025-11-18"  # a Tuesday

run, records, typed, only = helpers(PUB)


# --- events ------------------------------------------------------------------------------------

def test_a_bombing_outside_a_court_building_is_news_not_a_case_the_court_hears():
    rec = only("ISLAMABAD, Pakistan - A suicide bomber blew himself up outside a district court in the capital on "
               "Tuesday, killing 12 people and wounding 27, the interior minister said.")
    assert rec["sub_event_type"] == "Suicide bomb" and rec["killed_best"] == 12 and rec["injured_best"] == 27


def test_a_navy_or_army_striking_a_boat_is_a_strike_by_that_force():
    rec = only("CARACAS, Venezuela - The United States military struck a boat it said was carrying drugs in the "
               "Caribbean on Sunday, killing three men, the defence secretary said.")
    assert rec["sub_event_type"] == "Air/drone strike"
    assert rec["actor1"] == "Military Forces of the United States" and rec["killed_best"] == 3


def test_the_attack_repelled_told_in_a_later_sentence_is_the_attack_told_before():
    rec = only("MAIDUGURI, Nigeria - Boko Haram fighters stormed a military base in Borno state overnight, killing "
               "at least five soldiers, military sources said on Monday. The army said it repelled the attack, "
               "killing 20 insurgents.")
    assert rec["actor2"] == "Military Forces of Nigeria" and rec["killed_best"] == 25


def test_what_the_people_shot_tried_to_do_is_the_incident_they_were_shot_in():
    rec = only("RABAT, Morocco - Police shot dead three people who tried to storm a police station in the town of "
               "Lqliaa on Tuesday, officials said.")
    assert rec["actor1"] == "Police Forces of Morocco" and rec["killed_best"] == 3


def test_bare_clashes_right_after_a_march_make_it_a_violent_demonstration():
    rec = only("LIMA, Peru - Thousands of young people marched through central Lima on Wednesday to protest against "
               "crime and corruption. One man was shot dead and more than 80 people, including dozens of police "
               "officers, were injured in clashes, authorities said.")
    assert rec["sub_event_type"] == "Violent demonstration" and rec["plover_type"] == "PROTEST"
    assert rec["actor1"] == "Rioters (Peru)" and rec["killed_best"] == 1 and rec["injured_best"] == 80


def test_one_sides_rockets_told_by_a_speaker_of_their_own_after_the_border_fight_are_their_own_event():
    recs = typed("BANGKOK, Thailand - Thai and Cambodian troops exchanged fire along their disputed border on "
                 "Thursday, and Thailand said 12 civilians were killed by Cambodian rockets in Sisaket province.")
    clash = next(r for r in recs if r["sub_event_type"] == "Armed clash")
    assert (clash["actor1"], clash["actor2"]) == ("Military Forces of Thailand", "Military Forces of Cambodia")
    shelling = next(r for r in recs if r["sub_event_type"] == "Shelling/artillery/missile attack")
    assert shelling["actor1"] == "Military Forces of Cambodia" and shelling["killed_best"] == 12


# --- actors ------------------------------------------------------------------------------------

def test_fighters_from_a_named_group_are_that_group():
    rec = only("BAMAKO, Mali - Jihadists from the al-Qaeda-linked JNIM attacked a fuel convoy on the road between "
               "Kayes and Bamako on Wednesday, setting fire to dozens of tanker trucks, a union official said.")
    assert rec["actor1"] == "JNIM: Group for Support of Islam and Muslims"


def test_those_killed_of_the_attackers_pursued_in_a_firefight_are_the_attackers_side():
    recs = typed("MANILA, Philippines - Communist rebels ambushed an army patrol in Northern Samar province on "
                 "Thursday, killing two soldiers, the military said. Troops pursued the attackers and killed one of "
                 "them in a firefight.")
    assert len(recs) == 2
    assert (recs[1]["actor1"], recs[1]["actor2"]) == ("Military Forces of the Philippines", "NPA: New People's Army")


def test_a_country_striking_is_not_the_country_of_the_dead():
    rec = only("SANAA, Yemen - U.S. air strikes on a fuel port in western Yemen killed at least 74 people, the "
               "health ministry said on Friday.")
    assert rec["actor1"] == "Military Forces of the United States" and rec["actor2"] == "Civilians (Yemen)"


def test_a_word_that_means_one_group_in_one_country_names_it_there_only():
    cameroon = only("YAOUNDE, Cameroon - Separatist fighters killed four soldiers when they raided an army post in "
                    "the Northwest region on Friday, a security official said.")
    assert cameroon["actor1"] == "Ambazonian Separatists"
    sudan = only("KHARTOUM, Sudan - Paramilitary fighters attacked a village in North Kordofan on Sunday, killing "
                 "20 civilians, medics said.")
    assert sudan["actor1"] == "RSF: Rapid Support Forces"
    pakistan = only("ISLAMABAD, Pakistan - Separatist fighters killed four soldiers in Balochistan on Friday, "
                    "officials said.")
    assert pakistan["actor1"] == "Unidentified Armed Group (Pakistan)"


# --- places ------------------------------------------------------------------------------------

def test_a_monument_named_with_a_common_word_is_not_the_village_of_that_name():
    rec = only("NEW DELHI, India - A car exploded near the Red Fort in Delhi on Monday evening, killing at least "
               "eight people, police said.")
    assert rec["location"] == "Delhi" and rec["admin1"] == "Delhi"


def test_where_the_officials_telling_of_it_sit_comes_after_the_victims_office_town():
    rec = only("MEXICO CITY - The mayor of Uruapan was shot dead during a festival in the city on Saturday night, "
               "officials in Michoacan state said.")
    assert rec["location"] == "Uruapan"
    bar = only("MEXICO CITY - Gunmen killed five people at a bar on Saturday night, officials in Michoacan state "
               "said.")
    assert bar["admin1"] == "Michoacan de Ocampo"


# --- counts ------------------------------------------------------------------------------------

def test_a_number_of_people_listed_after_one_arrested_adds_to_them():
    rec = only("BUJUMBURA, Burundi - Police arrested an opposition candidate and three of his campaign staff on "
               "Monday, accusing them of plotting against the state, their party said.")
    assert rec["arrested_best"] == 4


def test_a_sniper_taking_his_own_life_after_killing_one_person_is_a_second_dead():
    rec = only("DALLAS - A sniper fired on an immigration field office in Dallas early Wednesday, killing one "
               "detainee and critically wounding two others before taking his own life, officials said.")
    assert rec["killed_best"] == 2 and rec["injured_best"] == 2


# --- part two ----------------------------------------------------------------------------------

def test_the_striking_forces_own_account_of_what_it_hit_is_no_new_incident():
    rec = only("BEIRUT, Lebanon - Israeli warplanes struck several targets in the Bekaa Valley on Thursday, killing "
               "five people, the state news agency said. The Israeli army said it had hit Hezbollah weapons depots.")
    assert rec["sub_event_type"] == "Air/drone strike" and rec["killed_best"] == 5


def test_members_of_a_minority_and_olive_pickers_are_civilians():
    rec = only("DAMASCUS, Syria - Unknown gunmen shot dead two members of the Alawite minority at a checkpoint near "
               "Homs on Friday, a war monitor said.")
    assert rec["actor2"] == "Civilians (Syria)"
    pickers = only("JERUSALEM - Israeli settlers attacked Palestinian olive pickers near the village of Turmus Ayya "
                   "on Saturday, beating several farmers, the Red Crescent said.")
    assert pickers["actor2"] == "Civilians (Palestine)"


def test_deaths_in_clashes_with_police_earlier_in_the_week_of_a_protest_report_are_a_riot_that_week():
    recs = typed("ANTANANARIVO, Madagascar - Soldiers joined thousands of youth protesters in the capital on Saturday. "
                 "Two people were killed in clashes with police earlier in the week.")
    riot = next(r for r in recs if r["killed_best"] == 2)
    assert riot["sub_event_type"] == "Violent demonstration"
    assert (riot["actor1"], riot["actor2"]) == ("Rioters (Madagascar)", "Police Forces of Madagascar")
    assert riot["time_precision"] == 2 and riot["event_date"] == "2025-11-10"


def test_a_ward_the_gazetteer_lacks_is_a_quarter_of_the_dateline_town():
    recs = typed("NEW ORLEANS - Police arrested a 19-year-old man on Wednesday in connection with a shooting last month "
                 "that killed a teenager outside a corner store in the Seventh Ward.")
    shooting = next(r for r in recs if r["sub_event_type"] == "Attack")
    assert shooting["admin2"] == "Orleans Parish" and shooting["geo_precision"] == 2


def test_gunfire_exchanged_is_a_clash_not_an_exchange_of_prisoners():
    rec = only("PORT-AU-PRINCE, Haiti - Police and gang members exchanged gunfire for several hours in the Delmas area "
               "of the capital on Tuesday, and at least eight gang members were killed, a police spokesman said.")
    assert rec["sub_event_type"] == "Armed clash" and rec["actor1"] == "Police Forces of Haiti"
    assert rec["killed_best"] == 8


def test_a_strike_by_bus_drivers_is_no_air_strike():
    recs = typed("LIMA, Peru - A popular singer was shot dead inside a bus in Lima on Monday by gunmen who had been "
                 "extorting the transport company, police said. The killing sparked a strike by bus drivers.")
    assert [r["sub_event_type"] for r in recs if r["event_type"] != "Protests"] == ["Attack"]


def test_the_past_detention_of_people_released_is_no_arrest():
    recs = records("ASMARA - Eritrea's government released 13 journalists who had been detained without trial for more "
                   "than two decades, a press freedom group said on Monday.")
    assert not any(r["sub_event_type"] == "Arrests" for r in recs)


def test_a_rally_the_person_arrested_had_spoken_at_before_is_no_intervention():
    rec = only("CARACAS, Venezuela - Security forces arrested an opposition leader in Caracas on Thursday, hours "
               "after she appeared at a rally, her party said.")
    assert rec["sub_event_type"] == "Arrests" and rec["actor2"] == "Civilians (Venezuela)"


def test_the_offence_charged_is_no_event():
    recs = records("KIGALI, Rwanda - Rwandan authorities arrested a prominent opposition politician at her home in "
                   "Kigali on Thursday and charged her with forming a criminal group, her lawyer said.")
    assert [r["sub_event_type"] for r in recs if r["event_type"]] == ["Arrests"]
    assert recs[0]["actor2"] == "Civilians (Rwanda)"


def test_the_weapon_of_the_attack_a_killing_was_done_in_keeps_the_killers():
    rec = only("BOGOTA, Colombia - Dissidents of the former FARC rebel group killed two soldiers and wounded five in "
               "an attack with explosives on a military base in Cauca department on Sunday, the army said.")
    assert rec["actor1"] == "FARC Dissidents" and rec["killed_best"] == 2 and rec["injured_best"] == 5


def test_a_police_raid_on_gang_strongholds_that_left_dozens_dead_is_a_clash_with_the_gang():
    rec = only("BRASILIA, Brazil - A police raid on gang strongholds in two Rio de Janeiro favelas on Tuesday left at "
               "least 119 people dead, including four police officers, officials said.")
    assert rec["sub_event_type"] == "Armed clash"
    assert (rec["actor1"], rec["actor2"]) == ("Police Forces of Brazil", "Unidentified Armed Group (Brazil)")
    assert rec["killed_best"] == 119


def test_bodies_found_hanging_are_a_killing_and_a_city_gripped_by_fighting_is_background():
    rec = only("CULIACAN, Mexico - The bodies of nine men were found hanging from a bridge in Culiacan on Monday, "
               "authorities said. The city has been gripped by fighting between rival factions of the Sinaloa "
               "cartel.")
    assert rec["sub_event_type"] == "Attack" and rec["killed_best"] == 9 and rec["location"] == "Culiacan"


def test_each_side_of_kashmir_as_the_press_names_it():
    strike = only("NEW DELHI, India - Indian missiles struck nine sites in Pakistan and Pakistani-administered Kashmir "
                  "early on Wednesday, and Pakistan said 31 civilians were killed.")
    assert strike["country"] == "Pakistan" and strike["actor2"] == "Civilians (Pakistan)"
    tourists = only("SRINAGAR, India - Suspected militants opened fire on tourists in a meadow near Pahalgam in "
                    "Indian-administered Kashmir on Tuesday, killing 26 men, police said. A group called The "
                    "Resistance Front claimed the attack.")
    assert tourists["admin1"] == "Jammu and Kashmir" and tourists["actor1"] == "TRF: The Resistance Front"


# --- part three --------------------------------------------------------------------------------

def test_protesters_arrested_while_demonstrating_are_the_protest_met_by_arrests():
    rec = only("BANJUL, Gambia - Police arrested 29 people in the capital on Monday who were demonstrating against a "
               "rise in ferry prices, a rights group said.")
    assert rec["sub_event_type"] == "Protest with intervention" and rec["arrested_best"] == 29


def test_the_convoy_of_the_aid_workers_killed_is_no_army():
    rec = only("JUBA, South Sudan - Two aid workers were killed when their convoy was ambushed by unknown gunmen in "
               "Central Equatoria state on Thursday, the United Nations said.")
    assert rec["sub_event_type"] == "Attack" and rec["actor2"] == "Civilians (South Sudan)"


def test_its_soldiers_in_the_armys_account_are_the_armys_and_the_waiting_are_the_victims():
    rec = only("GAZA - Palestinians waiting for food at an aid distribution site in Rafah were shot dead by Israeli "
               "troops on Sunday, the health ministry said. The Israeli military said its soldiers fired warning "
               "shots at suspects approaching them.")
    assert (rec["actor1"], rec["actor2"]) == ("Military Forces of Israel", "Civilians (Palestine)")


def test_a_strike_by_a_countrys_forces_on_a_ministry_is_an_air_strike():
    rec = only("DAMASCUS, Syria - Israeli strikes hit the defence ministry in Damascus on Wednesday, officials said.")
    assert rec["sub_event_type"] == "Air/drone strike" and rec["actor1"] == "Military Forces of Israel"


def test_a_missile_fired_at_a_countrys_airport_is_placed_in_that_country():
    recs = typed("SANAA, Yemen - Israeli jets struck the port of Hodeidah on Sunday, the Houthi-run Al Masirah TV "
                 "said, a day after the Houthis fired a ballistic missile at Israel's main airport.")
    missile = next(r for r in recs if r["actor1"] == "Houthis")
    assert missile["country"] == "Israel"


def test_a_sniper_after_a_third_person_grazed_and_a_man_who_later_died():
    grazed = only("JACKSON, Miss. - Two teenagers were hurt by gunfire from a passing car on Sunday evening, and a third "
                  "person was grazed, police said Monday.")
    assert grazed["injured_best"] == 3
    died = only("NEWARK, N.J. - A man, 30, was shot several times while walking home Sunday night and later "
                "died at a hospital, authorities said Tuesday.")
    assert died["killed_best"] == 1 and not died["injured_best"]


def test_a_number_opening_a_sentence_is_no_place():
    rec = only("CHICAGO - One man was shot on Sunday, and a second man was grazed, police said.")
    assert rec["location"] == "Chicago" and rec["injured_best"] == 2


def test_a_killing_someone_is_charged_with_is_the_incident_on_its_own_day():
    recs = typed("TULSA, Okla. - A man was charged Tuesday with killing his neighbor at a party on Saturday, "
                 "prosecutors said.")
    attack = next(r for r in recs if r["sub_event_type"] == "Attack")
    assert attack["event_date"] == "2025-11-15" and attack["killed_best"] == 1


def test_killed_by_a_drone_in_a_towns_own_district():
    rec = only("KHERSON, Ukraine - A man was killed by a Russian drone while riding a bicycle in Kherson's "
               "Dniprovskyi district on Thursday, the regional military administration said.")
    assert rec["sub_event_type"] == "Air/drone strike" and rec["admin1"] == "Khersonska oblast"


def test_a_drone_that_downed_the_countrys_police_helicopter_is_no_state_and_placed_where_it_was():
    recs = typed("BOGOTA, Colombia - A police helicopter was shot down by a drone in Antioquia department on "
                 "Thursday, killing 13 officers, and a truck bomb exploded near an air base in Cali the same day, "
                 "killing six civilians, officials said.")
    heli = next(r for r in recs if r["killed_best"] == 13)
    assert heli["actor1"] == "Unidentified Armed Group (Colombia)" and heli["admin1"] == "Antioquia"
    bomb = next(r for r in recs if r["killed_best"] == 6)
    assert bomb["location"] == "Cali"


def test_separatists_in_papua():
    rec = only("JAKARTA, Indonesia - Separatist rebels in Papua shot dead two construction workers building a bridge "
               "in Intan Jaya regency on Monday, the military said.")
    assert rec["actor1"] == "TPNPB: West Papua National Liberation Army"


# --- part four ---------------------------------------------------------------------------------

def test_attacks_overnight_friday_are_fridays():
    rec = only("MAKURDI, Nigeria - Suspected herdsmen killed at least 100 people in attacks on the village of Yelwata "
               "in Benue state overnight Friday, Amnesty International said.")
    assert rec["event_date"] == "2025-11-14"


def test_riot_police_firing_at_protesters_who_threw_petrol_bombs_are_the_riots_other_side():
    rec = only("ATHENS, Greece - Riot police fired tear gas at protesters who threw petrol bombs outside parliament in "
               "Athens on Friday during a general strike.")
    assert (rec["actor1"], rec["actor2"]) == ("Rioters (Greece)", "Police Forces of Greece")


def test_attacks_people_were_suspected_of_planning_are_no_fight():
    rec = only("MADRID - Police dismantled a jihadist cell in Barcelona on Thursday and arrested four people suspected "
               "of planning attacks, the interior ministry said.")
    assert rec["sub_event_type"] == "Arrests" and rec["arrested_best"] == 4


def test_football_fans_a_school_assistant_and_migrants_are_civilians():
    fans = only("BRUSSELS - Two Swedish football fans were shot dead in central Brussels on Monday evening by a gunman, "
                "police said.")
    assert fans["actor2"] == "Civilians (Sweden)"
    migrants = only("HERAT, Afghanistan - Iranian border guards opened fire on Afghan migrants trying to cross the "
                    "border near Herat on Sunday, killing four, Taliban officials said.")
    assert migrants["actor2"] == "Civilians (Afghanistan)" and migrants["killed_best"] == 4


def test_an_explosion_among_worshippers_is_no_accident():
    rec = only("KABUL, Afghanistan - An explosion at a mosque in Kunduz during Friday prayers killed at least 10 "
               "worshippers, a Taliban official said.")
    assert rec["sub_event_type"] == "Remote explosive/landmine/IED" and rec["killed_best"] == 10


def test_a_public_execution_of_a_man_convicted_of_murder_is_the_news():
    rec = only("KABUL, Afghanistan - The Taliban publicly executed a man convicted of murder in a sports stadium in "
               "Khost province on Wednesday, the Supreme Court said.")
    assert rec["sub_event_type"] == "Attack" and rec["actor1"] == "Taliban" and rec["killed_best"] == 1


def test_a_countrys_fighter_jets_shot_down_are_its_forces():
    rec = only("ISLAMABAD, Pakistan - Pakistan said on Thursday it had shot down five Indian fighter jets during an "
               "overnight aerial battle along the border.")
    assert (rec["actor1"], rec["actor2"]) == ("Military Forces of Pakistan", "Military Forces of India")


def test_militants_storming_a_training_centre_lead_the_fight():
    rec = only("PESHAWAR, Pakistan - Militants stormed a police training centre in Dera Ismail Khan overnight, and "
               "seven police officers and six attackers were killed in a gunbattle that lasted hours, police said "
               "on Saturday.")
    assert (rec["actor1"], rec["actor2"]) == ("Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan")
    assert rec["killed_best"] == 13


def test_a_hijacked_train_is_an_abduction_and_hostages_freed_no_ground_retaken():
    rec = only("QUETTA, Pakistan - Militants hijacked a passenger train carrying more than 400 people in Balochistan on "
               "Tuesday, and security forces freed most of the hostages after a day-long operation, officials said.")
    assert rec["sub_event_type"] == "Abduction/forced disappearance"


# --- part five ---------------------------------------------------------------------------------

def test_teachers_who_clashed_with_state_police_riot_against_that_police():
    rec = only("OAXACA, Mexico - Teachers protesting a pension reform blocked the main highway into Oaxaca city on "
               "Monday and clashed with state police, leaving 10 people injured.")
    assert (rec["actor1"], rec["actor2"]) == ("Rioters (Mexico)", "Police Forces of Mexico")
    assert rec["injured_best"] == 10


def test_a_coup_foiled_is_no_weapon_seized():
    recs = typed("OUAGADOUGOU, Burkina Faso - The army said on Monday it had foiled a coup attempt and arrested "
                 "several officers accused of plotting to overthrow the government.")
    assert [r["sub_event_type"] for r in recs] == ["Arrests"]


def test_repelling_this_attack_long_after_another_incident_is_no_account_of_it():
    recs = typed("KHARTOUM, Sudan - Gunmen killed two farmers near Kassala in August, officials said. Fighting went "
                 "on in the region for weeks. The army later said it had repelled an attack by the Rapid Support "
                 "Forces on El Obeid on Sunday.")
    assert any(r["sub_event_type"] == "Armed clash" and r["location"] == "El Obeid" for r in recs)


def test_capitalised_plural_islamists_and_a_couple_are_sides():
    rec = only("ALGIERS, Algeria - Security forces killed two armed Islamists in a mountainous area of Tipaza province "
               "on Wednesday, the defence ministry said.")
    assert rec["actor2"] == "Unidentified Armed Group (Algeria)"


def test_a_name_that_goes_on_past_its_first_word_is_not_a_namesake_of_that_word():
    rec = only("DAMASCUS, Syria - Gunmen on motorcycles shot dead a Christian couple in their home in the Wadi "
               "al-Nasara area of Homs province on Friday night, the state news agency said.")
    assert rec["country"] == "Syria" and rec["admin1"] == "Hims"
    assert (rec["actor1"], rec["actor2"]) == ("Unidentified Armed Group (Syria)", "Civilians (Syria)")


def test_a_crowd_that_protested_read_as_a_participle_is_the_crowd():
    recs = typed("RABAT, Morocco - Hundreds of young people protested in Rabat and Casablanca on Sunday for a second "
                 "day, demanding better schools and hospitals; police detained dozens.")
    assert recs and all(r["actor1"] == "Protesters (Morocco)" and r["actor2"] != "Civilians (Morocco)" for r in recs)


# --- part seven --------------------------------------------------------------------------------

def test_a_town_the_gazetteer_lacks_lies_in_the_one_country_its_sentence_places_things_in():
    rec = only("BUJUMBURA, Burundi - Burundian soldiers deployed in eastern Congo clashed with M23 rebels near "
               "Kamanyola on Monday, a military source said.")
    assert rec["location"] == "Kamanyola" and rec["country"] == "Democratic Republic of Congo"


def test_the_force_that_beat_or_detained_those_covering_a_rally_is_its_other_side():
    beaten = only("KAMPALA, Uganda - Soldiers beat up several journalists covering an opposition rally in Kampala on "
                  "Monday, the journalists' union said.")
    assert beaten["actor2"] == "Military Forces of Uganda"
    held = only("BUJUMBURA, Burundi - Police detained four journalists covering a protest by street vendors in the "
                "capital on Tuesday, a media rights group said.")
    assert held["actor2"] == "Police Forces of Burundi" and held["arrested_best"] == 4


def test_an_opposition_official_is_a_civilian():
    rec = only("DAR ES SALAAM, Tanzania - Unknown assailants abducted an opposition official from a bus near Dar es "
               "Salaam on Sunday, his party said.")
    assert rec["actor2"] == "Civilians (Tanzania)"


def test_a_province_read_as_a_person_after_in_neighbouring_is_the_place():
    recs = typed("BANGKOK, Thailand - Insurgents detonated a bomb on a road in Yala province on Tuesday as a ranger "
                 "patrol passed, wounding three rangers, police said. Hours later, gunmen shot dead a village headman "
                 "in neighbouring Pattani.")
    shooting = next(r for r in recs if r["sub_event_type"] == "Attack")
    assert shooting["admin1"] == "Pattani"


def test_a_fight_between_rival_groups_is_a_clash_of_the_two():
    recs = typed("DILI, East Timor - Police arrested 20 young men after a fight between rival martial arts groups in "
                 "Dili on Saturday night left one man dead and several injured.")
    fight = next(r for r in recs if r["sub_event_type"] != "Arrests")
    assert fight["sub_event_type"] == "Armed clash" and fight["killed_best"] == 1


def test_the_states_troops_lead_a_joint_attack_with_foreign_mercenaries():
    rec = only("BANGUI, Central African Republic - Wagner fighters and government troops attacked a mining site near "
               "Bria on Friday, killing at least 20 miners, a local official said.")
    assert rec["actor1"] == "Military Forces of the Central African Republic"
    assert rec["assoc_actor_1"] == "Wagner Group"


def test_more_attacks_the_next_day_do_not_take_the_killing_told_before_them():
    recs = typed("KHARTOUM, Sudan - The Rapid Support Forces killed at least 40 villagers in North Kordofan on Saturday "
                 "evening, and more attacks followed the next day, activists said.")
    killing = next(r for r in recs if r["killed_best"] == 40)
    assert killing["actor1"] == "RSF: Rapid Support Forces" and killing["event_date"] == "2025-11-15"


def test_opposition_forces_are_no_states_army():
    south = only("JUBA, South Sudan - Fighting between the army and opposition forces in Upper Nile state earlier this "
                 "month killed at least 50 people, the UN said on Tuesday.")
    assert south["actor2"] == "SPLM/A-In Opposition"
    syria = only("DAMASCUS, Syria - Opposition forces clashed with government troops near Idlib on Monday, killing 12 "
                 "fighters, a war monitor said.")
    assert syria["actor1"] == "Unidentified Armed Group (Syria)" and syria["actor2"] == "Military Forces of Syria"


def test_the_attackers_killed_after_they_opened_fire_and_set_off_explosives_are_the_same_attack():
    rec = only("ANKARA, Turkey - Two attackers were killed after they opened fire and set off explosives at the "
               "headquarters of a state aerospace company near Ankara on Wednesday, killing five people, officials "
               "said.")
    assert rec["killed_best"] == 7


def test_a_country_blamed_for_the_fire_that_killed_is_its_forces():
    rec = only("GAZA - At least 25 Palestinians were killed while waiting for aid trucks near the Zikim crossing in "
               "northern Gaza on Saturday, the health ministry said, blaming Israeli fire.")
    assert rec["actor1"] == "Military Forces of Israel" and rec["killed_best"] == 25


def test_a_village_named_like_a_people_is_the_village():
    rec = only("HEBRON, West Bank - Jewish settlers set fire to cars and a mosque in the Palestinian village of Deir "
               "Istiya overnight, the village council said.")
    assert rec["location"] == "Deir Istiya" and rec["country"] == "Palestine"


def test_countries_named_as_who_acts_do_not_move_the_reports_country():
    recs = records("KHARTOUM, Sudan - The army rejected a proposal for a three-month humanitarian truce put forward by "
                   "the United States and Saudi Arabia, a government spokesman said.")
    assert recs and recs[0]["actor1"] == "Military Forces of Sudan"


def test_the_states_own_man_killed_beside_it_is_not_its_opponent():
    recs = typed("ABUJA, Nigeria - Gunmen stormed a school in Katsina state late on Friday and abducted more than 300 "
                 "boys, officials said. Security forces exchanged fire with the attackers, and one police officer was "
                 "killed.")
    clash = next(r for r in recs if r["sub_event_type"] == "Armed clash")
    assert (clash["actor1"], clash["actor2"]) == ("Military Forces of Nigeria", "Unidentified Armed Group (Nigeria)")


def test_a_strike_the_killing_prompted_is_another_event_on_its_own_day():
    recs = typed("LIMA, Peru - A bus driver was shot dead by extortionists in the Lima district of Ate on Thursday, "
                 "prompting transport workers to go on strike the following day.")
    attack = next(r for r in recs if r["sub_event_type"] == "Attack")
    assert attack["killed_best"] == 1 and attack["event_date"] == "2025-11-13"
    strike = next(r for r in recs if r["event_type"] == "Protests")
    assert strike["event_date"] == "2025-11-14"


def test_armed_pro_government_groups_are_no_state_force():
    rec = only("CARACAS, Venezuela - Armed pro-government groups fired on opposition protesters in Caracas on "
               "Tuesday, killing two people, a rights group said.")
    assert rec["sub_event_type"] == "Attack" and rec["actor1"] == "Unidentified Armed Group (Venezuela)"
    assert rec["actor2"] == "Protesters (Venezuela)"


def test_guerrillas_of_the_paraguayan_peoples_army_kidnapping_a_rancher():
    rec = only("ASUNCION, Paraguay - Guerrillas of the Paraguayan People's Army kidnapped a rancher in the department "
               "of Concepcion on Saturday, police said.")
    assert (rec["actor1"], rec["actor2"]) == ("EPP: Paraguayan People's Army", "Civilians (Paraguay)")


def test_clashes_told_as_what_a_ceasefire_came_after_happened():
    recs = typed("KOHAT, Pakistan - Tribal elders said on Monday that a ceasefire had been agreed between two tribes in "
                 "the Kurram district after clashes over land killed at least 40 people last week.")
    clash = next(r for r in recs if r["sub_event_type"] == "Armed clash")
    assert clash["status"] == "occurred" and clash["killed_best"] == 40


def test_troops_raiding_a_village_and_detaining_men_is_the_arrest():
    rec = only("DAMASCUS, Syria - Israeli troops raided a village in Quneitra province on Tuesday and detained four "
               "men, local residents said.")
    assert rec["sub_event_type"] == "Arrests" and rec["arrested_best"] == 4


def test_protesters_arrested_who_blocked_a_highway_are_the_protest_met():
    recs = typed("JERUSALEM - Israeli police arrested 12 protesters who blocked a highway near Tel Aviv on Saturday "
                 "night demanding a deal to free the hostages, police said.")
    protest = next(r for r in recs if r["event_type"] == "Protests")
    assert protest["sub_event_type"] == "Protest with intervention" and protest["arrested_best"] == 12
    assert not any(r["sub_event_type"] == "Arrests" for r in recs)


def test_a_killing_someone_in_anothers_phrase_is_accused_of_is_no_clash():
    recs = typed("NABLUS, West Bank - Israeli troops demolished a house belonging to the family of a Palestinian "
                 "accused of killing an Israeli soldier last month, the army said on Wednesday.")
    assert [r["sub_event_type"] for r in recs] == ["Looting/property destruction"]
    assert recs[0]["actor1"] == "Military Forces of Israel"


def test_a_group_saying_it_fired_the_shells_told_before_claims_them():
    rec = only("MOGADISHU, Somalia - Two mortar shells landed near the international airport in Mogadishu on Sunday "
               "evening, injuring four people, police said. Al-Shabaab said it fired the shells.")
    assert rec["actor1"] == "al-Shabaab" and rec["injured_best"] == 4


def test_rebels_entering_the_dateline_town_without_a_fight():
    rec = only("BUKAVU, Congo - M23 rebels entered Bukavu on Sunday without a fight after government troops withdrew, "
               "residents said.")
    assert rec["sub_event_type"] == "Non-violent transfer of territory"
    assert rec["actor1"] == "M23: March 23 Movement" and rec["location"] == "Bukavu"


def test_a_killing_told_before_what_its_killers_are_accused_of_stays_the_event():
    recs = typed("OUAGADOUGOU, Burkina Faso - Army troops and allied militiamen killed at least 100 civilians in "
                 "Solenzo, rights groups said, accusing them of targeting ethnic Fulani.")
    attack = next(r for r in recs if r["sub_event_type"] == "Attack")
    assert attack["actor1"] == "Military Forces of Burkina Faso" and attack["killed_best"] == 100


def test_where_a_road_leads_is_no_place_of_the_event_nor_its_country():
    rec = only("BAMAKO, Mali - Suspected jihadists blew up a bridge on the road to Senegal on Thursday, cutting off a "
               "key supply route, officials said.")
    assert rec["country"] == "Mali" and rec["actor1"] == "Unidentified Armed Group (Mali)"
