"""Bugs found by reading a seventeenth round of reports written in our own words (four helpers
wrote about 160 for it: the Middle East and North Africa, Africa south of the Sahara, Asia and
Europe, the Americas and US local shootings). No dataset text."""

from __future__ import annotations

from qa_wire import helpers

PUB = "2025-12-17"  # a Wednesday

run, records, typed, only = helpers(PUB)


# --- later deaths and updated tolls ------------------------------------------------------------

def test_an_ordinal_death_in_the_lead_sets_the_toll():
    rec = only("DENVER - A third person has died after gunfire at a birthday party in Denver over the weekend, "
               "police said Tuesday. Seven people were shot at the party shortly after midnight Saturday. Two men "
               "died at the scene. A 20-year-old woman died Monday at a hospital. The other four are recovering.")
    assert (rec["killed_best"], rec["injured_best"]) == (3, 4)
    assert rec["event_date"] == "2025-12-13"


def test_a_second_victim_has_died():
    rec = only("PHOENIX - A second victim has died from a shooting Friday night outside a bar, police said Tuesday. "
               "Three people were shot as the bar closed. A 40-year-old man died at the scene. A 33-year-old woman "
               "died Sunday.")
    assert (rec["killed_best"], rec["injured_best"]) == (2, 1)


def test_a_third_of_a_group_told_dead_adds_one_to_the_whole_toll():
    rec = only("PESHAWAR, Pakistan - Militants attacked a police post in Lakki Marwat district late on Sunday. Two "
               "policemen and five attackers were killed, police said. A third policeman died of his wounds in "
               "hospital on Monday.")
    assert rec["killed_best"] == 8


def test_one_told_hurt_who_died_later_adds_to_the_dead_not_a_new_attack():
    recs = typed("RAIPUR, India - Two police commandos were killed and one was badly hurt when Maoist rebels set off "
                 "a landmine in the Dantewada district of Chhattisgarh on Sunday, police said. The injured commando "
                 "was flown to Raipur, where he died on Tuesday.")
    assert len(recs) == 1, recs
    rec = recs[0]
    assert (rec["killed_best"], rec["injured_best"]) == (3, 0)
    assert "Dantewada" in rec["admin2"] and rec["event_date"] == "2025-12-14"


def test_the_numbered_policemen_are_a_unit_name_s_number():
    rec = only("RAIPUR, India - Two District Reserve Guard personnel were killed when rebels set off a bomb in the "
               "Bijapur district of Chhattisgarh on Sunday, police said.")
    assert rec["killed_best"] == 2


def test_one_of_the_hurt_who_died_is_not_the_dead_told_before():
    rec = only("BELGOROD, Russia - A Ukrainian drone hit a minibus in the town of Shebekino on Tuesday morning, "
               "killing the driver and injuring six passengers, the regional governor said. One of the injured men "
               "died in hospital that night.")
    assert (rec["killed_best"], rec["injured_best"]) == (2, 5)


def test_a_toll_that_rose_by_a_later_day_is_the_strike_s():
    recs = typed("DNIPRO, Ukraine - A Russian missile struck an apartment block in Dnipro on Sunday afternoon, "
                 "killing three people, officials said. Rescuers found more bodies overnight, and by Monday the death "
                 "toll had risen to eight, with 30 injured. In the Kherson region, Russian shelling killed a man in "
                 "the village of Bilozerka on Monday.")
    strike = next(r for r in recs if r["location"] == "Dnipro")
    assert (strike["killed_best"], strike["injured_best"]) == (8, 30)
    shelling = next(r for r in recs if r["location"] == "Bilozerka")
    assert shelling["killed_best"] == 1


def test_the_third_child_told_hurt_then_dead_is_one_more_dead():
    rec = only("HODEIDAH, Yemen - Two boys were killed and a third was badly hurt when an old landmine blew up as they "
               "grazed goats in the Hays district on Thursday, a local official said. The third boy, aged 11, died of "
               "his wounds on Saturday.")
    assert (rec["killed_best"], rec["injured_best"]) == (3, 0)
    assert rec["event_date"] == "2025-12-11"


