"""The HTTP API against a real uvicorn + a real DuckDB store seeded with synthetic records."""

from __future__ import annotations

import datetime as dt
import re

import httpx
import pytest

from dateline.record import EventRecord
from dateline.serve.app import MAX_PAGE, STATIC_DIR

# every test on the shared server runs against both stores (the API codes against the Store ABC)
API_BACKENDS = ("duckdb", "postgresql")


def _assert_error(r: httpx.Response, status: int, code: str) -> dict:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert set(body) == {"error"}
    err = body["error"]
    assert set(err) == {"code", "status", "message", "detail"}
    assert err["code"] == code and err["status"] == status
    assert err["message"].startswith(f"[{code}]")
    return err


def _all_events(client, **params) -> list[dict]:
    out, cursor = [], None
    while True:
        q = dict(params, limit=7)
        if cursor:
            q["cursor"] = cursor
        page = client.get("/events", params=q).json()
        out += page["events"]
        cursor = page["next_cursor"]
        if not cursor:
            return out


# -- reading ------------------------------------------------------------------------------------

def test_health_and_meta(client):
    h = client.get("/health").json()
    assert h["status"] == "ok" and h["counts"]["events"] > 0 and h["writes_enabled"] is True
    m = client.get("/meta").json()
    assert "Battles" in m["event_types"] and "fatalities" in m["correctable_fields"]
    assert "event_id" not in m["correctable_fields"] and "evidence" not in m["correctable_fields"]


def test_cursor_pagination_visits_every_event_once(client):
    total = client.get("/health").json()["counts"]["events"]
    events = _all_events(client, status="any")
    ids = [e["event_id"] for e in events]
    assert len(ids) == len(set(ids)) == total
    dates = [e["event_date"] for e in events]
    assert dates == sorted(dates, reverse=True)  # newest first


def test_page_size_is_capped(client):
    assert len(client.get("/events", params={"limit": MAX_PAGE}).json()["events"]) <= MAX_PAGE
    err = _assert_error(client.get("/events", params={"limit": MAX_PAGE + 1}), 422, "E003")
    assert err["detail"][0]["loc"] == ["query", "limit"]
    _assert_error(client.get("/events", params={"limit": 0}), 422, "E003")


@pytest.mark.parametrize("params,check", [
    ({"country": "AF"}, lambda e: e["country_code"] == "AF"),
    ({"country": "somalia"}, lambda e: e["country"] == "Somalia"),
    ({"country": "Nigeria", "admin1": "borno"}, lambda e: e["admin1"] == "Borno"),
    ({"type": "Battles"}, lambda e: e["event_type"] == "Battles"),
    ({"sub_type": "Air/drone strike"}, lambda e: e["sub_event_type"] == "Air/drone strike"),
    ({"actor": "shabaab"}, lambda e: "Shabaab" in (e["actor1"] or "") + (e["actor2"] or "")),
    ({"since": "2024-03-10", "until": "2024-03-20"}, lambda e: "2024-03-10" <= e["event_date"] <= "2024-03-20"),
    ({"min_fatalities": 10}, lambda e: e["fatalities"] >= 10),
])
def test_filters(client, params, check):
    got = _all_events(client, **params)
    assert got, f"the sample data has events for {params}"
    assert all(check(e) for e in got)
    every = _all_events(client)
    assert len([e for e in every if check(e)]) == len(got)  # nothing matching was left out


def test_bad_filter_values_are_422_not_500(client):
    _assert_error(client.get("/events", params={"since": "2024-13-01"}), 422, "E003")
    assert client.get("/events", params={"since": "2024-03-20", "until": "2024-03-01"}).json()["events"] == []
    _assert_error(client.get("/events", params={"actor": "a\x00b"}), 422, "E003")
    _assert_error(client.get("/events", params={"status": "maybe"}), 422, "E003")
    _assert_error(client.get("/events", params={"cursor": "!!!"}), 422, "E003")  # not the cursor alphabet
    _assert_error(client.get("/events", params={"cursor": "0"}), 422, "E003")  # not base64 of a sort key
    _assert_error(client.get("/events", params={"cursor": "garbage"}), 422, "E003")  # decodes, but to no sort key
    _assert_error(client.get("/stats", params={"by": "planet"}), 422, "E003")


