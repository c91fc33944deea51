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
    rec = only("MEMPHIS, Tenn. - A man, 19, who was shot last Thursday outside a convenience store in "
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
    rec = only("MEMPHIS, Tenn. - A man, 19, who was shot last Thursday outside a store died of his injuries "
               "on Monday, police said.")
    assert rec["event_date"] == "2024-06-06"


# --- part two ----------------------------------------------------------------------------------

def test_a_claim_in_a_statement_on_a_later_day_names_the_attacker_and_keeps_the_attacks_day():
    rec = only("OUAGADOUGOU - Jihadists killed dozens of soldiers and civilian volunteers in an attack on an army "
               "post in the northern town of Mansila on Tuesday, security sources said. The JNIM group claimed the "
               "attack in a statement on Thursday, saying it had seized weapons and vehicles.")
    assert rec["event_date"] == "2024-06-11"
    assert rec["actor1"] == "JNIM: Group for Support of Islam and Muslims"


def test_a_countrys_air_base_is_its_army():
    rec = only("KYIV, Ukraine - Ukrainian forces struck a Russian air base in the Krasnodar region overnight with "
               "long-range drones, destroying at least two aircraft, a security source said.")
    assert rec["actor2"] == "Military Forces of Russia"


def test_a_rail_station_is_no_police_and_the_gunman_shot_dead_is_counted():
    rec = only("TEL AVIV - A Palestinian gunman opened fire at a light rail station in the Jaffa area of Tel Aviv on "
               "Tuesday evening, killing seven people before being shot dead, police said.")
    assert rec["sub_event_type"] == "Attack" and rec["actor2"] == "Civilians (Israel)"
    assert rec["killed_best"] == 8


def test_rival_gangs_are_armed_sides():
    rec = only("TEGUCIGALPA, Honduras - Inmates at a women's prison outside the capital killed 46 fellow prisoners on "
               "Tuesday, shooting some and burning others alive in a clash between rival gangs, officials said.")
    assert rec["actor1"] == rec["actor2"] == "Unidentified Armed Group (Honduras)" and rec["killed_best"] == 46


def test_the_police_who_met_a_riot_are_its_other_side():
    rec = only("NAIROBI, Kenya - Police fired tear gas at protesters in Nairobi on Tuesday as demonstrations against "
               "tax increases turned violent, a rights group said.")
    assert rec["sub_event_type"] == "Violent demonstration" and rec["actor2"] == "Police Forces of Kenya"


def test_a_gendarme_killed_is_counted():
    rec = only("ABIDJAN - Unidentified gunmen killed a gendarme and a customs officer in an attack on a border post "
               "in northern Ivory Coast on Sunday night, the army said.")
    assert rec["killed_best"] == 2


def test_soldiers_gathering_outside_a_palace_are_no_protest():
    recs = records("LA PAZ, Bolivia - Soldiers and armoured vehicles gathered outside the presidential palace in La "
                   "Paz on Wednesday in what the president called an attempted coup, before withdrawing hours later.")
    assert not any((r["sub_event_type"] or "").endswith("protest") for r in recs)


def test_police_storming_a_building_to_arrest_someone_is_the_arrest():
    rec = only("TUNIS - Police in Tunisia arrested a prominent lawyer and critic of the president on Saturday night "
               "after storming the bar association's headquarters in Tunis, the association said.")
    assert rec["sub_event_type"] == "Arrests" and rec["location"] == "Tunis"


def test_an_army_that_repelled_an_attack_fought_the_attackers_and_civilians_hit_by_stray_bullets_add():
    rec = only("OUAGADOUGOU, Burkina Faso - The army said on Monday it had repelled an assault on a military base in "
               "the northern town of Djibo and killed dozens of assailants. Residents said several civilians were "
               "killed by stray bullets.")
    assert rec["actor2"] == "Unidentified Armed Group (Burkina Faso)" and rec["killed_best"] > 12


def test_settlers_setting_fire_and_killing_is_one_attack_where_the_fire_was():
    rec = only("JERUSALEM - Jewish settlers set fire to homes and cars in the Palestinian village of Al-Mughayyir "
               "near Ramallah on Saturday, killing one Palestinian and wounding 25 others, the health ministry said. "
               "The Israeli military said troops were sent to the village to disperse the clashes.")
    assert rec["sub_event_type"] == "Attack" and rec["actor1"] == "Settlers (Israel)"
    assert rec["location"] == "Al Mughayyir" and rec["killed_best"] == 1 and rec["injured_best"] == 25


def test_a_port_city_and_the_capital_struck_are_two_places():
    recs = typed("SANAA, Yemen - U.S. and British warplanes struck Houthi targets in the port city of Hodeidah and "
                 "the capital Sanaa on Saturday, the Houthi-run television said.")
    assert sorted(r["admin1"] for r in recs) == ["Al Hudaydah", "Amanat al 'Asimah"]


def test_a_teenager_shot_who_has_died_is_counted_on_the_day_he_was_shot():
    rec = typed("ODESSA, Texas - A 17-year-old shot in a fight over a bicycle on Sunday has died, the county "
                "coroner said on Tuesday.", published="2018-02-28")[0]
    assert rec["killed_best"] == 1 and rec["event_date"] == "2018-02-25"


# --- part three --------------------------------------------------------------------------------

def test_a_court_ruling_a_riot_answered_does_not_make_the_riot_background():
    rec = only("DAKAR, Senegal - Security forces fired tear gas at opposition supporters who burned tyres and threw "
               "stones in Dakar on Friday, after a court sentenced the opposition leader to two years in prison, "
               "witnesses said.")
    assert rec["sub_event_type"] == "Violent demonstration" and rec["actor2"] == "Military Forces of Senegal"


def test_fighters_loyal_to_a_leader_after_soldiers_are_his_and_the_soldiers_the_army():
    rec = only("JUBA - Clashes between soldiers and fighters loyal to First Vice President Riek Machar in the town "
               "of Nasir in Upper Nile state killed at least 27 people over the weekend, a local official said.")
    assert {rec["actor1"], rec["actor2"]} == {"Military Forces of South Sudan", "SPLM/A-In Opposition"}


def test_people_detained_for_plotting_protests_is_an_arrest_on_the_statements_day():
    recs = records("CHISINAU - Police in Moldova detained 12 people suspected of planning to disrupt Sunday's "
                   "presidential election with paid protests, the national police chief said on Friday.")
    arrests = [r for r in recs if r["sub_event_type"] == "Arrests"]
    assert arrests and arrests[0]["arrested_best"] == 12 and arrests[0]["event_date"] == "2024-06-14"


# --- part four ---------------------------------------------------------------------------------

def test_a_killing_with_machetes_is_headed_by_its_verb():
    rec = only("BENI, Congo - ADF rebels killed at least 18 people with machetes in the village of Mayikengo in "
               "North Kivu's Lubero territory overnight Tuesday, local officials said.")
    assert rec["actor1"] == "ADF: Allied Democratic Forces" and rec["event_date"] == "2024-06-11"


def test_the_supporters_who_gathered_are_the_crowd_not_the_man_they_back():
    rec = only("LAHORE, Pakistan - Police used batons and tear gas to disperse hundreds of supporters of jailed "
               "former prime minister Imran Khan who gathered outside a court in Lahore on Saturday, and arrested at "
               "least 40 of them, party officials said.")
    assert rec["actor1"] == "Protesters (Pakistan)" and rec["arrested_best"] == 40


def test_a_headquarters_captured_is_no_person_taken():
    rec = only("NAYPYITAW, Myanmar - The Arakan Army said on Monday it had captured the headquarters of the "
               "military's Western Command in the town of Ann in Rakhine state after weeks of fighting.")
    assert rec["sub_event_type"] == "Non-state actor overtakes territory" and rec["arrested_best"] is None


def test_each_sides_word_for_the_same_dead_is_one_figure():
    rec = only("ALEPPO, Syria - Turkish drones struck a car carrying members of the Kurdish-led Syrian Democratic "
               "Forces near the town of Qamishli on Thursday, killing three fighters, an SDF spokesman said. "
               "Turkey's defence ministry said it had neutralised three PKK/YPG terrorists.")
    assert rec["killed_best"] == 3


# --- part five ---------------------------------------------------------------------------------

def test_a_court_that_flogs_people_did_it():
    rec = only("KANDAHAR, Afghanistan - A Taliban court publicly flogged 12 people, including three women, in a "
               "sports stadium in Kandahar on Tuesday for theft, the supreme court said.")
    assert rec["sub_event_type"] == "Attack" and rec["actor1"] == "Taliban"


def test_a_former_rebel_commander_is_a_civilian():
    rec = only("DAMASCUS - Unknown gunmen shot dead a former rebel commander as he left a mosque in the town of Nawa "
               "in Daraa province on Friday, a war monitor said.")
    assert rec["sub_event_type"] == "Attack" and rec["actor2"] == "Civilians (Syria)"


def test_its_forces_in_a_state_militarys_statement_are_its_own():
    rec = only("RAMALLAH, West Bank - Israeli forces killed five Palestinians in a raid on the Nur Shams refugee camp "
               "near Tulkarm on Thursday, the health ministry said. The Israeli military said its forces had killed "
               "militants who opened fire on troops.")
    assert rec["actor1"] == "Military Forces of Israel" and rec["killed_best"] == 5


def test_a_short_dateline_town_in_capitals_and_the_ends_of_a_road():
    rec = only("GAO, Mali - Suspected jihadists blew up a bridge on the road linking Gao and Ansongo on Sunday, "
               "cutting a key supply route, local officials said.")
    assert rec["location"] == "Gao" and rec["country"] == "Mali"


def test_security_forces_killing_people_at_a_protest_is_excessive_force():
    rec = only("LUBUMBASHI, Congo - Security forces killed at least 50 people, mostly followers of a religious sect, "
               "when they opened fire on a protest in the eastern city of Goma on Wednesday, the UN said.")
    assert rec["sub_event_type"] == "Excessive force against protesters" and rec["killed_best"] == 50


def test_the_gunman_who_fled_and_was_arrested_is_the_one_arrested():
    recs = typed("HOUSTON - A sheriff's deputy was shot and killed during a traffic stop in northwest Harris County "
                 "on Friday afternoon, the sheriff said. The gunman fled on foot and was arrested hours later.")
    held = [r for r in recs if r["arrested_best"]]
    assert held and held[0]["sub_event_type"] == "Arrests"
    assert held[0]["actor1"] == "Police Forces of the United States"


def test_a_street_is_no_place_name():
    recs = typed("MILWAUKEE - A man was shot and killed Tuesday night near North 35th Street and West Center Street, "
                 "police said.")
    assert recs[0]["location"] == "Milwaukee"


def test_the_suburb_of_a_city_and_an_earlier_killing_told_with_its_own_day():
    recs = typed("PARIS - French police fired tear gas at rioters in the Paris suburb of Nanterre for a third night "
                 "on Thursday, after officers shot dead a 17-year-old driver during a traffic stop on Tuesday.")
    riot = next(r for r in recs if r["sub_event_type"] == "Violent demonstration")
    assert riot["location"] == "Nanterre" and riot["event_date"] == "2024-06-13" and not riot["killed_best"]
    assert any(r["event_date"] == "2024-06-11" and r["killed_best"] == 1 for r in recs)


# --- part six ----------------------------------------------------------------------------------

def test_a_social_leader_shot_dead_is_a_civilian():
    rec = only("BOGOTA - Gunmen on a motorcycle shot dead a social leader in front of his home in the town of Tumaco "
               "in Narino department on Tuesday night, local authorities said. He was the 80th social leader killed "
               "in Colombia this year, according to a think tank.")
    assert rec["sub_event_type"] == "Attack" and rec["actor2"] == "Civilians (Colombia)"


def test_strikes_blamed_on_a_group_named_after_an_adjective():
    rec = only("KHARTOUM - Drone strikes blamed on the paramilitary Rapid Support Forces hit a power station and an "
               "airport in the northern city of Merowe on Sunday, the electricity company said.")
    assert rec["actor1"] == "RSF: Rapid Support Forces" and rec["location"] == "Merowe"


def test_a_policeman_killed_when_gunmen_attacked_a_vaccination_team():
    rec = only("KARACHI, Pakistan - A policeman was killed and two others were hurt when unidentified gunmen "
               "attacked a polio vaccination team in the Orangi Town area of Karachi on Tuesday, police said.")
    assert rec["actor2"] == "Police Forces of Pakistan" and rec["killed_best"] == 1 and rec["injured_best"] == 2


def test_the_southern_transitional_council_is_a_side_of_its_own():
    rec = only("ADEN - Clashes between Southern Transitional Council forces and government troops in the southern "
               "province of Abyan killed 12 fighters on Thursday, local officials said.")
    assert {rec["actor1"], rec["actor2"]} == {"STC: Southern Transitional Council", "Military Forces of Yemen"}


def test_the_troops_that_withdrew_from_a_town_are_of_the_country_it_lies_in():
    rec = only("KIGALI - Rwanda-backed M23 rebels captured the town of Masisi in eastern Congo on Saturday after "
               "government troops and allied militias withdrew, residents said.")
    assert rec["actor2"] == "Military Forces of the Democratic Republic of Congo"


def test_an_earthquake_that_struck_attacks_no_one():
    assert records("HERAT, Afghanistan - An earthquake of magnitude 6.3 struck western Afghanistan on Saturday, killing "
                   "more than 1,000 people in Herat province, the Taliban government said.") == []


def test_the_attackers_own_higher_figure_is_the_same_fight():
    rec = only("MOGADISHU - Al Shabaab fighters overran a military base in the central Somali town of Mahas early on "
               "Friday after detonating two car bombs at its gate, killing at least 10 soldiers, a military officer "
               "said. The group said it had killed 35 soldiers.")
    assert rec["killed_best"] == 10 and rec["killed_high"] == 35


def test_a_killing_journalists_reported_on_is_no_incident_of_the_report():
    rec = only("BUJUMBURA, Burundi - Police in Burundi arrested five journalists in the capital on Tuesday after "
               "they reported on the killing of civilians by soldiers in the northwest, their employer said.")
    assert rec["sub_event_type"] == "Arrests" and rec["arrested_best"] == 5


def test_drones_launched_are_their_launchers():
    rec = only("KYIV - Russian forces launched 90 drones and missiles at Ukraine overnight, targeting energy "
               "facilities in several regions, Ukraine's air force said. Two people were killed in the Lviv region.")
    assert rec["actor1"] == "Military Forces of Russia" and rec["killed_best"] == 2


def test_one_mans_multiple_wounds_are_no_series_of_incidents():
    recs = typed("CHICAGO - A 45-year-old man died on Friday evening, hours after suffering several gunshot wounds "
                 "outside a store in Roseland, police said.", published="2014-01-06")
    assert len(recs) == 1 and recs[0]["killed_best"] == 1 and recs[0]["event_date"] == "2014-01-03"


def test_a_convoy_of_humanitarian_trucks_is_civilian():
    rec = only("JUBA - Gunmen ambushed a convoy of humanitarian trucks on the Juba-Nimule road on Tuesday, killing two "
               "drivers and looting food supplies, the World Food Programme said.")
    assert rec["sub_event_type"] == "Attack" and rec["actor2"] == "Civilians (South Sudan)"


def test_a_grenade_at_a_judges_home_is_no_court_background():
    rec = only("BAGHDAD - Unknown assailants threw a hand grenade at the home of a judge in the southern city of "
               "Basra late on Tuesday, causing damage but no casualties, police said.")
    assert rec["sub_event_type"] == "Grenade" and rec["killed_best"] == 0


def test_people_who_tried_to_hold_a_protest_were_met_by_the_police_that_detained_them():
    rec = only("ALGIERS - Police in Algeria detained dozens of people who tried to hold a protest in the capital on "
               "Friday, defying a ban on demonstrations, a rights group said.")
    assert rec["actor1"] == "Protesters (Algeria)" and rec["actor2"] == "Police Forces of Algeria"
