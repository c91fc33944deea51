"""Bugs found by reading a thirteenth round of reports written in our own words (Peru, Iran,
Ethiopia, Syria, Sudan, Afghanistan, Burundi, Kenya, Gaza, Ukraine, Congo, Nepal, Haiti, Honduras,
Mexico, US local shootings and a vehicle ramming). No dataset text."""

from __future__ import annotations

from qa_wire import helpers

PUB = "2024-06-15"  # a Saturday

run, records, typed, only = helpers(PUB)


# --- events ------------------------------------------------------------------------------------

def test_police_clashing_with_protesters_blocking_a_road_are_the_riots_other_side():
    rec = only("LIMA, Peru - Police clashed with protesters blocking a highway in the southern Puno region on Monday, "
               "leaving one demonstrator dead and 20 officers injured, the ombudsman's office said.")
    assert rec["sub_event_type"] == "Violent demonstration"
    assert (rec["actor1"], rec["actor2"]) == ("Rioters (Peru)", "Police Forces of Peru")
    assert (rec["killed_best"], rec["injured_best"]) == (1, 20)


def test_shelling_no_one_is_said_to_have_fired_is_the_clashs_own():
    rec = only("ADDIS ABABA - Fano militiamen and government troops clashed for a second day in and around the town "
               "of Debre Markos in Ethiopia's Amhara region, residents said on Wednesday, adding that several "
               "civilians had been killed by shelling.")
    assert rec["sub_event_type"] == "Armed clash"
    assert (rec["actor1"], rec["actor2"]) == ("Fano Militia", "Military Forces of Ethiopia")


def test_a_truck_driven_into_a_crowd_is_an_attack_on_civilians_not_the_gunfight_after_it():
    rec = only("NEW ORLEANS - A man drove a rented pickup truck into a crowd celebrating on Bourbon Street early on "
               "New Year's Day, killing 14 people, before he exchanged fire with police, who shot him dead, the FBI "
               "said.")
    assert rec["sub_event_type"] == "Attack"
    assert rec["actor2"] == "Civilians (United States)" and rec["killed_best"] == 14


def test_bodies_found_with_the_marks_of_a_killing_are_an_attack_and_a_mass_grave_a_discovery():
    rec = only("MEXICO CITY - The bodies of 11 people were found dumped on a highway in the central state of "
               "Zacatecas on Thursday, the state prosecutor's office said. The victims appeared to have been killed "
               "elsewhere.")
    assert rec["sub_event_type"] == "Attack" and rec["killed_best"] == 11 and rec["admin1"] == "Zacatecas"
    assert rec["event_date"] == "2024-06-13"
    grave = only("KINSHASA - The bodies of 30 people were found in a mass grave in Ituri province on Thursday, the "
                 "U.N. said.")
    assert grave["sub_event_type"] == "Other"
    assert typed("HOUSTON - The body of a woman was found in a lake in north Houston on Thursday, police said. "
                 "Investigators said there were no signs of foul play.") == []


def test_a_body_found_in_a_clause_with_no_mark_of_a_killing_is_no_attack_of_its_own():
    recs = typed("BIRMINGHAM, Ala. - A man was found shot dead behind an apartment building on Friday afternoon, "
                 "police said. A worker said he had parked near where the body was found and saw bullet casings on "
                 "the ground the next day.")
    assert len(recs) == 1 and recs[0]["killed_best"] == 1


def test_gunmen_who_killed_women_in_a_prison_riot_attacked_them():
    rec = typed("TEGUCIGALPA - Gunmen killed 46 women in a riot at a women's prison outside the Honduran capital on "
                "Tuesday, with some victims burned to death and others shot, officials said.")[0]
    assert rec["sub_event_type"] == "Attack"
    assert (rec["actor2"], rec["killed_best"]) == ("Civilians (Honduras)", 46)


def test_members_of_a_partys_youth_wing_who_killed_someone_tell_an_event():
    rec = only("BUJUMBURA, Burundi - Members of the ruling party's youth wing killed an opposition activist in the "
               "northern province of Ngozi on Saturday night, the party said.")
    assert rec["sub_event_type"] == "Attack" and rec["actor2"] == "Civilians (Burundi)"


