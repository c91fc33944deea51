"""Bugs found by reading the twenty-eighth round of reports written in our own words (four helpers wrote
160: South Asia's police and riots, Latin America's insurgencies old and new, US local shooting pages and
Africa's raids; published 2026-12-02). No dataset text."""

from __future__ import annotations

from qa_wire import helpers

PUB = "2026-12-02"  # a Wednesday

run, records, typed, only = helpers(PUB)


# --- riots: the force the crowd fought --------------------------------------------------------------

def test_a_mob_that_clashed_with_police_has_the_police_as_its_other_side():
    recs = typed("VADODARA, India - A man died in Vadodara on Monday when a crowd of rioters clashed with "
                 "policemen, officials said.")
    assert len(recs) == 1
    assert recs[0]["actor1"] == "Rioters (India)" and recs[0]["actor2"] == "Police Forces of India"
    assert recs[0]["killed_best"] == 1


def test_rioters_who_clashed_with_police_keep_the_police_after_the_dead():
    recs = typed("SURAT, India - Two people died on Tuesday in Surat when rioters clashed with police.")
    assert recs and recs[0]["actor2"] == "Police Forces of India"


# --- deaths told as caused by violence ----------------------------------------------------------------

def test_a_death_in_violence_is_an_event():
    recs = typed("HERAT, Afghanistan - Three people were killed in violence in Herat on Tuesday.")
    assert len(recs) == 1 and recs[0]["killed_best"] == 3 and recs[0]["event_date"] == "2026-12-01"


def test_violence_as_the_killer_is_an_event():
    recs = typed("BANGUI, Central African Republic - Unrest in the capital killed four people on Monday.")
    assert len(recs) == 1 and recs[0]["killed_best"] == 4


def test_a_death_with_no_cause_told_is_still_no_event():
    assert not typed("HERAT, Afghanistan - One man was killed in Herat on Tuesday.")


# --- figures from two sides --------------------------------------------------------------------------

def test_the_same_side_s_dead_from_two_sources_is_a_rival_figure_not_more_dead():
    recs = typed("USULUTAN, El Salvador - Guerrillas attacked an army barracks in Usulutan on Monday, sparking a "
                 "four-hour battle. The army said 19 guerrillas and five soldiers died. A guerrilla spokesman "
                 "said by radio that 40 soldiers had been killed.")
    assert len(recs) == 1
    assert recs[0]["killed_best"] == 24 and recs[0]["killed_high"] == 59


# --- a victim's own work and people ---------------------------------------------------------------------

def test_the_murder_a_judge_was_investigating_is_no_figure_of_his_killing():
    recs = typed("TEGUCIGALPA, Honduras - A judge who was investigating the murder of an environmental activist was "
                 "shot dead on Sunday outside a restaurant in Tegucigalpa, police said. Gunmen on a motorbike fired "
                 "several shots at him. His bodyguard was wounded.")
    assert len(recs) == 1
    assert recs[0]["killed_best"] == 1 and recs[0]["injured_best"] == 1


def test_police_investigating_a_killing_still_count_it():
    recs = typed("MEMPHIS, Tenn. - Police are investigating the killing of a 30-year-old man who was shot on "
                 "Saturday night in Frayser.")
    assert [r["killed_best"] for r in recs] == [1]


def test_an_earlier_killing_weeks_before_elsewhere_is_not_this_one_s_dead():
    recs = typed("CULIACAN, Mexico - A prosecutor was shot dead in his car in Culiacan on Saturday, three weeks "
                 "after another prosecutor was killed in the neighbouring state of Sonora, officials said.")
    here = [r for r in recs if r["location"] == "Culiacan"]
    assert len(here) == 1 and here[0]["killed_best"] == 1


# --- a period's running toll ----------------------------------------------------------------------------

def test_a_period_s_running_toll_is_no_incident_s_figure():
    recs = typed("JOS, Nigeria - Gunmen killed 14 people in the village of Barkin Ladi on Friday and another 6 in "
                 "nearby Riyom the next day, a local official said, bringing the toll from attacks in the area "
                 "this year to more than 400.")
    got = sorted((r["location"], r["event_date"], r["killed_best"]) for r in recs)
    assert got == [("Barkin Ladi", "2026-11-27", 14), ("Riyom", "2026-11-28", 6)]


