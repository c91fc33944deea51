"""`dateline serve` as a user runs it (a real subprocess), and the load test's smoke run."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import httpx
import pytest

from dateline.serve.server import free_port

pytestmark = pytest.mark.slow


def _wait(base: str, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.stderr.read().decode()
        try:
            if httpx.get(base + "/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise AssertionError("server did not start")


def test_dateline_serve_subprocess(tmp_path):
    port = free_port()
    env = dict(os.environ, DATELINE_API_KEY="from-env")
    proc = subprocess.Popen([sys.executable, "-m", "dateline", "serve", "--db", str(tmp_path / "cli.duckdb"),
                             "--port", str(port), "--log-level", "warning"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait(base, proc)
        h = httpx.get(base + "/health").json()
        assert h["writes_enabled"] is True and h["counts"]["events"] == 0
        assert "<title>Dateline" in httpx.get(base + "/").text
        r = httpx.post(base + "/events/x/review", json={"verdict": "confirmed", "who": "a"},
                       headers={"X-API-Key": "from-env"})
        assert r.status_code == 404 and r.json()["error"]["code"] == "E012"  # the key from the environment works
        assert httpx.get(base + "/docs").status_code == 404  # Swagger UI would load a CDN: not served
    finally:
        proc.terminate()
        proc.wait(10)


def test_locked_store_is_a_clear_error(tmp_path):
    from dateline.store import open_store

    db = tmp_path / "locked.duckdb"
    with open_store(db):
        r = subprocess.run([sys.executable, "-m", "dateline", "serve", "--db", str(db), "--port", str(free_port())],
                           capture_output=True, text=True, timeout=60)
    assert r.returncode == 2
    assert "E005" in r.stderr and "one writer" in r.stderr


def test_loadtest_smoke(tmp_path):
    out = tmp_path / "load.json"
    r = subprocess.run([sys.executable, "-m", "dateline.serve.loadtest", "--events", "8", "--requests", "120",
                        "--concurrency", "4", "--json", str(out)], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "errors: 0" in r.stdout and "requests/s" in r.stdout
    import json

    res = json.loads(out.read_text())
    assert res["requests"] == 120 and res["errors"] == 0 and res["p95_ms"] > 0


def test_loadtest_refuses_non_loopback_targets():
    r = subprocess.run([sys.executable, "-m", "dateline.serve.loadtest", "--url", "http://192.0.2.1:8000"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "this machine" in r.stderr


def _serve(db, *extra, key="k-serve"):
    port = free_port()
    env = dict(os.environ, DATELINE_API_KEY=key)
    proc = subprocess.Popen([sys.executable, "-m", "dateline", "serve", "--db", str(db), "--port", str(port),
                             "--log-level", "warning", *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    base = f"http://127.0.0.1:{port}"
    _wait(base, proc)
    return proc, base


def _dl(*args, key=None):
    env = dict(os.environ)
    env.pop("DATELINE_API_KEY", None)
    if key:
        env["DATELINE_API_KEY"] = key
    return subprocess.run([sys.executable, "-m", "dateline", *map(str, args)], capture_output=True, text=True,
                          timeout=300, env=env)


def test_ingest_through_the_running_server(tmp_path):
    """While `dateline serve` holds a DuckDB file, `dateline ingest --server` stores through it."""
    import json

    src = tmp_path / "in"
    src.mkdir()
    (src / "r.jsonl").write_text("\n".join(json.dumps(x) for x in (
        {"id": "strike-1", "published": "2020-02-23", "source": "Wire",
         "text": "LASHKAR GAH, Afghanistan - A US air strike hit Taliban fighters in Helmand province on Saturday, "
                 "a military spokesman said."},
        {"id": "clash-1", "published": "2021-06-10", "source": "Wire",
         "text": "MOGADISHU - Al Shabaab fighters attacked a police station in Mogadishu on Wednesday, "
                 "killing three officers, police said."},
        {"id": "fr", "text": "Le conseil municipal a vot\u00e9 le budget hier soir apr\u00e8s un long d\u00e9bat."},
    )) + "\n")
    (src / "notes.docx").write_bytes(b"PK\x03\x04 not read")
    db = tmp_path / "served.duckdb"
    proc, base = _serve(db)
    try:
        local = _dl("ingest", src, "--db", db)
        assert local.returncode == 2 and "E005" in local.stderr and "--server" in local.stderr
        bad = _dl("ingest", src, "--server", base, key="wrong")
        assert bad.returncode == 2 and "E011" in bad.stderr
        r = _dl("ingest", src, "--server", base, "--json", key="k-serve")
        assert r.returncode == 1, r.stderr  # some inputs were refused
        summary = json.loads(r.stdout.strip().splitlines()[-1])
        assert summary["reports_new"] == 2 and summary["events_added"] >= 2
        assert summary["rejected"] == {"not_english": 1, "unsupported": 1}
        rej = httpx.get(base + "/rejections").json()["counts"]
        assert rej == {"not_english": 1, "unsupported": 1}  # stored by the server, as a local ingest would
        events = httpx.get(base + "/events", params={"status": "any"}).json()["events"]
        assert {s["article_id"] for e in events for s in e["sources"]} == {"strike-1", "clash-1"}
        again = json.loads(_dl("ingest", src, "--server", base, "--json", key="k-serve").stdout.strip().splitlines()[-1])
        assert again["reports_new"] == 0 and again["reports_known"] == 2 and again["events_added"] == 0
    finally:
        proc.terminate()
        proc.wait(10)


def test_read_only_server_shares_the_file_with_other_readers(tmp_path):
    from dateline.serve.sample import sample_results
    from dateline.store import open_store

    db = tmp_path / "ro.duckdb"
    with open_store(db) as s:
        for res in sample_results(6):
            s.add_result(res)
        n = s.counts()["events"]
    proc, base = _serve(db, "--read-only")
    try:
        h = httpx.get(base + "/health").json()
        assert h["read_only"] is True and h["writes_enabled"] is False and h["counts"]["events"] == n
        eid = httpx.get(base + "/events").json()["events"][0]["event_id"]
        r = httpx.post(base + f"/events/{eid}/review", json={"verdict": "confirmed", "who": "a"},
                       headers={"X-API-Key": "k-serve"})
        assert r.status_code == 503 and r.json()["error"]["code"] == "E005" and "read-only" in r.json()["error"]["message"]
        # another process reads the same file while the server runs
        q = _dl("events", "--db", db, "--format", "json", "--status", "any")
        assert q.returncode == 0, q.stderr
        import json

        assert len(json.loads(q.stdout)["events"]) == n
        r = _dl("ingest", tmp_path, "--server", base, key="k-serve")
        assert r.returncode == 2 and "read-only" in r.stderr
    finally:
        proc.terminate()
        proc.wait(10)
