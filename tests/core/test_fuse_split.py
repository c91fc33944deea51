"""A figure told for several places or days without a breakdown: one record per place and day,
the figure divided evenly (remainder to the first ones), each record saying so (ACLED's unit is
one place on one day). Reports written for these tests."""

from __future__ import annotations

import pytest

from dateline import extract
from dateline.fuse.within import _share


def _split(records):
    return [r for r in records if any("records of an event told for" in w for w in r.warnings)]


@pytest.mark.parametrize("total,n,expect", [(9, 3, [3, 3, 3]), (10, 3, [4, 3, 3]), (1, 2, [1, 0]), (0, 2, [0, 0])])
def test_share_divides_evenly_remainder_first(total, n, expect):
    assert [_share(total, n, i) for i in range(n)] == expect
    assert sum(expect) == total


def test_share_of_unknown_stays_unknown():
    assert _share(None, 3, 0) is None


def test_battle_over_three_days_is_three_daily_records():
    recs = extract("Fighting between government troops and rebels raged from Monday to Wednesday in the town of "
                   "Konduga, leaving 10 fighters dead, the army said.", published="2020-03-05")
    parts = _split(recs)
    assert [r.event_date for r in parts] == ["2020-03-02", "2020-03-03", "2020-03-04"]
    assert [r.killed_best for r in parts] == [4, 3, 3]
    assert sum(r.fatalities for r in parts) == 10
    assert all(r.time_precision == 1 and r.event_date_end is None for r in parts)
    assert all("10 killed in total" in w for r in parts for w in r.warnings if "records of an event" in w)
    assert len({r.event_id for r in parts}) == 3


def test_protest_in_two_cities_is_two_records():
    recs = extract("Thousands of people protested in Nairobi and Mombasa on Friday against a new tax on fuel.",
                   published="2020-03-05")
    parts = _split(recs)
    assert sorted(r.location for r in parts) == ["Mombasa", "Nairobi"]
    assert all(r.sub_event_type == "Peaceful protest" and r.event_date == "2020-02-28" for r in parts)
    assert all(r.country_code == "KE" for r in parts)
    # each record points at the sentence naming its place
    assert all(any(e.field == "location" for e in r.evidence) for r in parts)


def test_road_between_two_cities_is_one_place():
    recs = extract("Gunmen ambushed a convoy on the road between Kabul and Jalalabad on Tuesday, killing four "
                   "soldiers.", published="2020-03-05")
    assert not _split(recs)
    assert sum(r.fatalities for r in recs) == 4


def test_single_shooting_across_midnight_is_not_split():
    recs = extract("A man was shot dead outside a bar in Chicago between Friday night and Saturday morning, police "
                   "said.", published="2020-03-05")
    assert not _split(recs)


def test_compass_words_are_not_places_to_split():
    recs = extract("Gunmen opened fire on crowds on the North and West sides of the city on Sunday, wounding six "
                   "people, police said.", published="2020-03-05")
    assert not _split(recs)


def test_clash_in_two_provinces_is_two_records():
    recs = extract("Insurgents clashed with soldiers in Kunduz and Baghlan provinces on Tuesday, killing 13 soldiers, "
                   "officials said.", published="2020-03-05")
    parts = _split(recs)
    assert sorted(r.admin1 for r in parts) == ["Baghlan", "Kunduz"]
    assert sorted(r.killed_best for r in parts) == [6, 7]


def test_a_list_of_three_places_the_parser_broke_is_still_three_records():
    # the small model parses "Kunduz" apart from "Baghlan and Takhar provinces"
    recs = extract("Taliban attacks in Kunduz, Baghlan and Takhar provinces killed 12 police officers on Monday, "
                   "officials said.", published="2020-03-05")
    parts = _split(recs)
    assert [r.admin1 for r in parts] == ["Kunduz", "Baghlan", "Takhar"]
    assert [r.killed_best for r in parts] == [4, 4, 4]


def test_a_town_and_its_country_are_no_list():
    recs = extract("Clashes in Kunduz, Afghanistan killed 12 police officers on Monday.", published="2020-03-05")
    assert not _split(recs) and [r.fatalities for r in recs if r.event_type] == [12]
