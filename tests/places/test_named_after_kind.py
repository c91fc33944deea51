"""A name the gazetteer lacks, introduced by its kind ("near the town of Qorbeni", "the village of
Ndalu"), is a place even when the model reads it as a person: the event keeps the name the text
gives, at a lower precision, instead of falling back to the dateline. Names invented for the test
(no such towns exist in the gazetteer)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name", [
    ("NIAMEY — Gunmen ambushed a patrol near the town of Qorbeni on Tuesday, killing six soldiers.", "Qorbeni"),
    ("NIAMEY — Gunmen raided the small village of Ndalu on Tuesday and killed four farmers.", "Ndalu"),
])
def test_a_kind_introduced_name_is_the_event_place(analyse, text, name):
    doc = analyse(text, published="2022-02-10")
    assert any(p.text == name and p.feature == "unknown" for p in doc._.dl_places)
    recs = [r for r in doc._.dl_records if r.event_type]
    assert recs and recs[0].location == name and recs[0].geo_precision == 3 and recs[0].latitude is None


def test_a_known_town_so_introduced_still_resolves(analyse):
    doc = analyse("Gunmen attacked the town of Gao on Tuesday, killing three traders.", published="2022-02-10")
    assert any(p.text == "Gao" and p.country_code == "ML" for p in doc._.dl_places)


def test_an_organisation_after_of_is_no_place(analyse):
    doc = analyse("The mayor of the city of the future spoke to the Chamber of Commerce on Tuesday.",
                  published="2022-02-10")
    assert not any(p.feature == "unknown" for p in doc._.dl_places)


def test_a_hyphenated_kind_phrase_and_name_particles(analyse):
    doc = analyse("DAMASCUS — Shells hit the rebel-held town of Kafr al-Zuhur on Tuesday, killing two men.",
                  published="2022-02-10")
    assert any(p.text == "Kafr al-Zuhur" for p in doc._.dl_places)
