"""GVA error analysis for the dates and counts stages (train split by default; never tune on dev).

    .venv/bin/python scripts/gva_errors.py dump --split train --limit 400 --seed 7 --out /tmp/gva.json
    .venv/bin/python scripts/gva_errors.py show /tmp/gva.json date        # every wrong date, by cause
    .venv/bin/python scripts/gva_errors.py show /tmp/gva.json injured     # every wrong injured figure
    .venv/bin/python scripts/gva_errors.py diff /tmp/before.json /tmp/after.json

``dump`` runs the whole pipeline once and keeps, per report, the gold, the primary record's
figures and date (:func:`dateline.eval.gva.primary_record`), every record, every time and count
mention with its sentence, so the reading can be redone without re-parsing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections import Counter
from pathlib import Path


def dump(split: str, limit: int | None, seed: int, out: Path, data: Path | None) -> None:
    from dateline.article import Article
    from dateline.eval.base import default_data_dir, sample
    from dateline.eval.gva import load, primary_record
    from dateline.nlp.pipeline import process

    items = sample(load(data or default_data_dir(), split), limit, seed)
    arts = [Article(text=x["text"] or "", id=str(i), published=x.get("publish_date") or None)
            for i, (x, _) in enumerate(items)]
    rows = []
    for i, res in enumerate(process(arts, keep_docs=True)):
        x, y = items[i]
        row = {"i": i, "pub": x.get("publish_date"), "gold": [y["n_killed"], y["n_injured"], y["shooting_date"]],
               "text": x["text"], "rej": res.rejection is not None}
        if res.rejection is None:
            recs = [r.to_dict() for r in res.records]
            p = primary_record(recs, res.doc) or {}
            row["pred"] = [int(p.get("killed_best") or 0), int(p.get("injured_best") or 0), p.get("event_date")]
            row["recs"] = [(r.get("sub_event_type"), r.get("event_date"), r.get("killed_best"), r.get("injured_best"),
                            (r.get("warnings") or [])[:2]) for r in recs]
            from dateline.eval.gva import aggregate_only
            row["recx"] = [{"type": r.get("event_type"), "status": r.get("status", "occurred"),
                            "date": r.get("event_date"), "k": r.get("killed_best") or 0, "i": r.get("injured_best") or 0,
                            "agg": aggregate_only(res.doc, r),
                            "pos": min([e["start"] for e in r.get("evidence") or [] if e.get("field") == "event_type"]
                                       or [e["start"] for e in r.get("evidence") or []] or [None],
                                       key=lambda v: (v is None, v))}
                           for r in recs]
            doc = res.doc
            sents = list(doc.sents)
            row["times"] = [(t.text, str(t.value), t.anchor, t.granularity, t.sent, sents[t.sent].text.strip()[:200])
                            for t in doc._.dl_times]
            row["counts"] = [(c.category, c.best, c.text, sents[c.sent].text.strip()[:200])
                             for c in doc._.dl_counts if c.category in ("killed", "injured")]
        rows.append(row)
        res.doc = None
    out.write_text(json.dumps(rows), encoding="utf-8")


def _cause(row: dict, field: str) -> str | None:
    pk, pi, pd = row["pred"]
    gk, gi, gd = row["gold"]
    if field == "date":
        if pd == gd:
            return None
        if pd is None:
            return "none"
        d = (dt.date.fromisoformat(pd) - dt.date.fromisoformat(gd)).days
        tag = "publication date" if row["pub"] and pd == row["pub"][:10] else "text date"
        return f"{tag}, off by {d:+d}" if abs(d) <= 7 else f"{tag}, off by more than a week"
    p, g = (pk, gk) if field == "killed" else (pi, gi)
    if p == g:
        return None
    return "missed" if p == 0 else ("spurious" if g == 0 else ("over" if p > g else "under"))


def show(path: Path, field: str) -> None:
    rows = [r for r in json.loads(path.read_text(encoding="utf-8")) if not r["rej"]]
    causes = Counter()
    for r in rows:
        c = _cause(r, field)
        if c is None:
            continue
        causes[c] += 1
        print(f"===== {r['i']} {c}: pred {r['pred']} gold {r['gold']} pub {r['pub']}")
        print("  TEXT", r["text"][:300].replace("\n", " "))
        for t in (r["times"] if field == "date" else r["counts"])[:8]:
            print("   ", t[:3], "||", t[-1][:160])
        print("   REC", r["recs"][:4])
    for c, n in causes.most_common():
        print(f"{n:4d}  {c}")


def diff(a: Path, b: Path) -> None:
    ra = {r["i"]: r for r in json.loads(a.read_text(encoding="utf-8"))}
    rb = {r["i"]: r for r in json.loads(b.read_text(encoding="utf-8"))}
    for i, r in ra.items():
        if r["rej"] or rb[i]["rej"] or r["pred"] == rb[i]["pred"]:
            continue
        print(i, "before", r["pred"], "after", rb[i]["pred"], "gold", r["gold"])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("--split", default="train")
    d.add_argument("--limit", type=int, default=400)
    d.add_argument("--seed", type=int, default=7)
    d.add_argument("--out", type=Path, required=True)
    d.add_argument("--data", type=Path, default=None)
    s = sub.add_parser("show")
    s.add_argument("path", type=Path)
    s.add_argument("field", choices=("date", "killed", "injured"))
    f = sub.add_parser("diff")
    f.add_argument("a", type=Path)
    f.add_argument("b", type=Path)
    a = ap.parse_args()
    if a.cmd == "dump":
        dump(a.split, a.limit, a.seed, a.out, a.data)
    elif a.cmd == "show":
        show(a.path, a.field)
    else:
        diff(a.a, a.b)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
