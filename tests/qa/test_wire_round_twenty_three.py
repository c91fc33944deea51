"""Bugs found by reading a sixteenth round of reports written in our own words (Pakistan, Nigeria,
Sudan, Yemen, Mali, Syria, Ukraine, Afghanistan, Congo, Qatar, Somalia, Iraq, the West Bank and US
local shootings). No dataset text."""

from __future__ import annotations

from qa_wire import helpers

PUB = "2025-12-03"  # a Wednesday

run, records, typed, only = helpers(PUB)


# --- events ------------------------------------------------------------------------------------

def test_a_storming_is_no_storm():
    rec = only("KHARTOUM, Sudan - Fifteen people were killed when the Rapid Support Forces stormed the city of El "
               "Fasher on Sunday, a U.N. official said on Wednesday.")
    assert rec["sub_event_type"] == "Attack" and rec["actor1"] == "RSF: Rapid Support Forces"
    assert rec["killed_best"] == 15 and rec["location"] == "El Fasher"


def test_a_past_when_clause_is_fact_whatever_the_doubt_on_its_toll():
    rec = only("LAGOS, Nigeria - Dozens of villagers are feared to have been killed when gunmen attacked a market "
               "in Zamfara state on Sunday, residents said.")
    assert rec["status"] == "occurred" and rec["event_date"] == "2025-11-30"


def test_an_attack_people_may_have_died_in_happened():
    rec = only("LAGOS, Nigeria - Up to 100 people may have been killed in an attack by bandits on a village in "
               "Katsina state, local leaders said on Wednesday, but police confirmed only 17 deaths.")
    assert rec["status"] == "occurred" and rec["killed_best"] == 17


def test_an_attack_ranked_in_a_series_is_the_one_told():
    rec = only("BAMAKO, Mali - JNIM fighters ambushed a convoy of 40 fuel trucks on the road between Kayes and Bamako "
               "on Nov. 28, killing three drivers, a transport union said. The union said the attack was the fifth "
               "this month.")
    assert rec["event_date"] == "2025-11-28" and rec["killed_best"] == 3


def test_a_weapon_joined_to_the_victims_by_the_parser_is_an_attack_of_its_own():
    recs = typed("KYIV, Ukraine - Russian shelling killed two people in Kherson and a drone attack wounded five in "
                 "Zaporizhzhia on Tuesday, regional governors said.")
    assert len(recs) == 2
    shelling = next(r for r in recs if r["sub_event_type"] == "Shelling/artillery/missile attack")
    drone = next(r for r in recs if r["sub_event_type"] == "Air/drone strike")
    assert (shelling["location"], shelling["killed_best"], shelling["injured_best"]) == ("Kherson", 2, None)
    assert (drone["admin1"], drone["injured_best"]) == ("Zaporizka oblast", 5)


def test_another_of_the_means_told_before_is_of_its_kind_and_side():
    recs = typed("KHARKIV, Ukraine - A Russian guided bomb hit a residential block in Kharkiv late on Tuesday, "
                 "injuring 17 people including three children, the regional governor said. Another bomb struck the "
                 "Kupiansk area overnight.")
    assert [r["sub_event_type"] for r in recs] == ["Air/drone strike"] * 2
    assert recs[1]["actor1"] == "Military Forces of Russia"


def test_a_siege_told_of_an_actor_is_no_clash():
    recs = typed("KHARTOUM, Sudan - Drone strikes on a market in the city of El Obeid killed 40 people and wounded "
                 "dozens on Saturday, medics said. The army blamed the RSF, which has besieged the city for weeks.")
    assert not any(r["sub_event_type"] == "Armed clash" for r in recs)


# --- fusion ------------------------------------------------------------------------------------

def test_one_night_across_midnight_is_one_record():
    rec = only("PESHAWAR, Pakistan - Twelve soldiers were killed when militants attacked a military post in North "
               "Waziristan between Sunday night and Monday morning, the army said on Tuesday. Eight attackers also "
               "died in the fighting.")
    assert rec["killed_best"] == 20
    assert (rec["event_date"], rec["event_date_end"]) == ("2025-11-30", "2025-12-01")


