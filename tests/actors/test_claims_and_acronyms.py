"""Attackers named by a passive light verb ("was carried out by", "was claimed by") and the
acronym "IS" read as the group, not the verb. Sentences invented for the test."""

from __future__ import annotations

import pytest


def _actor1(analyse, text):
    recs = analyse(text, published="2019-01-15")._.dl_records
    return [r.actor1 for r in recs if r.event_type]


@pytest.mark.parametrize("text, group", [
    ("The attack on the convoy was carried out by Taliban fighters on Monday.", "Taliban"),
    ("The bombing at the market was claimed by al-Shabaab on Tuesday.", "al-Shabaab"),
])
def test_passive_light_verbs_name_the_attacker(analyse, text, group):
    assert group in _actor1(analyse, text)


@pytest.mark.parametrize("text", [
    "IS claimed the bombing, which killed 12 people in a village on Monday.",
    "The attack on the checkpoint was claimed by IS on Tuesday.",
])
def test_is_is_the_islamic_state(analyse, text):
    assert any(a and a.startswith("Islamic State") for a in _actor1(analyse, text)), _actor1(analyse, text)


def test_is_in_capitals_stays_a_verb(nlp):
    doc = nlp.make_doc("THE ROAD IS CLOSED AFTER THE BLAST.")
    for _, proc in nlp.pipeline[:1]:
        doc = proc(doc)
    assert doc[2].norm_ == "is"
    doc = nlp.make_doc("Officials said IS fighters fled.")
    for _, proc in nlp.pipeline[:1]:
        doc = proc(doc)
    assert doc[2].norm_ == "isis"
