"""Error analysis for the events stage: confusion pairs and examples, printed to the terminal.

Usage (prints only; never writes dataset text anywhere)::

    .venv/bin/python scripts/events_errors.py case2021 [--pair GOLD PRED] [--examples 3]
    .venv/bin/python scripts/events_errors.py muc4 [--split dev|tst1|tst2] [--examples 5]
    .venv/bin/python scripts/events_errors.py indiapolice [--label KILL] [--examples 10]
    .venv/bin/python scripts/events_errors.py plover [--examples 3]

Each run scores the same items the scorer does (same sampling seed) and groups the errors
by cause: (gold, predicted) pairs, with a few examples each and the events stage's trace.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dateline.eval.base import SEED, default_data_dir, sample  # noqa: E402


def _short(text: str, n: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n] + " ..."


def _mentions(doc) -> str:
    evs = doc._.dl_events if doc is not None else []
    return "; ".join(f"{e.text}={e.sub_event_type or e.plover_type}/{e.status}"
                     f"{'/bg' if e.background else ''}{'/gen' if e.generic else ''}" for e in evs)


def _records(recs) -> str:
    return "; ".join(f"{r.sub_event_type or r.plover_type}/{r.status} a1={r.actor1}({r.inter1}) "
                     f"a2={r.actor2}({r.inter2}) k={r.fatalities} c={r.confidence:.2f}" for r in recs)


def _pred(sc, r):
    recs = r.records if r.ok else []
    rec = sc.main_record(recs)
    return rec.sub_event_type if rec else None


def _compare(path: str, now: dict, texts: dict, n: int) -> None:
    """--compare FILE: the first run writes item id, gold and prediction (labels only, no text)
    to FILE; a later run prints the items whose prediction changed (fixed / broken)."""
    import json

    p = Path(path)
    if not p.exists():
        p.write_text(json.dumps(now))
        print(f"wrote {len(now)} predictions to {p}")
        return
    old = json.loads(p.read_text())
    fixed = [i for i in now if i in old and old[i][1] != now[i][1] and now[i][1] == now[i][0]]
    broke = [i for i in now if i in old and old[i][1] != now[i][1] and old[i][1] == old[i][0]]
    other = [i for i in now if i in old and old[i][1] != now[i][1] and i not in fixed and i not in broke]
    print(f"fixed {len(fixed)}, broken {len(broke)}, other changes {len(other)}")
    for name, ids in (("BROKEN", broke), ("FIXED", fixed), ("OTHER", other)):
        for i in ids[:n]:
            t, r = texts[i]
            print(f"\n{name} gold {now[i][0]}: {old[i][1]} -> {now[i][1]}")
            print("   *", _short(t))
            print("     mentions:", _mentions(r.doc))
            print("     records: ", _records(r.records if r.ok else []))


def case2021(args) -> None:
    from dateline.eval import case2021 as sc

    data = default_data_dir()
    items = sample(sc.load(data), args.limit, SEED)
    res = sc.run_pipeline([(i, t) for i, t, _ in items])
    pairs: Counter = Counter()
    ex: dict = defaultdict(list)
    for i, text, code in items:
        r = res[i]
        recs = r.records if r.ok else []
        rec = sc.main_record(recs)
        gold = sc.CODES.get(code, code)
        if code in sc.UNSEEN:
            pred = "VIOLENT" if sc.violent_record(recs) else None
        else:
            pred = rec.sub_event_type if rec else None
        if pred != gold and not (code in sc.UNSEEN and pred is None):
            pairs[(gold, pred)] += 1
            ex[(gold, pred)].append((text, r))
    if args.compare:
        _compare(args.compare, {i: (sc.CODES.get(c, c), _pred(sc, res[i])) for i, _, c in items},
                 {i: (t, res[i]) for i, t, _ in items}, args.examples)
        return
    total = sum(pairs.values())
    print(f"{total} errors over {len(items)} snippets")
    for (g, p), k in pairs.most_common():
        if args.pair and (g, p or "None") != tuple(args.pair):
            continue
        print(f"\n== {k:3d}  gold {g}  ->  pred {p}")
        for text, r in ex[(g, p)][: args.examples]:
            print("   *", _short(text))
            print("     mentions:", _mentions(r.doc))
            print("     records: ", _records(r.records if r.ok else []))


def muc4(args) -> None:
    from dateline.article import Article
    from dateline.eval import muc4 as sc
    from dateline.nlp.pipeline import process

    data = default_data_dir()
    # the scorer's documents (TST1+TST2) unless a split is named (DEV trains the relevance model)
    items = sc.load(data, (args.split,) if args.split else sc.EVAL_SPLITS)
    items = sample(items, args.limit, SEED)
    arts = [Article(text=sc.sentence_case(t), id=i, published=sc.published(t)) for i, t, _ in items]
    results = {r.article.id: r for r in process(arts, keep_docs=True)}
    if args.compare:
        now = {did: (bool(key.relevant), bool(sc.qualifying(results[did].records if results[did].ok else [])))
               for did, _, key in items}
        _compare(args.compare, now, {did: (sc.sentence_case(t), results[did]) for did, t, _ in items}, args.examples)
        return
    groups = defaultdict(list)
    for did, text, key in items:
        r = results[did]
        q = sc.qualifying(r.records if r.ok else [])
        if q and not key.relevant:
            groups["FP"].append((did, text, key, r, q))
        elif not q and key.relevant:
            groups["FN"].append((did, text, key, r, q))
        elif q and key.relevant:
            main = max(q, key=lambda x: x.confidence)
            if sc.TO_MUC.get(main.sub_event_type) not in key.types:
                groups["TYPE"].append((did, text, key, r, q))
    for g in ("FP", "FN", "TYPE"):
        print(f"\n===== {g}: {len(groups[g])}")
        if g == "FP":
            c = Counter(max(q, key=lambda x: x.confidence).sub_event_type for *_, q in groups[g])
            print("   main record types:", dict(c))
        if g == "FN":
            c = Counter((r.records[0].sub_event_type if r.ok and r.records else None) for *_, r, q in groups[g])
            print("   first record types:", dict(c))
        for did, text, key, r, q in groups[g][: args.examples]:
            print(f"\n -- {did} key={sorted(key.types)}")
            print("   ", _short(sc.sentence_case(text), 500))
            print("    qualifying:", _records(q))
            print("    records:   ", _records(r.records if r.ok else [])[:600])
            if r.doc is not None and "dl_relevance" in r.doc.user_data:
                print("    relevance: ", r.doc.user_data["dl_relevance"])


def indiapolice(args) -> None:
    from dateline.article import Article
    from dateline.eval import indiapolice as sc
    from dateline.nlp.pipeline import process

    data = default_data_dir()
    docs = sample(sc.load(data), args.limit, SEED)
    sents = [s for _, ss in docs for s in ss if s["sent_text"].strip()]
    arts = [Article(text=s["sent_text"], id=f"{s['doc_id']}-{s['sent_id']}", published="2002-03-15") for s in sents]
    results = {r.article.id: r for r in process(arts, batch_size=64, keep_docs=True)}
    fn, fp = [], []
    for s in sents:
        r = results[f"{s['doc_id']}-{s['sent_id']}"]
        pred = sc.predict(r.records, r.doc, s["sent_text"]) if r.ok else set()
        gold = set(s["sent_labels"])
        if args.label in gold and args.label not in pred:
            fn.append((s, r))
        elif args.label in pred and args.label not in gold:
            fp.append((s, r))
    for name, rows in (("FN", fn), ("FP", fp)):
        print(f"\n===== {args.label} {name}: {len(rows)}")
        for s, r in rows[: args.examples]:
            print("   *", _short(s["sent_text"]))
            print("     mentions:", _mentions(r.doc))
            print("     records: ", _records(r.records if r.ok else []))


def plover(args) -> None:
    from dateline.article import Article
    from dateline.eval import plover as sc
    from dateline.nlp.pipeline import process

    data = default_data_dir()
    items = sc.load(data)
    results = {r.article.id: r for r in process([Article(text=t, id=i) for i, t, _ in items], keep_docs=True)}
    pairs: Counter = Counter()
    ex = defaultdict(list)
    for i, text, gold in items:
        r = results[i]
        recs = [x for x in (r.records if r.ok else []) if x.plover_type]
        from dateline.nlp.events import main_event

        ev = main_event([e for e in (r.doc._.dl_events if r.ok else []) if e.plover_type and not e.generic])
        pm = ev.plover_type if ev else None
        pred = max(recs, key=lambda x: x.confidence).plover_type if recs else pm
        if pred != gold:
            pairs[(gold, pred)] += 1
            ex[(gold, pred)].append((text, r))
    print(f"{sum(pairs.values())} errors over {len(items)}")
    for (g, p), k in pairs.most_common():
        if args.pair and (g, p or "None") != tuple(args.pair):
            continue
        print(f"\n== {k:3d}  gold {g} -> pred {p}")
        for text, r in ex[(g, p)][: args.examples]:
            print("   *", _short(text))
            print("     mentions:", _mentions(r.doc))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("set", choices=("case2021", "muc4", "indiapolice", "plover"))
    ap.add_argument("--compare", metavar="FILE", help="case2021, muc4: save predictions to FILE (outside the "
                    "repository), or print what changed since they were saved")
    ap.add_argument("--pair", nargs=2, metavar=("GOLD", "PRED"))
    ap.add_argument("--examples", type=int, default=3)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--label", default="KILL")
    ap.add_argument("--split", default=None, help="muc4: dev | tst1 | tst2")
    args = ap.parse_args()
    if args.set == "indiapolice" and args.limit is None:
        args.limit = 150
    globals()[args.set](args)


if __name__ == "__main__":
    main()
