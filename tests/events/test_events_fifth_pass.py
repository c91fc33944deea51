"""Event detection and actors, fifth pass (issue 6, MUC-4 errors): own-words sentences only."""

from __future__ import annotations

import pytest


def events(analyse, text, published="1989-05-03"):
    return analyse(text, published=published)._.dl_events


def violent(analyse, text):
    """(text, sub-event type) of the countable violent mentions: occurred, not generic, not background."""
    return [(e.text, e.sub_event_type) for e in events(analyse, text)
            if e.sub_event_type and e.status == "occurred" and not e.generic and not e.background
            and e.plover_type == "ASSAULT"]


def records(analyse, text, published="1989-05-03"):
    return analyse(text, published=published)._.dl_records


# --- status ----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "A retired sergeant taught the recruits how to use explosives at a farm outside the town.",
    "The valley is a powder keg about to explode, a bishop warned on Sunday.",
    "The report that the consul's son was wounded by gunfire on Friday is completely false.",
    "Officials denied rumours that the mayor had been kidnapped on his way to work.",
])
def test_skills_imminence_and_denied_claims_are_no_incidents(analyse, text):
    assert not violent(analyse, text)


def test_a_claim_confirmed_stays(analyse):
    assert violent(analyse, "The report that rebels shot three soldiers near the bridge was confirmed by the army.")


@pytest.mark.parametrize("text", [
    "The government froze its aid until the killings of the two priests are solved.",
    "The bishop said the slaying of the teachers must be solved this year.",
])
def test_violence_to_be_solved_happened(analyse, text):
    evs = [e for e in events(analyse, text) if e.sub_event_type == "Attack"]
    assert evs and all(e.status == "occurred" for e in evs)


# --- words -----------------------------------------------------------------------------------


def test_slaying_is_a_killing(analyse):
    assert ("slaying", "Attack") in violent(analyse, "The slaying of a union leader outside his home shocked the port city.")


@pytest.mark.parametrize("text", [
    "Foreign mercenaries trained assassins at a ranch in the north, a witness told investigators.",
    "This explosion of joy comes as the country holds its first free vote in decades.",
    "What the party has now is an uneasy ally and a social time bomb.",
])
def test_people_and_figures_of_speech_are_no_incidents(analyse, text):
    assert not violent(analyse, text)


def test_a_real_explosion_of_a_bomb_stays(analyse):
    assert violent(analyse, "The explosion of a car bomb killed two people in the market on Monday.")


# --- actors ----------------------------------------------------------------------------------


def test_the_attacker_of_a_weapon_told_with_with(analyse):
    recs = [r for r in records(analyse, "The army attacked the outskirts of the town with mortars and rockets on Tuesday.")
            if r.event_type]
    assert recs and recs[0].inter1 == 1


def test_a_nationality_before_a_group_named_with_of(analyse):
    recs = [r for r in records(analyse, "A reporter was kidnapped by Peruvian army of national liberation guerrillas.")
            if r.sub_event_type == "Abduction/forced disappearance"]
    assert recs and recs[0].inter1 == 2 and "National Liberation Army" in recs[0].actor1


# --- purposes and summaries ------------------------------------------------------------------


def test_an_event_noun_in_a_purpose_clause_is_planned(analyse):
    evs = [e for e in events(analyse, "The pilots are here to take part in night bombings of the villages.")
           if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert evs and all(e.status == "planned" for e in evs)


@pytest.mark.parametrize("text", [
    "The government has had nothing to do with the kidnapping of the two men.",
    "Police fired tear gas to break up the protest outside the ministry.",
])
def test_idioms_with_to_keep_the_event(analyse, text):
    evs = [e for e in events(analyse, text) if e.sub_event_type]
    assert evs and all(e.status == "occurred" for e in evs)


def test_most_of_the_murders_is_a_summary(analyse):
    evs = [e for e in events(analyse, "These gangs of hired gunmen had taken part in most of the murders of union leaders.")
           if e.sub_event_type == "Attack"]
    assert evs and all(e.plural for e in evs)


@pytest.mark.parametrize("text", [
    "According to police figures, four people have been kidnapped every day so far this year.",
    "Along the border, smuggling of goods, drug trafficking and kidnappings proliferate.",
    "The report of an alleged bombardment of the village is also false.",
])
def test_rates_trends_and_false_reports_are_no_incidents(analyse, text):
    assert not violent(analyse, text)


def test_one_kidnapping_beside_a_monthly_figure_stays(analyse):
    assert violent(analyse, "Gunmen kidnapped a rancher on Tuesday, the third abduction this month.")


def test_involved_in_kidnappings_is_a_practice(analyse):
    assert not violent(analyse, "The government will treat all those involved in kidnappings as common criminals.")
    assert violent(analyse, "Police arrested three men involved in the kidnapping of a banker on Monday.")
