"""Bugs found by reading a fifth round of reports written in our own words (Cameroon, Pakistan,
Lebanon, Ecuador, Sudan, Ethiopia, Ukraine, Kashmir, Haiti, Myanmar, Bangladesh, Gaza, Colombia,
Afghanistan, Nigeria, Venezuela, Syria): victims parsed as the speaker's subject, a ceremony read
as a protest, the two sides of a clash named as its subjects or its dead, a rescue read as a
concession or a recapture, "No group" read as a group, a counted people's name ("18 Palestinians")
not counted. No dataset text."""

from __future__ import annotations

from qa_wire import helpers

PUB = "2026-12-03"  # a Thursday

run, records, typed, only = helpers(PUB)


def test_victims_parsed_as_the_speakers_subject_are_counted_and_a_ceremony_is_no_protest():
    rec = only("YANGON - Myanmar's military junta carried out air strikes on a village in Sagaing region on "
               "Wednesday, killing at least 40 people who had gathered for a ceremony to open a local office of "
               "the opposition movement, witnesses and a local official said.")
    assert rec["sub_event_type"] == "Air/drone strike"
    assert rec["killed_best"] == 40 and rec["killed_low"] == 40
    assert rec["event_date"] == "2026-12-02"
    assert not [r for r in records("YANGON - Myanmar's military junta carried out air strikes on a village in "
                                   "Sagaing region on Wednesday, killing at least 40 people who had gathered for "
                                   "a ceremony to open a local office of the opposition movement, witnesses and "
                                   "a local official said.") if r["status"] == "planned"]


def test_the_two_subjects_of_a_clash_are_its_sides_and_a_first_toll_joins_it():
    rec = only("ADDIS ABABA - Fano militiamen and federal troops clashed in the town of Debre Tabor in Ethiopia's "
               "Amhara region on Saturday, residents said. A hospital official said 14 bodies had been brought in, "
               "and at least 30 wounded people were being treated.")
    assert rec["sub_event_type"] == "Armed clash"
    assert {rec["actor1"], rec["actor2"]} == {"Fano Militia", "Military Forces of Ethiopia"}
    assert (rec["killed_best"], rec["injured_best"]) == (14, 30)
    assert rec["location"] == "Debre Tabor"


def test_the_dead_of_both_sides_of_a_gunfight_name_the_sides():
    rec = only("SRINAGAR - Two suspected militants and an army soldier were killed in a gunfight in Kashmir's "
               "Kupwara district on Monday, police said.")
    assert (rec["actor1"], rec["actor2"]) == ("Military Forces of India", "Unidentified Armed Group (India)")
    assert rec["killed_best"] == 3


def test_a_commander_and_his_driver_make_the_target_his_group_and_rockets_lend_their_verb():
    recs = typed("BEIRUT - An Israeli drone strike on a car in the southern Lebanese town of Nabatieh killed a "
                 "senior Hezbollah field commander and his driver on Sunday, a security source said. Hezbollah later "
                 "fired dozens of rockets at military positions in northern Israel, the Israeli army said.")
    assert len(recs) == 2
    strike, rockets = recs
    assert (strike["actor1"], strike["actor2"], strike["killed_best"]) == ("Military Forces of Israel", "Hezbollah", 2)
    assert (rockets["actor1"], rockets["actor2"]) == ("Hezbollah", "Military Forces of Israel")
    assert rockets["country"] == "Israel"


def test_a_named_camp_is_of_civilians_and_a_displacement_camp_is_no_event():
    recs = typed("KHARTOUM - The paramilitary Rapid Support Forces shelled a displacement camp near El Fasher in North "
                 "Darfur for a second day on Monday, killing at least nine people, including three children, the "
                 "camp's coordination committee said. Last month, the RSF attacked the nearby Zamzam camp, killing "
                 "more than 100 people.")
    assert [r["sub_event_type"] for r in recs] == ["Shelling/artillery/missile attack", "Attack"]
    assert all(r["actor2"] == "Civilians (Sudan)" for r in recs)
    assert recs[1]["killed_best"] == 100 and recs[1]["event_date"].startswith("2026-11")


