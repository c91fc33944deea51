"""Bugs found by reading the twenty-fifth to twenty-seventh rounds of reports written in our own words
(twelve helpers wrote 480: US local shootings and crime pages, the Middle East and North Africa, South and
South-East Asia, Africa, Latin America, Europe and the Russia-Ukraine war, and reports built as lists and
round-ups; published 2026-09-02, 2026-10-07 and 2026-11-11). No dataset text."""

from __future__ import annotations

from qa_wire import helpers

PUB = "2026-09-02"  # a Wednesday

run, records, typed, only = helpers(PUB)


# --- a list that tells the same deed again, the verb left out --------------------------------------

def test_a_list_of_towns_and_days_is_one_event_each():
    recs = typed("MAIDUGURI, Nigeria - Insurgents killed at least 30 villagers in Gwoza on Saturday, 11 in Bama "
                 "on Sunday and eight in Dikwa on Monday, a militia commander said.")
    got = sorted((r["location"], r["event_date"], r["killed_best"]) for r in recs)
    assert got == [("Bama", "2026-08-30", 11), ("Dikwa", "2026-08-31", 8), ("Gwoza", "2026-08-29", 30)]
    assert all(r["actor2"] == "Civilians (Nigeria)" for r in recs)


def test_a_passive_list_of_towns_is_one_event_each():
    recs = typed("MAIDUGURI, Nigeria - At least 30 people were killed by jihadists in Gwoza on Saturday, 11 in Bama on Sunday "
                 "and eight in Dikwa on Monday, residents said.")
    got = sorted((r["location"], r["event_date"], r["killed_best"]) for r in recs)
    assert got == [("Bama", "2026-08-30", 11), ("Dikwa", "2026-08-31", 8), ("Gwoza", "2026-08-29", 30)]


def test_a_list_with_the_day_before_the_town_keeps_the_fighting_sides():
    recs = typed("ADDIS ABABA, Ethiopia - Clashes between the army and Fano fighters killed 14 people on Saturday "
                 "in Debre Markos, another 20 on Sunday in Bahir Dar and at least four on Monday in Lalibela, "
                 "residents said.")
    got = sorted((r["event_date"], r["killed_best"], r["actor1"]) for r in recs)
    assert [(d, k) for d, k, _ in got] == [("2026-08-29", 14), ("2026-08-30", 20), ("2026-08-31", 4)]
    assert len({a for _, _, a in got}) == 1 and got[0][2] is not None


def test_parts_that_add_up_to_the_figure_are_not_more_events():
    recs = typed("SOKOTO, Nigeria - Bandits killed 10 people in Sokoto state on Sunday, four in Isa and six in "
                 "Sabon Birni, police said.")
    assert sum(r["killed_best"] or 0 for r in recs) == 10


def test_a_toll_after_a_comma_is_the_deed_before_the_and():
    recs = typed("GAO, Mali - A car bomb went off at an army checkpoint in Gao on Thursday, killing two soldiers, "
                 "and two days later gunmen ambushed a supply convoy near Ansongo, killing six more, the army "
                 "said.")
    got = sorted((r["event_date"], r["killed_best"]) for r in recs)
    assert got == [("2026-08-27", 2), ("2026-08-29", 6)]


# --- a shooting that did not happen, one ranked in a series ------------------------------------------

def test_reports_found_unfounded_are_no_shooting():
    recs = records("DAYTON, Ohio - Reports of a shooting at a shopping centre on Sunday night proved unfounded, "
                   "police said. The bangs that emptied the food court came from fireworks.")
    assert not any(r["status"] == "occurred" and r["sub_event_type"] == "Attack" for r in recs)


def test_hurt_running_away_but_not_shot_is_no_negated_attack():
    recs = records("ATLANTA - Gunfire outside a community centre on Monday night wounded four people, police said. "
                   "Three others were hurt as they ran from the scene but were not shot.")
    assert [r["status"] for r in recs if r["sub_event_type"] == "Attack"] == ["occurred"]


