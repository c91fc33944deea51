"""'the pair', 'the two', 'both' as the subject of a meeting or a call: the two people named just
before. Sentences invented for the test."""

from __future__ import annotations


def _consult(analyse, text):
    doc = analyse(text, published="2021-04-08")
    out = []
    for k, e in enumerate(doc._.dl_events):
        if e.plover_type == "CONSULT":
            out.append({(a.role, a.canonical) for a in doc._.dl_actors if a.event == k})
    return out


def test_the_two_after_a_meeting_are_the_two_people(analyse):
    got = _consult(analyse, "Governor Maria Lopez met opposition leader Juan Perez in the capital on Monday. "
                            "The two discussed the budget for an hour.")
    assert {("actor1", "Maria Lopez"), ("actor2", "Juan Perez")} in got


def test_the_pair_in_a_with_clause(analyse):
    got = _consult(analyse, "Mayor Tom Reed said on Tuesday he trusted the rebel commander Sami Nour, with the "
                            "pair holding a video call that lasted an hour, aides said.")
    assert any(("actor1", "Tom Reed") in g and any(r == "actor2" and c for r, c in g) for g in got), got


def test_the_two_sides_is_not_a_pair_of_people(analyse):
    got = _consult(analyse, "Minister Ana Ruiz and envoy Paul Sato arrived on Monday. The two sides held talks "
                            "on the border.")
    assert not any(("actor1", "Ana Ruiz") in g and ("actor2", "Paul Sato") in g for g in got)