def test_forces_freeing_captives_is_a_rescue_not_a_concession_nor_territory():
    recs = records("BAMENDA, Cameroon - Separatist fighters abducted 11 pupils and two teachers from a secondary "
                   "school in Cameroon's North-West region on Tuesday, the regional governor said. Security forces "
                   "later freed four of the children near the town of Kumbo, he added.")
    assert len(recs) == 1, recs
    assert recs[0]["sub_event_type"] == "Abduction/forced disappearance"
    assert recs[0]["abducted_best"] == 13


def test_a_train_attacked_and_its_passengers_taken_is_an_abduction_and_rescuers_fight():
    recs = typed("QUETTA - Separatist militants attacked a passenger train in Pakistan's Balochistan province on "
                 "Tuesday and took dozens of passengers hostage, railway officials said. Security forces freed 104 "
                 "hostages in an operation that lasted until Wednesday, killing 16 militants, the army said.")
    assert [r["sub_event_type"] for r in recs] == ["Abduction/forced disappearance", "Armed clash"]
    assert recs[0]["abducted_best"] == 12  # "dozens": ACLED's 12
    assert recs[1]["actor1"] == "Military Forces of Pakistan" and recs[1]["killed_best"] == 16
    assert not [r for r in records("QUETTA - Security forces freed 104 hostages on Wednesday, the army said.")
                if r["plover_type"] in ("CONCEDE", "AGREE")]


def test_opposition_leaders_who_will_rally_are_no_armed_group():
    recs = records("TBILISI - Georgian riot police used water cannon to disperse thousands of protesters outside "
                   "parliament in Tbilisi overnight, arresting 43 people, the interior ministry said on Saturday. "
                   "Opposition leaders said they would rally again on Saturday evening.")
    # (a plan told in reported speech with its day to come is planned since QA round forty-seven)
    rally = [r for r in recs if r["status"] in ("hypothetical", "planned")]
    assert rally and rally[0]["actor1"] == "Protesters (Georgia)"


def test_flight_after_an_attack_is_part_of_it_and_a_possessed_unit_contains_the_town():
    rec = only("PORT-AU-PRINCE - Gang members set fire to dozens of homes and killed at least 70 people in an attack "
               "on the town of Pont-Sonde in Haiti's Artibonite department on Thursday, the United Nations said. "
               "Around 6,270 people fled the town, the UN's migration agency added.")
    assert (rec["location"], rec["admin1"], rec["killed_best"]) == ("Pont-Sonde", "Artibonite", 70)
    assert len(records("PORT-AU-PRINCE - Gang members killed at least 70 people in an attack on the town of "
                       "Pont-Sonde on Thursday, the United Nations said. Around 6,270 people fled the town, "
                       "the UN's migration agency added.")) == 1


def test_a_riot_between_two_gangs_is_their_armed_clash():
    # (was mob violence with rioters on both sides until QA round nineteen: rival gangs are armed
    # groups, as ACLED codes gangs, so their fight is an armed clash between unnamed groups)
    rec = only("QUITO - At least 31 inmates were killed in a riot between rival gangs at the Litoral penitentiary in "
               "the port city of Guayaquil, Ecuador's prison authority said on Wednesday.")
    assert (rec["sub_event_type"], rec["killed_best"]) == ("Armed clash", 31)
    assert rec["actor1"] == rec["actor2"] == "Unidentified Armed Group (Ecuador)"


def test_a_counted_people_name_is_counted_and_a_named_refugee_camp_places_the_strike():
    rec = only("GAZA - Israeli air strikes on two homes in the Nuseirat refugee camp in central Gaza killed 18 "
               "Palestinians overnight, including eight children, medics said on Tuesday. The Israeli military "
               "said it struck Hamas militants and would look into the reports.")
    assert rec["killed_best"] == 18
    assert rec["admin1"] == "Deir El Balah"
    assert rec["sub_event_type"] == "Air/drone strike"