def test_a_mine_tally_since_january_is_no_event():
    recs = typed("HODEIDAH, Yemen - A landmine killed a shepherd in the Hays district on Thursday, a local official "
                 "said. Aid groups say mines and unexploded shells have killed or injured 38 people in the province "
                 "since January.")
    assert len(recs) == 1 and recs[0]["killed_best"] == 1


def test_a_truce_in_force_since_a_month_leaves_the_toll_alone():
    rec = only("BEIRUT, Lebanon - An Israeli drone struck a car in southern Lebanon on Monday, killing two Hezbollah "
               "members, the group said, despite a truce in force since November.")
    assert rec["killed_best"] == 2


# --- several incidents in one report ---------------------------------------------------------

def test_a_later_shooting_hours_on_is_another_incident_and_the_lead_their_sum():
    recs = typed("ST. LOUIS - Two people were killed and three others wounded in two separate shootings in St. Louis "
                 "on Monday, police said. In the first, about 3 p.m., officers came upon a 40-year-old man shot in the "
                 "neck on Natural Bridge Avenue. He died at the scene. About six hours later, gunfire on Cherokee "
                 "Street killed a 25-year-old woman and wounded three men.")
    assert len(recs) == 2, recs
    assert sorted((r["killed_best"], r["injured_best"] or 0) for r in recs) == [(1, 0), (1, 3)]


def test_the_sum_of_two_attacks_is_neither_of_them():
    recs = typed("BAQUBAH, Iraq - Islamic State fighters attacked a village in the Muqdadiyah district of Diyala "
                 "province late on Friday, killing three farmers, police said. On Sunday, a roadside bomb hit an army "
                 "patrol near Khanaqin, wounding two soldiers. Together the two attacks left three dead and two "
                 "wounded, according to the provincial police.")
    assert len(recs) == 2, recs
    bomb = next(r for r in recs if r["sub_event_type"] == "Remote explosive/landmine/IED")
    assert (bomb["killed_best"] or 0, bomb["injured_best"]) == (0, 2)


def test_a_river_crossed_is_no_aggregate_and_a_monthly_tally_no_strike_s_toll():
    recs = typed("DNIPRO, Ukraine - Russian artillery shelled the town of Marhanets across the Dnipro River on Friday, "
                 "killing a man, the governor said. On Saturday, a Shahed drone hit a farm in the Pavlohrad district, "
                 "wounding two workers. Since the start of the month, 19 civilians have been killed in the region, he "
                 "added.")
    shelling = next(r for r in recs if r["location"] == "Marhanets")
    assert shelling["killed_best"] == 1
    drone = next(r for r in recs if r["sub_event_type"] == "Air/drone strike")
    assert drone["actor1"] == "Military Forces of Russia" and (drone["killed_best"] or 0) == 0
    assert drone["injured_best"] == 2


def test_gunfire_two_groups_traded_in_the_same_town_is_the_stray_bullet_s_shooting():
    recs = typed("A 68-year-old man was hit by a stray bullet while watching television late Thursday in his home in "
                 "Fresno, police said. Fresno police said two groups of men exchanged gunfire on Olive Avenue about "
                 "11 p.m.")
    assert len(recs) == 1, recs
    assert recs[0]["injured_best"] == 1


# --- status and dates ----------------------------------------------------------------------------

def test_a_claim_the_other_side_denies_is_not_told_as_fact():
    recs = records("KHARTOUM, Sudan - The Rapid Support Forces said on Tuesday they had seized the town of Babanusa in "
                   "West Kordofan, a claim the army denied.")
    taken = [r for r in recs if r["sub_event_type"] == "Non-state actor overtakes territory"]
    assert taken and all(r["status"] != "occurred" for r in taken)


def test_a_claim_denied_after_a_semicolon_is_not_told_as_fact():
    recs = records("ADDIS ABABA, Ethiopia - Fano fighters said they had captured the town of Merawi on Sunday; the "
                   "government denied the claim.")
    assert all(r["status"] != "occurred" for r in recs if r["sub_event_type"])


