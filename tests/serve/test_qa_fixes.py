"""API regressions from the QA pass (docs/qa.md "Not fixed" 7, 1): bad cursors are 422 E003;
reports the API refuses are stored as typed rejections (with the key only); PLOVER-only records
are not ACLED events unless all_types=true. A real uvicorn on 127.0.0.1 and a real DuckDB file."""

from __future__ import annotations

import csv
import io

import httpx
import pytest

from dateline.article import Article
from dateline.nlp.pipeline import Result
from dateline.record import EventRecord


def _assert_e003(r: httpx.Response) -> dict:
    assert r.status_code == 422, r.text
    err = r.json()["error"]
    assert set(r.json()) == {"error"} and set(err) == {"code", "status", "message", "detail"}
    assert err["code"] == "E003" and err["status"] == 422
    return err


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import importlib.util
    from pathlib import Path

    # the live_server helper of this folder's conftest.py (a `conftest` import may find another folder's)
    spec = importlib.util.spec_from_file_location("serve_conftest", Path(__file__).with_name("conftest.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    with mod.live_server(tmp_path_factory.mktemp("qa") / "qa.duckdb", n_events=6) as (base, store):
        talks = EventRecord(event_date="2024-05-09", time_precision=1, plover_type="CONSULT",
                            actor1="Government of Afghanistan", country="Afghanistan", country_code="AF",
                            admin1="Kabul", location="Kabul", notes="Envoys said they would meet to discuss a truce.")
        store.add_result(Result(Article(text="Envoys said on Thursday they would meet in Doha next week to "
                                             "discuss a truce.", id="talks"), [talks]))
        with httpx.Client(base_url=base, timeout=30) as c:
            yield c, store


@pytest.mark.parametrize("cursor", ["garbage", "0", "AAAA", "MjAyNC0wNS0wMg"])  # the last: "2024-05-02", no id
def test_bad_cursor_is_422_e003(server, cursor):
    client, _ = server
    err = _assert_e003(client.get("/events", params={"cursor": cursor}))
    assert "cursor" in err["message"]


def test_a_real_cursor_still_pages(server):
    client, _ = server
    page = client.get("/events", params={"limit": 2}).json()
    assert page["next_cursor"]
    nxt = client.get("/events", params={"limit": 2, "cursor": page["next_cursor"]})
    assert nxt.status_code == 200 and nxt.json()["count"] >= 1


@pytest.mark.parametrize("body,content,reason", [
    ({"text": "", "id": "qa-empty"}, None, "empty"),
    ({"text": "Gunmen attacked a police post on Monday.", "published": "2024-13-45", "id": "qa-date"}, None,
     "bad_metadata"),
    (None, '{"text": "Caf\xe9 bombed on Monday."}'.encode("latin-1"), "encoding"),
    (None, b'{"text": ', "malformed"),
])
def test_refused_reports_are_stored_as_rejections(server, auth, body, content, reason):
    client, store = server
    before = store.rejection_counts().get(reason, 0)
    headers = {**auth, "content-type": "application/json"}
    r = client.post("/reports", json=body, headers=headers) if body is not None else \
        client.post("/reports", content=content, headers=headers)
    assert r.status_code in (400, 422), r.text
    assert r.json()["error"]["code"] == "E003"
    assert store.rejection_counts().get(reason, 0) == before + 1
    assert client.get("/stats", params={"by": "type"}).json()["rejections"].get(reason) == before + 1
    rows = client.get("/rejections", params={"reason": reason}).json()["rejections"]
    assert rows and all(x["origin"] == "api" for x in rows)
    if body and body.get("id"):
        assert any(x["article_id"] == body["id"] for x in rows)


def test_refused_reports_without_the_key_store_nothing(server):
    client, store = server
    before = store.rejection_counts()
    r = client.post("/reports", json={"text": ""})
    assert r.status_code in (401, 422)
    r = client.post("/reports", json={"text": ""}, headers={"X-API-Key": "wrong"})
    assert r.status_code in (401, 422)
    assert store.rejection_counts() == before


def test_plover_only_records_need_all_types(server):
    client, _ = server
    acled = client.get("/events", params={"limit": 500}).json()["events"]
    every = client.get("/events", params={"limit": 500, "all_types": "true"}).json()["events"]
    assert all(e["event_type"] for e in acled) and len(every) == len(acled) + 1
    rows = client.get("/stats", params={"by": "type"}).json()["rows"]
    assert None not in {r["type"] for r in rows} and sum(r["events"] for r in rows) == len(acled)
    rows = client.get("/stats", params={"by": "type", "all_types": "true"}).json()["rows"]
    assert sum(r["events"] for r in rows) == len(every)
    csv_text = client.get("/export", params={"format": "acled-csv", "all_types": "true"}).text
    assert len(list(csv.DictReader(io.StringIO(csv_text)))) == len(acled)
    jsonl = client.get("/export", params={"format": "jsonl"}).text
    assert len(jsonl.splitlines()) == len(every)