def test_the_sixth_police_shooting_this_year_is_the_one_told():
    recs = typed("TUCSON, Ariz. - Officers shot and killed a man who ran at them with a machete on Tuesday, the "
                 "police department said. It was the sixth police shooting in the city this year.")
    assert [(r["event_date"], r["killed_best"]) for r in recs] == [("2026-09-01", 1)]


# --- places and actors of strikes -------------------------------------------------------------------

def test_a_capital_accused_is_the_government_not_the_place():
    rec = only("GOMA, DR Congo - An army drone struck rebel positions near Kiwanja in Rutshuru territory on "
               "Tuesday, killing three fighters, the rebels said. They accused Kinshasa of breaking a truce.")
    assert rec["location"] != "Kinshasa" and rec["admin2"] == "Rutshuru Territory"


def test_a_drone_dropping_a_grenade_is_a_strike_and_a_protest_to_an_army_is_none():
    recs = records("TYRE, Lebanon - An Israeli drone dropped a stun grenade near Lebanese soldiers repairing a road "
                   "in Khiam on Tuesday, the army said. No one was hurt. The UN force said it had protested to "
                   "the Israeli military.")
    assert [r["sub_event_type"] for r in recs if r["sub_event_type"]] == ["Air/drone strike"]


def test_towns_where_sirens_sounded_are_no_places_of_the_strike():
    recs = typed("DUBAI - Israel said its air defences intercepted a missile fired from Yemen toward central Israel "
                 "on Monday, setting off air-raid sirens in Tel Aviv and Jerusalem.")
    assert len(recs) == 1 and recs[0]["location"] not in ("Tel Aviv", "Jerusalem")


def test_civilians_killed_by_foreign_jets_are_of_the_country_struck():
    recs = typed("DUBAI - Israeli jets struck a power station in Sanaa on Monday, killing three people, the "
                 "Houthi-run television said.")
    assert [r["actor2"] for r in recs] == ["Civilians (Yemen)"]


def test_a_ministry_giving_the_toll_is_not_whose_jets_struck():
    recs = typed("GAZA CITY - Israeli air strikes across the Gaza Strip killed at least 30 Palestinians on Tuesday, "
                 "including nine in a strike on a school housing displaced families in Khan Yunis, the Gaza health "
                 "ministry said.")
    assert recs[0]["actor1"] == "Military Forces of Israel"


def test_wanted_suspects_arrested_are_counted_and_the_arrest_happened():
    recs = typed("JENIN, West Bank - Israeli troops killed two gunmen in a raid on the camp on Tuesday, the army "
                 "said. The army said 11 wanted suspects were arrested during the raid.")
    arrests = [r for r in recs if r["sub_event_type"] == "Arrests"]
    assert [(r["status"], r["arrested_best"]) for r in arrests] == [("occurred", 11)]


def test_a_suicide_bombers_explosives_and_the_town_of_the_hospital_are_one_bombing():
    recs = typed("PESHAWAR, Pakistan - A suicide bomber detonated his explosives among worshippers at a mosque in "
                 "Lakki Marwat district on Tuesday, killing at least 12 people and wounding 25 others, police said. "
                 "Doctors in nearby Bannu, where many of the wounded were taken, put the toll at 15.")
    assert len(recs) == 1
    assert (recs[0]["sub_event_type"], recs[0]["killed_best"], recs[0]["injured_best"]) == ("Suicide bomb", 12, 25)


def test_a_wars_toll_over_its_years_is_no_figure_of_the_strike():
    recs = typed("PORT SUDAN, Sudan - A paramilitary drone strike on a market in El Obeid killed seven people on "
                 "Tuesday, medics said. The war, which began in April 2023, has killed tens of thousands of people.")
    assert [r["killed_best"] for r in recs] == [7]


# --- US pages: the wounded told one by one, the gunman's victims, an officer hurt -------------------