def test_a_shutdown_called_for_a_weekday_is_the_coming_one():
    recs = records("DHAKA, Bangladesh - The opposition called a nationwide shutdown for Thursday, which the government "
                   "said it would not allow.")
    planned = [r for r in recs if r["sub_event_type"] == "Peaceful protest"]
    assert planned and planned[0]["status"] == "planned" and planned[0]["event_date"] == "2025-12-18"


def test_a_march_called_for_on_a_weekday_is_the_coming_one():
    recs = records("PARIS - The teenager died in hospital on Monday, prompting calls for a silent march on Saturday.")
    march = next(r for r in recs if r["sub_event_type"] == "Peaceful protest")
    assert march["status"] == "planned" and march["event_date"] == "2025-12-20"


# --- types and actors ---------------------------------------------------------------------------

def test_fireworks_hurled_at_police_are_a_riot():
    rec = only("LYON, France - Youths burned 30 cars and hurled fireworks at police in the suburb of Vaulx-en-Velin "
               "overnight into Sunday, officials said. Police fired tear gas and detained 14 people.")
    assert rec["sub_event_type"] == "Violent demonstration" and rec["actor1"] == "Rioters (France)"
    assert rec["arrested_best"] == 14


def test_gunmen_believed_to_belong_to_a_group_are_that_group():
    rec = only("ADDIS ABABA, Ethiopia - Gunmen believed to belong to the Oromo Liberation Army abducted nine "
               "passengers from a bus in the West Shewa zone of Oromia on Thursday, officials said.")
    assert rec["actor1"] == "OLA: Oromo Liberation Army" and rec["abducted_best"] == 9


# --- US local shootings -------------------------------------------------------------------------

def test_a_gun_found_at_a_shooting_is_its_evidence_not_a_seizure():
    recs = typed("KENT, Wash. - A 47-year-old man was wounded by gunfire Saturday afternoon in his driveway after an "
                 "argument with a neighbor, police said. The neighbor was arrested at the scene. Officers said "
                 "a .38-caliber revolver was recovered.")
    assert not any(r["sub_event_type"] == "Disrupted weapons use" for r in recs), recs


def test_one_taken_into_custody_is_one_arrested():
    recs = typed("ATLANTA - A man was shot and wounded outside a bar on Friday night, police said. A 17-year-old boy "
                 "was taken into custody Saturday and charged with aggravated assault.")
    arrest = next(r for r in recs if r["sub_event_type"] == "Arrests")
    assert arrest["arrested_best"] == 1


def test_one_grazed_and_released_the_same_day_is_hurt_in_the_shooting():
    rec = next(r for r in typed(
        "PHILADELPHIA - A 16-year-old boy who was shot in Kensington last week has died, police said Tuesday. The "
        "boy was hit twice in the back on Dec. 9 while walking home from school. He died Monday at a hospital. A "
        "14-year-old girl walking with him was grazed in the arm and was treated and released the same day.")
        if r["sub_event_type"] == "Attack")
    assert (rec["killed_best"], rec["injured_best"], rec["event_date"]) == (1, 1, "2025-12-09")


def test_a_suspect_shot_by_police_after_shooting_at_them_is_one_exchange():
    recs = typed("MESA, Ariz. - A man accused of shooting at police officers during a traffic stop was fatally shot "
                 "by officers late Friday, police said. As an officer walked up to the car, the driver fired a "
                 "handgun, hitting the officer in the arm. Two officers returned fire. The man died at the scene.")
    assert len(recs) == 1, recs
    assert (recs[0]["killed_best"], recs[0]["injured_best"]) == (1, 1)


# --- places ------------------------------------------------------------------------------------

def test_the_first_word_of_an_arabic_camp_s_name_is_no_french_department():
    rec = only("SIDON, Lebanon - Clashes between two armed factions in the Ain al-Hilweh refugee camp killed three "
               "people on Sunday, a camp official said.")
    assert rec["country"] == "Lebanon" and rec["location"] != "Ain"


