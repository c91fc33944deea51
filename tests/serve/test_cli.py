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