# --- figures corrected and told again -----------------------------------------------------------------

def test_a_toll_revised_down_is_the_best_figure():
    recs = typed("SAN PEDRO SULA, Honduras - At least 41 inmates were killed in a riot between rival gangs at a "
                 "prison in San Pedro Sula on Saturday, officials said. The toll was later revised to 37 after "
                 "some bodies had been counted twice.")
    assert len(recs) == 1
    assert recs[0]["killed_best"] == 37 and recs[0]["killed_high"] == 41


def test_a_wounded_figure_told_as_corrected_gives_way():
    recs = typed("TULSA, Okla. - A gunman killed two people and wounded five others at a warehouse in Tulsa on "
                 "Monday before he was shot dead by officers, police said. Police had earlier put the number of "
                 "wounded at eight but revised it after three people were found to have been hurt while running "
                 "away.")
    assert recs and recs[0]["injured_best"] == 5


def test_the_first_word_on_the_wounded_gives_way_to_those_still_in_hospital():
    recs = typed("MOBILE, Ala. - The death toll from Friday night's shooting at a birthday party in Mobile has risen "
                 "to three, police said. Initially, police reported one person killed and five wounded. A second "
                 "victim died Saturday and a third on Monday. Three others remain hospitalized.")
    assert recs and recs[0]["killed_best"] == 3 and recs[0]["injured_best"] == 3


def test_people_who_remain_hospitalized_are_hurt():
    recs = typed("DALLAS - A man was killed in a shooting in south Dallas on Monday night, police said. Two others "
                 "remain hospitalized.")
    assert recs and recs[0]["injured_best"] == 2


def test_a_plural_then_the_same_people_by_sex_and_age_is_not_a_list():
    recs = typed("MESA, Ariz. - Two customers, a 40-year-old man and a 33-year-old woman, were shot at a bar early "
                 "Sunday, police said.")
    assert recs and recs[0]["injured_best"] == 2


# --- reports nobody confirmed -------------------------------------------------------------------------

def test_unconfirmed_reports_of_a_kidnapping_are_no_kidnapping():
    recs = records("CUCUTA, Colombia - Police said on Wednesday they had not confirmed reports that the mayor of "
                   "the town of Tibu had been kidnapped by ELN rebels.")
    assert not any(r["status"] == "occurred" and r["sub_event_type"] == "Abduction/forced disappearance"
                   for r in recs)


# --- one incident, figures from several sides ------------------------------------------------------

def test_a_toll_a_spokesman_puts_is_a_figure_of_the_bombing_not_another_event():
    recs = typed("JALALABAD, Afghanistan - A suicide bomber blew himself up outside a passport office in Jalalabad on "
                 "Monday, killing at least 18 people, a hospital official said. A Taliban spokesman put the toll "
                 "at 11 dead and 25 wounded. Islamic State claimed the attack.")
    assert len(recs) == 1
    r = recs[0]
    assert r["sub_event_type"] == "Suicide bomb" and r["killed_best"] == 11 and r["killed_high"] == 18
    assert r["injured_best"] == 25


def test_the_striker_s_own_word_on_its_strikes_is_a_rival_figure():
    recs = typed("ERBIL, Iraq - Turkish drones struck a car near Makhmour in northern Iraq on Tuesday, killing two "
                 "members of a militia linked to the PKK, Kurdish officials said. Ankara said its strikes had "
                 "neutralised five militants.")
    assert len(recs) == 1
    assert recs[0]["killed_best"] == 2 and recs[0]["killed_high"] == 5


def test_a_news_agency_named_in_capitals_is_no_place():
    recs = typed("DEIR EZZOR, Syria - Islamic State gunmen ambushed an army bus east of Palmyra on Sunday, killing "
                 "six soldiers, a monitoring group said. The state news agency SANA said four soldiers died.")
    assert len(recs) == 1 and recs[0]["country"] == "Syria"
    assert recs[0]["killed_best"] == 4 and recs[0]["killed_high"] == 6


def test_the_attacked_force_killing_all_the_attackers_is_the_same_fight():
    recs = typed("QUETTA, Pakistan - Separatist fighters attacked a Frontier Corps camp in Panjgur district on "
                 "Monday night, the military said. Security forces killed all six attackers, while three soldiers "
                 "lost their lives.")
    fights = [r for r in recs if r["event_type"] == "Battles"]
    assert len(fights) == 1
    assert fights[0]["actor2"] == "Military Forces of Pakistan" and fights[0]["killed_best"] == 9