def test_the_one_a_to_death_trigger_closes_around_is_its_victim():
    rec = only("BUJUMBURA, Burundi - Youths beat an opposition activist to death in the northern province of Ngozi "
               "on Saturday night, the party said.")
    assert rec["actor2"] == "Civilians (Burundi)"
    thief = only("NAIROBI - Villagers hacked a suspected thief to death in Kisii county on Saturday, police said.")
    assert (thief["sub_event_type"], thief["actor2"], thief["killed_best"]) == ("Mob violence", "Civilians (Kenya)", 1)


def test_a_toll_in_a_clause_on_the_protests_arrests_were_for_is_no_new_incident():
    recs = typed("KATHMANDU - Nepal's police said they arrested 21 people on Sunday for their alleged involvement in "
                 "the violent protests that left 19 people dead in the capital last week.")
    assert [r["sub_event_type"] for r in recs] == ["Arrests"]


def test_a_host_city_is_no_meeting_and_prisoners_freed_in_an_attack_no_concession():
    recs = records("KHARTOUM - An RSF drone struck a fuel depot at Port Sudan airport on Sunday, sparking a huge fire, "
                   "witnesses said. It was the first attack on the Red Sea city, which hosts the army-aligned "
                   "government.")
    assert not any(r["plover_type"] == "CONSULT" for r in recs)
    recs = records("PORT-AU-PRINCE - A coalition of gangs attacked the town of Mirebalais on Monday, freeing more than "
                   "500 inmates from its prison and killing at least 10 people, local officials said on Tuesday.")
    assert len(recs) == 1 and recs[0]["killed_best"] == 10


# --- actors ------------------------------------------------------------------------------------

def test_a_former_police_chief_is_a_civilian_and_a_group_claiming_the_killing_its_attacker():
    rec = only("KABUL - Gunmen shot dead a former provincial police chief outside his home in the eastern city of "
               "Jalalabad on Tuesday night, a Taliban spokesman said on Wednesday. Islamic State's local branch "
               "claimed the killing in a statement on Wednesday.")
    assert rec["sub_event_type"] == "Attack"
    assert (rec["actor1"], rec["actor2"]) == ("Islamic State (Afghanistan)", "Civilians (Afghanistan)")
    assert rec["event_date"] == "2024-06-11"


def test_troops_pushed_back_from_villages_are_the_side_and_settlements_captured_no_arrests():
    recs = typed("KYIV - Ukraine said on Tuesday its forces had pushed back Russian troops from several villages in the "
                 "Kharkiv region, while Moscow claimed to have captured two settlements in the Donetsk region.")
    back = next(r for r in recs if r["sub_event_type"] == "Government regains territory")
    assert (back["actor1"], back["actor2"]) == ("Military Forces of Ukraine", "Military Forces of Russia")
    assert not any(r["arrested_best"] for r in recs)


def test_who_fought_before_entering_a_city_is_the_subject_of_entered():
    rec = only("GOMA, Congo - M23 rebels entered the centre of Goma on Monday after days of fighting with Congolese "
               "troops and their allies, residents said, as thousands of people fled towards the Rwandan border.")
    assert rec["actor1"] == "M23: March 23 Movement"


# --- counts ------------------------------------------------------------------------------------

def test_victims_read_as_the_subject_of_a_participle_are_counted():
    rec = only("KHAN YOUNIS, Gaza Strip - Israeli tank fire killed at least seven Palestinians waiting for aid "
               "trucks near a distribution point in southern Gaza on Tuesday, health officials said.")
    assert (rec["killed_best"], rec["actor2"]) == (7, "Civilians (Palestine)")


def test_people_injured_by_a_strike_after_a_comma_are_counted():
    rec = typed("ODESA, Ukraine - A Russian drone attack on Odesa overnight damaged port infrastructure and a "
                "residential building, injuring three people, the regional governor said on Sunday.")[0]
    assert rec["injured_best"] == 3


def test_a_shooter_who_took_his_own_life_is_counted():
    rec = only("MINNEAPOLIS - A gunman opened fire on children attending Mass at a Catholic school chapel on Wednesday "
               "morning, killing two children and wounding 17 other people before taking his own life, police said.")
    assert (rec["killed_best"], rec["injured_best"]) == (3, 17)


# --- places ------------------------------------------------------------------------------------

def test_arrests_of_people_accused_of_acts_in_a_province_are_placed_there():
    rec = only("TEHRAN - Iranian security forces arrested 12 people accused of spying for Israel in the western "
               "province of Kermanshah, the judiciary's news agency reported on Wednesday.")
    assert (rec["location"], rec["admin1"]) == ("Kermanshah", "Kermanshah")


