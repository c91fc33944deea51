"""POST /ingest/reports: a report the schema refuses does not sink its batch; it is stored as a typed
rejection, counted, and named in the answer. Reports written for the test."""

from __future__ import annotations

import httpx

from dateline.article import MAX_TEXT_CHARS


def test_bad_items_become_rejections_and_the_rest_is_ingested(tmp_path, make_server, api_key):
    good = {"text": "KANDAHAR, Afghanistan, May 3, 2021 - Two police officers were wounded when a roadside bomb "
                    "exploded near their patrol in Kandahar province on Sunday, a provincial spokesman said.",
            "published": "2021-05-03", "id": "good-1"}
    body = {"reports": [
        good,
        {"text": "", "id": "empty-1"},
        {"text": "x" * (MAX_TEXT_CHARS + 1), "id": "huge-1"},
        {"text": "A clash was reported.", "published": "03/05/2021", "id": "baddate-1"},
        "not an object",
        {"text": "Some text.", "colour": "red"},
    ], "rejections": []}
    with make_server(tmp_path / "batch.duckdb", n_events=0) as (base, store):
        r = httpx.post(base + "/ingest/reports", json=body, headers={"X-API-Key": api_key.encode()}, timeout=120)
        assert r.status_code == 200, r.text
        d = r.json()
        assert d["reports_new"] == 1
        assert [(x["index"], x["reason"]) for x in d["refused"]] == [
            (1, "empty"), (2, "too_large"), (3, "bad_metadata"), (4, "malformed"), (5, "malformed")]
        assert d["rejected"] == {"empty": 1, "too_large": 1, "bad_metadata": 1, "malformed": 2}
        assert store.rejection_counts() == d["rejected"]
        stored = {x["article_id"]: x for x in store.rejections()}
        assert {"empty-1", "huge-1", "baddate-1"} <= set(stored)
        assert "item 3" in stored["baddate-1"]["detail"] and "published" in stored["baddate-1"]["detail"]

        # a batch over the size cap is still refused whole, with the usual coded 422
        r = httpx.post(base + "/ingest/reports", json={"reports": [good] * 33}, headers={"X-API-Key": api_key.encode()})
        assert r.status_code == 422
