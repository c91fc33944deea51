"""The time-expression finder and resolver on their own (no spaCy): unit and property tests."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from dateline.nlp import timex
from dateline.nlp.timex import find, resolve

THU = dt.date(2020, 3, 5)  # a Thursday
WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
anchors = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2035, 12, 31))
weekdays = st.integers(min_value=0, max_value=6)


def one(text: str, anchor=THU, **kw):
    found = [t for t in find(text)]
    assert len(found) == 1, found
    return found[0], resolve(found[0], anchor, **kw)


@pytest.mark.parametrize("text,value", [
    ("yesterday", "2020-03-04"),
    ("last night", "2020-03-04"),
    ("overnight", "2020-03-04"),
    ("today", "2020-03-05"),
    ("early Thursday", "2020-03-05"),
    ("on Tuesday", "2020-03-03"),
    ("Tuesday night", "2020-03-03"),
    ("on Saturday last week", "2020-02-29"),
    ("Tuesday next week", "2020-03-10"),
    ("last Thursday", "2020-02-27"),
    ("next Monday", "2020-03-09"),
    ("two days ago", "2020-03-03"),
    ("on March 3", "2020-03-03"),
    ("3 March 2020", "2020-03-03"),
    ("March 3, 2019", "2019-03-03"),
    ("Feb. 28", "2020-02-28"),
    ("on 12/30/2019", "2019-12-30"),
    ("2019-11-02", "2019-11-02"),
    ("the day before yesterday", "2020-03-03"),
    ("Christmas Day", "2019-12-25"),
])
def test_day_values(text, value):
    t, r = one(text)
    assert t.kind == "date"
    assert r.value.isoformat() == value
    assert r.granularity == "day"
    assert r.time_precision == 1 and r.date_prec == 1


def test_date_without_year_is_nearest_before_publication():
    # December is after March: the December before publication
    _, r = one("on December 20")
    assert r.value == dt.date(2019, 12, 20)
    # ... unless the verb is future
    _, r = one("on December 20", future=True)
    assert r.value == dt.date(2020, 12, 20)


@pytest.mark.parametrize("text,timex_value,gran", [
    ("earlier this month", "2020-03", "month"),
    ("last month", "2020-02", "month"),
    ("last week", "2020-W09", "week"),
    ("this week", "2020-W10", "week"),
    ("last year", "2019", "year"),
    ("next year", "2021", "year"),
    ("in May 2010", "2010-05", "month"),
    ("late last July", "2019-07", "month"),
    ("last summer", "2019-SU", "season"),
    ("the 1990s", "199", "decade"),
    ("four years ago", "2016", "year"),
])
def test_coarser_values(text, timex_value, gran):
    _, r = one(text)
    assert r.timex == timex_value
    assert r.granularity == gran
    assert r.time_precision in (2, 3)


def test_earlier_this_month_ends_at_the_anchor():
    _, r = one("earlier this month")
    assert r.value == dt.date(2020, 3, 1) and r.end_value == THU
    assert r.time_precision == 3 and r.date_prec == 4


@pytest.mark.parametrize("text", ["14 months", "35 minutes", "11 days", "an 18-year presence", "a week-long truce",
                                  "for two hours", "the past three years"])
def test_durations_have_no_value(text):
    found = find(text)
    assert found and all(t.kind == "duration" for t in found), found
    assert all(resolve(t, THU).value is None for t in found)


@pytest.mark.parametrize("text", ["a 25-year-old man", "the six-month-old baby", "aged 40"])
def test_ages(text):
    found = find(text)
    assert [t.kind for t in found] == ["age"]


@pytest.mark.parametrize("text", ["The ministers may meet again soon.", "Protesters march through the city.",
                                  "He lives at 2400 Oak Street.", "The 100 block of Main Street",
                                  "It cost $2,015 in total."])
def test_not_dates(text):
    assert [t for t in find(text) if t.kind == "date"] == []


def test_clock_time_and_set():
    kinds = [t.kind for t in find("Shots rang out at 7:45 p.m. and patrols go out every day.")]
    assert kinds == ["time", "set"]


def test_no_anchor_never_invents_a_date():
    for text in ("yesterday", "on Tuesday", "last week", "two days ago", "on March 3"):
        t = find(text)[0]
        assert resolve(t, None).value is None, text
    # a date with its year needs no anchor
    assert resolve(find("3 March 2020")[0], None).value == dt.date(2020, 3, 3)


def test_year_ranges():
    found = find("during the 2009-2010 season and in 1957-58")
    assert [resolve(t, THU).timex for t in found] == ["2009", "2010", "1957", "1958"]


# --- properties over publication dates and weekdays -------------------------------------------


@settings(max_examples=300, deadline=None)
@given(anchor=anchors, wd=weekdays)
def test_bare_weekday_is_the_latest_on_or_before_the_anchor(anchor, wd):
    t = find(f"on {WEEKDAY_NAMES[wd]}")[0]
    v = resolve(t, anchor).value
    assert v.weekday() == wd
    assert 0 <= (anchor - v).days <= 6


@settings(max_examples=300, deadline=None)
@given(anchor=anchors, wd=weekdays)
def test_future_weekday_is_on_or_after_the_anchor(anchor, wd):
    t = find(f"on {WEEKDAY_NAMES[wd]}")[0]
    r = resolve(t, anchor, future=True)
    assert r.value.weekday() == wd
    assert 0 <= (r.value - anchor).days <= 6


@settings(max_examples=300, deadline=None)
@given(anchor=anchors, wd=weekdays)
def test_weekday_last_week_and_next_week(anchor, wd):
    name = WEEKDAY_NAMES[wd]
    monday = anchor - dt.timedelta(days=anchor.weekday())
    last = resolve(find(f"{name} last week")[0], anchor).value
    nxt = resolve(find(f"{name} next week")[0], anchor).value
    assert last.weekday() == wd and nxt.weekday() == wd
    assert last - dt.timedelta(days=last.weekday()) == monday - dt.timedelta(days=7)
    assert nxt - dt.timedelta(days=nxt.weekday()) == monday + dt.timedelta(days=7)
    # "last Friday" is strictly before the anchor, "next Friday" strictly after
    assert resolve(find(f"last {name}")[0], anchor).value < anchor
    assert resolve(find(f"next {name}")[0], anchor).value > anchor


@settings(max_examples=200, deadline=None)
@given(anchor=anchors, n=st.integers(min_value=1, max_value=30))
def test_days_ago(anchor, n):
    words = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
             10: "ten"}
    text = f"{words.get(n, n)} days ago"
    assert resolve(find(text)[0], anchor).value == anchor - dt.timedelta(days=n)


@settings(max_examples=300, deadline=None)
@given(anchor=anchors, month=st.integers(min_value=1, max_value=12), day=st.integers(min_value=1, max_value=28))
def test_day_month_without_year_is_within_a_year_before(anchor, month, day):
    name = timex.calendar.month_name[month]
    v = resolve(find(f"on {name} {day}")[0], anchor).value
    assert v.month == month and v.day == day
    assert v <= anchor
    assert (anchor - v).days < 366


@settings(max_examples=200, deadline=None)
@given(anchor=anchors)
def test_deictic_words(anchor):
    assert resolve(find("yesterday")[0], anchor).value == anchor - dt.timedelta(days=1)
    assert resolve(find("tomorrow")[0], anchor).value == anchor + dt.timedelta(days=1)
    r = resolve(find("last week")[0], anchor)
    assert r.value.weekday() == 0 and r.end_value - r.value == dt.timedelta(days=6)
    assert r.end_value < anchor


@settings(max_examples=100, deadline=None)
@given(anchor=anchors, wd=weekdays)
def test_range_between_weekdays(anchor, wd):
    wd2 = (wd + 2) % 7
    found = find(f"between {WEEKDAY_NAMES[wd]} and {WEEKDAY_NAMES[wd2]}")
    assert len(found) == 2
    r = timex.combine_range(resolve(found[0], anchor), resolve(found[1], anchor))
    assert r.value <= r.end_value
    assume(r.end_value != r.value)
    assert r.time_precision == 2 and r.date_prec == 2


# holidays: read with either apostrophe and a part of the day, computed for the year (THU is
# 2020-03-05, so a holiday later in the year is the previous year's)
@pytest.mark.parametrize("text,value,part", [
    ("a man was shot on New Year's night", "2020-01-01", "night"),
    ("the party on New Year\u2019s Eve", "2019-12-31", None),
    ("fired on Christmas morning", "2019-12-25", "morning"),
    ("the Easter Sunday robbery", "2019-04-21", None),
    ("a Good Friday fight", "2019-04-19", None),
    ("a brawl on Black Friday", "2019-11-29", None),
    ("parade on Martin Luther King Jr. Day", "2020-01-20", None),
    ("shots fired over Presidents Day", "2020-02-17", None),
    ("a bar on St. Patrick's Day", "2019-03-17", None),
    ("the Thanksgiving dinner", "2019-11-28", None),
])
def test_holidays(text, value, part):
    found = [t for t in find(text) if t.kind == "date"]
    assert len(found) == 1, found
    r = resolve(found[0], THU)
    assert r.value.isoformat() == value
    assert r.granularity == "day"
    assert r.part_of_day == part


def test_new_years_alone_is_no_date():
    assert [t for t in find("She kept her New Year's resolution.") if t.kind == "date"] == []


def test_easter_dates():
    assert timex._easter(2014) == dt.date(2014, 4, 20)
    assert timex._easter(2018) == dt.date(2018, 4, 1)
    assert timex._easter(2000) == dt.date(2000, 4, 23)