def test_a_crowd_met_by_force_that_threw_bricks_is_one_riot_with_both_sides_hurt():
    rec = only("DHAKA - Police fired rubber bullets and tear gas at garment workers demanding unpaid wages in the "
               "Ashulia industrial belt outside Dhaka on Monday, injuring at least 25 workers, union leaders said. "
               "Police said 12 officers were hurt when workers threw bricks.")
    assert rec["sub_event_type"] == "Violent demonstration"
    assert (rec["actor1"], rec["actor2"]) == ("Rioters (Bangladesh)", "Police Forces of Bangladesh")
    assert rec["injured_best"] == 37


def test_dissidents_of_a_group_are_that_group_and_no_group_is_nobody():
    rec = only("BOGOTA - Dissidents of the former FARC rebel group killed two police officers in an ambush in "
               "Cauca province on Wednesday, the defence ministry said.")
    assert rec["actor1"] == "FARC Dissidents"
    rec = only("KABUL - A suicide bomber blew himself up at the gate of a ministry in Kabul on Monday, killing one "
               "guard, police said. No group immediately claimed the attack, but Islamic State has carried out "
               "similar bombings in the capital.")
    assert rec["actor1"] == "Unidentified Armed Group (Afghanistan)"


def test_the_kidnappers_told_again_are_no_second_abduction_and_a_priest_is_a_civilian():
    recs = records("ABUJA - Gunmen abducted a Catholic priest from his residence in Kaduna state late on Wednesday, "
                   "the diocese said. A church spokesman said the kidnappers had not yet contacted the church.")
    assert len(recs) == 1, recs
    assert recs[0]["actor2"] == "Civilians (Nigeria)"


def test_an_arrest_before_a_planned_march_stays_an_arrest():
    rec = only("CARACAS - Venezuelan security forces detained opposition campaign manager Luis Perez at his home in "
               "Caracas on Thursday, his party said, two days before a planned march against the government.")
    assert rec["sub_event_type"] == "Arrests"
    assert rec["actor1"] is not None


def test_repelled_attacks_name_the_other_side():
    rec = only("KYIV - Ukraine's military said on Friday it had repelled 11 Russian attacks near Kupiansk.")
    assert (rec["actor1"], rec["actor2"]) == ("Military Forces of Ukraine", "Military Forces of Russia")


def test_backed_and_led_forces_named_whole_and_a_river_is_not_the_place():
    recs = typed("ALEPPO, Syria - Turkish-backed factions and Kurdish-led forces fought for control of a dam on "
                 "the Euphrates east of Aleppo on Tuesday, a war monitor said, reporting 15 fighters killed on both "
                 "sides. A Turkish drone strike hit a vehicle near Kobani, killing two Kurdish fighters, the monitor "
                 "added.")
    clash, strike = recs
    assert (clash["actor1"], clash["actor2"]) == ("Syrian National Army", "SDF: Syrian Democratic Forces")
    assert clash["location"] == "Aleppo"
    assert strike["actor2"] == "SDF: Syrian Democratic Forces"


def test_armed_robbers_are_an_armed_group_and_a_named_army_patrol_stays_the_army():
    rec = only("LAGOS - Armed robbers killed a police officer and two bystanders during an attack on a bank in Ondo "
               "state on Tuesday afternoon, police said.")
    assert rec["actor1"] == "Unidentified Armed Group (Nigeria)" and rec["killed_best"] == 3
    rec = only("BAGHDAD - A roadside bomb struck an Iraqi army patrol in Diyala province on Saturday night, killing "
               "an officer and two soldiers, security sources said.")
    assert rec["actor2"] == "Military Forces of Iraq"


