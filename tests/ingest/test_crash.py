"""kill -9 in the middle of an ingest loses no committed report; the rerun completes the rest
without duplicates. Real subprocesses, real DuckDB file."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DL = str(Path(sys.executable).parent / "dateline")

PLACES = ["Kandahar", "Herat", "Jalalabad", "Ghazni", "Kunduz", "Mazar-i-Sharif", "Khost", "Farah"]
ACTS = ["a roadside bomb struck a police vehicle", "gunmen attacked a checkpoint", "a rocket hit a market",
        "fighters ambushed an army convoy"]

DRIVER = """
import sys
from dateline.ingest import ingest
from dateline.store import open_store
store = open_store(sys.argv[1])
def tick(_):
    print("committed", flush=True)
ingest([sys.argv[2]], store, batch_size=2, on_report=tick)
store.close()
"""


def _reports(n: int) -> list[dict]:
    out = []
    for i in range(n):
        place, act = PLACES[i % len(PLACES)], ACTS[(i // len(PLACES)) % len(ACTS)]
        out.append({"id": f"crash-{i}", "published": f"2024-04-{1 + i % 28:02d}", "source": "Test Wire",
                    "text": f"{place.upper()}, Afghanistan - Officials said {act} near {place} on Sunday, "
                            f"killing {2 + i % 9} people and wounding {i % 7 + 1} others in incident number {i}."})
    return out


@pytest.mark.slow
def test_kill_9_mid_ingest_then_rerun(tmp_path):
    n = 40
    src = tmp_path / "reports.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in _reports(n)))
    db = tmp_path / "crash.duckdb"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    kill_after = random.Random().randint(3, n - 10)  # a random point, different each run
    proc = subprocess.Popen([sys.executable, "-c", DRIVER, str(db), str(src)], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, env=env, cwd=tmp_path)
    seen = 0
    deadline = time.monotonic() + 300
    assert proc.stdout is not None
    while seen < kill_after and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        seen += line.startswith(b"committed")
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    assert seen == kill_after, f"the ingest ended before the kill ({seen} commits)"

    # the rerun, through the command line, completes the rest
    run = subprocess.run([DL, "ingest", str(src), "--db", str(db), "--json"], capture_output=True, text=True,
                         env=env, cwd=tmp_path, timeout=600)
    assert run.returncode == 0, run.stderr
    summary = json.loads(run.stdout.strip().splitlines()[-1])
    assert summary["reports_known"] >= kill_after  # every committed report survived the kill
    assert summary["reports_known"] + summary["reports_new"] == n

    from dateline.store import open_store

    with open_store(db, read_only=True) as s:
        rows = s._rows("SELECT article_id, count(*) AS n FROM reports GROUP BY article_id")
        assert len(rows) == n and all(r["n"] == 1 for r in rows)
        dup = s._scalar("SELECT count(*) FROM (SELECT report_id, idx FROM mentions GROUP BY report_id, idx "
                        "HAVING count(*) > 1) AS d")
        assert dup == 0
        orphans = s._scalar("SELECT count(*) FROM mentions m LEFT JOIN events e ON e.id = m.event_id "
                            "WHERE e.id IS NULL")
        assert orphans == 0