def test_a_quarters_whole_name_is_the_quarter():
    rec = only("MEMPHIS, Tenn. - A man was shot and killed Sunday afternoon at a gas station in the Hickory Hill area, "
               "Memphis police said.")
    assert rec["location"] == "Hickory Hill" and rec["admin2"] == "Shelby County"
    rec = only("LOS ANGELES - Three people were killed and four others were injured in a shooting at a house party in "
               "the Beverly Crest neighborhood early Sunday, police said.")
    assert rec["location"] == "Beverly Crest" and rec["admin1"] == "California"


def test_a_place_told_by_a_town_of_the_datelines_country_is_no_namesake_abroad():
    rec = only("KHARTOUM - Sudan's army said on Thursday it had recaptured the Jebel Moya area south of Sennar after "
               "fierce battles with the Rapid Support Forces, killing dozens of the paramilitary's fighters.")
    assert rec["country"] == "Sudan" and rec["admin1"] == "Sennar"
    assert rec["sub_event_type"] == "Government regains territory"


# --- second batch: US local shootings and wire reports -----------------------------------------

def test_a_killing_named_as_what_it_appeared_to_be_keeps_its_sides_and_dead():
    rec = only("ISLAMABAD - Unknown gunmen killed a prominent religious scholar and his guard in Karachi on Tuesday, "
               "police said, in what appeared to be a sectarian attack.")
    assert rec["sub_event_type"] == "Attack"
    assert (rec["actor1"], rec["actor2"]) == ("Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)")
    assert rec["killed_best"] == 2 and rec["location"] == "Karachi"


def test_police_who_say_who_shot_are_not_the_shooter():
    rec = only("HOUSTON - A man who police say fatally shot his estranged wife outside her workplace in southwest "
               "Houston on Thursday turned himself in hours later, authorities said.")
    assert rec["actor1"] == "Unidentified Armed Group (United States)" and rec["killed_best"] == 1


def test_a_girl_grazed_by_a_stray_bullet_was_hurt():
    rec = only("DETROIT - A 12-year-old girl was grazed by a stray bullet while sitting in her family's living room "
               "on the city's west side Wednesday night, police said. She is expected to recover.")
    assert (rec["sub_event_type"], rec["injured_best"]) == ("Attack", 1)


def test_a_mayor_shot_in_a_state_with_his_security_chief():
    rec = only("MEXICO CITY - A mayor in the western state of Michoacan was shot dead on Sunday along with his "
               "security chief, the state's prosecutor said, days after he had asked for federal protection.")
    assert rec["admin1"] == "Michoacan de Ocampo" and rec["killed_best"] == 2


def test_a_weekend_shooting_and_a_neighbourhood_named_alone_in_a_us_dateline_town():
    recs = typed("DALLAS - Police on Tuesday arrested a man, 19, over a weekend shooting at a Pleasant "
                 "Grove apartment complex that left a woman dead, police said.")
    shot = next(r for r in recs if r["sub_event_type"] == "Attack")
    assert shot["event_date"] == "2024-06-08" and shot["time_precision"] == 2
    assert shot["admin1"] == "Texas"


# --- third batch: protests, settlers, arrests --------------------------------------------------

def test_the_death_a_protest_demands_justice_for_is_not_its_toll():
    rec = only("NAIROBI - Thousands of Kenyans marched through the capital on Thursday to demand justice for a blogger "
               "who died in police custody, and police fired tear gas to disperse them near parliament, witnesses "
               "said. At least 25 people were injured.")
    assert rec["sub_event_type"] == "Protest with intervention"
    assert (rec["killed_best"], rec["injured_best"]) == (None, 25)
    rec = only("BELGRADE - Tens of thousands of Serbians rallied in central Belgrade on Saturday, demanding "
               "accountability for the collapse of a railway station canopy that killed 15 people.")
    assert rec["sub_event_type"] == "Peaceful protest" and rec["killed_best"] is None