def test_protesters_and_a_policeman_against_a_group_s_own_members_are_rival_figures():
    recs = typed("MUZAFFARABAD, Pakistan - Two protesters and one policeman were killed on Monday when police fired on "
                 "a rally in Kotli, officials said. The organisers said five of their members died.")
    assert len(recs) == 1
    r = recs[0]
    assert r["killed_best"] == 3 and r["killed_high"] == 5
    assert r["actor1"] == "Protesters (Pakistan)" and r["actor2"] == "Police Forces of Pakistan"


def test_a_toll_rising_on_another_day_keeps_the_day_that_owns_the_firing():
    recs = typed("PATNA, India - The death toll from Sunday's police firing on villagers in Gaya rose to four on "
                 "Tuesday.")
    assert len(recs) == 1 and recs[0]["event_date"] == "2026-11-29"


def test_the_toll_of_a_bombing_told_rising_keeps_the_bombing_s_day():
    recs = typed("KABUL, Afghanistan - The death toll from Sunday's bombing in Kabul rose to seven on Tuesday.")
    assert len(recs) == 1 and recs[0]["event_date"] == "2026-11-29"


# --- US pages: who was hurt, who did it, what was corrected -----------------------------------------

def test_a_shooter_s_reflexive_is_the_shooter_and_her_son_is_a_victim():
    recs = typed("TUCSON, Ariz. - A man shot his wife and her teenage son before killing himself at a home in "
                 "Tucson on Monday night, police said. The 39-year-old woman died at the scene. Her 16-year-old son "
                 "was shot in the arm and is in stable condition. The gunman, 45, was found dead in the garage.")
    assert len(recs) == 1 and recs[0]["killed_best"] == 2 and recs[0]["injured_best"] == 1


def test_a_homeowner_killed_by_a_deputy_is_not_the_deputy_shot_before():
    recs = typed("BOISE, Idaho - A county sheriff's deputy was shot and wounded on Sunday while serving papers at a "
                 "home near Boise, the sheriff said. The deputy was hit in the shoulder. Another deputy returned "
                 "fire, killing the 58-year-old homeowner.")
    assert len(recs) == 1 and recs[0]["killed_best"] == 1 and recs[0]["injured_best"] == 1


def test_initial_reports_revised_give_way_to_the_figure_told():
    recs = typed("CLEVELAND - A shooting outside a bar early Sunday left one man dead and three people injured, "
                 "police said. Initial reports said five people had been shot, but police later revised that "
                 "figure.")
    assert recs and recs[0]["killed_best"] == 1 and recs[0]["injured_best"] == 3


def test_a_wounded_person_police_said_was_a_mistake_is_not_counted():
    recs = typed("MEMPHIS, Tenn. - The man fatally shot Monday night in Orange Mound has been identified as "
                 "41-year-old Carl Dean. Police initially said a second person had been wounded, but later said "
                 "that was incorrect.")
    assert recs and recs[0]["killed_best"] == 1 and not recs[0]["injured_best"]


def test_the_dead_a_risen_toll_adds_came_from_among_the_wounded():
    recs = typed("MACON, Ga. - The death toll from Saturday's shooting at a house party in Macon has risen to three "
                 "after a 19-year-old man died at a hospital on Monday, police said. Two people were killed at the "
                 "scene and six others were wounded.")
    assert len(recs) == 1 and recs[0]["killed_best"] == 3 and recs[0]["injured_best"] == 5
    assert recs[0]["event_date"] == "2026-11-28"


# --- protests: what met the crowd, one event a place and day ------------------------------------------

def test_a_crowd_that_dispersed_itself_met_no_intervention():
    recs = typed("ACCRA, Ghana - Hundreds of nurses staged a peaceful sit-in outside the health ministry in Accra on "
                 "Monday over unpaid allowances. They sang and waved placards before dispersing in the evening. "
                 "Police watched but did not intervene.")
    assert [r["sub_event_type"] for r in recs] == ["Peaceful protest"]


