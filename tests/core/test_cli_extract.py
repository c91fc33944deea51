"""`dateline extract`: formats, rejections and exit codes (0 ok, 1 some rejected, 2 usage)."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from dateline.cli import app

REPORT = ("KANDAHAR, Afghanistan (AP) — Gunmen on motorcycles shot dead two police officers at a "
          "checkpoint in Kandahar city on Monday, a police spokesman said.\n")


@pytest.fixture(scope="module")
def runner(nlp):
    return CliRunner()


def test_usage_errors_exit_2(runner):
    assert runner.invoke(app, ["extract"]).exit_code == 2
    assert runner.invoke(app, ["extract", "--input", "/nonexistent.jsonl"]).exit_code == 2
    assert runner.invoke(app, ["extract", "x.txt", "--published", "March 5"]).exit_code == 2
    assert runner.invoke(app, ["extract", "x.txt", "--format", "yaml"]).exit_code == 2


def test_jsonl_input_with_bad_lines(runner, tmp_path):
    src = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "ok1", "text": REPORT, "published": "2024-03-06", "source": "AP"}),
        "{not json",
        json.dumps({"id": "empty", "text": "   ", "published": "2024-03-06"}),
        json.dumps({"id": "baddate", "text": REPORT, "published": "yesterday"}),
        json.dumps({"id": "fr", "text": "Des hommes armés ont attaqué un poste de police dans la ville et tué deux agents, selon la police.",
                    "published": "2024-03-06"}),
    ]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    res = runner.invoke(app, ["extract", "--input", str(src), "--output", str(out)])
    assert res.exit_code == 1, res.output
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    rejected = {r.get("article_id") or r["origin"]: r["reason"] for r in rows if r.get("rejected")}
    assert rejected == {f"{src}:2": "malformed", "empty": "empty", "baddate": "bad_metadata", "fr": "not_english"}
    events = [r for r in rows if not r.get("rejected")]
    assert all(r["article_id"] == "ok1" for r in events)


def test_binary_and_non_utf8_files(runner, tmp_path):
    b = tmp_path / "blob.bin"
    b.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Soldiers were killed near the caf\u00e9 in the town on Monday, officials said.".encode("latin-1"))
    res = runner.invoke(app, ["extract", str(b), str(latin), "--format", "jsonl"])
    assert res.exit_code == 1
    reasons = sorted(json.loads(x)["reason"] for x in res.stdout.splitlines() if x.startswith("{"))
    assert reasons == ["binary", "encoding"]


def test_csv_and_json_formats(runner, tmp_path):
    f = tmp_path / "r.txt"
    f.write_text(REPORT, encoding="utf-8")
    res = runner.invoke(app, ["extract", str(f), "--published", "2024-03-06", "--format", "csv"])
    assert res.exit_code == 0, res.output
    header = next(csv.reader(io.StringIO(res.stdout)))
    assert header[:4] == ["event_id", "article_id", "event_date", "time_precision"]
    res = runner.invoke(app, ["extract", str(f), "--published", "2024-03-06", "--format", "json"])
    assert res.exit_code == 0
    payload = json.loads(res.stdout[res.stdout.index("{"):])
    assert set(payload) == {"events", "rejections"}
