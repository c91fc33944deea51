"""Geoparsing error analysis by cause (GWN + LGL dev sets). Prints to the terminal only.

    .venv/bin/python scripts/geo_errors.py [--set gwn|lgl|both] [--examples N] [--limit N]

The spaCy parse (the slow part) is cached in the dateline cache dir as a DocBin keyed by the gold
file's hash, so a rerun only repeats the header and places stages (about 20 s for both sets).
Never commit its output: it quotes dataset text.
"""

from __future__ import annotations

import argparse
import hashlib
import time
from collections import Counter, defaultdict

from spacy.tokens import DocBin

from dateline.eval.base import default_data_dir, sample
from dateline.eval.geoparsing import GOLD_FILES, load_gwn, load_lgl, score_places
from dateline.geo.gazetteer import ADMIN1, ADMIN2, COUNTRY, PLACE, cache_dir, get_gazetteer
from dateline.nlp.pipeline import load_nlp
import dateline.nlp.places as places_mod
from dateline.geo.resolve import Resolver
from dateline.nlp.places import places_of

_RESOLVERS: list = []


class _Recording(Resolver):
    def __init__(self, g):
        super().__init__(g)
        _RESOLVERS.append(self)


places_mod.Resolver = _Recording


def parsed_docs(nlp, tag: str, path, arts):
    h = hashlib.sha256(path.read_bytes()).hexdigest()[:12]
    cp = cache_dir() / f"geo-eval-{tag}-{h}-{len(arts)}.spacy"
    if cp.exists():
        return list(DocBin().from_disk(cp).get_docs(nlp.vocab))
    keep = [n for n in nlp.pipe_names if not n.startswith("dateline_")] + ["dateline_header_split"]
    with nlp.select_pipes(enable=keep):
        docs = list(nlp.pipe([a.text for a in arts], batch_size=16))
    db = DocBin(store_user_data=False)
    for d in docs:
        db.add(d)
    cp.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(cp)
    return docs


KIND = {COUNTRY: "country", ADMIN1: "admin1", ADMIN2: "admin2", PLACE: "town", 4: "other"}


def cause(gaz, row: dict) -> str:
    if not row["recognised"]:
        return "not recognised"
    if row["exact"]:
        return "ok"
    gold_row = gaz.lookup_gid(row["gold"]) if row["gold"] else None
    if row["no_candidate"]:
        if gold_row is None:
            return f"no candidate: gold id not in gazetteer ({row.get('fcode') or '?'})"
        return f"no candidate: name differs (gold {KIND[gaz.kind[gold_row]]})"
    pred_row = gaz.lookup_gid(row["pred"]) if row["pred"] else None
    if pred_row is None:
        return "unresolved"
    gk, pk = KIND[gaz.kind[gold_row]], KIND[gaz.kind[pred_row]]
    if row["gold_country"] != row["pred_country"]:
        return f"wrong country ({pk} for {gk})"
    if gk != pk:
        return f"right country, kind {pk} for {gk}"
    return f"right country, other {gk}"


def _desc(gaz, gid) -> str:
    r = gaz.lookup_gid(gid) if gid else None
    if r is None:
        return f"{gid}?"
    p = gaz.place(r)
    return f"{p.name} [{KIND[p.kind]}, {p.admin2 or ''}, {p.admin1 or ''}, {p.country_code}, pop {p.population}]"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", default="both", choices=["gwn", "lgl", "both"])
    ap.add_argument("--examples", type=int, default=8)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--detail", default=None, help="print each item whose cause starts with this")
    ap.add_argument("--dump", default=None, help="write the per-toponym rows as JSON lines here (compare runs)")
    ap.add_argument("--country", action="store_true", help="print each recognised toponym whose country is wrong")
    a = ap.parse_args()
    d = default_data_dir()
    nlp = load_nlp()
    gaz = get_gazetteer()
    header = nlp.get_pipe("dateline_header")
    sets = ["gwn", "lgl"] if a.set == "both" else [a.set]
    for tag in sets:
        path = d / GOLD_FILES[0 if tag == "gwn" else 1]
        arts = sample((load_gwn if tag == "gwn" else load_lgl)(path), a.limit, a.seed)
        docs = parsed_docs(nlp, tag, path, arts)
        t0 = time.perf_counter()
        places = []
        explain = {}
        for art, doc in zip(arts, docs):
            doc = header(doc)
            _RESOLVERS.clear()
            places.append(places_of(doc, gaz, doc._.dl_header))
            explain[art.id] = _RESOLVERS[-1] if a.detail else None
        t1 = time.perf_counter()
        r = score_places(arts, places)
        by_art = {art.id: pl for art, pl in zip(arts, places)}
        rows = r.pop("rows")
        if a.dump:
            import json

            with open(f"{a.dump}.{tag}", "w") as fh:
                for row in rows:
                    fh.write(json.dumps(row, default=str) + "\n")
        print(f"== {tag}: " + ", ".join(f"{k} {v:.3f}" for k, v in r.items() if isinstance(v, float))
              + f"  (places stage {t1 - t0:.1f}s)")
        by = defaultdict(list)
        for row in rows:
            by[cause(gaz, row)].append(row)
        n_rec = r["n_rec"]
        bad_cc = Counter()
        for row in rows:
            if row["recognised"] and row["pred_country"] != row["gold_country"]:
                bad_cc["gold country unknown" if not row["gold_country"] else "ours none" if not row["pred_country"]
                       else "differs"] += 1
                bad_cc["  of which " + cause(gaz, row)] += 1
        print("  country errors:", ", ".join(f"{k} {v}" for k, v in bad_cc.most_common(14)))
        if a.country:
            for row in rows:
                gc, pc = row.get("gold_country"), row.get("pred_country")
                if row["recognised"] and not (gc == "" and not pc) and gc != pc:
                    print("    CC", row["article"], repr(row["text"]), f"gold {gc} {_desc(gaz, row['gold'])}",
                          f"| ours {pc} {row.get('pred_name')!r} {row.get('feature')} {row.get('context')}",
                          f"| {cause(gaz, row)}")
        for c, lst in sorted(by.items(), key=lambda kv: -len(kv[1])):
            if c == "ok":
                continue
            print(f"  {len(lst):5d} {len(lst) / max(1, n_rec):6.3f}  {c}")
            names = Counter(f"{x['text']} -> {x.get('pred_name')}" for x in lst)
            for nm, k in names.most_common(a.examples):
                print(f"              {k:3d}x {nm}")
            if a.detail and c.startswith(a.detail):
                for x in lst:
                    print("      *", x["article"], repr(x["text"]), "gold:", _desc(gaz, x["gold"]), "| ours:",
                          _desc(gaz, x.get("pred")), x.get("context"))
                    others = Counter(f"{p.admin1 or p.name}/{p.country_code}" for p in by_art[x["article"]]
                                     if p.start != x.get("start") and p.feature != "unknown")
                    print("          doc:", dict(others.most_common(8)))
                    res = explain.get(x["article"])
                    for line in (res.explain(x.get("ours") or "") if res else [])[:1]:
                        print("          cands:", line)


if __name__ == "__main__":
    main()