def test_the_first_word_of_a_sinai_town_s_name_is_no_somali_village():
    rec = only("EL-ARISH, Egypt - A roadside bomb killed two soldiers near Sheikh Zuweid in North Sinai on Tuesday, "
               "security sources said.")
    assert rec["country"] == "Egypt" and rec["admin1"] == "Shamal Sina'"


def test_a_sub_district_named_like_a_foreign_capital_stays_in_the_report_s_country():
    recs = typed("KIRKUK, Iraq - Gunmen killed two shepherds in the Riyadh sub-district of Hawija on Monday, police "
                 "said.")
    assert recs and all(r["country"] == "Iraq" for r in recs)


# --- one fight told from both sides ----------------------------------------------------------------

def test_the_attacked_side_s_toll_of_the_attackers_is_the_same_fight():
    rec = only("N'DJAMENA, Chad - Boko Haram fighters killed six Chadian soldiers in an attack on an army post in "
               "the Lac province late on Sunday, the army said. Soldiers killed 14 of the assailants, an army "
               "spokesman said.")
    assert rec["sub_event_type"] == "Armed clash" and rec["killed_best"] == 20


def test_security_forces_killing_some_of_the_attackers_of_a_police_station_is_that_attack():
    recs = typed("ZAHEDAN, Iran - Militants from the Jaish al-Adl group attacked a police station in the city of "
                 "Saravan before dawn on Saturday, killing four police officers, state media reported. Security "
                 "forces killed two of the attackers after a gunfight, a provincial official said. Jaish al-Adl "
                 "claimed the attack in a statement.")
    fights = [r for r in recs if r["sub_event_type"] in ("Armed clash", "Attack")]
    assert len(fights) == 1 and fights[0]["killed_best"] == 6 and fights[0]["actor1"] == "Jaish al-Adl"


def test_both_sides_figures_inside_the_toll_told_before_are_not_added_to_it():
    recs = typed("JUBA, South Sudan - Clashes between the South Sudan People's Defence Forces (SSPDF) and the SPLA-IO "
                 "in Upper Nile state on Monday left at least 20 people dead, a spokesman for the opposition said. "
                 "The army spokesman said government forces had lost five soldiers and killed 15 rebels.")
    assert len(recs) == 1, recs
    assert recs[0]["actor1"] == "Military Forces of South Sudan" and recs[0]["killed_best"] == 20


def test_the_police_s_account_of_a_protest_they_fired_on_is_that_protest():
    recs = typed("KAMPALA, Uganda - Police fired tear gas and live bullets to disperse opposition supporters in "
                 "Kampala on Monday, killing two people, party officials said. Police spokesman Moses Kato said "
                 "officers had acted in self-defence after protesters hurled stones, and that 30 people were arrested.")
    assert len(recs) == 1, recs
    assert (recs[0]["killed_best"], recs[0]["arrested_best"]) == (2, 30)


def test_a_bureau_dateline_lends_its_country_to_no_village_of_another():
    recs = typed("BANGKOK - Myanmar's military carried out air strikes on a village in the Sagaing region on Monday, "
                 "killing at least 12 civilians, residents said. The jets bombed a monastery in Myinmu township where "
                 "displaced families were sheltering, a local resistance spokesman said.")
    assert all(r["country"] == "Myanmar" for r in recs), recs
    assert not any(r["actor1"] == "Military Forces of Thailand" for r in recs)


def test_a_dateline_with_an_accented_capital_is_a_dateline():
    rec = next(r for r in typed(
        "POPAYÁN, Colombia - A motorcycle bomb exploded near a police station in Jamundí, in Valle del Cauca "
        "province, on Friday, killing a street vendor, authorities said. The army blamed the Jaime Martínez front "
        "of the FARC dissidents.") if r["sub_event_type"] == "Remote explosive/landmine/IED")
    assert rec["location"] == "Jamundi" and rec["actor1"] == "FARC Dissidents"


