"""End to end through the real NLP pipeline: POST /reports and POST /ingest on a live server.

The report is written for this test (invented wording about a typical incident)."""

from __future__ import annotations

import http.server
import threading

import httpx
import pytest

pytestmark = pytest.mark.slow

REPORT = (
    "KABUL, March 9 (Test Wire) - Taliban fighters attacked a police checkpoint in the Pul-e-Khumri district of "
    "Baghlan province on Monday night, killing seven policemen and wounding three others, a provincial police "
    "spokesman said on Tuesday.\n\nThe insurgents fled after a two-hour gunfight, the spokesman added. "
    "No group has claimed the attack."
)


@pytest.fixture(scope="module")
def e2e(tmp_path_factory):
    from dateline.serve.app import Settings, create_app
    from dateline.serve.server import serve_in_thread
    from dateline.store import open_store

    store = open_store(tmp_path_factory.mktemp("e2e") / "e2e.duckdb")
    key = "e2e-key"
    app = create_app(Settings(api_key=key, read_rate=0, write_rate=0, allow_loopback_fetch=True), store=store)
    try:
        with serve_in_thread(app) as base, httpx.Client(base_url=base, timeout=120,
                                                         headers={"X-API-Key": key}) as c:
            yield c, store
    finally:
        store.close()


def test_post_report_extracts_stores_and_is_idempotent(e2e):
    c, store = e2e
    r = c.post("/reports", json={"text": REPORT, "published": "2021-03-09", "source": "Test Wire",
                                 "title": "Checkpoint attack in Baghlan"})
    assert r.status_code == 201, r.text
    out = r.json()
    assert out["new_report"] is True and out["events_added"] >= 1 and out["event_ids"]
    rep = c.get(f"/reports/{out['report_id']}").json()
    assert rep["text"] == REPORT and rep["source"] == "Test Wire"
    events = [c.get(f"/events/{eid}").json() for eid in out["event_ids"]]
    killed = [e for e in events if e["fatalities"] == 7]
    assert killed, [(e["sub_event_type"], e["fatalities"]) for e in events]
    ev = killed[0]
    assert ev["actor1"] == "Taliban" and ev["sources"][0]["report_id"] == out["report_id"]
    # the supporting sentences point into the stored text
    assert ev["evidence_sentences"]
    for snt in ev["evidence_sentences"]:
        assert REPORT[snt["start"]:snt["end"]] == snt["text"]
        assert all(sp["offsets_ok"] for sp in snt["spans"])
    assert any("seven" in snt["text"] for snt in ev["evidence_sentences"] if "fatalities" in snt["fields"])
    # the same report again adds nothing
    again = c.post("/reports", json={"text": REPORT, "published": "2021-03-09", "source": "Test Wire"}).json()
    assert again["new_report"] is False and again["events_added"] == 0
    assert again["report_id"] == out["report_id"]


def test_post_report_rejection_is_typed_and_stored(e2e):
    c, store = e2e
    text = ("Des combattants ont attaqué un poste de police dans la province, tuant sept policiers "
            "selon un porte-parole de la police locale qui a parlé mardi.")
    r = c.post("/reports", json={"text": text, "published": "2021-03-09"})
    assert r.status_code == 422
    err = r.json()["error"]
    assert err["code"] == "E001" and err["detail"] == {"reason": "not_english"}
    rej = c.get("/rejections", params={"reason": "not_english"}).json()
    assert rej["counts"]["not_english"] >= 1


class _Page(http.server.BaseHTTPRequestHandler):
    body = (f"<html><head><title>Checkpoint attack</title></head><body><article><h1>Checkpoint attack</h1>"
            f"<p>{REPORT.replace('Baghlan', 'Kunduz').replace('seven', 'nine')}</p></article></body></html>").encode()

    def do_GET(self):  # noqa: N802 - http.server's API
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *a):
        pass


@pytest.fixture(scope="module")
def page_url():
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Page)
    th = threading.Thread(target=srv.serve_forever, daemon=True)
    th.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}/news/checkpoint.html"
    srv.shutdown()


def test_post_ingest_fetches_a_page(e2e, page_url):
    c, store = e2e
    r = c.post("/ingest", json={"url": page_url, "published": "2021-03-09", "source": "Local Test Site"})
    assert r.status_code == 200, r.text
    s = r.json()
    assert s["reports_new"] == 1 and s["events_added"] + s["events_merged"] >= 1 and s["rejected"] == {}
    again = c.post("/ingest", json={"url": page_url}).json()
    assert again["reports_new"] == 0  # known URL: not fetched again


def test_post_ingest_refuses_loopback_by_default(tmp_path, page_url, make_server, auth):
    with make_server(tmp_path / "fetch.duckdb", n_events=1) as (base, store):
        with httpx.Client(base_url=base, headers=auth) as c:
            s = c.post("/ingest", json={"url": page_url}).json()
            assert s["reports_new"] == 0 and s["rejected"] == {"forbidden_address": 1}
            assert c.get("/rejections").json()["counts"]["forbidden_address"] == 1
