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


def test_unclaimed_bomb_is_an_unidentified_groups_strike_not_shelling(nlp):
    """ACLED's convention: an explosion or attack nobody is named for is coded to the country's
    unidentified armed group; a strike or shelling without a named side keeps actor1 empty."""
    bomb = ("ANKARA, Turkey (Reuters) - A car bomb exploded near a police station in Diyarbakir on Monday, "
            "killing two officers, the governor said.")
    (r,) = extract(bomb, published="2024-05-14")
    assert r.sub_event_type == "Remote explosive/landmine/IED"
    assert r.actor1 == "Unidentified Armed Group (Turkey)" and r.inter1 == 3
    assert any("unidentified armed group" in w for w in r.warnings)
    strike = "KYIV (Reuters) - An overnight missile strike hit an apartment block in Dnipro, killing four people, officials said."
    recs = [r for r in extract(strike, published="2024-05-14") if r.status == "occurred"]
    assert recs and all(r.actor1 is None or not r.actor1.startswith("Unidentified") for r in recs)
