"""The store contract, run against DuckDB and PostgreSQL alike (see conftest.py)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from dateline.errors import DatelineError, Rejection, RejectReason
from dateline.store import EventFilter, open_store
from dateline.store.schema import LATEST
from storehelp import rec, result

TEXT_A = "Taliban fighters attacked an army checkpoint in Sangin district on Thursday, killing five soldiers."
TEXT_B = "Six Afghan soldiers died when Taliban insurgents stormed a checkpoint in Sangin, officials said on Friday."
TEXT_C = "A roadside bomb struck a police pickup near Lashkar Gah on Thursday, wounding three officers."


def _sangin_b():
    return rec(fatalities=6, killed_best=6, killed_high=8, source="Outlet B",
               notes="Taliban insurgents stormed a checkpoint in Sangin, six soldiers killed.")


def test_migrations_versioned_and_idempotent(store, store_url):
    assert store.schema_version == LATEST
    assert store.migrate() == LATEST  # running again changes nothing
    store.close()
    s2 = open_store(store_url)
    try:
        assert s2.schema_version == LATEST
        assert s2.counts()["events"] == 0
    finally:
        s2.close()


def test_report_is_idempotent_by_hash_and_url(store):
    o1 = store.add_result(result(TEXT_A, [rec()], id="a", url="https://example.org/a"))
    assert o1.new_report and o1.events_added == 1
    before = store.counts()
    # same text with other whitespace and case: the same report
    o2 = store.add_result(result("  " + TEXT_A.upper().replace(" ", "  "), [rec()], id="a2"))
    # same URL, edited text: the same report
    o3 = store.add_result(result(TEXT_A + " Updated.", [rec()], id="a3", url="https://example.org/a"))
    assert not o2.new_report and not o3.new_report
    assert o2.report_id == o3.report_id == o1.report_id
    assert store.counts() == before
    assert store.has_report(store.report("a")["content_hash"])


def test_same_event_from_two_reports_becomes_one(store):
    store.add_result(result(TEXT_A, [rec(source="Outlet A")], id="a", source="Outlet A"))
    o = store.add_result(result(TEXT_B, [_sangin_b()], id="b", source="Outlet B"))
    assert o.events_merged == 1 and o.events_added == 0
    evs, cursor = store.events()
    assert cursor is None and len(evs) == 1
    ev = evs[0]
    assert ev["n_reports"] == 2 and {s["article_id"] for s in ev["sources"]} == {"a", "b"}
    assert ev["fatalities"] == 5  # the most conservative figure
    assert ev["killed_low"] == 5 and ev["killed_high"] == 8
    assert "Outlet A" in ev["source"] and "Outlet B" in ev["source"]
    full = store.event(ev["event_id"])
    assert [a["action"] for a in full["audit"]] == ["create", "merge"]
    assert full["mentions"][1]["reason"] and full["mentions"][1]["score"] > 0


def test_two_attacks_same_day_same_province_stay_two(store):
    store.add_result(result(TEXT_A, [rec()], id="a"))
    bomb = rec(event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
               actor1=None, actor2="Police Forces of Afghanistan", admin2="Lashkar Gah", location="Lashkar Gah",
               fatalities=0, killed_best=None, injured_best=3,
               notes="A roadside bomb hit a police vehicle near Lashkar Gah, wounding three officers.")
    o = store.add_result(result(TEXT_C, [bomb], id="c"))
    assert o.events_added == 1 and store.counts()["events"] == 2


def test_mentions_of_one_report_never_merge(store):
    o = store.add_result(result(TEXT_A + " " + TEXT_B, [rec(), _sangin_b()], id="ab"))
    assert o.events_added == 2 and store.counts()["events"] == 2


def _seed_many(store):
    places = [("AF", "Afghanistan", "Helmand"), ("AF", "Afghanistan", "Kunduz"), ("SO", "Somalia", "Banaadir")]
    day0 = dt.date(2024, 1, 1)
    for i in range(30):
        cc, country, a1 = places[i % 3]
        d = (day0 + dt.timedelta(days=i * 3)).isoformat()
        r = rec(event_date=d, country_code=cc, country=country, admin1=a1, admin2=None, location=None,
                actor1="Taliban" if cc == "AF" else "Al Shabaab", fatalities=i, killed_best=i or None,
                sub_event_type="Armed clash" if i % 2 else "Air/drone strike",
                event_type="Battles" if i % 2 else "Explosions/Remote violence",
                notes=f"Incident number {i} of the seeded series.")
        store.add_result(result(f"Seeded report number {i} about the fighting in {a1}, {country}.", [r], id=f"s{i}"))


def test_filters(store):
    _seed_many(store)
    n = lambda **kw: store.count_events(EventFilter(**kw))  # noqa: E731
    assert n() == 30
    assert n(country="AF") == n(country="afghanistan") == 20
    assert n(admin1="kunduz") == 10
    assert n(since="2024-01-01", until="2024-01-31") == 11  # days 0,3,...,30
    assert n(sub_event_type="Air/drone strike") == 15 and n(event_type="Battles") == 15
    assert n(actor="shabaab") == 10 and n(actor="%") == 0
    assert n(min_fatalities=25) == 5
    with pytest.raises(DatelineError):
        store.events(EventFilter(since="last tuesday"))


def test_pagination_newest_first_no_gaps(store):
    _seed_many(store)
    seen, cursor, pages = [], None, 0
    while True:
        items, cursor = store.events(limit=7, cursor=cursor)
        seen += items
        pages += 1
        if cursor is None:
            break
    assert pages == 5 and len(seen) == 30 and len({e["event_id"] for e in seen}) == 30
    dates = [e["event_date"] for e in seen]
    assert dates == sorted(dates, reverse=True)
    assert [e["event_id"] for e in store.iter_events()] == [e["event_id"] for e in seen]


def test_stats(store):
    _seed_many(store)
    rows = store.stats(["admin1"])
    assert {r["admin1"]: r["events"] for r in rows} == {"Helmand": 10, "Kunduz": 10, "Banaadir": 10}
    assert sum(r["fatalities"] for r in rows) == sum(range(30))
    weeks = store.stats(["admin1", "week"], EventFilter(country="AF"))
    assert all(dt.date.fromisoformat(r["week"]).weekday() == 0 for r in weeks)  # ISO weeks start Monday
    assert sum(r["events"] for r in weeks) == 20
    actors = {r["actor"]: r["events"] for r in store.stats(["actor"])}
    assert actors["Taliban"] == 20 and actors["Al Shabaab"] == 10
    assert {r["type"] for r in store.stats(["type"])} == {"Battles", "Explosions/Remote violence"}
    with pytest.raises(DatelineError):
        store.stats(["colour"])


def test_days_since(store):
    store.add_result(result("An air strike hit a compound in Helmand on the first of March.",
                            [rec(event_date="2020-02-22", event_type="Explosions/Remote violence",
                                 sub_event_type="Air/drone strike", admin2=None, location=None)], id="x"))
    out = store.days_since("Air/drone strike", "Helmand", as_of="2020-03-04")
    assert out["days"] == 11 and out["last_date"] == "2020-02-22"
    assert store.days_since("Air/drone strike", "Kunduz", as_of="2020-03-04") is None


def test_review_and_correction_win_over_refusion(store):
    store.add_result(result(TEXT_A, [rec()], id="a"))
    (ev,), _ = store.events()
    eid = ev["event_id"]
    store.correct(eid, "admin2", "Nad Ali", who="analyst", why="district confirmed by phone")
    store.correct(eid, "fatalities", 4, who="analyst", why="one death was a later, separate attack")
    # a later report is fused in: the corrections still win
    store.add_result(result(TEXT_B, [_sangin_b()], id="b"))
    full = store.event(eid)
    assert full["n_reports"] == 2
    assert full["fatalities"] == 4 and full["admin2"] == "Nad Ali"
    assert [c["field"] for c in full["corrections"]] == ["admin2", "fatalities"]
    assert full["corrections"][1]["old_value"] == 5 and full["corrections"][1]["who"] == "analyst"
    store.review(eid, "rejected", who="lead", why="duplicate of a wire story")
    assert store.count_events() == store.counts()["events"] - 1
    assert store.count_events(EventFilter(include_rejected=True)) == store.counts()["events"]
    assert store.event(eid)["reviews"][0]["verdict"] == "rejected"
    with pytest.raises(DatelineError):
        store.correct(eid, "evidence", [], who="x")
    with pytest.raises(DatelineError):
        store.review(eid, "maybe", who="x")
    with pytest.raises(DatelineError):
        store.review("nope", "confirmed", who="x")


def test_unmerge_and_merge_are_audited(store):
    store.add_result(result(TEXT_A, [rec()], id="a"))
    store.add_result(result(TEXT_B, [_sangin_b()], id="b"))
    (ev,), _ = store.events()
    rid_b = store.report("b")["id"]
    new_id = store.unmerge(ev["event_id"], report_id=rid_b, who="analyst", why="separate attack")
    assert store.counts()["events"] == 2
    old, new = store.event(ev["event_id"]), store.event(new_id)
    assert old["n_reports"] == 1 and new["n_reports"] == 1
    assert old["fatalities"] == 5 and new["fatalities"] == 6
    assert [a["action"] for a in old["audit"]][-1] == "unmerge"
    assert old["audit"][-1]["other_event_id"] == new_id
    store.merge(ev["event_id"], new_id, who="analyst", why="same after all")
    assert store.counts()["events"] == 1 and store.event(new_id) is None
    assert store.event(ev["event_id"])["n_reports"] == 2
    with pytest.raises(DatelineError):
        store.unmerge(ev["event_id"], mention_ids=["no-such-mention"])


def test_rejections_stored_typed_and_counted(store):
    r = Rejection(RejectReason.NOT_ENGLISH, "only 2% English function words", "x1", "feed.xml:3")
    store.add_rejection(r)
    store.add_rejection(r)  # the same input again: no new row
    store.add_rejection(Rejection(RejectReason.EMPTY, "the report has no text", None, "empty.txt"))
    assert store.rejection_counts() == {"empty": 1, "not_english": 1}
    rows = store.rejections(reason="not_english")
    assert len(rows) == 1 and rows[0]["times_seen"] == 2 and rows[0]["origin"] == "feed.xml:3"
    # a pipeline Result carrying a rejection is stored as a rejection, not a report
    res = result("Le texte est en français et ne parle pas anglais du tout.", [], id="fr")
    res.rejection = Rejection(RejectReason.NOT_ENGLISH, "French", "fr")
    store.add_result(res)
    assert store.counts()["reports"] == 0 and store.rejection_counts()["not_english"] == 2


def test_report_lookup_has_text_and_mentions(store):
    o = store.add_result(result(TEXT_A, [rec()], id="a", source="Outlet A", url="https://example.org/a"))
    rep = store.report(o.report_id)
    assert rep["text"] == TEXT_A and rep["article_id"] == "a" and rep["published"] == "2024-05-03"
    assert rep["mentions"][0]["event_id"] == o.event_ids[0]
    assert rep["mentions"][0]["record"]["evidence"] == []
    assert store.report("a")["id"] == o.report_id  # by article id too
    assert store.report("missing") is None
    assert json.dumps(store.event(o.event_ids[0]), default=str)


def test_duckdb_read_only_reader(tmp_path):
    path = tmp_path / "ro.duckdb"
    with open_store(path) as s:
        s.add_result(result(TEXT_A, [rec()], id="a"))
    with open_store(f"duckdb://{path}", read_only=True) as s:
        assert s.count_events() == 1
        with pytest.raises(DatelineError):
            s.add_result(result(TEXT_B, [_sangin_b()], id="b"))
    with pytest.raises(DatelineError):
        open_store(tmp_path / "missing.duckdb", read_only=True)
    with pytest.raises(DatelineError):
        open_store("mysql://x")


@pytest.mark.postgres
def test_postgres_two_writers_no_duplicates(pg_url):
    import threading

    stores = [open_store(pg_url) for _ in range(2)]
    errors: list[Exception] = []

    def work(s):
        try:
            for i in range(10):
                s.add_result(result(f"Report {i} on the fighting in Sangin district, Helmand, today.",
                                    [rec(notes=f"Clash number {i} in Sangin.")], id=f"r{i}"))
        except Exception as exc:  # noqa: BLE001 - surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(s,)) for s in stores]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    try:
        assert not errors
        c = stores[0].counts()
        assert c["reports"] == 10 and c["mentions"] == 10
    finally:
        for s in stores:
            s.close()


# -- concurrency: reads run on pooled reader connections, beside one writer -----------------------

def test_reads_do_not_wait_for_an_open_write_and_see_only_committed_rows(store):
    """A read issued while a write transaction is open answers at once, from the last commit."""
    import threading

    store.add_result(result(TEXT_A, [rec()], id="a"))
    seen: dict[str, object] = {}

    def read():
        seen["counts"] = store.counts()
        seen["events"] = len(store.events()[0])

    class Abort(Exception):
        pass

    with pytest.raises(Abort):
        with store._tx():  # a write in progress: the writer lock held, a transaction open
            store._execute("DELETE FROM events")
            assert store._scalar("SELECT count(*) FROM events") == 0  # the writer sees its own change
            t = threading.Thread(target=read)
            t.start()
            t.join(20)
            assert not t.is_alive(), "a read waited for the writer"
            raise Abort  # roll back
    assert seen["counts"]["events"] == 1 and seen["events"] == 1  # the uncommitted delete was not seen
    assert store.counts()["events"] == 1


def test_concurrent_reads_during_writes_are_consistent(store):
    import threading

    store.add_result(result(TEXT_C, [rec(event_type="Explosions/Remote violence", location="Lashkar Gah",
                                         admin2="Lashkar Gah", sub_event_type="Remote explosive/landmine/IED")],
                            id="c"))
    stop = threading.Event()
    errors: list[BaseException] = []
    observed: list[int] = []

    def reader():
        last = 0
        try:
            while not stop.is_set():
                n = store.counts()["reports"]
                page, _ = store.events(EventFilter(status=None), limit=50)
                for ev in page[:3]:
                    d = store.event_detail(ev["event_id"])
                    assert d is not None and len(d["sources"]) == d["n_reports"]
                    assert set(d["report_texts"]) == {m["report_id"] for m in d["mentions"]}
                assert n >= last  # committed rows never disappear
                last = n
                observed.append(n)
        except BaseException as exc:  # noqa: BLE001 - surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=reader) for _ in range(4)]
    for t in threads:
        t.start()
    try:
        for i in range(12):
            store.add_result(result(f"Report {i}: a clash was reported in the district of Musa Qala {i} days ago.",
                                    [rec(location=f"Village {i}", admin2="Musa Qala", event_date=f"2024-06-{i + 1:02d}",
                                         notes=f"Clash {i} in Musa Qala.")], id=f"m{i}"))
    finally:
        stop.set()
        for t in threads:
            t.join(30)
    assert not errors, errors[0]
    assert observed and max(observed) <= 13
    assert store.counts()["reports"] == 13


def test_reader_pool_is_bounded(store):
    """More threads than readers: they wait their turn (the pool never opens more connections)."""
    import threading

    size = store._pool.size
    inside = []
    gate = threading.Barrier(size)
    peak = [0]
    lock = threading.Lock()

    def hold():
        with store._reading():
            with lock:
                inside.append(1)
                peak[0] = max(peak[0], len(inside))
            if len(inside) <= size:
                try:
                    gate.wait(5)
                except threading.BrokenBarrierError:
                    pass
            store.counts()
            with lock:
                inside.pop()

    threads = [threading.Thread(target=hold) for _ in range(size * 2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert peak[0] == size and store._pool._n <= size


def test_events_carry_sources_and_corrections_after_every_write(store):
    """The sources and corrected fields kept on the event row follow merges, splits, corrections."""
    store.add_result(result(TEXT_A, [rec(source="Outlet A")], id="a", source="Outlet A"))
    store.add_result(result(TEXT_B, [_sangin_b()], id="b", source="Outlet B"))
    (ev,) = store.events()[0]
    assert [s["article_id"] for s in ev["sources"]] == ["a", "b"]
    assert ev["sources"] == store._sources_for([ev["event_id"]])[ev["event_id"]]  # same as the join
    store.correct(ev["event_id"], "fatalities", 4, who="ana", why="morgue")
    store.correct(ev["event_id"], "actor1", "Taliban", who="ana")
    (ev2,) = store.events()[0]
    assert ev2["corrected_fields"] == ["fatalities", "actor1"] and ev2["fatalities"] == 4
    new_id = store.unmerge(ev["event_id"], report_id=store.report("b")["id"], who="ana", why="two attacks")
    by_id = {e["event_id"]: e for e in store.events()[0]}
    assert [s["article_id"] for s in by_id[ev["event_id"]]["sources"]] == ["a"]
    assert [s["article_id"] for s in by_id[new_id]["sources"]] == ["b"] and by_id[new_id]["corrected_fields"] == []
    store.merge(ev["event_id"], new_id, who="ana", why="same after all")
    (ev3,) = store.events()[0]
    assert sorted(s["article_id"] for s in ev3["sources"]) == ["a", "b"]
    assert ev3["corrected_fields"] == ["fatalities", "actor1"]
    d = store.event(ev["event_id"])
    assert [c["field"] for c in d["corrections"]] == ["fatalities", "actor1"]
    assert [a["action"] for a in d["audit"]][:2] == ["create", "merge"] and d["audit"] == store.audit(ev["event_id"])


def test_migration_4_fills_sources_of_stored_events(store, store_url):
    """A store written before events carried their sources is completed when it is migrated."""
    store.add_result(result(TEXT_A, [rec(source="Outlet A")], id="a", source="Outlet A"))
    store.add_result(result(TEXT_B, [_sangin_b()], id="b", source="Outlet B"))
    (ev,) = store.events()[0]
    store.correct(ev["event_id"], "fatalities", 4, who="ana")
    before = store.event(ev["event_id"])
    with store._tx():  # back to schema 3
        if store.dialect == "duckdb":
            store._execute("DROP INDEX audit_event")
            store._execute("DROP INDEX mentions_report")
        store._execute("ALTER TABLE events DROP COLUMN sources")
        store._execute("ALTER TABLE events DROP COLUMN corrected_fields")
        store._execute("DELETE FROM schema_version WHERE version >= 4")
    store.close()
    s2 = open_store(store_url)
    try:
        assert s2.schema_version == LATEST
        assert s2._scalar("SELECT count(*) FROM events WHERE sources IS NULL") == 0
        after = s2.event(ev["event_id"])
        for k in ("sources", "corrected_fields", "fatalities", "corrections", "audit", "mentions"):
            assert after[k] == before[k], k
    finally:
        s2.close()


def test_read_only_store_refuses_writes(store, store_url):
    store.add_result(result(TEXT_A, [rec()], id="a"))
    store.close()
    ro = open_store(store_url, read_only=True)
    try:
        assert ro.counts()["reports"] == 1 and ro.events()[0]
        with pytest.raises(DatelineError) as err:
            ro.add_result(result(TEXT_B, [_sangin_b()], id="b"))
        assert err.value.code.value == "E005"
    finally:
        ro.close()
