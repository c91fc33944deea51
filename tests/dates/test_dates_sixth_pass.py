"""Dates, sixth pass (issue 5, third round): web-page update stamps, a hospital stay as what
followed the incident, and a shared date of an appeal giving way to the incident's own day.
Every sentence here was written for these tests."""

from __future__ import annotations

import datetime as dt

from dateline.eval.gva import primary_record
from dateline.nlp.dates import event_time
from dates_helpers import trigger

PUB = "2021-06-10"  # a Thursday


def test_update_stamp_never_dates_the_incident(analyse):
    doc = analyse("UPDATE: June 10th, 2021 @ 6:00 a.m. A man was arrested after a shooting on Elm Road. "
                  "A cyclist took a bullet to the arm near 9 p.m. Tuesday, police said.", published=PUB)
    stamp = next(i for i, t in enumerate(doc._.dl_times) if t.text.startswith("June 10th"))
    assert doc._.dl_times[stamp].value == dt.date(2021, 6, 10)  # still a date
    assert stamp in doc.user_data["dl_birth_times"]  # kept out of event_time/story_time
    ti, _ = event_time(doc, trigger(doc, "shooting"))
    assert doc._.dl_times[ti].value == dt.date(2021, 6, 8)


def test_update_word_before_a_deictic_day_is_no_stamp(analyse):
    # "Update: last night, ..." tells the news itself, not when the page changed
    doc = analyse("Police update: last night a patrol heard gunfire near the river and found a car with "
                  "broken windows.", published=PUB)
    assert doc.user_data["dl_birth_times"] == set()


def test_hospital_stay_is_what_followed_the_shooting(analyse):
    doc = analyse("The bus driver remained hospitalized Thursday after he was shot near a depot. "
                  "Gunfire broke out at the depot about 7 a.m. Wednesday.", published=PUB)
    ti, _ = event_time(doc, trigger(doc, "shot"))
    assert doc._.dl_times[ti].value == dt.date(2021, 6, 9)


def test_appeal_date_shared_in_the_sentence_gives_way_to_the_story_day(analyse):
    # the appeal and the killing are two records of one sentence; the killing's own day is told
    # in the next sentence and comes before the appeal
    doc = analyse("Investigators asked neighbors Thursday for help tracking down whoever shot and killed a "
                  "cook. A passer-by found him late Wednesday night behind a bakery on Pine Street.",
                  published=PUB)
    rec = primary_record([r.to_dict() for r in doc._.dl_records], doc) or {}
    assert rec.get("event_date") == "2021-06-09"


def test_tonight_in_a_report_dated_by_day_only_is_the_evening_before(analyse):
    doc = analyse("A teenager was shot in the leg outside a laundromat on Birch Avenue tonight, police said.",
                  published=PUB)
    rec = primary_record([r.to_dict() for r in doc._.dl_records], doc) or {}
    assert rec.get("event_date") == "2021-06-09"
    assert rec.get("time_precision") == 2
    assert any("inferred date" in w for w in rec.get("warnings") or [])
    # "today" stays the publication day
    doc = analyse("A teenager was shot in the leg outside a laundromat on Birch Avenue today, police said.",
                  published=PUB)
    rec = primary_record([r.to_dict() for r in doc._.dl_records], doc) or {}
    assert rec.get("event_date") == PUB
