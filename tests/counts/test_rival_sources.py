"""Figures from sources that disagree, tolls "put at" a number, and narrative days told inside a
dated statement (issue 5). Own-words reports (no dataset text)."""

from __future__ import annotations

import pytest

from dateline.article import Article
from dateline.nlp.pipeline import process

PUB = "2024-05-08"  # a Wednesday


def record(text: str):
    recs = [r for r in (list(process([Article(text=text, published=PUB)]))[0].records) if r.status == "occurred"]
    assert recs
    return recs[0]


@pytest.mark.parametrize("text", [
    "The ministry said 14 soldiers were killed in an ambush near Tillaberi on Monday. "
    "A local official said 20 soldiers were killed.",
    "The ministry said 14 soldiers were killed in an ambush near Tillaberi on Monday, while a local "
    "official said 20 died.",
    "The ministry said 14 soldiers were killed in an ambush near Tillaberi on Monday; a local official "
    "put the death toll at 20.",
])
def test_rival_sources_give_the_conservative_best_and_the_largest_high(text):
    rec = record(text)
    assert (rec.killed_low, rec.killed_best, rec.killed_high) == (14, 14, 20)
    assert rec.fatalities == 14
    assert any("sources disagree on killed" in w and "(ministry)" in w and "(local official)" in w
               for w in rec.warnings)


@pytest.mark.parametrize("text", [
    # one source updating its own toll, or a toll told as rising: the latest, largest figure
    "The ministry said 14 soldiers were killed in an ambush near Tillaberi on Monday. "
    "The toll later rose to 20, the ministry said.",
    "Police said 14 people were killed in the attack on a village in Zamfara on Monday. "
    "The death toll has risen to 20, a police spokesman said.",
])
def test_an_update_is_no_rival(text):
    rec = record(text)
    assert rec.killed_best == 20
    assert not any("sources disagree" in w for w in rec.warnings)


def test_a_toll_put_at_a_number_is_a_figure():
    rec = record("Gunmen attacked a village in Zamfara on Monday. Police put the death toll at nine.")
    assert rec.killed_best == 9


@pytest.mark.parametrize("text", [
    "Officials said on Tuesday that a bomb had killed three soldiers in Kandahar the night before.",
    "Officials said on Tuesday that a bomb killed three soldiers in Kandahar the previous night.",
])
def test_the_night_before_a_dated_statement(text):
    assert record(text).event_date == "2024-05-06"


def test_the_next_day_still_follows_the_story():
    text = ("A bomb killed three soldiers in Kandahar on Sunday. The next day, gunmen attacked a checkpoint "
            "in Helmand, officials said on Tuesday.")
    recs = [r for r in list(process([Article(text=text, published=PUB)]))[0].records if r.status == "occurred"]
    assert sorted(r.event_date for r in recs) == ["2024-05-05", "2024-05-06"]


def test_a_toll_told_on_in_the_next_sentence_joins_the_incident():
    text = ("A suicide bomber blew himself up at a mosque in Konduga, Borno state, on Wednesday evening, killing "
            "five worshippers including himself, residents said. Local officials said 12 people were wounded.")
    recs = [r for r in list(process([Article(text=text, published=PUB)]))[0].records if r.status == "occurred"]
    assert len(recs) == 1
    assert (recs[0].killed_best, recs[0].injured_best) == (5, 12)
    assert recs[0].perpetrators_included


def test_another_victim_in_another_place_is_not_folded_in():
    text = ("A man was shot dead in Kano on Monday, police said. Another man was wounded in a separate "
            "shooting in Zaria on Tuesday.")
    recs = [r for r in list(process([Article(text=text, published=PUB)]))[0].records if r.status == "occurred"]
    assert sorted((r.location, r.killed_best or 0, r.injured_best or 0) for r in recs) == [
        ("Kano", 1, 0), ("Zaria", 0, 1)]


KANDAHAR_REPORT = (
    "KABUL, Afghanistan (Wire) -- Taliban fighters stormed a police checkpoint in the Arghandab district of "
    "Kandahar province late Tuesday, killing seven policemen and wounding three, a member of the Helmand "
    "provincial council said Wednesday.\n\n"
    "\"They came from three sides and fought for two hours,\" said the official, Abdul Majid, adding that four "
    "attackers were also killed.\n\n"
    "In a separate attack on Tuesday morning, a roadside bomb struck a vehicle carrying civilians in the Nad Ali "
    "district of Helmand, killing a woman and two children, police spokesman Mohammad Zaman said.\n\n"
    "The violence came as US and Taliban negotiators prepared to resume peace talks in Doha next week. More than "
    "100 people have been killed in the two provinces this month.")


def test_a_two_incident_report_keeps_each_toll_and_leaves_the_running_total_out():
    recs = [r for r in list(process([Article(text=KANDAHAR_REPORT, published="2024-09-11")]))[0].records]
    occurred = sorted((r for r in recs if r.status == "occurred"), key=lambda r: r.sub_event_type)
    assert [(r.sub_event_type, r.admin1, r.event_date, r.killed_best) for r in occurred] == [
        ("Armed clash", "Kandahar", "2024-09-10", 11),  # seven policemen and four attackers ("also")
        ("Remote explosive/landmine/IED", "Helmand", "2024-09-10", 3)]
    clash, bomb = occurred
    assert clash.perpetrators_included and clash.injured_best == 3
    assert not any("sources disagree" in w for w in clash.warnings)
    assert bomb.actor2 == "Civilians (Afghanistan)"
    assert [r.status for r in recs if r.location == "Doha"] == ["planned"]


def test_things_shot_down_are_no_casualties():
    text = ("KYIV, Ukraine (Wire) - Russian forces shelled the city of Kharkiv overnight, killing two people and "
            "wounding 15, the regional governor said on Thursday.\n\nUkraine's air force said it had shot down 30 "
            "of the 35 drones launched overnight.")
    recs = [r for r in list(process([Article(text=text, published="2024-05-16")]))[0].records
            if r.sub_event_type == "Shelling/artillery/missile attack"]
    assert [(r.killed_best, r.injured_best) for r in recs] == [(2, 15)]
