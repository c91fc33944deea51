"""Event detection and actors, fifth pass (issue 6, MUC-4 errors): own-words sentences only."""

from __future__ import annotations

import pytest


# --- status ----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "A retired sergeant showed the recruits how to handle explosives at a farm outside the town.",
    "The valley is a powder keg about to explode, a bishop warned on Sunday.",
    "The story that the consul's son was hurt by a stray bullet on Friday is untrue, his office said.",
    "Officials denied rumours that the mayor had been kidnapped on his way to work.",
])
def test_skills_imminence_and_denied_claims_are_no_incidents(muc, text):
    assert not muc.violent(text)


def test_a_claim_confirmed_stays(muc):
    assert muc.violent("The report that rebels shot three soldiers near the bridge was confirmed by the army.")


@pytest.mark.parametrize("text", [
    "The donors will hold back their loans until the murders of the three nurses are solved.",
    "The bishop said the slaying of the teachers must be solved this year.",
])
def test_violence_to_be_solved_happened(muc, text):
    evs = [e for e in muc.events(text) if e.sub_event_type == "Attack"]
    assert evs and all(e.status == "occurred" for e in evs)


# --- words -----------------------------------------------------------------------------------


def test_slaying_is_a_killing(muc):
    assert ("slaying", "Attack") in muc.violent("The slaying of a union leader outside his home shocked the port city.")


@pytest.mark.parametrize("text", [
    "Hired instructors schooled young assassins at a remote camp, a witness told investigators.",
    "Fans greeted the result with an explosion of joy in the main square.",
    "The minister called the jobless figures a social time bomb.",
])
def test_people_and_figures_of_speech_are_no_incidents(muc, text):
    assert not muc.violent(text)


def test_a_real_explosion_of_a_bomb_stays(muc):
    assert muc.violent("The explosion of a car bomb killed two people in the market on Monday.")


# --- actors ----------------------------------------------------------------------------------


def test_the_attacker_of_a_weapon_told_with_with(muc):
    recs = [r for r in muc.records("Soldiers attacked the rebel camp with mortars and rockets at dawn on Tuesday.")
            if r.event_type]
    assert recs and recs[0].inter1 == 1


def test_a_nationality_before_a_group_named_with_of(muc):
    recs = [r for r in muc.records("Two engineers were abducted by Peruvian army of national liberation rebels near the pipeline.")
            if r.sub_event_type == "Abduction/forced disappearance"]
    assert recs and recs[0].inter1 == 2 and "National Liberation Army" in recs[0].actor1


# --- purposes and summaries ------------------------------------------------------------------


def test_an_event_noun_in_a_purpose_clause_is_planned(muc):
    evs = [e for e in muc.events("Two foreign crews arrived last week to take part in bombings of rebel areas.")
           if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert evs and all(e.status == "planned" for e in evs)


@pytest.mark.parametrize("text", [
    "The ministry insists it had nothing to do with the abduction of the student.",
    "Police fired tear gas to break up the protest outside the ministry.",
])
def test_idioms_with_to_keep_the_event(muc, text):
    evs = [e for e in muc.events(text) if e.sub_event_type]
    assert evs and all(e.status == "occurred" for e in evs)


def test_most_of_the_murders_is_a_summary(muc):
    evs = [e for e in muc.events("The militia had a hand in most of the killings of local organisers.")
           if e.sub_event_type == "Attack"]
    assert evs and all(e.plural for e in evs)


@pytest.mark.parametrize("text", [
    "Police data show that three drivers are abducted every week on the coastal road.",
    "In the port district, car theft, extortion and kidnappings proliferate.",
    "The story of an air raid on the hamlet is untrue.",
])
def test_rates_trends_and_false_reports_are_no_incidents(muc, text):
    assert not muc.violent(text)


def test_one_kidnapping_beside_a_monthly_figure_stays(muc):
    assert muc.violent("Gunmen kidnapped a rancher on Tuesday, the third abduction this month.")


def test_involved_in_kidnappings_is_a_practice(muc):
    assert not muc.violent("Anyone involved in kidnappings will face the ordinary courts, the minister said.")
    assert muc.violent("Police arrested three men involved in the kidnapping of a banker on Monday.")