def test_where_the_police_are_is_not_where_they_fired():
    rec = only("KATHMANDU - Police in Nepal shot dead two protesters and wounded 30 others when demonstrators "
               "demanding the return of the monarchy tried to storm a barricade in Kathmandu on Friday, police said.")
    assert (rec["location"], rec["killed_best"], rec["injured_best"]) == ("Kathmandu", 2, 30)


def test_weapons_recovered_after_the_firefight_are_part_of_it():
    rec = only("MANILA - Communist rebels ambushed a military patrol in the southern province of Bukidnon on Monday, "
               "killing one soldier and wounding three, the army said. Troops recovered two rifles after a "
               "20-minute firefight.")
    assert (rec["actor1"], rec["actor2"]) == ("NPA: New People's Army", "Military Forces of the Philippines")


def test_attackers_armed_with_explosives_at_a_gold_mine_make_no_bombing():
    rec = only("LIMA - Illegal miners armed with explosives attacked a gold mine in the La Libertad region on "
               "Saturday, killing 13 security guards, police said.")
    assert rec["event_type"] != "Explosions/Remote violence"
    assert rec["actor1"] == "Unidentified Armed Group (Peru)" and rec["killed_best"] == 13


def test_the_end_of_a_groups_name_is_no_place_and_the_base_town_places_the_attack():
    rec = only("MAIDUGURI, Nigeria - Nigerian troops repelled an attack by Islamic State West Africa Province "
               "fighters on a military base in Marte on Saturday night, killing 21 insurgents, the army said on "
               "Monday.")
    assert (rec["location"], rec["admin1"]) == ("Marte", "Borno")
    # (the attackers who were repelled began the fight: actor1 since QA round twenty-three)
    assert (rec["actor1"], rec["actor2"]) == ("Islamic State West Africa Province", "Military Forces of Nigeria")


def test_a_truce_agreed_starting_on_monday_is_dated_by_the_agreement():
    rec = only("KHARTOUM - The Sudanese army and the Rapid Support Forces agreed to a seven-day humanitarian truce "
               "starting on Monday, mediators said on Saturday.")
    assert rec["sub_event_type"] == "Agreement"
    assert rec["event_date"] == "2026-11-28"
    times = {t.text: str(t.value) for t in run(
        "KHARTOUM - The two sides agreed to a truce starting on Monday, mediators said on Saturday.").doc._.dl_times}
    assert times["Monday"] == "2026-11-30"  # after the statement it was agreed by


def test_clashes_between_two_communities_are_a_communal_riot_with_its_toll():
    recs = typed("NEW DELHI - Police arrested 14 people after clashes between two communities during a religious "
                 "procession in Nuh district of Haryana on Monday evening, officials said. At least six people were "
                 "injured, including two policemen, and several vehicles were set on fire.")
    assert [r["sub_event_type"] for r in recs] == ["Arrests", "Mob violence"]
    riot = recs[1]
    assert (riot["actor1"], riot["actor2"], riot["injured_best"]) == ("Rioters (India)", "Rioters (India)", 6)


def test_a_houston_area_church_is_in_houston_texas():
    rec = only("HOUSTON - A man opened fire at a Houston-area church on Sunday afternoon, wounding a 57-year-old "
               "man and a 7-year-old boy, police said.")
    assert (rec["location"], rec["admin1"]) == ("Houston", "Texas")


def test_a_captured_village_is_no_civilian_target():
    rec = only("KYIV - Russian troops captured the village of Novoselivka in the Donetsk region, Russia's defence "
               "ministry said on Sunday.")
    # (round sixteen: the ground a foreign force took was the host state's forces', none civilians;
    # ACLED codes a foreign force's capture as it codes a non-state actor's)
    assert rec["actor1"] == "Military Forces of Russia" and rec["actor2"] == "Military Forces of Ukraine"
    assert rec["sub_event_type"] == "Non-state actor overtakes territory"
    assert rec["location"] == "Novoselivka"