def test_event_detail_has_sources_and_evidence_sentences(client, live):
    base, store = live
    multi = next(e for e in _all_events(client) if e["n_reports"] >= 2)
    d = client.get(f"/events/{multi['event_id']}").json()
    assert len(d["sources"]) == d["n_reports"] >= 2
    assert {s["report_id"] for s in d["sources"]} == {m["report_id"] for m in d["mentions"]}
    assert {s["report_id"] for s in d["evidence_sentences"]} == {s["report_id"] for s in d["sources"]}
    for snt in d["evidence_sentences"]:
        rep = client.get(f"/reports/{snt['report_id']}").json()
        text = rep["text"]
        assert text[snt["start"]:snt["end"]] == snt["text"]
        for sp in snt["spans"]:
            assert sp["offsets_ok"] and snt["start"] <= sp["start"] <= sp["end"] <= snt["end"]
            assert text[sp["start"]:sp["end"]] == sp["text"]
    fields = {f for snt in d["evidence_sentences"] for f in snt["fields"]}
    assert {"actor1", "location", "event_date"} <= fields


def test_report_endpoint(client):
    ev = _all_events(client)[0]
    rid = ev["sources"][0]["report_id"]
    rep = client.get(f"/reports/{rid}").json()
    assert rep["text"] and rep["mentions"] and rep["mentions"][0]["event_id"]
    _assert_error(client.get("/reports/nope"), 404, "E012")


def test_not_found_and_method_errors_share_the_shape(client):
    _assert_error(client.get("/events/does-not-exist"), 404, "E012")
    _assert_error(client.get("/no/such/path"), 404, "E012")
    _assert_error(client.delete("/events"), 405, "E003")


def test_stats(client):
    by_day = client.get("/stats", params={"by": "day"}).json()
    assert by_day["by"] == ["day"]
    events = _all_events(client)
    assert sum(r["events"] for r in by_day["rows"]) == len(events)
    assert sum(r["fatalities"] for r in by_day["rows"]) == sum(e["fatalities"] for e in events)
    two = client.get("/stats", params={"by": "country,type", "country": "AF"}).json()
    assert two["rows"] and all(r["country"] == "Afghanistan" for r in two["rows"])


# -- auth, review, corrections --------------------------------------------------------------------

def test_writes_need_the_key(client, auth, api_key):
    eid = _all_events(client)[0]["event_id"]
    body = {"verdict": "confirmed", "who": "ana"}
    _assert_error(client.post(f"/events/{eid}/review", json=body), 401, "E011")
    _assert_error(client.post(f"/events/{eid}/review", json=body, headers={"X-API-Key": "wrong"}), 401, "E011")
    _assert_error(client.post(f"/events/{eid}/review", json=body,
                              headers={"X-API-Key": api_key.encode()[:-1]}), 401, "E011")
    _assert_error(client.post("/reports", json={"text": "anything at all here"}), 401, "E011")
    assert client.post(f"/events/{eid}/review", json=body, headers=auth).status_code == 200
    bearer = {"Authorization": b"Bearer " + api_key.encode()}
    assert client.post(f"/events/{eid}/review", json=body, headers=bearer).status_code == 200


def test_server_without_key_refuses_writes(tmp_path, make_server):
    with make_server(tmp_path / "nokey.duckdb", n_events=3, api_key=None) as (base, _):
        with httpx.Client(base_url=base) as c:
            eid = c.get("/events").json()["events"][0]["event_id"]
            err = _assert_error(c.post(f"/events/{eid}/review", json={"verdict": "rejected", "who": "x"},
                                       headers={"X-API-Key": ""}), 401, "E011")
            assert "without an API key" in err["detail"]
            assert c.get("/health").json()["writes_enabled"] is False


def test_review_and_correction_are_stored_with_who_when_why(client, auth, live):
    base, store = live
    ev = _all_events(client, country="KE")[0]
    eid = ev["event_id"]
    r = client.post(f"/events/{eid}/corrections", headers=auth,
                    json={"field": "fatalities", "value": "3", "who": "ana", "why": "hospital count"})
    assert r.status_code == 200, r.text
    d = r.json()
    assert d["fatalities"] == 3
    (c,) = [c for c in d["corrections"] if c["field"] == "fatalities"]
    assert (c["who"], c["why"], c["value"], c["old_value"]) == ("ana", "hospital count", 3, ev["fatalities"])
    assert dt.datetime.fromisoformat(c["created_at"]).year >= 2025
    r = client.post(f"/events/{eid}/review", headers=auth, json={"verdict": "confirmed", "who": "ben", "why": "seen"})
    d = r.json()
    assert d["review_status"] == "confirmed"
    assert [(x["verdict"], x["who"], x["why"]) for x in d["reviews"]][-1] == ("confirmed", "ben", "seen")
    # persisted: visible in a fresh read and in the list
    again = client.get(f"/events/{eid}").json()
    assert again["fatalities"] == 3 and again["review_status"] == "confirmed"
    listed = {e["event_id"]: e for e in _all_events(client, country="KE")}
    assert listed[eid]["fatalities"] == 3


