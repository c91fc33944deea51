"""Subjects the clause says were not hit: "neither ... nor", "not", "no one" (issue 5)."""

from __future__ import annotations

import pytest

from dateline.article import Article
from dateline.nlp.pipeline import process


def occurred(doc, category):
    return [c.best for c in doc._.dl_counts if c.category == category and c.status == "occurred"]


def record(text: str):
    (res,) = list(process([Article(text=text, published="2020-03-05")]))
    assert res.records
    return res.records[0]


@pytest.mark.parametrize("text", [
    "Neither Pedro Ruiz, his wife nor their three children were injured in the shooting.",
    "Neither the driver nor his two passengers were hurt when the bomb went off.",
    "Gunmen fired at the car, but neither the judge nor his bodyguard was injured.",
    "Neither of the two guards was killed.",
])
def test_neither_nor_subject_is_not_counted(analyse, text):
    doc = analyse(text)
    assert occurred(doc, "injured") == [] or set(occurred(doc, "injured")) == {0}
    assert all(b in (0, None) for b in occurred(doc, "killed"))


@pytest.mark.parametrize("text,category", [
    ("A bomb went off outside the town hall in Lima on Tuesday. The mayor was not injured.", "injured"),
    ("A bomb went off outside a bank in Lima on Tuesday. No one was hurt.", "injured"),
    ("Gunmen fired on a bus near Medellin on Sunday. Nobody was killed, police said.", "killed"),
    ("Rebels fired at the home of a lawyer in Bogota on Monday. Neither Pedro Ruiz, his wife nor "
     "their three children were injured, police said.", "injured"),
])
def test_negated_victims_leave_the_record_at_zero(text, category):
    rec = record(text)
    assert rec.fatalities == 0
    if category == "injured":
        assert not rec.injured_best


def test_a_neither_clause_does_not_hide_a_victim_told_elsewhere(analyse):
    doc = analyse("Two soldiers were killed in the ambush. Neither the colonel nor his driver was hurt.")
    assert occurred(doc, "killed") == [2]


@pytest.mark.parametrize("text,expected", [
    ("The minister condemned the assassination of three judges on Thursday.", [3]),
    ("The ambush ended in the death of two nuns.", [2]),
    ("The massacre of 20 peasants took place on Sunday.", [20]),
    ("Relatives asked about the deaths of the two students.", [2]),
])
def test_killing_told_as_a_noun_counts_its_victims(analyse, text, expected):
    assert occurred(analyse(text), "killed") == expected


@pytest.mark.parametrize("text", [
    "The talks stalled after the death of the peace plan.",
    "The execution of the order was delayed.",
    "Extraditions resumed after the assassination of Senator Luis Gomez last year.",
])
def test_noun_killings_without_countable_people_are_not_counted(analyse, text):
    assert occurred(analyse(text), "killed") == []


@pytest.mark.parametrize("text,category", [
    ("The curfew held overnight: not a single person was killed in the town.", "killed"),
    ("Not one soldier was wounded.", "injured"),
    ("Not one was hurt.", "injured"),
])
def test_not_a_single_victim_is_zero(analyse, text, category):
    assert occurred(analyse(text), category) == [0]


def test_attempts_on_a_life_are_not_victims(analyse):
    doc = analyse("The governor said there had been three attempts to kill him since he took office.")
    assert occurred(doc, "killed") == []


@pytest.mark.parametrize("text,expected", [
    ("The bombing claimed the lives of three judges.", [3]),
    ("The blast cost the lives of 12 workers.", [12]),
    ("Gunmen killed a senator, a police officer, and a judge.", [3]),
    ("Gunmen killed two soldiers, a nurse and a farmer.", [4]),
])
def test_lives_claimed_and_lists_of_victims(analyse, text, expected):
    assert occurred(analyse(text), "killed") == expected


def test_claiming_an_attack_is_no_casualty(analyse):
    assert occurred(analyse("The group claimed the attack on the barracks."), "killed") == []
