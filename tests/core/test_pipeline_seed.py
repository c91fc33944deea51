"""End to end on a wire report: the reference article (when ../shared/seed exists) and a report
written for this test with the same traps (aggregate of two attacks, a source whose job title
names another state, planned talks, numbers that are not casualties)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.eval import seed as seed_scorer

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture(scope="module")
def borno(nlp):
    from dateline import extract

    text = (FIXTURES / "borno_wire.txt").read_text(encoding="utf-8")
    return text, [r.to_dict() for r in extract(text, published="2026-11-19", source="AFP", id="borno")]


def _find(records, sub, admin1):
    return [r for r in records if r["sub_event_type"] == sub and (r["admin1"] or "").startswith(admin1)]


def test_borno_airstrike(borno):
    _, recs = borno
    (r,) = _find(recs, "Air/drone strike", "Borno")
    assert r["event_date"] == "2026-11-18"
    assert r["actor1"] == "Military Forces of Nigeria"
    assert r["actor2"] and "Boko Haram" in r["actor2"]


def test_borno_parts_and_aggregate(borno):
    _, recs = borno
    (damboa,) = _find(recs, "Armed clash", "Borno")
    assert damboa["admin2"] == "Damboa" and damboa["fatalities"] == 8
    assert damboa["event_date"] in ("2026-11-17", "2026-11-18")
    adamawa = [r for r in recs if r["admin1"] == "Adamawa" and r["status"] == "occurred"]
    assert len(adamawa) == 1 and adamawa[0]["fatalities"] == 4 and adamawa[0]["injured_best"] == 5
    # the 12 is the sum of the two raids: nothing may count it again
    total = sum(r["fatalities"] for r in recs if r["status"] == "occurred"
                and r["event_date"] in ("2026-11-17", "2026-11-18"))
    assert total == 12


def test_borno_traps(borno):
    _, recs = borno
    assert not any(r["admin1"] == "Yobe" for r in recs), "a source's job title is not the event's place"
    assert not any(r["event_date"] == "2026-11-23" and r["status"] == "occurred" for r in recs)
    figures = {r[k] for r in recs for k in ("killed_best", "killed_low", "killed_high", "injured_best")}
    assert not figures & {30, 2000, 14, 2}


def test_borno_evidence_points_into_text(borno):
    text, recs = borno
    assert recs
    for r in recs:
        assert r["evidence"], r
        for e in r["evidence"]:
            assert text[e["start"]:e["end"]] == e["text"]


@pytest.mark.gold
def test_reference_article(seed_dir):
    expected = json.loads((seed_dir / "expected.json").read_text(encoding="utf-8"))
    res = seed_scorer.run(seed_dir.parent / "data")
    problems = []
    for rid, v in res["required"].items():
        bad = [k for k, ok in v["checks"].items() if not ok]
        if not v["found"] or bad:
            problems.append(f"{rid}: found={v['found']} wrong={bad}")
    for tid, ok in res["traps"].items():
        if not ok:
            problems.append(f"trap {tid} not avoided")
    assert not problems, "\n".join(problems) + "\n" + json.dumps(
        [{k: r[k] for k in ("sub_event_type", "event_date", "actor1", "actor2", "admin1", "admin2",
                            "location", "fatalities", "injured_best", "status")} for r in res["records"]], indent=1)
    assert expected["published"] == "2020-03-05"
