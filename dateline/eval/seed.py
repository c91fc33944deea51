"""Scorer ``seed``: the reference article (required events R1-R4, traps N1-N5, optional O1-O4).

The article and its expectations live in ``../shared/seed`` (never in the repository). Each
required event is matched to the record that satisfies most of its checks among records of
the right sub-event (or PLOVER) type; a field scores when the record carries the expected
value (any of the accepted values where the expectation lists several).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .base import Metric

NAME = "seed"
GOLD_FILES = ["../seed/expected.json", "../seed/afp-kabul-2020-03-05.txt"]
DEFAULT_LIMIT = None


def _fold(s: Any) -> str:
    import unicodedata

    s = unicodedata.normalize("NFKD", str(s))
    return "".join(c for c in s if not unicodedata.combining(c)).casefold().strip()


def _as_list(v: Any) -> list:
    return v if isinstance(v, list) else [v]


def _count_ok(expected: int, best: int | None) -> bool:
    # 0 in the expectations means "not reported": no figure, or 0
    return (best or 0) == expected


def field_checks(req: dict[str, Any], r: dict[str, Any]) -> dict[str, bool]:
    """Which of the expectation's fields the record gets right."""
    out: dict[str, bool] = {}
    if "dates" in req:
        out["date"] = r.get("event_date") in req["dates"]
    if "event_type" in req:
        out["event_type"] = r.get("event_type") == req["event_type"]
    if "sub_event_type" in req:
        out["sub_event_type"] = r.get("sub_event_type") == req["sub_event_type"]
    if "plover" in req:
        out["plover"] = r.get("plover_type") == req["plover"]
    if "attacker" in req:
        out["actor1"] = _fold(r.get("actor1") or "") == _fold(req["attacker"])
    if "target" in req:
        targets = {_fold(t) for t in _as_list(req["target"])}
        got = {_fold(r.get("actor2") or "")} | {_fold(x) for x in (r.get("assoc_actor_2") or "").split(";") if x.strip()}
        out["actor2"] = _fold(r.get("actor2") or "") in targets
        if len(targets) > 1:
            out["actor2_all"] = targets <= got
    if "actors" in req:
        want = {_fold(a) for a in req["actors"]}
        got = {_fold(r.get(k)) for k in ("actor1", "actor2") if r.get(k)}
        out["actors"] = want == got
    if "country" in req:
        out["country"] = r.get("country_code") == req["country"]
    if "admin1" in req:
        out["admin1"] = _fold(r.get("admin1") or "") in {_fold(a) for a in _as_list(req["admin1"]) if a}
    if "admin2" in req:
        want = req["admin2"]
        out["admin2"] = (r.get("admin2") is None) if want is None else _fold(r.get("admin2") or "") == _fold(want)
    if "place" in req:
        out["place"] = _fold(req["place"]) in _fold(r.get("location") or "")
    if "killed" in req:
        out["killed"] = _count_ok(req["killed"], r.get("killed_best"))
    if "injured" in req:
        out["injured"] = _count_ok(req["injured"], r.get("injured_best"))
    if "incident_count" in req:
        out["incident_count"] = r.get("incident_count") == req["incident_count"]
    return out


