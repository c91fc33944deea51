"""Status read from the trigger's own subject and from verbs that interrupt an act; the place of
violence aimed at a country; "struck targets" as a strike. Own-words reports (no dataset text)."""

from __future__ import annotations

import pytest

from dateline.article import Article
from dateline.nlp.pipeline import process


def records(text: str, published: str = "2024-05-08"):
    (res,) = list(process([Article(text=text, published=published)]))
    return [r.to_dict() for r in res.records]


@pytest.mark.parametrize("text", [
    "No shots were fired during the standoff in Dayton, Ohio, on Tuesday, police said.",
    "No bombs exploded in the market in Kano on Tuesday, the police said.",
])
def test_a_trigger_whose_own_subject_is_denied_is_negated(text):
    recs = records(text)
    assert recs and all(r["status"] == "negated" for r in recs)


@pytest.mark.parametrize("text", [
    # the denial is about the victims, not the attack
    "No one was killed when gunmen attacked a police post in Kano on Tuesday.",
    "No one was hurt in the shooting in Dayton on Tuesday, police said.",
])
def test_a_denied_victim_leaves_the_attack_occurred(text):
    recs = records(text)
    assert any(r["status"] == "occurred" and r["event_type"] for r in recs)


def test_an_attack_stopped_while_under_way_happened():
    recs = records("Security guards stopped the attack on the hotel in Mogadishu on Friday, killing two gunmen.")
    assert any(r["status"] == "occurred" and r["sub_event_type"] == "Attack" for r in recs)


def test_a_foiled_attack_did_not_happen():
    recs = records("Police foiled a bomb attack on a church in Lahore on Wednesday.")
    assert not any(r["status"] == "occurred" and r["event_type"] == "Explosions/Remote violence" for r in recs)


@pytest.mark.parametrize("text,country", [
    ("Militants fired rockets at southern Israel on Tuesday, the army said.", "Israel"),
    ("The United States launched air strikes against Iraq on Tuesday.", "Iraq"),
    ("Russian forces shelled Ukraine overnight, officials said.", "Ukraine"),
])
def test_violence_aimed_at_a_country_happens_there(text, country):
    (rec,) = [r for r in records(text) if r["status"] == "occurred"]
    assert rec["country"] == country


def test_a_country_that_acts_is_not_the_place_of_a_deal():
    recs = records("The United States signed a trade agreement with Vietnam on Monday.")
    assert all(r["country"] != "Vietnam" or r["location"] is None for r in recs)


@pytest.mark.parametrize("text,country", [
    ("Israel struck targets in Syria on Sunday, the army said.", "Syria"),
    ("Jets struck rebel positions near Idlib overnight, a monitor said.", "Syria"),
])
def test_struck_targets_is_a_strike(text, country):
    recs = [r for r in records(text) if r["status"] == "occurred"]
    assert [r["sub_event_type"] for r in recs] == ["Air/drone strike"]
    assert recs[0]["country"] == country


def test_a_struck_deal_is_no_strike():
    assert not any(r["sub_event_type"] == "Air/drone strike"
                   for r in records("The two firms struck a deal on Monday, a spokesman said."))


def test_a_gerund_subject_finds_the_place_of_its_clause():
    (rec,) = records("Fighting between two rival clans killed seven people in the Hiraan region of Somalia "
                     "on Sunday, elders said.")
    assert (rec["country"], rec["admin1"]) == ("Somalia", "Hiiraan")
    assert rec["actor1"] == "Unidentified Clan Militia (Somalia)"


def test_tribesmen_are_a_tribal_militia():
    (rec,) = records("Armed tribesmen attacked a police station in Maysan province on Friday.")
    assert rec["actor1"] == "Unidentified Tribal Militia (Iraq)"


def test_a_name_the_model_calls_a_group_after_a_motion_verb_is_a_place():
    recs = records("The army deployed 500 troops to Kidal after the attack on Monday in which gunfire killed "
                   "two soldiers.")
    assert recs and all(r["location"] == "Kidal" and r["country"] == "Mali" for r in recs)