def test_the_man_shot_and_killed_is_no_wounded_figure_beside_the_wounded():
    rec = only("CHICAGO - A man, 19, was shot and killed and two teenagers were wounded during a shooting late "
               "Tuesday in the Austin neighborhood, officers said.")
    assert (rec["killed_best"], rec["injured_best"]) == (1, 2)


def test_one_more_victim_counted_on_is_hurt_in_the_same_raid():
    rec = only("LAGOS, Nigeria - Gunmen abducted 25 schoolgirls from a boarding school in Kebbi state late on "
               "Monday, killing the school's vice principal, police said. A second teacher was shot in the hand.")
    assert (rec["killed_best"], rec["injured_best"], rec["abducted_best"]) == (1, 1, 25)


# --- actors ------------------------------------------------------------------------------------

def test_forces_of_a_named_group_are_that_group():
    rec = only("ADEN, Yemen - Forces of the Southern Transitional Council seized the city of Seiyun in Hadramout "
               "province on Wednesday after brief clashes with government troops that killed two soldiers, local "
               "officials said.")
    assert rec["sub_event_type"] == "Non-state actor overtakes territory"
    assert (rec["actor1"], rec["actor2"]) == ("STC: Southern Transitional Council", "Military Forces of Yemen")


# --- places ------------------------------------------------------------------------------------

def test_a_big_towns_bazaar_read_as_a_persons():
    rec = next(r for r in typed("KANDAHAR, Afghanistan - A bomb hidden in a motorcycle exploded in the Lashkar Gah "
                                "bazaar on Monday, wounding nine people, officials in Helmand said.")
               if r["injured_best"] == 9)
    assert rec["location"] == "Lashkar Gah" and rec["geo_precision"] == 1


def test_a_village_the_gazetteer_lacks_takes_its_districts_point():
    rec = only("GOMA, Congo - ADF rebels killed at least 60 mourners at a funeral in the village of Ntoyo in North "
               "Kivu's Lubero territory on Monday night, a civil society leader said.")
    assert (rec["location"], rec["admin2"], rec["admin1"]) == ("Ntoyo", "Lubero", "Nord-Kivu")
    assert rec["geo_precision"] == 2 and rec["latitude"] is not None


def test_talks_happen_where_they_came_for_them_not_where_their_topic_is():
    (rec,) = records("DOHA, Qatar - Hamas negotiators arrived in Doha on Tuesday for talks on the second phase of the "
                     "Gaza ceasefire, an official said.")
    assert rec["location"] == "Doha"


def test_a_neighbourhood_named_like_a_far_town_is_the_dateline_towns():
    recs = typed("CLEVELAND - A man who was shot on Nov. 22 in the Glenville neighborhood died of his injuries on "
                 "Monday, the medical examiner said.")
    assert recs[0]["admin1"] == "Ohio" and recs[0]["event_date"] == "2025-11-22"
    rec = only("ATLANTA - Three people were hurt when someone fired shots into a crowd leaving a nightclub in Midtown "
               "around 3 a.m. Thursday.")
    assert rec["admin1"] == "Georgia"  # not a Tennessee hamlet named Midtown


def test_a_unit_before_the_kind_word_gives_the_villages_country():
    rec = only("JERUSALEM - Israeli settlers attacked the West Bank village of Turmus Ayya on Sunday, setting fire "
               "to 15 cars and injuring at least four Palestinians, the Palestinian Red Crescent said.")
    assert rec["country"] == "Palestine" and rec["location"] == "Turmus Ayya"


# --- counts and dates --------------------------------------------------------------------------

def test_people_believed_to_have_been_killed_are_counted():
    rec = only("KHARTOUM, Sudan - At least 1,500 people are believed to have been killed when the Rapid Support "
               "Forces stormed the city of El Fasher last month, a U.N. official said on Wednesday.")
    assert rec["killed_best"] == 1500 and rec["time_precision"] == 3


