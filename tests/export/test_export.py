"""Exports: ACLED CSV (ACLED's columns and order), GeoJSON (RFC 7946), Parquet (DuckDB and pandas
read it back), JSON Lines; corrections included."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest

from dateline.article import Article
from dateline.export import ACLED_COLUMNS, export
from dateline.nlp.pipeline import Result
from dateline.record import EventRecord
from dateline.store import open_store

# ACLED's export header (2023+ codebook), written out here independently of the code under test
ACLED_HEADER = ("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,"
                "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,"
                "country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,"
                "fatalities,tags,timestamp")


def _rec(**kw):
    base = dict(event_date="2024-05-02", time_precision=1, event_type="Battles", sub_event_type="Armed clash",
                actor1="Taliban", inter1=2, actor2="Military Forces of Afghanistan", inter2=1, country="Afghanistan",
                country_code="AF", admin1="Helmand", admin2="Sangin", location="Sangin", latitude=32.07,
                longitude=64.83, geo_precision=2, fatalities=5, killed_best=5, source="Outlet A",
                notes="Taliban fighters attacked an army post in Sangin, killing five soldiers.")
    base.update(kw)
    return EventRecord(**base)


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "exp.duckdb")
    s.add_result(Result(Article(text="Taliban fighters attacked an army post in Sangin on Thursday.", id="a",
                                source="Outlet A", url="https://a.example/1"), [_rec()]))
    s.add_result(Result(Article(text="A protest in Nairobi over bread prices drew hundreds on Friday.", id="b",
                                source="Outlet B"),
                        [_rec(event_date="2024-05-03", event_type="Protests", sub_event_type="Peaceful protest",
                              actor1="Protesters (Kenya)", inter1=6, actor2=None, inter2=None, country="Kenya",
                              country_code="KE", admin1="Nairobi", admin2=None, location="Nairobi",
                              latitude=None, longitude=None, geo_precision=1, fatalities=0, killed_best=None,
                              source="Outlet B", notes="Hundreds protested bread prices in Nairobi, \"peacefully\".")]))
    yield s
    s.close()


def test_acled_csv_columns_and_values(store):
    buf = io.StringIO()
    n = export(store.iter_events(), "acled-csv", buf)
    assert n == 2
    lines = buf.getvalue().splitlines()
    assert lines[0] == ACLED_HEADER and ",".join(ACLED_COLUMNS) == ACLED_HEADER
    rows = {r["country"]: r for r in csv.DictReader(io.StringIO(buf.getvalue()))}
    af, ke = rows["Afghanistan"], rows["Kenya"]
    assert af["event_id_cnty"].startswith("AFG-") and af["iso"] == "4" and af["region"] == "South Asia"
    assert af["disorder_type"] == "Political violence" and af["interaction"] == "12"
    assert af["year"] == "2024" and af["fatalities"] == "5" and af["latitude"] == "32.07"
    assert ke["disorder_type"] == "Demonstrations" and ke["region"] == "Eastern Africa" and ke["iso"] == "404"
    assert ke["notes"].endswith('"peacefully".')


def test_acled_csv_loads_in_pandas_like_an_acled_export(store):
    pd = pytest.importorskip("pandas")
    buf = io.StringIO()
    export(store.iter_events(), "acled-csv", buf)
    df = pd.read_csv(io.StringIO(buf.getvalue()), parse_dates=["event_date"])
    assert list(df.columns) == list(ACLED_COLUMNS)
    # the kind of line an ACLED notebook runs
    assert df.groupby("country")["fatalities"].sum().to_dict() == {"Afghanistan": 5, "Kenya": 0}


def _check_geojson(obj):
    """RFC 7946 structure checks: FeatureCollection of Features, Point coordinates lon/lat in range."""
    assert obj["type"] == "FeatureCollection" and isinstance(obj["features"], list)
    for f in obj["features"]:
        assert f["type"] == "Feature" and set(f) >= {"type", "geometry", "properties"}
        assert isinstance(f["properties"], dict)
        assert isinstance(f.get("id"), (str, int))
        g = f["geometry"]
        if g is not None:
            assert g["type"] == "Point" and len(g["coordinates"]) == 2
            lon, lat = g["coordinates"]
            assert all(isinstance(v, (int, float)) for v in (lon, lat))
            assert -180 <= lon <= 180 and -90 <= lat <= 90


def test_geojson_parses(store, tmp_path):
    path = tmp_path / "ev.geojson"
    with open(path, "w") as fh:
        export(store.iter_events(), "geojson", fh)
    obj = json.loads(path.read_text())
    _check_geojson(obj)
    pts = [f for f in obj["features"] if f["geometry"]]
    assert len(pts) == 1 and pts[0]["geometry"]["coordinates"] == [64.83, 32.07]  # lon, lat order
    import duckdb

    con = duckdb.connect()
    n = con.execute("SELECT json_array_length(json->'features') FROM read_json_objects(?, format='unstructured')", [str(path)]).fetchone()[0]
    assert n == 2


def test_parquet_reads_back_in_duckdb_and_pandas(store, tmp_path):
    path = tmp_path / "ev.parquet"
    assert export(store.iter_events(), "parquet", str(path)) == 2
    import duckdb

    con = duckdb.connect()
    rows = con.execute("SELECT country, event_date, fatalities, n_reports FROM read_parquet(?) ORDER BY country",
                       [str(path)]).fetchall()
    assert rows[0][0] == "Afghanistan" and str(rows[0][1]) == "2024-05-02" and rows[0][2] == 5 and rows[0][3] == 1
    pd = pytest.importorskip("pandas")
    df = pd.read_parquet(path)
    assert len(df) == 2 and df["fatalities"].sum() == 5
    assert json.loads(df.loc[df.country == "Afghanistan", "evidence"].iloc[0]) == []


def test_corrections_are_exported(store):
    (ev,) = [e for e in store.iter_events() if e["country_code"] == "AF"]
    store.correct(ev["event_id"], "fatalities", 4, who="analyst", why="one death was separate")
    buf = io.StringIO()
    export(store.iter_events(), "jsonl", buf)
    rows = {json.loads(l)["country_code"]: json.loads(l) for l in buf.getvalue().splitlines()}
    assert rows["AF"]["fatalities"] == 4 and rows["AF"]["corrected_fields"] == ["fatalities"]
    assert rows["AF"]["sources"][0]["url"] == "https://a.example/1"
    buf = io.StringIO()
    export(store.iter_events(), "acled-csv", buf)
    acled = {r["country"]: r for r in csv.DictReader(io.StringIO(buf.getvalue()))}
    assert acled["Afghanistan"]["fatalities"] == "4"


def test_unknown_format():
    from dateline.errors import DatelineError

    with pytest.raises(DatelineError) as exc:
        export([], "xlsx", io.StringIO())
    assert "E010" in str(exc.value)