def test_the_wounded_told_one_by_one_are_the_figure_told_before():
    recs = typed("NEW ORLEANS - A 24-year-old man was killed and three other people were wounded when gunmen fired "
                 "into a crowd on Monday night, police said. A girl, 15, took a bullet in the arm, and two men, "
                 "ages 27 and 39, were hit in the legs.")
    assert [(r["killed_best"], r["injured_best"]) for r in recs] == [(1, 3)]


def test_the_gunmans_victims_and_an_officer_hurt_in_the_shootout_are_all_counted():
    recs = typed("HOUSTON - A man who opened fire inside a pharmacy on Monday afternoon, wounding the pharmacist and "
                 "a customer, was shot dead by officers, police said. One officer was grazed in the arm during the "
                 "exchange of gunfire and is expected to recover.")
    assert [(r["status"], r["killed_best"], r["injured_best"]) for r in recs] == [("occurred", 1, 3)]


# --- lists paired with "respectively" ----------------------------------------------------------------

def test_figures_places_and_days_paired_by_respectively_are_one_event_each():
    recs = typed("KHARTOUM, Sudan - Paramilitary fighters raided the villages of Wad Ashana, Tambul and Rufaa on "
                 "Friday, Saturday and Sunday, killing 25, 9 and 6 people respectively, a rights group said.",
                 "2026-10-07")
    got = sorted((r["event_date"], r["killed_best"]) for r in recs)
    assert got == [("2026-10-02", 25), ("2026-10-03", 9), ("2026-10-04", 6)]


def test_two_figures_and_two_towns_on_one_day_respectively():
    recs = typed("SOKOTO, Nigeria - Bandits killed eight and five people in Sabon Birni and Isa local government "
                 "areas of Sokoto state on Tuesday, respectively, police said.", "2026-10-07")
    assert sorted((r["location"], r["killed_best"]) for r in recs) == [("Isa", 5), ("Sabon Birni", 8)]


def test_a_bombing_of_a_pipeline_on_two_days_in_two_towns():
    recs = typed("CUCUTA, Colombia - Rebels bombed an oil pipeline twice this week, in Saravena and Arauquita on "
                 "Monday and Tuesday respectively, the oil company said.", "2026-10-07")
    got = sorted((r["location"], r["event_date"], r["sub_event_type"]) for r in recs)
    assert got == [("Arauquita", "2026-10-06", "Remote explosive/landmine/IED"),
                   ("Saravena", "2026-10-05", "Remote explosive/landmine/IED")]


# --- tolls -------------------------------------------------------------------------------------------

def test_one_found_dead_and_one_with_a_wound_are_one_killed_one_hurt():
    recs = typed("HARTFORD, Conn. - Two men were shot, one fatally, outside a bar late Saturday night, police said. "
                 "Officers found a 31-year-old man dead on the sidewalk and a 26-year-old man with a bullet wound in "
                 "his arm.", "2026-10-07")
    assert [(r["killed_best"], r["injured_best"]) for r in recs] == [(1, 1)]


def test_a_toll_risen_to_so_many_injured_is_of_the_injured():
    recs = typed("KURSK, Russia - A drone struck a block of flats in Kurchatov on Sunday, injuring two people, the "
                 "governor said. On Monday the toll rose to three injured after a neighbour sought medical help.",
                 "2026-10-07")
    assert [(r["killed_best"], r["injured_best"]) for r in recs] == [(None, 3)]


def test_a_toll_that_rose_from_one_figure_to_another():
    for text in ("DNIPRO, Ukraine - A missile hit a bus station in Dnipro on Tuesday. The death toll rose from three "
                 "to eight overnight, the governor said.",
                 "DNIPRO, Ukraine - A missile hit a bus station in Dnipro on Tuesday, with the death toll rising from "
                 "three to six and then to eight, the governor said."):
        assert [r["killed_best"] for r in typed(text, "2026-10-07")] == [8]


# --- what a crowd protests is an incident of its own -------------------------------------------------

