"""GET /export: the exporters of :mod:`dateline.export`, spooled to a temporary file (memory
stays flat on large stores) and streamed back."""

from __future__ import annotations

import io
import tempfile
from collections.abc import Iterator
from typing import IO

from ..errors import DatelineError, ErrorCode
from ..store.base import EventFilter, Store

# format -> (media type, file extension)
MEDIA = {"acled-csv": ("text/csv; charset=utf-8", "csv"), "geojson": ("application/geo+json", "geojson"),
         "parquet": ("application/vnd.apache.parquet", "parquet"), "jsonl": ("application/x-ndjson", "jsonl")}
# exports up to this size stay in memory; larger ones go to a temporary file
SPOOL_BYTES = 8 * 1024 * 1024


def export_to_file(store: Store, flt: EventFilter, fmt: str) -> IO[bytes]:
    """Write the export to a spooled temporary file, rewound; the caller closes it."""
    from ..export import export

    if fmt not in MEDIA:
        raise DatelineError(ErrorCode.E010, value=fmt, choices=", ".join(MEDIA))
    out = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)
    try:
        if fmt == "parquet":
            export(store.iter_events(flt), fmt, out)
        else:
            text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
            export(store.iter_events(flt), fmt, text)
            text.flush()
            text.detach()
        out.seek(0)
        return out
    except BaseException:
        out.close()
        raise


def iter_file(fh: IO[bytes], chunk: int = 256 * 1024) -> Iterator[bytes]:
    try:
        while data := fh.read(chunk):
            yield data
    finally:
        fh.close()