def test_another_categorys_others_is_no_update_of_the_toll():
    rec = only("BAGHDAD, Iraq - A suicide bomber killed 18 people at a funeral in Diyala province on Thursday, police "
               "said. A health official put the toll at 22, and said 40 others were wounded.")
    assert (rec["killed_low"], rec["killed_best"], rec["killed_high"]) == (18, 18, 22)
    assert rec["injured_best"] == 40


def test_a_groups_own_smaller_word_for_its_dead_is_a_rival_figure():
    rec = only("MOGADISHU, Somalia - Nearly 30 al-Shabaab fighters were killed in a U.S. air strike near Jilib in the "
               "Middle Juba region on Monday, the Somali government said. Al-Shabaab said only two of its members "
               "died.")
    assert (rec["killed_best"], rec["killed_high"]) == (2, 30)


def test_earlier_this_month_is_not_the_statements_day():
    rec = only("SANAA, Yemen - Houthi rebels said on Wednesday they had fired three missiles at a ship in the Red Sea "
               "earlier this month.")
    assert rec["event_date"] == "2025-12-01" and rec["time_precision"] == 3


def test_since_a_weekday_is_the_days_up_to_the_statement():
    recs = typed("DAMASCUS, Syria - Clashes between Druze fighters and Bedouin tribesmen in Sweida province have "
                 "killed more than 30 people since Sunday, a war monitor said on Tuesday.")
    assert [r["event_date"] for r in recs] == ["2025-11-30", "2025-12-01", "2025-12-02"]
    assert sum(r["killed_best"] for r in recs) == 30


# --- second part -------------------------------------------------------------------------------

def test_one_more_strike_of_the_kind_told_before_is_a_strike():
    recs = typed("BEIRUT, Lebanon - An Israeli strike killed two people in a car near Tyre on Sunday, the health "
                 "ministry said on Wednesday. Another strike hit a house in the town of Qana on Tuesday, wounding "
                 "three.")
    assert [(r["sub_event_type"], r["event_date"]) for r in recs] == [("Air/drone strike", "2025-11-30"),
                                                                       ("Air/drone strike", "2025-12-02")]
    assert recs[1]["location"] == "Qana" and recs[1]["injured_best"] == 3


def test_the_night_of_two_dates_is_one_night():
    rec = only("KYIV, Ukraine - Russian missiles hit energy facilities across Ukraine on the night of Nov. 29 to 30, "
               "cutting power to a million homes, officials said.")
    assert rec["event_date"] == "2025-11-29"


def test_a_range_opening_the_clause_of_an_adjective_participle():
    rec = only("LA PAZ, Bolivia - Between 20 and 30 people were injured when supporters of the former president "
               "clashed with police at a roadblock near Cochabamba on Thursday, officials said.")
    assert (rec["injured_low"], rec["injured_best"], rec["injured_high"]) == (20, 20, 30)


def test_buildings_set_on_fire_during_protests_were_not_planned():
    recs = typed("KATHMANDU, Nepal - Police arrested 25 people and charged them with arson after government buildings "
                 "were set on fire during protests on Tuesday.")
    riot = next(r for r in recs if r["sub_event_type"] == "Violent demonstration")
    assert riot["status"] == "occurred" and riot["event_date"] == "2025-12-02"


def test_a_baton_charge_by_police_is_their_attack():
    rec = only("DHAKA, Bangladesh - At least 300 people were injured, dozens of them seriously, when police charged "
               "students with batons in Dhaka on Monday, doctors said.")
    assert rec["actor1"] == "Police Forces of Bangladesh" and rec["injured_best"] == 300


def test_the_other_sides_own_account_in_the_next_sentence_is_the_same_fire():
    rec = only("GAZA CITY - Israeli tank fire killed four Palestinians east of Khan Younis on Tuesday, medics said. "
               "The Israeli army said troops fired at suspects who approached the yellow line.")
    assert rec["killed_best"] == 4


def test_a_big_city_read_as_a_people_and_a_generic_attack_ranking_the_shelling():
    rec = only("KHARTOUM, Sudan - Paramilitary shelling of Omdurman on Monday killed 12 civilians, the health "
               "ministry said, the third deadly attack on the city this week.")
    assert rec["location"] == "Omdurman" and rec["actor1"] == "RSF: Rapid Support Forces"


