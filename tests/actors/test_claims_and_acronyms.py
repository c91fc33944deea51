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


def test_a_lower_case_common_word_is_no_capital_in_mixed_case_text(analyse):
    # "male" is spelled like the Maldives' capital; in a mixed-case report it is a person
    recs = analyse("Police said a young male was shot in the chest outside a store on Friday.",
                   published="2019-01-15")._.dl_records
    assert not any("Maldives" in (r.actor1 or "") + (r.actor2 or "") for r in recs), [(r.actor1, r.actor2) for r in recs]


def test_lower_cased_archives_keep_their_countries(analyse):
    recs = analyse("pakistan shelled indian posts along the border on monday. officials said the area was calm "
                   "later.", published="2002-03-15")._.dl_records
    assert any(r.actor1 == "Military Forces of Pakistan" for r in recs), [(r.actor1, r.actor2) for r in recs]
