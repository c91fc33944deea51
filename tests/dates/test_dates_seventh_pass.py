"""Dates, seventh pass (issue 5, fourth round): a holiday dating the incident, a month-dated
incident made precise by a day inside the month, a recalled incident ("the May 2 shooting")
named weeks later, and a killing dated only by an earlier year kept apart from today's.
Every sentence here was written for these tests."""

from __future__ import annotations

import datetime as dt

from dateline.eval.gva import primary_record
from dateline.nlp.dates import event_time
from dates_helpers import trigger

PUB = "2021-06-24"  # a Thursday


def primary(doc):
    return primary_record([r.to_dict() for r in doc._.dl_records], doc) or {}


def test_holiday_night_dates_the_shooting(analyse):
    doc = analyse("A clerk was shot at a gas station on Lake Road. Gunfire broke out there on New Year's night, "
                  "hours after the station had been robbed on Dec. 29.", published="2022-01-02")
    assert primary(doc).get("event_date") == "2022-01-01"


def test_month_period_gives_way_to_a_day_inside_it(analyse):
    # the statement day of another sentence is no earlier than the incident, the warrant later
    doc = analyse("Two men were charged in a drive-by shooting on Cedar Street earlier this month, the "
                  "sheriff announced Tuesday. On June 6, deputies said, three people walked into a clinic "
                  "with gunshot wounds. A warrant was signed Friday for the driver.", published=PUB)
    ti, why = event_time(doc, trigger(doc, "shooting"))
    assert doc._.dl_times[ti].value == dt.date(2021, 6, 6), why


def test_recalled_incident_is_not_the_news(analyse):
    doc = analyse("A judge on Wednesday ordered rifles taken from a man who had threatened his neighbors. "
                  "The town lies near the mall where nine people were hurt in the May 2 shooting at a "
                  "food court.", published=PUB)
    rec = primary(doc)
    assert rec.get("event_date") != "2021-05-02"
    assert not rec.get("injured_best")


def test_recent_dated_shooting_noun_stays_news(analyse):
    # the same noun phrase a few days back is the report's own incident
    doc = analyse("Police are still looking for the driver in the June 21 shooting that wounded two teens "
                  "on Oak Street.", published=PUB)
    assert primary(doc).get("event_date") == "2021-06-21"


def test_killing_dated_by_an_earlier_year_stays_apart(analyse):
    doc = analyse("Two cooks were shot dead behind a diner on June 20, police said. A cousin of one of them "
                  "was shot and killed in a park in 2009 when the cooks were boys.", published=PUB)
    rec = primary(doc)
    assert rec.get("event_date") == "2021-06-20"
    assert rec.get("killed_best") == 2
    assert not any(r.event_date == "2009-01-01" for r in doc._.dl_records)


def test_date_before_a_comma_and_said_is_no_statement_date(analyse):
    # the day closes the clause of the robbing; "early Tuesday morning" stays this Tuesday
    doc = analyse("Two men were jailed early Tuesday morning, accused of holding up a bakery on Monday "
                  "evening, said a police spokeswoman.", published="2021-06-22")
    tm = next(t for t in doc._.dl_times if t.text == "early Tuesday morning")
    assert tm.value == dt.date(2021, 6, 22)
    assert tm.anchor == "published"


def test_day_someone_was_located_follows_the_incident(analyse):
    doc = analyse("On June 14, officers found a clerk shot in the chest behind a pawn shop. On June 18, the "
                  "suspect was located and arrested in a motel. The clerk died of his wounds.", published=PUB)
    ti, why = event_time(doc, trigger(doc, "died"))
    assert doc._.dl_times[ti].value == dt.date(2021, 6, 14), why


def test_past_verb_under_a_future_governor_stays_past(analyse):
    # "expected to recover" points forward, the shooting it follows does not
    doc = analyse("A cashier is expected to recover after she was shot early Sunday at a car wash.",
                  published="2021-06-21")
    tm = next(t for t in doc._.dl_times if t.text == "early Sunday")
    assert tm.value == dt.date(2021, 6, 20)
    assert not tm.future


def test_weekend_gives_way_to_the_day_a_later_sentence_names(analyse):
    # the day hangs on "was" (a state) or on "said": still the day inside the weekend
    doc = analyse("A delivery driver was wounded over the weekend in a failed holdup. Sunday, the driver was "
                  "unloading boxes on Maple Court when a man demanded his wallet. The robber struck him with "
                  "a pistol and fled.", published="2021-06-22")
    for word in ("wounded", "struck"):
        ti, why = event_time(doc, trigger(doc, word))
        assert doc._.dl_times[ti].value == dt.date(2021, 6, 20), (word, why)


def test_dating_sentence_dates_the_incident_already_told(analyse):
    # the lead's day is the one the victim gave; the later sentence corrects it
    doc = analyse("A courier who said he was shot in the arm on Pine Street early Sunday was in fact wounded "
                  "elsewhere, police said. Detectives now believe the shooting happened Saturday afternoon "
                  "behind a warehouse on Dock Road.", published="2021-06-22")
    assert primary(doc).get("event_date") == "2021-06-19"


def test_day_on_a_noun_in_the_object_of_will_is_future(analyse):
    doc = analyse("The sheriff will share more details on the case at a news briefing Monday at "
                  "police headquarters.", published=PUB)
    tm = next(t for t in doc._.dl_times if t.text == "Monday")
    assert tm.future
    assert tm.value == dt.date(2021, 6, 28)


def test_day_on_a_noun_of_a_past_verb_stays_past(analyse):
    doc = analyse("The sheriff shared more details on the case at a news briefing Monday.", published=PUB)
    tm = next(t for t in doc._.dl_times if t.text == "Monday")
    assert not tm.future
    assert tm.value == dt.date(2021, 6, 21)