def test_prisoners_freed_in_a_raid_are_no_deal_and_no_ground_taken():
    recs = records("Militants freed 200 prisoners in a raid on a jail in Bannu on Monday; two guards were killed.")
    types = {r["sub_event_type"] for r in recs}
    assert "Agreement" not in types and "Non-state actor overtakes territory" not in types
    assert "Armed clash" in types or "Attack" in types


def test_prisoners_freed_under_a_deal_are_an_agreement():
    recs = records("The government freed 50 prisoners in Kabul on Monday under the deal with the Taliban.")
    assert [r["sub_event_type"] for r in recs if r["sub_event_type"]] == ["Agreement"]


def test_one_person_who_kills_is_an_event_and_no_mob():
    (rec,) = records("A man killed four people at a school in Columbus, Ohio, on Monday.")
    assert rec["sub_event_type"] == "Attack" and rec["killed_best"] == 4
    assert rec["actor1"] == "Unidentified Armed Group (United States)"


@pytest.mark.parametrize("text", [
    "A drunk driver killed four people in Columbus, Ohio, on Monday.",
    "The flood killed four people in Columbus, Ohio, on Monday.",
])
def test_a_driver_or_a_flood_that_kills_is_no_violence(text):
    assert not [r for r in records(text) if r["event_type"]]


def test_a_mob_named_by_the_trigger_is_mob_violence_by_rioters():
    (rec,) = records("A mob killed a man accused of theft in Lagos on Monday.")
    assert (rec["sub_event_type"], rec["actor1"]) == ("Mob violence", "Rioters (Nigeria)")


def test_it_in_a_statement_is_the_speaker():
    recs = records("The Taliban said they attacked a checkpoint in Kunduz on Monday.")
    assert [r["actor1"] for r in recs] == ["Taliban"]
    recs = records("Police in Lagos said they arrested five suspects on Monday.")
    assert [r["actor1"] for r in recs] == ["Police Forces of Nigeria"]


def test_positions_overrun_in_a_fight_are_no_territory_taken():
    recs = records("Al-Shabaab fighters attacked an army base in Lower Shabelle on Sunday, killing nine soldiers. "
                   "'The militants overran our positions before dawn,' a captain said.")
    assert "Non-state actor overtakes territory" not in {r["sub_event_type"] for r in recs}


def test_a_killing_during_a_protest_is_excessive_force_with_the_crowd_first():
    (rec,) = records("A factory worker was shot dead during a protest in Gazipur on Monday, rights groups said.")
    assert rec["sub_event_type"] == "Excessive force against protesters" and rec["killed_best"] == 1
    assert (rec["actor1"], rec["actor2"]) == ("Protesters (Bangladesh)", "Unidentified Armed Group (Bangladesh)")


def test_a_killing_during_a_similar_protest_is_still_an_event():
    recs = records("Two days ago, a factory worker was shot dead during a similar protest in Gazipur, rights "
                   "groups said.", published="2024-11-13")
    assert [(r["event_date"], r["location"], r["killed_best"]) for r in recs] == [("2024-11-11", "Gazipur", 1)]


def test_similar_attacks_are_a_kind_not_an_event():
    assert not [r for r in records("Similar attacks have killed dozens in the region.") if r["status"] == "occurred"]


def test_a_report_of_police_force_keeps_its_toll_and_place_and_leaves_another_incident_apart():
    text = ("DHAKA, Bangladesh (Wire) - Police fired tear gas and rubber bullets at thousands of garment workers "
            "demanding higher wages in an industrial belt outside Dhaka on Tuesday, injuring at least 25 people, "
            "witnesses said.\n\nTwo days ago, a factory worker was shot dead during a similar protest in "
            "Gazipur, rights groups said.")
    recs = [r for r in records(text, published="2024-11-13") if r["status"] == "occurred"]
    force = [r for r in recs if r["event_date"] == "2024-11-12"]
    assert force and force[0]["injured_best"] == 25 and force[0]["location"] == "Dhaka"
    other = [r for r in recs if r["event_date"] == "2024-11-11"]
    assert other and other[0]["location"] == "Gazipur" and other[0]["killed_best"] == 1
    assert not force[0]["killed_best"]


def test_a_skeleton_match_abroad_does_not_override_the_dateline_country():
    recs = records("DHAKA, Bangladesh (Wire) - Police fired tear gas at workers in Ashulia on Tuesday, "
                   "witnesses said.", published="2024-11-13")
    assert all(r["country"] == "Bangladesh" for r in recs)