def test_one_more_of_another_group_told_with_also_is_added():
    rec = only("SAO PAULO - Brazilian police killed 28 people in a raid against drug traffickers in Rio de Janeiro's "
               "Jacarezinho favela on Thursday, authorities said. One police officer was also killed.")
    assert rec["killed_best"] == 29


def test_the_citys_east_side_is_a_part_of_the_dateline_town():
    rec = only("CLEVELAND - A man was shot in the arm during an argument over a parking space on the city's East "
               "Side Thursday, police said.")
    assert (rec["country"], rec["admin1"], rec["geo_precision"]) == ("United States", "Ohio", 2)


def test_a_neighbourhood_named_after_a_far_town_is_the_dateline_towns():
    rec = [r for r in typed("MEMPHIS - A man was charged Thursday with first-degree murder in the Oct. 12 shooting "
                            "death of a 24-year-old woman in Orange Mound, police said.")
           if r["sub_event_type"] == "Attack"][0]
    assert (rec["location"], rec["admin1"]) == ("Orange Mound", "Tennessee")
    assert rec["event_date"] == "2026-10-12"  # the day of the shooting death, not of the charge


def test_an_expressway_named_after_a_town_is_not_the_town():
    rec = only("JACKSONVILLE, Fla. - A woman was found shot to death inside a car parked on the Arlington "
               "Expressway early Friday, the sheriff's office said.")
    assert (rec["location"], rec["admin1"]) == ("Jacksonville", "Florida")


def test_a_gun_he_found_is_no_seizure_and_a_man_who_opened_fire_fought():
    assert len(records("MILWAUKEE - An 8-year-old girl was accidentally shot by her 12-year-old brother with a "
                       "handgun he found in their parents' bedroom Sunday afternoon, police said.")) == 1
    rec = only("ST. LOUIS - Police shot and killed a man who opened fire on officers during a traffic stop in north "
               "St. Louis on Wednesday night, authorities said. One officer was struck in the leg.")
    assert rec["sub_event_type"] == "Armed clash"
    assert (rec["actor1"], rec["actor2"]) == ("Police Forces of the United States",
                                              "Unidentified Armed Group (United States)")


def test_the_shooter_of_a_murder_suicide_is_among_the_dead():
    for text in ("DAYTON, Ohio - A man shot and killed his estranged wife and her mother before turning the gun on "
                 "himself at a home in Huber Heights late Tuesday, police said.",
                 "DAYTON, Ohio - A man shot and killed his estranged wife and her mother at a home in Huber Heights "
                 "late Tuesday before killing himself, police said."):
        assert only(text)["killed_best"] == 3
    rec = only("CLINTON - A man shot himself in the face after a domestic dispute late Sunday, police said. He was "
               "taken to a hospital in critical condition.")
    assert (rec["killed_best"] or 0) == 0 and rec["injured_best"] == 1


def test_a_passer_by_is_counted_and_the_third_attack_is_the_one_told():
    rec = only("PESHAWAR, Pakistan - A bomb hidden in a motorcycle exploded near a police van in the northwestern "
               "city of Peshawar on Tuesday, killing two policemen and a passer-by and wounding nine others, "
               "officials said. It was the third attack on police in the province this month.")
    assert (rec["killed_best"], rec["injured_best"]) == (3, 9)


def test_the_toll_of_an_anniversarys_explosion_is_not_the_rallys():
    rec = only("BEIRUT - Thousands of people rallied in central Beirut on Saturday to mark the fifth anniversary of "
               "the port explosion that killed more than 220 people, demanding justice for the victims.")
    assert rec["sub_event_type"] == "Peaceful protest"
    assert rec["killed_best"] is None


def test_missiles_shot_down_are_the_strikes_own_and_hurt_no_one():
    rec = only("DAMASCUS - Israeli warplanes struck a weapons depot near the Syrian city of Homs early on Monday, "
               "the Syrian army said, adding that air defences had shot down some of the missiles. A war monitor "
               "said five soldiers were killed.")
    assert (rec["killed_best"], rec["injured_best"]) == (5, None)