def test_a_killing_protested_is_its_own_event_on_its_own_day_not_the_riots_toll():
    recs = typed("JOS, Nigeria - Youths in Jos blocked roads on Monday and burned tyres to protest the killing of "
                 "nine people in Bokkos on Saturday. Police said they had arrested 14 protesters.", "2026-10-07")
    got = sorted((r["sub_event_type"], r["location"], r["event_date"], r["killed_best"]) for r in recs)
    assert got == [("Attack", "Bokkos", "2026-10-03", 9), ("Violent demonstration", "Jos", "2026-10-05", None)]


def test_the_rest_of_a_figure_named_also_is_not_more():
    recs = typed("NEW YORK - Three people, among them a grandmother in her seventies, were hurt by gunfire on "
                 "Wednesday afternoon in the Bronx, police said. She was hit in the hand. Also hurt were two young "
                 "men, police said.", "2026-10-07")
    assert [r["injured_best"] for r in recs] == [3]


# --- a figure over a period or a front is a tally ----------------------------------------------------

def test_a_regions_toll_for_the_week_is_no_figure_of_the_strike_told_before():
    recs = typed("KRAMATORSK, Ukraine - Russian forces dropped two guided bombs on Kramatorsk on Tuesday evening, "
                 "killing two people, the governor said. A separate strike on Sloviansk hours earlier wounded five. "
                 "The governor said 13 people had been killed across the region in the past week.", "2026-10-07")
    assert sorted((r["killed_best"] or 0, r["injured_best"] or 0) for r in recs) == [(0, 5), (2, 0)]


def test_a_fronts_daily_losses_are_no_figure_of_the_fighting_told():
    recs = typed("POKROVSK, Ukraine - Heavy fighting went on near Pokrovsk on Tuesday, the army said. The General "
                 "Staff said 980 Russian troops had been killed or wounded across the front in the past day.",
                 "2026-10-07")
    assert [(r["killed_best"], r["injured_best"]) for r in recs] == [(None, None)]


def test_debris_of_a_downed_drone_is_the_launchers_strike():
    recs = typed("KYIV, Ukraine - Russia launched 60 drones at Ukraine overnight, the air force said, adding that "
                 "air defences shot down 52 of them. In the Cherkasy region, debris from a downed drone damaged a "
                 "petrol station in Uman and injured three people, the governor said.", "2026-10-07")
    uman = [r for r in recs if r["location"] == "Uman"]
    assert [(r["sub_event_type"], r["actor1"], r["injured_best"]) for r in uman] == [
        ("Air/drone strike", "Military Forces of Russia", 3)]


# --- US towns named like places abroad, a city's named areas ------------------------------------------

def test_a_texas_towns_police_are_american():
    recs = typed("PARIS, Texas - A Paris police officer was shot and wounded during a traffic stop early Saturday, "
                 "and the driver who shot him was killed when a second officer returned fire.", "2026-10-07")
    assert all("France" not in (r["actor1"] or "") + (r["actor2"] or "") for r in recs)
    assert any(r["actor2"] == "Police Forces of the United States" or r["actor1"] == "Police Forces of the United "
               "States" for r in recs)


def test_the_arlington_area_of_a_florida_city_is_not_the_texas_city():
    recs = typed("JACKSONVILLE, Florida - Sheriff's officers shot and wounded a robbery suspect on Friday night "
                 "after a chase that ended in the Arlington area, the sheriff's office said.", "2026-10-07")
    assert {r["admin1"] for r in recs} == {"Florida"}


def test_a_march_called_off_is_negated_and_no_concession():
    recs = records("LIMA, Peru - A march planned for Friday in the city of Arequipa was called off by its organisers, "
                   "they said.", "2026-10-07")
    assert [(r["sub_event_type"], r["status"]) for r in recs] == [("Peaceful protest", "negated")]