def test_the_town_of_a_name_is_the_focus_countrys_unit_before_a_namesake_abroad():
    recs = records("YANGON, Myanmar (Wire) - State media said troops clashed with rebels near the town of Kale on "
                   "Friday and killed 11 of them.")
    assert [(r["country"], r["admin1"]) for r in recs] == [("Myanmar", "Sagaing")]


def test_the_dead_of_an_accident_are_no_other_events_toll():
    text = ("YANGON, Myanmar (Wire) - The bodies of three men who had been abducted by soldiers last month were "
            "found on Sunday near Monywa, residents said.\n\nA military helicopter crashed in Kachin state on "
            "Saturday, killing all six on board; officials blamed bad weather.")
    recs = records(text, published="2024-06-03")
    assert [r["killed_best"] for r in recs if r["location"] == "Monywa"] == [3]


RIOT_REPORT = (
    "AHMEDABAD: Police opened fire on a rioting mob in the Shahpur area on Monday evening, killing three "
    "people, after the crowd set fire to shops and attacked a police van with stones, officials said.\n\n"
    "An indefinite curfew was clamped on Shahpur and two neighbouring localities. Police arrested 45 people "
    "for rioting, and 12 policemen were injured in stone-pelting, the police commissioner said.")


def test_a_riot_met_by_police_fire_has_the_crowd_first_and_the_arrests_where_it_was():
    recs = records(RIOT_REPORT, published="2002-03-05")
    riot = [r for r in recs if r["event_type"] == "Riots"]
    assert [(r["actor1"], r["actor2"], r["location"], r["killed_best"]) for r in riot] == [
        ("Rioters (India)", "Police Forces of India", "Shahpur", 3)]
    assert [(r["location"], r["arrested_best"]) for r in recs if r["sub_event_type"] == "Arrests"] == [("Shahpur", 45)]


def test_a_town_the_model_calls_a_person_is_no_actor():
    recs = records(RIOT_REPORT, published="2002-03-05")
    assert not any("Shahpur" in (r["actor1"] or "") + (r["actor2"] or "") for r in recs)


SAHEL_REPORT = (
    "BAMAKO, Mali (Wire) - Suspected jihadists killed at least 20 villagers and abducted a dozen women in an "
    "attack on a village in central Mali's Bankass district on Saturday, local officials said on Monday.\n\n"
    "The al Qaeda-linked group JNIM claimed responsibility for the attack in a statement on Sunday.")


def test_a_claim_names_the_initiator_without_moving_the_day():
    recs = [r for r in records(SAHEL_REPORT, published="2024-06-18") if r["status"] == "occurred"]
    assert [(r["event_type"], r["event_date"], r["actor1"], r["killed_best"], r["abducted_best"])
            for r in recs] == [("Violence against civilians", "2024-06-15",
                                "JNIM: Group for Support of Islam and Muslims", 20, 12)]


@pytest.mark.parametrize("text,figure", [
    ("Gunmen abducted a dozen women in Bankass on Saturday.", (12, 12, 12)),
    ("Gunmen abducted at least a dozen women in Bankass on Saturday.", (12, 12, None)),
])
def test_a_dozen_is_twelve(text, figure):
    from dateline.article import Article
    from dateline.nlp.pipeline import process

    doc = list(process([Article(text=text, published="2024-06-18")], keep_docs=True))[0].doc
    assert [(c.low, c.best, c.high) for c in doc._.dl_counts if c.category == "abducted"] == [figure]


def test_a_victim_named_only_as_a_person_is_a_civilian():
    (rec,) = records("Gunmen shot dead Ahmed Shah in Kabul on Monday.")
    assert (rec["actor2"], rec["civilian_targeting"]) == ("Civilians (Afghanistan)", True)


def test_a_named_officer_killed_in_a_clash_is_no_civilian():
    recs = records("Taliban fighters killed Captain Ahmed Shah, an army officer, in Kandahar on Monday.")
    assert all(r["actor2"] != "Civilians (Afghanistan)" or r["event_type"] != "Battles" for r in recs)
