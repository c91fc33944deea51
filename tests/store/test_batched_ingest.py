"""Batched storing (add_results, Arrow inserts on DuckDB) writes what one-by-one storing writes."""

from __future__ import annotations

import json

from dateline.store import open_store
from storehelp import rec, result

PLACES = [("Helmand", "Sangin"), ("Kandahar", "Spin Boldak"), ("Ghazni", "Andar"), ("Kunduz", "Imam Sahib")]


def _results():
    """40 short reports in our own words: the same few clashes told by several outlets (so they
    merge) and a few separate ones (so they stay apart)."""
    out = []
    for i in range(40):
        admin1, admin2 = PLACES[i % len(PLACES)]
        day = 2 + (i // 8)
        n = 3 + i % 5
        text = f"Report {i}: fighters attacked a checkpoint in {admin2} district of {admin1}, killing {n} soldiers."
        r = rec(event_date=f"2024-05-{day:02d}", admin1=admin1, admin2=admin2, location=admin2,
                fatalities=n, killed_best=n, source=f"Outlet {i % 3}",
                notes=f"Fighters attacked a checkpoint in {admin2}, {n} soldiers killed.")
        extra = rec(event_date=f"2024-05-{day:02d}", event_type="Explosions/Remote violence",
                    sub_event_type="Remote explosive/landmine/IED", actor1=None, actor2="Civilians (Afghanistan)",
                    admin1=admin1, admin2=admin2, location=admin2, fatalities=1, killed_best=1,
                    notes=f"A roadside bomb near {admin2} killed one passer-by.")
        out.append(result(text, [r, extra], id=f"r{i}", source=f"Outlet {i % 3}", published=f"2024-05-{day + 1:02d}"))
    return out


def _snapshot(store):
    con = store.connection
    return {
        "mentions": con.execute("SELECT id, event_id, report_id, idx, event_date, country_code, admin1, event_type, "
                                "fatalities, record FROM mentions ORDER BY id").fetchall(),
        "events": con.execute("SELECT id, sort_key, event_date, admin1, admin2, fatalities, n_reports, n_mentions, "
                              "record, sources FROM events ORDER BY id").fetchall(),
        "sources": con.execute("SELECT mention_id, event_id, report_id, score, reason FROM event_sources "
                               "ORDER BY mention_id").fetchall(),
        "audit": con.execute("SELECT event_id, action, mention_id, score, detail FROM audit "
                             "ORDER BY mention_id, action").fetchall(),
        "reports": con.execute("SELECT id, content_hash, article_id, source, published, text, n_mentions, warnings "
                               "FROM reports ORDER BY id").fetchall(),
    }


def test_batched_storing_matches_one_by_one(tmp_path):
    one = open_store(tmp_path / "one.duckdb")
    for res in _results():
        one.add_result(res)
    batched = open_store(tmp_path / "batched.duckdb")  # 80 mentions in one batch: the Arrow path
    outs = batched.add_results(_results())
    values = open_store(tmp_path / "values.duckdb")
    values.ARROW_MIN_ROWS = 10**9  # the same batch through multi-row VALUES
    values.add_results(_results())
    a, b, c = _snapshot(one), _snapshot(batched), _snapshot(values)
    assert b == c
    assert a == b
    assert sum(o.events_merged for o in outs) > 0 and len(b["events"]) > len(PLACES)
    assert all(json.loads(m[-1])["admin1"] == m[6] for m in b["mentions"])
    for s in (one, batched, values):
        s.close()