def test_no_one_arrested_is_no_intervention():
    recs = typed("COLOMBO, Sri Lanka - Farmers staged a hunger strike in Vavuniya on Tuesday against the price of "
                 "fertiliser. \"The protest was peaceful and no one was arrested,\" a police spokesman said.")
    assert [r["sub_event_type"] for r in recs] == ["Peaceful protest"]


def test_force_on_a_crowd_and_the_crowd_s_stones_are_one_riot():
    recs = typed("HARARE, Zimbabwe - Riot police beat and dispersed traders protesting against a ban on street "
                 "stalls in central Harare on Monday, witnesses said. At least six traders were treated in "
                 "hospital for injuries. Police said 12 people were arrested after traders threw stones at officers.")
    assert len(recs) == 1
    r = recs[0]
    assert r["sub_event_type"] == "Violent demonstration" and r["injured_best"] == 6 and r["arrested_best"] == 12


def test_killings_during_protests_and_the_youths_barricades_are_one_event():
    recs = typed("CONAKRY, Guinea - Security forces shot dead two young men during protests in the Conakry suburb of "
                 "Ratoma on Tuesday, the opposition said. Youths had erected barricades and thrown stones at "
                 "gendarmes. The government said 20 people were arrested.")
    assert len(recs) == 1
    r = recs[0]
    assert r["sub_event_type"] == "Violent demonstration" and r["killed_best"] == 2 and r["arrested_best"] == 20


def test_a_protest_and_its_crowd_s_violence_in_two_sentences_is_the_riot():
    recs = typed("NEW DELHI, India - Farmers across Haryana have blocked roads and rail tracks during a shutdown "
                 "against new crop-pricing laws. Hundreds of farm unions are protesting the laws passed last week.")
    assert [r["sub_event_type"] for r in recs if r["event_type"] in ("Protests", "Riots")] == ["Violent demonstration"]


# --- court and update pages: the incident they are about --------------------------------------------

def test_a_man_shot_who_has_died_is_killed_in_an_update():
    recs = typed("MOBILE, Ala. - UPDATE Dec. 1: The man shot during a fight outside a bar on Saturday has died of his "
                 "injuries, police said. ORIGINAL STORY: A man was critically wounded Saturday night when another "
                 "man opened fire on him outside a bar on Dauphin Street.")
    assert len(recs) == 1 and recs[0]["killed_best"] == 1 and not recs[0]["injured_best"]
    assert recs[0]["event_date"] == "2026-11-28"


def test_a_court_story_keeps_the_figures_of_the_shooting_it_dates():
    recs = typed("LOUISVILLE, Ky. - A 40-year-old man pleaded not guilty Tuesday to murder charges in the Nov. 20 "
                 "shooting that killed a woman and injured her teenage daughter in the Portland neighborhood. "
                 "Prosecutors say Dale Hunt fired at least ten rounds into the woman's car after an argument.")
    shots = [r for r in recs if r["sub_event_type"] == "Attack"]
    assert len(shots) == 1
    assert shots[0]["event_date"] == "2026-11-20" and shots[0]["killed_best"] == 1 and shots[0]["injured_best"] == 1


def test_a_man_who_fired_and_wounded_is_an_attack_on_the_day_the_charge_tells():
    recs = typed("SEATTLE - A 31-year-old man charged with shooting a taxi driver on Nov. 22 made his first "
                 "appearance in court on Tuesday. Prosecutors say the man fired twice through the window of the "
                 "cab on Aurora Avenue, wounding the 55-year-old driver in the arm.")
    shots = [r for r in recs if r["sub_event_type"] == "Attack"]
    assert len(shots) == 1 and shots[0]["event_date"] == "2026-11-22" and shots[0]["injured_best"] == 1


def test_a_street_named_like_a_month_is_no_date():
    recs = typed("DALLAS - Police announced Tuesday the arrest of a 19-year-old in the Nov. 24 shooting death of a "
                 "delivery driver in Pleasant Grove. Police say the man lured the driver to a house on Lake June Road "
                 "and shot him.")
    assert not any((r["event_date"] or "").startswith("2026-06") for r in recs)


def test_a_day_an_editor_s_note_corrects_is_not_the_shooting_s():
    recs = typed("DAYTON, Ohio - Gunfire wounded a woman, 30, in the Westwood neighborhood on Sunday, police said. "
                 "Correction: a previous version of this article wrongly said the gunfire was on Monday.")
    assert [r["event_date"] for r in recs if r["sub_event_type"] == "Attack"] == ["2026-11-29"]


