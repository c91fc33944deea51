"""A wire report of two bombings told first as a total, then one by one, then claimed together
(written for this test, in the manner of the reference article): two records with their own
figures, the total not counted again, the claiming group the initiator of both, and planned
talks kept apart as planned."""

from __future__ import annotations

REPORT = """HARGEISA, Somaliland (Wire) - Two car bombs went off in Galkayo on Sunday, killing at least 13 people, police said.

The first blast hit a market close to the district office, killing nine people, police commander Ali Warsame said. About an hour later a second bomb exploded near a school in the north of the town, killing four.

Al Shabaab claimed responsibility for both attacks in an online statement.

Regional leaders are due to meet in Garowe next month to discuss security.
"""


def _records(analyse):
    return analyse(REPORT, published="2022-11-14")._.dl_records


def test_two_bombings_two_records_the_total_not_counted_twice(analyse):
    bombs = [r for r in _records(analyse) if r.sub_event_type == "Remote explosive/landmine/IED"]
    assert sorted(r.killed_best for r in bombs) == [4, 9]
    assert sum(r.fatalities for r in bombs) == 13
    assert all(r.event_date == "2022-11-13" for r in bombs)


def test_the_claim_names_the_initiator_of_both(analyse):
    bombs = [r for r in _records(analyse) if r.sub_event_type == "Remote explosive/landmine/IED"]
    assert bombs and all(r.actor1 == "al-Shabaab" for r in bombs)
    assert all(any("claim" in w for w in r.warnings) for r in bombs)


def test_the_planned_meeting_is_not_an_event_that_happened(analyse):
    assert all(r.status != "occurred" for r in _records(analyse) if r.event_type is None)


def test_a_claim_of_bombings_names_no_other_kind_of_event(analyse):
    text = ("MOGADISHU - A roadside bomb killed two soldiers near Afgoye on Sunday. Hours later a second "
            "bomb exploded in Wanlaweyn, killing three traders. Government troops later clashed with "
            "militants in Afgoye. Al Shabaab claimed responsibility for both bombings.")
    recs = analyse(text, published="2022-11-14")._.dl_records
    bombs = [r for r in recs if r.sub_event_type == "Remote explosive/landmine/IED"]
    assert sorted(r.killed_best for r in bombs) == [2, 3]
    assert all(r.actor1 == "al-Shabaab" for r in bombs)
    others = [r for r in recs if r.event_type and r.sub_event_type != "Remote explosive/landmine/IED"]
    assert all(r.actor1 != "al-Shabaab" for r in others)
