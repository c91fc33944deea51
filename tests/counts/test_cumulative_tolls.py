"""A toll over months or years is no incident's figure (issue 5, ACLED convention)."""

from __future__ import annotations

import pytest


def statuses(doc, category):
    return [(c.best, c.status) for c in doc._.dl_counts if c.category == category]


@pytest.mark.parametrize("text,best", [
    ("Envoys hope to end a civil war that has left more than 40,000 dead.", 40000),
    ("At least 150 union members have been killed since the party was founded in 1986.", 150),
    ("Some 300 people were killed during September, the ministry said.", 300),
    ("More than 80 officers have died in the past three years.", 80),
    ("So far, over 2,000 people have died in the unrest.", 2000),
    ("More than 90 lawyers have been murdered since the courts began their fight against the cartels in 1984.", 90),
])
def test_long_period_toll_is_cumulative(analyse, text, best):
    assert statuses(analyse(text), "killed") == [(best, "cumulative")]


@pytest.mark.parametrize("text,best", [
    ("A car bomb killed nine people in the capital on Tuesday.", 9),
    # the period belongs to the abduction, told in a relative clause; the finding is today's
    ("The bodies of three of the seven farmers who were abducted over the past two weeks were found today.", 3),
    ("A bomb killed six guards on 3 September.", 6),
    ("Two soldiers were killed in September in an ambush.", 2),
    # a comparison on a noun is no period of the toll
    ("A bomb killed six guards on Monday, the worst attack since 2015.", 6),
    ("A bomb killed six guards on Monday in the deadliest attack in the past three years.", 6),
])
def test_incident_figures_stay_occurred(analyse, text, best):
    assert (best, "occurred") in statuses(analyse(text), "killed")


def test_cumulative_toll_does_not_become_the_record_figure():
    from dateline.article import Article
    from dateline.nlp.pipeline import process

    text = ("Rebels attacked a police post in the north on Monday, killing two officers. The government "
            "says the insurgency that has claimed more than 9,000 lives must end.")
    (res,) = list(process([Article(text=text, published="2020-03-05")]))
    assert sorted(r.fatalities for r in res.records if r.fatalities) == [2]
