"""`dateline places`: JSONL, one object per mention, through the real CLI."""

import json

from typer.testing import CliRunner

from dateline.cli import app
from dateline.cli.places import FIELDS


def test_places_jsonl_from_files_and_input(tmp_path):
    f = tmp_path / "r1.txt"
    f.write_text("KABUL (AFP) - Taliban fighters attacked a police checkpoint in Khan Abad district of "
                 "Kunduz province on Tuesday, killing four policemen, a provincial spokesman said.",
                 encoding="utf-8")
    jl = tmp_path / "in.jsonl"
    jl.write_text(json.dumps({"id": "r2", "text": "A roadside bomb exploded in Gardez on Monday, wounding two "
                              "soldiers, officials told reporters in Kabul.", "published": "2020-03-05"}) + "\n",
                  encoding="utf-8")
    out = CliRunner().invoke(app, ["places", str(f), "--input", str(jl), "--published", "2020-03-05"])
    assert out.exit_code == 0, out.output
    rows = [json.loads(line) for line in out.stdout.splitlines() if line.startswith("{")]
    assert rows and all(set(FIELDS) <= set(r) for r in rows)
    by = {(r["article_id"], r["text"]): r for r in rows}
    khan = by[("r1", "Khan Abad district")]
    assert (khan["feature"], khan["admin1"], khan["country_code"]) == ("admin2", "Kunduz", "AF")
    assert isinstance(khan["latitude"], float) and khan["geonames_id"]
    kabul = by[("r2", "Kabul")]
    assert kabul["is_event_place"] is False
    gardez = by[("r2", "Gardez")]
    # is_event_place needs the events stage to find the bombing; where it does, Gardez is the place
    if any(r["is_event_place"] for r in rows if r["article_id"] == "r2"):
        assert gardez["is_event_place"] is True


def test_places_rejects_bad_input_with_exit_1(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    out = CliRunner().invoke(app, ["places", str(empty)])
    assert out.exit_code == 1
    assert "rejected" in out.output


def test_places_usage_error():
    out = CliRunner().invoke(app, ["places"])
    assert out.exit_code == 2


def test_gazetteer_lookup_shows_candidates():
    out = CliRunner().invoke(app, ["gazetteer", "lookup", "Oruzgan"])
    assert out.exit_code == 0, out.output
    first = json.loads(out.stdout.splitlines()[0])
    assert (first["name"], first["feature"], first["country_code"]) == ("Uruzgan", "admin1", "AF")