# --- third part --------------------------------------------------------------------------------

def test_an_accidents_dead_are_no_blames():
    recs = records("TEHRAN, Iran - An explosion at a port in southern Iran killed at least 40 people and injured more "
                   "than 1,000 on Saturday, officials said, blaming the blast on chemicals stored at the dock.")
    assert not any(r["killed_best"] or r["injured_best"] for r in recs)


def test_fighting_a_party_pledges_to_end_is_no_event_and_the_pledge_is_the_agreement():
    recs = records("KIGALI, Rwanda - Rwanda and Congo signed a peace agreement in Washington on Thursday, pledging to "
                   "end the fighting in eastern Congo, the U.S. State Department said.")
    assert [r["sub_event_type"] for r in recs] == ["Agreement"]
    assert (recs[0]["actor1"], recs[0]["location"]) == ("Government of Rwanda", "Washington")


def test_armed_men_attacking_a_rallys_supporters_is_their_attack():
    rec = only("CARACAS, Venezuela - Armed pro-government groups attacked opposition supporters with sticks and "
               "stones at a rally in Maracaibo on Saturday, injuring 12, organisers said.")
    assert rec["sub_event_type"] == "Attack" and rec["actor2"] == "Protesters (Venezuela)"
    assert rec["injured_best"] == 12


def test_a_kidnapping_ranked_in_a_series_is_the_one_told_and_its_women_are_counted():
    rec = only("MAIDUGURI, Nigeria - Boko Haram fighters have abducted at least 40 women collecting firewood near "
               "Gwoza in Borno state, local officials said on Wednesday, in the third mass kidnapping in the area this "
               "year.")
    assert rec["abducted_best"] == 40 and rec["location"] == "Gwoza" and rec["event_date"] == "2025-12-03"


def test_the_suburb_named_after_its_city_is_the_place():
    rec = only("TRIPOLI, Libya - Fighting broke out between two armed groups in the Tripoli suburb of Tajoura late "
               "on Sunday and lasted until dawn, residents said. At least three people were killed, the health "
               "ministry said.")
    assert rec["location"] == "Tajura'" and rec["killed_best"] == 3


def test_a_robber_hitting_his_victims_with_a_gun_attacks_them():
    rec = only("SYRACUSE, N.Y. - A robber held up two students at gunpoint outside a library late Friday and hit "
               "both students in the face with his pistol before running off, police said.", "2025-11-29")
    assert rec["sub_event_type"] == "Attack" and rec["injured_best"] == 2


def test_the_other_sides_dead_are_no_part_of_a_total_and_the_northwest_is_no_dateline_town():
    recs = typed("ISLAMABAD - Pakistan said on Wednesday its security forces had killed 23 militants in a series of "
                 "raids in the northwest over the past three days. Six soldiers were killed, the military's media "
                 "wing said.")
    raids = next(r for r in recs if r["actor1"] == "Military Forces of Pakistan")
    assert raids["killed_best"] == 23 and raids["location"] == "Pakistan"


def test_forces_backed_by_partners_are_who_killed():
    rec = only("MOGADISHU, Somalia (AFP) - Somali forces backed by international partners killed at least 30 "
               "al-Shabaab militants in an operation in the Lower Shabelle region, the government said Wednesday.")
    assert (rec["actor1"], rec["actor2"]) == ("Military Forces of Somalia", "al-Shabaab")
    assert rec["killed_best"] == 30


def test_a_legislature_outside_which_a_crowd_clashed_is_no_place():
    rec = only("BUENOS AIRES, Argentina - Thousands of pensioners and their supporters clashed with police outside "
               "Congress in Buenos Aires on Wednesday, and a photographer was critically injured by a tear gas "
               "canister.")
    assert rec["location"] == "Buenos Aires" and rec["geo_precision"] == 1


