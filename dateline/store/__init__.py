"""Storage: DuckDB (default, embedded) and PostgreSQL behind one interface (:class:`.base.Store`).

``open_store(target)`` takes a file path, ``duckdb:///path`` (``duckdb:///:memory:`` for a throwaway
store) or ``postgresql://user@host:port/db`` (also ``postgres://``). Default: ``dateline.duckdb``.
"""

from __future__ import annotations

import os

from ..errors import DatelineError, ErrorCode
from .base import EventFilter, IngestOutcome, Store

DEFAULT_PATH = "dateline.duckdb"


def open_store(target: str | os.PathLike | None = None, *, read_only: bool = False) -> Store:
    """Open (and migrate, unless ``read_only``) the store at ``target``.

    ``read_only``: a DuckDB file opened read-only (several read-only processes may share a file
    nobody writes); PostgreSQL connections that refuse writes. Neither migrates the schema.
    """
    t = os.fspath(target) if target is not None else (os.environ.get("DATELINE_DB") or DEFAULT_PATH)
    if t.startswith(("postgresql://", "postgres://")):
        from .pg import PostgresStore

        return PostgresStore(t, read_only=read_only)
    if t.startswith("duckdb://"):
        # duckdb:///abs/path -> /abs/path; duckdb://rel/path -> rel/path; duckdb:///:memory: -> :memory:
        t = t[len("duckdb://"):]
        t = ":memory:" if t == "/:memory:" else (t or DEFAULT_PATH)
    elif "://" in t:
        scheme = t.split("://", 1)[0]
        raise DatelineError(ErrorCode.E005, detail=f"unknown store scheme {scheme!r}: use a path, duckdb:// or postgresql://")
    from .duck import DuckDBStore

    return DuckDBStore(t, read_only=read_only)


__all__ = ["DEFAULT_PATH", "EventFilter", "IngestOutcome", "Store", "open_store"]
