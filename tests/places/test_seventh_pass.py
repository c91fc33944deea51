"""Issue 4, seventh pass: a metropolis says nothing about its province's small towns, and a
city-state named bare is its city (docs/places.md). Names only; no third-party text."""

from __future__ import annotations

import pytest

from dateline.geo import Resolver, get_gazetteer
from dateline.geo.resolve import Query


@pytest.fixture(scope="module")
def gaz():
    return get_gazetteer()


def _read(gaz, names):
    out = []
    for r in Resolver(gaz).resolve([Query(t) for t in names]):
        p = gaz.place(r.row)
        out.append((p.name, p.feature, p.admin1, p.country_code))
    return out


def test_a_metropolis_does_not_pull_a_namesake_into_its_province(gaz):
    # New York City lies in New York State, as does a hamlet called Boston: the city is no evidence
    # for the hamlet
    got = _read(gaz, ["New York City", "Boston"])
    assert got[1][2] == "Massachusetts", got


def test_a_smaller_city_still_names_its_province(gaz):
    # Manhattan (under the metropolis size) keeps telling the province: Rochester of New York
    got = _read(gaz, ["Manhattan", "Rochester"])
    assert got[1][2:] == ("New York", "US"), got


@pytest.mark.parametrize("name,cc", [("Singapore", "SG"), ("Monaco", "MC"), ("Hong Kong", "HK")])
def test_a_city_state_named_bare_is_its_city(gaz, name, cc):
    got = _read(gaz, [name])
    assert got[0][1] == "populated place" and got[0][3] == cc, got


def test_a_small_country_with_towns_beyond_its_capital_stays_the_country(gaz):
    assert _read(gaz, ["Luxembourg"])[0][1] == "country"
    row = gaz.country_row["LU"]
    assert not gaz.city_state(row, 40.0)
    assert gaz.city_state(gaz.country_row["SG"], 40.0)


def test_a_datelines_state_is_a_place_and_holds_the_town(analyse):
    doc = analyse("SALEM, Ore. (AP) - A landslide closed a coastal highway on Tuesday, state officials said.",
                  published="2019-03-05")
    got = {p.text: (p.name, p.feature, p.context, p.country_code) for p in doc._.dl_places}
    assert got.get("Ore.") == ("Oregon", "admin1", "dateline", "US"), got
    first = next(p for p in doc._.dl_places if p.context == "dateline")
    assert first.text == "SALEM" and first.admin1 == "Oregon", got


def test_a_feature_named_after_a_town_is_not_the_town(analyse):
    doc = analyse("Divers searched the Sacramento River on Monday after a canoe overturned.", published="2019-03-05")
    assert "Sacramento" not in {p.text for p in doc._.dl_places}, [(p.text, p.name) for p in doc._.dl_places]
    # a unit's name before a feature word still names the unit
    doc = analyse("Troops moved up the Swat Valley on Friday, officials said.", published="2019-03-05")
    got = {p.text: p.feature for p in doc._.dl_places}
    assert got.get("Swat") in ("admin1", "admin2"), got


def test_a_compass_word_qualifies_only_a_sizeable_name(gaz):
    from dateline.nlp.places import _sizeable

    assert _sizeable(gaz, "Texas") and _sizeable(gaz, "Los Angeles") and _sizeable(gaz, "Europe")
    assert not _sizeable(gaz, "Wing")  # "West Wing" is no village called Wing