def test_reports_of_shots_that_turned_out_to_be_fireworks_are_no_shooting():
    recs = records("CHARLOTTE, N.C. - Reports of a shooting at a shopping mall on Tuesday evening turned out to be "
                   "fireworks set off inside a store, police said. No one was shot, and officers found no evidence "
                   "that a gun had been fired.")
    assert not any(r["status"] == "occurred" and r["sub_event_type"] == "Attack" for r in recs)


# --- a lead's total over the incidents told after it ----------------------------------------------------

def test_a_lead_total_that_joined_its_first_part_gives_way_to_the_part():
    recs = typed("GUSAU, Nigeria - Bandits killed 19 villagers in Zamfara state this week, police said on Wednesday. "
                 "Eight of them died when bandits raided Kadawa village in Maru district on Monday, while 11 others "
                 "were killed in an attack on Dansadau on Tuesday.")
    assert sorted(r["killed_best"] for r in recs if r["killed_best"]) == [8, 11]


def test_a_day_s_violence_total_over_its_parts_is_no_figure_of_one_of_them():
    recs = typed("PESHAWAR, Pakistan - Violence in Pakistan's northwest left at least eight people dead on Tuesday, "
                 "officials said. In Tank, militants attacked a police post, killing three policemen. In Lakki "
                 "Marwat, a roadside bomb struck an army vehicle, killing two soldiers. In Bajaur, gunmen shot dead "
                 "three polio workers.")
    assert sorted(r["killed_best"] for r in recs if r["killed_best"]) == [2, 3, 3]


# --- statements and the past around the news --------------------------------------------------------

def test_the_dead_of_unrest_dated_by_what_it_followed_are_no_event():
    recs = typed("MAPUTO, Mozambique - The government and the opposition signed an accord in Maputo on Tuesday to end "
                 "months of unrest. At least 250 people were killed in the unrest that followed the October 2024 "
                 "election, rights groups say.")
    assert not any(r["event_type"] in ("Violence against civilians", "Battles", "Riots") for r in recs)
    assert not any(r["killed_best"] for r in recs)


def test_an_attack_on_democracy_is_a_figure_of_speech():
    recs = typed("NIAMEY, Niger - The military government dissolved all political parties on Tuesday. Opposition "
                 "figures in exile condemned the move as an attack on democracy.")
    assert not any(r["sub_event_type"] == "Attack" for r in recs)


def test_people_freed_after_a_past_detention_are_no_arrest_nor_protest():
    recs = typed("CARACAS, Venezuela - Authorities freed 85 people detained during post-election protests, the "
                 "attorney general's office said on Tuesday.")
    assert not any(r["sub_event_type"] in ("Arrests", "Peaceful protest") for r in recs)
    assert not any(r["arrested_best"] for r in recs)


def test_a_shooting_told_again_after_the_victim_s_death_day_is_one_event():
    recs = typed("MEMPHIS, Tenn. - A man who was shot late Saturday in the Frayser neighborhood died Monday, police "
                 "said. The 41-year-old was shot several times outside a store on Watkins Street at about 10:30 p.m. "
                 "Saturday.")
    shots = [r for r in recs if r["sub_event_type"] == "Attack"]
    assert len(shots) == 1 and shots[0]["killed_best"] == 1 and shots[0]["event_date"] == "2026-11-28"


def test_one_of_the_men_shot_who_died_comes_off_the_wounded():
    recs = typed("DETROIT - One of the three men shot outside a bar on the city's west side has died, police said "
                 "Tuesday. Three men were wounded late Monday when a gunman opened fire outside the bar. The other "
                 "two victims remain hospitalized.")
    assert len(recs) == 1 and recs[0]["killed_best"] == 1 and recs[0]["injured_best"] == 2


def test_the_first_word_on_the_dead_and_one_who_also_died_make_the_toll_told_before():
    recs = typed("ATLANTA - Three people are dead after a shooting at an apartment complex early Tuesday, police "
                 "said. Police initially said two men had been killed, but the medical examiner later confirmed "
                 "that a woman had also died.")
    assert len(recs) == 1 and recs[0]["killed_best"] == 3