def test_a_march_that_burned_a_truck_outside_a_prosecutors_office_is_a_riot():
    recs = typed("CHILPANCINGO, Mexico - Parents of missing students marched in Chilpancingo on Tuesday and set "
                 "fire to a pickup truck outside the state prosecutor's office. No one was hurt.", "2026-10-07")
    assert [(r["sub_event_type"], r["event_date"]) for r in recs] == [("Violent demonstration", "2026-10-06")]


def test_last_fridays_shooting_death_is_dated_friday_not_the_charge_day():
    recs = typed("COLUMBUS, Georgia - Police on Tuesday charged a 20-year-old man with murder in last Friday's "
                 "shooting death of a man at a gas station, police said.", "2026-10-07")
    assert [r["event_date"] for r in recs if r["sub_event_type"] == "Attack"] == ["2026-10-02"]


def test_a_sentence_opening_hours_later_is_the_next_shooting_of_a_citys_page():
    recs = typed("CHICAGO - Three separate shootings overnight left two people dead and four wounded, police said. "
                 "In the first, a man, 20, was fatally shot from a passing car in West Englewood around 10 "
                 "p.m. Monday. About two hours later, three men were wounded while standing on a sidewalk in the "
                 "Austin neighborhood. Early Tuesday, officers found a woman dead of gunshot wounds in a car in Chatham, and a man "
                 "in the passenger seat was wounded.", "2026-10-07")
    assert sorted((r["killed_best"] or 0, r["injured_best"] or 0) for r in recs) == [(0, 3), (1, 0), (1, 1)]


# --- round twenty-seven (published 2026-11-11) -----------------------------------------------------------

def test_a_case_investigated_as_a_homicide_is_the_shooting_told():
    recs = typed("DETROIT - A man who was shot during an attempted carjacking at a gas station on Oct. 30 died "
                 "on Sunday; detectives are now treating the case as a homicide. The victim, 50, was "
                 "shot twice as he tried to stop two men from taking his truck.", "2026-11-11")
    assert [(r["event_date"], r["killed_best"]) for r in recs] == [("2026-10-30", 1)]


def test_a_neighbourhood_of_the_city_and_the_younger_boy_who_lived():
    recs = typed("MEMPHIS, Tenn. - A 16-year-old boy who was shot in the Frayser neighborhood last Thursday has "
                 "died, Memphis police said Tuesday. The teen was shot along with a 14-year-old boy near Frayser "
                 "Boulevard on Nov. 5. The younger boy remains in critical condition.", "2026-11-11")
    assert [(r["event_date"], r["killed_best"], r["injured_best"]) for r in recs] == [("2026-11-05", 1, 1)]


def test_one_of_the_wounded_dying_later_is_the_risen_toll_of_the_same_shooting():
    recs = typed("JACKSON, Miss. - The death toll from a shooting at a house party early Saturday has risen to "
                 "four, police said Tuesday. Police had initially reported three people dead and 10 wounded; one of "
                 "the wounded, a 19-year-old man, died Tuesday morning.", "2026-11-11")
    assert [(r["event_date"], r["killed_best"], r["injured_best"]) for r in recs] == [("2026-11-07", 4, 9)]


def test_of_the_six_two_died_whenever_they_died():
    recs = typed("SAN ANTONIO - Six people were shot at a party on the city's West Side on Saturday night, police "
                 "said. Of the six, two died: a 41-year-old man at the scene and a 16-year-old girl at a hospital on "
                 "Monday. The other four are in stable condition.", "2026-11-11")
    assert [(r["killed_best"], r["injured_best"]) for r in recs] == [(2, 4)]


def test_a_victim_who_died_is_not_the_gunman_told_before():
    recs = typed("COLUMBUS, Ohio - A man who opened fire on customers inside a convenience store late Friday was "
                 "shot and killed by officers, police said. A 40-year-old man died at a hospital.", "2026-11-11")
    assert max(r["killed_best"] or 0 for r in recs) == 2