def test_a_quarter_named_with_the_dateline_s_town_is_no_hamlet_of_another_state():
    rec = only("ATLANTA - A second victim has died from a shooting Friday night outside a restaurant in Midtown, "
               "Atlanta police said Tuesday.")
    assert rec["admin1"] == "Georgia" and rec["killed_best"] == 2


def test_others_wounded_told_next_with_the_blamed_group_are_the_bombing_s():
    recs = typed("RAMADI, Iraq - A suicide bomber blew himself up at an army checkpoint near Rutba in western Anbar "
                 "province late on Sunday, killing four soldiers, security sources said. Six other people were "
                 "wounded, a provincial council member said, blaming Islamic State militants.")
    assert len(recs) == 1, recs
    assert (recs[0]["actor1"], recs[0]["killed_best"], recs[0]["injured_best"]) == ("Islamic State (Iraq)", 4, 6)


def test_a_toll_update_s_hospital_town_is_not_the_bombing_s_place():
    rec = only("RAMADI, Iraq - A roadside bomb struck an army patrol near Haditha in Anbar province late on Sunday, "
               "killing three soldiers, security sources said. The death toll rose to five on Tuesday after two "
               "wounded soldiers died in hospital in Ramadi.")
    assert rec["killed_best"] == 5 and rec["location"] != "Ramadi" and rec["event_date"] == "2025-12-14"


def test_the_driver_who_carried_out_the_attack_is_one_more_dead_of_it():
    recs = typed("MOGADISHU, Somalia - Al Shabaab militants detonated a car bomb at an army checkpoint outside "
                 "Afgooye on Tuesday, killing five soldiers, officials said. Police said the driver of the car, who "
                 "carried out the attack, was also killed.")
    assert len(recs) == 1, recs
    assert recs[0]["killed_best"] == 6 and recs[0]["actor1"] == "al-Shabaab"


def test_a_group_s_own_dead_told_after_with_also_are_added_and_its_history_dates_nothing():
    recs = typed("KINSHASA, Democratic Republic of Congo - Congolese army drones struck positions held by the M23 "
                 "rebel group in Masisi territory of North Kivu on Sunday, killing at least three civilians, local "
                 "officials said. M23, which seized Goma in January, said nine of its fighters were also killed.")
    assert len(recs) == 1, recs
    rec = recs[0]
    assert (rec["killed_best"], rec["event_date"], rec["abducted_best"]) == (12, "2025-12-14", None)
    assert rec["admin1"] == "Nord-Kivu"


def test_a_killing_told_as_part_of_a_campaign_is_the_event_and_a_people_s_word_names_its_country():
    rec = only("KAMPALA, Uganda - The Ugandan army said on Wednesday it had killed 19 ADF rebels in Ituri province "
               "last week, as part of a joint offensive with Congolese forces.")
    assert (rec["actor1"], rec["actor2"]) == ("Military Forces of Uganda", "ADF: Allied Democratic Forces")
    assert rec["killed_best"] == 19 and rec["country"] == "Democratic Republic of Congo"


def test_a_people_s_word_tagged_a_person_still_names_the_forces():
    rec = only("YEREVAN, Armenia - Armenia's defence ministry said Azerbaijani forces fired small arms at Armenian "
               "positions near the village of Khnatsakh in Syunik province on Monday night, wounding one soldier.")
    assert (rec["actor1"], rec["actor2"]) == ("Military Forces of Azerbaijan", "Military Forces of Armenia")


def test_its_soldiers_are_the_speaking_army_s_not_the_group_last_named():
    recs = typed("NABLUS, West Bank - Israeli forces killed two Palestinian gunmen in a drone strike near Tubas on "
                 "Thursday, the military said. Islamic Jihad said the men were its fighters. The Israeli army said "
                 "its soldiers arrested 15 wanted suspects across the West Bank overnight.")
    arrest = next(r for r in recs if r["sub_event_type"] == "Arrests")
    assert arrest["actor1"] == "Military Forces of Israel" and arrest["arrested_best"] == 15