def test_settlers_rampage_after_a_shooting_by_another_attacker_is_two_incidents():
    recs = typed("JERUSALEM - Israeli settlers set fire to homes and cars in the Palestinian village of Huwara in the "
                 "occupied West Bank on Sunday night, after two Israelis were shot dead nearby by a Palestinian "
                 "gunman, Palestinian officials said. One Palestinian man was killed and dozens were injured.")
    assert len(recs) == 2
    settlers = next(r for r in recs if r["actor1"] == "Settlers (Israel)")
    assert settlers["sub_event_type"] == "Attack" and settlers["actor2"] == "Civilians (Palestine)"
    assert (settlers["killed_best"], settlers["injured_best"]) == (1, 12)
    gunman = next(r for r in recs if r is not settlers)
    assert gunman["actor2"] == "Civilians (Israel)" and gunman["killed_best"] == 2


def test_they_who_tried_to_march_are_the_arrested_named_with_a_leader():
    rec = only("KAMPALA - Ugandan police arrested opposition politician Bobi Wine and dozens of his supporters on "
               "Monday as they tried to march to the electoral commission to hand in a petition, his party said.")
    assert (rec["actor1"], rec["actor2"]) == ("Protesters (Uganda)", "Police Forces of Uganda")


def test_where_militants_came_from_is_not_where_they_were_killed():
    rec = only("ISLAMABAD - Pakistan's army said on Sunday it had killed 30 militants trying to cross into the "
               "country from Afghanistan in North Waziristan overnight.")
    assert rec["country"] == "Pakistan" and rec["location"].startswith("North Waziristan")


def test_a_deeds_spot_long_ago_does_not_place_an_arrest():
    rec = typed("DAMASCUS, Syria - Syria's new authorities said on Monday they had arrested a former army officer "
                "accused of overseeing the killing of dozens of detainees at the Sednaya prison during the civil "
                "war.")[0]
    assert rec["sub_event_type"] == "Arrests" and rec["location"] == "Damascus"


def test_gang_slogans_yelled_before_a_shooting_are_no_protest():
    recs = typed("CHICAGO - A driver, 29, was hit in the hip by gunfire on the North Side early Saturday, "
                 "police said. The gunman drew alongside his car, shouted gang slogans and fired.")
    assert [r["sub_event_type"] for r in recs] == ["Attack"]


def test_a_shooter_found_dead_later_is_counted_and_pronounced_dead_read_past_the_parse():
    rec = only("DENVER - A 17-year-old student shot and wounded two administrators at a Denver high school on "
               "Wednesday morning before fleeing and later shooting himself, police said. The student was found "
               "dead hours later.")
    assert (rec["killed_best"], rec["injured_best"]) == (1, 2)
    rec = only("DENVER - A man was shot on Monday night outside a bar, police said. He was pronounced dead hours "
               "later.")
    assert (rec["killed_best"], rec["injured_best"]) == (1, 0)


def test_a_border_agent_is_the_states_and_drug_suspects_civilians():
    rec = only("TUCSON, Ariz. - A Border Patrol agent fatally shot a man who fired at agents near the Mexico "
               "border southwest of Tucson on Thursday, the agency said.")
    assert rec["actor1"] == "Police Forces of the United States"
    rec = only("MANILA - Philippine police said on Wednesday they had killed six drug suspects in a series of "
               "operations overnight in the capital region, saying the suspects had fought back.")
    assert (rec["actor2"], rec["killed_best"]) == ("Civilians (Philippines)", 6)


def test_an_army_boycotting_talks_is_no_protest():
    recs = records("CAIRO - Sudan's army chief said on Thursday his forces would keep fighting until the RSF was "
                   "defeated, rejecting calls for a ceasefire during talks in Geneva that the army boycotted.")
    assert not any((r["event_type"] or "") == "Protests" for r in recs)


# --- fourth batch: strikes across borders, counter-attacks, stabbings ------------------------------

def test_its_jets_are_the_speakers_not_the_country_struck():
    rec = only("ISLAMABAD - Pakistan's military said its jets had struck hideouts of the Pakistani Taliban inside "
               "Afghanistan on Tuesday night, killing dozens of militants.")
    assert (rec["actor1"], rec["country"]) == ("Military Forces of Pakistan", "Afghanistan")


def test_a_state_force_blamed_with_a_clause_naming_another_group():
    rec = only("ADDIS ABABA - A drone strike hit a bus in Ethiopia's Amhara region on Monday, killing at least 30 "
               "passengers, witnesses and health workers said, blaming the federal army, which has used drones "
               "against Fano militias.")
    assert rec["actor1"] == "Military Forces of Ethiopia" and rec["killed_best"] == 30