# --- round thirty-one (published 2027-02-03, written with this session's dates) -----------------------

def test_a_death_a_day_after_the_shooting_that_led_to_it_is_one_event():
    recs = typed("INDIANAPOLIS - A 4-year-old boy died Tuesday, a day after he was accidentally shot by his older "
                 "sister at the family's home on the city's east side, police said.")
    shots = [r for r in recs if r["sub_event_type"] == "Attack"]
    assert len(shots) == 1 and shots[0]["killed_best"] == 1 and shots[0]["event_date"] == "2026-11-30"


def test_the_other_two_after_one_who_died_are_the_wounded():
    recs = typed("PHILADELPHIA - Police have revised the number of people shot in Kensington on Sunday evening to "
                 "three, not four as initially reported. One of the victims, a 24-year-old man, died at a hospital. "
                 "The other two are in stable condition.")
    assert recs and recs[0]["killed_best"] == 1 and recs[0]["injured_best"] == 2


def test_a_second_man_wounded_that_night_is_the_shooting_s_not_the_background_s():
    recs = typed("KANSAS CITY, Mo. - A man who was shot outside a bar on Thanksgiving night has died, police said "
                 "Tuesday. Marcus Bell, 33, had been on life support since the Nov. 26 shooting. A second man "
                 "wounded that night has recovered.")
    shots = [r for r in recs if r["sub_event_type"] == "Attack"]
    assert len(shots) == 1 and shots[0]["killed_best"] == 1 and shots[0]["injured_best"] == 1


def test_a_claim_the_sentence_calls_false_is_no_figure():
    recs = typed("MILWAUKEE - Police said Tuesday that no one was hurt when gunfire erupted outside a high school "
                 "basketball game on Monday night. Early social media posts had claimed two students were shot, but "
                 "police said those reports were false.")
    assert not any(r["injured_best"] for r in recs)


def test_another_wounded_and_a_woman_with_a_gunshot_wound_are_one_person():
    recs = typed("OMAHA, Neb. - One person was killed and another was wounded in a shooting early Sunday. Officers "
                 "found a man dead on the sidewalk and a woman with a bullet wound in her hand, police said.")
    assert recs and recs[0]["killed_best"] == 1 and recs[0]["injured_best"] == 1


def test_gunmen_on_a_motorcycle_who_shot_dead_a_judge_did_an_attack():
    recs = typed("MEDELLIN, Colombia - Gunmen on a motorcycle shot dead a judge in Medellin on Monday, police said.")
    assert [(r["sub_event_type"], r["killed_best"]) for r in recs] == [("Attack", 1)]


def test_a_sit_in_that_dispersed_peacefully_met_no_intervention():
    recs = typed("JAKARTA, Indonesia - Hundreds of students staged a sit-in outside parliament on Monday. The sit-in "
                 "dispersed peacefully in the evening.")
    assert [r["sub_event_type"] for r in recs] == ["Peaceful protest"]


def test_many_injured_is_no_copy_of_the_dead_s_figure():
    recs = typed("LAGOS, Nigeria - At least five people were killed and many injured when police opened fire on "
                 "protesters in Lagos on Monday.")
    assert recs and recs[0]["killed_best"] == 5 and not recs[0]["injured_best"]


def test_a_week_s_operations_across_the_country_told_on_a_day_are_a_tally():
    recs = typed("ABUJA, Nigeria - Nigeria's military said on Wednesday that troops had killed 60 terrorists and "
                 "arrested 95 suspects across the country over the past week.")
    assert not any(r["killed_best"] for r in recs)


def test_how_many_were_killed_is_a_question_not_a_figure():
    recs = typed("BAHIR DAR, Ethiopia - Fano fighters seized the town of Debre Tabor on Tuesday after clashes with "
                 "federal troops, residents said. It was not immediately clear how many people were killed.")
    assert not any(r["killed_best"] for r in recs)


def test_people_killed_beside_people_taken_make_an_attack():
    recs = typed("GAMBELLA, Ethiopia - Gunmen crossed into Ethiopia's Gambella region on Friday, killing nine "
                 "villagers and abducting 14 children, regional officials said.")
    assert [(r["sub_event_type"], r["killed_best"], r["abducted_best"]) for r in recs] == [("Attack", 9, 14)]


