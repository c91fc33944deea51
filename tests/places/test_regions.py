"""Regions, seas and continents; ordinary words that are not admin units; names with a generic
word; the scorer's country rule for countryless places. Reports written in our own words."""

import pytest

from dateline.eval.geoparsing import GoldArticle, GoldToponym, score_places
from dateline.geo.gazetteer import ADMIN1, OTHER, PLACE, get_gazetteer
from dateline.geo.resolve import Query, Resolver
from dateline.nlp.types import PlaceMention


@pytest.fixture(scope="module")
def gaz():
    return get_gazetteer()


def test_seas_regions_and_the_eu_are_region_rows(gaz):
    for name, cc in (("Pacific Ocean", ""), ("Middle East", ""), ("Darfur", "SD"), ("Mediterranean", "")):
        rows, _h, _how = gaz.candidates(name)
        assert any(gaz.kind[r] == OTHER and gaz.cc(r) == cc for r in rows), name
    rows, _h, how = gaz.candidates("EU")
    assert how == "code" and gaz.names[rows[0]] == "European Union" and gaz.cc(rows[0]) == ""
    assert all(gaz.kind[r] != OTHER for r in gaz.candidates("Eu")[0])  # only the capitals are the EU


def test_a_bare_ocean_name_is_the_ocean_not_a_small_town(gaz):
    (res,) = Resolver(gaz).resolve([Query("Pacific")])
    assert gaz.kind[res.row] == OTHER and gaz.names[res.row] == "Pacific Ocean"


def test_ordinary_words_are_not_admin_units(gaz):
    for word in ("Free", "First", "No", "Act"):
        assert not any(gaz.kind[r] == ADMIN1 for r in gaz.candidates(word)[0]), word
    free_state = gaz.candidates("Free State")[0]
    assert any(gaz.kind[r] == ADMIN1 and gaz.cc(r) == "ZA" for r in free_state)
    assert any(gaz.cc(r) == "AU" for r in gaz.candidates("ACT")[0])  # the capitals are a code


def test_continent_demonyms_name_the_continent(gaz):
    row = gaz.demonym_row(gaz.demonym("Europeans"))
    assert row is not None and gaz.names[row] == "Europe"
    assert gaz.demonym_row(gaz.demonym("Afghan")) is None and gaz.demonym("Afghan") == "AF"


def test_a_town_named_with_a_generic_word_keeps_its_own_reading(gaz):
    res = Resolver(gaz).resolve([Query("Oklahoma City"), Query("Oklahoma"), Query("Boulder City")])
    okc, ok, boulder = (gaz.place(r.row) for r in res)
    assert (okc.kind, okc.name) == (PLACE, "Oklahoma City")
    assert (ok.kind, ok.name) == (ADMIN1, "Oklahoma")
    assert (boulder.name, boulder.admin1) == ("Boulder City", "Nevada")


def test_a_generic_word_no_candidate_fits_is_dropped(gaz):
    (res,) = Resolver(gaz).resolve([Query("Edwardsville District")])
    assert res.row is not None and gaz.kind[res.row] == PLACE and gaz.cc(res.row) == "US"


def test_stage_reads_continents_and_country_suffixes(analyse):
    doc = analyse("European ministers met in Brussels on Tuesday. Campaigners from Local Ireland "
                  "marched in Dublin the same day.")
    by_text = {p.text: p for p in doc._.dl_places}
    eu = by_text["European"]
    assert (eu.context, eu.name, eu.feature, eu.country_code) == ("demonym", "Europe", "region", None)
    assert by_text["Ireland"].country_code == "IE"


def test_country_score_counts_a_countryless_place_as_right_when_ours_is_countryless(gaz):
    europe = gaz.lookup_gid(6255148)
    gold = [GoldArticle("a", "x" * 40, [GoldToponym(0, 6, "Europe", 6255148, 48.7, 9.1),
                                         GoldToponym(10, 16, "France", 3017382, 46.0, 2.0)])]
    ours = [[PlaceMention(start=0, end=6, text="Europe", sent=0, context="body", name="Europe",
                          feature="region", country_code=None, geonames_id=6255148,
                          latitude=gaz.lat[europe], longitude=gaz.lon[europe]),
             PlaceMention(start=10, end=16, text="France", sent=0, context="body", name="Spain",
                          feature="country", country_code="ES", geonames_id=2510769,
                          latitude=40.0, longitude=-4.0)]]
    r = score_places(gold, ours)
    assert r["n_rec"] == 2 and r["country"] == 0.5 and r["exact"] == 0.5