def _candidates(req: dict[str, Any], records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    if "sub_event_type" in req:
        return [r for r in records if r.get("sub_event_type") == req["sub_event_type"]]
    if "plover" in req:
        return [r for r in records if r.get("plover_type") == req["plover"]]
    return records


def match(req: dict[str, Any], records: list[dict[str, Any]], used: set[str]) -> tuple[dict | None, dict[str, bool]]:
    best, best_checks, best_score = None, {}, -1.0
    for r in _candidates(req, records):
        if r["event_id"] in used:
            continue
        checks = field_checks(req, r)
        score = sum(checks.values()) / max(1, len(checks))
        if score > best_score:
            best, best_checks, best_score = r, checks, score
    return best, best_checks


def traps(forbidden: dict[str, Any], records: list[dict[str, Any]], matched: dict[str, dict | None]) -> dict[str, bool]:
    occurred = [r for r in records if r.get("status") == "occurred"]
    out = {}
    total = sum(r.get("fatalities") or 0 for r in occurred
                if r.get("country_code") == "AF" and r.get("event_date") in ("2020-03-03", "2020-03-04"))
    out["N1_total_20"] = total == forbidden["total_killed_AF_2020-03-03_to_04"]
    out["N2_no_occurred_planned"] = not any(r.get("event_date") in forbidden["no_occurred_event_dated"] for r in occurred)
    bad = set(forbidden["never_a_casualty_figure"])
    out["N3_no_false_figures"] = not any(
        r.get(k) in bad for r in records
        for k in ("killed_low", "killed_best", "killed_high", "injured_low", "injured_best", "injured_high", "fatalities"))
    r2 = matched.get("R2")
    out["N4_R2_not_helmand"] = r2 is not None and _fold(r2.get("admin1") or "") != _fold(forbidden["R2_not_in_admin1"])
    places = {_fold(p) for p in forbidden["no_event_in"]}
    out["N5_no_washington"] = not any(
        _fold(r.get("location") or "") in places or _fold(r.get("admin1") or "") in places for r in records)
    return out


def evaluate(records: list[dict[str, Any]], expected: dict[str, Any]) -> dict[str, Any]:
    """Detailed result: per required/optional event the matched record and its checks; the traps."""
    used: set[str] = set()
    req_out, matched = {}, {}
    for req in expected["required"]:
        r, checks = match(req, records, used)
        if r is not None:
            used.add(r["event_id"])
        matched[req["id"]] = r
        req_out[req["id"]] = {"event_id": r and r["event_id"], "checks": checks,
                              "found": bool(r) and checks.get("date", True) and (checks.get("country", True))}
    opt_out = {}
    for opt in expected.get("optional", []):
        r, checks = match(opt, records, used)
        opt_out[opt["id"]] = {"event_id": r and r["event_id"], "checks": checks,
                              "found": bool(r) and sum(checks.values()) >= max(1, len(checks) - 1)}
    return {"required": req_out, "optional": opt_out, "traps": traps(expected["forbidden"], records, matched),
            "n_records": len(records)}


def run(data_dir: Path) -> dict[str, Any]:
    from ..nlp.pipeline import extract

    seed = data_dir / ".." / "seed"
    expected = json.loads((seed / "expected.json").read_text(encoding="utf-8"))
    text = (seed / expected["article"]).read_text(encoding="utf-8")
    records = [r.to_dict() for r in extract(text, published=expected["published"], source=expected["source"],
                                            id="seed")]
    return {"records": records, **evaluate(records, expected)}


def score(data_dir: Path, limit: int | None = None, seed: int = 0) -> list[Metric]:
    res = run(data_dir)
    req = res["required"]
    found = sum(v["found"] for v in req.values())
    checks = [ok for v in req.values() for ok in v["checks"].values()]
    missing = [k for v in req.values() for k, ok in v["checks"].items() if not ok]
    tr = res["traps"]
    opt = res["optional"]
    return [
        Metric(NAME, "required_found", found / len(req), len(req), note=", ".join(k for k, v in req.items() if not v["found"])),
        Metric(NAME, "required_field_accuracy", sum(checks) / max(1, len(checks)), len(checks),
               note=("wrong: " + ", ".join(sorted(set(missing)))) if missing else ""),
        Metric(NAME, "traps_avoided", sum(tr.values()) / len(tr), len(tr),
               note=", ".join(k for k, v in tr.items() if not v)),
        Metric(NAME, "optional_found", sum(v["found"] for v in opt.values()) / max(1, len(opt)), len(opt), gated=False),
        Metric(NAME, "records", float(res["n_records"]), 1, gated=False, higher_is_better=False,
               note="records emitted (4 required + up to 4 optional)"),
    ]
