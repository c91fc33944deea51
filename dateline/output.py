"""Writing event records for people (table) and programs (json, jsonl, csv)."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable
from typing import IO, Any

from .export import write_jsonl  # noqa: F401  (one JSONL writer for records and events)
from .record import CORE_FIELDS, RECORD_FIELDS, EventRecord

FORMATS = ("table", "json", "jsonl", "csv")

TABLE_COLUMNS = ("event_date", "sub_event_type", "actor1", "actor2", "admin1", "admin2", "location",
                 "fatalities", "injured_best", "status", "source")


def _dump(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, default=str)


def write_csv(records: Iterable[EventRecord], fh: IO[str]) -> int:
    w = csv.DictWriter(fh, fieldnames=list(RECORD_FIELDS), extrasaction="ignore")
    w.writeheader()
    n = 0
    for r in records:
        d = r.to_dict()
        d["evidence"] = _dump(d["evidence"])
        d["warnings"] = "; ".join(d["warnings"])
        w.writerow(d)
        n += 1
    return n


def render_table(records: list[EventRecord], title: str | None = None, fh: IO[str] | None = None) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_lines=False)
    for col in TABLE_COLUMNS:
        table.add_column(col, overflow="fold")
    for r in records:
        d = r.to_dict()
        table.add_row(*("" if d[c] is None else str(d[c]) for c in TABLE_COLUMNS))
    Console(file=fh or sys.stdout, width=200).print(table)


__all__ = ["CORE_FIELDS", "FORMATS", "render_table", "write_csv", "write_jsonl"]
