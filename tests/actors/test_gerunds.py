"""Gerunds as event triggers: a gerund standing where a noun does ("killed in police firing") takes
its attacker from its modifiers; a subject-less gerund after "after", "before", "while"... takes the
clause's subject. Sentences invented for the test."""

from __future__ import annotations

import pytest


def _records(analyse, text):
    return [(r.sub_event_type, r.actor1) for r in analyse(text, published="2002-03-15")._.dl_records]


@pytest.mark.parametrize("text", [
    "official figures show that 40 persons have been killed in police firing.",
    "Police records show 60 people have died in police firing.",
])
def test_police_firing_names_the_police(analyse, text):
    recs = _records(analyse, text)
    assert recs and recs[0][1] == "Police Forces", recs


def test_firing_by_the_police(analyse):
    recs = _records(analyse, "Thirty people died in firing by the police and the army, the control room said.")
    assert recs and recs[0][1] == "Police Forces", recs


def test_a_gerund_with_its_own_object_stays_a_verb(analyse):
    # "firing shots" has an object: a verb, whose doer comes from the clause
    recs = _records(analyse, "Troops killed two men after firing shots at the crowd.")
    assert recs and recs[0][1] == "Military Forces", recs


def test_the_passive_subject_did_the_gerund(analyse):
    doc = analyse("Two gunmen were arrested by police on Monday after firing at a patrol near the market.",
                  published="2002-03-15")
    ev = [k for k, e in enumerate(doc._.dl_events) if e.text.startswith("fir")]
    assert ev, [e.text for e in doc._.dl_events]
    acts = {(a.role, doc.text[a.start:a.end]) for a in doc._.dl_actors if a.event == ev[0]}
    assert ("actor1", "Two gunmen") in acts, acts


def test_a_non_violent_gerund_lends_no_subject(analyse):
    # "before fleeing" is no incident: the militants' flight must not become a record of theirs
    recs = analyse("Rebels stormed a police post overnight, officials said. The rebels also seized rifles "
                   "before fleeing into the hills.", published="2002-03-15")._.dl_records
    assert not [r for r in recs if r.sub_event_type == "Other"], [(r.sub_event_type, r.actor1) for r in recs]


def test_a_passive_gerund_subject_suffered_it(analyse):
    # "after being shot": the clause's subject is who was shot, never the attacker
    doc = analyse("A delivery driver is dead after being shot outside a diner in Tulsa, police said.",
                  published="2002-03-15")
    ev = [k for k, e in enumerate(doc._.dl_events) if e.text == "shot"]
    assert ev, [e.text for e in doc._.dl_events]
    acts = {(a.role, doc.text[a.start:a.end]) for a in doc._.dl_actors if a.event == ev[0]}
    assert ("victim", "A delivery driver") in acts and not any(r == "actor1" for r, _ in acts), acts
