"""GET /export: calls the exporters of :mod:`dateline.export` (written with the store)."""

from __future__ import annotations

from typing import Any

from ..errors import DatelineError, ErrorCode
from ..store.base import EventFilter, Store

MEDIA = {"acled-csv": ("text/csv; charset=utf-8", "csv"), "geojson": ("application/geo+json", "geojson"),
         "parquet": ("application/vnd.apache.parquet", "parquet"), "jsonl": ("application/x-ndjson", "jsonl")}


def export_bytes(store: Store, flt: EventFilter, fmt: str) -> tuple[bytes, str, str]:
    if fmt not in MEDIA:
        raise DatelineError(ErrorCode.E010, value=fmt, choices=", ".join(MEDIA))
    try:
        from .. import export as exp  # noqa: F401
    except ImportError as exc:
        raise DatelineError(ErrorCode.E010, value=fmt, choices="(exporters not installed)") from exc
    raise DatelineError(ErrorCode.E010, value=fmt, choices="(not wired yet)")
