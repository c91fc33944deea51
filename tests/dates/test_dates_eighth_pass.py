"""Dates, eighth pass (issue 5, fifth round): "the same day" before any day is told, "that
night" after "the next morning", a discovery's day, and a week made precise by the day of what
followed inside it. Every sentence here was written for these tests."""

from __future__ import annotations

import datetime as dt

from dateline.eval.gva import primary_record
from dateline.nlp.dates import event_time
from dates_helpers import trigger

PUB = "2021-06-24"  # a Thursday


def primary(doc):
    return primary_record([r.to_dict() for r in doc._.dl_records], doc) or {}


def times(doc):
    return {t.text: t.value for t in doc._.dl_times}


def test_same_day_before_any_day_is_not_the_publication_day(analyse):
    doc = analyse("Two drivers shot by deputies in separate stops on the same day have been named. Ruiz was "
                  "shot about 9 p.m. June 19 after deputies stopped his truck.", published=PUB)
    assert times(doc)["the same day"] is None
    assert primary(doc).get("event_date") == "2021-06-19"


def test_same_day_after_a_day_is_that_day(analyse):
    doc = analyse("A clerk was shot on June 19. A second clerk was hurt the same day.", published=PUB)
    assert times(doc)["the same day"] == dt.date(2021, 6, 19)


def test_that_night_goes_back_to_the_night_told(analyse):
    doc = analyse("A farmer heard what sounded like fireworks Monday night. He found holes in his barn door "
                  "the next morning. He had gone to sleep early that night, he said.", published=PUB)
    tm = next(t for t in doc._.dl_times if t.text == "that night")
    assert tm.value == dt.date(2021, 6, 21)


def test_that_night_after_a_new_day_is_that_day(analyse):
    doc = analyse("Shots rang out on Elm Street Monday night. On Wednesday, deputies arrested a man. That "
                  "night he was released on bond.", published=PUB)
    tm = next(t for t in doc._.dl_times if t.text == "That night")
    assert tm.value == dt.date(2021, 6, 23)


def test_discovery_day_is_not_the_incident_day(analyse):
    doc = analyse("A retired nurse heard loud bangs Monday night. She did not know her garage was riddled "
                  "with bullets until she discovered several holes the next morning.", published=PUB)
    ti, why = event_time(doc, trigger(doc, "riddled"))
    assert doc._.dl_times[ti].value == dt.date(2021, 6, 21), why


def test_week_gives_way_to_the_arrest_day_inside_it(analyse):
    doc = analyse("A 58-year-old man has been charged with assault after shooting his brother last week. The "
                  "man was arrested on June 16 after deputies answered a report of gunfire at the farm.",
                  published=PUB)
    ti, why = event_time(doc, trigger(doc, "shooting"))
    assert doc._.dl_times[ti].value == dt.date(2021, 6, 16), why
