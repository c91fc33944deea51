"""A weekday in a purpose clause of a past act ("fired tear gas to disperse them on Monday") is the
past day, not next week's: the infinitive tells why the past act was done, not a plan. A purpose
clause of a future act, and a noun's infinitive ("a curfew to last until Monday"), stay future.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

PUB = "2023-10-12"  # a Thursday


def _days(doc):
    return [(t.text, t.value, t.future) for t in doc._.dl_times if t.kind == "date"]


@pytest.mark.parametrize("text", [
    "Riot police fired rubber bullets to break up a march of teachers outside parliament on Monday.",
    "The guards were ordered to clear the square on Monday.",
    "Officers have used pepper spray to scatter the students at the campus gate on Monday.",
])
def test_purpose_of_a_past_act_is_past(analyse, text):
    ((_, value, future),) = _days(analyse(text, published=PUB))
    assert value == dt.date(2023, 10, 9) and not future


@pytest.mark.parametrize("text", [
    "The union will bring buses to carry workers to the rally on Monday.",
    "The rebels announced a truce to begin on Monday.",
])
def test_purpose_of_a_future_act_or_a_plan_stays_future(analyse, text):
    ((_, value, future),) = _days(analyse(text, published=PUB))
    assert value == dt.date(2023, 10, 16) and future


def test_the_protest_gets_the_day_of_its_sentence(analyse):
    doc = analyse("Police fired tear gas and stun grenades to disperse some 300 protesting farmers in the "
                  "capital on Monday.", published=PUB)
    recs = [r for r in doc._.dl_records if r.event_type == "Protests"]
    assert recs and recs[0].event_date == "2023-10-09"
