"""Store CLI regressions from the QA pass: bad option values are usage errors (exit 2, naming the
allowed values); PLOVER-only records are left out of ACLED counts unless --all-types; unmerge
--report takes the article id; rejections export as CSV. A real DuckDB file, no NLP."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.errors import Rejection, RejectReason
from dateline.store import open_store
from storehelp import rec, result

TEXT_A = "Taliban fighters attacked an army checkpoint in Sangin district on Thursday, killing five soldiers."
TEXT_B = "Six Afghan soldiers died when Taliban insurgents stormed a checkpoint in Sangin, officials said on Friday."
TEXT_TALKS = "The interior minister said on Thursday that envoys would meet in Doha next week to discuss a truce."


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "cli.duckdb"
    s = open_store(str(path))
    s.add_result(result(TEXT_A, [rec(sub_event_type="Armed clash")], id="a"))
    s.add_result(result(TEXT_B, [rec(fatalities=6, killed_best=6, source="Outlet B")], id="b"))
    s.add_result(result(TEXT_TALKS, [rec(event_type=None, sub_event_type=None, plover_type="CONSULT",
                                         actor2=None, fatalities=0, killed_best=None, event_date="2024-05-09",
                                         notes="Envoys would meet to discuss a truce.")], id="t"))
    s.add_rejection(Rejection(RejectReason.NOT_ENGLISH, "French text", "fr-1", "in/fr.txt"))
    s.close()
    return str(path)


def run(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


@pytest.mark.parametrize("args,allowed", [
    (["events", "--status", "weird"], "occurred, planned, negated, hypothetical, any"),
    (["events", "--format", "xml"], "table, csv, json"),
    (["stats", "--format", "xml"], "table, csv, json"),
    (["rejections", "--format", "xml"], "table, csv, json"),
    (["rejections", "--reason", "nonsense"], "not_english"),
    (["days-since", "Nonsense"], "Air/drone strike"),
    (["events", "--type", "Battle"], "Battles, Explosions/Remote violence"),
    (["stats", "--sub-type", "airstrike"], "Air/drone strike"),
    (["export", "--format", "jsonl", "--type", "riot"], "Riots"),
])
def test_bad_values_are_usage_errors(db, args, allowed):
    res = run(*args, "--db", db)
    assert res.exit_code == 2, res.output
    assert "E003" in res.output and allowed in res.output


def test_types_take_any_case(db):
    res = run("events", "--db", db, "--type", "battles", "--sub-type", "ARMED CLASH", "--format", "json")
    assert res.exit_code == 0, res.output
    assert len(json.loads(res.stdout)["events"]) == 1


def test_days_since_takes_any_case(db):
    res = run("days-since", "armed CLASH", "--db", db, "--as-of", "2024-05-12", "--json")
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["days"] == 10


def test_plover_only_records_counted_only_with_all_types(db):
    res = run("events", "--db", db, "--format", "json")
    assert [e["event_type"] for e in json.loads(res.stdout)["events"]] == ["Battles"]
    res = run("events", "--db", db, "--format", "json", "--all-types")
    assert sorted(str(e["event_type"]) for e in json.loads(res.stdout)["events"]) == ["Battles", "None"]
    res = run("stats", "--db", db, "--by", "type", "--format", "json")
    assert json.loads(res.stdout) == [{"type": "Battles", "events": 1, "fatalities": 5}]
    res = run("stats", "--db", db, "--by", "type", "--format", "json", "--all-types")
    assert sum(r["events"] for r in json.loads(res.stdout)) == 2
    res = run("export", "--db", db, "--format", "acled-csv")
    assert res.exit_code == 0 and len(list(csv.DictReader(io.StringIO(res.stdout)))) == 1
    res = run("export", "--db", db, "--format", "jsonl")
    assert len([x for x in res.stdout.splitlines() if x.startswith("{")]) == 2


def test_rejections_as_csv(db):
    res = run("rejections", "--db", db, "--format", "csv", "--reason", "not_english")
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert [(r["reason"], r["article_id"], r["origin"]) for r in rows] == [("not_english", "fr-1", "in/fr.txt")]


def test_unmerge_report_takes_the_article_id(db):
    res = run("events", "--db", db, "--format", "json")
    (ev,) = json.loads(res.stdout)["events"]
    assert ev["n_reports"] == 2
    res = run("unmerge", ev["event_id"], "--report", "b", "--db", db)
    assert res.exit_code == 0, res.output
    res = run("events", "--db", db, "--format", "json")
    assert sorted(e["n_reports"] for e in json.loads(res.stdout)["events"]) == [1, 1]