def test_correction_survives_re_extraction(client, auth, live):
    """A new report of the same event re-fuses it; the reviewer's value must win."""
    from dateline.article import Article
    from dateline.nlp.pipeline import Result

    base, store = live
    ev = _all_events(client, country="SY")[0]
    eid = ev["event_id"]
    r = client.post(f"/events/{eid}/corrections", headers=auth,
                    json={"field": "actor2", "value": "Civilians (Syria)", "who": "ana", "why": "victims were civilians"})
    assert r.status_code == 200
    rec = EventRecord.from_dict({k: v for k, v in ev.items() if k in EventRecord.__dataclass_fields__})
    rec.article_id = "later-report"
    rec.fatalities = ev["fatalities"] + 1
    text = (f"A later account said the fighting near {ev['location']} left {rec.fatalities} people dead "
            "and repeated that the army and the armed group exchanged fire.")
    res = Result(Article(text=text, id="later-report", published=ev["event_date"], source="Late Wire"), [rec])
    out = store.add_result(res)
    assert out.new_report
    assert out.event_ids == [eid], "the later report should fuse into the corrected event"
    d = client.get(f"/events/{eid}").json()
    assert d["n_reports"] == ev["n_reports"] + 1
    assert d["actor2"] == "Civilians (Syria)"
    assert [c["field"] for c in d["corrections"]] == ["actor2"]


@pytest.mark.parametrize("body,why", [
    ({"field": "event_id", "value": "x"}, "not correctable"),
    ({"field": "evidence", "value": []}, "not correctable"),
    ({"field": "nonsense", "value": 1}, "unknown field"),
    ({"field": "fatalities", "value": -2}, "negative"),
    ({"field": "fatalities", "value": "many"}, "not a number"),
    ({"field": "fatalities", "value": None}, "not nullable"),
    ({"field": "latitude", "value": 123}, "out of range"),
    ({"field": "event_date", "value": "2024-02-30"}, "not a date"),
    ({"field": "sub_event_type", "value": "Picnic"}, "not ACLED"),
    ({"field": "status", "value": "rumoured"}, "not a status"),
    ({"field": "actor1", "value": {"a": 1}}, "not text"),
])
def test_invalid_corrections_are_refused(client, auth, body, why):
    eid = _all_events(client)[0]["event_id"]
    before = client.get(f"/events/{eid}").json()
    r = client.post(f"/events/{eid}/corrections", headers=auth, json=dict(body, who="ana"))
    _assert_error(r, 422, "E003")
    after = client.get(f"/events/{eid}").json()
    assert len(after["corrections"]) == len(before["corrections"]), why


def test_review_validation(client, auth):
    eid = _all_events(client)[0]["event_id"]
    _assert_error(client.post(f"/events/{eid}/review", headers=auth, json={"verdict": "maybe", "who": "a"}), 422, "E003")
    for who in (" ", "\u00a0", "\x1b", "a\x00b"):
        _assert_error(client.post(f"/events/{eid}/review", headers=auth, json={"verdict": "confirmed", "who": who}),
                      422, "E003")
    _assert_error(client.post(f"/events/{eid}/review", headers=auth, json={"verdict": "confirmed"}), 422, "E003")
    _assert_error(client.post("/events/nope/review", headers=auth, json={"verdict": "confirmed", "who": "a"}), 404, "E012")
    _assert_error(client.post(f"/events/{eid}/review", headers={**auth, "content-type": "application/json"},
                              content=b"{not json"), 422, "E003")


def test_rejected_events_leave_the_default_list(client, auth):
    ev = _all_events(client, country="ML")[0]
    r = client.post(f"/events/{ev['event_id']}/review", headers=auth,
                    json={"verdict": "rejected", "who": "ana", "why": "duplicate of another outlet's story"})
    assert r.status_code == 200
    assert ev["event_id"] not in {e["event_id"] for e in _all_events(client)}
    assert ev["event_id"] in {e["event_id"] for e in _all_events(client, include_rejected=True)}


# -- guards ---------------------------------------------------------------------------------------

def test_body_cap_413(tmp_path, make_server, auth):
    with make_server(tmp_path / "cap.duckdb", n_events=2, max_body_bytes=1000) as (base, _):
        with httpx.Client(base_url=base) as c:
            big = {"text": "word " * 400}
            err = _assert_error(c.post("/reports", json=big, headers=auth), 413, "E013")
            assert err["detail"]["limit"] == 1000

            def chunks():  # no Content-Length: the cap applies while reading
                for _ in range(10):
                    yield b"x" * 500

            _assert_error(c.post("/reports", content=chunks(), headers=auth), 413, "E013")
            # the server is still fine afterwards
            assert c.get("/health").status_code == 200