def test_attackers_neutralised_in_the_counter_attack_are_the_same_fight():
    rec = only("NIAMEY - At least 12 soldiers were killed and several others wounded when their patrol was ambushed "
               "near the village of Tassia in the Tillaberi region on Monday, the defence ministry said, adding "
               "that 20 terrorists were neutralised in the counter-attack.")
    assert (rec["actor1"], rec["actor2"]) == ("Unidentified Armed Group (Niger)", "Military Forces of Niger")
    assert rec["killed_best"] == 32


def test_named_groups_new_to_the_registry_and_a_name_given_after_militia():
    recs = typed("BAMAKO - Fighters of the Azawad Liberation Front said on Saturday they had shot down an army drone "
                 "near Kidal after clashes with Malian troops.")
    assert {r["actor1"] for r in recs} == {"FLA: Azawad Liberation Front"}
    rec = only("JUBA - Heavy fighting broke out on Tuesday between the army and a militia known as the White Army in "
               "the town of Nasir in Upper Nile state, local officials said.")
    assert rec["actor2"] == "White Army (Nuer Ethnic Militia)"


def test_people_stabbed_before_the_attacker_was_shot_dead_are_hurt():
    rec = only("HAIFA, Israel - A man stabbed five people at a bus station in the northern Israeli city of Haifa on "
               "Monday before he was shot dead by a security guard, police said.")
    assert (rec["killed_best"], rec["injured_best"]) == (1, 5)


def test_farmers_blocking_motorways_are_the_protest_the_arrests_met():
    rec = only("PARIS - French police arrested 45 people on Saturday as thousands of farmers blocked motorways around "
               "Paris with tractors to protest against falling incomes and foreign competition.")
    assert rec["sub_event_type"] == "Protest with intervention" and rec["arrested_best"] == 45


# --- fifth batch: at sea, campaigns, captives, protests met by force --------------------------------

def test_coast_guard_vessels_are_a_states_and_crew_members_civilians():
    rec = only("MANILA - Chinese coast guard vessels fired water cannon at a Philippine supply boat near Second "
               "Thomas Shoal in the South China Sea on Saturday, injuring four Filipino crew members, the "
               "Philippine coast guard said.")
    assert (rec["actor1"], rec["actor2"], rec["injured_best"]) == ("Military Forces of China", "Civilians (Philippines)", 4)


def test_the_kind_of_a_campaign_is_no_incident_of_its_own():
    rec = only("BEIRUT - Israeli strikes killed at least 52 people across Lebanon's Baalbek region on Wednesday, the "
               "health ministry said, as Israel expanded its bombing campaign against Hezbollah.")
    assert (rec["sub_event_type"], rec["actor1"], rec["killed_best"]) == ("Air/drone strike", "Military Forces of Israel", 52)


def test_police_read_as_both_sides_of_a_protest_met_the_crowd():
    rec = only("MAPUTO - Mozambican police shot dead at least 30 people during three days of protests over disputed "
               "election results, a rights group said on Monday.")
    assert (rec["actor1"], rec["actor2"]) == ("Protesters (Mozambique)", "Police Forces of Mozambique")


def test_farmers_throwing_eggs_and_setting_fires_at_police_riot_where_the_dateline_is():
    rec = typed("BRUSSELS - Belgian police fired water cannon and tear gas at farmers who threw eggs and set fires "
                "near the European Parliament on Thursday as EU leaders met.")[0]
    assert rec["sub_event_type"] == "Violent demonstration" and rec["location"] == "Brussels"


def test_captives_executed_are_attacked_where_they_surrendered():
    rec = only("KYIV - Russian troops have executed at least 15 Ukrainian soldiers who had surrendered in the "
               "Pokrovsk area, Ukraine's prosecutor general said on Friday.")
    assert rec["sub_event_type"] == "Attack" and rec["location"] == "Pokrovsk"


def test_a_press_spelling_of_a_west_bank_city():
    rec = only("JERUSALEM - Israel's military said on Tuesday it had killed a Hamas commander in an air strike on a "
               "car in the Nur Shams refugee camp near Tulkarem, in the occupied West Bank.")
    assert rec["country"] == "Palestine"


def test_the_dead_of_a_killing_told_before_another_by_the_same_hand_add_up():
    rec = only("BANGKOK - A gunman killed 22 children and two teachers at a nursery in northeastern Thailand on "
               "Thursday before killing his wife and child and then himself, police said.")
    assert rec["killed_best"] == 27


