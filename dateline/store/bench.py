"""Store benchmark: query speed on a large store, and the cost of storing + deduplicating reports.

    python -m dateline.store.bench [--events 100000] [--db PATH_OR_URL] [--ingest 500]

1. Loads ``--events`` synthetic events (20 countries x 5 provinces, 3 years) in bulk, with one
   report and one mention each, then times the queries an analyst runs: a country/month filter
   (first page, count, full iteration), stats by admin1 and week, days-since.
2. Stores ``--ingest`` more reports through ``add_result`` (the path ``dateline ingest`` takes after
   the NLP: blocking query, matching, fusion, one transaction each) on top of that store, and
   reports the time per report.

Synthetic data only (no text of ours or anyone's); medians of 5 runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import random
import statistics
import sys
import tempfile
import time
from typing import Any, Callable

from ..article import Article
from ..record import EventRecord
from . import EventFilter, open_store
from .sql import SQLStore, _dump, _source_entry, mention_id, now

COUNTRIES = [("AF", "Afghanistan"), ("NG", "Nigeria"), ("SO", "Somalia"), ("SY", "Syria"), ("ML", "Mali"),
             ("CD", "Democratic Republic of Congo"), ("UA", "Ukraine"), ("YE", "Yemen"), ("IQ", "Iraq"),
             ("BF", "Burkina Faso"), ("SD", "Sudan"), ("MM", "Myanmar"), ("PK", "Pakistan"), ("ET", "Ethiopia"),
             ("CM", "Cameroon"), ("MZ", "Mozambique"), ("CO", "Colombia"), ("MX", "Mexico"), ("IN", "India"),
             ("PH", "Philippines")]
SUBTYPES = [("Battles", "Armed clash"), ("Explosions/Remote violence", "Air/drone strike"),
            ("Explosions/Remote violence", "Remote explosive/landmine/IED"), ("Violence against civilians", "Attack"),
            ("Protests", "Peaceful protest"), ("Riots", "Mob violence")]
DAY0 = dt.date(2022, 1, 1)
DAYS = 3 * 365


def synthetic_record(rng: random.Random, i: int) -> EventRecord:
    cc, country = COUNTRIES[i % len(COUNTRIES)]
    et, st = SUBTYPES[rng.randrange(len(SUBTYPES))]
    k = rng.choice([0, 0, 1, 2, 3, 5, 8, 13])
    return EventRecord(
        event_date=(DAY0 + dt.timedelta(days=rng.randrange(DAYS))).isoformat(), time_precision=1,
        event_type=et, sub_event_type=st, actor1=f"Group {rng.randrange(40)}", actor2=f"Group {rng.randrange(40)}",
        country=country, country_code=cc, admin1=f"Province {rng.randrange(5)}", admin2=f"District {rng.randrange(20)}",
        location=f"Town {rng.randrange(200)}", latitude=rng.uniform(-30, 40), longitude=rng.uniform(-80, 120),
        geo_precision=1, fatalities=k, killed_best=k or None, source="Synthetic", notes=f"Synthetic event {i}.")


def bulk_load(store: SQLStore, n: int, seed: int = 1) -> float:
    """Insert n events (each with its report, mention and source row) without matching; seconds."""
    rng = random.Random(seed)
    t0 = time.perf_counter()
    ts = now()
    batch: dict[str, list[list[Any]]] = {"reports": [], "mentions": [], "event_sources": [], "audit": [], "events": []}

    def flush() -> None:
        with store._tx():
            for table, rows in batch.items():
                if not rows:
                    continue
                if store.dialect == "postgresql":
                    with store._con.cursor() as cur, cur.copy(f"COPY {table} FROM STDIN") as cp:
                        for r in rows:
                            cp.write_row(r)
                else:  # DuckDB: columnar insert through Arrow (executemany is row by row)
                    import pyarrow as pa

                    names = [f"c{j}" for j in range(len(rows[0]))]
                    tbl = pa.table({nm: [r[j] for r in rows] for j, nm in enumerate(names)})
                    store._con.register("bench_rows", tbl)
                    store._con.execute(f"INSERT INTO {table} SELECT * FROM bench_rows")
                    store._con.unregister("bench_rows")
                rows.clear()

    for i in range(n):
        rec = synthetic_record(rng, i)
        chash = hashlib.sha256(f"bench-{seed}-{i}".encode()).hexdigest()
        rid = chash[:16]
        mid = mention_id(rid, 0)
        eid = "ev" + hashlib.sha1(mid.encode()).hexdigest()[:14]
        rec.event_id = eid
        batch["reports"].append([rid, chash, None, f"bench-{i}", "Synthetic", dt.date.fromisoformat(rec.event_date),
                                 None, None, "bench", f"Synthetic report {i}.", 1, "[]", ts])
        batch["mentions"].append([mid, rid, 0, eid, dt.date.fromisoformat(rec.event_date), rec.country_code,
                                  rec.admin1, rec.event_type, rec.sub_event_type, rec.fatalities,
                                  _dump(rec.to_dict()), ts])
        batch["event_sources"].append([mid, eid, rid, None, "bench", ts])
        batch["audit"].append([f"bench-audit-{i}", i, eid, "create", mid, None, None, "bench", None, ts])
        src = _source_entry(rid, f"bench-{i}", "Synthetic", None, rec.event_date, None)
        row = {**store._event_row(eid, rec, 1, 1, [src], []), "review_status": None, "created_at": ts, "updated_at": ts}
        batch["events"].append([row[c] for c in _EVENT_TABLE_ORDER])
        if len(batch["events"]) >= 20000:
            flush()
    flush()
    if store.dialect == "duckdb":
        store._execute("CHECKPOINT")  # fold the bulk load's WAL into the file: measure the steady state
    return time.perf_counter() - t0


_EVENT_TABLE_ORDER = (
    "id", "sort_key", "event_date", "year", "status", "country", "country_code", "admin1", "admin2", "location",
    "latitude", "longitude", "event_type", "sub_event_type", "type_group", "actor1", "actor2", "assoc_actor_1",
    "assoc_actor_2", "fatalities", "killed_low", "killed_high", "n_reports", "n_mentions", "review_status", "notes",
    "record", "created_at", "updated_at", "sources", "corrected_fields",
)


def timed(fn: Callable[[], Any], runs: int = 5) -> tuple[float, Any]:
    out = None
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), out


def run(n_events: int, target: str | None, n_ingest: int) -> dict[str, Any]:
    tmpdir = None
    if target is None:
        tmpdir = tempfile.mkdtemp(prefix="dateline-bench-")
        target = os.path.join(tmpdir, "bench.duckdb")
    store = open_store(target)
    assert isinstance(store, SQLStore)
    res: dict[str, Any] = {"backend": store.dialect, "events": n_events}
    try:
        if store.counts()["events"]:
            raise SystemExit(f"{target} is not empty: the benchmark needs an empty store")
        res["bulk_load_s"] = round(bulk_load(store, n_events), 2)
        flt = EventFilter(country="AF", since="2023-06-01", until="2023-06-30")
        res["country_month_first_page_s"], (page, _) = timed(lambda: store.events(flt, limit=100))
        res["country_month_count_s"], cnt = timed(lambda: store.count_events(flt))
        res["country_month_all_s"], allev = timed(lambda: list(store.iter_events(flt)))
        res["country_month_events"] = cnt
        assert len(allev) == cnt
        res["stats_admin1_week_s"], _ = timed(lambda: store.stats(["admin1", "week"], EventFilter(country="NG")))
        res["stats_actor_s"], _ = timed(lambda: store.stats(["actor"]))
        res["days_since_s"], _ = timed(lambda: store.days_since("Air/drone strike", "Province 1", as_of="2024-06-01",
                                                                country="SO"))
        ids = [e["event_id"] for e in store.events(limit=1000)[0]]
        pick = random.Random(7)
        # the API's event page: the event, its mentions with the reports' texts, its history
        res["event_detail_s"], _ = timed(lambda: store.event_detail(pick.choice(ids)), runs=21)
        res["report_s"], _ = timed(lambda: store.report(pick.choice(allev)["sources"][0]["report_id"]), runs=21)
        res["counts_s"], _ = timed(store.counts)
        rng = random.Random(99)
        from ..nlp.pipeline import Result

        def result(i: int) -> Result:
            rec = synthetic_record(rng, n_events + i)
            return Result(Article(text=f"Benchmark report {i} with its own words {rng.random()}.", id=f"ing-{i}",
                                  source="Synthetic"), [rec])

        # as `dateline ingest` stores them: one transaction per batch of 32 reports
        t0 = time.perf_counter()
        merged = 0
        for start in range(0, n_ingest, 32):
            outs = store.add_results([result(i) for i in range(start, min(n_ingest, start + 32))])
            merged += sum(o.events_merged for o in outs)
        res["add_results_batch32_ms_per_report"] = round(1000 * (time.perf_counter() - t0) / max(1, n_ingest), 2)
        # one report per transaction (the API's POST path)
        n_single = max(1, n_ingest // 5)
        t0 = time.perf_counter()
        for i in range(n_ingest, n_ingest + n_single):
            merged += store.add_result(result(i)).events_merged
        res["add_result_single_ms_per_report"] = round(1000 * (time.perf_counter() - t0) / n_single, 2)
        res["ingested"] = n_ingest + n_single
        res["merged"] = merged
        for k, v in list(res.items()):
            if k.endswith("_s") and isinstance(v, float):
                res[k] = round(v, 4)
    finally:
        store.close()
        if tmpdir:
            import shutil

            shutil.rmtree(tmpdir, ignore_errors=True)
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--db", default=None, help="an EMPTY store (default: a temporary DuckDB file)")
    ap.add_argument("--ingest", type=int, default=500)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    res = run(a.events, a.db, a.ingest)
    if a.json:
        print(json.dumps(res))
    else:
        for k, v in res.items():
            print(f"{k:32s} {v}")
    ok = res["country_month_first_page_s"] < 1 and res["country_month_all_s"] < 1
    print("target (<1 s for a country/month filter on 100k events):", "met" if ok else "MISSED", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
