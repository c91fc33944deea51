"""`dateline ingest --server`: the client side (batching, metadata the API accepts, 429 waits) against
a real server. Batches here hold only refused inputs, so no NLP runs (the end-to-end run with
reports is in test_cli.py)."""

from __future__ import annotations

import time

import httpx
import pytest

from dateline.article import Article
from dateline.errors import DatelineError, Rejection, RejectReason
from dateline.ingest.remote import ServerClient, batches, ingest_via_server, report_json


def test_batches_are_bounded_by_count_and_bytes():
    arts = [Article(text=f"Report number {i} " + "word " * 50, id=f"a{i}") for i in range(70)]
    got = list(batches(arts, size=32))
    assert [len(b["reports"]) for b, _ in got] == [32, 32, 6]
    assert [a for _, ins in got for a in ins] == arts  # every input once, in order
    big = [Article(text="x" * 600, id=f"b{i}") for i in range(5)]
    got = list(batches(big, size=32, max_bytes=1500))
    assert [len(b["reports"]) for b, _ in got] == [2, 2, 1]
    huge = [Article(text="y" * 5000, id="h"), Article(text="z", id="z")]
    assert [len(b["reports"]) for b, _ in batches(huge, max_bytes=1000)] == [1, 1]  # alone, never dropped
    mixed = [Rejection(RejectReason.UNSUPPORTED, "no", None, "f.docx"), arts[0]]
    ((body, ins),) = list(batches(mixed))
    assert len(body["rejections"]) == 1 and len(body["reports"]) == 1 and ins == mixed


def test_report_metadata_is_made_acceptable():
    a = Article(text="Some text here.", id="x\x00y", source="Wire\nService", url="https://e.org/" + "p" * 3000,
                title="T" * 1500)
    a.meta = {"origin": "/data/in\x07.jsonl"}
    d = report_json(a)
    assert d["id"] == "x y" and d["source"] == "Wire Service" and d["url"] is None
    assert len(d["title"]) == 1000 and d["origin"] == "/data/in .jsonl" and d["text"] == a.text


def test_rate_limited_batches_are_retried_and_rejections_stored(tmp_path, make_server, api_key):
    with make_server(tmp_path / "remote.duckdb", n_events=2, write_rate=1.0, write_burst=1) as (base, store):
        waits: list[float] = []

        def sleep(s: float) -> None:
            waits.append(s)
            time.sleep(s)

        body = {"reports": [], "rejections": [{"reason": "unsupported", "detail": "a .docx file", "origin": "x.docx"}]}
        with ServerClient(base, api_key, sleep=sleep) as c:
            first = c.post_batch(body)
            second = c.post_batch(body)  # the bucket is empty: 429, waited out, sent again
        assert first["rejected"] == {"unsupported": 1} and second["rejected"] == {"unsupported": 1}
        assert waits and waits[0] >= 1
        assert store.rejection_counts() == {"unsupported": 1}  # the same refusal again updates its row
        assert store.rejections()[0]["times_seen"] == 2

        folder = tmp_path / "inputs"
        folder.mkdir()
        (folder / "a.docx").write_bytes(b"PK")
        (folder / "b.pdf").write_bytes(b"%PDF")
        time.sleep(1.1)
        s = ingest_via_server([str(folder)], base, api_key)
        assert s.rejected == {"unsupported": 2} and s.reports_new == 0
        assert httpx.get(base + "/rejections").json()["counts"] == {"unsupported": 3}


def test_wrong_key_and_unreachable_server_are_coded_errors(live, tmp_path):
    with pytest.raises(DatelineError) as err:
        ingest_via_server([str(tmp_path)], live[0], "not-the-key")
    assert err.value.code.value == "E011"
    with pytest.raises(DatelineError) as err:
        ingest_via_server([str(tmp_path)], live[0], None)
    assert err.value.code.value == "E011"
    from dateline.serve.server import free_port

    with pytest.raises(DatelineError) as err:
        ingest_via_server([str(tmp_path)], f"http://127.0.0.1:{free_port()}", "k")
    assert err.value.code.value == "E005" and "cannot reach" in str(err.value)
