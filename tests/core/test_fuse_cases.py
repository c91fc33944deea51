"""End-to-end cases for per-report fusion found in QA (reports written for these tests)."""

from __future__ import annotations

from dateline import extract


def test_claim_of_responsibility_names_the_attacker(nlp):
    text = ("KABUL (AFP) - A suicide bomber blew himself up inside a mosque in western Kabul during Friday "
            "prayers, killing at least 20 worshippers and wounding 45, police said.\n\nThe Islamic State group "
            "claimed responsibility for the attack in a statement.")
    (r,) = [r for r in extract(text, published="2024-05-11") if r.status == "occurred"]
    assert r.sub_event_type == "Suicide bomb" and r.fatalities == 20 and r.injured_best == 45
    assert r.actor1 and r.actor1.startswith("Islamic State")


def test_unknown_agency_dateline_is_not_an_actor(nlp):
    text = "MEXICO CITY (Dateline) - Gunmen shot dead a police officer in the state of Guerrero on Monday, officials said."
    (r,) = extract(text, published="2024-05-14")
    assert r.actor1 == "Unidentified Armed Group (Mexico)" and r.actor2 == "Police Forces of Mexico"
    assert r.admin1 == "Guerrero" and r.fatalities == 1 and r.event_date == "2024-05-13"


def test_one_country_name_per_country(nlp):
    text = "GOMA, Congo (AP) - M23 rebels shelled a camp near Goma on Monday, killing five people, officials said."
    recs = extract(text, published="2024-05-15")
    assert recs and {r.country for r in recs} == {"Democratic Republic of Congo"}
