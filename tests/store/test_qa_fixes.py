"""Regressions from the QA pass (docs/qa.md "Not fixed" 1 and 5), on both back-ends."""

from __future__ import annotations

from dateline.store import EventFilter
from storehelp import rec, result

TEXT_A = "Taliban fighters attacked an army checkpoint in Sangin district on Thursday, killing five soldiers."
TEXT_B = "Six Afghan soldiers died when Taliban insurgents stormed a checkpoint in Sangin, officials said on Friday."
TEXT_TALKS = "The interior minister said on Thursday that envoys would meet in Doha next week to discuss a truce."


def _talks():
    """A PLOVER-only record: a statement with no ACLED event type."""
    return rec(event_type=None, sub_event_type=None, plover_type="CONSULT", actor1="Government of Afghanistan",
               actor2=None, fatalities=0, killed_best=None, admin2=None, location="Kabul", admin1="Kabul",
               notes="The interior minister said envoys would meet to discuss a truce.")


def test_plover_only_records_are_not_acled_events(store):
    store.add_result(result(TEXT_A, [rec()], id="a"))
    store.add_result(result(TEXT_TALKS, [_talks()], id="t"))
    assert store.count_events(EventFilter()) == 2  # the library default keeps every record
    acled = EventFilter(acled_only=True)
    assert store.count_events(acled) == 1
    (ev,), _ = store.events(acled)
    assert ev["event_type"] == "Battles"
    assert [e["event_type"] for e in store.iter_events(acled)] == ["Battles"]
    by_type = {r["type"]: r["events"] for r in store.stats(["type"], acled)}
    assert by_type == {"Battles": 1}
    assert {r["type"]: r["events"] for r in store.stats(["type"])} == {"Battles": 1, None: 1}


def test_unmerge_takes_the_article_id_the_user_sees(store):
    store.add_result(result(TEXT_A, [rec()], id="a"))
    store.add_result(result(TEXT_B, [rec(fatalities=6, killed_best=6, source="Outlet B")], id="b"))
    (ev,), _ = store.events()
    assert {s["article_id"] for s in ev["sources"]} == {"a", "b"}
    new_id = store.unmerge(ev["event_id"], report_id="b", who="analyst", why="separate attack")
    assert store.event(new_id)["sources"][0]["article_id"] == "b"
    assert store.counts()["events"] == 2
    # the internal report hash still works
    rid_a = store.report("a")["id"]
    store.merge(ev["event_id"], new_id)
    new2 = store.unmerge(ev["event_id"], report_id=rid_a)
    assert store.event(new2)["sources"][0]["article_id"] == "a"