# --- sixth batch: US local shootings -----------------------------------------------------------

def test_others_shot_beside_the_dead_are_not_the_dead():
    rec = only("KANSAS CITY, Mo. - One person was killed and more than 20 others were shot, including children, when "
               "gunfire erupted at the end of a parade on Wednesday, officials said.")
    assert (rec["killed_best"], rec["injured_best"]) == (1, 20)
    rec = only("JACKSON, Miss. - A drive-by shooting left three people dead and two others injured outside a "
               "convenience store in south Jackson late Friday, police said Saturday.")
    assert rec["actor2"] == "Civilians (United States)"


def test_a_longer_name_told_as_a_neighborhood_is_the_datelines_quarter():
    rec = typed("SEATTLE - A boy of 15 was wounded by gunfire on Tuesday afternoon at a bus stop in the Rainier "
                "Beach neighborhood, police said.")[0]
    assert (rec["location"], rec["admin2"]) == ("Rainier Beach", "King County")


# --- seventh batch ------------------------------------------------------------------------------

def test_a_crowd_met_by_police_comes_first():
    rec = only("ABIDJAN - Police clashed with supporters of an opposition candidate barred from the presidential race "
               "in several neighbourhoods of Abidjan on Saturday, and two people were killed, the interior minister "
               "said.")
    assert (rec["actor1"], rec["actor2"]) == ("Protesters (Ivory Coast)", "Police Forces of Ivory Coast")


def test_troops_a_base_hosts_and_injuries_caused_to_them():
    rec = typed("BAGHDAD - Three rockets struck a military base hosting U.S. troops in western Iraq's Anbar province "
                "on Tuesday, causing minor injuries to two American service members, a U.S. official said.")[0]
    assert (rec["actor2"], rec["injured_best"]) == ("Military Forces of the United States", 2)


def test_the_army_whose_base_was_taken_lost_it():
    rec = only("KHARTOUM - The RSF said on Thursday it had taken control of the army's main base in Nyala, the "
               "capital of South Darfur, after weeks of fighting.")
    assert (rec["actor1"], rec["actor2"]) == ("RSF: Rapid Support Forces", "Military Forces of Sudan")


def test_killings_a_report_tells_beside_an_accusation_are_recorded():
    recs = typed("OUAGADOUGOU - Soldiers and army-backed volunteers killed at least 223 villagers, including 56 "
                 "children, in two villages in the north of the country in February, Human Rights Watch said in a "
                 "report on Thursday, accusing the army of summary executions.")
    rec = next(r for r in recs if r["sub_event_type"] == "Attack")
    assert (rec["actor1"], rec["killed_best"], rec["event_date"], rec["time_precision"]) == (
        "Military Forces of Burkina Faso", 223, "2024-02-01", 3)


def test_a_drone_brought_down_that_hurt_people_is_no_attack_by_who_downed_it():
    recs = typed("CAIRO - Egypt's army said it had shot down a drone that crashed near the Red Sea resort of Taba on "
                 "Friday, injuring six people.")
    assert len(recs) == 1 and recs[0]["injured_best"] == 6
    assert recs[0]["actor1"] != "Military Forces of Egypt"


# --- eighth batch -------------------------------------------------------------------------------

def test_protests_of_a_year_gone_by_told_of_a_victim_leave_the_killing_the_event():
    rec = only("BAGHDAD - Unidentified gunmen shot dead a prominent activist outside his home in the southern city of "
               "Nasiriyah on Sunday, security sources said, the latest in a series of killings of activists who "
               "took part in the 2019 protests.")
    assert (rec["sub_event_type"], rec["location"], rec["killed_best"]) == ("Attack", "Nasiriyah", 1)


def test_its_air_strikes_and_a_leader_with_his_men():
    rec = only("ABUJA - The Nigerian military said on Friday that its air strikes had killed a notorious bandit "
               "leader, Halilu Sububu, and 30 of his fighters in Zamfara state on Wednesday.")
    assert (rec["actor1"], rec["killed_best"]) == ("Military Forces of Nigeria", 31)


def test_the_toll_of_a_wave_of_attacks_is_no_event_of_its_own():
    recs = typed("LAGOS - At least 15 people were killed when gunmen on motorcycles raided a village in Plateau "
                 "state's Bokkos area on Sunday night, a local official said, the latest in a wave of attacks that "
                 "killed more than 150 people in the area in December.")
    assert [r["killed_best"] for r in recs] == [15]