def test_rate_limit_429(tmp_path, make_server):
    with make_server(tmp_path / "rate.duckdb", n_events=2, read_rate=0.5, read_burst=3,
                     write_rate=0.5, write_burst=1) as (base, _):
        with httpx.Client(base_url=base) as c:
            codes = [c.get("/health").status_code for _ in range(5)]
            assert codes[:3] == [200, 200, 200] and codes[3:] == [429, 429]
            r = c.get("/health")
            err = _assert_error(r, 429, "E014")
            assert int(r.headers["retry-after"]) >= 1 and err["detail"]["retry_after"] >= 1
            # writes have their own bucket
            w = [c.post("/events/x/review", json={"verdict": "confirmed", "who": "a"}).status_code for _ in range(2)]
            assert w == [401, 429]


def test_security_headers_and_offline_dashboard(client):
    r = client.get("/")
    assert r.status_code == 200 and "text/html" in r.headers["content-type"]
    csp = r.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    for asset in ("/static/app.js", "/static/style.css"):
        assert client.get(asset).status_code == 200
    # no third-party URL in our front-end (the SVG namespace is an identifier, not a fetch)
    for f in STATIC_DIR.rglob("*"):
        if f.suffix in (".html", ".js", ".css"):
            urls = set(re.findall(r"https?://[^\s\"')]+", f.read_text()))
            assert urls <= {"http://www.w3.org/2000/svg"}, (f, urls)


def test_country_outlines_asset(client):
    from dateline.serve.app import _find_outlines

    r = client.get("/assets/countries.json")
    if _find_outlines() is None:
        _assert_error(r, 404, "E012")
        pytest.skip("country outlines not installed (npm ci --ignore-scripts)")
    topo = r.json()
    assert topo["type"] == "Topology" and len(topo["objects"]["countries"]["geometries"]) > 200


def test_openapi_schema(client):
    schema = client.get("/openapi.json").json()
    assert schema["openapi"].startswith("3.")
    paths = schema["paths"]
    for p in ("/events", "/events/{event_id}", "/reports/{report_id}", "/stats", "/export", "/reports", "/ingest",
              "/events/{event_id}/review", "/events/{event_id}/corrections", "/health", "/meta", "/rejections"):
        assert p in paths, p
    for p, ops in paths.items():
        for method, op in ops.items():
            for status in ("422", "429", "413"):
                assert status in op["responses"], (method, p, status)
            if method == "post":
                assert "401" in op["responses"]
    assert "ErrorBody" in schema["components"]["schemas"]
    params = {q["name"] for q in paths["/events"]["get"]["parameters"]}
    assert {"country", "admin1", "since", "until", "type", "sub_type", "actor", "limit", "cursor"} <= params


# -- export ---------------------------------------------------------------------------------------

def test_export_formats_carry_the_filtered_events_and_corrections(client, auth):
    import csv
    import io
    import json

    import pyarrow.parquet as pq

    events = _all_events(client, country="NG")
    ids = {e["event_id"] for e in events}
    target = events[0]["event_id"]
    r = client.post(f"/events/{target}/corrections", headers=auth,
                    json={"field": "fatalities", "value": 77, "who": "ana", "why": "export check"})
    assert r.status_code == 200

    r = client.get("/export", params={"format": "acled-csv", "country": "NG"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == len(ids)
    assert {"event_id_cnty", "event_date", "event_type", "actor1", "admin1", "fatalities"} <= set(rows[0])
    assert "77" in {row["fatalities"] for row in rows}

    gj = client.get("/export", params={"format": "geojson", "country": "NG"}).json()
    assert gj["type"] == "FeatureCollection"
    assert {f["id"] for f in gj["features"]} == ids
    assert all(f["geometry"]["type"] == "Point" for f in gj["features"])
    assert {f["properties"]["fatalities"] for f in gj["features"] if f["id"] == target} == {77}

    r = client.get("/export", params={"format": "parquet", "country": "NG"})
    assert r.content[:4] == b"PAR1"
    table = pq.read_table(io.BytesIO(r.content))
    assert set(table.column("event_id").to_pylist()) == ids

    lines = client.get("/export", params={"format": "jsonl", "country": "NG"}).text.splitlines()
    assert {json.loads(x)["event_id"] for x in lines} == ids
    _assert_error(client.get("/export", params={"format": "xlsx"}), 422, "E003")