def test_the_force_that_killed_protesters_defying_a_ban_is_the_other_side():
    rec = only("ABIDJAN, Ivory Coast - Security forces killed two protesters in Abidjan on Saturday as opposition "
               "supporters defied a ban on demonstrations ahead of the presidential election, a rights group said.")
    assert rec["sub_event_type"] == "Excessive force against protesters"
    assert (rec["actor1"], rec["actor2"]) == ("Protesters (Ivory Coast)", "Military Forces of Ivory Coast")


def test_a_gang_led_by_someone_is_an_armed_group():
    rec = only("PORT-AU-PRINCE, Haiti - A gang led by a former police officer attacked the town of Mirebalais "
               "overnight, freeing more than 500 inmates from its prison and setting fire to the police station, "
               "officials said.")
    assert rec["sub_event_type"] == "Attack" and rec["actor1"] == "Unidentified Armed Group (Haiti)"


def test_a_weapon_told_anew_after_the_clock_moves_is_another_strike():
    recs = typed("ZAPORIZHZHIA, Ukraine - A Russian drone hit a minibus in the city's suburbs on Tuesday morning, "
                 "killing the driver and wounding four passengers, the regional governor said. Later that day, a "
                 "guided bomb damaged a school in the same area.")
    assert len(recs) == 2 and (recs[0]["killed_best"], recs[0]["injured_best"]) == (1, 4)


def test_them_on_a_verb_joined_to_a_counted_object_is_those_counted():
    rec = only("QUETTA, Pakistan - Separatist militants stopped two buses on a highway in Balochistan's Kalat district "
               "late on Friday, pulled off nine passengers and shot them dead after checking their identity cards, "
               "officials said on Saturday.")
    assert rec["killed_best"] == 9 and rec["actor2"] == "Civilians (Pakistan)"
    assert (rec["location"], rec["event_date"]) == ("Kalat", "2025-11-28")


def test_rival_party_supporters_clashing_as_others_were_hurt_are_rioters():
    rec = only("DHAKA, Bangladesh - Three people were killed and dozens injured as supporters of rival parties "
               "clashed with sticks and machetes in Gopalganj district on Wednesday, police said.")
    assert rec["sub_event_type"] == "Mob violence"
    assert (rec["actor1"], rec["actor2"]) == ("Rioters (Bangladesh)", "Rioters (Bangladesh)")
    assert (rec["killed_best"], rec["injured_best"]) == (3, 12)


def test_shot_and_killed_by_police_names_the_police():
    rec = only("DENVER - A man was shot and killed by police late Saturday when he aimed a pistol at two officers "
               "during a traffic stop, the department said.")
    assert rec["actor1"] == "Police Forces of the United States" and rec["killed_best"] == 1


def test_metro_police_are_no_town_called_metro():
    recs = typed("NASHVILLE, Tenn. - Two people were shot, one fatally, in a road rage incident on Interstate 24 on "
                 "Friday afternoon, Metro police said.")
    assert recs[0]["country"] == "United States" and recs[0]["location"] == "Nashville"


def test_a_second_victim_parsed_as_a_conjunct_of_the_first_verb():
    rec = only("PHILADELPHIA - A 15-year-old boy was fatally shot and a 17-year-old was wounded near a recreation "
               "center in North Philadelphia just after 4 p.m. Monday, police said.")
    assert (rec["killed_best"], rec["injured_best"]) == (1, 1)


def test_an_arrest_over_an_old_killing_is_the_news_and_the_years_are_the_killings():
    (rec,) = typed("BAGHDAD, Iraq - Security forces arrested a suspect in the killing of a prominent Iraqi researcher "
                   "outside his home in Baghdad two years ago, the interior ministry said on Tuesday.")
    assert rec["sub_event_type"] == "Arrests" and rec["event_date"] == "2025-12-02"


def test_a_day_told_after_the_crime_an_arrest_is_over_is_the_crimes():
    recs = typed("LAGOS, Nigeria - Police arrested a man on Monday over a shooting at a bar in Lagos on Saturday.")
    dates = {r["sub_event_type"]: r["event_date"] for r in recs}
    assert dates == {"Arrests": "2025-12-01", "Attack": "2025-11-29"}