def test_a_teenager_named_by_age_is_a_civilian():
    rec = only("BALTIMORE - A 17-year-old was shot several times in the back on Tuesday afternoon in the 2500 block "
               "of Harford Road, police said.")
    assert rec["actor2"] == "Civilians (United States)"


def test_a_killing_with_its_sides_heads_the_fight_named_where_others_died():
    rec = only("MOGADISHU - Somali security forces killed 15 al Shabaab militants in an operation in the Lower "
               "Shabelle region on Tuesday, the state news agency reported, adding that two soldiers died in the "
               "fighting.")
    assert (rec["actor1"], rec["actor2"], rec["killed_best"]) == ("Military Forces of Somalia", "al-Shabaab", 17)


def test_a_persons_first_name_is_no_place():
    rec = only("MANAGUA - Nicaraguan police arrested two Catholic priests on Sunday, the latest in a crackdown on the "
               "church by the government of Daniel Ortega, a rights group said.")
    assert rec["location"] == "Managua"


# --- ninth batch: rammings, stabbings and the unrest they set off -----------------------------------

def test_a_car_driven_into_demonstrators_attacked_them():
    rec = typed("MUNICH - A car drove into a group of demonstrators from the Verdi trade union in central Munich on "
                "Thursday, injuring at least 28 people, police said.")[0]
    assert (rec["sub_event_type"], rec["actor2"], rec["injured_best"]) == ("Attack", "Protesters (Germany)", 28)


def test_a_stabbing_that_sparked_riots_is_two_incidents():
    recs = typed("DUBLIN - A man stabbed three young children and a woman outside a school in central Dublin on "
                 "Thursday, sparking riots in which police cars and buses were set alight, police said.")
    assert sorted(r["sub_event_type"] for r in recs) == ["Attack", "Violent demonstration"]
    stab = next(r for r in recs if r["sub_event_type"] == "Attack")
    assert (stab["actor2"], stab["injured_best"]) == ("Civilians (Ireland)", 4)


def test_others_also_hurt_in_a_sentence_the_parser_split():
    rec = only("SOUTHPORT, England - A 17-year-old boy armed with a knife killed three girls and wounded eight other "
               "children at a dance class in Southport on Monday, police said. Two adults were also critically "
               "injured.")
    assert (rec["killed_best"], rec["injured_best"]) == (3, 10)


def test_an_attacker_shot_dead_after_his_killing_does_not_head_it():
    rec = only("TEL AVIV - A Palestinian gunman killed seven people near a synagogue in an Israeli settlement in East "
               "Jerusalem on Friday night before being shot dead by police, Israeli authorities said.")
    assert (rec["actor1"], rec["actor2"], rec["killed_best"]) == (
        "Unidentified Armed Group (Palestine)", "Civilians (Israel)", 8)


def test_many_of_the_victims_told_again_are_the_same_attack():
    rec = only("BUNIA, Congo - Suspected CODECO militiamen killed at least 42 people in an attack on a church in Ituri "
               "province early Sunday, a local official said. Many of the victims were burned to death when the "
               "attackers set fire to the building.")
    assert rec["killed_best"] == 42


def test_a_vehicle_running_over_a_bomb_set_it_off():
    rec = only("NAIROBI - Two Kenyan soldiers were killed when their vehicle ran over an improvised explosive device "
               "near the Somali border in Garissa county on Sunday, the military said, blaming al Shabaab.")
    assert (rec["sub_event_type"], rec["actor1"], rec["killed_best"]) == (
        "Remote explosive/landmine/IED", "al-Shabaab", 2)


def test_the_other_sides_attack_before_the_troops_killing_is_an_incident_of_its_own():
    recs = typed("ADDIS ABABA - Government troops killed at least 50 civilians in the town of Merawi in the Amhara "
                 "region, residents said on Friday, after Fano militiamen attacked an army base there.")
    kill = next(r for r in recs if r["sub_event_type"] == "Attack")
    assert (kill["actor1"], kill["actor2"], kill["killed_best"]) == (
        "Military Forces of Ethiopia", "Civilians (Ethiopia)", 50)
    assert any(r["actor1"] == "Fano Militia" for r in recs if r is not kill)