def test_a_killing_told_before_its_when_clause_bomb_names_both_sides():
    rec = only("NAIROBI - Al Shabaab militants killed seven Kenyan police officers when their vehicle hit a roadside "
               "bomb in Garissa county near the Somali border on Monday, police said.")
    assert (rec["actor1"], rec["actor2"], rec["killed_best"]) == ("al-Shabaab", "Police Forces of Kenya", 7)


def test_an_attack_blamed_on_a_group_is_that_groups():
    rec = only("BOGOTA - A car bomb exploded outside a military base in the city of Cali on Tuesday, killing two "
               "people and injuring 20, officials said. President Gustavo Petro blamed the attack on dissidents of "
               "the former FARC guerrilla group.")
    assert rec["actor1"] == "FARC Dissidents"


def test_a_verb_trigger_keeps_its_own_attacker_in_a_when_clause():
    rec = only("KIRKUK, Iraq - Two Iraqi soldiers were killed and three wounded when Islamic State militants "
               "attacked an army post south of Kirkuk late on Sunday, a military statement said.")
    assert (rec["actor1"], rec["actor2"]) == ("Islamic State (Iraq)", "Military Forces of Iraq")
    assert (rec["killed_best"], rec["injured_best"]) == (2, 3)


def test_foreign_nationals_killed_in_an_attack_on_a_vehicle_are_its_target():
    rec = only("KARACHI - Gunmen killed two Chinese nationals and wounded a third in an attack on a vehicle near "
               "Karachi airport on Sunday night, police said. The Balochistan Liberation Army claimed "
               "responsibility in a statement.")
    assert rec["actor2"] == "Civilians (China)"
    assert (rec["killed_best"], rec["injured_best"]) == (2, 1)


def test_a_two_letter_dateline_and_police_hurt_in_clashes_with_protesters():
    recs = typed("LA PAZ - Supporters of former president Evo Morales blocked major highways in central Bolivia on "
                 "Monday. Police said 16 officers had been injured in clashes with protesters over the weekend.")
    assert all(r["country"] == "Bolivia" for r in recs)
    riot = [r for r in recs if r["event_type"] == "Riots"]
    assert riot and riot[0]["injured_best"] == 16 and riot[0]["actor1"] == "Rioters (Bolivia)"


def test_repeated_clashes_a_region_has_seen_are_no_event():
    recs = typed("ABUJA - Suspected herders killed at least 50 villagers in overnight attacks on several communities "
                 "in Plateau state, a local official said on Monday. Plateau has seen repeated clashes between "
                 "farmers and herders.")
    assert len(recs) == 1 and recs[0]["killed_best"] == 50


def test_a_teletype_dateline_with_day_month_year_and_a_name_the_model_cut_short():
    from dateline.nlp.header import parse_header

    h = parse_header("TEGUCIGALPA, 9 FEB 90 (ACAN-EFE) -- [TEXT] UNIDENTIFIED MEN KIDNAPPED A BUSINESSMAN")
    assert (h.place_text, h.agency) == ("Tegucigalpa", "ACAN-EFE")
    assert parse_header("LIMA, 22 JUN 89 (AFP) -- [TEXT] X").place_text == "Lima"
    assert parse_header("KABUL, March 5, 2020 (Reuters) - X").place_text == "Kabul"
    rec = only("TEGUCIGALPA, 9 FEB 90 (ACAN-EFE) -- [TEXT] UNIDENTIFIED INDIVIDUALS KIDNAPPED A U.S. BUSINESSMAN "
               "IN SAN PEDRO SULA ON 7 FEBRUARY AND ARE DEMANDING A RANSOM FOR HIS RELEASE, POLICE REPORTED TODAY.",
               "1990-02-09")
    assert (rec["location"], rec["country"]) == ("San Pedro Sula", "Honduras")
    assert rec["event_date"] == "1990-02-07"