def test_a_bomb_told_then_explosives_strapped_to_the_attacker_s_body_is_a_suicide_bombing():
    recs = typed("LIMA, Peru - A bomb exploded on Monday morning inside a bus carrying navy personnel in Lima, killing "
                 "the bomber and three sailors, police said. Police said the attacker detonated explosives strapped "
                 "to his body as the bus stopped at a traffic light.")
    assert [r["sub_event_type"] for r in recs] == ["Suicide bomb"]


def test_a_second_target_damaged_on_another_day_is_a_second_attack():
    recs = typed("GUATEMALA CITY - A bomb destroyed a power tower near Escuintla on Sunday, and a second tower was "
                 "damaged near Mazatenango on Monday, the electricity institute said.")
    got = sorted((r["location"], r["event_date"]) for r in recs if r["event_type"] == "Explosions/Remote violence")
    assert got == [("Escuintla", "2026-11-29"), ("Mazatenango", "2026-11-30")]


def test_a_gathering_to_mark_a_past_shooting_is_a_peaceful_protest():
    recs = typed("LAGOS, Nigeria - Hundreds of protesters gathered at the Lekki toll gate in Lagos on Monday to mark "
                 "the anniversary of the 2020 shooting of demonstrators, in which rights groups say at least 12 "
                 "people were killed by soldiers. The gathering was peaceful.")
    protests = [r for r in recs if r["event_type"] in ("Protests", "Riots")]
    assert [r["sub_event_type"] for r in protests] == ["Peaceful protest"] and not protests[0]["killed_best"]


def test_a_murder_suicide_s_total_counts_the_shooter_once():
    recs = typed("RALEIGH, N.C. - A woman and her 12-year-old son were found shot to death inside their home on "
                 "Saturday in what police described as a murder-suicide. Investigators believe the woman shot her "
                 "son before killing herself.")
    assert len(recs) == 1 and recs[0]["killed_best"] == 2


def test_the_first_man_of_two_shot_who_died_is_killed():
    recs = typed("SPRINGFIELD, Mo. - Two men were shot in separate incidents on the same block on Monday. The first "
                 "man, shot around noon, died at the scene.")
    assert any(r["killed_best"] == 1 for r in recs)


def test_a_victim_s_escorts_who_also_died_are_of_his_ambush():
    recs = typed("LIMA, Peru - Shining Path guerrillas shot dead the mayor of Huanta in an ambush on Monday, police "
                 "said. Two of his escorts also died.")
    assert len(recs) == 1 and recs[0]["killed_best"] == 3


def test_the_shooter_killed_by_other_officers_is_the_same_exchange():
    recs = typed("SHREVEPORT, La. - A police officer was killed and a second officer was wounded Monday night when a "
                 "man opened fire on them during a domestic disturbance call, authorities said. Other officers then "
                 "shot the suspect dead.")
    fights = [r for r in recs if r["event_type"] == "Battles" or r["sub_event_type"] == "Attack"]
    assert len(fights) == 1
    r = fights[0]
    assert r["killed_best"] == 2 and r["injured_best"] == 1 and r["actor2"] == "Police Forces of the United States"


def test_a_mob_that_beat_a_man_accused_of_something_to_death_killed_him():
    recs = typed("SIALKOT, Pakistan - A mob beat a man accused of blasphemy to death in Sialkot on Monday, police said.")
    assert [(r["sub_event_type"], r["killed_best"]) for r in recs] == [("Mob violence", 1)]


def test_people_a_medical_body_treated_are_hurt():
    recs = typed("BEIRUT, Lebanon - Protesters clashed with security forces outside parliament in Beirut on Saturday. "
                 "The Red Cross said it treated 54 people, including seven soldiers.")
    assert recs and recs[0]["injured_best"] == 54


def test_the_army_s_toll_of_assailants_during_the_fighting_is_the_ambush_s():
    recs = typed("MOPTI, Mali - Suspected jihadists ambushed a military convoy near Boni on Monday, killing at least "
                 "nine soldiers, security sources said. The army said it had neutralised about 15 assailants during "
                 "the fighting.")
    fights = [r for r in recs if r["event_type"] == "Battles"]
    assert len(fights) == 1 and fights[0]["killed_best"] == 24
