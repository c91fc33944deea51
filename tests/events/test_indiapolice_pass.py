"""Police force in lower-case riot reports (IndiaPoliceEvents pass): who fired, who lobbed tear
gas, who lathi-charged. The police are read as the initiator when the parse hides them: an
object-control verb ("forcing the police to open fire"), a passive one ("the police were forced
to lathi-charge"), "resort to", a means-of-force verb ("lobbed tear gas shells"), a hyphenated
trigger ("lathi-charged"), and "died in police firing" parsed as a clause. Sentences invented
for the test."""

from __future__ import annotations

import pytest

from dateline.eval import indiapolice as ip


def _pred(analyse, text):
    doc = analyse(text, published="2002-03-15")
    return ip.predict(doc._.dl_records, doc, text)


def _initiators(analyse, text):
    # a riot or protest record names the crowd first and the force that met it second (ACLED)
    return [r.actor2 if r.event_type in ("Riots", "Protests") and (r.actor1 or "").startswith(("Rioters", "Protesters"))
            else r.actor1 for r in analyse(text, published="2002-03-15")._.dl_records]


@pytest.mark.parametrize("text", [
    "the crowd threw bricks, forcing the police to open fire over their heads.",
    "the police were forced to lathicharge the crowd.",
    "the police lathi-charged the crowd near the station.",
    "the police resorted to a lathi-charge to scatter the crowd.",
    "the police lobbed teargas shells at the mob.",
    "police burst tear-gas shells to scatter the mob.",
    "the police resorted to firing to control the mob.",
])
def test_police_force_is_read(analyse, text):
    assert "Police Forces" in _initiators(analyse, text)
    assert "FORCE" in _pred(analyse, text)


def test_died_in_police_firing_parsed_as_a_clause(analyse):
    text = "about 40 people have died in police firing so far, the minister said."
    assert "Police Forces" in _initiators(analyse, text)
    assert {"KILL", "FORCE"} <= _pred(analyse, text)


def test_object_control_keeps_the_other_side(analyse):
    # the mob forced the police to act: the stone-throwing stays the mob's
    recs = _initiators(analyse, "the stone-throwing mob forced the police to retreat.")
    assert "Police Forces" not in recs


def test_security_forces_count_as_police_in_the_scorer():
    class R:
        actor1, inter1 = "Military Forces of India", 1
    assert ip._police_initiated(R, "the security forces fired on the mob.")
    R.actor1 = "Military Forces of the United States"
    assert not ip._police_initiated(R, "an attack on the american center.")


def test_no_police_no_force(analyse):
    assert "FORCE" not in _pred(analyse, "the rioters set fire to three shops in the old city.")


@pytest.mark.parametrize("text", [
    "the youths pelted stones, prompting the police to open fire.",
    "the police fired five rounds in the air to scatter rioters hurling stones.",
])
def test_police_fire_at_rioters_is_its_own_act(analyse, text):
    # as with a mob: the state's firing is not folded into the riot as the rioters' violence
    doc = analyse(text, published="2002-03-15")
    assert any(e.sub_event_type == "Attack" for e in doc._.dl_events), [(e.text, e.sub_event_type) for e in doc._.dl_events]
    assert "FORCE" in ip.predict(doc._.dl_records, doc, text)


def test_rioters_firing_stays_in_the_riot(analyse):
    doc = analyse("the rioters torched shops and fired at the police.", published="2002-03-15")
    assert not any(e.sub_event_type == "Attack" for e in doc._.dl_events)


def test_died_in_the_police_firing_with_a_determiner(analyse):
    text = "five people were killed in the police firing on monday."
    assert "Police Forces" in _initiators(analyse, text)
    assert "KILL" in _pred(analyse, text)


def test_scorer_kill_from_a_police_riot_record():
    class R:
        status, actor1, inter1, sub_event_type, fatalities, killed_best = \
            "occurred", "Police Forces", 1, "Violent demonstration", 0, None
    assert "KILL" in ip.predict([R], None, "more lives were lost in police firing than in the riots.")
    R.sub_event_type = "Protest with intervention"
    assert "KILL" not in ip.predict([R], None, "the police lathi-charged the crowd; nobody died.")
