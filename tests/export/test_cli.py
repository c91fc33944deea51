"""The dataset commands end to end: ingest -> events/stats/days-since/export/rejections (real CLI)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DL = str(Path(sys.executable).parent / "dateline")
SAMPLES = ROOT / "samples" / "reports.jsonl"


def dl(*args, cwd=None):
    return subprocess.run([DL, *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=600)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    if not SAMPLES.exists():
        pytest.skip("samples/reports.jsonl missing")
    db = tmp_path_factory.mktemp("cli") / "demo.duckdb"
    r = dl("ingest", SAMPLES, "--db", db)
    assert r.returncode == 0, r.stderr
    assert "reports read" in r.stderr
    return db


@pytest.mark.slow
def test_demo_commands(demo_db, tmp_path):
    r = dl("events", "--db", demo_db, "--format", "table")
    assert r.returncode == 0 and "event_date" in r.stdout
    again = dl("ingest", SAMPLES, "--db", demo_db, "--json")
    summary = json.loads(again.stdout.strip().splitlines()[-1])
    assert summary["reports_new"] == 0 and summary["events_added"] == 0

    r = dl("events", "--db", demo_db, "--format", "json")
    events = json.loads(r.stdout)["events"]
    assert events and all("sources" in e and e["n_reports"] >= 1 for e in events)
    r = dl("events", "--db", demo_db, "--format", "csv", "--country", events[0]["country_code"])
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert rows and all(x["country_code"] == events[0]["country_code"] for x in rows)
    r = dl("events", "--db", demo_db, "--format", "geojson")
    assert json.loads(r.stdout)["type"] == "FeatureCollection"
    out = tmp_path / "ev.parquet"
    r = dl("events", "--db", demo_db, "--format", "parquet", "--output", out)
    assert r.returncode == 0 and out.stat().st_size > 0

    r = dl("stats", "--db", demo_db, "--by", "admin1,day", "--format", "json")
    stats = json.loads(r.stdout)
    assert sum(s["events"] for s in stats) == len(events)
    r = dl("stats", "--db", demo_db, "--by", "colour")
    assert r.returncode == 2 and "E003" in r.stderr

    for fmt, name in (("acled-csv", "a.csv"), ("geojson", "a.geojson"), ("parquet", "a.parquet"), ("jsonl", "a.jsonl")):
        r = dl("export", "--db", demo_db, "--format", fmt, "--output", tmp_path / name)
        assert r.returncode == 0, r.stderr
        assert (tmp_path / name).stat().st_size > 0
    assert (tmp_path / "a.csv").read_text().startswith("event_id_cnty,event_date,year,")
    r = dl("export", "--db", demo_db, "--format", "xlsx")
    assert r.returncode == 2 and "E010" in r.stderr


@pytest.mark.slow
def test_days_since_and_rejections(tmp_path):
    reports = tmp_path / "r.jsonl"
    reports.write_text(
        json.dumps({"id": "strike-1", "published": "2020-02-23", "source": "Wire",
                    "text": "LASHKAR GAH, Afghanistan - A US air strike hit Taliban fighters in Helmand province "
                            "on Saturday, a military spokesman said."}) + "\n"
        + json.dumps({"id": "fr", "text": "Le conseil municipal a voté le budget hier soir après un long débat."}) + "\n")
    db = tmp_path / "d.duckdb"
    r = dl("ingest", reports, "--db", db)
    assert r.returncode == 1 and "not_english" in r.stderr  # some input rejected: exit 1
    r = dl("rejections", "--db", db)
    assert "not_english" in r.stdout
    # the pipeline finds the strike, its place (Helmand) and its day ("on Saturday" before a Sunday
    # publication: 2020-02-22); the reference article's "first in 11 days" on 2020-03-04
    r = dl("days-since", "Air/drone strike", "--place", "Helmand", "--as-of", "2020-03-04", "--db", db, "--json")
    assert r.returncode == 0, r.stdout + r.stderr
    out = json.loads(r.stdout)
    assert out["days"] == 11 and out["last_date"] == "2020-02-22"
    assert out["event"]["admin1"] == "Helmand" and out["event"]["sub_event_type"] == "Air/drone strike"
    assert [s["article_id"] for s in out["event"]["sources"]] == ["strike-1"]
    # none before the strike itself, none in another province
    for args in (("--place", "Helmand", "--as-of", "2020-02-22"), ("--place", "Kunduz", "--as-of", "2020-03-04")):
        r = dl("days-since", "Air/drone strike", *args, "--db", db, "--json")
        assert r.returncode == 1 and "no stored" in r.stdout, (args, r.stdout)


@pytest.mark.slow
def test_cli_refuses_loopback_urls(tmp_path):
    db = tmp_path / "u.duckdb"
    r = dl("ingest", "http://127.0.0.1:9/feed.xml", "file:///etc/passwd", "--db", db)
    assert r.returncode == 1
    r = dl("rejections", "--db", db, "--format", "json")
    assert json.loads(r.stdout)["counts"] == {"forbidden_address": 2}


def test_missing_store_is_a_clear_error(tmp_path):
    r = dl("events", "--db", tmp_path / "none.duckdb")
    assert r.returncode == 2 and "E005" in r.stderr and "dateline ingest" in r.stderr