def test_an_area_of_the_city_named_like_a_town_in_another_state():
    recs = typed("SPRINGFIELD, Mass. - A man, 22, died after being shot Sunday night in the Mason Square area "
                 "of Springfield, police said.", "2026-11-11")
    assert [r["admin1"] for r in recs] == ["Massachusetts"]


def test_a_citys_homicide_statistics_are_no_incident():
    recs = typed("PHILADELPHIA - Homicides in Philadelphia are down 20 percent this year, with 190 killings recorded "
                 "through Sunday, according to police data. Nonfatal shootings have also fallen.", "2026-11-11")
    assert recs == []


def test_a_crowds_cause_is_not_where_it_gathered():
    recs = typed("CAIRO, Egypt - Dozens of students demonstrated at Cairo University on Tuesday in solidarity with "
                 "Gaza, witnesses said.", "2026-11-11")
    assert [(r["location"], r["actor1"]) for r in recs] == [("Cairo", "Protesters (Egypt)")]
    recs = typed("SANAA, Yemen - Thousands of Houthi supporters rallied in Sanaa on Friday to denounce Israeli strikes "
                 "in Lebanon, the group's television said.", "2026-11-11")
    assert all(r["country"] == "Yemen" for r in recs)


def test_a_massacre_recalled_with_its_year_is_no_part_of_todays_attack():
    recs = typed("BANGUI, Central African Republic - Gunmen killed five herders near Bossangoa on Monday, the UN mission "
                 "said. The district saw a massacre in 2014 in which over a hundred villagers perished amid "
                 "fighting between two militias.", "2026-11-11")
    assert [(r["event_date"], r["killed_best"]) for r in recs if r["event_date"] >= "2026"] == [("2026-11-09", 5)]


def test_a_holiday_told_with_its_year():
    recs = typed("JOS, Nigeria - Gunmen killed 10 villagers in Bokkos on Tuesday, a local leader said. The same area "
                 "was hit on Christmas Eve 2023, when more than 150 people were killed in raids on villages.",
                 "2026-11-11")
    assert sorted(r["event_date"] for r in recs) == ["2023-12-24", "2026-11-10"]


def test_a_death_that_raises_the_toll_and_a_denied_toll():
    recs = typed("BOGOTA, Colombia - Rebels killed three soldiers in a drone attack on a base in Argelia on Saturday, "
                 "the army said. Another soldier died of his wounds in hospital on Monday, raising the toll to four.",
                 "2026-11-11")
    assert [(r["event_date"], r["killed_best"]) for r in recs] == [("2026-11-07", 4)]
    recs = typed("GUATEMALA CITY - Police denied reports that three people had been killed in a land dispute on "
                 "Sunday, saying two farmers were wounded by machete blows in a fight in Coban and no one died.",
                 "2026-11-11")
    assert [(r["killed_best"] or 0, r["injured_best"]) for r in recs] == [(0, 2)]


def test_how_a_shootout_with_police_began_is_the_shootout():
    recs = typed("ALBUQUERQUE, N.M. - A police officer was wounded and a man was killed in an exchange of gunfire early "
                 "Monday after officers pulled a car over. The officer was hit in the arm. Police said the motorist "
                 "stepped out and opened fire as officers walked up to him. He died at the scene.", "2026-11-11")
    assert [(r["killed_best"], r["injured_best"]) for r in recs] == [(1, 1)]


def test_a_total_then_its_parts_after_a_colon():
    recs = typed("BAMAKO, Mali - Jihadists stormed an army post in Mopti region on Sunday. A total of 25 people died: "
                 "17 soldiers and eight assailants, the army said.", "2026-11-11")
    assert [r["killed_best"] for r in recs] == [25]


def test_killing_herself_and_four_others_parsed_on_the_verb():
    recs = typed("MAROUA, Cameroon - A girl of about 15 blew herself up at a market in Kolofata on Tuesday, killing "
                 "herself and three others, a local official said.", "2026-11-11")
    assert [r["killed_best"] for r in recs] == [4]
