"""Issue 4, third pass: country errors by cause (docs/places.md). Reports written for these tests."""

from __future__ import annotations

import pytest

from dateline.geo import get_gazetteer
from dateline.geo.gazetteer import ADMIN1
from dateline.geo.resolve import Query, Resolver


def _places(analyse, text):
    return [(p.text, p.name, p.feature, p.country_code) for p in analyse(text)._.dl_places]


def _one(analyse, text, name):
    hits = [p for p in analyse(text)._.dl_places if p.text == name]
    assert hits, f"{name!r} not found in {_places(analyse, text)}"
    return hits[0]


def test_a_country_named_a_and_b_is_one_place(analyse):
    ps = _places(analyse, "Customs officers in Trinidad and Tobago seized a boat on Monday.")
    assert [p for p in ps if p[3] == "TT"] == [("Trinidad and Tobago", "Trinidad and Tobago", "country", "TT")]
    assert not [p for p in ps if p[0] == "Trinidad" or p[0] == "Tobago"]


def test_a_province_named_a_and_b_is_one_place(analyse):
    p = _one(analyse, "Fishing quotas in Newfoundland and Labrador were cut again.", "Newfoundland and Labrador")
    assert (p.feature, p.country_code) == ("admin1", "CA")


def test_the_parts_of_a_country_name_name_the_country():
    g = get_gazetteer()
    res = Resolver(g).resolve([Query("Bosnia"), Query("Trinidad")])
    assert [g.cc(r.row) for r in res] == ["BA", "TT"]
    # a part that a province already has keeps its own reading: Tobago is the island's province
    r = Resolver(g).resolve([Query("Tobago")])[0]
    assert (g.kind[r.row], g.cc(r.row)) == (ADMIN1, "TT")


def test_the_soviet_union_is_russia():
    g = get_gazetteer()
    r = Resolver(g).resolve([Query("Soviet Union")])[0]
    assert g.cc(r.row) == "RU"


def test_an_entity_x_comma_y_gives_both_places(analyse):
    ps = _places(analyse, "The motor race at Thruxton, Hampshire, was called off because of rain.")
    assert ("Thruxton", "Thruxton", "populated place", "GB") in ps
    assert any(p[0] == "Hampshire" and p[3] == "GB" for p in ps)


def test_a_state_abbreviation_keeps_its_dot_at_a_sentence_end(analyse):
    p = _one(analyse, "The ferry service runs from Burlington, Vt. It carried 9,000 cars last year.", "Vt.")
    assert (p.name, p.country_code) == ("Vermont", "US")


def test_a_party_designation_is_not_part_of_the_town(analyse):
    ps = analyse("The bill was written by state Sen. Mary Jones (D-Iowa City) and passed on Tuesday.")._.dl_places
    assert any(p.name == "Iowa City" and p.country_code == "US" for p in ps)


def test_a_compass_abbreviation_is_dropped_like_north(analyse):
    ps = analyse("Crews put out a kitchen fire in a S.E. Paris apartment late on Sunday.")._.dl_places
    assert any(p.name == "Paris" for p in ps)


@pytest.mark.parametrize("text,word,cc", [
    ("A German court jailed the smuggler for six years.", "German", "DE"),
    ("The Canadian government sent two planes to help.", "Canadian", "CA"),
])
def test_a_demonym_beats_a_small_namesake(analyse, text, word, cc):
    ps = analyse(text)._.dl_places
    hits = [p for p in ps if p.text == word]
    assert hits and all(p.country_code == cc and p.context == "demonym" for p in hits)


def test_a_municipality_in_a_us_report_is_the_us_town(analyse):
    # the famous namesake is the default; a report about a local council and county says otherwise
    text = ("Paris City Council approved the new fire station on Monday. A Paris man spoke against it. "
            "Residents of Henry County will vote on the tax in May, and the Paris Police Department "
            "will move into the old courthouse.")
    ps = [p for p in analyse(text)._.dl_places if p.text.startswith("Paris")]
    assert ps and all(p.country_code == "US" for p in ps), [(p.text, p.country_code) for p in ps]


def test_paris_alone_is_still_the_french_capital(analyse):
    p = _one(analyse, "The talks in Paris ended without a deal on Friday.", "Paris")
    assert p.country_code == "FR"


def test_many_small_namesakes_are_no_evidence_for_their_country():
    """"Oxford" has a dozen US namesakes; their summed weight must not make a British report
    American (the country-only context takes a name's country only where its best reading is)."""
    g = get_gazetteer()
    res = Resolver(g).resolve([Query("Oxford"), Query("Cowley"), Query("Oxford")])
    assert [g.cc(r.row) for r in res] == ["GB", "GB", "GB"]


def test_an_abbreviation_with_a_generic_word_is_the_country(analyse):
    p = _one(analyse, "A US state has banned the pesticide outright.", "US state")
    assert (p.feature, p.country_code) == ("country", "US")


def test_a_name_the_model_split_in_two_entities_is_whole(analyse):
    text = "Thousands now live in Boa Vista, the capital of the northern state of Roraima."
    p = _one(analyse, text, "Boa Vista")
    assert p.country_code == "BR"


def test_a_curated_region_beats_a_hamlet_in_the_focus_country():
    g = get_gazetteer()
    res = Resolver(g).resolve([Query("Middle East"), Query("Riyadh"), Query("Washington")], focus="US")
    assert g.kind[res[0].row] == 4 and not g.cc(res[0].row)  # the region, in no one country


def test_a_town_and_its_county_named_together_fit_each_other():
    """Neither name alone is sure (Paris the capital; a dozen Henry Counties); together they are the
    Tennessee pair, and a county named with one of its towns picks that state's county."""
    g = get_gazetteer()
    res = Resolver(g).resolve([Query("Paris"), Query("Henry County")])
    assert [g.cc(r.row) for r in res] == ["US", "US"]
    assert g.a2[res[0].row] == res[1].row
    alone = Resolver(g).resolve([Query("Paris")])[0]
    assert g.cc(alone.row) == "FR"


def test_a_province_the_model_calls_a_person_is_a_place(analyse):
    text = "Tamil Nadu on Monday asked the court to share the river's water with its neighbours."
    p = _one(analyse, text, "Tamil Nadu")
    assert (p.feature, p.country_code) == ("admin1", "IN")
    # a person's two-word name that is no province stays a person
    assert not analyse("Mary Okafor told the court she had left early.")._.dl_places


def test_a_dateline_after_a_headline_is_a_place(analyse):
    text = ("Council backs the new bridge plan . SPRINGFIELD, Ill. (AP) - Lawmakers approved money for "
            "the bridge on Monday.")
    p = _one(analyse, text, "SPRINGFIELD")
    assert (p.country_code, p.admin1) == ("US", "Illinois")


def test_a_town_opening_its_fire_department_is_a_place(analyse):
    p = _one(analyse, "The Torrington Fire Department answered the call on Main Street.", "Torrington")
    assert p.country_code == "US"


def test_a_country_name_written_as_a_town_is_levelled():
    """"A Jordan man", "Lebanon High School": the country reading loses its size advantage, so one
    US neighbour decides; alone, or written plainly, the name is still the country."""
    g = get_gazetteer()
    res = Resolver(g).resolve([Query("Lebanon", local=2), Query("Harrisburg")])
    assert g.cc(res[0].row) == "US"
    assert g.cc(Resolver(g).resolve([Query("Lebanon"), Query("Harrisburg")])[0].row) == "LB"
    assert g.cc(Resolver(g).resolve([Query("Jordan", local=2)])[0].row) == "JO"
