"""The report-relevance model and its gate in the events stage (third pass, issue 6): own words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.nlp import events as ev_mod
from dateline.nlp import relevance

BOMBING = (
    "Santa Rosa, 4 May 2021 -- A bomb exploded on Monday night outside the offices of a farm workers' union in "
    "the town of Santa Rosa, destroying the front of the building and wounding two guards, the provincial police "
    "said on Tuesday.\nPolice said the device had been left in a parked car and went off shortly before midnight, "
    "when the street was almost empty. Windows of nearby shops were shattered.\nA rebel group calling itself the "
    "People's Front claimed responsibility for the blast in a telephone call to a local radio station. It said the "
    "union leaders had betrayed the workers.\nThe union's president condemned the bombing and asked the government "
    "to protect its members. Police have detained three men for questioning.")
BUDGET = (
    "Santa Rosa, 4 May 2021 -- The finance minister told parliament on Tuesday that the economy would grow by "
    "three percent this year, despite the violence that has troubled the northern provinces for a decade.\nHe said "
    "the government would spend more on roads, schools and hospitals, and that talks with the rebels on a peace "
    "agreement could resume next month if both sides show goodwill.\nOpposition deputies said the budget ignored "
    "the poor and accused the government of failing to end the conflict. The debate will continue on Wednesday, "
    "when the chamber is expected to approve the plan.\nAnalysts said investors remain cautious about the country, "
    "where political instability and crime have kept foreign companies away.")
# the bombing is told only through the claim of responsibility (an attribution context)
CLAIM_ONLY = (
    "Santa Rosa, 4 May 2021 -- A rebel group calling itself the People's Front on Tuesday claimed responsibility "
    "for the bombing of a farm workers' union office in the town of Santa Rosa, in a telephone call to a local "
    "radio station.\nThe caller said the union leaders had betrayed the workers and warned that other offices "
    "would be targeted if the union did not break with the government.\nThe union's president condemned the group "
    "and asked the government to protect its members. The interior minister said the security forces were "
    "searching for those responsible and that the guilty would be punished.\nChurch leaders called for calm and "
    "asked the rebels to respect the lives of civilians.")
SHORT = "Gunmen shot dead a village elder outside his home on Tuesday."


def test_model_ships_small_with_its_card():
    m = relevance.model()
    assert m is not None
    path = Path(relevance.__file__).resolve().parents[1] / "data" / "models" / relevance.MODEL_FILE
    assert path.stat().st_size < 300_000
    assert 1_000 < len(m.weights) < 20_000
    assert "DEV" in m.meta["trained_on"] and "research use" in m.meta["trained_on"]
    card = " ".join((path.parent / "README.md").read_text(encoding="utf-8").split())
    assert "research-use only" in card and "train_muc4_relevance.py" in card


def test_features_are_words_and_pairs():
    assert relevance.features("A car-bomb exploded.") == {"a", "car", "bomb", "exploded", "a_car", "car_bomb",
                                                          "bomb_exploded"}


def test_incident_report_outscores_commentary():
    m = relevance.model()
    assert m.prob(BOMBING) > ev_mod.RELEVANCE_HIGH
    assert m.prob(BUDGET) < ev_mod.RELEVANCE_LOW


def test_claim_only_report_keeps_its_bombing(analyse):
    # the rules read "claimed responsibility for the bombing" as background; the model says the
    # report tells of an incident, so the bombing is the event
    doc = analyse(CLAIM_ONLY, published="2021-05-04")
    assert doc.user_data["dl_relevance"] >= ev_mod.RELEVANCE_HIGH
    bomb = [e for e in doc._.dl_events if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert bomb and not bomb[0].background and bomb[0].confidence >= ev_mod.SURE_CONFIDENCE
    assert any(r.sub_event_type == "Remote explosive/landmine/IED" and r.status == "occurred"
               for r in doc._.dl_records)


def test_short_texts_are_left_to_the_rules(analyse, monkeypatch):
    # a model that finds nothing relevant must not touch a snippet it was not trained on
    monkeypatch.setattr(relevance, "model", lambda: relevance.RelevanceModel({}, -20.0))
    doc = analyse(SHORT, published="2021-06-10")
    assert "dl_relevance" not in doc.user_data
    assert any(e.sub_event_type == "Attack" and not e.generic for e in doc._.dl_events)


def test_low_relevance_makes_only_unsure_violence_generic(analyse, monkeypatch):
    monkeypatch.setattr(relevance, "model", lambda: relevance.RelevanceModel({}, -20.0))
    doc = analyse(BOMBING, published="2021-05-04")
    assert doc.user_data["dl_relevance"] < ev_mod.RELEVANCE_LOW
    violent = [e for e in doc._.dl_events if e.status == "occurred" and not e.background
               and e.event_type in ("Explosions/Remote violence", "Violence against civilians")]
    sure = [e for e in violent if not e.generic]
    unsure = [e for e in violent if e.generic]
    assert sure and all(e.confidence >= ev_mod.SURE_CONFIDENCE for e in sure)  # "a bomb exploded" stays
    assert unsure  # "went off", "the bombing" (no sure evidence of their own) become generic


def test_high_relevance_promotes_one_mention_only(analyse, monkeypatch):
    monkeypatch.setattr(relevance, "model", lambda: relevance.RelevanceModel({}, 20.0))
    doc = analyse(BUDGET, published="2021-05-04")
    # commentary with no violent mention stays without violent records, whatever the model says
    assert not any(r.event_type in ("Battles", "Explosions/Remote violence", "Violence against civilians")
                   for r in doc._.dl_records)


@pytest.mark.slow
def test_training_script_reproduces_the_shipped_model(data_dir, tmp_path):
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    out = tmp_path / "m.json"
    subprocess.run([sys.executable, str(root / "scripts" / "train_muc4_relevance.py"), "--out", str(out)],
                   check=True, capture_output=True, env={"DATELINE_DATA": str(data_dir), "PATH": ""})
    shipped = json.loads((root / "dateline" / "data" / "models" / relevance.MODEL_FILE).read_text())
    assert json.loads(out.read_text()) == shipped
