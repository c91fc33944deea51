"""Exports of stored events: ACLED CSV, GeoJSON, Parquet, JSON Lines (plus the CSV/JSON/table
views of ``dateline events``). Every writer streams: memory stays flat on large stores.

Corrections are part of the stored event, so every export carries the corrected values;
JSON Lines also lists which fields a reviewer corrected (``corrected_fields``).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO, Any

from ..errors import DatelineError, ErrorCode
from ..record import RECORD_FIELDS
from .acled import ACLED_COLUMNS, acled_row, has_acled_type

EXPORT_FORMATS = ("acled-csv", "geojson", "parquet", "jsonl")
EVENTS_FORMATS = ("table", "csv", "json", "jsonl", "geojson", "parquet")
BINARY_FORMATS = ("parquet",)

# flat columns for csv/parquet: the record's fields (evidence as JSON) plus the dataset's own
EXTRA_COLUMNS = ("n_reports", "n_mentions", "review_status", "source_urls", "report_ids", "corrected_fields",
                 "updated_at")
FLAT_COLUMNS = tuple(RECORD_FIELDS) + EXTRA_COLUMNS


def _dump(v: Any) -> str:
    return json.dumps(v, ensure_ascii=False, default=str)


def flat_row(ev: dict[str, Any]) -> dict[str, Any]:
    row = {k: ev.get(k) for k in RECORD_FIELDS}
    row["evidence"] = _dump(ev.get("evidence") or [])
    row["warnings"] = "; ".join(ev.get("warnings") or [])
    srcs = ev.get("sources") or []
    row["n_reports"] = ev.get("n_reports")
    row["n_mentions"] = ev.get("n_mentions")
    row["review_status"] = ev.get("review_status")
    row["source_urls"] = " ".join(s["url"] for s in srcs if s.get("url"))
    row["report_ids"] = " ".join(s["report_id"] for s in srcs)
    row["corrected_fields"] = " ".join(ev.get("corrected_fields") or [])
    row["updated_at"] = ev.get("updated_at")
    return row


def write_acled_csv(events: Iterable[dict[str, Any]], fh: IO[str]) -> int:
    """ACLED rows of the events that have an ACLED event type; PLOVER-only records are left out (they
    stay in JSON Lines / Parquet / GeoJSON with their PLOVER type). Returns the rows written."""
    w = csv.DictWriter(fh, fieldnames=list(ACLED_COLUMNS), lineterminator="\n")
    w.writeheader()
    n = 0
    for ev in events:
        if not has_acled_type(ev):
            continue
        w.writerow(acled_row(ev))
        n += 1
    return n


def write_flat_csv(events: Iterable[dict[str, Any]], fh: IO[str]) -> int:
    w = csv.DictWriter(fh, fieldnames=list(FLAT_COLUMNS), lineterminator="\n")
    w.writeheader()
    n = 0
    for ev in events:
        w.writerow(flat_row(ev))
        n += 1
    return n


def write_jsonl(events: Iterable[dict[str, Any]], fh: IO[str]) -> int:
    n = 0
    for ev in events:
        fh.write(_dump(ev) + "\n")
        n += 1
    return n


def write_json(events: Iterable[dict[str, Any]], fh: IO[str]) -> int:
    fh.write('{"events": [')
    n = 0
    for ev in events:
        fh.write(("," if n else "") + "\n" + _dump(ev))
        n += 1
    fh.write("\n]}\n")
    return n


# properties kept in GeoJSON features (flat values only: QGIS and friends read them as attributes)
GEOJSON_PROPERTIES = ("event_id", "event_date", "time_precision", "status", "event_type", "sub_event_type",
                      "actor1", "actor2", "country", "country_code", "admin1", "admin2", "location", "geo_precision",
                      "fatalities", "killed_low", "killed_high", "injured_best", "n_reports", "source", "notes")


def geojson_feature(ev: dict[str, Any]) -> dict[str, Any]:
    lat, lon = ev.get("latitude"), ev.get("longitude")
    geom = None
    if isinstance(lat, (int, float)) and isinstance(lon, (int, float)) and -90 <= lat <= 90 and -180 <= lon <= 180:
        geom = {"type": "Point", "coordinates": [round(float(lon), 6), round(float(lat), 6)]}
    props = {k: ev.get(k) for k in GEOJSON_PROPERTIES}
    props["source_urls"] = " ".join(s["url"] for s in ev.get("sources") or [] if s.get("url"))
    return {"type": "Feature", "id": ev.get("event_id"), "geometry": geom, "properties": props}


def write_geojson(events: Iterable[dict[str, Any]], fh: IO[str]) -> int:
    """RFC 7946 FeatureCollection (WGS 84 lon/lat). Events without coordinates get a null geometry."""
    fh.write('{"type": "FeatureCollection", "features": [')
    n = 0
    for ev in events:
        fh.write(("," if n else "") + "\n" + _dump(geojson_feature(ev)))
        n += 1
    fh.write("\n]}\n")
    return n


def _parquet_schema():
    import pyarrow as pa

    ints = {"time_precision", "inter1", "inter2", "geo_precision", "fatalities", "killed_low", "killed_best",
            "killed_high", "injured_low", "injured_best", "injured_high", "incident_count", "date_prec",
            "where_prec", "geonames_id", "abducted_best", "arrested_best", "n_reports", "n_mentions"}
    floats = {"latitude", "longitude", "confidence"}
    bools = {"civilian_targeting", "political_violence", "perpetrators_included"}
    fields = []
    for c in FLAT_COLUMNS:
        if c in ints:
            t = pa.int64()
        elif c in floats:
            t = pa.float64()
        elif c in bools:
            t = pa.bool_()
        elif c in ("event_date", "event_date_end"):
            t = pa.date32()
        else:
            t = pa.string()
        fields.append(pa.field(c, t))
    return pa.schema(fields)


def write_parquet(events: Iterable[dict[str, Any]], path_or_fh: Any, batch: int = 10000) -> int:
    """Parquet with typed columns (dates as date32), written in row groups of ``batch`` events."""
    import datetime as dt

    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _parquet_schema()
    n = 0
    rows: list[dict[str, Any]] = []

    def table(rs):
        cols = {}
        for f in schema:
            vals = [r.get(f.name) for r in rs]
            if f.type == pa.date32():
                vals = [dt.date.fromisoformat(v[:10]) if isinstance(v, str) and v else None for v in vals]
            elif f.type == pa.string():
                vals = [None if v is None else str(v) for v in vals]
            cols[f.name] = pa.array(vals, type=f.type)
        return pa.table(cols, schema=schema)

    with pq.ParquetWriter(path_or_fh, schema) as w:
        for ev in events:
            rows.append(flat_row(ev))
            n += 1
            if len(rows) >= batch:
                w.write_table(table(rows))
                rows = []
        if rows or n == 0:
            w.write_table(table(rows))
    return n


def export(events: Iterable[dict[str, Any]], fmt: str, out: Any) -> int:
    """Write events in ``fmt`` to ``out`` (a text handle; a path or binary handle for parquet)."""
    writers = {"acled-csv": write_acled_csv, "geojson": write_geojson, "jsonl": write_jsonl, "json": write_json,
               "csv": write_flat_csv, "parquet": write_parquet}
    if fmt not in writers:
        raise DatelineError(ErrorCode.E010, value=fmt, choices=", ".join(sorted(writers)))
    return writers[fmt](events, out)


__all__ = ["ACLED_COLUMNS", "BINARY_FORMATS", "EVENTS_FORMATS", "EXPORT_FORMATS", "acled_row", "export",
           "flat_row", "geojson_feature", "has_acled_type", "write_acled_csv", "write_flat_csv", "write_geojson", "write_json",
           "write_jsonl", "write_parquet"]
